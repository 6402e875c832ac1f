"""When and where a network was founded: founding verbs and participles, founding meetings, founding dates told
back, a timeline's founding entries; not another body's founding."""

import re
from datetime import date

from ..dates import MONTH_PATTERN, PartialDate, date_at
from ..networks import NetworkMention
from ..text import compile_guarded
from ..vocabulary import FOUNDING_VERBS
from .clause_dates import _ENTRY_YEAR_THEN_TEXT, _OPENING_DATE
from .common import (
    _A_COUNTRY,
    _APPOSITION_OPENS,
    _BORN,
    _CLAUSE_BREAK,
    _CLAUSE_MARK_OR_STOP,
    _DATE_LINK,
    _FOUNDING_MEETING,
    _FOUNDING_WORD,
    _FOUNDING_WORDS,
    _FOUNDING_WORDS_FR,
    _NETWORK_AS_SUBJECT,
    _NETWORK_NOUN_EN_DE,
    _NETWORK_NOUNS,
    _PLACE,
    _PLACE_AFTER_DATE,
    _SEAT_LABEL_WORD,
    Claim,
    _names,
)

# "founded in Rotterdam, the Netherlands, in 1986": the country in apposition after the city. The city is read whole
# (an atomic group): "founded in New York, ..." is not "New".
_COUNTRY_AFTER_PLACE = (rf"(?:,\s+(?:the\s+|les?\s+|la\s+|l['’]|au\s+|aux\s+|en\s+|in\s+|die\s+|el\s+|i\s+)?{_PLACE},"
                        # or in brackets: "fondée à Québec (Canada) en 1979"
                        rf"|\s*\({_PLACE}\))?")
_FOUNDED = re.compile(
    rf"\b(?=[cfnvesligactpb])(?:{_FOUNDING_WORDS}|(?:sa|su|its|their|leur|seiner|ihrer|sua)\s+(?:fondation|fundación"
    rf"|foundation|founding(?!\s+(?:congress|assembly|meeting|conference))|gründung|fondazione|création|creation|creación"
    rf"|creazione|lancement|launch)\s*,?)\s+(?:(?:à|in|en|a|ad)\s+(?!{MONTH_PATTERN})"
    # ("ad" before a vowel: "nata ad Ancona"); "fundada en la ciudad de Hiroshima", "founded in the city of Hiroshima"
    # or with the country's adjective: "in the Dutch city of Zwolle", "dans la ville néerlandaise de Zwolle"
    rf"(?:(?:la\s+ciudad(?:\s+[a-zà-ÿ]+)?\s+de|the\s+(?:[a-z]+\s+)?(?:city|town)\s+of|la\s+ville(?:\s+[a-zà-ÿ]+)?\s+de"
    rf"|la\s+città(?:\s+[a-zà-ÿ]+)?\s+di|der\s+(?:[a-zäöü]+en\s+)?stadt)\s+)?"
    rf"(?P<place_before>(?>{_PLACE}))"
    rf"{_COUNTRY_AFTER_PLACE}(?:\s*,\s*|\s+|(?=[.;])))?{_DATE_LINK}",
    re.IGNORECASE)
# German puts the date before the verb: "wurde 1986 in Den Haag gegründet", "im Mai 2004 gegründet".
_FOUNDED_DATE_FIRST = re.compile(
    rf"\b(?:(?:im|am)\s+(?:jahre?\s+)?)?(?P<date>(?:\d{{1,2}}\.\s+)?(?:{MONTH_PATTERN}\s+)?(?:1[89]|20)\d\d)"
    # "im niederländischen Zwolle": the place after its country's adjective
    # the founder named in apposition between: "1982 vom damaligen Bürgermeister von Hiroshima, Takeshi Araki, ins Leben
    # gerufen"
    rf"\s+(?:(?:in|im\s+(?-i:[a-zäöü]+en)|in\s+der\s+(?:(?-i:[a-zäöü]+en)\s+)?stadt)\s+(?P<place>{_PLACE})\s+)?"
    rf"(?:[^.;,]{{0,80}}?(?:,\s+(?-i:[A-ZÄÖÜ])[\w.-]+(?:\s(?-i:[A-ZÄÖÜ])[\w-]+){{0,3}},)?\s)?"
    rf"(?=gegründet|ins\s+leben\s+gerufen)",
    re.IGNORECASE)
# The date put first: "C'est à Paris, en mai 2004, qu'est née CGLU", "It was in 1986 that Eurocities was founded",
# "Fue en París, en 2004, donde se fundó", "È nel 1979 che è stata fondata".
_CLEFT_OPENER = re.compile(
    rf"\b(?=[ciefèdgr])(?:c['’]est|it\s+was|es\s+war|fue|è\s+stat[oa]|è"
    # "The AIMF dates back to 1979, when it was formed in Quebec", "Die Anfänge reichen bis 1986 zurück, als ..."
    rf"|dates?\s+back\s+to|go(?:es)?\s+back\s+to|reich(?:t|en)\s+bis)\s+"
    rf"(?:(?:à|in|en|a)\s+(?!{MONTH_PATTERN})(?P<place>{_PLACE})\s*,?\s+)?{_DATE_LINK}", re.IGNORECASE)
# After the date of a cleft, or "1986, año en que fundó la red", "2004, the year it was founded": the link, then
# the founding verb.
_FOUNDED_THEN = re.compile(
    rf"\s*(?:zurück)?,?\s+(?:qu['’]|que\b|that\b|when\b|als\b|cuando\b|donde\b|quando\b|che\b|ch['’]|où\b|where\b|dove\b)"
    rf"[^.;]{{0,40}}?\b(?:{FOUNDING_VERBS})\b", re.IGNORECASE)
_YEAR_IN_WHICH_FOUNDED = re.compile(
    rf",?\s+(?:l['’]année|the\s+year|el\s+año|año|l['’]anno|anno|das\s+jahr|jahr)\s+(?:où|en\s+(?:el\s+)?que|in\s+which"
    rf"|it\s+was|when|in\s+cui|in\s+dem)\b[^.;]{{0,40}}?\b(?:{FOUNDING_VERBS})\b", re.IGNORECASE)
# The date opening the sentence, the founding verb right after it, its subject last: "En 2005 se fundó la red C40",
# "Nel 2005 è nata la rete C40".
_OPENING_YEAR = re.compile(r"(?:en|nel)\s+(?:el\s+año\s+)?|nell['’]\s*(?:anno\s+)?", re.IGNORECASE)
_FOUNDING_VERB_FIRST = re.compile(
    r"\s*,?\s+(?:se\s+(?:fund[óo]|cre[óo]|constituy[óo])|naci[óo]|nacque"
    r"|fue\s+(?:fundad|cread|constituid)[oa]|(?:è|fu)\s+(?:stat[oa]\s+)?(?:fondat|creat|costituit|istituit|nat)[oa]"
    r"|si\s+è\s+costituit[oa])\b", re.IGNORECASE)
# What each of those wordings needs, tested before its pattern is run.
_CLEFT_WORDS = ("c'est", "c’est", "it was", "es war", "fue ", "è ", "back to", "reicht bis", "reichen bis")
# "Depuis 2004, date de sa création, CGLU ...", "1982, año de su fundación", "2006, the year of its founding".
_YEAR_OF_ITS_FOUNDING = re.compile(
    r",?\s+(?:(?:la\s+)?date|l['’]année|année|(?:la\s+)?fecha|(?:el\s+)?año|the\s+year|l['’]anno|anno|(?:dem\s+)?jahr)"
    r"\s+(?:de\s+sa|de\s+su|of\s+its|della\s+sua|seiner|ihrer)\s+"
    r"(?:création|fondation|creación|fundación|founding|foundation|creation|fondazione|creazione|gründung)\b",
    re.IGNORECASE)
# "1986, año en que se fundó en Róterdam": the place after the verb.
_PLACE_AFTER_THE_VERB = re.compile(rf"\s+(?:en|in|à|a)\s+(?!{MONTH_PATTERN})(?P<place>{_PLACE})", re.IGNORECASE)
_YEAR_WORDS = ("année", "year", "año", "anno", "jahr", "date", "fecha")
_ANY_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
# "Gegründet wurde das Netzwerk 1986 in Den Haag": the German verb first, its date later.
_GEGRUENDET_WURDE = re.compile(
    rf"\bgegründet\s+wurden?\b[^.;]{{0,60}}?\s(?P<date>(?:\d{{1,2}}\.\s+)?(?:{MONTH_PATTERN}\s+)?(?:1[89]|20)\d\d)\b",
    re.IGNORECASE)
# "creada en 1982 en la ciudad de Hiroshima", "nella città di Hiroshima": the city named after its noun.
# "founded in 1990 at the World Congress of ..., held at the United Nations in New York", "créée en 2004 lors du
# congrès de ..., tenu à Paris": the place of the meeting the founding happened at.
_MEETING_HELD_IN = re.compile(
    r"\s*,?\s+(?:at|during|au|à\s+l['’]|lors\s+d[eu']|durante|en\s+el|en\s+la|al|alla|durante)\b[^.;]{1,80}?,?\s+"
    r"(?:held|which\s+took\s+place|tenue?|qui\s+s['’]est\s+tenue?|celebrad[oa]|que\s+tuvo\s+lugar|tenutosi|svoltosi)"
    rf"\s+(?:(?:at|au|à\s+l['’]|en\s+la|en\s+el|presso)\s+[^,.;]{{1,40}}?\s+)?(?:in|à|en|a)\s+(?P<place>{_PLACE})")
