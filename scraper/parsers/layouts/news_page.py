"""Whether a page is itself one news item, by what it shows: a kind label by its title ("Actualité",
"Communiqué de presse", "Press release"), a news type it declares for itself (schema.org NewsArticle,
BlogPosting, Event...), its address, or a publication date (by its title, or in its article metadata) on a
page that calls itself an article (an <article> element, og:type, schema.org Article). A list of news is
never one item.

A date line alone says little: paris.fr shows "Mise à jour le ..." on every page, and a topic page may
say when it was published.
"""

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import timedelta
from itertools import islice

from lxml.html import HtmlElement

from ..content import Block, Teaser
from ..dates import WEEKDAY_PATTERN, PartialDate, date_at, time_ago
from ..events import names_a_day_near
from ..page_date import find_page_date, from_publication, update_day, updated_only
from ..page_metadata import PageMetadata, metadata_date
from ..text import fold_whitespace
from .html import has_block_child, text_of

# What a page says it is, above or beside its title; "Actualités" (plural) heads a list, not an item.
KIND_LABELS = frozenset({
    "actualité", "communiqué", "communiqué de presse", "article", "news", "press release", "pressemitteilung",
    "meldung", "noticia", "nota de prensa", "notizia", "comunicato stampa", "comunicato", "nota stampa",
    # an event's own page, an item of the agenda
    "événement", "évènement", "event", "veranstaltung", "evento",
})
# "Article" is what some sites call every editorial page (montreal.ca labels its topic pages so): it says the
# page is an article, not that it is news.
_ARTICLE_LABEL = "article"
# Titles of a page that lists news.
LIST_TITLES = frozenset({
    "actualités", "toutes les actualités", "communiqués", "communiqués de presse", "news", "latest news",
    "press releases", "pressemitteilungen", "meldungen", "aktuelles", "nachrichten", "noticias", "notas de prensa",
    "notizie", "comunicati stampa", "comunicati", "note stampa", "ultime notizie",
    "agenda", "événements", "évènements", "events", "upcoming events", "veranstaltungen", "eventos", "eventi",
})
_LABELS = "|".join(sorted(KIND_LABELS, key=len, reverse=True))
_LABEL = re.compile(r"(?P<label>" + _LABELS + r")(?P<rest>(?:\s*[|·•–—:,/-])?.*)", re.IGNORECASE)
# A date, then the label: "12 March 2025 | Press release"
_LABEL_LAST = re.compile(r"(?P<rest>.+?)\s*[|·•–—]\s*(?P<label>" + _LABELS + r")", re.IGNORECASE)
_NEARBY_LINES = 2  # lines read on each side of the title
_WRAPPER_LEVELS = 3  # how far up from the title its neighbours are looked for
_LINE_MAX_CHARS = 80  # a kind label or a date line is short; a longer line is prose
_TIME_AFTER_DATE_MAX_CHARS = 12  # "12 mars 2024 à 10h30"
_SEPARATORS = " |·•–—:,/-"
_LABEL_SEPARATOR = re.compile(r"\s*[|·•–—]|\s+-\s")  # "Actualité · International", "News - 12.03.2024"
_DIGIT = re.compile(r"\d")  # every date line has one: a cheap test before reading a date
_DATE_PARTS = 3  # a date split into day, month and year
# What may come before the date of a date line: an author and a separator ("Rédaction AIMF — "), or a word
# that links a label to its date ("Pressemitteilung vom ").
_AUTHOR = r"[^|·•–—]{2,40}?\s[-|·•–—]\s*"
# "Mardi 12 mars 2024", "Tuesday, 12 March 2024", "Dienstag, 12. März 2024", "martedì 12 marzo 2024"
_WEEKDAY_BEFORE = rf"(?:(?:le|am|el|il|on)\s+)?{WEEKDAY_PATTERN}\s+(?:(?:le|den|the)\s+)?"
_BEFORE_DATE = [re.compile(_AUTHOR),
                re.compile(r"(?:le|du|vom|am|del|el|il|of|on|dated|from)\s+", re.IGNORECASE),
                re.compile(r"(?:date|data|datum|fecha)\s*:\s*", re.IGNORECASE),  # "Data: "
                re.compile(_WEEKDAY_BEFORE, re.IGNORECASE),
                re.compile(_AUTHOR + _WEEKDAY_BEFORE, re.IGNORECASE),  # "Communications team | Wednesday 12 February"
                # a dateline: "Graz, 28. Februar 2025", "Bilbao, 10 de marzo de 2025", with the place's state or
                # province: "Guadalajara, Jalisco, 23 de octubre de 2026", "Guadalajara, Jal., a 5 de noviembre de 2026"
                re.compile(r"[^\W\d_][\w.'’ -]{1,30},(?:\s+[^\W\d_][\w.'’ -]{0,30},)?"
                           r"\s+(?:(?:le|am|den|el|il|on|a)\s+)?"),
                # a kind word of the site's own and its linking word: "Artikel vom 12.03.2025", "Nota del 12/03/2025"
                re.compile(r"[^\W\d_]{3,25}\s+(?:vom|du|del|dal)\s+", re.IGNORECASE),
                # a number before the date: "(Pressemitteilung) Nr. 123 vom", "(Communiqué) n° 45 du", "No. 12 of"
                re.compile(r"(?:nr|no|n°|n|núm|num)\.?\s*\d+(?:/\d+)?\s+(?:vom|du|del|dal|of)\s+", re.IGNORECASE),
                # a byline without a separator: "Von Max Muster am", "By Jane Smith on", "Par la rédaction le"
                re.compile(r"(?:par|by|von|por|di)\s+[^\W\d_][\w.'’ -]{1,40}?\s+(?:le|am|el|il|on)\s+", re.IGNORECASE),
                # the same after the verb: "Written by Jane Smith on", "Scritto da Maria Rossi il", "Publié par ... le"
                re.compile(r"(?:written|posted|published|publiée?|écrit|geschrieben|verfasst|escrito|publicado|scritto"
                           r"|pubblicato"
                           r"|rédigée?|redactad[oa]|redatt[oa]"
                           # a service's long name, and a comma before the linking word: "Rédigé par la Direction
                           # des relations internationales, le"
                           r")\s+(?:par|by|von|por|da|di)\s+[^\W\d_][\w.'’ -]{1,60}?"
                           r",?\s+(?:le|am|el|il|on)\s+", re.IGNORECASE),
                re.compile(r"for\s+immediate\s+release\s*:?\s*", re.IGNORECASE)]


