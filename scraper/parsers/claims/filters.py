"""The checks run on a sentence's claims once every family has read it: a founding or seat that is a country, a
chapter's seat, a joining of a network's text or by a count of members, a listing's date, another clause's subject, a
president who is no one; and a seat given to the world body a section belongs to."""

import re
from dataclasses import replace

from ..networks import NetworkMention
from ..text import compile_guarded
from .common import _CHAPTER_AFTER_NETWORK, _CITY_STATE, _CLAUSE_MARK_OR_STOP, _NETWORK_NOUNS, _UPPER, Claim, _names

# A text of a network, named with it: "l'Agenda AIVP 2030", "the AIVP 2030 Agenda", "la Charte d'Eurocities", "die
# Charta von Eurocities", "la Declaración de Mercociudades". Adhering to it ("a cui il Comune ha aderito nel 2021",
# "signed up to the AIVP 2030 Agenda in 2021") is no joining of the network.
_TEXT_NOUN = compile_guarded(
    r"\b(?:agenda|charte|charta|charter|carta|d[ée]claration|declaration|erklärung|declaración|dichiarazione"
    r"|manifeste|manifesto|pledge)\b", re.IGNORECASE)
_TEXT_AND_NETWORK_CHARS = 20
# A clause of its own: after a clause mark or a coordinating word ("membre de l'AIVP depuis 2009 et a adhéré à son
# Agenda en 2021").
_JOINING_CLAUSE_BREAK = re.compile(r"[,;:()]|\s(?:e|ed|et|and|und|y|sowie)\s", re.IGNORECASE)
# A relative clause whose antecedent ends the clause before: "l'Agenda AIVP 2030, a cui il Comune ha aderito".
_RELATIVE_OPENING = re.compile(r"\s*(?:a\s+cui|alla\s+quale|à\s+laquelle|auquel|to\s+which|which|a\s+la\s+que"
                               r"|al\s+que|a\s+la\s+cual|der|dem|die)\b", re.IGNORECASE)


def _a_networks_text(sentence: str, start: int, end: int, mentions: list[NetworkMention]) -> bool:
    """A text named with a network between `start` and `end`, outside the network's name."""
    return any(not any(mention.start <= text.start() < mention.end for mention in mentions)
               and any(start <= mention.start and mention.end <= end
                       and (0 <= mention.start - text.end() <= _TEXT_AND_NETWORK_CHARS
                            or 0 <= text.start() - mention.end <= _TEXT_AND_NETWORK_CHARS) for mention in mentions)
               for text in _TEXT_NOUN.finditer(sentence, start, end))


def _joins_a_networks_text(sentence: str, claim: Claim, mentions: list[NetworkMention]) -> bool:
    if claim.attribute != "joined" or not _TEXT_NOUN.search(sentence):
        return False
    breaks = [found.span() for found in _JOINING_CLAUSE_BREAK.finditer(sentence)]
    start = max((end for _, end in breaks if end <= claim.position), default=0)
    end = min((begin for begin, _ in breaks if begin > claim.position), default=len(sentence))
    if _a_networks_text(sentence, start, end, mentions):
        return True
    before = max((end for _, end in breaks if end < start), default=0)
    return bool(start and _RELATIVE_OPENING.match(sentence, start)) and _a_networks_text(sentence, before, start,
                                                                                          mentions)


# The joining's procedure begun, not the joining: "quando il Comune avviò la procedura di adesione", "la Ville a engagé
# la procédure d'adhésion", "the City began the process of joining", "el Ayuntamiento inició el procedimiento de
# adhesión" (a procedure concluded, "la procedura di adesione si è conclusa nel 2011", is the joining).
_PROCEDURE_BEGUN = compile_guarded(
    r"\b(?:avvi(?:ò|ato|a)|iniziat[oa]|lanc(?:é|ée|e)|engag(?:é|ée|e)|entam(?:é|ée|e)|began|begun|begins|started"
    r"|starts|launched|initiated|inici(?:ó|ado|a)|comenz(?:ó|ado)|emprendi(?:ó|do))\s+(?:\w+\s+){0,2}?"
    r"(?:la\s+|il\s+|the\s+|el\s+|l['’])?(?:procedura|iter|procédure|démarche|process|procedure|procedimiento|trámite"
    r"|proceso|expediente)\s+(?:di|d['’]|de|of|del)\s*$", re.IGNORECASE)
