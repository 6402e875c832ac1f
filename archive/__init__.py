"""The snapshot store: versioned Parquet snapshots of each crawl, with their raw captures and manifests."""

from archive.errors import ArchiveError, RowError
from archive.schema import SCHEMA_VERSION, SCHEMAS, TABLE_NAMES, data_dictionary_markdown
from archive.store import LATEST, Archive
from archive.warc import read_capture
from archive.writer import SOURCES, SnapshotWriter

__all__ = [
    "LATEST",
    "SCHEMAS",
    "SCHEMA_VERSION",
    "SOURCES",
    "TABLE_NAMES",
    "Archive",
    "ArchiveError",
    "RowError",
    "SnapshotWriter",
    "data_dictionary_markdown",
    "read_capture",
]
