"""How much of one page the extraction reads, whatever the page's size or shape.

The limits count what the page holds, never time, so that a page gives the same rows on every machine. They sit
far above real pages (the mirror's are 5-60 KB, other cities' up to about 2 MB) and keep the extraction of any
page to about a second on two cores (bench/pathological_pages.py measures it). A page over a limit is read as far
as the limit goes, and its row says what was cut.
"""

import re
from dataclasses import replace
from itertools import islice, pairwise

from lxml import etree
from lxml.html import HtmlElement

from .content import Block, PageContent, Teaser
from .layouts.html import ParsedDocument

# The markup parsed: libxml2 takes about two microseconds for each element it builds.
MAX_START_TAGS = 100_000
# The elements the layouts walk: reading a list item as a possible news teaser costs about 100 microseconds.
# Drawings (inline SVG: icons, maps) are cheap to walk past and count only towards MAX_ALL_ELEMENTS.
MAX_ELEMENTS = 10_000
MAX_ALL_ELEMENTS = 50_000
# Text in the markup, scripts and styles aside: the layouts read every character a few times (0.3 microsecond).
MAX_MARKUP_TEXT_CHARS = 1_000_000
# Elements times their depth, drawings included: finding the main region reads the whole subtree at each level
# of the wrappers it goes through, about two microseconds an element each time.
MAX_ELEMENT_LEVELS = 300_000
# Text that goes to fact and news extraction (title, headings, paragraphs, teasers): about 5 microseconds a
# character of prose full of figures and network names, and 60 microseconds a paragraph however short.
MAX_TEXT_CHARS = 100_000
MAX_PARAGRAPHS = 2_000
# Figures in that text: each is read for a count, with a dozen checks of its clause, about a millisecond when they
# come densely (a run of figures without sentences). Real pages hold fewer than a hundred.
MAX_FIGURES = 1_000
# A run of letters this long is no word (pasted base64, a hash): no fact is in it and no sentence regex needs it.
MAX_WORD_CHARS = 200
# The claim finders scan a sentence once for each figure in it: a longer "sentence" (figures listed with commas, a
# table's text run together) is read in pieces, each as a paragraph of its own. Real sentences stay under 400.
MAX_SENTENCE_CHARS = 600
# htmldate reads all the markup again, its text included, for a date it only guesses: the start of a page will do.
MAX_DATE_GUESS_CHARS = 300_000

_START_TAG = re.compile(r"<[A-Za-z]")
_FIGURE = re.compile(r"\d+")
# From a word's start only: tried inside a long word, it would rescan the word from every letter.
_LONG_WORD = re.compile(rf"(?<!\S)\S{{{MAX_WORD_CHARS + 1},}}")
# Where text.split_sentences may end a sentence (it also keeps initials like "M. Dupont" together).
_SENTENCE_END = re.compile(r"[.!?…]\s+(?=[«\"“(A-ZÀ-ÖØ-Þ0-9])")
_COUNT_ELEMENTS = etree.XPath("count(//*)")
_DRAWING = "svg"
_COUNT_DRAWING_PARTS = etree.XPath(f"count(//{_DRAWING}//*)")
_UNREAD_TEXT_TAGS = ("script", "style")
_TEXT_LENGTH = etree.XPath("string-length(/)")
_UNREAD_TEXTS = etree.XPath(" | ".join(f"//{tag}/text()" for tag in _UNREAD_TEXT_TAGS))
# Depths no element may go past, each with the XPath that says whether one does.
_DEPTH_BOUNDS = tuple((depth, etree.XPath("boolean(/" + "/".join(["*"] * (depth + 1)) + ")"))
                      for depth in (25, 50, 100, 200))


