"""Replay: pywb, started on loopback, replays pages from the project's own WARC files and from an exported WACZ."""

import subprocess
import sys
import urllib.request
import zipfile
from pathlib import Path

import pytest
from conftest import run_cli
from helpers.pywb import PywbServer, add_collection

from archive import Archive
from archive.captures import capture_of_page
from archive.cdxj import read_index

PORTAL = "http://www.paris.fr/politiques/paris-a-l-international"
NETWORKS_2012 = f"{PORTAL}/paris-ville-monde/la-participation-aux-reseaux-des-villes/rub_6587_stand_16469_port_14974"
WACZ_TOOL = Path(sys.executable).parent / "wacz"


def get(url: str) -> tuple[int, bytes]:
    with urllib.request.urlopen(url, timeout=30) as response:
        return response.status, response.read()


def timestamp(capture_date: str) -> str:
    return capture_date.replace("-", "")


def revisited_page(archive: Path, snapshot_id: str) -> str:
    """An HTML page that the snapshot stores as a revisit of an earlier snapshot's payload."""
    entries = read_index(archive / "snapshots" / snapshot_id / "captures.cdxj")
    pages = [entry.url for entry in entries if entry.is_revisit and entry.status == 200 and "rub_" in entry.url]
    assert pages, f"snapshot {snapshot_id} has no revisit record"
    return pages[0]


def test_pywb_serves_a_page_exactly_as_archived(pywb_history, history):
    collection, dates = pywb_history
    archive, by_epoch = history
    status, body = get(f"{collection}/{timestamp(dates['2012'])}id_/{NETWORKS_2012}")
    _, capture = capture_of_page(Archive(archive), by_epoch["2012"], NETWORKS_2012)
    assert status == 200
    assert body == capture.body


def test_pywb_replays_a_page_for_browsing_with_links_into_the_archive(pywb_history):
    collection, dates = pywb_history
    status, body = get(f"{collection}/{timestamp(dates['2012'])}mp_/{NETWORKS_2012}")
    text = body.decode("windows-1252", "replace")
    assert status == 200
    assert "C.G.L.U est la plus importante organisation" in text
    assert f"/history/{timestamp(dates['2012'])}" in text  # links are rewritten to stay in the archive


def test_a_page_stored_as_a_revisit_replays_with_the_payload_it_repeats(pywb_history, history):
    collection, dates = pywb_history
    archive, by_epoch = history
    url = revisited_page(archive, by_epoch["2014"])
    _, capture = capture_of_page(Archive(archive), by_epoch["2014"], url)
    assert capture.revisit_of is not None and capture.revisit_of.snapshot_id == by_epoch["2012"]

    status, body = get(f"{collection}/{timestamp(dates['2014'])}id_/{url}")
    assert status == 200
    assert body == capture.body
    _, listing = get(f"{collection}/cdx?url={url}&output=json")
    assert b'"mime": "warc/revisit"' in listing


@pytest.fixture(scope="module")
def exported_wacz(history, tmp_path_factory) -> tuple[Path, str]:
    archive, by_epoch = history
    output = tmp_path_factory.mktemp("wacz") / "history-2014.wacz"
    result = run_cli("export-wacz", by_epoch["2014"], "--output", str(output), archive=archive)
    assert result.returncode == 0, result.stderr
    assert str(output) in result.stdout
    return output, by_epoch["2014"]


def test_exported_wacz_passes_the_wacz_validator(exported_wacz):
    output, _ = exported_wacz
    result = subprocess.run([str(WACZ_TOOL), "validate", "--file", str(output)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "is valid" in result.stdout


def test_exported_wacz_carries_the_originals_its_revisits_need(exported_wacz):
    output, snapshot_id = exported_wacz
    names = zipfile.ZipFile(output).namelist()
    assert f"archive/{snapshot_id}.warc.gz" in names
    assert f"archive/{snapshot_id}-originals.warc.gz" in names
    assert {"datapackage.json", "pages/pages.jsonl", "indexes/index.cdx.gz"} <= set(names)


def test_pywb_replays_a_revisit_from_the_exported_wacz(exported_wacz, history, tmp_path):
    output, snapshot_id = exported_wacz
    archive, _ = history
    url = revisited_page(archive, snapshot_id)
    _, capture = capture_of_page(Archive(archive), snapshot_id, url)
    add_collection(tmp_path, "wacz", [output], unpack_wacz=True)
    with PywbServer(tmp_path) as base_url:
        status, body = get(f"{base_url}/wacz/2030id_/{url}")
    assert status == 200
    assert body == capture.body


def test_export_of_an_unknown_snapshot_is_a_one_line_error(history, tmp_path):
    archive, _ = history
    result = run_cli("export-wacz", "20000101T000000Z", "--output", str(tmp_path / "x.wacz"), archive=archive)
    assert result.returncode == 2
    assert result.stderr.startswith("paris-archive: error: no snapshot '20000101T000000Z'")
    assert "Traceback" not in result.stderr
