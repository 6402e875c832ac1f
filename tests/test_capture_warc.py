"""WARC capture: revisit records for repeated payloads, the CDXJ index beside each WARC, `warcio check`."""

import hashlib
import shutil
import subprocess
import sys
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from cdxj_indexer.main import CDXJIndexer
from helpers.captures import AIMF, CGLU, CGLU_BODY, ICORN, ICORN_BODY, at, write_snapshot
from warcio.archiveiterator import ArchiveIterator

from archive import Archive, ArchiveError, read_capture
from archive.captures import capture_of_page
from archive.cdxj import read_index
from archive.payloads import payload_digest

WARCIO = Path(sys.executable).parent / "warcio"
IDENTICAL_PAYLOAD = "http://netpreserve.org/warc/1.1/revisit/identical-payload-digest"


def records(root: Path, snapshot_id: str) -> list:
    with (root / "snapshots" / snapshot_id / "captures.warc.gz").open("rb") as handle:
        return [(record.rec_type, record.rec_headers, record.content_stream().read())
                for record in ArchiveIterator(handle)]


def captures(root: Path, snapshot_id: str) -> list[tuple[str, str]]:
    """(type, target URI) of every response and revisit record, in file order."""
    return [(kind, headers.get_header("WARC-Target-URI")) for kind, headers, _ in records(root, snapshot_id)
            if kind in ("response", "revisit")]


def warcio_check(*paths: Path) -> subprocess.CompletedProcess:
    return subprocess.run([str(WARCIO), "check", *map(str, paths)], capture_output=True, text=True)


def test_a_payload_repeated_in_the_same_snapshot_is_a_revisit(tmp_path):
    manifest = write_snapshot(tmp_path, [(CGLU, CGLU_BODY), (AIMF, CGLU_BODY), (ICORN, ICORN_BODY)], at(2016))
    kinds = records(tmp_path, manifest["snapshot_id"])
    assert captures(tmp_path, manifest["snapshot_id"]) == [("response", CGLU), ("revisit", AIMF), ("response", ICORN)]
    (_, original, _), (_, revisit, payload) = kinds[1], kinds[3]
    assert revisit.get_header("WARC-Profile") == IDENTICAL_PAYLOAD
    assert revisit.get_header("WARC-Refers-To-Target-URI") == CGLU
    assert revisit.get_header("WARC-Refers-To-Date") == original.get_header("WARC-Date")
    assert revisit.get_header("WARC-Payload-Digest") == original.get_header("WARC-Payload-Digest")
    assert payload == b""  # the revisit keeps the HTTP headers only


def test_a_payload_from_an_earlier_snapshot_is_a_revisit(tmp_path):
    first = write_snapshot(tmp_path, [(CGLU, CGLU_BODY)], at(2014))
    second = write_snapshot(tmp_path, [(CGLU, CGLU_BODY), (ICORN, ICORN_BODY)], at(2016))
    assert captures(tmp_path, second["snapshot_id"]) == [("revisit", CGLU), ("response", ICORN)]
    (_, revisit, _) = records(tmp_path, second["snapshot_id"])[1]
    (_, original, _) = records(tmp_path, first["snapshot_id"])[1]
    assert revisit.get_header("WARC-Refers-To-Date") == original.get_header("WARC-Date")
    assert revisit.get_header("WARC-Date").startswith("2016-01-01")


def test_unchanged_pages_cost_far_less(tmp_path):
    # Digests as text: a page that gzip cannot shrink much, as real pages with their markup.
    big_page = b"<html>" + b"".join(hashlib.sha256(b"%d" % n).hexdigest().encode() for n in range(300)) + b"</html>"
    first = write_snapshot(tmp_path, [(CGLU, big_page)], at(2014))
    second = write_snapshot(tmp_path, [(CGLU, big_page)], at(2016))
    assert second["files"]["captures.warc.gz"]["bytes"] < first["files"]["captures.warc.gz"]["bytes"] / 2


def test_empty_bodies_are_stored_in_full(tmp_path):
    manifest = write_snapshot(tmp_path, [(CGLU, b""), (AIMF, b"")], at(2016),
                              status_line="HTTP/1.1 301 Moved Permanently")
    assert captures(tmp_path, manifest["snapshot_id"]) == [("response", CGLU), ("response", AIMF)]


def test_revisits_can_be_turned_off(tmp_path):
    write_snapshot(tmp_path, [(CGLU, CGLU_BODY)], at(2014))
    second = write_snapshot(tmp_path, [(CGLU, CGLU_BODY), (AIMF, CGLU_BODY)], at(2016), revisits=False)
    assert captures(tmp_path, second["snapshot_id"]) == [("response", CGLU), ("response", AIMF)]


def test_the_payload_digest_is_the_one_warcio_writes(tmp_path):
    manifest = write_snapshot(tmp_path, [(CGLU, CGLU_BODY)], at(2016))
    (_, response, body) = records(tmp_path, manifest["snapshot_id"])[1]
    assert body == CGLU_BODY
    assert payload_digest(CGLU_BODY) == response.get_header("WARC-Payload-Digest")