class PageBudget:
    """The limits applied to one page, step by step, and the reasons of whatever they cut."""

    def __init__(self) -> None:
        self._cuts: list[str] = []

    def cut_short(self) -> str | None:
        """The page row's account of what was cut, when anything was."""
        return "extraction cut short: " + "; ".join(dict.fromkeys(self._cuts)) if self._cuts else None

    def markup(self, text: str) -> str:
        """The text before the tag that would start element MAX_START_TAGS + 1 (tags in scripts count too)."""
        if text.count("<") <= MAX_START_TAGS:
            return text
        beyond = next(islice(_START_TAG.finditer(text), MAX_START_TAGS, None), None)
        if beyond is None:
            return text
        self._cuts.append(f"markup over {MAX_START_TAGS:,} tags")
        return text[:beyond.start()]

    def document(self, parsed: ParsedDocument) -> HtmlElement:
        """The parsed tree, without what comes after one of the limits on markup in reading order."""
        if parsed.stopped_early:
            self._cuts.append(f"the HTML parser stopped early ({parsed.stopped_early})")
        root = parsed.root
        if not _within_limits(root) and (reason := _cut_at_limits(root)):
            self._cuts.append(reason)
        return root

    def content(self, content: PageContent) -> PageContent:
        """The title, blocks and teasers that fit in MAX_TEXT_CHARS and MAX_PARAGRAPHS, in reading order, without
        words over MAX_WORD_CHARS, a sentence over MAX_SENTENCE_CHARS in pieces. The main text stays whole: the
        page's fingerprint covers all of it."""
        room = _Room()
        title, *title_rest = _readable(content.title)
        if title_rest:
            room.cuts.append(f"title cut at a sentence over {MAX_SENTENCE_CHARS:,} characters")
        title = room.take(title, paragraph=False)
        blocks: list[Block] = []
        for block in content.blocks:
            for piece in _readable(block.text):
                if text := room.take(piece):
                    blocks.append(Block(text, block.is_heading) if text is not block.text else block)
            if room.cut:
                break
        teasers: list[Teaser] = []
        for teaser in content.teasers:
            if room.cut:
                room.cuts.append(f"{len(content.teasers) - len(teasers):,} news teasers unread")
                break
            (title_text, *title_rest), (summary, *summary_rest) = _readable(teaser.title), _readable(teaser.summary)
            if title_rest or summary_rest:
                room.cuts.append(f"news teasers cut at a sentence over {MAX_SENTENCE_CHARS:,} characters")
            # A teaser is read whole or not at all: half a title makes a wrong news row.
            if room.take(f"{title_text} {summary}", whole=True):
                teasers.append(replace(teaser, title=title_text, summary=summary))
        self._cuts += room.cuts
        return replace(content, title=title, blocks=tuple(blocks), teasers=tuple(teasers))


class _Room:
    """What is left of MAX_TEXT_CHARS and MAX_PARAGRAPHS, and why the text stopped there, once it has."""

    def __init__(self) -> None:
        self.chars, self.paragraphs, self.figures = MAX_TEXT_CHARS, MAX_PARAGRAPHS, MAX_FIGURES
        self.cuts: list[str] = []

    @property
    def cut(self) -> bool:
        return bool(self.cuts)

    def take(self, text: str, paragraph: bool = True, whole: bool = False) -> str:
        """`text`, or the words of it that still fit ("" when none or when it must fit whole)."""
        if paragraph and self.paragraphs == 0:
            self.cuts.append(f"main text over {MAX_PARAGRAPHS:,} paragraphs and news teasers")
            return ""
        if len(text) > self.chars:
            self.cuts.append(f"main text over {MAX_TEXT_CHARS:,} characters")
            text = "" if whole else _words_within(text, self.chars)
        figures = list(islice(_FIGURE.finditer(text), self.figures + 1))
        if len(figures) > self.figures:
            self.cuts.append(f"main text over {MAX_FIGURES:,} figures")
            text = "" if whole else _words_within(text, figures[-1].start())
            figures = figures[:-1]
        self.chars -= len(text)
        self.paragraphs -= paragraph
        self.figures -= len(figures) if text else 0
        return text


def _words_within(text: str, chars: int) -> str:
    """The words `text` starts with that fit in `chars` characters."""
    start = text[:chars + 1]
    return start[:start.rfind(" ")].rstrip() if " " in start else ""


def _readable(text: str) -> list[str]:
    """`text` without words over MAX_WORD_CHARS, in pieces that end at the ends of its sentences over
    MAX_SENTENCE_CHARS (and inside them at a comma or a space), or whole when it has none."""
    if len(text) > MAX_WORD_CHARS and _LONG_WORD.search(text):
        text = " ".join(_LONG_WORD.sub(" ", text).split())
    if len(text) <= MAX_SENTENCE_CHARS:
        return [text]
    starts = [0, *(end.start() + 1 for end in _SENTENCE_END.finditer(text)), len(text)]
    pieces, piece_start = [], 0
    for start, end in pairwise(starts):
        if end - start > MAX_SENTENCE_CHARS:
            pieces += [text[piece_start:start].strip()] if start > piece_start else []
            pieces += _wrapped(text[start:end].strip())
            piece_start = end
    return pieces + [text[piece_start:].strip()] if piece_start < len(text) else pieces


