"""Any other page (another city's site, a restyled front end): the main text, headings and news items
found from what pages commonly have in common, without knowing the layout."""

import re
from dataclasses import replace
from itertools import islice
from urllib.parse import SplitResult, urlsplit

from lxml.html import HtmlElement

from .. import FALLBACK_LAYOUT
from ..content import Block, PageContent
from ..dates import WEEKDAY_PATTERN, PartialDate, date_at
from ..page_date import find_page_date, find_page_date_line, labelled_date, published_before_update, updated_only
from ..page_metadata import PageMetadata
from ..text import fold_whitespace
from .base import LayoutParser
from .class_words import looks_like_heading
from .html import blocks_of, document_lang, first, select, text_of
from .main_region import drop_boilerplate, main_region
from .news_items import date_element_beside, day_shown, read_teaser, teaser_elements, time_shown
from .news_page import Headline, date_only, is_news_item, kind_label, read_headline
from .panels import panel_titles, title_panels
from .sidebars import network_bands, network_sidebars, sidebar_boxes, sidebar_teasers

_DATE_LINE_MAX_CHARS = 60
_TITLE_SEPARATOR = re.compile(r"\s+[-–—|·]\s+(?!.*\s[-–—|·]\s)")  # the last one: before the site's name
_NEWS_PATH = re.compile(r"/(?:actualites?|news|presse|communiques?"
                        r"|aktuelles|nachrichten|pressemitteilungen|noticias|notas-de-prensa|notizie|comunicati"
                        # a folder of releases: "/news-releases/2025/05/saskatoon-host-fcm-board"
                        r"|(?:news|press|media)-releases?|communiques-de-presse|comunicados(?:-de-prensa)?"
                        r"|comunicati-stampa|medienmitteilungen"
                        # a press room's item: "/sala-de-prensa/junta-de-la-red", "/newsroom/wecp-agm-2026.html"
                        r"|sala-de-prensa|sala-stampa|salle-de-presse|espace-presse|newsroom|press-room)/[^/]+")
# An item of a news module named by its query: "/Modules/News/en/index.aspx?newsId=7a1c...", "?id_noticia=48",
# "?idNotizia=12", "?meldungId=5"; not a page of any kind a CMS numbers ("index.aspx?articleid=17432").
_NEWS_KIND = r"(?:news|meldung|actualite|noticia|notizia|comunicado|comunicato)"
_NEWS_QUERY = re.compile(rf"(?:^|&)(?:{_NEWS_KIND}_?id|id_?{_NEWS_KIND})=[^&]", re.IGNORECASE)


def _address_says_news(url: SplitResult) -> bool:
    """The address is a news item's: a folder of news items, or a news module's item named in the query."""
    return bool(_NEWS_PATH.search(url.path) or _NEWS_QUERY.search(url.query))


def _is_date_line(text: str) -> bool:
    """"Mise à jour le 19/04/2016", "Published on April 5, 2012", "12 mars 2024": page metadata, not prose."""
    return len(text) <= _DATE_LINE_MAX_CHARS and (find_page_date(text) or date_only(text)) is not None


def _page_date(region: HtmlElement, blocks: list[Block], article_published: PartialDate | None) -> PartialDate | None:
    """The date the page states in its own text (not its teasers'), else in a dateline, else the first <time> it
    shows (the page's other metadata dates come after them, see extract.py). A line that says only when the page was
    updated ("Ultimo aggiornamento: 26/02/2025" at an article's foot) yields to when its article metadata, a line
    labelled "Data:", or its dateline ("Mantova, 19 maggio 2025 –", no later than the update) says it was published."""
    text = " ".join(block.text for block in blocks)
    found = find_page_date_line(text)
    if found:
        stated, cue = found
        # the day the page was published, when it says so beside its update: its metadata's, a "Data:" line's, or its
        # dateline's
        published = updated_only(cue) and (article_published or labelled_date(text) or _dateline_before(blocks, stated)
                                           or published_before_update(text))
        return published or stated
    if dated := _dateline(blocks):
        return dated
    for time in select(region, ".//time[@datetime]"):
        if _stands_alone(time) and (parsed := time_shown(time)):
            return parsed
    return _signature_date(blocks)


