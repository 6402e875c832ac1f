"""Which snapshots a diff compares when the user names fewer than two."""

from archive import Archive, ArchiveError
from archive.ids import snapshot_sort_key
from archive.runs import COMPLETE


def complete_snapshot_ids(archive: Archive) -> list[str]:
    """Ids of the complete snapshots, oldest first."""
    return [manifest["snapshot_id"] for manifest in archive.snapshots() if manifest.get("status") == COMPLETE]


def default_pair(archive: Archive, old_id: str | None = None, new_id: str | None = None) -> tuple[str, str]:
    """The ids given, resolved ("latest" included); a missing new id is the newest complete snapshot,
    a missing old id the complete snapshot just before the new one."""
    complete = complete_snapshot_ids(archive)
    if new_id is not None:
        new = archive.resolve(new_id)
    elif complete:
        new = complete[-1]
    else:
        raise ArchiveError(f"the archive {archive.root} has no complete snapshot to compare")
    if old_id is not None:
        return archive.resolve(old_id), new
    older = [snapshot_id for snapshot_id in complete if snapshot_sort_key(snapshot_id) < snapshot_sort_key(new)]
    if not older:
        raise ArchiveError(f"no complete snapshot older than {new} in {archive.root}: a diff needs two")
    return older[-1], new
