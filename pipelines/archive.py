"""Item pipeline: write every extracted page into the snapshot of this crawl, and seal it when the crawl ends.

A crawl that ends for any reason but a normal finish (Ctrl-C, an archive error, no answer at all) leaves the
archive as it was and a run record marked failed.
"""

import logging
import os
from pathlib import Path

from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from scrapy.utils.defer import deferred_from_coro

from archive import SnapshotWriter
from archive.lock import ArchiveBusy, ArchiveLock
from pipelines.crawl_stats import summarise_stats
from pipelines.extracted_page import ExtractedPage, status_line
from scraper.origins import OriginMap
from scraper.parsers import EXTRACTOR_VERSION

logger = logging.getLogger("paris_archive.progress")

# Close reasons after which the snapshot is whole: a normal end, or the configured page cap.
COMPLETE_REASONS = {"finished", "closespider_pagecount"}


class ArchivePipeline:
    def __init__(self, crawler: Crawler) -> None:
        settings = crawler.settings
        archive_dir = settings.get("ARCHIVE_DIR")
        if not archive_dir:
            raise NotConfigured("ARCHIVE_DIR is not set")
        self.crawler = crawler
        self.root = Path(archive_dir)
        self.source = settings.get("ARCHIVE_SOURCE", "live")
        self.code_version = settings.get("ARCHIVE_CODE_VERSION")
        self.extra = dict(settings.getdict("ARCHIVE_EXTRA"))
        self.origins = OriginMap(dict(settings.getdict("ARCHIVE_ORIGIN_MAP")))
        # `paris-archive crawl` takes the writer lock before it starts Scrapy; `scrapy crawl` and Scrapyd
        # jobs take it here.
        self.take_lock = settings.getbool("ARCHIVE_TAKE_LOCK", True)
        self.lock: ArchiveLock | None = None
        self.busy: ArchiveBusy | None = None
        self.writer: SnapshotWriter | None = None
        self.archive_error: Exception | None = None
        self.pages = 0
        # The rows archived, for the extraction health checks against the previous snapshot.
        self.archived_pages: list[dict] = []
        self.archived_facts: list[dict] = []
        self.responses = 0
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> "ArchivePipeline":
        return cls(crawler)

    def open_spider(self, spider=None) -> None:
        spider = spider or self.crawler.spider
        if self.take_lock:
            self.lock = ArchiveLock(self.root, purpose="crawl", pid=os.getpid(), clock=spider.clock)
            try:
                self.lock.acquire()
            except ArchiveBusy as busy:
                self.busy, self.lock = busy, None
                logger.error("%s", busy)
                # Closing is only possible once the spider is open; nothing is scheduled before that.
                self.crawler.signals.connect(self._stop_busy_crawl, signal=signals.spider_opened)
                return
        self.writer = SnapshotWriter(
            self.root,
            source=self.source,
            start_urls=[self.origins.to_live(url) for url in spider.start_urls],
            code_version=self.code_version,
            extractor_version=EXTRACTOR_VERSION,
            clock=spider.clock,
            pid=os.getpid(),
            extra=self.extra,
            revisits=self.crawler.settings.getbool("ARCHIVE_REVISITS", True),
        )
        snapshot_id = self.writer.open()
        self.crawler.stats.set_value("archive/snapshot_id", snapshot_id)
        logger.info("snapshot %s: crawling %s", snapshot_id, ", ".join(spider.start_urls))

    def process_item(self, item: ExtractedPage) -> ExtractedPage:
        if self.archive_error is not None or self.writer is None:
            return item
        capture = item.capture
        try:
            self.writer.add_capture(
                item.page,
                body=capture.body,
                status_line=status_line(capture.http_version, capture.status) if capture.status else "",
                request_headers=capture.request_headers,
                response_headers=capture.response_headers,
                warc_target_uri=item.page["url"],
            )
            self.writer.add_facts(item.facts)
            self.writer.add_news(item.news)
        except Exception as exc:  # noqa: BLE001 - stop the crawl: a snapshot with holes must not be sealed
            self.archive_error = exc
            self._stop_crawl("archive_error")
            return item
        self.pages += 1
        self.archived_pages.append(item.page)
        self.archived_facts.extend(item.facts)
        self.responses += capture.status is not None
        if capture.error and not self.crawler.stats.get_value("archive/first_error"):
            self.crawler.stats.set_value("archive/first_error", f"{capture.url}: {capture.error}")
        logger.info("%5s  %s  (%d facts, %d news)", capture.status or "ERR", item.page["url"],
                    len(item.facts), len(item.news))
        return item

    def _stop_crawl(self, reason: str) -> None:
        deferred_from_coro(self.crawler.engine.close_spider_async(reason=reason))

    def _stop_busy_crawl(self, spider) -> None:
        self._stop_crawl("archive_busy")

    def spider_closed(self, spider, reason: str) -> None:
        if self.busy is not None:
            self.crawler.stats.set_value("archive/status", "busy")
            self.crawler.stats.set_value("archive/reason", str(self.busy))
            return
        try:
            self._seal(reason)
        finally:
            if self.lock is not None:
                self.lock.release()

    def _seal(self, reason: str) -> None:
        stats = summarise_stats(self.crawler.stats.get_stats(), reason)
        failure = self._failure_reason(reason)
        if failure:
            self.writer.fail(failure, stats)
            self.crawler.stats.set_value("archive/status", "failed")
            self.crawler.stats.set_value("archive/reason", failure)
            logger.error("snapshot %s not written: %s", self.writer.snapshot_id, failure)
            return
        warnings = []
        if reason == "closespider_pagecount":
            warnings.append({"check": "page_limit", "message": "the crawl stopped at the page limit"})
        from changes.health import check_against_archive  # duckdb and pandas: only once the crawl is over

        warnings += check_against_archive(self.root, self.archived_pages, self.archived_facts)
        self.writer.commit(stats, warnings)
        self.crawler.stats.set_value("archive/status", "complete")

    def _failure_reason(self, reason: str) -> str | None:
        if self.archive_error is not None:
            return f"archive error: {type(self.archive_error).__name__}: {self.archive_error}"
        if reason not in COMPLETE_REASONS:
            return f"crawl interrupted ({reason})"
        if self.responses == 0:
            first_error = self.crawler.stats.get_value("archive/first_error")
            return "no start URL answered" + (f": {first_error}" if first_error else "")
        return None
