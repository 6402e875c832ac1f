"""Reading raw captures back from WARC files, with revisit records resolved to the payload they repeat."""

from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path

import pyarrow.parquet as pq
from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed
from warcio.recordloader import ArcWarcRecord

from archive.errors import ArchiveError
from archive.layout import Layout
from archive.payloads import PayloadIndex, StoredPayload, payload_digest
from archive.store import Archive
from archive.warc import Headers

CAPTURE_RECORDS = ("response", "revisit")


@dataclass(frozen=True)
class StoredCapture:
    """One archived HTTP exchange: the response as stored and, for a revisit, the payload it repeats."""

    target_uri: str
    warc_date: str
    status_line: str  # e.g. "HTTP/1.1 200 OK"
    headers: Headers  # response headers as stored
    body: bytes
    request_headers: tuple[tuple[str, str], ...] = ()  # filled in by iter_captures, from the request record
    revisit_of: StoredPayload | None = None

    @property
    def status(self) -> int:
        return int(self.status_line.split(" ")[1])


def read_capture(warc_path: Path, offset: int, payloads: PayloadIndex | None = None) -> tuple[Headers, bytes]:
    """The HTTP headers (as stored) and body of the response or revisit record at `offset`."""
    capture = load_capture(warc_path, offset, payloads)
    return list(capture.headers), capture.body


def load_capture(warc_path: Path, offset: int, payloads: PayloadIndex | None = None) -> StoredCapture:
    """The capture whose record starts at `offset` of `warc_path`.

    A revisit is resolved with `payloads`; by default, with the payloads of the archive whose snapshot
    folder holds the file.
    """
    record_path = Path(warc_path)
    try:
        with record_path.open("rb") as handle:
            handle.seek(offset)
            record = next(iter(ArchiveIterator(handle)), None)
            if record is None:
                raise ArchiveError(f"no WARC record at offset {offset} of {warc_path} (wrong offset or truncated file)")
            if record.rec_type not in CAPTURE_RECORDS:
                kind = record.rec_type
                raise ArchiveError(f"the record at offset {offset} of {warc_path} is a {kind}, "
                                   "not a response or a revisit")
            capture = _capture_of(record)
    except FileNotFoundError:
        raise ArchiveError(f"WARC file {warc_path} does not exist") from None
    except ArchiveLoadFailed:
        # warcio's message quotes the undecodable bytes, which says nothing useful to a reader.
        raise ArchiveError(f"offset {offset} of {warc_path} is not the start of a WARC record") from None
    if record.rec_type == "revisit":
        return resolve_revisit(capture, record.rec_headers.get_header("WARC-Payload-Digest"),
                               payloads if payloads is not None else payloads_around(record_path))
    return capture


def iter_captures(warc_path: Path, payloads: PayloadIndex) -> Iterator[tuple[int, StoredCapture]]:
    """(offset, capture) of every response and revisit record of a WARC file, in file order, revisits resolved
    and each with the headers of the request record that follows it."""
    pending: tuple[int, StoredCapture, str] | None = None
    try:
        with Path(warc_path).open("rb") as handle:
            records = ArchiveIterator(handle)
            for record in records:
                if record.rec_type in CAPTURE_RECORDS:
                    if pending:
                        yield pending[0], pending[1]
                    capture = _capture_of(record)
                    if record.rec_type == "revisit":
                        digest = record.rec_headers.get_header("WARC-Payload-Digest")
                        capture = resolve_revisit(capture, digest, payloads)
                    pending = (records.get_record_offset(), capture, record.rec_headers.get_header("WARC-Record-ID"))
                elif record.rec_type == "request" and pending and (
                        record.rec_headers.get_header("WARC-Concurrent-To") == pending[2]):
                    headers = tuple(record.http_headers.headers) if record.http_headers else ()
                    yield pending[0], replace(pending[1], request_headers=headers)
                    pending = None
    except FileNotFoundError:
        raise ArchiveError(f"WARC file {warc_path} does not exist") from None
    except ArchiveLoadFailed as exc:
        raise ArchiveError(f"{warc_path} is not a readable WARC file ({str(exc).splitlines()[0][:120]})") from None
    if pending:
        yield pending[0], pending[1]


def _capture_of(record: ArcWarcRecord) -> StoredCapture:
    http = record.http_headers
    if http is None:
        raise ArchiveError(f"the {record.rec_type} record of {record.rec_headers.get_header('WARC-Target-URI')} "
                           "has no HTTP headers")
    return StoredCapture(
        target_uri=record.rec_headers.get_header("WARC-Target-URI"),
        warc_date=record.rec_headers.get_header("WARC-Date"),
        status_line=f"{http.protocol} {http.statusline}".strip(),
        headers=list(http.headers),
        body=record.content_stream().read(),
    )


def resolve_revisit(revisit: StoredCapture, digest: str | None, payloads: PayloadIndex) -> StoredCapture:
    """The revisit with the payload of the record it refers to (its own headers are kept: they were sent then)."""
    original = payloads.find(digest) if digest else None
    if original is None:
        raise ArchiveError(f"the revisit of {revisit.target_uri} at {revisit.warc_date} repeats a payload "
                           f"({digest or 'no digest'}) that no snapshot of the archive holds")
    body = _original_body(payloads.warc_path(original), original)
    return replace(revisit, body=body, revisit_of=original)


def _original_body(path: Path, original: StoredPayload) -> bytes:
    try:
        with path.open("rb") as handle:
            handle.seek(original.offset)
            record = next(iter(ArchiveIterator(handle)), None)
            body = record.content_stream().read() if record is not None and record.rec_type == "response" else None
    except (FileNotFoundError, ArchiveLoadFailed):
        body = None
    if body is None or payload_digest(body) != original.digest:
        raise ArchiveError(f"the payload {original.digest} of {original.target_uri} is not at offset "
                           f"{original.offset} of {path} any more (run `paris-archive verify`)")
    return body


def payloads_around(warc_path: Path) -> PayloadIndex:
    """The payloads of the archive whose snapshot folder holds `warc_path` (ARCHIVE/snapshots/<id>/<file>)."""
    return PayloadIndex.of_archive(Layout.around(warc_path).root)


def capture_of_page(archive: Archive, snapshot_id: str, url: str,
                    payloads: PayloadIndex | None = None) -> tuple[dict, StoredCapture]:
    """The pages row of `url` in a snapshot and its raw capture."""
    snapshot_id = archive.resolve(snapshot_id)
    table = pq.read_table(archive.table_path(snapshot_id, "pages"), filters=[("url", "=", url)])
    rows = table.to_pylist()
    if not rows:
        raise ArchiveError(f"snapshot {snapshot_id} has no page {url}")
    row = rows[0]
    if row.get("warc_offset") is None:
        raise ArchiveError(f"snapshot {snapshot_id} has no raw capture of {url}: {row.get('error') or 'no response'}")
    warc_path = archive.warc(snapshot_id, row.get("warc_file"))
    if payloads is None:
        payloads = PayloadIndex.of_archive(archive.root)
    return row, load_capture(warc_path, row["warc_offset"], payloads)
