"""A crawl that dies leaves the archive exactly as it was, plus a run clearly marked failed."""

import hashlib
import json
import os
import shutil
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


def start_slow_crawl(archive: Path, **popen) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "paris_archive", "crawl", "--mirror", "2014", "--archive", str(archive), *SLOW_CRAWL],
        cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **popen,
    )


def archive_process_of(crawl: subprocess.Popen) -> int:
    """The pid of the crawl's archive process (parser and snapshot writer)."""
    children = Path(f"/proc/{crawl.pid}/task/{crawl.pid}/children").read_text().split()
    (pid,) = [int(child) for child in children
              if b"pipelines.archive_process" in Path(f"/proc/{child}/cmdline").read_bytes()]
    return pid


def is_running(pid: int) -> bool:
    """True while the process exists and is not a zombie waiting to be reaped."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except FileNotFoundError:
        return False


def wait_until_gone(pid: int, timeout: float = 10) -> bool:
    deadline = time.monotonic() + timeout
    while is_running(pid) and time.monotonic() < deadline:
        time.sleep(0.05)
    return not is_running(pid)


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


def crawl_mid_way_over_a_snapshot(crawled: Path, archive: Path) -> tuple[dict[str, str], subprocess.Popen]:
    """A copy of an archive holding one snapshot (its files' digests), and a second crawl into it, caught mid-way."""
    shutil.copytree(crawled, archive)
    before = tree_digest(archive / "snapshots")
    crawl = start_slow_crawl(archive)
    wait_until_mid_crawl(archive, crawl)
    return before, crawl


def test_killed_crawl_leaves_no_snapshot_and_a_failed_run(crawled_2012, tmp_path):
    archive = tmp_path / "archive"
    before, crawl = crawl_mid_way_over_a_snapshot(crawled_2012[0], archive)
    archiver = archive_process_of(crawl)
    crawl.send_signal(signal.SIGKILL)
    crawl.wait(timeout=30)

    assert wait_until_gone(archiver), "the archive process outlived the crawl"
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


def test_ctrl_c_reaches_every_process_and_the_run_is_recorded_failed(tmp_path):
    archive = tmp_path / "archive"
    crawl = start_slow_crawl(archive, start_new_session=True)
    wait_until_mid_crawl(archive, crawl)
    archiver = archive_process_of(crawl)
    os.killpg(crawl.pid, signal.SIGINT)  # as a terminal's Ctrl-C does: to the whole process group
    _, stderr = crawl.communicate(timeout=60)

    assert crawl.returncode == 1
    assert "crawl failed: crawl interrupted (shutdown)" in stderr and "Traceback" not in stderr
    assert wait_until_gone(archiver)
    assert snapshot_ids(archive) == []
    assert not any((archive / ".staging").iterdir())
    (record,) = run_records(archive)
    assert record["status"] == "failed" and record["reason"] == "crawl interrupted (shutdown)"


def test_a_lost_archive_process_fails_the_run_and_leaves_the_archive_as_it_was(crawled_2012, tmp_path):
    archive = tmp_path / "archive"
    before, crawl = crawl_mid_way_over_a_snapshot(crawled_2012[0], archive)
    os.kill(archive_process_of(crawl), signal.SIGKILL)
    _, stderr = crawl.communicate(timeout=60)

    assert crawl.returncode == 1
    message = "crawl failed: archive error: the archive process ended unexpectedly (exit code -9)"
    assert message in stderr and "Traceback" not in stderr
    assert tree_digest(archive / "snapshots") == before
    assert not any((archive / ".staging").iterdir())
    failed = [run for run in run_records(archive) if run["status"] == "failed"]
    assert len(failed) == 1 and failed[0]["reason"].startswith("archive error: the archive process ended")
