"""lxml tools the layout parsers share: parsing, visible text, blocks, known boilerplate, links."""

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from itertools import islice
from urllib.parse import urldefrag, urljoin, urlsplit

import lxml.html
from lxml import etree
from lxml.html import HtmlComment, HtmlElement, HtmlEntity, HtmlProcessingInstruction

from ..content import Block
from ..networks import find_networks, names_only_networks
from ..numbers import HEDGE_WORDS, find_counts
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
# Pages are rarely nested 30 levels deep: a shallow test first spares most of them the 500 steps of the search above.
_USUAL_DEPTH = 30
_DEEPER_THAN_USUAL = etree.XPath("boolean(/" + "/".join(["*"] * (_USUAL_DEPTH + 1)) + ")")


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
    for element in _ELEMENTS_WITH_CHILDREN_AT_MAX_DEPTH(root) if _DEEPER_THAN_USUAL(root) else ():
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
    # Appending to one list: nested generators would pass every piece up through each level of the tree. Each
    # property of an lxml element is read once: every reading builds a new Python string.
    tag = element.tag
    if not isinstance(tag, str) or tag in _INVISIBLE:
        return
    block = tag in BLOCK_TAGS
    if block:
        pieces.append(" ")
    if text := element.text:
        pieces.append(text)
    for child in element:
        _collect_pieces(child, pieces)
        if tail := child.tail:
            pieces.append(tail)
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


def _class_word(name: str) -> str:
    # The name as a substring of the attribute first: an element whose class does not hold it at all, nearly every
    # classed element, is passed over before its class words are built.
    return f"(contains(@class, '{name}') and contains(concat(' ', normalize-space(@class), ' '), ' {name} '))"


def has_class(name: str) -> str:
    """XPath predicate: the element has the class `name` (an element without a class, most of a page, is passed over
    before its class words are built)."""
    return f"@class and {_class_word(name)}"


def has_any_class(*names: str) -> str:
    """XPath predicate: the element has one of the classes `names` (an element without a class is passed over
    before its class words are built)."""
    return f"@class and ({' or '.join(map(_class_word, names))})"


def has_block_child(element: HtmlElement) -> bool:
    # A comment's or an entity's tag is a function, never one of the tag names: no type test is needed.
    return any(child.tag in BLOCK_TAGS for child in element)


def is_heading(element: HtmlElement) -> bool:
    return element.tag in HEADING_TAGS or element.get("role") == "heading"


def _heading_level(element: HtmlElement) -> int:
    """3 for an <h3>; 0 for an element the page only marks or styles as a heading, whose rank it does not say."""
    return int(element.tag[1]) if element.tag in HEADING_TAGS and element.tag[1:].isdigit() else 0


def blocks_of(element: HtmlElement | None, heading: Callable[[HtmlElement], bool] = is_heading) -> list[Block]:
    """Headings and paragraphs under `element`, in reading order. An element with no block children is
    one paragraph; loose text between block children is a paragraph of its own."""
    if element is None:
        return []
    blocks: list[Block] = []
    year_headings: set[int] = set()

    def loose(text: str | None) -> None:
        if text and text.strip():
            blocks.append(Block(fold_whitespace(text)))

    def walk(node: HtmlElement) -> None:
        tag = node.tag
        if not isinstance(tag, str) or tag in _INVISIBLE:
            return
        if tag in ("dl", "tr") and (pairs := _label_value_pairs(node)):
            blocks.extend(block for label, value in pairs for block in _fact_row(label, value))
            return
        if tag == "table" and (rows := _headed_table_blocks(node)):
            blocks.extend(rows)
            return
        shown = _parts_shown(node)  # read once for the key figure and the person's card
        if figure := _key_figure(shown) or _seat_figure(node, shown):
            blocks.append(Block(figure))
            return
        if entry := _timeline_entry(node):
            blocks.extend(map(Block, entry))
            return
        if row := _labelled_parts(node):
            blocks.append(Block(row))
            return
        if presiding := _person_card(node, shown, heading):
            blocks.append(Block(presiding))
            return
        if heading(node):
            if (text := text_of(node)) and not _links_a_document(node, text):
                if _YEAR.fullmatch(text):
                    year_headings.add(len(blocks))
                blocks.append(Block(text, is_heading=True, level=_heading_level(node)))
            return
        if logo := logo_name(node):
            blocks.append(Block(logo, is_heading=True))
        opened = len(blocks)
        if not has_block_child(node):
            if (text := _leaf_text(node)) and not _links_a_document(node, text):
                if len(phrases := _phrases_side_by_side(node)) > 1:
                    blocks.extend(map(Block, phrases))
                else:
                    blocks.append(Block(text, is_heading=_is_bold_title(node, text)))
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
        if logo:  # a leaf's line or a paragraph's lines are no card titles
            blocks[opened:] = [_under_a_logo(block) for block in blocks[opened:]]

    walk(element)
    return _figures_with_their_labels(_rows_split_at_bars(_year_headings_in_their_entries(blocks, year_headings)))


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


