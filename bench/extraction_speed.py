"""Extraction time of the mirror's pages: every page of every epoch through `extract_page`, many rounds.

Prints the median time per page over the rounds (and the spread). Run it in two checkouts, in turn, to compare parser
versions; the figure it prints is the parsing alone, without the interpreter's start-up.

    python bench/extraction_speed.py [--rounds 20]
"""

import argparse
import statistics
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from mirror.epochs import list_epochs  # noqa: E402
from scraper.parsers.extract import extract_page  # noqa: E402


def mirror_pages(epochs_dir: Path | None) -> list[tuple[bytes, str]]:
    """(body, live URL) of every HTML page of every epoch of the mirror (or of the epochs under `epochs_dir`)."""
    pages = []
    for epoch in (list_epochs(epochs_dir) if epochs_dir else list_epochs()):
        for path in sorted(epoch.site_dir.rglob("*")):
            body = path.read_bytes() if path.is_file() else b""
            if b"<html" in body[:2048].lower():
                pages.append((body, epoch.origin + "/" + path.relative_to(epoch.site_dir).as_posix()))
    return pages


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--epochs", type=Path, help="another mirror's epochs folder, to compare on the same pages")
    args = parser.parse_args()
    pages = mirror_pages(args.epochs)
    fetched_at = datetime(2024, 6, 12, tzinfo=UTC)
    per_page = []
    for _ in range(args.rounds):
        started = time.perf_counter()
        for body, url in pages:
            extract_page(body, url, fetched_at)
        per_page.append((time.perf_counter() - started) / len(pages) * 1000)
    print(f"{len(pages)} mirror pages, {args.rounds} rounds: median {statistics.median(per_page):.3f} ms a page "
          f"(min {min(per_page):.3f}, max {max(per_page):.3f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
