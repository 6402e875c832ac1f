"""The 2016 paris.fr redesign (also the 2024 state): UTF-8 pages under /international/, main > article."""

import re
from urllib.parse import SplitResult, urlsplit

from lxml.html import HtmlElement

from ..content import PageContent, Teaser
from ..dates import PartialDate, parse_date
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

_SITE_SUFFIX = re.compile(r"\s+[-–|]\s+Ville de Paris\s*$", re.IGNORECASE)
# The classes tested in one step, the elements without a class passed over first: a step per class would walk
# the subtree once for each.
_NOT_CONTENT = ".//*[" + has_any_class(
    "breadcrumb", "cookie-banner", "share") + "] | .//form | .//button | .//script"


def _matches(url: SplitResult, root: HtmlElement) -> bool:
    return (on_paris_fr(url) and url.path.startswith("/international")
            and first(root, f"//article[{has_class('article')}]") is not None)


def _page_date(article: HtmlElement) -> PartialDate | None:
    meta = first(article, f".//*[{has_class('article-meta')}]")
    if meta is None:
        return None
    time = first(meta, ".//time[@datetime]")
    stated = parse_date(time.get("datetime")[:10]) if time is not None else None
    return stated or find_page_date(text_of(meta))


def _teasers(article: HtmlElement, url: str) -> tuple[Teaser, ...]:
    teasers = []
    for item in select(article, f".//li[{has_class('news-item')}]"):
        date = first(item, f".//*[{has_class('news-date')}]")
        teasers.append(Teaser(
            title=text_of(first(item, f".//*[{has_class('news-title')}]")),
            url=link_of(item, url),
            date=parse_date(text_of(date)) if date is not None else None,
            summary=text_of(first(item, f".//*[{has_class('news-summary')}]")),
        ))
    return tuple(teaser for teaser in teasers if teaser.title)


def _parse(root: HtmlElement, url: str, metadata: PageMetadata) -> PageContent:
    article = first(root, f"//article[{has_class('article')}]")
    remove(article, _NOT_CONTENT)
    blocks = (blocks_of(first(article, f".//*[{has_class('article-chapo')}]"))
              + blocks_of(first(article, f".//*[{has_class('article-body')}]")))
    teasers = _teasers(article, url)
    address_says_news = bool(re.match(r"/international/actualites/[^/]+", urlsplit(url).path))
    return PageContent(
        title=document_title(root, _SITE_SUFFIX) or text_of(first(article, ".//h1")),
        lang=document_lang(root),
        page_date=_page_date(article),
        blocks=tuple(blocks),
        teasers=teasers,
        main_text=text_of(article),
        is_news=is_news_item(read_headline(first(article, ".//h1")), metadata, address_says_news, teasers, blocks),
    )


LAYOUT = LayoutParser("redesign2016", _matches, _parse)