# Elements side by side with no space between them, the first a phrase ending in a name, a figure or a full stop, the
# next starting a phrase of its own ("<span>Sede: Barcelona</span><span>Fundada en 2004 en París</span>"): the page's
# style shows them apart, as a card's lines, else their words would run together ("BarcelonaFundada"). After a word in
# lower case the sentence may go on ("aderito a", "Energy Cities nel 2010"), after a figure its label may follow
# ("über 200", "Mitgliedsstädte"), before a figure a label may end ("Member Since", "1991"): a space only. A word split
# by its elements ("<span>Euro</span><span>cities</span>") or a label and its value ("Sede:", "Barcelona") stay as
# they are.
_PHRASE_START = re.compile(r"[^\W_a-zß-ÿ]")
_PHRASE_END_MARKS = ".!?)"
# what a figure's label never holds: a figure or a label of its own ("Fundada en 1982", "Sede: Madrid")
_STATES_ITS_OWN = re.compile(r"\d|:")
_NEW_LINE = "\n"


def _phrases_side_by_side(node: HtmlElement) -> list[str]:
    lines, pieces, before = [], [node.text or ""], ""
    for child in node:
        if not isinstance(child.tag, str):
            pieces.append(child.tail or "")
            continue
        own: list[str] = []
        _collect_pieces(child, own)
        text = "".join(own)
        if (parting := _parting(before, text)) == _NEW_LINE:
            lines.append(_joined(pieces))
            pieces = []
        pieces.extend([parting, *own, child.tail or ""])  # "": an element's boundary, where a figure and its label meet
        before = "" if child.tail else text
    lines.append(_joined(pieces))
    return [line for line in lines if line]


def _parting(before: str, text: str) -> str:
    """What parts an element's text from the text of the element just before it, when nothing lies between them: a
    new line, a space, or nothing."""
    words = before.split()
    if len(words) < 2 or before[-1].isspace() or not _PHRASE_START.match(text):
        return ""
    last = words[-1]
    if last[-1].isdigit():
        return _NEW_LINE if _STATES_ITS_OWN.search(text) else " "
    if text[0].isdigit():
        return " "  # a label's value ("Member Since", "1991")
    if last[0].isupper() or last[-1] in _PHRASE_END_MARKS:
        return _NEW_LINE
    return " " if last[-1].isalpha() else ""


# A figure and its label in elements side by side, with no space between ("<span>200</span><span>villes</span>"):
# shown apart, read apart. A short ending ("1<sup>er</sup>", "2<sup>e</sup>") stays on its number; a label before the
# next figure of a band ("<span>villes</span><span>38</span>") parts from it as well.
_LABEL_START = re.compile(r"[^\W\d_]{4}")
_LABEL_END = re.compile(r"[^\W\d_]{4}$")
_FIGURE_START = re.compile(r"[+\d]")


def _joined(pieces: list[str]) -> str:
    parts: list[str] = []
    last = ""  # the last character so far
    for piece in pieces:
        if not piece:
            continue
        if ((last.isdigit() or last == "+") and _LABEL_START.match(piece)) or (
                _FIGURE_START.match(piece) and parts and _LABEL_END.search(parts[-1])):
            parts.append(" ")
        parts.append(piece)
        last = piece[-1]
    return fold_whitespace("".join(parts))


