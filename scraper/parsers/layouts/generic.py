"""Any other page (another city's site, a restyled front end): the main text, headings and news items
found from what pages commonly have in common, without knowing the layout."""

import re
from urllib.parse import SplitResult, urlsplit

from lxml.html import HtmlElement

from ..content import PageContent
from ..dates import PartialDate, parse_date
from ..page_date import find_page_date
from ..text import fold_whitespace
from .base import LayoutParser
from .class_words import looks_like_heading
from .html import blocks_of, document_lang, first, select, text_of
from .main_region import drop_boilerplate, main_region
from .news_items import read_teaser, teaser_elements

_DATE_LINE_MAX_CHARS = 60
_TITLE_SEPARATOR = re.compile(r"\s+[-–—|·]\s+(?!.*\s[-–—|·]\s)")  # the last one: before the site's name
_NEWS_PATH = re.compile(r"/(?:actualites?|news|presse|communiques?)/[^/]+")


def _is_date_line(text: str) -> bool:
    """"Mise à jour le 19/04/2016", "Published on April 5, 2012": page metadata, not prose."""
    return len(text) <= _DATE_LINE_MAX_CHARS and find_page_date(text) is not None


def _page_date(region: HtmlElement, main_text: str) -> PartialDate | None:
    """The date the page states: a date line in its text, else the first <time> it shows (the page's
    metadata dates come after both, see extract.py)."""
    stated = find_page_date(main_text)
    if stated:
        return stated
    for value in select(region, ".//time/@datetime"):
        if parsed := parse_date(value[:10]):
            return parsed
    return None


def _title(root: HtmlElement, headings: list[str]) -> str:
    """The <title> without the site's name after its last separator, unless a heading shows it whole."""
    element = first(root, "//title")
    full = fold_whitespace(element.text_content()) if element is not None else ""
    if not full:
        return headings[0] if headings else ""
    if full in headings:
        return full
    return _TITLE_SEPARATOR.split(full)[0].strip() or full


def _parse(root: HtmlElement, url: str) -> PageContent:
    drop_boilerplate(root)
    region = main_region(root)
    main_text = text_of(region)
    news_elements = teaser_elements(region, url)
    teasers = tuple(teaser for element in news_elements if (teaser := read_teaser(element, url)))
    for element in news_elements:
        element.drop_tree()
    blocks = [block for block in blocks_of(region, heading=looks_like_heading) if not _is_date_line(block.text)]
    return PageContent(
        title=_title(root, [block.text for block in blocks if block.is_heading]),
        lang=document_lang(root),
        page_date=_page_date(region, main_text),
        blocks=tuple(blocks),
        teasers=teasers,
        main_text=main_text,
        is_news=bool(_NEWS_PATH.search(urlsplit(url).path)),
    )


def _any_page(url: SplitResult, root: HtmlElement) -> bool:
    return True


LAYOUT = LayoutParser("generic", _any_page, _parse)
