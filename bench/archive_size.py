"""Size of the archive of the mirror's history, with revisit records for repeated payloads and without.

Crawls every history epoch of the offline mirror in order (served on 127.0.0.1), twice: once as the main job
does (revisits on), once with `-s ARCHIVE_REVISITS=False`, and prints the bytes of each snapshot's WARC and of
the whole archive.

    python bench/archive_size.py
"""

import json
import shutil
import subprocess
import sys
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator

REPO = Path(__file__).resolve().parent.parent
OUT = REPO / "bench" / "out" / "archive-size"
FAST_LOCAL_CRAWL = ["-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=False", "-s", "LOG_LEVEL=WARNING"]


def crawl_history(archive: Path, revisits: bool) -> None:
    shutil.rmtree(archive, ignore_errors=True)
    command = [sys.executable, "-m", "paris_archive", "crawl", "--mirror", "all", "--archive", str(archive),
               *FAST_LOCAL_CRAWL, "-s", f"ARCHIVE_REVISITS={revisits}"]
    subprocess.run(command, cwd=REPO, check=True, stdout=subprocess.DEVNULL)


def snapshots(archive: Path) -> list[dict]:
    """(epoch, WARC bytes, records by type) of each snapshot, oldest first."""
    found = []
    for folder in sorted((archive / "snapshots").iterdir()):
        manifest = json.loads((folder / "manifest.json").read_text())
        with (folder / "captures.warc.gz").open("rb") as handle:
            kinds = [record.rec_type for record in ArchiveIterator(handle)]
        found.append({"epoch": manifest["extra"]["mirror_epoch"],
                      "warc_bytes": manifest["files"]["captures.warc.gz"]["bytes"],
                      "responses": kinds.count("response"), "revisits": kinds.count("revisit")})
    return found


def folder_bytes(folder: Path) -> int:
    return sum(path.stat().st_size for path in folder.rglob("*") if path.is_file())


def main() -> None:
    sizes = {}
    for label, revisits in (("with revisits", True), ("without", False)):
        archive = OUT / label.split()[0]
        crawl_history(archive, revisits)
        sizes[label] = (snapshots(archive), folder_bytes(archive / "snapshots"))

    (with_rows, with_total), (without_rows, without_total) = sizes["with revisits"], sizes["without"]
    print(f"{'epoch':<8} {'WARC with revisits':>19} {'without':>9} {'saved':>7}   responses + revisits")
    for kept, full in zip(with_rows, without_rows, strict=True):
        saved = 1 - kept["warc_bytes"] / full["warc_bytes"]
        print(f"{kept['epoch']:<8} {kept['warc_bytes']:>19,} {full['warc_bytes']:>9,} {saved:>7.1%}   "
              f"{kept['responses']} + {kept['revisits']}")
    warc_with = sum(row["warc_bytes"] for row in with_rows)
    warc_without = sum(row["warc_bytes"] for row in without_rows)
    print(f"{'WARCs':<8} {warc_with:>19,} {warc_without:>9,} {1 - warc_with / warc_without:>7.1%}")
    print(f"{'archive':<8} {with_total:>19,} {without_total:>9,} {1 - with_total / without_total:>7.1%}"
          "   (every file of every snapshot: tables, WARC, index, manifest)")


if __name__ == "__main__":
    main()
