"""News items in an unknown layout: small blocks with one link and a date, or a news-like class."""

import re
from datetime import timedelta
from itertools import islice
from urllib.parse import urlsplit

from lxml.html import HtmlElement

from ..content import Teaser
from ..dates import (
    MONTH_PATTERN,
    WEEKDAY_PATTERN,
    PartialDate,
    day_and_month,
    find_full_date,
    parse_date,
    short_year_date,
    time_ago,
    valid_date,
)
from ..events import find_event_span
from ..networks import introduced_as_a_network, names_an_acronyms_network, names_only_networks
from ..page_date import published_and_updated, updated_only
from ..page_metadata import metadata_date
from ..text import fold_whitespace
from .class_words import class_words, component_words, looks_like_heading
from .html import first, followed_href, is_heading, link_of, logo_name, select, text_of
from .news_page import LIST_TITLES, date_line, date_only, is_only_a_kind_label

_TEASER_WORDS = {"card", "teaser", "news", "actualite", "actualites", "actu", "post", "entry", "event"}
# A carousel's slide ("swiper-slide", "carousel-item") repeats an item shown below it, or presents the site: an item
# only when it shows a date.
_SLIDE_WORDS = {"slide", "carousel"}
_DATE_WORDS = {"date", "data", "datum", "fecha", "pubdate", "published"}
_SUMMARY_WORDS = {"summary", "resume", "excerpt", "chapo", "description", "lead", "text"}
_TEASER_MAX_CHARS = 1200
# A list's item, an article, a table's row (a date cell and a title cell), a definition (a date term before it).
_ITEM_TAGS = ("li", "article", "tr", "dd")
_ITEM_TYPES = ("Article", "Posting", "Event", "PressRelease")
_DIGIT = re.compile(r"\d")
_SEPARATORS = " |·•–—:,-"


def _same_site(link: str, page_url: str) -> bool:
    """The link stays on the page's site (its host, www. aside): a card linking elsewhere presents another
    organisation, not one of the site's news items."""
    def host(url: str) -> str:
        return (urlsplit(url).hostname or "").removeprefix("www.")
    return not urlsplit(link).hostname or host(link) == host(page_url)


def teaser_elements(region: HtmlElement, page_url: str) -> list[HtmlElement]:
    """Outermost elements that look like one news item: one link (a category link named like a kind,
    "Communiqué de presse", aside), and a date, or a news-like class or schema.org type and a link within
    the site. The element that holds the page's only <h1> is the page's own content, however short."""
    titles = select(region, ".//h1")
    own_content = set(titles[0].iterancestors()) if len(titles) == 1 else set()
    names_a_kind: dict[HtmlElement, bool] = {}  # per link, read once for all the elements around it
    dates_before: dict[HtmlElement | None, bool] = {}  # per element before items (a list's), read once for them all
    candidates = []
    for element in region.iter():
        if element is region or not isinstance(element.tag, str) or element in own_content:
            continue
        hinted = bool(component_words(element) & _TEASER_WORDS) or _declares_an_item(element)
        row_of_divs = not hinted and element.tag not in _ITEM_TAGS and (_repeats(element) or _is_slide(element))
        if not (hinted or row_of_divs or element.tag in _ITEM_TAGS or _is_dated_link_line(element)):
            continue
        hrefs: dict[str, list[HtmlElement]] = {}  # each link as written and the anchors to it
        for anchor in select(element, "descendant-or-self::a[@href]"):
            if anchor not in names_a_kind:
                names_a_kind[anchor] = (_links_a_category(anchor) or _links_an_author(anchor)
                                        or _names_a_kind(text_of(anchor)))
            if not names_a_kind[anchor] and (href := followed_href(anchor)):
                hrefs.setdefault(href, []).append(anchor)
        # One link as written is one link, whatever the page's URL makes of it: joined only to tell several apart.
        links = hrefs if len(hrefs) == 1 else _by_link(hrefs, page_url)
        several_links = len(links) > 1
        if several_links:
            links = _the_titles_link(links, element)
        text = text_of(element)
        if len(links) != 1 or len(text) > _TEASER_MAX_CHARS or _names_a_kind(text):
            continue
        if row_of_divs and not _shows_a_date(element):
            continue  # a paragraph of prose with a date and a link in it, one of several alike, is no news item
        anchors = next(iter(links.values()))
        # Undated, a card is an item only by showing more than its one link: a card of a network, with its title's
        # link and one to the network's site, presents it.
        shows_more = not several_links and len(text) > max(len(text_of(anchor)) for anchor in anchors)
        undated_item = (hinted and _same_site(link_of(anchors[0], page_url), page_url) and shows_more
                        and not _presents_a_network(element)
                        and not _CONTACT.search(text) and not _holds_a_fact_sheet(element)
                        and not _tags_a_networks_fact(element) and not _in_a_further_reading_band(element, region)
                        and not _beside_network_cards(element))
        if _the_pages_update_box(element, text) or _a_networks_card_dated_in_prose(element, text):
            continue
        if (find_full_date(text) or undated_item or _dated_before(element, dates_before)
                or _day_inside(element, text) or date_apart(element) or ago_shown(element)
                or _day_after_title(text.replace(text_of(anchors[0]), "", 1))):
            candidates.append(element)
    # Nested candidates hold the same one link: the outermost is the whole card, with its date and summary,
    # where an inner one is only its title, its picture or its "read more".
    chosen = set(candidates)
    return [element for element in candidates if not any(ancestor in chosen for ancestor in element.iterancestors())]


