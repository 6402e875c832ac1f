"""The English twin pages under /english/ (every epoch, UTF-8): div#main-content."""

import re
from urllib.parse import SplitResult, urlsplit

from lxml.html import HtmlElement

from ..content import PageContent, Teaser
from ..dates import parse_date
from ..page_date import find_page_date
from ..page_metadata import PageMetadata
from .base import LayoutParser, on_paris_fr
from .html import (
    blocks_of,
    document_lang,
    document_title,
    first,
    has_any_class,
    has_class,
    link_of,
    remove,
    select,
    text_of,
)
from .news_page import is_news_item, read_headline

_SITE_SUFFIX = re.compile(r"\s+[-–|]\s+Paris\.fr(?: English)?\s*$", re.IGNORECASE)
# The classes tested in one step, the elements without a class passed over first: a step per class would walk
# the subtree once for each.
_NOT_CONTENT = ".//*[" + has_any_class(
    "share", "cookie-banner", "breadcrumb") + "] | .//form | .//button | .//script"


def _matches(url: SplitResult, root: HtmlElement) -> bool:
    return (on_paris_fr(url) and url.path.startswith("/english/")
            and first(root, "//div[@id='main-content']") is not None)


def _teasers(content: HtmlElement, url: str) -> tuple[Teaser, ...]:
    teasers = []
    for item in select(content, f".//*[{has_class('news')} or {has_class('news-list')}]//li"):
        date = first(item, f".//*[{has_class('date')} or {has_class('news-date')}]")
        anchor = first(item, ".//a[@href]")
        teasers.append(Teaser(
            title=text_of(anchor) if anchor is not None else text_of(item),
            url=link_of(anchor, url),
            date=(parse_date(text_of(date)) or find_page_date(text_of(date))) if date is not None else None,
            summary=text_of(first(item, ".//p")),
        ))
    return tuple(teaser for teaser in teasers if teaser.title)


def _parse(root: HtmlElement, url: str, metadata: PageMetadata) -> PageContent:
    content = first(root, "//div[@id='main-content']")
    remove(content, _NOT_CONTENT)
    blocks = tuple(blocks_of(first(content, f".//div[{has_class('body')}]")))
    teasers = _teasers(content, url)
    address_says_news = bool(re.search(r"/news/[^/]+", urlsplit(url).path))
    return PageContent(
        title=document_title(root, _SITE_SUFFIX) or text_of(first(content, ".//h1")),
        lang=document_lang(root),
        page_date=find_page_date(text_of(first(content, f".//*[{has_class('pubdate')}]"))),
        blocks=blocks,
        teasers=teasers,
        main_text=text_of(content),
        is_news=is_news_item(read_headline(first(content, ".//h1")), metadata, address_says_news, teasers, blocks),
    )


LAYOUT = LayoutParser("english", _matches, _parse)
