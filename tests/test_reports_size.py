"""The mirror's history report (2012 -> 2024) stays under Gmail's clipping size, and the whole of it is saved beside."""

import re
import shutil

import pytest
from conftest import run_cli

from reports.job import MAX_HTML_BYTES, ReportRequest, run_report
from shared.clock import utc_now


@pytest.fixture(scope="module")
def reported(history, tmp_path_factory):
    source, by_epoch = history
    archive = tmp_path_factory.mktemp("size") / "archive"
    shutil.copytree(source, archive)  # the report writes into its archive; the history is shared
    old, new = by_epoch["2012"], by_epoch["2024"]
    result = run_cli("report", "--from", old, "--to", new, archive=archive)
    assert result.returncode == 0, result.stderr
    return archive, archive / "reports" / f"{old}_{new}", by_epoch


def items(html: str) -> int:
    return len(re.findall(r"<li\b", html))


def test_the_history_report_is_whole_and_under_100_kb(reported):
    _, folder, _ = reported
    report = (folder / "report.html").read_text(encoding="utf-8")
    # Each change once: the history's report fits whole, where it listed every fact of every page before.
    assert len(report.encode("utf-8")) <= MAX_HTML_BYTES
    assert "&hellip;" not in report and not (folder / "full-report.html").exists()


def test_a_report_over_its_budget_is_cut_and_the_full_report_holds_the_rest(reported):
    archive, _, by_epoch = reported
    old, new = by_epoch["2012"], by_epoch["2024"]
    budget = 30_000
    outcome = run_report(ReportRequest(archive, utc_now, old_id=old, new_id=new, max_html_bytes=budget))
    folder = archive / "reports" / f"{old}_{new}"
    capped = (folder / "report.html").read_text(encoding="utf-8")
    full = (folder / "full-report.html").read_text(encoding="utf-8")
    assert capped == outcome.html
    assert len(capped.encode("utf-8")) <= budget < len(full.encode("utf-8"))
    left_out = sum(int(count) for count in re.findall(r"&hellip; et (\d+) de plus", capped))
    assert left_out > 0
    assert "&hellip;" not in full
    # Every item is in one of the two: the capped report's, plus those it says it left out, are the full report's.
    lines_for_left_out = capped.count("&hellip; et")
    assert items(capped) - lines_for_left_out + left_out == items(full)
    assert (folder / "full-report.txt").is_file()


def test_a_report_that_fits_has_no_full_copy(reported):
    archive, _, by_epoch = reported
    old, new = by_epoch["2012"], by_epoch["2014"]
    result = run_cli("report", "--from", old, "--to", new, archive=archive)
    assert result.returncode == 0, result.stderr
    folder = archive / "reports" / f"{old}_{new}"
    assert len((folder / "report.html").read_bytes()) <= MAX_HTML_BYTES
    assert not (folder / "full-report.html").exists()
