"""A child process that runs the parsers, so that parsing one page overlaps fetching the next.

The crawl's event loop talks to it over a pipe it watches itself: no extra threads in the crawl's
process, which would take the interpreter lock from the downloader. At most `IN_FLIGHT` captures wait in
the pipe, so neither side ever blocks on a full one.
"""

import asyncio
import multiprocessing
from multiprocessing.connection import Connection

from pipelines.page_record import ExtractedPage, extract_capture
from scraper.items import PageCapture
from scraper.origins import OriginMap

IN_FLIGHT = 4


class WorkerLost(RuntimeError):
    """The extraction process ended before answering."""


def _serve(connection: Connection, origins: OriginMap) -> None:
    """The child's loop: a capture in, its extraction out (without the body, which the crawl still has)."""
    while True:
        try:
            message = connection.recv()
        except EOFError:
            return  # the crawl is gone
        if message is None:
            return
        number, capture = message
        extracted = extract_capture(capture, origins)
        connection.send((number, extracted.page, extracted.facts, extracted.news))


class ExtractionWorker:
    def __init__(self, origins: OriginMap) -> None:
        # "spawn": a fork of a process running an event loop would inherit its sockets and threads.
        context = multiprocessing.get_context("spawn")
        self._connection, child_end = context.Pipe(duplex=True)
        self._process = context.Process(target=_serve, args=(child_end, origins), daemon=True,
                                        name="paris-archive-extraction")
        self._process.start()
        child_end.close()
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
        self._process.join(timeout=10)
        if self._process.is_alive():
            self._process.terminate()
