"""Asking a Wayback-compatible CDX server which captures it holds, and coping with the answers' quirks.

Two answer formats exist: the Internet Archive's `output=json` (a JSON array whose first row names the
columns) and pywb's (one JSON object per line). An empty body means no captures, as does `[]`.
"""

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from urllib.parse import urlencode, urlsplit

from archive.cdxj import REVISIT_MIME
from backfill.errors import BackfillError

# Column names differ between servers: the Internet Archive's on the left, pywb's on the right.
_FIELD_ALIASES = {"original": "url", "mimetype": "mime", "statuscode": "status"}


@dataclass(frozen=True)
class CdxCapture:
    urlkey: str
    timestamp: str  # 14 digits, UTC
    url: str
    mime: str | None
    status: str | None  # as the server wrote it: "200", "301", "-" for some revisits
    digest: str | None

    @property
    def captured_at(self) -> datetime:
        return datetime.strptime(self.timestamp, "%Y%m%d%H%M%S").replace(tzinfo=UTC)

    @property
    def capture_date(self) -> date:
        return self.captured_at.date()


@dataclass(frozen=True)
class Selection:
    captures: list[CdxCapture]
    skipped_status: int
    skipped_duplicates: int


def cdx_query_url(endpoint: str, url_prefix: str, start: str, end: str) -> str:
    """The query for every capture under `url_prefix` between two CDX dates (`YYYYMMDD...`, both included).

    The trailing slash is left out of the query: CDX servers key `/international/` as `/international`, so a
    prefix with the slash would miss the folder's own page. `under_prefix` then drops the neighbours.
    """
    query = urlencode({"url": url_prefix.rstrip("/"), "matchType": "prefix", "from": start, "to": end,
                       "output": "json"})
    return f"{endpoint}{'&' if '?' in endpoint else '?'}{query}"


def under_prefix(url: str, url_prefix: str) -> bool:
    """Whether `url` (any scheme, default port or not) is under `url_prefix`, the folder's own page included."""
    parts = urlsplit(url)
    host = (parts.hostname or "") + (f":{parts.port}" if parts.port not in (None, 80, 443) else "")
    address = host + parts.path + (f"?{parts.query}" if parts.query else "")
    return address.startswith(url_prefix) or address + "/" == url_prefix


def parse_cdx(text: str, where: str) -> list[CdxCapture]:
    """The captures of one CDX answer, in either JSON format."""
    text = text.strip()
    if not text:
        return []
    try:
        if text.startswith("["):
            rows = json.loads(text)
            records = [dict(zip(rows[0], row, strict=True)) for row in rows[1:]] if rows else []
        else:
            records = [json.loads(line) for line in text.splitlines() if line.strip()]
        return [_capture(record) for record in records]
    except (json.JSONDecodeError, KeyError, TypeError, ValueError, IndexError) as exc:
        raise BackfillError(f"{where} did not answer in a CDX JSON format ({type(exc).__name__}: {exc})") from None


def _capture(record: dict) -> CdxCapture:
    fields = {_FIELD_ALIASES.get(name, name): value for name, value in record.items()}
    timestamp = str(fields["timestamp"])
    if len(timestamp) < 4 or not timestamp.isdigit():
        raise ValueError(f"timestamp {timestamp!r} is not a CDX timestamp")
    return CdxCapture(
        urlkey=fields.get("urlkey") or fields["url"],
        timestamp=timestamp.ljust(14, "0")[:14],
        url=fields["url"],
        mime=fields.get("mime"),
        status=fields.get("status"),
        digest=fields.get("digest"),
    )


def select_captures(captures: Iterable[CdxCapture]) -> Selection:
    """The captures worth fetching, oldest first: the first of each page on each date, answered 200.

    A revisit listed without a status ("-") repeats an earlier capture's payload; it is kept and its
    fetched status decides. Every other status is skipped, and so is a page seen again on the same date
    (the same capture listed twice, or a second capture that day).
    """
    chosen: dict[tuple[date, str], CdxCapture] = {}
    skipped_status = skipped_duplicates = 0
    for capture in sorted(captures, key=lambda c: (c.timestamp, c.urlkey)):
        if not _answered_ok(capture):
            skipped_status += 1
        elif (capture.capture_date, capture.urlkey) in chosen:
            skipped_duplicates += 1
        else:
            chosen[(capture.capture_date, capture.urlkey)] = capture
    return Selection(list(chosen.values()), skipped_status, skipped_duplicates)


def _answered_ok(capture: CdxCapture) -> bool:
    return capture.status == "200" or (capture.mime == REVISIT_MIME and capture.status in (None, "-"))
