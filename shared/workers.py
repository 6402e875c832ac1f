"""Pure, CPU-bound work spread over worker processes, its results in the order of its inputs.

Re-extraction and backfills parse thousands of pages with pure functions; on several cores they parse them in
parallel while the caller keeps writing in input order, so the output is the same whatever the number of workers.
"""

import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import islice
from typing import TypeVar

Item = TypeVar("Item")
Result = TypeVar("Result")

# Items per task: one page parses in milliseconds, so single-page tasks would spend much of it on the pipe.
BATCH = 16
# Batches in flight per worker: enough to keep every worker busy, few enough to bound memory on long inputs.
BATCHES_IN_FLIGHT = 3
_HAS_FORKSERVER = "forkserver" in multiprocessing.get_all_start_methods()  # Unix


def usable_cores() -> int:
    """The cores this process may run on (a container or `taskset` may allow fewer than the machine has)."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


class Workers:
    """`map` runs a picklable function over items, in `count` processes, or in this one when `count` is 1.

    A context manager: the processes start on the first `map` and serve every `map` until the block ends (a
    re-extraction of a whole archive pays their start once). They are forks of a fresh interpreter (the
    "forkserver"; fresh interpreters themselves, "spawn", where there is none), never of the caller, so they
    inherit no thread or open file of the caller. That interpreter starts with the block and imports the
    `preload` modules once while the caller reads its input; each worker forked from it has them imported (the
    parsers compile their patterns on import, which every spawned worker did again).
    """

    def __init__(self, count: int, preload: Sequence[str] = ()) -> None:
        if count < 1:
            raise ValueError(f"the number of workers must be at least 1, not {count}")
        self.count = count
        self.preload = list(preload)
        self._pool: ProcessPoolExecutor | None = None

    def __enter__(self) -> "Workers":
        if self.count > 1 and _HAS_FORKSERVER:
            from multiprocessing import forkserver

            multiprocessing.get_context("forkserver").set_forkserver_preload(self.preload)
            forkserver.ensure_running()  # returns at once, the server importing beside the caller
        return self

    def __exit__(self, *exc_info) -> None:
        if self._pool is not None:
            self._pool.shutdown(cancel_futures=True)
            self._pool = None

    def map(self, function: Callable[[Item], Result], items: Iterable[Item]) -> Iterator[Result]:
        if self.count == 1:
            yield from map(function, items)
            return
        if self._pool is None:
            self._pool = ProcessPoolExecutor(self.count, mp_context=multiprocessing.get_context(
                "forkserver" if _HAS_FORKSERVER else "spawn"))
        pending: deque[Future] = deque()
        batches = _batches(items)
        for batch in batches:
            pending.append(self._pool.submit(_run_batch, function, batch))
            if len(pending) >= self.count * BATCHES_IN_FLIGHT:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()


def _batches(items: Iterable[Item]) -> Iterator[list[Item]]:
    iterator = iter(items)
    while batch := list(islice(iterator, BATCH)):
        yield batch


def _run_batch(function: Callable[[Item], Result], batch: list[Item]) -> list[Result]:
    return [function(item) for item in batch]
