"""Run the crawl's own extraction over a capture read back from the archive (re-extraction), with no Scrapy."""

from archive.captures import StoredCapture
from capture.extracted_page import ExtractedPage
from capture.extraction import extract_capture
from scraper.items import PageCapture
from scraper.origins import OriginMap
from scraper.sources import PRESS_SPIDER

# Archived URLs are live URLs already: nothing to map.
_NO_ORIGINS = OriginMap({})


def international_only_sources(manifest: dict) -> frozenset[str]:
    """The sources of a snapshot whose news the crawl kept only when international (its press releases), as the
    manifest names them, so that a re-extraction keeps the same news."""
    return frozenset(source["name"] for source in manifest.get("extra", {}).get("sources", [])
                     if source.get("spider") == PRESS_SPIDER)


def extract_stored_capture(row: dict, capture: StoredCapture | None,
                           international_only: frozenset[str] = frozenset()) -> ExtractedPage:
    """The rows a crawl would have stored for this capture, given the pages row it was stored with.

    A row without a capture (no response arrived) keeps its fetch error; for a response, the only error a
    row can hold is an extraction failure, which the current parsers get to redo.
    """
    if capture is None:
        page_capture = PageCapture(url=row["url"], fetched_at=row["fetched_at"], referrer=row.get("referrer"),
                                   error=row.get("error"), source=row.get("source"))
    else:
        protocol = capture.status_line.split(" ")[0]
        final_url = row.get("final_url")
        page_capture = PageCapture(
            url=row["url"],
            fetched_at=row["fetched_at"],
            status=capture.status,
            http_version=protocol,
            request_headers=list(capture.request_headers),
            response_headers=list(capture.headers),
            body=capture.body,
            location=final_url if final_url and final_url != row["url"] else None,
            referrer=row.get("referrer"),
            source=row.get("source"),
            keep_news="international" if row.get("source") in international_only else "all",
        )
    return extract_capture(page_capture, _NO_ORIGINS)
