"""`crawl` and `extract`: fetch pages into a snapshot, or show what the parsers make of one page."""

import argparse
import contextlib
import json
import os
import sys
from datetime import UTC, datetime
from pathlib import Path

from archive import Archive
from archive.lock import ArchiveBusy
from paris_archive.commands.snapshots import describe_snapshot, snapshot_summary
from paris_archive.errors import UserError
from paris_archive.settings import archive_dir
from scraper.scope import DEFAULT_MAX_DEPTH

NO_DEPTH_LIMIT = -1  # `--depth none`


def depth_limit(text: str) -> int:
    if text.strip().lower() == "none":
        return NO_DEPTH_LIMIT
    try:
        depth = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a number of links or 'none', got {text!r}") from None
    if depth < 0:
        raise argparse.ArgumentTypeError(f"expected a number of links (0: the start pages only), got {text!r}")
    return depth


def scrapy_setting(text: str) -> tuple[str, str]:
    name, sep, value = text.partition("=")
    if not sep or not name:
        raise argparse.ArgumentTypeError(f"expected NAME=VALUE, got {text!r}")
    return name, value


def register(commands, command) -> None:
    crawl = command("crawl", "crawl the section (or a mirror epoch) and write one snapshot")
    source = crawl.add_mutually_exclusive_group()
    source.add_argument("--mirror", metavar="EPOCH",
                        help="serve this offline mirror epoch on 127.0.0.1 and crawl it; 'all' crawls every "
                             "epoch of the mirror's history in order, one snapshot each")
    source.add_argument("--start-url", metavar="URL", action="append", dest="start_urls",
                        help="start from this URL (repeatable); default: the live section")
    crawl.add_argument("--source", metavar="NAME",
                       help="crawl only this source of the config's sources table (default: every enabled one)")
    crawl.add_argument("--config", metavar="FILE", type=Path,
                       help="the config file whose sources to crawl (default: $PARIS_ARCHIVE_CONFIG, else the "
                            "built-in sources)")
    crawl.add_argument("--allow", metavar="REGEX",
                       help="follow only URLs matching this pattern (default: the start URLs' path prefixes)")
    crawl.add_argument("--deny", metavar="REGEX", action="append", default=[],
                       help="never follow URLs matching this pattern (repeatable)")
    crawl.add_argument("--depth", metavar="N", type=depth_limit,
                       help=f"follow links up to N links from the start pages (default {DEFAULT_MAX_DEPTH}; "
                            f"'none': no limit)")
    crawl.add_argument("-s", "--set", metavar="NAME=VALUE", action="append", type=scrapy_setting, default=[],
                       dest="settings", help="a Scrapy setting, as with `scrapy crawl -s` (repeatable)")
    crawl.add_argument("--json", action="store_true",
                       help="print each snapshot's summary as one JSON object (the pages crawled go to stderr)")
    crawl.set_defaults(handler=cmd_crawl)

    extract = command("extract", "print what the parsers extract from a saved page, as JSON lines")
    extract.add_argument("file", metavar="FILE", type=Path, nargs="?", help="the saved page (or give --snapshot)")
    extract.add_argument("--snapshot", metavar="ID", help="read the page's raw capture from this snapshot instead")
    extract.add_argument("--url", required=True, help="the page's live URL")
    extract.add_argument("--fetched-at", metavar="ISO", help="capture time (default: the file's modification time)")
    extract.add_argument("--charset", help="the charset the server declared, if any")
    extract.set_defaults(handler=cmd_extract)


