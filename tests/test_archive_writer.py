import hashlib
import json
import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta

import duckdb
import pytest
from warcio.archiveiterator import ArchiveIterator

from archive import Archive, ArchiveError, RowError, SnapshotWriter, read_capture
from archive.layout import Layout
from archive.runs import abandon_run
from shared.clock import SteppingClock

START = datetime(2012, 11, 5, 9, 30, tzinfo=UTC)
HOME = "https://www.paris.fr/international"
CGLU = "https://www.paris.fr/international/reseaux/cglu"
ICORN_NEWS = "https://www.paris.fr/international/actualites/icorn-ljubljana"
CGLU_BODY = "<html><p>Créée à Paris en mai 2004, CGLU a son siège à Barcelone.</p></html>".encode()



@pytest.fixture(scope="module")
def dead_pid() -> int:
    process = subprocess.Popen([sys.executable, "-c", "pass"])
    process.wait()
    return process.pid


def make_writer(root, clock=None, pid=None, **overrides) -> SnapshotWriter:
    options = {
        "source": "mirror",
        "start_urls": [HOME],
        "code_version": "0.1.0",
        "extractor_version": "7",
        "clock": clock or SteppingClock(START),
        "pid": pid or os.getpid(),
        "extra": {"epoch": "2012"},
    }
    return SnapshotWriter(root, **(options | overrides))


def page_row(url: str, **columns) -> dict:
    return {"url": url, "final_url": url, "fetched_at": START, "content_type": "text/html", "lang": "fr"} | columns


def add_page(writer: SnapshotWriter, url: str, body: bytes, status_line: str = "HTTP/1.1 200 OK", **columns) -> None:
    writer.add_capture(
        page_row(url, **columns),
        body=body,
        status_line=status_line,
        request_headers=[("Accept", "text/html")],
        response_headers=[("Content-Type", "text/html; charset=utf-8")],
        warc_target_uri=url,
    )


FACTS = [
    {
        "fact_id": "f-uclg-founded",
        "network_id": "uclg",
        "network_name": "CGLU",
        "attribute": "founded",
        "value": "2004-05",
        "value_date": "2004-05",
        "qualifier": "exact",
        "source_url": CGLU,
        "lang": "fr",
    },
    {
        "fact_id": "f-uclg-members",
        "network_id": "uclg",
        "attribute": "member_cities",
        "value": "1000",
        "value_num": 1000,
        "qualifier": "more_than",
        "evidence": "CGLU rassemble plus de 1 000 villes.",
        "source_url": CGLU,
    },
]

NEWS_FROM_HOME = {
    "news_id": "n-icorn-2014",
    "title": "Réunion annuelle d'ICORN",
    "url": ICORN_NEWS,
    "published": "2014-05",
    "date_precision": "month",
    "networks": ["icorn"],
    "source_url": HOME,
}


def write_sample_snapshot(root, clock=None) -> dict:
    writer = make_writer(root, clock=clock)
    writer.open()
    add_page(writer, HOME, b"<html>Relations internationales</html>", title="Relations internationales", n_news=1)
    add_page(writer, CGLU, CGLU_BODY, title="CGLU", n_facts=2, referrer=HOME)
    writer.add_facts(FACTS)
    writer.add_news([NEWS_FROM_HOME])
    return writer.commit({"requests": 2, "responses_by_status": {"200": 2}, "errors": 0, "start_time": START})


def query(sql: str) -> list[tuple]:
    return duckdb.sql(sql).fetchall()


def test_committed_tables_read_back_with_their_types(tmp_path):
    manifest = write_sample_snapshot(tmp_path)
    folder = tmp_path / "snapshots" / manifest["snapshot_id"]

    pages_file = f"read_parquet('{folder}/pages.parquet')"
    pages = query(f"select url, status, fetched_at, n_facts, referrer from {pages_file} order by url")
    assert pages == [(HOME, 200, START, None, None), (CGLU, 200, START, 2, HOME)]
    types = dict(query(f"select column_name, column_type from (describe select * from {pages_file})"))
    assert types["status"] == "INTEGER"
    assert types["fetched_at"] == "TIMESTAMP WITH TIME ZONE"
    assert types["warc_offset"] == "BIGINT"

    facts_file = f"read_parquet('{folder}/facts.parquet')"
    facts = query(f"select fact_id, value_num, value_date, snapshot_id from {facts_file} order by fact_id")
    assert facts == [
        ("f-uclg-founded", None, "2004-05", manifest["snapshot_id"]),
        ("f-uclg-members", 1000.0, None, manifest["snapshot_id"]),
    ]
    assert isinstance(facts[1][1], float)

    news = query(f"select news_id, networks, published from read_parquet('{folder}/news.parquet')")
    assert news == [("n-icorn-2014", ["icorn"], "2014-05")]


