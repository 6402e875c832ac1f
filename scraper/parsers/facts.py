"""Facts about city networks from a page's text: one row per claim, attributed to a network.

A section heading names the network its paragraphs are about; a sentence that names a network
explicitly is about that one. Where no heading names one (news pages, generic pages), a paragraph
keeps talking about the network it last named.
"""

import re
from collections import Counter
from collections.abc import Iterable, Iterator
from datetime import date
from itertools import pairwise

from .claims import (
    Claim,
    city_of_a_joining_label,
    dates_a_decision,
    find_claims,
    is_a_year_since_alone,
    joins_at_founding,
    names_a_founding_member,
    seat_there_unnamed,
    signed_it,
)
from .content import Block, PageContent, Teaser
from .count_context import clause_start, gathers_now, opens_a_timeline_entry, states_the_present
from .ids import short_hash
from .networks import (
    INITIATIVES,
    PROGRAMMES,
    NetworkMention,
    a_cross_border_region,
    acronym_of,
    could_name_a_network,
    find_networks,
    first_network,
    founded_under_the_name,
    is_a_longer_form,
    names_an_acronyms_network,
    names_introduced_by_a_noun,
    names_only_networks,
    network_as_subject,
    network_labelled_over_its_card,
    network_labelling_its_line,
    network_named_by_heading,
    network_named_over_its_facts,
    programmes_named_by_their_owner,
    renaming_cue_before,
    slugify,
    spells,
)
from .number_words import with_digits
from .numbers import find_counts
from .publishing_city import (
    PublishingCity,
    joined_by_another_authority,
    joined_by_another_city,
    joined_by_the_city_named_before,
    publishing_city,
)
from .text import case_blind_search, compile_guarded, split_sentences
from .vocabulary import NETWORKS

# A news teaser reports something that was true when the news was written, which may be years before the
# page that shows it: from a teaser only facts that do not age are taken, never counts or office holders, unless
# the teaser is less than a year old and says its figure is the present one ("compte désormais 8 400 villes",
# "now has"). (Any other teaser's counts would vanish from the same page as it ages: a false change.) An office holder
# a teaser less than a year old names holds it still: a term runs for years ("reçoit le maire d'Hiroshima, président
# des Maires pour la paix").
LASTING_ATTRIBUTES = {"founded", "founded_place", "headquarters", "joined"}
LASTING_A_YEAR = {"president"}
RECENT_TEASER_DAYS = 366

FACT_COLUMNS = ("fact_id", "network_id", "network_name", "attribute", "value", "value_num", "value_date",
                "qualifier", "unit", "evidence", "source_url", "lang", "page_date")


def _is_recent(teaser: Teaser, base: date | None) -> bool:
    """Dated less than a year before the page's own date (or the capture's), or an upcoming event's teaser of the year
    ahead (an agenda's, written before the page): what it says still holds."""
    return bool(teaser.date and base) and abs((base - teaser.date.first_day()).days) <= RECENT_TEASER_DAYS


# A heading that is a year before the page's: a timeline's entry ("2003" over a row of a history table), whose
# figures are that year's.
_YEAR_HEADING = re.compile(r"(?:1[89]|20)\d\d")
_A_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")


def _is_past_year(heading: str, base: date | None) -> bool:
    return bool(base and _YEAR_HEADING.fullmatch(heading.strip()) and int(heading) < base.year)


def _entry_text(text: str, year: str | None) -> str:
    """A timeline's entry with its year, when the year stands apart (a heading, a cell, a badge of its own): "1991"
    over "Adhésion à Eurocities" reads as "1991 : Adhésion à Eurocities"."""
    return f"{year} : {text}" if year else text


# A list's lead-in that states a membership: "Paris est membre de :", "Paris is a member of:", "Les réseaux auxquels
# la Ville adhère :"; each item after it names a network ("Eurocities, depuis 1991", "Metropolis (since 1985)").
_MEMBERSHIP_LEAD_IN = compile_guarded(
    r"\b(?:membre|member|mitglied|miembro|membro|adhère|adhérente?|belongs|fait\s+partie|part\s+of|forma\s+parte"
    r"|fa\s+parte)\b[^:]{0,60}:\s*$", re.IGNORECASE)
_LEAD_IN_CHARS = 150
_ITEM_OPENING_CHARS = 4  # "l'AIMF", "the UCLG"


def _lead_in(text: str) -> str | None:
    return text.strip() if len(text) <= _LEAD_IN_CHARS and _MEMBERSHIP_LEAD_IN.search(text) else None


# A heading naming no network that says the networks listed under it are the city's memberships: "Nos adhésions",
# "Our memberships", "Mitgliedschaften", "Redes a las que pertenece la ciudad", "Le reti a cui aderisce il Comune".
_MEMBERSHIP_HEADING = compile_guarded(
    r"\b(?:adhésions|memberships|mitgliedschaften|membresías|adhesiones|adesioni|membre|member|mitglied|miembro"
    r"|membro|adhère|adhérente?|belongs?|fait\s+partie|part\s+of|pertenece|forma\s+parte|fa\s+parte|aderisce"
    r"|appartient|appartiene|gehört)\b", re.IGNORECASE)
# A heading that says the networks under it are the city's own ("Nos réseaux", "Our networks", "Unsere Netzwerke"):
# a lead-in for its rows of a name and a year alone ("Eurocities (1991)", "Metropolis – depuis 2005"), not for the
# paragraphs a page's title heads.
_OWN_NETWORKS_HEADING = compile_guarded(
    r"\b(?:nos\s+réseaux|our\s+(?:city\s+)?networks|unsere\s+(?:städte)?netzwerke|nuestras\s+redes|le\s+nostre\s+reti)\b",
    re.IGNORECASE)
_HEADING_LEAD_IN_CHARS = 80
_YEAR_AFTER_A_NAME = re.compile(r"\s*[:(,–—-]\s*(?:(?:depuis|since|seit|desde|dal)\s+)?(?:1[89]|20)\d\d\s*\)?\s*\.?",
                                re.IGNORECASE)


def _heading_lead_in(text: str) -> str | None:
    """The heading as its list's lead-in ("Nos adhésions :"), when it says the list is of memberships."""
    text = text.strip().rstrip(":").rstrip()
    return f"{text} :" if len(text) <= _HEADING_LEAD_IN_CHARS and (
        _MEMBERSHIP_HEADING.search(text) or _OWN_NETWORKS_HEADING.search(text)) else None


def _listed_under(text: str, lead_in: str | None) -> str | None:
    """An item naming a network, read with the lead-in of its list: "Paris est membre de : Eurocities, depuis 1991"."""
    named = find_networks(text) if lead_in else []
    if named and _OWN_NETWORKS_HEADING.search(lead_in) and not _MEMBERSHIP_HEADING.search(lead_in) and not (
            _YEAR_AFTER_A_NAME.fullmatch(text, named[0].end)):
        return None  # under the city's own networks, a row of a name and a year only
    return f"{lead_in} {text}" if named and named[0].start <= _ITEM_OPENING_CHARS else None


_TEXT_UNDER_A_HEADING_CHARS = 600


def _unknown_network_heading(blocks: tuple[Block, ...], index: int) -> list[NetworkMention]:
    """The network the vocabulary does not know that the heading at `index` names, read with the text under it."""
    if not blocks[index].is_heading:
        return []
    under: list[str] = []
    for block in blocks[index + 1:]:
        if block.is_heading or sum(map(len, under)) >= _TEXT_UNDER_A_HEADING_CHARS:
            break
        under.append(block.text)
    named = network_named_by_heading(blocks[index].text, " ".join(under)) or _named_over_a_subtitle(blocks, index)
    if not named and index and not blocks[index - 1].is_heading:
        named = network_labelled_over_its_card(blocks[index - 1].text, blocks[index].text, " ".join(under))
    return [named] if named else []


def _translated_under_a_heading(blocks: tuple[Block, ...], index: int) -> list[NetworkMention]:
    """The known network the text under a heading names in brackets right after the heading's words, as their
    translation: "<h3>Città interculturali</h3> Il programma Città interculturali (Intercultural Cities) ..." heads
    Intercultural Cities' section, not a longer name holding the words ("Rete italiana Città interculturali")."""
    heading = blocks[index].text.strip()
    if not blocks[index].is_heading or index + 1 >= len(blocks) or blocks[index + 1].is_heading or not heading:
        return []
    text = blocks[index + 1].text
    found = text.casefold().find(f"{heading.casefold()} (")
    if found < 0:
        return []
    opening = found + len(heading) + 2
    closing = text.find(")", opening)
    inside = find_networks(text[opening:closing]) if closing > opening else []
    return [NetworkMention(inside[0].network_id, heading, 0, len(heading))] if (
        inside and inside[0].network_id in NETWORKS and inside[0].start == 0) else []


def _named_over_a_subtitle(blocks: tuple[Block, ...], index: int) -> NetworkMention | None:
    """A card's title that is an acronym alone, over a subtitle spelling it out ("Efus" over "Europäisches Forum für
    urbane Sicherheit"): the network the vocabulary does not know that both name; or a known network's name that is
    also a phrase of ordinary speech, which the vocabulary reads with the words that follow it, over a subtitle
    saying what the network is ("Avviso Pubblico" over "Enti locali e Regioni per la formazione civile")."""
    title = blocks[index].text.strip()
    following = blocks[index + 1] if index + 1 < len(blocks) else None
    if following is None or not following.is_heading:
        return None
    if names_an_acronyms_network(title, following.text):
        return NetworkMention(slugify(title), title, 0, len(title))
    named = find_networks(f"{title} – {following.text}")
    if named and (named[0].start, named[0].end) == (0, len(title)) and named[0].network_id in NETWORKS:
        return NetworkMention(named[0].network_id, title, 0, len(title))
    return None


# An acronym the page gives a known network after its name: "Union der Ostseestädte (Union of the Baltic Cities, UBC)",
# "l'Union des villes de la Baltique (UBC)". A heading naming it by that acronym alone ("Auf einen Blick: UBC", a fact
# box's title) heads that network's section.
# An acronym may keep a small letter of a word it abbreviates by two: "Asociación Chilena de Municipalidades (AChM)".
_ACRONYM_GIVEN = re.compile(r"\s*\((?:[^()]{0,60}?,\s*)?(?P<acronym>[A-Z](?:[a-z]?[A-Z0-9]){1,7})\)")
# Or opening a German compound: "UBC-Präsidentin Karin Wohlgemuth", "die UBC-Mitgliedsstädte" (not "UCLG-A", a name).
_ACRONYM = re.compile(r"(?<![\w-])[A-Z](?:[a-z]?[A-Z0-9]){1,7}(?!\w|-(?![A-ZÄÖÜ][a-zäöüß]{3}))")


def _acronyms_given(blocks: tuple[Block, ...]) -> dict[str, NetworkMention]:
    given: dict[str, NetworkMention] = {}
    for block in blocks:
        for mention in find_networks(block.text) if "(" in block.text else ():
            found = _ACRONYM_GIVEN.match(block.text, mention.end) or _short_name_given(block.text, mention)
            if found and not find_networks(found.group("acronym")):
                given.setdefault(found.group("acronym"), mention)
    return given


# Or a short name in one word that opens as the name's first word does: "la Asociación Colombiana de Ciudades
# Capitales (Asocapitales)", "la Federación Dominicana de Municipios (Fedomu)" (not a place: "Eurocities (Bruxelles)").
_SHORT_NAME_GIVEN = re.compile(r"\s*\((?P<acronym>[A-ZÀ-Ý][a-zà-ÿ]{4,20})\)")
_SHORT_NAME_OPENING_CHARS = 3


def _short_name_given(text: str, mention: NetworkMention) -> re.Match | None:
    found = _SHORT_NAME_GIVEN.match(text, mention.end)
    opening = mention.name[:_SHORT_NAME_OPENING_CHARS].casefold()
    return found if found and found.group("acronym").casefold().startswith(opening) else None


# An acronym the page uses without giving it, that the words of a network's name the page writes spell: "les villes
# membres de l'Union des villes suisses ... Le président de l'UVS, Mike Künzle": that network's, unless the acronym
# is a network's own.
_CAPITALS_ACRONYM = re.compile(r"(?<![\w-])[A-Z]{3,8}(?![\w-])")


def _acronyms_of_the_page(content: PageContent) -> dict[str, NetworkMention]:
    """The acronyms the page gives its networks after their names, and those their names spell (see above), and the
    names its text introduces by the noun of the city's membership (see below)."""
    given = _acronyms_given(content.blocks)
    texts = [block.text for block in content.blocks]
    texts += [text for teaser in content.teasers for text in (teaser.title, teaser.summary) if text]
    given |= {acronym: mention for acronym, mention in _acronyms_spelled_by_names(texts).items()
              if acronym not in given}
    return _names_introduced(content.blocks) | _names_given_an_acronym(given) | given


def _names_given_an_acronym(given: dict[str, NetworkMention]) -> dict[str, NetworkMention]:
    """The names of networks the vocabulary does not know that the page gave an acronym ("la Fédération nationale des
    villes tunisiennes (FNVT)"): written in full again in a sentence ("membre de la Fédération nationale des villes
    tunisiennes, basée à Tunis"), they name that network too."""
    return {mention.name: mention for mention in given.values()
            if mention.network_id not in NETWORKS and mention.name.count(" ") >= _FULL_NAME_SPACES}


# A name with no generic word of its own that the page introduces by the noun of the city's membership ("membre de
# l'association Cité de l'énergie depuis 1998") names that network wherever the page writes it again, in a heading
# that names another network beside it too ("Cité de l'énergie et Energy Cities"); so does an acronym an association's
# noun introduces ("l'assemblea dell'associazione ATRIUM ... ATRIUM, costituita nel 2013").
def _names_introduced(blocks: tuple[Block, ...]) -> dict[str, NetworkMention]:
    introduced: dict[str, NetworkMention] = {}
    for block in blocks:
        if block.is_heading:
            continue
        named, acronyms = names_introduced_by_a_noun(block.text)
        for mention in named + acronyms:
            if mention.network_id not in NETWORKS and any(
                    (other.start, other.end) == (mention.start, mention.end) for other in find_networks(block.text)):
                introduced.setdefault(mention.name, mention)
    return introduced


def _acronyms_spelled_by_names(texts: list[str]) -> dict[str, NetworkMention]:
    # an acronym that is a network's own ("AIMF", "CGLU") is never one a name spells: most pages use no other, and
    # their networks are not read for it
    used = {acronym for acronym in {found.group() for text in texts for found in _CAPITALS_ACRONYM.finditer(text)}
            if not find_networks(acronym)}
    if not used:
        return {}
    spelled: dict[str, NetworkMention] = {}
    for text in texts:
        for mention in find_networks(text):
            if (acronym := acronym_of(mention.name)) in used:
                spelled.setdefault(acronym, mention)
    return spelled


def _names_only(acronyms: dict[str, NetworkMention]) -> dict[str, NetworkMention]:
    """The names the page gives or introduces, not its acronyms: a heading's acronym is read only when the heading names
    no network."""
    return {name: mention for name, mention in acronyms.items() if " " in name}


def _named_by_a_given_acronym(text: str, acronyms: dict[str, NetworkMention]) -> list[NetworkMention]:
    named = [NetworkMention(acronyms[found.group()].network_id, found.group(), found.start(), found.end())
             for found in _ACRONYM.finditer(text) if found.group() in acronyms]
    return sorted(named + _named_by_a_given_short_name(text, acronyms), key=lambda mention: mention.start)


def _named_by_a_given_short_name(text: str, acronyms: dict[str, NetworkMention]) -> list[NetworkMention]:
    return [NetworkMention(mention.network_id, name, found.start(), found.end())
            for name, mention in acronyms.items() if name in text and not _ACRONYM.fullmatch(name)
            for found in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text)]


# A heading that is only the vocabulary's label of a network the page recognises elsewhere in a fuller form ("Avviso
# Pubblico" over its card, after "Avviso Pubblico – Enti locali e Regioni ..."): a name too common to be recognised
# alone ("avviso pubblico", a public notice) heads that network's section once the page has named the network.
# So does a fact box's heading that is the label after a kicker ("In evidenza: Avviso Pubblico", "Focus : ...").
_NETWORK_OF_LABEL = {label.lower(): network_id for network_id, label in NETWORKS.items()}
_KICKER = re.compile(r"[^:]{1,20}:\s*")


def _label_of_a_heading(text: str) -> str:
    text = text.strip()
    return text[kicker.end():] if (kicker := _KICKER.match(text)) else text


def _headings_named_by_their_label(blocks: tuple[Block, ...]) -> dict[int, list[NetworkMention]]:
    labelled = {index: network_id for index, block in enumerate(blocks)
                if block.is_heading and (network_id := _NETWORK_OF_LABEL.get(_label_of_a_heading(block.text).lower()))}
    if not labelled:
        return {}  # most pages: no heading is a label, the page's networks are not read again
    recognised = {mention.network_id for block in blocks for mention in find_networks(block.text)}
    return {index: [NetworkMention(network_id, blocks[index].text.strip(), 0, len(blocks[index].text.strip()))]
            for index, network_id in labelled.items() if network_id in recognised}


