"""Links from a report to the live page and to its archived copy (a record in a snapshot's WARC file)."""

import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote, urlsplit

from archive.errors import ArchiveError

LINK_SCHEMES = ("http", "https")
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
    """`base_url` is where readers reach the archive folder: a `file://` URL on this machine, or the
    URL an archive is published under (e.g. https://archives.example.org/paris)."""

    base_url: str

    @classmethod
    def for_folder(cls, root: Path | str, base_url: str | None = None) -> "ArchiveLinks":
        """Links under `base_url`, an http(s) URL, else to the folder itself (its `file://` URL)."""
        if base_url is None:
            return cls(Path(root).resolve().as_uri().rstrip("/"))
        checked = http_link(base_url)
        if checked is None:
            raise ArchiveError(f"archive URL {base_url!r} is not an http(s) URL: readers follow it from the report")
        return cls(checked.rstrip("/"))

    def capture(self, snapshot_id: str, warc_file: str | None, warc_offset: int | None) -> dict | None:
        """The archived copy: a link to the WARC file and where its record starts; None if nothing was captured."""
        if not warc_file or warc_offset is None:
            return None
        return {
            "href": f"{self.base_url}/snapshots/{quote(snapshot_id)}/{quote(warc_file)}",
            "label": f"snapshot {snapshot_id}, {warc_file} at byte {warc_offset}",
        }
