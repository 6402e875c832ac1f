"""The researcher's API on hundreds of synthetic snapshots, never reading a file it does not need (its speed:
bench/research_scale.py)."""

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from helpers.synthetic_snapshots import FACTS_PER_SNAPSHOT, FIRST_CAPTURE, fact_rows, write_snapshot

from archive import ArchiveError
from archive.schema import SCHEMAS, TABLE_NAMES
from archive.tables import rows_to_batch
from research import open_archive

SNAPSHOTS = 300


@pytest.fixture(scope="module")
def daily_archive(tmp_path_factory) -> tuple[Path, list[str]]:
    """A daily crawl for 300 days; AIMF's member count grows by one a month."""
    root = tmp_path_factory.mktemp("daily-archive")
    ids = [write_snapshot(root, FIRST_CAPTURE + timedelta(days=day), 150 + day // 30) for day in range(SNAPSHOTS)]
    return root, ids


def test_history_of_hundreds_of_snapshots_holds_every_row_in_order(daily_archive):
    root, ids = daily_archive
    facts = open_archive(root).history("facts")
    assert len(facts) == SNAPSHOTS * FACTS_PER_SNAPSHOT
    assert list(dict.fromkeys(facts["snapshot_id"])) == ids


def test_timeline_finds_each_monthly_value_once(daily_archive):
    root, ids = daily_archive
    timeline = open_archive(root).timeline("aimf", "member_cities")
    assert list(timeline["value"]) == [str(150 + month) for month in range(10)]
    assert list(timeline["snapshots"]) == [30] * 10
    assert timeline["first_seen"].iloc[0] == ids[0] and timeline["last_seen"].iloc[-1] == ids[-1]
    assert list(timeline["current"]) == [False] * 9 + [True]


def test_a_value_that_comes_back_is_a_second_stretch(tmp_path):
    for day, members in enumerate([100, 120, 100]):
        write_snapshot(tmp_path, FIRST_CAPTURE + timedelta(days=day), members)
    timeline = open_archive(tmp_path).timeline("aimf", "member_cities")
    assert list(timeline["value"]) == ["100", "120", "100"]
    assert list(timeline["snapshots"]) == [1, 1, 1]


def test_snapshots_are_ordered_by_the_date_their_content_stands_for(tmp_path):
    crawled_live = write_snapshot(tmp_path, datetime(2026, 11, 25, 9, tzinfo=UTC), 300)
    # Crawled an hour later, but from a mirror of the 2012 pages: its content is the oldest.
    mirror_2012 = write_snapshot(tmp_path, datetime(2026, 11, 25, 10, tzinfo=UTC), 156,
                                 {"mirror_epoch": "2012", "mirror_captured": "2012-04-20"})
    # A capture from 2014, backfilled now: the writer names it by its capture time.
    backfilled_2014 = write_snapshot(tmp_path, datetime(2014, 12, 10, 8, tzinfo=UTC), 250)
    archive = open_archive(tmp_path)
    index = archive.snapshots()
    assert list(index["snapshot_id"]) == [mirror_2012, backfilled_2014, crawled_live]
    assert [stamp.isoformat() for stamp in index["captured"]] == [
        "2012-04-20T00:00:00+00:00", "2014-12-10T08:00:00+00:00", "2026-11-25T09:00:00+00:00"]
    assert archive.resolve("latest") == crawled_live
    assert archive.resolve(as_of="2013-01-01") == mirror_2012
    assert list(archive.timeline("aimf", "member_cities")["value"]) == ["156", "250", "300"]


def corrupt(path: Path) -> None:
    path.write_bytes(b"not a parquet file")


@pytest.fixture
def mostly_corrupted(tmp_path) -> tuple[Path, list[str]]:
    """Five snapshots whose pages and news files, and all facts files but the middle one's, are garbage:
    a function that opens a file it does not need fails."""
    ids = [write_snapshot(tmp_path, FIRST_CAPTURE + timedelta(days=day), 100 + day) for day in range(5)]
    for snapshot_id in ids:
        for table in TABLE_NAMES:
            if not (table == "facts" and snapshot_id == ids[2]):
                corrupt(tmp_path / "snapshots" / snapshot_id / f"{table}.parquet")
    return tmp_path, ids


def test_loading_one_snapshot_reads_only_its_file(mostly_corrupted):
    root, ids = mostly_corrupted
    archive = open_archive(root)
    assert set(archive.load("facts", ids[2])["snapshot_id"]) == {ids[2]}
    as_of = (FIRST_CAPTURE + timedelta(days=2, hours=1)).isoformat()
    assert set(archive.load("facts", as_of=as_of)["snapshot_id"]) == {ids[2]}


def test_the_index_reads_manifests_only(mostly_corrupted):
    root, ids = mostly_corrupted
    assert list(open_archive(root).snapshots()["snapshot_id"]) == ids


def test_sql_reads_only_the_tables_it_names(mostly_corrupted):
    root, ids = mostly_corrupted
    archive = open_archive(root)
    for snapshot_id in ids:  # make every facts file readable again; pages and news stay garbage
        write_snapshot_facts(root, snapshot_id)
    assert archive.sql("select count(*) as n from facts")["n"].iloc[0] == 5 * FACTS_PER_SNAPSHOT
    assert len(archive.history("facts")) == 5 * FACTS_PER_SNAPSHOT
    assert list(archive.timeline("aimf", "member_cities")["snapshots"]) == [5]


def write_snapshot_facts(root: Path, snapshot_id: str) -> None:
    pq.write_table(pa.Table.from_batches([rows_to_batch("facts", fact_rows(snapshot_id, 100))]),
                   root / "snapshots" / snapshot_id / "facts.parquet")


def test_an_empty_archive(tmp_path):
    archive = open_archive(tmp_path)
    assert archive.snapshots().empty
    history = archive.history("news")
    assert history.empty and list(history.columns) == [*SCHEMAS["news"].names, "captured"]
    with pytest.raises(ArchiveError, match="has no snapshots yet"):
        archive.load("facts")
    with pytest.raises(ArchiveError, match="no facts about network 'aimf' .*networks: none"):
        archive.timeline("aimf", "member_cities")


def test_new_snapshots_are_seen_without_reopening(tmp_path):
    write_snapshot(tmp_path, FIRST_CAPTURE, 100)
    archive = open_archive(tmp_path)
    assert len(archive.snapshots()) == 1
    newest = write_snapshot(tmp_path, FIRST_CAPTURE + timedelta(days=1), 101)
    assert archive.resolve() == newest
    assert archive.sql("select count(distinct snapshot_id) as n from facts")["n"].iloc[0] == 2
