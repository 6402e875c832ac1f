"""Tabs and accordions: a panel whose title is only its control (<button role="tab" aria-controls="p1">Eurocities
</button> ... <div role="tabpanel" id="p1">), which goes with the boilerplate, is opened by that title as a heading."""

from lxml import etree
from lxml.html import HtmlElement

from .html import HEADING_TAGS, select, text_of

_CONTROLS = "//*[@aria-controls][@role='tab' or @aria-expanded] | //*[@role='tabpanel'][@aria-labelledby]"
_LABEL_MAX_CHARS = 120


def _in_heading(element: HtmlElement) -> bool:
    """A control inside a heading (<h3><button>Eurocities</button></h3>) is read as that heading already."""
    return any(ancestor.tag in HEADING_TAGS for ancestor in element.iterancestors())


def _by_id(root: HtmlElement, identifiers: str) -> list[HtmlElement]:
    return [found for identifier in identifiers.split()
            if (found := root.get_element_by_id(identifier, None)) is not None]


def panel_titles(root: HtmlElement) -> list[tuple[HtmlElement, str]]:
    """Each panel a tab or a disclosure button controls, or that names its label (aria-labelledby), with that title;
    read before the boilerplate (buttons) goes."""
    titles: dict[HtmlElement, str] = {}
    for element in select(root, _CONTROLS):
        if element.get("role") == "tabpanel":
            pairs = [(element, label) for label in _by_id(root, element.get("aria-labelledby"))]
        else:
            pairs = [(panel, element) for panel in _by_id(root, element.get("aria-controls"))]
        for panel, label in pairs:
            text = text_of(label)
            if panel not in titles and text and len(text) <= _LABEL_MAX_CHARS and not _in_heading(label) and (
                    label not in panel.iterancestors()):
                titles[panel] = text
    return list(titles.items())


def title_panels(region: HtmlElement, titles: list[tuple[HtmlElement, str]]) -> None:
    """Open each panel still in `region` with its title as a heading."""
    for panel, text in titles:
        if not any(ancestor is region for ancestor in panel.iterancestors()):
            continue
        heading = etree.Element("h6")
        heading.text, heading.tail, panel.text = text, panel.text, None
        panel.insert(0, heading)
