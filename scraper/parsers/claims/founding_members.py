"""Joinings at the founding: a founding member, a member since the founding ("membre depuis sa création"),
the founding and the joining dating each other, and the later dates a founding member's sentence gives other
things."""

import re
from dataclasses import replace
from datetime import date

from ..dates import date_at
from ..networks import find_networks
from ..text import case_blind_search, compile_guarded, literal_alternation
from .clause_dates import _ENTRY_YEAR_THEN_TEXT, _JOIN_WINDOW
from .common import _CLAUSE_MARK_OR_STOP, _DATE_LINK, _FOUNDING_WORD, _PLACE, _SIGNED, Claim
from .joining import _BELONGING, _FOUNDING_MEMBER_WORDS, _JOIN_VERB, _MEMBER_WORD, _belongs_to_a_network

# "membre de l'UCUE depuis sa création, en 1961", "member since its founding in 1986": founded then, and joined then.
_SINCE_ITS_FOUNDING = compile_guarded(
    r"\b(?:depuis|dès|since|from|seit|desde|dalla|dal)\s+(?:sa|son|its|their|leur|ihrer|seiner|su|la\s+sua|sua|il\s+suo|suo)\s+"
    r"(?:création|fondation|creation|foundation|founding|launch|gründung|entstehung|creación|fundación|creazione"
    r"|fondazione|nascita|lancement|inception|establishment|lanzamiento|lancio"
    # an association's founding act: "socia de la Federación desde su constitución"
    r"|constitution|constitución|costituzione|konstituierung)\b"
    # "since the network was founded", "seit der Gründung", "von Anfang an", "from the outset"
    r"|\b(?:since|seit)\s+(?:the|der)\s+(?:founding|foundation|inception|gründung)\b"
    # (the network by a pronoun or a noun, "formed" too: "part of the partnership since it was formed in 1995")
    r"|\bsince\s+(?:the\s+(?:network|organi[sz]ation|association|alliance|union|partnership|coalition|federation)"
    r"|it)\s+was\s+(?:first\s+)?(?:founded|created|established|set\s+up|launched|formed)\b"
    # "depuis que l'association a été fondée", "desde que la red fue creada", "da quando la rete è stata fondata"; the
    # network by a pronoun or unsaid: "depuis qu'il a été créé", "desde que fue fundado", "da quando è stato fondato"
    r"|\bdepuis\s+que\s+(?:le\s+réseau|l['’](?:organisation|association|alliance|union))\s+a\s+été\s+"
    r"(?:fondée?|créée?|lancée?)"
    r"|\bdepuis\s+qu['’](?:il|elle)\s+a\s+été\s+(?:fondée?|créée?|lancée?|constituée?)"
    r"|\bdesde\s+que\s+(?:la\s+(?:red|organización|asociación|alianza|unión)\s+)?fue\s+(?:fundad[ao]|cread[ao]"
    r"|constituid[ao])"
    r"|\bda\s+quando\s+(?:(?:la\s+rete|l['’](?:organizzazione|associazione|alleanza|unione))\s+)?è\s+stat[ao]\s+"
    r"(?:fondat[ao]|creat[ao]|costituit[ao])"
    r"|\bvon\s+anfang\s+an\b|\bfrom\s+the\s+(?:very\s+)?(?:start|outset|beginning)\b(?!\s+of\b)"
    # "membre depuis l'origine", "depuis ses débuts", "dès le départ", "desde sus inicios", "fin dall'inizio"
    r"|\b(?:depuis|dès)\s+(?:l['’]origine|ses\s+(?:débuts|origines)|le\s+(?:départ|début))\b"
    r"|\bdesde\s+(?:sus\s+(?:inicios|orígenes|comienzos)|el\s+(?:principio|inicio))\b"
    r"|\b(?:fin\s+)?dall['’]\s*(?:inizio|origine)\b|\bsin\s+dall['’]\s*(?:inizio|origine)\b"
    # a member at the founding itself: "became a member at its launch", "membre lors de sa création", "miembro en su
    # fundación", "socio al momento della sua fondazione", "Mitglied bei seiner Gründung"
    r"|\b(?:at\s+its|(?:à|lors\s+de)\s+sa|(?:à|lors\s+de)\s+son|en\s+su|al\s+momento\s+de\s+su"
    r"|al\s+momento\s+della(?:\s+sua)?|alla\s+sua|bei\s+(?:seiner|ihrer|der))\s+"
    r"(?:launch|founding|creation|inception|création|fondation|lancement|fundación|creación|lanzamiento|fondazione"
    r"|creazione|nascita|gründung)\b",
    re.IGNORECASE)


