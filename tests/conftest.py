"""Shared fixtures: run the real command line, crawl the real mirror over loopback HTTP, read back with duckdb."""

import json
import os
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

REPO = Path(__file__).resolve().parent.parent
# The mirror is on loopback: no need for politeness delays there.
FAST_LOCAL_CRAWL = ["-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=False"]


def run_cli(*args: str, archive: Path | None = None, timeout: float = 180,
            env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    command = [sys.executable, "-m", "paris_archive", *args]
    if archive is not None:
        command += ["--archive", str(archive)]
    environment = {**os.environ, **(env or {})}
    environment.pop("PARIS_ARCHIVE_DIR", None)
    return subprocess.run(command, cwd=REPO, capture_output=True, text=True, timeout=timeout, env=environment)


def crawl_mirror(epoch: str, archive: Path, *extra: str) -> subprocess.CompletedProcess:
    result = run_cli("crawl", "--mirror", epoch, *FAST_LOCAL_CRAWL, *extra, archive=archive)
    assert result.returncode == 0, result.stdout + result.stderr
    return result


def snapshot_ids(archive: Path) -> list[str]:
    folder = archive / "snapshots"
    return sorted(p.name for p in folder.iterdir()) if folder.is_dir() else []


def manifest(archive: Path, snapshot_id: str) -> dict:
    return json.loads((archive / "snapshots" / snapshot_id / "manifest.json").read_text())


def table(archive: Path, snapshot_id: str, name: str) -> str:
    """A duckdb table expression for one snapshot's Parquet table."""
    return f"read_parquet('{archive / 'snapshots' / snapshot_id / f'{name}.parquet'}')"


def rows(sql: str) -> list[dict]:
    relation = duckdb.sql(sql)
    return [dict(zip(relation.columns, row, strict=True)) for row in relation.fetchall()]


@pytest.fixture(scope="session")
def crawled_2012(tmp_path_factory) -> tuple[Path, str]:
    """One crawl of the 2012 epoch: (archive folder, snapshot id)."""
    archive = tmp_path_factory.mktemp("archive-2012")
    crawl_mirror("2012", archive)
    (snapshot_id,) = snapshot_ids(archive)
    return archive, snapshot_id


@pytest.fixture(scope="session")
def history(tmp_path_factory) -> tuple[Path, dict[str, str]]:
    """The mirror's history crawled in order: (archive folder, {epoch: snapshot id})."""
    archive = tmp_path_factory.mktemp("archive-history")
    result = run_cli("crawl", "--mirror", "all", *FAST_LOCAL_CRAWL, archive=archive, timeout=600)
    assert result.returncode == 0, result.stdout + result.stderr
    by_epoch = {manifest(archive, sid)["extra"]["mirror_epoch"]: sid for sid in snapshot_ids(archive)}
    return archive, by_epoch


@pytest.fixture(scope="session")
def pywb_history(history, tmp_path_factory) -> tuple[str, dict[str, str]]:
    """pywb on 127.0.0.1 replaying the crawled history, each epoch on its own capture date:
    (the collection's URL, {epoch: capture date})."""
    from helpers.pywb import PywbServer, history_collection

    root = tmp_path_factory.mktemp("pywb")
    capture_dates = history_collection(root, *history)
    with PywbServer(root) as base_url:
        yield f"{base_url}/history", capture_dates
