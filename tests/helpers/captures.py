"""Small synthetic snapshots for the capture tests: pages with chosen bodies, written with the real writer."""

import os
from datetime import UTC, datetime, timedelta
from pathlib import Path

from archive import SnapshotWriter
from shared.clock import SteppingClock

CGLU = "https://www.paris.fr/international/cites-et-gouvernements-locaux-unis-4022"
AIMF = "https://www.paris.fr/international/association-internationale-des-maires-francophones-4023"
ICORN = "https://www.paris.fr/international/icorn-reseau-des-villes-refuges-4026"
CGLU_BODY = "<html><p>Créée à Paris en mai 2004, CGLU a son siège à Barcelone.</p></html>".encode()
AIMF_BODY = b"<html><p>L'AIMF rassemble plus de 300 villes de 50 pays.</p></html>"
ICORN_BODY = "<html><p>ICORN accueille des écrivains menacés dans plus de 80 villes.</p></html>".encode()



def write_snapshot(root: Path, pages: list[tuple[str, bytes]], start: datetime, *, revisits: bool = True,
                   status_line: str = "HTTP/1.1 200 OK") -> dict:
    """One committed snapshot of `pages` (url, body), fetched a second apart from `start`; its manifest."""
    clock = SteppingClock(start)
    writer = SnapshotWriter(root, source="mirror", start_urls=[pages[0][0]] if pages else [], code_version="0.1.0",
                            extractor_version="1.0.0", clock=clock, pid=os.getpid(), revisits=revisits)
    writer.open()
    for number, (url, body) in enumerate(pages, 1):
        writer.add_capture(
            {"url": url, "final_url": url, "fetched_at": start + timedelta(seconds=number),
             "content_type": "text/html"},
            body=body,
            status_line=status_line,
            request_headers=[("Accept", "text/html")],
            response_headers=[("Content-Type", "text/html; charset=utf-8"), ("Server", "test")],
            warc_target_uri=url,
        )
    return writer.commit({"requests": len(pages)})


def at(year: int, month: int = 1, day: int = 1) -> datetime:
    return datetime(year, month, day, 9, 30, tzinfo=UTC)