_PROCEDURE_CHARS = 60


def _begins_a_joinings_procedure(sentence: str, claim: Claim) -> bool:
    return claim.attribute == "joined" and _PROCEDURE_BEGUN.search(
        sentence, max(0, claim.position - _PROCEDURE_CHARS), claim.position) is not None


# A count of members as the joining's subject: "En 2010, ils étaient déjà plus de 200 à avoir rejoint le réseau", "by
# 2010 more than 200 cities had joined", "2010 waren über 200 Städte beigetreten", "en 2010 eran más de 200 las
# ciudades que se habían adherido", "nel 2010 erano già oltre 200 i comuni che avevano aderito": how many had joined by
# then, a figure of the past, not the city's joining (unless the city is counted with them: "Lyon et 11 autres villes
# ont rejoint").
_COUNT_OF_JOINERS_BEFORE = compile_guarded(
    r"(?<![\d.,])(?P<count>\d{1,3}(?:[\s\u00a0.,]\d{3})*)\s+(?:(?:i|gli|le|las|los|die|the)\s+)?"
    r"(?:à\s+avoir|(?:villes|communes|cities|towns|municipalities|councils|members|membres|städte|kommunen|gemeinden"
    r"|mitglieder|ciudades|municipios|miembros|comuni|città|membri|soci)\b)[^.;:,\d]{0,40}$", re.IGNORECASE)
_WITH_THE_CITY_BEFORE = compile_guarded(r"\b(?:et|and|und|y|e|with|avec|mit|con|sowie)\s+(?:les\s+|the\s+|die\s+)?$",
                                        re.IGNORECASE)
_JOINERS_CHARS = 70
# The joining's verb in the past, at the claim: the count joined; not a present "sind dabei, Wien seit 1985", whose
# date is the city's own.
_JOINED_PARTICIPLE_AT = compile_guarded(r"[^.;,]{0,30}?\b(?:rejoint|joined|beigetreten|aderito|adherido)\b",
                                        re.IGNORECASE)


def _joined_by_a_count_of_members(sentence: str, claim: Claim) -> bool:
    if claim.attribute != "joined" or _JOINED_PARTICIPLE_AT.match(sentence, claim.position) is None:
        return False
    count = _COUNT_OF_JOINERS_BEFORE.search(sentence, max(0, claim.position - _JOINERS_CHARS), claim.position)
    return count is not None and _WITH_THE_CITY_BEFORE.search(
        sentence, max(0, count.start() - 20), count.start()) is None


# French and Italian name a city with "à"/"a" and a country or a region with "en", "au", "aux"/"in": "a vu le jour en
# 2006 en Norvège", "fondée au Québec", "fondata in Norvegia" place no city, and a founding place is one (the founding
# verb tells the language: Spanish "nació en Barcelona" names a city).
_IN_A_COUNTRY = (
    (compile_guarded(r"\b(?:vu\s+le\s+jour|voit\s+le\s+jour|cré[ée]e?s?|fond[ée]e?s?|née?s?|lancée?s?|institu[ée]e?s?"
                     r"|constitu[ée]e?s?|na[îi]t)\b", re.IGNORECASE), r"en|au|aux"),
    (compile_guarded(r"\b(?:fondat|nat|creat|costituit|istituit|lanciat)[oaie]\b", re.IGNORECASE),
     r"in|nel|nella|negli|nei"),
)


def _founded_in_a_country(sentence: str, claim: Claim) -> bool:
    return claim.attribute == "founded_place" and any(
        verbs.search(sentence) and re.search(rf"\b(?:{prepositions})\s+{re.escape(claim.value)}(?!\w)", sentence,
                                             re.IGNORECASE)
        for verbs, prepositions in _IN_A_COUNTRY)


