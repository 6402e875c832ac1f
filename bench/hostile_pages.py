"""What a crawl of hostile pages costs: peak memory and time of a real crawl of a server on 127.0.0.1 that answers
with a 300 MB body, a gzip body that expands to 1 GB, a body that never ends, and ten 15 MB pages.

    python bench/hostile_pages.py

Prints the peak resident memory of the largest process of the crawl (the crawl's or the archive's), its time,
and what the pages rows say of each hostile page.
"""

import resource
import subprocess
import sys
import tempfile
import threading
import time
import zlib
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import duckdb

REPO = Path(__file__).resolve().parent.parent
CHUNK = b"<p>" + b"w" * 65_533 + b"\n"
BIG_PAGES = int(sys.argv[1]) if len(sys.argv) > 1 else 10


def _bomb() -> bytes:
    """1 GB of zeros as a gzip body of about 1 MB, compressed a megabyte at a time (this process stays small, so
    that the memory measured is the crawl's)."""
    compressor = zlib.compressobj(6, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    megabyte = b"0" * 1_000_000
    return b"".join(compressor.compress(megabyte) for _ in range(1_000)) + compressor.flush()


BOMB = _bomb()


class Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        if self.path == "/":
            links = "".join(f'<a href="/big-{n}">{n}</a>' for n in range(BIG_PAGES))
            hostile = '<a href="/huge">h</a><a href="/bomb">b</a><a href="/endless">e</a>'
            body = f"<html><body>{hostile}{links}</body></html>"
            self._send(body.encode())
        elif self.path == "/huge":
            self._stream(300_000_000 // len(CHUNK))
        elif self.path == "/bomb":
            self._send(BOMB, Content_Encoding="gzip")
        elif self.path == "/endless":
            self._stream(None)
        elif self.path.startswith("/big-"):
            self._send(b"<html><body>" + CHUNK * (15_000_000 // len(CHUNK)) + b"</body></html>")
        else:
            self._send(b"", status=404)

    def _send(self, body: bytes, status: int = 200, **headers: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        for name, value in headers.items():
            self.send_header(name.replace("_", "-"), value)
        self.end_headers()
        self.wfile.write(body)

    def _stream(self, chunks: int | None) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.end_headers()
        sent = 0
        try:
            while chunks is None or sent < chunks:
                self.wfile.write(CHUNK)
                sent += 1
        except OSError:
            return

    def log_message(self, *args) -> None:
        pass


class QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address) -> None:
        pass


def main() -> None:
    server = QuietServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    start_url = f"http://127.0.0.1:{server.server_address[1]}/"
    with tempfile.TemporaryDirectory() as work:
        archive = Path(work) / "archive"
        started = time.perf_counter()
        result = subprocess.run([sys.executable, "-m", "paris_archive", "crawl", "--start-url", start_url,
                                 "--archive", str(archive), "-s", "DOWNLOAD_DELAY=0", "-s",
                                 "AUTOTHROTTLE_ENABLED=False", "-s", "DOWNLOAD_TIMEOUT=10"],
                                cwd=REPO, capture_output=True, text=True)
        elapsed = time.perf_counter() - started
        peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        print(f"exit {result.returncode} in {elapsed:.1f} s; peak resident memory of a crawl process: {peak_mb:.0f} MB")
        (snapshot,) = (archive / "snapshots").iterdir()
        for url, status, error in duckdb.sql(
                f"select url, status, error from read_parquet('{snapshot / 'pages.parquet'}') order by url").fetchall():
            print(f"  {status} {url.removeprefix(start_url) or '/'}: {error or 'archived'}")
    server.shutdown()


if __name__ == "__main__":
    main()
