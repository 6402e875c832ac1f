"""Settings of scheduled operations: a TOML file, overridden by the environment, overridden by the command line.

Every setting has a dotted name (`smtp.port` is `port` in the file's `[smtp]` table), one environment
variable, and `--setting NAME=VALUE` on the command line. A wrong or missing setting is reported by its name
and by where its value came from. The SMTP password is never a setting: it comes only from
`PARIS_ARCHIVE_SMTP_PASSWORD`, so that config files can be shared and committed.
"""

import difflib
import re
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from croniter import croniter

from paris_archive.config_file import ConfigFileError, read_config_text
from paris_archive.errors import UserError
from reports.mail import EMPTY_CHOICES, REPORT_EMPTY, SECURITY, SECURITY_MODES
from scraper.sources import Source, SourceError, default_sources, sources_from_tables
from shared.sites import DEFAULT_SITE, SITE_ENV, UnknownSite, load_site

CONFIG_ENV = "PARIS_ARCHIVE_CONFIG"
PASSWORD_ENV = "PARIS_ARCHIVE_SMTP_PASSWORD"
# Kinds of setting handed to child commands through their environment variable.
_INHERITED_KINDS = ("text", "port", "choice", "list", "site")


class ConfigError(UserError):
    """A setting that is missing, unknown or of the wrong kind, named in the message."""


@dataclass(frozen=True)
class Setting:
    name: str
    env: str
    kind: str  # "choice", or one of the keys of _PARSERS
    help: str
    default: object = None
    choices: tuple[str, ...] = ()


SETTINGS: tuple[Setting, ...] = (
    Setting("archive", "PARIS_ARCHIVE_DIR", "path", "archive folder", Path("data") / "archive"),
    Setting("contact", "PARIS_ARCHIVE_CONTACT", "text",
            "email or URL for site owners, sent in the User-Agent; required to crawl a live site"),
    # No default value, so that a command run from a schedule inherits its site only when one was chosen.
    Setting("site", SITE_ENV, "site", f"the city's site profile: a built-in one (default `{DEFAULT_SITE}`) or the "
            "path of a copy of `shared/sites/paris.py`"),
    Setting("crawl.start_urls", "PARIS_ARCHIVE_START_URLS", "urls",
            "start URLs of the scheduled crawl (default: the live section)", ()),
    Setting("crawl.allow", "PARIS_ARCHIVE_ALLOW", "regex", "pattern replacing the crawl's default scope"),
    Setting("crawl.settings", "PARIS_ARCHIVE_CRAWL_SETTINGS", "table",
            "Scrapy settings for the scheduled crawl (NAME=VALUE,... in the environment)", {}),
    Setting("schedule.crawl", "PARIS_ARCHIVE_SCHEDULE_CRAWL", "cron", "when to crawl, e.g. `15 6 * * *`"),
    Setting("schedule.report", "PARIS_ARCHIVE_SCHEDULE_REPORT", "cron", "when to report, e.g. `0 7 * * mon`"),
    Setting("schedule.timezone", "PARIS_ARCHIVE_SCHEDULE_TIMEZONE", "zone",
            "time zone of the cron expressions", ZoneInfo("UTC")),
    Setting("report.email", "PARIS_ARCHIVE_REPORT_EMAIL", "bool", "email each scheduled report", False),
    Setting("report.empty", REPORT_EMPTY, "choice",
            "for a period without changes: send a short message, or skip it", choices=EMPTY_CHOICES),
    Setting("report.archive_url", "PARIS_ARCHIVE_REPORT_ARCHIVE_URL", "text",
            "where report readers reach `paris-archive replay`, for links to archived copies"),
    Setting("report.language", "PARIS_ARCHIVE_REPORT_LANGUAGE", "choice",
            "the words of the change report and its subject: fr (French, the default) or en (English)",
            choices=("fr", "en")),
    Setting("smtp.host", "PARIS_ARCHIVE_SMTP_HOST", "text", "SMTP server"),
    Setting("smtp.port", "PARIS_ARCHIVE_SMTP_PORT", "port", "SMTP port (default: from smtp.security)"),
    Setting("smtp.security", SECURITY, "choice", ", ".join(SECURITY_MODES[:-1]) + " or " + SECURITY_MODES[-1]
            + " (none sends unencrypted: only for a server on this machine or a trusted local network)",
            choices=SECURITY_MODES),
    Setting("smtp.user", "PARIS_ARCHIVE_SMTP_USER", "text", "SMTP login (its password: $PARIS_ARCHIVE_SMTP_PASSWORD)"),
    Setting("smtp.from", "PARIS_ARCHIVE_SMTP_FROM", "text", "sender address"),
    Setting("smtp.to", "PARIS_ARCHIVE_SMTP_TO", "list", "recipients (comma separated in the environment)"),
)
BY_NAME = {setting.name: setting for setting in SETTINGS}