# So with a seat: "Basé en France, le réseau ...", "installée au Québec", "con sede in Belgio" place it in a country
# or a region, and a seat is a city.
_SEATED_IN_A_COUNTRY = (
    (r"basée?s?|installée?s?|située?s?|implantée?s?|domiciliée?s?|établie?s?|siège(?:\s+est|\s+se\s+trouve)?",
     r"en|au|aux"),
    (r"sede|basat[oaie]|situat[oaie]|insediat[oaie]", r"in|nel|nella|negli|nei"),
)


# The same words and prepositions before any place: a sentence without them needs no pattern built for its seat's value
# (a compilation on every page that states a seat).
_SEAT_WORD_THEN_PREPOSITION = tuple(re.compile(rf"\b(?:{words})\s+(?:{prepositions})\s+", re.IGNORECASE)
                                    for words, prepositions in _SEATED_IN_A_COUNTRY)


def _seated_in_a_country(sentence: str, claim: Claim) -> bool:
    return claim.attribute == "headquarters" and not re.fullmatch(_CITY_STATE, claim.value) and any(
        opening.search(sentence) and re.search(
            rf"\b(?:{words})\s+(?:{prepositions})\s+{re.escape(claim.value)}(?!\w)", sentence, re.IGNORECASE)
        for opening, (words, prepositions) in zip(_SEAT_WORD_THEN_PREPOSITION, _SEATED_IN_A_COUNTRY, strict=True))


_CHAPTER_BEFORE_SEAT_CHARS = 40


def _seat_of_a_chapter(sentence: str, claim: Claim, mentions: list[NetworkMention]) -> bool:
    if claim.attribute != "headquarters":
        return False
    chapters = [chapter.end() for mention in mentions
                if (chapter := _CHAPTER_AFTER_NETWORK.match(sentence, mention.end))]
    return any(end <= claim.position <= end + _CHAPTER_BEFORE_SEAT_CHARS
               and not any(end <= mention.start < claim.position for mention in mentions) for end in chapters)


# The world body a section belongs to, described before the seat: "Como sección latinoamericana de CGLU, FLACMA vincula
# a la ciudad con la organización mundial de gobiernos locales, con sede en Barcelona", "En tant que section européenne
# de CGLU, le CCRE relie la ville à l'organisation mondiale, basée à Barcelone": the seat is the world body's, which the
# sentence names as the one the section belongs to; described in apposition to a network's name ("UCLG, the world
# organisation of local governments, based in Barcelona"), it is that network's own.
_WORLD_BODY_CUES = ("mundial", "mondial", "world", "welt", "global")
_WORLD_BODY = compile_guarded(
    r"\b(?:(?:organización|red|asociación)\s+mundial|organisation\s+mondiale|réseau\s+mondial"
    r"|(?:world|global)\s+(?:organi[sz]ation|network|association|body)|welt(?:organisation|verband)"
    r"|weltweite[nm]?\s+(?:organisation|netzwerk)|organizzazione\s+mondiale|rete\s+mondiale)\b", re.IGNORECASE)
# The world body described in apposition to a network's name, or as what the network is: "UCLG, the world
# organisation", "UCLG is the world organisation", "CGLU, l'organisation mondiale".
_NETWORK_THEN_WORLD_BODY = re.compile(r"\s*(?:,|\b(?:is|est|ist|es|è)\b)\s*(?:[^\W\d_]+['’]?\s*)?",
                                      re.IGNORECASE)
_WORLD_BODY_TO_SEAT = re.compile(r"[^,;:()]{0,60},?[^,;:()]{0,20}")
_SECTION_OF = compile_guarded(
    r"\b(?:secci[óo]n|section|sezione|sektion|chapter|branch|cap[íi]tulo|capitolo|chapitre)\s+(?:[^\W\d_]+\s+){0,2}?"
    r"(?:de\s+la|de|del|of\s+the|of|du|de\s+l['’]|des|di|della|dell['’]|von|der|des)\s*$", re.IGNORECASE)
_SECTION_OF_CHARS = 40
_WORLD_BODY_CHARS = 120


