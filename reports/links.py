"""Links from a report to the live page and to its archived copy (a record of a snapshot's WARC file, replayed)."""

import re
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from urllib.parse import quote, urlsplit

from archive.errors import ArchiveError
from archive.replay import capture_at, collection_name

LINK_SCHEMES = ("http", "https")
# Where `paris-archive replay` listens by default: links open for a reader who runs it on the archive's machine.
DEFAULT_REPLAY_URL = "http://127.0.0.1:8080"
# What a browser drops from a URL before reading its scheme: tabs and newlines anywhere, and C0 controls and
# spaces at either end. "java\tscript:" is javascript: to a browser, so it is checked as such.
_DROPPED_ANYWHERE = re.compile(r"[\t\n\r]")
_DROPPED_AT_ENDS = "".join(map(chr, range(0x21)))
# Kept as they are in a link; anything else (spaces, quotes, parentheses, angle brackets) is percent-encoded,
# so that no link can close its HTML attribute or its Markdown parentheses.
_URL_CHARACTERS = "/:?#[]@!$&'*+,;=%~-._"


def http_link(url: object) -> str | None:
    """`url` as a link a reader may follow, if it is an absolute http(s) URL, else None (`javascript:`, `data:`,
    `vbscript:`, relative or scheme-relative links, whatever their case or the whitespace hidden in them)."""
    if not isinstance(url, str):
        return None
    cleaned = _DROPPED_ANYWHERE.sub("", url).strip(_DROPPED_AT_ENDS)
    try:
        parts = urlsplit(cleaned)
    except ValueError:  # e.g. an unclosed IPv6 bracket
        return None
    if parts.scheme.lower() not in LINK_SCHEMES or not parts.hostname:
        return None
    return quote(cleaned, safe=_URL_CHARACTERS)


@dataclass(frozen=True)
class ArchiveLinks:
    """Links to archived copies on the archive's replay server (`paris-archive replay`): `replay_url` is its
    address as readers reach it (e.g. https://archives.example.org), the archive its collection there."""

    root: Path
    replay_url: str
    _captures: dict = field(default_factory=dict, compare=False, repr=False)  # snapshot id -> its index

    @classmethod
    def for_folder(cls, root: Path | str, base_url: str | None = None) -> "ArchiveLinks":
        """Links under `base_url`, an http(s) URL, else to `paris-archive replay` run on the reader's machine."""
        checked = http_link(base_url if base_url is not None else DEFAULT_REPLAY_URL)
        if checked is None:
            raise ArchiveError(f"archive URL {base_url!r} is not an http(s) URL: readers follow it from the report")
        return cls(Path(root), checked.rstrip("/"))

    @property
    def collection_url(self) -> str:
        return f"{self.replay_url}/{quote(collection_name(self.root))}"

    def capture(self, snapshot_id: str, warc_file: str | None, warc_offset: int | None) -> dict | None:
        """The archived copy as pywb replays it, at its capture time; None if nothing was captured."""
        if not warc_file or warc_offset is None:
            return None
        found = capture_at(self.root, snapshot_id, warc_file, warc_offset, self._captures)
        href = http_link(f"{self.collection_url}/{found.timestamp}/{found.url}") if found else None
        if href is None:
            return None
        moment = datetime.strptime(found.timestamp, "%Y%m%d%H%M%S")
        captured = f"{moment:%Y-%m-%d %H:%M} UTC"
        return {"href": href, "label": f"snapshot {snapshot_id}, captured {captured}", "snapshot_id": snapshot_id,
                "captured": captured}
