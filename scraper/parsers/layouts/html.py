"""lxml tools the layout parsers share: parsing, visible text, blocks, known boilerplate, links."""

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from urllib.parse import urldefrag, urljoin

import lxml.html
from lxml import etree
from lxml.html import HtmlComment, HtmlElement, HtmlEntity, HtmlProcessingInstruction

from ..content import Block
from ..text import fold_whitespace

# huge_tree lifts libxml2's limits (256 levels of nesting, 10 MB in one text or attribute) at no cost; a page
# nested deeper than its 2,048 levels still ends there.
_PARSER = etree.HTMLParser(remove_comments=True, remove_pis=True, huge_tree=True)
# lxml.html's own parser picks each element's class in Python (forms and inputs get theirs), every time an
# element is touched; the parsers use no form features, so every element is an HtmlElement, picked in C.
_PARSER.set_element_class_lookup(etree.ElementDefaultClassLookup(
    element=HtmlElement, comment=HtmlComment, pi=HtmlProcessingInstruction, entity=HtmlEntity))
# Characters XML (and so libxml2) refuses: controls, lone surrogates, and the noncharacters U+FFFE and U+FFFF.
_CONTROL_CHARACTERS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*>")
_INVISIBLE = {"script", "style", "noscript", "template", "head", "title", "meta", "link"}
BLOCK_TAGS = {
    "address", "article", "aside", "blockquote", "dd", "details", "dialog", "div", "dl", "dt", "fieldset",
    "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main",
    "nav", "ol", "p", "pre", "section", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul", "br",
}
HEADING_TAGS = {"h1", "h2", "h3", "h4", "h5", "h6"}


# The text walks below recurse once per level of nesting: deeper elements lose their tags (not their text),
# so that they stay well inside Python's recursion limit of 1,000 frames.
MAX_DEPTH = 500
_ELEMENTS_WITH_CHILDREN_AT_MAX_DEPTH = etree.XPath("/" + "/".join(["*"] * MAX_DEPTH) + "[*]")


@dataclass(frozen=True)
class ParsedDocument:
    root: HtmlElement
    stopped_early: str | None  # why the parser stopped before the end of the text, when it did


def parse_document(text: str) -> HtmlElement:
    """An lxml document for any text, even empty or with an XML declaration."""
    return parse_html(text).root


def parse_html(text: str) -> ParsedDocument:
    """`parse_document`, and whether the parser read the text to its end."""
    cleaned = _CONTROL_CHARACTERS.sub("", _XML_DECLARATION.sub("", text))
    if not cleaned.strip():
        cleaned = "<html><body></body></html>"
    try:
        root = lxml.html.document_fromstring(cleaned, parser=_PARSER)
    except (etree.ParserError, ValueError):
        return ParsedDocument(lxml.html.document_fromstring("<html><body></body></html>", parser=_PARSER), None)
    fatal = _PARSER.error_log.filter_from_fatals()
    _graft_later_roots(root)
    for element in _ELEMENTS_WITH_CHILDREN_AT_MAX_DEPTH(root):
        _flatten(element)
    # libxml2 names the option that would lift its limit: not the reader's concern.
    return ParsedDocument(root, fatal[0].message.split(", use XML_PARSE_HUGE")[0] if fatal else None)


def _body(root: HtmlElement) -> HtmlElement:
    body = root.find("body")
    return body if body is not None else etree.SubElement(root, "body")


def _append_text(element: HtmlElement, text: str | None) -> None:
    if not text:
        return
    if len(element):
        element[-1].tail = (element[-1].tail or "") + text
    else:
        element.text = (element.text or "") + text


def _graft_later_roots(root: HtmlElement) -> None:
    """What follows </html> (more text, a second document appended) goes at the end of the body, as browsers
    show it; libxml2 makes it a second <html> beside the first, which every walk from the root misses."""
    later_roots = list(root.itersiblings())
    if not later_roots:
        return
    body = _body(root)
    for later_root in later_roots:
        _append_text(body, later_root.text)
        for part in list(later_root):
            if part.tag == "body":
                _append_text(body, part.text)
                body.extend(list(part))
                _append_text(body, part.tail)
            elif part.tag != "head":  # an appended document's head says nothing about this one
                body.append(part)
        later_root.clear()


