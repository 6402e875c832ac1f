"""Claims a fact sheet's rows and labels state: "Fondation : 1986", "Siège: Bruxelles", "Paris (membre depuis
2008)", a value then its label, a city's row of a table of joinings."""

import re
from dataclasses import replace
from datetime import date

from ..dates import MONTH_PATTERN, YEAR_PATTERN, date_at
from ..networks import NetworkMention, find_networks
from ..numbers import find_counts, format_count, parse_number, plus_after, qualifier_before
from .common import _CITY_SINCE, _ENDED, _LABELS, _MAYOR, _PLACE, _PLACE_AFTER_DATE, _UPPER, Claim
from .presiding import _CITY_AS_HOLDER, _DOTTED_COURTESY, _NAME, _PARTICLES, _name_untitled
from .seat import _STREET_OR_BUILDING

_NAME_WITH_PARTICLES = (rf"(?<![\w\-])[{_UPPER}][\w\-]+(?:\s+[{_UPPER}][\w\-]+)?(?:\s+(?i:{_PARTICLES})){{1,2}}"
                        rf"\s+[{_UPPER}][\w\-]+(?:\s+[{_UPPER}][\w\-]+)?")


# "Adhésion de Cotonou : mars 2017", "Adesione di Lucca 1991": the joining of the city the label names.
_JOINING_OF_A_CITY = re.compile(rf"(?i:adhésion|adesione|adhesión|beitritt)\s+(?i:de|d['’]|di|del|von|der)\s*"
                                rf"(?P<city>[{_UPPER}][\w’'\-]+(?: [{_UPPER}][\w’'\-]+){{0,2}})\s*(?::|(?=\s\S))")


def city_of_a_joining_label(sentence: str) -> str | None:
    """The city a row's joining label names ("Cádiz" of "Cádiz, desde: 2014", "Cotonou" of "Adhésion de Cotonou mars
    2017"), whose joining the row dates."""
    if found := _JOINING_OF_A_CITY.match(sentence):
        return found.group("city")
    label = _LABELLED.match(sentence)
    if label and label.group("joined"):
        return label.group("city")
    row = _JOINING_LABEL_WITHOUT_COLON.match(sentence)
    return row.group("city") if row else None


# "Fondation de l'AIMF : 1979", "Siège d'Eurocities : Bruxelles": the label names whose it is (a network, checked).
# "Adhésion à Eurocities : 1991", "Accession to Eurocities: 1991": a joining's label names the network it joined.
_LABEL_OF = (r"(?:\s+(?P<of>(?:de\s+la|de\s+l['’]|du|des|de|d['’]|of(?:\s+the)?"
             # "Presidente di Eurocities: ...", "Presidente del CIDEU: ...", "Präsident von Eurocities: ..."
             r"|di|del|della|dell['’]|von|der"
             r"|à\s+la|à\s+l['’]|à|au|aux|to(?:\s+the)?"
             # "Adesione al Patto dei Sindaci: 2014", "Adhesión al CIDEU: 2009", "Beitritt zum Klima-Bündnis: 1992"
             r"|al|alla|allo|all['’]|ai|agli|alle|a\s+la|a|zum|zur)\s*[^:]{1,40}?))?")
# A label's note in brackets or its footnote's mark: "Sede (Secretaría General): Barcelona", "Seat*: Brussels" (not a
# span of years: "Président (2019-2022)" is a past term).
_LABEL_NOTE = r"(?:\s*\([^():\d]{1,40}\))?[*¹²³†]?"
_LABELLED = re.compile("^(?:" + "|".join(f"(?P<{attribute}>{words})" for attribute, words in _LABELS.items())
                       + r")" + _LABEL_OF + _LABEL_NOTE + r"\s*:\s*", re.IGNORECASE)
