"""Which two snapshots a report compares, and the sentence that states its baseline."""

import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from archive import Archive, ArchiveError
from archive.ids import snapshot_sort_key
from changes.selection import complete_snapshot_ids
from reports.ledger import ReportLedger

_DURATION = re.compile(r"^\s*(\d+)\s*([mhdw])\s*$")
_UNITS = {"m": "minutes", "h": "hours", "d": "days", "w": "weeks"}
# Why a report starts where it does.
ASKED, LAST_REPORT, FIRST_SNAPSHOT, NEWEST_BEFORE, NONE_BEFORE = (
    "asked", "last_report", "first_snapshot", "newest_before", "none_before")
REASONS = (ASKED, LAST_REPORT, FIRST_SNAPSHOT, NEWEST_BEFORE, NONE_BEFORE)


class PeriodError(ArchiveError):
    """A period the report cannot cover: a malformed duration, or an archive without snapshots."""


@dataclass(frozen=True)
class ReportPeriod:
    old_id: str
    new_id: str
    baseline: str  # stated at the top of the report
    from_ledger: bool  # the baseline is where the last report ended (or the first snapshot, when none did)
    reported_before: bool = True  # False: no report has been queued, sent or skipped yet
    reason: str = ASKED  # why the baseline is this snapshot (one of REASONS), for the report to say in its words
    detail: dict = field(default_factory=dict)  # what the reason refers to: the last report, the cutoff

    @property
    def is_empty(self) -> bool:
        return self.old_id == self.new_id


def parse_duration(text: str) -> timedelta:
    """`7d`, `12h`, `2w`, `90m`."""
    match = _DURATION.match(text)
    if not match or int(match.group(1)) == 0:
        raise PeriodError(f"--since {text!r} is not a duration like 7d, 12h, 2w or 90m")
    try:
        return timedelta(**{_UNITS[match.group(2)]: int(match.group(1))})
    except OverflowError:
        raise PeriodError(f"--since {text!r} reaches back further than any date") from None


def choose_period(archive: Archive, ledger: ReportLedger, *, old_id: str | None = None, new_id: str | None = None,
                  since: timedelta | None = None, now: datetime | None = None) -> ReportPeriod:
    """From `old_id`, else the newest snapshot at least `since` old (at `now`), else where the last
    report ended, else the first snapshot; to `new_id`, else the newest complete snapshot."""
    complete = complete_snapshot_ids(archive)
    if not complete:
        raise PeriodError(f"the archive {archive.root} has no complete snapshot to report on")
    new = archive.resolve(new_id) if new_id else complete[-1]
    if old_id is not None:
        old = archive.resolve(old_id)
        if snapshot_sort_key(old) > snapshot_sort_key(new):
            raise PeriodError(f"--from {old} is newer than --to {new}: a report runs forward in time")
        return ReportPeriod(old, new, f"Baseline: snapshot {old}, as asked.", False)
    if since is not None:
        if now is None:
            raise PeriodError("a report --since a duration needs the current time")
        return _since(archive, complete, new, since, now)
    last = ledger.last_covering()
    if last is not None:
        old = archive.resolve(last["to"])
        when = f"{last['status']} {last['at']}"
        return ReportPeriod(old, new, f"Baseline: snapshot {old}, where the last report ended ({when}).", True,
                            reason=LAST_REPORT, detail={"status": last["status"], "at": last["at"]})
    return ReportPeriod(complete[0], new, f"Baseline: snapshot {complete[0]}, the first in the archive "
                                          f"(no report has been sent yet).", True, reported_before=False,
                        reason=FIRST_SNAPSHOT)


def _since(archive: Archive, complete: list[str], new: str, since: timedelta, now: datetime) -> ReportPeriod:
    try:
        cutoff = now - since
    except OverflowError:  # before the year 1: every snapshot is old enough
        cutoff = datetime.min.replace(tzinfo=now.tzinfo)
    old_enough = [manifest["snapshot_id"] for manifest in archive.snapshots()
                  if manifest["snapshot_id"] in complete and _started(manifest) <= cutoff]
    cutoff_text = cutoff.isoformat(timespec="seconds").replace("+00:00", "Z")
    if old_enough:
        return ReportPeriod(old_enough[-1], new, f"Baseline: snapshot {old_enough[-1]}, the newest taken before "
                                                 f"{cutoff_text}.", False,
                            reason=NEWEST_BEFORE, detail={"cutoff": cutoff_text})
    return ReportPeriod(complete[0], new, f"Baseline: snapshot {complete[0]}, the first in the archive "
                                          f"(none was taken before {cutoff_text}).", False,
                        reason=NONE_BEFORE, detail={"cutoff": cutoff_text})


def _started(manifest: dict) -> datetime:
    return datetime.fromisoformat(manifest["started_at"].replace("Z", "+00:00"))