def _by_link(hrefs: dict[str, list[HtmlElement]], page_url: str) -> dict[str, list[HtmlElement]]:
    """The anchors of each link as written, grouped by the absolute URL it leads to, first links first."""
    links: dict[str, list[HtmlElement]] = {}
    for anchors in hrefs.values():
        links.setdefault(link_of(anchors[0], page_url), []).extend(anchors)
    return links


# A band of links to further pages, by its heading ("Learn more", "En savoir plus", "Mehr zum Thema", "Más
# información", "Per saperne di più") or as a box beside the text (an <aside>, the role "complementary", a class
# word "related"): its undated cards are the site's topic pages ("Climate Leadership Plan", "Home energy rebates"), as
# they are beside the text, where only a date tells an item from a link to a section.
_FURTHER_READING = re.compile(
    r"(?:learn\s+more|find\s+out\s+more|more\s+information|see\s+also|related\s+(?:pages|links|content|topics)"
    r"|en\s+savoir\s+plus|pour\s+en\s+savoir\s+plus|voir\s+aussi|pour\s+aller\s+plus\s+loin|liens\s+utiles"
    r"|mehr\s+(?:zum\s+thema|erfahren|informationen)|weitere\s+(?:informationen|themen|links)|siehe\s+auch"
    r"|más\s+información|ver\s+también|enlaces\s+(?:relacionados|de\s+interés)|per\s+saperne\s+di\s+più"
    r"|vedi\s+anche|approfondimenti|link\s+utili)\W{0,3}", re.IGNORECASE)
_BAND_DEPTH = 4  # how far above the card its band is looked for


def _in_a_further_reading_band(element: HtmlElement, region: HtmlElement) -> bool:
    """The card stands in a band of links to further pages: an ancestor up to a few levels above it (within the
    region) is an <aside>, a complementary box or a "related" box, or opens with a heading of further reading."""
    for ancestor in islice(element.iterancestors(), _BAND_DEPTH):
        if ancestor is region:
            return False
        if (ancestor.tag == "aside" or ancestor.get("role") == "complementary"
                or any(word.startswith("related") for word in class_words(ancestor))):
            return True
        heading = next((child for child in ancestor if isinstance(child.tag, str)), None)
        if heading is not None and is_heading(heading) and _FURTHER_READING.fullmatch(text_of(heading)):
            return True
    return False


# An e-mail address or a phone number: an undated card that gives one is an office's or a person's contact card, not
# a news item ("Ufficio Relazioni internazionali ... relazioni.internazionali@comune.trieste.it").
_CONTACT = re.compile(r"(?<![\w.+-])[\w.+-]{1,64}@[\w-]{1,63}\.\w"
                      r"|\b(?:tel|tél|phone|telefono|teléfono|telefon|fon)\b\.?\s*:?\s*\+?\d", re.IGNORECASE)


def _presents_a_network(element: HtmlElement) -> bool:
    """An undated card whose title is a network's name and nothing else (or its acronym, the card spelling it out:
    "Efus" over "Europäisches Forum für urbane Sicherheit"; or a name its text gives a network: "Villes et Pays d'art et
    d'histoire" over "... du réseau national des Villes et Pays d'art et d'histoire"), or that a network's logo opens,
    presents that network (its figures are today's), where a news item's title says what happened."""
    return _titled_as_a_network(element) or logo_name(element) is not None


def _titled_as_a_network(element: HtmlElement) -> bool:
    """The card's title is a network's name (`_presents_a_network`), read without its logo."""
    title = next((node for node in element.iterdescendants() if isinstance(node.tag, str) and looks_like_heading(node)),
                 None)
    under = text_of(element).split(text_of(title), 1)[-1] if title is not None else ""
    return (title is not None and (names_only_networks(text_of(title)) or names_an_acronyms_network(
        text_of(title), under) or introduced_as_a_network(text_of(title), under)
        or _names_a_network_and_its_acronym(text_of(title))))


def _a_networks_card_dated_in_prose(element: HtmlElement, text: str) -> bool:
    """A card titled by a network's name whose only date is written in its prose ("Nevers a rejoint le réseau le 1er
    septembre 2026", "Dal 1° ottobre 2026 Rovigo è socio di Avviso Pubblico"), however it links to the news of it: that
    day is one of the network's facts (the city's joining), no item's date, which a news card shows apart (a <time>, a
    date line, its own element). A network's logo over a card may be a news item's picture: not enough."""
    if not find_full_date(text) or not _titled_as_a_network(element):
        return False
    shown = _descendant(element, lambda node: bool(class_words(node) & _DATE_WORDS))
    return (first(element, ".//time[@datetime]") is None and shown is None and date_apart(element) is None
            and _day_inside(element, text) is None)


# A title's acronym in brackets after the name: "Cités Unies France (CUF)", "Red de Ciudades por el Clima (RECC)".
_ACRONYM_IN_BRACKETS = re.compile(r"\s*\((?-i:[A-ZÀ-Þ][A-Za-zÀ-ÿ&.\-]{1,11})\)\s*$")


def _names_a_network_and_its_acronym(title: str) -> bool:
    """The title is a network's name, then its acronym in brackets (an acronym the vocabulary may not know)."""
    acronym = _ACRONYM_IN_BRACKETS.search(title)
    return acronym is not None and names_only_networks(title[:acronym.start()])


_FACT_LABEL_MAX_CHARS = 40  # "Cotonou membre depuis", "Secrétariat permanent"
_FACT_ROWS_MIN = 2