@dataclass(frozen=True)
class Headline:
    """What a page shows by its title."""
    title: str
    kind_label: str | None = None  # "Actualité", "Press release", "Article"
    published: PartialDate | None = None  # a date line by the title that is not only an update
    in_article: bool = False  # the title heads an <article> element
    in_plain_page: bool = False  # that <article> is typed a plain page by the site's CMS
    meta_lines: frozenset[str] = frozenset()  # the label and date lines by the title: about the page, not prose
    published_ago: timedelta | None = None  # a relative date line by the title ("Publié hier", "2 days ago")


@dataclass(frozen=True)
class _Line:
    text: str
    element: HtmlElement | None  # the block it is the text of; None for loose text between blocks

    def parts_text(self) -> str:
        """Its text with its few parts apart: <span>12</span><span>mars</span><span>2025</span> -> "12 mars 2025"."""
        element = self.element
        if element is None or not 1 < len(element) <= _DATE_PARTS or any(len(child) for child in element):
            return self.text
        return fold_whitespace(" ".join(element.itertext()))

    def is_link(self) -> bool:
        """All its text is link text: a menu entry or a category, never the page's date."""
        return self.element is not None and self.text == fold_whitespace(
            " ".join(text_of(anchor) for anchor in self.element.iter("a")))


def _lines(element: HtmlElement, backwards: bool = False) -> Iterator[_Line]:
    """The element's text lines in reading order (or from the last one): each block without block children
    is one line, loose text between blocks another. Lazy, so that a long body costs little."""
    if not isinstance(element.tag, str):
        return
    if not has_block_child(element) or _label_over_its_value(element):
        if text := text_of(element):
            yield _Line(text, element)
        return
    pieces: list = [element.text]
    for child in element:
        pieces += [child, child.tail]
    for piece in reversed(pieces) if backwards else pieces:
        if isinstance(piece, str):
            if text := fold_whitespace(piece):
                yield _Line(text, None)
        elif piece is not None:
            yield from _lines(piece, backwards)


_LABEL_MAX_CHARS = 30


