"""A response too large, a decompression bomb or a body that never ends: each is a pages row with its status and
the reason, and the snapshot is complete (a real crawl of a hostile server on 127.0.0.1)."""

import gzip
import hashlib
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from conftest import FAST_LOCAL_CRAWL, manifest, rows, run_cli, snapshot_ids, table

LIMIT = 100_000
PAGE = b"<html><head><title>%s</title></head><body><p>%s</p></body></html>"
INDEX = (b"<html><head><title>Hostile</title></head><body>"
         b'<a href="/announced">a</a> <a href="/unannounced">b</a> <a href="/bomb">c</a> <a href="/trickle">d</a> '
         b'<a href="/fine">e</a></body></html>')
# Seconds of work for the parsers (thousands of sentences with a fact each), where a page takes milliseconds.
SLOW_TO_PARSE = PAGE % (b"Slow", b"".join(b"<div><p>Paragraph %d: Eurocities has more than %d member cities.</p></div>"
                                         % (number, number) for number in range(3000)))
# A few kilobytes that expand to 5 MB, fifty times the limit.
BOMB = gzip.compress(b"<p>" + b"0" * 5_000_000, compresslevel=9)


class HostileHandler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        name = self.path.strip("/").replace("-", "_") or "index"
        answer = getattr(self, f"answer_{name}", None)
        if answer is None:
            self.send_response(404)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        answer()

    def _head(self, **headers: str) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        for name, value in headers.items():
            self.send_header(name.replace("_", "-"), value)
        self.end_headers()

    def answer_index(self) -> None:
        self._head(Content_Length=str(len(INDEX)))
        self.wfile.write(INDEX)

    def answer_slow_index(self) -> None:
        body = b'<html><body><a href="/slow">slow</a> <a href="/fine">fine</a></body></html>'
        self._head(Content_Length=str(len(body)))
        self.wfile.write(body)

    def answer_slow(self) -> None:
        self._head(Content_Length=str(len(SLOW_TO_PARSE)))
        self.wfile.write(SLOW_TO_PARSE)

    def answer_fine(self) -> None:
        body = PAGE % (b"Fine", b"A page of a normal size.")
        self._head(Content_Length=str(len(body)))
        self.wfile.write(body)

    def answer_announced(self) -> None:
        body = b"x" * (3 * LIMIT)
        self._head(Content_Length=str(len(body)))
        self.wfile.write(body)

    def answer_unannounced(self) -> None:  # no length: the body ends when the connection closes
        self._head()
        for _ in range(30):
            self.wfile.write(b"<p>" + b"y" * 10_000 + b"</p>")

    def answer_bomb(self) -> None:
        body = BOMB
        self._head(Content_Length=str(len(body)), Content_Encoding="gzip")
        self.wfile.write(body)

    def answer_trickle(self) -> None:  # a few bytes at a time, for ever
        self._head()
        try:
            while True:
                self.wfile.write(b"z" * 50)
                self.wfile.flush()
                time.sleep(0.2)
        except OSError:
            return

    def log_message(self, *args) -> None:
        pass


class QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address) -> None:
        pass  # the crawler hanging up on a page it cut off is the point


@pytest.fixture
def hostile_site():
    server = QuietServer(("127.0.0.1", 0), HostileHandler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()
    server.server_close()


def test_pages_past_the_limits_are_rows_with_their_reason_and_the_snapshot_is_complete(tmp_path, hostile_site):
    archive = tmp_path / "archive"
    result = run_cli("crawl", "--start-url", hostile_site, *FAST_LOCAL_CRAWL,
                     "-s", f"ARCHIVE_MAX_PAGE_BYTES={LIMIT}", "-s", "DOWNLOAD_TIMEOUT=2", archive=archive)
    assert result.returncode == 0, result.stdout + result.stderr
    (snapshot_id,) = snapshot_ids(archive)
    assert manifest(archive, snapshot_id)["status"] == "complete"
    pages = {row["url"].removeprefix(hostile_site): row for row in rows(
        f"select url, status, error, n_facts, warc_offset from {table(archive, snapshot_id, 'pages')}")}
    assert set(pages) == {"", "announced", "unannounced", "bomb", "trickle", "fine"}
    assert pages["fine"]["error"] is None and pages[""]["error"] is None
    assert all(pages[name]["status"] == 200 for name in pages)
    assert pages["announced"]["error"] == ("too large: the server announced 300,000 bytes, more than "
                                           "ARCHIVE_MAX_PAGE_BYTES (100,000 bytes); the body is not archived")
    assert pages["unannounced"]["error"] == ("too large: more than ARCHIVE_MAX_PAGE_BYTES (100,000 bytes) received; "
                                             "the body is not archived")
    assert pages["bomb"]["error"].startswith("too large: more than ARCHIVE_MAX_PAGE_BYTES (100,000 bytes) after "
                                             "decompression (")
    assert pages["trickle"]["error"].startswith("cut off after 2 s (DOWNLOAD_TIMEOUT): the body was still arriving")
    # Their status line and headers are archived, with no body.
    assert all(pages[name]["warc_offset"] is not None for name in pages)


@pytest.mark.parametrize("in_child_process", [True, False])
def test_a_page_that_parses_too_long_is_archived_unparsed_and_the_crawl_goes_on(tmp_path, hostile_site,
                                                                               in_child_process):
    archive = tmp_path / "archive"
    result = run_cli("crawl", "--start-url", hostile_site + "slow-index", *FAST_LOCAL_CRAWL,
                     "-s", "ARCHIVE_EXTRACTION_SECONDS=0.5", "-s", f"ARCHIVE_PROCESS={in_child_process}",
                     archive=archive)
    assert result.returncode == 0, result.stdout + result.stderr
    (snapshot_id,) = snapshot_ids(archive)
    pages = {row["url"].removeprefix(hostile_site): row for row in rows(
        f"select url, status, error, n_facts, body_sha256 from {table(archive, snapshot_id, 'pages')}")}
    assert pages["slow"]["error"] == ("extraction failed: TimeBoundExceeded: parsing the page "
                                      "(ARCHIVE_EXTRACTION_SECONDS) took longer than 0.5 s")
    assert pages["slow"]["n_facts"] == 0 and pages["slow"]["status"] == 200
    assert pages["slow"]["body_sha256"] == hashlib.sha256(SLOW_TO_PARSE).hexdigest()
    assert pages["fine"]["error"] is None and pages["fine"]["status"] == 200