# A key figure alone in its block, its label in the next ("<strong>200+</strong><br>member cities", "<div>38</div>
# <div>pays</div>", a figure set as a heading: "<h3>8 400</h3><p>villes membres</p>"): one phrase, as it reads, in the
# section of the figures (a year as a heading is a timeline's entry).
_BARE_FIGURE = re.compile(r"(?:\+\s*(?:de\s+)?)?\d[\d\s.,'’]*\+?")
_LABEL_CHARS = 60
_YEAR_ALONE = re.compile(r"(?:1[89]|20)\d\d")


def _figure_block(block: Block) -> bool:
    return bool(_BARE_FIGURE.fullmatch(block.text)) and not (block.is_heading and _YEAR_ALONE.fullmatch(block.text))


def _figures_with_their_labels(blocks: list[Block]) -> list[Block]:
    merged: list[Block] = []
    for block in blocks:
        previous = merged[-1] if merged else None
        if (previous and not block.is_heading and _figure_block(previous)
                and len(block.text) <= _LABEL_CHARS and _LABEL_START.match(block.text)):
            merged[-1] = Block(f"{previous.text} {block.text}")
        else:
            merged.append(block)
    return merged


def _year_headings_in_their_entries(blocks: list[Block], year_headings: set[int]) -> list[Block]:
    """A chronology whose years are headings (<h3>1979</h3><p>Création de l'AIMF ...</p>): the year and the paragraph
    under it as one entry, "1979: Création de l'AIMF ...", so that the event keeps its year."""
    merged: list[Block] = []
    for index, block in enumerate(blocks):
        if index - 1 in year_headings and not block.is_heading:
            merged[-1] = Block(f"{merged[-1].text}: {block.text}")
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
        if len(cells) == 2 and cells[1].tag == "td" and (cells[0].tag == "th" or _a_data_cells_label(cells[0])):
            return [(text_of(cells[0]).rstrip(" :"), text_of(cells[1]))]
        return []
    pairs, label = [], None
    # A list's rows may each be wrapped in a <div> (<dl><div><dt>Founded</dt><dd>1990</dd></div>...</dl>).
    cells = [part for cell in cells for part in (cell if cell.tag == "div" else [cell]) if isinstance(part.tag, str)]
    for cell in cells:
        if cell.tag == "dt":
            label = text_of(cell).rstrip(" :")
        elif cell.tag == "dd" and label:
            pairs.append((label, text_of(cell)))
    return pairs


_DATA_CELL_LABEL = re.compile(r"[^\W\d_][\w'’-]*(?: [\w'’-]+){0,2}\s*:?")


def _a_data_cells_label(cell: HtmlElement) -> bool:
    """A plain cell that is a row's label (<td>Sede</td><td>Bruselas</td>, a fact sheet without header cells): a word or
    three, no figure, no network's name (a row "Eurocities | 1991" names its subject)."""
    text = text_of(cell)
    return bool(_DATA_CELL_LABEL.fullmatch(text)) and not any(c.isdigit() for c in text) and not find_networks(text)


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
    if len(header) < 2 or not (_is_header_row(rows[0]) or _plain_header_over_networks(header, rows[1:])):
        return []
    if len(header) == 2 and not _rows_start_with_data(rows[1:]):
        return []  # "Siège | Barcelone" rows under a title row: a fact sheet, read as label and value
    blocks = []
    body = [cells for row in rows[1:] if len(cells := [text_of(cell) for cell in row if isinstance(cell.tag, str)])
            == len(header)]
    if _networks_across(header):
        return _columns_as_blocks(header, body)
    if _years_down_the_first_column(header, body):
        return [Block(f"{year}: {event}") for year, event in body if event]
    subject = _subject_column(body)
    for cells in body:
        if not cells[subject]:
            continue
        blocks.append(Block(cells[subject], is_heading=True))
        blocks.extend(Block(f"{label}: {value}") for column, (label, value)
                      in enumerate(zip(header, cells, strict=True)) if column != subject and label and value)
    return blocks


