"""Messages waiting to be sent (`reports/outbox/<report_id>.eml`): written whole before any attempt, removed
only once the ledger says they were sent, so a message is never lost."""

import os
import tempfile
from pathlib import Path

from archive.files import fsync_dir

SUFFIX = ".eml"


class Outbox:
    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def path(self, report: str) -> Path:
        return self.folder / f"{report}{SUFFIX}"

    def put(self, report: str, raw: bytes) -> Path:
        self.folder.mkdir(parents=True, exist_ok=True)
        descriptor, name = tempfile.mkstemp(dir=self.folder, prefix=f".{report}.", suffix=".tmp")
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(raw)
            handle.flush()
            os.fsync(handle.fileno())
        target = self.path(report)
        os.replace(name, target)
        fsync_dir(self.folder)
        return target

    def pending(self) -> list[str]:
        """Report ids waiting, oldest range first (ids start with the baseline snapshot's time)."""
        if not self.folder.is_dir():
            return []
        return sorted(path.name.removesuffix(SUFFIX) for path in self.folder.glob(f"*{SUFFIX}")
                      if not path.name.startswith("."))

    def read(self, report: str) -> bytes:
        return self.path(report).read_bytes()

    def remove(self, report: str) -> None:
        self.path(report).unlink(missing_ok=True)
        fsync_dir(self.folder)
