"""`verify`, `reextract`, `export-wacz` and `backfill`: the archive as a web archive (fixity, raw captures, replay)."""

import argparse
import calendar
import json
import os
import re
import sys
import time
from datetime import date, datetime
from functools import partial
from pathlib import Path

from archive.lock import ArchiveBusy, ArchiveLock
from paris_archive.commands.shared_options import positive_int
from paris_archive.errors import UserError
from paris_archive.progress import progress_bar
from paris_archive.settings import archive_dir
from shared.clock import utc_now
from shared.sites import current_site

_CDX_DATE = re.compile(r"^(\d{4})(?:-?(\d{2}))?(?:-?(\d{2}))?$")


def register(commands, command) -> None:
    verify = command("verify", "recompute every checksum of the manifests and read every file; exit 1 on a problem")
    verify.add_argument("snapshot_id", metavar="ID", nargs="?", help="one snapshot, or 'latest' (default: all)")
    verify.add_argument("--json", action="store_true", help="print the problems and the summary as one JSON object")
    verify.set_defaults(handler=cmd_verify)

    reextract = command("reextract", "run the current parsers over a snapshot's raw captures into a new snapshot")
    which = reextract.add_mutually_exclusive_group(required=True)
    which.add_argument("snapshot_id", metavar="ID", nargs="?", help="the snapshot to re-extract, or 'latest'")
    which.add_argument("--all", action="store_true", help="re-extract every crawled or backfilled snapshot")
    reextract.add_argument("--json", action="store_true", help="one JSON object per new snapshot")
    reextract.add_argument("--jobs", type=positive_int, default=None, metavar="N",
                           help="parse on N processes (default: one per usable core); the output is the same")
    reextract.set_defaults(handler=exit_when_busy(cmd_reextract))

    export = command("export-wacz", "write one snapshot as a WACZ package for ReplayWeb.page or pywb")
    export.add_argument("snapshot_id", metavar="ID", help="the snapshot to export, or 'latest'")
    export.add_argument("-o", "--output", metavar="FILE", type=Path, help="the .wacz file (default: ./ID.wacz)")
    export.add_argument("--json", action="store_true", help="print what was written as one JSON object")
    export.set_defaults(handler=cmd_export_wacz)

    backfill = command("backfill", "rebuild history from a Wayback-compatible archive: one snapshot per capture date")
    backfill.add_argument("--cdx", required=True, metavar="URL",
                          help="the CDX server, e.g. https://web.archive.org/cdx/search/cdx")
    backfill.add_argument("--from", dest="start", required=True, metavar="DATE",
                          help="first capture date: YYYY, YYYY-MM or YYYY-MM-DD")
    backfill.add_argument("--to", dest="end", required=True, metavar="DATE",
                          help="last capture date (included): YYYY, YYYY-MM or YYYY-MM-DD")
    backfill.add_argument("--url-prefix", metavar="P", action="append", dest="url_prefixes",
                          help="URL prefix of the pages to backfill, without scheme (repeatable; default: the "
                               "section's known prefixes)")
    backfill.add_argument("--replay", metavar="URL",
                          help="where the archive replays captures (default: guessed from --cdx for the Wayback "
                               "Machine and pywb)")
    backfill.add_argument("--delay", type=float, default=1.0, metavar="SECONDS",
                          help="pause between requests (default 1)")
    backfill.add_argument("--retries", type=int, default=3, help="more tries of a failed request (default 3)")
    backfill.add_argument("--jobs", type=positive_int, default=None, metavar="N",
                          help="parse on N processes while the next pages are fetched (default: one per usable "
                               "core); the output is the same")
    backfill.add_argument("--timeout", type=float, default=60.0, metavar="SECONDS",
                          help="give up on a request after this long (default 60)")
    backfill.add_argument("--json", action="store_true",
                          help="one JSON object per snapshot written, then the summary as one JSON object")
    backfill.set_defaults(handler=exit_when_busy(cmd_backfill))


def cmd_verify(args: argparse.Namespace) -> int:
    from archive.fixity import verify_archive

    with progress_bar("verifying", enabled=not args.json) as progress:
        report = verify_archive(archive_dir(args.archive), args.snapshot_id, progress)
    if args.json:
        problems = [{"snapshot_id": p.snapshot_id, "file": p.file, "kind": p.kind, "detail": p.detail}
                    for p in report.problems]
        print(json.dumps({"ok": report.ok, "snapshots": report.snapshots, "files_checked": report.files_checked,
                          "problems": problems}, ensure_ascii=False, sort_keys=True))
        return 0 if report.ok else 1
    for problem in report.problems:
        print(problem)
    verdict = f"{len(report.problems)} problem(s)" if report.problems else "every checksum matches, every file reads"
    print(f"verified {len(report.snapshots)} snapshot(s), {report.files_checked} file(s): {verdict}")
    return 0 if report.ok else 1


