"""`record-fixture`: save an archived page as a parser test fixture, with what the parsers extract from it now."""

import argparse
import json
import re
import sys
from datetime import datetime
from pathlib import Path

from archive import Archive
from paris_archive.commands.capture import archived_page
from paris_archive.commands.crawling import extraction_records, json_line, parse_fetched_at
from paris_archive.errors import UserError
from paris_archive.settings import archive_dir

DEFAULT_FIXTURE_DIR = Path("tests") / "fixtures" / "pages"
# A file name stem like the existing fixtures' (`2014_news_list`): no separators, no hidden files.
_FIXTURE_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]*")


def register(commands, command) -> None:
    record = command("record-fixture", "save a page of a snapshot as a parser test fixture, with its current "
                                       "extraction for review")
    record.add_argument("--snapshot", required=True, metavar="ID", help="the snapshot holding the page, or 'latest'")
    record.add_argument("--url", required=True, help="the page's live URL, as the snapshot stores it")
    record.add_argument("--name", required=True, help="the fixture's name: NAME.html, NAME.json, NAME.expected.jsonl")
    record.add_argument("--dir", type=Path, default=DEFAULT_FIXTURE_DIR, metavar="DIR",
                        help=f"an existing folder to write into (default: {DEFAULT_FIXTURE_DIR.as_posix()})")
    record.add_argument("--fetched-at", metavar="ISO",
                        help="capture time to record instead of the archived one (e.g. a mirror epoch's date)")
    record.add_argument("--force", action="store_true", help="overwrite a fixture of that name")
    record.set_defaults(handler=cmd_record_fixture)


def fixture_paths(folder: Path, name: str) -> tuple[Path, Path, Path]:
    """The page body, its sidecar (URL, capture time, declared charset) and the extraction expected from it."""
    return folder / f"{name}.html", folder / f"{name}.json", folder / f"{name}.expected.jsonl"


def cmd_record_fixture(args: argparse.Namespace) -> int:
    from scraper.parsers.extract import extract_page

    if not _FIXTURE_NAME.fullmatch(args.name):
        raise UserError(f"--name {args.name!r}: use letters, digits, '_' and '-' only (e.g. 2014_city_networks)")
    if not args.dir.is_dir():
        raise UserError(f"--dir {args.dir}: {'not a folder' if args.dir.exists() else 'no such folder'}")
    fetched_at_given = parse_fetched_at(args.fetched_at, None) if args.fetched_at else None
    paths = fixture_paths(args.dir, args.name)
    existing = [path.name for path in paths if path.exists()]
    if existing and not args.force:
        raise UserError(f"fixture {args.name!r} already exists in {args.dir} ({', '.join(existing)}): "
                        "give --force to overwrite it")

    root = archive_dir(args.archive)
    body, fetched_at, charset = archived_page(root, args.snapshot, args.url)
    if fetched_at_given:
        fetched_at = fetched_at_given
    else:
        warn_about_mirror_time(Archive(root).manifest(args.snapshot), fetched_at)
    extraction = extract_page(body, args.url, fetched_at, charset)
    sidecar = {"url": args.url, "fetched_at": fetched_at.isoformat(), "declared_charset": charset}
    expected = "".join(json_line(record) + "\n" for record in extraction_records(extraction, args.url, fetched_at))

    html_path, sidecar_path, expected_path = paths
    try:
        html_path.write_bytes(body)
        sidecar_path.write_text(json.dumps(sidecar, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        expected_path.write_text(expected, encoding="utf-8")
    except OSError as exc:
        raise UserError(f"cannot write the fixture into {args.dir}: {exc.strerror or exc}") from None
    for path in paths:
        print(path)
    return 0


def warn_about_mirror_time(manifest: dict, fetched_at: datetime) -> None:
    """A crawl of the mirror is dated when it ran, not when the epoch was captured: say so, since the parsers
    resolve dates the page gives relative to its capture ("le 1er décembre", "mai dernier") against it."""
    captured = manifest.get("extra", {}).get("mirror_captured")
    if captured and not fetched_at.isoformat().startswith(captured):
        print(f"paris-archive: note: snapshot {manifest['snapshot_id']} crawled mirror epoch "
              f"{manifest['extra'].get('mirror_epoch')} (captured {captured}) on {fetched_at.date().isoformat()}; "
              f"give --fetched-at {captured} to record the page as of the epoch", file=sys.stderr)
