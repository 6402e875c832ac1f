"""The CDXJ index beside each WARC file: one line per response or revisit record, sorted by SURT key and time.

The index is written by Webrecorder's own indexer, so it is what pywb and WACZ tools expect; each line also
keeps the record's full `WARC-Date`, which revisit records must repeat exactly.
"""

import json
from dataclasses import dataclass
from pathlib import Path

from cdxj_indexer.main import CDXJIndexer

from archive.errors import ArchiveError

REVISIT_MIME = "warc/revisit"
# Besides the standard fields (url, mime, status, digest, length, offset, filename).
_EXTRA_FIELDS = "warc-date"
_RECORDS = "response,revisit"


@dataclass(frozen=True)
class IndexEntry:
    """One line of a CDXJ index."""

    urlkey: str
    timestamp: str  # 14 digits, UTC
    url: str
    mime: str | None
    status: int | None
    digest: str | None  # "sha1:<base32>", as in WARC-Payload-Digest
    offset: int
    length: int
    filename: str
    warc_date: str | None

    @property
    def is_revisit(self) -> bool:
        return self.mime == REVISIT_MIME


def write_index(warc_path: Path, index_path: Path) -> None:
    """Index every response and revisit record of `warc_path` into `index_path` (sorted CDXJ)."""
    # The record types are named, not left to the default, which the `wacz` package changes when imported.
    CDXJIndexer(output=str(index_path), inputs=[str(warc_path)], sort=True, fields=_EXTRA_FIELDS,
                records=_RECORDS).process_all()


def read_index(index_path: Path) -> list[IndexEntry]:
    """Every entry of a CDXJ file; a line that is not CDXJ is an ArchiveError naming the file and line."""
    try:
        text = index_path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ArchiveError(f"CDXJ index {index_path} does not exist") from None
    except UnicodeDecodeError:
        raise ArchiveError(f"CDXJ index {index_path} is not UTF-8 text") from None
    return [parse_line(line, f"{index_path}:{number}") for number, line in enumerate(text.splitlines(), 1) if line]


def parse_line(line: str, where: str) -> IndexEntry:
    urlkey, _, rest = line.partition(" ")
    timestamp, _, block = rest.partition(" ")
    try:
        fields = json.loads(block)
        return IndexEntry(
            urlkey=urlkey,
            timestamp=_timestamp(timestamp),
            url=fields["url"],
            mime=fields.get("mime"),
            status=int(fields["status"]) if str(fields.get("status", "")).isdigit() else None,
            digest=fields.get("digest"),
            offset=int(fields["offset"]),
            length=int(fields["length"]),
            filename=fields["filename"],
            warc_date=fields.get("warc-date"),
        )
    except (json.JSONDecodeError, KeyError, TypeError, ValueError) as exc:
        raise ArchiveError(f"{where} is not a CDXJ line ({type(exc).__name__}: {exc})") from None


def _timestamp(text: str) -> str:
    if len(text) != 14 or not text.isdigit():
        raise ValueError(f"timestamp {text!r} is not 14 digits")
    return text
