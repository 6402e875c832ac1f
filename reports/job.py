"""`paris-archive report`: render the change report of a period, save it, and optionally email it."""

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

from archive import Archive
from archive.catalog import captured
from archive.files import fsync_dir
from changes.diff import compute_diff
from reports.delivery import Deliver, DeliveryOutcome, ReportMailroom
from reports.ledger import report_id
from reports.links import ArchiveLinks
from reports.mail import MailSettings, build_message, deliver
from reports.period import ReportPeriod, choose_period
from reports.render import render_view
from reports.view import ReportView, build_view
from reports.wording import DEFAULT_LANGUAGE, baseline_sentence

# Rows per section in a report; the full diff is one command away (the report says which).
REPORT_MAX_ROWS = 200
# Gmail clips a message whose HTML passes 102 KB: sections are cut shorter until the report fits in this, and the
# whole report is saved beside it (FULL_REPORT_NAMES).
MAX_HTML_BYTES = 100_000
MIN_ROWS = 5
REPORT_NAMES = ("report.txt", "report.html")
FULL_REPORT_NAMES = ("full-report.txt", "full-report.html")
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
    language: str = DEFAULT_LANGUAGE  # the report's words: fr or en (`report.language`)
    max_html_bytes: int = MAX_HTML_BYTES


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
    baseline = baseline_sentence(period.reason, captured(diff.old_id, diff.old_manifest).date(), period.detail,
                                 request.language)
    max_rows = request.max_rows
    while True:
        outcome.view = build_view(diff, links, baseline, max_rows, request.language)
        outcome.html = render_view(outcome.view, "html")
        if len(outcome.html.encode("utf-8")) <= request.max_html_bytes or max_rows is None or max_rows <= MIN_ROWS:
            break
        max_rows = max(MIN_ROWS, max_rows // 2)
    outcome.text = render_view(outcome.view, "text")
    folder = archive.root / REPORTS_FOLDER / report_id(period.old_id, period.new_id)
    folder.mkdir(parents=True, exist_ok=True)
    contents = dict(zip(REPORT_NAMES, (outcome.text, outcome.html), strict=True))
    if any(section.left_out for section in (*outcome.view.sections, *outcome.view.maintenance)):
        full = build_view(diff, links, baseline, None, request.language)
        contents.update(zip(FULL_REPORT_NAMES, (render_view(full, "text"), render_view(full, "html")), strict=True))
    for name, content in contents.items():
        temporary = folder / f".{name}.tmp"
        temporary.write_text(content, encoding="utf-8")
        temporary.replace(folder / name)
        outcome.files.append(folder / name)
    for name in set(FULL_REPORT_NAMES) - set(contents):  # a report rendered again, now whole: no stale full copy
        (folder / name).unlink(missing_ok=True)
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
