"""Backfill from Wayback-compatible archives: a real pywb replaying the mirror's history, and a scripted archive
on loopback for the CDX quirks, the retries and the resuming."""

import json
import subprocess
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

import pytest
from conftest import manifest, rows, run_cli, snapshot_ids, table

from backfill.cdx import CdxCapture, cdx_query_url, parse_cdx, select_captures, under_prefix
from backfill.errors import BackfillError
from backfill.fetch import PoliteClient
from backfill.replay import default_replay_prefix

WARCIO = Path(sys.executable).parent / "warcio"
SECTION = "http://www.paris.fr/international"
PAGE_A = f"{SECTION}/c40-4028"
PAGE_B = f"{SECTION}/metropolis-4027"
HTML = "<html><head><title>{title}</title></head><body><p>{title}</p></body></html>"


# -- CDX answers ---------------------------------------------------------------------------------------------

def test_an_internet_archive_answer_is_read_by_its_header_row():
    text = json.dumps([
        ["urlkey", "timestamp", "original", "mimetype", "statuscode", "digest", "length"],
        ["fr,paris)/international/c40-4028", "20160425120000", PAGE_A, "text/html", "200", "ABC", "900"],
    ])
    (capture,) = parse_cdx(text, "the CDX server")
    assert (capture.url, capture.timestamp, capture.mime, capture.status) == (
        PAGE_A, "20160425120000", "text/html", "200")
    assert capture.captured_at.isoformat() == "2016-04-25T12:00:00+00:00"


def test_a_pywb_answer_is_one_json_object_per_line():
    lines = "\n".join(json.dumps({"urlkey": "k", "timestamp": ts, "url": PAGE_A, "mime": "text/html", "status": "200"})
                      for ts in ("20160425120000", "20240612080000"))
    assert [c.capture_date.isoformat() for c in parse_cdx(lines, "pywb")] == ["2016-04-25", "2024-06-12"]


@pytest.mark.parametrize("text", ["", "  \n", "[]"])
def test_an_empty_answer_means_no_captures(text):
    assert parse_cdx(text, "the CDX server") == []


@pytest.mark.parametrize("text", ["<html>busy</html>", '[["urlkey"], ["k"]]', '{"timestamp": "x", "url": "u"}'])
def test_an_answer_that_is_not_cdx_is_a_clear_error(text):
    with pytest.raises(BackfillError, match="did not answer in a CDX JSON format"):
        parse_cdx(text, "the CDX server")


def capture(timestamp: str, url: str = PAGE_A, status: str = "200", mime: str = "text/html") -> CdxCapture:
    return CdxCapture(urlkey=url.split("://")[1], timestamp=timestamp, url=url, mime=mime, status=status, digest=None)


def test_non_200_captures_and_duplicates_are_skipped():
    selection = select_captures([
        capture("20160425120000"),
        capture("20160425120000"),  # the same capture listed twice
        capture("20160425180000"),  # the same page again that day
        capture("20160425120500", PAGE_B, status="404"),
        capture("20160425120600", PAGE_B, status="301"),
        capture("20160426090000"),  # the next day is another snapshot
        capture("20160426090500", PAGE_B, status="-", mime="warc/revisit"),
    ])
    assert [(c.timestamp, c.url) for c in selection.captures] == [
        ("20160425120000", PAGE_A), ("20160426090000", PAGE_A), ("20160426090500", PAGE_B)]
    assert (selection.skipped_status, selection.skipped_duplicates) == (2, 2)


def test_the_query_asks_for_a_prefix_between_two_dates():
    query = urlsplit(cdx_query_url("http://127.0.0.1:8080/coll/cdx", "www.paris.fr/international/",
                                   "20100101", "20251231"))
    # Without the slash: servers key the folder's own page without it.
    assert parse_qs(query.query) == {"url": ["www.paris.fr/international"], "matchType": ["prefix"],
                                     "from": ["20100101"], "to": ["20251231"], "output": ["json"]}


@pytest.mark.parametrize(("url", "inside"), [
    ("https://www.paris.fr/international/", True),
    ("http://www.paris.fr/international", True),
    ("http://www.paris.fr:80/international/c40-4028", True),
    ("https://www.paris.fr/internationale-2024", False),
    ("https://www.paris.fr/english/international/", False),
])
def test_captures_outside_the_prefix_are_dropped(url, inside):
    assert under_prefix(url, "www.paris.fr/international/") is inside


