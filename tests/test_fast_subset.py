"""Every test module is classified fast or slow (conftest.py), so `make test-fast` does not drift from the suite."""

import subprocess
import threading
from pathlib import Path
from types import SimpleNamespace

import pytest
from conftest import (
    FAST_MODULES,
    ONE_PROCESS_GROUPS,
    SLOW_MODULES,
    history_readers_last,
    scheduling_unit,
    started_first,
)

TESTS = Path(__file__).resolve().parent


def test_every_test_module_is_fast_or_slow_and_only_one():
    modules = {path.name for path in TESTS.glob("test_*.py")}
    assert sorted(modules - FAST_MODULES - SLOW_MODULES) == [], "add each to FAST_MODULES or SLOW_MODULES"
    assert sorted(FAST_MODULES & SLOW_MODULES) == []


def test_every_classified_module_exists():
    modules = {path.name for path in TESTS.glob("test_*.py")}
    assert sorted((FAST_MODULES | SLOW_MODULES) - modules) == []


def test_a_grouped_or_fast_module_runs_on_one_process_and_any_other_test_alone():
    modules = {path.name for path in TESTS.glob("test_*.py")}
    assert sorted(set(ONE_PROCESS_GROUPS) - modules) == []
    assert scheduling_unit("tests/test_backfill.py::test_one_wayback_snapshot_per_capture_date") == "pywb-history"
    assert scheduling_unit("tests/test_replay.py::test_exported_wacz_passes_the_wacz_validator") == "pywb-history"
    assert scheduling_unit("tests/test_site_profile.py::test_x[a/b::c]") == "testville-crawls"
    alone = "tests/test_cli_errors.py::test_x[tests/test_replay.py]"
    assert scheduling_unit(alone) == alone
    assert scheduling_unit("tests/test_docs.py::test_x[tests/test_replay.py]") == "test_docs.py"
    assert scheduling_unit("tests/test_parsers_contract.py::test_page_columns[x]") == "saved-pages"
    assert scheduling_unit("tests/test_parsers_news.py::test_y") == "saved-pages"


def test_a_fast_test_cannot_start_a_process():
    with pytest.raises(AssertionError, match="test_fast_subset.py starts a process: list it in SLOW_MODULES"):
        subprocess.run(["true"], check=False)


def test_a_thread_building_a_session_input_may_start_processes_while_a_fast_test_may_not():
    results = []
    builder = threading.Thread(target=lambda: results.append(subprocess.run(["true"], check=False).returncode))
    builder.start()
    builder.join()
    assert results == [0]
    with pytest.raises(AssertionError, match="starts a process"):
        subprocess.run(["true"], check=False)


def test_the_tests_that_read_the_history_come_last_in_their_order_with_their_group():
    items = [SimpleNamespace(nodeid=nodeid, fixturenames=fixtures) for nodeid, fixtures in [
        ("tests/test_a.py::a", ["history", "tmp_path"]), ("tests/test_backfill.py::b", ["tmp_path"]),
        ("tests/test_c.py::c", ["tmp_path"]), ("tests/test_backfill.py::d", ["pywb_history", "history"]),
        ("tests/test_e.py::e", ["crawled_2012"]), ("tests/test_replay.py::f", [])]]
    history_readers_last(items)
    assert [item.nodeid.rsplit("::")[-1] for item in items] == ["c", "e", "a", "b", "d", "f"]


def test_the_installing_tests_are_handed_out_first_longest_first():
    units = ["test_docs.py", "tests/test_server_install.py::test_s", "saved-pages",
             "tests/test_first_five_minutes.py::test_f", "tests/test_cli_errors.py::test_c"]
    assert started_first(units) == ["tests/test_first_five_minutes.py::test_f", "tests/test_server_install.py::test_s",
                                    "test_docs.py", "saved-pages", "tests/test_cli_errors.py::test_c"]