_IN_THE_CITY_OF = re.compile(
    rf"\s*,?\s+(?:en\s+la\s+ciudad|nella\s+città)(?:\s+[a-zà-ÿ]+)?\s+(?:de|di)\s+(?P<place>{_PLACE})")
_PLACE_BEFORE_LATER_DATE = re.compile(
    r"(?:(?:took\s+place|was\s+held|met|fand\s+statt)\s+)?"
    rf"(?:(?:at|au|aux|à\s+l['’]|bei|en\s+la|en\s+el|presso|lors\s+d['’]une?|during)\b[^,.;]{{1,40}}?\s+)?"
    rf"(?:à|in|en|a)\s+(?!{MONTH_PATTERN})"
    rf"(?P<place>{_PLACE})")
# "Quarante-cinq ans après sa fondation à Québec": where, without when.
_FOUNDATION_PLACE = compile_guarded(rf"\b(?:sa|leur) fondation,? à (?P<place>{_PLACE})", re.IGNORECASE)


_SUBJECT_BEFORE_VERB = re.compile(r"\s+(?:(?:was|were|has\s+been|had\s+been|wurde|ist|war)\s+(?:\w+\s+)?)?",
                                  re.IGNORECASE)
# "Eurocities wurde in Rotterdam gegründet": the German place before the participle, with no date.
_PLACE_BEFORE_GEGRUENDET = re.compile(rf"\bin\s+(?P<place>{_PLACE})\s+(?:gegründet|ins\s+leben\s+gerufen)\b",
                                      re.IGNORECASE)


# "ICORN existiert seit 2006", "Eurocities besteht seit 1986", "Eurocities has existed since 1986": the network, as
# the subject, exists since its founding year (not "die Partnerschaft besteht seit 1990").
_EXISTS_SINCE = re.compile(
    r"\s+(?:(?i:existiert|besteht)\s+(?:(?i:bereits|schon)\s+)?(?i:seit)(?:\s+(?i:dem\s+jahr|jahr))?"
    r"|(?i:has\s+existed\s+since))\s+(?P<year>(?:1[89]|20)\d\d)\b(?!\s+(?i:aus|als|in\s+(?:der|dieser)\s+form))")


def _existing_since(sentence: str, mentions: list[NetworkMention]) -> list[Claim]:
    return [Claim("founded", found.group("year"), mention.start, value_date=found.group("year"), about=mention)
            for mention in mentions
            if (found := _EXISTS_SINCE.match(sentence, mention.end))
            and _NETWORK_AS_SUBJECT.fullmatch(sentence, 0, mention.start)]


# "l'ANCI, che dal 1901 rappresenta i Comuni", "the LGA, which since 1997 has represented councils", "l'AMF, qui
# rassemble depuis 1907 les maires", "der Deutsche Städtetag, der seit 1905 die Städte vertritt", "la FEMP, que desde
# 1981 agrupa a los ayuntamientos": a relative clause on the network says since when it gathers or represents its
# members, which it has done since it was founded (not "qui accueille depuis 2010 le festival", nor "che rappresenta
# Cuneo dal 2001", whose date follows the verb's object).
_GATHERING_VERB = (r"(?:rassemble|réunit|regroupe|fédère|représente|unit"
                   r"|has\s+(?:represented|brought\s+together|united|gathered|federated|grouped)"
                   r"|represents|brings\s+together|unites|gathers|federates|groups"
                   r"|reúne|agrupa|representa|aglutina|congrega|federa"
                   r"|rappresenta|riunisce|raggruppa|unisce|federa|aggrega)")
_GERMAN_GATHERING_VERB = r"(?:vertritt|vereint|bündelt|vereinigt|zusammenschließt|zusammenführt)"
_SINCE_YEAR = r"(?:since|depuis|desde|dal|dall['’]anno)\s+(?P<{}>(?:1[89]|20)\d\d)"
_RELATIVE_CLAUSE_SINCE = re.compile(
    r"(?:\s*\([^()]{1,15}\))?(?:\s+[–-]\s+[A-Z]{2,6})?\s*,?\s*"
    # an apposition's noun before the pronoun: "Rete Italiana Città Sane, l'associazione che ..."
    r"(?:(?i:l['’]\s*|la\s+|le\s+|el\s+|the\s+|il\s+)?(?i:associazione|rete|association|réseau|asociación|red"
    r"|network|organi[sz]ation|organización|organizzazione|federation|fédération|federación|federazione)\s+)?"
    r"(?i:qui|che|which|que)\s+"
    rf"(?i:{_SINCE_YEAR.format('year')}\s+{_GATHERING_VERB}|{_GATHERING_VERB}\s+{_SINCE_YEAR.format('year_after')})\b"
    rf"|\s*,\s*(?i:der|die|das)\s+(?i:seit)\s+(?P<german_year>(?:1[89]|20)\d\d)\s+[^,.;]{{0,80}}?"
    rf"\b(?i:{_GERMAN_GATHERING_VERB})\b")


def _network_gathering_since(sentence: str, mentions: list[NetworkMention]) -> list[Claim]:
    """The founding year a relative clause on a network gives, since when the network gathers its members."""
    for mention in mentions:
        if found := _RELATIVE_CLAUSE_SINCE.match(sentence, mention.end):
            year = found.group("year") or found.group("year_after") or found.group("german_year")
            return [Claim("founded", year, found.start(), value_date=year, about=mention)]
    return []


# The place before the subject of a German passive: "1993 wird in Fès die Organisation der Welterbestädte gegründet",
# "wurde in Rotterdam das Netzwerk Eurocities gegründet".
_PLACE_BEFORE_THE_SUBJECT = re.compile(rf"\bin\s+(?P<place>{_PLACE})\s+(?:die|der|das)\s+(?:\w+\s+)?$")
_GEGRUENDET_NEXT = re.compile(r"\s+(?:gegründet|ins\s+leben\s+gerufen)\b", re.IGNORECASE)
_PLACE_BEFORE_THE_SUBJECT_CHARS = 60


def _german_founding_place(sentence: str, mentions: list[NetworkMention]) -> list[Claim]:
    """"Eurocities wurde in Rotterdam gegründet", "Das Netzwerk wurde in Rotterdam gegründet": the network, or a word
    for one, is in the clause before the place (not "ihr Verein wurde in Köln gegründet"); or the network is the
    subject named between the place and the participle ("wird in Fès die Organisation der Welterbestädte
    gegründet")."""
    claims = [Claim("founded_place", place.group("place"), mention.start, about=mention) for mention in mentions
              if _GEGRUENDET_NEXT.match(sentence, mention.end) and (place := _PLACE_BEFORE_THE_SUBJECT.search(
                  sentence, max(0, mention.start - _PLACE_BEFORE_THE_SUBJECT_CHARS), mention.start))]
    for found in _PLACE_BEFORE_GEGRUENDET.finditer(sentence):
        clause_start = max(sentence.rfind(mark, 0, found.start()) for mark in ",;:") + 1
        if _NETWORK_NOUN_EN_DE.search(sentence, clause_start, found.start()) or any(
                clause_start <= mention.start and mention.end <= found.start() for mention in mentions):
            claims.append(Claim("founded_place", found.group("place"), found.start()))
    return claims


# "The AIMF, founded in Quebec, gathers ...": the apposition closes and the sentence goes on in lower case (not a list
# of places: "set up in Europe, Latin America and Africa").
_APPOSITION_ENDS = re.compile(r",\s+(?!(?:and|or|as\s+well)\b)(?-i:[a-zäöüéè])")


# "En 2004, Eurocities crée le forum culture", "In 2010, Eurocities created its awards": what the network founded.
_VERB_WITH_AN_OBJECT = re.compile(
    r"(?!voit\s+le\s+jour)[\w-]+\s+(?:le|la|les|l['’]|un|une|son|sa|ses|leur|leurs|its|their|the|an?|su|sus|el|los|las|un[ao]|il|lo|gli"
    r"|eine[nm]?|den|das|ihre[nm]?|seine[nm]?)\b", re.IGNORECASE)


def _network_dated_by_the_opening(sentence: str, verb_start: int, base: date | None,
                                  mentions: list[NetworkMention]) -> tuple[PartialDate, int] | None:
    """"In 1982, Mayors for Peace was founded in Hiroshima": the date opens the sentence, the network is the subject
    of the verb (not a festival a mayor founded in a year)."""
    opening = _OPENING_DATE.match(sentence)
    if opening is None or not any(opening.end() < mention.start and _SUBJECT_BEFORE_VERB.fullmatch(
            sentence, mention.end, verb_start) for mention in mentions):
        return None
    if _VERB_WITH_AN_OBJECT.match(sentence, verb_start):
        return None
    dated = date_at(sentence, opening.end(), base)
    # the place after the verb is read from the verb on: the date's end is where that reading starts
    return (dated[0], verb_start) if dated and dated[1] < verb_start else None


# A founding participle in apposition to the sentence's subject when that subject is a common noun: "Le projet,
# lancé en 2020, associe l'AIMF", "Créé en 2015, le prix de l'AIMF ...", "The festival, founded in 2001, ...": the
# founding is the project's, not a network's, unless the noun names a network ("Le réseau, créé en 1986, ...").
_DETERMINER = (r"(?:(?i:le|la|les|ce|cet|cette|ces|the|this|el|los|las|este|esta|il|lo|gli|questo|questa)\s+"
               r"|(?i:l['’])\s*)")