# Searched in the sentence lowered alike: its words' first letters are told apart there at once.
_SINCE_ITS_FOUNDING_HINT = case_blind_search(re.compile(
    literal_alternation(("depuis", "dès", "since", "from", "seit", "desde", "dal", "von anfang", "da quando",
                         "at its", "sa ", "son ", "en su", "al momento", "alla sua", "bei ")),
    re.IGNORECASE))
# German puts the membership after: "ist seit der Gründung 1986 Mitglied", "ist von Anfang an Mitglied", or being
# in it, "dabei": "ist von Anfang an dabei" (not in what "bei" names: "Beim Stadtradeln ist Marburg von Anfang an
# dabei" is a campaign's start); not denied ("ist seit Beginn nicht dabei").
_MEMBER_AFTER = re.compile(r"(?:(?!\bnicht\b|\bkein)[^.;,]){0,20}?\b(?:mitglied|dabei)\b", re.IGNORECASE)
_IN_SOMETHING_NAMED_BEFORE = re.compile(r"\bbei(?:m|\s+(?:der|den|dem))?\s+(?-i:[A-ZÄÖÜ])", re.IGNORECASE)
_DATE_LINK_AFTER = re.compile(rf"\s*,?\s*{_DATE_LINK}", re.IGNORECASE)


# A count ("60 mayors among its founding members") or the founders listed ("Among its founders were Lyon and Milan"):
# not the city.
_ANY_DIGIT = re.compile(r"\d")
_FOUNDERS_LISTED = re.compile(r"\s+(?:were|included|étaient|comptaient|waren|zählten|fueron|erano|estaban|figur\w+)\b",
                              re.IGNORECASE)
# Factored by shared prefixes: a plain alternation under IGNORECASE folds each position's case once per stem
# ("cofondé" and "co-fondateur" hold "fond").
_FOUNDING_MEMBER_HINT = compile_guarded(literal_alternation(("fond", "found", "fundad", "gründ", "mitbegr")),
                                        re.IGNORECASE)


# How long ago, which dates nothing the sentence counts: "Vor mehr als 35 Jahren hat Frankfurt das Klima-Bündnis
# mitbegründet", "Il y a 35 ans, Lyon cofondait le réseau".
_YEARS_AGO = compile_guarded(r"\b\d+\s+(?:jahren|years|ans|años|anni)\b", re.IGNORECASE)


def names_a_founding_member(sentence: str) -> re.Match | None:
    """"La Ville en est membre fondateur", "Edinburgh was one of its founding members", "Lyon a cofondé le réseau":
    the city joined when the network was founded, a date the sentence does not give (how long ago aside)."""
    # the digit test first: it skips the sentence in one scan, the hint folds the case of every letter
    if _ANY_DIGIT.search(sentence) and _ANY_DIGIT.search(_YEARS_AGO.sub("", sentence)):
        return None
    if not _FOUNDING_MEMBER_HINT.search(sentence):
        return None
    found = _FOUNDING_MEMBER_WORDS.search(sentence)
    return None if found is None or _FOUNDERS_LISTED.match(sentence, found.end()) else found


_last_joining_at_founding: tuple[str, re.Match | None] = ("", None)


