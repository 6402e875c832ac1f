"""The saved pages of `tests/fixtures/pages/` (NAME.html beside its sidecar NAME.json: address, capture time,
declared charset) and their extraction, made once per test process.

Several parser modules check the same saved pages (the contract, the layouts, the recorded fixtures, the facts and
the news): the extraction is pure, so each process extracts a page once and those tests read the same rows. They
must not modify them; a test of the extraction's repeatability calls `extract_page` itself.
"""

import json
from datetime import datetime
from functools import cache
from pathlib import Path

from scraper.parsers.extract import Extraction, extract_page

PAGES = Path(__file__).resolve().parent.parent / "fixtures" / "pages"


@cache
def sidecar(name: str) -> dict:
    """NAME.json: the saved page's url, fetched_at and declared_charset."""
    return json.loads((PAGES / f"{name}.json").read_text(encoding="utf-8"))


@cache
def saved_page(name: str) -> tuple[bytes, str, datetime, str | None]:
    """extract_page's arguments for NAME.html: (body, url, fetched_at, declared charset)."""
    meta = sidecar(name)
    return ((PAGES / f"{name}.html").read_bytes(), meta["url"], datetime.fromisoformat(meta["fetched_at"]),
            meta["declared_charset"])


@cache
def saved_page_extraction(name: str) -> Extraction:
    """The extraction of NAME.html as captured, shared by the tests of this process (read it, never modify it)."""
    return extract_page(*saved_page(name))