_COMMON_NOUN_SUBJECT = re.compile(
    rf"{_DETERMINER}(?P<noun>[a-zà-öø-ÿ][\w-]*)(?:['’]s)?(?:\s+[a-zà-öø-ÿ][\w’'-]*){{0,2}}\s*,\s*")
_COMMON_NOUN_AFTER_OPENING = re.compile(
    rf"[^,;.]{{0,80}},\s*{_DETERMINER}(?P<noun>[a-zà-öø-ÿ][\w-]*(?:\s+[a-zà-öø-ÿ][\w’'-]*){{0,2}})")


# An approach, a method, a charter or a campaign that the founding participle qualifies, its agent after it: "Il relaie
# la démarche lancée par l'Organisation mondiale de la santé en 2006", "promotes the approach launched by the WHO in
# 2006", "difunde el método lanzado por la OMS en 2006", "diffonde il metodo lanciato dall'OMS nel 2006": the founding
# is that work's, another body's, not the network's (nor is an initiative named so, as networks are: "il Patto dei
# Sindaci è l'iniziativa lanciata dalla Commissione europea nel 2008").
_WORK_BEFORE_PARTICIPLE = compile_guarded(
    r"\b(?:démarche|approche|méthode|charte|déclaration|campagne|stratégie|approach|method|charter|declaration"
    r"|campaign|strategy|enfoque|método|carta|declaración|campaña|estrategia|approccio|metodo|dichiarazione|campagna"
    r"|strategia)\s+$", re.IGNORECASE)
_AGENT_AFTER_PARTICIPLE = re.compile(r"\s+(?i:par|by|por|da|dal|dalla|dallo|dall['’])(?:\s|(?<=['’]))")
_WORK_BEFORE_PARTICIPLE_CHARS = 20


def _founds_an_agents_work(sentence: str, verb_start: int, verb_end: int) -> bool:
    return (_WORK_BEFORE_PARTICIPLE.search(sentence, max(0, verb_start - _WORK_BEFORE_PARTICIPLE_CHARS), verb_start)
            is not None and _AGENT_AFTER_PARTICIPLE.match(sentence, verb_end) is not None)


def _place_up_to_a_network(found: re.Match, mentions: list[NetworkMention]) -> str | None:
    """"nace en Montreal Metropolis, la asociación ...": the capitalised words after it name the network."""
    start, end = found.span("place_before")
    cut = min((mention.start for mention in mentions if start < mention.start < end), default=end)
    return found.string[start:cut].strip() or None


# A network of mayors calls itself a movement after an opening participle: "Fondé en 1982, ce mouvement plaide ..."
# (a movement in another clause, "aunque el movimiento nació en 1990", tells of something else).
_MOVEMENT_NOUN = re.compile(r"mouvement|movement|movimiento|movimento|bewegung", re.IGNORECASE)


def _founds_another_subject(sentence: str, verb_start: int, mentions: list[NetworkMention]) -> bool:
    """A common noun that names no network is the subject; unless the caller knows it for the network ("l'initiative"
    under the Covenant of Mayors' heading)."""
    if subject := _COMMON_NOUN_SUBJECT.fullmatch(sentence, 0, verb_start):
        return not (_NETWORK_NOUNS.fullmatch(subject.group("noun")) or _names(subject, mentions))
    if sentence[:verb_start].strip() or not (subject := _COMMON_NOUN_AFTER_OPENING.match(sentence, verb_start)):
        return False
    return not (any(_NETWORK_NOUNS.fullmatch(word) or _MOVEMENT_NOUN.fullmatch(word)
                    for word in subject.group("noun").split()) or _names(subject, mentions))


# A name that is no network's as the subject of a passive founding: "Leeds was founded in the 7th century and joined
# Eurocities in 1989", "Valencia fue fundada por los romanos": the city's own founding.
_NAMED_SUBJECT_OF_PASSIVE = re.compile(
    r"\s*(?!(?:It|They|This|The|Il|Elle|Elles|Ils|Es|Er|Sie|Das|Der|Die|Ella|Esta|Este|El|La|Le|Les|Lo|Questa|Questo"
    r"|Cette|Ce|Cet)\b|L['’])"
    rf"(?P<name>{_PLACE})\s+(?i:was|were|has\s+been|wurde|fue|ha\s+sido|a\s+été|fut|è\s+stat[oa]|fu)\s+")


def _founds_a_named_non_network(sentence: str, verb_start: int, mentions: list[NetworkMention]) -> bool:
    subject = _NAMED_SUBJECT_OF_PASSIVE.fullmatch(sentence, 0, verb_start)
    return bool(subject) and not any(mention.start < subject.end("name") and subject.start("name") < mention.end
                                     for mention in mentions)


# A local authority as the subject of a passive founding, in any clause: "since Cairns Regional Council was formed in
# 2008 through the amalgamation", "depuis que la commune nouvelle d'Annecy a été créée en 2017", "desde que el municipio
# fue creado en 1850", "da quando il Comune di Fiumicino è stato istituito nel 1992": the authority's own formation,
# not a network's founding.
_LOCAL_AUTHORITY_PASSIVE_SUBJECT = compile_guarded(
    r"\b(?:(?:city|town|district|regional|shire|borough|county|municipal)\s+council|commune(?:\s+nouvelle)?"
    r"|municipality|municipalité|métropole|communauté\s+(?:de\s+communes|d['’]agglomération|urbaine)|gemeinde"
    r"|landkreis|municipio|ayuntamiento|comune|città\s+metropolitana)"
    r"(?:\s+(?:d['’]|de\s+|di\s+|of\s+)?(?-i:[A-ZÀ-Þ])[\w'’-]*){0,3}"
    r"\s+(?:was|were|has\s+been|had\s+been|a\s+été|fut|fue|ha\s+sido|è\s+stat[oa]|fu)\s+$", re.IGNORECASE)
_LOCAL_AUTHORITY_SUBJECT_CHARS = 80


def _founds_a_local_authority(sentence: str, verb_start: int) -> bool:
    return _LOCAL_AUTHORITY_PASSIVE_SUBJECT.search(
        sentence, max(0, verb_start - _LOCAL_AUTHORITY_SUBJECT_CHARS), verb_start) is not None


# A founding in apposition to a programme, a project or a prize a network's name qualifies: "the 100 Resilient Cities
# programme, launched by the Rockefeller Foundation in 2013", "le projet Eurocities, lancé en 2019", "el premio
# Metropolis, creado en 2012". Not an initiative, as networks are called ("the Covenant of Mayors initiative, launched
# in 2008").
_NAMED_PROGRAMME_NOUN = (r"programmes?|programs?|programas?|programm[ai]?|projects?|projets?|proyectos?"
                         r"|progett[oi]|projekte?|prizes?|awards?|prix|premios?|premi|preise?|campaigns?|campagnes?"
                         r"|campañas?|campagn[ae]|kampagnen?|festivals?")
_PROGRAMME_AFTER_NETWORK = re.compile(rf"\s+(?i:{_NAMED_PROGRAMME_NOUN})\s*,\s*$")
_PROGRAMME_BEFORE_NETWORK = re.compile(rf"\b(?i:{_NAMED_PROGRAMME_NOUN})\s+$")
_NETWORK_THEN_COMMA = re.compile(r"\s*,\s*$")


def _founds_a_named_programme(sentence: str, verb_start: int, mentions: list[NetworkMention]) -> bool:
    return any(_PROGRAMME_AFTER_NETWORK.fullmatch(sentence, mention.end, verb_start)
               or (_NETWORK_THEN_COMMA.fullmatch(sentence, mention.end, verb_start)
                   and _PROGRAMME_BEFORE_NETWORK.search(sentence, max(0, mention.start - 20), mention.start))
               for mention in mentions if mention.end <= verb_start)


_PLACE_CLOSING_BRACKETS = re.compile(rf",\s*(?!{_SEAT_LABEL_WORD}\s)(?P<place>{_PLACE})\s*\)")


def _place_closing_brackets(sentence: str, verb_start: int, date_end: int) -> re.Match | None:
    opened = sentence.rfind("(", 0, verb_start)
    if opened < 0 or sentence.find(")", opened, verb_start) >= 0 or sentence[opened + 1:verb_start].strip():
        return None
    return _PLACE_CLOSING_BRACKETS.match(sentence, date_end)


def _network_after_the_opening(sentence: str, found: re.Match, place_end: int, mentions: list[NetworkMention]) -> bool:
    """"Fondée à Paris, CGLU est ...": the opening participle's place, its subject the network named after it."""
    return found.start() == 0 and any(_OPENING_PARTICIPLE_ENDS.fullmatch(sentence, place_end, mention.start)
                                      for mention in mentions)


_NETWORK_WAS = re.compile(
    r"\b(?:network|association|organi[sz]ation|alliance|union|federation)\s+(?:was|were)\s+$", re.IGNORECASE)
_OPENING_PARTICIPLE_ENDS = re.compile(r",\s+(?:(?:the|its)\s+)?")


def _born_a_network(sentence: str, born: re.Match, mentions: list[NetworkMention]) -> bool:
    """"Eurocities was born in 1986", "the network was born in Rotterdam", "Born in Rotterdam in 1986, Eurocities
    ...": the network is who was born (not "its president, born in 1961")."""
    if _NETWORK_WAS.search(sentence, max(0, born.start() - 40), born.start()) or any(
            mention.end < born.start() and re.fullmatch(r"\s+(?:was|were)\s+", sentence[mention.end:born.start()])
            for mention in mentions):
        return True
    if any(mention.end < born.start() and _APPOSITION_OPENS.fullmatch(sentence, mention.end, born.start())
           for mention in mentions):
        return True  # "From UCLG, born in Paris in 2004, to C40"
    if born.start() != 0 or (comma := sentence.find(",", born.end())) < 0:
        return False
    # the place or date may hold a comma ("Born in Rotterdam, the Netherlands, in 1986, Eurocities ...")
    return any(_OPENING_PARTICIPLE_ENDS.fullmatch(sentence, sentence.rfind(",", 0, mention.start), mention.start)
               for mention in mentions if mention.start > comma)


