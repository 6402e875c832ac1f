"""Fixity: `paris-archive verify` recomputes every checksum, reads every file and reports what is wrong."""

import shutil
from pathlib import Path

import pytest
from conftest import run_cli
from helpers.captures import AIMF, CGLU, CGLU_BODY, ICORN, ICORN_BODY, at, write_snapshot

from archive.fixity import CHANGED, MISSING, UNREADABLE, verify_archive


@pytest.fixture()
def archive(tmp_path) -> tuple[Path, str, str]:
    """Two snapshots; the second repeats a payload of the first as a revisit."""
    first = write_snapshot(tmp_path, [(CGLU, CGLU_BODY), (AIMF, ICORN_BODY)], at(2014))
    second = write_snapshot(tmp_path, [(CGLU, CGLU_BODY), (ICORN, ICORN_BODY)], at(2016))
    return tmp_path, first["snapshot_id"], second["snapshot_id"]


def flip_a_byte(path: Path, where: float = 0.5) -> None:
    data = bytearray(path.read_bytes())
    data[int(len(data) * where)] ^= 0xFF
    path.write_bytes(bytes(data))


def truncate(path: Path) -> None:
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])


def problems(root: Path, snapshot_id: str | None = None) -> set[tuple[str, str, str]]:
    return {(p.snapshot_id, p.file, p.kind) for p in verify_archive(root, snapshot_id).problems}


def test_an_intact_archive_verifies(archive):
    root, _, _ = archive
    result = run_cli("verify", archive=root)
    assert result.returncode == 0, result.stdout
    # Every listed file (3 tables, the WARC, its index) and each manifest.
    assert result.stdout == "verified 2 snapshot(s), 12 file(s): every checksum matches, every file reads\n"


def test_a_corrupt_byte_a_truncated_file_and_a_deleted_one_are_each_reported(archive):
    root, first, second = archive
    flip_a_byte(root / "snapshots" / first / "facts.parquet")
    truncate(root / "snapshots" / second / "captures.warc.gz")
    (root / "snapshots" / second / "news.parquet").unlink()

    result = run_cli("verify", archive=root)
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert any(line.startswith(f"CHANGED    {first}/facts.parquet: ") for line in lines)
    assert any(line.startswith(f"CHANGED    {second}/captures.warc.gz: ") for line in lines)
    assert any(line.startswith(f"UNREADABLE {second}/captures.warc.gz: ") for line in lines)
    assert f"MISSING    {second}/news.parquet: listed in the manifest but not on disk" in lines
    assert lines[-1] == f"verified 2 snapshot(s), 12 file(s): {len(lines) - 1} problem(s)"


def test_a_truncated_table_cannot_be_read(archive):
    root, first, _ = archive
    truncate(root / "snapshots" / first / "pages.parquet")
    assert problems(root) == {(first, "pages.parquet", CHANGED), (first, "pages.parquet", UNREADABLE)}


def test_a_damaged_index_is_reported(archive):
    root, _, second = archive
    with (root / "snapshots" / second / "captures.cdxj").open("a") as index:
        index.write("not a cdxj line\n")
    assert problems(root) == {(second, "captures.cdxj", CHANGED), (second, "captures.cdxj", UNREADABLE)}


def test_a_snapshot_without_its_manifest_is_reported(archive):
    root, first, _ = archive
    (root / "snapshots" / first / "manifest.json").unlink()
    assert (first, "manifest.json", MISSING) in problems(root)


def test_a_revisit_whose_original_was_removed_is_reported(archive):
    root, first, second = archive
    shutil.rmtree(root / "snapshots" / first)
    (root / "runs" / f"{first}.json").unlink()  # removed with its run record: only the revisits tell
    found = verify_archive(root).problems
    assert {(p.snapshot_id, p.file, p.kind) for p in found} == {(second, "captures.warc.gz", UNREADABLE)}
    assert len(found) == 2  # both pages of the second snapshot repeated a payload of the first
    assert all("repeats a payload" in p.detail and "no snapshot holds" in p.detail for p in found)


def test_one_snapshot_can_be_verified_alone(archive):
    root, first, second = archive
    flip_a_byte(root / "snapshots" / first / "facts.parquet")
    assert problems(root, second) == set()
    result = run_cli("verify", second, archive=root)
    assert result.returncode == 0
    assert result.stdout.startswith("verified 1 snapshot(s), 6 file(s)")
    assert run_cli("verify", "latest", archive=root).returncode == 0
    assert run_cli("verify", first, archive=root).returncode == 1


def test_an_unknown_snapshot_is_a_one_line_error(archive):
    root, _, _ = archive
    result = run_cli("verify", "20990101T000000Z", archive=root)
    assert result.returncode == 2
    assert result.stderr.startswith("paris-archive: error: no snapshot '20990101T000000Z'")
    assert len(result.stderr.strip().splitlines()) == 1


def test_a_crawl_of_the_mirror_verifies(crawled_2012, tmp_path):
    crawled, snapshot_id = crawled_2012
    copy = tmp_path / "copy"
    shutil.copytree(crawled, copy)
    assert verify_archive(copy).ok
    flip_a_byte(copy / "snapshots" / snapshot_id / "captures.warc.gz", where=0.3)
    kinds = {(p.file, p.kind) for p in verify_archive(copy).problems}
    assert kinds == {("captures.warc.gz", CHANGED), ("captures.warc.gz", UNREADABLE)}
