"""`check`: every setting with where it came from, and every problem a scheduled job would meet."""

import argparse
import json
import os

from paris_archive.commands.shared_options import add_config_options, config_of, setting_assignment
from paris_archive.config import Config
from paris_archive.preflight import find_problems, settings_report


def register(commands, command) -> None:
    check = command("check", "print every setting and where it came from, and the problems found; exit 1 on any")
    add_config_options(check)
    check.add_argument("--setting", metavar="NAME=VALUE", action="append", type=setting_assignment, default=[],
                       dest="settings", help="override one setting; NAME= clears it (repeatable)")
    check.add_argument("--json", action="store_true", help="print the settings and problems as one JSON object")
    check.set_defaults(handler=cmd_check)


def cmd_check(args: argparse.Namespace) -> int:
    return print_check(config_of(args), as_json=args.json)


def print_check(config: Config, *, as_json: bool = False) -> int:
    """The settings, then the problems; 0 when there are none, else 1."""
    settings = settings_report(config, os.environ)
    problems = find_problems(config, os.environ)
    if as_json:
        print(json.dumps({"ok": not problems, "settings": settings,
                          "problems": [{"setting": p.setting, "message": p.message} for p in problems]},
                         ensure_ascii=False, sort_keys=True))
        return 1 if problems else 0
    width = max(len(row["setting"]) for row in settings)
    for row in settings:
        print(f"{row['setting']:<{width}}  {row['value']}  ({row['origin']})")
    if not problems:
        print("no problems found")
        return 0
    print(f"{len(problems)} problem(s):")
    for problem in problems:
        print(f"  {problem}")
    return 1
