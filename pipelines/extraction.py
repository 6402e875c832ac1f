"""Item pipeline: hand each raw capture to the parsers."""

from scrapy.crawler import Crawler

from pipelines.page_record import ExtractedPage, extract_capture
from scraper.items import PageCapture
from scraper.origins import OriginMap


class ExtractionPipeline:
    def __init__(self, origins: OriginMap, stats) -> None:
        self.origins = origins
        self.stats = stats

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> "ExtractionPipeline":
        return cls(OriginMap(dict(crawler.settings.getdict("ARCHIVE_ORIGIN_MAP"))), crawler.stats)

    def process_item(self, item: PageCapture) -> ExtractedPage:
        extracted = extract_capture(item, self.origins)
        if (extracted.page.get("error") or "").startswith("extraction failed"):
            self.stats.inc_value("extraction/errors")
        self.stats.inc_value("extraction/facts", len(extracted.facts))
        self.stats.inc_value("extraction/news", len(extracted.news))
        return extracted