@pytest.mark.parametrize(("cdx", "replay"), [
    ("https://web.archive.org/cdx/search/cdx", "https://web.archive.org/web"),
    ("http://127.0.0.1:8080/history/cdx", "http://127.0.0.1:8080/history"),
    ("http://127.0.0.1:8080/search", None),
])
def test_the_replay_address_is_known_for_wayback_and_pywb(cdx, replay):
    assert default_replay_prefix(cdx) == replay


# -- a scripted archive on loopback ---------------------------------------------------------------------------

class ScriptedArchive:
    """A CDX server and raw replay at http://127.0.0.1:PORT/coll/, answering from dicts the test fills in."""

    def __init__(self) -> None:
        self.cdx_answer = ""
        self.pages: dict[tuple[str, str], bytes] = {}  # (timestamp, url) -> body
        self.failures: dict[str, int] = {}  # url -> 503s still to send (-1: forever)
        self.requests: list[str] = []
        archive = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                archive.requests.append(self.path)
                self._answer(*archive.answer(self.path))

            def _answer(self, status: int, body: bytes, content_type: str = "text/html; charset=utf-8") -> None:
                self.send_response(status)
                self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.base_url = f"http://127.0.0.1:{self.server.server_address[1]}/coll"

    def answer(self, path: str) -> tuple:
        if path.startswith("/coll/cdx?"):
            return 200, self.cdx_answer.encode(), "application/json"
        timestamp, _, url = unquote(path.removeprefix("/coll/")).partition("id_/")
        remaining = self.failures.get(url, 0)
        if remaining:
            self.failures[url] = remaining - 1 if remaining > 0 else remaining
            return 503, b"busy"
        body = self.pages.get((timestamp, url))
        return (200, body) if body is not None else (404, b"not archived")

    def add(self, timestamp: str, url: str, title: str, status: str = "200") -> None:
        line = {"urlkey": url.split("://")[1], "timestamp": timestamp, "url": url, "mime": "text/html",
                "status": status}
        self.cdx_answer += json.dumps(line) + "\n"
        self.pages[(timestamp, url)] = HTML.format(title=title).encode()

    def __enter__(self) -> "ScriptedArchive":
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        return self

    def __exit__(self, *exc_info) -> None:
        self.server.shutdown()
        self.server.server_close()


def backfill(archive_dir: Path, scripted: ScriptedArchive, *extra: str) -> subprocess.CompletedProcess:
    return run_cli("backfill", "--cdx", f"{scripted.base_url}/cdx", "--from", "2016", "--to", "2016",
                   "--url-prefix", "www.paris.fr/international/", "--delay", "0", "--retries", "1", "--jobs", "1",
                   *extra,
                   archive=archive_dir)


def test_no_captures_writes_nothing(tmp_path):
    with ScriptedArchive() as scripted:
        result = backfill(tmp_path, scripted)
    assert result.returncode == 0, result.stderr
    assert "0 capture(s) listed" in result.stdout
    assert snapshot_ids(tmp_path) == []


def test_skipped_captures_are_never_fetched(tmp_path):
    with ScriptedArchive() as scripted:
        scripted.add("20160425120000", PAGE_A, "C40")
        scripted.add("20160425120000", PAGE_A, "C40")
        scripted.add("20160425130000", PAGE_B, "Metropolis", status="404")
        result = backfill(tmp_path, scripted)
    assert result.returncode == 0, result.stderr
    assert "3 capture(s) listed, 1 not 200, 1 duplicate(s); 1 snapshot(s) written" in result.stdout
    replayed = [path for path in scripted.requests if "id_/" in path]
    assert replayed == [f"/coll/20160425120000id_/{PAGE_A}"]
    (snapshot_id,) = snapshot_ids(tmp_path)
    assert snapshot_id == "20160425T120000Z"
    pages = rows(f"select url, status, fetched_at, title from {table(tmp_path, snapshot_id, 'pages')}")
    assert [(p["url"], p["status"], p["fetched_at"].isoformat(), p["title"]) for p in pages] == [
        (PAGE_A, 200, "2016-04-25T12:00:00+00:00", "C40")]


def test_a_transient_error_is_retried(tmp_path):
    with ScriptedArchive() as scripted:
        scripted.add("20160425120000", PAGE_A, "C40")
        scripted.failures[PAGE_A] = 1
        result = backfill(tmp_path, scripted)
    assert result.returncode == 0, result.stderr
    (snapshot_id,) = snapshot_ids(tmp_path)
    assert manifest(tmp_path, snapshot_id)["crawl_stats"]["retries"] == 1


