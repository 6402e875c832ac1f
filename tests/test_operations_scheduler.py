"""The scheduler's decisions, with an injected clock: what runs when, and what a failing job changes (nothing)."""

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from paris_archive.config import ConfigError, load_config
from paris_archive.scheduler import MAX_SLEEP, Job, Scheduler, job_command, scheduled_jobs

PARIS = ZoneInfo("Europe/Paris")
SUNDAY = datetime(2026, 3, 1, 0, 0, tzinfo=UTC)
CRAWL = Job("crawl", "15 6 * * *", ("crawl", "--archive", "archive"))
REPORT = Job("report", "0 7 * * mon", ("report", "--archive", "archive"))


class FakeTime:
    """A clock that only moves when the scheduler sleeps or a job takes time."""

    def __init__(self, start: datetime) -> None:
        self.now = start
        self.longest_sleep = timedelta(0)

    def clock(self) -> datetime:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.longest_sleep = max(self.longest_sleep, timedelta(seconds=seconds))
        self.now += timedelta(seconds=seconds)


class FakeJobs:
    """Runs nothing: records each start, takes `minutes`, and exits with the code given for the job."""

    def __init__(self, time: FakeTime, exit_codes: dict[str, int] | None = None, minutes: float = 2) -> None:
        self.time = time
        self.exit_codes = exit_codes or {}
        self.duration = timedelta(minutes=minutes)
        self.started: list[tuple[str, str]] = []

    def __call__(self, job: Job) -> int:
        self.started.append((job.name, self.time.now.astimezone(PARIS).strftime("%a %d %H:%M")))
        self.time.now += self.duration
        return self.exit_codes.get(job.name, 0)


def scheduler(jobs: list[Job], time: FakeTime, runner: FakeJobs, messages: list[str] | None = None) -> Scheduler:
    announce = (messages if messages is not None else []).append
    return Scheduler(jobs, zone=PARIS, clock=time.clock, sleep=time.sleep, run_job=runner, announce=announce)


def test_a_daily_crawl_and_a_weekly_report():
    time = FakeTime(SUNDAY)
    runner = FakeJobs(time)
    runs = scheduler([CRAWL, REPORT], time, runner).run(stop_after=9)
    assert runner.started == [
        ("crawl", "Sun 01 06:15"), ("crawl", "Mon 02 06:15"), ("report", "Mon 02 07:00"),
        ("crawl", "Tue 03 06:15"), ("crawl", "Wed 04 06:15"), ("crawl", "Thu 05 06:15"),
        ("crawl", "Fri 06 06:15"), ("crawl", "Sat 07 06:15"), ("crawl", "Sun 08 06:15"),
    ]
    assert [run.outcome for run in runs] == ["done"] * 9
    assert time.longest_sleep <= MAX_SLEEP  # a clock that jumps is noticed within a minute


def test_cron_times_are_read_in_the_schedule_time_zone_across_a_clock_change():
    time = FakeTime(datetime(2026, 3, 28, 0, 0, tzinfo=UTC))  # Paris moves to summer time on the 29th
    runs = scheduler([CRAWL], time, FakeJobs(time)).run(stop_after=3)
    assert [run.due.astimezone(UTC).strftime("%d %H:%M") for run in runs] == ["28 05:15", "29 04:15", "30 04:15"]


def test_a_failing_job_does_not_stop_the_others():
    time = FakeTime(SUNDAY)
    runner = FakeJobs(time, exit_codes={"crawl": 1})
    messages: list[str] = []
    runs = scheduler([CRAWL, REPORT], time, runner, messages).run(stop_after=4)
    assert [(run.job, run.outcome) for run in runs] == [
        ("crawl", "failed"), ("crawl", "failed"), ("report", "done"), ("crawl", "failed")]
    assert "crawl: FAILED with exit code 1 after 120 s" in messages
    assert "report: done in 120 s" in messages


def test_a_crawl_that_finds_the_archive_busy_is_skipped_not_failed():
    time = FakeTime(SUNDAY)
    (run,) = scheduler([CRAWL], time, FakeJobs(time, exit_codes={"crawl": 75})).run(stop_after=1)
    assert run.outcome == "skipped"


def test_jobs_due_together_run_one_after_the_other_and_missed_times_are_not_queued():
    every_minute = Job("crawl", "* * * * *", ("crawl",))
    also_every_minute = Job("report", "* * * * *", ("report",))
    time = FakeTime(SUNDAY)
    runner = FakeJobs(time, minutes=2.5)
    scheduler([every_minute, also_every_minute], time, runner).run(stop_after=4)
    # Each run takes 2.5 minutes: the report waits for the crawl, and neither piles up the times it missed.
    assert runner.started == [("crawl", "Sun 01 01:01"), ("report", "Sun 01 01:03"),
                              ("crawl", "Sun 01 01:06"), ("report", "Sun 01 01:08")]


def test_upcoming_lists_the_next_runs_of_each_job():
    time = FakeTime(SUNDAY)
    upcoming = scheduler([CRAWL, REPORT], time, FakeJobs(time)).upcoming(2)
    assert [(job.name, moment.strftime("%a %d %H:%M")) for moment, job in upcoming] == [
        ("crawl", "Sun 01 06:15"), ("crawl", "Mon 02 06:15"), ("report", "Mon 02 07:00"), ("report", "Mon 09 07:00")]


def config(**settings: str):
    return load_config(None, {}, {"archive": "archive", **settings})


def test_the_crawl_job_carries_the_crawl_settings():
    command = job_command(config(**{"crawl.start_urls": "http://127.0.0.1:8000/international/",
                                    "crawl.allow": "/international", "crawl.settings": "DOWNLOAD_DELAY=0"}), "crawl")
    assert command == ("crawl", "--archive", "archive", "--start-url", "http://127.0.0.1:8000/international/",
                       "--allow", "/international", "-s", "DOWNLOAD_DELAY=0")


def test_crawling_the_live_site_needs_a_contact():
    with pytest.raises(ConfigError, match="missing setting contact .*needed to crawl a live site"):
        job_command(config(), "crawl")
    assert job_command(config(contact="mailto:a@example.org"), "crawl") == ("crawl", "--archive", "archive")


def test_emailed_reports_need_the_smtp_settings():
    assert job_command(config(), "report") == ("report", "--archive", "archive")
    with pytest.raises(ConfigError, match="missing setting smtp.host .*report.email is true"):
        job_command(config(**{"report.email": "true"}), "report")
    emailed = config(**{"report.email": "true", "smtp.host": "localhost", "smtp.from": "a@example.org",
                        "smtp.to": "b@example.org"})
    assert job_command(emailed, "report") == ("report", "--archive", "archive", "--email")


def test_only_jobs_with_a_cron_expression_are_scheduled():
    (job,) = scheduled_jobs(config(**{"schedule.report": "0 7 * * mon"}))
    assert job == Job("report", "0 7 * * mon", ("report", "--archive", "archive"))
    with pytest.raises(ConfigError, match="nothing to schedule: set schedule.crawl and/or schedule.report"):
        scheduled_jobs(config())
