"""The report ledger: an append-only record of every report queued, sent or skipped (`reports/ledger.jsonl`).

It decides the next report's baseline (where the last one ended) and keeps a report from being sent twice.
"""

import json
import os
from pathlib import Path

from archive import ArchiveError
from archive.files import open_state_file

QUEUED, SENT, SKIPPED, ATTEMPT_FAILED = "queued", "sent", "skipped", "attempt_failed"
# Statuses after which a report's range counts as reported: the next report starts where it ended.
COVERING = (QUEUED, SENT, SKIPPED)
# What a ledger entry is about: a change report (entries written before alerts existed say nothing) or an alert.
REPORT, ALERT = "report", "alert"


def report_id(old_id: str, new_id: str) -> str:
    return f"{old_id}_{new_id}"


class ReportLedger:
    def __init__(self, path: Path) -> None:
        self.path = path

    def entries(self) -> list[dict]:
        if not self.path.is_file():
            return []
        entries = []
        try:
            lines = self.path.read_bytes().splitlines()
        except OSError as exc:
            raise ArchiveError(f"cannot read the report ledger {self.path}: {exc.strerror}") from None
        for number, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            try:
                entry = json.loads(line.decode("utf-8"))
            except (UnicodeDecodeError, json.JSONDecodeError):
                entry = None
            if not isinstance(entry, dict):
                raise ArchiveError(f"{self.path}, line {number}, is not a ledger entry (a JSON object in UTF-8): "
                                   f"repair or remove that line")
            entries.append(entry)
        return entries

    def record(self, entry: dict) -> None:
        """Append one entry and flush it to disk before going on: the ledger must survive a crash."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        line = json.dumps(entry, ensure_ascii=False, sort_keys=True) + "\n"
        descriptor = open_state_file(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, "the report ledger")
        with os.fdopen(descriptor, "a", encoding="utf-8") as handle:
            handle.write(line)
            handle.flush()
            os.fsync(handle.fileno())

    def status(self, report: str) -> dict | None:
        """The latest entry about one report that says where it stands (failed attempts aside)."""
        entries = [entry for entry in self.entries() if entry.get("report_id") == report]
        settled = [entry for entry in entries if entry.get("status") in COVERING]
        return settled[-1] if settled else None

    def last_covering(self) -> dict | None:
        """The latest report queued, sent or skipped: the next report starts at its `to` snapshot. Alerts,
        recorded here too so that each is sent once, cover no period."""
        covering = [entry for entry in self.entries()
                    if entry.get("status") in COVERING and entry.get("kind", REPORT) == REPORT]
        return covering[-1] if covering else None
