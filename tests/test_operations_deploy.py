"""The shipped deployment files: their commands are real commands, and their times are the example config's."""

import configparser
import re
import shlex
import shutil
import subprocess
from pathlib import Path

import pytest
from croniter import croniter

from paris_archive.cli import build_parser
from paris_archive.config import load_config

REPO = Path(__file__).resolve().parent.parent
DEPLOY = REPO / "deploy"
UNITS = ["paris-archive-crawl.service", "paris-archive-crawl.timer", "paris-archive-schedule.service"]


def unit(name: str) -> configparser.ConfigParser:
    parser = configparser.ConfigParser(strict=True, interpolation=None)
    parser.optionxform = str  # systemd keys are case-sensitive
    parser.read_string((DEPLOY / name).read_text(encoding="utf-8"))
    return parser


def paris_archive_arguments(command: str) -> list[str]:
    """The arguments given to `paris-archive` in a shell command line (up to a redirection)."""
    words = shlex.split(command)
    start = next(i for i, word in enumerate(words) if word.endswith("bin/paris-archive")) + 1
    end = next((i for i in range(start, len(words)) if words[i] in (">>", ">", "2>&1", "&&", ";")), len(words))
    return words[start:end]


def crontab_entries() -> list[tuple[str, list[str]]]:
    entries = []
    for line in (DEPLOY / "crontab.example").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#") and not re.match(r"^[A-Z_]+=", line):
            fields = line.split(maxsplit=5)
            entries.append((" ".join(fields[:5]), paris_archive_arguments(fields[5])))
    return entries


def test_every_command_in_the_deploy_files_is_accepted_by_the_command_line():
    services = [name for name in UNITS if name.endswith(".service")]
    commands = [paris_archive_arguments(unit(name)["Service"]["ExecStart"]) for name in services]
    commands += [arguments for _, arguments in crontab_entries()]
    assert len(commands) == 4
    for arguments in commands:
        build_parser().parse_args(arguments)  # exits (failing the test) on an unknown option


def test_the_crontab_runs_the_example_config_jobs_at_their_times():
    config = load_config(DEPLOY / "paris-archive.example.toml", {}, {})
    entries = {arguments[-1]: expression for expression, arguments in crontab_entries()}
    assert set(entries) == {"crawl", "report"}
    for job, expression in entries.items():
        assert croniter.is_valid(expression)
        assert expression == config[f"schedule.{job}"], job


def test_the_timer_starts_the_crawl_at_the_example_config_time():
    timer = unit("paris-archive-crawl.timer")["Timer"]
    config = load_config(DEPLOY / "paris-archive.example.toml", {}, {})
    minute, hour = config["schedule.crawl"].split()[:2]
    assert timer["OnCalendar"] == f"*-*-* {int(hour):02d}:{int(minute):02d}:00 {config['schedule.timezone'].key}"
    assert timer["Unit"] == "paris-archive-crawl.service"
    assert timer["Persistent"] == "true"


def test_a_skipped_crawl_is_not_a_failed_unit():
    assert unit("paris-archive-crawl.service")["Service"]["SuccessExitStatus"] == "75"


@pytest.mark.skipif(shutil.which("systemd-analyze") is None, reason="systemd-analyze is not installed")
def test_systemd_accepts_every_unit():
    every_unit = sorted([*DEPLOY.glob("*.service"), *DEPLOY.glob("*.timer")])
    assert len(every_unit) == 6
    result = subprocess.run(["systemd-analyze", "verify", *map(str, every_unit)],
                            capture_output=True, text=True, check=False)
    # Only the install location is missing on a development machine; any other complaint is a mistake.
    complaints = [line for line in (result.stdout + result.stderr).splitlines()
                  if line.strip() and "/opt/paris-archive/.venv/bin/paris-archive is not executable" not in line]
    assert not complaints


def test_scrapy_cfg_has_scrapyd_deploy_targets():
    parser = configparser.ConfigParser(interpolation=None)
    parser.read(REPO / "scrapy.cfg")
    assert parser["settings"]["default"] == "scraper.settings.base"
    assert parser["deploy"]["url"].startswith("http://127.0.0.1:")
    assert parser["deploy"]["project"] == parser["deploy:production"]["project"] == "paris_archive"
    assert parser["deploy:production"]["password"] == "${SCRAPYD_PASSWORD}"  # never a secret in the file
