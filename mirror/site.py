"""What the mirror answers for a request target: a file of the epoch, a redirect, or a 404. No sockets here."""

from dataclasses import dataclass
from datetime import UTC, datetime, time
from email.utils import format_datetime
from html import escape
from pathlib import Path
from urllib.parse import unquote, urlsplit

from mirror.epochs import Epoch

# A fixed table rather than the mimetypes module, whose answers depend on the machine's configuration.
CONTENT_TYPES = {
    ".pdf": "application/pdf",
    ".txt": "text/plain; charset=utf-8",
    ".xml": "application/xml; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".gif": "image/gif",
    ".png": "image/png",
    ".jpg": "image/jpeg",
}
HTML_SUFFIXES = frozenset({"", ".html", ".htm"})  # files without an extension are pages, as on the portal

NOT_FOUND_BODY = (
    '<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Page introuvable</title></head>'
    "<body><h1>Page introuvable</h1><p>La page demandée n'existe pas ou plus.</p></body></html>"
).encode()
SMALL_PAGE_TYPE = "text/html; charset=utf-8"


@dataclass(frozen=True)
class SiteResponse:
    status: int
    headers: list[tuple[str, str]]
    body: bytes


class MirrorSite:
    """The files and rules of one epoch, answering request targets such as `/a/b?q=1`."""

    def __init__(self, epoch: Epoch) -> None:
        self.epoch = epoch
        self._root = epoch.site_dir.resolve()
        self._last_modified = format_datetime(datetime.combine(epoch.captured_date, time(), tzinfo=UTC), usegmt=True)

    def respond(self, target: str, served_origin: str) -> SiteResponse:
        """The answer to a GET of `target`; redirect locations are absolute on `served_origin`."""
        path = unquote(urlsplit(target).path)
        redirect = self.epoch.redirects.get(path)
        if redirect is not None:
            location = served_origin + redirect.to
            link = escape(redirect.to)
            body = f'<!DOCTYPE html><html><body><a href="{link}">{link}</a></body></html>'.encode()
            return _response(redirect.status, body, SMALL_PAGE_TYPE, [("Location", location)])
        file = self.file_for(path)
        if file is None:
            return _response(404, NOT_FOUND_BODY, SMALL_PAGE_TYPE)
        headers = [("Last-Modified", self._last_modified)]
        overrides = self.epoch.headers.get(path, {})
        content_type = next((value for name, value in overrides.items() if name.lower() == "content-type"),
                            self.content_type(file))
        headers += [(name, value) for name, value in overrides.items() if name.lower() != "content-type"]
        return _response(200, file.read_bytes(), content_type, headers)

    def file_for(self, path: str) -> Path | None:
        """The file serving a decoded URL path, or None; never a file outside the epoch's site folder."""
        if not path.startswith("/") or "\x00" in path or "\\" in path:
            return None
        relative = path[1:] + ("index.html" if path.endswith("/") else "")
        parts = relative.split("/")
        if any(part in ("", ".", "..") for part in parts):
            return None
        candidate = self._root.joinpath(*parts).resolve()
        if not candidate.is_relative_to(self._root) or not candidate.is_file():
            return None
        return candidate

    def content_type(self, file: Path) -> str:
        suffix = file.suffix.lower()
        if suffix in HTML_SUFFIXES:
            return f"text/html; charset={self.epoch.default_charset}"
        return CONTENT_TYPES.get(suffix, "application/octet-stream")


def _response(status: int, body: bytes, content_type: str,
              extra_headers: list[tuple[str, str]] | None = None) -> SiteResponse:
    headers = [("Content-Type", content_type), *(extra_headers or []), ("Content-Length", str(len(body)))]
    return SiteResponse(status, headers, body)