def _seat_of_the_world_body(sentence: str, claim: Claim, mentions: list[NetworkMention]) -> Claim:
    """The claim, given to the network the sentence names as a section's world body when the seat is that body's
    (with no section named, the world body is the network the text is about)."""
    if claim.attribute != "headquarters" or claim.about is not None or not any(
            cue in sentence.lower() for cue in _WORLD_BODY_CUES):
        return claim
    bodies = [body for body in _WORLD_BODY.finditer(sentence, max(0, claim.position - _WORLD_BODY_CHARS),
                                                    claim.position)
              if _WORLD_BODY_TO_SEAT.fullmatch(sentence, body.end(), claim.position)]
    if not bodies or any(mention.end <= bodies[-1].start() and _NETWORK_THEN_WORLD_BODY.fullmatch(
            sentence, mention.end, bodies[-1].start()) or bodies[-1].start() <= mention.start < claim.position
            for mention in mentions):
        return claim
    parent = next((mention for mention in mentions if _SECTION_OF.search(
        sentence, max(0, mention.start - _SECTION_OF_CHARS), mention.start)), None)
    return replace(claim, about=parent) if parent else claim


# An inscription on a list, in the clause of a joining's date: "Con la Piazza del Duomo, iscritta nella Lista del
# Patrimonio Mondiale dal 1987, Pisa aderisce dal 2001", "sa cathédrale, inscrite sur la Liste du patrimoine mondial
# depuis 1981", "seit 1996 in die Welterbeliste aufgenommen": the year a site was listed, not the city's joining (a list
# of a network's members is the network's: "inscrite sur la liste des membres d'Eurocities").
_LISTED = compile_guarded(
    r"\b(?:inscrit\w*|inscribed|inscrit[oa]s?|iscritt[oa]|eingetragen|listed)\b[^,;()]{0,40}?"
    r"\b(?:liste|list|lista|registro|registre|register|welterbeliste)\b"
    r"(?!\s+(?:des|of|dei|de|der)\s+(?:membres|members|membri|miembros|mitglieder)\b)"
    r"|\b(?:welterbeliste|world\s+heritage\s+list)\b[^,;()]{0,30}?\b(?:aufgenommen|eingetragen)\b", re.IGNORECASE)
# A site that belongs to the World Heritage, in the clause of a joining's date: "gehört die Altstadt seit 2002 zum
# UNESCO-Welterbe", "fait partie depuis 1991 du patrimoine mondial", "has been a World Heritage Site since 1987", "forma
# parte desde 1985 del Patrimonio de la Humanidad", "fa parte dal 2003 del sito seriale UNESCO": the site's inscription,
# not a joining (the heritage words inside a network's name, "Organisation des villes du patrimoine mondial", are the
# network's).
_WORLD_HERITAGE = compile_guarded(
    r"\b(?:unesco[\s-]*)?(?:weltkultur|welt)erbe\b|\bpatrimoine\s+(?:mondial|de\s+l['’]humanité)\b"
    r"|\bworld\s+heritage\b|\bpatrimonio\s+(?:mondiale|mundial|de\s+la\s+humanidad|dell['’]umanità)\b"
    r"|\bsit[oe]\s+(?:seriale\s+|classé\s+)?(?:dell['’]|de\s+l['’])?unesco\b|\bunesco\s+(?:world\s+heritage\s+)?site\b",
    re.IGNORECASE)
# The heritage words naming cities, a network's name the vocabulary may lack ("Organizzazione delle Città Patrimonio
# Mondiale", "Grupo de Ciudades Patrimonio de la Humanidad", "World Heritage Cities"), or a candidacy, no inscription
# ("créé en 2005 pour préparer la candidature au patrimoine mondial", "the bid for World Heritage status").
_CITIES_OR_BID_BEFORE = compile_guarded(
    r"\b(?:villes|ville|cities|city|städte|ciudades|ciudad|città|candidature|candidacy|bid|nomination|bewerbung"
    r"|candidatura)\s+(?:(?:du|de\s+la|del|de|della|dell['’]|for|of(?:\s+the)?|als|zum|au|a|al|alla|to)\s+)?"
    r"(?:(?:l['’])?unesco[\s-]*)?$", re.IGNORECASE)
