"""`paris-archive runs`: every past crawl with its times, status, snapshot, errors and log file."""

import json
import os
from datetime import UTC, datetime
from pathlib import Path

import pytest
from conftest import run_cli

from archive import SnapshotWriter
from paris_archive.commands.operations import crawl_logs, describe_run, log_of_run

MONDAY = datetime(2026, 3, 2, 6, 15, 0, tzinfo=UTC)


def writer(root: Path, moment: datetime) -> SnapshotWriter:
    return SnapshotWriter(root, source="live", start_urls=["https://www.paris.fr/international/"],
                          code_version="0.1.0", extractor_version="1", clock=lambda: moment, pid=os.getpid())


@pytest.fixture
def archive_with_runs(tmp_path) -> Path:
    """A complete crawl, then a failed one, each with the log its process opened just before it began."""
    complete = writer(tmp_path, MONDAY)
    complete.open()
    complete.commit({"errors": 1, "download_errors": 2, "extraction_errors": 0})
    failed = writer(tmp_path, MONDAY.replace(day=3))
    failed.open()
    failed.fail("the start URL did not answer")
    logs = tmp_path / "logs"
    for stamp in ("20260302T061459Z", "20260303T061500Z"):
        (logs / f"crawl-{stamp}-{os.getpid()}.log").write_text("...")
    (logs / f"crawl-20260302T061400Z-{os.getpid() + 1}.log").write_text("another process")
    return tmp_path


def test_runs_lists_every_run_with_its_log(archive_with_runs):
    result = run_cli("runs", archive=archive_with_runs)
    assert result.returncode == 0, result.stderr
    header, complete, failed, reason, summary = result.stdout.splitlines()
    assert header.split() == ["snapshot", "status", "started", "(UTC)", "finished", "(UTC)", "pages", "errors", "log"]
    assert complete.split() == ["20260302T061500Z", "complete", "2026-03-02", "06:15:00", "2026-03-02", "06:15:00",
                                "0", "3", str(archive_with_runs / "logs" / f"crawl-20260302T061459Z-{os.getpid()}.log")]
    assert failed.split()[:2] == ["20260303T061500Z", "failed"]
    assert failed.endswith(f"crawl-20260303T061500Z-{os.getpid()}.log")
    assert reason == "    reason: the start URL did not answer"
    assert summary == "2 run(s): 1 complete, 1 failed"


def test_runs_as_json_and_only_the_last(archive_with_runs):
    result = run_cli("runs", "--json", "--last", "1", archive=archive_with_runs)
    (line,) = result.stdout.splitlines()
    run = json.loads(line)
    assert run["snapshot_id"] == "20260303T061500Z" and run["status"] == "failed"
    assert run["reason"] == "the start URL did not answer"
    assert run["log"].endswith(f"crawl-20260303T061500Z-{os.getpid()}.log")


def test_an_archive_without_runs(tmp_path):
    result = run_cli("runs", archive=tmp_path)
    assert result.returncode == 0 and result.stdout == f"no runs in {tmp_path}\n"


def test_the_archive_can_come_from_the_config_file(archive_with_runs, tmp_path):
    config = tmp_path / "paris-archive.toml"
    config.write_text(f'archive = "{archive_with_runs}"\n', encoding="utf-8")
    result = run_cli("runs", "--config", str(config), "--last", "1")
    assert "20260303T061500Z" in result.stdout


def test_a_bad_last_is_a_usage_error(tmp_path):
    result = run_cli("runs", "--last", "0", archive=tmp_path)
    assert result.returncode == 2 and "expected a positive whole number" in result.stderr


def test_the_log_of_a_run_is_the_newest_its_process_opened_before_it_began(tmp_path):
    for name in ("crawl-20260302T061400Z-7.log", "crawl-20260302T061459Z-7.log", "crawl-20260302T061501Z-7.log",
                 "crawl-20260302T061459Z-8.log", "notes.txt"):
        (tmp_path / name).write_text("")
    logs = crawl_logs(tmp_path)
    run = {"pid": 7, "started_at": "2026-03-02T06:15:00.250000Z"}
    assert log_of_run(run, logs) == tmp_path / "crawl-20260302T061459Z-7.log"
    assert log_of_run({**run, "pid": 9}, logs) is None
    assert log_of_run({"started_at": run["started_at"]}, logs) is None


def test_a_running_run_has_no_end_yet():
    line = describe_run({"snapshot_id": "20260302T061500Z", "status": "running",
                         "started_at": "2026-03-02T06:15:00Z", "finished_at": None}, None)
    assert line.split() == ["20260302T061500Z", "running", "2026-03-02", "06:15:00", "-", "-", "-", "-"]
