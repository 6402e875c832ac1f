"""`paris-archive replay`: the archive's WARC files served by pywb, one collection per archive.

pywb has a virtualenv of its own (it pins libraries the crawl needs newer): `.venv/pywb/` beside the
project's, which `make test` creates, or any `wayback` program named by $PARIS_ARCHIVE_PYWB or on PATH.
"""

import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from pathlib import Path

from archive.replay import collection_name, pywb_config, write_replay_index
from archive.store import Archive
from paris_archive.errors import UserError

PYWB_VARIABLE = "PARIS_ARCHIVE_PYWB"
PYWB_PIN = "pywb==2.10.0"
DEFAULT_PORT = 8080
STARTUP_SECONDS = 60
# How often new snapshots are looked for: a report written after a crawl links captures the index must hold.
REFRESH_SECONDS = 30


def wayback_program() -> Path:
    """pywb's `wayback`: $PARIS_ARCHIVE_PYWB, else the one beside this virtualenv, else on PATH."""
    candidates = [os.environ.get(PYWB_VARIABLE), str(Path(sys.prefix) / "pywb" / "bin" / "wayback"),
                  shutil.which("wayback")]
    for candidate in filter(None, candidates):
        if Path(candidate).is_file() and os.access(candidate, os.X_OK):
            return Path(candidate)
    raise UserError(f"pywb is not installed: `python3 -m venv {Path(sys.prefix) / 'pywb'} && "
                    f"{Path(sys.prefix) / 'pywb' / 'bin' / 'pip'} install {PYWB_PIN}`, or name its `wayback` "
                    f"program in ${PYWB_VARIABLE}")


def _check_port_free(bind: str, port: int) -> None:
    try:
        with socket.socket(socket.AF_INET6 if ":" in bind else socket.AF_INET) as probe:
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            probe.bind((bind, port))
    except OSError as exc:
        raise UserError(f"cannot serve on {bind}:{port}: {exc.strerror or exc}") from None


def _answers(url: str) -> bool:
    try:
        urllib.request.urlopen(url, timeout=2).close()
        return True
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return False


def _last_line(log: Path) -> str:
    lines = [line for line in log.read_text(errors="replace").splitlines() if line.strip()]
    return lines[-1].strip() if lines else "no output"


def serve_replay(root: Path, bind: str, port: int, announce: Callable[[str], None]) -> int:
    """Serve the archive until stopped (Ctrl-C, SIGTERM); the index follows new snapshots as they are committed."""
    archive = Archive(root)
    if not archive.snapshot_ids():
        raise UserError(f"nothing to replay: {root} has no snapshots yet")
    program = wayback_program()
    _check_port_free(bind, port)
    collection = collection_name(root)
    with tempfile.TemporaryDirectory(prefix="paris-archive-replay-") as folder:
        workdir = Path(folder)
        index = workdir / "index.cdxj"
        records = write_replay_index(archive, index)
        (workdir / "config.yaml").write_text(pywb_config(archive, index), encoding="utf-8")
        log = workdir / "pywb.log"
        with log.open("wb") as output:
            child = subprocess.Popen([str(program), "--bind", bind, "--port", str(port)], cwd=workdir,
                                     stdout=output, stderr=subprocess.STDOUT)
        # SIGTERM (systemd, kill) ends this process through `finally`, so that pywb stops with it.
        signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
        try:
            base = f"http://{'127.0.0.1' if bind in ('0.0.0.0', '::') else bind}:{port}"
            _wait_until_up(child, f"{base}/", log)
            snapshots = archive.snapshot_ids()
            announce(f"Replaying {len(snapshots)} snapshot(s) of {root} ({records} captures) "
                     f"at {base}/{collection}/ (listening on {bind}:{port}).")
            announce(f"Reports link their archived copies here with --archive-url {base} "
                     f"(or report.archive_url, the address readers reach this server at). Ctrl-C stops.")
            return _follow_new_snapshots(child, archive, index, snapshots, log, announce)
        finally:
            if child.poll() is None:
                child.terminate()
                try:
                    child.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    child.kill()
                    child.wait()


def _wait_until_up(child: subprocess.Popen, url: str, log: Path) -> None:
    deadline = time.monotonic() + STARTUP_SECONDS
    while time.monotonic() < deadline:
        if child.poll() is not None:
            raise UserError(f"pywb stopped as it started: {_last_line(log)}")
        if _answers(url):
            return
        time.sleep(0.2)
    raise UserError(f"pywb did not answer on {url} within {STARTUP_SECONDS} s: {_last_line(log)}")


def _follow_new_snapshots(child: subprocess.Popen, archive: Archive, index: Path, known: list[str], log: Path,
                          announce: Callable[[str], None]) -> int:
    while True:
        try:
            child.wait(timeout=REFRESH_SECONDS)
        except subprocess.TimeoutExpired:
            current = archive.snapshot_ids()
            if current != known:
                records = write_replay_index(archive, index)
                announce(f"Now replaying {len(current)} snapshot(s) ({records} captures).")
                known = current
            continue
        raise UserError(f"pywb stopped (exit {child.returncode}): {_last_line(log)}")
