"""Since when the city takes part in a network: taking part or working within it since a date, a city's row of a
network's table, a year after a named network."""

import re
from datetime import date

from ..dates import PartialDate, date_at
from ..networks import NetworkMention
from ..text import compile_guarded
from .common import _CLAUSE_BREAK, _PART_OF_A_NETWORK, Claim
from .joining import (
    _SOMETHING_ELSE_JOINED,
    _THE_NETWORK_WORD,
    _joined_since,
    _joins_something_else,
    _member_of_the_first,
)

# The year since when, in brackets right after the network's name: "Eurocities (depuis 1991)", "Eurocities (since
# 1991)", "Klima-Bündnis (seit 1992)", "ICORN (dal 2016)".
_SINCE_AFTER_A_NETWORK = re.compile(r"\s*\(\s*(?:since|depuis|dès|seit|desde|dal|dall['’]|from)\s*", re.IGNORECASE)
_SINCE_CLOSED = re.compile(r"\s*\)")


def _since_after_a_network(sentence: str, base: date | None, mentions: list[NetworkMention]) -> list[Claim]:
    found = []
    for mention in mentions:
        since = _SINCE_AFTER_A_NETWORK.match(sentence, mention.end)
        dated = since and date_at(sentence, since.end(), base)
        if not dated or _PART_OF_A_NETWORK.search(sentence, max(0, mention.start - 30), mention.start):
            continue  # "le forum Culture d'Eurocities (depuis 2015)": the part's
        if _SINCE_CLOSED.match(sentence, dated[1]):
            found.append(_joined_since(dated, mention))
    return found


# A city named after its network, since a year: "Dublin has been an ICORN city since 2011", "a C40 member city since
# 2006", "ville ICORN depuis 2016", "ciudad ICORN desde 2016", "città ICORN dal 2016".
_NETWORK_CITY_AFTER = re.compile(r"\s+(?:member\s+)?(?:city|town)\s+(?:since|from)\s+", re.IGNORECASE)
_CITY_BEFORE_NETWORK = re.compile(r"\b(?:ville|ciudad|città)\s+$", re.IGNORECASE)
_SINCE_AFTER_NETWORK = re.compile(r"\s+(?:depuis|desde|dal)\s+", re.IGNORECASE)


# A list's row of a network and the year since ("Eurocities depuis 1991", "ICLEI – since 2005", "Metropolis, miembro
# desde 2002"), nothing else; after a comma, a member word ("Nos partenaires : Eurocities, depuis 1991" is no joining).
_SINCE_ENDING_A_ROW = re.compile(
    r"(?:\s*[:–—-]\s*|\s+|\s*,\s*(?=(?i:membre|member|mitglied|miembro|membro)\s))(?P<open>\(\s*)?"
    r"(?:(?:membre|member|mitglied|miembro|membro)\s+)?(?:depuis|since|seit|desde|dal)\s+"
    r"(?P<year>(?:1[89]|20)\d\d)\s*(?(open)\))\s*\.?", re.IGNORECASE)


def _network_row_since(sentence: str, mentions: list[NetworkMention]) -> list[Claim]:
    row = _SINCE_ENDING_A_ROW.fullmatch(sentence, mentions[0].end) if mentions[0].start == 0 else None
    return [Claim("joined", row.group("year"), 0, value_date=row.group("year"), about=mentions[0])] if row else []


# A list's row of a network and a bare year, right after a lead-in that says the list is of memberships: "Paris est
# membre de : Eurocities: 2002", "Nos réseaux : Metropolis – 2005", "Mitglied in: Eurocities (1991)". Without the
# lead-in the year may be the founding's.
_YEAR_ENDING_A_LISTED_ROW = re.compile(
    r"\s*(?:[:–—-]\s*|(?P<open>\(\s*))(?P<year>(?:1[89]|20)\d\d)\s*(?(open)\))\s*\.?")
_LEAD_IN_ENDS = re.compile(r":\s*$")


