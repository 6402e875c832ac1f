"""Alerts: one message when the newest crawl failed, archived far fewer pages than the crawl before it, or
left extraction health warnings. It goes through the reports' outbox and ledger, so it is sent exactly once,
even when the SMTP server is down for a while."""

import html
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from archive import Archive
from archive.runs import COMPLETE, FAILED
from reports.delivery import Deliver, DeliveryOutcome, ReportMailroom
from reports.ledger import ALERT
from reports.mail import MailSettings, build_message, deliver

REPORTS_FOLDER = "reports"
# A crawl that archives less than this share of the previous one's pages lost part of the site, or its way.
SHRINK_RATIO = 0.5
# Warnings listed in the message; the rest are in the snapshot's manifest.
MAX_WARNINGS = 20
SUBJECT_LENGTH = 150


@dataclass(frozen=True)
class Alert:
    run_id: str  # the crawl's run (and snapshot) id
    problems: tuple[str, ...]  # one line each

    @property
    def alert_id(self) -> str:
        return f"{ALERT}-{self.run_id}"

    @property
    def subject(self) -> str:
        first = self.problems[0].splitlines()[0]
        return f"paris-archive ALERT: {first[:SUBJECT_LENGTH]}{'...' if len(first) > SUBJECT_LENGTH else ''}"

    def text(self, archive_root: Path) -> str:
        lines = [f"The crawl {self.run_id} of {archive_root} needs a look:", "",
                 *(f"- {problem}" for problem in self.problems), "",
                 "`paris-archive runs` lists every crawl; the crawl's own log is in the archive's logs/."]
        return "\n".join(lines) + "\n"

    def html(self, archive_root: Path) -> str:
        items = "".join(f"<li>{html.escape(problem)}</li>" for problem in self.problems)
        return (f'<!DOCTYPE html><html><body style="font-family:sans-serif;">'
                f"<p>The crawl <b>{html.escape(self.run_id)}</b> of {html.escape(str(archive_root))} needs a look:</p>"
                f"<ul>{items}</ul><p><code>paris-archive runs</code> lists every crawl; the crawl's own log is "
                f"in the archive's logs/.</p></body></html>")


def alert_for_newest_crawl(archive: Archive) -> Alert | None:
    """What is wrong with the newest finished crawl, if anything (a crawl still running is not judged yet)."""
    finished = [run for run in archive.runs() if run.get("status") in (COMPLETE, FAILED)]
    if not finished:
        return None
    run = finished[-1]
    run_id = run["snapshot_id"]
    if run["status"] == FAILED:
        return Alert(run_id, (f"crawl {run_id} failed: {run.get('reason') or 'no reason recorded'}",))
    manifest = archive.manifest(run_id)
    problems = []
    pages = manifest.get("row_counts", {}).get("pages", 0)
    published = archive.snapshot_ids()
    position = published.index(run_id) if run_id in published else 0
    if position > 0:
        previous = published[position - 1]
        before = archive.manifest(previous).get("row_counts", {}).get("pages", 0)
        if pages < before * SHRINK_RATIO:
            problems.append(f"crawl {run_id} archived {pages} pages, {before} before ({previous})")
    warnings = manifest.get("warnings") or []
    if warnings:
        problems.append(f"crawl {run_id} left {len(warnings)} extraction health warning(s)")
        problems += [str(warning.get("message", warning)) for warning in warnings[:MAX_WARNINGS]]
        if len(warnings) > MAX_WARNINGS:
            problems.append(f"... and {len(warnings) - MAX_WARNINGS} more in snapshots/{run_id}/manifest.json")
    return Alert(run_id, tuple(problems)) if problems else None


@dataclass
class AlertOutcome:
    alert: Alert | None
    queued: bool
    delivery: DeliveryOutcome


def send_alerts(archive_root: Path, mail: MailSettings, clock: Callable[[], datetime],
                send: Deliver = deliver) -> AlertOutcome:
    """Queue the newest crawl's alert unless the ledger has it already, then send whatever the outbox holds."""
    archive = Archive(archive_root)
    mailroom = ReportMailroom(archive.root / REPORTS_FOLDER, clock)
    with mailroom.locked():
        alert = alert_for_newest_crawl(archive)
        queued = False
        if alert is not None:
            message = build_message(subject=alert.subject, text=alert.text(archive.root),
                                    html=alert.html(archive.root), settings=mail, message_key=alert.alert_id,
                                    date=clock())
            queued = mailroom.queue(alert.alert_id, message.as_bytes(),
                                    {"kind": ALERT, "run": alert.run_id, "subject": alert.subject,
                                     "recipients": list(mail.recipients)})
        return AlertOutcome(alert, queued, mailroom.flush(mail, send))
