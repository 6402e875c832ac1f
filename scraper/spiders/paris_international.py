"""Crawl the City of Paris's international relations section; yield one raw capture per response.

The spider only crawls: parsing and storage happen in pipelines/archive.py (in a process of their own).
"""

from collections.abc import AsyncIterator, Callable, Iterator
from datetime import datetime

import scrapy
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Response
from scrapy.linkextractors import LinkExtractor
from twisted.python.failure import Failure

from scraper.items import PageCapture
from scraper.scope import CrawlScope
from shared.clock import utc_now
from shared.http import REDIRECT_STATUSES

# The section as it is published today; override with -a start_urls=URL[,URL].
LIVE_START_URLS = ["https://www.paris.fr/pages/paris-a-l-international-2433"]


class ParisInternationalSpider(scrapy.Spider):
    name = "paris_international"
    clock: Callable[[], datetime] = staticmethod(utc_now)

    def __init__(self, start_urls: str | list[str] | None = None, allow: str | None = None, **kwargs):
        super().__init__(**kwargs)
        if isinstance(start_urls, str):
            start_urls = [url.strip() for url in start_urls.split(",") if url.strip()]
        self.start_urls = list(start_urls or LIVE_START_URLS)
        self.scope = CrawlScope.from_start_urls(self.start_urls, allow)
        # Links only, no <img> or <script>: the archive is about pages and the documents they link to.
        self.link_extractor = LinkExtractor(tags=("a", "area"), attrs=("href",), deny_extensions=())

    async def start(self) -> AsyncIterator[scrapy.Request]:
        for url in self.start_urls:
            yield self._request(url, referrer=None)

    def parse(self, response: Response) -> Iterator[PageCapture | scrapy.Request]:
        capture = self._capture(response)
        yield capture
        if capture.location:
            if self.scope.allows(capture.location):
                yield self._request(capture.location, referrer=response.url)
            return
        if capture.is_html and response.status == 200:
            for link in self.link_extractor.extract_links(response):
                if self.scope.allows(link.url):
                    yield self._request(link.url, referrer=response.url)

    def on_error(self, failure: Failure) -> Iterator[PageCapture]:
        """A request that got no HTTP answer (refused, timed out, DNS) is still recorded, with its error."""
        if failure.check(IgnoreRequest):
            return  # not fetched on purpose (robots.txt): nothing was captured
        request = failure.request
        yield PageCapture(
            url=request.url,
            fetched_at=self.clock(),
            request_headers=_header_pairs(request.headers),
            referrer=request.meta.get("referrer"),
            error=f"{failure.type.__name__}: {failure.getErrorMessage()}",
        )

    def _request(self, url: str, referrer: str | None) -> scrapy.Request:
        return scrapy.Request(url, callback=self.parse, errback=self.on_error, meta={"referrer": referrer})

    def _capture(self, response: Response) -> PageCapture:
        location = None
        if response.status in REDIRECT_STATUSES and b"Location" in response.headers:
            location = response.urljoin(response.headers[b"Location"].decode("latin-1"))
        return PageCapture(
            url=response.url,
            fetched_at=self.clock(),
            status=response.status,
            http_version=response.protocol or "HTTP/1.1",
            request_headers=_header_pairs(response.request.headers),
            response_headers=_header_pairs(response.headers),
            body=response.body,
            location=location,
            referrer=response.meta.get("referrer"),
        )


def _header_pairs(headers) -> list[tuple[str, str]]:
    return [(name.decode("latin-1"), value.decode("latin-1"))
            for name, values in headers.items() for value in values]