# "9, rue des Halles – 75001 Paris", "Square de Meeûs 1, 1000 Brüssel": the city after the postcode.
_ADDRESS_CITY = re.compile(rf"\b\d{{4,5}}\s+(?P<place>{_PLACE})")
# "Secretariat: UNESCO, Paris", "Sede: Organización Mundial de la Salud, Ginebra", "Sekretariat: Europarat, Straßburg":
# an organisation that houses the secretariat, then its city, ending the row (its country may follow): the seat is the
# city. An organisation is an acronym ("UNESCO", "UN-Habitat") or a name holding an organisation's noun.
_HOUSING_ORGANISATION = (
    r"(?-i:[A-Z]{2,8}(?:-[A-Z][a-zà-ÿ]+)?)"
    r"|[^,;:()]{0,50}?\b(?:organi[sz]ation|organización|organizzazione|organisation|council|conseil|consejo|consiglio"
    r"|europarat|commission|comisión|commissione|kommission|agency|agence|agencia|agenzia|agentur|ministry|ministère"
    r"|ministerio|ministero|ministerium|university|université|universidad|università|universität|foundation"
    r"|fondation|fundación|fondazione|stiftung|nations|nationen|naciones|nazioni|institute|institut|istituto"
    r"|city\s+hall|hôtel\s+de\s+ville|ayuntamiento|rathaus|municipio"
    r"|mairie|comune|office|bureau|oficina|ufficio|büro)\b[^,;:()]{0,50}?")
# A seat's label whose value is the city's administration: "Secretariat: City of Stavanger", "Siège : Ville de
# Besançon", "Sede: Ayuntamiento de Barcelona", "Sitz: Stadt Frankfurt am Main", "Segreteria: Comune di Perugia",
# "Secretariat: Stavanger City Hall", "Geschäftsstelle: Rathaus Stuttgart": the seat is the city ("Ciudad de México",
# "Città di Castello" are the names of cities).
_CITY_ADMINISTRATION = re.compile(
    r"(?:c/o\s+)?(?:(?:the\s+)?(?-i:City|Municipality)(?:\s+Council)?\s+of|(?-i:Ville|Mairie|Municipalité)\s+(?:de|d['’])"
    r"|(?-i:Hôtel)\s+de\s+[Vv]ille\s+(?:de|d['’])|(?-i:Ayuntamiento|Municipalidad|Intendencia|Alcaldía)\s+de"
    r"|(?-i:Stadt|Landeshauptstadt|Hansestadt|Rathaus|Stadtverwaltung)(?:\s+(?:der|von))?|(?-i:Comune|Municipio)\s+di)"
    rf"\s*(?P<place>{_PLACE})"
    rf"|(?P<place_first>(?-i:[{_UPPER}][\w’'\-]+)(?:\s+(?-i:[{_UPPER}][\w’'\-]+))?)\s+(?-i:City|Town)\s+(?-i:Hall|Council)\b",
    re.IGNORECASE)
_CITY_OF_A_HOUSING_ORGANISATION = re.compile(
    rf"(?:{_HOUSING_ORGANISATION}),\s*(?P<place>(?-i:[{_UPPER}][\w’'\-]*[a-zà-ÿ])(?:\s+{_PLACE})?)"
    rf"\s*(?:(?:,|\()\s*{_PLACE}\s*\)?)?\s*\.?\s*$", re.IGNORECASE)
_LABELLED_COUNT = re.compile(r"(?P<number>\d{1,3}(?:[ \u00a0\u202f.,'’]\d{3})+|\d+)\b")
# (a title with its dot before the name: "President: Coun. Maria Delaney", "Presidente: Lic. Ana Pérez", also after
# an office: "Präsidentin: Oberbürgermeisterin Dr. Eva Kern"; a surname's particle: "Président : Jean de La Tour")
# an office after the name is none: "Präsident: Kazumi Matsui, Bürgermeister von Hiroshima")
_LABELLED_PERSON = re.compile(rf"[^,;:()]*?,\s*(?:{_DOTTED_COURTESY}\s+)?(?P<after_comma>{_NAME})"
                              rf"|(?:{_MAYOR}\s+(?={_DOTTED_COURTESY}))?(?:{_DOTTED_COURTESY}\s+)?"
                              rf"(?P<who>(?!{_MAYOR}\b){_NAME_WITH_PARTICLES}|{_NAME})")