def cmd_reextract(args: argparse.Namespace) -> int:
    from archive import Archive
    from archive.reextract import SOURCE, ExtractorInfo, reextract_snapshot
    from scraper.parsers import EXTRACTOR_VERSION
    from shared.version import code_version
    from shared.workers import Workers, usable_cores

    root = archive_dir(args.archive)
    archive = Archive(root)
    if args.all:
        parents = [m["snapshot_id"] for m in archive.snapshots() if m["source"] != SOURCE]
        if not parents:
            raise UserError(f"no crawled or backfilled snapshot in {root} to re-extract")
    else:
        parents = [archive.resolve(args.snapshot_id)]
    with (writing(root, "re-extraction"), progress_bar("re-extracting", enabled=not args.json) as progress,
          Workers(args.jobs or usable_cores(), preload=("archive.reextract", "capture.stored_capture")) as workers):
        # Imported once the workers' interpreter has started importing them: the two imports run side by side.
        from capture.stored_capture import extract_stored_capture, international_only_sources

        for done, parent in enumerate(parents):
            progress(done, len(parents))
            press = international_only_sources(archive.manifest(parent))
            extractor = ExtractorInfo(partial(extract_stored_capture, international_only=press), EXTRACTOR_VERSION)
            manifest = reextract_snapshot(root, parent, extractor, code_version=code_version(),
                                          clock=utc_now, pid=os.getpid(), workers=workers)
            counts = manifest["row_counts"]
            if args.json:
                print(json.dumps({"parent_snapshot_id": parent, "snapshot_id": manifest["snapshot_id"],
                                  "extractor_version": manifest["extractor_version"], **counts}, sort_keys=True),
                      flush=True)
            else:
                print(f"{parent} -> {manifest['snapshot_id']} (extractor {manifest['extractor_version']}): "
                      f"pages {counts['pages']}, facts {counts['facts']}, news {counts['news']}", flush=True)
    return 0


def cmd_export_wacz(args: argparse.Namespace) -> int:
    from archive import Archive
    from archive.wacz import export_wacz

    root = archive_dir(args.archive)
    snapshot_id = Archive(root).resolve(args.snapshot_id)
    export = export_wacz(root, snapshot_id, args.output or Path(f"{snapshot_id}.wacz"))
    originals = f", with {export.originals_copied} original record(s) from earlier snapshots" \
        if export.originals_copied else ""
    if args.json:
        print(json.dumps({"path": str(export.path), "snapshot_id": export.snapshot_id, "pages": export.pages,
                          "originals_copied": export.originals_copied}, sort_keys=True))
        return 0
    print(f"{export.path}: snapshot {export.snapshot_id}, {export.pages} page(s){originals}")
    return 0


