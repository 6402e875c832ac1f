"""The `paris-archive` command: each subcommand parses its arguments and hands off to one function."""

import argparse
import os
import sys
from collections.abc import Sequence

import shtab

from archive import ArchiveError
from archive.manifests import reading_failure
from mirror.epochs import UnknownEpoch
from paris_archive.commands import (
    alerts,
    capture,
    changes,
    check,
    crawling,
    fixtures,
    mirror,
    operations,
    replay,
    snapshots,
)
from paris_archive.errors import UserError
from scraper.scope import ScopeError
from shared.sites import DEFAULT_SITE, SITE_ENV, UnknownSite, current_site, load_site
from shared.version import code_version

COMMAND_GROUPS = [crawling, snapshots, mirror, changes, alerts, replay, operations, check, capture, fixtures]
USER_ERRORS = (UserError, ArchiveError, UnknownEpoch, ScopeError, UnknownSite)


class _PrintVersion(argparse.Action):
    """`--version`, asked of git only when given: building the parser (every command, `--help`) starts no process."""

    def __init__(self, option_strings, dest=argparse.SUPPRESS, default=argparse.SUPPRESS, help=None):
        super().__init__(option_strings, dest=dest, default=default, nargs=0,
                         help=help or "show the program's version and exit")

    def __call__(self, parser, namespace, values, option_string=None):
        print(f"paris-archive {code_version()}")
        parser.exit()


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="paris-archive",
        description=f"Crawl, extract and archive {_site_subject()}.",
    )
    parser.add_argument("--version", action=_PrintVersion)
    # `paris-archive --print-completion bash > /etc/bash_completion.d/paris-archive` (also zsh, tcsh).
    shtab.add_argument_to(parser, ["--print-completion"], help="print a shell completion script (bash, zsh, tcsh)")
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


def _site_subject() -> str:
    """What the archive is of, for the help; a wrong site is reported by `choose_site`, with the setting's name."""
    try:
        return current_site().subject
    except UnknownSite:
        return load_site(DEFAULT_SITE).subject


def main(argv: Sequence[str] | None = None) -> int:
    try:
        args = build_parser().parse_args(argv)  # --print-completion writes here too
        choose_site(args)
        return args.handler(args)
    except USER_ERRORS as exc:
        print(f"paris-archive: error: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return closed_pipe()
    except Exception as exc:
        failure = reading_failure(exc)
        if failure is None:
            raise
        print(f"paris-archive: error: {failure}", file=sys.stderr)
        return 2


def choose_site(args: argparse.Namespace) -> None:
    """The `site` setting, for this process and every process it starts (the crawl's archive process, a
    schedule's commands): they all read the profile named by $PARIS_ARCHIVE_SITE."""
    from paris_archive.config import chosen_site, config_path

    config = getattr(args, "config", None)
    override = dict(getattr(args, "settings", None) or []).get("site")
    site = chosen_site(config_path(str(config) if config else None, os.environ), os.environ, override)
    if site != os.environ.get(SITE_ENV, DEFAULT_SITE):  # Paris needs no variable, and `check` shows it as default
        os.environ[SITE_ENV] = site


def closed_pipe() -> int:
    """The reader went away (`paris-archive extract ... | head -1`): stop quietly, as `cat` does.

    What is still buffered for stdout can no longer be written, and Python would complain about it at exit,
    so stdout is pointed at /dev/null first.
    """
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    os.close(devnull)
    return 128 + 13  # a process ended by SIGPIPE, as the shell reports it