def _years_down_the_first_column(header: list[str], body: list[list[str]]) -> bool:
    """A chronology ("Année | Événement" over "1979 | Création de l'AIMF à Québec"): each row is one timeline entry,
    read as one line so that its event keeps its year."""
    return len(header) == 2 and bool(body) and all(_YEAR.fullmatch(year) for year, _ in body)


def _networks_across(header: list[str]) -> bool:
    """A table that compares networks side by side: its header names a network over most columns after the first."""
    return 2 * sum(bool(find_networks(label)) for label in header[1:]) > len(header) - 1


def _columns_as_blocks(header: list[str], body: list[list[str]]) -> list[Block]:
    """Each network's column ("| Eurocities | AIMF" over "Création | 1986 | 1979") as its heading and one "Row: cell"
    paragraph per row."""
    blocks = []
    for column, network in enumerate(header[1:], start=1):
        blocks.append(Block(network, is_heading=True))
        blocks.extend(Block(f"{cells[0]}: {cells[column]}") for cells in body if cells[0] and cells[column])
    return blocks


def _is_header_row(row: HtmlElement) -> bool:
    """A row of header cells, the row of a <thead> (whose cells some sites write as <td>), or a row of data cells
    each wholly in bold (<td><strong>Réseau</strong></td>)."""
    cells = [cell for cell in row if isinstance(cell.tag, str)]
    return all(cell.tag == "th" for cell in cells) or row.getparent().tag == "thead" or all(map(_all_bold, cells))


_HEADER_CELL_CHARS = 40


def _plain_header_over_networks(header: list[str], rows: list[HtmlElement]) -> bool:
    """A first row of plain data cells that heads a list of networks ("Réseau | Membre depuis" over "Eurocities |
    1991"): short labels without a figure, over rows that each name a network in their first cell."""
    firsts = [next((text_of(cell) for cell in row if isinstance(cell.tag, str)), "") for row in rows]
    return (all(label and len(label) <= _HEADER_CELL_CHARS and not any(c.isdigit() for c in label) for label in header)
            and bool(firsts) and all(find_networks(first) for first in firsts))


def _all_bold(cell: HtmlElement) -> bool:
    text = text_of(cell)
    return bool(text) and " ".join(text_of(bold) for bold in cell.iter("strong", "b")) == text


def _subject_column(rows: list[list[str]]) -> int:
    """The column whose cells name the networks, in most rows ("Year joined | Network | Members"); else the first."""
    for column in range(len(rows[0]) if rows else 0):
        if 2 * sum(bool(find_networks(cells[column])) for cells in rows) > len(rows):
            return column
    return 0


# A label that says its row names what the list is about: "Network: Energy Cities", "Réseau : Metropolis".
_SUBJECT_LABELS = {"network", "name", "organisation", "organization", "réseau", "nom", "red", "nombre",
                   "organización", "rete", "nome", "organizzazione", "netzwerk"}


_ROW_PROSE_CHARS = 100


def _fact_row(label: str, value: str) -> list[Block]:
    """A fact sheet's row as a sentence ("Siège: Barcelone"); as the heading of the rows after it when it names their
    network ("Network: Energy Cities"); a key figure ("200" / "villes membres") as one line; a network's name over a
    text about it (an accordion written as a list) as that text's heading."""
    if label.casefold() in _SUBJECT_LABELS and find_networks(value):
        return [Block(value, is_heading=True)]
    if _FIGURE.fullmatch(label) and not _YEAR.fullmatch(label):
        return [Block(f"{label} {value}")]
    if len(value) > _ROW_PROSE_CHARS and names_only_networks(label):
        return [Block(label, is_heading=True), Block(value)]
    return [Block(f"{label}: {value}")]


