"""Crawl several sources into one snapshot: each source's own spider, run side by side in one Scrapy crawl.

One crawl means one archive pipeline, one snapshot, one set of politeness limits and one count of the links
left out, whatever the number of sources. `scrapy crawl sources` runs the built-in sources, `-a config=FILE` a
config file's, and `-a sources=NAME[,NAME]` some of them.
"""

from collections.abc import AsyncIterator

import scrapy
from scrapy.crawler import Crawler

from scraper.sources import PRESS_SPIDER, SECTION_SPIDER, Source, default_sources, read_sources_file
from scraper.spiders.archive_spider import ArchiveSpider, LinkLedger
from scraper.spiders.paris_international import ParisInternationalSpider
from scraper.spiders.press_releases import PressReleasesSpider

SPIDERS: dict[str, type[ArchiveSpider]] = {SECTION_SPIDER: ParisInternationalSpider,
                                           PRESS_SPIDER: PressReleasesSpider}


class SourcesSpider(ArchiveSpider):
    name = "sources"

    def __init__(self, sources: list[Source] | tuple[Source, ...] | str | None = None, config: str | None = None,
                 **kwargs) -> None:
        super().__init__(**kwargs)
        self.sources = _chosen(sources, config)
        self.start_urls = [url for source in self.sources for url in source.start_urls]
        self.parts: list[ArchiveSpider] = []

    @classmethod
    def from_crawler(cls, crawler: Crawler, *args, **kwargs) -> "SourcesSpider":
        spider = super().from_crawler(crawler, *args, **kwargs)
        ledger = LinkLedger()
        for source in spider.sources:
            part = SPIDERS[source.spider].from_crawler(crawler, **source.spider_arguments())
            part.ledger = ledger
            part.clock = spider.clock
            spider.parts.append(part)
        return spider

    async def start(self) -> AsyncIterator[scrapy.Request]:
        for part in self.parts:
            async for request in part.start():
                yield request


def _chosen(sources: list[Source] | tuple[Source, ...] | str | None, config: str | None) -> list[Source]:
    """Sources given by code, or `-a sources=NAME[,NAME]` among the config file's (or the built-in) sources; every
    enabled one by default."""
    if sources is not None and not isinstance(sources, str):
        return list(sources)
    available = read_sources_file(config) if config else default_sources()
    names = [name.strip() for name in (sources or "").split(",") if name.strip()]
    known = {source.name: source for source in available}
    unknown = [name for name in names if name not in known]
    if unknown:
        raise ValueError(f"unknown source(s) {', '.join(unknown)}; sources: {', '.join(known)}")
    return [known[name] for name in names] if names else [source for source in available if source.enabled]
