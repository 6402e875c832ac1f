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
    return list(titles.items()) + [(panel, text) for panel, text in in_page_tab_titles(root) if panel not in titles]


def _starts_with_heading(element: HtmlElement) -> bool:
    first = next((child for child in element if isinstance(child.tag, str)), None)
    return element.tag in HEADING_TAGS or (first is not None and first.tag in HEADING_TAGS)


def in_page_tab_titles(root: HtmlElement) -> list[tuple[HtmlElement, str]]:
    """Tabs written as a list of in-page links over the panels they show (<ul><li><a href="#tab-aimf">AIMF</a></li>
    </ul><div id="tab-aimf">, as jQuery UI and Bootstrap write them before their script adds ARIA): each panel after
    the list, beside it or in a box beside it, with its link's text. A table of contents, whose sections open with
    their own headings, is no such list."""
    titles = []
    for tab_list in select(root, "//ul[li/a[starts-with(@href, '#')]] | //ol[li/a[starts-with(@href, '#')]]"):
        links = select(tab_list, "./li/a[@href]")
        panels = [root.get_element_by_id(link.get("href")[1:], None) if link.get("href").startswith("#") else None
                  for link in links]
        beside = {tab_list.getparent(), *tab_list.itersiblings()}
        if len(links) < 2 or any(panel is None or panel.getparent() not in beside or _starts_with_heading(panel)
                                 for panel in panels):
            continue
        titles += [(panel, text) for link, panel in zip(links, panels, strict=True)
                   if (text := text_of(link)) and len(text) <= _LABEL_MAX_CHARS]
    return titles


def title_panels(region: HtmlElement, titles: list[tuple[HtmlElement, str]]) -> None:
    """Open each panel still in `region` with its title as a heading."""
    for panel, text in titles:
        if not any(ancestor is region for ancestor in panel.iterancestors()):
            continue
        heading = etree.Element("h6")
        heading.text, heading.tail, panel.text = text, panel.text, None
        panel.insert(0, heading)
