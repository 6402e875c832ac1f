"""`paris-archive report`: render the change report of a period, save it, and optionally email it."""

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

from archive import Archive
from archive.files import fsync_dir
from changes.diff import compute_diff
from reports.delivery import Deliver, DeliveryOutcome, ReportMailroom
from reports.ledger import report_id
from reports.links import ArchiveLinks
from reports.mail import MailSettings, build_message, deliver
from reports.period import ReportPeriod, choose_period
from reports.render import render_view
from reports.view import ReportView, build_view

# Rows per section in a report; the full diff is one command away (the report says which).
REPORT_MAX_ROWS = 200
REPORTS_FOLDER = "reports"


@dataclass(frozen=True)
class ReportRequest:
    archive_root: Path
    clock: Callable[[], datetime]
    old_id: str | None = None
    new_id: str | None = None
    since: timedelta | None = None
    archive_url: str | None = None  # where readers reach the replay server (default: http://127.0.0.1:8080)
    max_rows: int = REPORT_MAX_ROWS


@dataclass
class ReportOutcome:
    period: ReportPeriod
    view: ReportView | None = None  # None when nothing new happened since the last report
    text: str = ""
    html: str = ""
    files: list[Path] = field(default_factory=list)
    queued: bool = False
    skipped: str | None = None  # why no message was queued for this report
    delivery: DeliveryOutcome | None = None

    @property
    def nothing_new(self) -> bool:
        return self.view is None


def run_report(request: ReportRequest, mail: MailSettings | None = None, send: Deliver = deliver) -> ReportOutcome:
    """Render and save the report; with `mail`, queue it and send everything waiting in the outbox."""
    archive = Archive(request.archive_root)
    mailroom = ReportMailroom(archive.root / REPORTS_FOLDER, request.clock)
    with mailroom.locked():
        period = choose_period(archive, mailroom.ledger, old_id=request.old_id, new_id=request.new_id,
                               since=request.since, now=request.clock())
        outcome = ReportOutcome(period)
        if not (period.from_ledger and period.is_empty):
            _render(archive, request, outcome)
            if mail is not None:
                _queue(mailroom, mail, request, outcome)
        if mail is not None:
            outcome.delivery = mailroom.flush(mail, send)
    return outcome


def _render(archive: Archive, request: ReportRequest, outcome: ReportOutcome) -> None:
    period = outcome.period
    diff = compute_diff(archive, period.old_id, period.new_id)
    links = ArchiveLinks.for_folder(archive.root, request.archive_url)
    outcome.view = build_view(diff, links, period.baseline, request.max_rows)
    outcome.text = render_view(outcome.view, "text")
    outcome.html = render_view(outcome.view, "html")
    folder = archive.root / REPORTS_FOLDER / report_id(period.old_id, period.new_id)
    folder.mkdir(parents=True, exist_ok=True)
    for name, content in (("report.txt", outcome.text), ("report.html", outcome.html)):
        temporary = folder / f".{name}.tmp"
        temporary.write_text(content, encoding="utf-8")
        temporary.replace(folder / name)
        outcome.files.append(folder / name)
    fsync_dir(folder)


def _queue(mailroom: ReportMailroom, mail: MailSettings, request: ReportRequest, outcome: ReportOutcome) -> None:
    period, view = outcome.period, outcome.view
    report = report_id(period.old_id, period.new_id)
    details = {"from": period.old_id, "to": period.new_id, "subject": view.subject,
               "recipients": list(mail.recipients)}
    if not view.has_changes and not view.maintenance and not mail.send_empty:
        if mailroom.ledger.status(report) is None:
            mailroom.skip(report, details, "no changes, and empty reports are not sent "
                                           "(PARIS_ARCHIVE_REPORT_EMPTY=skip)")
        outcome.skipped = "no changes; empty reports are not sent"
        return
    message = build_message(subject=view.subject, text=outcome.text, html=outcome.html,
                            settings=mail, message_key=report, date=request.clock())
    if mailroom.queue(report, message.as_bytes(), details):
        outcome.queued = True
    else:
        entry = mailroom.ledger.status(report)
        outcome.skipped = f"this report was already {entry['status']} ({entry['at']}); it is not sent twice"