def joins_at_founding(sentence: str) -> re.Match | None:
    """Where the sentence says the city joined when the network was founded: "membre depuis sa création", "a rejoint
    l'organisation dès sa fondation", "member since its founding". The answer for the sentence last read is kept: the
    claims and then the attribution of the sentence's joining ask it in turn."""
    global _last_joining_at_founding
    if _last_joining_at_founding[0] is not sentence:
        _last_joining_at_founding = (sentence, _joining_at_founding(sentence))
    return _last_joining_at_founding[1]


# The founding with a definite article or the start as such, not another body's: "membre depuis la fondation",
# "a member since the very start", "seit Beginn", "desde la fundación", "socio dalla fondazione" (not "depuis la
# création de la Ville", "since the start of the year").
_SINCE_THE_FOUNDING = compile_guarded(
    r"\b(?:(?:depuis|dès)\s+(?:la\s+(?:fondation|création)|le\s+lancement)"
    r"|since\s+the\s+(?:very\s+)?(?:start|beginning|outset)"
    r"|seit\s+(?:beginn|anbeginn)"
    r"|desde\s+(?:la\s+(?:fundación|creación|constitución)|el\s+lanzamiento)"
    r"|(?:(?:fin|sin)\s+)?dalla\s+(?:fondazione|creazione|nascita|costituzione))\b"
    r"(?!\s+(?:de|du|des|d['’]|of|der|des|del|di|della|dell['’]|dello)\b|['’]s\b)"
    # ... or the network's, by its common noun: "socia desde la constitución de la asociación, en 1994", "membre depuis
    # la création du réseau en 1994", "since the founding of the network in 1994", "socio dalla costituzione
    # dell'associazione, nel 1994", "seit der Gründung des Vereins 1994 Mitglied"
    r"|\b(?:(?:depuis|dès)\s+la\s+(?:fondation|création)|since\s+the\s+(?:founding|foundation|creation|establishment)"
    r"|seit\s+der\s+gründung|desde\s+la\s+(?:fundación|creación|constitución)"
    r"|(?:(?:fin|sin)\s+)?dalla\s+(?:fondazione|creazione|nascita|costituzione))\s+"
    r"(?:(?:du|of\s+the|de\s+la|de\s+l['’]|della|dell['’]|des|der)\s*)"
    r"(?:réseau|association|organisation|fédération|network|association|organi[sz]ation|federation|alliance"
    r"|red|asociación|organización|federación|rete|associazione|organizzazione|federazione"
    r"|netzwerk(?:e?s)?|verein(?:e?s)?|verband(?:e?s)?|bündnisses)\b", re.IGNORECASE)


# Since the network, named, was founded: "Nelson has been a member since LGNZ was formed in 1988", "membre depuis que
# l'AIMF a été créée", "socia desde que la FEMP fue creada", "socio da quando l'ANCI è stata fondata".
_SINCE_THE_NAMED_NETWORK_WAS_FOUNDED = compile_guarded(
    r"\b(?:since|depuis\s+que|desde\s+que|da\s+quando)\s+"
    r"(?P<name>(?:(?:the|l['’]|la|le|el|il)\s*)?(?-i:[A-Z])[\w&'’.-]*(?:\s+[\w&'’.-]+){0,5}?)"
    r"\s+(?:was|a\s+été|fue|è\s+stat[ao])\s+(?:first\s+)?(?:founded|created|established|set\s+up|launched|formed"
    r"|fondée?|créée?|lancée?|constituée?|fundad[ao]|cread[ao]|constituid[ao]|fondat[ao]|creat[ao]|costituit[ao])\b",
    re.IGNORECASE)


def _founding_of_a_named_network(sentence: str) -> list[re.Match]:
    return [since for since in _SINCE_THE_NAMED_NETWORK_WAS_FOUNDED.finditer(sentence)
            if any(since.start("name") <= mention.start < since.end("name") for mention in find_networks(sentence))]