def _holds_a_fact_sheet(element: HtmlElement) -> bool:
    """An undated card with a list of facts, each a label and its value (<li><span>Siège</span> <span>Bruxelles</span>
    </li>, <dt>Créé en</dt><dd>1999</dd>), presents an organisation or an office: a news item tells what happened."""
    for listing in element.iter("ul", "ol", "dl"):
        rows = [row for row in listing if isinstance(row.tag, str)]
        if listing.tag == "dl":
            if sum(1 for row in rows if row.tag == "dd") >= _FACT_ROWS_MIN:
                return True
        elif len(rows) >= _FACT_ROWS_MIN and all(map(_label_and_value, rows)):
            return True
    return False


# A row's label and value written in its text: "Siège : Malakoff", "Adhésion : 2009", "Founded: 1975".
_LABEL_COLON_VALUE = re.compile(rf"[^:\d]{{1,{_FACT_LABEL_MAX_CHARS}}}\s?:\s*\S.{{0,60}}")


def _label_and_value(row: HtmlElement) -> bool:
    """A list's row that is a short label in an element of its own, or before a colon, then its value, and no
    link."""
    if not len(row) and _LABEL_COLON_VALUE.fullmatch(text_of(row)):
        return True
    label = row[0] if len(row) and isinstance(row[0].tag, str) else None
    if label is None or (row.text or "").strip() or next(row.iter("a"), None) is not None:
        return False
    label_text = text_of(label)
    return 0 < len(label_text) <= _FACT_LABEL_MAX_CHARS and len(text_of(row)) > len(label_text)


# A card's tag that is one fact of a network and the city's membership: "Membre depuis 2008", "Adhésion : 2009",
# "Member since 1994", "Mitglied seit 2016", "Miembro desde 2005", "Socia dal 2012", "Siège : Malakoff", "Fondé en
# 1975", "Sitz: Bonn", "Sede: Roma".
_NETWORK_FACT_TAG = re.compile(
    r"(?:(?:membre|member|mitglied|miembro|membro|soci[oa]|adhérente?|aderente)\s+(?:depuis|since|seit|desde|dal)"
    r"|adhésion(?:\s+en)?|membership|beitritt|adhesión|adesione|joined(?:\s+in)?"
    r"|fondée?(?:\s+en)?|créée?(?:\s+en)?|founded(?:\s+in)?|established(?:\s+in)?|gegründet|fundad[oa](?:\s+en)?"
    r"|fondat[oa](?:\s+nel)?)\s*:?\s*(?:1[89]|20)\d\d"
    r"|(?:siège|headquarters|seat|sitz|sede)\s*:\s*[^\d:]{2,40}", re.IGNORECASE)
_TAG_MAX_CHARS = 50


def _tags_a_networks_fact(element: HtmlElement) -> bool:
    """An undated card with a short tag that is a network's fact or the city's membership ("Membre depuis 2008",
    "Siège : Malakoff") presents that network: a news item's tags are its topics."""
    return any(len(tag := text_of(row)) <= _TAG_MAX_CHARS and _NETWORK_FACT_TAG.fullmatch(tag)
               for row in element.iter("li", "dd", "span", "p"))


_ROW_CARDS_MAX = 12  # how many cards of its row an undated card is read beside


def _beside_network_cards(element: HtmlElement) -> bool:
    """An undated card in a row of cards alike (its siblings of its tag and class) of which one presents a network by
    its title or its facts: the row presents the city's networks and partners ("Maires pour la paix", then
    "Jumelages"; "Deutscher Städtetag" beside a network the vocabulary does not know), its undated cards are topics of
    the page, no news items. A logo alone may be a report's cover beside an item's story: not enough."""
    parent, words = element.getparent(), class_words(element)
    if parent is None or not words:
        return False
    row = (card for card in islice(parent.iterchildren(element.tag), _ROW_CARDS_MAX)
           if card is not element and class_words(card) & words)
    return any(_titled_as_a_network(card) or _holds_a_fact_sheet(card) or _tags_a_networks_fact(card) for card in row)


_MINOR_LINK_CHARS = 30  # "Coopération internationale", "Partager sur Facebook"


def _in_title(anchor: HtmlElement, item: HtmlElement) -> bool:
    """The link is the item's title, or in it."""
    for node in (anchor, *anchor.iterancestors()):
        if node is item:
            return False
        if looks_like_heading(node):
            return True
    return False


def _the_titles_link(links: dict[str, list[HtmlElement]], item: HtmlElement) -> dict[str, list[HtmlElement]]:
    """Of an item's several links, its title's (in a heading, else by far the longest), when every other is a short
    one beside it (a topic "International", "Partager"); none when it has no title link or a longer link besides it
    (a paragraph of prose)."""
    chars = {link: max(len(text_of(anchor)) for anchor in anchors) for link, anchors in links.items()}
    titled = [link for link, anchors in links.items() if any(_in_title(anchor, item) for anchor in anchors)]
    if not titled:
        longest = max(chars, key=chars.get)
        if all(2 * length < chars[longest] for link, length in chars.items() if link != longest):
            titled = [longest]
    if len(titled) == 1 and all(length <= _MINOR_LINK_CHARS for link, length in chars.items() if link != titled[0]):
        return {titled[0]: links[titled[0]]}
    return {}


_DATED_LINE_MAX_CHARS = 40  # the date and its separators, besides the link


def _is_dated_link_line(element: HtmlElement) -> bool:
    """A paragraph that is a date and one link and nothing else ("<p><strong>12/03/2025</strong> – <a>Titre</a></p>"),
    or a date, then the link, then a summary after a dash ("<p>[12/03/2012] <a>Titre</a> — Résumé.</p>"): an entry of
    a list written as paragraphs, never a sentence with a link."""
    if element.tag != "p" or len(anchors := select(element, ".//a[@href]")) != 1:
        return False
    text, title = text_of(element), text_of(anchors[0])
    rest = text.replace(title, "", 1).strip(_SEPARATORS + "()")
    return (len(rest) <= _DATED_LINE_MAX_CHARS and bool(_DIGIT.search(rest))
            and (date_only(rest) or short_year_date(rest)) is not None) or _dated_title_then_summary(text, title)