def _year_of_a_listed_membership(sentence: str, mentions: list[NetworkMention]) -> list[Claim]:
    first = mentions[0]
    row = _YEAR_ENDING_A_LISTED_ROW.fullmatch(sentence, first.end)
    if not (row and _LEAD_IN_ENDS.search(sentence, 0, first.start) and _member_of_the_first(sentence, first)):
        return []
    return [Claim("joined", row.group("year"), first.start, value_date=row.group("year"), about=first)]


def _city_of_the_network_since(sentence: str, base: date | None, mentions: list[NetworkMention]) -> list[Claim]:
    found = []
    for mention in mentions:
        since = _NETWORK_CITY_AFTER.match(sentence, mention.end) or (
            _CITY_BEFORE_NETWORK.search(sentence, max(0, mention.start - 8), mention.start)
            and _SINCE_AFTER_NETWORK.match(sentence, mention.end))
        if dated := since and date_at(sentence, since.end(), base):
            found.append(_joined_since(dated, mention))
    return found


# Taking part in the network itself since a year: "participe depuis 1991 au réseau Eurocities", "participa en Eurocities
# desde 1996", "partecipa dal 1991 a Eurocities", "has taken part in Eurocities since 1990", "wirkt seit 1991 bei
# Eurocities mit". Only the network named right after its preposition ("participe depuis 2015 au programme URBACT", "à
# son forum Culture" are not), and only since a year ("participe en 2019 à Eurocities" may be a meeting).
_TAKES_PART = compile_guarded(
    r"\b(?:participe|participa|partecipa|participates|takes\s+part|(?:has|have)\s+(?:taken\s+part|participated)"
    r"|engagiert\s+sich|wirkt"
    # "has been active in Eurocities since 1991", "is involved in ICLEI since 1996"
    r"|(?:has\s+been|have\s+been|is|are)\s+(?:active|involved))\b"
    # "partecipa attivamente dal 1991 a Eurocities", "participe activement depuis 1991 à Eurocities"
    r"(?:\s+(?:activement|activamente|attivamente|actively))?"
    # a seat in the network itself, not on its board: "la Ville siège depuis 1991 au sein de ce réseau", "siede dal
    # 1991 nella rete", "has been represented in Eurocities since 1991", "está representada desde 1991 en Eurocities"
    r"|\b(?:siège|siede|(?:est|is|has\s+been|è|está)\s+(?:représentée?|represented|rappresentat[oa]|representad[oa]))\b",
    re.IGNORECASE)
_TAKING_PART_HINT = re.compile(r"particip|partecip|take|taken|engagiert|wirkt|active|involved|siège|siede|represent"
                               r"|rappresent")
_SINCE_A_YEAR = re.compile(r"\s*,?\s*(?:depuis|desde|dal|since|seit)\s+", re.IGNORECASE)
_IN_THE_NETWORK = re.compile(r"\s+(?:au\s+sein\s+d['’]\s*|(?:au\s+sein\s+(?:de|du)|dans|within|nella|nel|à|au|en|in|a"
                             r"|alla|al|all['’]|bei|im|an)\s+)(?:(?:la|el|il|the|l['’]|dem|der)\s*)?"
                             r"(?:(?:réseau|red|rete|network|netzwerk)\s+)?", re.IGNORECASE)
# The network referred to, not named: "siège depuis 1991 au sein de ce réseau".
_THIS_NETWORK = re.compile(r"(?:ce|cet|cette|this|questa|esta|este)\s+(?:réseau|association|network|rete|red)\b",
                           re.IGNORECASE)


def _since_year_at(sentence: str, position: int, base: date | None) -> tuple[PartialDate, int] | None:
    since = _SINCE_A_YEAR.match(sentence, position)
    return date_at(sentence, since.end(), base) if since else None