def _member_after(sentence: str, since: re.Match) -> bool:
    member = _MEMBER_AFTER.match(sentence, since.end())
    return bool(member) and not (member.group().lower().endswith("dabei")
                                 and _IN_SOMETHING_NAMED_BEFORE.search(sentence, 0, since.start()))


def _joining_at_founding(sentence: str) -> re.Match | None:
    if not _SINCE_ITS_FOUNDING_HINT.search(sentence):
        return None
    # the longest of the words at one place: "since the founding of the network", not "since the founding"
    for since in sorted((*_SINCE_ITS_FOUNDING.finditer(sentence), *_SINCE_THE_FOUNDING.finditer(sentence),
                         *_founding_of_a_named_network(sentence)), key=lambda found: (found.start(), -found.end())):
        before = max(0, since.start() - _JOIN_WINDOW), since.start()
        # "a signé le Pacte de Milan dès son lancement": a signatory since the start is a member since then
        if (_MEMBER_WORD.search(sentence, *before) or _JOIN_VERB.search(sentence, *before)
                or _SIGNED.search(sentence, *before) or _member_after(sentence, since)
                or ((belonging := _BELONGING.search(sentence, *before)) and _belongs_to_a_network(
                    sentence[belonging.start():since.start()]))):
            return since
    return None


# The joining's year, then that it was the founding's: "miembro de CGLU desde 2004, el mismo año en que la
# organización fue creada", "member since 2004, the year it was founded", "membre depuis 2004, l'année de sa création",
# "dal 2004, l'anno della sua fondazione", "seit 2004, dem Gründungsjahr des Verbands".
_THE_YEAR_IT_WAS_FOUNDED = compile_guarded(
    r"(?P<year>(?:1[89]|20)\d\d)\s*,\s+(?:"
    r"(?:(?:el|the|l['’]|lo)\s*)?(?:mismo\s+año|same\s+year|année|stesso\s+anno|anno)(?:\s+même)?"
    r"(?P<clause>[^,.;()]{1,50})"
    r"|(?:dem|im)\s+gründungsjahr\b)", re.IGNORECASE)
_ITS_FOUNDING_ENDS = re.compile(r"\b(?:sa|its|su|sua)\s+(?:création|fondation|creation|founding|foundation|creación"
                                r"|fundación|fondazione|creazione|nascita)\s*$", re.IGNORECASE)


def _founded_the_same_year(sentence: str, claims: list[Claim]) -> list[Claim]:
    joined = {claim.value for claim in claims if claim.attribute == "joined"}
    if not joined or any(claim.attribute == "founded" for claim in claims):
        return []
    for found in _THE_YEAR_IT_WAS_FOUNDED.finditer(sentence):
        clause = found.group("clause")
        if found.group("year") in joined and (clause is None or _FOUNDING_WORD.search(clause)
                                              or _ITS_FOUNDING_ENDS.search(clause)):
            return [Claim("founded", found.group("year"), found.start(), value_date=found.group("year"))]
    return []


# The founding told in a clause of its own, with its place: "fin dalla sua costituzione, avvenuta a Parma nel 1901",
# "depuis sa création, intervenue à Paris en 1979", "since its founding, which took place in Brussels in 1986", "desde
# su fundación, que tuvo lugar en Madrid en 1981".
_FOUNDING_TOOK_PLACE = re.compile(
    r"\s*,\s*(?:avvenut[ao]|intervenue?|survenue?|qui\s+a\s+eu\s+lieu|(?:which|that)\s+took\s+place|que\s+tuvo\s+lugar"
    r"|ocurrida|celebrada)\s+(?:(?:a|à|in|en|ad)\s+(?P<place>" + _PLACE + r")\s*,?\s*)?", re.IGNORECASE)


def _founding_told_after(sentence: str, since: re.Match, base: date | None) -> tuple[Claim, str | None] | None:
    """The founding's date, and its place when given, in a clause of its own right after `since`."""
    clause = _FOUNDING_TOOK_PLACE.match(sentence, since.end())
    if clause is None:
        return None
    dated = date_at(sentence, _DATE_LINK_AFTER.match(sentence, clause.end()).end(), base)
    if dated is None:
        return None
    return Claim("founded", dated[0].iso(), since.start(), value_date=dated[0].iso()), clause.group("place")


