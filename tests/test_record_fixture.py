"""`paris-archive record-fixture`: an archived page saved as a parser fixture, with its `extract` output for review."""

import json
from datetime import datetime
from urllib.parse import urlsplit

import pytest
from conftest import rows, run_cli, table

from mirror.epochs import load_epoch

NETWORKS_PATH = ("/politiques/paris-a-l-international/paris-ville-monde/la-participation-aux-reseaux-des-villes/"
                 "rub_6587_stand_16469_port_14974")
NETWORKS = f"http://www.paris.fr{NETWORKS_PATH}"
EPOCH_2014 = "2014-12-10T10:00:00+00:00"


def mirror_bytes(epoch: str, url: str) -> bytes:
    """The page as the mirror serves it: what the crawl archived."""
    file = load_epoch(epoch).site_dir / urlsplit(url).path.lstrip("/")
    return (file / "index.html" if file.is_dir() else file).read_bytes()


def fixture_files(folder, name):
    return folder / f"{name}.html", folder / f"{name}.json", folder / f"{name}.expected.jsonl"


def record(archive, snapshot_id, url, name, folder, *extra):
    return run_cli("record-fixture", "--snapshot", snapshot_id, "--url", url, "--name", name, "--dir", str(folder),
                   *extra, archive=archive)


def test_a_page_is_saved_with_its_sidecar_and_its_extract_output(history, tmp_path):
    archive, by_epoch = history
    result = record(archive, by_epoch["2014"], NETWORKS, "networks", tmp_path, "--fetched-at", EPOCH_2014)
    assert result.returncode == 0, result.stderr
    html, sidecar, expected = fixture_files(tmp_path, "networks")
    assert result.stdout.splitlines() == [str(html), str(sidecar), str(expected)]
    assert result.stderr == ""

    assert html.read_bytes() == mirror_bytes("2014", NETWORKS), "the body is saved byte for byte"
    assert sidecar.read_text(encoding="utf-8") == (
        "{\n"
        f'  "url": "{NETWORKS}",\n'
        f'  "fetched_at": "{EPOCH_2014}",\n'
        '  "declared_charset": "iso-8859-1"\n'
        "}\n")
    extract = run_cli("extract", str(html), "--url", NETWORKS, "--fetched-at", EPOCH_2014, "--charset", "iso-8859-1")
    assert extract.returncode == 0, extract.stderr
    assert expected.read_text(encoding="utf-8") == extract.stdout, "the expectation is the `extract` output"

    lines = [json.loads(line) for line in extract.stdout.splitlines()]
    assert [line["kind"] for line in lines] == ["page"] + ["fact"] * 17 + ["news"] * 2
    assert lines[0]["fetched_at"] == EPOCH_2014 and lines[0]["charset"] == "windows-1252"
    aids = next(line for line in lines if line["kind"] == "news" and "Sida" in line["title"])
    assert aids["event_start"] == "2014-12-01", "dates without a year are read as of the given capture time"


def test_a_revisit_is_saved_with_the_payload_it_repeats_and_its_own_capture_time(history, tmp_path):
    archive, by_epoch = history
    unchanged = rows(f"select p.url, p.fetched_at from {table(archive, by_epoch['2014'], 'pages')} p "
                     f"join {table(archive, by_epoch['2012'], 'pages')} q using (body_sha256) "
                     f"where p.n_facts > 0 order by p.url limit 1")
    assert unchanged, "the 2014 epoch should leave a page with facts unchanged"
    url, fetched_at = unchanged[0]["url"], unchanged[0]["fetched_at"]

    result = record(archive, by_epoch["2014"], url, "unchanged", tmp_path)
    assert result.returncode == 0, result.stderr
    html, sidecar, expected = fixture_files(tmp_path, "unchanged")
    assert html.read_bytes() == mirror_bytes("2012", url) == mirror_bytes("2014", url)
    meta = json.loads(sidecar.read_text(encoding="utf-8"))
    assert meta["url"] == url and datetime.fromisoformat(meta["fetched_at"]) == fetched_at
    page = json.loads(expected.read_text(encoding="utf-8").splitlines()[0])
    assert page["kind"] == "page" and page["fetched_at"] == meta["fetched_at"]
    # A mirror crawl is dated when it ran: the note says how to record the page as of its epoch instead.
    assert result.stderr.count("\n") == 1 and "--fetched-at 2014-12-10" in result.stderr


def test_an_existing_fixture_is_overwritten_only_with_force(history, tmp_path):
    archive, by_epoch = history
    first = record(archive, by_epoch["2014"], NETWORKS, "networks", tmp_path, "--fetched-at", EPOCH_2014)
    assert first.returncode == 0, first.stderr
    _, _, expected = fixture_files(tmp_path, "networks")
    reviewed = expected.read_text(encoding="utf-8")
    expected.write_text("edited by hand\n", encoding="utf-8")

    again = record(archive, by_epoch["2014"], NETWORKS, "networks", tmp_path, "--fetched-at", EPOCH_2014)
    assert again.returncode == 2 and again.stdout == ""
    assert again.stderr == (f"paris-archive: error: fixture 'networks' already exists in {tmp_path} "
                            "(networks.html, networks.json, networks.expected.jsonl): give --force to overwrite it\n")
    assert expected.read_text(encoding="utf-8") == "edited by hand\n"

    forced = record(archive, by_epoch["2014"], NETWORKS, "networks", tmp_path, "--fetched-at", EPOCH_2014, "--force")
    assert forced.returncode == 0, forced.stderr
    assert expected.read_text(encoding="utf-8") == reviewed


@pytest.mark.parametrize("mistake, message", [
    ({"snapshot": "20000101T000000Z"}, "no snapshot '20000101T000000Z' in"),
    ({"url": "http://www.paris.fr/nowhere"}, "has no page http://www.paris.fr/nowhere"),
    ({"dir": "missing"}, "--dir {tmp}/missing: no such folder"),
    ({"dir": "file.txt"}, "--dir {tmp}/file.txt: not a folder"),
    ({"name": "../networks"}, "--name '../networks': use letters, digits, '_' and '-' only"),
    ({"fetched_at": "yesterday"}, "--fetched-at 'yesterday' is not an ISO 8601 date-time"),
], ids=["unknown snapshot", "url not in snapshot", "missing dir", "dir is a file", "bad name", "bad time"])
def test_mistakes_are_one_line_errors_and_write_nothing(history, tmp_path, mistake, message):
    archive, by_epoch = history
    (tmp_path / "file.txt").write_text("not a folder")
    options = {"snapshot": by_epoch["2014"], "url": NETWORKS, "name": "networks", "dir": ".", **mistake}
    extra = ["--fetched-at", options["fetched_at"]] if "fetched_at" in options else []
    result = record(archive, options["snapshot"], options["url"], options["name"], tmp_path / options["dir"], *extra)
    assert result.returncode == 2
    assert result.stderr.startswith("paris-archive: error: ") and result.stderr.count("\n") == 1, result.stderr
    assert message.format(tmp=tmp_path) in result.stderr
    assert sorted(path.name for path in tmp_path.iterdir()) == ["file.txt"]
