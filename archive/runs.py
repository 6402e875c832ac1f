"""Run records (`runs/<snapshot_id>.json`): one per crawl, saying whether it is running, complete or failed."""

import os
import shutil
from datetime import datetime

from archive.errors import ArchiveError
from archive.files import read_json, write_json_atomic
from archive.ids import is_snapshot_id, snapshot_sort_key
from archive.layout import Layout
from archive.timestamps import iso_utc

RUNNING = "running"
COMPLETE = "complete"
FAILED = "failed"
# Not a status a run has: the run record could not be read.
UNREADABLE = "unreadable"


def process_is_alive(pid: int) -> bool:
    """Whether a process with this id exists on this machine (signal 0 checks without sending anything)."""
    if pid <= 0:
        return False  # 0 and negative ids name process groups, not a process
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # it exists, it just belongs to another user
    return True


class RunRecords:
    """Reads and updates run records, and settles those whose process died without saying so."""

    def __init__(self, layout: Layout) -> None:
        self._layout = layout

    def read(self, snapshot_id: str) -> dict | None:
        path = self._layout.run_record(snapshot_id)
        if not path.is_file():
            return None
        record = read_json(path)
        if not isinstance(record, dict):
            raise ArchiveError(f"{path} is not a run record (a JSON object)")
        return record

    def update(self, snapshot_id: str, **changes: object) -> dict:
        record = self.read(snapshot_id)
        if record is None:
            raise ArchiveError(f"no run record for {snapshot_id} in {self._layout.runs}")
        record.update(changes)
        write_json_atomic(self._layout.run_record(snapshot_id), record, f"run record of {snapshot_id}")
        return record

    def all(self) -> list[dict]:
        """Every run, oldest first, with interrupted runs reported (and saved) as such."""
        if not self._layout.runs.is_dir():
            return []
        snapshot_ids = [path.stem for path in self._layout.runs.glob("*.json") if is_snapshot_id(path.stem)]
        return [self._settled_or_unreadable(snapshot_id) for snapshot_id in sorted(snapshot_ids, key=snapshot_sort_key)]

    def _settled_or_unreadable(self, snapshot_id: str) -> dict:
        """A damaged record is listed as such, with the others: one bad file must not hide every run."""
        try:
            return self.settle(snapshot_id)
        except ArchiveError as exc:
            return {"snapshot_id": snapshot_id, "status": UNREADABLE,
                    "reason": f"{exc}; run `paris-archive verify` to see what is damaged"}

    def settle(self, snapshot_id: str) -> dict:
        """The record, corrected if it says "running" but its process is gone.

        A process killed between publishing its snapshot and updating its record did finish, so
        the snapshot's manifest decides; otherwise the run was interrupted.
        """
        record = self.read(snapshot_id)
        if record is None:
            raise ArchiveError(f"no run record for {snapshot_id} in {self._layout.runs}")
        pid = record.get("pid")
        if record.get("status") != RUNNING or (isinstance(pid, int) and process_is_alive(pid)):
            return record
        manifest_path = self._layout.manifest(snapshot_id)
        if manifest_path.is_file():
            manifest = read_json(manifest_path)
            return self.update(
                snapshot_id,
                status=COMPLETE,
                finished_at=manifest.get("finished_at"),
                crawl_stats=manifest.get("crawl_stats"),
                row_counts=manifest.get("row_counts"),
            )
        return self.update(snapshot_id, status=FAILED, reason=f"interrupted (process {pid} is gone)")


def abandon_run(layout: Layout, snapshot_id: str, reason: str, finished_at: datetime,
                crawl_stats: dict | None = None) -> None:
    """Record as failed a running snapshot whose writer's process died; the archive stays as it was.

    A run its writer settled before dying (failed, or published) is left as it is: a published snapshot's
    record is completed from its manifest once the crawl's process is gone (see `RunRecords.settle`).
    """
    runs = RunRecords(layout)
    record = runs.read(snapshot_id)
    if record is None or record.get("status") != RUNNING or layout.manifest(snapshot_id).is_file():
        return
    shutil.rmtree(layout.staging_dir(snapshot_id), ignore_errors=True)
    runs.update(snapshot_id, status=FAILED, reason=reason, finished_at=iso_utc(finished_at, "finish time"),
                crawl_stats=crawl_stats or {})
