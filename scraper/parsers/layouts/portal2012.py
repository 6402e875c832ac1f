"""The 2012-2015 paris.fr portal: windows-1252 pages under /politiques/ with div#contenu."""

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

_SITE_SUFFIX = re.compile(r"\s+[-–|]\s+Paris\.fr\s*$", re.IGNORECASE)
# The classes tested in one step, the elements without a class passed over first: a step per class would walk
# the subtree once for each.
_NOT_CONTENT = ".//*[" + has_any_class(
    "retour", "barre_partage", "credit_photo", "newsletter") + "] | .//form | .//script"


def _matches(url: SplitResult, root: HtmlElement) -> bool:
    return (on_paris_fr(url) and url.path.startswith("/politiques/")
            and first(root, f"//div[@id='contenu']//h1[{has_class('titre_page')}]") is not None)


def _teasers(content: HtmlElement, url: str) -> tuple[Teaser, ...]:
    items = select(content, f".//div[{has_class('actualites')}]//li | .//ul[{has_class('liste_actualites')}]/li")
    teasers = []
    for item in items:
        anchor = first(item, ".//a[@href]")
        date = first(item, f".//span[{has_class('date')}]")
        teasers.append(Teaser(
            title=text_of(anchor) if anchor is not None else text_of(item),
            url=link_of(anchor, url),
            date=parse_date(text_of(date).strip("[] ")) if date is not None else None,
            summary=text_of(first(item, f".//p[{has_class('resume')}]")),
        ))
    return tuple(teaser for teaser in teasers if teaser.title)


def _is_news_page(url: SplitResult) -> bool:
    # A news item has its own slug under actualites/; the list itself is actualites/rub_..._port_...
    return bool(re.search(r"/actualites/[^/]+/[^/]+", url.path))


def _parse(root: HtmlElement, url: str, metadata: PageMetadata) -> PageContent:
    content = first(root, "//div[@id='contenu']")
    remove(content, _NOT_CONTENT)
    date_line = first(content, f".//p[{has_class('date_publication')}]")
    blocks = (blocks_of(first(content, f".//div[{has_class('chapeau')}]"))
              + blocks_of(first(content, f".//div[{has_class('texte')}]")))
    teasers = _teasers(content, url)
    headline = read_headline(first(content, ".//h1"))
    return PageContent(
        title=document_title(root, _SITE_SUFFIX) or text_of(first(content, ".//h1")),
        lang=document_lang(root),
        page_date=find_page_date(text_of(date_line)),
        blocks=tuple(blocks),
        teasers=teasers,
        main_text=text_of(content),
        is_news=is_news_item(headline, metadata, _is_news_page(urlsplit(url)), teasers, blocks),
    )


LAYOUT = LayoutParser("portal2012", _matches, _parse)
