"""A child process that runs the parsers, so that parsing one page overlaps fetching the next.

The crawl's event loop talks to it over a socket pair it watches itself: no extra threads in the crawl's
process, which would take the interpreter lock from the downloader. At most `IN_FLIGHT` captures wait in
the socket, so neither side ever blocks on a full one.
"""

import asyncio
import os
import socket
import subprocess
import sys
from multiprocessing.connection import Connection

from pipelines.extracted_page import ExtractedPage
from scraper.items import PageCapture
from scraper.origins import OriginMap

IN_FLIGHT = 4


class WorkerLost(RuntimeError):
    """The extraction process ended before answering."""


class ExtractionWorker:
    def __init__(self, origins: OriginMap) -> None:
        # A fresh interpreter that loads the parsers only: a fork of the crawl would inherit its event loop's
        # sockets and threads, and multiprocessing's "spawn" would import the command line's modules again.
        ours, theirs = socket.socketpair()
        child_end = theirs.detach()
        try:
            self._process = subprocess.Popen(
                [sys.executable, "-m", "pipelines.extraction_process", str(child_end)],
                pass_fds=(child_end,), stdin=subprocess.DEVNULL,
                env={**os.environ, "PYTHONPATH": os.pathsep.join(path for path in sys.path if path)},
            )
        finally:
            os.close(child_end)
        self._connection = Connection(ours.detach())
        self._connection.send(origins)
        self._pending: dict[int, tuple[asyncio.Future, PageCapture]] = {}
        self._numbers = iter(range(1 << 62))
        self._slots = asyncio.Semaphore(IN_FLIGHT)
        self._loop: asyncio.AbstractEventLoop | None = None

    @property
    def pid(self) -> int | None:
        return self._process.pid

    async def extract(self, capture: PageCapture) -> ExtractedPage:
        async with self._slots:
            if self._loop is None:
                self._loop = asyncio.get_running_loop()
                self._loop.add_reader(self._connection.fileno(), self._receive)
            number = next(self._numbers)
            answer = self._loop.create_future()
            self._pending[number] = (answer, capture)
            try:
                self._connection.send((number, capture))
            except OSError as exc:
                self._pending.pop(number)
                raise WorkerLost(f"the extraction process is gone: {exc}") from None
            return await answer

    def _receive(self) -> None:
        while self._connection.poll():
            try:
                number, page, facts, news = self._connection.recv()
            except (EOFError, OSError):
                self._lose_all()
                return
            answer, capture = self._pending.pop(number)
            if not answer.done():
                answer.set_result(ExtractedPage(capture, page, facts, news))

    def _lose_all(self) -> None:
        if self._loop is not None:
            self._loop.remove_reader(self._connection.fileno())
        for answer, _ in self._pending.values():
            if not answer.done():
                answer.set_exception(WorkerLost("the extraction process ended before answering"))
        self._pending.clear()

    def close(self) -> None:
        if self._loop is not None and not self._connection.closed:
            self._loop.remove_reader(self._connection.fileno())
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
