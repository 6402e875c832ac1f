"""One error path for a damaged archive: every command and the researchers' API name the snapshot and the file in
one line and point at `verify`; `snapshots` and `runs` list what they can read and mark the rest."""

import shutil

import pytest
from fuzz_damage import Damage, apply, run_in_process
from helpers.changes import NETWORKS, write_week

from archive import ArchiveError
from research import open_archive

HINT = "run `paris-archive verify` to see what is damaged"


@pytest.fixture(scope="module")
def week(tmp_path_factory):
    root = tmp_path_factory.mktemp("damage") / "archive"
    return root, write_week(root)


@pytest.fixture()
def damaged(week, tmp_path):
    """damaged(Damage) -> a copy of the week's archive with that damage."""
    base, _ = week

    def make(damage: Damage):
        root = tmp_path / "archive"
        shutil.copytree(base, root)
        apply(damage, root)
        return root
    return make


def command(root, *arguments):
    return run_in_process([*arguments, "--archive", str(root)])


@pytest.mark.parametrize(("file", "kind", "problem"), [
    ("facts.parquet", "flip", "facts.parquet does not have the SHA-256 its manifest lists"),
    ("pages.parquet", "truncate", "pages.parquet has "),
    ("news.parquet", "delete", "news.parquet is missing"),
])
@pytest.mark.parametrize("arguments", [["diff"], ["report"]])
def test_a_damaged_table_is_named_by_diff_and_report(week, damaged, file, kind, problem, arguments):
    _, (_, new) = week
    code, _, err = command(damaged(Damage(-1, file, kind, 0.5)), *arguments)
    assert code == 2
    assert err.startswith(f"paris-archive: error: snapshot {new}: {problem}") and err.endswith(f"{HINT}\n")


@pytest.mark.parametrize("arguments", [["extract", "--snapshot", "latest", "--url", NETWORKS], ["reextract", "latest"],
                                       ["export-wacz", "latest", "--output", "never.wacz"]])
def test_a_truncated_warc_is_named_by_what_reads_it(week, damaged, arguments, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    _, (_, new) = week
    code, _, err = command(damaged(Damage(-1, "captures.warc.gz", "truncate", 0.7)), *arguments)
    assert code == 2 and len(err.splitlines()) == 1
    assert new in err and "captures.warc.gz" in err and err.endswith(f"{HINT}\n")


@pytest.mark.parametrize(("content", "problem"), [
    (b"[1, 2]", "manifest.json is a list, not a manifest"),
    (b'{"files": null}', "manifest.json has no 'snapshot_id'"),
    (b'{"snapshot_id": "\xff"}', "manifest.json is not UTF-8 text (byte 17)"),
])
@pytest.mark.parametrize("arguments", [["show", "latest"], ["diff"], ["report"], ["extract", "--snapshot", "latest",
                                                                                   "--url", NETWORKS]])
def test_a_manifest_of_the_wrong_shape_is_one_line_everywhere(week, damaged, content, problem, arguments):
    _, (_, new) = week
    code, _, err = command(damaged(Damage(-1, "manifest.json", "json", 0, content)), *arguments)
    assert (code, err) == (2, f"paris-archive: error: snapshot {new}: {problem}; {HINT}\n")


def test_snapshots_lists_what_it_can_and_marks_the_rest(week, damaged):
    _, (old, new) = week
    code, out, _ = command(damaged(Damage(0, "manifest.json", "json", 0, b"null")), "snapshots")
    assert code == 1
    lines = out.splitlines()
    assert lines[0].startswith(f"{new:<20} complete")
    assert lines[1] == f"{old:<20} unreadable snapshot {old}: manifest.json is null, not a manifest; {HINT}"


def test_a_garbage_run_record_hides_nothing(week, damaged):
    _, (old, new) = week
    root = damaged(Damage(0, "run", "json", 0, b"\x00garbage"))
    code, out, _ = command(root, "snapshots")
    assert code == 0 and out.splitlines()[0].startswith(old) and out.splitlines()[1].startswith(new)
    code, out, _ = command(root, "runs")
    assert code == 0 and f"{old:<20} unreadable" in out and "is not valid JSON" in out and HINT in out


def test_the_research_api_raises_the_archives_own_error(week, damaged):
    _, (_, new) = week
    with pytest.raises(ArchiveError, match=f"snapshot {new}: manifest.json is not UTF-8 text"):
        open_archive(damaged(Damage(-1, "manifest.json", "json", 0, b'{"a": "\xff"}'))).snapshots()


def test_the_research_api_names_a_damaged_table(week, damaged):
    _, (_, new) = week
    with pytest.raises(ArchiveError, match=f"snapshot {new}: facts.parquet (has|does not)"):
        open_archive(damaged(Damage(-1, "facts.parquet", "truncate", 0.6))).load("facts")
