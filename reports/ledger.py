"""The report ledger: an append-only record of every report queued, sent or skipped (`reports/ledger.jsonl`).

It decides the next report's baseline (where the last one ended) and keeps a report from being sent twice.
"""

import json
import os
from pathlib import Path

from archive import ArchiveError

QUEUED, SENT, SKIPPED, ATTEMPT_FAILED = "queued", "sent", "skipped", "attempt_failed"
# Statuses after which a report's range counts as reported: the next report starts where it ended.
COVERING = (QUEUED, SENT, SKIPPED)


def report_id(old_id: str, new_id: str) -> str:
    return f"{old_id}_{new_id}"


class ReportLedger:
    def __init__(self, path: Path) -> None:
        self.path = path

    def entries(self) -> list[dict]:
        if not self.path.is_file():
            return []
        entries = []
        for number, line in enumerate(self.path.read_text(encoding="utf-8").splitlines(), start=1):
            if not line.strip():
                continue
            try:
                entries.append(json.loads(line))
            except json.JSONDecodeError:
                raise ArchiveError(f"{self.path}, line {number}, is not valid JSON: "
                                   f"repair or remove that line") from None
        return entries

    def record(self, entry: dict) -> None:
        """Append one entry and flush it to disk before going on: the ledger must survive a crash."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        line = json.dumps(entry, ensure_ascii=False, sort_keys=True) + "\n"
        with self.path.open("a", encoding="utf-8") as handle:
            handle.write(line)
            handle.flush()
            os.fsync(handle.fileno())

    def status(self, report: str) -> dict | None:
        """The latest entry about one report that says where it stands (failed attempts aside)."""
        entries = [entry for entry in self.entries() if entry.get("report_id") == report]
        settled = [entry for entry in entries if entry.get("status") in COVERING]
        return settled[-1] if settled else None

    def last_covering(self) -> dict | None:
        """The latest report queued, sent or skipped: the next report starts at its `to` snapshot."""
        covering = [entry for entry in self.entries() if entry.get("status") in COVERING]
        return covering[-1] if covering else None
