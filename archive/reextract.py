"""Re-extraction: rebuild a snapshot's tables from its raw captures with the current parsers, without re-crawling.

The new snapshot (source `reextract`) keeps the parent's pages in the parent's order and stores each capture
again; since every payload is already archived, its WARC holds revisit records only. It is named after the
parent's capture time (`<parent>-2`, ...), so that history stays in capture order.
"""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from functools import partial
from pathlib import Path
from typing import Protocol

import pyarrow.parquet as pq

from archive.captures import StoredCapture, iter_captures
from archive.errors import ArchiveError
from archive.payloads import PayloadIndex
from archive.store import Archive
from archive.writer import SnapshotWriter
from shared.workers import Workers

SOURCE = "reextract"
# Set by the writer for the new snapshot, never copied from the parent.
_WRITER_COLUMNS = ("snapshot_id", "warc_file", "warc_offset", "warc_length")


class ExtractedRows(Protocol):
    page: dict
    facts: list[dict]
    news: list[dict]


# (the parent's pages row, its raw capture or None when no response was archived) -> the new rows
Extractor = Callable[[dict, StoredCapture | None], ExtractedRows]


@dataclass(frozen=True)
class ExtractorInfo:
    extract: Extractor  # picklable (a module's function, or a partial of one) when workers are processes
    version: str


@dataclass(frozen=True)
class _Rows:
    page: dict
    facts: list[dict]
    news: list[dict]


def reextract_snapshot(root: Path, parent_id: str, extractor: ExtractorInfo, *, code_version: str,
                       clock: Callable[[], datetime], pid: int, workers: Workers | None = None) -> dict:
    """Write a new snapshot from the raw captures of `parent_id` and return its manifest.

    The pages are parsed by `workers` (in this process when None) and written in the parent's order, so the
    snapshot is the same whatever the number of workers."""
    archive = Archive(root)
    parent_id = archive.resolve(parent_id)
    parent = archive.manifest(parent_id)
    pages = pq.read_table(archive.table_path(parent_id, "pages")).to_pylist()
    payloads = PayloadIndex.of_archive(archive.root)
    captures = dict(iter_captures(archive.warc(parent_id), payloads))
    writer = SnapshotWriter(
        archive.root,
        source=SOURCE,
        start_urls=parent["start_urls"],
        code_version=code_version,
        extractor_version=extractor.version,
        clock=clock,
        pid=pid,
        extra={**parent.get("extra", {}), "parent_snapshot_id": parent_id,
               "parent_extractor_version": parent["extractor_version"], "parent_source": parent["source"]},
        snapshot_time=_capture_time(parent_id),
    )
    writer.open()
    stats = {"parent_snapshot_id": parent_id, "pages": 0, "captures": 0, "revisits_resolved": 0,
             "extraction_errors": 0}
    try:
        pairs = [(row, _capture_of(row, captures)) for row in pages]
        extracted_rows = (workers or Workers(1)).map(partial(_extract_rows, extractor.extract), pairs)
        for (row, capture), extracted in zip(pairs, extracted_rows, strict=True):
            _store_page(writer, row, capture, extracted, stats)
    except Exception as exc:
        writer.fail(f"re-extraction failed: {type(exc).__name__}: {exc}", stats)
        raise
    return writer.commit(stats)


def _capture_of(row: dict, captures: dict[int, StoredCapture]) -> StoredCapture | None:
    offset = row.get("warc_offset")
    if offset is None:
        return None
    capture = captures.get(offset)
    if capture is None:
        raise ArchiveError(f"the pages row of {row['url']} points at offset {offset}, where no capture starts")
    return capture


def _extract_rows(extract: Extractor, pair: tuple[dict, StoredCapture | None]) -> _Rows:
    """The rows only, without the capture they came from: a worker sends back no body."""
    extracted = extract(*pair)
    return _Rows(extracted.page, extracted.facts, extracted.news)


def _store_page(writer: SnapshotWriter, row: dict, capture: StoredCapture | None, extracted: _Rows,
                stats: dict) -> None:
    page = {key: value for key, value in extracted.page.items() if key not in _WRITER_COLUMNS}
    stats["pages"] += 1
    stats["extraction_errors"] += (page.get("error") or "").startswith("extraction failed")
    if capture is None:
        writer.add_capture(page, body=b"", status_line="", request_headers=[], response_headers=[],
                           warc_target_uri=row["url"])
    else:
        stats["captures"] += 1
        stats["revisits_resolved"] += capture.revisit_of is not None
        writer.add_capture(page, body=capture.body, status_line=capture.status_line,
                           request_headers=list(capture.request_headers), response_headers=list(capture.headers),
                           warc_target_uri=capture.target_uri)
    writer.add_facts(extracted.facts)
    writer.add_news(extracted.news)


def _capture_time(snapshot_id: str) -> datetime:
    return datetime.strptime(snapshot_id[:16] + "+0000", "%Y%m%dT%H%M%SZ%z")