def _member_since_founding(sentence: str, base: date | None, claims: list[Claim]) -> list[Claim]:
    """"membre de l'UCUE depuis sa création, en 1961", "créé en 1986 ..., et en est membre depuis sa création": the
    city joined when the network was founded, when the sentence says when that was (and where: "dalla sua
    costituzione, avvenuta a Parma nel 1901")."""
    since = joins_at_founding(sentence)
    if since is None:
        return []
    found = []
    founded = next((claim for claim in claims if claim.attribute == "founded"), None)
    told = _founding_told_after(sentence, since, base)
    if told and told[1] and not any(claim.attribute == "founded_place" for claim in claims) and (
            founded is None or founded.value == told[0].value):
        found.append(Claim("founded_place", told[1], since.start()))
    if founded is None:
        dated = date_at(sentence, _DATE_LINK_AFTER.match(sentence, since.end()).end(), base)
        if dated is None and told is None:
            return []
        founded = Claim("founded", dated[0].iso(), since.start(), value_date=dated[0].iso()) if dated else told[0]
        found.append(founded)
    if any(claim.attribute == "joined" and claim.value == founded.value for claim in claims):
        return found  # read already: "l'une des villes fondatrices du réseau, créé en 1989, ... depuis sa création"
    return found + [Claim("joined", founded.value, since.start(), value_date=founded.value_date)]


_FOUNDING_AFTER_FOUNDING_MEMBER_CHARS = 120


def _founding_member_joined_at_founding(sentence: str, claims: list[Claim]) -> list[Claim]:
    """"Besançon est l'une des villes fondatrices du Réseau des sites majeurs de Vauban, créé en 2005 pour préparer la
    candidature, obtenue en 2008": a founding member joined in the year the sentence then says the network was founded,
    not at another date the sentence goes on to give."""
    founded = next((claim for claim in claims if claim.attribute == "founded"), None)
    if founded is None:
        return claims
    return [replace(claim, value=founded.value, value_date=founded.value_date)
            if claim.attribute == "joined" and claim.value != founded.value
            and claim.position < founded.position <= claim.position + _FOUNDING_AFTER_FOUNDING_MEMBER_CHARS
            and _FOUNDING_MEMBER_WORDS.match(sentence, claim.position) else claim for claim in claims]


def _founding_members_joined_in_the_year(sentence: str, claims: list[Claim]) -> list[Claim]:
    """"1905: Mannheim gehört zu den Gründungsmitgliedern des Städtetags, der im November 1905 in Dresden ins Leben
    gerufen wird": a timeline entry dates the founding member's joining by its year; the month dates the founding."""
    entry = _ENTRY_YEAR_THEN_TEXT.match(sentence)
    return [replace(claim, value=entry.group("year"), value_date=entry.group("year"))
            if entry and claim.attribute == "joined" and claim.value.startswith(f"{entry.group('year')}-")
            and _FOUNDING_MEMBER_WORDS.match(sentence, claim.position) else claim for claim in claims]


# The founding member's year in the same clause: "fundadoras de RECI en 2012", "founding member of Eurocities (1986)";
# not "membre fondateur de l'AIMF, a été élue au bureau en 2014" nor "a founding member of Eurocities and joined the
# Culture Forum in 2005".
_SAME_CLAUSE_UP_TO_A_YEAR = re.compile(
    r"(?:(?![,;:)]|\s(?:and|et|y|e|und|but|mais|pero|ma|aber)\s)[^.!?]){0,60}?\b(?P<year>(?:1[89]|20)\d\d)\b",
    re.IGNORECASE)


