"""Lock and state files are never opened through a symbolic link, and a damaged ledger is one line, not a traceback."""

import os
from datetime import UTC, datetime

import pytest
from conftest import run_cli, run_refused
from helpers.changes import write_week

from archive import ArchiveError
from archive.lock import LOCK_NAME, ArchiveLock
from reports.delivery import ReportMailroom
from reports.ledger import QUEUED, ReportLedger

NOW = datetime(2026, 3, 2, 6, 15, tzinfo=UTC)


def someone_elses_file(tmp_path):
    target = tmp_path / "elsewhere" / "precious.txt"
    target.parent.mkdir()
    target.write_text("keep me\n")
    return target


def writer_lock(root):
    return ArchiveLock(root, purpose="crawl", pid=4242, clock=lambda: NOW)


def test_a_writer_lock_that_is_a_symbolic_link_is_refused_and_its_target_kept(tmp_path):
    target = someone_elses_file(tmp_path)
    archive = tmp_path / "archive"
    archive.mkdir()
    (archive / LOCK_NAME).symlink_to(target)
    with pytest.raises(ArchiveError, match="writer.lock is a symbolic link; the writer lock is never opened"):
        writer_lock(archive).acquire()
    assert target.read_text() == "keep me\n"


def test_a_writer_lock_hard_linked_to_another_file_is_refused(tmp_path):
    target = someone_elses_file(tmp_path)
    archive = tmp_path / "archive"
    archive.mkdir()
    os.link(target, archive / LOCK_NAME)
    with pytest.raises(ArchiveError, match="a hard link to another file"):
        writer_lock(archive).acquire()
    assert target.read_text() == "keep me\n"


def test_a_crawl_refuses_a_symbolic_link_in_one_line(tmp_path):
    target = someone_elses_file(tmp_path)
    archive = tmp_path / "archive"
    archive.mkdir()
    (archive / LOCK_NAME).symlink_to(target)
    result = run_refused("crawl", "--mirror", "2012", archive=archive)
    assert result.returncode == 2, result.stderr
    assert result.stderr.strip().splitlines() == [
        f"paris-archive: error: {archive / LOCK_NAME} is a symbolic link; the writer lock is never opened "
        "through one: remove it"]
    assert target.read_text() == "keep me\n"


def test_a_writer_lock_that_is_a_folder_or_a_fifo_is_a_clear_error(tmp_path):
    (tmp_path / "a" / LOCK_NAME).mkdir(parents=True)
    with pytest.raises(ArchiveError, match="is a folder where the writer lock belongs"):
        writer_lock(tmp_path / "a").acquire()
    (tmp_path / "b").mkdir()
    os.mkfifo(tmp_path / "b" / LOCK_NAME)
    with pytest.raises(ArchiveError, match="not a regular file"):
        writer_lock(tmp_path / "b").acquire()


def test_the_reports_lock_and_ledger_are_not_followed_either(tmp_path):
    target = someone_elses_file(tmp_path)
    reports = tmp_path / "archive" / "reports"
    reports.mkdir(parents=True)
    (reports / ".lock").symlink_to(target)
    mailroom = ReportMailroom(reports, clock=lambda: NOW)
    with pytest.raises(ArchiveError, match="is a symbolic link; the reports' lock is never opened"):
        with mailroom.locked():
            pass
    (reports / ".lock").unlink()
    (reports / "ledger.jsonl").symlink_to(target)
    with pytest.raises(ArchiveError, match="is a symbolic link; the report ledger is never opened"):
        ReportLedger(reports / "ledger.jsonl").record({"report_id": "a_b", "status": QUEUED})
    assert target.read_text() == "keep me\n"


def test_a_ledger_with_invalid_utf8_or_a_wrong_shape_names_the_line(tmp_path):
    archive = tmp_path / "archive"
    write_week(archive)
    ledger = archive / "reports" / "ledger.jsonl"
    ledger.parent.mkdir(parents=True)
    for damage in (b'{"report_id": "\xff"}\n', b'{"report_id": "a_b", "status": "sent"}\n[1, 2]\n'):
        ledger.write_bytes(damage)
        result = run_cli("report", archive=archive)
        assert result.returncode == 2 and "Traceback" not in result.stderr, result.stderr
        line = 2 if damage.startswith(b'{"report_id": "a_b"') else 1
        assert f"ledger.jsonl, line {line}, is not a ledger entry" in result.stderr
