"""Shared fixtures: run the real command line, crawl the real mirror over loopback HTTP, read back with duckdb."""

import fcntl
import io
import json
import logging
import os
import shutil
import subprocess
import sys
import threading
import traceback
from collections.abc import Callable, Sequence
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
# The mirror is on loopback: no need for politeness delays there.
FAST_LOCAL_CRAWL = ["-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=False"]

# Every test module is fast or slow (tests/test_fast_subset.py checks each one is listed once).
# Fast: no crawl, no subprocess, no server, a few seconds in all: `make test-fast` (`pytest --fast`)
# runs only these, for the edit-test loop. Slow: the rest, marked `slow` (`pytest -m slow`).
FAST_MODULES = frozenset({
    "test_architecture.py",
    "test_archive_dedup.py",
    "test_archive_ids.py",
    "test_archive_schema.py",
    "test_archive_warc.py",
    "test_bench_missed_where.py",
    "test_changes_diff.py",
    "test_changes_grouping.py",
    "test_changes_health.py",
    "test_changes_moves.py",
    "test_crawl_stats.py",
    "test_docs.py",
    "test_fast_subset.py",
    "test_libraries.py",
    "test_operations_config.py",
    "test_operations_scheduler.py",
    "test_parsers_contract.py",
    "test_parsers_count_and_seat_labels.py",
    "test_parsers_count_context.py",
    "test_parsers_dates.py",
    "test_parsers_decoding.py",
    "test_parsers_english_wordings.py",
    "test_parsers_events.py",
    "test_parsers_facts.py",
    "test_parsers_fixtures.py",
    "test_parsers_founders_told_actively.py",
    "test_parsers_layouts.py",
    "test_parsers_markup.py",
    "test_parsers_networks.py",
    "test_parsers_news.py",
    "test_parsers_news_dates_r2.py",
    "test_parsers_news_detection.py",
    "test_parsers_number_words.py",
    "test_parsers_numbers.py",
    "test_parsers_page_metadata.py",
    "test_parsers_pattern_cost2.py",
    "test_parsers_r10_people_news.py",
    "test_parsers_r10_sections.py",
    "test_parsers_r10_wordings.py",
    "test_parsers_r11_counts.py",
    "test_parsers_r11_names.py",
    "test_parsers_r11_text.py",
    "test_parsers_r12_heading_networks.py",
    "test_parsers_r12_joined.py",
    "test_parsers_r12_labels.py",
    "test_parsers_r12_precision.py",
    "test_parsers_r13_counts.py",
    "test_parsers_r13_dates.py",
    "test_parsers_r13_networks.py",
    "test_parsers_r14_dates.py",
    "test_parsers_r14_names.py",
    "test_parsers_r14_precision.py",
    "test_parsers_r14_seats.py",
    "test_parsers_r15_joined.py",
    "test_parsers_r15_names.py",
    "test_parsers_r15_precision.py",
    "test_parsers_r16_dates.py",
    "test_parsers_r16_joined.py",
    "test_parsers_r16_names.py",
    "test_parsers_r16_precision.py",
    "test_parsers_r17_joined.py",
    "test_parsers_r17_names.py",
    "test_parsers_r17_news.py",
    "test_parsers_r17_seats.py",
    "test_parsers_r17_vocab.py",
    "test_parsers_r18_attribution.py",
    "test_parsers_r18_block.py",
    "test_parsers_r18_dates.py",
    "test_parsers_r18_subjects.py",
    "test_parsers_r19_attribution.py",
    "test_parsers_r19_names.py",
    "test_parsers_r19_news.py",
    "test_parsers_r19_precision.py",
    "test_parsers_r20_counts.py",
    "test_parsers_r20_names.py",
    "test_parsers_r20_news.py",
    "test_parsers_r20_precision.py",
    "test_parsers_r21_blocks.py",
    "test_parsers_r21_precision.py",
    "test_parsers_r21_variants.py",
    "test_parsers_r21_wordings.py",
    "test_parsers_r22_blocks.py",
    "test_parsers_r22_names.py",
    "test_parsers_r22_news.py",
    "test_parsers_r22_precision.py",
    "test_parsers_r22_wordings.py",
    "test_parsers_r23_blocks.py",
    "test_parsers_r23_names.py",
    "test_parsers_r23_news.py",
    "test_parsers_r23_precision.py",
    "test_parsers_r23_unseen.py",
    "test_parsers_r24_blocks.py",
    "test_parsers_r24_counts.py",
    "test_parsers_r24_names.py",
    "test_parsers_r24_news.py",
    "test_parsers_r24_president.py",
    "test_parsers_r25_attribution.py",
    "test_parsers_r25_blocks.py",
    "test_parsers_r25_names.py",
    "test_parsers_r25_news.py",
    "test_parsers_r26_blocks.py",
    "test_parsers_r26_names.py",
    "test_parsers_r26_news.py",
    "test_parsers_r26_precision.py",
    "test_parsers_r27_attribution.py",
    "test_parsers_r27_blocks.py",
    "test_parsers_r27_names.py",
    "test_parsers_r27_news.py",
    "test_parsers_r28_attribution.py",
    "test_parsers_r28_blocks.py",
    "test_parsers_r28_languages.py",
    "test_parsers_r28_names.py",
    "test_parsers_r28_news.py",
    "test_parsers_r29_attribution.py",
    "test_parsers_r29_blocks.py",
    "test_parsers_r29_names.py",
    "test_parsers_r29_news.py",
    "test_parsers_r30_blocks.py",
    "test_parsers_r30_names.py",
    "test_parsers_r30_news.py",
    "test_parsers_r31_blocks.py",
    "test_parsers_r31_names.py",
    "test_parsers_r31_precision.py",
    "test_parsers_r31_wordings.py",
    "test_parsers_r32_attribution.py",
    "test_parsers_r32_news.py",
    "test_parsers_r32_wordings.py",
    "test_parsers_r33_counts.py",
    "test_parsers_r33_joinings.py",
    "test_parsers_r33_seats.py",
    "test_parsers_r34_blocks.py",
    "test_parsers_r34_names.py",
    "test_parsers_r34_precision.py",
    "test_parsers_r35_acronyms.py",
    "test_parsers_r35_blockcarry.py",
    "test_parsers_r35_blockread.py",
    "test_parsers_r35_names.py",
    "test_parsers_r35_precision.py",
    "test_parsers_r35_wordings.py",
    "test_parsers_r3_join_pres.py",
    "test_parsers_r3_layouts.py",
    "test_parsers_r3_news.py",
    "test_parsers_r3_seat_place.py",
    "test_parsers_r4_english.py",
    "test_parsers_r4_narrative.py",
    "test_parsers_r5_counts_president.py",
    "test_parsers_r5_joined.py",
    "test_parsers_r5_news.py",
    "test_parsers_r5_seat_founding.py",
    "test_parsers_r6_counts.py",
    "test_parsers_r6_joined_president.py",
    "test_parsers_r6_layout.py",
    "test_parsers_r6_names.py",
    "test_parsers_r6_seat_founding.py",
    "test_parsers_r7_placement.py",
    "test_parsers_r7_wordings.py",
    "test_parsers_r8_placement.py",
    "test_parsers_r8_precision.py",
    "test_parsers_r8_wordings.py",
    "test_parsers_r9_names.py",
    "test_parsers_r9_placement.py",
    "test_parsers_r9_precision.py",
    "test_parsers_subheadings.py",
    "test_parsers_text.py",
    "test_parsers_unseen_wordings.py",
    "test_parsers_wordings_r2_en_de.py",
    "test_parsers_wordings_r2_es_it.py",
    "test_parsers_wordings_r2_fr.py",
    "test_parsers_work_once.py",
    "test_reports_deploy.py",
    "test_reports_language.py",
    "test_reports_mail.py",
    "test_reports_render.py",
    "test_scope.py",
})
# Slow without a subprocess too: the parsers' limits on pathological pages, the whole corpus's quality,
# fuzzing, hundreds of snapshots, damaged archives read back by every command.
SLOW_MODULES = frozenset({
    "test_archive_store.py", "test_archive_worker.py", "test_archive_writer.py", "test_backfill.py",
    "test_capture_extract.py", "test_capture_warc.py", "test_catalog.py", "test_changes_bench.py",
    "test_changes_history.py", "test_check.py", "test_cli_errors.py", "test_cli_habits.py",
    "test_config_sources.py", "test_crawl_mirror.py", "test_crawl_sources.py", "test_extraction_quality.py",
    "test_first_five_minutes.py", "test_fixity.py", "test_fuzz.py", "test_interrupted_crawl.py", "test_mirror.py",
    "test_notebooks.py", "test_operations_deploy.py", "test_operations_lock.py", "test_operations_runs.py",
    "test_operations_schedule_cli.py", "test_parsers_budget.py", "test_record_fixture.py", "test_reextract.py",
    "test_reliability_crawl_limits.py", "test_reliability_damage.py", "test_reliability_export.py",
    "test_reliability_links.py", "test_reliability_scrapy_crawl.py", "test_reliability_small.py",
    "test_reliability_state_files.py", "test_reliability_verify.py", "test_replay.py", "test_reports_alerts.py",
    "test_reports_browser.py", "test_reports_email.py", "test_reports_messages.py", "test_reports_replay.py",
    "test_reports_size.py", "test_research_api.py", "test_research_scale.py", "test_scrapyd.py",
    "test_server_install.py", "test_site_profile.py",
})