def cmd_crawl(args: argparse.Namespace) -> int:
    from paris_archive.crawl import CrawlPlan, crawl_in_child, run_crawl

    root = archive_dir(args.archive)
    settings = dict(args.settings)
    if args.mirror == "all":
        from mirror.epochs import history_epochs

        options = _crawl_options(args) + (["--json"] if args.json else [])
        for epoch in history_epochs():
            print(f"== mirror epoch {epoch.name}: {epoch.label}", flush=True, file=sys.stderr if args.json else None)
            code = crawl_in_child(root, epoch.name, settings, options)
            if code:
                return code
        return 0
    sources = _config_sources(args)
    depth = "default" if args.depth is None else None if args.depth == NO_DEPTH_LIMIT else args.depth
    plan = CrawlPlan(root, args.start_urls, args.allow, args.mirror, settings, deny=args.deny, depth=depth,
                     source=args.source, sources=sources)
    # With --json, stdout carries the summary alone: what the crawl says while it runs goes to stderr.
    try:
        with contextlib.redirect_stdout(sys.stderr) if args.json else contextlib.nullcontext():
            outcome = run_crawl(plan)
    except ArchiveBusy as exc:  # not a mistake but a clash, with its own exit code so schedulers can tell
        print(f"paris-archive: {exc}", file=sys.stderr)
        return exc.exit_code
    if outcome.status != "complete":
        print(f"paris-archive: crawl failed: {outcome.reason}", file=sys.stderr)
        if outcome.snapshot_id:
            print(f"  run record: {root / 'runs' / f'{outcome.snapshot_id}.json'}", file=sys.stderr)
        return 1
    manifest = Archive(root).manifest(outcome.snapshot_id)
    if args.json:
        stats = manifest.get("crawl_stats", {})
        print(json.dumps({**snapshot_summary(manifest), "folder": str(root / "snapshots" / outcome.snapshot_id),
                          "download_errors": stats.get("download_errors", 0),
                          "warnings": [warning["message"] for warning in manifest.get("warnings", [])]},
                         ensure_ascii=False, sort_keys=True))
        return 0
    print(describe_snapshot(manifest, root))
    return 0


def _config_sources(args: argparse.Namespace):
    """The sources table of the config file (--config, else $PARIS_ARCHIVE_CONFIG), else the site profile's."""
    from paris_archive.config import config_path, load_config
    from scraper.sources import default_sources
    from shared.sites import SITE_ENV

    path = config_path(str(args.config) if args.config else None, os.environ)
    # The site chosen for this process (the command line puts it in the environment) gives the sources a file
    # does not name.
    return load_config(path, {SITE_ENV: os.environ.get(SITE_ENV, "")}, {}).sources if path else default_sources()


def _crawl_options(args: argparse.Namespace) -> list[str]:
    """The scope options of this command, for the child crawling each epoch of `--mirror all`."""
    options = [*(["--source", args.source] if args.source else []), *(["--allow", args.allow] if args.allow else [])]
    options += [option for pattern in args.deny for option in ("--deny", pattern)]
    if args.depth is not None:
        options += ["--depth", "none" if args.depth == NO_DEPTH_LIMIT else str(args.depth)]
    return options


def cmd_extract(args: argparse.Namespace) -> int:
    from scraper.parsers.extract import extract_page

    if (args.file is None) == (args.snapshot is None):
        raise UserError("give either FILE or --snapshot ID")
    if args.snapshot:
        from paris_archive.commands.capture import archived_page

        html, fetched_at, charset = archived_page(archive_dir(args.archive), args.snapshot, args.url)
        if args.fetched_at:
            fetched_at = parse_fetched_at(args.fetched_at, args.file)
        charset = args.charset or charset
    else:
        if args.file.is_dir():
            raise UserError(f"{args.file} is a folder: give the saved HTML file of one page")
        if not args.file.is_file():
            raise UserError(f"{args.file}: no such file")
        try:
            html = args.file.read_bytes()
        except OSError as exc:
            raise UserError(f"{args.file} cannot be read ({exc.strerror})") from None
        if not html.strip():
            raise UserError(f"{args.file}: the file is empty")
        fetched_at, charset = parse_fetched_at(args.fetched_at, args.file), args.charset
    extraction = extract_page(html, args.url, fetched_at, charset)
    for record in extraction_records(extraction, args.url, fetched_at):
        print(json_line(record))
    return 0


def extraction_records(extraction, url: str, fetched_at: datetime) -> list[dict]:
    """The `extract` output of one page: its `page` record, then its facts, then its news."""
    return ([{"kind": "page", "url": url, "fetched_at": fetched_at.isoformat(), **extraction.page}]
            + [{"kind": "fact", **fact} for fact in extraction.facts]
            + [{"kind": "news", **item} for item in extraction.news])


def parse_fetched_at(value: str | None, file: Path | None) -> datetime:
    if value is None:
        return datetime.fromtimestamp(file.stat().st_mtime, UTC)
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        raise UserError(f"--fetched-at {value!r} is not an ISO 8601 date-time") from None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def json_line(record: dict) -> str:
    return json.dumps(record, ensure_ascii=False, default=str, sort_keys=False)