def _rows_labels(blocks: tuple[Block, ...]) -> dict[str, NetworkMention]:
    """The vocabulary's labels that open a row of the page ("Avviso Pubblico: nata nel 1996, associa ...") of networks
    the page recognises elsewhere in a fuller form: the network that row is about."""
    labels = {label for block in blocks if not block.is_heading and ":" in block.text
              and (label := block.text.split(":", 1)[0].strip()).lower() in _NETWORK_OF_LABEL}
    if not labels:
        return {}  # most pages: no row opens on a label, the page's networks are not read again
    recognised = {mention.network_id for block in blocks for mention in find_networks(block.text)}
    return {label: NetworkMention(network_id, label, 0, len(label)) for label in labels
            if (network_id := _NETWORK_OF_LABEL[label.lower()]) in recognised}


def _named_by_the_rows_label(text: str, named: list[NetworkMention], labels: dict[str, NetworkMention]
                             ) -> list[NetworkMention]:
    if named or not labels or ":" not in text:
        return named
    label = labels.get(text.split(":", 1)[0].strip())
    return [label] if label and text.startswith(label.name) else named


def _with_given_acronyms(text: str, named: list[NetworkMention], acronyms: dict[str, NetworkMention]
                         ) -> list[NetworkMention]:
    """The networks `text` names, with those it calls by the acronym the page gave them after their name ("la
    Organización Paraguaya de Cooperación Intermunicipal (OPACI)" ... "Fundada en 1954, la OPACI ..."), each of them:
    "Pendant de l'UVS pour l'ensemble des communes du pays, l'ACS compte 1 500 communes" counts the ACS's."""
    if not acronyms:
        return named
    given = [mention for mention in _named_by_a_given_acronym(text, acronyms)
             if not any(other.start < mention.end and mention.start < other.end for other in named)]
    return sorted(named + given, key=lambda mention: mention.start) if given else named


def _names_written_in_full(blocks: tuple[Block, ...]) -> list[NetworkMention]:
    """The page's names of networks the vocabulary does not know that open on an organisation's noun: the longer forms
    its short forms may refer to."""
    return [mention for block in blocks for mention in find_networks(block.text)
            if mention.name.count(" ") >= _FULL_NAME_SPACES and not mention.part_of]


_FULL_NAME_SPACES = 2


def _with_full_names(named: list[NetworkMention], full_names: list[NetworkMention]) -> list[NetworkMention]:
    """The networks named, those named by the short form of a name the page wrote in full as that name's: "la rete
    delle Città dell'Olio" under "Associazione Nazionale Città dell'Olio" is that association."""
    if not full_names:
        return named
    return [next((NetworkMention(full.network_id, mention.name, mention.start, mention.end) for full in full_names
                  if is_a_longer_form(full, mention)), mention) for mention in named]


# A German compound ending on a network's noun, that a network's written name holds as one of its words, is that
# network's short name: "Europäische Städtekoalition gegen Rassismus" ... "Mit dem Beitritt zur Städtekoalition",
# "Internationales Klimabündnis der Städte" ... "im Klimabündnis". Not the bare noun ("das Netzwerk", "die Koalition":
# any network's), nor a word two networks' names share.
_NETWORKS_COMPOUND = re.compile(r"(?<![\w-])[A-ZÄÖÜ][a-zäöüß]{2,}(?:koalition|bündnis|netzwerk|bund|verband|allianz"
                                r"|vereinigung|partnerschaft|städtetag)(?:e?s)?(?![\w-])")


# The compound in any case: "Dem 1915 gegründeten Städtebund" after "des Österreichischen Städtebundes".
_COMPOUNDS_CASE_ENDING = re.compile(r"(koalition|bündnis|netzwerk|bund|verband|allianz|vereinigung|partnerschaft"
                                    r"|städtetag)(?:ses|e?s)$")


def _compound_stem(word: str) -> str:
    return _COMPOUNDS_CASE_ENDING.sub(r"\1", word.casefold())


def _compound_of_a_name(text: str, names_words: dict[str, set[str]]) -> list[NetworkMention]:
    if not names_words:
        return []
    for found in _NETWORKS_COMPOUND.finditer(text):
        stem = _compound_stem(found.group())
        holders = [network_id for network_id, words in names_words.items()
                   if any(_compound_stem(word) == stem for word in words)]
        if len(holders) == 1:
            return [NetworkMention(holders[0], found.group(), found.start(), found.end())]
    return []


# A heading that is a key figure with its label ("Plus de 200 villes membres", "166 countries"): a row of its section's
# figures, not a section of its own.
_KEY_FIGURE = re.compile(r"(?:[^\W\d_]+\s+){0,2}\+?\s*\d[\d\s.,'’]*\+?(?:\s+[^\W\d_][\w'’-]*){1,3}")
_KEY_FIGURE_CHARS = 40


def _with_the_lines_label(sentence: str, named: list[NetworkMention]) -> list[NetworkMention]:
    """The sentence's networks, with the one its line's label names ("Partners for Climate Protection: Run jointly by
    FCM and ICLEI, PCP is a network of 500 municipalities") where the text calls it by its acronym."""
    labelled = network_labelling_its_line(sentence, named)
    if not labelled:
        return named
    kept = [mention for mention in named
            if not any(mention.start < own.end and own.start < mention.end for own in labelled)]
    return sorted([*labelled, *kept], key=lambda mention: mention.start)


# An owner's possessive right before another network's name: "the Federation of Canadian Municipalities' Big City
# Mayors' Caucus", "Eurocities' Culture Forum".
_POSSESSIVE = re.compile(r"['’]s?\s+")


def _owned_by_the_previous(sentence: str, named: list[NetworkMention]) -> list[NetworkMention]:
    """The networks named, each owned one's mention running over its owner's, the owner's dropped."""
    kept = []
    for mention in named:
        owner = kept[-1] if kept else None
        possessive = owner and _POSSESSIVE.match(sentence, owner.end)
        if possessive and possessive.end() == mention.start:
            kept[-1] = NetworkMention(mention.network_id, sentence[owner.start:mention.end], owner.start, mention.end)
        else:
            kept.append(mention)
    return kept


def _with_owners_programmes(sentence: str, named: list[NetworkMention]) -> list[NetworkMention]:
    """The sentence's networks, with the programmes it names by their owner ("FCM's Partners for Climate Protection
    program since 1998") in place of the owner named there: the sentence speaks of the programme. An owner whose
    possessive heads another known network ("chair of the Federation of Canadian Municipalities' Big City Mayors'
    Caucus") gives way to it the same way."""
    named = _owned_by_the_previous(sentence, named)
    programmes, owners = programmes_named_by_their_owner(sentence, named)
    if not programmes:
        return named
    kept = [mention for mention in named if mention not in owners]
    return sorted([*programmes, *kept], key=lambda mention: mention.start)


# A network's name then its translation in brackets is one network, the first name's: "la Great Wine Capitals Global
# Network (Red de Grandes Capitales del Vino)", "the Network of Walled Towns (Réseau des villes fortifiées)", "das
# Klima-Bündnis (Alianza del Clima)". The name before is the vocabulary's, else the slug of its capitalised words
# ending on an organisation's noun.
_NAME_BEFORE_BRACKET = re.compile(
    r"(?P<name>[A-ZÀ-Þ][\w'’&-]*(?:\s+(?:(?:of|for|and|the|de|des|du|del|di|der|für)\s+){0,2}[A-ZÀ-Þ][\w'’&-]*){0,6}?"
    r"\s+(?:Network|Alliance|Association|League|Union|Partnership|Forum|Federation|Organi[sz]ation|Coalition))"
    r"\s*\(\s*$")
_NAME_BEFORE_BRACKET_CHARS = 100


def _part_of_the_name(mention: NetworkMention, name: re.Match) -> bool:
    return mention.network_id not in NETWORKS and mention.start >= name.start("name")


def _with_translations_in_brackets(sentence: str, named: list[NetworkMention]) -> list[NetworkMention]:
    """The sentence's networks, with a network unknown to the vocabulary that is named in brackets right after another
    name as that name's network."""
    if "(" not in sentence:
        return named
    result = []
    for index, mention in enumerate(named):
        opening = sentence.rfind("(", max(0, mention.start - 3), mention.start)
        if mention.network_id in NETWORKS or opening < 0 or not sentence.startswith(")", mention.end) or sentence[
                opening + 1:mention.start].strip():
            result.append(mention)
            continue
        before = named[index - 1] if index else None
        if before is not None and before.end >= opening - 2 and not sentence[before.end:opening].strip():
            result.append(NetworkMention(before.network_id, mention.name, mention.start, mention.end))
        elif (name := _NAME_BEFORE_BRACKET.search(sentence, max(0, opening - _NAME_BEFORE_BRACKET_CHARS), opening + 1)
              ) and (before is None or before.end <= name.start() or _part_of_the_name(before, name)):
            if before is not None and _part_of_the_name(before, name):
                result.pop()  # "Great Wine Capitals Global" read as a name of its own, its noun left out
            result.append(NetworkMention(slugify(name.group("name")), name.group("name"), name.start("name"),
                                         mention.end))
        else:
            result.append(mention)
    return result


def _is_a_key_figure(text: str) -> bool:
    return len(text) <= _KEY_FIGURE_CHARS and bool(_KEY_FIGURE.fullmatch(text.strip())) and bool(
        find_counts(text)) and not find_networks(text)


def _paragraphs(content: PageContent, base: date | None, page_network: NetworkMention | None,
                acronyms: dict[str, NetworkMention]
                ) -> Iterator[tuple[str, NetworkMention | None, bool, bool | None, frozenset[str], bool]]:
    """Each paragraph with the network its section is about, whether that network is only the page's (its title
    or site names it, no heading), whether the paragraph belongs to a news teaser, and to a recent one (a
    timeline's entry reads as an old teaser: only what does not age), the networks its heading names when it
    names several ("Energy Cities et l'Alliance pour le climat"), and whether it is a heading (read for the city's
    joining only). `page_network`: the network the page's title or site names; `acronyms`: the page's (see
    _acronyms_of_the_page)."""
    section, past, shared = page_network, False, frozenset()
    heading_year = lone_year = lead_in = None
    alone = _names_alone(content.blocks)
    unknown_alone = _unknown_names_alone(content.blocks)
    entry_titles = _entry_titles(content.blocks)
    labelled = _headings_named_by_their_label(content.blocks)
    headed = False  # the section's network was named by a heading of the page's markup
    titled = None  # the network the heading just before names, when no text has come under it yet
    section_level = 0  # the rank of the <h1>-<h6> heading that named the section's network, 0 when none did
    full_names = None  # the page's names written in full, read when a heading first names a network
    for index, block in enumerate(content.blocks):
        year = block.text.strip() if _YEAR_HEADING.fullmatch(block.text.strip()) else None
        # an entry's title heads its entry in a timeline no heading of the page's has given a network's section
        if ((block.is_heading and not _is_a_key_figure(block.text)) or index in alone or index in unknown_alone
                or (index in entry_titles and not headed)):
            named = (_with_given_acronyms(block.text, find_networks(block.text), _names_only(acronyms))
                     or _translated_under_a_heading(content.blocks, index)
                     or _unknown_network_heading(content.blocks, index)
                     or unknown_alone.get(index, []) or _named_by_a_given_acronym(block.text, acronyms)[:1]
                     or labelled.get(index, [])
                     or _cross_border_region_of_an_entry(content.blocks, index, entry_titles))
            # a heading's short form of a name the page writes in full ("Red de Ciudades Inteligentes" over "la Red
            # Española de Ciudades Inteligentes") heads that network's section
            full_names = _names_written_in_full(content.blocks) if named and full_names is None else full_names
            named = _with_full_names(named, full_names) if named else named
            # a subtitle right under the network's name ("Le réseau des grandes villes européennes"): its section,
            # also when the text under it would make its description a name ("Foundation European Carnival Cities" over
            # "Le réseau des villes de carnaval" and the card's rows): the subtitle's own words name no network, and
            # do not spell out an acronym the title is ("FNVT" over "Fédération nationale des villes tunisiennes")
            if titled and block.is_heading and not year and (not named or (
                    named[0].network_id not in NETWORKS and not find_networks(block.text)
                    and not names_an_acronyms_network(titled.name, block.text))):
                named = [titled]
            named = [titled] if _spells_out_the_titles_section(titled, named) else named
            # "<h2>Eurocities</h2> ... <h3>History</h3>": a lower heading naming no network is a part of its section
            inherited = not named and _under_the_sections_heading(block, section_level, section, page_network) and (
                not year)
            named = named or ([section] if inherited else [])
            if not named or named[0] is not section:
                section_level = block.level if named else 0
                headed = bool(named) and block.is_heading
            # a part of a section is no title: a heading of the section's rank under it ("<h6>AEuCC</h6>", a tab's
            # label, then "<h3>AEuCC – Gruppo europeo ...</h3>") names another body, not a subtitle of the section's
            titled = named[0] if named and not inherited else None
            section = named[0] if named else page_network
            past = _is_past_year(block.text, base)
            shared = frozenset(mention.network_id for mention in named)
            shared = shared if len(shared) > 1 else frozenset()
            heading_year, lone_year, lead_in = year, None, None if named else _heading_lead_in(block.text)
            # an entry's title states facts of its own ("2004: Nace CGLU"), not only the city's joining
            yield block.text, section, section is page_network, None, shared, index not in entry_titles
        elif year:
            lone_year, titled = year, None
        else:
            titled = None
            text = _entry_text(block.text, lone_year or heading_year)
            listed = _listed_under(block.text, lead_in)
            lone_year, lead_in = None, lead_in if listed else _lead_in(block.text)
            own = _the_pages_own(section, section_level, page_network)
            yield listed or text, section, own, False if past else None, shared, False
    for teaser in content.teasers:
        teaser_network = first_network(teaser.title)
        recent = _is_recent(teaser, base)
        yield teaser.title, teaser_network, False, recent, frozenset(), False
        yield teaser.summary, teaser_network, False, recent, frozenset(), False


def _the_pages_own(section: NetworkMention | None, section_level: int, page_network: NetworkMention | None) -> bool:
    """The section's network is the one the page is about: its title or site names it, or its <h1> (the page's title
    heading, over "Weitere Netzwerke" or "Une association nationale" as over its own parts) with the title's network."""
    return section is page_network or (section_level == 1 and page_network is not None
                                       and section is not None and section.network_id == page_network.network_id)


def _spells_out_the_titles_section(titled: NetworkMention | None, named: list[NetworkMention]) -> bool:
    """A subtitle naming the section its title names in another form ("CGLU Afrique" over "Cités et Gouvernements
    Locaux Unis d'Afrique"): one section, as the title names it."""
    return bool(titled and titled.part_of and len(named) == 1 and named[0].part_of == titled.part_of)


def _under_the_sections_heading(block: Block, section_level: int, section: NetworkMention | None,
                                page_network: NetworkMention | None) -> bool:
    """A heading of a lower rank than the one that named the section's network (an <h3> under its <h2>)."""
    return section is not None and section is not page_network and 0 < section_level < block.level


# A block that is only a network's name ("Eurocities", "Cités et Gouvernements Locaux Unis (CGLU)"): a heading in all
# but its markup (a bold line, an accordion's button, a card's title, a <summary>), when no other name stands next to
# it (a list of networks, a row of tabs above their panels).
_LEFT_AROUND_A_NAME = re.compile(r"[\W\d_]*"
                                 # the network's key figures under its name: "Eurocities at a glance", "en chiffres"
                                 r"(?:(?:at\s+a\s+glance|in\s+(?:figures|numbers)|en\s+(?:chiffres|cifras)"
                                 r"|in\s+(?:zahlen|cifre)|key\s+figures|chiffres\s+clés)[\W\d_]*)?",
                                 re.IGNORECASE)
_NAME_CHARS = 80


def _names_only_a_network(text: str) -> bool:
    # a name ends with no sentence's punctuation: most short blocks are not searched
    mentions = find_networks(text) if len(text) <= _NAME_CHARS and not text.endswith((".", ":", "!", "?")) else []
    if not mentions:
        return False
    rest = "".join(text[start:end] for start, end in zip([0] + [m.end for m in mentions],
                                                           [m.start for m in mentions] + [len(text)], strict=True))
    return bool(_LEFT_AROUND_A_NAME.fullmatch(rest))


def _names_alone(blocks: tuple[Block, ...]) -> set[int]:
    naming = [not block.is_heading and _names_only_a_network(block.text) for block in blocks]
    return {index for index, names in enumerate(naming)
            if names and not (index and naming[index - 1]) and not (index + 1 < len(naming) and naming[index + 1])}


# A timeline's entry shown as a title and a text, each line with the entry's year ("2016: Mitglied der ECCAR" over
# "2016: Mit dem Beitritt zur Städtekoalition ..."): the title heads its entry, whose text is about the network the
# title names, or about none the earlier entries named ("2019: UNESCO-Welterbe" is no longer about Mayors for Peace).
_ENTRY_TITLE = re.compile(r"(?P<year>(?:1[89]|20)\d\d)\s*(?:[:–—]|-(?=\s))\s*")
_ENTRY_TITLE_CHARS = 60


def _entry_titles(blocks: tuple[Block, ...]) -> set[int]:
    titles = set()
    for index, (block, following) in enumerate(pairwise(blocks)):
        title, text = _ENTRY_TITLE.match(block.text), _ENTRY_TITLE.match(following.text)
        if (title and text and title.group("year") == text.group("year") and not block.is_heading
                and not following.is_heading and len(block.text) <= _ENTRY_TITLE_CHARS
                and not block.text.rstrip().endswith((".", "!", "?", ";", ":"))):
            titles.add(index)
    return titles


