from datetime import UTC, datetime

from pipelines.crawl_stats import summarise_stats


def test_robots_refusals_are_not_download_errors():
    stats = {
        "start_time": datetime(2024, 6, 7, 8, 0, tzinfo=UTC),
        "downloader/request_count": 12,
        "downloader/response_count": 10,
        "downloader/response_status_count/200": 9,
        "downloader/response_status_count/404": 1,
        "downloader/exception_count": 3,
        "downloader/exception_type_count/scrapy.exceptions.IgnoreRequest": 1,
        "downloader/exception_type_count/twisted.internet.error.ConnectionRefusedError": 2,
        "robotstxt/forbidden": 1,
    }
    summary = summarise_stats(stats, "finished")
    assert summary["download_errors"] == 2
    assert summary["robots_forbidden"] == 1
    assert summary["responses_by_status"] == {"200": 9, "404": 1}
    assert summary["requests"] == 12 and summary["close_reason"] == "finished"
    assert summary["started_at"] == "2024-06-07T08:00:00+00:00"
