"""The sources a crawl archives: each is one spider with its start URLs, scope rules and language.

Plain data, no Scrapy: the config file's `[sources.NAME]` tables become these, and `scraper/spiders/sources.py`
runs them together into one snapshot.
"""

import re
from dataclasses import dataclass, field
from datetime import date

from scraper.scope import DEFAULT_MAX_DEPTH, CrawlScope, ScopeError
from shared.sites import SiteProfile, current_site

SECTION_SPIDER = "paris_international"
PRESS_SPIDER = "press_releases"
SPIDER_NAMES = (SECTION_SPIDER, PRESS_SPIDER)
_NAME = re.compile(r"[a-z][a-z0-9_-]*")


class SourceError(ValueError):
    """A source that cannot be crawled as written; the message names it."""


@dataclass(frozen=True)
class Source:
    name: str
    spider: str
    start_urls: tuple[str, ...]
    allow: str | None = None
    deny: tuple[str, ...] = ()
    depth: int | None = DEFAULT_MAX_DEPTH  # links from a start page (section spider); None: no limit
    since: str | None = None  # oldest release kept (press spider): YYYY-MM-DD, or "90d" back from today
    until: str | None = None  # newest release kept (press spider)
    lang: str | None = None  # the language the source is published in (`fr`, `en`), as documentation
    enabled: bool = True
    extra: dict = field(default_factory=dict, compare=False)

    def check(self) -> "Source":
        """This source, or a SourceError naming what is wrong with it."""
        if not _NAME.fullmatch(self.name):
            raise SourceError(f"source name {self.name!r}: use lowercase letters, digits, '-' and '_'")
        if self.spider not in SPIDER_NAMES:
            raise SourceError(f"source {self.name}: unknown spider {self.spider!r}; spiders: {', '.join(SPIDER_NAMES)}")
        try:
            CrawlScope.from_start_urls(list(self.start_urls), self.allow, self.deny, self.depth)
        except ScopeError as exc:
            raise SourceError(f"source {self.name}: {exc}") from None
        for bound in ("since", "until"):
            value = getattr(self, bound)
            if value is not None and not (re.fullmatch(r"\d+d", value) or _is_iso_day(value)):
                raise SourceError(f"source {self.name}: {bound} {value!r} is not a date (YYYY-MM-DD) or a number "
                                  f"of days (90d)")
        return self

    def spider_arguments(self) -> dict:
        """The spider's keyword arguments, as `scrapy crawl SPIDER -a NAME=VALUE` would give them."""
        arguments: dict = {"source": self.name, "start_urls": list(self.start_urls), "allow": self.allow,
                           "deny": list(self.deny)}
        if self.spider == PRESS_SPIDER:
            return {**arguments, "since": self.since, "until": self.until}
        return {**arguments, "depth": self.depth}

    def describe(self) -> dict:
        """What the manifest records of the source."""
        return {"name": self.name, "spider": self.spider, "start_urls": list(self.start_urls), "lang": self.lang}


# The keys of a `[sources.NAME]` table.
TABLE_KEYS = ("spider", "start_urls", "allow", "deny", "depth", "since", "until", "lang", "enabled")


def sources_from_tables(tables: object) -> tuple[Source, ...]:
    """`[sources.NAME]` tables of a TOML document as sources, each checked; SourceError names the first mistake
    with its source and key."""
    if not isinstance(tables, dict) or not tables:
        raise SourceError("sources: expected [sources.NAME] tables, e.g. [sources.section]")
    return tuple(_source_from_table(name, table) for name, table in tables.items())


def read_sources_file(path: str) -> tuple[Source, ...]:
    """The sources of a config file (its `[sources.NAME]` tables, the built-in sources when it has none)."""
    import tomllib

    try:
        with open(path, "rb") as file:
            document = tomllib.load(file)
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise SourceError(f"config file {path}: {exc}") from None
    return sources_from_tables(document["sources"]) if "sources" in document else default_sources()


def _source_from_table(name: str, table: object) -> Source:
    if not isinstance(table, dict):
        raise SourceError(f"sources.{name}: expected a table of settings, got {table!r}")
    unknown = sorted(set(table) - set(TABLE_KEYS))
    if unknown:
        raise SourceError(f"sources.{name}.{unknown[0]}: unknown key; keys: {', '.join(TABLE_KEYS)}")
    missing = [key for key in ("spider", "start_urls") if key not in table]
    if missing:
        raise SourceError(f"sources.{name}: missing {missing[0]}")
    fields = {}
    for key, raw in table.items():
        try:
            fields[key] = _TABLE_VALUES[key](raw)
        except (TypeError, ValueError) as exc:
            raise SourceError(f"sources.{name}.{key}: {exc}") from None
    return Source(name=name, **fields).check()


def _text(raw: object) -> str:
    if not isinstance(raw, str) or not raw.strip():
        raise ValueError(f"expected non-empty text, got {raw!r}")
    return raw.strip()


def _texts(raw: object) -> tuple[str, ...]:
    if isinstance(raw, str):
        raw = [raw]
    if not isinstance(raw, list) or not raw:
        raise ValueError(f"expected a list of strings, got {raw!r}")
    return tuple(_text(item) for item in raw)


def _depth(raw: object) -> int | None:
    """Links from a start page; "none" (or -1) for no limit."""
    if isinstance(raw, str) and raw.strip().lower() == "none":
        return None
    if isinstance(raw, bool) or not isinstance(raw, int):
        raise TypeError(f"expected a number of links or \"none\", got {raw!r}")
    return None if raw < 0 else raw


def _flag(raw: object) -> bool:
    if not isinstance(raw, bool):
        raise TypeError(f"expected true or false, got {raw!r}")
    return raw


_TABLE_VALUES = {"spider": _text, "start_urls": _texts, "allow": _text, "deny": _texts, "depth": _depth,
                 "since": _text, "until": _text, "lang": _text, "enabled": _flag}


def _is_iso_day(text: str) -> bool:
    try:
        date.fromisoformat(text)
    except ValueError:
        return False
    return True


def default_sources(site: SiteProfile | None = None) -> tuple[Source, ...]:
    """What `paris-archive crawl` archives when the config names no sources: the site's own sources (by default,
    the chosen site's)."""
    site = site or current_site()
    try:
        return sources_from_tables(dict(site.sources))
    except SourceError as exc:
        raise SourceError(f"site {site.name}: {exc}") from None


def live_start_urls(source_name: str) -> list[str]:
    """The start URLs of the chosen site's source of that name (a spider run without start URLs)."""
    return [url for source in default_sources() if source.name == source_name for url in source.start_urls]