# "Presidenza: Sindaco di Hiroshima": the office that presides, by right, when no one is named.
_LABELLED_OFFICE = re.compile(rf"(?P<who>(?:(?i:le|la|the|der|die|el|il)\s+)?{_MAYOR}"
                              rf"\s+(?i:de\s+|d['’]|of\s+|von\s+|di\s+|del\s+){_PLACE})\s*$")
# "Fondazione: 2004, Parigi", "Création : 1985 (Montréal)": the place after the date, ending the row; or with its
# country in brackets ("Fundación: 1995, Asunción (Paraguay)").
_PLACE_ENDING_THE_ROW = re.compile(rf"\s*(?:,\s*(?P<place>{_PLACE})(?:\s*\(\s*{_PLACE}\s*\))?"
                                   rf"|\(\s*(?P<place_in_brackets>{_PLACE})\s*\))\s*$")


# The labels of a page's own creation, dated to the day ("Created: 12 March 2013", "Creada: 12/03/2013"); a
# founding's nouns are not ("Fundación: 12 de octubre de 1982", "Gründung: 4. Mai 2004").
_PAGE_CREATED = re.compile(r"created|créée?|creada|creado|creata|creato|erstellt|cré[ée]e? en", re.IGNORECASE)


def is_a_founding_label(label: str) -> bool:
    """A fact sheet's label of a network's founding ("Fundación", "Gründung", "Founded"), whose value dates the
    network, not the page's news; a page's own creation ("Created", "Erstellt") is none."""
    row = _LABELLED.match(f"{label.strip().rstrip(':').strip()}: ")
    return bool(row and (row.group("founded") or row.group("created") and not _PAGE_CREATED.fullmatch(
        row.group("created"))))


# A joining's value may open on "since", and a day on its article: "Miembro desde: el 14 de marzo de 2025", "Membre
# depuis : le 12 mars 2008", "Mitglied seit: am 1. Juli 2019", "Socio dal: il 3 marzo 2010".
_SINCE_OPENING_THE_VALUE = re.compile(r"(?:(?:since|depuis|seit|desde|dal)\s+)?(?:(?:el|le|am|il|on)\s+(?=\d))?",
                                      re.IGNORECASE)
_SINCE_OPENING_A_VALUE = re.compile(r"\s*(?:since|depuis|seit|desde|dal)\s+", re.IGNORECASE)


# "Création du réseau", "Gründung des Netzwerks", "Fondazione della rete", "Sede de la asociación": the label names the
# network its row is about by its noun.
_NETWORKS_NOUNS = frozenset({"réseau", "network", "association", "organisation", "organization", "red", "asociación",
                             "organización", "rete", "associazione", "organizzazione", "netzwerk", "netzwerks",
                             "verein", "vereins", "verbands", "verbandes"})
_OF_WORDS = 3


def _names_the_network_by_its_noun(of: str) -> bool:
    words = re.split(r"[\s'’]+", of.strip().casefold())
    return len(words) <= _OF_WORDS and words[-1] in _NETWORKS_NOUNS


# "Based in: Rotating secretariat", "Siège : tournant", "Sede: a rotazione": a seat that moves from member to member,
# no place
_NO_FIXED_SEAT = re.compile(r"\s*(?i:rotating|rotates|rotational|itinerant|itinérant|tournant|rotati(?:f|ve|va|vo)"
                            r"|wechselnd|rotierend|a\s+rotazione|itinerante)\b")
# "Sede: Teatre de l'Escorxador y Campus de Cappont", "Siège : Palais des congrès", "Sitz: Stadthalle Hildesheim",
# "Sede: Centro Culturale San Francesco": a theatre, a congress hall, a campus, a museum is an event's venue (an
# item's "Datos del encuentro"), no network's seat, which is a town.
_A_VENUE = re.compile(r"\s*(?i:t(?:eatr[eo]|héâtre|heat(?:er|re))|auditori(?:o|um)|campus"
                      r"|palais\s+des\s+(?:congrès|sports)|palacio\s+de\s+(?:congresos|deportes|exposiciones)|palazzo\s+dei\s+congressi"
                      r"|centr(?:o|e)\s+(?:cultural[e]?|culturel|de\s+congresos|des\s+congrès|congressi|cívico|civico)"
                      r"|kongresszentrum|stadthalle|museo|museu|musée|museum|conference\s+cent(?:re|er)|convention\s+cent(?:re|er))\b")