def _flatten(element: HtmlElement) -> None:
    """The text under `element` without the tags around it; blocks still end words, invisible text goes."""
    etree.strip_elements(element, *_INVISIBLE, with_tail=False)
    for descendant in element.iterdescendants():
        if descendant.tag in BLOCK_TAGS:
            descendant.text = " " + (descendant.text or "")
            descendant.tail = " " + (descendant.tail or "")
    etree.strip_tags(element, "*")


def _collect_pieces(element: HtmlElement, pieces: list[str]) -> None:
    # Appending to one list: nested generators would pass every piece up through each level of the tree.
    if not isinstance(element.tag, str) or element.tag in _INVISIBLE:
        return
    block = element.tag in BLOCK_TAGS
    if block:
        pieces.append(" ")
    if element.text:
        pieces.append(element.text)
    for child in element:
        _collect_pieces(child, pieces)
        if child.tail:
            pieces.append(child.tail)
    if block:
        pieces.append(" ")


def text_of(element: HtmlElement | None) -> str:
    """The visible text of an element, blocks separated by a space, whitespace folded."""
    if element is None:
        return ""
    pieces: list[str] = []
    _collect_pieces(element, pieces)
    return fold_whitespace("".join(pieces))


@cache
def _compiled(xpath: str) -> etree.XPath:
    return etree.XPath(xpath)


def select(root: HtmlElement, xpath: str) -> list:
    """`root.xpath(xpath)`, with the expression compiled once: lxml compiles a string on every call."""
    return _compiled(xpath)(root)


def first(root: HtmlElement, xpath: str) -> HtmlElement | None:
    found = select(root, xpath)
    return found[0] if found else None


def remove(root: HtmlElement, xpath: str) -> None:
    """Drop the matching elements from the tree (their tail text stays)."""
    for element in select(root, xpath):
        if element.getparent() is not None:
            element.drop_tree()


def has_class(name: str) -> str:
    """XPath predicate: the element has the class `name`."""
    return f"contains(concat(' ', normalize-space(@class), ' '), ' {name} ')"


def is_heading(element: HtmlElement) -> bool:
    return element.tag in HEADING_TAGS or element.get("role") == "heading"


def blocks_of(element: HtmlElement | None, heading: Callable[[HtmlElement], bool] = is_heading) -> list[Block]:
    """Headings and paragraphs under `element`, in reading order. An element with no block children is
    one paragraph; loose text between block children is a paragraph of its own."""
    if element is None:
        return []
    blocks: list[Block] = []

    def loose(text: str | None) -> None:
        if text and text.strip():
            blocks.append(Block(fold_whitespace(text)))

    def walk(node: HtmlElement) -> None:
        if not isinstance(node.tag, str) or node.tag in _INVISIBLE:
            return
        if node.tag in ("dl", "tr") and (pairs := _label_value_pairs(node)):
            blocks.extend(Block(f"{label}: {value}") for label, value in pairs)
            return
        if node.tag == "table" and (rows := _headed_table_blocks(node)):
            blocks.extend(rows)
            return
        if heading(node):
            if text := text_of(node):
                blocks.append(Block(text, is_heading=True))
            return
        if not any(isinstance(child.tag, str) and child.tag in BLOCK_TAGS for child in node):
            if text := _leaf_text(node):
                blocks.append(Block(text))
            return
        if all(child.tag == "br" for child in node if isinstance(child.tag, str) and child.tag in BLOCK_TAGS):
            lines = _lines_at_breaks(node)
            # a postal address is one statement: who, street, postcode and city
            blocks.extend([Block(", ".join(lines))] if node.tag == "address" and lines else map(Block, lines))
            return
        loose(node.text)
        for child in node:
            walk(child)
            loose(child.tail)

    walk(element)
    return _figures_with_their_labels(_rows_split_at_bars(blocks))


