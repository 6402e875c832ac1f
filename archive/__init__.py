"""The snapshot store: versioned Parquet snapshots of each crawl, with their raw captures and manifests."""

from archive.captures import read_capture
from archive.errors import ArchiveError, RowError
from archive.schema import SCHEMA_VERSION, SCHEMAS, TABLE_NAMES, data_dictionary_markdown
from archive.store import LATEST, Archive
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

# The researcher's API needs pandas and duckdb, which a crawl does not: import it on first use only.
_RESEARCH_NAMES = ("ResearchArchive", "open_archive")
__all__ += _RESEARCH_NAMES


def __getattr__(name: str) -> object:
    if name in _RESEARCH_NAMES:
        from archive import research

        return getattr(research, name)
    raise AttributeError(f"module 'archive' has no attribute {name!r}")
