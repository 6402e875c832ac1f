"""README "The two commands" and "For researchers: the first five minutes", followed in a fresh clone: `make demo`
installs, says so, crawls the mirror's history and ends with its summary and the commands to try next, which work.

It installs every dependency into the clone's own virtualenv (minutes), so it runs in CI (`CI` set) or on request
(`PARIS_ARCHIVE_TEST_INSTALL=1`).
"""

import os
import shlex
import subprocess

import pytest
from conftest import REPO

pytestmark = pytest.mark.skipif(not (os.environ.get("CI") or os.environ.get("PARIS_ARCHIVE_TEST_INSTALL")),
                                reason="installs a virtualenv from scratch: set PARIS_ARCHIVE_TEST_INSTALL=1 (CI does)")


def test_make_demo_in_a_fresh_clone(tmp_path):
    clone = tmp_path / "clone"
    subprocess.run(["git", "clone", "--quiet", str(REPO), str(clone)], check=True)
    # As a newcomer's shell would be: no settings of ours, no virtualenv, and not inside another make (under
    # `make test` the child make would announce its directories before the demo's first line).
    environment = {name: value for name, value in os.environ.items()
                   if not name.startswith(("PARIS_ARCHIVE_", "VIRTUAL_ENV", "MAKE", "MFLAGS"))}
    demo = subprocess.run(["make", "demo"], cwd=clone, env=environment, capture_output=True, text=True,
                          timeout=1800)
    assert demo.returncode == 0, demo.stdout[-3000:] + demo.stderr[-3000:]
    lines = demo.stdout.splitlines()
    assert lines[0].startswith("Installing paris-archive and its dependencies into .venv/")
    assert any(line.startswith("Snapshots in data/mirror-history:") for line in lines)
    assert any(line.startswith("Chiffres des réseaux : ") for line in lines)  # the summary, not the whole report
    assert len(lines) < 80
    next_commands = lines[lines.index("Try next:") + 1:]
    assert next_commands and all("data/mirror-history" in line or "notebooks" in line for line in next_commands)
    for line in next_commands:
        command = shlex.split(line.split("#")[0])
        if command[0].endswith("/paris-archive"):  # the others install JupyterLab or set a variable
            result = subprocess.run(command, cwd=clone, env=environment, capture_output=True, text=True,
                                    timeout=300)
            assert result.returncode == 0, f"{line}: {result.stderr}"
    assert (clone / "data" / "mirror-history" / "catalog.parquet").is_file()
