"""What the crawl and its archive tell each other, whichever process the archive runs in (no parsers, no pyarrow)."""

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from scraper.origins import OriginMap


@dataclass(frozen=True)
class SnapshotPlan:
    """Everything the archive needs to know about a crawl before its first page."""

    root: Path
    source: str
    start_urls: list[str]  # live URLs
    code_version: str | None
    extractor_version: str
    clock: Callable[[], datetime]
    started_at: datetime  # when the crawl started: its first fetches may come before the snapshot is open
    pid: int  # the crawl's process: while it lives, the run is running
    origins: OriginMap
    revisits: bool = True
    extra: dict = field(default_factory=dict)
    extraction_seconds: float | None = None  # a page parsing longer is archived unparsed, with the reason


@dataclass(frozen=True)
class ArchivedPage:
    """What the crawl learns of a page once it is archived (the item Scrapy's feeds export)."""

    url: str
    status: int | None
    facts: int
    news: int
    error: str | None

    @property
    def extraction_failed(self) -> bool:
        return (self.error or "").startswith("extraction failed")


class ArchiverError(RuntimeError):
    """The archive could not do what the crawl asked; the message is its exception, as text."""


def describe_error(exc: BaseException) -> str:
    """`RowError: ...`: an exception as text, the form in which it crosses from the archive's process."""
    return f"{type(exc).__name__}: {exc}"