def _label_over_its_value(element: HtmlElement) -> bool:
    """A short label and the block of its value, nothing else (<div><small>Data:</small><p>14 gennaio 2025</p></div>):
    one line, "Data: 14 gennaio 2025", as a reader reads it."""
    parts = [child for child in element if isinstance(child.tag, str)]
    if len(parts) != 2 or (element.text or "").strip() or any((part.tail or "").strip() for part in parts):
        return False
    label, value = parts
    return (not has_block_child(label) and has_block_child(element) and not has_block_child(value)
            and (text := text_of(label)).endswith(":") and len(text) <= _LABEL_MAX_CHARS)


def _lines_around(title: HtmlElement) -> tuple[list[_Line], list[_Line]]:
    """Up to two lines right before the title and two right after it, nearest first, looking past a few
    wrappers (<header><div><h1>) but not out of the page's top."""
    before: list[_Line] = []
    after: list[_Line] = []
    node = title
    for _ in range(_WRAPPER_LEVELS):
        for nearby, siblings, backwards in ((before, node.itersiblings(preceding=True), True),
                                            (after, node.itersiblings(), False)):
            for sibling in siblings:
                if len(nearby) >= _NEARBY_LINES:
                    break
                nearby += islice(_lines(sibling, backwards), _NEARBY_LINES - len(nearby))
        node = node.getparent()
        if node is None or node.tag in ("body", "html") or len(before) + len(after) >= 2 * _NEARBY_LINES:
            break
    return before, after


def kind_label(line: str) -> str | None:
    """The kind label a short line starts with, alone or before a separator or a date:
    "Communiqué de presse – 12 mars 2024" -> "Communiqué de presse"."""
    found = _LABEL.fullmatch(line.strip())
    if not found:
        last = _LABEL_LAST.fullmatch(line.strip())
        return last.group("label") if last and date_line(last.group("rest")) else None
    after_label = found.group("rest")
    if after_label.strip() and not (_LABEL_SEPARATOR.match(after_label) or date_line(after_label.strip(" :,"))):
        return None  # "News, stories and press releases from ...": a sentence that starts with the word
    return found.group("label")


def is_only_a_kind_label(line: str) -> bool:
    """The line is a kind label and nothing else ("Actualités", "Press release"): `kind_label(line) == line`, without
    reading a date after it, which costs a list of thousands of links that much per link."""
    found = _LABEL.fullmatch(line)
    return found is not None and found.group("label") == line


# A weekday, written whole or short, before a date: "Wed, 12 Mar 2025", "Mi., 12.03.2025", "mer. 12/03/2025",
# "Mié 12/03/2025", "gio 12 marzo 2025".
_WEEKDAY_ABBREVIATIONS = (r"lun|mar|mer|jeu|ven|sam|dim|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|mo|di|mi|do|fr|sa"
                          r"|so|mié|mie|jue|vie|sáb|sab|dom|gio")
_WEEKDAY_FIRST = re.compile(rf"(?:{WEEKDAY_PATTERN}|(?:{_WEEKDAY_ABBREVIATIONS})\b\.?,?)\s*", re.IGNORECASE)


def date_only(text: str) -> PartialDate | None:
    """The date that text starts with, after its weekday at most, and nearly fills ("12 mars 2024 à 10h30",
    "Wed, 12 Mar 2025"), to the month at least."""
    found = date_at(text, 0)
    if not found and (weekday := _WEEKDAY_FIRST.match(text)):
        found = date_at(text, weekday.end())
    if found and found[0].month and len(text) - found[1] <= _TIME_AFTER_DATE_MAX_CHARS:
        return found[0]
    return None


def date_line(line: str) -> PartialDate | None:
    """The date of a short line that is only a date, after a label, an author or a linking word at most:
    "Publié le 12 mars 2024", "12 mars 2024", "Actualité · 12/03/2024", "Rédaction AIMF — 18 novembre 2024",
    "Pressemitteilung vom 27.09.2024"; never the date in a sentence. A longer meta line of pieces apart is read by its
    first ("Guadalajara, Jalisco, 23 de octubre de 2026 · Por: Coordinación de Comunicación Social")."""
    if len(line) > _LINE_MAX_CHARS:
        pieces = _META_PIECE_SEPARATOR.split(line, maxsplit=1)
        return date_line(pieces[0]) if len(pieces) == 2 and len(pieces[0]) <= _LINE_MAX_CHARS else None
    if stated := find_page_date(from_publication(line)):
        return stated
    labelled = _LABEL.fullmatch(line.strip()) or _LABEL_LAST.fullmatch(line.strip())
    rest = labelled.group("rest").strip(_SEPARATORS) if labelled else line.strip()
    if stated := date_only(rest):
        return stated
    for before_date in _BEFORE_DATE:
        if (found := before_date.match(rest)) and (stated := date_only(rest[found.end():])
                                                   or _date_before_pieces(rest[found.end():])
                                                   or _date_before_byline(rest[found.end():])):
            return stated
    return _date_before_pieces(rest) or _date_before_byline(rest)