# A figure on its own: "200", "+300", "200+", "+ de 200", "£38,000", "12 %", hedged as counts are ("rund 190", "über
# 2.000", "environ 300", "cerca de 500"); a year alone is a timeline's entry.
_FIGURE = re.compile(rf"(?:[>~≈]|{HEDGE_WORDS})?\s*[£$€]?\s*\d[\d\s.,’']*\s*[+%]?", re.IGNORECASE)
_YEAR = re.compile(r"(?:1[89]|20)\d\d")
_FIGURE_PARTS = (2, 3)
_FIGURE_LABEL_MAX_CHARS = 100
_FIGURE_MAX_ELEMENTS = 12


def _parts_shown(node: HtmlElement) -> list[str] | None:
    """The texts of a few parts shown apart: elements of their own with nothing between them, or lines broken by <br>
    (<strong>200</strong><br>villes membres)."""
    parts = [child for child in node if isinstance(child.tag, str)]
    if len(parts) != len(node) or len(parts) > _FIGURE_PARTS[-1] or next(
            islice(node.iter(), _FIGURE_MAX_ELEMENTS, None), None) is not None:
        return None  # a big block is no key figure: not worth reading its parts' texts
    if any(part.tag == "br" for part in parts):
        lines = " ".join([node.text or ""] + [("\n" if part.tag == "br" else text_of(part)) + " " + (part.tail or "")
                                               for part in parts]).split("\n")
        return [fold_whitespace(line) for line in lines]
    if (node.text or "").strip() or any((part.tail or "").strip() for part in parts):
        return None
    return [text_of(part) for part in parts]


_YEAR_LABEL_MAX_CHARS = 40
_DIGIT = re.compile(r"\d")


def _labelled_year(texts: list[str]) -> str | None:
    """A year and a short label without figures, in either order ("1979" / "année de création", "Adhésion de la
    Ville" / "2008"), as the row "année de création: 1979"; a longer text beside a year is a timeline's entry."""
    if len(texts) != 2 or not any(_YEAR.fullmatch(text) for text in texts):
        return None
    year, label = texts if _YEAR.fullmatch(texts[0]) else texts[::-1]
    if len(label) > _YEAR_LABEL_MAX_CHARS or _DIGIT.search(label) or label.endswith("."):
        return None
    if find_counts(f"{year} {label}"):
        return None  # "2015" / "villes membres": a count as big as a year, not a date
    return f"{label.rstrip(' :')}: {year}"


# A year since when, shown as a key figure: "seit 1993", "depuis 1991", "since 2008", "desde 2004", "dal 1991".
_SINCE_YEAR = re.compile(r"(?:seit|depuis|since|desde|dal|dall['’]|fin\s+dal)\s*(?:1[89]|20)\d\d", re.IGNORECASE)


def _labelled_since(texts: list[str]) -> str | None:
    """A year since when and a short label without figures, in their order, as one line ("seit 1993" / "ist Tübingen
    Mitglied": "seit 1993 ist Tübingen Mitglied"; "Membre" / "depuis 1991": "Membre depuis 1991")."""
    if len(texts) != 2 or not any(_SINCE_YEAR.fullmatch(text) for text in texts):
        return None
    label = texts[1] if _SINCE_YEAR.fullmatch(texts[0]) else texts[0]
    if len(label) > _YEAR_LABEL_MAX_CHARS or _DIGIT.search(label) or label.endswith("."):
        return None
    return " ".join(texts)


# A key figure that is a place, its label the seat's ("Paris" / "siège du secrétariat permanent", "Headquarters" /
# "Brussels"): the row "siège du secrétariat permanent: Paris". A name of a few capitalised words, no figure.
_PLACE_SHOWN = re.compile(r"[A-ZÀ-Þ][\w'’-]*(?: (?:(?:de|del|di|la|sur|am|an der|upon) )?[A-ZÀ-Þ][\w'’-]*){0,3}")
_SEAT_CAPTION = re.compile(r"(?:siège|secrétariat|seat|headquarters|head office|hq|secretariat|sitz|sekretariat"
                           r"|geschäftsstelle|sede|secretaría|secretariado|segretariato|segreteria)\b", re.IGNORECASE)
_SEAT_CAPTION_CHARS = 60


_ROWS_OF_THEIR_OWN = ("table", "thead", "tbody", "tr", "ul", "ol", "dl")


