"""How long a diff takes between two snapshots of a million facts each.

Writes two synthetic snapshots with the real SnapshotWriter (by default 1,000,000 facts over 10,000
pages, then the same with 1% of the facts changed, 0.5% removed and 0.5% added, 1% of the pages
reworded, 20 gone and 20 new), diffs them with `changes.compute_diff` and prints the time of each step
and the counts it found, which the script checks against what it changed.

The diff and a plain duckdb full outer join of the two `facts.parquet` files on `fact_id` (the yardstick:
the same added, removed and changed counts, nothing else) each run in a fresh process, whose time and peak
memory are printed against the targets: the diff within 2x the join, under 500 MB.

    python bench/diff_speed.py [--facts 1000000] [--pages 10000] [--out DIR]
    python bench/diff_speed.py --reuse --only diff   # the diff alone, of the snapshots an earlier run wrote
    python bench/diff_speed.py --reuse --only join   # the plain join alone (to time whole processes from outside)
"""

import argparse
import hashlib
import multiprocessing
import os
import resource
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
TARGET_RATIO = 2.0
TARGET_PEAK_MB = 500


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


def diff_counts(out: Path, old: str, new: str) -> dict[str, int]:
    """The diff's counts of every kind of change (every frame is computed, as for a report)."""
    return compute_diff(Archive(out), old, new).summary


def join_counts(out: Path, old: str, new: str) -> dict[str, int]:
    """The yardstick: the fact counts a plain full outer join of the two facts tables finds."""
    import duckdb

    archive = Archive(out)
    added, removed, changed = duckdb.connect().execute(f"""
        SELECT count(*) FILTER (o.fact_id IS NULL), count(*) FILTER (n.fact_id IS NULL),
               count(*) FILTER (o.fact_id IS NOT NULL AND n.fact_id IS NOT NULL
                                AND (o.value IS DISTINCT FROM n.value OR o.qualifier IS DISTINCT FROM n.qualifier
                                     OR o.unit IS DISTINCT FROM n.unit))
        FROM read_parquet('{archive.table_path(old, "facts")}') o
        FULL JOIN read_parquet('{archive.table_path(new, "facts")}') n ON o.fact_id = n.fact_id
    """).fetchone()
    return {"facts_added": added, "facts_removed": removed, "facts_changed": changed}


def _measure(step, out: Path, old: str, new: str, results) -> None:
    began = time.perf_counter()
    counts = step(out, old, new)
    seconds = time.perf_counter() - began
    results.put((seconds, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, counts))


def in_fresh_process(step, out: Path, old: str, new: str) -> tuple[float, float, dict[str, int]]:
    """(seconds, peak MB of the whole process, counts): a fresh interpreter, so the peak is the step's own."""
    context = multiprocessing.get_context("spawn")
    results = context.Queue()
    process = context.Process(target=_measure, args=(step, out, old, new, results))
    process.start()
    process.join()
    if process.exitcode != 0:
        raise SystemExit(f"{step.__name__} failed in its process (exit code {process.exitcode})")
    return results.get(timeout=10)


def check_counts(found: dict[str, int], expected: dict[str, int]) -> bool:
    wrong = {name: (found[name], count) for name, count in expected.items()
             if name in found and found[name] != count}
    if wrong:
        print(f"unexpected counts (found, expected): {wrong}", file=sys.stderr)
    return not wrong


def verdict(met: bool) -> str:
    return "met" if met else "not met"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--facts", type=int, default=1_000_000)
    parser.add_argument("--pages", type=int, default=10_000)
    parser.add_argument("--out", type=Path, default=OUT, help=f"archive folder to (re)create (default: {OUT})")
    parser.add_argument("--reuse", action="store_true",
                        help="diff the two snapshots an earlier run wrote in --out (same --facts) instead of new ones")
    parser.add_argument("--only", choices=("diff", "join"), help="run only the diff, or only the plain join")
    args = parser.parse_args()
    if args.facts < args.pages or args.pages < 100:
        parser.error("--pages must be at least 100 and --facts at least --pages")
    out = args.out
    if args.reuse:
        snapshots = Archive(out).snapshot_ids() if out.is_dir() else []
        if len(snapshots) != 2:
            parser.error(f"--reuse needs the two snapshots of an earlier run in {out}; found {len(snapshots)}")
        old, new = snapshots
    else:
        shutil.rmtree(out, ignore_errors=True)
        old = timed(f"write snapshot 1 ({args.facts:,} facts)",
                    lambda: write_snapshot(out, START, args.facts, args.pages, False))
        new = timed("write snapshot 2 (with changes)",
                    lambda: write_snapshot(out, START + timedelta(days=7), args.facts, args.pages, True))
    expected = {"facts_changed": len(range(0, args.facts, 100)), "facts_removed": len(range(1, args.facts, 200)),
                "facts_added": args.facts // 200, "pages_appeared": 20, "pages_disappeared": 20}
    if args.only:
        counts = (diff_counts if args.only == "diff" else join_counts)(out, old, new)
        return 0 if check_counts(counts, expected) else 1
    diff_seconds, diff_peak, diff_summary = in_fresh_process(diff_counts, out, old, new)
    print(f"{'compute_diff (duckdb over Parquet)':<40} {diff_seconds:8.2f} s   peak {diff_peak:6.0f} MB")
    join_seconds, join_peak, join_found = in_fresh_process(join_counts, out, old, new)
    print(f"{'plain duckdb full join on fact_id':<40} {join_seconds:8.2f} s   peak {join_peak:6.0f} MB")
    ratio = diff_seconds / join_seconds
    print(f"diff / join: {ratio:.1f}x (target: within {TARGET_RATIO:g}x: {verdict(ratio <= TARGET_RATIO)}); "
          f"diff's peak: {diff_peak:.0f} MB (target: under {TARGET_PEAK_MB} MB: {verdict(diff_peak < TARGET_PEAK_MB)})")
    print("counts:", {name: count for name, count in diff_summary.items() if count})
    return 0 if check_counts(diff_summary, expected) and check_counts(join_found, expected) else 1


if __name__ == "__main__":
    raise SystemExit(main())
