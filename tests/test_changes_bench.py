"""The diff benchmark runs, and finds exactly the changes it made (on a small size, to stay fast)."""

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def test_diff_benchmark_small_run(tmp_path):
    result = subprocess.run([sys.executable, "bench/diff_speed.py", "--facts", "2000", "--pages", "100",
                             "--out", str(tmp_path / "archive")],
                            cwd=REPO, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "compute_diff (duckdb over Parquet)" in result.stdout
    assert "'facts_changed': 20" in result.stdout and "'facts_removed': 10" in result.stdout
    assert "plain duckdb full join on fact_id" in result.stdout
    assert "(target: within 2x: " in result.stdout and "(target: under 500 MB: " in result.stdout


def test_diff_benchmark_reuses_the_snapshots_of_an_earlier_run(tmp_path):
    archive = tmp_path / "archive"
    small = ["--facts", "2000", "--pages", "100", "--out", str(archive)]
    first = subprocess.run([sys.executable, "bench/diff_speed.py", *small], cwd=REPO, capture_output=True, text=True,
                           timeout=120)
    assert first.returncode == 0, first.stdout + first.stderr
    for step in ("diff", "join"):
        result = subprocess.run([sys.executable, "bench/diff_speed.py", *small, "--reuse", "--only", step], cwd=REPO,
                                capture_output=True, text=True, timeout=120)
        assert result.returncode == 0, result.stdout + result.stderr
        assert "write snapshot" not in result.stdout


def test_diff_benchmark_cannot_reuse_what_is_not_there(tmp_path):
    result = subprocess.run([sys.executable, "bench/diff_speed.py", "--out", str(tmp_path / "none"), "--reuse"],
                            cwd=REPO, capture_output=True, text=True, timeout=60)
    assert result.returncode == 2
    assert "--reuse needs the two snapshots of an earlier run" in result.stderr
    assert "Traceback" not in result.stderr