# "12 mars 2025 | Par Marie Dupont | 3 min de lecture": a meta line's date, then its author or reading time. Not a
# dash, which may join the date to the last day of a span.
_META_PIECE_SEPARATOR = re.compile(r"\s*[|·•]\s*")


def _date_before_pieces(line: str) -> PartialDate | None:
    """The date that heads a meta line of pieces apart ("12 mars 2025 | Par Marie Dupont | Lecture 3 min")."""
    pieces = _META_PIECE_SEPARATOR.split(line, maxsplit=1)
    return date_only(pieces[0]) if len(pieces) == 2 else None


# "Le 12/03/2025 par Service communication", "12 March 2025 by the Press Office": a byline after the date.
_BYLINE_AFTER = re.compile(r"\s+(?:par|by|von|por|di|da)\s+[^\W\d_][\w.'’ -]{0,60}$", re.IGNORECASE)


def _date_before_byline(line: str) -> PartialDate | None:
    """The date that a line starts with, before its author."""
    byline = _BYLINE_AFTER.search(line)
    return date_only(line[:byline.start()]) if byline else None


def _date_in_line(line: _Line) -> PartialDate | None:
    """The date of a line, or of one of its parts: "<span>10/03/2025</span> <span>Alcaldía</span>" shows a date
    beside the section it comes from."""
    if found := date_line(line.text) or date_line(line.parts_text()):
        return found
    parts = () if line.element is None else (text_of(part) for part in line.element if isinstance(part.tag, str))
    if found := next((found for part in parts if _DIGIT.search(part) and _beside_few_words(line.text, part)
                      and (found := date_only(part))), None):
        return found
    return _title_attribute_date(line.element) if line.element is not None else None


def _first_part_date(line: _Line) -> PartialDate | None:
    """The date of a long meta line made of a few parts in elements of their own and nothing between them, the date
    first ("<span>Fecha de publicación: 27 de octubre de 2026</span> <span>Por: Secretaría de Desarrollo
    Económico</span>"), as a line of pieces apart by "|" is read by its first; never a sentence after a date."""
    element = line.element
    if (element is None or not 1 < len(element) <= _DATE_PARTS or (element.text or "").strip()
            or any(not isinstance(part.tag, str) or (part.tail or "").strip() for part in element)):
        return None
    first = text_of(element[0])
    return date_line(first) if _DIGIT.search(first) and len(first) <= _LINE_MAX_CHARS else None


_BESIDE_PART_MAX_CHARS = 30  # "Alcaldía", "Relations internationales · 3 min"


def _beside_few_words(line: str, part: str) -> bool:
    """The rest of the line is a few words beside the part (a section's name), not a sentence around it ("La
    prochaine rencontre aura lieu le <time>5 juin 2025</time> à Lyon.")."""
    return len(line) - len(part) <= _BESIDE_PART_MAX_CHARS


def _title_attribute_date(element: HtmlElement) -> PartialDate | None:
    """The day in the title attribute of a relative date: <span title="12/03/2025 09:00">il y a 8 jours</span>."""
    for node in element.iter():
        title = node.get("title") if isinstance(node.tag, str) else None
        if title and _DIGIT.search(title) and (found := metadata_date(title)) and found.day:
            return found
    return None


# The content type a CMS writes in its article's classes for a page of the site, as against a post or a news item:
# WordPress "type-page", Drupal "node--type-page" and "node--page".
_PLAIN_PAGE_CLASSES = frozenset({"type-page", "node--type-page", "node--page", "node-page"})


def _typed_a_plain_page(article: HtmlElement) -> bool:
    return not _PLAIN_PAGE_CLASSES.isdisjoint((article.get("class") or "").lower().split())


