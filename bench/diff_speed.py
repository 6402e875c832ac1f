"""How long a diff takes between two snapshots of a million facts each.

Writes two synthetic snapshots with the real SnapshotWriter (by default 1,000,000 facts over 10,000
pages, then the same with 1% of the facts changed, 0.5% removed and 0.5% added, 1% of the pages
reworded, 20 gone and 20 new), diffs them with `changes.compute_diff` and prints the time of each step
and the counts it found, which the script checks against what it changed.

    python bench/diff_speed.py [--facts 1000000] [--pages 10000] [--out DIR]
"""

import argparse
import hashlib
import os
import shutil
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from archive import Archive, SnapshotWriter  # noqa: E402
from changes import compute_diff  # noqa: E402
from shared.clock import SteppingClock  # noqa: E402

OUT = REPO / "bench" / "out" / "diff-speed"
START = datetime(2024, 6, 3, 6, 15, tzinfo=UTC)
ATTRIBUTES = ("founded", "member_cities", "member_countries", "headquarters", "president", "joined")
NETWORKS = ("uclg", "aimf", "eurocities", "ucue", "icorn", "metropolis", "c40")
CHUNK = 100_000


def page_url(number: int) -> str:
    return f"https://www.paris.fr/international/page-{number}"


def fact_row(number: int, pages: int, version: int) -> dict:
    value = str(100 + number % 500 + version)
    return {
        "fact_id": f"f{number:08d}",
        "network_id": NETWORKS[number % len(NETWORKS)],
        "network_name": NETWORKS[number % len(NETWORKS)].upper(),
        "attribute": ATTRIBUTES[number % len(ATTRIBUTES)],
        "value": value,
        "value_num": float(value),
        "qualifier": "more_than" if number % 3 else "exact",
        "evidence": f"Sentence {number} states {value}.",
        "source_url": page_url(number % pages),
        "lang": "fr",
    }


def write_snapshot(root: Path, moment: datetime, facts: int, pages: int, second: bool) -> str:
    """The first snapshot, or the second one with its changes: see the module docstring."""
    writer = SnapshotWriter(root, source="mirror", start_urls=[page_url(0)], code_version="bench",
                            extractor_version="bench", clock=SteppingClock(moment), pid=os.getpid(),
                            revisits=False)
    writer.open()
    gone = set(range(pages - 20, pages)) if second else set()
    new_pages = range(pages, pages + 20) if second else range(0)
    for number in [n for n in range(pages) if n not in gone] + list(new_pages):
        text = f"Page {number}" + (" reworded" if second and number % 100 == 0 else "")
        body = f"<html><body><main>{text}</main></body></html>".encode()
        writer.add_capture(
            {"url": page_url(number), "final_url": page_url(number), "fetched_at": moment, "title": text,
             "content_type": "text/html", "layout": "redesign2016", "n_facts": facts // pages,
             "text_sha256": hashlib.sha256(text.encode()).hexdigest()},
            body=body, status_line="HTTP/1.1 200 OK", request_headers=[], response_headers=[],
            warc_target_uri=page_url(number),
        )
    for start in range(0, facts, CHUNK):
        rows = []
        for number in range(start, min(start + CHUNK, facts)):
            if second and number % 200 == 1:
                continue  # removed
            rows.append(fact_row(number, pages, 1 if second and number % 100 == 0 else 0))
        writer.add_facts(rows)
    if second:
        writer.add_facts([fact_row(number, pages, 0) for number in range(facts, facts + facts // 200)])
    return writer.commit({})["snapshot_id"]


def timed(label: str, action):
    began = time.perf_counter()
    result = action()
    print(f"{label:<40} {time.perf_counter() - began:8.2f} s", flush=True)
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--facts", type=int, default=1_000_000)
    parser.add_argument("--pages", type=int, default=10_000)
    parser.add_argument("--out", type=Path, default=OUT, help=f"archive folder to (re)create (default: {OUT})")
    args = parser.parse_args()
    if args.facts < args.pages or args.pages < 100:
        parser.error("--pages must be at least 100 and --facts at least --pages")
    out = args.out
    shutil.rmtree(out, ignore_errors=True)
    old = timed(f"write snapshot 1 ({args.facts:,} facts)",
                lambda: write_snapshot(out, START, args.facts, args.pages, False))
    new = timed("write snapshot 2 (with changes)", lambda: write_snapshot(out, START + timedelta(days=7), args.facts,
                                                                         args.pages, True))
    diff = timed("compute_diff (duckdb over Parquet)", lambda: compute_diff(Archive(out), old, new))
    expected = {"facts_changed": len(range(0, args.facts, 100)), "facts_removed": len(range(1, args.facts, 200)),
                "facts_added": args.facts // 200, "pages_appeared": 20, "pages_disappeared": 20}
    print("counts:", {name: count for name, count in diff.summary.items() if count})
    wrong = {name: (diff.summary[name], count) for name, count in expected.items() if diff.summary[name] != count}
    if wrong:
        print(f"unexpected counts (found, expected): {wrong}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
