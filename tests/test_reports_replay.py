"""Archived copies that open: the report of the mirror's history links each capture on `paris-archive replay`
(pywb over the archive's own WARC files), and every link, fetched from the running server, is that page."""

import html
import os
import re
import shutil
import subprocess
import sys
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from conftest import REPO, run_cli, run_refused
from helpers.pywb import free_port, pywb_tool

from archive import Archive
from archive.captures import capture_of_page
from archive.cdxj import read_index
from paris_archive.replay import PYWB_VARIABLE

# "<a href=...>copie archivée</a> <span ...>(instantané ID, capturé le ...)</span>" in the (French) HTML report.
ARCHIVED_LINK = re.compile(r'<a href="([^"]+)"[^>]*>copie archivée</a> <span[^>]*>\(instantané ([^,]+), capturé le ')
TITLE = re.compile(rb"<title[^>]*>.*?</title>", re.IGNORECASE | re.DOTALL)


class _NoRedirects(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None  # a redirect is itself the archived copy of a moved page


def fetch(url: str) -> tuple[int, bytes]:
    opener = urllib.request.build_opener(_NoRedirects)
    try:
        with opener.open(url, timeout=30) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()


def start_replay(archive: Path, port: int) -> tuple[subprocess.Popen, str]:
    """`paris-archive replay` in a child process; returns once it said it is serving (its first line)."""
    # Installed by `make test` (installed here when the tests run without make), and named to the command: the
    # interpreter running the tests may live outside this checkout's .venv, where the command looks for it first.
    wayback = pywb_tool("wayback")
    process = subprocess.Popen([sys.executable, "-m", "paris_archive", "replay", "--port", str(port),
                                "--archive", str(archive)], cwd=REPO, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True, env={**os.environ, PYWB_VARIABLE: str(wayback)})
    return process, process.stdout.readline()


def stop(process: subprocess.Popen) -> None:
    process.terminate()
    process.wait(timeout=30)


@pytest.fixture(scope="module")
def replayed(history, tmp_path_factory):
    """The history report with links to a replay server, and that server running: (archive, links, first line)."""
    source, by_epoch = history
    archive = tmp_path_factory.mktemp("replay") / "mirror-history"
    shutil.copytree(source, archive)  # the report writes into its archive; the history is shared
    port = free_port()
    old, new = by_epoch["2012"], by_epoch["2024"]
    result = run_cli("report", "--from", old, "--to", new, "--archive-url", f"http://127.0.0.1:{port}/",
                     archive=archive)
    assert result.returncode == 0, result.stderr
    report = (archive / "reports" / f"{old}_{new}" / "report.html").read_text(encoding="utf-8")
    links = sorted({(html.unescape(href), snapshot) for href, snapshot in ARCHIVED_LINK.findall(report)})
    process, first_line = start_replay(archive, port)
    try:
        yield archive, links, first_line
    finally:
        stop(process)


def test_the_report_links_archived_copies_to_the_replay_server(replayed, history):
    archive, links, first_line = replayed
    _, by_epoch = history
    assert first_line.startswith(f"Replaying {len(by_epoch)} snapshot(s) of {archive}")
    assert {snapshot for _, snapshot in links} == {by_epoch["2012"], by_epoch["2024"]}
    assert all(re.match(r"http://127\.0\.0\.1:\d+/mirror-history/\d{14}/https?://[a-z.]*paris\.fr/", href)
               for href, _ in links)


def test_every_archived_copy_link_opens_the_page_as_archived(replayed):
    archive, links, _ = replayed
    checked_titles = 0
    for href, snapshot_id in links:
        url = href.split("/", 5)[5]  # after http://HOST/COLLECTION/TIMESTAMP/
        _, capture = capture_of_page(Archive(archive), snapshot_id, url)
        status, body = fetch(href)
        assert status == capture.status, href
        title = TITLE.search(capture.body)
        if status == 200 and title:
            assert title.group(0) in body, f"{href} is not the page archived in {snapshot_id}"
            checked_titles += 1
    assert checked_titles >= 10


def test_a_page_archived_as_a_revisit_opens_with_the_payload_it_repeats(replayed, history):
    archive, _, first_line = replayed
    _, by_epoch = history
    base = re.search(r"at (http://\S+/mirror-history)/", first_line).group(1)
    revisit = next(entry for entry in read_index(Archive(archive).index(by_epoch["2014"]))
                   if entry.is_revisit and entry.status == 200)
    _, capture = capture_of_page(Archive(archive), by_epoch["2014"], revisit.url)
    status, body = fetch(f"{base}/{revisit.timestamp}/{revisit.url}")
    assert status == 200
    assert TITLE.search(capture.body).group(0) in body


def test_replay_of_an_archive_without_snapshots_is_a_one_line_error(tmp_path):
    result = run_refused("replay", "--port", str(free_port()), archive=tmp_path / "empty")
    assert result.returncode == 2
    assert result.stderr == f"paris-archive: error: nothing to replay: {tmp_path / 'empty'} has no snapshots yet\n"


def test_replay_on_a_port_in_use_is_a_one_line_error(replayed):
    archive, _, first_line = replayed
    port = re.search(r"listening on 127\.0\.0\.1:(\d+)", first_line).group(1)
    result = run_cli("replay", "--port", port, archive=archive, env={PYWB_VARIABLE: str(pywb_tool("wayback"))})
    assert result.returncode == 2
    assert result.stderr.startswith(f"paris-archive: error: cannot serve on 127.0.0.1:{port}: ")
    assert "Traceback" not in result.stderr