_DATE_BRACKETS = _SEPARATORS + "()[]"
_SUMMARY_AFTER_TITLE = re.compile(r"\s+[–—]\s+\S")


def _dated_title_then_summary(text: str, title: str) -> bool:
    """"[12/03/2012] Titre — Résumé": a date alone before the title, a dash between the title and the rest."""
    start = text.find(title) if title else -1
    before = text[:start].strip(_DATE_BRACKETS) if start > 0 else ""
    return (bool(before) and len(before) <= _DATED_LINE_MAX_CHARS and date_only(before) is not None
            and _SUMMARY_AFTER_TITLE.match(text, start + len(title)) is not None)


def _is_slide(element: HtmlElement) -> bool:
    return bool(component_words(element) & _SLIDE_WORDS)


def _repeats(element: HtmlElement) -> bool:
    """A classed element beside another of the same class, its first ("views-row views-row-2 views-row-even"):
    one row of a list built of <div>s."""
    classes = (element.get("class") or "").split()
    if not classes:
        return False
    return any((sibling.get("class") or "").split()[:1] == classes[:1]
               for sibling in (element.getprevious(), element.getnext()) if sibling is not None)


def _shows_a_date(element: HtmlElement) -> bool:
    """A <time>, or an element that holds a date and nothing else (or how long ago, "2 days ago"): the date of an
    item, not one in a sentence."""
    return (element.find(".//time") is not None or date_apart(element) is not None or day_shown(element) is not None
            or ago_shown(element) is not None or span_apart(element))


_SPAN_APART_MAX_CHARS = 60  # "Du lundi 12 mai 2025 au mercredi 14 mai 2025"


def span_apart(element: HtmlElement) -> bool:
    """An element of its own shows a span of days and nothing else, an agenda item's ("Du 03/06/2025 au
    05/06/2025", "3–5 June 2025"); not a link's."""
    for node in element.iterdescendants():
        if not isinstance(node.tag, str) or node.tag == "a" or not _small(node):
            continue
        text = fold_whitespace(" ".join(node.itertext()))
        if len(text) <= _SPAN_APART_MAX_CHARS and _DIGIT.search(text) and (span := find_event_span(text, None)):
            if span[0] != span[1]:
                return True
    return False


_DATE_APART_MAX_CHARS = 40  # "Mercredi 12 février 2025 à 10h30"


def date_apart(element: HtmlElement) -> PartialDate | None:
    """The day an item shows in an element of its own: a <time>, alone ("12/03/2024"), split into a few parts
    (<span>04</span><span>mars</span><span>2025</span>, with or without a space between them), or only in the title
    of a relative date (<span title="26/02/2025">Il y a 8 jours</span>); never one in a sentence, nor a link's (an
    archive's "février 2025")."""
    for node in element.iterdescendants():
        if not isinstance(node.tag, str) or node.tag == "a" or not _small(node):
            continue
        if node.tag == "time" and node.get("datetime") and (found := time_shown(node)) and found.day:
            return found
        parts = fold_whitespace(" ".join(node.itertext()))
        if (len(parts) <= _DATE_APART_MAX_CHARS and _DIGIT.search(parts)
                and (found := short_year_date(parts) or date_only(parts) or _labelled_date(node, parts)
                     or _date_in_figures_apart(node)) and found.day):
            return found
        if len(node) == 0 and (found := _title_date(node)):
            return found
    return None


# An element's day, month and year in figures, each in an element of its own: <span>05</span><span>06</span>
# <span>2025</span>, with at most a separator between them.
_DAY_OR_MONTH_FIGURES = re.compile(r"[0-3]?\d")
_YEAR_FIGURES = re.compile(r"(?:19|20)\d\d")
_BETWEEN_PARTS = re.compile(r"[\s./-]*")


def _date_in_figures_apart(node: HtmlElement) -> PartialDate | None:
    """The day of an element made of three in figures, day, month, year: no other reading of "05 06 2025"."""
    parts = [child for child in node if isinstance(child.tag, str)]
    if len(parts) != 3 or any(len(part) for part in parts) or not all(
            _BETWEEN_PARTS.fullmatch(text or "") for text in [node.text, *(part.tail for part in parts)]):
        return None
    day, month, year = (text_of(part) for part in parts)
    if not (_DAY_OR_MONTH_FIGURES.fullmatch(day) and _DAY_OR_MONTH_FIGURES.fullmatch(month)
            and _YEAR_FIGURES.fullmatch(year)):
        return None
    return valid_date(int(year), int(month), int(day))


def _labelled_date(node: HtmlElement, text: str) -> PartialDate | None:
    """The date of a line that is a label and a date ("Nota de prensa - 12/03/2025", "Meldung – 12.03.2025",
    "Comunicato stampa del 12/03/2025"); not a heading's, which may name the event's day ("Forum, 5 juin 2025"), nor
    one end of a span ("14.06.2025 – 15.06.2025"), nor a page's update line ("Ultimo aggiornamento: 26/02/2025")."""
    if (looks_like_heading(node) or updated_only(text)
            or ((span := find_event_span(text, None)) and span[0] != span[1])):
        return None
    return date_line(text)