def _takes_part_since(sentence: str, base: date | None, mentions: list[NetworkMention]) -> list[Claim]:
    found = []
    for verb in _TAKES_PART.finditer(sentence):
        dated = _since_year_at(sentence, verb.end(), base)
        place = _IN_THE_NETWORK.match(sentence, dated[1] if dated else verb.end())
        named = place and next((mention for mention in mentions if mention.start == place.end()), None)
        dated = dated or (named and _since_year_at(sentence, named.end, base))
        if named and dated:
            found.append(Claim("joined", dated[0].iso(), verb.start(), value_date=dated[0].iso(), about=named))
        elif dated and place and _THIS_NETWORK.match(sentence, place.end()):
            found.append(Claim("joined", dated[0].iso(), verb.start(), value_date=dated[0].iso()))
        elif taking_part_in_it := _taking_part_in_it_since(sentence, verb, base):
            found.append(Claim("joined", taking_part_in_it, verb.start(), value_date=taking_part_in_it))
    return found


# The network referred to by a pronoun: "Tournai y participe depuis 2019", "il Comune vi partecipa dal 2019", "the city
# has taken part in it since 2019", "la ciudad participa en ella desde 2019".
_IT_BEFORE_THE_VERB = re.compile(r"\b(?:y|vi|ci)\s+$", re.IGNORECASE)
_IN_IT = re.compile(r"\s+(?:in\s+it|en\s+ella|en\s+él)\b", re.IGNORECASE)
_PRONOUN_CHARS = 4


def _taking_part_in_it_since(sentence: str, verb: re.Match, base: date | None) -> str | None:
    if _IT_BEFORE_THE_VERB.search(sentence, max(0, verb.start() - _PRONOUN_CHARS), verb.start()):
        dated = _since_year_at(sentence, verb.end(), base)
    else:
        in_it = _IN_IT.match(sentence, verb.end())
        dated = _since_year_at(sentence, in_it.end(), base) if in_it else None
    return dated[0].iso() if dated else None


# Taking part since a date that opens the sentence: "Dal 2010 Modena partecipa all'associazione europea", "Desde 2010
# la ciudad participa en esta red", "Depuis 2012, Lyon participe au réseau", "Since 2010 the city has taken part in
# the network", "Desde 2015 Medellín integra esta red". The object is the network named, or referred to by its noun
# alone ("au réseau", "all'associazione europea"); "au programme", "al forum" are not the network.
_TAKES_PART_AFTER_ITS_DATE = compile_guarded(
    r"\b(?:participe|participa|partecipa|participates|takes\s+part|(?:has|have)\s+(?:taken\s+part|participated)"
    r"|(?:has\s+been|is)\s+(?:active|involved))\b"
    r"(?:\s+(?:activement|activamente|attivamente|actively))?"
    r"(?:\s+(?:in|en|a|à|au|nel|nella|alla|al|dans|within|im|bei)\s+|\s+all['’]|\s+à\s+l['’]|\s+dans\s+l['’])"
    # Spanish "integrar": to be part of, its object right after the verb
    r"|\bintegra\s+(?=(?:esta|la|dicha)\s+red\b)", re.IGNORECASE)
_ARTICLE_OR_THIS = re.compile(
    r"(?:(?:la|le|el|il|the|l['’]|dem|der|ce|cet|cette|this|questa|questo|esta|este|dicha)\s*)?", re.IGNORECASE)
# The network's noun alone, no complement naming something else after it ("la rete dei comuni" is another one).
_NETWORK_NOUN_ALONE = re.compile(r"(?:réseau|association|network|rete|red|associazione|asociación|netzwerk|verband)\b"
                                 r"(?!\s+(?:de|des|du|d['’]|di|dei|degli|delle|del|della|of|der)\b)", re.IGNORECASE)
_TAKING_PART_WINDOW = 40
_NAME_AFTER_THE_NOUN = re.compile(r"\s+(?=(?-i:[A-ZÀ-Ý]))")
# A row's label before the sentence, as a definition list gives it: "Klima-Bündnis: Seit 1993 wirkt die Stadt mit".
_ROW_LABEL = re.compile(r"[^:.;]{1,60}:\s*")
_SINCE_WORD = re.compile(r"(?:depuis|since|seit|desde|dal|dall['’])\s*", re.IGNORECASE)