_ACTIVE_AUXILIARY_BEFORE = re.compile(
    r"\b(?:a|ont|avait|avaient|has|have|had|ha|han|hanno|aveva|hat|haben|hatte|hatten)\s+$", re.IGNORECASE)
_OBJECT_AFTER_VERB = re.compile(
    r"\s+(?:its|their|his|her|an|our|son|sa|ses|leurs?|une?|notre|nos|su|sus|una|nuestr[oa]s?|il\s+suo|la\s+sua"
    r"|uno|seine?[nm]?|ihre?[nm]?|eine?[nm]?)\s", re.IGNORECASE)
_BEING_BORN = re.compile(r"vu\s+le\s+jour|voit|née?s?\b|na[îi]t|nac|nat[oa]\b|nasce|vio\s|visto\s|came\s|born|entst",
                         re.IGNORECASE)
_OBJECT_CHARS = 60


def _object_of_an_active_verb(sentence: str, verb_start: int, verb_end: int,
                              mentions: list[NetworkMention]) -> NetworkMention | None | bool:
    """The network an active founding verb names as its object; False when its object is something else, None when
    the verb is not active."""
    if _BEING_BORN.match(sentence, verb_start) or not (
            _ACTIVE_AUXILIARY_BEFORE.search(sentence, max(0, verb_start - 10), verb_start)
            or _OBJECT_AFTER_VERB.match(sentence, verb_end)):
        return None
    stop = re.compile(r"[.;]").search(sentence, verb_end)
    end = min(verb_end + _OBJECT_CHARS, stop.start() if stop else len(sentence))
    return next((mention for mention in mentions if verb_end <= mention.start < end), False)


# The German active auxiliary after the participle, in a clause that ends on its verb: "die Kampagne, die das
# Klima-Bündnis 2008 ins Leben gerufen hat".
_ACTIVE_AUXILIARY_AFTER = re.compile(r"(?i:gegründet|ins\s+leben\s+gerufen)\s+(?i:hat|haben|hatte|hatten)\b")
# The relative pronoun whose antecedent is a network: "Eurocities, das sechs Städte 1986 gegründet haben".
# a separable verb's particle may close the main clause first: "gehört dem Netzwerk Mayors for Peace an, das ..."
_RELATIVE_AFTER_NETWORK = re.compile(r"(?:\s+(?:an|bei|mit))?\s*,\s+(?i:der|die|das|den|welche[sn]?)\s+[^,.;]*")


def _founds_another_german_object(sentence: str, found: re.Match, mentions: list[NetworkMention]) -> bool:
    """"Eurocities hat 2019 das Projekt ins Leben gerufen", "die das Klima-Bündnis 2008 ins Leben gerufen hat": an
    active founding whose object, named between the date and the verb or as the relative's antecedent, is no network."""
    if not (_ACTIVE_AUXILIARY_BEFORE.search(sentence, max(0, found.start() - 10), found.start())
            or _ACTIVE_AUXILIARY_AFTER.match(sentence, found.end())):
        return False
    return not any(found.end("date") <= mention.start < found.end()
                   or (_RELATIVE_AFTER_NETWORK.fullmatch(sentence, mention.end, found.start())
                       and not _GERMAN_OBJECT_ARTICLE.search(sentence, found.end("date"), found.end()))
                   for mention in mentions)


# An object of the relative's verb: "dem Klima-Bündnis an, das 2008 ein neues Projekt ins Leben gerufen hat".
_GERMAN_OBJECT_ARTICLE = re.compile(r"\b(?:ein|eine|einen|das|die|den)\s", re.IGNORECASE)


def _founding(sentence: str, base: date | None, german_date_first: bool,
              mentions: list[NetworkMention]) -> list[Claim]:
    claims = []
    for found in _FOUNDED.finditer(sentence):
        if _founds_another_subject(sentence, found.start(), mentions) or (
                found.group().lower().startswith(_BORN) and not _born_a_network(sentence, found, mentions)):
            continue
        if _founds_a_named_non_network(sentence, found.start(), mentions) or _founds_a_named_programme(
                sentence, found.start(), mentions) or _founds_a_local_authority(sentence, found.start()):
            continue
        verb = _FOUNDING_WORD.match(sentence, found.start())
        if verb and (_object_of_an_active_verb(sentence, found.start(), verb.end(), mentions) is False
                     or _founds_an_agents_work(sentence, found.start(), verb.end())):
            continue
        dated = (date_at(sentence, found.end(), base) or _date_later_in_clause(sentence, found.end(), base)
                 or _network_dated_by_the_opening(sentence, found.start(), base, mentions))
        if dated is None:
            # "fondée à Rotterdam par six villes": where, without when; not a place that ends its clause ("chapters
            # have been set up in Europe, Latin America and Africa")
            place_end = found.end("place_before")
            if found.group("place_before") and (sentence[place_end:place_end + 1].isspace()
                                                or _APPOSITION_ENDS.match(sentence, place_end)
                                                or _network_after_the_opening(sentence, found, place_end, mentions)):
                if place := _place_up_to_a_network(found, mentions):
                    claims.append(Claim("founded_place", place, found.start()))
            continue
        when, end = dated
        claims.append(Claim("founded", when.iso(), found.start(), value_date=when.iso()))
        place = found.group("place_before")
        after = (_PLACE_AFTER_DATE.match(sentence, end) or _IN_THE_CITY_OF.match(sentence, end)
                 or _place_closing_brackets(sentence, found.start(), end) or _MEETING_HELD_IN.match(sentence, end))
        # "founded at the United Nations in New York in 1990": the place between the verb and a later date
        between = _PLACE_BEFORE_LATER_DATE.match(sentence, found.end())
        place = place or (after.group("place") if after else None) or (
            between.group("place") if between and between.end() < end else None)
        if place:
            claims.append(Claim("founded_place", place, found.start()))
    for found in _FOUNDED_DATE_FIRST.finditer(sentence) if german_date_first else ():
        dated = date_at(sentence, found.start("date"), base)
        if dated is None or any(claim.attribute == "founded" for claim in claims):
            continue
        if _founds_another_german_object(sentence, found, mentions):
            continue
        claims.append(Claim("founded", dated[0].iso(), found.start(), value_date=dated[0].iso()))
        if found.group("place"):
            claims.append(Claim("founded_place", found.group("place"), found.start()))
    if not any(claim.attribute == "founded" for claim in claims):
        claims += _founding_date_first(sentence, base)
    if not any(claim.attribute == "founded" for claim in claims):
        claims += _timeline_founding(sentence, base, mentions)
    if not any(claim.attribute == "founded" for claim in claims):
        claims += _founders_found_it_in_an_entry(sentence, mentions)
    if not claims and not mentions:
        claims += _founding_alone_in_an_entry(sentence)
    if german_date_first and not any(claim.attribute == "founded_place" for claim in claims):
        claims += _german_founding_place(sentence, mentions)
    if not any(claim.attribute == "founded" for claim in claims):
        claims += _existing_since(sentence, mentions)
    if not claims:
        claims += [Claim("founded_place", found.group("place"), found.start())
                   for found in _FOUNDATION_PLACE.finditer(sentence)]
    if not any(claim.attribute == "founded_place" for claim in claims):
        claims += _founding_meeting(sentence, base, mentions, claims)
    if not any(claim.attribute == "founded_place" for claim in claims):
        claims += _placed_by_a_cleft(sentence, base, claims)
    if not any(claim.attribute == "founded_place" for claim in claims):
        claims += _city_where_founded(sentence, mentions)
    if not any(claim.attribute == "founded_place" for claim in claims):
        claims += [claim for claim in _founders_meeting(sentence, base, mentions)
                   if claim.attribute == "founded_place" or not any(other.attribute == "founded" for other in claims)]
    return claims


# Founders who met somewhere and founded the network, or founded it somewhere: "The mayors of six cities meet in
# Rotterdam and set up Eurocities", "se sont réunis à Rotterdam pour fonder le réseau", "trafen sich in Rotterdam und
# gründeten Eurocities", "avaient lancé le réseau lors d'une conférence à Rotterdam", "fundaron la red en 1993 en
# Barcelona". The object is the network, by its name or by its bare noun: not a forum, a campaign or a working group.
_ACTIVE_FOUNDING = (r"set\s+up|found(?:ed)?|creat(?:e|ed)|launch(?:ed)?|establish(?:ed)?|form(?:ed)?"
                    r"|fond(?:er|ent|èrent|é)|cré(?:er|ent|èrent|é)|lanc(?:er|ent|èrent|é)|fund(?:ar|aron|an|ado)"
                    r"|cre(?:ar|aron|an|ado)|lanz(?:ar|aron|an|ado)|gründe(?:n|ten|te)|fond(?:are|arono|ano|ato)"
                    r"|cre(?:are|arono|ano|ato)|lanci(?:are|arono|ano|ato)")
