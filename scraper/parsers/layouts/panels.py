"""Tabs and accordions: a panel whose title is only its control (<button role="tab" aria-controls="p1">Eurocities
</button> ... <div role="tabpanel" id="p1">), which goes with the boilerplate, is opened by that title as a heading."""

from lxml import etree
from lxml.html import HtmlElement

from ..networks import network_ids
from .html import HEADING_TAGS, select, text_of

# One walk over the page finds every control, labelled panel, in-page link and button.
_CANDIDATES = ("//*[@aria-controls or @aria-labelledby or @data-bs-target or @data-target or self::button"
               " or self::a and (@data-bs-toggle or @data-toggle)] | //li/a[starts-with(@href, '#')]")
_LABEL_MAX_CHARS = 120
# What a control written without ARIA toggles (Bootstrap's data-bs-toggle, data-toggle): a tab or a collapsed panel,
# not a dialog, whose text is no part of the page's sections.
_PANEL_TOGGLES = {"tab", "pill", "collapse"}


def _in_heading(element: HtmlElement) -> bool:
    """A control inside a heading (<h3><button>Eurocities</button></h3>) is read as that heading already."""
    return any(ancestor.tag in HEADING_TAGS for ancestor in element.iterancestors())


def _starts_with_heading(element: HtmlElement) -> bool:
    first = next((child for child in element if isinstance(child.tag, str)), None)
    return element.tag in HEADING_TAGS or (first is not None and first.tag in HEADING_TAGS)


def _is_control(element: HtmlElement) -> bool:
    return element.get("aria-controls") is not None and (
        element.get("role") == "tab" or element.get("aria-expanded") is not None)


def _data_target(element: HtmlElement) -> str | None:
    """The id of the panel a tab or disclosure control written without ARIA opens (<button data-bs-toggle="tab"
    data-bs-target="#p1">, <a data-toggle="collapse" href="#p1">)."""
    toggle = element.get("data-bs-toggle") or element.get("data-toggle")
    target = element.get("data-bs-target") or element.get("data-target") or element.get("href") or ""
    return target[1:] if toggle in _PANEL_TOGGLES and target.startswith("#") and len(target) > 1 else None


def _panel_after(button: HtmlElement) -> HtmlElement | None:
    """The panel a plain button that names one network opens when it is written without ARIA or target (<div><button>
    Eurocities</button><div>...</div></div>, "Qu'est-ce que l'AIMF ?"): the block right after it, the button being its
    box's first part."""
    parent, panel = button.getparent(), button.getnext()
    if parent is None or next(child for child in parent if isinstance(child.tag, str)) is not button:
        return None
    if panel is None or panel.tag in ("button", "a") or len(network_ids(text_of(button))) != 1:
        return None
    return panel


def panel_titles(root: HtmlElement) -> list[tuple[HtmlElement, str]]:
    """Each panel a tab or a disclosure button controls, or that names its label (aria-labelledby), or that a list of
    in-page links shows as tabs, with that title; read before the boilerplate (buttons) goes."""
    candidates = select(root, _CANDIDATES)
    if not candidates:
        return []
    by_id = {element.get("id"): element for element in select(root, "//*[@id]")}
    labelled: list[tuple[HtmlElement, HtmlElement]] = []
    in_page_links: dict[HtmlElement, list[HtmlElement]] = {}  # each list of in-page links, and its links
    for element in candidates:
        if element.get("aria-controls") is None and (target := _data_target(element)) in by_id:
            labelled.append((by_id[target], element))
        elif element.tag == "a" and element.get("aria-controls") is None:
            in_page_links.setdefault(element.getparent().getparent(), []).append(element)
        elif element.get("role") == "tabpanel" and element.get("aria-labelledby"):
            labelled += [(element, by_id[name]) for name in element.get("aria-labelledby").split() if name in by_id]
        elif _is_control(element):
            labelled += [(by_id[name], element) for name in element.get("aria-controls").split() if name in by_id]
        elif element.tag == "button" and (panel := _panel_after(element)) is not None:
            labelled.append((panel, element))
    titles: dict[HtmlElement, str] = {}
    for panel, label in labelled:
        text = text_of(label)
        if panel not in titles and text and len(text) <= _LABEL_MAX_CHARS and not _in_heading(label) and (
                label not in panel.iterancestors()):
            titles[panel] = text
    for tab_list, links in in_page_links.items():
        for panel, text in _in_page_tabs(tab_list, links, by_id):
            titles.setdefault(panel, text)
    return list(titles.items())


def _in_page_tabs(tab_list: HtmlElement, links: list[HtmlElement], by_id: dict[str, HtmlElement]
                  ) -> list[tuple[HtmlElement, str]]:
    """Tabs written as a list of in-page links over the panels they show (<ul><li><a href="#tab-aimf">AIMF</a></li>
    </ul><div id="tab-aimf">, as jQuery UI and Bootstrap write them before their script adds ARIA): each panel after
    the list, beside it or in a box beside it, with its link's text. A table of contents, whose sections open with
    their own headings, is no such list."""
    panels = [by_id.get(link.get("href")[1:]) for link in links]
    beside = {tab_list.getparent(), *tab_list.itersiblings()}
    if tab_list.tag not in ("ul", "ol") or len(links) < 2 or any(
            panel is None or panel.getparent() not in beside or _starts_with_heading(panel) for panel in panels):
        return []
    return [(panel, text) for link, panel in zip(links, panels, strict=True)
            if (text := text_of(link)) and len(text) <= _LABEL_MAX_CHARS]


def title_panels(region: HtmlElement, titles: list[tuple[HtmlElement, str]]) -> None:
    """Open each panel still in `region` with its title as a heading."""
    for panel, text in titles:
        if not any(ancestor is region for ancestor in panel.iterancestors()):
            continue
        heading = etree.Element("h6")
        heading.text, heading.tail, panel.text = text, panel.text, None
        panel.insert(0, heading)
