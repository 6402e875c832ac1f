"""What the spider yields: the raw capture of one response, before any parsing."""

from dataclasses import dataclass, field
from datetime import datetime


@dataclass
class PageCapture:
    """One fetched URL exactly as the server answered it (or the error that prevented an answer)."""

    url: str
    fetched_at: datetime
    status: int | None = None
    http_version: str = "HTTP/1.1"
    request_headers: list[tuple[str, str]] = field(default_factory=list)
    response_headers: list[tuple[str, str]] = field(default_factory=list)
    body: bytes = b""
    # Where a redirect points (absolute URL), for 3xx responses.
    location: str | None = None
    referrer: str | None = None
    error: str | None = None
    # The source (the config's `sources` table) whose spider fetched it: `section`, `press`, ...
    source: str | None = None
    # Which of its news items to keep: "all", or "international" (a press-release source's communiqués).
    keep_news: str = "all"

    @property
    def content_type(self) -> str | None:
        for name, value in self.response_headers:
            if name.lower() == "content-type":
                return value
        return None

    @property
    def is_html(self) -> bool:
        media_type = (self.content_type or "").split(";")[0].strip().lower()
        return media_type in ("text/html", "application/xhtml+xml")
