"""A crawl that dies leaves the archive exactly as it was, plus a run clearly marked failed."""

import hashlib
import json
import signal
import subprocess
import sys
import time
from pathlib import Path

from conftest import REPO, crawl_mirror, run_cli, snapshot_ids

SLOW_CRAWL = ["-s", "DOWNLOAD_DELAY=0.4", "-s", "AUTOTHROTTLE_ENABLED=False", "-s", "RANDOMIZE_DOWNLOAD_DELAY=False"]


def tree_digest(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def start_slow_crawl(archive: Path) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "paris_archive", "crawl", "--mirror", "2014", "--archive", str(archive), *SLOW_CRAWL],
        cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )


def wait_until_mid_crawl(archive: Path, crawl: subprocess.Popen, timeout: float = 60) -> None:
    """Wait until the crawl has archived a few pages into its staging folder."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        assert crawl.poll() is None, "the crawl ended before it could be interrupted"
        captures = list((archive / ".staging").rglob("*.warc.gz"))
        if captures and captures[0].stat().st_size > 20_000:
            return
        time.sleep(0.1)
    raise AssertionError("the crawl never got going")


def run_records(archive: Path) -> list[dict]:
    return [json.loads(p.read_text()) for p in sorted((archive / "runs").glob("*.json"))]


def test_killed_crawl_leaves_no_snapshot_and_a_failed_run(tmp_path):
    archive = tmp_path / "archive"
    crawl_mirror("2012", archive)
    before = tree_digest(archive / "snapshots")

    crawl = start_slow_crawl(archive)
    wait_until_mid_crawl(archive, crawl)
    crawl.send_signal(signal.SIGKILL)
    crawl.wait(timeout=30)

    assert tree_digest(archive / "snapshots") == before
    listing = run_cli("snapshots", archive=archive)
    assert listing.returncode == 0
    assert "1 failed run" in listing.stdout
    killed = [run for run in run_records(archive) if run["status"] == "failed"]
    assert len(killed) == 1 and "interrupted" in killed[0]["reason"]

    # The next crawl clears what the dead one left behind and archives normally.
    crawl_mirror("2014", archive)
    assert len(snapshot_ids(archive)) == 2
    assert not any((archive / ".staging").iterdir())


def test_stopped_crawl_records_why_it_failed(tmp_path):
    archive = tmp_path / "archive"
    crawl = start_slow_crawl(archive)
    wait_until_mid_crawl(archive, crawl)
    crawl.send_signal(signal.SIGTERM)
    _, stderr = crawl.communicate(timeout=60)

    assert crawl.returncode == 1
    assert "crawl failed" in stderr and "Traceback" not in stderr
    assert snapshot_ids(archive) == []
    (record,) = run_records(archive)
    assert record["status"] == "failed" and "shutdown" in record["reason"]