def _title_date(node: HtmlElement) -> PartialDate | None:
    """The day in the title of an element ("26/02/2025", "2025-03-02T09:15:00+01:00")."""
    title = node.get("title")
    if not title or not _DIGIT.search(title):
        return None
    found = metadata_date(title)
    return found if found and found.day else None


_DAY_LINE_MAX_CHARS = 50  # "Pressemitteilung vom Mittwoch, 12. September"
_DAY_LABEL_MAX_CHARS = 25


def day_shown(element: HtmlElement, text: str | None = None) -> tuple[int, int, str] | None:
    """The (month, day, text) of a day without a year that an item shows ("12 mars", "3 June"), in an element of
    its own (its parts may be split: <span>12</span><span>mars</span>), else in a date heading or term just before
    it. Dated later, against the page's own date. `text`: the element's, when the caller has read it already."""
    return _day_inside(element, text) or _day_line(_element_before(element))


def _day_inside(element: HtmlElement, text: str | None = None) -> tuple[int, int, str] | None:
    """`day_shown`'s day in an element of the item's own."""
    if any(c.isdigit() for c in (text_of(element) if text is None else text)):
        for node in element.iterdescendants():
            if isinstance(node.tag, str) and _small(node) and (found := _day_only(node)):
                return found
    return None


def _day_line(beside: HtmlElement | None) -> tuple[int, int, str] | None:
    """`day_shown`'s day in the date heading or term before an item."""
    return _day_only(beside) if beside is not None and len(beside) <= _DATE_LINE_MAX_PARTS else None


def _small(node: HtmlElement) -> bool:
    """An element of its own or of a few parts of their own (<span>12</span><span>mars</span>): a big block is not
    worth reading as a date line."""
    return len(node) <= _DATE_LINE_MAX_PARTS and all(len(child) == 0 for child in node)


def _day_only(element: HtmlElement) -> tuple[int, int, str] | None:
    """A day alone, or after a label in a line of its own ("Publié le 12 mars", "Actualité · 12 mars"); not in
    the item's title or link, which may name a day of the event."""
    # Its parts apart: <span>12</span><span>mars</span> is "12 mars".
    text = fold_whitespace(" ".join(element.itertext())) if len(element) else text_of(element)
    if len(text) > _DAY_LINE_MAX_CHARS:
        return None
    label_chars = 0 if element.tag == "a" or looks_like_heading(element) else _DAY_LABEL_MAX_CHARS
    if found := day_and_month(text, label_chars):
        return (*found, text)
    return None


def _declares_an_item(element: HtmlElement) -> bool:
    """Microdata says the element is an article, a posting, an event (itemtype="https://schema.org/Article")."""
    return any(name.endswith(_ITEM_TYPES) for name in (element.get("itemtype") or "").split())


# The class words of a list of an item's topics ("article__tags", "field--name-field-tags", "post-categories").
_TOPIC_LIST_WORDS = {"tag", "tags", "keywords", "etiquettes", "categories", "topics", "thematiques", "schlagworte",
                     "etiquetas"}
_TOPIC_LIST_DEPTH = 3  # the link, its list item, the list


# The class words of an item's author ("author vcard", "byline", "post-author"): its link goes to the author's page.
_AUTHOR_WORDS = {"author", "byline", "vcard", "auteur", "autor", "autore", "autrice", "autorin"}
_AUTHOR_DEPTH = 2  # the link, its name's span, the byline


def _links_an_author(anchor: HtmlElement) -> bool:
    """rel="author", or a link in an author's byline: the author's page, not an item's."""
    return "author" in (anchor.get("rel") or "").lower().split() or any(
        class_words(node) & _AUTHOR_WORDS for node in (anchor, *islice(anchor.iterancestors(), _AUTHOR_DEPTH)))


# An address that lists a topic's items, its last folder named after a topic's folder: "/category/cooperation/",
# "/categorie/europe", "/kategorie/europa", "/categoria/internacional/", "/tag/aimf/", "/taxonomy/term/12": where a
# post's category and tags link to. An item filed deeper under a topic ("/kategorie/europa/detail/foo") is an item.
_TOPIC_FOLDER = re.compile(r"/(?:categor(?:y|ies|ie|ia|ias)|kategorien?|tags?|taxonomy/term)/[^/]+/?$",
                           re.IGNORECASE)


def _links_a_category(anchor: HtmlElement) -> bool:
    """rel="tag" or rel="category" (as blogs mark a post's topics), a link to a topic's folder, or a link in a list of
    topics: a link to a list of items, not to one."""
    if {"tag", "category"} & set((anchor.get("rel") or "").lower().split()):
        return True
    if _TOPIC_FOLDER.search(urlsplit(anchor.get("href") or "").path):
        return True
    for node in islice(anchor.iterancestors(), _TOPIC_LIST_DEPTH):
        # A title's link is no topic, though its item's classes name its tags ("post tag-international").
        if node.tag == "article" or looks_like_heading(node):
            return False
        if class_words(node) & _TOPIC_LIST_WORDS:
            return True
    return False


def _names_a_kind(text: str) -> bool:
    """"Actualité", "Actualités": a category link or a kind label by a title, not a news item."""
    return text.casefold() in LIST_TITLES or is_only_a_kind_label(text)


def _descendant(element: HtmlElement, wanted) -> HtmlElement | None:
    return next((node for node in element.iterdescendants() if isinstance(node.tag, str) and wanted(node)), None)