def _labelled(sentence: str, base: date | None) -> list[Claim]:
    """"Siège: Barcelone", "Fundación: Mayo de 2004, en París", "Membres : plus de 325", "Président : Anne Hidalgo"."""
    label = _LABELLED.match(sentence)
    if label is None:
        return []
    attribute, start = next(name for name in _LABELS if label.group(name)), label.end()
    # "Date d'adhésion de la Ville : 1991": a joining is the publishing city's
    if label.group("of") and attribute != "joined" and not (find_networks(label.group("of"))
                                                            or _names_the_network_by_its_noun(label.group("of"))):
        return []
    if attribute == "founded_place":
        place = re.compile(_PLACE).match(sentence, start)
        return [Claim("founded_place", place.group(), 0)] if place else []
    if attribute == "headquarters":
        if _NO_FIXED_SEAT.match(sentence, start) or _A_VENUE.match(sentence, start):
            return []
        if administration := _CITY_ADMINISTRATION.match(sentence, start):
            return [Claim("headquarters", administration.group("place") or administration.group("place_first"), 0)]
        place = (_ADDRESS_CITY.search(sentence, start) or _CITY_OF_A_HOUSING_ORGANISATION.match(sentence, start)
                 or re.compile(_PLACE).match(sentence, start))
        if place and place.re.pattern == _PLACE and _STREET_OR_BUILDING.fullmatch(place.group()):
            # "Sede: Calle Nuncio, 8 (Madrid)", "Head office: Local Government House, Newstead, Brisbane": a street or a
            # building, the city ending the row
            town = _PLACE_ENDING_THE_ROW.search(sentence, place.end())
            return [Claim("headquarters", town.group("place") or town.group("place_in_brackets"), 0)] if town else []
        return [Claim("headquarters", place.group("place") if "place" in place.re.groupindex else place.group(), 0)
                ] if place else []
    if attribute == "joined" and label.group("city") and find_networks(label.group("city")):
        return []  # "Eurocities, depuis 1991": a network's name, not a city's
    if attribute == "joined":
        start = _SINCE_OPENING_THE_VALUE.match(sentence, start).end()  # "Membership: since 1991"
    if attribute in ("founded", "created", "joined"):
        if attribute == "joined" and (since := _SINCE_OPENING_A_VALUE.match(sentence, start)):
            start = since.end()  # "Our membership: Since 1993"
        dated = date_at(sentence, start, base)
        if dated is None or (attribute == "created" and dated[0].day
                             and _PAGE_CREATED.fullmatch(label.group(attribute))):
            return []
        if attribute == "joined" and _ENDED.match(sentence, dated[1]):
            return []  # "Membro dal: 1991 al 2015": a membership that ended
        attribute = "founded" if attribute == "created" else attribute
        claims = [Claim(attribute, dated[0].iso(), 0, value_date=dated[0].iso())]
        place = _PLACE_AFTER_DATE.match(sentence, dated[1]) or _PLACE_ENDING_THE_ROW.match(sentence, dated[1])
        if attribute == "founded" and place:
            claims.append(Claim("founded_place", place.group("place") or place.group("place_in_brackets"), 0))
        return claims
    if attribute == "president":
        person = _LABELLED_PERSON.match(sentence, start) or _LABELLED_OFFICE.match(sentence, start)
        who = person and (person.groupdict().get("after_comma") or person.group("who"))
        if who is None or _CITY_AS_HOLDER.match(who):
            return []  # "Présidence : Ville de Lyon" names no person
        return [Claim("president", _name_untitled(who), 0)]
    number = _LABELLED_COUNT.search(sentence, start, start + 30)
    if number is None or (value := parse_number(number.group("number"))) is None:
        return []
    if any(count.start == number.start() for count in find_counts(sentence)):
        return []  # "Membres : 325 villes": the noun says what is counted, and _counts reads it
    unit = {"member_cities": "cities", "member_associations": "associations",
            "represented_governments": "governments"}.get(attribute, "countries")
    qualifier = "at_least" if plus_after(sentence, number.end()) else qualifier_before(sentence[:number.start()])
    return [Claim(attribute, format_count(value), 0, value_num=value, qualifier=qualifier, unit=unit)]


