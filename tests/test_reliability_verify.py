"""`verify` as an auditor: run records against snapshot folders, row counts against tables, manifests of the wrong
shape; each problem one line, exit 1, never a traceback."""

import json
import shutil

import pytest
from conftest import run_cli
from helpers.captures import AIMF, AIMF_BODY, CGLU, CGLU_BODY, at, write_snapshot


@pytest.fixture()
def archive(tmp_path):
    """Two snapshots: (archive folder, first id, second id)."""
    first = write_snapshot(tmp_path, [(CGLU, CGLU_BODY), (AIMF, AIMF_BODY)], at(2014))["snapshot_id"]
    second = write_snapshot(tmp_path, [(CGLU, CGLU_BODY)], at(2016))["snapshot_id"]
    return tmp_path, first, second


def verify(root, *args):
    result = run_cli("verify", *args, archive=root)
    assert "Traceback" not in result.stderr, result.stderr
    return result


def problem_lines(result) -> list[str]:
    return result.stdout.splitlines()[:-1]


def test_a_complete_run_whose_snapshot_folder_is_gone_is_reported(archive):
    root, first, _ = archive
    shutil.rmtree(root / "snapshots" / first)
    result = verify(root)
    assert result.returncode == 1
    assert (f"MISSING    runs/{first}.json: the run says the snapshot is complete, but its folder is gone"
            in problem_lines(result))


def test_row_counts_that_do_not_match_the_tables_are_reported(archive):
    root, first, _ = archive
    path = root / "snapshots" / first / "manifest.json"
    manifest = json.loads(path.read_text())
    manifest["row_counts"]["pages"] = 7
    path.write_text(json.dumps(manifest))
    result = verify(root)
    assert result.returncode == 1
    assert f"INCONSISTENT {first}/pages.parquet: 2 rows, where the manifest's row_counts say 7" in problem_lines(result)


@pytest.mark.parametrize(("damage", "detail"), [
    (b'{"files": "\xff\xfe"}', "is not UTF-8 text (byte 11)"),
    (b"[1, 2, 3]", "is a list, not a manifest"),
    (b"null", "is null, not a manifest"),
    (b'{"snapshot_id": 1', "is not valid JSON"),
])
def test_a_manifest_that_does_not_parse_or_is_not_an_object_is_one_line(archive, damage, detail):
    root, first, second = archive
    (root / "snapshots" / first / "manifest.json").write_bytes(damage)
    result = verify(root)
    assert result.returncode == 1
    (line,) = problem_lines(result)
    assert line.startswith(f"UNREADABLE {first}/manifest.json: {detail}")
    # The other snapshot is still checked.
    assert result.stdout.splitlines()[-1].startswith("verified 2 snapshot(s)")


def test_a_manifest_with_a_wrong_file_list_is_reported_field_by_field(archive):
    root, first, _ = archive
    path = root / "snapshots" / first / "manifest.json"
    manifest = json.loads(path.read_text())
    for files, expected in [(None, "has null as 'files'"),
                            ({"../../runs/x.json": {"sha256": "0", "bytes": 1}},
                             "lists '../../runs/x.json', which is not a file of the snapshot"),
                            ({"pages.parquet": {"sha256": None}},
                             "lists 'pages.parquet' without its SHA-256 and size")]:
        path.write_text(json.dumps({**manifest, "files": files}))
        result = verify(root)
        assert result.returncode == 1
        assert f"UNREADABLE {first}/manifest.json: {expected}" in problem_lines(result)


def test_a_run_record_that_is_garbage_is_reported(archive):
    root, first, _ = archive
    (root / "runs" / f"{first}.json").write_bytes(b"\x00\x01garbage")
    result = verify(root)
    assert result.returncode == 1
    (line,) = problem_lines(result)
    assert line.startswith(f"UNREADABLE runs/{first}.json: is not UTF-8 text") or "is not valid JSON" in line
