"""How long the researchers' API takes over hundreds of snapshots: `history`, `timeline` and `sql`.

Writes a daily archive of synthetic snapshots (tables and manifests as the writer leaves them), then times
each call with a new reader, so that manifests are read afresh, and prints the best of several rounds in
processor and wall-clock time. About 0.3 s for `history` of 300 snapshots on an idle two-core machine.

    python bench/research_scale.py [--snapshots 300] [--rounds 3]
"""

import argparse
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from research import open_archive  # noqa: E402
from tests.helpers.synthetic_snapshots import FACTS_PER_SNAPSHOT, FIRST_CAPTURE, write_snapshot  # noqa: E402

CALLS = {
    "history('facts')": lambda archive: archive.history("facts"),
    "timeline('aimf', 'member_cities')": lambda archive: archive.timeline("aimf", "member_cities"),
    "sql(count of facts)": lambda archive: archive.sql("select count(*) from facts"),
}


def best_of(rounds: int, root: Path, call) -> tuple[float, float]:
    """The least processor time and the least wall-clock time of `rounds` calls, each with a new reader."""
    cpu, wall = [], []
    for _ in range(rounds):
        cpu_start, wall_start = time.process_time(), time.perf_counter()
        call(open_archive(root))
        cpu.append(time.process_time() - cpu_start)
        wall.append(time.perf_counter() - wall_start)
    return min(cpu), min(wall)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--snapshots", type=int, default=300)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="research-scale-") as folder:
        root = Path(folder)
        for day in range(args.snapshots):  # AIMF's member count grows by one a month
            write_snapshot(root, FIRST_CAPTURE + timedelta(days=day), 150 + day // 30)
        print(f"{args.snapshots} snapshots of {FACTS_PER_SNAPSHOT} facts; best of {args.rounds} rounds")
        for name, call in CALLS.items():
            cpu, wall = best_of(args.rounds, root, call)
            print(f"  {name:<36} {cpu:6.2f} s processor, {wall:6.2f} s wall clock")
    return 0


if __name__ == "__main__":
    sys.exit(main())
