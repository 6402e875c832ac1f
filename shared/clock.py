"""The crawl's clock: the time of each fetch, and of the crawl's start (a module of its own, so that the
archive's process can be handed the clock without importing Scrapy)."""

from datetime import UTC, datetime


def utc_now() -> datetime:
    return datetime.now(UTC)
