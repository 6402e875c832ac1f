"""Run jobs (a crawl, a report) on cron expressions, each as a command of its own: one failing never stops the rest.

The clock, the sleep and the way a job is run are injected: the loop itself decides only what is due.
"""

import os
import subprocess
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import NoReturn
from zoneinfo import ZoneInfo

from croniter import croniter

from archive.lock import ArchiveBusy
from paris_archive.config import Config, ConfigError
from paris_archive.crawl import is_loopback
from paris_archive.errors import UserError

JOB_NAMES = ("crawl", "report")
EXIT_BUSY = ArchiveBusy.exit_code
# Sleep in slices, so that a clock changed under us (a suspended laptop, an NTP step) is noticed soon.
MAX_SLEEP = timedelta(seconds=60)
# How long a job may take to wind down when the scheduler is stopped.
STOP_GRACE = timedelta(seconds=60)


@dataclass(frozen=True)
class Job:
    name: str
    cron: str
    command: tuple[str, ...]  # arguments of `paris-archive`
    then: tuple[str, ...] = ()  # run after it, whatever its outcome (not when it was skipped): the alerts


@dataclass(frozen=True)
class JobRun:
    job: str
    due: datetime
    started: datetime
    finished: datetime
    exit_code: int

    @property
    def outcome(self) -> str:
        if self.exit_code == 0:
            return "done"
        if self.exit_code == EXIT_BUSY:
            return "skipped"  # another writer held the archive; the next due time will try again
        return "failed"


def next_due(job: Job, after: datetime, zone: ZoneInfo) -> datetime:
    """The first time strictly after `after` that the job's cron expression names, read in `zone`."""
    return croniter(job.cron, after.astimezone(zone)).get_next(datetime)


class Scheduler:
    """Runs due jobs one after the other, in the order given, until stopped (or after `stop_after` runs).

    A job that falls due while another runs starts as soon as that one ends; runs missed meanwhile are
    made up once, not once per missed time.
    """

    def __init__(
        self,
        jobs: list[Job],
        *,
        zone: ZoneInfo,
        clock: Callable[[], datetime],
        sleep: Callable[[float], None],
        run_job: Callable[[Job], int],
        announce: Callable[[str], None],
    ) -> None:
        self._jobs = list(jobs)
        self._zone = zone
        self._clock = clock
        self._sleep = sleep
        self._run_job = run_job
        self._announce = announce

    @property
    def jobs(self) -> list[Job]:
        return list(self._jobs)

    def _now(self) -> datetime:
        return self._clock().astimezone(self._zone)

    def upcoming(self, count: int) -> list[tuple[datetime, Job]]:
        """The next `count` runs of each job, soonest first."""
        times = []
        for job in self._jobs:
            moment = self._now()
            for _ in range(count):
                moment = next_due(job, moment, self._zone)
                times.append((moment, job))
        return sorted(times, key=lambda pair: pair[0])

    def run(self, stop_after: int | None = None) -> list[JobRun]:
        """Wait for due times and run jobs; returns what ran (when `stop_after` ends it)."""
        due = {job.name: next_due(job, self._now(), self._zone) for job in self._jobs}
        for job in self._jobs:
            self._announce(f"{job.name}: '{job.cron}' ({self._zone.key}), next at {due[job.name].isoformat()}")
        history: list[JobRun] = []
        while stop_after is None or len(history) < stop_after:
            wait = min(due.values()) - self._now()
            if wait > timedelta(0):
                self._sleep(min(wait, MAX_SLEEP).total_seconds())
                continue
            for job in self._jobs:
                if due[job.name] <= self._now() and (stop_after is None or len(history) < stop_after):
                    history.append(self._run_one(job, due[job.name]))
                    due[job.name] = next_due(job, max(self._now(), due[job.name]), self._zone)
        return history

    def _run_one(self, job: Job, due: datetime) -> JobRun:
        started = self._now()
        self._announce(f"{job.name}: starting (due {due.isoformat()}): paris-archive {' '.join(job.command)}")
        exit_code = self._run_job(job)
        run = JobRun(job.name, due, started, self._now(), exit_code)
        self._announce(_describe(run))
        if job.then and run.outcome != "skipped":
            follow_up = self._run_job(Job(f"{job.name} alerts", job.cron, job.then))
            if follow_up != 0:
                self._announce(f"{job.name}: the alert could not be sent (exit {follow_up}); it waits in the outbox")
        return run


