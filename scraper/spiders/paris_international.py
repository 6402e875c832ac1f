"""Crawl a city's international relations section (the site profile's `section` source): the links of each
page's content, within the scope (hosts, path prefixes or --allow, --deny, depth); yield one raw capture per
response."""

from collections.abc import AsyncIterator, Iterator

import scrapy
from scrapy.http import Response

from scraper.items import PageCapture
from scraper.scope import DEFAULT_MAX_DEPTH, CrawlScope, LeftOut
from scraper.sources import live_start_urls
from scraper.spiders.archive_spider import ArchiveSpider, url_list
from scraper.spiders.content_links import ContentLinks


class ParisInternationalSpider(ArchiveSpider):
    name = "paris_international"
    source_name = "section"

    def __init__(self, start_urls: str | list[str] | None = None, allow: str | None = None,
                 deny: str | list[str] | None = None, depth: int | str | None = DEFAULT_MAX_DEPTH,
                 **kwargs) -> None:
        super().__init__(**kwargs)
        # The site's section as it is published today, unless -a start_urls=URL[,URL] says otherwise.
        self.start_urls = url_list(start_urls) or live_start_urls(self.source)
        # -a deny=REGEX is one pattern (a pattern may hold a comma); code may pass several.
        denied = [deny] if isinstance(deny, str) else list(deny or [])
        self.scope = CrawlScope.from_start_urls(self.start_urls, allow, denied, _depth(depth))
        self.links = ContentLinks()

    async def start(self) -> AsyncIterator[scrapy.Request]:
        for url in self.start_urls:
            yield self.start_request(url)

    def parse(self, response: Response) -> Iterator[PageCapture | scrapy.Request]:
        capture = self.capture(response)
        yield capture
        if capture.location:
            yield from self.follow_redirect(capture, response)
            return
        if not (capture.is_html and response.status == 200):
            return
        depth = self.depth_of(response) + 1
        content, chrome = self.links.split(response)
        for url in content:
            request = self.follow(url, response, depth)
            if request is not None:
                yield request
        for url in chrome:
            self.leave_out(url, LeftOut.SITE_CHROME)


def _depth(value: int | str | None) -> int | None:
    """`-a depth=N`; 0 is the start pages alone, and `none` (or a negative number) no limit."""
    if value is None or str(value).strip().lower() in ("", "none", "unlimited"):
        return None
    depth = int(value)
    return None if depth < 0 else depth
