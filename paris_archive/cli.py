"""The `paris-archive` command: each subcommand parses its arguments and hands off to one function."""

import argparse
import json
import os
import sys
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

from archive import Archive, ArchiveError
from mirror.epochs import UnknownEpoch
from paris_archive.errors import UserError
from scraper.scope import ScopeError

USER_ERRORS = (UserError, ArchiveError, UnknownEpoch, ScopeError)

DEFAULT_ARCHIVE_DIR = Path("data") / "archive"


def archive_dir(value: str | None) -> Path:
    """--archive, else PARIS_ARCHIVE_DIR, else the git-ignored data folder of the working directory."""
    return Path(value or os.environ.get("PARIS_ARCHIVE_DIR") or DEFAULT_ARCHIVE_DIR)


def scrapy_setting(text: str) -> tuple[str, str]:
    name, sep, value = text.partition("=")
    if not sep or not name:
        raise argparse.ArgumentTypeError(f"expected NAME=VALUE, got {text!r}")
    return name, value


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="paris-archive",
        description="Crawl, extract and archive the City of Paris's international relations pages.",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def command(name: str, help_text: str) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=help_text, description=help_text)
        sub.add_argument("--archive", metavar="DIR",
                         help="archive folder (default: $PARIS_ARCHIVE_DIR, else ./data/archive)")
        return sub

    crawl = command("crawl", "crawl the section (or a mirror epoch) and write one snapshot")
    source = crawl.add_mutually_exclusive_group()
    source.add_argument("--mirror", metavar="EPOCH",
                        help="serve this offline mirror epoch on 127.0.0.1 and crawl it; 'all' crawls every "
                             "epoch of the mirror's history in order, one snapshot each")
    source.add_argument("--start-url", metavar="URL", action="append", dest="start_urls",
                        help="start from this URL (repeatable); default: the live section")
    crawl.add_argument("--allow", metavar="REGEX",
                       help="follow only URLs matching this pattern (default: the start URLs' path prefixes)")
    crawl.add_argument("-s", "--set", metavar="NAME=VALUE", action="append", type=scrapy_setting, default=[],
                       dest="settings", help="a Scrapy setting, as with `scrapy crawl -s` (repeatable)")
    crawl.set_defaults(handler=cmd_crawl)

    extract = command("extract", "print what the parsers extract from a saved page, as JSON lines")
    extract.add_argument("file", metavar="FILE", type=Path)
    extract.add_argument("--url", required=True, help="the page's live URL")
    extract.add_argument("--fetched-at", metavar="ISO", help="capture time (default: the file's modification time)")
    extract.add_argument("--charset", help="the charset the server declared, if any")
    extract.set_defaults(handler=cmd_extract)

    snapshots = command("snapshots", "list the archive's snapshots")
    snapshots.set_defaults(handler=cmd_snapshots)

    show = command("show", "print a snapshot's manifest and counts")
    show.add_argument("snapshot_id", metavar="ID", nargs="?", default="latest")
    show.add_argument("--json", action="store_true", help="print the manifest as JSON")
    show.set_defaults(handler=cmd_show)

    mirror = commands.add_parser("mirror", help="the offline mirror of the section")
    mirror_commands = mirror.add_subparsers(dest="mirror_command", required=True, metavar="COMMAND")
    serve = mirror_commands.add_parser("serve", help="serve one epoch of the mirror on 127.0.0.1")
    serve.add_argument("--epoch", required=True)
    serve.add_argument("--port", type=int, default=8000)
    serve.set_defaults(handler=cmd_mirror_serve)
    listing = mirror_commands.add_parser("list", help="list the mirror's epochs")
    listing.set_defaults(handler=cmd_mirror_list)
    return parser


def cmd_crawl(args: argparse.Namespace) -> int:
    from paris_archive.crawl import CrawlPlan, crawl_in_child, run_crawl

    root = archive_dir(args.archive)
    settings = dict(args.settings)
    if args.mirror == "all":
        from mirror.epochs import history_epochs

        for epoch in history_epochs():
            print(f"== mirror epoch {epoch.name}: {epoch.label}", flush=True)
            code = crawl_in_child(root, epoch.name, settings)
            if code:
                return code
        return 0
    outcome = run_crawl(CrawlPlan(root, args.start_urls, args.allow, args.mirror, settings))
    if outcome.status != "complete":
        print(f"paris-archive: crawl failed: {outcome.reason}", file=sys.stderr)
        print(f"  run record: {root / 'runs' / f'{outcome.snapshot_id}.json'}", file=sys.stderr)
        return 1
    manifest = Archive(root).manifest(outcome.snapshot_id)
    print(describe_snapshot(manifest, root))
    return 0


