"""Boxes beside the main text that present a city network ("Energy Cities en bref", a "Related" box on ICORN):
their facts belong to the network they name, so they are read before the boilerplate around them is dropped."""

from lxml.html import HtmlElement

from ..content import Block
from ..dates import find_full_date
from ..networks import first_network
from .html import blocks_of, select, text_of

_CLASS = "concat(' ', normalize-space(@class), ' ')"
_SIDEBARS = (f"//aside | //*[@role='complementary']"
             f" | //*[contains({_CLASS}, ' related') or contains({_CLASS}, ' sidebar')]")
_LINK_LIST_SHARE = 0.5  # a box that is mostly link text is a menu of related pages, not a presentation
_MIN_PROSE_CHARS = 80
_MAX_CHARS = 3000  # a box longer than this is a column of the page, not a presentation beside it


def _link_share(element: HtmlElement, text: str) -> float:
    return sum(len(text_of(anchor)) for anchor in element.iter("a")) / len(text) if text else 1.0


def network_sidebars(root: HtmlElement) -> list[Block]:
    """The blocks of every sidebar box that names a network and holds prose, each box opened by a heading that
    names its network, so that its sentences are attributed to it."""
    blocks: list[Block] = []
    boxes = select(root, _SIDEBARS)
    outermost = [box for box in boxes if not any(ancestor in boxes for ancestor in box.iterancestors())]
    for box in outermost:
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