_MET_THEN_FOUNDED = compile_guarded(
    r"\b(?:met|meet|meets|gathered|convened|se\s+(?:réunissent|réunirent|sont\s+réunie?s|retrouvent|sont\s+retrouvée?s"
    r"|reunieron|reúnen|han\s+reunido)|(?:trafen|treffen)\s+sich|si\s+(?:riunirono|riuniscono|sono\s+riunit[ie]"
    r"|incontrarono))\s+(?:(?:en|in|im|nel|el)\s+(?:1[89]|20)\d\d\s+)?(?:à|in|en|a)\s+"
    rf"(?P<place>{_PLACE})(?P<rest>[^.;:]{{0,30}}?)\s(?:and|to|et|pour|y|para|und|e|per)\s+(?:{_ACTIVE_FOUNDING})\s+",
    re.IGNORECASE)
_FOUNDED_THE_NETWORK = compile_guarded(
    rf"\b(?:(?:a|ont|avait|avaient|has|have|had|ha|han|hanno|aveva|avevano|habían|había)\s+)?(?:{_ACTIVE_FOUNDING})\s+",
    re.IGNORECASE)
_ACTIVE_FOUNDING_NEEDS = (r"\b(?:a|ont|avait|avaient|has|have|had|ha|han|hanno|aveva|avevano|habían|había)\s"
                          r"|\b(?:\w+(?:èrent|aron|arono|ten)|founded|set\s+up|created|launched|established|formed)\s")
_ACTIVE = re.compile(_ACTIVE_FOUNDING_NEEDS, re.IGNORECASE)
_THE_NETWORK_AS_OBJECT = re.compile(
    r"(?i:le|la|l['’]|the|el|il|das|den|die)\s*(?i:réseau|network|red|rete|netzwerk|association|asociación"
    r"|associazione|verband|organisation|organization|alliance|union)(?!\s+(?i:de|des|du|d['’]|of|del|di|della|der)\b)"
    r"(?=[\s,.;]|$)\s*")


def _founded_object(sentence: str, position: int, mentions: list[NetworkMention]) -> tuple[NetworkMention | None, int]:
    """The network a founding verb takes as its object at `position` (None when a bare noun names it), and where the
    object ends; (None, -1) when the object is something else."""
    noun = _THE_NETWORK_AS_OBJECT.match(sentence, position)
    start = noun.end() if noun else position
    named = next((mention for mention in mentions if mention.start == start), None)
    if named:
        return named, named.end
    return (None, noun.end()) if noun else (None, -1)


def _founders_meeting(sentence: str, base: date | None, mentions: list[NetworkMention]) -> list[Claim]:
    claims = []
    for met in _MET_THEN_FOUNDED.finditer(sentence):
        network, end = _founded_object(sentence, met.end(), mentions)
        if end < 0:
            continue
        claims.append(Claim("founded_place", met.group("place"), met.start(), about=network))
        cue = _LATER_DATE_CUE.match(sentence, met.end("place"))
        if cue and (dated := date_at(sentence, cue.end(), base)):
            claims.append(Claim("founded", dated[0].iso(), met.start(), value_date=dated[0].iso(), about=network))
    for verb in _FOUNDED_THE_NETWORK.finditer(sentence) if not claims else ():
        network, end = _founded_object(sentence, verb.end(), mentions)
        if end < 0 or not _ACTIVE.match(sentence, verb.start()):
            continue
        space_after = end if network else end - 1  # a bare noun's object ends after the space that follows it
        cue = _LATER_DATE_CUE.match(sentence, space_after)
        dated = date_at(sentence, cue.end(), base) if cue else None
        place = _PLACE_AFTER_DATE.match(sentence, dated[1] if dated else space_after)
        if dated:
            claims.append(Claim("founded", dated[0].iso(), verb.start(), value_date=dated[0].iso(), about=network))
        if place:
            claims.append(Claim("founded_place", place.group("place"), verb.start(), about=network))
    return claims


# Where the founders met, in a clause of the founding's time right after its date: "Eurocities was set up in 1986, when
# the mayors of six large cities met in Rotterdam", "créé en 1986, lorsque les maires de six villes se sont réunis à
# Rotterdam", "se fundó en 1986, cuando los alcaldes ... se reunieron en Róterdam", "1986 gegründet, als sich ... in
# Rotterdam trafen".
_WHEN_THE_FOUNDERS_MET = compile_guarded(
    r"\b(?:when|lorsque|lorsqu['’]|quand|cuando|quando)\b[^.;]{0,80}?\b(?:met|gathered|convened|se\s+(?:réunissent"
    r"|réunirent|sont\s+réunie?s|retrouvent|sont\s+retrouvée?s|reunieron|reúnen|encontraron)|si\s+(?:riunirono"
    r"|riuniscono|sono\s+riunit[ie]|incontrarono))\s+(?:à|in|en|a)\s+"
    rf"(?P<place>{_PLACE})|\bals\s+sich\b[^.;]{{0,80}}?\bin\s+(?P<ort>{_PLACE})\s+(?:trafen|versammelten)\b",
    re.IGNORECASE)
_COMMA_AFTER_THE_DATE = re.compile(r"\s*(?:(?i:gegründet|ins\s+leben\s+gerufen)\s*)?,?\s*")  # "1986 gegründet, als"


def _where_the_founders_met(sentence: str, claims: list[Claim]) -> list[Claim]:
    founded = next((claim for claim in claims if claim.attribute == "founded"), None)
    if founded is None or any(claim.attribute == "founded_place" for claim in claims):
        return []
    year = founded.value[:4]
    start = sentence.find(year, founded.position)
    gap = _COMMA_AFTER_THE_DATE.match(sentence, start + len(year)) if start >= 0 else None
    met = gap and _WHEN_THE_FOUNDERS_MET.match(sentence, gap.end())
    if not met:
        return []
    return [Claim("founded_place", met.group("place") or met.group("ort"), founded.position, about=founded.about)]


# The founding place as the antecedent of a relative clause: "à Stavanger, en Norvège, ville où le réseau a vu le
# jour", "Rotterdam, the city where the network was founded", "Barcelona, la ciudad donde nació la red", "Stavanger,
# la città dove è nata la rete", "Rotterdam, die Stadt, in der das Netzwerk gegründet wurde". The clause's subject is
# the network (its name, its noun or a pronoun), not a person born there.
_CITY_WHERE_FOUNDED = compile_guarded(
    rf"(?<![\w’'])(?P<place>{_PLACE})(?:,\s+(?:en|au|aux|in)\s+{_PLACE})?,\s+(?:(?:la|the|die|a)\s+)?"
    r"(?:ville|city|town|ciudad|città|stadt),?\s+(?:où|where|in\s+which|donde|en\s+la\s+que|dove|in\s+cui|in\s+der|wo)\s+"
    rf"(?P<clause>[^.;,]{{0,60}}?\b(?:{FOUNDING_VERBS}|{_FOUNDING_WORDS_FR}|born)\b[^.;,]{{0,30}})", re.IGNORECASE)
# The place without the noun "city", after a preposition of place: "Que la asamblea vuelva a Jaén, donde nació la
# AEMO", "l'assemblée revient à Lyon, où est né le réseau", "returns to Lyon, where the network was founded".
_PLACE_WHERE_FOUNDED = compile_guarded(
    rf"\b(?:à|a|in|en|to|nach|au)\s+(?P<place>{_PLACE}),\s+(?:où|where|donde|dove|wo)\s+"
    rf"(?P<clause>[^.;,]{{0,60}}?\b(?:{FOUNDING_VERBS}|{_FOUNDING_WORDS_FR}|born)\b[^.;,]{{0,30}})", re.IGNORECASE)
_NETWORK_IN_A_CLAUSE = re.compile(
    r"\b(?:réseau|network|red|rete|netzwerk|association|asociación|associazione|organisation|organization"
    r"|organización|organizzazione|alliance|verband|bündnis|it|elle|sie)\b", re.IGNORECASE)


def _city_where_founded(sentence: str, mentions: list[NetworkMention]) -> list[Claim]:
    claims = []
    for found in (*_CITY_WHERE_FOUNDED.finditer(sentence), *_PLACE_WHERE_FOUNDED.finditer(sentence)):
        start, end = found.span("clause")
        if _NETWORK_IN_A_CLAUSE.search(found.group("clause")) or any(
                start <= mention.start < end for mention in mentions):
            claims.append(Claim("founded_place", found.group("place"), found.start()))
    return claims


def _placed_by_a_cleft(sentence: str, base: date | None, claims: list[Claim]) -> list[Claim]:
    """The place a cleft puts first when the founding verb has dated the founding already ("C'est à Rotterdam qu'est
    né Eurocities en 1986")."""
    lowered = sentence.lower()
    dated = any(claim.attribute == "founded" for claim in claims)
    for opener in _CLEFT_OPENER.finditer(sentence) if any(word in lowered for word in _CLEFT_WORDS) else ():
        if placed := _cleft_on_the_place(sentence, opener, base):
            return [claim for claim in placed if not (dated and claim.attribute == "founded")]
    return []


# Where and when a founding meeting was held, told after its noun: "lors du congrès fondateur de Paris, en mai 2004",
# "The founding conference of UCLG, held in Paris in May 2004", "el congreso fundacional de CGLU se celebró en París".
_MEETING_NOUN = compile_guarded(_FOUNDING_MEETING, re.IGNORECASE)
_MEETING_PLACE = re.compile(rf"\b(?:à|in|en|a|de|of|di)\s+(?!{MONTH_PATTERN})(?P<place>{_PLACE})", re.IGNORECASE)
_MEETING_CHARS = 80


