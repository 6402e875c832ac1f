"""The extraction entry point: raw page -> page columns, facts and news, with no I/O and no clock."""

import hashlib
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from .budget import MAX_DATE_GUESS_CHARS, MAX_TEXT_CHARS, PageBudget
from .decoding import decode_html
from .facts import extract_facts
from .language import guess_language
from .layouts.html import parse_html, site_name
from .networks import first_network, networks_read_once
from .news import dated_by_capture, dated_by_page, day_before, extract_news, is_agenda
from .page_date import guess_page_date
from .page_metadata import read_page_metadata
from .registry import choose_layout


@dataclass(frozen=True)
class Extraction:
    page: dict  # title, lang, page_date, text_sha256, layout, charset, n_facts, n_news; error when cut short
    facts: list[dict]
    news: list[dict]


def text_fingerprint(main_text: str) -> str:
    """SHA-256 of the main text with whitespace folded, so that markup-only changes keep the hash."""
    return hashlib.sha256(" ".join(main_text.split()).encode("utf-8")).hexdigest()


def extract_page(html: bytes | str, url: str, fetched_at: datetime,
                 declared_charset: str | None = None) -> Extraction:
    """Extract one captured page. `url` is the page's live URL (ids derive from it); `fetched_at`
    resolves relative dates when the page shows no date of its own."""
    with networks_read_once():
        return _extracted(html, url, fetched_at, declared_charset)


def _extracted(html: bytes | str, url: str, fetched_at: datetime, declared_charset: str | None) -> Extraction:
    decoded = decode_html(html, declared_charset)
    budget = PageBudget()
    markup = budget.markup(decoded.text)
    root = budget.document(parse_html(markup))
    metadata = read_page_metadata(root)  # before the layout, which may drop the <script> elements of JSON-LD
    site = site_name(root)
    layout = choose_layout(url, root)
    content = layout.parse(root, url, metadata)
    # The date the page states in its text, else in its metadata, else htmldate's guess.
    stated = content.page_date or metadata.date
    if stated is None and content.published_ago is not None:  # "Publié hier": the day before the capture's
        stated = day_before(fetched_at, content.published_ago)
    page_date = stated or guess_page_date(markup[:MAX_DATE_GUESS_CHARS], url, fetched_at.date(), len(content.teasers))
    # A list's day without a year ("12 MAR") on a page that states no date of its own: as of when it was served.
    teasers = dated_by_page(content.teasers, stated or day_before(fetched_at, timedelta(0)),
                            is_agenda(url, content.title))
    teasers = dated_by_capture(teasers, fetched_at)
    content = budget.content(replace(content, page_date=page_date, teasers=teasers))
    lang = content.lang or guess_language(content.main_text[:MAX_TEXT_CHARS])
    # Relative dates and the age of figures are read against a date the page states, never against a guess.
    base = stated.first_day() if stated else fetched_at.date()
    facts = extract_facts(content, url, lang, base, site_network=first_network(site))
    news = extract_news(content, url, lang, fetched_at.date())
    page = {
        "title": content.title or None,
        "lang": lang,
        "page_date": content.page_date.iso() if content.page_date else None,
        "text_sha256": text_fingerprint(content.main_text),
        "layout": layout.name,
        "charset": decoded.charset,
        "n_facts": len(facts),
        "n_news": len(news),
    }
    if cut_short := budget.cut_short():
        page["error"] = cut_short
    return Extraction(page, facts, news)
