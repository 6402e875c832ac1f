"""Change detection between snapshots: fact, news and page diffs, and the extraction health checks
that keep a broken parser from being reported as a change. Importable without Scrapy."""

from changes.diff import SnapshotDiff, compute_diff
from changes.health import HealthThresholds, check_against_archive, check_extraction
from changes.selection import default_pair
from changes.tables import SnapshotTables

__all__ = [
    "HealthThresholds",
    "SnapshotDiff",
    "SnapshotTables",
    "check_against_archive",
    "check_extraction",
    "compute_diff",
    "default_pair",
]