def _seat_figure(node: HtmlElement, texts: list[str] | None) -> str | None:
    """A key figure that is the seat's city, in parts that are no rows of a table or a list of their own."""
    return None if texts is None or node.tag in _ROWS_OF_THEIR_OWN else _labelled_place(texts)


def _labelled_place(texts: list[str]) -> str | None:
    if len(texts) != 2 or not all(texts):
        return None
    label, place = texts if _SEAT_CAPTION.match(texts[0]) else texts[::-1]
    if not _SEAT_CAPTION.match(label) or _SEAT_CAPTION.match(place) or len(label) > _SEAT_CAPTION_CHARS or not (
            _PLACE_SHOWN.fullmatch(place)) or find_networks(place) or _LABELLED_ROW.match(label):
        return None  # a caption with its value ("Sede: Bogotá" beside a card's heading) is a row of its own
    if label.endswith((".", "!", "?")):
        return None  # a sentence that names the seat ("Sitz von Eurocities ist Brüssel."), under a heading of its own
    return f"{label.rstrip(' :')}: {place}"


def _key_figure(texts: list[str] | None) -> str | None:
    """A key figure shown in parts of their own (`_parts_shown`), a number and its label (<p>200</p><p>villes
    membres</p>, or the label first), as one line: "200 villes membres", "Villes membres: 200"."""
    if texts is None or len(texts) not in _FIGURE_PARTS:
        return None
    if not all(texts) or any(len(text) > _FIGURE_LABEL_MAX_CHARS for text in texts):
        return None
    if year_row := _labelled_year(texts):
        return year_row
    if since_row := _labelled_since(texts):
        return since_row
    figures = [index for index, text in enumerate(texts) if _FIGURE.fullmatch(text) and not _YEAR.fullmatch(text)]
    if len(figures) != 1:
        return None
    if figures[0] == len(texts) - 1 and len(texts) == 2:
        return f"{texts[0].rstrip(' :')}: {texts[1]}"
    return " ".join(texts)


_PERSON_NAME = re.compile(r"[A-ZÀ-Þ][\w'’.-]+(?: [A-ZÀ-Þ][\w'’.-]+){1,3}")
_PRESIDING_ROLE = re.compile(r"(?:the |la |le |el |die |der )?(?:president|présidente?|presidente|presidenta"
                             r"|präsident(?:in)?|chair(?:person|woman|man)?|vorsitzende[r]?)\b", re.IGNORECASE)


_CLASS_SEPARATORS = re.compile(r"[-_\s]+")
_LABEL_CLASS_WORDS = {"label", "key", "term", "etiqueta", "libelle", "intitule", "etichetta", "bezeichnung"}
_VALUE_CLASS_WORDS = {"value", "valor", "valeur", "valore", "wert"}
_INLINE_LABEL_MAX_WORDS = 3
_ROW_TAGS = ("li", "p", "dd", "td")


def _class_words_of(element: HtmlElement) -> set[str]:
    return set(_CLASS_SEPARATORS.split((element.get("class") or "").lower()))


def _labelled_parts(node: HtmlElement) -> str | None:
    """A fact sheet's row written as a label and a value in elements of their own (<span class="label">Founded</span>
    <span class="value">1986</span>), or as a short label before its value in bold (<li>Sede <b>Barcelona</b></li>),
    as "Label: value"."""
    parts = [child for child in node if isinstance(child.tag, str)]
    if len(parts) != len(node) or any((part.tail or "").strip() for part in parts):
        return None
    if len(parts) == 1 and node.tag in _ROW_TAGS and parts[0].tag in ("strong", "b") and len(parts[0]) == 0:
        label, value = fold_whitespace(node.text or "").rstrip(" :"), text_of(parts[0])
        short_label = 0 < len(label.split()) <= _INLINE_LABEL_MAX_WORDS
    elif len(parts) == 2 and not (node.text or "").strip() and _class_words_of(parts[0]) & _LABEL_CLASS_WORDS and (
            _class_words_of(parts[1]) & _VALUE_CLASS_WORDS):
        label, value, short_label = text_of(parts[0]).rstrip(" :"), text_of(parts[1]), True
    else:
        return None
    return f"{label}: {value}" if short_label and label and value else None