def _describe(run: JobRun) -> str:
    seconds = (run.finished - run.started).total_seconds()
    if run.outcome == "done":
        return f"{run.job}: done in {seconds:.0f} s"
    if run.outcome == "skipped":
        return f"{run.job}: skipped, another process was writing to the archive (exit {run.exit_code})"
    return f"{run.job}: FAILED with exit code {run.exit_code} after {seconds:.0f} s"


# -- the jobs of a config ------------------------------------------------------------------------

def job_command(config: Config, name: str) -> tuple[str, ...]:
    """The `paris-archive` arguments of job `name`, after checking the settings it needs."""
    archive = str(config["archive"])
    if name == "crawl":
        start_urls = config["crawl.start_urls"]
        if not start_urls or not all(is_loopback(url) for url in start_urls):
            config.require("contact", "to crawl a live site")
        command = ["crawl", "--archive", archive]
        for url in start_urls:
            command += ["--start-url", url]
        if config["crawl.allow"]:
            command += ["--allow", config["crawl.allow"]]
        for setting, value in config["crawl.settings"].items():
            command += ["-s", f"{setting}={value}"]
        return tuple(command)
    if name == "report":
        if not config["report.email"]:
            return ("report", "--archive", archive)
        for setting in ("smtp.host", "smtp.from", "smtp.to"):
            config.require(setting, "to email reports (report.email is true)")
        return ("report", "--archive", archive, "--email")
    raise ConfigError(f"unknown job {name!r} (jobs: {', '.join(JOB_NAMES)})")


def follow_up(config: Config, name: str) -> tuple[str, ...]:
    """What runs after job `name`: a crawl is followed by its alerts when reports are emailed."""
    if name == "crawl" and config["report.email"]:
        return ("alert", "--archive", str(config["archive"]), "--email")
    return ()


def scheduled_jobs(config: Config) -> list[Job]:
    """The jobs that have a cron expression, each checked for the settings it needs."""
    jobs = [Job(name, config[f"schedule.{name}"], job_command(config, name), follow_up(config, name))
            for name in JOB_NAMES if config[f"schedule.{name}"]]
    if not jobs:
        raise ConfigError("nothing to schedule: set schedule.crawl and/or schedule.report (in the config file, "
                          "as $PARIS_ARCHIVE_SCHEDULE_CRAWL / $PARIS_ARCHIVE_SCHEDULE_REPORT, or with --setting)")
    return jobs


def run_instead(arguments: tuple[str, ...], environment: Mapping[str, str]) -> NoReturn:
    """Replace this process by `paris-archive ARGUMENTS` (what a timer or a cron line runs)."""
    sys.stdout.flush()
    try:
        os.execve(sys.executable, _command(arguments), {**os.environ, **environment})
    except OSError as exc:  # e.g. a virtualenv whose Python this user may not run
        raise UserError(f"cannot run {sys.executable}: {exc.strerror}") from None


def run_now(command: tuple[str, ...], then: tuple[str, ...], environment: Mapping[str, str]) -> int:
    """Run one job now (what a timer or a cron line runs): this process becomes the job, or, when a follow-up
    is due after it, runs it and then the follow-up, and exits with the job's own exit code."""
    if not then:
        run_instead(command, environment)
    exit_code = run_command(command, environment)
    if exit_code != EXIT_BUSY:
        run_command(then, environment)
    return exit_code


def _command(arguments: tuple[str, ...]) -> list[str]:
    return [sys.executable, "-m", "paris_archive", *arguments]


def run_command(arguments: tuple[str, ...], environment: Mapping[str, str]) -> int:
    """Run `paris-archive ARGUMENTS` in a child process writing to our terminal; its exit code.

    The child has a process group of its own, so that stopping the scheduler (Ctrl-C, SIGTERM) stops
    it with exactly one SIGTERM: a crawl then records why it ended instead of being cut short.
    """
    child = subprocess.Popen(_command(arguments), env={**os.environ, **environment}, process_group=0)
    try:
        return child.wait()
    except BaseException:
        child.terminate()
        try:
            child.wait(timeout=STOP_GRACE.total_seconds())
        except subprocess.TimeoutExpired:
            child.kill()
            child.wait()
        raise
