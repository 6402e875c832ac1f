"""ARCHIVE/catalog.parquet: one row per snapshot, rewritten on every commit, and the README's one-liners that read
the whole history with duckdb, polars and pandas alone."""

import json
import os
import re
import shutil
import subprocess
import sys
from datetime import UTC, datetime, timedelta

import duckdb
import pyarrow.parquet as pq
import pytest
from conftest import REPO, manifest, run_cli, snapshot_ids

from archive import SnapshotWriter
from archive.catalog import CATALOG_SCHEMA, catalog_columns_markdown
from archive.lock import ArchiveLock
from shared.clock import SteppingClock

README = (REPO / "README.md").read_text(encoding="utf-8")
START = datetime(2015, 3, 1, 6, 15, tzinfo=UTC)


@pytest.fixture()
def archive_copy(history, tmp_path):
    """A copy of the mirror's crawled history: (archive, {epoch: snapshot id})."""
    crawled, by_epoch = history
    archive = tmp_path / "archive"
    shutil.copytree(crawled, archive)
    return archive, by_epoch


def catalog_rows(archive) -> list[dict]:
    return pq.read_table(archive / "catalog.parquet").to_pylist()


def commit_snapshot(root, moment: datetime, extra: dict | None = None) -> str:
    writer = SnapshotWriter(root, source="live", start_urls=["https://www.paris.fr/international"],
                            code_version="0.1.0", extractor_version="7", clock=SteppingClock(moment),
                            pid=os.getpid(), extra=extra)
    writer.open()
    writer.add_facts([{"fact_id": "aimf-cities", "network_id": "aimf", "attribute": "member_cities",
                       "value": "300", "value_num": 300.0, "qualifier": "more_than"}])
    return writer.commit({})["snapshot_id"]


def test_every_commit_rewrites_the_catalog_whole(tmp_path):
    first = commit_snapshot(tmp_path, START)
    assert [row["snapshot_id"] for row in catalog_rows(tmp_path)] == [first]
    second = commit_snapshot(tmp_path, START + timedelta(days=1))
    rows = catalog_rows(tmp_path)
    assert [row["snapshot_id"] for row in rows] == [first, second]
    assert rows[1]["captured"] == START + timedelta(days=1)
    assert rows[1]["facts"] == 1 and rows[1]["pages"] == 0 and rows[1]["source"] == "live"
    assert pq.read_schema(tmp_path / "catalog.parquet").remove_metadata() == CATALOG_SCHEMA
    # Written beside the archive under a temporary name, then renamed over the old one: nothing is left over.
    assert sorted(path.name for path in tmp_path.iterdir() if path.name.startswith(".catalog")) == []


def test_a_failed_run_leaves_the_catalog_as_it_was(tmp_path):
    first = commit_snapshot(tmp_path, START)
    writer = SnapshotWriter(tmp_path, source="live", start_urls=[], code_version="0.1.0", extractor_version="7",
                            clock=SteppingClock(START + timedelta(days=1)), pid=os.getpid())
    writer.open()
    writer.fail("the site went down")
    assert [row["snapshot_id"] for row in catalog_rows(tmp_path)] == [first]


def test_the_catalog_dates_each_snapshot_by_its_content(archive_copy):
    archive, by_epoch = archive_copy
    rows = catalog_rows(archive)
    assert [row["snapshot_id"] for row in rows] == snapshot_ids(archive)
    assert [row["mirror_epoch"] for row in rows] == list(by_epoch)
    assert [row["captured"].date().isoformat() for row in rows][:2] == ["2012-04-20", "2014-12-10"]
    for row in rows:
        saved = manifest(archive, row["snapshot_id"])
        assert row["status"] == "complete"
        assert (row["pages"], row["facts"], row["news"]) == tuple(saved["row_counts"][t] for t in
                                                                 ("pages", "facts", "news"))
        assert row["started_at"] == datetime.fromisoformat(saved["started_at"])
        assert row["extractor_version"] == saved["extractor_version"]


def test_rebuild_writes_the_same_catalog_from_the_manifests(archive_copy):
    archive, _ = archive_copy
    written = catalog_rows(archive)
    (archive / "catalog.parquet").unlink()
    missing = run_cli("catalog", archive=archive)
    assert missing.returncode == 2
    assert missing.stderr.strip() == (f"paris-archive: error: no catalog in {archive}: `paris-archive catalog "
                                      f"--rebuild` writes it from the manifests")
    rebuilt = run_cli("catalog", "--rebuild", archive=archive)
    assert rebuilt.returncode == 0, rebuilt.stderr
    assert rebuilt.stdout.startswith(f"wrote {archive / 'catalog.parquet'}: {len(written)} snapshot(s)")
    assert catalog_rows(archive) == written
    listed = run_cli("catalog", "--json", archive=archive)
    assert [json.loads(line)["snapshot_id"] for line in listed.stdout.splitlines()] == snapshot_ids(archive)


def test_rebuild_waits_for_no_writer(archive_copy):
    archive, _ = archive_copy
    with ArchiveLock(archive, purpose="crawl", pid=os.getpid(), clock=lambda: START):
        busy = run_cli("catalog", "--rebuild", archive=archive)
    assert busy.returncode == 75
    assert "is being written by" in busy.stderr


def test_a_reextraction_is_dated_by_its_parent(archive_copy):
    archive, by_epoch = archive_copy
    parent = by_epoch["2012"]
    assert run_cli("reextract", parent, "--jobs", "1", archive=archive).returncode == 0
    child = next(row for row in catalog_rows(archive) if row["source"] == "reextract")
    parent_row = next(row for row in catalog_rows(archive) if row["snapshot_id"] == parent)
    assert child["parent_snapshot_id"] == parent
    assert child["captured"] == parent_row["captured"]


def readme_one_liners() -> list[str]:
    block = re.search(r"<!-- any-reader:start -->\n```python\n(.*?)```\n<!-- any-reader:end -->", README, re.S)
    assert block, "the README's one-liners for other readers are missing"
    return block.group(1).strip().splitlines()


@pytest.mark.parametrize("library", ["duckdb", "pl", "pd"])
def test_the_readme_one_liners_read_the_whole_history_without_this_code(history, tmp_path, library):
    archive, _ = history
    (line,) = [line for line in readme_one_liners() if line.startswith(library + ".")]
    imports = {"duckdb": "import duckdb", "pl": "import polars as pl", "pd": "import glob, pandas as pd"}[library]
    # Run from an empty folder with only that library imported: none of this repository's modules can load.
    script = (f"import sys; sys.path = [p for p in sys.path if p != {str(REPO)!r}]\n{imports}\n"
              f"frame = {line.replace('ARCHIVE', str(archive))}\n"
              f"frame = frame.to_pandas() if hasattr(frame, 'to_pandas') else frame\n"
              "assert 'archive' not in sys.modules and 'research' not in sys.modules\n"
              "print(frame[['snapshot_id', 'fact_id', 'captured']].to_json(orient='records', date_format='iso'))\n")
    result = subprocess.run([sys.executable, "-I", "-c", script], cwd=tmp_path, capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stderr
    facts = json.loads(result.stdout)
    expected = duckdb.sql(f"select snapshot_id, fact_id from read_parquet('{archive}/snapshots/*/facts.parquet')")
    assert sorted((row["snapshot_id"], row["fact_id"]) for row in facts) == sorted(expected.fetchall())
    captured = [row["captured"] for row in facts]
    assert captured == sorted(captured) and captured[0].startswith("2012-04-20")


def test_the_readme_lists_the_catalog_columns():
    assert catalog_columns_markdown() in README
