"""An injected clock for tests: time moves only when the code under test reads it."""

from datetime import datetime, timedelta


class SteppingClock:
    """Each reading is one second after the previous one."""

    def __init__(self, start: datetime) -> None:
        self._next = start

    def __call__(self) -> datetime:
        moment, self._next = self._next, self._next + timedelta(seconds=1)
        return moment