def read_headline(title: HtmlElement | None) -> Headline:
    """The kind label and the publication date shown by the title (its own leading label too:
    <h1><span>Communiqué</span> ...</h1>), and whether it heads an <article>."""
    if title is None:
        return Headline("")
    before, after = _lines_around(title)
    own_label = next((text for child in title if isinstance(child.tag, str) and (text := text_of(child))), "")
    labelled = [(line, found) for line in [own_label, *(line.text for line in [*before, *after])]
                if len(line) <= _LINE_MAX_CHARS and (found := kind_label(line))]
    dated = [(line.text, found) for line in [*before, *after] if _DIGIT.search(line.text) and not line.is_link()
             and (found := _date_in_line(line) if len(line.text) <= _LINE_MAX_CHARS else _first_part_date(line))]
    published = next((found for line, found in dated if not updated_only(line)), None)
    relative = [(line.text, ago) for line in [*before, *after] if (ago := time_ago(line.text)) is not None]
    labels = [label for _, label in labelled]
    if title_label := _label_before_colon(text_of(title)):
        labels.append(title_label)
    return Headline(
        title=text_of(title),
        kind_label=next((label for label in labels if _says_news(label)), labels[0] if labels else None),
        published=published,
        in_article=any(ancestor.tag == "article" for ancestor in title.iterancestors()),
        in_plain_page=any(ancestor.tag == "article" and _typed_a_plain_page(ancestor)
                          for ancestor in title.iterancestors()),
        meta_lines=frozenset(line for line, _ in labelled + dated + relative),
        published_ago=next((ago for _, ago in relative), None),
    )


# "Communiqué de presse : la Ville accueille ...", "Pressemitteilung: Besuch aus Lyon": the title's own first words.
_LABEL_BEFORE_COLON = re.compile(r"(?P<label>" + _LABELS + r")\s*:\s+\S", re.IGNORECASE)


def _label_before_colon(title: str) -> str | None:
    """The kind label a title starts with, before a colon."""
    found = _LABEL_BEFORE_COLON.match(title)
    return found.group("label") if found else None


def _is_news_type(name: str) -> bool:
    return name.endswith(("NewsArticle", "BlogPosting", "PressRelease", "NewsRelease", "Event")) or name == "Festival"


def _declares_news(metadata: PageMetadata) -> bool:
    """The page declares one news item for itself; several items of one news type are a list of them."""
    kinds = Counter(next(name for name in types if _is_news_type(name)) for types in metadata.item_types
                    if any(_is_news_type(name) for name in types))
    return bool(kinds) and max(kinds.values()) == 1


def _declares_a_plain_page(metadata: PageMetadata) -> bool:
    """The page's metadata types it a web page and nothing of an article's (JSON-LD "@type": "WebPage"): a dated
    <article> of such a page is its content with its date of publication, not a news item."""
    names = [name for types in metadata.item_types for name in types]
    return any(name.endswith("WebPage") for name in names) and not any(
        name.endswith(("Article", "Posting")) or _is_news_type(name) for name in names)


def _says_news(label: str | None) -> bool:
    return label is not None and label.casefold() != _ARTICLE_LABEL


def _calls_itself_article(headline: Headline, metadata: PageMetadata) -> bool:
    return (headline.in_article or metadata.og_type == "article" or headline.kind_label is not None
            or any(name.endswith(("Article", "Posting")) for types in metadata.item_types for name in types))


def _list_title(title: str) -> bool:
    """"Actualités", "Press releases": the title of a page that lists news."""
    return title.strip().casefold() in LIST_TITLES


def _teasers_outweigh_prose(teasers: tuple[Teaser, ...], blocks: tuple[Block, ...] | list[Block]) -> bool:
    if len(teasers) < 2:
        return False
    prose = sum(len(block.text) for block in blocks if not block.is_heading)
    return sum(len(teaser.title) + len(teaser.summary) for teaser in teasers) > prose


# A news item may be corrected in the days after it is published; a page updated a month or more after it was
# published is kept up to date: a topic page ("Publié le 12/03/2024 – Mis à jour le 05/11/2025").
_UPDATED_LATER_DAYS = 30
_REPORTED_TIME_CHARS = 20_000  # where a news item names the day it reports: its text, not a long page's every line
_REPORTED_TIME_BLOCKS = 500  # and its first lines, however many tiny ones a page has
_SENTENCE_ENDS = (".", "!", "?", "»", "”", '"')


