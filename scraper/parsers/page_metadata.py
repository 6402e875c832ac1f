"""What a page declares about itself in structured metadata: its schema.org types (JSON-LD, microdata),
Open Graph's og:type, and its publication and modification dates (JSON-LD, microdata, `article:*_time`,
Dublin Core).

Read from the tree as parsed, before a layout drops the <script> elements that hold JSON-LD.
"""

import json
import re
from collections import Counter
from dataclasses import dataclass

from lxml.html import HtmlElement

from .dates import PartialDate, date_at, valid_date
from .layouts.html import select

# Meta names and properties, lower-cased, from the most to the least specific (a meta's itemprop is
# microdata, read with the item it belongs to).
_PUBLISHED_NAMES = ("article:published_time", "dcterms.issued", "dc.date.issued", "dcterms.created",
                    "dc.date.created", "dcterms.date", "dc.date")
_MODIFIED_NAMES = ("article:modified_time", "og:updated_time", "dcterms.modified", "dc.date.modified")
_ISO_DATE = re.compile(r"\s*((?:19|20)\d\d)(?:-([01]\d)(?:-([0-3]\d))?)?(?=$|[T\s+Z])")
_JSON_WRAPPERS = re.compile(r"^\s*(?:<!--|/\*\s*<!\[CDATA\[\s*\*/|<!\[CDATA\[)|(?:-->|/\*\s*\]\]>\s*\*/|\]\]>)\s*$")


@dataclass(frozen=True)
class PageMetadata:
    # The schema.org types of each item the page describes, in document order: (("WebPage",), ("NewsArticle",)).
    # One NewsArticle is an article page; several are a list of them.
    item_types: tuple[tuple[str, ...], ...] = ()
    og_type: str | None = None
    published: PartialDate | None = None
    modified: PartialDate | None = None
    # When an article was published, as only an article's metadata says it (article:published_time, or the
    # datePublished of a schema.org Article or posting): a topic page has a modification date at most.
    article_published: PartialDate | None = None

    @property
    def date(self) -> PartialDate | None:
        """The page's date by its metadata: when an article was published; for any other page, when it was
        last modified, else published (a topic page's publication date only says when it was first put up)."""
        return self.article_published or self.modified or self.published


def metadata_date(value: str) -> PartialDate | None:
    """An ISO 8601 date or date-time ("2024-03-12T10:00:00+01:00" -> 2024-03-12), as precise as written,
    else a date phrase at the start of the value ("12 March 2024 10:00")."""
    iso = _ISO_DATE.match(value)
    if iso:
        year, month, day = iso.groups()
        return valid_date(int(year), int(month) if month else None, int(day) if day else None)
    found = date_at(value.strip(), 0)
    return found[0] if found else None


def _schema_type(name: str) -> str:
    """"https://schema.org/NewsArticle", "schema:NewsArticle" -> "NewsArticle"."""
    return re.split(r"[/#:]", name.strip())[-1]


def _json_ld_items(text: str) -> list[dict]:
    """The items of one JSON-LD script: the top level or a list of them, the members of @graph, and the
    mainEntity of each."""
    try:
        data = json.loads(_JSON_WRAPPERS.sub("", text), strict=False)
    except (ValueError, RecursionError):
        return []
    tops = data if isinstance(data, list) else [data]
    items = []
    for top in tops:
        if not isinstance(top, dict):
            continue
        graph = top.get("@graph")
        for item in [top, *(graph if isinstance(graph, list) else [])]:
            if isinstance(item, dict):
                items.append(item)
                if isinstance(main_entity := item.get("mainEntity"), dict):
                    items.append(main_entity)
    return items


def _item_types(item: dict) -> tuple[str, ...]:
    declared = item.get("@type")
    names = declared if isinstance(declared, list) else [declared]
    return tuple(_schema_type(name) for name in names if isinstance(name, str) and name.strip())


def _is_article_type(name: str) -> bool:
    return name.endswith(("Article", "Posting"))


@dataclass
class _DatedItem:
    types: tuple[str, ...]
    published: PartialDate | None = None
    modified: PartialDate | None = None

    def note(self, key: str, value: str) -> None:
        stated = metadata_date(value)
        if key == "datePublished":
            self.published = self.published or stated
        else:
            self.modified = self.modified or stated


def _microdata_item(element: HtmlElement) -> HtmlElement | None:
    return next((ancestor for ancestor in element.iterancestors() if ancestor.get("itemtype")), None)


def read_page_metadata(root: HtmlElement) -> PageMetadata:
    """Everything the page declares in JSON-LD, microdata and meta tags; empty when it declares nothing.
    Several dated items of one type are a list of items (teasers), whose dates are not the page's."""
    item_types: list[tuple[str, ...]] = []
    dated_items: list[_DatedItem] = []
    meta_dates: dict[str, PartialDate] = {}  # the first date of each meta name or property
    og_type = None
    for element in root.iter("script", "meta"):
        if element.tag == "script":
            if "ld+json" in (element.get("type") or ""):
                for item in _json_ld_items(element.text or ""):
                    types = _item_types(item)
                    if types:
                        item_types.append(types)
                    dated = _DatedItem(types)
                    for key in ("datePublished", "dateModified"):
                        if isinstance(value := item.get(key), str):
                            dated.note(key, value)
                    if dated.published or dated.modified:
                        dated_items.append(dated)
            continue
        name = (element.get("property") or element.get("name") or "").strip().lower()
        if name == "og:type":
            og_type = og_type or (element.get("content") or "").strip().lower() or None
        elif (name in _PUBLISHED_NAMES or name in _MODIFIED_NAMES) and name not in meta_dates:
            if stated := metadata_date(element.get("content") or ""):
                meta_dates[name] = stated
    # Microdata, by its attributes: far cheaper than testing every element.
    microdata_items: dict[HtmlElement, _DatedItem] = {}
    for attribute in select(root, "//@itemtype | //@itemprop"):
        element = attribute.getparent()
        if attribute.attrname == "itemtype":
            item_types.append(tuple(_schema_type(name) for name in attribute.split()))
        elif attribute in ("datePublished", "dateModified") and (item := _microdata_item(element)) is not None:
            if item not in microdata_items:
                microdata_items[item] = _DatedItem(tuple(_schema_type(name) for name in item.get("itemtype").split()))
            value = element.get("datetime") or element.get("content") or element.text_content()
            microdata_items[item].note(str(attribute), value)
    dated_items += microdata_items.values()
    if any(count > 1 for count in Counter(item.types for item in dated_items).values()):
        dated_items = []
    articles = [item.published for item in dated_items if any(_is_article_type(name) for name in item.types)]
    return PageMetadata(
        item_types=tuple(item_types),
        og_type=og_type,
        published=next((item.published for item in dated_items if item.published), None) or next(
            (meta_dates[name] for name in _PUBLISHED_NAMES if name in meta_dates), None),
        modified=next((item.modified for item in dated_items if item.modified), None) or next(
            (meta_dates[name] for name in _MODIFIED_NAMES if name in meta_dates), None),
        article_published=next((date for date in articles if date), None) or meta_dates.get("article:published_time"),
    )