def _stands_alone(time: HtmlElement) -> bool:
    """A <time> that is its line's whole text, or shows none: a date line's, not a day named in a sentence ("aura
    lieu le <time>5 juin 2025</time>"), which may be an event's."""
    shown = text_of(time)
    return not shown or text_of(time.getparent()) == shown


# A press release's dateline: "Paris, le 12 mars 2025 –", "Köln, 12.03.2025:", "Madrid, 12 de marzo de 2025.-", its
# weekday before its day ("Brisbane, Thursday 12 March 2026 –", "Graz, Donnerstag, 12. März 2026:"); a dash or a
# colon after the date tells it from a sentence ("À Lyon, le 12 mars 2025, les maires ont signé"), and so does a period
# that ends it before the next sentence ("Graz, 12.03.2025. Die Stadt ..."). The place may have its state or province
# ("Guadalajara, Jalisco, 23 de octubre de 2026.", "EDMONTON, AB — November 18, 2026 —") or its news agency ("Dornbirn
# (OTS) - 10. November 2026 -"), and a dash then comes before the date. A place's name may join its words by a
# particle ("Oaxaca de Juárez, Oax., 22 de abril de 2025.-", "Frankfurt am Main, 3. März 2025:", "Reggio di Calabria,
# 3 marzo 2025 –", "Newcastle upon Tyne, 3 March 2025 –").
_PLACE_PARTICLE = r"(?:d[aeio]|del|de la|de los|de las|am|an der|im|sur|en|upon)\s+"
_DATELINE = re.compile(rf"[A-ZÀ-Þ][\w'’.-]*(?:(?:[ -]| / )(?:{_PLACE_PARTICLE})?[A-ZÀ-Þ][\w'’.-]*){{0,3}}"
                       r"(?:,\s+[A-ZÀ-Þ][\w'’.]{0,20})?"
                       r"(?:\s+\(\w{2,8}\))?(?:,|\s+[-–—])\s+(?:(?:le|den|el|il|am|on|a)\s+)?"
                       rf"(?i:{WEEKDAY_PATTERN}\s+(?:(?:le|den|the)\s+)?)?")
_DATELINE_END = re.compile(r"\.?\s*[-–—:]"
                           r"|\.\s+(?=[A-ZÀ-Þ])")


_DATELINE_PARAGRAPHS = 2  # the body's first, under a lead ("chapô", "standfirst") if the page has one
# A line of the page's metadata above its text, no paragraph of it: "Categoría: Notas de prensa", "Visitas: 713", "NOTA
# DE PRENSA N.° 214-2026", a service strip ("Línea de atención: (084) 22-4050"): short, no sentence's end.
_METADATA_LINE_MAX_CHARS = 100
# A dateline opens the text: it is looked for among the page's first lines only, whatever follows (100,000 short
# links would otherwise each be read as a metadata line to skip).
_DATELINE_AMONG_LINES = 30
_SENTENCE_END = (".", "!", "?", "»", "”", '"')


def _a_metadata_line(text: str) -> bool:
    return len(text) < _METADATA_LINE_MAX_CHARS and not text.endswith(_SENTENCE_END)


def _dateline(blocks: list[Block]) -> PartialDate | None:
    """The day a dateline states at the start of the page's first paragraph, or of the one under its lead (a kind
    label above it, "Actualité", aside; the page's metadata lines, "Visitas: 713", above it), a place and a date
    before the text."""
    paragraphs = (block.text for block in islice(blocks, _DATELINE_AMONG_LINES) if not block.is_heading
                  and not kind_label(block.text) and not _a_metadata_line(block.text))
    if dated := _dated_meta_line(blocks):
        return dated
    for paragraph in islice(paragraphs, _DATELINE_PARAGRAPHS):
        if not (place := _DATELINE.match(paragraph)):
            continue
        found = date_at(paragraph, place.end())
        if found and found[0].day and _DATELINE_END.match(paragraph, found[1]):
            return found[0]
    return None