def _kept_up_to_date(headline: Headline) -> bool:
    updated = max((day for line in headline.meta_lines if (day := update_day(line))), default=None,
                  key=lambda day: day.first_day())
    return bool(headline.published and headline.published.day and updated) and (
        updated.first_day() - headline.published.first_day()).days > _UPDATED_LATER_DAYS


def _a_sections_banner_over_one_item(metadata: PageMetadata, address_says_news: bool, teasers: tuple[Teaser, ...],
                                     blocks: tuple[Block, ...] | list[Block]) -> bool:
    """A list's title over the text ("Actualités" in the page's banner) names the section the page is filed in when
    the page declares one news item for itself at an item's news address and its prose outweighs its teasers."""
    return address_says_news and _declares_news(metadata) and not _teasers_outweigh_prose(teasers, blocks)


def is_news_item(headline: Headline, metadata: PageMetadata, address_says_news: bool,
                 teasers: tuple[Teaser, ...], blocks: tuple[Block, ...] | list[Block], dateline: bool = False,
                 shown: list[Block] | None = None) -> bool:
    """The page is itself one news item (see the module's docstring for the signals). A page that says so by
    a kind label or a declared type stays one however many related teasers follow its text; a news address, a
    press release's dateline opening its text ("Madrid, 8 de octubre de 2026.") or an article's date does not make
    a list of teasers one item. `shown` is the text as shown, its date lines too (an agenda's "26 March 2026")."""
    if _list_title(headline.title) and not _a_sections_banner_over_one_item(metadata, address_says_news, teasers,
                                                                            blocks):
        return False
    if _says_news(headline.kind_label) or _declares_news(metadata):
        return True
    if _teasers_outweigh_prose(teasers, blocks):
        return False
    if address_says_news or dateline:
        return True
    if _kept_up_to_date(headline):
        return False
    published = headline.published or metadata.article_published
    dated = published is not None or headline.published_ago is not None  # "Veröffentlicht vor 2 Tagen" dates it too
    # a plain page shows when it was published and updated, as a news item does: its date alone makes no news of it
    return dated and _calls_itself_article(headline, metadata) and not _declares_a_plain_page(metadata) and (
        not headline.in_plain_page) and _reports_a_time(published, blocks if shown is None else shown,
                                                        headline.meta_lines)


def _reports_a_time(published: PartialDate | None, blocks: tuple[Block, ...] | list[Block],
                    meta_lines: frozenset[str]) -> bool:
    """Whether a dated article that nothing else calls news reads as one: a sentence of its text names a day near its
    own (the event or the step it reports), or it is one run of text. A page whose days near its own all head entries,
    no sentence, is a list or a programme ("12 mars 2026 – Bureau de l'AIMF", "Delibera n. 12 del 14 gennaio 2026 –
    Adesione", "Venerdì 23 maggio 2026"); one in sections under headings that names no such day is a topic page dated
    by its publication ("Publicado el 5 de noviembre de 2024" over "¿Qué hace la red?", "Documentos")."""
    if published is None:  # a relative date line ("Posted 2 days ago") dates a news item's stream
        return True
    title = next((block for block in blocks if block.is_heading), None)  # the page's own, not a section's
    body = [block for block in islice(blocks, _REPORTED_TIME_BLOCKS) if block is not title]
    sentences = " ".join(block.text for block in body if not block.is_heading and block.text.endswith(_SENTENCE_ENDS))
    if names_a_day_near(sentences[:_REPORTED_TIME_CHARS], published):
        return True
    entries = " ".join(block.text for block in body if _an_entrys_line(block, meta_lines))
    if names_a_day_near(entries[:_REPORTED_TIME_CHARS], published):
        return False
    return not any(block.is_heading for block in body)


def _an_entrys_line(block: Block, meta_lines: frozenset[str]) -> bool:
    """A short line of the text that is no sentence (a heading, a list's entry, a table's cell), and does not say when
    the page itself was published or updated ("Publié le 12 mars 2025 par le service communication")."""
    return (len(block.text) <= _LINE_MAX_CHARS and (block.is_heading or not block.text.endswith(_SENTENCE_ENDS))
            and block.text not in meta_lines and _DIGIT.search(block.text) is not None
            and find_page_date(block.text) is None)