# Modules whose module fixtures cost crawls, a pywb server and its collection, hundreds of snapshots or a run of a
# benchmark: with `pytest -n`, each runs on one test process, so those fixtures are built once per run, not once per
# process, and no other process waits for them. The modules replaying the history through pywb share a group, and so
# its server.
ONE_PROCESS_GROUPS = {
    "test_backfill.py": "pywb-history", "test_replay.py": "pywb-history",
    "test_changes_bench.py": "diff-benchmark",
    "test_changes_history.py": "restyled-twice", "test_reextract.py": "reextracted-history",
    "test_reports_replay.py": "replay-server", "test_research_scale.py": "daily-archive",
    "test_site_profile.py": "testville-crawls",
    # Fast modules reading the same saved pages: one process extracts each page once for them all
    # (tests/helpers/saved_pages.py).
    "test_parsers_contract.py": "saved-pages", "test_parsers_layouts.py": "saved-pages",
    "test_parsers_fixtures.py": "saved-pages", "test_parsers_facts.py": "saved-pages",
    "test_parsers_news.py": "saved-pages",
}


def scheduling_unit(nodeid: str) -> str:
    """What pytest-xdist hands a test process at once: a grouped module's tests together, a fast module's too
    (thousands of units of a few milliseconds cost the scheduler more than they balance), any other test alone."""
    module = nodeid.split("::", 1)[0].rsplit("/", 1)[-1]
    return ONE_PROCESS_GROUPS.get(module, module if module in FAST_MODULES else nodeid)


