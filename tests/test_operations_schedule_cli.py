"""`paris-archive schedule` for real: a fast schedule crawls the mirror over loopback HTTP and reports."""

import json
from pathlib import Path

import pytest
from conftest import run_cli, snapshot_ids

from archive.lock import ArchiveLock
from mirror.epochs import load_epoch
from mirror.server import MirrorServer
from shared.clock import utc_now

# Every two seconds (a sixth cron field gives seconds), so that the test takes seconds, not minutes.
EVERY_TWO_SECONDS = "* * * * * */2"


def write_config(folder: Path, archive: Path, start_urls: list[str]) -> Path:
    path = folder / "paris-archive.toml"
    urls = ", ".join(f'"{url}"' for url in start_urls)
    path.write_text(f"""
archive = "{archive}"

[crawl]
start_urls = [{urls}]
settings = {{ DOWNLOAD_DELAY = 0, AUTOTHROTTLE_ENABLED = false }}

[schedule]
crawl = "{EVERY_TWO_SECONDS}"
report = "{EVERY_TWO_SECONDS}"
""", encoding="utf-8")
    return path


@pytest.fixture
def served_2012():
    with MirrorServer(load_epoch("2012")) as server:
        yield list(server.start_urls)


def test_a_crawl_and_a_report_happen_on_schedule(tmp_path, served_2012):
    archive = tmp_path / "archive"
    config = write_config(tmp_path, archive, served_2012)

    # What a cron line or a systemd timer runs: one job, now, with the config's settings.
    first = run_cli("schedule", "--config", str(config), "--run-now", "crawl")
    assert first.returncode == 0, first.stdout + first.stderr
    assert len(snapshot_ids(archive)) == 1

    # The long-running scheduler: both jobs fall due together; the crawl runs, then the report.
    scheduled = run_cli("schedule", "--config", str(config), "--stop-after", "2", timeout=120)
    assert scheduled.returncode == 0, scheduled.stdout + scheduled.stderr
    assert "schedule: crawl: done in" in scheduled.stdout
    assert "schedule: report: done in" in scheduled.stdout
    assert scheduled.stdout.index("crawl: done") < scheduled.stdout.index("report: starting")

    second_snapshot = snapshot_ids(archive)[1]
    (report_folder,) = (archive / "reports").glob("*_*")
    assert report_folder.name.endswith(second_snapshot)
    assert "Point de départ : le site au " in (report_folder / "report.txt").read_text(encoding="utf-8")
    runs = [json.loads(line) for line in run_cli("runs", "--json", archive=archive).stdout.splitlines()]
    assert [run["status"] for run in runs] == ["complete", "complete"]
    assert all(Path(run["log"]).is_file() for run in runs)
    assert "report: done" in (archive / "logs" / "schedule.log").read_text(encoding="utf-8")


def test_run_now_passes_on_the_busy_exit_code(tmp_path, served_2012):
    archive = tmp_path / "archive"
    config = write_config(tmp_path, archive, served_2012)
    with ArchiveLock(archive, purpose="crawl", pid=1, clock=utc_now):
        result = run_cli("schedule", "--config", str(config), "--run-now", "crawl")
    assert result.returncode == 75
    assert "is being written by a crawl (process 1" in result.stderr


def test_list_shows_the_jobs_and_their_next_times(tmp_path):
    config = tmp_path / "paris-archive.toml"
    config.write_text('contact = "mailto:a@example.org"\n[schedule]\ncrawl = "15 6 * * *"\n'
                      'timezone = "Europe/Paris"\n', encoding="utf-8")
    result = run_cli("schedule", "--list", "--config", str(config), "--setting", "schedule.report=0 7 * * mon",
                     archive=tmp_path / "archive")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == (f"crawl: '15 6 * * *' in Europe/Paris (from {config}): "
                        f"paris-archive crawl --archive {tmp_path / 'archive'}")
    assert lines[1].startswith("report: '0 7 * * mon' in Europe/Paris (from command line)")
    assert sum("06:15:00+0" in line and "crawl" in line for line in lines) == 3


@pytest.mark.parametrize(("arguments", "environment", "message"), [
    (["--setting", "schedule.crawl=every day"], {}, "setting schedule.crawl (command line): 'every day' is not a cron"),
    (["--setting", "schedule.crawl=15 6 * * *"], {}, "missing setting contact"),
    ([], {}, "nothing to schedule"),
    ([], {"PARIS_ARCHIVE_SMTP_PORT": "smtp"}, "setting smtp.port ($PARIS_ARCHIVE_SMTP_PORT): expected a port number"),
    (["--config", "nowhere.toml"], {}, "config file nowhere.toml does not exist"),
])
def test_a_wrong_or_missing_setting_is_one_line_and_exit_2(tmp_path, arguments, environment, message):
    result = run_cli("schedule", "--list", *arguments, archive=tmp_path / "archive",
                     env={"PARIS_ARCHIVE_CONFIG": "", "PARIS_ARCHIVE_CONTACT": "", **environment})
    assert result.returncode == 2
    assert result.stderr.startswith("paris-archive: error: ") and message in result.stderr
    assert "Traceback" not in result.stderr
