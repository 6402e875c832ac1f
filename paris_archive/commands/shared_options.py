"""Options several command groups take: the config file and setting overrides of `check`, `schedule` and `runs`
(and the config they make), and counts that must be positive."""

import argparse
import os

from paris_archive.config import Config, config_path, load_config


def add_config_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--config", metavar="FILE",
                        help="TOML settings file (default: $PARIS_ARCHIVE_CONFIG, else environment and defaults only)")


def setting_assignment(text: str) -> tuple[str, str]:
    name, sep, value = text.partition("=")
    if not sep or not name.strip():
        raise argparse.ArgumentTypeError(f"expected NAME=VALUE, e.g. schedule.crawl='15 6 * * *', got {text!r}")
    return name.strip(), value


def config_of(args: argparse.Namespace) -> Config:
    """The config the command's options, the environment and the defaults make, `--setting`s winning."""
    overrides = dict(getattr(args, "settings", []))
    if args.archive:
        overrides["archive"] = args.archive
    return load_config(config_path(args.config, os.environ), os.environ, overrides)


def positive_int(text: str) -> int:
    if not text.isdigit() or int(text) == 0:
        raise argparse.ArgumentTypeError(f"expected a positive whole number, got {text!r}")
    return int(text)