# "Sede: Bruselas | Fundación: 1986 | Miembros: más de 200": a fact sheet's rows on one line, set apart by bars.
_BAR = re.compile(r"\s+[|•·]\s+")
_LABELLED_ROW = re.compile(r"^[^:]{1,40}:\s*\S")


def _rows_split_at_bars(blocks: list[Block]) -> list[Block]:
    split: list[Block] = []
    for block in blocks:
        barred = not block.is_heading and any(mark in block.text for mark in "|•·")
        rows = _BAR.split(block.text) if barred else []
        if len(rows) > 1 and sum(1 for row in rows if _LABELLED_ROW.match(row)) > 1:
            split.extend(Block(row) for row in rows if row)
        else:
            split.append(block)
    return split


def _lines_at_breaks(node: HtmlElement) -> list[str]:
    """A paragraph broken by <br> only, line by line ("Siège : Bruxelles<br>Membres : 200 villes"): each line whole,
    with its links and bold words, not cut at each of them."""
    lines, pieces = [], [node.text or ""]
    for child in node:
        if child.tag == "br":
            lines.append(_joined(pieces))
            pieces = []
        else:
            pieces.append("")  # an element's boundary, where a figure and its label may meet
            _collect_pieces(child, pieces)
        pieces.append(child.tail or "")
    lines.append(_joined(pieces))
    if len(lines) == 2 and lines[1] and _bold_label_alone(node):
        # "<strong>Siège</strong><br>Bruxelles": a label on its line, its value on the next
        return [f"{lines[0].rstrip(' :')}: {lines[1]}"]
    # a line in lower case goes on with the sentence of the line before
    return [line for line in _continued(lines) if line]


_LABEL_MAX_CHARS = 40


def _bold_label_alone(node: HtmlElement) -> bool:
    """The first line is one bold element, short, in words (a bold figure is a key figure): a label."""
    label = node[0] if len(node) else None
    return (label is not None and label.tag in ("strong", "b") and not (node.text or "").strip()
            and not (label.tail or "").strip() and len(node) > 1 and node[1].tag == "br"
            and len(text := text_of(label)) <= _LABEL_MAX_CHARS and bool(_LABEL_START.match(text)))


def _continued(lines: list[str]) -> list[str]:
    joined: list[str] = []
    for line in lines:
        if joined and line[:1].islower():
            joined[-1] = f"{joined[-1]} {line}"
        else:
            joined.append(line)
    return joined


def _leaf_text(node: HtmlElement) -> str:
    pieces: list[str] = []
    _collect_pieces(node, pieces)
    return _joined(pieces)


# A figure and its label in elements side by side, with no space between ("<span>200</span><span>villes</span>"):
# shown apart, read apart. A short ending ("1<sup>er</sup>", "2<sup>e</sup>") stays on its number.
_LABEL_START = re.compile(r"[^\W\d_]{4}")


def _joined(pieces: list[str]) -> str:
    parts: list[str] = []
    last = ""  # the last character so far
    for piece in pieces:
        if not piece:
            continue
        if (last.isdigit() or last == "+") and _LABEL_START.match(piece):
            parts.append(" ")
        parts.append(piece)
        last = piece[-1]
    return fold_whitespace("".join(parts))


# A key figure alone in its block, its label in the next ("<strong>200+</strong><br>member cities", "<div>38</div>
# <div>pays</div>"): one phrase, as it reads.
_BARE_FIGURE = re.compile(r"(?:\+\s*(?:de\s+)?)?\d[\d\s.,'’]*\+?")
_LABEL_CHARS = 60


def _figures_with_their_labels(blocks: list[Block]) -> list[Block]:
    merged: list[Block] = []
    for block in blocks:
        previous = merged[-1] if merged else None
        if (previous and not previous.is_heading and not block.is_heading and _BARE_FIGURE.fullmatch(previous.text)
                and len(block.text) <= _LABEL_CHARS and _LABEL_START.match(block.text)):
            merged[-1] = Block(f"{previous.text} {block.text}")
        else:
            merged.append(block)
    return merged


