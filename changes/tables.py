"""The columns of a snapshot the health checks compare, as Arrow tables: read from Parquet or built from rows."""

from dataclasses import dataclass
from typing import Self

import pyarrow as pa
import pyarrow.parquet as pq

from archive import SCHEMAS, Archive

# What the checks need of each page and fact; reading only these keeps a large snapshot cheap to load.
PAGE_COLUMNS = ("url", "status", "layout", "n_facts", "n_news", "text_sha256", "title", "lang", "page_date")
FACT_COLUMNS = ("attribute", "source_url")


def _projection(table: str, columns: tuple[str, ...]) -> pa.Schema:
    schema = SCHEMAS[table]
    return pa.schema([schema.field(name).with_nullable(True) for name in columns])


PAGE_SCHEMA = _projection("pages", PAGE_COLUMNS)
FACT_SCHEMA = _projection("facts", FACT_COLUMNS)


@dataclass(frozen=True)
class SnapshotTables:
    """The pages and facts of one snapshot (`snapshot_id` is None for a crawl not yet committed)."""

    snapshot_id: str | None
    pages: pa.Table
    facts: pa.Table

    @classmethod
    def load(cls, archive: Archive, snapshot_id: str) -> Self:
        snapshot_id = archive.resolve(snapshot_id)
        return cls(
            snapshot_id,
            pq.read_table(archive.table_path(snapshot_id, "pages"), columns=list(PAGE_COLUMNS))
            .cast(PAGE_SCHEMA),
            # Kept dictionary-encoded as in the file: a million facts name few attributes and pages, and
            # decoding every string would cost several times the read (duckdb compares them as they are).
            pq.read_table(archive.table_path(snapshot_id, "facts"), columns=list(FACT_COLUMNS),
                          read_dictionary=list(FACT_COLUMNS)),
        )

    @classmethod
    def from_rows(cls, pages: list[dict], facts: list[dict], snapshot_id: str | None = None) -> Self:
        """Rows as the crawl produces them (extra keys are ignored)."""
        return cls(
            snapshot_id,
            pa.Table.from_pylist([{name: row.get(name) for name in PAGE_COLUMNS} for row in pages], PAGE_SCHEMA),
            pa.Table.from_pylist([{name: row.get(name) for name in FACT_COLUMNS} for row in facts], FACT_SCHEMA),
        )
