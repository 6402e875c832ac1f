"""The archive's child process stores what the crawl's own process would, and its failures reach the crawl as errors."""

import asyncio
import os
import signal
import subprocess
import sys
from datetime import UTC, datetime

import pytest
from conftest import FAST_LOCAL_CRAWL, rows, run_cli, snapshot_ids, table

from mirror.epochs import load_epoch
from pipelines.archive_messages import ArchiverError, SnapshotPlan
from pipelines.archive_worker import ArchiverLost, ArchiveWorker
from pipelines.capture_archiver import InProcessArchiver
from scraper.items import PageCapture
from scraper.origins import OriginMap
from scraper.settings import base as crawl_settings
from shared.clock import SteppingClock

NETWORKS_PATH = ("politiques/paris-a-l-international/paris-ville-monde/la-participation-aux-reseaux-des-villes"
                 "/rub_6587_stand_16469_port_14974")
FETCHED_AT = datetime(2012, 4, 20, tzinfo=UTC)


def networks_page_capture(**changes) -> PageCapture:
    body = (load_epoch("2012").site_dir / NETWORKS_PATH).read_bytes()
    fields = {"url": f"http://www.paris.fr/{NETWORKS_PATH}", "fetched_at": FETCHED_AT, "status": 200,
              "response_headers": [("Content-Type", "text/html; charset=iso-8859-1")], "body": body}
    return PageCapture(**{**fields, **changes})


def plan_for(root) -> SnapshotPlan:
    return SnapshotPlan(root=root, source="live", start_urls=[f"http://www.paris.fr/{NETWORKS_PATH}"],
                        code_version="test", extractor_version="test", clock=SteppingClock(FETCHED_AT),
                        started_at=FETCHED_AT, pid=os.getpid(), origins=OriginMap({}))


def test_the_child_archives_a_page_as_the_crawl_process_would(tmp_path):
    async def archive_one(archiver):
        try:
            page = await archiver.archive(networks_page_capture())
            archiver.commit({}, [])
            return archiver.snapshot_id, page
        finally:
            archiver.close()

    beside = asyncio.run(archive_one(ArchiveWorker(plan_for(tmp_path / "beside"))))
    inside = asyncio.run(archive_one(InProcessArchiver(plan_for(tmp_path / "inside"))))
    assert beside[1] == inside[1]
    assert beside[1].facts == 16 and beside[1].status == 200 and beside[1].error is None
    for name in ("facts", "pages"):
        stored = [rows(f"select * exclude (snapshot_id) from {table(tmp_path / folder, snapshot_id, name)}")
                  for folder, (snapshot_id, _) in (("beside", beside), ("inside", inside))]
        assert stored[0] == stored[1] and stored[0]


def test_an_archive_error_in_the_child_arrives_as_its_own_text(tmp_path):
    async def archive_a_naive_date():
        worker = ArchiveWorker(plan_for(tmp_path))
        try:
            await worker.archive(networks_page_capture(fetched_at=datetime(2012, 4, 20)))
        finally:
            worker.fail("test", {})
            worker.close()

    with pytest.raises(ArchiverError, match=r"^ArchiveError: pages.fetched_at must be timezone-aware"):
        asyncio.run(archive_a_naive_date())


def test_a_snapshot_the_child_cannot_open_is_an_error_with_the_reason(tmp_path):
    not_a_folder = tmp_path / "archive"
    not_a_folder.write_text("")
    worker = ArchiveWorker(plan_for(not_a_folder))
    try:
        with pytest.raises(ArchiverError, match="is a file, not a folder"):
            _ = worker.snapshot_id
    finally:
        worker.close()


def test_a_lost_child_is_an_error_not_a_hang(tmp_path):
    async def lose_the_child():
        worker = ArchiveWorker(plan_for(tmp_path))
        try:
            await worker.archive(networks_page_capture())
            os.kill(worker.pid, signal.SIGKILL)
            with pytest.raises(ArchiverLost, match=r"ended unexpectedly \(exit code -9\)"):
                await worker.archive(networks_page_capture())
            with pytest.raises(ArchiverLost):
                worker.commit({}, [])
        finally:
            worker.close()

    asyncio.run(lose_the_child())


def snapshot_tables(archive, snapshot_id) -> dict[str, list[str]]:
    return {name: sorted(map(str, rows(f"select * exclude (snapshot_id) from {table(archive, snapshot_id, name)}")))
            for name in ("facts", "news")}


def test_the_same_snapshot_whether_pages_are_archived_beside_the_crawl_or_in_it(crawled_2012, tmp_path):
    assert crawl_settings.ARCHIVE_PROCESS, "the session's crawl of 2012 archived its pages beside the crawl"
    beside = snapshot_tables(*crawled_2012)
    archive = tmp_path / "archive"
    result = run_cli("crawl", "--mirror", "2012", *FAST_LOCAL_CRAWL, "-s", "ARCHIVE_PROCESS=False", archive=archive)
    assert result.returncode == 0, result.stderr
    (snapshot_id,) = snapshot_ids(archive)
    assert snapshot_tables(archive, snapshot_id) == beside
    assert len(beside["facts"]) > 50


def test_the_archive_process_starts_without_the_diffs_pandas():
    """The process beside every crawl runs the health checks, not the diff: it does not import pandas at its start."""
    code = "import sys\nimport pipelines.archive_process\nsys.exit('pandas' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0
