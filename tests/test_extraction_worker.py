"""Parsing in a child process gives exactly what parsing in the crawl's process gives, even if the child dies."""

import asyncio
import os
import signal
from collections import Counter
from datetime import UTC, datetime

from conftest import FAST_LOCAL_CRAWL, rows, run_cli, snapshot_ids, table

from mirror.epochs import load_epoch
from pipelines.extraction import ExtractionPipeline
from pipelines.page_record import extract_capture
from scraper.items import PageCapture
from scraper.origins import OriginMap

NETWORKS_PATH = ("politiques/paris-a-l-international/paris-ville-monde/la-participation-aux-reseaux-des-villes"
                 "/rub_6587_stand_16469_port_14974")


class CountingStats:
    def __init__(self) -> None:
        self.values: Counter[str] = Counter()

    def inc_value(self, key: str, count: int = 1) -> None:
        self.values[key] += count


def networks_page_capture() -> PageCapture:
    body = (load_epoch("2012").site_dir / NETWORKS_PATH).read_bytes()
    return PageCapture(url=f"http://www.paris.fr/{NETWORKS_PATH}", fetched_at=datetime(2012, 4, 20, tzinfo=UTC),
                       status=200, response_headers=[("Content-Type", "text/html; charset=iso-8859-1")], body=body)


def test_a_lost_worker_is_replaced_by_extraction_in_the_crawl():
    capture = networks_page_capture()
    expected = extract_capture(capture, OriginMap({}))
    stats = CountingStats()

    async def crawl_two_pages():
        pipeline = ExtractionPipeline(OriginMap({}), stats, in_worker=True)
        try:
            first = await pipeline.process_item(capture)
            os.kill(pipeline.worker.pid, signal.SIGKILL)
            second = await pipeline.process_item(capture)
        finally:
            pipeline.close_spider()
        return first, second

    first, second = asyncio.run(crawl_two_pages())
    assert len(expected.facts) == 16
    assert (first.page, first.facts, first.news) == (expected.page, expected.facts, expected.news)
    assert (second.page, second.facts, second.news) == (expected.page, expected.facts, expected.news)
    assert first.capture is capture and second.capture is capture
    assert stats.values["extraction/worker_lost"] == 1


def test_the_same_snapshot_whether_pages_are_parsed_beside_the_crawl_or_in_it(tmp_path):
    tables = {}
    for in_worker in (True, False):
        archive = tmp_path / f"archive-{in_worker}"
        result = run_cli("crawl", "--mirror", "2012", *FAST_LOCAL_CRAWL,
                         "-s", f"ARCHIVE_EXTRACTION_PROCESS={in_worker}", archive=archive)
        assert result.returncode == 0, result.stderr
        (snapshot_id,) = snapshot_ids(archive)
        tables[in_worker] = {
            name: sorted(map(str, rows(f"select * exclude (snapshot_id) from {table(archive, snapshot_id, name)}")))
            for name in ("facts", "news")
        }
    assert tables[True] == tables[False]
    assert len(tables[True]["facts"]) > 50
