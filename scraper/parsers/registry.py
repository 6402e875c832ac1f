"""Which layout parser reads a page: the first whose rule (URL and markup) matches; the generic one
matches every page, so it comes last."""

from urllib.parse import urlsplit

from lxml.html import HtmlElement

from .layouts import english, generic, portal2012, redesign2016
from .layouts.base import LayoutParser

LAYOUTS: tuple[LayoutParser, ...] = (portal2012.LAYOUT, redesign2016.LAYOUT, english.LAYOUT, generic.LAYOUT)


def choose_layout(url: str, root: HtmlElement) -> LayoutParser:
    parts = urlsplit(url)
    return next(layout for layout in LAYOUTS if layout.matches(parts, root))
