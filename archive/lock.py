"""One writer at a time: the lock a crawl holds on its archive while it writes.

The lock is an advisory `flock` on `ARCHIVE/writer.lock`. The kernel releases it when its holder exits,
however it exits, so a killed crawl can never block the next one; the file's content (who holds it) is
only for messages. The file is never deleted: deleting it would let a second process lock a new file
while a first still holds the old one.
"""

import fcntl
import json
import logging
import os
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from types import TracebackType
from typing import Self

from archive.errors import ArchiveError
from archive.files import open_state_file
from archive.runs import process_is_alive
from archive.timestamps import iso_utc

LOCK_NAME = "writer.lock"

logger = logging.getLogger(__name__)


class ArchiveBusy(ArchiveError):
    """Another process is writing to the archive; trying again later is the remedy."""

    # sysexits.h EX_TEMPFAIL: "temporary failure, the user is invited to retry".
    exit_code = 75

    def __init__(self, root: Path, holder: dict) -> None:
        self.holder = holder
        super().__init__(f"{root} is being written by {_describe(holder)}; only one crawl writes to an archive "
                         f"at a time, so this one did not start: try again when that one has finished")


class ArchiveLock:
    """`with ArchiveLock(root, purpose="crawl", pid=os.getpid(), clock=...):` writes, or raises ArchiveBusy.

    `stale_holder` tells, once acquired, who had left the lock behind without releasing it (a process
    that was killed), or None.
    """

    def __init__(self, root: Path | str, *, purpose: str, pid: int, clock: Callable[[], datetime]) -> None:
        self.path = Path(root) / LOCK_NAME
        self._purpose = purpose
        self._pid = pid
        self._clock = clock
        self._descriptor: int | None = None
        self.stale_holder: dict | None = None

    def acquire(self) -> None:
        if self._descriptor is not None:
            raise ArchiveError(f"{self.path} is already held by this lock")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except (FileExistsError, NotADirectoryError):
            raise ArchiveError(f"cannot lock {self.path}: a file is in the way of the archive folder") from None
        except PermissionError:
            raise ArchiveError(f"cannot create the archive folder {self.path.parent}: permission denied") from None
        descriptor = open_state_file(self.path, os.O_RDWR | os.O_CREAT, "the writer lock")
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = _read_holder(descriptor)
            os.close(descriptor)
            raise ArchiveBusy(self.path.parent, holder) from None
        self._descriptor = descriptor
        # Content left in a lock nobody holds was written by a process that died without releasing it.
        self.stale_holder = _read_holder(descriptor) or None
        if self.stale_holder is not None:
            logger.warning("cleared a stale lock on %s left by %s",
                           self.path.parent, _describe_stale(self.stale_holder))
        _write_holder(descriptor, {"pid": self._pid, "purpose": self._purpose,
                                   "started_at": iso_utc(self._clock(), "lock time")})

    def release(self) -> None:
        if self._descriptor is None:
            return
        _write_holder(self._descriptor, None)
        fcntl.flock(self._descriptor, fcntl.LOCK_UN)
        os.close(self._descriptor)
        self._descriptor = None

    def __enter__(self) -> Self:
        self.acquire()
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 traceback: TracebackType | None) -> None:
        self.release()


def _read_holder(descriptor: int) -> dict:
    os.lseek(descriptor, 0, os.SEEK_SET)
    text = os.read(descriptor, 4096).decode("utf-8", errors="replace").strip()
    if not text:
        return {}
    try:
        holder = json.loads(text)
    except json.JSONDecodeError:
        return {"unreadable": text[:80]}
    return holder if isinstance(holder, dict) else {"unreadable": text[:80]}


def _write_holder(descriptor: int, holder: dict | None) -> None:
    os.ftruncate(descriptor, 0)
    if holder is not None:
        os.pwrite(descriptor, (json.dumps(holder, sort_keys=True) + "\n").encode("utf-8"), 0)
    os.fsync(descriptor)


def _describe(holder: dict) -> str:
    """`a crawl (process 123, started 2026-11-25T06:15:00Z)`, from whatever the holder wrote."""
    details = [f"process {holder['pid']}"] if "pid" in holder else []
    details += [f"started {holder['started_at']}"] if holder.get("started_at") else []
    what = f"a {holder['purpose']}" if holder.get("purpose") else "another writer"
    return f"{what} ({', '.join(details)})" if details else what


def _describe_stale(holder: dict) -> str:
    pid = holder.get("pid")
    state = "gone" if isinstance(pid, int) and not process_is_alive(pid) else "no longer holding it"
    return f"{_describe(holder)}, now {state}"
