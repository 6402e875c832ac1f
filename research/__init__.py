"""The researcher's API: an archive's snapshots as DataFrames, their history, SQL over all of them, and diffs."""

from research.api import ResearchArchive, open_archive

__all__ = ["ResearchArchive", "open_archive"]
