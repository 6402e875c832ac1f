"""`schedule` and `runs`: the archivist's scheduled crawls and reports, and the record of every past crawl."""

import argparse
import json
import os
import re
import signal
import time
from collections import Counter
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from archive import Archive
from archive.layout import Layout
from paris_archive.commands.check import print_check
from paris_archive.commands.shared_options import add_config_options, config_of, positive_int, setting_assignment
from paris_archive.config import CONFIG_ENV, Config, config_path
from paris_archive.scheduler import (
    JOB_NAMES,
    Job,
    Scheduler,
    follow_up,
    job_command,
    run_command,
    run_now,
    scheduled_jobs,
)
from shared.clock import utc_now

# How many coming runs of each job `schedule --list` prints.
UPCOMING = 3
SCHEDULE_LOG = "schedule.log"
# Crawl logs are named by the second the crawl began and its process id (see paris_archive.crawl).
_CRAWL_LOG = re.compile(r"^crawl-(\d{8}T\d{6}Z)-(\d+)\.log$")


class Stopped(Exception):
    """SIGTERM (systemd stopping the service): end the scheduler as Ctrl-C would."""


def register(commands, command) -> None:
    schedule = command("schedule", "run the crawls and reports of a config file on their cron schedule")
    add_config_options(schedule)
    schedule.add_argument("--setting", metavar="NAME=VALUE", action="append", type=setting_assignment, default=[],
                          dest="settings", help="override one setting, e.g. schedule.crawl='15 6 * * *'; NAME= "
                                                "clears it (repeatable)")
    schedule.add_argument("--json", action="store_true", help="with --list or --check: print one JSON object")
    mode = schedule.add_mutually_exclusive_group()
    mode.add_argument("--list", action="store_true", help="print the jobs' next run times and exit")
    mode.add_argument("--check", action="store_true",
                      help="print every setting and where it came from, and the problems found (as `check`)")
    mode.add_argument("--run-now", metavar="JOB", choices=JOB_NAMES,
                      help="run one job (crawl or report) now with the configured settings, and exit with its "
                           "exit code: what a cron line or a systemd timer calls")
    mode.add_argument("--stop-after", metavar="N", type=positive_int,
                      help="exit after N job runs (default: run until stopped)")
    schedule.set_defaults(handler=cmd_schedule)

    runs = command("runs", "list past crawls: start, end, status, snapshot, errors and log file")
    add_config_options(runs)
    runs.add_argument("--last", metavar="N", type=positive_int, help="only the N most recent runs")
    runs.add_argument("--json", action="store_true", help="one JSON object per run instead of a table")
    runs.set_defaults(handler=cmd_runs)


# -- schedule --------------------------------------------------------------------------------------

def cmd_schedule(args: argparse.Namespace) -> int:
    config = config_of(args)
    if args.check:
        return print_check(config, as_json=args.json)
    environment = config.child_environment()
    path = config_path(args.config, os.environ)
    if path is not None:  # the crawl reads its sources table from the same file
        environment[CONFIG_ENV] = str(path.resolve())
    if args.run_now:
        # This process becomes the job (its signals, output and exit code are the job's own), or runs it and
        # its alerts, passing a SIGTERM on to them.
        signal.signal(signal.SIGTERM, _raise_stopped)
        try:
            return run_now(job_command(config, args.run_now), follow_up(config, args.run_now), environment)
        except (KeyboardInterrupt, Stopped):
            return 128 + signal.SIGTERM
    root = Archive(config["archive"]).root  # refuse a file in the archive's place before waiting for hours
    zone: ZoneInfo = config["schedule.timezone"]
    jobs = scheduled_jobs(config)
    if args.list:
        scheduler = _scheduler(jobs, zone, environment, announce=print)
        if args.json:
            print(json.dumps(plan_as_dict(config, scheduler), ensure_ascii=False, sort_keys=True))
        else:
            print_plan(config, scheduler)
        return 0
    announce = _announcer(Layout(root).logs / SCHEDULE_LOG, zone)
    scheduler = _scheduler(jobs, zone, environment, announce)
    signal.signal(signal.SIGTERM, _raise_stopped)
    try:
        runs = scheduler.run(stop_after=args.stop_after)
    except (KeyboardInterrupt, Stopped):
        announce("stopped")
        return 0
    return 1 if any(run.outcome == "failed" for run in runs) else 0


def _scheduler(jobs: list[Job], zone: ZoneInfo, environment: dict[str, str],
               announce: Callable[[str], None]) -> Scheduler:
    return Scheduler(jobs, zone=zone, clock=utc_now, sleep=time.sleep,
                     run_job=lambda job: run_command(job.command, environment), announce=announce)


