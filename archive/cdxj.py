"""The CDXJ index beside each WARC file: one line per response or revisit record, sorted by SURT key and time.

The lines are the ones Webrecorder's cdxj-indexer writes for the file (the tests compare the two), so they are
what pywb and WACZ tools expect; each also keeps the record's full `WARC-Date`, which revisit records must
repeat exactly. They are made as the records are written: indexing the finished file again would read back
every record of the crawl.
"""

import json
import re
from dataclasses import dataclass
from pathlib import Path

from surt import surt

from archive.errors import ArchiveError

REVISIT_MIME = "warc/revisit"
_MEDIA_TYPE_END = re.compile(r"[;\s]")


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


def index_line(*, url: str, warc_date: str, content_type: str | None, revisit: bool, status: int, digest: str,
               offset: int, length: int, filename: str) -> str:
    """The CDXJ line of one response (or revisit) record; `warc_date` is its `WARC-Date` (ISO 8601, UTC)."""
    mime = REVISIT_MIME if revisit else _media_type(content_type)
    fields = {"url": url, "mime": mime, "status": str(status), "digest": digest, "length": str(length),
              "offset": str(offset), "filename": filename, "warc-date": warc_date}
    present = {name: value for name, value in fields.items() if value is not None}
    timestamp = re.sub(r"\D", "", warc_date)[:14]
    return f"{_url_key(url)} {timestamp} {json.dumps(present)}"


def _url_key(url: str) -> str:
    try:
        return surt(url)
    except Exception:  # noqa: BLE001 - as cdxj-indexer does: a URL SURT cannot read is its own key
        return url


def _media_type(content_type: str | None) -> str | None:
    return _MEDIA_TYPE_END.split(content_type, maxsplit=1)[0].strip() if content_type else None


def write_index(lines: list[str], index_path: Path) -> None:
    """Write index lines sorted, as CDXJ readers expect to find them."""
    index_path.write_text("".join(f"{line}\n" for line in sorted(lines)), encoding="utf-8")


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