def test_empty_snapshot_still_has_every_table_with_its_columns(tmp_path):
    writer = make_writer(tmp_path)
    snapshot_id = writer.open()
    manifest = writer.commit({"requests": 0})
    assert manifest["row_counts"] == {"pages": 0, "facts": 0, "news": 0}
    folder = tmp_path / "snapshots" / snapshot_id
    for table, column in (("pages", "warc_offset"), ("facts", "value_num"), ("news", "networks")):
        assert query(f"select count(*) from read_parquet('{folder}/{table}.parquet')") == [(0,)]
        columns = [row[0] for row in query(f"describe select * from read_parquet('{folder}/{table}.parquet')")]
        assert column in columns


def test_manifest_describes_the_snapshot_and_its_checksums_match(tmp_path):
    manifest = write_sample_snapshot(tmp_path)
    folder = tmp_path / "snapshots" / manifest["snapshot_id"]
    on_disk = (folder / "manifest.json").read_text()
    assert json.loads(on_disk) == manifest
    assert on_disk == json.dumps(manifest, sort_keys=True, indent=2, ensure_ascii=False) + "\n"

    assert manifest["snapshot_id"] == "20121105T093000Z"
    assert manifest["status"] == "complete"
    assert manifest["started_at"] == "2012-11-05T09:30:00Z"
    assert manifest["finished_at"] == "2012-11-05T09:30:01Z"
    assert (manifest["source"], manifest["extra"], manifest["start_urls"]) == ("mirror", {"epoch": "2012"}, [HOME])
    assert (manifest["code_version"], manifest["extractor_version"], manifest["schema_version"]) == ("0.1.0", "7", 1)
    assert manifest["crawl_stats"]["start_time"] == "2012-11-05T09:30:00+00:00"
    assert manifest["row_counts"] == {"pages": 2, "facts": 2, "news": 1}
    assert manifest["warnings"] == []
    assert set(manifest["files"]) == {"pages.parquet", "facts.parquet", "news.parquet", "captures.warc.gz",
                                      "captures.cdxj"}
    for name, entry in manifest["files"].items():
        content = (folder / name).read_bytes()
        assert entry == {"sha256": hashlib.sha256(content).hexdigest(), "bytes": len(content)}


def test_pages_point_at_their_raw_capture(tmp_path):
    manifest = write_sample_snapshot(tmp_path)
    folder = tmp_path / "snapshots" / manifest["snapshot_id"]
    rows = query(f"select url, warc_file, warc_offset from read_parquet('{folder}/pages.parquet') where url = '{CGLU}'")
    (url, warc_file, offset), = rows
    headers, body = read_capture(folder / warc_file, offset)
    assert body == CGLU_BODY
    assert ("Content-Type", "text/html; charset=utf-8") in headers

    with (folder / "captures.warc.gz").open("rb") as handle:
        responses = [
            (record.rec_headers.get_header("WARC-Target-URI"), record.content_stream().read())
            for record in ArchiveIterator(handle)
            if record.rec_type == "response"
        ]
    assert [uri for uri, _ in responses] == [HOME, CGLU]
    assert responses[1][1] == CGLU_BODY


def test_nothing_is_visible_until_commit(tmp_path):
    writer = make_writer(tmp_path)
    snapshot_id = writer.open()
    add_page(writer, HOME, b"<html></html>")
    archive = Archive(tmp_path)
    assert archive.snapshots() == []
    assert list((tmp_path / "snapshots").iterdir()) == []
    assert (tmp_path / ".staging" / snapshot_id / "captures.warc.gz").is_file()
    assert [run["status"] for run in archive.runs()] == ["running"]

    writer.commit({})
    assert [m["snapshot_id"] for m in archive.snapshots()] == [snapshot_id]
    assert list((tmp_path / ".staging").iterdir()) == []
    assert [run["status"] for run in archive.runs()] == ["complete"]
    assert (tmp_path / "logs").is_dir()


