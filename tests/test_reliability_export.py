"""`export-wacz` verifies what it packages: a damaged snapshot is refused in one line and no package is written."""

import pytest
from conftest import run_cli
from helpers.captures import AIMF, AIMF_BODY, CGLU, CGLU_BODY, at, write_snapshot


@pytest.fixture()
def archive(tmp_path):
    root = tmp_path / "archive"
    first = write_snapshot(root, [(CGLU, CGLU_BODY), (AIMF, AIMF_BODY)], at(2014))["snapshot_id"]
    second = write_snapshot(root, [(CGLU, CGLU_BODY)], at(2016))["snapshot_id"]
    return root, first, second


def test_an_intact_snapshot_is_exported(archive, tmp_path):
    root, _, second = archive
    result = run_cli("export-wacz", second, "--output", str(tmp_path / "ok.wacz"), archive=root)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "ok.wacz").is_file()


@pytest.mark.parametrize("damage", ["truncate", "flip"])
def test_a_damaged_warc_is_refused(archive, tmp_path, damage):
    root, first, _ = archive
    warc = root / "snapshots" / first / "captures.warc.gz"
    data = bytearray(warc.read_bytes())
    if damage == "truncate":
        data = data[: len(data) - 40]
    else:
        data[len(data) // 2] ^= 0xFF
    warc.write_bytes(bytes(data))
    output = tmp_path / "damaged.wacz"
    result = run_cli("export-wacz", first, "--output", str(output), archive=root)
    assert result.returncode == 2, result.stdout + result.stderr
    (line,) = result.stderr.splitlines()
    assert line.startswith(f"paris-archive: error: snapshot {first} is damaged, so it was not exported: ")
    assert f"{first}/captures.warc.gz" in line and line.endswith("run `paris-archive verify` to see what is damaged")
    assert not output.exists()


def test_originals_from_a_damaged_earlier_snapshot_are_refused(archive, tmp_path):
    root, first, second = archive
    # The second snapshot's revisit repeats the first's CGLU page: damage that record only.
    warc = root / "snapshots" / first / "captures.warc.gz"
    data = bytearray(warc.read_bytes())
    data[len(data) // 4] ^= 0xFF
    warc.write_bytes(bytes(data))
    result = run_cli("export-wacz", second, "--output", str(tmp_path / "x.wacz"), archive=root)
    assert result.returncode == 2, result.stdout + result.stderr
    assert "Traceback" not in result.stderr and len(result.stderr.splitlines()) == 1
    assert "run `paris-archive verify`" in result.stderr
    assert not (tmp_path / "x.wacz").exists()
