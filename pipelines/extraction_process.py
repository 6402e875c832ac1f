"""The extraction process's own loop: a capture in, its extraction out. Started by `ExtractionWorker`.

    python -m pipelines.extraction_process FD

FD is this process's end of a socket pair; the first message on it is the crawl's origin map.
"""

import sys
from multiprocessing.connection import Connection

from pipelines.page_record import extract_capture


def serve(connection: Connection) -> None:
    origins = connection.recv()
    while True:
        try:
            message = connection.recv()
        except EOFError:
            return  # the crawl is gone
        if message is None:
            return
        number, capture = message
        extracted = extract_capture(capture, origins)
        # Without the body, which the crawl still has.
        connection.send((number, extracted.page, extracted.facts, extracted.news))


if __name__ == "__main__":
    serve(Connection(int(sys.argv[1])))