_CITIES_AFTER = re.compile(r"[\s-]*(?:cities|city|städte|stadt)\b", re.IGNORECASE)
_HERITAGE_NAME_CHARS = 40
_LISTING_CLAUSE_CHARS = 120


def _dates_a_listing(sentence: str, claim: Claim, mentions: list[NetworkMention]) -> bool:
    if claim.attribute != "joined":
        return False
    if _LISTED.search(sentence, *_clause_around(sentence, claim.position)) is not None:
        return True
    # the clause of the year itself: a joining's verb may be read in another clause than its date
    years = [found.start() for found in re.finditer(rf"\b{claim.value[:4]}\b", sentence)]
    if not years:
        return False
    year = min(years, key=lambda start: abs(start - claim.position))
    return any(_an_inscription(sentence, heritage, mentions)
               for heritage in _WORLD_HERITAGE.finditer(sentence, *_clause_around(sentence, year)))


def _an_inscription(sentence: str, heritage: re.Match, mentions: list[NetworkMention]) -> bool:
    return not (any(mention.start <= heritage.start() < mention.end for mention in mentions)
                or _CITIES_OR_BID_BEFORE.search(sentence, max(0, heritage.start() - _HERITAGE_NAME_CHARS),
                                                heritage.start())
                or _CITIES_AFTER.match(sentence, heritage.end()))


def _clause_around(sentence: str, position: int) -> tuple[int, int]:
    start = max(0, position - _LISTING_CLAUSE_CHARS)
    if marks := [found.end() for found in _CLAUSE_MARK_OR_STOP.finditer(sentence, start, position)]:
        start = marks[-1]
    end = _CLAUSE_MARK_OR_STOP.search(sentence, position, position + _LISTING_CLAUSE_CHARS)
    return start, end.start() if end else position + _LISTING_CLAUSE_CHARS


# A founding in a clause of its own whose subject is a common noun that names no network: "se constituyó formalmente
# en 1994, aunque el movimiento nació en 1990", "was formally set up in 1994, although the idea was born in 1990",
# "bien que l'idée soit née en 1990", "obwohl die Idee schon 1990 entstand", "anche se il movimento è nato nel 1990":
# that thing's beginning, not the network's founding.
_OTHER_CLAUSE_SUBJECT = compile_guarded(
    r"\b(?:aunque|si\s+bien|pero|mientras\s+que|although|though|while|whereas|but|bien\s+que|alors\s+que|même\s+si"
    r"|mais|obwohl|aber|doch|während|anche\s+se|sebbene|benché|mentre|ma)\s+"
    r"(?:(?:el|la|los|las|the|its|le|la|les|son|sa|ses|die|der|das|il|lo|gli|su|sus|seine|ihre)\s+|l['’]\s*)"
    r"(?P<noun>[\w-]+)\s[^,;:.]{0,40}$", re.IGNORECASE)
_OTHER_CLAUSE_CHARS = 90


def _founds_another_clauses_subject(sentence: str, claim: Claim, mentions: list[NetworkMention]) -> bool:
    if claim.attribute != "founded":
        return False
    subject = _OTHER_CLAUSE_SUBJECT.search(sentence, max(0, claim.position - _OTHER_CLAUSE_CHARS), claim.position)
    return subject is not None and not (_NETWORK_NOUNS.fullmatch(subject.group("noun").lower())
                                        or _names(subject, mentions))


# A president is a person's name, or an office with the place or person that makes it one ("the Mayor of Hiroshima",
# "il sindaco di Barcellona"): a value with no capital, or one that opens with an indefinite article, describes whoever
# holds the office ("présidée par un élu municipal choisi chaque année", "chaired by a mayor elected each year",
# "presidida por un alcalde elegido", "geleitet von einem gewählten Ratsmitglied").
_CAPITAL = re.compile(rf"[{_UPPER}]")
_INDEFINITE_ARTICLE = re.compile(r"(?:une?|an?|eine[mnrs]?|ein|uno|una|un['’])\b")


def _describes_no_one(claim: Claim) -> bool:
    return claim.attribute == "president" and (_CAPITAL.search(claim.value) is None
                                                or _INDEFINITE_ARTICLE.match(claim.value) is not None)