# The longest tests, minutes each of a virtualenv installed from scratch in a fresh clone, mostly in processes of
# their own: started first, longest first, they run beside everything else; started last (xdist hands out single
# tests after whole modules), they kept one test process busy for minutes after the other had finished.
STARTED_FIRST = ("test_first_five_minutes.py", "test_server_install.py")


def started_first(units: Sequence[str]) -> list[str]:
    """The scheduling units in the order they are handed out: those of STARTED_FIRST's modules first, in its order,
    then the others in theirs."""
    def rank(unit: str) -> int:
        module = unit.split("::", 1)[0].rsplit("/", 1)[-1]
        return STARTED_FIRST.index(module) if module in STARTED_FIRST else len(STARTED_FIRST)

    return sorted(units, key=rank)


def pytest_xdist_make_scheduler(config, log):
    if config.getoption("dist") != "load":
        return None  # another --dist was asked for
    from xdist.scheduler import LoadScopeScheduling

    class GroupedModules(LoadScopeScheduling):
        ordered = False

        def _split_scope(self, nodeid: str) -> str:
            return scheduling_unit(nodeid)

        def _assign_work_unit(self, node) -> None:
            if not self.ordered:  # the first unit handed out: the queue is complete
                for unit in reversed(started_first(list(self.workqueue))):
                    self.workqueue.move_to_end(unit, last=False)
                self.ordered = True
            super()._assign_work_unit(node)

    return GroupedModules(config, log)


