"""Re-extraction: the current parsers over a snapshot's raw captures, into a new snapshot, without re-crawling."""

import json
import os
import shutil
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from conftest import manifest, rows, run_cli, snapshot_ids, table

from archive import Archive
from archive.reextract import ExtractorInfo, reextract_snapshot
from capture.stored_capture import extract_stored_capture
from scraper.parsers import EXTRACTOR_VERSION
from shared.clock import utc_now
from shared.workers import Workers

WARCIO = Path(sys.executable).parent / "warcio"
TABLES = ("pages", "facts", "news")


@pytest.fixture(scope="module")
def reextracted(history, tmp_path_factory) -> tuple[Path, dict[str, str], dict[str, str]]:
    """A copy of the history with every snapshot re-extracted: (archive, {epoch: parent id}, {parent: new id})."""
    crawled, by_epoch = history
    archive = tmp_path_factory.mktemp("reextracted") / "archive"
    shutil.copytree(crawled, archive)
    result = run_cli("reextract", "--all", archive=archive)
    assert result.returncode == 0, result.stderr
    children = {}
    for line in result.stdout.splitlines():
        parent, _, rest = line.partition(" -> ")
        children[parent] = rest.split(" ")[0]
    return archive, by_epoch, children


def test_every_snapshot_gets_a_reextracted_sibling(reextracted):
    archive, by_epoch, children = reextracted
    assert sorted(children) == sorted(by_epoch.values())
    for epoch, parent in by_epoch.items():
        child = manifest(archive, children[parent])
        assert child["snapshot_id"] == f"{parent}-2"  # named after the capture it re-reads
        assert child["source"] == "reextract"
        assert child["extractor_version"] == EXTRACTOR_VERSION
        assert child["extra"]["parent_snapshot_id"] == parent
        assert child["extra"]["parent_extractor_version"] == manifest(archive, parent)["extractor_version"]
        assert child["extra"]["mirror_epoch"] == epoch


@pytest.mark.parametrize("name", ["facts", "news"])
def test_with_unchanged_parsers_the_tables_are_identical(reextracted, name):
    archive, _, children = reextracted
    for parent, child in children.items():
        query = "select * exclude (snapshot_id) from {}"
        original = rows(query.format(table(archive, parent, name)))
        assert original
        assert rows(query.format(table(archive, child, name))) == original


def test_pages_are_identical_but_for_where_their_capture_is(reextracted):
    archive, _, children = reextracted
    for parent, child in children.items():
        query = "select * exclude (snapshot_id, warc_offset, warc_length) from {}"
        assert rows(query.format(table(archive, child, "pages"))) == rows(query.format(table(archive, parent, "pages")))


def test_the_new_warc_repeats_each_payload_as_a_revisit_and_checks(reextracted):
    archive, _, children = reextracted
    for parent, child in children.items():
        entries = (archive / "snapshots" / child / "captures.cdxj").read_text().splitlines()
        assert entries and all('"mime": "warc/revisit"' in line for line in entries if '"status": "200"' in line)
        parent_size = manifest(archive, parent)["files"]["captures.warc.gz"]["bytes"]
        assert manifest(archive, child)["files"]["captures.warc.gz"]["bytes"] < parent_size
    warcs = [archive / "snapshots" / child / "captures.warc.gz" for child in children.values()]
    assert subprocess.run([str(WARCIO), "check", *map(str, warcs)], capture_output=True).returncode == 0
    assert run_cli("verify", archive=archive).returncode == 0


def test_improved_parsers_change_the_new_snapshot_only(history, tmp_path):
    crawled, by_epoch = history
    archive = tmp_path / "archive"
    shutil.copytree(crawled, archive)
    parent = by_epoch["2012"]

    def without_presidents(row, capture):  # stands for a parser that changed its mind
        extracted = extract_stored_capture(row, capture)
        return replace(extracted, facts=[f for f in extracted.facts if f["attribute"] != "president"])

    new = reextract_snapshot(archive, parent, ExtractorInfo(without_presidents, "9.9.9"), code_version="test",
                             clock=utc_now, pid=os.getpid())
    assert (new["extractor_version"], new["extra"]["parent_extractor_version"]) == ("9.9.9", EXTRACTOR_VERSION)
    count = "select count(*) as n from {} where attribute = 'president'"
    assert rows(count.format(table(archive, parent, "facts")))[0]["n"] > 0
    assert rows(count.format(table(archive, new["snapshot_id"], "facts")))[0]["n"] == 0


