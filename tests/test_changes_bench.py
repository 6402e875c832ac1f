"""The diff benchmark runs, and finds exactly the changes it made (on a small size, to stay fast)."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SMALL = ["--facts", "2000", "--pages", "100"]


def diff_speed(*arguments: str, timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "bench/diff_speed.py", *arguments], cwd=REPO, capture_output=True,
                          text=True, timeout=timeout)


@pytest.fixture(scope="module")
def small_run(tmp_path_factory) -> tuple[Path, str]:
    """One small run of the whole benchmark for the module, which runs on one test process (conftest.py's
    ONE_PROCESS_GROUPS): (the archive it wrote, what it printed). Tests copy the archive before running the
    benchmark on it again."""
    archive = tmp_path_factory.mktemp("diff-speed") / "archive"
    result = diff_speed(*SMALL, "--out", str(archive))
    assert result.returncode == 0, result.stdout + result.stderr
    return archive, result.stdout


def test_diff_benchmark_small_run(small_run):
    _, printed = small_run
    assert "compute_diff (duckdb over Parquet)" in printed
    assert "'facts_changed': 20" in printed and "'facts_removed': 10" in printed
    assert "plain duckdb full join on fact_id" in printed
    assert "(target: within 2x: " in printed and "(target: under 500 MB: " in printed


def test_diff_benchmark_reuses_the_snapshots_of_an_earlier_run(small_run, tmp_path):
    archive = tmp_path / "archive"
    shutil.copytree(small_run[0], archive)
    for step in ("diff", "join"):
        result = diff_speed(*SMALL, "--out", str(archive), "--reuse", "--only", step)
        assert result.returncode == 0, result.stdout + result.stderr
        assert "write snapshot" not in result.stdout


def test_diff_benchmark_cannot_reuse_what_is_not_there(tmp_path):
    result = diff_speed("--out", str(tmp_path / "none"), "--reuse", timeout=60)
    assert result.returncode == 2
    assert "--reuse needs the two snapshots of an earlier run" in result.stderr
    assert "Traceback" not in result.stderr