def cmd_backfill(args: argparse.Namespace) -> int:
    from backfill.errors import BackfillError
    from backfill.fetch import PoliteClient
    from backfill.replay import default_replay_prefix
    from backfill.run import BackfillPlan, Provenance, run_backfill
    from paris_archive.crawl import is_loopback
    from scraper.parsers import EXTRACTOR_VERSION
    from shared.version import PACKAGE_VERSION, code_version
    from shared.workers import Workers, usable_cores

    start, end = cdx_date(args.start, "--from", last=False), cdx_date(args.end, "--to", last=True)
    if end < start:
        raise UserError(f"--to {args.end} is before --from {args.start}")
    if args.delay < 0 or args.retries < 0 or args.timeout <= 0:
        raise UserError("--delay and --retries cannot be negative, and --timeout must be positive")
    for option, url in (("--cdx", args.cdx), ("--replay", args.replay)):
        _check_http_url(option, url)
    replay = args.replay or default_replay_prefix(args.cdx)
    if not replay:
        raise UserError(f"cannot tell where {args.cdx} replays captures: give --replay URL")
    contact = os.environ.get("PARIS_ARCHIVE_CONTACT", "") or current_site().contact
    if not contact and not (is_loopback(args.cdx) and is_loopback(replay)):
        raise UserError("set PARIS_ARCHIVE_CONTACT (an email or URL where the archive can reach you) "
                        "before backfilling from a remote archive; it goes into the User-Agent")
    plan = BackfillPlan(args.cdx, replay, tuple(args.url_prefixes or current_site().url_prefixes), start, end)
    root = archive_dir(args.archive)
    try:
        client = PoliteClient(user_agent=f"paris-archive/{PACKAGE_VERSION} (+{contact or 'local archive'})",
                              delay=args.delay, retries=args.retries, timeout=args.timeout,
                              monotonic=time.monotonic, sleep=time.sleep)
        announce = (lambda line: None) if args.json else (lambda line: print(line, flush=True))
        with (writing(root, "backfill"), progress_bar("backfilling", enabled=not args.json) as progress,
              Workers(args.jobs or usable_cores(), preload=("capture.extraction",)) as workers):
            outcome = run_backfill(root, plan, client, Provenance(code_version(), EXTRACTOR_VERSION, utc_now,
                                                                  os.getpid()),
                                   announce=announce, progress=progress, workers=workers)
    except BackfillError as exc:
        print(f"paris-archive: backfill failed: {exc}", file=sys.stderr)
        return 1
    if args.json:
        print(json.dumps({"captures_listed": outcome.captures_listed, "skipped_status": outcome.skipped_status,
                          "skipped_duplicates": outcome.skipped_duplicates, "written": outcome.written,
                          "already_done": outcome.already_done, "failure": outcome.failure}, sort_keys=True))
    else:
        print(f"{outcome.captures_listed} capture(s) listed, {outcome.skipped_status} not 200, "
              f"{outcome.skipped_duplicates} duplicate(s); {len(outcome.written)} snapshot(s) written, "
              f"{len(outcome.already_done)} capture date(s) already in the archive")
    if outcome.failure:
        print(f"paris-archive: backfill stopped at {outcome.failure}; run the same command again to resume",
              file=sys.stderr)
        return 1
    return 0


def writing(root: Path, purpose: str) -> ArchiveLock:
    """The archive's writer lock: one crawl, re-extraction or backfill writes at a time."""
    return ArchiveLock(root, purpose=purpose, pid=os.getpid(), clock=utc_now)


def _check_http_url(option: str, url: str | None) -> None:
    from urllib.parse import urlsplit

    if url is None:
        return
    try:
        parts = urlsplit(url)
    except ValueError as exc:  # e.g. an unclosed IPv6 bracket
        raise UserError(f"{option} {url!r} is not a valid URL ({exc})") from None
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise UserError(f"{option} {url!r} is not an absolute http(s) URL")


def exit_when_busy(handler):
    """Report a busy archive as the crawl does: one line, and the exit code that invites a retry."""
    def run(args: argparse.Namespace) -> int:
        try:
            return handler(args)
        except ArchiveBusy as exc:
            print(f"paris-archive: {exc}", file=sys.stderr)
            return exc.exit_code
    return run


def cdx_date(text: str, option: str, *, last: bool) -> date:
    """`2012`, `2012-04` or `2012-04-20` (dashes optional): its first day, or its last with `last`."""
    found = _CDX_DATE.match(text.strip())
    if not found:
        raise UserError(f"{option} {text!r} is not a date (YYYY, YYYY-MM or YYYY-MM-DD)")
    year, month, day = int(found.group(1)), found.group(2), found.group(3)
    try:
        if day:
            return date(year, int(month), int(day))
        if month:
            return date(year, int(month), calendar.monthrange(year, int(month))[1] if last else 1)
        return date(year, 12, 31) if last else date(year, 1, 1)
    except ValueError as exc:
        raise UserError(f"{option} {text!r} is not a date ({exc})") from None


def archived_page(archive: Path, snapshot_id: str, url: str) -> tuple[bytes, datetime, str | None]:
    """The raw body of `url` in a snapshot, when it was fetched, and the charset its server declared."""
    from archive import Archive
    from archive.captures import capture_of_page
    from capture.extraction import charset_from_content_type

    row, capture = capture_of_page(Archive(archive), snapshot_id, url)
    if not capture.body:
        raise UserError(f"the capture of {url} in snapshot {row['snapshot_id']} has an empty body")
    content_type = next((value for name, value in capture.headers if name.lower() == "content-type"), None)
    return capture.body, row["fetched_at"], charset_from_content_type(content_type)
