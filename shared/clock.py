"""Clocks: the real one (UTC), and one for reproducible runs whose time moves only when it is read."""

from datetime import UTC, datetime, timedelta


def utc_now() -> datetime:
    return datetime.now(UTC)


class SteppingClock:
    """Each reading is one second after the previous one (tests and benchmarks inject it)."""

    def __init__(self, start: datetime) -> None:
        self._next = start

    def __call__(self) -> datetime:
        moment, self._next = self._next, self._next + timedelta(seconds=1)
        return moment