def _cross_border_region_of_an_entry(blocks: tuple[Block, ...], index: int, entry_titles: set[int]
                                     ) -> list[NetworkMention]:
    """The cross-border region a timeline entry's title names ("1997: Region Sønderjylland-Schleswig" over "1997: Die
    grenzüberschreitende Region wird gegründet"), as a heading would."""
    if index not in entry_titles:
        return []
    title = _ENTRY_TITLE.match(blocks[index].text)
    name = blocks[index].text[title.end():].strip()
    region = a_cross_border_region(name, blocks[index + 1].text)
    if region is None:
        return []
    return [NetworkMention(region.network_id, name, title.end(), title.end() + len(name))]


def _could_be_a_name(text: str) -> bool:
    text = text.strip()
    return len(text) <= _NAME_CHARS and not text.endswith((".", ":", "!", "?", ";", ",")) and could_name_a_network(text)


def _unknown_names_alone(blocks: tuple[Block, ...]) -> dict[int, list[NetworkMention]]:
    """The blocks that are only the proper name of a network the vocabulary does not know (a line in bold, a card's
    title the markup does not make a heading), with that network, when the blocks under them state its facts: "Réseau
    urbain rhénan" over "Membre fondateur", "Créé en 2002", "Cette plateforme rassemble onze villes". A list of names
    is no name over its facts."""
    names = [not block.is_heading and _could_be_a_name(block.text) for block in blocks]
    named = {}
    for index, block in enumerate(blocks):
        if not names[index] or (index and (names[index - 1] or _names_only_a_network(blocks[index - 1].text))) or (
                find_networks(block.text)):
            continue
        under: list[str] = []
        for following in blocks[index + 1:]:
            if following.is_heading or sum(map(len, under)) >= _TEXT_UNDER_A_HEADING_CHARS or (
                    _could_be_a_name(following.text) or _names_only_a_network(following.text)):
                break
            under.append(following.text)
        if under and (mention := network_named_over_its_facts(block.text.strip(), " ".join(under))):
            named[index] = [mention]
    return named


# An aside that names another network between the subject and its verb: "ICLEI, qui a signé un accord avec Energy
# Cities, regroupe 2 500 gouvernements locaux", "Eurocities (with UCLG) represents ...", or an apposition saying whose
# network or section the subject is ("la Red Estatal de Ciudades Educadoras (RECE), la red territorial de la AICE en
# España, que reúne ...", "L'AICCRE, sezione italiana del CCRE, ha sede a Roma"), or a participle naming who runs it
# ("PCP, run jointly by FCM and ICLEI Canada, has 550 members", "Il Coordinamento, promosso dall'ANCI, riunisce"):
# not the subject; nor is a network a relative clause opened by a preposition names ("The WHO network, to which the
# RFVAA is affiliated, counts", "das Netzwerk, dem das RFVAA angehört, zählt", "la red, a la que pertenece la FEMP,
# reúne", "la rete, a cui aderisce l'ANCI, conta", "le réseau, auquel adhère l'AMF, compte").
_ASIDE_OPENING = re.compile(r",\s*(?:qui|que|dont|which|who|whose|that|das|die|der|welche[sr]?|che|cui|cuy[oa]s?"
                            r"|(?:to|of|in|with|for|a|de|en|con|di|da|per|à|avec|dans|mit|zu|bei|an)\s+"
                            r"(?:which|whom|(?:la|el|los|las)\s+(?:que|cual(?:es)?)|cui|(?:il|la|i|le)\s+qual[ei]"
                            r"|laquelle|lequel|lesquel(?:le)?s|dem|der|denen)"
                            r"|dem|denen|deren|dessen|auquel|auxquel(?:le)?s|duquel|al\s+(?:que|cual)|alla\s+quale"
                            r"|al\s+quale|comme|like|as|wie|como|come)\b|\(|,\s*(?:[^\W\d]+\s+){1,2}(?:by|par|von|por|da|dal|dall['’]"
                            r"|dalla|dallo|dai|dalle)(?![\w'’])|,\s*(?:(?:la|le|l['’]|the|el|il|das|die|der|dem)\s*)?"
                            r"(?:[^\W\d]+\s+)?(?:réseau|red|rete|network|netzwerk|section|sección|sezione|sektion|chapter|branch"
                            r"|antenne|antena|antenna)\b", re.IGNORECASE)
_ASIDE_INSIDE = re.compile(r"[^,;()]*")
_ASIDE_CLOSING = re.compile(r"[^;]{0,200}?[,)]")


def _in_an_aside(sentence: str, mention: NetworkMention, position: int, earlier: int) -> bool:
    """The mention stands in an aside opened after `earlier` and closed before `position`."""
    openings = list(_ASIDE_OPENING.finditer(sentence, earlier, mention.start))
    return bool(openings) and _ASIDE_INSIDE.fullmatch(sentence, openings[-1].end(), mention.start) is not None and (
        _ASIDE_CLOSING.match(sentence, mention.end, position) is not None)


# A relative clause after a network, then a verb coordinated with the sentence's own: "Eurocities works with UCLG, which
# represents 240,000 local governments, and has 200 member cities": what follows is the subject's.
_RELATIVE_THEN_AND = re.compile(
    r",\s*(?:which|who|qui|que|che|die|das|der|welche[sr]?)\b[^;]{0,200}?,\s*(?:and|et|y|e|und)\s", re.IGNORECASE)


def _back_to_the_subject(sentence: str, mention: NetworkMention, position: int) -> bool:
    found = _RELATIVE_THEN_AND.match(sentence, mention.end)
    return bool(found) and found.end() <= position


def _outside_asides(sentence: str, position: int, before: list[NetworkMention]) -> list[NetworkMention]:
    """The mentions before a claim, without those of another network in an aside between the first of them and the
    claim ("L'Association internationale des maires francophones (AIMF), présidée ..." names the same one), all the
    names an aside coordinates ("PCP, which is run by FCM and ICLEI Canada, has 550 members")."""
    return before[:1] + [mention for earlier, mention in zip(before, before[1:], strict=False)
                         if mention.network_id == before[0].network_id
                         or not (_in_an_aside(sentence, mention, position, before[0].end)
                                 or _back_to_the_subject(sentence, mention, position))]


# A sentence opening with a possessive, or with a network's noun as its subject, points back to the network it is
# about: "Su Secretaría General ...", "Its secretariat ...", "Con sede en Quebec, la organización ...", "Founded in
# 2006, the network is coordinated from Stavanger", and in German with the words its article and noun enclose: "Das
# 1982 in Hiroshima gegründete Netzwerk zählt ...", "Der weltweite Verband ..." (a year, a place, adjectives), or with
# the article alone before the masculine noun ("Der Verband zählt 131 Mitglieder": "der" before a feminine noun may be a
# dative). In Spanish and Italian the subject may be left out: a sentence opening on a verb only a network has as its
# own ("Hoy integra a 40 ayuntamientos", "Agrupa a 32 comunas", "Riunisce oltre 50 città", "Ha sede a Roma").
_POSSESSIVE_OPENING = re.compile(r"(?:Su|Sus|Its|Their|Son|Sa|Ses|Leur|Leurs|Sein|Seine|Ihr|Ihre|Il\s+suo|La\s+sua)\s")
_NETWORKS_VERB_OPENING = re.compile(
    r"(?:(?:Hoy|Hoy\s+en\s+día|Actualmente|Ya|Oggi|Attualmente|Ad\s+oggi|Inoltre|Además)\s+)?"
    r"(?i:agrupa|reúne|integra|aglutina|congrega|cuenta\s+con|tiene\s+(?:su\s+)?sede|riunisce|raggruppa|conta"
    r"|ha\s+(?:la\s+(?:propria|sua)\s+)?sede)\s")
_NETWORK_NOUN_AS_SUBJECT = re.compile(
    r"(?:[^,.;]{0,60},\s*)?(?:(?i:la|le|l['’]|the|this|das|dieses|el|esta|il|questa|cette|ce)\s*"
    r"|(?i:der|dieser)\s+(?=(?i:verband)\b)"
    r"|(?i:das|der|dieses|dieser)\s+(?:(?:(?:1[89]|20)\d\d|in\s+[A-ZÄÖÜ][\w-]+|[a-zäöüß-]+(?:e|en|er|es))\s+){1,4})"
    r"(?i:réseau|association|organisation|network|organi[sz]ation|alliance|netzwerk|verband|bündnis|red|organización"
    r"|asociación|rete|associazione|organizzazione)\b(?!\s+(?i:de|des|du|d['’]|of|der|del|di|della)\b)")


# A relative clause, its pronoun after a preposition or not: ", dont", ", to which", ", dem", ", a la que", ", a cui".
_RELATIVE_OPENING = re.compile(
    r",\s*(?:(?:to|of|in|with|for|a|de|en|con|di|da|per|à|avec|dans|mit|zu|bei|an)\s+)?(?:which|whom|who|whose|dont|qui"
    r"|que|auquel|auxquel(?:le)?s|laquelle|lequel|dem|der|die|das|denen|deren|dessen|(?:la|el|los|las)\s+que|al\s+que"
    r"|cui|che|(?:il|la)\s+quale|alla\s+quale|al\s+quale)\b", re.IGNORECASE)


def _named_in_an_unnamed_subjects_aside(sentence: str, claim: Claim, network: NetworkMention,
                                        mentions: list[NetworkMention]) -> bool:
    """"Le réseau international des villes lentes, dont le RFVAA est membre, compte 1 600 villes", "The network, to
    which Eurocities belongs, counts 1,600 cities": the subject is a network the sentence names by its noun alone, the
    one named in its relative clause is not it, and owns none of the facts after."""
    subject = _NETWORK_NOUN_AS_SUBJECT.match(sentence)
    if claim.attribute == "joined" or subject is None or network not in mentions or not (
            subject.end() <= network.start < claim.position):
        return False
    opening = next(_RELATIVE_OPENING.finditer(sentence, subject.end(), network.start), None)
    if opening is None or any(subject.end() <= mention.start < opening.start() for mention in mentions):
        return False
    return (_ASIDE_INSIDE.fullmatch(sentence, opening.end(), network.start) is not None
            and _ASIDE_CLOSING.match(sentence, network.end, claim.position) is not None)


# A count of the countries the members named before come from, by a pronoun: "27 europäische Länder, aus denen sie
# kommen" under "über 1.800 Mitgliedskommunen im Klimabündnis", "27 pays d'où ils viennent", "27 countries they come
# from", "27 países de los que proceden", "27 paesi da cui provengono": the same network's.
_WHERE_THE_MEMBERS_COME_FROM = compile_guarded(
    r"\b(?:aus\s+denen\s+sie\s+(?:kommen|stammen)|d['’]où\s+(?:ils|elles)\s+viennent|dont\s+(?:ils|elles)\s+sont"
    r"\s+issu(?:e)?s|(?:(?:that|which)\s+)?they\s+come\s+from|from\s+which\s+they\s+come|de\s+(?:los|las)\s+que"
    r"\s+(?:proceden|vienen)|da\s+cui\s+provengono)\b", re.IGNORECASE)


def _network_referred_to(claim: Claim, sentence: str, named_before: NetworkMention | None,
                         named_in_section: dict[str, NetworkMention]) -> NetworkMention | None:
    """The network a sentence naming none refers to by a possessive or a network's noun as its subject ("Founded in
    2006, the network links more than 80 cities"): the one the section named as a subject before, else the only one
    it has named."""
    if claim.attribute == "joined":
        return None
    return _unnamed_subjects_network(sentence, named_before, named_in_section)


def _unnamed_subjects_network(sentence: str, named_before: NetworkMention | None,
                              named_in_section: dict[str, NetworkMention]) -> NetworkMention | None:
    """The network a sentence naming none has as its subject by a possessive or a network's noun."""
    if not (_POSSESSIVE_OPENING.match(sentence) or _NETWORK_NOUN_AS_SUBJECT.match(sentence)
            or _NETWORKS_VERB_OPENING.match(sentence) or _WHERE_THE_MEMBERS_COME_FROM.search(sentence)):
        return None
    only = list(named_in_section.values())
    return named_before or (only[0] if len(only) == 1 else None)


# A section of the network the sentence is about, named in a clause after the joining: "Quito es miembro desde 2004 y
# participa en la sección latinoamericana, FLACMA", "Medellín forma parte de la asociación desde 2004, en
# representación de la Red Latinoamericana de Ciudades Educadoras", "Linz ist seit 1993 Mitglied und arbeitet im
# Klimabündnis Österreich mit": the city's joining is the network's, not its section's ("se unió a la sección
# latinoamericana, FLACMA" joins the section).
_SECTION_IN_APPOSITION = re.compile(
    r"\b(?:section|sección|sezione|sektion|chapter|capítulo|capitolo)"
    r"(?:\s+(?!(?:de|des|du|del|della|di|of|der|von)\b)[^\W\d]+){0,2}\s*,?\s*(?:(?:le|la|el|il|the|die|der)\s+)?$",
    re.IGNORECASE)
_SECTION_NOUN_CHARS = 50
_CLAUSE_BREAK = re.compile(r"[,;]|\b(?:y|et|and|und|e|ed|sowie)\s", re.IGNORECASE)


def _named_as_the_promoter(mention: NetworkMention, sentence: str) -> bool:
    """Named as who promotes or runs the network the city joins, after its noun: "Entrada en la red promovida por la
    FEMP", "joins the network run by the WHO", "entre dans le réseau porté par l'AMF": not the network joined, which
    the section names."""
    return bool(_OWNER_OR_CHANNEL_BEFORE.search(sentence, max(0, mention.start - _OWNER_OR_CHANNEL_CHARS),
                                                mention.start))


def _a_section_in_a_later_clause(network: NetworkMention, mention: NetworkMention, sentence: str,
                                 position: int) -> bool:
    """The mention names a section of `network` in a clause after the one at `position`."""
    if mention.part_of == network.network_id:
        named_from = mention.start
    elif mention.network_id != network.network_id and (noun := _SECTION_IN_APPOSITION.search(
            sentence, max(0, mention.start - _SECTION_NOUN_CHARS), mention.start)):
        named_from = noun.start()
    else:
        return False
    return _CLAUSE_BREAK.search(sentence, position, named_from) is not None


# The national seat, "siège national", "sede nazionale", "sede nacional", "Bundesgeschäftsstelle": a national
# association's own, never that of its regional section ("ANCI Toscana ... La sede nazionale dell'associazione è a
# Roma" is ANCI's).
_NATIONAL_SEAT = re.compile(r"(?i:siège|sede)\s+(?i:national|nazionale|nacional)\b|(?i:bundesgeschäftsstelle)")


def _a_national_seat_for_a_part(claim: Claim, sentence: str, network: NetworkMention) -> bool:
    return (claim.attribute == "headquarters" and network.part_of is not None
            and _NATIONAL_SEAT.match(sentence, claim.position) is not None)


# Another body named as the subject, its founding in apposition: "The Coventry Cathedral's Community of the Cross of
# Nails, founded in 1959, ...", "Le Comité de jumelage, créé en 1962, ...", "Die Städtepartnerschaft Bonn–Oxford,
# gegründet 1947, ...", "La Fundación Ciudad de Paz, creada en 1990, ...", "L'Associazione Amici di Siena, fondata nel
# 1980, ...": its founding, not that of the network the section is about (named so, it is: "Città del Vino, fondata
# nel 1987").
_NAMED_SUBJECT_FOUNDED = re.compile(
    r"(?:(?i:the|le|la|les|die|der|das|el|los|il|lo)\s+|(?i:l)['’]\s*)?"
    r"(?P<name>[A-ZÀ-Ý][\w'’.-]*(?:\s+(?:(?:of|the|de|des|du|la|le|der|di|del|della|dei|degli|y|and|et|und|e|for"
    r"|pour|für|per|para)\s+)*[A-ZÀ-Ý][\w'’.–-]*){1,8})\s*,\s*(?i:founded|established|created|set\s+up|launched"
    r"|fondée?s?|créée?s?|gegründet|fundad[oa]s?|cread[oa]s?|fondat[oaie]|creat[oaie]|nat[oa])\b")
_FOUNDING_ATTRIBUTES = ("founded", "founded_place")


def _another_bodys_founding(claim: Claim, sentence: str, network: NetworkMention,
                            mentions: list[NetworkMention]) -> bool:
    """The sentence, naming no network, opens on another body's name with its founding in apposition."""
    if claim.attribute not in _FOUNDING_ATTRIBUTES or mentions:
        return False
    subject = _NAMED_SUBJECT_FOUNDED.match(sentence)
    if subject is None or claim.position < subject.end("name"):
        return False
    name, known = subject.group("name").lower(), network.name.lower()
    return slugify(name) != network.network_id and known not in name and name not in known and not (
        network.name.isupper() and spells(subject.group("name"), network.name))


def _possessors_network(sentence: str, mentions: list[NetworkMention], subject_before: NetworkMention | None,
                        context: NetworkMention | None) -> NetworkMention | None:
    """A sentence naming no network that opens on a possessive is about the subject of the sentence before, not about a
    network that sentence named in passing: "The Global Covenant of Mayors was launched in 2016 by merging the Compact
    of Mayors and the EU Covenant of Mayors. Its secretariat is in Brussels". A subject the vocabulary does not know may
    be a description in apposition ("Organisation mondiale des villes et des gouvernements locaux, CGLU a été créée"):
    the network named last stays the one referred to."""
    if mentions or subject_before is None or subject_before.network_id not in NETWORKS or (
            context is not None and context.network_id == subject_before.network_id):
        return None  # the network as the section last named it
    return subject_before if _POSSESSIVE_OPENING.match(sentence) else None


