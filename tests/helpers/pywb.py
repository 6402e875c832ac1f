"""pywb for the tests: its own virtualenv, collections built from the project's WARCs, a server on loopback.

pywb lives in a virtualenv of its own (inside .venv, so `make clean` removes it): it pins pyOpenSSL and
brings `brotlipy`, whose `brotli` module would shadow the one Scrapy decodes responses with. It is
installed on first use, once per machine.
"""

import fcntl
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator
from warcio.warcwriter import WARCWriter

REPO = Path(__file__).resolve().parents[2]
# The pin `make test` installs from too.
PYWB_REQUIREMENTS = Path(__file__).resolve().parent / "pywb-requirements.txt"
PYWB_VENV = REPO / ".venv" / "pywb"
STARTUP_SECONDS = 60


def pywb_tool(name: str) -> Path:
    """The path of a pywb program (`wayback`, `wb-manager`), installing pywb first if needed."""
    program = PYWB_VENV / "bin" / name
    if program.exists():
        return program
    PYWB_VENV.parent.mkdir(parents=True, exist_ok=True)
    with (PYWB_VENV.parent / "pywb-install.lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # test workers share one installation
        if not program.exists():
            subprocess.run([sys.executable, "-m", "venv", "--clear", str(PYWB_VENV)], check=True)
            subprocess.run([str(PYWB_VENV / "bin" / "pip"), "install", "--quiet", "--disable-pip-version-check",
                            "--requirement", str(PYWB_REQUIREMENTS)], check=True, timeout=600)
    return program


def add_collection(root: Path, name: str, files: list[Path], *, unpack_wacz: bool = False) -> None:
    """A pywb collection under root/collections/<name> holding (and indexing) these WARC or WACZ files."""
    manager = str(pywb_tool("wb-manager"))
    subprocess.run([manager, "init", name], cwd=root, check=True, capture_output=True)
    options = ["--unpack-wacz"] if unpack_wacz else []
    subprocess.run([manager, "add", *options, name, *map(str, files)], cwd=root, check=True, capture_output=True)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class PywbServer:
    """`with PywbServer(root) as base_url:` runs pywb's `wayback` on 127.0.0.1 over the collections of root."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.port = free_port()
        self.base_url = f"http://127.0.0.1:{self.port}"
        self._process: subprocess.Popen | None = None

    def __enter__(self) -> str:
        log = (self.root / "wayback.log").open("wb")
        self._process = subprocess.Popen([str(pywb_tool("wayback")), "--bind", "127.0.0.1", "--port", str(self.port)],
                                         cwd=self.root, stdout=log, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + STARTUP_SECONDS
        while time.monotonic() < deadline:
            if self._process.poll() is not None:
                raise RuntimeError(f"pywb exited: {(self.root / 'wayback.log').read_text()[-2000:]}")
            try:
                urllib.request.urlopen(self.base_url + "/", timeout=2).close()
                return self.base_url
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                time.sleep(0.2)
        self.__exit__()
        raise RuntimeError(f"pywb did not answer on {self.base_url} within {STARTUP_SECONDS} s")

    def __exit__(self, *exc_info) -> None:
        if self._process is not None and self._process.poll() is None:
            self._process.terminate()
            try:
                self._process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self._process.kill()
                self._process.wait()


def redated_copy(source: Path, target: Path, redate: Callable[[str], str]) -> None:
    """A copy of a WARC file with every WARC-Date (and WARC-Refers-To-Date) moved by `redate`.

    The mirror's epochs are all crawled today; web archives hold them on their own dates. Dates are WARC
    headers, outside the digested blocks, so the digests still hold.
    """
    with source.open("rb") as reader, target.open("wb") as out:
        writer = WARCWriter(out, gzip=True)
        for record in ArchiveIterator(reader, no_record_parse=False, arc2warc=True):
            for name in ("WARC-Date", "WARC-Refers-To-Date"):
                value = record.rec_headers.get_header(name)
                if value:
                    record.rec_headers.replace_header(name, redate(value))
            writer.write_record(record)


def history_collection(root: Path, archive: Path, by_epoch: dict[str, str], name: str = "history") -> dict[str, str]:
    """A collection of the crawled history's WARC files, each moved to its epoch's capture date.

    Every record keeps its time of day; returns {epoch: capture date (ISO)}.
    """
    import json

    from mirror.epochs import load_epoch

    windows = []  # (start, end, epoch date) of each crawl, which never overlap
    for epoch, snapshot_id in by_epoch.items():
        manifest = json.loads((archive / "snapshots" / snapshot_id / "manifest.json").read_text())
        windows.append((datetime.fromisoformat(manifest["started_at"]), datetime.fromisoformat(manifest["finished_at"]),
                        load_epoch(epoch).captured))

    def redate(warc_date: str) -> str:
        for start, end, captured in windows:
            if start <= datetime.fromisoformat(warc_date) <= end:
                return captured + warc_date[10:]
        raise AssertionError(f"{warc_date} is in no crawl of the history")

    warcs = []
    for snapshot_id in by_epoch.values():
        warcs.append(root / f"{snapshot_id}.warc.gz")
        redated_copy(archive / "snapshots" / snapshot_id / "captures.warc.gz", warcs[-1], redate)
    add_collection(root, name, warcs)
    return {epoch: load_epoch(epoch).captured for epoch in by_epoch}
