"""Pre-flight: what a scheduled crawl or report would meet, found before the first one fails at 06:15."""

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from zoneinfo import ZoneInfo

from paris_archive.config import PASSWORD_ENV, SETTINGS, Config
from paris_archive.crawl import is_loopback

# Values copied from an example and never edited: reserved example domains (RFC 2606) and the usual fillers.
_PLACEHOLDER = re.compile(r"(^|[@./])example\.(org|com|net)\b|\.example\b|\b(changeme|change-me|todo|xxx+)\b",
                          re.IGNORECASE)
_PLACEHOLDER_CHECKED = ("contact", "crawl.start_urls", "report.archive_url", "smtp.host", "smtp.from", "smtp.to")


@dataclass(frozen=True)
class Problem:
    setting: str
    message: str

    def __str__(self) -> str:
        return f"{self.setting}: {self.message}"


def shown(value: object) -> str:
    """A setting's value as the check prints it."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if value in (None, "", (), {}):
        return "-"
    if isinstance(value, ZoneInfo):
        return value.key
    if isinstance(value, tuple):
        return ", ".join(value)
    if isinstance(value, dict):
        return ", ".join(f"{name}={item}" for name, item in value.items())
    return str(value)


def settings_report(config: Config, environ: Mapping[str, str]) -> list[dict]:
    """Every setting with its value and where it came from; the password only as set or not."""
    rows = [{"setting": s.name, "value": shown(config[s.name]), "origin": config.origins[s.name]} for s in SETTINGS]
    password = "set" if environ.get(PASSWORD_ENV) else "-"
    rows.append({"setting": "smtp password", "value": password,
                 "origin": f"${PASSWORD_ENV}" if environ.get(PASSWORD_ENV) else "not set"})
    return rows


def find_problems(config: Config, environ: Mapping[str, str]) -> list[Problem]:
    return [*_archive_problems(Path(config["archive"]), config.origins["archive"]),
            *_crawl_problems(config), *_smtp_problems(config, environ), *_placeholders(config)]


def _archive_problems(root: Path, origin: str) -> list[Problem]:
    where = f"(from {origin})"
    try:
        root.stat()
    except PermissionError:
        return [Problem("archive", f"{root} {where} cannot be reached by this user (uid {os.getuid()}): a folder "
                                   f"above it is closed to them")]
    except OSError:
        pass  # missing: said below
    if root.exists() and not root.is_dir():
        return [Problem("archive", f"{root} {where} is a file, not a folder")]
    if not root.exists():
        return [Problem("archive", f"{root} {where} does not exist: create it, owned by the user the jobs run as "
                                   f"(`install -d -o USER {root}`)")]
    if not os.access(root, os.W_OK | os.X_OK):
        return [Problem("archive", f"{root} {where} is not writable by this user (uid {os.getuid()}): crawls "
                                   f"could not write to it")]
    return []


def _crawl_problems(config: Config) -> list[Problem]:
    start_urls = config["crawl.start_urls"] or ()
    live = not start_urls or not all(is_loopback(url) for url in start_urls)
    if live and not config["contact"]:
        target = "the live section" if not start_urls else "a site that is not on this machine"
        return [Problem("contact", f"not set, and the crawl goes to {target}: it would refuse to start (set an "
                                   f"email or URL where site owners can reach you)")]
    return []


def _smtp_problems(config: Config, environ: Mapping[str, str]) -> list[Problem]:
    problems = []
    if config["report.email"]:
        for name in ("smtp.host", "smtp.from", "smtp.to"):
            if not config[name]:
                problems.append(Problem(name, "not set, and report.email is true: scheduled reports could not be "
                                              "sent"))
    if config["smtp.user"] and not environ.get(PASSWORD_ENV):
        problems.append(Problem("smtp.user", f"set ({config['smtp.user']}) but ${PASSWORD_ENV} is not: the "
                                             f"server would refuse the login (put it in secrets.env, mode 600)"))
    if environ.get(PASSWORD_ENV) and not config["smtp.user"]:
        problems.append(Problem("smtp.user", f"not set, but ${PASSWORD_ENV} is: the password would never be used"))
    host = config["smtp.host"]
    if config["smtp.security"] == "none" and config["smtp.user"] and host and not is_loopback(f"smtp://{host}"):
        problems.append(Problem("smtp.security", f"none, with a login: the password would cross the network to {host} "
                                                 f"unencrypted (none is for a server on this machine: use starttls "
                                                 f"or ssl)"))
    return problems


def _placeholders(config: Config) -> list[Problem]:
    problems = []
    for name in _PLACEHOLDER_CHECKED:
        value = shown(config[name])
        if _PLACEHOLDER.search(value):
            problems.append(Problem(name, f"{value!r} (from {config.origins[name]}) looks like a placeholder "
                                          f"from the example; give the real value"))
    return problems