# A sentence opening on a personal pronoun, or in Spanish and Italian on the verb alone, has the subject of the sentence
# before as its own: "Fondée en 1998, l'AFCDRP fédère 180 collectivités. Elle est présidée par ...", "It is chaired
# by", "Sie wird von ... geleitet", "Está presidida por", "È presieduta da". Not for a joining: a network does not join
# itself, the pronoun is then the city ("Elle en est membre depuis 2008").
_PRONOUN_OPENING = re.compile(r"(?:Elle|Il|It|Sie|Er|Ella|Essa|Esso|Está|Es|È)\s")


def _pronouns_network(claim: Claim, sentence: str, mentions: list[NetworkMention],
                      subject_before: NetworkMention | None, context: NetworkMention | None) -> NetworkMention | None:
    """The subject of the sentence before, for a sentence naming no network that opens on a pronoun standing for it."""
    if claim.attribute == "joined" or mentions or subject_before is None or (
            subject_before.network_id not in NETWORKS
            or (context is not None and context.network_id == subject_before.network_id)):
        return None
    return subject_before if _PRONOUN_OPENING.match(sentence) else None


# A sentence opening on "the latter", after a lead-in or not, is about the last network the sentence before named, not
# about that sentence's subject: "l'AFCCRE est la section française du CCRE. Ce dernier fédère 60 associations", "The
# latter brings together", "Letzterer vereint", "Este último agrupa", "Quest'ultimo riunisce". In German the
# demonstrative alone, before a verb (lower case) and not a noun: "Dieser vereint 60 Verbände".
_THE_LATTER_OPENING = re.compile(
    r"(?:[^,.;]{0,60},\s*)?(?:(?i:ce\s+dernier|cette\s+dernière|celui-ci|celle-ci|the\s+latter|letzterer|letztere"
    r"|este\s+último|esta\s+última|quest['’]ultim[oa])|(?:Dieser|Diese|Dieses|dieser|diese|dieses)(?=\s+[a-zäöüß]))\b")


def _the_latters_network(claim: Claim, sentence: str, mentions: list[NetworkMention],
                         last_named_before: NetworkMention | None) -> NetworkMention | None:
    """The last network the sentence before named, for a sentence naming none that opens on "the latter"."""
    if claim.attribute == "joined" or mentions or last_named_before is None:
        return None
    return last_named_before if _THE_LATTER_OPENING.match(sentence) else None


def _the_paragraphs_subject(claim: Claim, sentence: str, mentions: list[NetworkMention],
                            about_before: NetworkMention | None) -> NetworkMention | None:
    """The network the paragraph's sentence before was about without naming it ("Fondée en 1997, l'association réunit
    17 villes.", "Das 1982 gegründete Netzwerk zählt 8.400 Städte."), for a sentence naming none that goes on about it:
    its president ("Präsident ist der Bürgermeister von Hiroshima, ..."), or a pronoun standing for it ("Elle est
    présidée par ...")."""
    if about_before is None or mentions or claim.attribute == "joined":
        return None
    return about_before if claim.attribute == "president" or _PRONOUN_OPENING.match(sentence) else None


# A joining in a clause coordinated after one naming another network names its own network after its verb: "Victoria
# has taken part in the PCP program since 1998 and has been a member of ICLEI since 2019", "adhère à Eurocities depuis
# 1991 et est membre de CGLU depuis 2004", "es socia de CIDEU y forma parte de Mercociudades desde 1999" (not "ICLEI,
# which the city joined in 2019 with C40": a relative clause is the earlier network's).
_COORDINATION = re.compile(r",?\s*\b(?:and|et|y|und|e|ed|sowie)\s", re.IGNORECASE)
_JOINING_TO_ITS_NETWORK_CHARS = 40


def _named_in_a_coordinated_joining(claim: Claim, last_before: NetworkMention, mentions: list[NetworkMention],
                                    sentence: str) -> NetworkMention | None:
    """The network a joining's own clause names after the claim, when a coordination parts it from the last one
    named before."""
    if claim.attribute != "joined" or not _COORDINATION.search(sentence, last_before.end, claim.position):
        return None
    after = next((mention for mention in mentions if mention.start > claim.position), None)
    if after is None or after.network_id == last_before.network_id or (
            after.start - claim.position > _JOINING_TO_ITS_NETWORK_CHARS
            or _CLAUSE_BREAK.search(sentence, claim.position, after.start)):
        return None
    return after


def _network_for(claim: Claim, mentions: list[NetworkMention], context: NetworkMention | None,
                 sentence: str = "") -> NetworkMention | None:
    if claim.about:
        return claim.about
    before = _outside_asides(sentence, claim.position, [mention for mention in mentions
                                                         if mention.start <= claim.position])
    if before and (coordinated := _named_in_a_coordinated_joining(claim, before[-1], mentions, sentence)):
        return coordinated
    if before:
        return before[-1]
    if context is not None and claim.attribute == "joined":
        mentions = [mention for mention in mentions
                    if not (_a_section_in_a_later_clause(context, mention, sentence, claim.position)
                            or _named_as_the_promoter(mention, sentence))]
    if context is None or not mentions:
        return mentions[0] if mentions else context
    if _POSSESSIVE_OPENING.match(sentence):
        return context  # "Su Secretaría General está en Barcelona, y ... de CGLU": the section's, named later or not
    # The section's network, named as the sentence itself writes it when it does.
    same = [mention for mention in mentions if mention.network_id == context.network_id]
    return same[0] if same else mentions[0]


def _joined_at_founding(sentence: str, claims: list[Claim], mentions: list[NetworkMention],
                        context: NetworkMention | None) -> tuple[NetworkMention, int] | None:
    """"Genève a rejoint l'organisation dès sa fondation", "La Ville en est membre fondateur": the network the city
    joined when it was founded, a date the sentence does not give, and where it says so."""
    if any(claim.attribute == "joined" for claim in claims) or not (
            since := joins_at_founding(sentence) or names_a_founding_member(sentence)):
        return None
    network = _network_for(Claim("joined", "", since.start()), mentions, context)
    return (network, since.start()) if network else None


# A sentence that names no network but points back to the one named before: "La Ville en est membre depuis 1991", "y a
# adhéré", "joined it in 2005", "ist dem Netzwerk 1994 beigetreten", "Mitglied des Bündnisses ist die Stadt seit 1985",
# "forma parte de la red", "vi aderisce dal 2002". A network's noun points back only when nothing names it after ("a
# rejoint le réseau Villes amies des aînés": another). So does a membership with no complement, its year right after
# ("Mantova, socia dal 2008, ...", "a member since 2008", "Mitglied seit 1985"), unless what follows the year says what
# the city is a member of ("membre depuis 2014 du bureau", "member since 2010 of the board").
_BARE_MEMBERSHIP = (r"\b(?:membre|adhérente?|member|mitglied|miembro|soci[oa]|membro)\s+(?:depuis|since|seit|desde|dal"
                    r"|dall['’])\s*(?:(?:le|the|dem|el|il)\s+)?(?:\d{1,2}(?:er)?\.?\s+[^\W\d]+\s+)?(?:1[89]|20)\d\d\b"
                    r"(?!\s*(?:du|de|des|d['’]|of|der|del|della|dell['’]|di|au|à|in|im|en|nel|nella)\b)")
_NETWORKS_NOUN_BACK = (
    r"\b(?:(?:le|ce|du|au)\s+réseau|(?:l['’]|cette\s+)(?:association|organisation)|(?:the|this)\s+(?:network"
    r"|association|organi[sz]ation|alliance)|(?:dem|im|beim|zum)\s+(?:netzwerk|verband|bündnis|städtenetzwerk)"
    r"|des\s+(?:(?:städte)?netzwerke?s|verbande?s|bündnisses)"
    r"|(?:la|esta|dicha)\s+(?:red|organización|asociación)|(?:la|alla|della|questa)\s+rete|l['’]associazione)\b"
    r"(?!\s*(?:[«“\"„(]|de\b|des\b|du\b|d['’]|of\b|der\b|für\b|for\b|pour\b|del\b|di\b|dei\b|delle\b|della\b"
    r"|(?-i:[A-ZÀ-Ý])))")
_POINTS_BACK = compile_guarded(
    r"\ben\s+(?:est|était|sont|devient|est\s+devenue?|a\s+été)\b|\by\s+(?:a\s+adhéré|adhère|est\s+entrée)\b"
    r"|\bl['’]a\s+rejoint\b|\b(?:joined|of|to|in)\s+it\b|\b(?:ihm|ihr)\s+(?:beigetreten|an)\b|\bdabei\b"
    r"|\b(?:a|de)\s+ella\b|\bvi\s+(?:aderisce|ha\s+aderito|è\s+entrat[ao])\b|\bne\s+(?:fa\s+parte|è\s+(?:membro|soci[oa]))\b"
    rf"|{_BARE_MEMBERSHIP}|{_NETWORKS_NOUN_BACK}", re.IGNORECASE)
# Under a release's subheading naming no network, only the network's noun takes up the one its text named: a pronoun or
# a membership with no complement may stand for the subheading's own subject ("Santé", then "La Ville en est membre").
_TAKEN_UP_BY_ITS_NOUN = compile_guarded(_NETWORKS_NOUN_BACK, re.IGNORECASE)
# Or it is a row as short as a label: "Membre depuis 1991", "Member since: 1991", "Mitglied seit 1994"; so is a key
# figure of a card or side box under the network's name ("Plus de 1 600 villes et communautés", "Présent dans 53 pays").
_LABEL_ROW_CHARS = 40


def _network_pointed_back(claim: Claim, sentence: str, named_before: NetworkMention | None) -> NetworkMention | None:
    """The network an earlier paragraph of the section named, for a joining that points back to it: "Eurocities
    rassemble 200 villes." then "La Ville en est membre depuis 1991."; and for a president named by the network's
    noun ("Anne Hidalgo, présidente de l'association"); and for a key figure in a row as short as a label under the
    network's name."""
    if named_before is None:
        return None
    if claim.unit is not None:
        return named_before if len(sentence) <= _LABEL_ROW_CHARS else None
    if claim.attribute not in ("joined", "president"):
        return None
    refers = (claim.attribute == "joined" and len(sentence) <= _LABEL_ROW_CHARS) or _POINTS_BACK.search(sentence)
    return named_before if refers else None


def _only_network_pointed_back(claim: Claim, sentence: str, named_in_section: dict[str, NetworkMention],
                               carried: dict[str, NetworkMention]) -> NetworkMention | None:
    """The one network the section has named, in passing or not, for a joining that points back to it: "Sarà Pisa a
    ospitare l'assemblea di Avviso Pubblico, la rete degli enti locali ..." then "Pisa vi aderisce dal 2014"; under a
    release's subheading naming none, the one its text named, for a joining that takes it up by its noun ("Membre du
    réseau depuis 2007")."""
    only = list((named_in_section or carried).values())
    points_back = _POINTS_BACK if named_in_section else _TAKEN_UP_BY_ITS_NOUN
    if claim.attribute != "joined" or len(only) != 1 or not points_back.search(sentence):
        return None
    return only[0]


# A network's name opens with its head noun ("Unión de Ciudades Capitales Iberoamericanas", "Lega delle Autonomie",
# "Union des villes"); a joining's sentence that takes it up after an article ("Cádiz forma parte de la Unión desde
# 2014", "Lyon a rejoint l'Union en 2008") points back to that network, unless a complement makes it another's ("la
# Unión Europea", "l'Union européenne", "the Union of Students": a capitalised word, "europ...", or "of" after it).
_HEAD_NOUN_CHARS = 4
_ARTICLE_BEFORE = (r"\b(?:la|l['’]|le|du|au|the|die|der|dem|zur|zum|im|el|del|al|il|lo|(?:al|dal|del|nel)l['’]"
                   r"|(?:al|dal|del|nel)la)\s*")
_COMPLEMENT_AFTER = (r"(?!\s+(?:of|de|des|du|d['’]|der|del|di|della|delle|dei|degli|europ\w*)\b)"
                     r"(?!\s+(?-i:[A-ZÀ-Ý]))")


def _head_noun(name: str) -> str | None:
    """The capitalised word a network's written name opens with, when it is a word (not an acronym)."""
    word = name.split(maxsplit=1)[0] if name.strip() else ""
    if len(word) < _HEAD_NOUN_CHARS or not word.isalpha() or word.isupper() or not word[0].isupper():
        return None
    return word


def _network_by_its_head_noun(claim: Claim, sentence: str,
                              named_in_section: dict[str, NetworkMention]) -> NetworkMention | None:
    """The one network the section has named whose head noun the joining's sentence takes up after an article."""
    if claim.attribute != "joined":
        return None
    taken_up = [mention for mention in named_in_section.values() if (head := _head_noun(mention.name)) and re.search(
        rf"{_ARTICLE_BEFORE}{re.escape(head)}\b{_COMPLEMENT_AFTER}", sentence, re.IGNORECASE)]
    return taken_up[0] if len(taken_up) == 1 else None


# A sentence whose subject is the capitalised head noun of the one network named before ("La Rete, nata nel 1995 e con
# sede a Modena, riunisce oltre 70 comuni ... del progetto Città Sane dell'OMS" after "Rete Italiana Città Sane – OMS",
# "La Red, creada en 2005, agrupa ..." after "Red Española de Ciudades por el Clima", "Le Réseau, fondé en 1990, ...")
# is about that network, whatever network it names later in passing; so is a subject after an opening clause, its
# article in lower case ("Présidée par Marc Reymond, l'Union regroupe 130 membres" after "l'Union des villes suisses").
_CAPITALISED_NOUN_AS_SUBJECT = re.compile(
    r"(?:(?:La|Le|L['’]|The|This|Die|Der|Das|El|Il|Lo|Questa|Esta|Cette|Ce)"
    r"|[^,.;]{0,60},\s*(?i:la|le|l['’]|the|this|die|der|das|el|il|lo|questa|esta|cette|ce))"
    r"\s*(?P<noun>[A-ZÀ-Þ][a-zà-ÿ]{2,})\b(?![\w-])(?!\s+[A-ZÀ-Þ])(?!\s+(?i:europ)\w*)")


def _with_head_noun_as_subject(sentence: str, mentions: list[NetworkMention],
                               named: Iterable[NetworkMention | None]) -> list[NetworkMention]:
    """The sentence's networks, with the network named before whose head noun is the sentence's subject."""
    if not (found := _CAPITALISED_NOUN_AS_SUBJECT.match(sentence)) or any(
            mention.start < found.end("noun") for mention in mentions):
        return mentions
    network = _the_one_network_headed_by(found.group("noun"), named)
    if network is None:
        return mentions
    return [NetworkMention(network, found.group("noun"), found.start("noun"), found.end("noun")), *mentions]


# A name's capitalised words before its complement: its head noun may come after an adjective or a place ("Covenant"
# in "Global Covenant of Mayors", "Pact" in "Milan Urban Food Policy Pact").
_NAMES_HEAD = re.compile(r"(?:[A-ZÀ-Þ][\w’'-]*\s*)+")


def _the_one_network_headed_by(noun: str, named: Iterable[NetworkMention | None]) -> str | None:
    networks = {mention.network_id for mention in named if mention and (head := _NAMES_HEAD.match(mention.name))
                and noun in head.group().split()}
    return networks.pop() if len(networks) == 1 else None


# The capitalised head noun of the network named before as what the city signed or joined: "Como ha sottoscritto il
# Patto nel 2010" after "Il Patto dei Sindaci per il clima e l'energia", "Niort a signé la Convention en 2010",
# "Sudbury signed the Covenant in 2010" (after "Global Covenant of Mayors"), "Cartagena firmó el Pacto en 2015",
# "Die Stadt unterzeichnete den Konvent 2010".
_CAPITALISED_NOUN_SIGNED = compile_guarded(
    r"\b(?:sottoscritto|firmato|signé|rejoint|signed|joined|firmó|suscribió|unterzeichnete)\s+"
    r"(?:(?:il|la|le|the|el|den)\s+|l['’])"
    r"(?P<noun>[A-ZÀ-Þ][a-zà-ÿ]{2,})\b(?![\w-])"
    # the whole name of something else: "a signé la Convention des Nations unies", "signed the Covenant on Rights"
    r"(?!\s+(?:[A-ZÀ-Þ]|(?:d['’]|de|des|du|of|on|for|di|dei|degli|del|della|von|der|für|pour|per|para|sur|sobre)\s))")


def _with_head_noun_as_object(sentence: str, mentions: list[NetworkMention],
                              named: Iterable[NetworkMention | None]) -> list[NetworkMention]:
    """A sentence naming no network, with the network named before whose head noun is what the city signed."""
    if mentions or not (found := _CAPITALISED_NOUN_SIGNED.search(sentence)):
        return mentions
    network = _the_one_network_headed_by(found.group("noun"), named)
    return [NetworkMention(network, found.group("noun"), found.start("noun"), found.end("noun"))] if network else []


