"""Change detection between snapshots: fact, news and page diffs, and the extraction health checks
that keep a broken parser from being reported as a change. Importable without Scrapy.

The names below are loaded when first used: the archive's process beside a crawl needs only the health checks, and
should not pay for the diff's pandas at every start."""

from importlib import import_module

_MODULE_OF = {
    "HealthThresholds": "changes.health",
    "SnapshotDiff": "changes.diff",
    "SnapshotTables": "changes.tables",
    "check_against_archive": "changes.health",
    "check_extraction": "changes.health",
    "compute_diff": "changes.diff",
    "default_pair": "changes.selection",
}

__all__ = sorted(_MODULE_OF)


def __getattr__(name: str):
    if name not in _MODULE_OF:
        raise AttributeError(f"module 'changes' has no attribute {name!r}")
    return getattr(import_module(_MODULE_OF[name]), name)