def _person_card(node: HtmlElement, texts: list[str] | None, heading: Callable[[HtmlElement], bool]) -> str | None:
    """A person's card whose heading is a name and whose line under it says that they preside (<h3>Eckart Würzner</h3>
    <p>President of Energy Cities</p>), as one line: "Eckart Würzner, President of Energy Cities"; `texts` are the
    card's parts shown apart."""
    parts = [child for child in node if isinstance(child.tag, str)]
    if texts is None or len(texts) != 2 or len(parts) != 2 or not heading(parts[0]) or heading(parts[1]):
        return None
    name, role = texts
    if not _PERSON_NAME.fullmatch(name) or find_networks(name) or not _PRESIDING_ROLE.match(role):
        return None
    return f"{name}, {role}"


_BOLD = ("strong", "b")


def _alone_on_its_line(element: HtmlElement) -> bool:
    """Nothing but a line break, or the start or end of its block, on either side of the element."""
    before, after = element.getprevious(), element.getnext()
    parent = element.getparent()
    starts = before.tag == "br" if before is not None else not (parent is not None and (parent.text or "").strip())
    ends = not (element.tail or "").strip() and (after is None or after.tag == "br")
    return starts and ends


def _is_bold_title(node: HtmlElement, text: str) -> bool:
    """A line in bold that is a network's name and nothing else (<p><strong>Eurocities</strong><br>Le réseau ...):
    the title of the text under it, as CMS editors write headings."""
    only_child = node[0] if len(node) == 1 and not (node.text or "").strip() else None
    if node.tag in _BOLD:
        bold_line = _alone_on_its_line(node)
    else:
        bold_line = only_child is not None and only_child.tag in _BOLD and not (only_child.tail or "").strip()
    return bold_line and names_only_networks(text)


# "Logo ICORN", "Walled Towns Friendship Circle logo", "Logo: CIDEU", "Logotipo de CIDEU": the word is not the name.
_LOGO_WORD = re.compile(r"^(?:logo(?:tipo|type)?)\b[\s:–-]{0,3}(?:(?:of|de|der|des|du|del|di)\s+)?"
                        r"|[\s:–-]{0,3}\blogo(?:tipo|type)?$", re.IGNORECASE)
_LOGO_WRAPPER_MAX_ELEMENTS = 4


def _logo_of(part: HtmlElement) -> HtmlElement | None:
    """The image a card's first part is: an <img>, or one wrapped without text (a link, a <figure>, a <div>)."""
    if part.tag == "img":
        return part
    elements = list(islice(part.iter(), _LOGO_WRAPPER_MAX_ELEMENTS + 1))
    images = [element for element in elements if element.tag == "img"]
    if len(elements) > _LOGO_WRAPPER_MAX_ELEMENTS or len(images) != 1 or text_of(part):
        return None
    return images[0]


def logo_name(node: HtmlElement) -> str | None:
    """A network's name given only by the logo that opens a card of text about it (<div><img alt="ICORN"><p>...</p>,
    <figure class="card__logo"><img alt="Logo ICORN"></figure>)."""
    first_part = next((child for child in node if isinstance(child.tag, str)), None)
    logo = _logo_of(first_part) if first_part is not None else None
    if logo is None:
        return None
    name = _LOGO_WORD.sub("", fold_whitespace(logo.get("alt") or ""))
    return name if name and names_only_networks(name) and text_of(node) else None


def _under_a_logo(block: Block) -> Block:
    """A card's own title that names no network ("City of Media Arts" under the logo of the UNESCO Creative Cities
    Network) is a line of the card its logo names, not a section of its own."""
    if block.is_heading and not find_networks(block.text) and not _YEAR.fullmatch(block.text):
        return Block(block.text)
    return block