def test_two_writers_in_the_same_second_get_distinct_sortable_ids(tmp_path):
    first = make_writer(tmp_path, clock=lambda: START)
    second = make_writer(tmp_path, clock=lambda: START)
    assert first.open() == "20121105T093000Z"
    assert second.open() == "20121105T093000Z-2"
    assert (first.snapshot_id, second.snapshot_id) == ("20121105T093000Z", "20121105T093000Z-2")
    second.commit({})
    first.commit({})
    assert [m["snapshot_id"] for m in Archive(tmp_path).snapshots()] == ["20121105T093000Z", "20121105T093000Z-2"]


def test_failed_run_leaves_no_snapshot_and_a_failed_record(tmp_path):
    clock = SteppingClock(START)
    writer = make_writer(tmp_path, clock=clock)
    snapshot_id = writer.open()
    add_page(writer, HOME, b"<html></html>")
    writer.fail("spider crashed: ConnectionRefusedError", {"requests": 1})

    assert list((tmp_path / "snapshots").iterdir()) == []
    assert list((tmp_path / ".staging").iterdir()) == []
    record = json.loads((tmp_path / "runs" / f"{snapshot_id}.json").read_text())
    assert record["status"] == "failed"
    assert record["reason"] == "spider crashed: ConnectionRefusedError"
    assert record["crawl_stats"] == {"requests": 1}
    assert record["row_counts"] == {"pages": 1, "facts": 0, "news": 0}
    assert record["finished_at"] == "2012-11-05T09:30:01Z"
    assert Archive(tmp_path).runs() == [record]


def test_a_commit_that_breaks_records_the_failure(tmp_path):
    writer = make_writer(tmp_path)
    snapshot_id = writer.open()
    with pytest.raises(ArchiveError, match="cannot be written as JSON"):
        writer.commit({"spider": object()})
    assert list((tmp_path / "snapshots").iterdir()) == []
    assert list((tmp_path / ".staging").iterdir()) == []
    (run,) = Archive(tmp_path).runs()
    assert run["snapshot_id"] == snapshot_id
    assert run["status"] == "failed"
    assert run["reason"].startswith("commit failed: the manifest cannot be written as JSON")
    writer.fail("the pipeline reports it again")  # a second report changes nothing
    assert Archive(tmp_path).runs() == [run]


def test_a_dead_writer_is_cleared_by_the_next_open_and_reported_failed(tmp_path, dead_pid):
    crashed = make_writer(tmp_path, clock=lambda: START, pid=dead_pid)
    crashed_id = crashed.open()
    add_page(crashed, HOME, b"<html></html>")  # ...and the process is killed here

    next_writer = make_writer(tmp_path, clock=lambda: START + timedelta(hours=1))
    next_id = next_writer.open()
    assert not (tmp_path / ".staging" / crashed_id).exists()
    assert [p.name for p in (tmp_path / ".staging").iterdir()] == [next_id]

    runs = {run["snapshot_id"]: run for run in Archive(tmp_path).runs()}
    assert runs[crashed_id]["status"] == "failed"
    assert runs[crashed_id]["reason"] == f"interrupted (process {dead_pid} is gone)"
    assert runs[next_id]["status"] == "running"
    on_disk = json.loads((tmp_path / "runs" / f"{crashed_id}.json").read_text())
    assert on_disk["status"] == "failed"


def test_runs_reports_a_dead_run_even_without_a_new_open(tmp_path, dead_pid):
    crashed = make_writer(tmp_path, pid=dead_pid)
    crashed_id = crashed.open()
    (run,) = Archive(tmp_path).runs()
    assert (run["snapshot_id"], run["status"]) == (crashed_id, "failed")
    assert run["reason"] == f"interrupted (process {dead_pid} is gone)"


def test_staging_of_a_live_process_is_left_alone(tmp_path):
    other = make_writer(tmp_path, clock=lambda: START)
    other_id = other.open()
    make_writer(tmp_path, clock=lambda: START).open()
    assert (tmp_path / ".staging" / other_id).is_dir()
    other.commit({})
    assert Archive(tmp_path).manifest(other_id)["status"] == "complete"


def test_stray_staging_without_a_run_record_is_cleared(tmp_path):
    stray = tmp_path / ".staging" / "20000101T000000Z"
    stray.mkdir(parents=True)
    (stray / "pages.parquet").write_bytes(b"half")
    make_writer(tmp_path).open()
    assert not stray.exists()


