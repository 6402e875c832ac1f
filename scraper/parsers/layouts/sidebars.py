"""Boxes beside the main text: those that present a city network ("Energy Cities en bref", a "Related" box on
ICORN) give that network their facts, and those that list news give their items; both are read before the
boilerplate around them is dropped."""

import re

from lxml.html import HtmlElement

from ..claims.labels import is_a_founding_label
from ..content import Block, Teaser
from ..dates import find_full_date
from ..networks import NetworkMention, could_name_a_network, first_network
from .class_words import block_words
from .html import HEADING_TAGS, blocks_of, first, select, text_of
from .main_region import is_boilerplate
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
# "colonna-destra", "rechte-spalte"), or as a side one ("side-col", "side-column"), as sites without landmarks write it.
# A plain substring test first, the words after: most elements are passed over without building their words.
_SIDES, _COLUMNS = {"right", "droite", "derecha", "destra", "rechte", "side"}, {"colonne", "column", "col", "columna",
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


_BAND_HEADING_CHARS = 80


def network_bands(root: HtmlElement, boxes: list[HtmlElement]) -> list[HtmlElement]:
    """Bands beside the <main> element, outside it, that a heading naming a network opens ("Eurocities en chiffres", a
    band of key figures after the article): read as boxes beside the text. Not the site's header or footer, and not a
    band of the city's own figures, which names no network."""
    main = first(root, "//main | //*[@role='main']")
    if main is None:
        return []
    bands = []
    for level in (main, *main.iterancestors()):
        if level.tag in ("body", "html"):
            break
        for band in (*level.itersiblings(preceding=True), *level.itersiblings()):
            if not isinstance(band.tag, str) or band in boxes or is_boilerplate(band):
                continue
            heading = next(band.iter(*HEADING_TAGS), None)
            title = text_of(heading) if heading is not None else ""
            if len(title) <= _BAND_HEADING_CHARS and first_network(title) and not any(
                    box in boxes for box in band.iterdescendants()):
                bands.append(band)
    return bands


def sidebar_teasers(boxes: list[HtmlElement], page_url: str) -> list[Teaser]:
    """The dated news items listed beside the main text ("À lire aussi", "Related news"): the page holds them too.
    Beside the text, only a date tells an item from a link to a section ("Sala stampa", "RSS", "Notizie")."""
    return [teaser for box in boxes for element in teaser_elements(box, page_url)
            if (teaser := read_teaser(element, page_url)) and (teaser.date or teaser.shown_ago) is not None
            and teaser.title.casefold() not in LIST_TITLES and kind_label(teaser.title) != teaser.title]


def network_sidebars(boxes: list[HtmlElement], min_chars: int = _MIN_PROSE_CHARS) -> list[Block]:
    """The blocks of every sidebar box that names a network and holds prose (a band of key figures, however short,
    with `min_chars` 0), each box opened by a heading that names its network, so that its sentences are attributed to
    it."""
    blocks: list[Block] = []
    for box in boxes:
        for presentation in _undated_boxes(box):
            text = text_of(presentation)
            if not min_chars <= len(text) <= _MAX_CHARS:
                continue
            if _link_share(presentation, text) >= _LINK_LIST_SHARE:
                blocks.extend(_card_descriptions(presentation))
                blocks.extend(network_sidebars(_fact_boxes_among_links(presentation), min_chars=0))
                continue
            network = first_network(text)
            title = network.name if network else _box_title(presentation)
            if title is None:
                continue
            # A box that names no network ("Fast facts" on a network's own site) is about the page's network.
            blocks.append(Block(title, is_heading=True))
            blocks.extend(_under_the_networks_headings(blocks_of(presentation), network))
    return blocks


def _fact_boxes_among_links(column: HtmlElement) -> list[HtmlElement]:
    """The blocks of a side column that is mostly links (procedures, "Participa", social networks) which are mostly
    text, headed by a heading of their own and naming a network: a box of key figures on the networks ("Datos clave":
    "CIDEU", "Sede: Barcelona"), however short, read as a box of its own, while the menus beside it are not."""
    children = [child for child in column if isinstance(child.tag, str)]
    if len(children) == 1:
        return _fact_boxes_among_links(children[0])  # a wrapper: its blocks are one level down
    return [child for child in children if (text := text_of(child)) and _link_share(child, text) < _LINK_LIST_SHARE
            and next(child.iter(*HEADING_TAGS), None) is not None and first_network(text)]


def _under_the_networks_headings(blocks: list[Block], box_network: NetworkMention | None) -> list[Block]:
    """A box's paragraphs, each part of it that a heading naming another network than the box's opens ("Scheda: Mayors
    for Peace" over a fact sheet, after the page's index that names other networks) under that network's name: its
    rows are that network's, not those of the network the box named first. Other headings are dropped ("En bref"), and
    all of them in a box whose text names no network ("Te puede interesar"), which is about the page's network."""
    read: list[Block] = []
    current = box_network.network_id if box_network else None
    cards_level = 0  # the level of the headings that name the box's networks, one card each
    for block in blocks:
        if not block.is_heading:
            read.append(block)
        elif current and (network := first_network(block.text)):
            if network.network_id != current:
                read.append(Block(network.name, is_heading=True))
                current = network.network_id
            cards_level = block.level
        elif current and (_names_another_network(block.text) or 0 < block.level == cards_level):
            # "RAMCC", "Great Wine Capitals": a network the vocabulary does not know; or the next card's heading, at
            # the level of those naming networks ("CIDEU", "AICE", "Asocapitales"): its rows are not the card's above
            read.append(block)
            current = block.text
    return read


# A box's heading that is a name the vocabulary does not know, an acronym or capitalised words ("RAMCC", "Great Wine
# Capitals"), opens another network's part: its rows are not those of the network named before it in the box.
_ACRONYM_HEADING = re.compile(r"[A-Z][A-Z0-9&\-]{1,7}")


def _names_another_network(heading: str) -> bool:
    heading = heading.strip()
    return bool(_ACRONYM_HEADING.fullmatch(heading)) or could_name_a_network(heading)


_DESCRIPTION_CHARS = 40
_CARDS = ("li", "article")


def _card_descriptions(box: HtmlElement) -> list[Block]:
    """The descriptions of a box of links to related pages that state a network's fact, each under that network's name:
    a card's sentence of its own (<li><a><span>Paris and the world</span><span>Paris, a city of refuge</span><span>Paris
    belongs to ICORN, whose secretariat is in Stavanger.</span></a></li>), not its title or its label. A card that is a
    news item's (a kind label, a date) speaks of its own day, and is passed over."""
    blocks: list[Block] = []
    for element in box.iter():
        if not isinstance(element.tag, str) or len(element):
            continue  # a description is a leaf of its card
        text = text_of(element)
        if len(text) < _DESCRIPTION_CHARS or not text.endswith((".", "!", "?")):
            continue
        network = first_network(text)
        card = next((ancestor for ancestor in element.iterancestors(*_CARDS)), None)
        if network is None or card is None or _a_news_items(card):
            continue
        blocks += [Block(network.name, is_heading=True), Block(text)]
    return blocks


def _a_news_items(card: HtmlElement) -> bool:
    """A card with a part of its own that is a kind label ("News") or a date (<span>12 March 2019</span>, its text
    run into the title's), or a <time>."""
    parts = [text_of(part) for part in card.iter() if isinstance(part.tag, str) and not len(part)]
    return bool(select(card, ".//time")) or any(kind_label(text) == text or find_full_date(text) for text in parts)


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
    """The element holds a <time> or a day's date that is not a founding row's value ("Fundación: 8 de septiembre de
    1993" in a box of a network's key figures dates the network, not news)."""
    if select(element, ".//time"):
        return True
    text = text_of(element)
    if not find_full_date(text):
        return False
    for founding in _founding_rows(element):
        text = text.replace(founding, " ")
    return bool(find_full_date(text))


_TERMS, _DESCRIPTIONS = ("dt", "th"), ("dd", "td")


def _founding_rows(element: HtmlElement) -> list[str]:
    """The texts of the element's rows of a founding: a term's description or a header's cell after a founding label
    (<dt>Fundación</dt><dd>...</dd>), or a leaf that opens with one ("Gründung: 4. Mai 2004")."""
    rows = []
    for leaf in element.iter("dd", "td", "p", "li", "span", "div"):
        term = leaf.getprevious()
        if leaf.tag in _DESCRIPTIONS and term is not None and term.tag in _TERMS and is_a_founding_label(text_of(term)):
            rows.append(text_of(leaf))
        elif not len(leaf) and (label := text_of(leaf).partition(":"))[1] and is_a_founding_label(label[0]):
            rows.append(text_of(leaf))
    return rows
