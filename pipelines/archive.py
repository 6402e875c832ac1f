"""Item pipeline: parse and archive every capture into the snapshot of this crawl, and seal it when the crawl ends.

The parsing and the writing run in a child process beside the crawl (`ARCHIVE_PROCESS`, on by default), so that
they overlap the fetching of the next page instead of holding up the downloader.

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

from archive.layout import Layout
from archive.lock import ArchiveBusy, ArchiveLock
from archive.runs import abandon_run
from pipelines.archive_messages import ArchivedPage, ArchiverError, SnapshotPlan
from pipelines.archive_worker import ArchiverLost, ArchiveWorker
from pipelines.crawl_stats import summarise_stats
from scraper.items import PageCapture
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
        self.stats = crawler.stats
        self.root = Path(archive_dir)
        self.source = settings.get("ARCHIVE_SOURCE", "live")
        self.code_version = settings.get("ARCHIVE_CODE_VERSION")
        self.extra = dict(settings.getdict("ARCHIVE_EXTRA"))
        self.origins = OriginMap(dict(settings.getdict("ARCHIVE_ORIGIN_MAP")))
        self.revisits = settings.getbool("ARCHIVE_REVISITS", True)
        self.in_child_process = settings.getbool("ARCHIVE_PROCESS", True)
        self.extraction_seconds = settings.getfloat("ARCHIVE_EXTRACTION_SECONDS", 30.0)
        # `paris-archive crawl` takes the writer lock before it starts Scrapy; `scrapy crawl` and Scrapyd
        # jobs take it here.
        self.take_lock = settings.getbool("ARCHIVE_TAKE_LOCK", True)
        self.lock: ArchiveLock | None = None
        self.busy: ArchiveBusy | None = None
        self.archiver: ArchiveWorker | None = None  # or an InProcessArchiver
        self.snapshot_id: str | None = None
        self.clock = None
        self.archive_error: str | None = None
        self.responses = 0
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> "ArchivePipeline":
        return cls(crawler)

    def open_spider(self, spider=None) -> None:
        spider = spider or self.crawler.spider
        self.clock = spider.clock
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
        plan = SnapshotPlan(
            root=self.root,
            source=self.source,
            start_urls=[self.origins.to_live(url) for url in spider.start_urls],
            code_version=self.code_version,
            extractor_version=EXTRACTOR_VERSION,
            clock=spider.clock,
            started_at=spider.clock(),
            pid=os.getpid(),
            origins=self.origins,
            revisits=self.revisits,
            extra=self.extra,
            extraction_seconds=self.extraction_seconds,
        )
        if self.in_child_process:
            self.archiver = ArchiveWorker(plan)
        else:
            from pipelines.capture_archiver import InProcessArchiver  # the parsers and pyarrow, loaded only now

            self.archiver = InProcessArchiver(plan)
        logger.info("crawling %s", ", ".join(spider.start_urls))

    async def process_item(self, item: PageCapture) -> PageCapture | ArchivedPage:
        if self.archive_error is not None or self.archiver is None:
            return item
        try:
            page = await self.archiver.archive(item)
        except (ArchiverError, ArchiverLost) as exc:  # stop the crawl: a snapshot with holes must not be sealed
            self.archive_error = str(exc)
            self._stop_crawl("archive_error")
            return item
        if self.snapshot_id is None:
            self._announce(self.archiver.snapshot_id)  # known by now: the child said so before any answer
        self.responses += item.status is not None
        self.stats.inc_value("extraction/facts", page.facts)
        self.stats.inc_value("extraction/news", page.news)
        if page.extraction_failed:
            self.stats.inc_value("extraction/errors")
        if item.error and not self.stats.get_value("archive/first_error"):
            self.stats.set_value("archive/first_error", f"{item.url}: {item.error}")
        logger.info("%5s  %s  (%d facts, %d news)", item.status or "ERR", page.url, page.facts, page.news)
        return page

    def _announce(self, snapshot_id: str) -> None:
        self.snapshot_id = snapshot_id
        self.stats.set_value("archive/snapshot_id", snapshot_id)
        logger.info("snapshot %s", snapshot_id)

    def _stop_crawl(self, reason: str) -> None:
        deferred_from_coro(self.crawler.engine.close_spider_async(reason=reason))

    def _stop_busy_crawl(self, spider) -> None:
        self._stop_crawl("archive_busy")

    def spider_closed(self, spider, reason: str) -> None:
        if self.busy is not None:
            self.stats.set_value("archive/status", "busy")
            self.stats.set_value("archive/reason", str(self.busy))
            return
        try:
            if self.archiver is not None:
                self._seal(reason)
        finally:
            if self.archiver is not None:
                self.archiver.close()
            if self.lock is not None:
                self.lock.release()

    def _seal(self, reason: str) -> None:
        if self.snapshot_id is None:
            try:
                self._announce(self.archiver.snapshot_id)
            except (ArchiverError, ArchiverLost) as exc:
                self._report_failure(f"archive error: {exc}")
                return
        stats = summarise_stats(self.stats.get_stats(), reason)
        failure = self._failure_reason(reason)
        if failure:
            self._fail(failure, stats)
            return
        warnings = []
        if reason == "closespider_pagecount":
            warnings.append({"check": "page_limit", "message": "the crawl stopped at the page limit"})
        try:
            self.archiver.commit(stats, warnings)
        except (ArchiverError, ArchiverLost) as exc:  # the writer recorded the failure, unless it is gone
            failure = f"commit failed: {exc}"
            if isinstance(exc, ArchiverLost):
                self._abandon(failure, stats)
            self._report_failure(failure)
            return
        self.stats.set_value("archive/status", "complete")

    def _fail(self, failure: str, stats: dict) -> None:
        try:
            self.archiver.fail(failure, stats)
        except ArchiverLost:
            self._abandon(failure, stats)
        except ArchiverError as exc:
            failure = f"{failure} (and recording the failure failed: {exc})"
        self._report_failure(failure)

    def _abandon(self, failure: str, stats: dict) -> None:
        """The archive's process is gone: record the failure here, for it."""
        abandon_run(Layout(self.root), self.snapshot_id, failure, self.clock(), stats)

    def _report_failure(self, failure: str) -> None:
        self.stats.set_value("archive/status", "failed")
        self.stats.set_value("archive/reason", failure)
        logger.error("snapshot %s not written: %s", self.snapshot_id or "", failure)

    def _failure_reason(self, reason: str) -> str | None:
        if self.archive_error is not None:
            return f"archive error: {self.archive_error}"
        if reason not in COMPLETE_REASONS:
            return f"crawl interrupted ({reason})"
        if self.responses == 0:
            first_error = self.stats.get_value("archive/first_error")
            return "no start URL answered" + (f": {first_error}" if first_error else "")
        return None