# A founding row whose label says where: "in Rotterdam gegründet: 1986", "Founded in New York: 1990", "Fondée à
# Québec : 1979", "Fundada en Asunción: 1995"; a key figure's caption: "année de création, à Québec: 1979"; a fact
# box's founding by its noun: "Gründung in Frankfurt am Main: 1990", "Fondazione a Siena: 1987".
_FOUNDED_IN = r"(?i:in|im|à|en|a|nel|ad)\s+"
_FOUNDED_IN_A_PLACE_LABEL = re.compile(
    rf"(?:{_FOUNDED_IN}(?P<place_first>{_PLACE})\s+)?"
    r"(?i:gegründet|founded|established|fond[ée]e?s?|cré[ée]e?s?|fundad[oa]s?|cread[oa]s?|fondat[oa]|creat[oa]"
    r"|gründung|fondation|création|foundation|fundación|creación|fondazione|creazione"
    r"|année\s+de\s+(?:création|fondation)|year\s+founded|founding\s+year|gründungsjahr|año\s+de\s+fundación"
    r"|anno\s+di\s+fondazione)"
    rf"(?:,?\s+{_FOUNDED_IN}(?P<place>{_PLACE}))?\s*:\s*")
_ROW_END = re.compile(r"[\s.]*$")


def _founded_in_a_place_label(sentence: str, base: date | None) -> list[Claim]:
    label = _FOUNDED_IN_A_PLACE_LABEL.match(sentence)
    place = label and (label.group("place_first") or label.group("place"))
    dated = place and date_at(sentence, label.end(), base)
    if not dated or not _ROW_END.match(sentence, dated[1]):
        return []  # the row's value is the date, and nothing after it
    return [Claim("founded", dated[0].iso(), 0, value_date=dated[0].iso()), Claim("founded_place", place, 0)]


# A row's label after the network it is about ("Eurocities: Founded: 1986", a list's term and its description), or
# in parentheses after its name ("Metropolis (Sitz: Barcelona) vereint ...").
_AFTER_A_NETWORK = re.compile(r"\s*[:–—-]\s*")
# Or a space, the network's name opening the label: "FCM President: Coun. Maria Delaney", "AIMF Secrétariat : Paris".
_LABEL_AFTER_A_NETWORK = re.compile(r"\s+(?=[^\W\d_]+(?:\s+[^\W\d_]+){0,2}\s*:)")
_PARENTHESISED = re.compile(r"\((?P<inside>[^()]{3,60}:[^()]{1,60})\)")


# A short row whose label and value only a space or a dash parts ("Headquarters Brussels", "Founded 1986", "Siège
# Bruxelles", "Création — 1986"):
# read as "label: value", for the labels of a seat, a founding and counts.
_LABELS_WITHOUT_COLON = ("headquarters", "founded", "created", "member_cities", "represented_governments",
                         "member_countries", "founded_place")
_LABEL_WITHOUT_COLON = re.compile(
    "^(?:" + "|".join(_LABELS[attribute] for attribute in _LABELS_WITHOUT_COLON)
    + rf")(?:\s+[–—])?\s+(?=(?-i:[{_UPPER}])|[\d+])",
    re.IGNORECASE)
_ROW_WITHOUT_COLON_CHARS = 60
# A clause after the row's value: a comma, then a word in lower case (not the place of a founding: "Création 1979, à
# Québec").
_CLAUSE_AFTER_THE_VALUE = re.compile(rf",\s+(?!(?:à|in|en|a|nel|im)\s+[{_UPPER}])(?-i:[a-zà-öø-ÿ])")


# The value is the whole rest of the row: a place (with its country), or a figure or a date.
_ROW_VALUE = re.compile(
    rf"(?:{_PLACE}(?:\s*(?:,|\(|[–-])\s*{_PLACE}\)?)?|[\d+].*|(?i:{MONTH_PATTERN})\s+{YEAR_PATTERN})\.?")