def _timeline_entry(node: HtmlElement) -> list[str]:
    """A timeline's entry whose year is shown apart before its text (<li><span>1993</span><p>Founding of ...</p></li>),
    as one line ("1993: Founding of ..."), so that its figures read as that year's; a text of several blocks (a title
    and a paragraph) as one line each, with the year: a block ends its words' sentence."""
    parts = [child for child in node if isinstance(child.tag, str)]
    if len(parts) == 1 and not (node.text or "").strip():
        return [entry] if (entry := _year_then_its_text(parts[0])) else []
    if len(parts) != 2 or len(parts) != len(node) or (node.text or "").strip() or (parts[0].tail or "").strip():
        return []
    year = text_of(parts[0]) if _is_small(parts[0]) else ""
    return [f"{year}: {text}" for text in _texts_of_blocks(parts[1]) if text] if _YEAR.fullmatch(year) else []


# A timeline's pin: the year in a few nested elements beside an icon (<div class="pin"><i></i><span>1987</span></div>)
_PIN_MAX_ELEMENTS = 5
# A card's wrappers around its title and text (<div class="card-wrapper"><div class="card"><div class="card-body">)
_CARD_MAX_WRAPPERS = 3


def _is_small(element: HtmlElement) -> bool:
    return len(list(islice(element.iter(), _PIN_MAX_ELEMENTS + 1))) <= _PIN_MAX_ELEMENTS


def _inside_lone_wrappers(element: HtmlElement) -> HtmlElement:
    """The element a card's wrappers hold, each the only child of the one around it and with no text of its own."""
    for _ in range(_CARD_MAX_WRAPPERS):
        children = [child for child in element if isinstance(child.tag, str)]
        if len(children) != 1 or len(element) != 1 or (element.text or "").strip() or (
                children[0].tail or "").strip() or children[0].tag not in BLOCK_TAGS:
            break
        element = children[0]
    return element


def _texts_of_blocks(element: HtmlElement) -> list[str]:
    """The texts of an element's blocks (<h3>Title</h3><p>Text</p>), or its whole text when it has text outside them."""
    element = _inside_lone_wrappers(element)
    children = [child for child in element if isinstance(child.tag, str)]
    apart = bool(children) and len(children) == len(element) and not (element.text or "").strip() and all(
        child.tag in BLOCK_TAGS and not (child.tail or "").strip() for child in children)
    return [text_of(child) for child in children] if apart else [text_of(element)]


def _year_then_its_text(year_part: HtmlElement) -> str | None:
    """<li><strong>2008</strong> Córdoba se incorpora a Eurocities</li>: the year in bold, the entry's text after it."""
    if len(year_part) or not year_part.tail:  # a leaf: no subtree to read at every level of a deep nesting
        return None
    year, text = text_of(year_part), fold_whitespace(year_part.tail).lstrip(" .:–—-")
    return f"{year}: {text}" if _YEAR.fullmatch(year) and text else None


_DOCUMENT_FILE = re.compile(r"\.(?:pdf|docx?|odt|xlsx?|ods|pptx?|odp|zip)$", re.IGNORECASE)


def _links_a_document(node: HtmlElement, text: str) -> bool:
    """A line that is mostly a link to a document ("Rapport annuel 2016 : 280 villes (PDF, 3 Mo)"): the document's
    title, which speaks of its own time, not the page's."""
    documents = [anchor for anchor in node.iter("a")
                 if _DOCUMENT_FILE.search(urlsplit(anchor.get("href") or "").path.rstrip("/"))]
    return 2 * sum(len(text_of(anchor)) for anchor in documents) >= len(text) > 0 if documents else False


def link_of(element: HtmlElement | None, page_url: str) -> str | None:
    """The absolute URL an element links to (itself or its first link), without fragment."""
    if element is None:
        return None
    anchor = element if element.tag == "a" else first(element, ".//a[@href]")
    href = followed_href(anchor) if anchor is not None else None
    return urldefrag(urljoin(page_url, href)).url if href else None


def followed_href(anchor: HtmlElement) -> str | None:
    """The href of a link to a page, as written (not a script's, an e-mail address, a place in the page itself)."""
    href = (anchor.get("href") or "").strip()
    return None if not href or href.startswith(("javascript:", "mailto:", "#")) else href


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