def test_a_process_killed_after_publishing_is_reported_complete(tmp_path, dead_pid):
    manifest = write_sample_snapshot(tmp_path)
    record_path = tmp_path / "runs" / f"{manifest['snapshot_id']}.json"
    # As if the process died between the rename and the update of its run record.
    record = json.loads(record_path.read_text()) | {"status": "running", "pid": dead_pid, "finished_at": None}
    record_path.write_text(json.dumps(record))
    (run,) = Archive(tmp_path).runs()
    assert run["status"] == "complete"
    assert run["finished_at"] == manifest["finished_at"]


def test_a_run_that_started_before_its_writer_opened_is_dated_from_its_start(tmp_path):
    writer = make_writer(tmp_path, clock=SteppingClock(START + timedelta(seconds=30)), started_at=START)
    snapshot_id = writer.open()
    add_page(writer, HOME, b"<html></html>", fetched_at=START + timedelta(seconds=1))
    manifest = writer.commit({})
    assert snapshot_id == "20121105T093000Z"
    assert manifest["started_at"] == "2012-11-05T09:30:00Z"
    assert manifest["finished_at"] == "2012-11-05T09:30:30Z"


def test_a_run_whose_writer_died_with_the_crawl_alive_is_recorded_failed(tmp_path):
    lost = make_writer(tmp_path)
    lost_id = lost.open()
    add_page(lost, HOME, b"<html></html>")  # ...and the writer's process is killed here, not the crawl's
    abandon_run(Layout(tmp_path), lost_id, "archive error: gone", START + timedelta(minutes=5), {"requests": 3})

    (run,) = Archive(tmp_path).runs()
    assert (run["status"], run["reason"]) == ("failed", "archive error: gone")
    assert (run["finished_at"], run["crawl_stats"]) == ("2012-11-05T09:35:00Z", {"requests": 3})
    assert not (tmp_path / ".staging" / lost_id).exists()
    assert Archive(tmp_path).snapshot_ids() == []


def test_abandoning_a_run_its_writer_settled_changes_nothing(tmp_path):
    manifest = write_sample_snapshot(tmp_path)
    record_path = tmp_path / "runs" / f"{manifest['snapshot_id']}.json"
    before = record_path.read_text()
    abandon_run(Layout(tmp_path), manifest["snapshot_id"], "archive error: gone", START)
    assert record_path.read_text() == before

    # Published, but killed before its record said so: completed from the manifest once the crawl is gone.
    record_path.write_text(json.dumps(json.loads(before) | {"status": "running"}))
    abandon_run(Layout(tmp_path), manifest["snapshot_id"], "archive error: gone", START)
    assert json.loads(record_path.read_text())["status"] == "running"
    assert Archive(tmp_path).snapshot_ids() == [manifest["snapshot_id"]]


def _news(**columns) -> dict:
    return {"news_id": "n1", "title": "ICORN à Ljubljana", "url": ICORN_NEWS} | columns


def test_news_item_from_its_own_page_wins_over_listings(tmp_path):
    writer = make_writer(tmp_path)
    snapshot_id = writer.open()
    writer.add_news([_news(source_url=HOME, summary="listing"), _news(news_id="n2", source_url=HOME)])
    writer.add_news([_news(source_url=ICORN_NEWS, summary="own page"), _news(source_url=CGLU, summary="other")])
    writer.commit({})
    rows = query(
        f"select news_id, source_url, summary from read_parquet('{tmp_path}/snapshots/{snapshot_id}/news.parquet')"
    )
    assert rows == [("n1", ICORN_NEWS, "own page"), ("n2", HOME, None)]


def test_without_its_own_page_the_first_news_row_wins(tmp_path):
    writer = make_writer(tmp_path)
    writer.open()
    writer.add_news([_news(source_url=HOME, summary="first"), _news(source_url=CGLU, summary="second")])
    manifest = writer.commit({})
    assert manifest["row_counts"]["news"] == 1
    path = Archive(tmp_path).table_path("latest", "news")
    assert query(f"select summary from read_parquet('{path}')") == [("first",)]