def test_a_backfill_that_stops_resumes_where_it_stopped(tmp_path):
    with ScriptedArchive() as scripted:
        for day, title in (("0425", "first"), ("0426", "second"), ("0427", "third")):
            scripted.add(f"2016{day}120000", PAGE_A, title)
        healthy = scripted.answer

        def broken_on_the_second_date(path: str) -> tuple:
            return (503, b"busy") if "20160426" in path else healthy(path)

        scripted.answer = broken_on_the_second_date
        first = backfill(tmp_path, scripted)
        assert first.returncode == 1
        assert "stopped at capture date 2016-04-26" in first.stderr and "run the same command again" in first.stderr
        assert snapshot_ids(tmp_path) == ["20160425T120000Z"]
        assert not any((tmp_path / ".staging").iterdir())

        scripted.answer = healthy  # the archive is back
        scripted.requests.clear()
        second = backfill(tmp_path, scripted)
    assert second.returncode == 0, second.stderr
    assert "2 snapshot(s) written, 1 capture date(s) already in the archive" in second.stdout
    assert not any("20160425" in path for path in scripted.requests)  # the date already done is not fetched again
    # The failed attempt keeps its run record (and so its id): the resumed date takes the next free one.
    assert snapshot_ids(tmp_path) == ["20160425T120000Z", "20160426T120000Z-2", "20160427T120000Z"]
    assert [manifest(tmp_path, sid)["extra"]["capture_date"] for sid in snapshot_ids(tmp_path)] == [
        "2016-04-25", "2016-04-26", "2016-04-27"]
    titles = [rows(f"select title from {table(tmp_path, sid, 'pages')}")[0]["title"] for sid in snapshot_ids(tmp_path)]
    assert titles == ["first", "second", "third"]


def test_the_client_paces_its_requests_and_backs_off(tmp_path):
    slept: list[float] = []
    now = [100.0]

    def sleep(seconds: float) -> None:
        slept.append(round(seconds, 3))
        now[0] += seconds

    with ScriptedArchive() as scripted:
        scripted.add("20160425120000", PAGE_A, "C40")
        scripted.failures[PAGE_A] = 2
        client = PoliteClient(user_agent="test", delay=2.0, retries=2, timeout=5, monotonic=lambda: now[0], sleep=sleep)
        client.get(f"{scripted.base_url}/cdx?url=x")
        response = client.get(f"{scripted.base_url}/20160425120000id_/{PAGE_A}")
    assert response.status == 200
    assert slept == [2.0, 6.0, 10.0]  # the delay, then the delay plus 2 s and 4 s of back-off
    assert (client.stats.requests, client.stats.retries) == (4, 2)


def test_the_client_gives_up_after_its_retries(tmp_path):
    with ScriptedArchive() as scripted:
        scripted.failures[PAGE_A] = -1
        client = PoliteClient(user_agent="test", delay=0, retries=2, timeout=5, monotonic=lambda: 0.0,
                              sleep=lambda seconds: None)
        with pytest.raises(BackfillError, match=r"HTTP 503 .*\(after 3 tries\)"):
            client.get(f"{scripted.base_url}/20160425120000id_/{PAGE_A}")


@pytest.mark.parametrize(("arguments", "message"), [
    (["--from", "2016-13", "--to", "2017"], "--from '2016-13' is not a date"),
    (["--from", "April 2016", "--to", "2017"], "--from 'April 2016' is not a date"),
    (["--from", "2017", "--to", "2016"], "--to 2016 is before --from 2017"),
])
def test_bad_dates_are_one_line_errors(tmp_path, arguments, message):
    # One worker, so the command runs in the test's process: the dates are refused before any work starts.
    result = run_cli("backfill", "--cdx", "http://127.0.0.1:9/coll/cdx", *arguments, "--jobs", "1", archive=tmp_path)
    assert result.returncode == 2
    assert result.stderr.startswith(f"paris-archive: error: {message}")
    assert len(result.stderr.strip().splitlines()) == 1


def test_a_remote_archive_needs_a_contact(tmp_path):
    result = run_cli("backfill", "--cdx", "https://web.archive.org/cdx/search/cdx", "--from", "2012", "--to", "2013",
                     "--jobs", "1", archive=tmp_path, env={"PARIS_ARCHIVE_CONTACT": ""})
    assert result.returncode == 2
    assert "set PARIS_ARCHIVE_CONTACT" in result.stderr


