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