def print_plan(config: Config, scheduler: Scheduler) -> None:
    """Each job's schedule and where it was set, then the next runs."""
    for job in scheduler.jobs:
        origin = config.origins[f"schedule.{job.name}"]
        print(f"{job.name}: '{job.cron}' in {config['schedule.timezone'].key} (from {origin}): "
              f"paris-archive {' '.join(job.command)}")
        if job.then:
            print(f"  then: paris-archive {' '.join(job.then)}")
    print("next runs:")
    for moment, job in scheduler.upcoming(UPCOMING):
        print(f"  {moment.isoformat()}  {job.name}")


def plan_as_dict(config: Config, scheduler: Scheduler) -> dict:
    """What `print_plan` says, as data."""
    return {
        "timezone": config["schedule.timezone"].key,
        "jobs": [{"name": job.name, "cron": job.cron, "origin": config.origins[f"schedule.{job.name}"],
                  "command": ["paris-archive", *job.command],
                  "then": ["paris-archive", *job.then] if job.then else None} for job in scheduler.jobs],
        "next_runs": [{"at": moment.isoformat(), "job": job.name} for moment, job in scheduler.upcoming(UPCOMING)],
    }


def _raise_stopped(signum: int, frame: object) -> None:
    raise Stopped()


def _announcer(log_path: Path, zone: ZoneInfo) -> Callable[[str], None]:
    """Print each scheduler event and append it to the archive's schedule log, stamped in the schedule's zone."""
    log_path.parent.mkdir(parents=True, exist_ok=True)

    def announce(message: str) -> None:
        line = f"{utc_now().astimezone(zone).isoformat(timespec='seconds')} schedule: {message}"
        print(line, flush=True)
        with log_path.open("a", encoding="utf-8") as log:
            log.write(line + "\n")

    return announce


# -- runs ------------------------------------------------------------------------------------------

def cmd_runs(args: argparse.Namespace) -> int:
    root = Path(config_of(args)["archive"])
    records = Archive(root).runs()
    if args.last:
        records = records[-args.last:]
    logs = crawl_logs(Layout(root).logs)
    if args.json:
        for record in records:
            log = log_of_run(record, logs)
            print(json.dumps({**record, "log": str(log) if log else None}, ensure_ascii=False, sort_keys=True))
        return 0
    if not records:
        print(f"no runs in {root}")
        return 0
    print(f"{'snapshot':<20} {'status':<9} {'started (UTC)':<20} {'finished (UTC)':<20} "
          f"{'pages':>5} {'errors':>6}  log")
    for record in records:
        print(describe_run(record, log_of_run(record, logs)))
    counts = Counter(record["status"] for record in records)
    print(f"{len(records)} run(s): " + ", ".join(f"{n} {status}" for status, n in sorted(counts.items())))
    return 0


def describe_run(record: dict, log: Path | None) -> str:
    stats = record.get("crawl_stats") or {}
    errors = sum(stats.get(key, 0) for key in ("errors", "download_errors", "extraction_errors"))
    pages = (record.get("row_counts") or {}).get("pages")
    line = (f"{record['snapshot_id']:<20} {record['status']:<9} {_clock_time(record.get('started_at')):<20} "
            f"{_clock_time(record.get('finished_at')):<20} {_or_dash(pages):>5} "
            f"{_or_dash(errors if stats else None):>6}  {log or '-'}")
    if record.get("reason"):
        line += f"\n    reason: {record['reason']}"
    return line


def _clock_time(iso: str | None) -> str:
    return iso[:19].replace("T", " ") if iso else "-"


def _or_dash(value: object) -> str:
    return "-" if value is None else str(value)


def crawl_logs(logs_dir: Path) -> list[tuple[str, int, Path]]:
    """(start second, pid, path) of every crawl log in the folder."""
    if not logs_dir.is_dir():
        return []
    found = []
    for path in logs_dir.iterdir():
        match = _CRAWL_LOG.match(path.name)
        if match:
            found.append((match.group(1), int(match.group(2)), path))
    return found


def log_of_run(record: dict, logs: list[tuple[str, int, Path]]) -> Path | None:
    """The log of the process that made this run, opened just before the run began (the newest such)."""
    started = record.get("started_at")
    if not started or not isinstance(record.get("pid"), int):
        return None
    second = datetime.fromisoformat(started).astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    candidates = [(opened, path) for opened, pid, path in logs if pid == record["pid"] and opened <= second]
    return max(candidates)[1] if candidates else None