def _item_link(element: HtmlElement, heading: HtmlElement | None) -> HtmlElement | None:
    """The link to the item's own page: its title's, else the one with the longest text (not a picture's, nor a
    category named like a kind, nor its author's), the first of equals."""
    if heading is not None and (titled := first(heading, "descendant-or-self::a[@href]")) is not None:
        return titled
    return max((anchor for anchor in select(element, ".//a[@href]")
                if not (_links_a_category(anchor) or _links_an_author(anchor) or _names_a_kind(text_of(anchor)))),
               key=lambda anchor: len(text_of(anchor)), default=None)


def _the_pages_update_box(element: HtmlElement, text: str) -> bool:
    """A section of the page under a heading of its own that holds no link, dated by the page's update line alone
    ("<h2>Ulteriori informazioni</h2><p>Argomenti: <a>Energia</a></p><p>Ultimo aggiornamento: 31/10/2026</p>", "More
    information ... Last updated", "Plus d'informations ... Dernière mise à jour"): the page's own record, not a news
    item, whose title links to it. So with the line that says when the page was published, then updated ("Ulteriori
    informazioni ... Pubblicato il 20/10/2026 · Ultima modifica: 22/10/2026"), under a title no link holds either (a
    card wrapped in its link is an item: "<a href><h2>Titre</h2><p>Publié le ... · Mis à jour le ...</p></a>")."""
    if updated_only(text):
        heading = _first_heading(element)
        return heading is not None and not select(heading, "descendant-or-self::a[@href]")
    heading = _first_heading(element) if published_and_updated(text) else None
    return heading is not None and not select(heading, "descendant-or-self::a[@href] | ancestor::a[@href]")


def _first_heading(element: HtmlElement) -> HtmlElement | None:
    return next((node for node in element.iterdescendants() if isinstance(node.tag, str) and looks_like_heading(node)),
                None)


# "Télécharger le communiqué (PDF)", "Zurück zur Übersicht", "Read more": a link that does something, not an item.
_ACTION_LINK = re.compile(
    r"(?:télécharger|download|herunterladen|descargar|scarica|zurück\s+zu|retour\s+(?:à|aux|vers)|back\s+to"
    r"|volver\s+a|torna\s+a|lire la suite"
    r"|read more|weiterlesen|leer más|leggi tutto|voir tout|see all|alle meldungen|ver todas|vedi tutte)",
    re.IGNORECASE)
_DOCUMENT = re.compile(r"\.(?:pdf|docx?|odt|xlsx?|zip)(?:$|\?)", re.IGNORECASE)
# "A cura di", "Rédigé par", "Written by", "Redaktion", "Elaborado por": who wrote the page, a box of its own with the
# office's card and the page's update line, not an item.
_CREDIT = re.compile(
    r"(?:(?:contenuto\s+|testo\s+)?a\s+cura\s+di|redazione|rédigé\s+par|rédaction|auteur(?:e|s)?|written\s+by"
    r"|edited\s+by|author(?:s)?|published\s+by|verfasst\s+von|redaktion|autor(?:in|en|es|a)?|elaborado\s+por"
    r"|a\s+cargo\s+de|redacción|publicado\s+por)\s*:?", re.IGNORECASE)


def _title_heading(element: HtmlElement) -> HtmlElement | None:
    """The item's title: its first heading element, else the first element styled as one. A category link styled as
    a title ("Notizie" above the card's own title) is not the item's title, nor is the date heading of a group that
    holds one item ("<h2>Mardi 28 janvier 2025</h2><ul><li>...<h3>Titre</h3>"); nor is a topic label styled as a title
    above the card's heading ("<span class='category title-xsmall'>Pace</span>...<h3 class='card-title'>")."""
    def a_title(node: HtmlElement) -> bool:
        return not _names_a_kind(text := text_of(node)) and date_only(text) is None

    marked = _descendant(element, lambda node: is_heading(node) and a_title(node))
    if marked is not None:
        return marked
    return _descendant(element, lambda node: looks_like_heading(node) and a_title(node))


def read_teaser(element: HtmlElement, page_url: str) -> Teaser | None:
    """The title (a heading, else the link text), date, link and summary of one news item."""
    text = text_of(element)
    # Read with its parts apart: "<span>12 mars 2025</span><a>Forum, 5-7 juin 2025</a>" glues the year to the title.
    written = _date_outside_a_span(fold_whitespace(" ".join(element.itertext())))
    time = first(element, ".//time[@datetime]")
    stated = time_shown(time) if time is not None else None
    shown = _descendant(element, lambda node: bool(class_words(node) & _DATE_WORDS))
    shown_date = _date_in(text_of(shown)) if shown is not None else None
    heading = _title_heading(element)
    anchor = element if element.tag == "a" else _item_link(element, heading)
    title = text_of(heading if heading is not None else anchor)
    if written and not _amid_the_titles_words(title, written[1]):
        title = fold_whitespace(title.replace(written[1], "")).strip(_SEPARATORS)  # "12.03.2025: Titel"
    # Not the title's own link, whose class may say "text" too ("text-decoration-none"), nor the date line
    # ("fecha small text-muted"), even one no class names a date ("<p class='small text-muted'>19 de noviembre de
    # 2026</p>" above the card's heading): the card's text below is its summary.
    summary = _descendant(element, lambda node: class_words(node) & _SUMMARY_WORDS and not looks_like_heading(node)
                          and node.tag != "a" and node is not shown and text_of(node) != title
                          and date_line(text_of(node)) is None)
    if summary is not None:
        summary_text = text_of(summary)
    else:
        summary_text = fold_whitespace(text.replace(written[1] if written else "", "", 1).replace(title, "", 1))
        if stated:  # the <time>'s own words ("Feb 3", "2 days ago") are its date, not the summary's
            summary_text = fold_whitespace(summary_text.replace(text_of(time), "", 1))
    link = link_of(anchor, page_url)
    if not title or _ACTION_LINK.match(title) or _CREDIT.fullmatch(title) or (link and _DOCUMENT.search(link)):
        return None
    dated = stated or shown_date or date_apart(element) or (written[0] if written else None)
    day = None if dated else day_shown(element, text) or _day_after_title(summary_text)
    if day:  # its own day, even without a year, comes before a date line above the list
        summary_text = fold_whitespace(summary_text.replace(day[2], "", 1))
        if year := _year_above(element):  # an archive's year heading ("2024") above its days ("12 mars")
            return Teaser(title, link, valid_date(year, *day[:2]), summary_text)
        return Teaser(title, link, None, summary_text, day[:2])
    dated = dated or date_beside(element)
    if dated is None and (ago := ago_shown(element)):
        return Teaser(title, link, None, fold_whitespace(summary_text.replace(ago[1], "", 1)), shown_ago=ago[0])
    return Teaser(title, link, dated, summary_text, when=_span_shown(shown, shown_date, summary))


