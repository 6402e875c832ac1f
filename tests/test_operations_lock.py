"""One crawl writes to an archive at a time; a lock left by a killed crawl does not block the next one."""

import json
import signal
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest
from conftest import REPO, crawl_mirror, run_cli, run_refused, snapshot_ids

from archive import ArchiveError
from archive.lock import LOCK_NAME, ArchiveBusy, ArchiveLock

NOW = datetime(2026, 3, 2, 6, 15, tzinfo=UTC)
# A crawl of one mirror epoch that lasts a few seconds, long enough to start another one meanwhile.
SLOW_CRAWL = ["-s", "DOWNLOAD_DELAY=0.3", "-s", "AUTOTHROTTLE_ENABLED=False", "-s", "RANDOMIZE_DOWNLOAD_DELAY=False"]


def lock(root: Path, pid: int = 4242) -> ArchiveLock:
    return ArchiveLock(root, purpose="crawl", pid=pid, clock=lambda: NOW)


def test_a_second_writer_is_refused_while_the_first_holds_the_lock(tmp_path):
    with lock(tmp_path), pytest.raises(ArchiveBusy) as refused:
        lock(tmp_path, pid=4343).acquire()
    assert refused.value.exit_code == 75
    assert refused.value.holder == {"pid": 4242, "purpose": "crawl", "started_at": "2026-03-02T06:15:00Z"}
    assert str(refused.value) == (
        f"{tmp_path} is being written by a crawl (process 4242, started 2026-03-02T06:15:00Z); only one crawl "
        "writes to an archive at a time, so this one did not start: try again when that one has finished")


def test_the_lock_is_free_again_once_released(tmp_path):
    with lock(tmp_path):
        pass
    with lock(tmp_path, pid=4343) as second:
        assert second.stale_holder is None
    assert (tmp_path / LOCK_NAME).read_text() == ""  # the file stays: see archive.lock


def test_a_lock_left_by_a_dead_process_is_cleared(tmp_path, caplog):
    # What a killed holder leaves: its description in a file that nobody locks any more.
    (tmp_path / LOCK_NAME).write_text(json.dumps({"pid": 999_999_999, "purpose": "crawl",
                                                  "started_at": "2026-03-01T06:15:00Z"}))
    with lock(tmp_path) as taken:
        assert taken.stale_holder == {"pid": 999_999_999, "purpose": "crawl", "started_at": "2026-03-01T06:15:00Z"}
        assert json.loads((tmp_path / LOCK_NAME).read_text())["pid"] == 4242
    assert "cleared a stale lock" in caplog.text and "process 999999999" in caplog.text and "now gone" in caplog.text


def test_an_unreadable_lock_file_does_not_block(tmp_path):
    (tmp_path / LOCK_NAME).write_bytes(b"\xff\xfe garbage")
    with lock(tmp_path) as taken:
        assert "unreadable" in taken.stale_holder


def test_a_file_in_the_way_is_a_clear_error(tmp_path):
    (tmp_path / "archive").write_text("")
    with pytest.raises(ArchiveError, match="cannot lock .*a file is in the way"):
        lock(tmp_path / "archive").acquire()


def start_slow_crawl(archive: Path) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "paris_archive", "crawl", "--mirror", "2012", "--archive", str(archive), *SLOW_CRAWL],
        cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def wait_for(condition, crawl: subprocess.Popen, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        assert crawl.poll() is None, "the crawl ended too soon"
        if condition():
            return
        time.sleep(0.05)
    raise AssertionError("the crawl never got there")


def wait_for_lock_holder(archive: Path, crawl: subprocess.Popen) -> dict:
    path = archive / LOCK_NAME
    wait_for(lambda: path.is_file() and path.read_text().strip(), crawl)
    return json.loads(path.read_text())


def test_two_crawls_started_at_once_on_one_archive(tmp_path):
    archive = tmp_path / "archive"
    first = start_slow_crawl(archive)
    holder = wait_for_lock_holder(archive, first)
    assert holder["pid"] == first.pid

    second = run_refused("crawl", "--mirror", "2014", "--archive", str(archive), "-s", "DOWNLOAD_DELAY=0")
    assert second.returncode == 75
    assert f"is being written by a crawl (process {first.pid}" in second.stderr
    assert "Traceback" not in second.stderr

    first_output, first_errors = first.communicate(timeout=120)
    assert first.returncode == 0, first_output + first_errors
    (only,) = snapshot_ids(archive)
    assert json.loads((archive / "snapshots" / only / "manifest.json").read_text())["extra"]["mirror_epoch"] == "2012"
    runs = json.loads(run_cli("runs", "--json", archive=archive).stdout)
    assert runs["status"] == "complete"  # the refused crawl left no run behind


def test_a_crawl_killed_while_holding_the_lock_does_not_block_the_next(tmp_path):
    archive = tmp_path / "archive"
    killed = start_slow_crawl(archive)
    wait_for_lock_holder(archive, killed)
    wait_for(lambda: any((archive / "runs").glob("*.json")), killed)  # its run is recorded as running
    killed.send_signal(signal.SIGKILL)
    killed.wait(timeout=30)

    result = crawl_mirror("2014", archive)
    assert f"cleared a stale lock on {archive} left by a crawl (process {killed.pid}" in result.stderr
    assert len(snapshot_ids(archive)) == 1
    listing = run_cli("runs", archive=archive).stdout
    assert "interrupted" in listing and "1 complete, 1 failed" in listing
