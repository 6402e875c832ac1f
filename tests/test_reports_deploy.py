"""The weekly report's systemd units: a real command, at the example config's report time, after the crawl."""

import configparser
import shlex
from pathlib import Path

from paris_archive.cli import build_parser
from paris_archive.config import load_config

DEPLOY = Path(__file__).resolve().parent.parent / "deploy"
UNITS = ["paris-archive-report.service", "paris-archive-report.timer"]
WEEKDAYS = {"mon": "Mon", "tue": "Tue", "wed": "Wed", "thu": "Thu", "fri": "Fri", "sat": "Sat", "sun": "Sun"}


def unit(name: str) -> configparser.ConfigParser:
    parser = configparser.ConfigParser(strict=True, interpolation=None)
    parser.optionxform = str
    parser.read_string((DEPLOY / name).read_text(encoding="utf-8"))
    return parser


def test_the_service_runs_the_report_job():
    words = shlex.split(unit("paris-archive-report.service")["Service"]["ExecStart"])
    assert words[0].endswith("bin/paris-archive")
    arguments = build_parser().parse_args(words[1:])
    assert (arguments.command, arguments.run_now) == ("schedule", "report")


def test_the_timer_fires_at_the_example_config_report_time():
    config = load_config(DEPLOY / "paris-archive.example.toml", {}, {})
    minute, hour, _, _, weekday = config["schedule.report"].split()
    timer = unit("paris-archive-report.timer")["Timer"]
    assert timer["OnCalendar"] == (f"{WEEKDAYS[weekday]} *-*-* {int(hour):02d}:{int(minute):02d}:00 "
                                   f"{config['schedule.timezone'].key}")
    assert (timer["Unit"], timer["Persistent"]) == ("paris-archive-report.service", "true")
    crawl_minute, crawl_hour = config["schedule.crawl"].split()[:2]
    assert (int(crawl_hour), int(crawl_minute)) < (int(hour), int(minute))  # the day's crawl comes first
