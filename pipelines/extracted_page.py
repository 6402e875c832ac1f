"""A capture with what the parsers made of it, as the archive pipeline receives it (no parsers loaded here)."""

from dataclasses import dataclass, field
from http import HTTPStatus

from scraper.items import PageCapture


@dataclass
class ExtractedPage:
    """A capture with its live URLs and extraction results, ready for the snapshot writer."""

    capture: PageCapture
    page: dict
    facts: list[dict] = field(default_factory=list)
    news: list[dict] = field(default_factory=list)


def status_line(http_version: str, status: int) -> str:
    """`HTTP/1.1 200 OK`, as a WARC response record starts."""
    try:
        reason = HTTPStatus(status).phrase
    except ValueError:
        reason = ""
    return f"{http_version} {status} {reason}".rstrip()