@dataclass(frozen=True)
class Config:
    """The resolved value of every setting, and where each came from (for messages)."""

    values: Mapping[str, object]
    origins: Mapping[str, str]
    # The `[sources.NAME]` tables of the file, in order; the site profile's sources when it has none.
    sources: tuple[Source, ...] = field(default_factory=default_sources)

    def __getitem__(self, name: str) -> object:
        return self.values[name]

    def require(self, name: str, why: str) -> object:
        value = self[name]
        if value in (None, "", (), {}):
            setting = BY_NAME[name]
            raise ConfigError(f"missing setting {name} ({setting.help}), needed {why}: set it in the config "
                              f"file, as ${setting.env}, or with --setting {name}=...")
        return value

    def child_environment(self) -> dict[str, str]:
        """The environment variables that hand these settings to a command run from them."""
        environment = {}
        for setting in SETTINGS:
            value = self.values[setting.name]
            if setting.kind in _INHERITED_KINDS and value not in (None, "", ()):
                environment[setting.env] = ",".join(value) if setting.kind == "list" else str(value)
        return environment


def load_config(path: Path | None, environ: Mapping[str, str], overrides: Mapping[str, str]) -> Config:
    """Defaults, then the TOML file at `path` (if any), then `environ`, then `overrides` (NAME -> text)."""
    values = {setting.name: setting.default for setting in SETTINGS}
    origins = {setting.name: "default" for setting in SETTINGS}
    sources = None
    if path is not None:
        document = _read_document(path)
        if "sources" in document:
            sources = _sources(document.pop("sources"), path)
        for name, raw in _flatten(document, path).items():
            values[name] = _parse(BY_NAME[name], raw, f"{path}")
            origins[name] = str(path)
    for setting in SETTINGS:
        if environ.get(setting.env, "") != "":
            values[setting.name] = _parse(setting, environ[setting.env], f"${setting.env}")
            origins[setting.name] = f"${setting.env}"
    for name, text in overrides.items():
        setting = _known(name, "command line")
        if text.strip() == "":  # `--setting smtp.user=` clears a value the file or the environment gave
            values[name], origins[name] = setting.default, "cleared on the command line"
            continue
        values[name] = _parse(setting, text, "command line")
        origins[name] = "command line"
    return Config(values, origins, sources or _site_sources(values["site"] or DEFAULT_SITE, origins["site"]))


def chosen_site(path: Path | None, environ: Mapping[str, str], override: str | None = None) -> str:
    """The `site` setting alone (--setting site=, else $PARIS_ARCHIVE_SITE, else the file's, else Paris), checked:
    every command needs it, not only those that read the rest of the config."""
    setting = BY_NAME["site"]
    if override:
        return _parse(setting, override, "command line")
    if environ.get(setting.env, "") != "":
        return _parse(setting, environ[setting.env], f"${setting.env}")
    if path is not None:
        document = _read_document(path)
        if "site" in document:
            return _parse(setting, document["site"], str(path))
    return DEFAULT_SITE


def config_path(option: str | None, environ: Mapping[str, str]) -> Path | None:
    """--config, else $PARIS_ARCHIVE_CONFIG, else no file (environment and defaults only)."""
    chosen = option or environ.get(CONFIG_ENV)
    return Path(chosen) if chosen else None


# -- reading the file ------------------------------------------------------------------------------

def _read_document(path: Path) -> dict:
    try:
        return tomllib.loads(read_config_text(path))
    except ConfigFileError as exc:
        raise ConfigError(str(exc)) from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"config file {path} is not valid TOML: {exc}") from None


def _flatten(document: dict, path: Path) -> dict[str, object]:
    """`{"smtp": {"port": 25}}` -> `{"smtp.port": 25}`, refusing names no setting has."""
    flat: dict[str, object] = {}
    for key, value in document.items():
        if isinstance(value, dict) and key not in BY_NAME:
            for inner, inner_value in value.items():
                name = f"{key}.{inner}"
                _known(name, str(path))
                flat[name] = inner_value
        else:
            flat[_known(key, str(path)).name] = value
    return flat


def _known(name: str, where: str) -> Setting:
    if name in BY_NAME:
        return BY_NAME[name]
    if name == "smtp.password":
        raise ConfigError(f"smtp.password ({where}): the password is never a setting, so that config files "
                          f"can be shared; set ${PASSWORD_ENV} instead")
    close = difflib.get_close_matches(name, list(BY_NAME), n=1)
    hint = f"; did you mean {close[0]}?" if close else f"; settings: {', '.join(BY_NAME)}"
    raise ConfigError(f"unknown setting {name} ({where}){hint}")


def _site_sources(site: str, origin: str) -> tuple[Source, ...]:
    try:
        return default_sources(load_site(site))
    except SourceError as exc:
        raise ConfigError(f"setting site ({origin}): {exc}") from None


