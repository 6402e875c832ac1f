"""The sources a crawl archives: each is one spider with its start URLs, scope rules and language.

Plain data, no Scrapy: the config file's `[sources.NAME]` tables become these, and `scraper/spiders/sources.py`
runs them together into one snapshot.
"""

import re
from dataclasses import dataclass, field
from datetime import date

from scraper.scope import DEFAULT_MAX_DEPTH, CrawlScope, ScopeError

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


def _is_iso_day(text: str) -> bool:
    try:
        date.fromisoformat(text)
    except ValueError:
        return False
    return True


# What `paris-archive crawl` archives when the config names no sources: the section as paris.fr publishes it
# today, its English pages, and the city's press releases of the last 90 days.
DEFAULT_SOURCES = (
    Source("section", SECTION_SPIDER, ("https://www.paris.fr/pages/paris-a-l-international-2433",), lang="fr"),
    Source("english", SECTION_SPIDER, ("https://www.paris.fr/en/pages/paris-and-the-international-city-networks-2434",),
           lang="en"),
    Source("press", PRESS_SPIDER, ("https://presse.paris.fr/communiques-de-presse/",), since="90d", lang="fr"),
)
