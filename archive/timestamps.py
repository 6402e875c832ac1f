"""Checking and formatting the datetimes the archive is given (it never reads the clock itself)."""

from datetime import UTC, datetime

from archive.errors import ArchiveError


def as_utc(moment: datetime, what: str) -> datetime:
    """The same instant in UTC; a naive datetime is refused because its zone would be a guess."""
    if not isinstance(moment, datetime):
        raise ArchiveError(f"{what} must be a datetime, not {type(moment).__name__}")
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ArchiveError(f"{what} must be timezone-aware (got the naive datetime {moment.isoformat()})")
    return moment.astimezone(UTC)


def iso_utc(moment: datetime, what: str) -> str:
    """ISO 8601 in UTC with a `Z`, e.g. `2012-11-05T09:30:00Z`."""
    return as_utc(moment, what).isoformat().replace("+00:00", "Z")
