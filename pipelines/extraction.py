"""Item pipeline: hand each raw capture to the parsers, in a worker process.

Parsing is pure CPU work; done in the crawl's own process it would hold up the downloader for every
page. `ARCHIVE_EXTRACTION_PROCESS = False` parses in the crawl's process instead.
"""

from scrapy.crawler import Crawler

from pipelines.extracted_page import ExtractedPage
from pipelines.extraction_worker import ExtractionWorker, WorkerLost
from scraper.items import PageCapture
from scraper.origins import OriginMap


class ExtractionPipeline:
    def __init__(self, origins: OriginMap, stats, in_worker: bool) -> None:
        self.origins = origins
        self.stats = stats
        self.worker = ExtractionWorker(origins) if in_worker else None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> "ExtractionPipeline":
        settings = crawler.settings
        return cls(OriginMap(dict(settings.getdict("ARCHIVE_ORIGIN_MAP"))), crawler.stats,
                   settings.getbool("ARCHIVE_EXTRACTION_PROCESS", True))

    async def process_item(self, item: PageCapture) -> ExtractedPage:
        extracted = await self._extract(item)
        if (extracted.page.get("error") or "").startswith("extraction failed"):
            self.stats.inc_value("extraction/errors")
        self.stats.inc_value("extraction/facts", len(extracted.facts))
        self.stats.inc_value("extraction/news", len(extracted.news))
        return extracted

    async def _extract(self, item: PageCapture) -> ExtractedPage:
        if self.worker is not None:
            try:
                return await self.worker.extract(item)
            except WorkerLost:
                # The same parsers, here: a lost worker costs speed, never pages.
                self.stats.inc_value("extraction/worker_lost")
                self.worker = None
        # Loaded only when parsing here: the crawl's process has no use for the parsers otherwise.
        from pipelines.page_record import extract_capture

        return extract_capture(item, self.origins)

    def close_spider(self, spider=None) -> None:
        if self.worker is not None:
            self.worker.close()