def _amid_the_titles_words(title: str, written: str) -> bool:
    """A date written amid its title's words, a word before it and words after it ("Der 22. März 1945 – Zerstörung
    und Wiederaufbau", "Sitzung des Rates vom 3. März 2026: Beschlüsse"): part of the title, which keeps it, unlike a
    date that stands apart before or after the title ("12.03.2025: Titel", "Titre (12 mars 2025)")."""
    start = title.find(written)
    before, after = title[:start].rstrip(), title[start + len(written):].strip(_SEPARATORS)
    return start > 0 and before[-1:].isalpha() and bool(after)


_DAY_AFTER_TITLE_MAX_CHARS = 30


def _day_after_title(rest: str) -> tuple[int, int, str] | None:
    """The day an item writes beside its title, in no element of its own, and nothing else: "<li><a>Titre</a> (12
    mars)</li>", "<li><a>Title</a> – 12 March</li>"."""
    shown = rest.strip(_SEPARATORS + "()")
    if len(shown) > _DAY_AFTER_TITLE_MAX_CHARS or not _DIGIT.search(shown):
        return None
    found = day_and_month(shown)
    return (*found, shown) if found else None


def _span_shown(shown: HtmlElement | None, shown_date: PartialDate | None, summary: HtmlElement | None) -> str:
    """The text of an item's date element that shows no day of the item's own (an agenda's "Dal 14 al 16 maggio
    2025"), or one that shows an event's day and hour ("Venerdì 9 maggio 2025, ore 21"), when its summary element
    leaves it out: where its event's days are."""
    if shown is None or summary is None:
        return ""
    if shown_date is not None:
        return text_of(shown) if _an_events_day_and_hour(text_of(shown)) else ""
    return text_of(shown) if _DIGIT.search(text_of(shown)) else ""


# An agenda's day with its weekday and the hour the event starts at: "Venerdì 9 maggio 2025, ore 21", "Jeudi 5 juin 2025
# à 20h", "Thursday 5 June 2025 at 7pm", "Donnerstag, 5. Juni 2025, um 19 Uhr", "Jueves 5 de junio, a las 20:00"; never
# a publication's time ("Publié le 12/03/2025 à 10h15", "12.03.2025, 14:30 Uhr": no weekday, no word of an hour).
_WEEKDAY_FIRST = re.compile(rf"\s*{WEEKDAY_PATTERN}", re.IGNORECASE)
_HOUR = re.compile(r"(?:,\s*|\s+)(?:ore|alle|dalle|à|at|from|um|ab|a\s+las?|desde\s+las?|de)\s+\d{1,2}"
                   r"(?:\s*[:.h]\s*\d{2}|\s*(?:h|am|pm|uhr)\b|\b)", re.IGNORECASE)


def _an_events_day_and_hour(line: str) -> bool:
    return bool(_WEEKDAY_FIRST.match(line)) and _HOUR.search(line) is not None and not _ITEM_DAY_CUE.search(line)


_ITEM_DAY_CUE = re.compile(r"publi|posted|mis\s+à\s+jour|updated|veröffentlicht|aktualisiert|aggiornat|actualizad",
                           re.IGNORECASE)


_AGO_MAX_CHARS = 40


def ago_shown(element: HtmlElement) -> tuple[timedelta, str] | None:
    """How long ago an item says it was published, in an element of its own ("il y a 3 jours", "yesterday"), and
    the text that says it; not a link's, which may be the title."""
    for node in element.iterdescendants():
        if not isinstance(node.tag, str) or node.tag == "a" or len(node):
            continue
        text = text_of(node)
        if len(text) <= _AGO_MAX_CHARS and (ago := time_ago(text)) is not None:
            return ago, text
    return None


_YEAR_HEADING = re.compile(r"(?:1[89]|20)\d\d")
_LEVELS_UP_TO_A_HEADING = 3


def _year_above(item: HtmlElement) -> int | None:
    """The year of the heading above an item's list, or above the list's section, when it names a year alone
    ("2024") or a month of it ("Mars 2025"): an archive grouped by year or month. The first heading met decides."""
    element = item.getparent() if item.tag == "li" else item
    for _ in range(_LEVELS_UP_TO_A_HEADING):
        if element is None:
            return None
        heading = next((sibling for sibling in islice(element.itersiblings(preceding=True), _ITEMS_UNDER_A_DATE)
                        if isinstance(sibling.tag, str) and looks_like_heading(sibling)), None)
        if heading is not None:
            return _heading_year(text_of(heading))
        element = element.getparent()
    return None