# The labels of a joining's year, without a colon: "Beitrittsjahr 1993", "Year joined 2008", "Año de adhesión 2010"
# (not "Since 1993" alone, which dates anything).
_JOINING_LABEL_WITHOUT_COLON = re.compile(
    r"^(?:beitrittsjahr|jahr des beitritts|year joined|year of (?:joining|membership)|année d['’]adhésion"
    r"|date d['’]adhésion|(?:año|fecha) de (?:adhesión|incorporación|ingreso)|anno di (?:adesione|ingresso)"
    # a card's meta line: "Miembro desde 2001 · Sede: Quebec", "Member since 2004 | Seat: Brussels"
    r"|(?:membre|member|mitglied|miembro|membro|soci[oa]) (?:depuis|since|seit|desde|dal)"
    # a joining's noun or verb and its year alone: "Joined 2008", "Adhésion 2008", "Beitritt 2008", "Incorporación
    # 2008", "Dabei seit 2008", "Aderente dal 2008" (not "Adhésion 2024 des nouvelles villes")
    r"|(?:joined|(?:adhésion|adhesión|incorporación) en|adesione nel|beitritt im jahr|adhésion|adhesión|incorporación"
    r"|adesione|beitritt|dabei seit|adhérente? depuis|aderente dal|adherid[oa] desde|adherente desde)"
    rf"(?=\s+(?:{MONTH_PATTERN}\s+)?{YEAR_PATTERN}\s*\.?\s*$)"
    # the city's name and "since", then a date that ends the row: "Cádiz desde 2014 · Sede: Madrid" (the publishing
    # city's, checked by the caller), not a sentence ("Ferrara vi aderisce dal 2007 e partecipa ...")
    rf"|{_CITY_SINCE}(?=\s+(?:{MONTH_PATTERN}\s+)?{YEAR_PATTERN}\s*\.?\s*(?:$|[–—|·•/;]))"
    # the joining of the city it names: "Adhésion de Cotonou mars 2017", "Adesione di Lucca 1991"
    rf"|(?:adhésion|adesione|adhesión|beitritt) (?:de|d['’]|di|von) (?-i:[{_UPPER}])[\w’'\-]+)"
    rf"\s+(?=\d|{MONTH_PATTERN})",
    re.IGNORECASE)


# A card's or a table cell's row of a year since, alone: "Depuis 1991", "Since 1991", "Seit 1994", "Desde 2004", "Dal
# 2002", under the network it presents (checked by the caller: the section's network, named by its heading).
_SINCE_ALONE = re.compile(r"(?:depuis|since|seit|desde|dal)\s+(?P<year>(?:1[89]|20)\d\d)\s*\.?", re.IGNORECASE)


def is_a_year_since_alone(sentence: str) -> bool:
    return _SINCE_ALONE.fullmatch(sentence.strip()) is not None


def _year_since_alone(sentence: str) -> list[Claim]:
    found = _SINCE_ALONE.fullmatch(sentence.strip())
    return [Claim("joined", found.group("year"), 0, value_date=found.group("year"))] if found else []


def _labelled_without_colon(sentence: str, base: date | None) -> list[Claim]:
    if len(sentence) > _ROW_WITHOUT_COLON_CHARS or not (
            label := _LABEL_WITHOUT_COLON.match(sentence) or _JOINING_LABEL_WITHOUT_COLON.match(sentence)):
        return []
    if not _ROW_VALUE.fullmatch(sentence, label.end()) or _CLAUSE_AFTER_THE_VALUE.search(sentence, label.end()):
        return []  # "Seat Belt Week took place ...", "Fondée en 1979, l'association a son siège à Paris": sentences
    return _labelled(f"{sentence[:label.end()].rstrip().rstrip('–—').rstrip()}: {sentence[label.end():]}", base)


def _labelled_after_a_network(sentence: str, base: date | None, mentions: list[NetworkMention]) -> list[Claim]:
    if not mentions or mentions[0].start != 0 or not (after := _AFTER_A_NETWORK.match(sentence, mentions[0].end)
                                                      or _LABEL_AFTER_A_NETWORK.match(sentence, mentions[0].end)):
        return []
    return _labelled(sentence[after.end():], base)


