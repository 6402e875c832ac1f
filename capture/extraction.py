"""Turn a raw capture and what the parsers made of it into a row of the `pages` table (no Scrapy here)."""

import hashlib

from capture.extracted_page import ExtractedPage
from capture.international import is_international
from scraper.items import PageCapture
from scraper.origins import OriginMap
from scraper.parsers.extract import Extraction, extract_page


def charset_from_content_type(content_type: str | None) -> str | None:
    for parameter in (content_type or "").split(";")[1:]:
        name, _, value = parameter.partition("=")
        if name.strip().lower() == "charset" and value.strip():
            return value.strip().strip('"').lower()
    return None


def extract_capture(capture: PageCapture, origins: OriginMap) -> ExtractedPage:
    """Run the parsers over an HTML capture; any other capture is recorded as it is, unparsed."""
    url = origins.to_live(capture.url)
    page = {
        "url": url,
        "final_url": origins.to_live(capture.location) or url,
        "status": capture.status,
        "fetched_at": capture.fetched_at,
        "content_type": capture.content_type,
        "charset": charset_from_content_type(capture.content_type),
        "body_sha256": hashlib.sha256(capture.body).hexdigest() if capture.status is not None else None,
        "referrer": origins.to_live(capture.referrer),
        "error": capture.error,
        "n_facts": 0,
        "n_news": 0,
        "source": capture.source,
    }
    if not (capture.is_html and capture.status == 200 and capture.body):
        return ExtractedPage(capture, page)
    try:
        extraction = extract_page(capture.body, url, capture.fetched_at, page["charset"])
    except Exception as exc:  # noqa: BLE001 - a parser bug on one page must not lose the crawl
        page["error"] = f"extraction failed: {type(exc).__name__}: {exc}"
        return ExtractedPage(capture, page)
    return _with_extraction(capture, page, extraction)


def _with_extraction(capture: PageCapture, page: dict, extraction: Extraction) -> ExtractedPage:
    page.update(extraction.page)
    news = [{**item, "source": capture.source} for item in extraction.news]
    if capture.keep_news == "international":
        news = [item for item in news if is_international(item)]
        page["n_news"] = len(news)
    return ExtractedPage(capture, page, list(extraction.facts), news)

