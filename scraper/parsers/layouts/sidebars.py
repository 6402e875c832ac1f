"""Boxes beside the main text: those that present a city network ("Energy Cities en bref", a "Related" box on
ICORN) give that network their facts, and those that list news give their items; both are read before the
boilerplate around them is dropped."""

import re

from lxml.html import HtmlElement

from ..content import Block, Teaser
from ..dates import find_full_date
from ..networks import first_network
from .class_words import block_words
from .html import HEADING_TAGS, blocks_of, select, text_of
from .news_items import read_teaser, teaser_elements
from .news_page import LIST_TITLES, kind_label

# The marks of a box beside the text: an <aside>, the role "complementary", or a class word that starts with "related",
# "sidebar" or "lateral" (the side column of Spanish and Italian sites, "columna-lateral", "colonna-laterale"; for it
# hyphens and underscores part words too). The asides, roles and classes in the page's order (an element before its
# attributes), tested in Python: an XPath predicate over every element cost twice as much.
_ASIDES_ROLES_AND_CLASSES = "//aside | //@role | //@class"
_XML_SPACE = re.compile(r"[ \t\r\n]+")  # the whitespace XPath's normalize-space folds
_HYPHENS_APART = str.maketrans("-_", "  ")


def _marks_a_sidebar(class_value: str) -> bool:
    # Each word is looked for in the attribute as it is before its words are built: few classes hold any.
    if not ("related" in class_value or "sidebar" in class_value or "lateral" in class_value):
        return False
    words = f" {_XML_SPACE.sub(' ', class_value).strip(' ')} "
    return " related" in words or " sidebar" in words or " lateral" in words.translate(_HYPHENS_APART)


def _marked_sidebars(root: HtmlElement) -> list[HtmlElement]:
    """The elements marked as boxes beside the text, each once, in the page's order."""
    marked: list[HtmlElement] = []
    for found in select(root, _ASIDES_ROLES_AND_CLASSES):
        if isinstance(found, str):  # an attribute's value
            if not (found == "complementary" if found.attrname == "role" else _marks_a_sidebar(found)):
                continue
            found = found.getparent()
        if not marked or marked[-1] is not found:
            marked.append(found)
    return marked
# A side column named by its side in its id or class ("colonne-droite", "right-column", "col-right", "columna-derecha",
# "colonna-destra", "rechte-spalte"), as sites without landmarks write it.
# A plain substring test first, the words after: most elements are passed over without building their words.
_SIDES, _COLUMNS = {"right", "droite", "derecha", "destra", "rechte"}, {"colonne", "column", "col", "columna",
                                                                         "colonna", "spalte"}
# Every id and class of the page in the page's order (an element's own before its children's): the sides are looked
# for in Python, where an XPath test of each side in each attribute cost twice as much.
_IDS_AND_CLASSES = "//@id | //@class"


def _side_named(root: HtmlElement) -> list[HtmlElement]:
    """The elements whose id or class holds a side's name, each once, in the page's order."""
    named: list[HtmlElement] = []
    for value in select(root, _IDS_AND_CLASSES):
        if any(side in value for side in _SIDES) and (element := value.getparent()) is not (named[-1] if named
                                                                                             else None):
            named.append(element)
    return named


def _side_columns(root: HtmlElement) -> list[HtmlElement]:
    return [element for element in _side_named(root) if (words := block_words(element)) & _SIDES and words & _COLUMNS]


_LINK_LIST_SHARE = 0.5  # a box that is mostly link text is a menu of related pages, not a presentation
_MIN_PROSE_CHARS = 80
_MAX_CHARS = 3000  # a box longer than this is a column of the page, not a presentation beside it


def _link_share(element: HtmlElement, text: str) -> float:
    return sum(len(text_of(anchor)) for anchor in element.iter("a")) / len(text) if text else 1.0


def _in_page_order(root: HtmlElement, found: list[HtmlElement], more: list[HtmlElement]) -> list[HtmlElement]:
    """Both lists as one, in the page's order (the second is nearly always empty)."""
    more = [element for element in more if element not in found]
    if not more:
        return found
    order = {element: index for index, element in enumerate(root.iter())}
    return sorted([*found, *more], key=order.__getitem__)


def sidebar_boxes(root: HtmlElement) -> list[HtmlElement]:
    """The outermost boxes beside the main text, found once for the readers below."""
    # A page's layout classes may name its sidebars (<body class="one-sidebar sidebar-second">): an element that
    # holds the page's title is the page, not a box beside it.
    boxes = [box for box in _in_page_order(root, _marked_sidebars(root), _side_columns(root))
             if box.tag != "body" and not select(box, ".//h1")]
    return [box for box in boxes if not any(ancestor in boxes for ancestor in box.iterancestors())]


def sidebar_teasers(boxes: list[HtmlElement], page_url: str) -> list[Teaser]:
    """The dated news items listed beside the main text ("À lire aussi", "Related news"): the page holds them too.
    Beside the text, only a date tells an item from a link to a section ("Sala stampa", "RSS", "Notizie")."""
    return [teaser for box in boxes for element in teaser_elements(box, page_url)
            if (teaser := read_teaser(element, page_url)) and (teaser.date or teaser.shown_ago) is not None
            and teaser.title.casefold() not in LIST_TITLES and kind_label(teaser.title) != teaser.title]


def network_sidebars(boxes: list[HtmlElement]) -> list[Block]:
    """The blocks of every sidebar box that names a network and holds prose, each box opened by a heading that
    names its network, so that its sentences are attributed to it."""
    blocks: list[Block] = []
    for box in boxes:
        for presentation in _undated_boxes(box):
            text = text_of(presentation)
            if not _MIN_PROSE_CHARS <= len(text) <= _MAX_CHARS or _link_share(presentation, text) >= _LINK_LIST_SHARE:
                continue
            network = first_network(text)
            title = network.name if network else _box_title(presentation)
            if title is None:
                continue
            # A box that names no network ("Fast facts" on a network's own site) is about the page's network.
            blocks.append(Block(title, is_heading=True))
            blocks.extend(block for block in blocks_of(presentation) if not block.is_heading)
    return blocks


def _box_title(box: HtmlElement) -> str | None:
    title = next(box.iter(*HEADING_TAGS), None)
    return (text_of(title) or None) if title is not None else None


def _undated_boxes(box: HtmlElement) -> list[HtmlElement]:
    """The box, or when it holds dated news (whose teasers may be years old) those of its blocks that hold none: a
    sidebar lists news in one block and presents a network in another. A block that holds a date is left whole,
    since the parts of a news item (its summary) have no date of their own."""
    if not _is_dated(box):
        return [box]
    children = [child for child in box if isinstance(child.tag, str)]
    if len(children) == 1:
        return _undated_boxes(children[0])  # a wrapper: its blocks are one level down
    return [child for child in children if not _is_dated(child)]


def _is_dated(element: HtmlElement) -> bool:
    return bool(find_full_date(text_of(element)) or select(element, ".//time"))
