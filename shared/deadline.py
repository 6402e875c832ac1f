"""A time bound on a piece of work in this process's main thread: past it, the work is interrupted by an exception.

A timer signal interrupts Python code wherever it is, regular expressions included, without a second process to
hand the work to; a page that parses in quadratic time then costs its bound, not the rest of the crawl.
"""

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager


class TimeBoundExceeded(Exception):
    """The work ran past its time bound and was stopped."""


@contextmanager
def time_bound(seconds: float | None, what: str) -> Iterator[None]:
    """Raise TimeBoundExceeded in the block once `seconds` have passed; no bound when `seconds` is falsy or
    outside the main thread (signals reach only the main thread)."""
    if not seconds or threading.current_thread() is not threading.main_thread():
        yield
        return

    def expire(signum, frame) -> None:
        raise TimeBoundExceeded(f"{what} took longer than {seconds:g} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