def _sources(tables: object, path: Path) -> tuple[Source, ...]:
    try:
        return sources_from_tables(tables)
    except SourceError as exc:
        raise ConfigError(f"config file {path}: {exc}") from None


# -- checking values -------------------------------------------------------------------------------

def _parse(setting: Setting, raw: object, origin: str) -> object:
    """The value of `raw` for this setting: TOML gives typed values, the environment and --setting give text."""
    try:
        if setting.kind == "choice":
            return _choice(raw, setting.choices)
        return _PARSERS[setting.kind](raw)
    except (TypeError, ValueError) as exc:
        raise ConfigError(f"setting {setting.name} ({origin}): {exc}") from None


def _text(raw: object) -> str:
    if not isinstance(raw, str) or not raw.strip():
        raise ValueError(f"expected non-empty text, got {raw!r}")
    return raw.strip()


def _path(raw: object) -> Path:
    return Path(_text(raw))


def _items(raw: object) -> tuple[str, ...]:
    """A TOML array of strings, or comma-separated text."""
    if isinstance(raw, str):
        items = [item.strip() for item in raw.split(",") if item.strip()]
    elif isinstance(raw, list) and all(isinstance(item, str) for item in raw):
        items = [item.strip() for item in raw if item.strip()]
    else:
        raise ValueError(f"expected a list of strings, got {raw!r}")
    if not items:
        raise ValueError("expected at least one value")
    return tuple(items)


def _url(raw: object) -> str:
    url = _text(raw)
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError(f"{url!r} is not an http(s) URL")
    return url


def _urls(raw: object) -> tuple[str, ...]:
    return tuple(_url(url) for url in _items(raw))


def _regex(raw: object) -> str:
    pattern = _text(raw)
    try:
        re.compile(pattern)
    except re.error as exc:
        raise ValueError(f"{pattern!r} is not a regular expression ({exc})") from None
    return pattern


def _table(raw: object) -> dict[str, str]:
    """Scrapy settings: a TOML table, or `NAME=VALUE,NAME=VALUE` text."""
    if isinstance(raw, str):
        pairs = []
        for item in _items(raw):
            name, sep, value = item.partition("=")
            if not sep or not name.strip():
                raise ValueError(f"expected NAME=VALUE,NAME=VALUE, got {raw!r}")
            pairs.append((name, value))
    elif isinstance(raw, dict):
        pairs = list(raw.items())
    else:
        raise TypeError(f"expected a table of NAME = value, got {raw!r}")
    table = {}
    for name, value in pairs:
        if isinstance(value, (dict, list)):
            raise TypeError(f"{name} must be a single value, not {value!r}")
        table[name.strip()] = str(value)
    return table


def _cron(raw: object) -> str:
    expression = " ".join(_text(raw).split())
    if not croniter.is_valid(expression):
        raise ValueError(f"{expression!r} is not a cron expression (minute hour day month weekday, "
                         f"e.g. '15 6 * * *'; a sixth field gives seconds)")
    return expression


def _zone(raw: object) -> ZoneInfo:
    name = _text(raw)
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError(f"{name!r} is not a time zone name (e.g. Europe/Paris, UTC)") from None


def _bool(raw: object) -> bool:
    if isinstance(raw, bool):
        return raw
    text = _text(raw).lower()
    if text in ("true", "yes", "1", "on"):
        return True
    if text in ("false", "no", "0", "off"):
        return False
    raise ValueError(f"expected true or false, got {raw!r}")


def _port(raw: object) -> int:
    if isinstance(raw, bool) or not isinstance(raw, (int, str)):
        raise TypeError(f"expected a port number, got {raw!r}")
    try:
        port = int(raw)
    except ValueError:
        raise ValueError(f"expected a port number, got {raw!r}") from None
    if not 0 < port < 65536:
        raise ValueError(f"port {port} is out of range (1-65535)")
    return port


def _site(raw: object) -> str:
    """A site profile's name or file, checked by loading it; a file by its absolute path, which the processes a
    command starts read the same whatever their working directory."""
    site = _text(raw)
    try:
        load_site(site)
    except UnknownSite as exc:
        raise ValueError(str(exc)) from None
    return str(Path(site).resolve()) if site.endswith(".py") else site


def _choice(raw: object, choices: tuple[str, ...]) -> str:
    value = _text(raw).lower()
    if value not in choices:
        raise ValueError(f"expected one of {', '.join(choices)}, got {raw!r}")
    return value


_PARSERS: dict[str, Callable[[object], object]] = {
    "text": _text, "path": _path, "urls": _urls, "list": _items, "regex": _regex,
    "table": _table, "cron": _cron, "zone": _zone, "bool": _bool, "port": _port, "site": _site,
}
