"""README "Running it on a server", followed step by step from a fresh clone by deploy/try-server-install.sh.

It installs every dependency into a new virtualenv (minutes), so it runs in CI (`CI` set) or on request
(`PARIS_ARCHIVE_TEST_INSTALL=1`).
"""

import json
import os
import stat
import subprocess
import tempfile
from pathlib import Path

import pytest
from conftest import REPO

pytestmark = pytest.mark.skipif(not (os.environ.get("CI") or os.environ.get("PARIS_ARCHIVE_TEST_INSTALL")),
                                reason="installs a virtualenv from scratch: set PARIS_ARCHIVE_TEST_INSTALL=1 (CI does)")


def test_the_documented_server_install_crawls_as_the_service_user(tmp_path):
    clone = tmp_path / "clone"
    subprocess.run(["git", "clone", "--quiet", str(REPO), str(clone)], check=True)
    commit = subprocess.run(["git", "-C", str(clone), "rev-parse", "--short=7", "HEAD"], capture_output=True,
                            text=True, check=True).stdout.strip()
    # Outside pytest's own folders, which only their owner may enter: the service user must reach the archive.
    with tempfile.TemporaryDirectory(prefix="paris-archive-server-") as folder:
        Path(folder).chmod(0o755)
        server = Path(folder) / "server"
        result = subprocess.run([str(clone / "deploy" / "try-server-install.sh"), str(server)], cwd=clone,
                                capture_output=True, text=True, timeout=1800)
        check_server(server, result, commit)


def check_server(server: Path, result: subprocess.CompletedProcess, commit: str) -> None:
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert "no problems found" in result.stdout

    manifest = json.loads((server / "manifest.json").read_text())
    # The version comes from the installed package's metadata: the service user never ran git.
    assert manifest["code_version"].endswith(f"+g{commit}")
    assert f"installed: paris-archive {manifest['code_version']}" in result.stdout
    assert manifest["source"] == "live" and manifest["row_counts"]["facts"] > 0
    assert manifest["start_urls"][0].startswith("http://127.0.0.1:")

    service_uid = 65534 if os.geteuid() == 0 else os.geteuid()
    snapshot = server / "srv" / "paris-archive" / "snapshots" / manifest["snapshot_id"]
    assert snapshot.stat().st_uid == service_uid
    assert (server / "srv" / "paris-archive" / "catalog.parquet").stat().st_uid == service_uid
    secrets = (server / "etc" / "paris-archive" / "secrets.env").stat()
    assert stat.S_IMODE(secrets.st_mode) == 0o600 and secrets.st_uid == service_uid
    venv = server / "opt" / "paris-archive" / ".venv"
    assert venv.stat().st_uid == os.geteuid()  # the code stays the installer's
