import os
import subprocess
import sys
from datetime import UTC, datetime

import pytest

from archive import Archive, ArchiveError, SnapshotWriter

START = datetime(2012, 11, 5, 9, 30, tzinfo=UTC)


def commit_empty_snapshot(root, moment: datetime) -> str:
    writer = SnapshotWriter(
        root,
        source="live",
        start_urls=["https://www.paris.fr/international"],
        code_version="0.1.0",
        extractor_version="7",
        clock=lambda: moment,
        pid=os.getpid(),
    )
    snapshot_id = writer.open()
    writer.commit({"requests": 0})
    return snapshot_id


@pytest.fixture
def three_snapshots(tmp_path) -> list[str]:
    # Committed out of order, and two in the same second.
    later = commit_empty_snapshot(tmp_path, START.replace(year=2014))
    first = commit_empty_snapshot(tmp_path, START)
    second = commit_empty_snapshot(tmp_path, START)
    return [first, second, later]


def test_every_module_of_the_store_loads_without_scrapy():
    # `archive` alone loads nothing (its names load on first use): import each module, with Scrapy made
    # unimportable, so that one importing it, even through another layer, fails here.
    code = ("import importlib, pkgutil, sys; sys.modules['scrapy'] = None; import archive\n"
            "for module in pkgutil.iter_modules(archive.__path__): importlib.import_module(f'archive.{module.name}')")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr


def test_archive_path_that_is_a_file_is_refused(tmp_path):
    path = tmp_path / "archive"
    path.write_text("")
    with pytest.raises(ArchiveError, match=f"archive path {path} is a file, not a folder"):
        Archive(path)


def test_a_new_archive_is_empty(tmp_path):
    archive = Archive(tmp_path / "not-yet-created")
    assert archive.snapshots() == []
    assert archive.runs() == []
    with pytest.raises(ArchiveError, match="no snapshot 'latest' in .*: the archive has no snapshots yet"):
        archive.manifest("latest")


def test_snapshots_are_sorted_by_id(tmp_path, three_snapshots):
    assert three_snapshots == ["20121105T093000Z", "20121105T093000Z-2", "20141105T093000Z"]
    assert [m["snapshot_id"] for m in Archive(tmp_path).snapshots()] == three_snapshots
    assert [r["snapshot_id"] for r in Archive(tmp_path).runs()] == three_snapshots


def test_latest_names_the_newest_snapshot(tmp_path, three_snapshots):
    assert Archive(tmp_path).manifest("latest")["snapshot_id"] == "20141105T093000Z"


def test_manifest_by_id(tmp_path, three_snapshots):
    manifest = Archive(tmp_path).manifest("20121105T093000Z-2")
    assert manifest["snapshot_id"] == "20121105T093000Z-2"
    assert (manifest["status"], manifest["source"]) == ("complete", "live")


@pytest.mark.parametrize("unknown", ["20990101T000000Z", "../runs", "last"])
def test_unknown_id_says_which_ids_exist(tmp_path, three_snapshots, unknown):
    with pytest.raises(ArchiveError) as error:
        Archive(tmp_path).manifest(unknown)
    message = str(error.value)
    assert f"no snapshot {unknown!r}" in message
    assert "20141105T093000Z" in message and "'latest' names the newest" in message
    assert "\n" not in message


def test_table_path(tmp_path, three_snapshots):
    archive = Archive(tmp_path)
    assert archive.table_path("latest", "facts") == tmp_path / "snapshots" / "20141105T093000Z" / "facts.parquet"
    assert archive.table_path("20121105T093000Z", "news").is_file()
    with pytest.raises(ArchiveError, match="unknown table 'fact'"):
        archive.table_path("latest", "fact")


def test_folders_without_a_manifest_are_not_snapshots(tmp_path, three_snapshots):
    (tmp_path / "snapshots" / "20200101T000000Z").mkdir()
    (tmp_path / "snapshots" / "notes").mkdir()
    assert [m["snapshot_id"] for m in Archive(tmp_path).snapshots()] == three_snapshots


def test_staging_is_never_listed(tmp_path, three_snapshots):
    staging = tmp_path / ".staging" / "20300101T000000Z"
    staging.mkdir(parents=True)
    (staging / "manifest.json").write_text("{}")
    assert len(Archive(tmp_path).snapshots()) == 3


def test_a_corrupt_manifest_is_a_clear_error(tmp_path, three_snapshots):
    (tmp_path / "snapshots" / "20141105T093000Z" / "manifest.json").write_text("{not json")
    with pytest.raises(ArchiveError, match="manifest.json is not valid JSON"):
        Archive(tmp_path).manifest("latest")