def pytest_addoption(parser):
    parser.addoption("--fast", action="store_true",
                     help="run only the fast test modules (no crawl, no subprocess): make test-fast")


def pytest_configure(config):
    config.addinivalue_line("markers", "slow: a test of a slow module (crawls, subprocesses, servers, big inputs)")


def pytest_ignore_collect(collection_path, config):
    # Not even imported: a slow module's imports (Scrapy, pywb helpers...) cost seconds of their own.
    if config.getoption("--fast") and collection_path.name in SLOW_MODULES:
        return True
    return None


def pytest_collection_modifyitems(config, items):
    for item in items:
        if item.path.name not in FAST_MODULES:
            item.add_marker(pytest.mark.slow)
    history_readers_last(items)


def history_readers_last(items: list[pytest.Item]) -> None:
    """The history's crawl starts with the run, in the background (below): the tests that read it come last, in
    their order, and so do the other tests of their module's group, which runs as one, so that no test process
    waits for the crawl while other tests are still to run."""
    late = {scheduling_unit(item.nodeid) for item in items if reads_the_history(item)}
    items.sort(key=lambda item: scheduling_unit(item.nodeid) in late)


def reads_the_history(item: pytest.Item) -> bool:
    return "history" in getattr(item, "fixturenames", ())


@pytest.fixture(autouse=True)
def _fast_tests_start_no_process(request, monkeypatch):
    """A fast test that starts a process fails, saying so: the module belongs in SLOW_MODULES."""
    if request.node.get_closest_marker("slow") is None:
        start = subprocess.Popen._execute_child

        def refuse(*args, **kwargs):
            if threading.current_thread() is not threading.main_thread():
                return start(*args, **kwargs)  # a session input built in the background, not this test
            raise AssertionError(f"{request.node.path.name} starts a process: list it in SLOW_MODULES (conftest.py)")
        monkeypatch.setattr(subprocess.Popen, "_execute_child", refuse)


# Commands that read and write files, or talk to a server the test runs, and start no process of their own: run_cli
# runs them through the command line's main(argv) in the test's process, as their own process would (same arguments,
# environment, folder, output, exit code), without an interpreter's start and its imports (1-2 s each). The crawl,
# the schedule (signal handlers) and the servers keep a process of their own.
IN_PROCESS_COMMANDS = frozenset({
    "--version", "--print-completion", "alert", "catalog", "check", "diff", "export-wacz", "extract",
    "record-fixture", "report", "runs", "show", "snapshots", "verify",
})
# These start worker processes, unless given one worker: then they parse in their own process.
WORKER_COMMANDS = frozenset({"backfill", "reextract"})


def run_cli(*args: str, archive: Path | None = None, timeout: float = 180,
            env: dict[str, str] | None = None, folder: Path = REPO) -> subprocess.CompletedProcess:
    """`paris-archive ARGS [--archive ARCHIVE]` run in folder, with env on top of the test's environment."""
    arguments = [*args, *(["--archive", str(archive)] if archive is not None else [])]
    environment = command_environment(env)
    if starts_no_process(args):
        return run_main(arguments, environment, folder)
    return run_process(arguments, environment, timeout, folder)


def command_environment(env: dict[str, str] | None = None) -> dict[str, str]:
    """The test's environment with env on top, and no archive named by it: each command names its own."""
    environment = {**os.environ, **(env or {})}
    environment.pop("PARIS_ARCHIVE_DIR", None)
    return environment


def run_process(arguments: Sequence[str], environment: dict[str, str], timeout: float = 180,
                folder: Path = REPO) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "paris_archive", *arguments], cwd=folder, capture_output=True,
                          text=True, timeout=timeout, env=environment)


def starts_no_process(args: Sequence[str]) -> bool:
    command = args[0]
    if command in IN_PROCESS_COMMANDS or tuple(args[:2]) == ("mirror", "list"):
        return True
    if command == "schedule":  # planning or checking only: running sets signal handlers and starts the jobs
        return "--list" in args or "--check" in args
    if command in WORKER_COMMANDS:
        return any(pair == ("--jobs", "1") for pair in zip(args, args[1:], strict=False))
    return False


