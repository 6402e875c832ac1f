"""`diff` and `report`: what changed between snapshots, and the change report (saved, optionally emailed)."""

import argparse
import json
import os
import sys

from paris_archive.errors import UserError
from paris_archive.settings import archive_dir
from shared.clock import utc_now

ARCHIVE_URL_VARIABLE = "PARIS_ARCHIVE_REPORT_ARCHIVE_URL"
LANGUAGE_VARIABLE = "PARIS_ARCHIVE_REPORT_LANGUAGE"
LANGUAGES = ("fr", "en")
FORMATS = ("text", "markdown", "html", "json")


def register(commands, command) -> None:
    diff = command("diff", "what changed between two snapshots: facts, news and pages")
    diff.add_argument("old", metavar="A", nargs="?",
                      help="older snapshot id (default: the complete snapshot before B)")
    diff.add_argument("new", metavar="B", nargs="?", help="newer snapshot id (default: the newest, 'latest')")
    diff.add_argument("--format", choices=FORMATS, default="text", help="output format (default: text)")
    _archive_url_option(diff)
    _language_option(diff)
    diff.set_defaults(handler=cmd_diff)

    report = command("report", "the change report since the last one: saved as text and HTML, optionally emailed")
    period = report.add_mutually_exclusive_group()
    period.add_argument("--since", metavar="DURATION",
                        help="from the newest snapshot at least this old (7d, 12h, 2w) instead of the last report")
    period.add_argument("--from", dest="old", metavar="A", help="from this snapshot instead of the last report")
    report.add_argument("--to", dest="new", metavar="B", help="to this snapshot (default: the newest)")
    report.add_argument("--email", action="store_true",
                        help="send it (and anything waiting in the outbox) with the PARIS_ARCHIVE_SMTP_* settings")
    _archive_url_option(report)
    _language_option(report)
    report.add_argument("--json", action="store_true",
                        help="print what was reported, saved and sent as one JSON object instead of the text")
    report.set_defaults(handler=cmd_report)


def _archive_url_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--archive-url", metavar="URL",
                        help=f"where readers reach `paris-archive replay`, for links to archived copies "
                             f"(default: ${ARCHIVE_URL_VARIABLE}, else http://127.0.0.1:8080)")


def _language_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--language", choices=LANGUAGES,
                        help=f"the report's language (default: ${LANGUAGE_VARIABLE}, else fr)")


def _language(args: argparse.Namespace) -> str:
    language = args.language or os.environ.get(LANGUAGE_VARIABLE) or "fr"
    if language not in LANGUAGES:
        raise UserError(f"${LANGUAGE_VARIABLE} must be one of {', '.join(LANGUAGES)}, not {language!r}")
    return language


def _archive_url(args: argparse.Namespace) -> str | None:
    return args.archive_url or os.environ.get(ARCHIVE_URL_VARIABLE) or None


def cmd_diff(args: argparse.Namespace) -> int:
    from archive import Archive
    from archive.catalog import captured
    from changes import compute_diff, default_pair
    from reports.links import ArchiveLinks
    from reports.period import ASKED
    from reports.render import render_json, render_view
    from reports.view import build_view
    from reports.wording import baseline_sentence

    archive = Archive(archive_dir(args.archive))
    old_id, new_id = default_pair(archive, args.old, args.new)
    diff = compute_diff(archive, old_id, new_id)
    if args.format == "json":
        sys.stdout.write(render_json(diff))
        return 0
    language = _language(args)
    baseline = baseline_sentence(ASKED, captured(old_id, diff.old_manifest).date(), {}, language)
    view = build_view(diff, ArchiveLinks.for_folder(archive.root, _archive_url(args)), baseline, language=language)
    sys.stdout.write(render_view(view, args.format))
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    from reports.job import ReportRequest, run_report
    from reports.mail import PASSWORD, MailSettings, MailSettingsError
    from reports.period import parse_duration

    mail = None
    if args.email:
        try:
            mail = MailSettings.from_mapping(os.environ, password=os.environ.get(PASSWORD))
        except MailSettingsError as exc:
            raise UserError(str(exc)) from None
    request = ReportRequest(
        archive_root=archive_dir(args.archive),
        clock=utc_now,
        old_id=args.old,
        new_id=args.new,
        since=parse_duration(args.since) if args.since else None,
        archive_url=_archive_url(args),
        language=_language(args),
    )
    outcome = run_report(request, mail)
    if args.json:
        return print_report_outcome(outcome)
    if outcome.nothing_new and not outcome.period.reported_before:
        print(f"Nothing to report yet: {outcome.period.new_id} is the archive's only complete snapshot, and a report "
              f"compares two. The next crawl's snapshot gives the first report.")
    elif outcome.nothing_new:
        print(f"No new snapshot since the last report, which ended at {outcome.period.new_id}: nothing to report.")
    else:
        sys.stdout.write(outcome.text)
        print(f"\nSaved: {', '.join(str(path) for path in outcome.files)}")
    if outcome.skipped:
        print(f"Not emailed: {outcome.skipped}.")
    delivery = outcome.delivery
    if delivery is None:
        return 0
    for report in delivery.sent:
        print(f"Sent report {report} to {', '.join(mail.recipients)} through {mail.server}.")
    for report, refused in delivery.refused.items():
        print(f"paris-archive: warning: the server refused {', '.join(refused)} for report {report}", file=sys.stderr)
    if delivery.failure:
        outbox = request.archive_root / "reports" / "outbox"
        print(f"paris-archive: error: the report could not be sent: {delivery.failure}. "
              f"{len(delivery.waiting)} message(s) wait in {outbox}; the next `paris-archive report --email` "
              f"sends them.", file=sys.stderr)
        return 1
    return 0


def print_report_outcome(outcome) -> int:
    """`report --json`: the period, the files, and what was sent or waits; exit 1 when sending failed."""
    delivery = outcome.delivery
    print(json.dumps({
        "from": outcome.period.old_id, "to": outcome.period.new_id, "baseline": outcome.period.baseline,
        "nothing_new": outcome.nothing_new, "files": [str(path) for path in outcome.files],
        "skipped": outcome.skipped, "sent": delivery.sent if delivery else [],
        "refused": delivery.refused if delivery else {}, "failure": delivery.failure if delivery else None,
        "waiting": delivery.waiting if delivery else [],
    }, ensure_ascii=False, sort_keys=True))
    return 1 if delivery and delivery.failure else 0
