"""Walk a paginated list of press releases (newest first) between two dates; yield one raw capture per release.

The list pages are only walked, not archived: they repeat the releases' titles without their dates' context, and
every release they list within the dates is archived on its own. Which releases are about international affairs
is decided by the archive's extraction (a network, a partner city, the international relations office), so each
capture asks to keep only such news.
"""

from collections.abc import AsyncIterator, Iterator
from datetime import date, timedelta

import scrapy
from scrapy.http import Response

from scraper.items import PageCapture
from scraper.scope import CrawlScope, LeftOut
from scraper.sources import live_start_urls
from scraper.spiders.archive_spider import ArchiveSpider, url_list
from shared.clock import utc_now

# A release in the list: a WordPress post, or any article of the main region, with its <time>.
ITEMS = "//main//article | //*[@role='main']//article"
ITEM_LINK = ("(.//*[contains(concat(' ', normalize-space(@class), ' '), ' entry-title ')]//a/@href"
             " | .//h2//a/@href | .//h3//a/@href)[1]")
ITEM_DATE = "(.//time/@datetime)[1]"
NEXT_PAGE = ("(//a[@rel='next']/@href | //link[@rel='next']/@href"
             " | //a[contains(concat(' ', normalize-space(@class), ' '), ' next ')]/@href)[1]")


class PressReleasesSpider(ArchiveSpider):
    name = "press_releases"
    source_name = "press"

    def __init__(self, start_urls: str | list[str] | None = None, since: str | date | None = None,
                 until: str | date | None = None, allow: str | None = None, deny: str | list[str] | None = None,
                 **kwargs) -> None:
        super().__init__(**kwargs)
        # The site's press releases (the site profile's `press` source), unless -a start_urls=URL says otherwise.
        self.start_urls = url_list(start_urls) or live_start_urls(self.source)
        self.since = parse_day(since, "since")
        self.until = parse_day(until, "until")
        # The releases live beside the list, not under it: the whole host, unless a pattern says otherwise. The
        # list's pages are as deep as the dates make them, so no depth limit.
        denied = [deny] if isinstance(deny, str) else list(deny or [])
        self.scope = CrawlScope.from_start_urls(self.start_urls, allow or r".", denied, max_depth=None)

    async def start(self) -> AsyncIterator[scrapy.Request]:
        for url in self.start_urls:
            yield self.start_request(url).replace(callback=self.parse_list)

    def parse(self, response: Response) -> Iterator[PageCapture | scrapy.Request]:
        """A release: its capture (redirects followed), keeping only its international news."""
        capture = self.capture(response)
        capture.keep_news = "international"
        yield capture
        if capture.location:
            yield from self.follow_redirect(capture, response)

    def parse_list(self, response: Response) -> Iterator[PageCapture | scrapy.Request]:
        if response.status != 200 or not hasattr(response, "xpath"):
            yield self.capture(response)  # a list that does not answer is recorded, as any failed page
            return
        depth = self.depth_of(response) + 1
        days = []
        for item in response.xpath(ITEMS):
            href, published = item.xpath(ITEM_LINK).get(), item.xpath(ITEM_DATE).get()
            if not href or not published:
                continue
            day = date.fromisoformat(published[:10])
            days.append(day)
            url = response.urljoin(href)
            if not self._within_dates(day):
                self.leave_out(url, LeftOut.DATE)
                continue
            request = self.follow(url, response, depth)
            if request is not None:
                yield request
        older = response.xpath(NEXT_PAGE).get()
        # Newest first: once a page reaches back before `since`, the next ones hold only older releases.
        if older and days and (self.since is None or min(days) >= self.since):
            request = self.follow(response.urljoin(older), response, depth)
            if request is not None:
                yield request.replace(callback=self.parse_list)

    def _within_dates(self, day: date) -> bool:
        return (self.since is None or day >= self.since) and (self.until is None or day <= self.until)


def parse_day(value: str | date | None, name: str) -> date | None:
    """An ISO date (`2024-01-01`), or a number of days back from today (`90d`); None for no bound."""
    if value is None or isinstance(value, date):
        return value
    text = str(value).strip()
    if not text:
        return None
    if text.endswith("d") and text[:-1].isdigit():
        return utc_now().date() - timedelta(days=int(text[:-1]))
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ValueError(f"{name} {text!r} is not a date (YYYY-MM-DD) or a number of days (90d)") from None