def _an_unnamed_network_as_subject(sentence: str, mentions: list[NetworkMention]) -> bool:
    """The sentence is about a network it does not name, naming others in passing: "Ce réseau, bâti sur le modèle
    d'Eurocities, réunit des villes-santé" (not "Le réseau Eurocities rassemble ...")."""
    if not mentions:
        return False  # naming no network, it names none in passing: the subject is not read
    subject = _NETWORK_NOUN_AS_SUBJECT.match(sentence)
    return subject is not None and all(mention.start >= subject.end() and sentence[
        subject.end():mention.start].strip(" «“\"„") for mention in mentions)


# What may stand before a sentence's subject: an opening clause ("Créé en 1986, "), an article.
_BEFORE_THE_SUBJECT = re.compile(r"(?:[^,.;]{0,60},\s*)?(?:(?:le|la|les|l['’]|the|der|die|das|el|los|il|lo)\s*)?",
                                 re.IGNORECASE)


def _subject_network(sentence: str, mentions: list[NetworkMention]) -> NetworkMention | None:
    """The network the sentence is about, as its subject: "Eurocities rassemble 200 villes", "Créé en 1986, le C40 ..."
    (not one it names in passing: "Le réseau, sur le modèle d'Eurocities, ...")."""
    first = mentions[0]
    return first if _BEFORE_THE_SUBJECT.fullmatch(sentence, 0, first.start) else None


def _headed_by_another_network(section: NetworkMention | None, page_network: NetworkMention | None) -> bool:
    """The section's network is named by its heading, not by the page's title or site (the network's own pages)."""
    return section is not None and (page_network is None or section.network_id != page_network.network_id)


def _with_unknown_subject(sentence: str, mentions: list[NetworkMention],
                          section: NetworkMention | None) -> list[NetworkMention]:
    """The sentence's networks, with the one the vocabulary does not know that opens it as its subject (the section's,
    when it spells the acronym the section's heading names it by, or shortens the name the heading gives it: "Die
    Union der Hauptstädte" under "Union der Hauptstädte der Europäischen Union")."""
    subject = network_as_subject(sentence)
    if subject is None or any(mention.start < subject.end and subject.start < mention.end for mention in mentions):
        return mentions
    if section and ((section.name.isupper() and spells(subject.name, section.name))
                    or section.name.casefold().startswith(f"{subject.name.casefold()} ")):
        subject = NetworkMention(section.network_id, subject.name, subject.start, subject.end)
    return [subject, *mentions]


# "L'initiative, lancée en 2008, ...", "The pact was signed in 2015", "Esta iniciativa, lanzada en 2008, ...": an
# initiative or a pact as the subject, after an opening clause; not the city's own ("l'initiative de la Ville").
_INITIATIVE_SUBJECT_NOUNS = (r"initiative|iniciativa|iniziativa|pacte|pact|pacto|patto|pakt|convention|covenant"
                             r"|konvent")
# "The program counts over 500 municipalities", "Avviato nel 2008, il programma riunisce oltre 160 città": a
# programme's own word for itself.
_PROGRAMME_SUBJECT_NOUNS = r"programme|program|programa|programma|programm"


def _subject_noun(nouns: str) -> re.Pattern[str]:
    return re.compile(
        r"(?:[^,.;]{0,60},\s*)?(?:l['’]\s*|(?:the|le|la|die|der|das|el|il|this|cette|ce|dieser|diese|dieses|esta"
        rf"|este|questa|questo)\s+)(?P<noun>{nouns})\b"
        r"(?!\s+(?:de|del|della|dello|dei|di|of|du|des|d['’]|von|der)\b)", re.IGNORECASE)


_INITIATIVE_AS_SUBJECT = _subject_noun(_INITIATIVE_SUBJECT_NOUNS)
_APPOSITION = re.compile(r",[^,.;:()\d]{1,80},")  # no count of its own
_PROGRAMME_AS_SUBJECT = _subject_noun(_PROGRAMME_SUBJECT_NOUNS)


def _with_initiative_as_subject(sentence: str, mentions: list[NetworkMention],
                                section: NetworkMention | None) -> list[NetworkMention]:
    """The sentence's networks, with the section's where the sentence calls it "the initiative" or "the pact" as its
    subject, when it is one (not a programme of a network of cities), or "the programme", when it is a programme.
    Networks named only in the opening clause or in an apposition to the noun ("Run jointly by FCM and ICLEI Canada,
    the program counts ...", "The program, run by FCM and ICLEI Canada, counts ...") are not the subject."""
    if section is None:
        return mentions
    found = (_INITIATIVE_AS_SUBJECT.match(sentence) if section.network_id in INITIATIVES
             else _PROGRAMME_AS_SUBJECT.match(sentence) if section.network_id in PROGRAMMES else None)
    if found is None:
        return mentions
    apposition = _APPOSITION.match(sentence, found.end("noun"))
    subject_ends = apposition.end() if apposition else found.end("noun")
    if any(found.start("noun") < mention.end and not (apposition and mention.end <= subject_ends)
           for mention in mentions):
        return mentions
    return [*mentions, NetworkMention(section.network_id, found.group("noun"), found.start("noun"), found.end("noun"))]


# "The partnership, founded in Houston in 1995, ...", "L'Alliance réunit 300 communes", "Die Allianz wurde 1997
# gegründet", "Il Coordinamento, nato a Perugia nel 1986, ...", "La plateforme rassemble onze villes": the noun the
# section's network has in its own name ("World Energy Cities Partnership", "Allianz in den Alpen") as the sentence's
# subject, after an opening clause, is that network; not another body of that kind ("the partnership of the two
# cities").
_OWN_NOUN_AS_SUBJECT = re.compile(
    r"(?:[^,.;]{0,60},\s*)?(?:l['’]\s*|(?:the|this|le|la|cette|die|der|diese|el|esta|il|la|questa)\s+)"
    r"(?P<noun>partnership|partenariat|partnerschaft|partenariado|partenariato|alliance|allianz|alianza|alleanza"
    r"|coalition|koalition|coalición|coalizione|league|ligue|liga|lega|bündnis|movement|mouvement|bewegung"
    r"|movimiento|movimento|coordination|coordinamento|coordinadora|coordinación|koordination|plateforme|platform"
    r"|plataforma|piattaforma|plattform|verbund)\b(?:['’]s\b)?"
    r"(?!\s+(?:de|del|della|dello|dei|di|of|du|des|d['’]|von|der|between|entre|zwischen|tra|fra)\b)", re.IGNORECASE)


_NAME_WORDS = re.compile(r"[\s-]+")  # "Städte-Koalition" holds "Koalition"


def _with_own_noun_as_subject(sentence: str, mentions: list[NetworkMention], section: NetworkMention | None,
                              named_before: Iterable[NetworkMention] = ()) -> list[NetworkMention]:
    """The sentence's networks, with the section's where the sentence's subject is the noun of the section's name;
    else with the last network named before in the section whose name holds it ("Münster tritt der Europäischen
    Städte-Koalition gegen Rassismus bei. Die Koalition wurde 2004 gegründet" under another network's heading)."""
    if mentions or not (found := _OWN_NOUN_AS_SUBJECT.match(sentence)):
        return mentions
    noun = found.group("noun").casefold()
    network = next((candidate for candidate in (section, *reversed(list(named_before)))
                    if candidate and noun in _NAME_WORDS.split(candidate.name.casefold())), None)
    if network is None:
        return mentions
    return [NetworkMention(network.network_id, found.group("noun"), found.start("noun"), found.end("noun"))]


# "Creada en 2005 como sección de la FEMP, agrupa a más de 300 municipios", "se adhirió en 2005, a través de la FEMP",
# "brings together the mayors of 22 cities within FCM", "au sein de l'AMF", "über den Deutschen Städtetag", "tramite
# l'ANCI": a body the sentence names as its section's owner or as the channel of its joining; under a heading that names
# another network, the sentence is about that network.
_OWNER_OR_CHANNEL_BEFORE = re.compile(
    r"\b(?:a\s+través\s+de|por\s+medio\s+de|dentro\s+de|en\s+el\s+seno\s+de|secci[óo]n\s+de|par\s+l['’]intermédiaire"
    r"\s+de|par\s+le\s+biais\s+de|au\s+sein\s+(?:de|du|des)|section\s+(?:de|du|of)|through|via|within|branch\s+of"
    r"|chapter\s+of|über|innerhalb|sektion|im\s+rahmen|tramite|attraverso|sezione|all['’]interno|nell['’]ambito"
    # its promoter or creator: "la red promovida por la FEMP", "le réseau porté par l'AMF", "promossa dall'ANCI",
    # "promoted by LGA", "launched by UN-Habitat", "getragen vom Städtetag", "initiiert vom Klima-Bündnis"
    r"|(?:promovid[oa]|impulsad[oa]|cread[oa])\s+por|(?:promue?|porté(?:e)?|pilotée?|lancée?)\s+par"
    r"|(?:promoted|led|initiated|launched)\s+by|(?:promoss[oa]|avviat[oa])\s+da(?:l|lla|ll['’])?"
    r"|(?:getragen|initiiert)\s+vo[nm]"
    # its operators, each of two coordinated: "Program run by FCM and ICLEI Canada", "programme géré par l'AMF et CUF"
    r"|(?:(?:run|operated|managed|coordinated)\s+(?:jointly\s+)?by|géré\s+par|gérée\s+par|coordonnée?\s+par"
    r"|gestionad[oa]\s+por|coordinad[oa]\s+por|gestit[oa]\s+da(?:l|lla|ll['’])?|coordinat[oa]\s+da(?:l|lla|ll['’])?"
    r"|betrieben\s+vo[nm]|koordiniert\s+vo[nm])(?:\s+[^,;.()]{1,30}?\s+(?:and|et|y|e|und))?)"
    r"(?:\s+(?:la|le|les|l['’]|el|los|las|del|de|du|des|d['’]|the|den|die|das|dem|des|der|il|lo|di|della|dello|dell['’]"
    r"|del))*\s*$", re.IGNORECASE)
_OWNER_OR_CHANNEL_CHARS = 80  # two coordinated operators: "koordiniert vom Deutschen Städtetag und dem "


# The owner, then a relative clause of its own, after an apposition describing it or not: "il riconoscimento promosso da
# RECEVIN, la rete europea delle Città del Vino, che conta circa 800 Comuni", "le label porté par l'AMF, qui fédère
# 35 000 communes", "launched by ICLEI, which gathers 2,500 local governments", "initiiert vom Klima-Bündnis, das 2.000
# Kommunen vereint", "promovida por la FEMP, que agrupa 7.000 municipios": what the clause states is the owner's (a
# network the apposition names is its description, an aside).
_OWNERS_OWN_CLAUSE = re.compile(
    r"\s*(?:\([^()]{1,20}\))?\s*(?:,\s*(?:la|le|les|l['’]|the|el|il|die|der|das)\s*[^,;()]{1,80})?"
    r",\s*(?:que|qui|which|who|che|die|der|das|welche[rs]?)\b", re.IGNORECASE)


def _without_owners_or_channels(sentence: str, mentions: list[NetworkMention],
                                section: NetworkMention | None) -> list[NetworkMention]:
    """The sentence's networks, less those it names as the owner of the section's network or as the channel the city
    joined it through, under a heading naming another network."""
    if section is None:
        return mentions
    # the body by all the names the sentence gives it: "la Federación Española de Municipios y Provincias (FEMP)"
    owners = {mention.network_id for mention in mentions if mention.network_id != section.network_id
              and _OWNER_OR_CHANNEL_BEFORE.search(sentence, max(0, mention.start - _OWNER_OR_CHANNEL_CHARS),
                                                  mention.start)
              and not _OWNERS_OWN_CLAUSE.match(sentence, mention.end)}
    return [mention for mention in mentions if mention.network_id not in owners
            or _MEMBER_OF_BEFORE.search(sentence, max(0, mention.start - _MEMBER_OF_CHARS), mention.start)]


# The city a member of the owner itself: "Adelaide, a member of ICLEI – Local Governments for Sustainability since
# 1998, hosted a workshop run by ICLEI's Oceania office", "membre de l'AMF depuis 1990", "Mitglied im Städtetag":
# the owner so named is the network the city belongs to, not a channel.
_MEMBER_OF_BEFORE = re.compile(
    r"\b(?:member|membre|mitglied|miembro|membro)\s+(?:of(?:\s+the)?|de\s+la|de\s+l['’]|de|du|des|d['’]|im|in\s+der"
    r"|bei|von|del|della|dell['’]|di)\s*$", re.IGNORECASE)
_MEMBER_OF_CHARS = 30


# A national or regional section named by its noun with the adjective after it, then its parent: "la sezione italiana
# del CCRE", "la section française du CCRE", "la sección española del CMRE", "L'articolazione regionale dell'ANCI"; in
# English the adjective before the noun: "the Queensland branch of ALGA", "the Oceania chapter of ICLEI".
_NATIONAL_SECTION_OF_BEFORE = re.compile(
    r"\b(?:(?:secci[óo]n|section|sezione|capítulo|capitolo|chapitre|articolazione)\s+"
    r"(?!(?:de|del|du|des|di|della)\b)[^\W\d]+\s+(?:de\s+la|de\s+l['’]|de|del|du|des|d['’]|di|della|dell['’])"
    r"|(?!(?:the|a|an|its|their|of|and|or)\b)[^\W\d]+\s+(?:section|branch|chapter)\s+of(?:\s+the)?)\s*$",
    re.IGNORECASE)
# The parent then an aside of its own ("la section française du CCRE, qui fédère 60 associations", "du CCRE, fondé en
# 1951"): what the aside states is the parent's; unless the comma closes the section's apposition ("La FEMP, sección
# española del CMRE, agrupa ...").
_ASIDE_AFTER_PARENT = re.compile(r"\)?\s*(?:\([^()]{1,20}\))?\s*,")
_APPOSITION_OPENING = re.compile(r",\s*(?:(?:la|le|l['’]|el|il|the)\s*)?$", re.IGNORECASE)


def _without_parents_of_the_section(sentence: str, mentions: list[NetworkMention],
                                    section: NetworkMention | None) -> list[NetworkMention]:
    """The sentence's networks, less the parent of the section's network named as such ("L'associazione è la sezione
    italiana del CCRE e rappresenta 1.200 enti locali": the section's count), unless an aside after it tells of it."""
    if section is None:
        return mentions
    parents = set()
    for mention in mentions:
        if mention.network_id == section.network_id or not (named_section := _NATIONAL_SECTION_OF_BEFORE.search(
                sentence, max(0, mention.start - _OWNER_OR_CHANNEL_CHARS), mention.start)):
            continue
        last = max(other.end for other in mentions if other.network_id == mention.network_id)
        if not _ASIDE_AFTER_PARENT.match(sentence, last) or _APPOSITION_OPENING.search(
                sentence, max(0, named_section.start() - 8), named_section.start()):
            parents.add(mention.network_id)
    return [mention for mention in mentions if mention.network_id not in parents]


# The sentence's subject, then an apposition naming it a section of another network: "La Red Española de Ciudades por
# el Clima, sección de la FEMP para las políticas de cambio climático, está integrada por más de 300 ciudades", "La
# FEMP, sección española del CMRE, agrupa ...", "AVICC, a branch of UBCM, brings together 53 local governments": what
# the sentence goes on to state is the subject's; unless the parent has an aside of its own ("sección de la FEMP, que
# agrupa 8.000 municipios").
_SECTION_OF_APPOSITION = re.compile(
    r"\s*(?:\([^()]{1,20}\))?\s*,\s*(?:(?:la|le|l['’]|el|il|the|a|an|die|der|eine?|una?|un)\s*)?"
    # "der deutschen Sektion des RGRE": the adjective before the noun
    r"(?:[^\W\d]+\s+)?(?:section|secci[óo]n|sezione|sektion|branch|chapter|capítulo|capitolo|chapitre)(?:\s+[^\W\d]+)?\s+"
    r"(?:dell['’]|de\s+l['’]|(?:de\s+la|della|del|des|de|du|di|of\s+the|of|von|der)\b)\s*", re.IGNORECASE)
_PARENTS_OWN_ASIDE = re.compile(r"\s*(?:\([^()]{1,20}\))?\s*,\s*(?:que|qui|which|who|che|die|der|das|dont|cuyo|cuya"
                                r"|il\s+cui|la\s+cui)\b", re.IGNORECASE)


def _the_last_not_a_parent_in_passing(sentence: str, mentions: list[NetworkMention]) -> NetworkMention:
    """The last network the sentence names, passing over a parent its apposition names the network before a section
    of ("Troyes adhère à l'AFCCRE, la section française du CCRE. L'association compte 1 300 collectivités": the
    association is the AFCCRE), unless an aside of its own tells of the parent."""
    for mention in reversed(mentions):
        if not any(other.network_id != mention.network_id and other.end < mention.start
                   and (apposition := _SECTION_OF_APPOSITION.match(sentence, other.end))
                   and apposition.end() == mention.start for other in mentions) or _PARENTS_OWN_ASIDE.match(
                sentence, mention.end):
            return mention
    return mentions[-1]


def _without_the_subjects_parent(sentence: str, mentions: list[NetworkMention]) -> list[NetworkMention]:
    """The sentence's networks, less the one its subject's apposition names it a section of."""
    if len(mentions) < 2 or (subject := _subject_network(sentence, mentions)) is None:
        return mentions
    parents = {mention.network_id for mention in mentions[1:] if mention.network_id != subject.network_id
               and (apposition := _SECTION_OF_APPOSITION.match(sentence, subject.end))
               and apposition.end() == mention.start and not _PARENTS_OWN_ASIDE.match(sentence, mention.end)}
    return [mention for mention in mentions if mention.network_id not in parents]


