"""The WARC file of a snapshot: the raw HTTP request and response of every capture (WARC/1.1, gzip per record).

A response whose payload is already archived (earlier in this snapshot or in an earlier snapshot) is written
as a `revisit` record (profile identical-payload-digest) that names the original, so an unchanged page costs
its headers only.
"""

import os
import re
import uuid
from collections.abc import Iterable
from datetime import datetime
from io import BytesIO
from pathlib import Path
from urllib.parse import urlsplit

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from archive.cdxj import index_line, write_index
from archive.errors import ArchiveError
from archive.payloads import PayloadIndex, StoredPayload, payload_digest
from archive.timestamps import iso_utc

WARC_VERSION = "1.1"
WARC_SPEC = "https://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.1/"

Headers = list[tuple[str, str]]

_STATUS_LINE = re.compile(r"^(HTTP/\d(?:\.\d)?) (\d{3})(?: (.*))?$")
# The crawler hands over the decoded body, so these no longer describe it: they are kept under
# an X-Archive-Orig- name (the usual WARC convention) so that replay tools do not decode twice.
_ENCODING_HEADERS = ("content-encoding", "transfer-encoding")
_ORIGINAL_PREFIX = "X-Archive-Orig-"


def parse_status_line(status_line: str) -> tuple[str, int, str]:
    """`HTTP/1.1 200 OK` -> ("HTTP/1.1", 200, "OK")."""
    match = _STATUS_LINE.match(status_line or "")
    if match is None:
        raise ArchiveError(f"{status_line!r} is not an HTTP status line (expected e.g. 'HTTP/1.1 200 OK')")
    protocol, code, reason = match.groups()
    return protocol, int(code), reason or ""


def headers_for_stored_body(headers: Headers, body_length: int) -> Headers:
    """Response headers that describe the body as stored (decoded, with its real length)."""
    stored: Headers = []
    for name, value in headers:
        lowered = name.lower()
        if lowered in _ENCODING_HEADERS or (lowered == "content-length" and value.strip() != str(body_length)):
            stored.append((_ORIGINAL_PREFIX + name, value))
        else:
            stored.append((name, value))
    if not any(name.lower() == "content-length" for name, _ in stored):
        stored.append(("Content-Length", str(body_length)))
    return stored


def _checked_headers(headers: Iterable[tuple[str, str]], what: str) -> Headers:
    checked = []
    for pair in headers:
        if len(pair) != 2 or not all(isinstance(part, str) for part in pair):
            raise ArchiveError(f"{what} must be (name, value) pairs of str, got {pair!r}")
        checked.append((pair[0], pair[1]))
    return checked


class CaptureWarcWriter:
    """Appends captures to one WARC file and says where each response (or revisit) record landed.

    Record ids are derived from the snapshot id and a counter, and dates come from the caller, so
    the same input always makes the same bytes. With `payloads`, a non-empty payload found there is
    written as a revisit of its first copy, and each new payload is added to it; without, every
    response is written in full.
    """

    def __init__(self, path: Path, *, snapshot_id: str, created_at: datetime, info: dict[str, str],
                 payloads: PayloadIndex | None = None) -> None:
        self._snapshot_id = snapshot_id
        self._file_name = path.name
        self._payloads = payloads
        self._records_written = 0
        self._index_lines: list[str] = []
        self._file = path.open("xb")
        self._writer = WARCWriter(self._file, gzip=True, warc_version=WARC_VERSION)
        self._write_warcinfo(path.name, created_at, info)

    def _next_record_id(self) -> str:
        self._records_written += 1
        name = f"paris-archive:{self._snapshot_id}/record/{self._records_written}"
        return f"<urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, name)}>"

    def _write_warcinfo(self, filename: str, created_at: datetime, info: dict[str, str]) -> None:
        fields = {"format": f"WARC File Format {WARC_VERSION}", "conformsTo": WARC_SPEC, **info}
        payload = "".join(f"{name}: {value}\r\n" for name, value in fields.items() if value).encode("utf-8")
        record = self._writer.create_warc_record(
            "",
            "warcinfo",
            payload=BytesIO(payload),
            length=len(payload),
            warc_headers_dict={
                "WARC-Record-ID": self._next_record_id(),
                "WARC-Date": iso_utc(created_at, "WARC date"),
                "WARC-Filename": filename,
            },
        )
        self._writer.write_record(record)

    def write_capture(
        self,
        *,
        target_uri: str,
        fetched_at: datetime,
        status_line: str,
        request_headers: Headers,
        response_headers: Headers,
        body: bytes,
    ) -> tuple[int, int]:
        """Write the response (or a revisit of its payload) and its GET request; return (offset, length)
        of the response or revisit record."""
        protocol, code, reason = parse_status_line(status_line)
        if not isinstance(body, bytes):
            raise ArchiveError(f"body of {target_uri} must be bytes, not {type(body).__name__}")
        warc_date = iso_utc(fetched_at, f"fetch time of {target_uri}")
        response_id, request_id = self._next_record_id(), self._next_record_id()

        stored_headers = headers_for_stored_body(_checked_headers(response_headers, "response headers"), len(body))
        response_http = StatusAndHeaders(f"{code} {reason}".rstrip(), stored_headers, protocol=protocol)
        warc_headers = {"WARC-Record-ID": response_id, "WARC-Date": warc_date}
        digest = payload_digest(body)
        original = self._payloads.find(digest) if self._payloads is not None and body else None
        if original is None:
            response = self._writer.create_warc_record(
                target_uri, "response", payload=BytesIO(body), length=len(body),
                http_headers=response_http, warc_headers_dict=warc_headers,
            )
        else:
            response = self._writer.create_revisit_record(
                target_uri, digest, original.target_uri, original.warc_date,
                http_headers=response_http, warc_headers_dict=warc_headers,
            )
        request_http = StatusAndHeaders(
            f"GET {_request_target(target_uri)} {protocol}",
            _checked_headers(request_headers, "request headers"),
            is_http_request=True,
        )
        request = self._writer.create_warc_record(
            target_uri,
            "request",
            http_headers=request_http,
            warc_headers_dict={"WARC-Record-ID": request_id, "WARC-Date": warc_date, "WARC-Concurrent-To": response_id},
        )

        offset = self._file.tell()
        self._writer.write_record(response)
        length = self._file.tell() - offset
        self._writer.write_record(request)
        self._index_lines.append(index_line(
            url=target_uri, warc_date=warc_date, content_type=_first_value(stored_headers, "content-type"),
            revisit=original is not None, status=code, digest=digest, offset=offset, length=length,
            filename=self._file_name,
        ))
        if original is None and self._payloads is not None:
            self._payloads.add(StoredPayload(digest, self._snapshot_id, self._file_name, offset, length,
                                             target_uri, warc_date))
        return offset, length

    def write_index(self, index_path: Path) -> None:
        """The CDXJ index of every response and revisit record written."""
        write_index(self._index_lines, index_path)

    def close(self) -> None:
        """Flush to disk and close; safe to call twice."""
        if self._file.closed:
            return
        self._file.flush()
        os.fsync(self._file.fileno())
        self._file.close()


def _first_value(headers: Headers, name: str) -> str | None:
    return next((value for header, value in headers if header.lower() == name), None)


def _request_target(url: str) -> str:
    parts = urlsplit(url)
    return (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