# The place written right before the meeting, with the meeting's own preposition after it: "participa en París en el
# congreso fundacional de CGLU", "took part in Paris in the founding congress", "était à Paris au congrès fondateur",
# "a Parigi al congresso fondativo", "in Paris beim Gründungskongress".
_PLACE_BEFORE_MEETING = re.compile(
    rf"\b(?:à|in|en|a)\s+(?!{MONTH_PATTERN})(?P<place>{_PLACE})\s*,?\s+(?:(?:en|in|at|a|à)\s+(?:el|la|the|der|dem)"
    r"|au|al|alla|all['’]|à\s+l['’]|am|beim|im|auf\s+(?:dem|der))\s*$", re.IGNORECASE)
_PLACE_BEFORE_MEETING_CHARS = 60


def _place_before_the_meeting(sentence: str, meeting: re.Match) -> re.Match | None:
    return _PLACE_BEFORE_MEETING.search(sentence, max(0, meeting.start() - _PLACE_BEFORE_MEETING_CHARS),
                                        meeting.start())


def _founding_meeting(sentence: str, base: date | None, mentions: list[NetworkMention],
                      claims: list[Claim]) -> list[Claim]:
    for meeting in _MEETING_NOUN.finditer(sentence):
        end = min(len(sentence), meeting.end() + _MEETING_CHARS)
        if stop := re.compile(r"[.;]").search(sentence, meeting.end(), end):
            end = stop.start()
        # the place is not the network the meeting founded ("le congrès fondateur de CGLU")
        place = next((found for found in _MEETING_PLACE.finditer(sentence, meeting.end(), end)
                      if not any(mention.start < found.end() and found.start("place") < mention.end
                                 for mention in mentions)), None) or _place_before_the_meeting(sentence, meeting)
        if place is None:
            continue
        found = [Claim("founded_place", place.group("place"), meeting.start())]
        if not any(claim.attribute == "founded" for claim in claims) and (
                dated := _date_in_window(sentence, meeting.end(), end, base)):
            found.append(Claim("founded", dated[0].iso(), meeting.start(), value_date=dated[0].iso()))
        return found
    return []


def _date_in_window(sentence: str, start: int, end: int, base: date | None) -> tuple[PartialDate, int] | None:
    for cue in _LATER_DATE_CUE.finditer(sentence, start, end):
        if dated := date_at(sentence, cue.end(), base):
            return dated
    return None


# The founding as a noun, dated by its verb: "La création de l'AIMF remonte à 1979", "Eurocities' founding dates back
# to 1986", "La fundación de Mayors for Peace se remonta a 1982", "la fondazione dell'AIMF risale al 1979"; whose
# founding it is, checked by the caller to be a network's ("la création du jardin" is not).
_FOUNDING_DATES_BACK = compile_guarded(
    r"\b(?:création|fondation|naissance|founding|creation|fundación|creación|fondazione|creazione|nascita"
    r"|origines?|origins?|or[íi]gen(?:es)?|origini)\s+"
    r"(?P<whose>(?:de\s+la|de\s+l['’]|du|des|del|de|d['’]|of(?:\s+the)?|di|della|dello|dell['’])\s*[^,;.()]{1,60}?)"
    r"\s+(?:remonte\s+à|date\s+de|dates\s+(?:back\s+)?(?:to|from)|goes\s+back\s+to"
    r"|se\s+remonta\s+(?:al|a)|data\s+de|risale\s+(?:all['’]|al|a)"
    r"|remontent\s+à|se\s+remontan\s+(?:al|a)|risalgono\s+(?:all['’]|al|a)|go\s+back\s+to|date\s+back\s+to)"
    r"\s*(?:(?:el\s+)?año\s+|anno\s+)?",
    re.IGNORECASE)


def _founding_dated_back(sentence: str, base: date | None, mentions: list[NetworkMention]) -> list[Claim]:
    claims = []
    for found in _FOUNDING_DATES_BACK.finditer(sentence):
        start, end = found.span("whose")
        named = next((mention for mention in mentions if start < mention.end and mention.start < end), None)
        if named and (dated := date_at(sentence, found.end(), base)):
            claims.append(Claim("founded", dated[0].iso(), found.start(), value_date=dated[0].iso(), about=named))
    return claims


# A network launched by an institution, said with a participle of promoting: "Impulsado por la Comisión Europea en 2008,
# el Pacto de los Alcaldes ...", "El Pacto de los Alcaldes fue impulsado por la Comisión Europea en 2008", "promosso
# dalla Commissione europea nel 2008". The network must be what was promoted, not a programme ("el programa impulsado
# por Eurocities en 2019").
_PROMOTED_BY = compile_guarded(
    r"\b(?:(?:impulsad|promovid|auspiciad|promoss|avviat|iniciad)[oa]s?|initiée?s?|initiated)\s+"
    r"(?:por|da|dalla|dal|dai|dagli|dall['’]|par|by)\s*[^,.;]{1,60}?"
    r"\s(?:en\s+el\s+año|el\s+año|en|nel|nell['’]anno|in)\s+", re.IGNORECASE)
# "El Pacto ... fue impulsado", "Il Patto dei Sindaci, promosso ...": a passive or an apposition after the network.
_PASSIVE_AFTER_NETWORK = re.compile(r"\s+(?i:fue|ha\s+sido|es|è\s+stat[oa]|fu)\s+|\s*,\s+")
_NETWORK_AFTER_OPENING = re.compile(r",\s+(?:(?i:el|la|los|las|il|lo)\s+)?")


def _promoted_network(sentence: str, base: date | None, mentions: list[NetworkMention]) -> list[Claim]:
    for found in _PROMOTED_BY.finditer(sentence):
        if not (dated := date_at(sentence, found.end(), base)):
            continue
        opening = _NETWORK_AFTER_OPENING.match(sentence, dated[1]) if found.start() == 0 else None
        named = next((mention for mention in mentions if (opening and mention.start == opening.end()) or (
            _ARTICLE_BEFORE_SUBJECT.fullmatch(sentence, 0, mention.start)
            and _PASSIVE_AFTER_NETWORK.fullmatch(sentence, mention.end, found.start()))), None)
        if named:
            return [Claim("founded", dated[0].iso(), found.start(), value_date=dated[0].iso(), about=named)]
    return []


# The same, the network as such its subject: "La rete, promossa dal sindaco di Hiroshima nel 1982, conta ...", "Avviata
# dall'OMS nel 1988, la Rete riunisce ...", "Initié par quelques villes en 1990, le réseau rassemble ...", "The network,
# initiated by the Mayor of Hiroshima in 1982, ...". Not another body as such ("la campagna, promossa dalla Regione nel
# 2019").
_NETWORK_AS_SUCH_SUBJECT = (r"(?:(?i:the|this|le|la|l['’]|ce|cette|el|esta|il|lo|questa|das|die|der|dieses)\s*)"
                            r"(?i:network|association|organi[sz]ation|alliance|réseau|red|asociación|organización"
                            r"|alianza|rete|associazione|organizzazione|alleanza|netzwerk|verband|bündnis)")
_SUCH_SUBJECT_BEFORE = re.compile(rf"{_NETWORK_AS_SUCH_SUBJECT}(?:\s*,\s*|\s+(?i:fue|ha\s+sido|è\s+stat[oa]|fu|was"
                                  r"|a\s+été|wurde)\s+)")
_SUCH_SUBJECT_AFTER = re.compile(rf"\s*,\s*{_NETWORK_AS_SUCH_SUBJECT}\b")


def _promoted_network_as_such(sentence: str, base: date | None) -> list[Claim]:
    for found in _PROMOTED_BY.finditer(sentence):
        if not (dated := date_at(sentence, found.end(), base)):
            continue
        if (found.start() == 0 and _SUCH_SUBJECT_AFTER.match(sentence, dated[1])) or (
                _SUCH_SUBJECT_BEFORE.fullmatch(sentence, 0, found.start())):
            return [Claim("founded", dated[0].iso(), found.start(), value_date=dated[0].iso())]
    return []


# The network itself, as the subject, dated back: "The Covenant of Mayors dates back to 2008", "L'AIMF remonte à 1979",
# "Eurocities se remonta a 1986", "l'AIMF risale al 1979" (not "Our membership of Eurocities dates back to 1989"); the
# date ends the statement ("The AIMF dates back to 1979, when the city hosted its first meeting" tells of a meeting).
_DATES_BACK_AFTER_NETWORK = re.compile(
    r"\s+(?i:dates\s+(?:back\s+to|from)|goes\s+back\s+to|remonte\s+à|date\s+de|se\s+remonta\s+(?:al|a)"
    r"|risale\s+(?:all['’]|al|a))\s*(?:(?i:l['’]année|the\s+year|el\s+año|l['’]anno|anno)\s+)?")
_ARTICLE_BEFORE_SUBJECT = re.compile(r"\s*(?:(?i:the|le|la|les|l['’]|el|il|lo)\s*)?")
_STATEMENT_ENDS = re.compile(
    r"\s*(?:$|[.;)]|,\s+(?!(?i:when|lorsque|quand|où|cuando|als|quando|where|donde|dove|que|that|che)\b))")


def _network_dated_back(sentence: str, base: date | None, mentions: list[NetworkMention]) -> list[Claim]:
    first = mentions[0] if mentions else None
    if first is None or not _ARTICLE_BEFORE_SUBJECT.fullmatch(sentence, 0, first.start) or not (
            back := _DATES_BACK_AFTER_NETWORK.match(sentence, first.end)) or not (
            dated := date_at(sentence, back.end(), base)) or not _STATEMENT_ENDS.match(sentence, dated[1]):
        return []
    return [Claim("founded", dated[0].iso(), first.start, value_date=dated[0].iso(), about=first)]