# A network the sentence's subject itself belongs to, named as such in the subject's own clause: "Der Verband mit Sitz
# in Stuttgart zählt 190 Mitgliedsstädte und ist seinerseits Mitglied im Deutschen Städtetag", "Eurocities, membre du
# CCRE, rassemble 200 villes", "The association is itself part of UCLG and has 90 members", "La red forma parte de la
# FEMP y agrupa a 300 municipios": the parent owns none of the subject's facts, nor is a joining there the city's;
# unless an aside of its own tells of it ("membre du CCRE, qui fédère 60 associations"). The subject is a network, named
# or by its noun, not the city ("Konstanz ist Mitglied im Deutschen Städtetag"); a predicate coordinated after another
# subject is not the network's ("Eurocities compte 200 villes et Lyon est membre du CCRE"). So is a parent the subject
# is a national section of ("l'association est la section française du CCRE ; elle fédère 1 200 collectivités", "is
# the UK section of CEMR", "ist die deutsche Sektion des RGRE", "es la sección española del CMRE", "è la sezione
# italiana del CCRE"), or the body it was founded under ("L'associazione, nata nel 2008 sotto l'egida dell'ANCI, conta
# 34 Comuni", "founded under the aegis of", "sous l'égide de", "bajo el auspicio de", "unter dem Dach des").
_NETWORKS_NOUN_OPENING = re.compile(
    r"(?:[^,.;]{0,60},\s*)?(?:(?:the|this|le|la|ce|cette|der|die|das|dieser|diese|dieses|el|esta|este|il|lo|questa"
    r"|questo)\s+|l['’]\s*)(?:[a-zäöüß]+\s+)?(?:réseau|association|organisation|fédération|network|organi[sz]ation"
    r"|alliance|federation|coalition|netzwerk|verband|bündnis|verein|red|organización|asociación|federación|coalición"
    r"|rete|associazione|organizzazione|federazione|coalizione|GECT|EGTC|EVTZ|AECT)\b"
    r"(?!\s+(?:de|des|du|d['’]|of|der|des|del|della|dei|di|von)\b)", re.IGNORECASE)
# An apposition of the parent's own, unless its comma closes the subject's ("Eurocities, membre du CCRE, rassemble"):
# "ICLEI Canada is part of ICLEI, a global network of more than 2,500 local governments", "es miembro de CGLU, red
# mundial con sede en Barcelona".
_ASIDE_AFTER_THE_PARENT = re.compile(r"\s*(?:\([^()]{1,20}\))?\s*[,–—]")
_MEMBERSHIP_CUE = case_blind_search(re.compile(
    r"member|membre|mitglied|miembro|membro|part|section|secci|sezione|sektion|branch|chapter|capítulo|capitolo|egida"
    r"|égide|aegis|auspic|amparo|dach\b", re.IGNORECASE))
_SUBJECTS_MEMBERSHIP = re.compile(
    r"(?:\s*\([^()]{1,20}\))?(?:(?:\s+[a-zà-ÿäöüß]+)?(?:\s*,[^,;]{1,100},)?\s*|\s*,\s*"
    r"|[^;]{1,200}?\s(?:and|et|y|e|ed|und|sowie)\s+)"
    r"(?:(?:is|ist|est|es|è|fait|fa|forma|was|war|fut|fue|era|has\s+been|a\s+été|ha\s+sido|è\s+stat[oa])\s+)?"
    r"(?:(?:seit|since|depuis|desde|dal|dès)\s+(?:1[89]|20)\d\d\s+)?(?:(?:itself|also|lui-même|elle-même|aussi|également|seinerseits|selbst|auch|ebenfalls|también|anche|inoltre"
    r"|a\s+su\s+vez|a\s+sua\s+volta)\s+)?(?:(?:(?:a|an|un|une|ein|eine|una|uno)\s+)?(?:(?:full|founding)\s+)?"
    r"(?:member|membre|mitglied|gründungsmitglied|miembro|membro|part|partie|parte)"
    r"(?:\s+(?:fondat(?:eur|rice|ore)|fundador[a]?))?"
    # a national section, its adjective before or after its noun: "la section française", "die deutsche Sektion"
    r"|(?:the|la|le|die|el|il|a|an|une|eine|una)\s+(?:[^\W\d]+\s+)?(?:section|secci[óo]n|sezione|sektion|branch"
    r"|chapter|capítulo|capitolo)(?:\s+(?!(?:of|de|du|des|del|della|di|der|von)\b)[^\W\d]+)?"
    # the body it was founded under, after the founding's words: "nata nel 2008 sotto l'egida"
    r"|(?:[^,;]{0,40}?\s)?(?:sotto\s+l['’]\s*egida|sous\s+l['’]\s*égide|under\s+the\s+(?:aegis|auspices)"
    r"|bajo\s+(?:el\s+)?(?:auspicio|amparo)|unter\s+dem\s+dach))\s+"
    r"(?:of\s+the|of|de\s+la|de\s+l['’]|de|du|des|d['’]|im|in\s+der|in\s+den|der|del|della|dell['’]|dello|di|dei"
    r"|degli|delle)\s*", re.IGNORECASE)


# A personal pronoun standing for the network the sentence before had as its subject: "Der Sächsische Städte- und
# Gemeindetag hat seinen Sitz in Dresden. Er vertritt 420 Städte und Gemeinden und ist Mitglied im Deutschen Städtetag",
# "Elle est membre du CCRE", "It is a member of CEMR", "Ella es miembro de", "Essa è socia dell'" (not the Italian
# article "Il", nor a Spanish or Italian verb whose subject may be the city).
_PERSONAL_PRONOUN_OPENING = re.compile(r"(?:Elle|It|Er|Sie|Ella|Essa|Esso|Il(?=\s+(?:est|a|fait)\s))\s")


def _the_subjects_parents(sentence: str, mentions: list[NetworkMention],
                          subject_before: NetworkMention | None = None) -> set[str]:
    """The networks the sentence names as what its subject, a network, is itself a member or a part of."""
    if not mentions or not _MEMBERSHIP_CUE.search(sentence):
        return set()
    if (noun := _NETWORKS_NOUN_OPENING.match(sentence)) and mentions[0].start >= noun.end():
        subject_end, subject_id = noun.end(), None
    elif subject := _subject_network(sentence, mentions):
        subject_end, subject_id = subject.end, subject.network_id
    elif subject_before and (pronoun := _PERSONAL_PRONOUN_OPENING.match(sentence)):
        subject_end, subject_id = pronoun.end(), subject_before.network_id
    else:
        return set()
    parents = {mention.network_id for mention in mentions if mention.network_id != subject_id
               and mention.start > subject_end and _SUBJECTS_MEMBERSHIP.fullmatch(sentence, subject_end, mention.start)
               and not _PARENTS_OWN_ASIDE.match(sentence, mention.end) and not (
                   "," not in sentence[subject_end:mention.start]
                   and _ASIDE_AFTER_THE_PARENT.match(sentence, mention.end))}
    for previous, mention in zip(mentions, mentions[1:], strict=False):
        if previous.network_id in parents and mention.network_id != subject_id and _ANOTHER_PARENT_AFTER.fullmatch(
                sentence, previous.end, mention.start) and not _PARENTS_OWN_ASIDE.match(sentence, mention.end):
            parents.add(mention.network_id)
    return parents


# A second parent coordinated with the first: "Mitglied im Deutschen Städtetag sowie im Deutschen Städte- und
# Gemeindebund", "membre du CCRE et de CGLU", "a member of CEMR and of UCLG", "miembro del CMRE y de CGLU".
_ANOTHER_PARENT_AFTER = re.compile(
    r"\s*(?:\([^()]{1,20}\)\s*)?(?:,\s*)?(?:and|et|y|e|ed|und|sowie|as\s+well\s+as|ainsi\s+que)\s+"
    r"(?:(?:of\s+the|of|de\s+la|de\s+l['’]|de|du|des|d['’]|im|in\s+der|in\s+den|der|del|della|dell['’]|di|dei)\s*)?"
    r"(?:(?:the|la|le|l['’]|el|il|der|die|das|den|dem)\s*)?", re.IGNORECASE)


# A former name in an apposition after the network's: "Alberta Municipalities, known until 2021 as the Alberta Urban
# Municipalities Association (AUMA), was founded in 1905", "Cités Unies France, anciennement la Fédération mondiale des
# cités unies", "früher Deutscher Städtetag", "antes llamada", "già Legautonomie", or the name it was founded under
# ("L'association a été fondée en 1988 sous le nom de Fédération des maires des villes moyennes (FMVM)"): the sentence
# is about the network by its name now (the renaming's cues are the networks' own, `renaming_cue_before`).
_OPENING_BRACKET = re.compile(r"\s*\(\s*")


def _without_former_names(sentence: str, mentions: list[NetworkMention]) -> list[NetworkMention]:
    """The sentence's networks, less one named as another's former name (the one it is called now, if the vocabulary
    knows it, stays)."""
    former, named_now, previous = set(), set(), None  # previous: the mention before
    for mention in mentions:
        # the former name's acronym in brackets after it is the former name too: "... Association (AUMA)"
        if renaming_cue_before(sentence, mention) is not None or founded_under_the_name(sentence, mention) or (
                previous and previous.network_id in former
                and _OPENING_BRACKET.fullmatch(sentence, previous.end, mention.start)):
            former.add(mention.network_id)
        else:
            named_now.add(mention.network_id)  # "Autonomie Locali Italiane, già Legautonomie": the same network
        previous = mention
    return [mention for mention in mentions if mention.network_id not in former - named_now]


# A sentence opening on an apposition that names the section its subject is, then the subject by its noun: "Section
# française du CCRE, l'association fédère 1 300 collectivités", "The UK section of CEMR, the association represents",
# "Sezione italiana del CCRE, l'associazione riunisce": the parent is named in passing, the subject is the network named
# before (the section itself).
_OPENING_SECTION_OF = re.compile(
    r"(?:(?:la|le|the|die|el|il)\s+)?(?:[^\W\d]+\s+)?(?:secci[óo]n|section|sezione|sektion|chapter|branch|capítulo"
    r"|capitolo)(?:\s+[^\W\d]+)?\s+(?:de\s+la\s+|de\s+l['’]|dell['’]|d['’]|(?:del|de|du|des|di|della|dello|of\s+the|of"
    r"|der|von)\s+)", re.IGNORECASE)


def _without_the_parent_of_an_opening_section(sentence: str, mentions: list[NetworkMention]) -> list[NetworkMention]:
    """The sentence's networks, less the parent an opening apposition names its subject a section of."""
    if not mentions or not (subject := _NETWORK_NOUN_AS_SUBJECT.match(sentence)):
        return mentions
    parent = mentions[0]
    if parent.end >= subject.end() or not _OPENING_SECTION_OF.fullmatch(sentence, 0, parent.start):
        return mentions
    return [mention for mention in mentions if mention.network_id != parent.network_id]


# "In 2004 Edinburgh became a City of Literature. The network was created the same year": the year of the sentence
# before, when it names one only ("el mismo año en que ..." after a year of its own sentence is read as a clause).
_SAME_YEAR = compile_guarded(
    r"\b(?:(?:in\s+)?the\s+same\s+year|la\s+même\s+année|(?:im\s+)?(?:selben|gleichen)\s+jahr"
    r"|(?:en\s+)?(?:ese\s+|el\s+)mismo\s+año|(?:nello|lo)\s+stesso\s+anno)\b", re.IGNORECASE)
# "That year": the one year of the sentence before, or of the sentence itself before the words, as a timeline's entry
# gives it ("1987: Arezzo è tra i comuni che danno vita alla Città del Vino, fondata quell'anno a Siena").
_THAT_YEAR = compile_guarded(
    r"\b(?:(?:in\s+)?that\s+year|cette\s+année-là|(?:in\s+)?jenem\s+jahr|(?:en\s+)?(?:ese|aquel)\s+año"
    r"|(?:in\s+)?quell['’]anno)(?!\w)", re.IGNORECASE)


# "The same year" that opens a relative clause compares two events of one year ("desde 2004, el mismo año en que la
# red fue fundada"): read by the clause's own patterns.
_SAME_YEAR_AS_A_CLAUSE = re.compile(r"\s*(?:en\s+que|in\s+which|when|où|que|in\s+dem|als|in\s+cui|che|as)\b",
                                    re.IGNORECASE)


# Every word of "the same year" and "that year" holds one of these, in any case: a sentence without one is not
# searched (most sentences).
_YEAR_WORDS = ("year", "année", "jahr", "año", "anno")


def _with_the_same_year(sentence: str, before: str) -> str:
    """The sentence with "the same year" or "that year" written as the year it refers to ("in 2004")."""
    lowered = sentence.lower()
    if not any(word in lowered for word in _YEAR_WORDS):
        return sentence
    if same := _SAME_YEAR.search(sentence):
        years = set(_A_YEAR.findall(before))
        # none before: the one year its own sentence gives before the words, as a timeline's entry does ("2014:
        # Valdivia es uno de los municipios que dan vida a la Red, fundada ese mismo año")
        if not years and not _SAME_YEAR_AS_A_CLAUSE.match(sentence, same.end()):
            years = set(_A_YEAR.findall(sentence, 0, same.start()))
    elif same := _THAT_YEAR.search(sentence):
        years = set(_A_YEAR.findall(before)) | set(_A_YEAR.findall(sentence, 0, same.start()))
    else:
        return sentence
    if len(years) != 1:
        return sentence
    return f"{sentence[:same.start()]}in {years.pop()}{sentence[same.end():]}"


# A place named behind its town's noun: "in the French city of Besançon", "in our twin city Besançon", "dans la ville
# française de Besançon", "in unserer Partnerstadt Besançon", "en la ciudad francesa de Besanzón", "nella città
# francese di Besançon". The place is the name: read "in Besançon" (a name holding the noun, written in capitals,
# stays whole: "en Ciudad de México", "a Città di Castello").
_TOWN_BEFORE_ITS_NAME = compile_guarded(
    r"\b(?:(?P<prep>in|à|dans|en)\s+(?:the|our|la|notre|der|unserer|nuestra|la\s+nostra)|(?P<nella>nella)(?:\s+nostra)?)"
    r"\s+(?:[\w-]+\s+){0,2}?"
    # a German city by its title: "in der Hansestadt Lübeck", "in der Bundeshauptstadt Wien"
    r"(?-i:city|town|ville|cité|Stadt|Partnerstadt|Schwesterstadt|(?:Hanse|Landeshaupt|Bundeshaupt|Haupt)stadt"
    r"|ciudad|localidad|città|cittadina)"
    r"(?:(?:\s+(?-i:[a-zà-öø-ÿ]+))?\s+(?:of|de|d['’]|di|del)\s*|\s+)"
    r"(?=(?-i:[A-ZÀ-ÖØ-ÞĀ-ž]))", re.IGNORECASE)
_PLACE_PREPOSITION = {"dans": "à"}


def _with_places_unwrapped(sentence: str) -> str:
    """The sentence with each place named behind its town's noun written as its name alone."""
    # the guarded search finds what the substitution would replace at a fraction of its case-blind scan
    if not _TOWN_BEFORE_ITS_NAME.search(sentence):
        return sentence
    return _TOWN_BEFORE_ITS_NAME.sub(
        lambda found: "a " if found.group("nella") else _PLACE_PREPOSITION.get(found.group("prep").lower(),
                                                                              found.group("prep")) + " ", sentence)


# A city whose name has an article, after a preposition the article contracts with: "née au Havre", "siège au Mans",
# "aux Sables-d'Olonne", "du Havre"; Italian "al Cairo", "all'Aia". The place is the name with its article ("à Le
# Havre"); a country or a province after "au" ("au Québec", "au Canada") is no city, so only these names are read so.
# An article that stays written ("à La Haye", "en El Cairo") needs nothing.
_CONTRACTED_ARTICLE = compile_guarded(
    # every contracted article starts with an "a" or a "d": other words are passed over at their first letter
    r"\b(?=[aAdD])(?:(?P<fr>(?i:au|du|aux|des))\s+(?P<fr_name>Havre|Mans|Caire|Cap|Creusot|Puy-en-Velay|Touquet|Lamentin|Bourget"
    r"|Cannet|Blanc-Mesnil|Kremlin-Bicêtre|Plessis-Robinson|Chesnay|Vésinet|Pecq|Raincy|Sables-d['’]Olonne|Ulis|Lilas"
    r"|Mureaux|Abymes|Herbiers|Andelys)|(?P<it>(?i:al|dal|del|all['’]|dall['’]|dell['’]))\s*(?P<it_name>Cairo|Aia"
    r"|Aquila|Avana))\b(?![\w’'-])")
# The names only: a sentence naming none of them has no article to spell out (most sentences).
_CONTRACTED_NAME = re.compile(r"Havre|Mans|Caire|Cap|Creusot|Puy-en-Velay|Touquet|Lamentin|Bourget|Cannet|Blanc-Mesnil"
                              r"|Kremlin-Bicêtre|Plessis-Robinson|Chesnay|Vésinet|Pecq|Raincy|Sables-d['’]Olonne|Ulis"
                              r"|Lilas|Mureaux|Abymes|Herbiers|Andelys|Cairo|Aia|Aquila|Avana")