def _label_value_pairs(node: HtmlElement) -> list[tuple[str, str]]:
    """A fact sheet's rows as (label, value): the <dt>/<dd> pairs of a list, or a table row of one header cell and
    one data cell ("Siège | Barcelone"), so that "Siège: Barcelone" reads as a sentence."""
    # a <dl> may group each term with its description in a <div> ("govuk-summary-list__row")
    cells = [cell for child in node if isinstance(child.tag, str)
             for cell in (child if node.tag == "dl" and child.tag == "div" else [child]) if isinstance(cell.tag, str)]
    if node.tag == "tr":
        if len(cells) == 2 and cells[0].tag == "th" and cells[1].tag == "td":
            return [(text_of(cells[0]).rstrip(" :"), text_of(cells[1]))]
        return []
    pairs, label = [], None
    for cell in cells:
        if cell.tag == "dt":
            label = text_of(cell).rstrip(" :")
        elif cell.tag == "dd" and label:
            pairs.append((label, text_of(cell)))
    return pairs


def _rows_start_with_data(rows: list[HtmlElement]) -> bool:
    """A two-column table is a headed list ("Network | Joined") when every row starts with a data cell."""
    return all(cells and cells[0].tag == "td" for cells in ([cell for cell in row if isinstance(cell.tag, str)]
                                                           for row in rows))


def _headed_table_blocks(table: HtmlElement) -> list[Block]:
    """A table with a header row ("Network | Joined | Members", "Réseau | Année d'adhésion"): each data row as a
    heading (its first cell) and one "Header: cell" paragraph per other cell, so that "Joined: 1989" reads as a fact
    about the row's subject."""
    rows = [row for row in table.iter("tr")]
    if len(rows) < 2:
        return []
    header = [text_of(cell) for cell in rows[0] if isinstance(cell.tag, str)]
    if len(header) < 2 or any(cell.tag != "th" for cell in rows[0] if isinstance(cell.tag, str)):
        return []
    if len(header) == 2 and not _rows_start_with_data(rows[1:]):
        return []  # "Siège | Barcelone" rows under a title row: a fact sheet, read as label and value
    blocks = []
    for row in rows[1:]:
        cells = [text_of(cell) for cell in row if isinstance(cell.tag, str)]
        if len(cells) != len(header) or not cells[0]:
            continue
        blocks.append(Block(cells[0], is_heading=True))
        blocks.extend(Block(f"{label}: {value}") for label, value in zip(header[1:], cells[1:], strict=True)
                      if label and value)
    return blocks


def link_of(element: HtmlElement | None, page_url: str) -> str | None:
    """The absolute URL an element links to (itself or its first link), without fragment."""
    if element is None:
        return None
    anchor = element if element.tag == "a" else first(element, ".//a[@href]")
    href = (anchor.get("href") or "").strip() if anchor is not None else ""
    if not href or href.startswith(("javascript:", "mailto:", "#")):
        return None
    return urldefrag(urljoin(page_url, href)).url


def document_lang(root: HtmlElement) -> str | None:
    """The language the markup declares ("fr", "en"), from lang or xml:lang."""
    declared = root.get("lang") or root.get("{http://www.w3.org/XML/1998/namespace}lang") or root.get("xml:lang")
    primary = (declared or "").strip().lower().split("-")[0]
    return primary or None


def site_name(root: HtmlElement) -> str:
    """The site's name as its pages give it: og:site_name, else the whole <title> (which usually ends with it)."""
    declared = first(root, "/html/head/meta[@property='og:site_name']/@content")
    if declared:
        return fold_whitespace(str(declared))
    element = first(root, "/html/head/title")
    element = element if element is not None else first(root, "//title")
    return fold_whitespace(element.text_content()) if element is not None else ""


def document_title(root: HtmlElement, site_suffix: re.Pattern[str]) -> str:
    """The <title> without the site's name ("La participation ... - Paris.fr" -> "La participation ...")."""
    element = first(root, "//title")
    title = fold_whitespace(element.text_content()) if element is not None else ""
    return site_suffix.sub("", title).strip()
