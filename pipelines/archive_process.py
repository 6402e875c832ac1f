"""The archive's own process: captures in, archived pages out. Started by `ArchiveWorker`.

    python -m pipelines.archive_process FD

FD is this process's end of a socket pair. The first message is the crawl's `SnapshotPlan`: the process opens the
snapshot and says `("opened", snapshot_id)` or `("not opened", error)`. Each message after it is
`(number, method, arguments)` for the `CaptureArchiver`, answered by `(number, True, result)` or
`(number, False, error)`, errors as text. `None`, or the crawl's end of the socket closing, ends the process.
"""

import gc
import os
import signal
import sys
from multiprocessing.connection import Connection

from pipelines.archive_messages import describe_error
from pipelines.capture_archiver import CaptureArchiver

METHODS = {"archive", "commit", "fail"}


def serve(connection: Connection) -> None:
    plan = connection.recv()
    try:
        archiver = CaptureArchiver(plan)
        connection.send(("opened", archiver.open()))
        open_error = None
    except Exception as exc:  # noqa: BLE001 - the crawl reports it, and stops
        open_error = describe_error(exc)
        connection.send(("not opened", open_error))
    while True:
        try:
            message = connection.recv()
        except EOFError:
            return  # the crawl is gone: its run stays "running" until it is found interrupted
        if message is None:
            return
        number, method, arguments = message
        if open_error is not None or method not in METHODS:
            connection.send((number, False, open_error or f"ValueError: no method {method!r} here"))
            continue
        try:
            result = getattr(archiver, method)(*arguments)
        except Exception as exc:  # noqa: BLE001 - the crawl decides what an archive error means
            connection.send((number, False, describe_error(exc)))
        else:
            connection.send((number, True, result))


if __name__ == "__main__":
    # Ctrl-C reaches the whole process group: the crawl stops first, then tells this process to fail the run.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # The rows stay here until the commit: a full collection every few thousand of them rescanned them all.
    gc.set_threshold(50_000, 20, 20)
    serve(Connection(int(sys.argv[1])))
    # Everything is written and synced by now; tearing the interpreter down would only keep the crawl waiting.
    os._exit(0)