def _labelled_in_parentheses(sentence: str, base: date | None) -> list[Claim]:
    return [replace(claim, position=found.start()) for found in _PARENTHESISED.finditer(sentence)
            for claim in (_labelled_rows(found.group("inside").strip(), base)
                          or _labelled(found.group("inside").strip(), base))]


# Several rows on one line: "Fondation : 1961 — Siège : Bruxelles", "Established 1993 · Seat: Quebec City", "gegründet
# 1990, Sitz: Bonn", "Membro dal 1990 / Sede: Bruxelles" (a slash between spaces); a comma parts rows only before a
# label and its colon ("Siège : Paris, France" is one row).
_ROW_SEPARATOR = re.compile(r"\s+[–—|·•/]\s+|\s*[|·•;]\s*|,\s+(?=[^,:]{2,30}:)")


def _labelled_rows(line: str, base: date | None) -> list[Claim]:
    claims, start = [], 0
    rows = 0
    for end in [*(separator.start() for separator in _ROW_SEPARATOR.finditer(line)), len(line)]:
        row = line[start:end]
        # "Depuis 2008 · Siège : Bruxelles": a year since, alone in its fragment, is the city's joining
        found = _labelled(row, base) if ":" in row else (_labelled_without_colon(row, base) or _year_since_alone(row))
        claims += [replace(claim, position=start) for claim in found]
        rows += bool(found)
        start = _ROW_SEPARATOR.match(line, end).end() if end < len(line) else end
    return claims if rows > 1 else []


# A short row whose value comes before its label (a key figure's big value, its caption under it): "1986 Year
# founded", "1986 — année de création", "<b>1986</b> Gründungsjahr" (read "1986: Gründungsjahr"), "Bruxelles (siège)",
# "Brüssel – Sitz". A place only with a dash or brackets
# between them ("UNESCO Headquarters" is a building's name).
_LABELS_AFTER_THE_VALUE = ("founded", "created", "headquarters", "joined")
_VALUE_THEN_LABEL = re.compile(
    rf"(?P<date>(?:(?i:{MONTH_PATTERN})\s+)?{YEAR_PATTERN})\s*(?:[–—:-]\s*|\(\s*)?"
    rf"|(?P<place>{_PLACE})\s*(?:[–—-]\s*|\(\s*)")
_LABEL_AFTER_THE_VALUE = re.compile(
    "(?P<label>" + "|".join(_LABELS[attribute] for attribute in _LABELS_AFTER_THE_VALUE) + r")\s*\)?\s*\.?",
    re.IGNORECASE)


# The founding year's caption with the place after it: "1979 année de création, à Québec", "1986 year founded, in
# Rotterdam", "1990 Gründungsjahr, in Frankfurt am Main", "1985 año de fundación, en Róterdam".
_FOUNDING_LABEL_THEN_PLACE = re.compile(
    rf"(?P<label>{_LABELS['founded']}|gründungsjahr|año\s+de\s+fundación|anno\s+di\s+fondazione)\s*,?\s*"
    rf"(?:à|in|en|a)\s+(?P<place>{_PLACE})\s*\.?", re.IGNORECASE)


def _value_then_label(sentence: str, base: date | None) -> list[Claim]:
    sentence = sentence.strip()
    if len(sentence) > _ROW_WITHOUT_COLON_CHARS or not (value := _VALUE_THEN_LABEL.match(sentence)):
        return []
    if value.group("date") and (founded := _FOUNDING_LABEL_THEN_PLACE.fullmatch(sentence, value.end())):
        claims = _labelled(f"founded: {value.group('date')}", base)
        return [*claims, Claim("founded_place", founded.group("place"), founded.start("place"))] if claims else []
    if not (label := _LABEL_AFTER_THE_VALUE.fullmatch(sentence, value.end())):
        return []
    written = value.group("date") or value.group("place")
    if value.group("place") and find_networks(written):
        return []  # "Eurocities – Secretariat": a name, not a seat
    return _labelled(f"{label.group('label')}: {written}", base)
