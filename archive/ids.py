"""Snapshot ids: the UTC capture second (`20121105T093000Z`), with `-2`, `-3`, ... when already taken."""

import os
import re
from collections.abc import Callable, Iterator
from datetime import datetime

from archive.errors import ArchiveError
from archive.files import create_json_exclusive
from archive.layout import MANIFEST_NAME, Layout
from archive.timestamps import as_utc

_SNAPSHOT_ID = re.compile(r"^(\d{8}T\d{6}Z)(?:-([2-9]|[1-9]\d+))?$")

# Far more than any clock second can see; reaching it means something is looping.
MAX_SUFFIX = 1000


def base_snapshot_id(moment: datetime) -> str:
    return as_utc(moment, "snapshot time").strftime("%Y%m%dT%H%M%SZ")


def candidate_snapshot_ids(moment: datetime) -> Iterator[str]:
    base = base_snapshot_id(moment)
    yield base
    for suffix in range(2, MAX_SUFFIX + 1):
        yield f"{base}-{suffix}"


def is_snapshot_id(text: str) -> bool:
    return _SNAPSHOT_ID.match(text) is not None


def snapshot_sort_key(snapshot_id: str) -> tuple[str, int]:
    """Chronological order, with `-10` after `-9` (plain string order would put it after `-1`)."""
    match = _SNAPSHOT_ID.match(snapshot_id)
    if match is None:
        raise ArchiveError(f"{snapshot_id!r} is not a snapshot id (expected e.g. 20121105T093000Z)")
    return match.group(1), int(match.group(2) or 1)


def snapshot_folder_ids(layout: Layout) -> list[str]:
    """Ids of every snapshot folder, published or not (a folder whose manifest is gone), oldest first."""
    if not layout.snapshots.is_dir():
        return []
    # os.scandir, not Path objects: an archive of years of daily crawls lists thousands of folders on every read.
    with os.scandir(layout.snapshots) as entries:
        ids = [entry.name for entry in entries if entry.is_dir() and is_snapshot_id(entry.name)]
    return sorted(ids, key=snapshot_sort_key)


def published_snapshot_ids(layout: Layout) -> list[str]:
    """Ids of the published snapshots (those with a manifest), oldest first; staging is never listed."""
    folder = str(layout.snapshots)
    return [snapshot_id for snapshot_id in snapshot_folder_ids(layout)
            if os.path.isfile(os.path.join(folder, snapshot_id, MANIFEST_NAME))]


def reserve_snapshot_id(layout: Layout, moment: datetime, run_record: Callable[[str], dict]) -> str:
    """Take the first free id for `moment` by creating its run record; two processes never get the same id.

    `run_record(snapshot_id)` builds the record to create. An id is also skipped when a snapshot of
    that name exists without a run record (e.g. a snapshot copied in from another archive).
    """
    for snapshot_id in candidate_snapshot_ids(moment):
        if layout.snapshot_dir(snapshot_id).exists():
            continue
        if create_json_exclusive(layout.run_record(snapshot_id), run_record(snapshot_id), "run record"):
            return snapshot_id
    raise ArchiveError(f"no free snapshot id left for {base_snapshot_id(moment)} (tried {MAX_SUFFIX})")