def test_a_failing_extractor_leaves_the_archive_as_it_was(history, tmp_path):
    crawled, by_epoch = history
    archive = tmp_path / "archive"
    shutil.copytree(crawled, archive)
    before = snapshot_ids(archive)

    def broken(row, capture):
        raise RuntimeError("parser bug")

    with pytest.raises(RuntimeError, match="parser bug"):
        reextract_snapshot(archive, by_epoch["2014"], ExtractorInfo(broken, "0.0.1"), code_version="test",
                           clock=utc_now, pid=os.getpid())
    assert snapshot_ids(archive) == before
    failed = [run for run in Archive(archive).runs() if run["status"] == "failed"]
    assert [run["reason"] for run in failed] == ["re-extraction failed: RuntimeError: parser bug"]


@pytest.mark.parametrize(("arguments", "message"), [
    ([], "one of the arguments ID --all is required"),
    (["20000101T000000Z"], "error: no snapshot '20000101T000000Z'"),
])
def test_usage_mistakes_are_one_line_errors(history, arguments, message):
    crawled, _ = history
    result = run_cli("reextract", *arguments, archive=crawled)
    assert result.returncode == 2
    assert message in result.stderr
    assert "Traceback" not in result.stderr


def test_one_process_and_several_write_the_same_snapshot(history, tmp_path):
    crawled, by_epoch = history
    written = {}
    for jobs in ("1", "2"):
        archive = tmp_path / f"jobs-{jobs}"
        shutil.copytree(crawled, archive)
        result = run_cli("reextract", by_epoch["2024"], "--jobs", jobs, "--json", archive=archive)
        assert result.returncode == 0, result.stderr
        child = json.loads(result.stdout)["snapshot_id"]
        # Where each capture lands in the new WARC depends on the compressed size of its run's own records.
        written[jobs] = {name: rows(f"select * exclude (warc_offset, warc_length) from {table(archive, child, name)}"
                                    if name == "pages" else f"select * from {table(archive, child, name)}")
                         for name in TABLES}
    assert written["1"]["facts"] and written["1"]["news"]
    assert written["1"] == written["2"]


def _broken_parser(row, capture):
    raise RuntimeError("parser bug in a worker")


def test_a_parser_failing_in_a_worker_leaves_the_archive_as_it_was(history, tmp_path):
    crawled, by_epoch = history
    archive = tmp_path / "archive"
    shutil.copytree(crawled, archive)
    before = snapshot_ids(archive)
    with Workers(2) as workers, pytest.raises(RuntimeError, match="parser bug in a worker"):
        reextract_snapshot(archive, by_epoch["2016"], ExtractorInfo(_broken_parser, "0.0.1"), code_version="test",
                           clock=utc_now, pid=os.getpid(), workers=workers)
    assert snapshot_ids(archive) == before
    failed = [run for run in Archive(archive).runs() if run["status"] == "failed"]
    assert [run["reason"] for run in failed] == ["re-extraction failed: RuntimeError: parser bug in a worker"]


def test_the_number_of_processes_must_be_positive(history):
    crawled, _ = history
    result = run_cli("reextract", "--all", "--jobs", "0", archive=crawled)
    assert result.returncode == 2
    assert "expected a positive whole number" in result.stderr and "Traceback" not in result.stderr



# In a fresh interpreter, since a process has one server for its workers, started with the first block's preload.
_PRELOADED_WORKERS = """
import os, sys, tempfile
from pathlib import Path
from shared.workers import Workers

def imported_and_open(module):
    return module in sys.modules, {os.path.realpath(fd) for fd in Path("/proc/self/fd").iterdir()}

if __name__ == "__main__":
    with tempfile.NamedTemporaryFile() as held, Workers(2, preload=["colorsys"]) as workers:
        found = list(workers.map(imported_and_open, ["colorsys"] * 40))
    print("colorsys" in sys.modules, all(imported for imported, _ in found),
          any(held.name in open_files for _, open_files in found))
"""


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="lists a process's open files in /proc")
def test_workers_have_the_preloaded_modules_and_none_of_the_callers_files(tmp_path):
    # colorsys: a module nothing else imports; the workers have it because their server preloaded it.
    script = tmp_path / "preloaded_workers.py"
    script.write_text(_PRELOADED_WORKERS)
    result = subprocess.run([sys.executable, str(script)], cwd=Path(__file__).resolve().parent.parent,
                            env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parent.parent)},
                            capture_output=True, text=True, check=True)
    assert result.stdout.split() == ["False", "True", "False"]
