"""The small ones: a config that is not a regular file, or that anyone can change, refused by name; a period past
any date, a folder given as a page, an unreadable file, a read-only archive: each one line, never a traceback."""

import errno
import os

import pytest
from conftest import run_cli
from helpers.changes import write_week

from archive.manifests import reading_failure
from paris_archive.config import ConfigError, load_config
from scraper.scope import CrawlScope


def one_line_error(result, returncode: int = 2) -> str:
    assert result.returncode == returncode, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    (line,) = result.stderr.splitlines()
    assert line.startswith("paris-archive: error: ")
    return line


def test_a_config_that_is_not_a_regular_file_is_refused_without_reading_it():
    # /dev/zero never ends: reading it whole used to hang `schedule --list`.
    result = run_cli("schedule", "--config", "/dev/zero", "--list", timeout=30)
    assert one_line_error(result) == "paris-archive: error: config file /dev/zero is not a regular file"


def test_a_config_anyone_can_change_is_refused(tmp_path):
    config = tmp_path / "paris-archive.toml"
    config.write_text('contact = "mailto:a@example.org"\n')
    config.chmod(0o666)
    with pytest.raises(ConfigError, match=r"can be changed by anyone \(mode 666\).*chmod o-w"):
        load_config(config, {}, {})
    config.chmod(0o640)
    assert load_config(config, {}, {}) is not None


def test_a_config_that_cannot_be_read_is_named(tmp_path):
    if os.geteuid() == 0:
        pytest.skip("root reads every file")
    config = tmp_path / "secret.toml"
    config.write_text("")
    config.chmod(0)
    with pytest.raises(ConfigError, match="secret.toml cannot be read"):
        load_config(config, {}, {})


def test_a_duration_past_any_date_is_one_line(tmp_path):
    archive = tmp_path / "archive"
    write_week(archive)
    line = one_line_error(run_cli("report", "--since", "99999999999d", archive=archive))
    assert "reaches back further than any date" in line
    # Long, but within the calendar: every snapshot is old enough, so the report starts at the first.
    result = run_cli("report", "--since", "999999d", archive=archive)
    assert result.returncode == 0, result.stderr


def test_extract_of_a_folder_says_so(tmp_path):
    line = one_line_error(run_cli("extract", str(tmp_path), "--url", "https://www.paris.fr/"))
    assert line == f"paris-archive: error: {tmp_path} is a folder: give the saved HTML file of one page"


def test_a_read_only_archive_is_one_line(tmp_path):
    if os.geteuid() == 0:
        pytest.skip("root writes everywhere")
    archive = tmp_path / "archive"
    write_week(archive)
    (archive / "reports").mkdir(exist_ok=True)
    for folder in (archive, archive / "reports"):
        folder.chmod(0o555)
    try:
        line = one_line_error(run_cli("report", archive=archive))
    finally:
        for folder in (archive, archive / "reports"):
            folder.chmod(0o755)
    assert "Permission denied" in line


def test_the_systems_own_errors_and_reader_errors_are_one_line():
    full = OSError(errno.ENOSPC, "No space left on device", "/srv/archive/reports/a_b/report.html")
    assert reading_failure(full) == "No space left on device: /srv/archive/reports/a_b/report.html"
    # pyarrow's errors for a file it cannot decode carry no errno.
    assert reading_failure(OSError("ZSTD decompression failed: Data corruption detected")) == (
        "an archive file could not be read (OSError: ZSTD decompression failed: Data corruption detected); "
        "run `paris-archive verify` to see what is damaged")
    assert reading_failure(KeyError("a bug")) is None  # a bug keeps its traceback


def test_dot_segments_and_encoded_dots_are_resolved_before_the_scope_check():
    scope = CrawlScope.from_start_urls(["http://www.paris.fr/international/reseaux-4021"])
    assert not scope.allows("http://www.paris.fr/international/%2e%2e/admin")
    assert not scope.allows("http://www.paris.fr/international/%2E%2E/%2e%2e/etc/passwd")
    assert not scope.allows("http://www.paris.fr/international/./../admin/")
    assert scope.allows("http://www.paris.fr/international/a/../c40-4028")
    assert scope.allows("http://www.paris.fr/international/%2e/c40-4028")


# The backfill with one worker runs in the test's process: the address is refused before any work starts.
@pytest.mark.parametrize("arguments", [
    ["crawl", "--start-url", "http://[::1"],
    ["backfill", "--cdx", "http://[::1", "--from", "2010", "--to", "2011", "--jobs", "1"]])
def test_a_url_that_does_not_parse_is_one_line(tmp_path, arguments):
    line = one_line_error(run_cli(*arguments, archive=tmp_path / "archive"))
    assert "'http://[::1' is not a valid URL (Invalid IPv6 URL)" in line
