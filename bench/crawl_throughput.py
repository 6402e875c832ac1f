"""Throughput of the full crawl (extraction and archiving included) against a bare Scrapy spider.

Generates a site of N pages from the mirror's own pages, serves it on 127.0.0.1 from a separate process, crawls
it with the same concurrency settings three ways (a bare spider, the full crawl with the archive in a child process,
the full crawl with the archive in the crawl's own process: `ARCHIVE_PROCESS=False`), and prints pages per second for
each, their ratios, and the extraction time per page.

    python bench/crawl_throughput.py [--pages 2000]
"""

import argparse
import json
import re
import shutil
import socket
import statistics
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from scraper.parsers.extract import extract_page  # noqa: E402

OUT = REPO / "bench" / "out"
GENERATED = "generated"
# The mirror's own server, in a process of its own so that it does not compete with the crawler for the GIL.
SERVE = ("import sys; from pathlib import Path; from mirror.epochs import load_epoch; "
         "from mirror.server import serve_forever; "
         "serve_forever(load_epoch(sys.argv[1], Path(sys.argv[2])), '127.0.0.1', int(sys.argv[3]), lambda line: None)")
SAME_SETTINGS = ["-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=False", "-s", "LOG_LEVEL=WARNING",
                 "-s", "CLOSESPIDER_PAGECOUNT=0"]
SERVED_TO_LIVE = "http://www.paris.fr"


def mirror_pages() -> list[tuple[str, bytes]]:
    """(live-looking path, bytes) of every HTML page of the mirror's history epochs."""
    from mirror.epochs import history_epochs

    pages = []
    for epoch in history_epochs():
        for path in sorted(epoch.site_dir.rglob("*")):
            if path.is_file() and path.suffix in ("", ".html"):
                pages.append((str(path.relative_to(epoch.site_dir)), path.read_bytes()))
    return pages


def generate_epoch(epochs_dir: Path, count: int) -> list[tuple[str, bytes]]:
    """A mirror epoch whose page i is a copy of a mirror page plus links to pages 2i+1 and 2i+2."""
    templates = mirror_pages()
    shutil.rmtree(epochs_dir, ignore_errors=True)
    folder = epochs_dir / GENERATED / "site"
    (folder / "gen").mkdir(parents=True)
    (epochs_dir / GENERATED / "epoch.json").write_text(json.dumps({
        "name": GENERATED, "label": f"{count} pages generated from the mirror", "captured": "2024-06-12",
        "origin": SERVED_TO_LIVE, "start_paths": ["/gen/p00000.html"], "in_history": False,
        "redirects": {}, "headers": {}, "default_charset": "utf-8",
    }))
    generated = []
    for index in range(count):
        _, body = templates[index % len(templates)]
        children = [child for child in (2 * index + 1, 2 * index + 2) if child < count]
        links = "".join(f'<a href="/gen/p{child:05d}.html">page {child}</a> ' for child in children).encode()
        page = re.sub(rb"</body>", links + b"</body>", body, count=1, flags=re.IGNORECASE)
        name = f"gen/p{index:05d}.html"
        (folder / name).write_bytes(page)
        generated.append((name, page))
    return generated


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_for(port: int) -> None:
    for _ in range(100):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return
        except OSError:
            time.sleep(0.05)
    raise SystemExit("the bench server did not start")


def timed(command: list[str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, cwd=REPO, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - started


def describe(rates: list[float]) -> str:
    return f"{statistics.median(rates):7.1f} pages/s median ({', '.join(f'{rate:.1f}' for rate in rates)})"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=5,
                        help="crawls of each kind, alternated; figures are medians (a shared machine is noisy)")
    args = parser.parse_args()

    epochs_dir = OUT / "epochs"
    generated = generate_epoch(epochs_dir, args.pages)
    print(f"generated {len(generated)} pages in {epochs_dir / GENERATED}")

    fetched_at = datetime(2024, 6, 7, tzinfo=UTC)
    durations = []
    for name, body in generated[:300]:
        started = time.perf_counter()
        extract_page(body, f"{SERVED_TO_LIVE}/{name}", fetched_at, "utf-8")
        durations.append(time.perf_counter() - started)

    port = free_port()
    server = subprocess.Popen([sys.executable, "-c", SERVE, GENERATED, str(epochs_dir), str(port)], cwd=REPO)
    try:
        wait_for(port)
        start_url = f"http://127.0.0.1:{port}/gen/p00000.html"
        archive = OUT / "archive"
        bare_rates, full_rates, in_process_rates = [], [], []
        for _ in range(args.rounds):
            bare = timed([sys.executable, str(REPO / "bench" / "bare_spider.py"), start_url, *SAME_SETTINGS])
            bare_rates.append(len(generated) / bare)
            for rates, archive_process in ((full_rates, "True"), (in_process_rates, "False")):
                shutil.rmtree(archive, ignore_errors=True)
                full = timed([sys.executable, "-m", "paris_archive", "crawl", "--start-url", start_url,
                              "--depth", "none", "--archive", str(archive), *SAME_SETTINGS,
                              "-s", f"ARCHIVE_PROCESS={archive_process}"])
                manifest = json.loads(next((archive / "snapshots").glob("*/manifest.json")).read_text())
                rates.append(manifest["row_counts"]["pages"] / full)
    finally:
        server.terminate()
        server.wait()

    print(f"pages archived by the full crawl: {manifest['row_counts']['pages']}, "
          f"facts: {manifest['row_counts']['facts']}")
    print(f"bare Scrapy spider:             {describe(bare_rates)}")
    print(f"full crawl (extract + archive): {describe(full_rates)}")
    print(f"  archive in the crawl's process: {describe(in_process_rates)}")
    print(f"ratio of the medians full / bare: {statistics.median(full_rates) / statistics.median(bare_rates):.2f} "
          f"(archive in the crawl's process: "
          f"{statistics.median(in_process_rates) / statistics.median(bare_rates):.2f})")
    # Each full crawl runs right after a bare one, so the three saw the same load on the machine.
    for label, rates in (("child process", full_rates), ("crawl's process", in_process_rates)):
        paired = [full / bare for full, bare in zip(rates, bare_rates, strict=True)]
        print(f"ratio round by round, archive in the {label}: median {statistics.median(paired):.2f} "
              f"({', '.join(f'{ratio:.2f}' for ratio in paired)})")
    print(f"extraction per page:    median {statistics.median(durations) * 1000:.2f} ms, "
          f"mean {statistics.mean(durations) * 1000:.2f} ms over {len(durations)} pages")


if __name__ == "__main__":
    main()