# "fondée par six capitales en 1961", "founded by the mayors of six cities in 1986": the founders, then the date.
_LATER_DATE_CUE = re.compile(r"\s(?:en|in|im(?:\s+jahre?)?|nel|el|en\s+el\s+año)\s+|\snell['’]\s*", re.IGNORECASE)
_FOUNDERS_CHARS = 100


def _date_later_in_clause(sentence: str, start: int, base: date | None) -> tuple[PartialDate, int] | None:
    """A date a few words after the founding verb, in its clause."""
    clause_end = _CLAUSE_BREAK.search(sentence, start)
    end = min(start + _FOUNDERS_CHARS, clause_end.start() if clause_end else len(sentence))
    for cue in _LATER_DATE_CUE.finditer(sentence, start, end):
        if dated := date_at(sentence, cue.end(), base):
            return dated
    return None


def _cleft_on_the_place(sentence: str, opener: re.Match, base: date | None) -> list[Claim]:
    """"C'est à Rotterdam qu'est né Eurocities en 1986", "It was in Paris that UCLG was founded, in 2004": the place
    put first, the date, if any, after the verb."""
    if not opener.group("place") or not (linked := _FOUNDED_THEN.match(sentence, opener.end("place"))):
        return []
    claims = [Claim("founded_place", opener.group("place"), opener.start())]
    if dated := _date_in_window(sentence, linked.end(), min(len(sentence), linked.end() + _MEETING_CHARS), base):
        claims.append(Claim("founded", dated[0].iso(), opener.start(), value_date=dated[0].iso()))
    return claims


def _founding_date_first(sentence: str, base: date | None) -> list[Claim]:
    """Wordings that give the date before the founding verb: a cleft ("C'est à Paris, en mai 2004, qu'est née
    CGLU"), "1986, año en que fundó la red", "Gegründet wurde das Netzwerk 1986 in Den Haag"."""
    claims = []
    lowered = sentence.lower()
    clefts = _CLEFT_OPENER.finditer(sentence) if any(word in lowered for word in _CLEFT_WORDS) else ()
    for opener in clefts:
        dated = date_at(sentence, opener.end(), base)
        if dated is None:
            if placed := _cleft_on_the_place(sentence, opener, base):
                return placed
            continue
        after = _PLACE_AFTER_DATE.match(sentence, dated[1])
        linked = _FOUNDED_THEN.match(sentence, after.end() if after else dated[1])
        if linked is None:
            continue
        claims.append(Claim("founded", dated[0].iso(), opener.start(), value_date=dated[0].iso()))
        place = opener.group("place") or (after.group("place") if after else None)
        if place:
            claims.append(Claim("founded_place", place, opener.start()))
        return claims
    years = _ANY_YEAR.finditer(sentence) if any(word in lowered for word in _YEAR_WORDS) else ()
    for year in years:
        if founded := _YEAR_IN_WHICH_FOUNDED.match(sentence, year.end()):
            claims = [Claim("founded", year.group(), year.start(), value_date=year.group())]
            if place := _PLACE_AFTER_THE_VERB.match(sentence, founded.end()):
                claims.append(Claim("founded_place", place.group("place"), year.start()))
            return claims
        if _YEAR_OF_ITS_FOUNDING.match(sentence, year.end()):
            return [Claim("founded", year.group(), year.start(), value_date=year.group())]
    if opening := _OPENING_YEAR.match(sentence):
        dated = date_at(sentence, opening.end(), base)
        if dated and _FOUNDING_VERB_FIRST.match(sentence, dated[1]):
            return [Claim("founded", dated[0].iso(), 0, value_date=dated[0].iso())]
    for found in _GEGRUENDET_WURDE.finditer(sentence) if "gegründet wurde" in lowered else ():
        dated = date_at(sentence, found.start("date"), base)
        if dated:
            claims.append(Claim("founded", dated[0].iso(), found.start(), value_date=dated[0].iso()))
            if place := _PLACE_AFTER_DATE.match(sentence, dated[1]):
                claims.append(Claim("founded_place", place.group("place"), found.start()))
            return claims
    return claims


# History told in the present, as timelines and chronologies write it: the date first, then what happened that year.
# "En 1986, six villes fondent Eurocities à Rotterdam", "1979 : création de l'AIMF à Québec", "Nel 1986 nasce
# Eurocities", "1986 gründen sechs Städte Eurocities", "2004: UCLG is founded in Paris".
_TIMELINE_OPENING = re.compile(
    r"(?:(?:en|in|nel|im(?:\s+jahre?)?|el\s+año|en\s+el\s+año|a)\s+)?(?=(?:[0-3]?\d\.?\s+)?(?:\w+\s+)?(?:1[89]|20)\d\d\b)"
    # a full date: "Le 5 mai 2004, CGLU voit le jour", "On 5 May 2004", "El 5 de mayo de 2004", "Am 5. Mai 2004"
    r"|(?:le|on|el|il|am)\s+(?=[0-3]?\d)",
    re.IGNORECASE)
_AFTER_TIMELINE_DATE = re.compile(r"\s*(?:[:,–—]|-(?=\s))?\s*")
# Verbs whose object is the network founded: "six villes fondent Eurocities" (not "Eurocities crée un prix").
_FOUNDS_IT = re.compile(
    r"(?:co-?)?(?:fondent|fonde|créent|crée|fundan|funda|crean|crea|fondano|fonda|creano|gründen|gründet"
    r"|founds?|creates?|sets?\s+up"
    # a network launched as such: "2008: the Commission launches the Covenant of Mayors"
    r"|launch(?:es)?|lance|lancent|lanza|lanzan|lancia|lanciano|startet|starten"
    # told in the past: "Nel 1986 sei città fondarono a Rotterdam Eurocities", "En 1986 seis ciudades fundaron ..."
    r"|fondèrent|créèrent|fundaron|fund[óo]|crearon|cre[óo]|fondarono|fondò|crearono|creò|gründeten|gründete)\s+",
    re.IGNORECASE)
# Verbs of the network's own birth, its name before or after: "naît l'AIMF", "UCLG is founded", "nasce Eurocities".
_IS_BORN = re.compile(
    # a birth takes no object: the article after it is its subject's ("Nace la Red de Mercociudades")
    r"(?:naît|naissent|nace|nacen|nasce|nascono|entsteht)\b(?!\s+a\s+(?-i:[a-z]))|"
    r"(?:naît|naissent|voit\s+le\s+jour|est\s+(?:fondée?|créée?)|nace|nacen|se\s+(?:funda|crea|constituye)"
    r"|es\s+(?:fundad|cread)[oa]|nasce|nascono|(?:viene|è)\s+(?:fondat|creat|costituit)[oa]|wird\s+gegründet"
    r"|entsteht|gegründet|(?:is|are)\s+(?:founded|created|established|set\s+up|born|launched)|founded|created|established"
    r"|born|fondée?|créée?|fundad[oa]|cread[oa]|fondat[oa]|creat[oa])\b(?!\s+(?:its|their|the|an|son|sa|ses|su|il|la)\b|\s+a\s+(?-i:[a-z]))",
    re.IGNORECASE)
# The founding as a noun: "création de l'AIMF", "fundación de CGLU", "Gründung von Eurocities".
_FOUNDING_OF = re.compile(
    r"(?:création|fondation|naissance|fundación|creación|nacimiento|nascita|fondazione|creazione|gründung"
    r"|founding|foundation|creation|birth)\s+"
    # where, before what: "Fondation à Québec de l'AIMF", "Creación en Asunción de Mercociudades"
    rf"(?:(?:à|en|a|in)\s+(?P<place>{_PLACE})\s+)?(?:de\s+la|de\s+l['’]|du|des|de|d['’]|del|di|della|dell['’]|dello|der"
    r"|von|of(?:\s+the)?)\s*", re.IGNORECASE)
# Between the verb and the network: where ("nasce a Parigi CGLU"), a determiner, the word network, the founders
# ("gründen 6 Städte Eurocities").
_BEFORE_FOUNDED_NETWORK = re.compile(
    rf"\s*(?:(?:à|in|en|a)\s+(?P<place>{_PLACE})\s+)?(?:(?i:wird|wurde)\s+)?(?:\d+\s+[\w-]+\s+)?(?:(?:le|la|les|l['’]|the|el|il|lo|die|das|der|den)\s*)?"
    # the network's noun, before the name it is known by: "Nace la Red de Mercociudades", "nasce la Rete di ..."
    r"(?:(?:réseau|network|red|rete|netzwerk|städtenetzwerk|weltverband|association|asociación|associazione)\s+"
    r"(?:(?:de|des|di|del|della|of)\s+)?)?",
    re.IGNORECASE)
# The place opening a timeline's entry, set off by commas or right before the verb: "1989: A Chester, nel Regno Unito,
# nasce il Walled Towns Friendship Circle", "1990 : À Francfort naît l'Alliance pour le climat".
_PLACE_OPENING_THE_ENTRY = re.compile(
    rf"(?i:à|a|in|en|im)\s+(?P<place>{_PLACE})(?:\s*,\s+[^,;.:()]{{1,40}}?\s*,|\s*,)?\s+")
