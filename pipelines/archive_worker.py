"""The crawl's handle on the archive's child process: parsing and storing one page overlaps fetching the next.

The crawl's event loop talks to the child over a socket pair it watches itself: no extra threads in the crawl's
process, which would take the interpreter lock from the downloader. At most `IN_FLIGHT` captures wait in the
socket, so neither side ever blocks on a full one. The child opens the snapshot as it starts, while the crawl
fetches robots.txt and its first page.
"""

import asyncio
import os
import socket
import subprocess
import sys
from multiprocessing.connection import Connection

from pipelines.archive_messages import ArchivedPage, ArchiverError, SnapshotPlan
from scraper.items import PageCapture

IN_FLIGHT = 4


class ArchiverLost(RuntimeError):
    """The archive's process ended before answering."""


class ArchiveWorker:
    """Starts the child with the crawl's `SnapshotPlan`; `archive`, `commit` and `fail` run there."""

    def __init__(self, plan: SnapshotPlan) -> None:
        # A fresh interpreter that loads the parsers and the archive only: a fork of the crawl would inherit its
        # event loop's sockets and threads, and multiprocessing's "spawn" would import the command line again.
        ours, theirs = socket.socketpair()
        child_end = theirs.detach()
        try:
            self._process = subprocess.Popen(
                [sys.executable, "-m", "pipelines.archive_process", str(child_end)],
                pass_fds=(child_end,), stdin=subprocess.DEVNULL,
                env={**os.environ, "PYTHONPATH": os.pathsep.join(path for path in sys.path if path)},
            )
        finally:
            os.close(child_end)
        self._connection = Connection(ours.detach())
        self._numbers = iter(range(1 << 62))
        self._pending: dict[int, asyncio.Future] = {}
        self._slots = asyncio.Semaphore(IN_FLIGHT)
        self._loop: asyncio.AbstractEventLoop | None = None
        self._opening: tuple[str, str] | None = None  # ("opened", id) or ("not opened", error), once it came
        self._lost = False
        self._send(plan)

    @property
    def pid(self) -> int:
        return self._process.pid

    @property
    def snapshot_id(self) -> str:
        """The id of the snapshot the child opened, waiting for it if need be; ArchiverError if it could not."""
        while self._opening is None:
            self._settle(self._receive_one())
        outcome, detail = self._opening
        if outcome != "opened":
            raise ArchiverError(detail)
        return detail

    async def archive(self, capture: PageCapture) -> ArchivedPage:
        async with self._slots:
            if self._loop is None:
                self._loop = asyncio.get_running_loop()
                self._loop.add_reader(self._connection.fileno(), self._receive_ready)
            number = next(self._numbers)
            answer = self._loop.create_future()
            self._pending[number] = answer
            try:
                self._send((number, "archive", (capture,)))
            except ArchiverLost:
                self._pending.pop(number)
                raise
            return await answer

    def commit(self, crawl_stats: dict, warnings: list[dict]) -> None:
        self._call("commit", crawl_stats, warnings)

    def fail(self, reason: str, crawl_stats: dict) -> None:
        self._call("fail", reason, crawl_stats)

    def _call(self, method: str, *arguments: object) -> object:
        """Ask and wait: at the crawl's end nothing else is left to do meanwhile."""
        number = next(self._numbers)
        self._send((number, method, arguments))
        while True:
            message = self._receive_one()
            if message[0] == number:
                return _result(message[1], message[2])
            self._settle(message)

    def _receive_ready(self) -> None:
        while not self._lost and self._connection.poll():
            try:
                self._settle(self._receive_one())
            except ArchiverLost:
                return

    def _receive_one(self) -> tuple:
        if self._lost:
            raise ArchiverLost(self._ended())
        try:
            return self._connection.recv()
        except (EOFError, OSError):
            self._lose_all()
            raise ArchiverLost(self._ended()) from None

    def _settle(self, message: tuple) -> None:
        if self._opening is None:
            self._opening = message  # always the first message
            return
        number, succeeded, result = message
        answer = self._pending.pop(number, None)
        if answer is not None and not answer.done():
            try:
                answer.set_result(_result(succeeded, result))
            except ArchiverError as error:
                answer.set_exception(error)

    def _send(self, message: object) -> None:
        if self._lost:
            raise ArchiverLost(self._ended())
        try:
            self._connection.send(message)
        except OSError:
            self._lose_all()
            raise ArchiverLost(self._ended()) from None

    def _lose_all(self) -> None:
        self._lost = True
        self._stop_watching()
        for answer in self._pending.values():
            if not answer.done():
                answer.set_exception(ArchiverLost(self._ended()))
        self._pending.clear()

    def _ended(self) -> str:
        try:
            code = self._process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            return "the archive process stopped answering"
        return f"the archive process ended unexpectedly (exit code {code})"

    def _stop_watching(self) -> None:
        if self._loop is not None and not self._connection.closed:
            self._loop.remove_reader(self._connection.fileno())

    def close(self) -> None:
        """Let the child finish; safe to call twice, and after it was lost."""
        if self._connection.closed:
            return
        self._stop_watching()
        if not self._lost:
            try:
                self._connection.send(None)
            except OSError:
                pass
        self._connection.close()
        try:
            self._process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self._process.kill()
            self._process.wait()


def _result(succeeded: bool, result: object) -> object:
    if not succeeded:
        raise ArchiverError(result)
    return result