def _wrapped(sentence: str) -> list[str]:
    """A long sentence in pieces of at most MAX_SENTENCE_CHARS, cut after a comma or a semicolon in the second
    half of each piece if there is one, else at its last space."""
    pieces = []
    while len(sentence) > MAX_SENTENCE_CHARS:
        window = sentence[:MAX_SENTENCE_CHARS]
        cut = max(window.rfind(", ", MAX_SENTENCE_CHARS // 2), window.rfind("; ", MAX_SENTENCE_CHARS // 2)) + 1
        cut = cut or window.rfind(" ") + 1 or MAX_SENTENCE_CHARS
        pieces.append(sentence[:cut].strip())
        sentence = sentence[cut:].strip()
    return [*pieces, sentence] if sentence else pieces


def _within_limits(root: HtmlElement) -> bool:
    """Whether the tree is surely within the limits on markup, told by XPath calls in C without a walk in Python."""
    elements = _COUNT_ELEMENTS(root)
    if elements > MAX_ALL_ELEMENTS:
        return False
    if elements > MAX_ELEMENTS and elements - _COUNT_DRAWING_PARTS(root) > MAX_ELEMENTS:
        return False
    # Elements times their depth is at most their number times a depth none goes past.
    depth_bound = next((depth for depth, deeper in _DEPTH_BOUNDS if not deeper(root)), None)
    if depth_bound is None or elements * depth_bound > MAX_ELEMENT_LEVELS:
        return False
    text_chars = _TEXT_LENGTH(root)
    return (text_chars <= MAX_MARKUP_TEXT_CHARS
            or text_chars - sum(len(text) for text in _UNREAD_TEXTS(root)) <= MAX_MARKUP_TEXT_CHARS)


def _cut_at_limits(root: HtmlElement) -> str | None:
    """Cut the tree where it goes past one of the limits on markup, and say which one."""
    depth = elements = all_elements = levels = text_chars = drawing_depth = 0
    for event, element in etree.iterwalk(root, events=("start", "end")):
        if event == "end":
            drawing_depth = 0 if depth == drawing_depth else drawing_depth
            depth -= 1
            text_chars += len(element.tail or "")
            if text_chars > MAX_MARKUP_TEXT_CHARS:
                element.tail = element.tail[:len(element.tail) - (text_chars - MAX_MARKUP_TEXT_CHARS)]
                _drop_after(element)
                return f"markup over {MAX_MARKUP_TEXT_CHARS:,} characters of text"
            continue
        depth += 1
        all_elements += 1
        levels += depth
        if not drawing_depth:
            elements += 1
            drawing_depth = depth if element.tag == _DRAWING else 0
        reason = (f"markup over {MAX_ELEMENTS:,} elements" if elements > MAX_ELEMENTS
                  else f"markup over {MAX_ALL_ELEMENTS:,} elements with those of drawings"
                  if all_elements > MAX_ALL_ELEMENTS
                  else f"markup over {MAX_ELEMENT_LEVELS:,} element levels (elements times their depth)"
                  if levels > MAX_ELEMENT_LEVELS else None)
        if reason:
            _drop_after(element)
            element.getparent().remove(element)
            return reason
        text_chars += len(element.text or "") if element.tag not in _UNREAD_TEXT_TAGS else 0
        if text_chars > MAX_MARKUP_TEXT_CHARS:
            element.text = element.text[:len(element.text) - (text_chars - MAX_MARKUP_TEXT_CHARS)]
            del element[:]
            element.tail = None
            _drop_after(element)
            return f"markup over {MAX_MARKUP_TEXT_CHARS:,} characters of text"
    return None


def _drop_after(element: HtmlElement) -> None:
    """Remove what follows `element` and its tail in reading order: the later siblings of it and of each of
    its ancestors, and the text after each ancestor."""
    node = element
    while (parent := node.getparent()) is not None:
        del parent[parent.index(node) + 1:]
        if node is not element:
            node.tail = None
        node = parent
