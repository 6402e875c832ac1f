"""Writing one snapshot: rows and raw captures go to a staging folder, which becomes the snapshot only when complete."""

import json
import os
import shutil
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from archive.catalog import refresh_catalog
from archive.dedup import page_dates_by_url, unique_news
from archive.errors import ArchiveError, RowError
from archive.files import fsync_dir, fsync_file, json_text, read_json, sha256_and_size, write_json_atomic
from archive.ids import is_snapshot_id, reserve_snapshot_id
from archive.layout import INDEX_NAME, MANIFEST_NAME, WARC_NAME, Layout
from archive.libraries import library_versions
from archive.payloads import PayloadIndex
from archive.runs import COMPLETE, FAILED, RUNNING, RunRecords
from archive.schema import SCHEMA_VERSION, TABLE_NAMES
from archive.tables import check_columns, check_row, rows_to_batch, schema_for
from archive.timestamps import as_utc, iso_utc
from archive.warc import CaptureWarcWriter, Headers, parse_status_line
from shared.sites import current_site

SOURCES = ("live", "mirror", "wayback", "reextract")

_NEW, _OPEN, _COMMITTED, _FAILED = "new", "open", "committed", "failed"


class SnapshotWriter:
    """Collects one crawl and publishes it as `snapshots/<snapshot_id>/`, all at once or not at all.

    Call `open()`, then `add_*` for every capture and row, then `commit()` (or `fail()` when the
    crawl breaks). If the process dies instead, the next `open()` clears its staging folder and
    `Archive.runs()` reports the run as interrupted.

    With `revisits` (the default), a payload already held by a published snapshot of the archive, or
    earlier in this one, is stored as a revisit record. `snapshot_time` is the moment the snapshot
    stands for when it is not the start of the run (a re-extraction, a backfilled capture date): the
    snapshot id derives from it. `started_at` is the start of the run when it began before this writer
    opened (a crawl whose archive runs in a process of its own); by default, the moment of `open()`.
    """

    def __init__(
        self,
        root: Path | str,
        *,
        source: str,
        start_urls: list[str],
        code_version: str,
        extractor_version: str,
        clock: Callable[[], datetime],
        pid: int,
        extra: dict | None = None,
        revisits: bool = True,
        snapshot_time: datetime | None = None,
        started_at: datetime | None = None,
    ) -> None:
        if source not in SOURCES:
            raise ArchiveError(f"unknown snapshot source {source!r} (one of: {', '.join(SOURCES)})")
        if not isinstance(pid, int) or pid <= 0:
            raise ArchiveError(f"pid must be a positive process id, not {pid!r}")
        self._layout = Layout(Path(root))
        self._runs = RunRecords(self._layout)
        self._source = source
        self._start_urls = list(start_urls)
        self._code_version = code_version
        self._extractor_version = extractor_version
        self._clock = clock
        self._pid = pid
        self._extra = dict(extra or {})
        self._revisits = revisits
        self._snapshot_time = None if snapshot_time is None else as_utc(snapshot_time, "snapshot time")
        self._run_started = None if started_at is None else as_utc(started_at, "start time")
        self._state = _NEW
        self._snapshot_id = ""
        self._started_at = ""
        self._warc: CaptureWarcWriter | None = None
        # Rows are kept as checked dicts and become Arrow data once, at commit: converting them one page
        # at a time cost the crawl more than fetching the page.
        self._rows: dict[str, list[dict]] = {table: [] for table in TABLE_NAMES}

    @property
    def snapshot_id(self) -> str:
        if self._state == _NEW:
            raise ArchiveError("the snapshot writer has no id before open()")
        return self._snapshot_id

    def _now(self) -> datetime:
        return as_utc(self._clock(), "the clock's time")

    def _staging(self) -> Path:
        return self._layout.staging_dir(self._snapshot_id)

    def _require_open(self) -> CaptureWarcWriter:
        if self._state != _OPEN or self._warc is None:
            raise ArchiveError(f"the snapshot writer is {self._state}, not open")
        return self._warc

    # -- opening -------------------------------------------------------------------------------

    def open(self) -> str:
        """Reserve the snapshot id, record the run as running and create its staging folder."""
        if self._state != _NEW:
            raise ArchiveError(f"the snapshot writer is already {self._state}")
        self._layout.create_folders()
        self._clear_dead_staging()
        started = self._run_started or self._now()
        self._started_at = iso_utc(started, "start time")
        self._snapshot_id = reserve_snapshot_id(self._layout, self._snapshot_time or started, self._running_record)
        self._state = _OPEN  # from here on a failure must be recorded with fail()
        try:
            payloads = PayloadIndex.of_archive(self._layout.root) if self._revisits else None
            self._staging().mkdir()
            self._warc = CaptureWarcWriter(
                self._staging() / WARC_NAME, snapshot_id=self._snapshot_id, created_at=started,
                info=self._warc_info(), payloads=payloads,
            )
        except Exception as exc:
            self.fail(f"could not create the staging folder: {exc}")
            raise
        return self._snapshot_id

    def _clear_dead_staging(self) -> None:
        """Remove staging folders that no running process owns.

        The run record is written before the staging folder, so reading it after seeing the
        folder never mistakes a run that is just starting for an orphan.
        """
        for staging in self._layout.staging.iterdir():
            record = self._runs.read(staging.name) if is_snapshot_id(staging.name) else None
            if record is not None:
                record = self._runs.settle(staging.name)
            if record is None or record.get("status") != RUNNING:
                _remove(staging)

    def _running_record(self, snapshot_id: str) -> dict:
        return {
            "snapshot_id": snapshot_id,
            "status": RUNNING,
            "pid": self._pid,
            "started_at": self._started_at,
            "finished_at": None,
            "source": self._source,
            "start_urls": self._start_urls,
            "code_version": self._code_version,
            "schema_version": SCHEMA_VERSION,
            "extractor_version": self._extractor_version,
            "extra": self._extra,
        }

    def _warc_info(self) -> dict[str, str]:
        return {
            "software": f"paris-archive {self._code_version}",
            "isPartOf": self._snapshot_id,
            "description": f"{self._source} crawl of {current_site().subject}",
            "start-urls": " ".join(self._start_urls),
            "extractor-version": self._extractor_version,
            "extra": json.dumps(self._extra, sort_keys=True, default=str) if self._extra else "",
        }

    # -- collecting ----------------------------------------------------------------------------

    def add_capture(
        self,
        page: dict,
        *,
        body: bytes,
        status_line: str,
        request_headers: Headers,
        response_headers: Headers,
        warc_target_uri: str,
    ) -> None:
        """Store the raw exchange in the WARC file and the page row pointing at it.

        `body` is the payload as the crawler got it (already decoded); `status_line` is the whole
        first line of the response, e.g. `HTTP/1.1 200 OK`, or "" when no response arrived (a
        timeout, a refused connection): then there is nothing to archive but the row.
        """
        warc = self._require_open()
        if not status_line:
            self._add_page_without_response(page, body)
            return
        check_columns("pages", page)
        code = parse_status_line(status_line)[1]
        if page.get("status") not in (None, code):
            url, status = page.get("url"), page["status"]
            raise RowError(f"pages row of {url} has status {status} but the status line says {code}")
        if page.get("fetched_at") is None:
            raise RowError(f"pages row of {page.get('url')} needs fetched_at: it dates the WARC record")
        row = {**page, "snapshot_id": self._snapshot_id, "status": code, "warc_file": WARC_NAME,
               "fetched_at": as_utc(page["fetched_at"], "pages.fetched_at")}
        # Check the row before writing its records, so that a bad row leaves no orphan in the WARC.
        check_row("pages", row)
        offset, length = warc.write_capture(
            target_uri=warc_target_uri,
            fetched_at=page["fetched_at"],
            status_line=status_line,
            request_headers=request_headers,
            response_headers=response_headers,
            body=body,
        )
        self._rows["pages"].append({**row, "warc_offset": offset, "warc_length": length})

    def _add_page_without_response(self, page: dict, body: bytes) -> None:
        url = page.get("url")
        if page.get("status") is not None or body:
            raise RowError(f"pages row of {url} has a status or a body but no status line")
        for column in ("warc_file", "warc_offset", "warc_length"):
            if page.get(column) is not None:
                raise RowError(f"pages row of {url} sets {column} but no response was captured")
        self._add_rows("pages", [page])

    def add_facts(self, rows: list[dict]) -> None:
        self._require_open()
        self._add_rows("facts", rows)

    def add_news(self, rows: list[dict]) -> None:
        """News rows; duplicates of an item are resolved at commit (see `unique_news`)."""
        self._require_open()
        self._add_rows("news", rows)

    def _add_rows(self, table: str, rows: list[dict]) -> None:
        stamped = [{**row, "snapshot_id": self._snapshot_id} for row in rows]
        for row in stamped:
            check_row(table, row)
        self._rows[table].extend(stamped)

    # -- finishing -----------------------------------------------------------------------------

    def commit(self, crawl_stats: dict, warnings: list[dict] | None = None) -> dict:
        """Write the tables and the manifest, publish the snapshot atomically and return its manifest."""
        self._require_open()
        try:
            manifest = self._write_staging(crawl_stats, list(warnings or []))
            self._publish()
        except Exception as exc:
            self.fail(f"commit failed: {exc}", crawl_stats)
            raise
        self._state = _COMMITTED
        self._runs.update(
            self._snapshot_id,
            status=COMPLETE,
            finished_at=manifest["finished_at"],
            crawl_stats=manifest["crawl_stats"],
            row_counts=manifest["row_counts"],
        )
        refresh_catalog(self._layout.root)
        return manifest

    def _write_staging(self, crawl_stats: dict, warnings: list[dict]) -> dict:
        warc = self._require_open()
        warc.close()
        finished_at = iso_utc(self._now(), "finish time")
        staging = self._staging()
        warc.write_index(staging / INDEX_NAME)
        fsync_file(staging / INDEX_NAME)
        row_counts = {}
        for table_name, table in self._final_tables().items():
            path = staging / f"{table_name}.parquet"
            pq.write_table(table, path, compression="zstd")
            fsync_file(path)
            row_counts[table_name] = table.num_rows
        files = {}
        for name in (*(f"{table}.parquet" for table in TABLE_NAMES), WARC_NAME, INDEX_NAME):
            sha256, size = sha256_and_size(staging / name)
            files[name] = {"sha256": sha256, "bytes": size}
        manifest = {
            "snapshot_id": self._snapshot_id,
            "status": COMPLETE,
            "started_at": self._started_at,
            "finished_at": finished_at,
            "source": self._source,
            "start_urls": self._start_urls,
            "code_version": self._code_version,
            "schema_version": SCHEMA_VERSION,
            "extractor_version": self._extractor_version,
            "libraries": library_versions(),
            "crawl_stats": crawl_stats,
            "row_counts": row_counts,
            "files": files,
            "warnings": warnings,
            "extra": self._extra,
        }
        write_json_atomic(staging / MANIFEST_NAME, manifest, "the manifest")
        return read_json(staging / MANIFEST_NAME)  # exactly what readers will see (datetimes as ISO text)

    def _final_tables(self) -> dict[str, pa.Table]:
        page_dates = page_dates_by_url(self._rows["pages"])
        rows = {**self._rows, "news": unique_news(self._rows["news"], page_dates)}
        return {table: pa.Table.from_batches([rows_to_batch(table, table_rows)], schema=schema_for(table))
                for table, table_rows in rows.items()}

    def _publish(self) -> None:
        target = self._layout.snapshot_dir(self._snapshot_id)
        if target.exists():
            raise ArchiveError(f"snapshot folder {target} already exists")
        os.rename(self._staging(), target)
        fsync_dir(self._layout.snapshots)
        fsync_dir(self._layout.staging)

    def fail(self, reason: str, crawl_stats: dict | None = None) -> None:
        """Drop the staging folder and record the run as failed; a second call changes nothing."""
        if self._state == _FAILED:
            return
        if self._state != _OPEN:
            raise ArchiveError(f"the snapshot writer is {self._state}; only an open one can fail")
        self._state = _FAILED
        stats = crawl_stats or {}
        try:
            json_text(stats, "crawl_stats")
        except ArchiveError as exc:
            stats, reason = {}, f"{reason} ({exc})"  # the failure itself must still be recorded
        try:
            if self._warc is not None:
                self._warc.close()
        finally:
            _remove(self._staging())
            self._runs.update(
                self._snapshot_id,
                status=FAILED,
                reason=reason,
                finished_at=iso_utc(self._now(), "finish time"),
                crawl_stats=stats,
                row_counts={table: len(rows) for table, rows in self._rows.items()},
            )


def _remove(path: Path) -> None:
    if path.is_dir():
        shutil.rmtree(path)
    elif path.exists():
        path.unlink()
