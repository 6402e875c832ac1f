"""The `paris-archive` command: each subcommand parses its arguments and hands off to one function."""

import argparse
import sys
from collections.abc import Sequence

from archive import ArchiveError
from mirror.epochs import UnknownEpoch
from paris_archive.commands import capture, changes, crawling, fixtures, mirror, operations, snapshots
from paris_archive.errors import UserError
from scraper.scope import ScopeError

COMMAND_GROUPS = [crawling, snapshots, mirror, changes, operations, capture, fixtures]
USER_ERRORS = (UserError, ArchiveError, UnknownEpoch, ScopeError)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="paris-archive",
        description="Crawl, extract and archive the City of Paris's international relations pages.",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def command(name: str, help_text: str, archive: bool = True) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=help_text, description=help_text)
        if archive:
            sub.add_argument("--archive", metavar="DIR",
                             help="archive folder (default: $PARIS_ARCHIVE_DIR, else ./data/archive)")
        return sub

    for group in COMMAND_GROUPS:
        group.register(commands, command)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.handler(args)
    except USER_ERRORS as exc:
        print(f"paris-archive: error: {exc}", file=sys.stderr)
        return 2