def run_refused(*args: str, archive: Path | None = None,
                env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    """A command the test expects refused before its work starts (a crawl of an unknown epoch or source, into a file,
    without a contact, on a locked archive; a replay of nothing), through main(argv) in the test's process, as
    run_cli's in-process commands are. Should it get as far as a crawl or a process, that fails the command with a
    traceback rather than starting Twisted's reactor, which runs once per process, in the test's."""
    from unittest import mock

    import paris_archive.cli  # noqa: F401  imported before the guard: croniter's import asks `file` of the interpreter

    arguments = [*args, *(["--archive", str(archive)] if archive is not None else [])]
    started = AssertionError(f"`paris-archive {' '.join(args)}` was to be refused, yet started its work")
    with mock.patch("scraper.process.run_spider", side_effect=started), \
            mock.patch.object(subprocess.Popen, "_execute_child", side_effect=started):
        return run_main(arguments, command_environment(env))


def run_main(arguments: Sequence[str], environment: dict[str, str],
             folder: Path = REPO) -> subprocess.CompletedProcess:
    """`paris-archive ARGUMENTS` as `python -m paris_archive` runs it, in this process: its environment and folder
    for the call, its output captured, a SystemExit's code or an uncaught exception's traceback and 1 as exit."""
    from paris_archive.cli import main

    stdout, stderr = io.StringIO(), io.StringIO()
    warnings_to_stderr = logging.StreamHandler(stderr)  # where Python prints a warning no handler takes
    warnings_to_stderr.setLevel(logging.WARNING)
    saved_environment, saved_folder = dict(os.environ), os.getcwd()
    os.environ.clear()
    os.environ.update(environment)
    os.chdir(folder)
    logging.getLogger().addHandler(warnings_to_stderr)
    try:
        with redirect_stdout(stdout), redirect_stderr(stderr):
            code = _exit_code(main, list(arguments))
    finally:
        logging.getLogger().removeHandler(warnings_to_stderr)
        os.chdir(saved_folder)
        os.environ.clear()
        os.environ.update(saved_environment)
    return subprocess.CompletedProcess(["paris-archive", *arguments], code, stdout.getvalue(), stderr.getvalue())


def _exit_code(main: Callable[[list[str]], int], arguments: list[str]) -> int:
    try:
        return main(arguments)
    except SystemExit as exit:  # argparse's errors and --help, as the interpreter turns them into an exit status
        if exit.code is None or isinstance(exit.code, int):
            return exit.code or 0
        print(exit.code, file=sys.stderr)
        return 1
    except Exception:
        traceback.print_exc()
        return 1


def crawl_mirror(epoch: str, archive: Path, *extra: str) -> subprocess.CompletedProcess:
    result = run_cli("crawl", "--mirror", epoch, *FAST_LOCAL_CRAWL, *extra, archive=archive)
    assert result.returncode == 0, result.stdout + result.stderr
    return result


def snapshot_ids(archive: Path) -> list[str]:
    folder = archive / "snapshots"
    return sorted(p.name for p in folder.iterdir()) if folder.is_dir() else []


def manifest(archive: Path, snapshot_id: str) -> dict:
    return json.loads((archive / "snapshots" / snapshot_id / "manifest.json").read_text())


def table(archive: Path, snapshot_id: str, name: str) -> str:
    """A duckdb table expression for one snapshot's Parquet table."""
    return f"read_parquet('{archive / 'snapshots' / snapshot_id / f'{name}.parquet'}')"


def rows(sql: str) -> list[dict]:
    import duckdb  # here, not at the top: the controller of a `pytest -n` run, which reads no table, need not import it

    relation = duckdb.sql(sql)
    return [dict(zip(relation.columns, row, strict=True)) for row in relation.fetchall()]


def built_once(tmp_path_factory, name: str, build: Callable[[Path], None]) -> Path:
    """A folder built by the first test process that needs it and read by every other (`pytest -n`): one crawl of
    the history for the whole run, not one per worker. Tests copy it before writing to it."""
    shared = tmp_path_factory.getbasetemp()
    if "PYTEST_XDIST_WORKER" in os.environ:
        shared = shared.parent  # the run's folder, above each worker's own
    folder = shared / name
    with (shared / f"{name}.lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # the others wait here while the first one builds
        if not (shared / f"{name}.built").exists():
            shutil.rmtree(folder, ignore_errors=True)  # what a failed build left
            folder.mkdir()
            build(folder)
            (shared / f"{name}.built").touch()
    return folder


@pytest.fixture(scope="session")
def crawl_2012_printed(tmp_path_factory) -> tuple[Path, str, str]:
    """One crawl of the 2012 epoch for the whole run, with --json (the same crawl; its summary on stdout):
    (archive folder, what it printed on stdout, on stderr)."""
    def crawl_and_keep_its_output(folder: Path) -> None:
        result = crawl_mirror("2012", folder / "archive", "--json")
        (folder / "crawl.stdout").write_text(result.stdout, encoding="utf-8")
        (folder / "crawl.stderr").write_text(result.stderr, encoding="utf-8")

    folder = built_once(tmp_path_factory, "crawl-2012", crawl_and_keep_its_output)
    return (folder / "archive", (folder / "crawl.stdout").read_text(encoding="utf-8"),
            (folder / "crawl.stderr").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def crawled_2012(crawl_2012_printed) -> tuple[Path, str]:
    """One crawl of the 2012 epoch: (archive folder, snapshot id). Tests copy it before writing to it."""
    archive, _, _ = crawl_2012_printed
    (snapshot_id,) = snapshot_ids(archive)
    return archive, snapshot_id


@pytest.fixture(scope="session")
def restyled_2016(tmp_path_factory) -> Path:
    """2016 crawled, then the same words under rewritten markup: an archive whose newest snapshot warns of its
    extraction's health. Tests copy it before writing to it."""
    def crawl_both(folder: Path) -> None:
        for epoch in ("2016", "2016-restyled"):
            crawl_mirror(epoch, folder)

    return built_once(tmp_path_factory, "archive-restyled-2016", crawl_both)


def crawl_history(environment: dict[str, str]) -> Callable[[Path], None]:
    def crawl(archive: Path) -> None:
        result = run_process(["crawl", "--mirror", "all", *FAST_LOCAL_CRAWL, "--archive", str(archive)], environment,
                             timeout=600)
        assert result.returncode == 0, result.stdout + result.stderr

    return crawl


@pytest.fixture(scope="session", autouse=True)
def _history_crawled_in_the_background(request, tmp_path_factory):
    """When a test of the run reads the history, its crawl (the longest input) starts with the run, in a thread
    beside the tests before it (they come first), rather than keeping a test process waiting for it."""
    if not any(map(reads_the_history, request.session.items)):
        yield
        return
    tmp_path_factory.getbasetemp()
    crawl = crawl_history(command_environment())  # this thread's environment: in-process commands swap it
    builder = threading.Thread(target=built_once, args=(tmp_path_factory, "archive-history", crawl), daemon=True)
    builder.start()
    yield
    builder.join()


@pytest.fixture(scope="session")
def history(tmp_path_factory) -> tuple[Path, dict[str, str]]:
    """The mirror's history crawled in order: (archive folder, {epoch: snapshot id})."""
    archive = built_once(tmp_path_factory, "archive-history", crawl_history(command_environment()))
    by_epoch = {manifest(archive, sid)["extra"]["mirror_epoch"]: sid for sid in snapshot_ids(archive)}
    return archive, by_epoch


@pytest.fixture(scope="session")
def pywb_history(history, tmp_path_factory) -> tuple[str, dict[str, str]]:
    """pywb on 127.0.0.1 replaying the crawled history, each epoch on its own capture date:
    (the collection's URL, {epoch: capture date})."""
    from helpers.pywb import PywbServer, history_collection

    root = tmp_path_factory.mktemp("pywb")
    capture_dates = history_collection(root, *history)
    with PywbServer(root) as base_url:
        yield f"{base_url}/history", capture_dates