def _founded_when_its_founding_member_joined(sentence: str, claims: list[Claim]) -> list[Claim]:
    """"Valladolid fue una de las 25 ciudades fundadoras de RECI en 2012", "Leeds was a founding member of Eurocities in
    1986", "Elle a participé en 2019 à la fondation du réseau": the network was founded when its founding member joined
    it, the year in the same clause."""
    if any(claim.attribute == "founded" for claim in claims):
        return []
    for claim in claims:
        phrase = _FOUNDING_MEMBER_WORDS.match(sentence, claim.position) if claim.attribute == "joined" else None
        year = _SAME_CLAUSE_UP_TO_A_YEAR.match(sentence, phrase.end()) if phrase else None
        if year and _member_since_the_year(sentence, year):
            continue
        if (year and claim.value.startswith(year.group("year"))) or (phrase and _year_inside(phrase, claim)):
            return [Claim("founded", claim.value, claim.position, value_date=claim.value_date)]
    return []


# "since" before the year: "miembro fundador del CIDEU desde 1993", "founding member since 1986", "dal 1986".
_SINCE_BEFORE = re.compile(r"\b(?:since|depuis|desde|seit|dal|dall['’]|sin\s+dal)\s*(?:(?:the\s+year|l['’]année|l['’]an"
                           r"|el\s+año|dem\s+jahr|anno)\s+)?$", re.IGNORECASE)
_SINCE_CHARS = 24


def _member_since_the_year(sentence: str, year: re.Match) -> bool:
    """"Cali es miembro fundador del CIDEU desde 1993": the year the membership runs from dates the joining, not the
    network's founding, which the page must state itself."""
    start = year.start("year")
    return _SINCE_BEFORE.search(sentence, max(0, start - _SINCE_CHARS), start) is not None


def _year_inside(phrase: re.Match, claim: Claim) -> bool:
    """"a participé en 2019 à la fondation": the founding member's phrase holds its year."""
    return claim.value[:4] in phrase.group()


# Before a founding member's phrase, the role the city acts in: "2014: Als Gründungsmitglied wird Paris in den Vorstand
# gewählt", "as a founding member".
_AS_A_ROLE_BEFORE = re.compile(r"\b(?:als|as|en\s+tant\s+que|come|como|in\s+qualità\s+di)\s+(?:[\w’'-]+\s+){0,2}$",
                               re.IGNORECASE)
_ROLE_CHARS = 40


def _founding_member_the_entry_dates(sentence: str, claim: Claim, phrase: re.Match) -> bool:
    """"2005: León es una de las ciudades fundadoras de la Red", "1997: Villach wird Gründungsmitglied des Vereins": a
    timeline entry's year dates the founding member its first clause states, not one in apposition ("2014: Paris,
    membre fondateur de l'AIMF, est élue au bureau")."""
    entry = _ENTRY_YEAR_THEN_TEXT.match(sentence)
    return (entry is not None and claim.value.startswith(entry.group("year"))
            and not _CLAUSE_MARK_OR_STOP.search(sentence, entry.end(), phrase.start())
            and not _AS_A_ROLE_BEFORE.search(sentence, max(entry.end(), phrase.start() - _ROLE_CHARS), phrase.start()))


def _without_founding_members_later_dates(sentence: str, claims: list[Claim]) -> list[Claim]:
    """"Paris, membre fondateur de l'AIMF, a été élue au bureau en 2014": a founding member joined when the network was
    founded, which a date of another clause is not."""
    if any(claim.attribute == "founded" for claim in claims):
        return claims
    kept = []
    for claim in claims:
        phrase = _FOUNDING_MEMBER_WORDS.match(sentence, claim.position) if claim.attribute == "joined" else None
        year = _SAME_CLAUSE_UP_TO_A_YEAR.match(sentence, phrase.end()) if phrase else None
        if phrase is None or (year and claim.value.startswith(year.group("year"))) or _year_inside(phrase, claim) or (
                _founding_member_the_entry_dates(sentence, claim, phrase)):
            kept.append(claim)
    return kept