# The pieces of a meta line: "Guadalajara, Jalisco, 23 de octubre de 2026 · Por: Comunicación Social".
_META_PIECE_SEPARATOR = re.compile(r"\s*[|·•]\s*")


def _dated_meta_line(blocks: list[Block]) -> PartialDate | None:
    """The day of a meta line above the text that opens with a place and its day, its author after it: a press
    release's dateline set apart from its text."""
    for block in islice(blocks, _DATELINE_AMONG_LINES):
        if not block.is_heading and _a_metadata_line(block.text):
            pieces = _META_PIECE_SEPARATOR.split(block.text, maxsplit=1)
            if len(pieces) == 2 and (found := _place_and_day(pieces[0])):
                return found
    return None


def _dateline_before(blocks: list[Block], updated: PartialDate) -> PartialDate | None:
    """The day of the page's dateline, when it is not after the day the page says it was updated: the day the press
    release was published, its update's later one aside."""
    dated = _dateline(blocks)
    return dated if dated and dated.first_day() <= updated.first_day() else None


# What may end a signature's line after its date: a full stop.
_SIGNATURE_END = " ."


def _signature_date(blocks: list[Block]) -> PartialDate | None:
    """The day of the one line of the text that is only a place and a day, the signature that closes a press
    release or a notice ("Yaoundé, le 14 octobre 2026", "Roma, 3 marzo 2025", "Bonn, den 5. Mai 2025"); several such
    lines are a list of meetings, none the page's."""
    signed = [found for block in blocks if not block.is_heading and (found := _place_and_day(block.text))]
    return signed[0] if len(signed) == 1 else None


def _place_and_day(line: str) -> PartialDate | None:
    if len(line) > _DATE_LINE_MAX_CHARS or not (place := _DATELINE.match(line)):
        return None
    found = date_at(line, place.end())
    return found[0] if found and found[0].day and not line[found[1]:].strip(_SIGNATURE_END) else None


_FOOTER_LINE_MAX_CHARS = 60
_FOOTER_WORD_BEFORE_CUE_CHARS = 8  # "Zuletzt aktualisiert am", "Page updated"
_DIGIT = re.compile(r"\d")


def _page_footers(root: HtmlElement) -> list[HtmlElement]:
    """The page's <footer> elements, not an article's: kept apart before the boilerplate goes, read only when the
    page states no other date."""
    return [footer for footer in root.iter("footer") if not any(ancestor.tag == "article"
                                                                  for ancestor in footer.iterancestors())]


def _footer_date(footers: list[HtmlElement]) -> PartialDate | None:
    """The date a line of the page's footer states for the page, a cue and a date and nothing else ("Mis à jour le
    18 mars 2025", "Last updated: 14 March 2025"). Never a sentence of a notice there ("notre politique a été
    modifiée le ..."), nor a copyright year."""
    for footer in footers:
        for element in footer.iter():
            raw = element.text if isinstance(element.tag, str) and not len(element) else None
            if not raw or not _DIGIT.search(raw):  # cheap: most of a footer is links and addresses without a date
                continue
            text = text_of(element)
            if len(text) <= _FOOTER_LINE_MAX_CHARS and (found := find_page_date_line(text)):
                stated, cue = found
                if text.find(cue.strip()) <= _FOOTER_WORD_BEFORE_CUE_CHARS:
                    return stated
    return None


def _dated_in_article(headline: Headline, blocks: list[Block]) -> Headline:
    """An article's headline, dated by a line of its own anywhere in the text that says when it was published
    ("Publié le 12 mars 2025", "Posted on 12 March 2025" at the article's foot); never by a date in a sentence,
    nor by an update line, which stays among the headline's own lines where it tells a page kept up to date
    ("Publicado: 17 de marzo de 2026", then "Actualizado: 2 de octubre de 2026")."""
    if not headline.in_article or headline.published:
        return headline
    lines = [block.text for block in blocks if not block.is_heading and len(block.text) <= _DATE_LINE_MAX_CHARS]
    published = next((found for line in lines if not updated_only(line) and (found := find_page_date(line))), None)
    if published is None:
        return headline
    updates = {line for line in lines if updated_only(line)}
    return replace(headline, published=published, meta_lines=headline.meta_lines | updates)