_BRACKETS_AFTER_NETWORK = re.compile(r"\s*\([^()]{1,40}\)")
# The network ends its noun phrase: "création de l'AIMF à Québec", not "creation of the Eurocities Culture Forum",
# "Gründung des Eurocities-Forums", "gründet Eurocities eine Arbeitsgruppe" (the network as the subject).
_NETWORK_ENDS_ITS_PHRASE = re.compile(
    r"(?:ses|es|s)?\s*(?:$|[,;.:()–—]|-\s|(?:à|in|en|a|at|au|par|by|von|durch|por|da|with|avec|con|mit|and|et|und|y|e"
    r"|for|pour|para|per|für"
    r"|is|are|est|wird|viene|è|es|se|si)\b)", re.IGNORECASE)


def _timeline_founding(sentence: str, base: date | None, mentions: list[NetworkMention]) -> list[Claim]:
    """A timeline entry or a sentence opening on its date that tells a network's founding in the present."""
    opening = _TIMELINE_OPENING.match(sentence)
    dated = opening and date_at(sentence, opening.end(), base)
    if not dated:
        return []
    start = _AFTER_TIMELINE_DATE.match(sentence, dated[1]).end()
    if opening_place := _PLACE_OPENING_THE_ENTRY.match(sentence, start):
        start = opening_place.end()
    clause_end = _CLAUSE_BREAK.search(sentence, start)
    end = clause_end.start() if clause_end else len(sentence)
    for mention in (mention for mention in mentions if start <= mention.start < end):
        after = _founding_right_before(sentence, start, mention) or _born_right_after(sentence, start, mention)
        if after is None:
            continue
        claims = [Claim("founded", dated[0].iso(), start, value_date=dated[0].iso(), about=mention)]
        brackets = _BRACKETS_AFTER_NETWORK.match(sentence, after)
        place = _PLACE_AFTER_DATE.match(sentence, brackets.end() if brackets else after)
        if place := (place.group("place") if place else _place_before_the_network(sentence, start, mention)
                     or (opening_place and opening_place.group("place"))):
            claims.append(Claim("founded_place", place, start, about=mention))
        return claims
    return []


# A timeline's entry where the founders found the network, where named before or after the verb: "1980: In Zwolle
# (Niederlande) gründen Vertreter ehemaliger Hansestädte den „Städtebund DIE HANSE“", "1995: En Asunción, doce ciudades
# de la región crean Mercociudades", "1997: Gemeinden aus sieben Ländern gründen in Bovec (Slowenien) das
# Gemeindenetzwerk Allianz in den Alpen", "1986: In Rotterdam, six cities found Eurocities". The verb is plural, its
# subject the founders (not "Eurocities crée un prix"); the network its object, after a determiner and a network's noun
# at most (not "gründen das Projekt").
_FOUNDERS_VERB = compile_guarded(
    r"\b(?:co-?)?(?:fondent|créent|fundan|crean|fondano|creano|gründen|found|create|set\s+up|launch|lancent|lanzan"
    r"|lanciano|fondèrent|créèrent|fundaron|crearon|fondarono|crearono|gründeten)\b", re.IGNORECASE)
_ENTRY_PLACE = re.compile(rf"\s*(?:in|en|à|a)\s+(?!(?i:{MONTH_PATTERN}))(?P<place>{_PLACE})(?:\s*\([^()]{{1,40}}\))?",
                          re.IGNORECASE)
_FOUNDED_OBJECT = re.compile(
    r"\s*(?:(?:le|la|les|l['’]|the|el|la|il|lo|die|das|der|den)\s*)?"
    r"(?:[\w-]*(?:netzwerk|städtebund|verband|bund|réseau|network|red|rete|association|asociación|associazione"
    # a network founded as an alliance: "gründen das Bündnis „Städte Sicherer Häfen“", "fondent l'alliance « ... »"
    r"|bündnis|allianz|alliance|alianza|alleanza)\s+)?"
    r"[„“\"«»]?\s*", re.IGNORECASE)
# Where, told after the founders, right before the object: "2019 gründen zwölf Städte in Potsdam das Bündnis ...",
# "1990 : douze villes fondent à Francfort ..." (not their country: "gründen Städte in Deutschland das ...").
_PLACE_BEFORE_OBJECT = re.compile(rf"\s(?:in|en|à|a)\s+(?!{_A_COUNTRY}\s*$)(?P<place>{_PLACE})\s*$")


def _founders_found_it_in_an_entry(sentence: str, mentions: list[NetworkMention]) -> list[Claim]:
    entry = _ENTRY_YEAR_THEN_TEXT.match(sentence)
    verb = entry and _FOUNDERS_VERB.search(sentence, entry.end(), entry.end() + _FOUNDERS_CHARS)
    if not verb or any(mention.start < verb.start() for mention in mentions):
        return []
    place_after = _ENTRY_PLACE.match(sentence, verb.end())
    object_start = place_after.end() if place_after else verb.end()
    for mention in mentions:
        if mention.start > object_start + _FOUNDERS_CHARS or _CLAUSE_MARK_OR_STOP.search(
                sentence, object_start, mention.start):
            continue
        # the founders may come between the verb and the object ("gründen Vertreter ... den Städtebund"), the object
        # opens at its determiner
        if _FOUNDED_OBJECT.fullmatch(sentence, object_start, mention.start):
            founders_end = object_start
        elif article := next((article for article in _OBJECT_ARTICLE.finditer(sentence, object_start, mention.start)
                              if _FOUNDED_OBJECT.fullmatch(sentence, article.start(), mention.start)), None):
            founders_end = article.start()
        else:
            continue
        year = entry.group("year")
        claims = [Claim("founded", year, verb.start(), value_date=year, about=mention)]
        place = (place_after or _PLACE_BEFORE_OBJECT.search(sentence[:founders_end], object_start)
                 or _ENTRY_PLACE.match(sentence, entry.end()))
        if place:
            claims.append(Claim("founded_place", place.group("place"), verb.start(), about=mention))
        return claims
    return []


_OBJECT_ARTICLE = re.compile(r"\s(?:den|das|die|der|le|la|les|l['’]|the|el|il|lo)\b", re.IGNORECASE)


# A timeline's entry that is the founding and its place alone, "1990: Gründung in New York", "1979 : Fondation à
# Québec", "2004: Founded in Paris": the founding of the network the timeline is about.
_FOUNDING_ALONE = re.compile(
    rf"(?P<year>(?:1[89]|20)\d\d)\s*[:–—-]\s*(?i:création|fondation|naissance|fondée?|créée?|fundación|creación"
    rf"|fundad[oa]|cread[oa]|nascita|fondazione|creazione|fondat[oa]|creat[oa]|gründung|gegründet|founding"
    rf"|foundation|creation|founded|created|established)\s+(?i:à|in|en|a)\s+(?P<place>{_PLACE})"
    rf"(?:\s*\([^()]{{1,40}}\))?\s*\.?")


def _founding_alone_in_an_entry(sentence: str) -> list[Claim]:
    if not (entry := _FOUNDING_ALONE.fullmatch(sentence)):
        return []
    year = entry.group("year")
    return [Claim("founded", year, 0, value_date=year), Claim("founded_place", entry.group("place"), 0)]


def _place_before_the_network(sentence: str, start: int, mention: NetworkMention) -> str | None:
    """"nasce a Parigi CGLU", "entsteht in Paris der Weltverband UCLG": the place between the verb and the network."""
    lead = sentence[start:mention.start]
    for verb in (_IS_BORN, _FOUNDS_IT, _FOUNDING_OF):
        if (found := verb.search(lead)) and (between := _BEFORE_FOUNDED_NETWORK.fullmatch(lead, found.end())):
            return between.group("place") or found.groupdict().get("place")
    # the place opens the entry, the verb follows the network: "In Frankfurt am Main wird das Klima-Bündnis gegründet"
    between = _BEFORE_FOUNDED_NETWORK.fullmatch(lead)
    return between.group("place") if between else None


def _founding_right_before(sentence: str, start: int, mention: NetworkMention) -> int | None:
    """Where to read the place when a founding verb or noun leads to the network ("fondent Eurocities", "création de
    l'AIMF"): after the network."""
    lead = sentence[start:mention.start]
    if not _NETWORK_ENDS_ITS_PHRASE.match(sentence, mention.end):
        return None
    for verb in (_FOUNDS_IT, _IS_BORN, _FOUNDING_OF):
        found = verb.search(lead)
        if found and _BEFORE_FOUNDED_NETWORK.fullmatch(lead, found.end()) and (
                verb is not _FOUNDS_IT or not _IS_BORN.match(lead, found.start())):
            return mention.end
    return None


def _born_right_after(sentence: str, start: int, mention: NetworkMention) -> int | None:
    """"UCLG is founded in Paris", "Eurocities entsteht": the network, then its birth; the place read after the verb."""
    if not _BEFORE_FOUNDED_NETWORK.fullmatch(sentence, start, mention.start):
        return None
    brackets = _BRACKETS_AFTER_NETWORK.match(sentence, mention.end)  # "Cités et Gouvernements Locaux Unis (CGLU)"
    after = brackets.end() if brackets else mention.end
    genitive = _GENITIVE_BEFORE_PARTICIPLE.match(sentence, after)  # "das Klima-Bündnis der europäischen Städte"
    born = _IS_BORN.match(sentence, genitive.end() if genitive else _SPACE.match(sentence, after).end())
    return born.end() if born else None


_SPACE = re.compile(r"\s*")
_GENITIVE_BEFORE_PARTICIPLE = re.compile(
    r"\s+(?:der|des)\s+(?:[\w-]+\s+){1,3}?(?=(?:gegründet|ins\s+leben\s+gerufen)\b)", re.IGNORECASE)
