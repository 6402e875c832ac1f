"""User mistakes get one clear line and a non-zero exit, never a traceback, and leave the archive as it was."""

import socket

from conftest import run_cli, run_refused, snapshot_ids


def assert_clean_error(result, *fragments: str, code: int = 2) -> None:
    assert result.returncode == code, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    for fragment in fragments:
        assert fragment in result.stderr


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_unknown_epoch_names_the_available_ones(tmp_path):
    result = run_refused("crawl", "--mirror", "1999", archive=tmp_path / "archive")
    assert_clean_error(result, "1999", "2012")


def test_archive_path_that_is_a_file(tmp_path):
    not_a_folder = tmp_path / "archive"
    not_a_folder.write_text("I am a file")
    result = run_refused("crawl", "--mirror", "2012", archive=not_a_folder)
    assert_clean_error(result, "is a file")
    assert not_a_folder.read_text() == "I am a file"


def test_start_url_that_does_not_answer_is_a_failed_run_and_no_snapshot(tmp_path):
    archive = tmp_path / "archive"
    url = f"http://127.0.0.1:{free_port()}/politiques/paris-a-l-international/rub_6587"
    result = run_cli("crawl", "--start-url", url, "-s", "RETRY_TIMES=0", archive=archive)
    assert_clean_error(result, "crawl failed", "no start URL answered", code=1)
    assert snapshot_ids(archive) == []
    listing = run_cli("snapshots", archive=archive)
    assert "1 failed run" in listing.stdout


def test_a_crawl_without_the_archive_pipeline_says_no_snapshot_was_opened(tmp_path):
    archive = tmp_path / "archive"
    result = run_cli("crawl", "--mirror", "2012", "-s", "DOWNLOAD_DELAY=0", "-s", "ITEM_PIPELINES={}", archive=archive)
    assert_clean_error(result, "crawl failed", "no snapshot was opened", "ITEM_PIPELINES", code=1)
    assert "run record" not in result.stderr
    assert snapshot_ids(archive) == []


def test_live_crawl_without_a_contact_is_refused_before_any_request(tmp_path):
    result = run_refused("crawl", "--start-url", "https://www.paris.fr/pages/paris-a-l-international-2433",
                         archive=tmp_path / "archive", env={"PARIS_ARCHIVE_CONTACT": ""})
    assert_clean_error(result, "PARIS_ARCHIVE_CONTACT")
    assert not (tmp_path / "archive" / "runs").exists()


def test_start_url_that_is_not_a_url(tmp_path):
    result = run_refused("crawl", "--start-url", "www.paris.fr", archive=tmp_path / "archive")
    assert_clean_error(result, "not an absolute http(s) URL")


def test_extract_missing_and_empty_files(tmp_path):
    missing = run_cli("extract", str(tmp_path / "nope.html"), "--url", "http://www.paris.fr/x")
    assert_clean_error(missing, "no such file")
    empty = tmp_path / "empty.html"
    empty.write_bytes(b"  \n")
    assert_clean_error(run_cli("extract", str(empty), "--url", "http://www.paris.fr/x"), "is empty")


def test_extract_bad_fetched_at(tmp_path):
    page = tmp_path / "page.html"
    page.write_text("<html><body><p>Bonjour</p></body></html>")
    result = run_cli("extract", str(page), "--url", "http://www.paris.fr/x", "--fetched-at", "yesterday")
    assert_clean_error(result, "--fetched-at")


def test_show_unknown_snapshot(tmp_path):
    result = run_cli("show", "20000101T000000Z", archive=tmp_path / "archive")
    assert_clean_error(result, "20000101T000000Z")
