"""What makes the archive about one city's site: plain data that every layer may read."""

from collections.abc import Mapping
from dataclasses import dataclass, field


@dataclass(frozen=True)
class SiteProfile:
    """One city's site: where it lives, what a crawl starts from, and how the archive's outputs name it."""

    name: str  # the profile's name, as the `site` setting gives it (`paris`)
    # The site's registered domains: each one and its subdomains are the site (`paris.fr` holds `presse.paris.fr`).
    hosts: tuple[str, ...]
    # The sources a crawl archives when the config names none: NAME -> a `[sources.NAME]` table of the config file
    # (spider, start_urls, lang, since, ...), read by `scraper/sources.py`.
    sources: Mapping[str, Mapping[str, object]]
    # The section's pages under every address it has had, without scheme: what `backfill` asks an archive for.
    url_prefixes: tuple[str, ...]
    # What the archive is of, in English: the CLI's description and the WARC files' ("live crawl of ...").
    subject: str
    # The change reports' heading in each language a report is written in: {"fr": ..., "en": ...}.
    report_heading: Mapping[str, str]
    # Where site owners reach the archive when PARIS_ARCHIVE_CONTACT is not set ("" makes a live crawl ask for it).
    contact: str = ""
    # Partner and twin cities: a press release naming one is about the city's international affairs.
    partner_cities: tuple[str, ...] = field(default=())

    def __post_init__(self) -> None:
        # A profile read from a file is a plain literal: lists become tuples so that it stays hashable and frozen.
        for name in ("hosts", "url_prefixes", "partner_cities"):
            object.__setattr__(self, name, tuple(getattr(self, name)))

    def heading(self, language: str) -> str:
        """The reports' heading in `language`, else in English."""
        return self.report_heading.get(language) or self.report_heading["en"]

    def on_site(self, host: str | None) -> bool:
        """Whether `host` is one of the site's domains or a subdomain of one."""
        host = (host or "").lower().rstrip(".")
        return any(host == domain or host.endswith("." + domain) for domain in self.hosts)
