"""The snapshot store: versioned Parquet snapshots of each crawl, with their raw captures and manifests.

Names are loaded on first use: a crawl's process needs the lock and the run records, not pyarrow.
"""

from importlib import import_module

_HOMES = {
    "LATEST": "archive.store",
    "Archive": "archive.store",
    "ArchiveError": "archive.errors",
    "RowError": "archive.errors",
    "SCHEMAS": "archive.schema",
    "SCHEMA_VERSION": "archive.schema",
    "TABLE_NAMES": "archive.schema",
    "data_dictionary_markdown": "archive.schema",
    "SOURCES": "archive.writer",
    "SnapshotWriter": "archive.writer",
    "read_capture": "archive.captures",
}

__all__ = sorted(_HOMES)


def __getattr__(name: str) -> object:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'archive' has no attribute {name!r}")
    return getattr(import_module(home), name)