# -- a real pywb replaying the crawled history ----------------------------------------------------------------

@pytest.fixture(scope="module")
def backfilled(pywb_history, tmp_path_factory) -> tuple[Path, subprocess.CompletedProcess]:
    collection, _ = pywb_history
    archive = tmp_path_factory.mktemp("backfilled")
    # Parsed on two processes, while the tests above parse in one: the facts must match the crawl's all the same.
    result = run_cli("backfill", "--cdx", f"{collection}/cdx", "--from", "2010", "--to", "2025", "--delay", "0",
                     "--jobs", "2", archive=archive)
    assert result.returncode == 0, result.stdout + result.stderr
    return archive, result


def backfilled_dates(capture_dates: dict[str, str]) -> dict[str, str]:
    """The epochs the backfill (2010 to 2025) covers: the 2026 one, in paris.fr's /pages/ scheme where no path
    prefix selects the section, is left to crawls."""
    return {epoch: day for epoch, day in capture_dates.items() if day <= "2025-12-31"}


def test_one_wayback_snapshot_per_capture_date(backfilled, pywb_history):
    archive, result = backfilled
    _, capture_dates = pywb_history
    manifests = [manifest(archive, sid) for sid in snapshot_ids(archive)]
    assert [m["extra"]["capture_date"] for m in manifests] == sorted(backfilled_dates(capture_dates).values())
    assert {m["source"] for m in manifests} == {"wayback"}
    assert all(m["snapshot_id"].startswith(m["extra"]["capture_date"].replace("-", "")) for m in manifests)
    assert "not 200" in result.stdout and "4 snapshot(s) written" in result.stdout


def test_every_row_carries_its_capture_time(backfilled):
    archive, _ = backfilled
    for snapshot_id in snapshot_ids(archive):
        capture_date = manifest(archive, snapshot_id)["extra"]["capture_date"]
        pages = rows(f"select fetched_at, status from {table(archive, snapshot_id, 'pages')}")
        assert pages and {p["fetched_at"].date().isoformat() for p in pages} == {capture_date}
        assert {p["status"] for p in pages} == {200}


def test_the_facts_history_matches_the_epochs(backfilled, history, pywb_history):
    archive, _ = backfilled
    crawled, by_epoch = history
    _, capture_dates = pywb_history
    by_date = {manifest(archive, sid)["extra"]["capture_date"]: sid for sid in snapshot_ids(archive)}
    for epoch in backfilled_dates(capture_dates):
        backfilled_id = by_date[capture_dates[epoch]]
        # The backfill asks for the section's address prefixes only: the crawl's press releases are not in it.
        query = ("select * exclude (snapshot_id) from {} "
                 f"where source_url in (select url from {table(archive, backfilled_id, 'pages')}) order by fact_id")
        expected = rows(query.format(table(crawled, by_epoch[epoch], "facts")))
        assert expected
        assert rows(query.format(table(archive, backfilled_id, "facts"))) == expected


def test_backfilled_warcs_pass_warcio_check_and_the_archive_verifies(backfilled):
    archive, _ = backfilled
    warcs = [str(archive / "snapshots" / sid / "captures.warc.gz") for sid in snapshot_ids(archive)]
    check = subprocess.run([str(WARCIO), "check", *warcs], capture_output=True, text=True)
    assert check.returncode == 0, check.stdout
    assert run_cli("verify", archive=archive).returncode == 0


def test_backfilling_again_finds_every_date_done(backfilled, pywb_history):
    archive, _ = backfilled
    collection, _ = pywb_history
    before = snapshot_ids(archive)
    again = run_cli("backfill", "--cdx", f"{collection}/cdx", "--from", "2010", "--to", "2025", "--delay", "0",
                    "--jobs", "1", archive=archive)
    assert again.returncode == 0, again.stderr
    assert "0 snapshot(s) written, 4 capture date(s) already in the archive" in again.stdout
    assert snapshot_ids(archive) == before


def test_a_backfilled_snapshot_exports_as_a_valid_wacz(backfilled, tmp_path):
    archive, _ = backfilled
    output = tmp_path / "backfilled.wacz"
    export = run_cli("export-wacz", "latest", "--output", str(output), archive=archive)
    assert export.returncode == 0, export.stderr
    wacz = Path(sys.executable).parent / "wacz"
    validate = subprocess.run([str(wacz), "validate", "--file", str(output)], capture_output=True, text=True)
    assert validate.returncode == 0, validate.stdout