def test_a_dateless_teaser_is_dated_by_its_item_page_in_the_same_snapshot(tmp_path):
    writer = make_writer(tmp_path)
    snapshot_id = writer.open()
    add_page(writer, HOME, b"<html>Relations internationales</html>", n_news=1)
    add_page(writer, ICORN_NEWS, b"<html>ICORN</html>", page_date="2014-05-28")
    writer.add_news([_news(source_url=HOME, summary="listing")])
    writer.commit({})
    rows = query(f"select published, date_precision "
                 f"from read_parquet('{tmp_path}/snapshots/{snapshot_id}/news.parquet')")
    assert rows == [("2014-05-28", "day")]


def test_unknown_column_is_refused_and_the_writer_stays_usable(tmp_path):
    writer = make_writer(tmp_path)
    writer.open()
    with pytest.raises(RowError, match="unknown column 'vaule'"):
        writer.add_facts([{"fact_id": "f1", "vaule": "Barcelona"}])
    with pytest.raises(RowError, match="unknown column 'titel'"):
        add_page(writer, HOME, b"<html></html>", titel="Accueil")
    add_page(writer, HOME, b"<html></html>", title="Accueil")
    manifest = writer.commit({})
    assert manifest["row_counts"] == {"pages": 1, "facts": 0, "news": 0}
    warc = tmp_path / "snapshots" / manifest["snapshot_id"] / "captures.warc.gz"
    with warc.open("rb") as handle:
        kinds = [record.rec_type for record in ArchiveIterator(handle)]
    assert kinds == ["warcinfo", "response", "request"]  # the refused page left no record


def test_page_status_must_agree_with_the_status_line(tmp_path):
    writer = make_writer(tmp_path)
    writer.open()
    with pytest.raises(RowError, match="status 200 but the status line says 404"):
        add_page(writer, HOME, b"", status_line="HTTP/1.1 404 Not Found", status=200)


def test_status_is_taken_from_the_status_line_when_the_row_has_none(tmp_path):
    writer = make_writer(tmp_path)
    writer.open()
    add_page(writer, HOME, b"gone", status_line="HTTP/1.1 404 Not Found")
    writer.commit({})
    path = Archive(tmp_path).table_path("latest", "pages")
    assert query(f"select status from read_parquet('{path}')") == [(404,)]


def test_a_fetch_without_response_is_a_row_without_warc_records(tmp_path):
    writer = make_writer(tmp_path)
    writer.open()
    add_page(writer, CGLU, b"", status_line="", error="TimeoutError")
    with pytest.raises(RowError, match="has a status or a body but no status line"):
        add_page(writer, HOME, b"<html></html>", status_line="")
    with pytest.raises(RowError, match="sets warc_offset but no response was captured"):
        add_page(writer, HOME, b"", status_line="", warc_offset=12)
    manifest = writer.commit({})
    warc = tmp_path / "snapshots" / manifest["snapshot_id"] / "captures.warc.gz"
    with warc.open("rb") as handle:
        assert [record.rec_type for record in ArchiveIterator(handle)] == ["warcinfo"]
    path = Archive(tmp_path).table_path("latest", "pages")
    assert query(f"select url, status, error, warc_file, warc_offset from read_parquet('{path}')") == [
        (CGLU, None, "TimeoutError", None, None)
    ]


def test_writer_must_be_used_in_order(tmp_path):
    writer = make_writer(tmp_path)
    with pytest.raises(ArchiveError, match="is new, not open"):
        writer.add_facts([])
    with pytest.raises(ArchiveError, match="only an open one can fail"):
        writer.fail("never started")
    writer.open()
    with pytest.raises(ArchiveError, match="already open"):
        writer.open()
    writer.commit({})
    with pytest.raises(ArchiveError, match="is committed, not open"):
        writer.commit({})
    with pytest.raises(ArchiveError, match="is committed; only an open one can fail"):
        writer.fail("too late")


def test_unknown_source_is_refused(tmp_path):
    with pytest.raises(ArchiveError, match="unknown snapshot source 'mirorr'"):
        make_writer(tmp_path, source="mirorr")


def test_a_naive_clock_is_refused(tmp_path):
    with pytest.raises(ArchiveError, match="timezone-aware"):
        make_writer(tmp_path, clock=lambda: datetime(2012, 11, 5, 9, 30)).open()


def test_archive_path_that_is_a_file_is_refused(tmp_path):
    (tmp_path / "archive").write_text("not a folder")
    with pytest.raises(ArchiveError, match="is a file, not a folder"):
        make_writer(tmp_path / "archive")