def _heading_year(heading: str) -> int | None:
    """The year of a heading that names a year alone ("2024") or a month of it ("Mars 2025", "February 2025")."""
    if found := _YEAR_HEADING.fullmatch(heading):
        return int(found.group())
    month = parse_date(heading) if _DIGIT.search(heading) else None
    return month.year if month and month.month and not month.day else None


_DATE_LINE_MAX_CHARS = 60
_DATE_LINE_MAX_PARTS = 3  # "<h3><span>Mardi</span> 12 mars 2024</h3>"
_ITEMS_UNDER_A_DATE = 50  # how far back past a day's items their date heading is looked for


def date_beside(item: HtmlElement) -> PartialDate | None:
    """The date shown just before an item, outside it: a <dt> or a <time> before it, a date heading above the
    items of one day (several items may follow one date), a date heading above the list that holds it."""
    shown = date_element_beside(item)
    return _shown_date(shown) if shown is not None else None


def date_element_beside(item: HtmlElement) -> HtmlElement | None:
    """The element that shows `date_beside`'s date: part of the news list, not the page's own date line."""
    return _date_line(_element_before(item))


def _date_line(before: HtmlElement | None) -> HtmlElement | None:
    """The element before an item, when it shows a date: a date term, a date heading."""
    # "Mise à jour le 20/06/2024" above a list says when the page changed, not when its items were published.
    return before if before is not None and _shown_date(before) and not updated_only(text_of(before)) else None


def _dated_before(item: HtmlElement, dates_before: dict[HtmlElement | None, bool]) -> bool:
    """The element before the item shows its date or its day (`date_beside`, `day_shown`), read once in
    `dates_before` for every item it stands before: the items of a list, of a day under its heading."""
    before = _element_before(item)
    if before not in dates_before:
        dates_before[before] = _date_line(before) is not None or _day_line(before) is not None
    return dates_before[before]


def _element_before(item: HtmlElement) -> HtmlElement | None:
    """The element before an item and the items alike around it: a date term, a heading above one day's items.
    A list item's siblings are items: the date heading, if any, is before its list."""
    element = item.getparent() if item.tag == "li" else item
    if element is None:
        return None
    return next((sibling for sibling in islice(element.itersiblings(preceding=True), _ITEMS_UNDER_A_DATE)
                 if isinstance(sibling.tag, str) and sibling.tag != element.tag), None)


def _shown_date(element: HtmlElement) -> PartialDate | None:
    """The date an element shows and nothing else: a <time>, a date term, a date heading ("Mardi 12 mars 2024")."""
    if element.tag == "time" and element.get("datetime"):
        return time_shown(element)
    if len(element) > _DATE_LINE_MAX_PARTS:
        return None  # a block of the page, not a date line: not worth reading its text
    text = text_of(element)
    return date_line(text) if len(text) <= _DATE_LINE_MAX_CHARS and any(c.isdigit() for c in text) else None


def time_shown(time: HtmlElement) -> PartialDate | None:
    """The day a <time> shows, else its machine value: "2025-03-11T23:00:00Z" shown as "12 mars 2025" is the 12th
    where the page is, and a value's date in UTC may be the day before."""
    shown = _date_in(text_of(time))
    return shown if shown and shown.day else parse_date(time.get("datetime", "")[:10])


def _date_in(text: str) -> PartialDate | None:
    """The date an element classed as one shows ("03/10/2024", "12 mars 2024"): read on its own, since the
    card's text may glue it to a neighbour ("Comunicato03/10/2024"); not an end of an event's span ("Du 5 au 7 juin
    2025" in an agenda's date element)."""
    found = _date_outside_a_span(text)
    return found[0] if found else parse_date(text) or short_year_date(text)


# The words that join the two days of a span: "5–7 juin 2025", "du 5 au 7 juin 2025", "vom 5. bis 7. Juni 2025",
# "29 December 2024 – 3 January 2025", "dal 5 all'8 giugno".
_SPAN_JOIN = r"(?:[-–—]|\bau|\bbis(?:\s+zum)?|\bal|\ball['’]|\bto|\buntil|\bthrough|\bhasta(?:\s+el)?|\ba)"
# (a weekday may come between the join and the day: "du jeudi 5 juin au samedi 7 juin 2025")
_SPAN_BEFORE = re.compile(rf"(?:\d(?:er|re|st|nd|rd|th|º|°)?\.?|{MONTH_PATTERN})\s*{_SPAN_JOIN}\s*"
                          rf"(?:{WEEKDAY_PATTERN}\s*)?$", re.IGNORECASE)
# A day after the join, after its weekday at most ("Sa, 07.06.2025"), not a time ("12/03/2025 - 10:30", "12 mars
# 2025 - 10h30").
_SPAN_AFTER = re.compile(rf"\s*{_SPAN_JOIN}\s*(?:{WEEKDAY_PATTERN}\s*|[^\W\d_]{{2,3}}\.?,\s*)?"
                         r"\d\d?(?:[./]\d\d?[./]|\b(?![:h.]\d))", re.IGNORECASE)
_SPAN_BEFORE_CHARS = 30


def _date_outside_a_span(text: str) -> tuple[PartialDate, str] | None:
    """The first complete date written in `text`, and the phrase as written, unless it begins or ends the span of an
    event ("Sommet des maires, 5-7 juin 2025"): an item's event, not its own date."""
    found = find_full_date(text)
    if found is None:
        return None
    start = text.find(found[1])
    end = start + len(found[1])
    if _SPAN_BEFORE.search(text[max(0, start - _SPAN_BEFORE_CHARS):start]) or _SPAN_AFTER.match(text, end):
        return None
    return found
