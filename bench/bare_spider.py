"""The baseline: the same link following with the project's settings, but no extraction and no archive."""

import os
import sys

import scrapy
from scrapy.crawler import CrawlerProcess
from scrapy.utils.project import get_project_settings

from scraper.spiders.paris_international import ParisInternationalSpider


class BareSpider(ParisInternationalSpider):
    name = "bare"

    def parse(self, response):
        for item in super().parse(response):
            if isinstance(item, scrapy.Request):  # follow links, drop the captures
                yield item


def main(start_url: str, overrides: list[str]) -> None:
    os.environ.setdefault("SCRAPY_SETTINGS_MODULE", "scraper.settings.base")
    settings = get_project_settings()
    settings.set("ITEM_PIPELINES", {})
    for pair in zip(overrides[::2], overrides[1::2], strict=True):
        name, _, value = pair[1].partition("=")
        settings.set(name, value)
    process = CrawlerProcess(settings)
    process.crawl(BareSpider, start_urls=start_url, depth="none")  # the generated tree is deeper than the default
    process.start()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2:])