_ARTICLE_CONTRACTED = {"au": ("à", "Le "), "du": ("de", "Le "), "aux": ("à", "Les "), "des": ("de", "Les "),
                       "al": ("a", "Il "), "dal": ("da", "Il "), "del": ("di", "Il "), "all": ("a", "L'"),
                       "dall": ("da", "L'"), "dell": ("di", "L'")}


def _with_articles_spelled_out(sentence: str) -> str:
    """The sentence with each contracted article of a city's name written out: "née au Havre" as "née à Le Havre"."""
    def spelled(found: re.Match) -> str:
        contracted = (found.group("fr") or found.group("it")).lower().rstrip("'’")
        preposition, article = _ARTICLE_CONTRACTED[contracted]
        if found.group("fr") and found.group("fr")[0].isupper():
            preposition = preposition.capitalize()
        return f"{preposition} {article}{found.group('fr_name') or found.group('it_name')}"
    if not _CONTRACTED_NAME.search(sentence):
        return sentence
    return _CONTRACTED_ARTICLE.sub(spelled, sentence)


# Italian writes "a" as "ad" before a vowel: "ha sede ad Ancona", "nato nel 1999 ad Atene" are "a Ancona", "a Atene",
# the preposition every Italian pattern of a place reads. Only after a seat's or a founding's word: "aderisce ad Avviso
# Pubblico" names a network, no place.
_EUPHONIC_AD = compile_guarded(
    r"\b(?P<cue>(?:sede|segreteria|segretariato|base|basat[oa]|nat[oa]|nasce|nacque|fondat[oa]|costituit[oa]|creat[oa])"
    r"(?:\s+(?:nel\s+\d{4}|tuttora|ancora|anche|generale),?)?\s+a)d(?=\s+[AEIOUÀÈÉÌÒÙ])", re.IGNORECASE)


def _with_euphonic_d_dropped(sentence: str, lang: str | None) -> str:
    """The sentence with each Italian "ad" before a place written "a": "ha sede ad Ancona" as "ha sede a Ancona" (an
    English "ad" is a word of its own)."""
    return _EUPHONIC_AD.sub(r"\g<cue>", sentence) if lang in ("it", None) else sentence


def _without_other_cities_joinings(sentence: str, claims: list[Claim], lang: str | None, city: PublishingCity,
                                   mentions: list[NetworkMention]) -> list[Claim]:
    """"Regensburg, one of our twin cities, joined Eurocities in 2022": not the publishing city's joining."""
    networks = [(mention.start, mention.end) for mention in mentions]
    return [claim for claim in claims if claim.attribute != "joined"
            or not (joined_by_another_city(sentence, claim.position, lang, city, networks)
                    or joined_by_another_authority(sentence, claim.position, city, networks)
                    or joined_by_the_city_named_before(sentence, claim.position, city, networks)
                    or _labelled_as_another_citys(sentence, city))]


# A year of "since" in a relative clause after the network, whose verb is the network's own: "Salerno aderisce all'ANCI,
# l'associazione che dal 1901 rappresenta i Comuni", "the LGA, which since 1997 has represented councils", "dem
# Städtetag, der seit 1905 die Interessen der Städte vertritt", "la FEMP, que desde 1981 representa", "Cités Unies
# France, qui depuis 1975 fédère": since when the network has done so, not the city's joining. Trap: a relative whose
# verb is the membership ("Salerno, che dal 2008 aderisce alla rete") dates the joining.
_SINCE_IN_A_RELATIVE = re.compile(
    r",[^,;.]{0,40}?\b(?:che|qui|which|that|der|die|das|welche[rs]?|que)\s+(?:dal(?:l['’])?|depuis|since|seit|desde)"
    r"\s+(?:(?:il|le|el)\s+)?$", re.IGNORECASE)
_MEMBERSHIP_VERB = re.compile(
    r"\b(?:aderisc|adhér|adhèr|membre|member|mitglied|miembro|membro|soci[oa]\b|fa\s+parte|forma\s+parte|part\s+of"
    r"|belongs|pertenece|appartien|partecipa|participe|teilnimmt|beteiligt|joined|rejoint|beigetreten)", re.IGNORECASE)
_RELATIVE_CHARS = 80


def _since_of_the_networks_own(sentence: str, claim: Claim) -> bool:
    """The joining's year stands in a relative clause whose verb is the network's own, not the membership."""
    if claim.attribute != "joined" or not claim.value_date or "," not in sentence:
        return False
    for year in re.finditer(rf"\b{claim.value_date[:4]}\b", sentence):
        relative = _SINCE_IN_A_RELATIVE.search(sentence, max(0, year.start() - _RELATIVE_CHARS), year.start())
        verb = sentence[year.end():year.end() + _RELATIVE_CHARS].split(",", 1)[0]
        if relative and not _MEMBERSHIP_VERB.search(verb):
            return True
    return False


# A year in a clause that seats the city on the network's board: "la ville a rejoint l'association l'année suivante et
# siège depuis 2021 à son conseil d'administration", "sits on its board since 2021", "sitzt seit 2021 im Vorstand",
# "ocupa desde 2021 un puesto en su junta directiva", "siede dal 2021 nel consiglio direttivo": since when the city has
# held the seat, not when it joined.
_CLAUSE_OPENING = re.compile(r".*(?:[,;:]|\b(?:et|and|und|y|e|ed)\s)", re.IGNORECASE | re.DOTALL)
_CLAUSE_CLOSING = re.compile(r"[,;:.]|\b(?:et|and|und|y|e|ed)\s", re.IGNORECASE)
_BOARD_SEAT_VERB = re.compile(r"\b(?:siège|siègent|sits?|sitzt|siede|siedono|ocupa)\b", re.IGNORECASE)
_BOARD = re.compile(r"\b(?:conseil|bureau|board|comité|committee|vorstand|präsidium|ausschuss|junta|consejo|comisión"
                    r"|consiglio|comitato|giunta)\b", re.IGNORECASE)
_SEAT_CLAUSE_CHARS = 60


def _a_board_seats_year(sentence: str, claim: Claim) -> bool:
    """The joining's year stands in a clause that seats the city on a board, not in the joining's."""
    if claim.attribute != "joined" or not claim.value_date or not _BOARD_SEAT_VERB.search(sentence):
        return False
    for year in re.finditer(rf"\b{claim.value_date[:4]}\b", sentence):
        before = sentence[max(0, year.start() - _SEAT_CLAUSE_CHARS):year.start()]
        opening = _CLAUSE_OPENING.match(before)
        after = sentence[year.end():year.end() + _SEAT_CLAUSE_CHARS]
        clause = before[opening.end() if opening else 0:] + _CLAUSE_CLOSING.split(after, maxsplit=1)[0]
        if _BOARD_SEAT_VERB.search(clause) and _BOARD.search(clause):
            return True
    return False


# "12 projets financés à Conakry depuis 1995" on Conakry's site, "40 projects in Leeds": the projects in the publishing
# city, which its clause names after the count, are the city's share, not the network's record.
_CLAUSE_MARK = re.compile(r"[,;:()–—]")
_PROJECTS_PLACE_CHARS = 60


def _the_citys_own_projects(sentence: str, claim: Claim, city: PublishingCity) -> bool:
    if claim.attribute != "projects":
        return False
    end = min(len(sentence), claim.position + _PROJECTS_PLACE_CHARS)
    if mark := _CLAUSE_MARK.search(sentence, claim.position, end):
        end = mark.start()
    return city.names_the_city(sentence[claim.position:end])


# A network's acronym followed by a region's name in the claim's clause: "l'ANCI Toscana ha sede a Firenze", "ICLEI
# Europe is based in Freiburg": a regional branch, whose seat and counts are not the network's ("the UCLG World
# Secretariat" is its own).
_ACRONYM_AND_REGION = re.compile(
    r"\b(?P<acronym>[A-Z]{2,})\s+(?!(?:World|Mondial|Mundial|Mondiale|Welt|Global|General|Général|Generale|Secretariat"
    r"|Secrétariat|Sekretariat|Secretaría|Segretariato|Segreteria|Office|Bureau|Büro|Oficina|Ufficio|Headquarters)\b)"
    r"(?P<region>[A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?)\b(?!\s+(?:of|de|du|des|der|del|della|di)\b)")
_A_BRANCHS_ATTRIBUTES = ("headquarters", "member_cities", "represented_governments", "member_associations")


def _of_a_regional_branch(sentence: str, claim: Claim, network: NetworkMention) -> bool:
    """The claim's clause names the network by its acronym and a region's name before the claim, a name no network's
    own ("CGLU Afrique", "UNESCO Creative Cities Network")."""
    if claim.attribute not in _A_BRANCHS_ATTRIBUTES:
        return False
    if _an_unknown_continental_office(claim, network):
        return True
    found = _ACRONYM_AND_REGION.search(sentence, clause_start(sentence, claim.position), claim.position)
    if found is None or not (found["acronym"] in network.name or spells(network.name, found["acronym"])):
        return False
    return not any(mention.start <= found.start("region") < mention.end for mention in find_networks(sentence))


# A nation's section of a network, not named as a network of its own, opening the clause before a seat or a count: "La
# section allemande du CCRE, basée à Cologne, compte 800 communes", "Sa section française, basée à Orléans, compte
# 1 000 collectivités", "The German section of CEMR, based in Cologne", "Die deutsche Sektion des RGRE mit Sitz in
# Köln", "La sección española del CMRE, con sede en Madrid", "La sezione italiana del CCRE conta 800 comuni": the
# section's seat and members, not those of the network named after it or of the one the text is about. A section
# named as a network of its own keeps them ("Section française du CCRE, l'AFCCRE réunit 1 000 collectivités"); after
# a verb the section is what its subject is ("Elle est la section française du CCRE, qui fédère ...").
_NATIONS_ADJECTIVE = (r"(?:allemande|française|italienne|espagnole|belge|suisse|britannique|autrichienne|néerlandaise"
                      r"|portugaise|canadienne|nationale|española|francesa|alemana|italiana|belga|suiza|británica"
                      r"|portuguesa|austríaca|nacional|tedesca|francese|spagnola|svizzera|britannica|austriaca"
                      r"|portoghese|nazionale)")
_NATIONAL_SECTION = compile_guarded(
    rf"\b(?:(?:section|sección|sezione)\s+{_NATIONS_ADJECTIVE}"
    r"|(?:german|french|italian|spanish|british|uk|belgian|swiss|austrian|dutch|portuguese|canadian|national)\s+"
    r"(?:section|chapter|branch)"
    r"|(?:deutsche|französische|italienische|spanische|österreichische|schweizerische|nationale)n?\s+sektion"
    r"|national(?:sektion|gruppe))\b", re.IGNORECASE)
_OPENS_ITS_CLAUSE = re.compile(r"(?:\A|[,;:(–—]\s*)(?:(?i:la|le|sa|the|its|die|ihre|seine|su|sua)\s+)?\Z")
_SECTION_BEFORE_CHARS = 120
# The parent after the section's noun, in the genitive: "section allemande du CCRE", "German section of CEMR"
_OF_THE_PARENT = re.compile(r"\s+(?:du|de\s+la|de\s+l['’]|de|des|d['’]|of(?:\s+the)?|der|des|del|della|dell['’]|di"
                            r"|dei)\s*", re.IGNORECASE)
# A relative clause after the parent is the parent's: "Section française du CCRE, qui fédère 60 associations, ..."
_RELATIVE_AFTER_PARENT = re.compile(r"\s*(?:\([^()]{1,20}\))?\s*,\s*(?:qui|que|dont|which|who|that|che|cui|der|die"
                                    r"|das|welche[rs]?)\b", re.IGNORECASE)


def _of_a_national_section(sentence: str, claim: Claim, network: NetworkMention) -> bool:
    if claim.attribute not in _A_BRANCHS_ATTRIBUTES:
        return False
    start = max(0, claim.position - _SECTION_BEFORE_CHARS, sentence.rfind(";", 0, claim.position) + 1)
    sections = [found for found in _NATIONAL_SECTION.finditer(sentence, start, claim.position)
                if _OPENS_ITS_CLAUSE.search(sentence, 0, found.start())]
    if not sections:
        return False
    named = [mention for mention in find_networks(sentence) if sections[-1].end() <= mention.start < claim.position]
    if not named:
        return True  # "Sa section française, basée à Orléans, ...": no network of its own named
    parent = named[0]
    if not _OF_THE_PARENT.fullmatch(sentence, sections[-1].end(), parent.start):
        return False  # the section said to be a network: "Sa section française est l'AFCCRE, basée à Paris"
    relative = _RELATIVE_AFTER_PARENT.match(sentence, parent.end)
    return parent.network_id == network.network_id and not (relative and relative.end() <= claim.position)


# A continent's office of a network, which the vocabulary does not know as a section of its own ("ICLEI Africa, whose
# secretariat is based in Cape Town", "ICLEI Europe, based in Freiburg"): the network's regional office, whose seat is
# no fact; a known section's is ("CGLU Afrique, dont le siège est à Rabat").
_CONTINENT_IN_NAME = re.compile(r"(?<![\w-])(?:Europe|Europa|Afrique|Africa|África|Afrika|Asie|Asia|Asien|Océanie"
                                r"|Oceania|Oceanía|Ozeanien|Pacific|Amérique\s+latine|Latin\s+America|América\s+Latina"
                                r"|Lateinamerika|Middle\s+East|North\s+America)(?![\w-])")


def _an_unknown_continental_office(claim: Claim, network: NetworkMention) -> bool:
    """The seat of a network's section named by its continent, a section the vocabulary does not know."""
    return (claim.attribute == "headquarters" and network.part_of is not None and network.network_id not in NETWORKS
            and _CONTINENT_IN_NAME.search(network.name) is not None)


# One proper name written right after the network's, which the name does not hold: "Vorsitzende des Klimabündnis
# Kärnten", "présidente de Villes Santé Bretagne", "chair of Climate Alliance Tyrol", "presidenta de la Red de Ciudades
# por el Clima Aragón": the chair of that region's branch (or of that part), not of the network. A person's name
# there is two words or more ("Präsident des Städtetages Markus Lewe"); a title there is the president's own
# ("Eurocities President and Mayor of Leipzig Burkhard Jung"), a network's noun the network's ("the Eurocities
# Network", "des Klimabündnis Netzwerks", "Mayors for Peace International").
_ONE_NAME_AFTER_NETWORK = re.compile(
    r"\s+(?P<name>[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+(?:-[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+)?)(?=\s*(?:[;,.:()]|$)|\s+[a-zß-öø-ÿ])")
_TITLE = re.compile(r"president[ea]?|présidente?|präsident(?:in)?|chair\w*|co-chair\w*|vorsitzende[rn]?|vice\w*"
                    r"|mayor|maire|bürgermeister(?:in)?|oberbürgermeister(?:in)?|alcaldesa|alcalde|sindac[oa]|lord"
                    r"|councillor|secretary|secrétaire|director|directrice|directeur|direttor[ea]|head"
                    r"|network|netzwerk(?:e?s)?|alliance|allianz|association|verband(?:e?s)?|bündnis(?:ses)?|verein(?:e?s)?"
                    r"|initiative|platform|plattform|movement|international[e]?|global|mondial[e]?|worldwide|weltweit",
                    re.IGNORECASE)


# A clause after a semicolon with a subject of its own, not a network nor a pronoun standing for one: "CGLU rassemble
# 240 000 collectivités ; Paris réunit 30 villes du Grand Paris", "Eurocities links 200 cities; Lyon hosts 40 of
# their meetings": its count is not the network's the clause before named.
_SEMICOLON_SUBJECT = re.compile(
    r";\s*(?!(?:Elle|Elles|Il|Ils|It|They|Sie|Er|Ella|Ellas|Ellos|Essa|Esso|Esse|Essi|Its|Their|Son|Sa|Ses|Leurs?"
    r"|Sein|Seine|Ihre?|Su|Sus|I|Le|La|Les|Gli|The|Die|Der|Das|El|Los|Las|Members|Membres|Mitglieder|Miembros"
    r"|Membri)\b)[A-ZÀ-Ý]")


def _counted_in_another_subjects_clause(sentence: str, claim: Claim, network: NetworkMention,
                                        mentions: list[NetworkMention]) -> bool:
    if not claim.unit or ";" not in sentence[:claim.position]:
        return False
    clause = sentence.rfind(";", 0, claim.position)
    return network in mentions and network.end < clause and _SEMICOLON_SUBJECT.match(sentence, clause) is not None and (
        not any(clause < mention.start < claim.position for mention in mentions))


def _chairs_a_named_branch(sentence: str, claim: Claim) -> bool:
    """The president's network is named with one more proper name after it, which is no part of the president's."""
    if claim.attribute != "president" or claim.about is None:
        return False
    found = _ONE_NAME_AFTER_NETWORK.match(sentence, claim.about.end)
    return found is not None and found["name"] not in claim.value and not _TITLE.fullmatch(found["name"])


def _labelled_as_another_citys(sentence: str, city: PublishingCity) -> bool:
    """"Sevilla, desde: 2010" on Cádiz's site: the joining of the city the row's label names, not the publishing
    city's (when the page writes the publishing city's name); a name the page writes in capitals inside its
    sentences too (a row's first word is written so whatever it is: "Signataire depuis 2009")."""
    named = city_of_a_joining_label(sentence)
    return named is not None and bool(city.names) and not city.is_own(named) and city.is_proper_name(named)


