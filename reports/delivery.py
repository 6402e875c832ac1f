"""Sending reports safely: queue in the outbox first, send, record in the ledger, then clear the outbox.

A message is written to the outbox before any attempt, and leaves it only once the ledger says it was
sent; a message the ledger already records as sent is never sent again. One process at a time does
this (a lock file), so two overlapping runs cannot both send the same message.
"""

import fcntl
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from archive.files import open_state_file
from archive.timestamps import iso_utc
from reports.ledger import ATTEMPT_FAILED, QUEUED, SENT, SKIPPED, ReportLedger
from reports.mail import DeliveryError, MailSettings, deliver
from reports.outbox import Outbox

Deliver = Callable[[bytes, MailSettings], dict]


@dataclass
class DeliveryOutcome:
    sent: list[str] = field(default_factory=list)  # report ids delivered by this run
    refused: dict[str, list[str]] = field(default_factory=dict)  # report id -> recipients the server refused
    failure: str | None = None  # why the first failed message could not be sent (the rest wait too)
    waiting: list[str] = field(default_factory=list)  # report ids still in the outbox


class ReportMailroom:
    """The ledger and the outbox of an archive's `reports/` folder."""

    def __init__(self, reports_dir: Path, clock: Callable[[], datetime]) -> None:
        self.folder = reports_dir
        self.ledger = ReportLedger(reports_dir / "ledger.jsonl")
        self.outbox = Outbox(reports_dir / "outbox")
        self._clock = clock

    def _now(self) -> str:
        return iso_utc(self._clock(), "the clock's time")

    @contextmanager
    def locked(self) -> Iterator[None]:
        self.folder.mkdir(parents=True, exist_ok=True)
        descriptor = open_state_file(self.folder / ".lock", os.O_RDWR | os.O_CREAT, "the reports' lock")
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(descriptor, fcntl.LOCK_UN)
        finally:
            os.close(descriptor)

    def queue(self, report: str, raw: bytes, details: dict) -> bool:
        """Put a message in the outbox unless this report was already queued, sent or skipped."""
        if self.ledger.status(report) is not None:
            return False
        self.outbox.put(report, raw)
        self.ledger.record({"report_id": report, "status": QUEUED, "at": self._now(), **details})
        return True

    def skip(self, report: str, details: dict, reason: str) -> None:
        self.ledger.record({"report_id": report, "status": SKIPPED, "at": self._now(), "reason": reason, **details})

    def flush(self, settings: MailSettings, send: Deliver = deliver) -> DeliveryOutcome:
        """Send every waiting message, oldest first; stop at the first failure (the server is likely down)."""
        outcome = DeliveryOutcome()
        for report in self.outbox.pending():
            status = self.ledger.status(report)
            if status is not None and status["status"] == SENT:
                self.outbox.remove(report)  # sent, but the process stopped before clearing it
                continue
            try:
                refused = send(self.outbox.read(report), settings)
            except DeliveryError as exc:
                self.ledger.record({"report_id": report, "status": ATTEMPT_FAILED, "at": self._now(),
                                    "error": str(exc)})
                outcome.failure = str(exc)
                break
            entry = {"report_id": report, "status": SENT, "at": self._now(), "server": settings.server}
            if refused:
                entry["refused"] = sorted(refused)
                outcome.refused[report] = sorted(refused)
            self.ledger.record({**(status or {}), **entry})
            self.outbox.remove(report)
            outcome.sent.append(report)
        outcome.waiting = self.outbox.pending()
        return outcome