def describe_snapshot(manifest: dict, root: Path) -> str:
    stats = manifest.get("crawl_stats", {})
    counts = manifest["row_counts"]
    statuses = ", ".join(f"{n} x {code}" for code, n in stats.get("responses_by_status", {}).items())
    folder = root / "snapshots" / manifest["snapshot_id"]
    lines = [
        f"snapshot {manifest['snapshot_id']} {manifest['status']} (source: {manifest['source']}"
        + (f", epoch {manifest['extra']['mirror_epoch']}" if manifest.get("extra", {}).get("mirror_epoch") else "")
        + ")",
        f"  pages: {counts['pages']} ({statuses or 'no responses'}), facts: {counts['facts']}, "
        f"news: {counts['news']}, errors: {stats.get('download_errors', 0)}",
        f"  files: {folder}/ ({', '.join(sorted(manifest['files']))})",
    ]
    lines += [f"  warning: {warning['message']}" for warning in manifest.get("warnings", [])]
    return "\n".join(lines)


def cmd_extract(args: argparse.Namespace) -> int:
    from scraper.parsers import extract_page

    if not args.file.is_file():
        raise UserError(f"{args.file}: no such file")
    html = args.file.read_bytes()
    if not html.strip():
        raise UserError(f"{args.file}: the file is empty")
    fetched_at = parse_fetched_at(args.fetched_at, args.file)
    extraction = extract_page(html, args.url, fetched_at, args.charset)
    print(json_line({"kind": "page", "url": args.url, "fetched_at": fetched_at.isoformat(), **extraction.page}))
    for fact in extraction.facts:
        print(json_line({"kind": "fact", **fact}))
    for item in extraction.news:
        print(json_line({"kind": "news", **item}))
    return 0


def parse_fetched_at(value: str | None, file: Path) -> datetime:
    if value is None:
        return datetime.fromtimestamp(file.stat().st_mtime, UTC)
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        raise UserError(f"--fetched-at {value!r} is not an ISO 8601 date-time") from None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def json_line(record: dict) -> str:
    return json.dumps(record, ensure_ascii=False, default=str, sort_keys=False)


def cmd_snapshots(args: argparse.Namespace) -> int:
    root = archive_dir(args.archive)
    archive = Archive(root)
    manifests = archive.snapshots()
    if not manifests:
        print(f"no snapshots in {root}")
    for manifest in manifests:
        counts = manifest["row_counts"]
        epoch = manifest.get("extra", {}).get("mirror_epoch")
        print(f"{manifest['snapshot_id']:<20} {manifest['status']:<9} {manifest['source']:<8} "
              f"{(epoch or '-'):<14} pages {counts['pages']:>5}  facts {counts['facts']:>5}  news {counts['news']:>4}")
    failed = [run for run in archive.runs() if run["status"] == "failed"]
    if failed:
        print(f"{len(failed)} failed run(s): see {root / 'runs'}")
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    root = archive_dir(args.archive)
    manifest = Archive(root).manifest(args.snapshot_id)
    if args.json:
        print(json.dumps(manifest, indent=2, sort_keys=True, ensure_ascii=False))
        return 0
    print(describe_snapshot(manifest, root))
    print(f"  started {manifest['started_at']}, finished {manifest['finished_at']}")
    print(f"  start URLs: {', '.join(manifest['start_urls'])}")
    print(f"  code {manifest['code_version']}, schema {manifest['schema_version']}, "
          f"extractor {manifest['extractor_version']}")
    return 0


def cmd_mirror_serve(args: argparse.Namespace) -> int:
    from mirror.epochs import load_epoch
    from mirror.server import serve_forever

    epoch = load_epoch(args.epoch)
    try:
        serve_forever(epoch, "127.0.0.1", args.port, announce=lambda line: print(line, flush=True))
    except OSError as exc:
        raise UserError(f"cannot serve on 127.0.0.1:{args.port}: {exc.strerror or exc}") from None
    return 0


def cmd_mirror_list(args: argparse.Namespace) -> int:
    from mirror.epochs import list_epochs

    for epoch in list_epochs():
        history = "history" if epoch.in_history else "extra"
        print(f"{epoch.name:<14} {epoch.captured:<11} {history:<8} {epoch.label}")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.handler(args)
    except USER_ERRORS as exc:
        print(f"paris-archive: error: {exc}", file=sys.stderr)
        return 2
