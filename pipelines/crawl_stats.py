"""Condense Scrapy's crawl stats into the figures a manifest keeps."""

from typing import Any

STATUS_PREFIX = "downloader/response_status_count/"
EXCEPTION_PREFIX = "downloader/exception_type_count/"
# Requests dropped on purpose (robots.txt) are counted by Scrapy as exceptions; they are not errors.
NOT_ERRORS = ("scrapy.exceptions.IgnoreRequest",)
LEFT_OUT_PREFIX = "scope/left_out/"
# Why links were not followed, in the order the crawl's summary gives them (see scraper/scope.py).
LEFT_OUT_REASONS = ("site_chrome", "depth", "pattern", "other_host", "robots_txt", "date")


def links_left_out(stats: dict[str, Any]) -> dict[str, int]:
    """Distinct URLs the spider did not follow, by reason; robots.txt refusals as Scrapy counted them."""
    counts = {reason: stats.get(LEFT_OUT_PREFIX + reason, 0) for reason in LEFT_OUT_REASONS}
    counts["robots_txt"] = stats.get("robotstxt/forbidden", 0)
    return counts


def summarise_stats(stats: dict[str, Any], close_reason: str) -> dict[str, Any]:
    by_status = {
        key.removeprefix(STATUS_PREFIX): count
        for key, count in sorted(stats.items()) if key.startswith(STATUS_PREFIX)
    }
    start = stats.get("start_time")
    return {
        "close_reason": close_reason,
        "requests": stats.get("downloader/request_count", 0),
        "responses": stats.get("downloader/response_count", 0),
        "responses_by_status": by_status,
        "errors": stats.get("log_count/ERROR", 0),
        "download_errors": sum(count for key, count in stats.items()
                               if key.startswith(EXCEPTION_PREFIX)
                               and key.removeprefix(EXCEPTION_PREFIX) not in NOT_ERRORS),
        "retries": stats.get("retry/count", 0),
        "robots_forbidden": stats.get("robotstxt/forbidden", 0),
        "links_left_out": links_left_out(stats),
        "extraction_errors": stats.get("extraction/errors", 0),
        "started_at": start.isoformat() if start else None,
    }
