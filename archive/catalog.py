"""`ARCHIVE/catalog.parquet`: one row per published snapshot, for readers that do not use this code.

The manifests stay the record; the catalog is derived from them, rewritten whole (and atomically) after
every commit, and rebuilt from them by `paris-archive catalog --rebuild`. With it, any Parquet reader can
join `snapshots/*/facts.parquet` on `snapshot_id` and order the history by `captured`.
"""

import logging
import os
import tempfile
from datetime import UTC, date, datetime
from pathlib import Path
from typing import NamedTuple

import pyarrow as pa
import pyarrow.parquet as pq

from archive.files import fsync_dir, read_json
from archive.ids import published_snapshot_ids
from archive.layout import Layout
from archive.schema import TIMESTAMP_UTC

logger = logging.getLogger(__name__)


class CatalogColumn(NamedTuple):
    name: str
    type: pa.DataType
    description: str


CATALOG_COLUMNS = (
    CatalogColumn("snapshot_id", pa.string(), "The snapshot: its folder is `snapshots/<snapshot_id>/`."),
    CatalogColumn("status", pa.string(), "`complete` (only complete snapshots are published; failed runs are "
                                         "in `runs/`)."),
    CatalogColumn("source", pa.string(), "`live`, `mirror`, `wayback` or `reextract`."),
    CatalogColumn("mirror_epoch", pa.string(), "The offline mirror's epoch a mirror crawl served; else null."),
    CatalogColumn("captured", TIMESTAMP_UTC, "When the content was online: the mirror epoch's date, the capture "
                                             "time of a backfilled date, the parent's for a re-extraction, else "
                                             "the crawl's start. Order the history by it."),
    CatalogColumn("started_at", TIMESTAMP_UTC, "When the run that wrote the snapshot began."),
    CatalogColumn("finished_at", TIMESTAMP_UTC, "When it was committed."),
    CatalogColumn("pages", pa.int64(), "Rows of its `pages` table."),
    CatalogColumn("facts", pa.int64(), "Rows of its `facts` table."),
    CatalogColumn("news", pa.int64(), "Rows of its `news` table."),
    CatalogColumn("warnings", pa.int32(), "Extraction health warnings in its manifest."),
    CatalogColumn("parent_snapshot_id", pa.string(), "For a re-extraction, the snapshot whose captures it re-read."),
    CatalogColumn("code_version", pa.string(), "Version of the code that wrote it."),
    CatalogColumn("extractor_version", pa.string(), "Version of the extraction rules that produced its rows."),
    CatalogColumn("schema_version", pa.int32(), "Version of the tables' schema."),
)
CATALOG_SCHEMA = pa.schema([pa.field(column.name, column.type) for column in CATALOG_COLUMNS])


def captured(snapshot_id: str, manifest: dict) -> datetime:
    """When the archived content was online. A snapshot id is its capture time (for a backfill, the old
    capture's; for a re-extraction, its parent's), but a mirror epoch stands for its own date, not the
    day it was served."""
    mirror_date = (manifest.get("extra") or {}).get("mirror_captured")
    if mirror_date:
        return datetime.combine(date.fromisoformat(mirror_date), datetime.min.time(), UTC)
    return datetime.strptime(snapshot_id[:16], "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)


def catalog_row(snapshot_id: str, manifest: dict) -> dict:
    extra = manifest.get("extra") or {}
    counts = manifest.get("row_counts") or {}
    return {
        "snapshot_id": snapshot_id,
        "status": manifest.get("status"),
        "source": manifest.get("source"),
        "mirror_epoch": extra.get("mirror_epoch"),
        "captured": captured(snapshot_id, manifest),
        "started_at": _instant(manifest.get("started_at")),
        "finished_at": _instant(manifest.get("finished_at")),
        "pages": counts.get("pages"),
        "facts": counts.get("facts"),
        "news": counts.get("news"),
        "warnings": len(manifest.get("warnings") or []),
        "parent_snapshot_id": extra.get("parent_snapshot_id"),
        "code_version": manifest.get("code_version"),
        "extractor_version": manifest.get("extractor_version"),
        "schema_version": manifest.get("schema_version"),
    }


def _instant(iso: str | None) -> datetime | None:
    return datetime.fromisoformat(iso).astimezone(UTC) if iso else None


def catalog_table(layout: Layout) -> pa.Table:
    """The catalog of every published snapshot, oldest content first, read from their manifests."""
    rows = [catalog_row(snapshot_id, read_json(layout.manifest(snapshot_id)))
            for snapshot_id in published_snapshot_ids(layout)]
    rows.sort(key=lambda row: row["captured"])  # stable: same content time keeps the id order
    return pa.Table.from_pylist(rows, schema=CATALOG_SCHEMA)


def write_catalog(root: Path | str) -> pa.Table:
    """Rewrite `ARCHIVE/catalog.parquet` from the manifests; readers see the old file or the new, never a part."""
    layout = Layout(Path(root))
    table = catalog_table(layout)
    descriptor, name = tempfile.mkstemp(dir=layout.root, prefix=f".{layout.catalog.name}.", suffix=".tmp")
    os.close(descriptor)
    temporary = Path(name)
    try:
        pq.write_table(table, temporary, compression="zstd")
        with temporary.open("rb") as handle:
            os.fsync(handle.fileno())
        os.replace(temporary, layout.catalog)
    finally:
        temporary.unlink(missing_ok=True)
    fsync_dir(layout.root)
    return table


def refresh_catalog(root: Path | str) -> None:
    """After a commit: the snapshot is already published, so a catalog that cannot be written is only logged
    (`paris-archive catalog --rebuild` writes it again)."""
    try:
        write_catalog(root)
    except Exception as exc:  # noqa: BLE001 - the snapshot is safe; only its derived index lags
        logger.warning("the catalog of %s was not updated (%s): run `paris-archive catalog --rebuild`", root, exc)


def catalog_columns_markdown() -> str:
    """The README's table of the catalog's columns."""
    lines = ["| column | type | description |", "|---|---|---|"]
    for column in CATALOG_COLUMNS:
        kind = "timestamp (UTC)" if column.type == TIMESTAMP_UTC else str(column.type)
        lines.append(f"| `{column.name}` | {kind} | {column.description} |")
    return "\n".join(lines)
