"""`paris-archive check` and `schedule --check`: every setting with its origin, and the problems a job would meet."""

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from conftest import REPO, run_cli

GOOD = """
archive = "{archive}"
contact = "mailto:archives@paris.fr"
[crawl]
start_urls = ["http://127.0.0.1:8000/international/"]
[schedule]
crawl = "15 6 * * *"
timezone = "Europe/Paris"
[report]
email = true
[smtp]
host = "smtp.paris.fr"
from = "archives@paris.fr"
to = ["equipe@paris.fr"]
user = "archives"
"""
PASSWORD = {"PARIS_ARCHIVE_SMTP_PASSWORD": "s3cret-Value"}


@pytest.fixture()
def config_file(tmp_path):
    archive = tmp_path / "archive"
    archive.mkdir()
    path = tmp_path / "paris-archive.toml"
    path.write_text(GOOD.format(archive=archive))
    return path


def check(*arguments: str, env: dict | None = None) -> subprocess.CompletedProcess:
    clean = {name: "" for name in os.environ if name.startswith("PARIS_ARCHIVE_")}
    return run_cli("check", *arguments, env={**clean, **(env or {})})


def lines_of(output: str) -> dict[str, str]:
    return {line.split()[0]: line for line in output.splitlines() if line and not line.startswith(" ")}


def test_a_sound_config_passes_and_says_where_each_value_came_from(config_file, tmp_path):
    result = check("--config", str(config_file), "--setting", "schedule.report=0 7 * * mon",
                   env={**PASSWORD, "PARIS_ARCHIVE_SMTP_PORT": "2525"})
    assert result.returncode == 0, result.stdout + result.stderr
    shown = lines_of(result.stdout)
    assert shown["archive"].split()[1:] == [str(tmp_path / "archive"), f"({config_file})"]
    assert shown["schedule.timezone"].endswith(f"Europe/Paris  ({config_file})")
    assert shown["schedule.report"].endswith("0 7 * * mon  (command line)")
    assert shown["smtp.port"].endswith("2525  ($PARIS_ARCHIVE_SMTP_PORT)")
    assert shown["smtp.security"].endswith("-  (default)")
    assert "smtp password       set  ($PARIS_ARCHIVE_SMTP_PASSWORD)" in result.stdout
    assert "s3cret-Value" not in result.stdout  # the password is never printed
    assert result.stdout.endswith("no problems found\n")


def test_every_problem_is_named_on_one_line(tmp_path):
    config = tmp_path / "broken.toml"
    config.write_text(f'archive = "{tmp_path / "missing"}"\n[report]\nemail = true\n'
                      f'[smtp]\nhost = "smtp.example.org"\nuser = "archives"\nto = ["a@paris.fr"]\n')
    result = check("--config", str(config))
    assert result.returncode == 1
    problems = result.stdout.split("problem(s):\n")[1].splitlines()
    assert problems == [
        f"  archive: {tmp_path / 'missing'} (from {config}) does not exist: create it, owned by the user the jobs "
        f"run as (`install -d -o USER {tmp_path / 'missing'}`)",
        "  contact: not set, and the crawl goes to the live section: it would refuse to start (set an email or URL "
        "where site owners can reach you)",
        "  smtp.from: not set, and report.email is true: scheduled reports could not be sent",
        "  smtp.user: set (archives) but $PARIS_ARCHIVE_SMTP_PASSWORD is not: the server would refuse the login "
        "(put it in secrets.env, mode 600)",
        f"  smtp.host: 'smtp.example.org' (from {config}) looks like a placeholder from the example; give the real "
        f"value",
    ]
    assert result.stderr == ""


def test_an_archive_that_is_a_file(config_file, tmp_path):
    (tmp_path / "file").write_text("")
    result = check("--config", str(config_file), "--setting", f"archive={tmp_path / 'file'}", env=PASSWORD)
    assert result.returncode == 1
    assert f"archive: {tmp_path / 'file'} (from command line) is a file, not a folder" in result.stdout


NOBODY = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]


def check_as_nobody(archive) -> subprocess.CompletedProcess:
    return subprocess.run([*NOBODY, sys.executable, "-m", "paris_archive", "check", "--setting", f"archive={archive}",
                           "--setting", "contact=mailto:archives@paris.fr"],
                          cwd=REPO, capture_output=True, text=True, env={"PATH": os.environ["PATH"]})


@pytest.mark.skipif(os.geteuid() != 0 or not shutil.which("setpriv"), reason="needs root to become another user")
def test_an_archive_the_service_user_cannot_write_or_reach():
    with tempfile.TemporaryDirectory() as folder:
        open_folder = Path(folder) / "open"
        archive = open_folder / "archive"
        archive.mkdir(parents=True)
        for path in (Path(folder), open_folder, archive):
            path.chmod(0o755)  # root's folders: others may read them, not write to them
        result = check_as_nobody(archive)
        assert result.returncode == 1, result.stderr
        assert f"archive: {archive} (from command line) is not writable by this user (uid 65534)" in result.stdout
        open_folder.chmod(0o700)
        result = check_as_nobody(archive)
        assert result.returncode == 1, result.stderr
        assert (f"archive: {archive} (from command line) cannot be reached by this user (uid 65534)"
                in result.stdout)


def test_an_empty_setting_clears_what_the_file_gave(config_file):
    cleared = check("--config", str(config_file), "--setting", "smtp.user=")
    assert cleared.returncode == 0, cleared.stdout
    assert lines_of(cleared.stdout)["smtp.user"].endswith("-  (cleared on the command line)")
    kept = check("--config", str(config_file))
    assert kept.returncode == 1
    assert "smtp.user: set (archives) but $PARIS_ARCHIVE_SMTP_PASSWORD is not" in kept.stdout


def test_schedule_check_is_the_same_check_and_json_says_it_too(config_file):
    plain = check("--config", str(config_file), env=PASSWORD)
    scheduled = run_cli("schedule", "--check", "--config", str(config_file),
                        env={**{n: "" for n in os.environ if n.startswith("PARIS_ARCHIVE_")}, **PASSWORD})
    assert scheduled.returncode == 0 and scheduled.stdout == plain.stdout
    as_json = json.loads(check("--config", str(config_file), "--json").stdout)
    assert as_json["ok"] is False
    assert [problem["setting"] for problem in as_json["problems"]] == ["smtp.user"]
    assert {"setting": "smtp.host", "value": "smtp.paris.fr", "origin": str(config_file)} in as_json["settings"]


def test_the_example_config_is_flagged_until_edited():
    result = check("--config", str(REPO / "deploy" / "paris-archive.example.toml"))
    assert result.returncode == 1
    flagged = {line.split(":")[0].strip() for line in result.stdout.split("problem(s):\n")[1].splitlines()}
    assert {"contact", "report.archive_url", "smtp.from"} <= flagged


def test_schedule_list_as_json(config_file):
    result = run_cli("schedule", "--list", "--json", "--config", str(config_file))
    plan = json.loads(result.stdout)
    assert plan["timezone"] == "Europe/Paris"
    assert plan["jobs"][0]["name"] == "crawl" and plan["jobs"][0]["cron"] == "15 6 * * *"
    assert len(plan["next_runs"]) >= 3
