"""`scrapy crawl` says in its exit code what became of the archive, as `paris-archive crawl` does."""

import os
import socket
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

from conftest import REPO, snapshot_ids

from archive.lock import ArchiveLock

SCRAPY = Path(sys.executable).parent / "scrapy"


def scrapy_crawl(archive: Path, start_url: str) -> subprocess.CompletedProcess:
    environment = {**os.environ, "PARIS_ARCHIVE_DIR": str(archive)}
    return subprocess.run([str(SCRAPY), "crawl", "paris_international", "-a", f"start_urls={start_url}",
                           "-s", "DOWNLOAD_DELAY=0", "-s", "RETRY_ENABLED=False"],
                          cwd=REPO, env=environment, capture_output=True, text=True, timeout=180)


def closed_port() -> str:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return f"http://127.0.0.1:{probe.getsockname()[1]}/"


def test_a_crawl_refused_by_the_lock_exits_75(tmp_path):
    archive = tmp_path / "archive"
    with ArchiveLock(archive, purpose="crawl", pid=os.getpid(), clock=lambda: datetime.now(UTC)):
        result = scrapy_crawl(archive, closed_port())
    assert result.returncode == 75, result.stderr[-2000:]
    assert "is being written by a crawl" in result.stderr
    assert snapshot_ids(archive) == []


def test_a_crawl_whose_snapshot_was_not_written_exits_1(tmp_path):
    archive = tmp_path / "archive"
    result = scrapy_crawl(archive, closed_port())
    assert result.returncode == 1, result.stderr[-2000:]
    assert "no start URL answered" in result.stderr
