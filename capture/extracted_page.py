"""A capture with what the parsers made of it, and how it goes into a snapshot (no parsers loaded here)."""

from dataclasses import dataclass, field
from http import HTTPStatus
from typing import TYPE_CHECKING

from scraper.items import PageCapture

if TYPE_CHECKING:
    from archive import SnapshotWriter


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


def store_extracted_page(writer: "SnapshotWriter", extracted: ExtractedPage, target_uri: str) -> None:
    """The capture's WARC records with its page row, then its facts and news; no status: the row alone."""
    capture = extracted.capture
    writer.add_capture(
        extracted.page,
        body=capture.body,
        status_line=status_line(capture.http_version, capture.status) if capture.status else "",
        request_headers=capture.request_headers,
        response_headers=capture.response_headers,
        warc_target_uri=target_uri,
    )
    writer.add_facts(extracted.facts)
    writer.add_news(extracted.news)
