"""What a shell user expects of a command: --version, JSON where there is a table or a summary, quiet closed pipes,
completion, and a progress bar only for a person watching."""

import json
import os
import pty
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import REPO, run_cli, snapshot_ids

from shared.version import code_version

COMMAND = [sys.executable, "-m", "paris_archive"]
AIMF_2012 = ("mirror/epochs/2012/site/politiques/paris-a-l-international/paris-ville-monde/"
             "association-internationale-des-maires-francophones/rub_6587_stand_16471_port_14974")


def test_version():
    result = run_cli("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"paris-archive {code_version()}"


@pytest.mark.parametrize("arguments", [
    ["--print-completion", "bash"],
    ["mirror", "list"],
    ["extract", f"{AIMF_2012}", "--url", "https://www.paris.fr/politiques/aimf"],
])
def test_a_closed_pipe_ends_quietly(arguments):
    # The reader is gone before the command writes its first line, as with `| head -1` on a long output.
    process = subprocess.Popen([*COMMAND, *arguments], cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    process.stdout.close()
    stderr = process.stderr.read().decode()
    assert process.wait(timeout=60) == 141
    assert stderr == ""


def test_bash_completion_knows_the_commands():
    script = run_cli("--print-completion", "bash").stdout
    assert "catalog" in script and "reextract" in script
    loaded = subprocess.run(["bash", "-c", f"source /dev/stdin <<'EOF'\n{script}\nEOF\ncomplete -p paris-archive"],
                            capture_output=True, text=True)
    assert loaded.returncode == 0, loaded.stderr
    assert "paris-archive" in loaded.stdout


def json_lines(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines()]


def test_mirror_list_as_json():
    epochs = json_lines(run_cli("mirror", "list", "--json").stdout)
    assert [epoch["name"] for epoch in epochs][:2] == ["2012", "2014"]
    assert epochs[0]["captured"] == "2012-04-20" and epochs[0]["in_history"] is True


@pytest.fixture()
def archive_2012(crawled_2012, tmp_path):
    crawled, snapshot_id = crawled_2012
    archive = tmp_path / "archive"
    shutil.copytree(crawled, archive)
    return archive, snapshot_id


def test_snapshots_verify_reextract_and_export_as_json(archive_2012, tmp_path):
    archive, snapshot_id = archive_2012
    (listed,) = json_lines(run_cli("snapshots", "--json", archive=archive).stdout)
    assert listed["snapshot_id"] == snapshot_id and listed["mirror_epoch"] == "2012" and listed["facts"] > 0

    verified = run_cli("verify", "--json", archive=archive)
    assert verified.returncode == 0
    assert json.loads(verified.stdout) | {"files_checked": 0} == {
        "ok": True, "snapshots": [snapshot_id], "files_checked": 0, "problems": []}

    (reextracted,) = json_lines(run_cli("reextract", snapshot_id, "--json", "--jobs", "1", archive=archive).stdout)
    assert reextracted["parent_snapshot_id"] == snapshot_id
    assert reextracted["snapshot_id"] == f"{snapshot_id}-2" and reextracted["facts"] == listed["facts"]

    exported = run_cli("export-wacz", snapshot_id, "--json", "--output", str(tmp_path / "one.wacz"), archive=archive)
    assert json.loads(exported.stdout)["path"] == str(tmp_path / "one.wacz")

    (archive / "snapshots" / snapshot_id / "news.parquet").write_bytes(b"not parquet")
    broken = run_cli("verify", "--json", archive=archive)
    assert broken.returncode == 1
    problems = json.loads(broken.stdout)["problems"]
    assert {(p["snapshot_id"], p["file"], p["kind"]) for p in problems} >= {(snapshot_id, "news.parquet", "changed")}


def run_with_terminal_stderr(*arguments: str) -> tuple[int, str, str]:
    """Run the command with stderr on a pseudo-terminal, as in an interactive shell; stdout stays a pipe."""
    controller, terminal = pty.openpty()
    environment = {**os.environ, "COLUMNS": "100", "TERM": "xterm"}
    environment.pop("PARIS_ARCHIVE_DIR", None)
    process = subprocess.Popen([*COMMAND, *arguments], cwd=REPO, stdout=subprocess.PIPE, stderr=terminal,
                               env=environment)
    os.close(terminal)
    seen = b""
    while True:
        try:
            chunk = os.read(controller, 4096)
        except OSError:  # the terminal closes when the process ends
            break
        if not chunk:
            break
        seen += chunk
    stdout = process.stdout.read().decode()
    os.close(controller)
    return process.wait(timeout=60), stdout, seen.decode(errors="replace")


def test_a_progress_bar_only_on_a_terminal(archive_2012):
    archive, snapshot_id = archive_2012
    code, stdout, terminal = run_with_terminal_stderr("verify", "--archive", str(archive))
    assert code == 0
    assert "verifying" in terminal and "1/1" in terminal
    assert stdout.startswith("verified 1 snapshot(s)")  # the bar never mixes with the output
    piped = run_cli("verify", archive=archive)
    assert piped.stderr == ""
    code, _, terminal = run_with_terminal_stderr("reextract", "--all", "--jobs", "1", "--archive", str(archive))
    assert code == 0 and "re-extracting" in terminal
    assert snapshot_ids(archive) == [snapshot_id, f"{snapshot_id}-2"]


def test_a_crawl_summary_as_json(crawl_2012_printed):
    archive, stdout, stderr = crawl_2012_printed  # the session's crawl of 2012 ran with --json
    (summary,) = json_lines(stdout)  # the pages crawled went to stderr
    assert summary["snapshot_id"] == snapshot_ids(archive)[0]
    assert summary["mirror_epoch"] == "2012" and summary["source"] == "mirror" and summary["facts"] > 0
    assert summary["folder"] == str(archive / "snapshots" / summary["snapshot_id"])
    assert "(0 facts, 0 news)" in stderr or "facts," in stderr


def test_an_empty_default_archive_points_at_the_demo_one(tmp_path):
    (tmp_path / "data" / "mirror-history" / "snapshots").mkdir(parents=True)
    result = run_cli("snapshots", folder=tmp_path)  # with no PARIS_ARCHIVE_DIR: run_cli leaves it out
    assert result.stdout.strip() == ("no snapshots in data/archive (the default archive: give --archive DIR or set "
                                     "PARIS_ARCHIVE_DIR; `make demo` wrote data/mirror-history: --archive "
                                     "data/mirror-history)")


def test_a_job_whose_python_cannot_run_is_one_line(tmp_path, monkeypatch):
    from paris_archive.errors import UserError
    from paris_archive.scheduler import run_instead

    not_a_program = tmp_path / "python"
    not_a_program.write_text("")  # not executable, as a virtualenv the service user may not enter
    monkeypatch.setattr(sys, "executable", str(not_a_program))
    with pytest.raises(UserError, match=f"cannot run {not_a_program}: Permission denied"):
        run_instead(("crawl",), {})


def test_backfill_summary_as_json_and_its_progress_on_a_terminal(tmp_path):
    from test_backfill import PAGE_A, PAGE_B, ScriptedArchive

    with ScriptedArchive() as scripted:
        scripted.add("20160425120000", PAGE_A, "C40")
        scripted.add("20160426120000", PAGE_B, "Metropolis")
        common = ["backfill", "--cdx", f"{scripted.base_url}/cdx", "--from", "2016", "--to", "2016",
                  "--url-prefix", "www.paris.fr/international/", "--delay", "0", "--jobs", "1"]
        result = run_cli(*common, "--json", archive=tmp_path / "json")
        code, stdout, terminal = run_with_terminal_stderr(*common, "--archive", str(tmp_path / "terminal"))
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == {
        "captures_listed": 2, "skipped_status": 0, "skipped_duplicates": 0, "already_done": [], "failure": None,
        "written": ["20160425T120000Z", "20160426T120000Z"]}
    assert code == 0 and "backfilling" in terminal and "2/2" in terminal
    assert "2 snapshot(s) written" in stdout


def test_report_as_json(archive_2012):
    archive, snapshot_id = archive_2012
    result = run_cli("report", "--json", archive=archive)
    assert result.returncode == 0, result.stderr
    outcome = json.loads(result.stdout)
    assert (outcome["from"], outcome["to"]) == (snapshot_id, snapshot_id)
    assert outcome["sent"] == [] and outcome["failure"] is None
    assert all(Path(path).is_file() for path in outcome["files"])
