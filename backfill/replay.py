"""Fetching one archived capture in raw mode (`id_`): the payload as archived, with no rewriting."""

import re
from dataclasses import dataclass
from datetime import UTC, datetime
from urllib.parse import urljoin, urlsplit

from backfill.cdx import CdxCapture
from backfill.errors import BackfillError
from backfill.fetch import HttpResponse, PoliteClient

REDIRECTS = frozenset({301, 302, 303, 307, 308})
# An archive may send us to the nearest capture it really has; more hops than this is a loop.
MAX_ARCHIVE_REDIRECTS = 3
_RAW_TIMESTAMP = re.compile(r"/(\d{14})id_/")


@dataclass(frozen=True)
class RawCapture:
    response: HttpResponse
    captured_at: datetime  # when the archive captured what it served


def default_replay_prefix(cdx_endpoint: str) -> str | None:
    """Where a known kind of CDX server replays captures: the Wayback Machine's `/web`, pywb's collection."""
    parts = urlsplit(cdx_endpoint)
    origin = f"{parts.scheme}://{parts.netloc}"
    if parts.path.rstrip("/").endswith("/cdx/search/cdx"):
        return origin + parts.path.rstrip("/")[: -len("/cdx/search/cdx")] + "/web"
    if parts.path.rstrip("/").endswith("/cdx"):
        return origin + parts.path.rstrip("/")[: -len("/cdx")]
    return None


def raw_url(replay_prefix: str, timestamp: str, url: str) -> str:
    return f"{replay_prefix.rstrip('/')}/{timestamp}id_/{url}"


def fetch_raw(client: PoliteClient, replay_prefix: str, capture: CdxCapture) -> RawCapture:
    """The capture as the archive serves it raw, following the archive's own redirects to a nearby capture."""
    url = raw_url(replay_prefix, capture.timestamp, capture.url)
    for _ in range(MAX_ARCHIVE_REDIRECTS + 1):
        response = client.get(url)
        location = response.header("Location")
        target = urljoin(url, location) if location else ""
        # A redirect out of the archive is one the site itself sent: the caller sees it is no 200.
        if response.status not in REDIRECTS or not target.startswith(replay_prefix.rstrip("/") + "/"):
            return RawCapture(response, _captured_at(url, capture))
        url = target
    raise BackfillError(f"{capture.url} at {capture.timestamp}: the archive does not settle on a capture "
                        f"(last redirect to {location})")


def _captured_at(url: str, capture: CdxCapture) -> datetime:
    found = _RAW_TIMESTAMP.search(url)
    if not found:
        return capture.captured_at
    return datetime.strptime(found.group(1), "%Y%m%d%H%M%S").replace(tzinfo=UTC)
