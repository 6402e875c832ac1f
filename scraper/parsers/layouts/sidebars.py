"""Boxes beside the main text: those that present a city network ("Energy Cities en bref", a "Related" box on
ICORN) give that network their facts, and those that list news give their items; both are read before the
boilerplate around them is dropped."""

from lxml.html import HtmlElement

from ..content import Block, Teaser
from ..dates import find_full_date
from ..networks import first_network
from .html import blocks_of, select, text_of
from .news_items import read_teaser, teaser_elements
from .news_page import LIST_TITLES, kind_label

_CLASS = "concat(' ', normalize-space(@class), ' ')"
# Elements without a class are passed over before the class words are built: most of a page.
_SIDEBARS = (f"//aside | //*[@role='complementary']"
             f" | //*[@class][contains({_CLASS}, ' related') or contains({_CLASS}, ' sidebar')]")
_LINK_LIST_SHARE = 0.5  # a box that is mostly link text is a menu of related pages, not a presentation
_MIN_PROSE_CHARS = 80
_MAX_CHARS = 3000  # a box longer than this is a column of the page, not a presentation beside it


def _link_share(element: HtmlElement, text: str) -> float:
    return sum(len(text_of(anchor)) for anchor in element.iter("a")) / len(text) if text else 1.0


def _outermost_boxes(root: HtmlElement) -> list[HtmlElement]:
    boxes = select(root, _SIDEBARS)
    return [box for box in boxes if not any(ancestor in boxes for ancestor in box.iterancestors())]


def sidebar_teasers(root: HtmlElement, page_url: str) -> list[Teaser]:
    """The dated news items listed beside the main text ("À lire aussi", "Related news"): the page holds them too.
    Beside the text, only a date tells an item from a link to a section ("Sala stampa", "RSS", "Notizie")."""
    return [teaser for box in _outermost_boxes(root) for element in teaser_elements(box, page_url)
            if (teaser := read_teaser(element, page_url)) and teaser.date is not None
            and teaser.title.casefold() not in LIST_TITLES and kind_label(teaser.title) != teaser.title]


def network_sidebars(root: HtmlElement) -> list[Block]:
    """The blocks of every sidebar box that names a network and holds prose, each box opened by a heading that
    names its network, so that its sentences are attributed to it."""
    blocks: list[Block] = []
    for box in _outermost_boxes(root):
        text = text_of(box)
        if not _MIN_PROSE_CHARS <= len(text) <= _MAX_CHARS or _link_share(box, text) >= _LINK_LIST_SHARE:
            continue
        if find_full_date(text) or select(box, ".//time"):
            continue  # a box of dated news: its teasers may be years old
        network = first_network(text)
        if network is None:
            continue
        box_blocks = [block for block in blocks_of(box) if not block.is_heading]
        blocks.append(Block(network.name, is_heading=True))
        blocks.extend(box_blocks)
    return blocks