def _since_opening(sentence: str) -> re.Match | None:
    """"Depuis 2012", "Seit 1993" opening the sentence, or its row after the row's label."""
    label = _ROW_LABEL.match(sentence)
    return _SINCE_WORD.match(sentence, label.end() if label else 0) or _SINCE_WORD.match(sentence)


def _takes_part_since_its_opening_date(sentence: str, base: date | None, mentions: list[NetworkMention]
                                       ) -> list[Claim]:
    opening = _since_opening(sentence)
    dated = opening and date_at(sentence, opening.end(), base)
    if not dated:
        return []
    for verb in _TAKES_PART_AFTER_ITS_DATE.finditer(sentence, dated[1], dated[1] + _TAKING_PART_WINDOW):
        if _CLAUSE_BREAK.search(sentence, dated[1] + 1, verb.start()):
            return []  # "Depuis 2010, la Ville accueille ...; elle participe au réseau": the date is another clause's
        if _joins_something_else(sentence, verb.end() - 1):
            return []  # "has taken part in the Eurocities culture forum"
        article = _ARTICLE_OR_THIS.match(sentence, verb.end())
        noun = _NETWORK_NOUN_ALONE.match(sentence, article.end())
        # "au réseau Eurocities": the name after the noun; "à l'association Lyon Tourisme" names another body
        name = noun and _NAME_AFTER_THE_NOUN.match(sentence, noun.end())
        starts = (verb.end(), article.end(), name.end()) if name else (verb.end(), article.end())
        named = next((mention for mention in mentions if mention.start in starts), None)
        if named or _THIS_NETWORK.match(sentence, verb.end()) or (noun and not name):
            return [Claim("joined", dated[0].iso(), verb.start(), value_date=dated[0].iso(), about=named)]
    return []


# "Freiburg arbeitet seit 2010 im europäischen Netzwerk Energy Cities mit", "Im Netzwerk der großen europäischen Städte
# arbeitet Karlsruhe seit 2008 mit": German's separable "mitarbeiten", "mitwirken", the date inside the clause and the
# network named in it, or by its noun opening the sentence.
_WORKS_WITHIN = compile_guarded(r"\b(?:arbeitet|wirkt)\s+(?P<middle>[^,.;:()]{0,80}?)\bmit(?=\s*(?:[,.;]|$))")
_SINCE_IN_THE_MIDDLE = re.compile(r"\bseit\s+(?:dem\s+Jahr(?:e)?\s+)?", re.IGNORECASE)
_NETWORK_NOUN_OPENS = re.compile(r"^(?:Im|In\s+dem|Beim)\s+(?:[\w-]+\s+)?(?:Netzwerk|Verband|Städtenetzwerk|Bündnis)\b")


def _works_within_the_network_since(sentence: str, base: date | None, mentions: list[NetworkMention]
                                    ) -> list[Claim]:
    if "arbeitet" not in sentence and "wirkt" not in sentence:
        return []
    for verb in _WORKS_WITHIN.finditer(sentence):
        middle = verb.group("middle")
        opening = _since_opening(sentence)
        since = _SINCE_IN_THE_MIDDLE.search(sentence, verb.start("middle"), verb.end("middle")) or (
            opening if opening and verb.start() - opening.end() <= _TAKING_PART_WINDOW else None)
        dated = since and date_at(sentence, since.end(), base)
        if not dated or _PART_OF_A_NETWORK.search(middle) or _SOMETHING_ELSE_JOINED.search(middle):
            continue
        named = next((mention for mention in mentions if verb.start() < mention.start < verb.end()), None)
        if named or _THE_NETWORK_WORD.search(middle) or _NETWORK_NOUN_OPENS.match(sentence):
            return [Claim("joined", dated[0].iso(), verb.start(), value_date=dated[0].iso(), about=named)]
    return []