def _seat_where_founded(sentence: str, claims: list[Claim], founded_in: str | None) -> list[Claim]:
    """The seat a sentence places "there" ("Dort hat der Verein seine Geschäftsstelle", "Its secretariat is still based
    there"), where the sentence before said the network was founded."""
    if founded_in is None or any(claim.attribute == "headquarters" for claim in claims) or (
            (position := seat_there_unnamed(sentence)) is None):
        return []
    return [Claim("headquarters", founded_in, position)]


def _pact_signed(sentence: str, claims: list[Claim], mentions: list[NetworkMention], section: NetworkMention | None,
                 base: date | None) -> list[Claim]:
    """Under a pact's heading, the city's signing of "it" ("Palma lo suscribió en 2009", "Leeds signed it in 2009");
    under a network's, "it" may be a declaration of the network's, not the network."""
    if section is None or section.network_id not in INITIATIVES or mentions or any(
            claim.attribute == "joined" for claim in claims):
        return []
    signed = signed_it(sentence, base)
    return [signed] if signed else []


def _the_members_own_founding(claim: Claim, sentence: str, stated: Claim | None) -> bool:
    """"Fondée en 1919, l'UMQ ... Lévis en est membre depuis sa constitution, le 1er janvier 2002": the page has given
    the network's founding already, in another year; the date of "its founding" is the member's own (the city's
    constitution), when it joined, not when the network was founded."""
    if claim.attribute != "founded" or stated is None or stated.value[:4] == claim.value[:4]:
        return False
    since = joins_at_founding(sentence)
    return since is not None and since.start() <= claim.position < since.end()


def _joined_in(founded: Claim, position: int) -> Claim:
    return Claim("joined", founded.value, position, value_date=founded.value_date)


def _attributed_claims(content: PageContent, lang: str | None, base: date | None,
                       site_network: NetworkMention | None, city: PublishingCity | None = None
                       ) -> Iterator[tuple[NetworkMention, Claim, str]]:
    """Each claim with its network and the sentence it came from (as written: the claims read it with digits)."""
    founding: dict[str, Claim] = {}  # each network's founding as the page has stated it so far
    # "Paris est membre fondateur de CGLU. [...] CGLU, créée en 2004": joinings awaiting the founding's date
    awaiting: dict[str, tuple[NetworkMention, int, str]] = {}
    named_before = None  # the network the section's last paragraph named, when no heading names one
    page_network = first_network(content.title) or site_network
    named_in_section: dict[str, NetworkMention] = {}
    # the networks the page's text has named, while no heading has named one (a release, not a list of networks)
    named_in_text: dict[str, NetworkMention] | None = {}
    carried: dict[str, NetworkMention] = {}  # what "the association" under a release's subheading naming none is
    unnamed_subject = False  # a sentence of the section was about a network it did not name ("Ce réseau, ...")
    acronyms = _acronyms_of_the_page(content)
    full_names = None  # the page's names written in full, read when a sentence first names a network
    rows_labels = _rows_labels(content.blocks)
    names_words: dict[str, set[str]] = {}  # the words of each network's names the page has written in full
    paragraphs = _paragraphs(content, base, page_network, acronyms)
    teaser_titles = {teaser.title for teaser in content.teasers}
    for paragraph, section, only_the_pages, recent_teaser, shared, heading in paragraphs:
        if recent_teaser is not None and paragraph in teaser_titles:
            # a teaser opens an item of its own: "l'associazione" in its text is what the item names, not a network
            # the page's text or another teaser of the list named
            named_in_section, carried = {}, {}
        if heading:
            named_before = None
            named_in_text = None if section is not page_network else named_in_text
            named_in_section = {}
            carried = _carried_over_a_heading(named_in_text)
            unnamed_subject = False
            # "Membre d'Eurocities depuis 1991", "Eurocities (since 1991)": a heading may say when the city joined
            if not _A_YEAR.search(paragraph):
                continue
        context, named_so_far, before, founded_in = section, set(), "", None
        subject_before = None  # the network the paragraph's last sentence naming one had as its subject
        about_before = None  # the network the paragraph's sentence before had as its subject without naming it
        last_named_before = None  # the last network the paragraph's sentence before named, subject or not
        # a timeline's entry, whatever its year ("2025: Treinta años de Mercociudades. La red celebra su aniversario
        # con 380 ciudades"): its counts and office holders are its year's, unless it says they are today's
        entry = opens_a_timeline_entry(paragraph)
        for sentence in split_sentences(paragraph):
            readable = _with_euphonic_d_dropped(_with_articles_spelled_out(
                _with_places_unwrapped(_with_the_same_year(with_digits(sentence, lang), before))), lang)
            before = sentence
            named = _with_given_acronyms(readable, find_networks(readable), acronyms)
            named = named or _compound_of_a_name(readable, names_words)
            named = _named_by_the_rows_label(readable, named, rows_labels)
            if named:  # a sentence that names none has no short form to read as a full name
                full_names = _names_written_in_full(content.blocks) if full_names is None else full_names
                named = _with_full_names(named, full_names)
            named = _with_the_lines_label(readable, named)
            named = _with_owners_programmes(readable, named)
            named = _with_translations_in_brackets(readable, named)
            for mention in named:
                if " " in mention.name:
                    names_words.setdefault(mention.network_id, set()).update(mention.name.casefold().split())
            mentions = _with_own_noun_as_subject(readable, _with_initiative_as_subject(
                readable, _with_unknown_subject(readable, named, section), section), section,
                named_in_section.values())
            mentions = _with_head_noun_as_subject(readable, mentions, (section, page_network,
                                                                       *named_in_section.values()))
            mentions = _with_head_noun_as_object(readable, mentions, (section, page_network,
                                                                      *named_in_section.values()))
            mentions = _without_owners_or_channels(readable, mentions, section)
            mentions = _without_parents_of_the_section(readable, mentions, section)
            mentions = _without_the_subjects_parent(readable, mentions)
            parents = _the_subjects_parents(readable, mentions, subject_before)
            mentions = [mention for mention in mentions if mention.network_id not in parents]
            mentions = _without_the_parent_of_an_opening_section(readable, mentions)
            mentions = _without_former_names(readable, mentions)
            claims = find_claims(readable, base, mentions)
            claims += _seat_where_founded(readable, claims, founded_in)
            claims += _pact_signed(readable, claims, mentions, section, base)
            if parents:  # a joining in a sentence about a network and its parent is the network's own
                claims = [claim for claim in claims if claim.attribute != "joined"]
            founded_in = next((claim.value for claim in claims if claim.attribute == "founded_place"), None)
            if city is not None and any(claim.attribute == "joined" for claim in claims):
                claims = _without_other_cities_joinings(readable, claims, lang, city, mentions)
            if city is not None:
                claims = [claim for claim in claims if not _the_citys_own_projects(readable, claim, city)]
            claims = [claim for claim in claims if not (_since_of_the_networks_own(readable, claim)
                                                        or _a_board_seats_year(readable, claim))]
            if is_a_year_since_alone(readable) and (heading or not _headed_by_another_network(section, page_network)):
                claims = []  # "Depuis 1991" dates the city's joining in a card its network heads, not on its own page
            for claim in claims:
                if heading and claim.attribute != "joined":
                    continue
                if entry and claim.attribute not in LASTING_ATTRIBUTES and not states_the_present(readable):
                    continue
                if recent_teaser is not None and claim.attribute not in LASTING_ATTRIBUTES and not (
                        recent_teaser and (claim.attribute in LASTING_A_YEAR or states_the_present(readable)
                                           or (claim.unit and gathers_now(readable, claim.position)))):
                    continue
                network = (_the_latters_network(claim, readable, mentions, last_named_before)
                           or _possessors_network(readable, mentions, subject_before, context)
                           or _pronouns_network(claim, readable, mentions, subject_before, context)
                           or _the_paragraphs_subject(claim, readable, mentions, about_before)
                           or _network_for(claim, mentions, context, readable)
                           or _network_pointed_back(claim, readable, named_before)
                           or _only_network_pointed_back(claim, readable, {} if unnamed_subject else named_in_section,
                                                         {} if unnamed_subject else carried)
                           or _network_by_its_head_noun(claim, readable, named_in_section)
                           or _network_referred_to(claim, readable, named_before, named_in_section or carried))
                if network and not (_a_national_seat_for_a_part(claim, readable, network)
                                    or _of_a_regional_branch(readable, claim, network)
                                    or _of_a_national_section(readable, claim, network)
                                    or _chairs_a_named_branch(readable, claim)
                                    or _counted_in_another_subjects_clause(readable, claim, network, mentions)
                                    or _named_in_an_unnamed_subjects_aside(readable, claim, network, mentions)
                                    or _another_bodys_founding(claim, readable, network, mentions)
                                    or _the_members_own_founding(claim, readable, founding.get(network.network_id))):
                    if claim.attribute == "founded":
                        founding.setdefault(network.network_id, claim)
                        if awaited := awaiting.pop(network.network_id, None):
                            yield awaited[0], _joined_in(founding[network.network_id], awaited[1]), awaited[2]
                    yield network, claim, sentence
            if joined := _joined_at_founding(readable, claims, mentions, context):
                network, position = joined
                if founded := founding.get(network.network_id):
                    yield network, _joined_in(founded, position), sentence
                else:
                    awaiting.setdefault(network.network_id, (network, position, sentence))
            # A paragraph goes on about the network it names, unless a heading names its section's network, or the
            # paragraph has named the page's: "Eurocities links 200 cities. Glasgow has been a member since 1989." in a
            # box on a page about another network. Under a heading naming several, it goes on about the last of them
            # it names.
            # A list of names, a row of tabs: none of them is what a later sentence refers to as "the network".
            referable = [] if mentions and names_only_networks(readable, named) else mentions
            for mention in referable:
                named_in_section.setdefault(mention.network_id, mention)
                if named_in_text is not None and recent_teaser is None:
                    named_in_text.setdefault(mention.network_id, mention)
            unnamed_subject = unnamed_subject or _an_unnamed_network_as_subject(readable, mentions)
            if national := _the_sections_national_network(section, mentions):
                section = context = national
            if mentions:
                named_so_far.update(mention.network_id for mention in mentions)
                if section is None or (only_the_pages and section.network_id not in named_so_far):
                    context = _the_last_not_a_parent_in_passing(readable, mentions)
                elif headed := [mention for mention in mentions if mention.network_id in shared]:
                    context = headed[-1]
                named_before = (_subject_network(readable, referable) if referable else None) or named_before
                subject_before = _subject_network(readable, referable) if referable else None
            about_before = None if mentions else _unnamed_subjects_network(
                readable, named_before, {} if unnamed_subject else named_in_section or carried)
            last_named_before = named[-1] if named else None
        if recent_teaser is not None:
            named_before = None  # a teaser, a timeline's entry: each stands alone


# A heading naming an international network and a text naming a national one after it ("Rete Città Sane OMS" over
# "Teramo fa parte della Rete Italiana Città Sane – OMS"): the text's name holds every word of the heading's and a
# nation's adjective, and the section is about the national network its text names.
_A_NATIONS_ADJECTIVE = re.compile(r"(?i:fran[cç]ais|espa[nñ]ol|italian|deutsch|british|national|nazional|nacional"
                                  r"|canad|mexican|argentin|belg|suisse|schweiz|österreich)\w*")
_NAMES_WORD = re.compile(r"\w+")


def _the_sections_national_network(section: NetworkMention | None, mentions: list[NetworkMention]
                                   ) -> NetworkMention | None:
    """The network the sentence names whose name is the section's own name with a nation's adjective added."""
    if section is None or len(heading_words := set(_NAMES_WORD.findall(section.name.casefold()))) < 2:
        return None
    for mention in mentions:
        words = set(_NAMES_WORD.findall(mention.name.casefold()))
        if (mention.network_id != section.network_id and heading_words < words
                and any(_A_NATIONS_ADJECTIVE.fullmatch(word) for word in words - heading_words)):
            return mention
    return None


def _carried_over_a_heading(named_in_text: dict[str, NetworkMention] | None) -> dict[str, NetworkMention]:
    """The network a sentence under a heading naming none refers to by a network's noun as its subject: a release's
    subheading ("Un réseau de villes alpines", "Il programma") goes on about the one network its text has named, so
    that "l'association" under it is that one (not "en", which may stand for the heading's own subject); a heading of
    a page that heads its networks' sections, or after text naming several, starts afresh. A single word the
    vocabulary does not know may be the first of a name not read in full ("le réseau Sites & Cités remarquables"):
    not carried."""
    if named_in_text is None or len(named_in_text) != 1:
        return {}
    (network_id, mention), = named_in_text.items()
    return {network_id: mention} if network_id in NETWORKS or " " in mention.name.strip() else {}


def _restates_a_date(claim: Claim, network_id: str, dates: dict[tuple[str, str], list[str]]) -> bool:
    """"Paris a rejoint ICORN en 2011 ... Paris en est devenue membre le 12 janvier 2011": one joining, stated once
    with its year and once with its day (the first kept)."""
    if claim.value_date is None:
        return False
    return any(claim.value_date.startswith(f"{stated}-") or stated.startswith(f"{claim.value_date}-")
               for stated in dates.get((network_id, claim.attribute), ()))


# A timeline entry's year before its text ("1905: Gründung des Deutschen Städtetags"), as _entry_text writes it.
_ENTRY_YEAR = re.compile(r"(?P<year>(?:1[89]|20)\d\d)\s*(?:[:–—,]|-(?=\s))")


def _row_it_refines(rows: list[dict], network_id: str, claim: Claim, sentence: str) -> dict | None:
    """"1905 | Gründung des Städtetags. Mannheim gehört zu den Gründungsmitgliedern des Städtetags, der im November
    1905 in Dresden ins Leben gerufen wird": the entry's year dates its title only roughly, its text more precisely;
    the fact is as precise as the entry writes it. (Prose that restates a date keeps the first.)"""
    entry = _ENTRY_YEAR.match(sentence)
    if entry is None or not claim.value_date.startswith(f"{entry.group('year')}-"):
        return None
    return next((row for row in rows if row["network_id"] == network_id and row["attribute"] == claim.attribute
                 and row["value_date"] == entry.group("year") and _ENTRY_YEAR.match(row["evidence"])), None)


def _superseded_decisions(attributed: list[tuple[NetworkMention, Claim, str]], base: date | None
                          ) -> set[tuple[str, str]]:
    """"Par délibération du 26 juin 2025, le conseil municipal a approuvé l'adhésion de la Ville au RFVAA. Montauban
    en est membre depuis le 1er juillet 2025": the council's decision dates the joining only when the page says no
    other day the membership began; (network, date) of each decision's day the page so supersedes."""
    joinings = [(network.network_id, claim.value_date, sentence) for network, claim, sentence in attributed
                if claim.attribute == "joined" and claim.value_date]
    decided = {(network_id, value) for network_id, value, sentence in joinings
               if dates_a_decision(sentence, value, base)}
    return {(network_id, value) for network_id, value in decided
            if any(other_id == network_id and (other_id, other) not in decided and not other.startswith(value)
                   and not value.startswith(other) for other_id, other, _ in joinings)}


def extract_facts(content: PageContent, source_url: str, lang: str | None, base: date | None,
                  site_network: NetworkMention | None = None) -> list[dict]:
    """Fact rows (the facts table's columns without snapshot_id) in reading order. `base` is the date that
    resolves day-and-month phrases without a year; `site_network` the network whose own site the page is on
    (its name in og:site_name or the <title>), the subject of a page that names none in its headings."""
    page_date = content.page_date.iso() if content.page_date else None
    rows: list[dict] = []
    seen: set[tuple] = set()
    occurrences: Counter[tuple[str, str]] = Counter()
    dates: dict[tuple[str, str], list[str]] = {}
    city = publishing_city(source_url, content.main_text)
    attributed = list(_attributed_claims(content, lang, base, site_network, city))
    superseded = _superseded_decisions(attributed, base)
    for network, claim, sentence in attributed:
        if claim.attribute == "joined" and (network.network_id, claim.value_date) in superseded:
            continue
        identity = (network.network_id, claim.attribute, claim.value, claim.qualifier)
        if identity in seen or _restates_a_date(claim, network.network_id, dates):
            if identity not in seen and (coarser := _row_it_refines(rows, network.network_id, claim, sentence)):
                coarser.update(value=claim.value, value_date=claim.value_date, evidence=sentence)
                seen.add(identity)
            continue
        seen.add(identity)
        if claim.value_date:
            dates.setdefault((network.network_id, claim.attribute), []).append(claim.value_date)
        occurrences[network.network_id, claim.attribute] += 1
        ordinal = occurrences[network.network_id, claim.attribute]
        fact_id = short_hash(network.network_id, claim.attribute, source_url)
        rows.append({
            "fact_id": fact_id if ordinal == 1 else f"{fact_id}-{ordinal}",
            "network_id": network.network_id,
            "network_name": network.name,
            "attribute": claim.attribute,
            "value": claim.value,
            "value_num": claim.value_num,
            "value_date": claim.value_date,
            "qualifier": claim.qualifier,
            "unit": claim.unit,
            "evidence": sentence,
            "source_url": source_url,
            "lang": lang,
            "page_date": page_date,
        })
    return rows
