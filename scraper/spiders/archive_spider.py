"""What every spider of the archive does: yield one raw capture per response, follow redirects itself, and
count the links it leaves out by reason. Parsing and storage happen in pipelines/archive.py."""

from collections.abc import Callable, Iterator
from datetime import datetime

import scrapy
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Response
from twisted.python.failure import Failure

from scraper.items import PageCapture
from scraper.scope import CrawlScope, LeftOut
from shared.clock import utc_now
from shared.http import REDIRECT_STATUSES

LEFT_OUT_STAT = "scope/left_out/"


def url_list(value: str | list[str] | tuple[str, ...] | None) -> list[str]:
    """`-a start_urls=A,B` gives text; code gives a list."""
    if isinstance(value, str):
        return [item.strip() for item in value.split(",") if item.strip()]
    return list(value or [])


class LinkLedger:
    """The URLs a crawl followed and those it left out, by reason; shared by the spiders of one crawl so that a
    link one source leaves out and another follows is not counted as left out."""

    def __init__(self) -> None:
        self.followed: set[str] = set()
        self.left_out: dict[str, LeftOut] = {}


class ArchiveSpider(scrapy.Spider):
    """A spider whose captures go into the archive under the name of their source (`-a source=NAME`)."""

    source_name = ""
    clock: Callable[[], datetime] = staticmethod(utc_now)

    def __init__(self, source: str | None = None, **kwargs) -> None:
        super().__init__(**kwargs)
        self.source = source or self.source_name or self.name
        self.scope: CrawlScope
        self.ledger = LinkLedger()

    # -- following links ------------------------------------------------------------------------------
    def follow(self, url: str, response: Response | None, depth: int) -> scrapy.Request | None:
        """A request for `url` when the scope allows it at this depth; otherwise the reason is counted."""
        reason = self.scope.left_out(url, depth)
        if reason is not None:
            self.leave_out(url, reason)
            return None
        if url in self.ledger.followed:
            return None  # Scrapy's filter would drop it too; not asking keeps the counts right
        self.ledger.followed.add(url)
        earlier = self.ledger.left_out.pop(url, None)
        if earlier is not None:  # left out from one page, followed from another: not left out after all
            self.crawler.stats.inc_value(LEFT_OUT_STAT + earlier, -1)
        referrer = response.url if response is not None else None
        return self.request(url, referrer, depth)

    def leave_out(self, url: str, reason: LeftOut) -> None:
        """Count each URL once, under the first reason it was left out for."""
        if url in self.ledger.followed or url in self.ledger.left_out:
            return
        self.ledger.left_out[url] = reason
        self.crawler.stats.inc_value(LEFT_OUT_STAT + reason)

    def request(self, url: str, referrer: str | None, depth: int, **kwargs) -> scrapy.Request:
        meta = {"referrer": referrer, "hops": depth, **kwargs.pop("meta", {})}
        return scrapy.Request(url, callback=self.parse, errback=self.on_error, meta=meta, **kwargs)

    def start_request(self, url: str) -> scrapy.Request:
        self.ledger.followed.add(url)
        return self.request(url, referrer=None, depth=0)

    @staticmethod
    def depth_of(response: Response) -> int:
        return response.meta.get("hops", 0)

    # -- capturing ------------------------------------------------------------------------------------
    def follow_redirect(self, capture: PageCapture, response: Response) -> Iterator[scrapy.Request]:
        """The request for a redirect's target, at the same depth (a redirect is not a link)."""
        request = self.follow(capture.location, response, self.depth_of(response))
        if request is not None:
            yield request

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
            source=self.source,
        )

    def capture(self, response: Response) -> PageCapture:
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
            source=self.source,
        )


def _header_pairs(headers) -> list[tuple[str, str]]:
    return [(name.decode("latin-1"), value.decode("latin-1"))
            for name, values in headers.items() for value in values]
