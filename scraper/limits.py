"""Bounds on one response: at most `ARCHIVE_MAX_PAGE_BYTES` of body, on the wire and after decompression, and a
body that is still arriving after `DOWNLOAD_TIMEOUT` seconds is cut off.

A response past a bound is not dropped: it reaches the spider with its status and headers and an empty body, and
its capture says why (`too large: ...`, `cut off after 30 s: ...`), so the snapshot has a pages row for it. Without
this, Scrapy's 1 GiB default applied, a gzip body that expanded past it vanished without a row, and a body that
streamed forever was recorded as a bare `DownloadCancelledError`.
"""

import gc
import time
from collections.abc import AsyncIterator, Iterable, Iterator

from scrapy import Request, signals
from scrapy.crawler import Crawler
from scrapy.downloadermiddlewares.httpcompression import HttpCompressionMiddleware
from scrapy.exceptions import IgnoreRequest, StopDownload
from scrapy.http import Response
from scrapy.utils._compression import _DecompressionMaxSizeExceeded

from scraper.items import PageCapture

DEFAULT_MAX_PAGE_BYTES = 20_000_000
# Why a response was cut short, set on its request's meta for the spider middleware below.
LIMIT_REASON = "archive_limit"
_STARTED = "archive_download_started"
_RECEIVED = "archive_bytes_received"
# A response holds its body, its decoded text and its parsed tree in a reference cycle (the cached selector points
# back at it), which only the cyclic collector frees; the crawl runs it seldom (scraper/process.py), so past this many
# times the page limit of bodies since the last collection, it runs once: memory stays bounded however large the
# pages, for the cost of one collection per few dozen megabytes.
_COLLECT_AFTER_PAGE_LIMITS = 2
# Scrapy's own timeout, which drops the response, fires this much later than ours, which keeps it: it only
# catches a server that stops sending altogether.
_SCRAPY_TIMEOUT_GRACE = 5.0


def _size(count: int) -> str:
    return f"{count / 1_000_000:g} MB" if count >= 1_000_000 else f"{count:,} bytes"


class BoundedResponses(HttpCompressionMiddleware):
    """Scrapy's decompression, bounded by `ARCHIVE_MAX_PAGE_BYTES`, and the same bound and `DOWNLOAD_TIMEOUT` on
    the body as it arrives (takes HttpCompressionMiddleware's place)."""

    def __init__(self, crawler: Crawler) -> None:
        super().__init__(crawler=crawler)
        self._max_size = self.max_bytes = crawler.settings.getint("ARCHIVE_MAX_PAGE_BYTES", DEFAULT_MAX_PAGE_BYTES)
        self.timeout = crawler.settings.getfloat("DOWNLOAD_TIMEOUT")
        self._bytes_since_collection = 0
        crawler.signals.connect(self.headers_received, signal=signals.headers_received)
        crawler.signals.connect(self.bytes_received, signal=signals.bytes_received)

    def process_request(self, request: Request, spider=None) -> None:
        request.meta[_STARTED] = time.monotonic()
        request.meta[_RECEIVED] = 0
        request.meta["download_timeout"] = self.timeout + _SCRAPY_TIMEOUT_GRACE
        return super().process_request(request)

    def headers_received(self, headers, body_length, request: Request, spider=None) -> None:
        if isinstance(body_length, int) and body_length > self.max_bytes:
            self._stop(request, f"too large: the server announced {_size(body_length)}, more than "
                                f"ARCHIVE_MAX_PAGE_BYTES ({_size(self.max_bytes)}); the body is not archived")

    def bytes_received(self, data: bytes, request: Request, spider=None) -> None:
        received = request.meta[_RECEIVED] = request.meta.get(_RECEIVED, 0) + len(data)
        if received > self.max_bytes:
            self._stop(request, f"too large: more than ARCHIVE_MAX_PAGE_BYTES ({_size(self.max_bytes)}) received; "
                                "the body is not archived")
        elapsed = time.monotonic() - request.meta.get(_STARTED, time.monotonic())
        if self.timeout and elapsed > self.timeout:
            self._stop(request, f"cut off after {self.timeout:g} s (DOWNLOAD_TIMEOUT): the body was still arriving "
                                f"({_size(received)} so far); it is not archived")

    @staticmethod
    def _stop(request: Request, reason: str) -> None:
        request.meta[LIMIT_REASON] = reason
        raise StopDownload(fail=False)

    def process_response(self, request: Request, response: Response, spider=None) -> Response:
        response = self._bounded(request, response)
        self._bytes_since_collection += len(response.body)
        if self._bytes_since_collection > _COLLECT_AFTER_PAGE_LIMITS * self.max_bytes:
            self._bytes_since_collection = 0
            gc.collect()
        return response

    def _bounded(self, request: Request, response: Response) -> Response:
        """The response decompressed, or without its body if it was cut short or would decompress past the limit."""
        if request.meta.get(LIMIT_REASON):
            return response.replace(body=b"")
        try:
            return super().process_response(request, response)
        except IgnoreRequest as exc:
            if not isinstance(exc.__cause__, _DecompressionMaxSizeExceeded):
                raise
        request.meta[LIMIT_REASON] = (f"too large: more than ARCHIVE_MAX_PAGE_BYTES ({_size(self.max_bytes)}) after "
                                      f"decompression ({_size(len(response.body))} compressed); the body is not "
                                      "archived")
        return response.replace(body=b"")


class LimitReasons:
    """Spider middleware: the capture of a response cut short says why, in its `error`."""

    def process_spider_output(self, response: Response, result: Iterable, spider=None) -> Iterator:
        for item in result:
            yield _with_reason(response, item)

    async def process_spider_output_async(self, response: Response, result: AsyncIterator,
                                          spider=None) -> AsyncIterator:
        async for item in result:
            yield _with_reason(response, item)


def _with_reason(response: Response, item: object) -> object:
    reason = response.meta.get(LIMIT_REASON)
    if reason and isinstance(item, PageCapture) and item.error is None and item.url == response.url:
        item.error = reason
    return item