def test_reading_a_revisit_gives_the_original_payload_and_its_own_headers(tmp_path):
    first = write_snapshot(tmp_path, [(CGLU, CGLU_BODY)], at(2014))
    second = write_snapshot(tmp_path, [(ICORN, ICORN_BODY), (CGLU, CGLU_BODY)], at(2016))
    folder = tmp_path / "snapshots" / second["snapshot_id"]
    row = pq.read_table(folder / "pages.parquet", filters=[("url", "=", CGLU)]).to_pylist()[0]
    headers, body = read_capture(folder / row["warc_file"], row["warc_offset"])
    assert body == CGLU_BODY
    assert ("Server", "test") in headers

    _, capture = capture_of_page(Archive(tmp_path), second["snapshot_id"], CGLU)
    assert capture.body == CGLU_BODY and capture.status == 200
    assert capture.revisit_of.snapshot_id == first["snapshot_id"]
    assert capture.warc_date.startswith("2016-01-01")


def test_a_revisit_whose_original_is_gone_cannot_be_read(tmp_path):
    first = write_snapshot(tmp_path, [(CGLU, CGLU_BODY)], at(2014))
    second = write_snapshot(tmp_path, [(CGLU, CGLU_BODY)], at(2016))
    shutil.rmtree(tmp_path / "snapshots" / first["snapshot_id"])
    with pytest.raises(ArchiveError, match=r"repeats a payload \(sha1:\w+\) that no snapshot of the archive holds"):
        capture_of_page(Archive(tmp_path), second["snapshot_id"], CGLU)


def test_a_page_that_is_not_in_the_snapshot_is_an_error(tmp_path):
    manifest = write_snapshot(tmp_path, [(CGLU, CGLU_BODY)], at(2016))
    with pytest.raises(ArchiveError, match=f"snapshot {manifest['snapshot_id']} has no page {ICORN}"):
        capture_of_page(Archive(tmp_path), "latest", ICORN)


def test_the_cdxj_index_lists_every_capture_sorted_and_is_in_the_manifest(tmp_path):
    write_snapshot(tmp_path, [(CGLU, CGLU_BODY)], at(2014))
    manifest = write_snapshot(tmp_path, [(ICORN, ICORN_BODY), (CGLU, CGLU_BODY), (AIMF, ICORN_BODY)], at(2016))
    folder = tmp_path / "snapshots" / manifest["snapshot_id"]
    lines = (folder / "captures.cdxj").read_text().splitlines()
    assert lines == sorted(lines)
    entries = {entry.url: entry for entry in read_index(folder / "captures.cdxj")}
    offsets = {row["url"]: row["warc_offset"] for row in pq.read_table(folder / "pages.parquet").to_pylist()}
    assert {url: entry.offset for url, entry in entries.items()} == offsets
    assert {url: entry.is_revisit for url, entry in entries.items()} == {ICORN: False, CGLU: True, AIMF: True}
    assert entries[ICORN].urlkey == "fr,paris)/international/icorn-reseau-des-villes-refuges-4026"
    assert entries[ICORN].timestamp == "20160101093001"
    assert "captures.cdxj" in manifest["files"]


def test_warcio_check_passes_on_files_with_revisits(tmp_path):
    first = write_snapshot(tmp_path, [(CGLU, CGLU_BODY), (AIMF, CGLU_BODY)], at(2014))
    second = write_snapshot(tmp_path, [(CGLU, CGLU_BODY), (ICORN, ICORN_BODY)], at(2016))
    check = warcio_check(*(tmp_path / "snapshots" / m["snapshot_id"] / "captures.warc.gz" for m in (first, second)))
    assert check.returncode == 0, check.stdout


def test_every_crawl_of_the_history_keeps_its_warc_and_index(history):
    archive, by_epoch = history
    warcs = []
    for snapshot_id in by_epoch.values():
        manifest = Archive(archive).manifest(snapshot_id)
        assert {"captures.warc.gz", "captures.cdxj"} <= set(manifest["files"])
        warcs.append(archive / "snapshots" / snapshot_id / "captures.warc.gz")
    check = warcio_check(*warcs)
    assert check.returncode == 0, check.stdout
    revisits = {epoch: sum(kind == "revisit" for kind, _ in captures(archive, sid)) for epoch, sid in by_epoch.items()}
    assert revisits["2012"] == 0
    assert revisits["2014"] > 0  # pages the 2014 state left untouched


def test_the_index_written_during_the_crawl_is_the_one_cdxj_indexer_makes_of_the_file(history, tmp_path):
    archive, by_epoch = history
    entries = []
    for epoch, snapshot_id in by_epoch.items():
        folder = archive / "snapshots" / snapshot_id
        reference = tmp_path / f"{epoch}.cdxj"
        CDXJIndexer(output=str(reference), inputs=[str(folder / "captures.warc.gz")], sort=True, fields="warc-date",
                    records="response,revisit").process_all()
        assert (folder / "captures.cdxj").read_text() == reference.read_text(), epoch
        entries += read_index(folder / "captures.cdxj")
    # Every kind of record was compared: pages, the PDF, revisits, redirects and missing pages.
    assert {"text/html", "application/pdf", "warc/revisit"} <= {entry.mime for entry in entries}
    assert {200, 301, 404} <= {entry.status for entry in entries}