def _timed_in_article(headline: Headline, title: HtmlElement | None) -> Headline:
    """An article's headline, dated by a <time> of its own that stands alone in its line, shown or not (<time
    datetime="2025-03-12"></time> by the title or at the foot); never one in a sentence ("aura lieu le <time>5
    juin</time>"), which may be its event's."""
    if not headline.in_article or headline.published or title is None:
        return headline
    article = next(ancestor for ancestor in title.iterancestors() if ancestor.tag == "article")
    for time in select(article, ".//time[@datetime]"):
        if _stands_alone(time) and (found := time_shown(time)) and found.day:
            return replace(headline, published=found)
    return headline


def _title(root: HtmlElement, headings: list[str]) -> str:
    """The <title> without the site's name after its last separator, unless a heading shows it whole."""
    element = first(root, "//title")
    full = fold_whitespace(element.text_content()) if element is not None else ""
    if not full:
        return headings[0] if headings else ""
    if full in headings:
        return full
    return _TITLE_SEPARATOR.split(full)[0].strip() or full


def _title_element(root: HtmlElement, region: HtmlElement, first_h1: HtmlElement | None) -> HtmlElement | None:
    """The page's <h1>: in the main region, else anywhere the boilerplate left, else the first one of the page
    as sent when a banner around it went as boilerplate (not the site header's); else the first heading."""
    found = first(region, ".//h1")
    if found is None:
        found = first(root, "//body//h1")
    if found is None and first_h1 is not None and not any(
            ancestor.tag in ("header", "nav") for ancestor in first_h1.iterancestors()):
        found = first_h1
    if found is None:
        found = next((element for element in region.iter() if isinstance(element.tag, str)
                      and looks_like_heading(element)), None)
    return found


def _parse(root: HtmlElement, url: str, metadata: PageMetadata) -> PageContent:
    first_h1 = first(root, "//body//h1")
    boxes = sidebar_boxes(root)  # before the boilerplate, which they are part of, is dropped
    sidebars = network_sidebars(boxes) + network_sidebars(network_bands(root, boxes), min_chars=0)
    teasers_beside = sidebar_teasers(boxes, url)
    footers = _page_footers(root)  # dropped with the boilerplate, still readable
    panels = panel_titles(root)  # before the boilerplate, which their tabs and buttons are part of, is dropped
    drop_boilerplate(root)
    region = main_region(root)
    main_text = text_of(region)
    news_elements = teaser_elements(region, url)
    teasers = tuple(teaser for element in news_elements if (teaser := read_teaser(element, url)))
    teasers += tuple(teaser for teaser in teasers_beside if teaser.url not in {shown.url for shown in teasers})
    # The items go, and the date headings above them with them: a list's first date is not the page's.
    dates_beside = {shown for element in news_elements
                    if (shown := date_element_beside(element)) is not None and day_shown(element) is None}
    for element in [*news_elements, *dates_beside]:
        element.drop_tree()
    title_element = _title_element(root, region, first_h1)
    headline = _timed_in_article(read_headline(title_element), title_element)
    title_panels(region, panels)
    shown = blocks_of(region, heading=looks_like_heading)
    blocks = [block for block in shown if not _is_date_line(block.text) and block.text not in headline.meta_lines]
    return PageContent(
        title=_title(root, [block.text for block in blocks if block.is_heading]),
        lang=document_lang(root),
        page_date=(headline.published or _page_date(region, shown, metadata.article_published)
                   or (None if metadata.date else _footer_date(footers))),  # the page's metadata says it better
        blocks=tuple(blocks + sidebars),
        teasers=teasers,
        main_text=main_text,
        is_news=is_news_item(_dated_in_article(headline, shown), metadata, _address_says_news(urlsplit(url)),
                             teasers, blocks, dateline=_dateline(shown) is not None, shown=shown),
        published_ago=headline.published_ago,
    )


def _any_page(url: SplitResult, root: HtmlElement) -> bool:
    return True


LAYOUT = LayoutParser(FALLBACK_LAYOUT, _any_page, _parse)
