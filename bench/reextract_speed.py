"""Re-extraction speed: `paris-archive reextract` of a 2,000-page snapshot on one process and on every core.

Crawls the 2,000-page copy of the mirror that `crawl_throughput.py` generates (served on 127.0.0.1) once into an
archive, then re-extracts that snapshot with `--jobs 1` and `--jobs N` in turn, several rounds, and prints pages per
second for each, the speed-up, and the floor: reading the same WARC with warcio and parsing every page with lxml.

    python bench/reextract_speed.py [--pages 2000] [--rounds 3]
"""

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

import lxml.html
from warcio.archiveiterator import ArchiveIterator

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "bench"))

from crawl_throughput import GENERATED, OUT, SAME_SETTINGS, SERVE, free_port, generate_epoch, wait_for  # noqa: E402

from shared.workers import usable_cores  # noqa: E402

TARGET_PAGES_PER_SECOND = 1000
TARGET_SPEED_UP = 1.7


def crawl_once(epochs_dir: Path, archive: Path) -> str:
    """The generated site crawled into a fresh archive; its snapshot id."""
    port = free_port()
    server = subprocess.Popen([sys.executable, "-c", SERVE, GENERATED, str(epochs_dir), str(port)], cwd=REPO)
    try:
        wait_for(port)
        shutil.rmtree(archive, ignore_errors=True)
        subprocess.run([sys.executable, "-m", "paris_archive", "crawl", "--start-url",
                        f"http://127.0.0.1:{port}/gen/p00000.html", "--depth", "none", "--archive", str(archive),
                        *SAME_SETTINGS], cwd=REPO, check=True, stdout=subprocess.DEVNULL)
    finally:
        server.terminate()
        server.wait()
    return next((archive / "snapshots").glob("*/manifest.json")).parent.name


def reextract_seconds(archive: Path, snapshot_id: str, jobs: int) -> tuple[float, int]:
    """Wall seconds of one `reextract` into a copy of the archive, and the pages it re-extracted."""
    copy = archive.with_name(archive.name + "-copy")
    shutil.rmtree(copy, ignore_errors=True)
    shutil.copytree(archive, copy)
    started = time.perf_counter()
    result = subprocess.run([sys.executable, "-m", "paris_archive", "reextract", snapshot_id, "--jobs", str(jobs),
                             "--json", "--archive", str(copy)], cwd=REPO, check=True, capture_output=True, text=True)
    seconds = time.perf_counter() - started
    return seconds, json.loads(result.stdout)["pages"]


def floor_seconds(warc: Path) -> tuple[float, int]:
    """Reading every response of the WARC and parsing its body with lxml, nothing else."""
    started = time.perf_counter()
    pages = 0
    with warc.open("rb") as stream:
        for record in ArchiveIterator(stream):
            if record.rec_type == "response":
                body = record.content_stream().read()
                if body:
                    lxml.html.document_fromstring(body)
                    pages += 1
    return time.perf_counter() - started, pages


def describe(rates: list[float]) -> str:
    return f"{statistics.median(rates):7.1f} pages/s median ({', '.join(f'{rate:.1f}' for rate in rates)})"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()

    epochs_dir = OUT / "epochs"
    generate_epoch(epochs_dir, args.pages)
    archive = OUT / "reextract-archive"
    snapshot_id = crawl_once(epochs_dir, archive)
    cores = usable_cores()
    print(f"crawled {args.pages} generated pages into {archive} (snapshot {snapshot_id}); {cores} usable cores")

    one, every = [], []
    for _ in range(args.rounds):
        for rates, jobs in ((one, 1), (every, cores)):
            seconds, pages = reextract_seconds(archive, snapshot_id, jobs)
            rates.append(pages / seconds)
    floor, floor_pages = floor_seconds(archive / "snapshots" / snapshot_id / "captures.warc.gz")

    print(f"reextract --jobs 1 (whole command):       {describe(one)}"
          f"   target >= {TARGET_PAGES_PER_SECOND}")
    print(f"reextract --jobs {cores} (whole command):       {describe(every)}")
    paired = [many / single for many, single in zip(every, one, strict=True)]
    print(f"speed-up on {cores} cores, round by round: median {statistics.median(paired):.2f} "
          f"({', '.join(f'{ratio:.2f}' for ratio in paired)})   target >= {TARGET_SPEED_UP}")
    print(f"floor, warcio + lxml only:              {floor_pages / floor:7.1f} pages/s ({floor_pages} pages)")


if __name__ == "__main__":
    main()
