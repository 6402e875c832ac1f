"""Alerts for real: crawls of the mirror that fail, shrink or warn, and one message each through a real SMTP server
(aiosmtpd) that is down, then back."""

import json
import shutil
from pathlib import Path

import pytest
from conftest import crawl_mirror, run_cli, snapshot_ids
from test_reports_email import SmtpServer

from mirror.epochs import load_epoch
from mirror.server import MirrorServer

# Nothing listens on the discard port: a crawl of it fails for want of a start page.
UNANSWERED = "http://127.0.0.1:9/international/"
EVERY_TWO_SECONDS = "* * * * * */2"


def write_config(folder: Path, archive: Path, smtp: SmtpServer, start_urls: list[str], allow: str = "") -> Path:
    path = folder / "paris-archive.toml"
    urls = ", ".join(f'"{url}"' for url in start_urls)
    path.write_text(f"""
archive = "{archive}"

[crawl]
start_urls = [{urls}]
{f'allow = "{allow}"' if allow else ''}
settings = {{ DOWNLOAD_DELAY = 0, AUTOTHROTTLE_ENABLED = false, RETRY_TIMES = 0 }}

[schedule]
crawl = "{EVERY_TWO_SECONDS}"

[report]
email = true

[smtp]
host = "127.0.0.1"
port = {smtp.port}
security = "none"
from = "Paris archive <archive@example.org>"
to = ["archivist@example.org"]
""", encoding="utf-8")
    return path


def ledger(archive: Path) -> list[dict]:
    path = archive / "reports" / "ledger.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()] if path.exists() else []


def subjects(smtp: SmtpServer) -> list[str]:
    return [str(message["Subject"]) for _, _, message in smtp.mailbox.messages]


@pytest.fixture
def smtp():
    server = SmtpServer()
    yield server
    server.stop()


def test_a_failed_scheduled_crawl_is_alerted_once_when_the_server_comes_back(tmp_path, smtp):
    archive = tmp_path / "archive"
    config = write_config(tmp_path, archive, smtp, [UNANSWERED])

    # The SMTP server is down: the crawl fails, its alert waits in the outbox.
    crawl = run_cli("schedule", "--config", str(config), "--run-now", "crawl", timeout=120)
    assert crawl.returncode == 1, crawl.stdout + crawl.stderr
    (run,) = [json.loads(line) for line in run_cli("runs", "--json", archive=archive).stdout.splitlines()]
    assert run["status"] == "failed"
    alert_id = f"alert-{run['snapshot_id']}"
    assert (archive / "reports" / "outbox" / f"{alert_id}.eml").is_file()
    assert "the alert could not be sent" in crawl.stderr
    assert [entry["status"] for entry in ledger(archive)] == ["queued", "attempt_failed"]

    # Back up: the next check sends it, and only once, however often it runs.
    smtp.start()
    for _ in range(2):
        result = run_cli("alert", "--email", archive=archive, env=smtp.environment)
        assert result.returncode == 0, result.stderr
    (subject,) = subjects(smtp)
    assert subject.startswith(f"paris-archive ALERT: crawl {run['snapshot_id']} failed: no start URL answered: "
                              f"{UNANSWERED}")
    (_, recipients, message) = smtp.mailbox.messages[0]
    assert recipients == ["archivist@example.org"]
    assert "needs a look" in message.get_body(("plain",)).get_content()
    assert [entry["status"] for entry in ledger(archive)] == ["queued", "attempt_failed", "sent"]
    assert not list((archive / "reports" / "outbox").glob("*.eml"))


def test_the_scheduler_alerts_a_crawl_that_archived_far_fewer_pages(tmp_path, smtp):
    archive = tmp_path / "archive"
    smtp.start()
    with MirrorServer(load_epoch("2012")) as server:
        start_urls = list(server.start_urls)
        full = write_config(tmp_path, archive, smtp, start_urls)
        first = run_cli("schedule", "--config", str(full), "--run-now", "crawl", timeout=120)
        assert first.returncode == 0, first.stdout + first.stderr
        assert "Nothing to alert" in first.stdout
        assert subjects(smtp) == []

        # The same site with a scope that keeps only the start pages: the long-running scheduler's crawl.
        narrow = write_config(tmp_path, archive, smtp, start_urls, allow="/rub_[0-9]+$")
        scheduled = run_cli("schedule", "--config", str(narrow), "--stop-after", "1", timeout=120)
    assert scheduled.returncode == 0, scheduled.stdout + scheduled.stderr
    before, after = snapshot_ids(archive)
    (subject,) = subjects(smtp)
    assert subject.startswith(f"paris-archive ALERT: crawl {after} archived ")
    assert subject.endswith(f" before ({before})")
    assert [entry["kind"] for entry in ledger(archive)] == ["alert", "alert"]  # queued, sent


def test_a_snapshot_with_health_warnings_is_alerted(restyled_2016, tmp_path, smtp):
    archive = tmp_path / "archive"
    shutil.copytree(restyled_2016, archive)
    smtp.start()
    result = run_cli("alert", "--email", archive=archive, env=smtp.environment)
    assert result.returncode == 0, result.stderr
    (subject,) = subjects(smtp)
    newest = snapshot_ids(archive)[-1]
    assert subject.startswith(f"paris-archive ALERT: crawl {newest} left ")
    assert "extraction health warning(s)" in subject
    text = smtp.mailbox.messages[0][2].get_body(("plain",)).get_content()
    assert "no parser recognises its layout" in text or "yields" in text


def test_a_good_crawl_alerts_nothing_and_reports_still_start_where_the_last_report_ended(crawled_2012, tmp_path, smtp):
    archive = tmp_path / "archive"
    shutil.copytree(crawled_2012[0], archive)
    # One snapshot: nothing to compare yet, and no report was ever sent, so none is "the last".
    lone = run_cli("report", archive=archive)
    assert lone.stdout.startswith(f"Nothing to report yet: {snapshot_ids(archive)[0]} is the archive's only complete "
                                  f"snapshot")
    crawl_mirror("2014", archive)
    assert run_cli("alert", archive=archive).stdout == "Nothing to alert: the newest crawl went well.\n"
    smtp.start()
    assert run_cli("report", "--email", archive=archive, env=smtp.environment).returncode == 0
    reported = snapshot_ids(archive)[-1]
    failed = run_cli("crawl", "--start-url", UNANSWERED, "-s", "RETRY_TIMES=0", archive=archive)
    assert failed.returncode == 1
    assert run_cli("alert", "--email", archive=archive, env=smtp.environment).returncode == 0
    # The alert is in the ledger, yet the next report still starts at the last report's end.
    nothing_new = run_cli("report", "--email", archive=archive, env=smtp.environment)
    assert nothing_new.stdout.startswith(f"No new snapshot since the last report, which ended at {reported}")
    report, alert = subjects(smtp)
    assert "ALERT" not in report and alert.startswith("paris-archive ALERT: crawl ")


def test_the_schedule_lists_the_alert_after_the_crawl(tmp_path, smtp):
    archive = tmp_path / "archive"
    config = write_config(tmp_path, archive, smtp, [UNANSWERED])
    listing = run_cli("schedule", "--config", str(config), "--list")
    assert listing.returncode == 0, listing.stderr
    assert f"  then: paris-archive alert --archive {archive} --email" in listing.stdout.splitlines()
