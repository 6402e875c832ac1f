"""Counts of a network's members, and the numbers that count something else: a part's members, a region's towns,
a national body's members, a board, a text's signatories."""

import re
from bisect import bisect_right
from datetime import date

from .. import count_context
from ..count_context import counts_a_target, counts_event_audience, counts_founders, counts_newcomers, counts_the_past
from ..networks import find_networks
from ..numbers import Count, find_counts, format_count, names_a_nation, names_a_region
from ..text import compile_guarded
from .common import _A_COUNTRY, ATTRIBUTE_OF_UNIT, Claim, _of_a_regional_part

# "la Ville a soutenu plus de quarante projets", "le Bureau a attribué ... à 18 projets": projects of the city or
# of one decision, not the network's record.
_OTHER_SUBJECT = compile_guarded(
    r"\b(?:la\s+ville|the\s+city|die\s+stadt|la\s+ciudad|la\s+città|le\s+bureau|the\s+board)\b", re.IGNORECASE)


# "300 proyectos en 50 ciudades", "300 projects in 50 cities": where the projects are, not how many members.
_IN_BEFORE = re.compile(r"\b(?:en|in|dans|nelle|negli|nei)\s+$", re.IGNORECASE)


def _places_of_projects(sentence: str, count: Count, counts: list[Count]) -> bool:
    return count.unit == "cities" and bool(_IN_BEFORE.search(sentence, max(0, count.start - 8), count.start)) and any(
        other.unit == "projects" and other.start < count.start for other in counts)


# "le défi « 100 villes climatiquement neutres »", "the “100 Resilient Cities” programme": a name, not a count (a quoted
# figure, "rassemble « plus de 200 villes »", stays one).
_QUOTED = re.compile(r"«[^«»]*»|“[^“”]*”|\"[^\"]*\"")
_NAMING_NOUN_BEFORE = re.compile(
    r"\b(?:défi|programme|campagne|initiative|label|projet|mission|prix|challenge|program|campaign|project|scheme"
    r"|award|desafío|programa|campaña|proyecto|sfida|programma|campagna|progetto|kampagne|programm|projekt)s?\s*$",
    re.IGNORECASE)
_NAMING_NOUN_AFTER = re.compile(
    r"\s*(?:challenge|program(?:me)?|campaign|project|scheme|initiative|award|label|mission)s?\b", re.IGNORECASE)
_NAMING_CHARS = 20


def _quoted_names(sentence: str) -> list[tuple[int, int]]:
    """The spans of the quoted names of a programme, a challenge, a campaign in the sentence."""
    if not any(mark in sentence for mark in "«“\""):
        return []
    return [quoted.span() for quoted in _QUOTED.finditer(sentence)
            if _NAMING_NOUN_BEFORE.search(sentence, max(0, quoted.start() - _NAMING_CHARS), quoted.start())
            or _NAMING_NOUN_AFTER.match(sentence, quoted.end())]


def _within(spans: list[tuple[int, int]], position: int) -> bool:
    """`position` inside one of the sorted, disjoint `spans`."""
    index = bisect_right(spans, (position, position)) - 1  # the last span starting before `position`
    return index >= 0 and spans[index][0] < position < spans[index][1]


def _counts(sentence: str, base: date | None) -> list[Claim]:
    """What the network has now: not an event's audience, not a figure the sentence puts in the past."""
    counts = find_counts(sentence)
    names = _quoted_names(sentence) if counts else []
    return [Claim(ATTRIBUTE_OF_UNIT[count.unit], format_count(count.value), count.start,
                  value_num=count.value, qualifier=count.qualifier, unit=count.unit)
            for count in counts
            if not (counts_event_audience(sentence, count.start) or counts_the_past(sentence, count.start, base)
                    or counts_founders(sentence, count.start) or counts_newcomers(sentence, count.start)
                    or _places_of_projects(sentence, count, counts) or _within(names, count.start)
                    or counts_a_target(sentence, count.start))
            and (count.unit != "projects" or not _OTHER_SUBJECT.search(sentence, 0, count.start))
            and not (count_context.counts_grown_from(sentence, count.start) or _signatories_of_a_text(sentence, count)
                     or _counts_a_parts_members(sentence, count) or _counts_a_boards_members(sentence, count)
                     or _counts_in_a_relative_to_a_part(sentence, count)
                     or _counts_a_networks_group_of_cities(sentence, count)
                     or _counts_a_places_associations(sentence, count)
                     or _counts_a_national_bodys_members(sentence, count)
                     or count_context.counts_a_studys_sample(sentence, count.start)
                     or count_context.counts_a_subset_of_members(sentence, count.start)
                     or count_context.counts_a_countrys_share(sentence, count.start)
                     or count_context.counts_the_whole_of_a_share(sentence, count.start)
                     or (count.unit == "countries" and count_context.counts_peoples_origins(sentence, count.start))
                     or (count.unit == "countries" and count_context.counts_where_links_are(sentence, count.start))
                     or count_context.counts_one_places_share(sentence, count.start)
                     or count_context.counts_an_actions_participants(sentence, count.start)
                     or count_context.counts_a_fields_cities(sentence, count.end)
                     or (count.unit == "cities"
                         and count_context.counts_a_places_parts(sentence, count.start, count.end))
                     or count_context.counts_a_past_decade(sentence, count.start, base)
                     or count_context.counts_a_past_time_told_beside(sentence, count.start)
                     or _of_a_regional_part(sentence, count.start)
                     or _counts_a_named_places_members(sentence, count)
                     or _counts_a_territorys_towns(sentence, count)
                     or _one_of_a_regions_towns(sentence, count) or _counts_a_local_groups_people(sentence, count)
                     or _one_of_a_places_members(sentence, count)
                     or _one_of_a_parents_associations(sentence, count))]


# The city as one of a region's towns: "Hamilton is one of 13 Ontario municipalities that have signed on to the Global
# Covenant", "Göttingen ist eine der 13 niedersächsischen Städte im Netzwerk", "Pau est l'une des 20 communes
# béarnaises", "uno de los 13 municipios vascos", "uno dei 13 comuni sardi": that region's members, not the network's.
# A country's ("one of 400 Canadian municipalities" in a national federation) or a network's name ("one of 200
# Eurocities members") before the noun keeps the network's count.
_ONE_OF_BEFORE = compile_guarded(
    r"\b(?:one\s+of|une?\s+des|eine[rs]?\s+(?:der|von)|un[oa]\s+de\s+(?:los|las)|uno\s+de[il]|una\s+delle"
    r"|uno\s+degli)\s+(?:the\s+|les\s+|den\s+)?(?:(?:more\s+than|over|plus\s+de|über|mehr\s+als|más\s+de|oltre)\s+)?$",
    re.IGNORECASE)
_ONE_OF_CHARS = 40
_PLACE_ON_THE_TOWNS = re.compile(
    r"\s+(?:(?P<name>(?-i:[A-Z][\w-]+))\s+|(?P<adjective>[\w-]+)\s+)?"
    r"(?:cities|towns|municipalities|councils|communities|städte[n]?|kommunen|gemeinden|communes|villes|municipios"
    r"|ciudades|comuni|città)\b(?P<after>\s+[\w-]+)?", re.IGNORECASE)


# A local group of volunteers or a charity's branch is no network: the members it counts are people ("Bath City of
# Sanctuary, a volunteer group with around 60 members", "un groupe de bénévoles d'une trentaine de membres", "ein
# ehrenamtlicher Verein mit rund 80 Mitgliedern", "un grupo de voluntarios con unos 40 miembros", "un gruppo di
# volontari con circa 50 soci").
_A_LOCAL_GROUP_BEFORE = compile_guarded(
    r"\b(?:volunteer(?:s['’]?|-led)?\s+(?:group|association|network|organi[sz]ation)|group\s+of\s+volunteers"
    r"|(?:local|community)\s+(?:group|branch|chapter)|charity['’]s\s+branch|groupe\s+(?:local|de\s+bénévoles)"
    r"|association\s+(?:locale|de\s+bénévoles)|antenne\s+locale|ortsgruppe|ehrenamtliche[nrs]?\s+(?:verein|gruppe"
    r"|initiative)|verein\s+von\s+ehrenamtlichen|grupo\s+(?:local|de\s+voluntari[oa]s)|asociación\s+de\s+voluntari"
    r"|gruppo\s+(?:locale|di\s+volontari)|associazione\s+di\s+volontariato)\b[^.;:]{0,40}$", re.IGNORECASE)
_LOCAL_GROUP_CHARS = 90


def _counts_a_local_groups_people(sentence: str, count: Count) -> bool:
    return bool(_A_LOCAL_GROUP_BEFORE.search(sentence, max(0, count.start - _LOCAL_GROUP_CHARS), count.start))


# A people's or a continent's adjective: "Canadian", "European", "Japanese", "Dutch" (no region's name, "Ontario").
_NATIONALITY_ENDING = re.compile(r"(?:an|ish|ese|ch|ic)$")


def _one_of_a_regions_towns(sentence: str, count: Count) -> bool:
    if not _ONE_OF_BEFORE.search(sentence, max(0, count.start - _ONE_OF_CHARS), count.start):
        return False
    towns = _PLACE_ON_THE_TOWNS.match(sentence, count.end)
    if towns is None:
        return False
    words = towns.group("adjective") or towns.group("after") or ""
    if names_a_region(words) or (towns.group("adjective") and names_a_region(towns.group("adjective"))):
        return True
    name = towns.group("name")
    return bool(name) and not (names_a_nation(name) or _NATIONALITY_ENDING.search(name)) and not any(
        mention.start < towns.end("name") and towns.start("name") < mention.end for mention in find_networks(sentence))


# The city as one of the members a place has, the place after the noun: "Geelong is one of four UNESCO Creative Cities
# in Victoria", "Lyon est l'une des 12 villes créatives de l'UNESCO en France", "eine von zehn Fairtrade-Städten in
# Bayern": that place's share, whatever names the cities; not a continent's, which may be the network's whole area.
_MEMBERS_IN_A_PLACE_AFTER = re.compile(
    r"(?:\s+[\w'’-]+){0,4}?\s+(?:cities|towns|municipalities|members|villes|communes|membres|st[äa]dte[n]?"
    r"|[\w-]+-st[äa]dte[n]?|kommunen|gemeinden|mitglieder[n]?|ciudades|municipios|miembros|città|comuni|membri)"
    r"(?:\s+[\w'’-]+){0,4}?\s+(?:in|en|dans|au|im|nel|nella|in\s+der)\s+(?:the\s+|la\s+|le\s+|l['’]\s*)?"
    r"(?P<place>(?-i:[A-ZÀ-Þ][\w-]+))", re.IGNORECASE)
_CONTINENT = re.compile(r"(?:Europ|Afri|Asi|Améri|Ameri|Amerika|Océani|Oceani|Ozeani|Lateinamerika|Latin)\w*")


def _one_of_a_places_members(sentence: str, count: Count) -> bool:
    if not _ONE_OF_BEFORE.search(sentence, max(0, count.start - _ONE_OF_CHARS), count.start):
        return False
    members = _MEMBERS_IN_A_PLACE_AFTER.match(sentence, count.end)
    if members is None or _CONTINENT.fullmatch(members.group("place")):
        return False
    return not any(mention.start <= members.start("place") < mention.end for mention in find_networks(sentence))


def _one_of_a_parents_associations(sentence: str, count: Count) -> bool:
    """"SILGA is one of five area associations affiliated with UBCM", "L'AMF est l'une des 12 associations membres de
    CGLU", "La FEMP es una de las 60 asociaciones nacionales del CMRE": the associations the parent gathers, of which
    the subject is one, not the subject's own members."""
    return count.unit == "associations" and bool(
        _ONE_OF_BEFORE.search(sentence, max(0, count.start - _ONE_OF_CHARS), count.start))


# A place named as the subject of a count of the network's members: "le Togo compte désormais quatre villes membres du
# réseau", "Portugal has 12 member cities of Eurocities", "Polen zählt 20 Mitgliedsstädte des Netzwerks", "Chile cuenta
# con 15 ciudades miembros de la red", "la Sicilia conta 30 comuni aderenti alla rete": that place's share. The network
# as the subject ("Eurocities compte 200 villes membres du réseau") counts its own; a pronoun names no place.
_PLACE_HAS_BEFORE = re.compile(
    r"\s*(?:(?:le|la|l['’]|the|el|il|lo)\s*)?"
    # a pronoun, a word of time opening a clause whose subject is left out or comes after the verb ("Inzwischen zählt
    # das Bündnis", "Hoy cuenta con"), a network's own noun (German writes nouns with a capital, English a noun that
    # stands for a name: "The Association has 37 member municipalities") name no place; nor does an article
    r"(?!(?:the|le|la|el|il|lo|der|die|das|elle|it|sie|es|ella|essa|esso|elles|ils|they|this|cette|esta|questa|diese"
    r"|inzwischen|heute|derzeit"
    r"|aktuell|mittlerweile|jetzt|nun|bereits|insgesamt|weltweit|europaweit|bundesweit|hoy|actualmente|ya|oggi"
    r"|attualmente|ora|today|now|currently|aujourd|actuellement|désormais|netzwerk|bündnis|verband|städtebund"
    r"|verein|network|réseau|red|rete|association|asociación|associazione|organisation|organización|organizzazione"
    r"|alliance|alianza|alleanza|allianz|union|unión|unione|initiative|plattform|platform|plataforma|piattaforma"
    r"|forum|foro|federation|fédération|federación|federazione|vereinigung)\b)"
    r"(?P<place>(?-i:[A-ZÀ-Þ][a-zà-ÿ'’-]+)(?:\s+(?-i:[A-ZÀ-Þ][a-zà-ÿ'’-]+))?)\s+(?:(?:now|already|today)\s+)?"
    r"(?:compte|counts|has|zählt|hat|cuenta\s+con|tiene|suma|conta|ha|annovera)\s+(?:[^\W\d_]+(?:['’][^\W\d_]+)?\s+){0,3}?",
    re.IGNORECASE)
_MEMBERS_OF_AFTER = re.compile(
    r"\s+(?:[^\W\d_]+\s+){0,2}?(?:membres?|members?|miembros?|membri|aderenti|adhérentes?|adheridas|mitglieder)\s+"
    r"(?:(?:du|de|des|of|del|della|di|alla|al|a|to|der)\b|d['’]|dell['’])"
    r"|\s+(?:mitglieds\w+|member\s+[^\W\d_]+)\s+(?:des|der|von|of)\b", re.IGNORECASE)


# The count's cities said to be in the network named right after: "Australia now has 7 cities in the UNESCO Creative
# Cities Network", "la France compte 12 villes dans le Réseau des villes créatives", "Deutschland hat 11 Städte im
# Netzwerk", "España cuenta con 11 ciudades en la Red", "l'Italia conta 13 città nella Rete" (not "in 38 countries").
_IN_THE_NETWORK_AFTER = re.compile(
    r"\s+(?:[^\W\d_]+\s+){1,2}?(?:in|within|dans|au\s+sein\s+d[eu]|en|im|in\s+der|innerhalb\s+de[rs]|nel|nella"
    r"|all['’]interno\s+del(?:la)?)\s+(?:(?:the|le|la|l['’]|el|il|lo|des|du|dem)\s*)?"
    r"(?:(?:réseau|network|netzwerk|red|rete)\s+)?", re.IGNORECASE)
_NETWORK_STARTS_CHARS = 4


def _in_the_network_named_after(sentence: str, count: Count) -> bool:
    place = _IN_THE_NETWORK_AFTER.match(sentence, count.end)
    return bool(place) and any(place.start() < mention.start <= place.end() + _NETWORK_STARTS_CHARS
                               for mention in find_networks(sentence))


def _counts_a_named_places_members(sentence: str, count: Count) -> bool:
    """The count's clause opens with a place, not a network, that has that many of the network's members."""
    if not (_MEMBERS_OF_AFTER.match(sentence, count.end) or _in_the_network_named_after(sentence, count)):
        return False
    place = _PLACE_HAS_BEFORE.fullmatch(sentence, count_context.clause_start(sentence, count.start), count.start)
    return bool(place) and not any(mention.start < place.end("place") and place.start("place") < mention.end
                                   for mention in find_networks(sentence))


# A territory's or a local authority's own towns, named by the units it is divided into: "Ontario has 444
# municipalities.", "La Corse compte 360 communes", "Bayern hat 2.056 Gemeinden", "La Basilicata conta 131 comuni", a
# key figure "Agglomération Tarbes-Lourdes-Pyrénées : 86 communes". A place so named in a clause that names no
# network counts its own towns, not a network's members.
_TERRITORIAL_UNITS_AFTER = re.compile(
    r"\s+(?:[^\W\d_]+\s+)?(?:communes|municipalit(?:ies|és)|gemeinden|kommunen|comuni|municipios|municipalidades"
    r"|cantones|cantons)\b(?!\s+(?:membres?|members?|mitglied|miembros?|membri|adh[ée]rentes?|aderenti|associ))",
    re.IGNORECASE)
_AUTHORITY_LABEL_BEFORE = compile_guarded(
    r"^\s*(?:(?:la|le|l['’]|the|die|der|el|la|il)\s*)?(?:communauté\s+(?:urbaine|d['’]agglomération|de\s+communes)"
    r"|agglomération|métropole|intercommunalité|metropolregion|landkreis|kreis|county|comarca|mancomunidad"
    r"|unione\s+dei\s+comuni|città\s+metropolitana|provincia|province|département|departamento|region|région"
    r"|regione|región)\b[^:;.]{0,60}:\s*$", re.IGNORECASE)
_AUTHORITY_LABEL_CHARS = 90


def _counts_a_territorys_towns(sentence: str, count: Count) -> bool:
    if count.unit != "cities" or not _TERRITORIAL_UNITS_AFTER.match(sentence, count.end):
        return False
    if count.start <= _AUTHORITY_LABEL_CHARS and _AUTHORITY_LABEL_BEFORE.search(sentence, 0, count.start):
        return True
    start = count_context.clause_start(sentence, count.start)
    if not _PLACE_HAS_BEFORE.fullmatch(sentence, start, count.start):
        return False
    end = sentence.find(";", count.end)  # the clause a semicolon ends: "La Corse compte 360 communes ; Ajaccio ..."
    end = len(sentence) if end < 0 else end
    return not any(start <= mention.start < end for mention in find_networks(sentence))


# "its working group on the circular economy, which brings together 45 cities", "le forum Culture, qui rassemble 100
# villes": a count in a relative clause whose antecedent is a part of a network or a programme.
_RELATIVE_CLAUSE_TO_COUNT = re.compile(
    r",\s*(?:which|that|qui|que|che|das|die|der|welche[sr]?)\s+[^,;:()]{0,60}$", re.IGNORECASE)
_CLAUSE_MARK = re.compile(r"[,;:()]")
_SECTION_NOUNS = r"sections?|sektion(?:en)?|secci(?:ón|ones)|sezion[ei]|chapters?|cap[íi]tulos?|caucus"
_PART_NOUNS = re.compile(
    r"\b(?:forum|forums|foro|working\s+group|groupe\s+de\s+travail|grupo\s+de\s+trabajo|gruppo\s+di\s+lavoro"
    r"|arbeitsgruppe|commission|kommission|comisión|commissione|committee|comité|comitato|task\s+force|board"
    # a national or regional section and a caucus: "der Deutschen Sektion, die rund 800 Städte vereint", "son caucus
    # des grandes villes, qui rassemble les 15 plus grandes municipalités"
    rf"|{_SECTION_NOUNS}"
    # a local authority that groups municipalities: "la Métropole du Grand Nancy, qui regroupe 20 communes", "der
    # Metropolregion Rhein-Neckar, die 290 Kommunen umfasst", "la Città metropolitana di Torino, che riunisce 312"
    r"|métropole|communauté\s+(?:urbaine|d['’]agglomération|de\s+communes)|metropolregion|landkreis"
    r"|[áa]rea\s+metropolitana|città\s+metropolitana|combined\s+authority"
    r"|programme|program|programa|programma|programm|project|projet|proyecto|progetto|projekt"
    # a network's own initiative ("son initiative sur l'égalité, qui rassemble 35 villes"), not the network described
    # as one ("un'iniziativa del sindaco di Hiroshima, che riunisce 8.000 città")
    r"|(?:son|its|their|sua|ihre)\s+(?:initiative|iniciativa|iniziativa)"
    r"(?!\s+(?:de|del|della|dello|dei|di|of|du|des|d['’]|von|der)\b))\b", re.IGNORECASE)
_ANTECEDENT_CHARS = 80
_RELATIVE_CLAUSE_CHARS = 80
# A section or a caucus as the subject of the count's clause: "Die Deutsche Sektion vereint rund 800 Städte", "The UK
# chapter brings together 30 cities", "La section française regroupe 1 000 collectivités".
_SECTION_AS_SUBJECT = re.compile(
    r"\s*(?:(?:the|its|their|la|le|sa|son|leur|die|seine|ihre|el|su|sus|il|lo|sua)\s+)?(?:[^\W\d_]+\s+)?"
    rf"(?P<part>{_SECTION_NOUNS})\b", re.IGNORECASE)
_SECTION_NOUN = re.compile(_SECTION_NOUNS, re.IGNORECASE)


def _names_a_network(sentence: str, start: int, end: int) -> bool:
    """"the European Forum for Urban Security, which ...": a network named so; "l'initiative Mayors for Peace, qui ...":
    the network itself."""
    return any(mention.start <= start < mention.end or 0 <= mention.start - end <= 1
               for mention in find_networks(sentence))


def _names_a_body(part: str) -> bool:
    """"the Big City Mayors' Caucus", "la Sección Ibérica": a section's noun with a capital, where the language writes
    common nouns in lower case, names a body of its own, maybe a network."""
    return bool(_SECTION_NOUN.fullmatch(part)) and part[0].isupper() and not part.lower().startswith("sektion")


# "The section brings together 40 associations" under UCLG Africa: the section the text is about, named by its noun
# alone after an article, as "the network" names a network; "its section", "the UK chapter", "la section française",
# "the section for Europe" name a part of it.
_ARTICLE_BEFORE = re.compile(r"(?:^|[\s(])(?:the|this|that|la|le|cette|die|der|das|diese[rs]?|el|esta|il|lo|questa"
                             r"|questo)\s+$|(?:^|[\s(])l['’]\s*$", re.IGNORECASE)
_QUALIFIER_AFTER = re.compile(
    r"\s+(?:of|for|in|de|des|du|d['’]|pour|en|der|für|del|para|di|della|dei|degli|per"
    r"|(?:nation|région|region|nacion|nazion|europ|afric|asi|améric|americ|latin|franç|frances|español|espagnol"
    r"|italian|italien|allemand|alemán|aleman|tedesc|britann|británic|german|deutsch|belg|suiss|suiz|svizz|portug"
    r"|nordic|nórdic|méditerr|mediterr"
    # "el capítulo argentino", "la sección chilena"
    r"|argentin|chilen|urugua|brasil|brazil|brésil|mexic|mexica|canad|austral|japan|japon|giappon|colombi|peru"
    r"|bolivi|paragua|venezol|ecuator|cuban)\w*)\b", re.IGNORECASE)
_ARTICLE_CHARS = 12


def _a_bare_section(sentence: str, part: re.Match, group: int | str = 0) -> bool:
    start, end = part.span(group)
    return bool(_SECTION_NOUN.fullmatch(part.group(group))) and bool(
        _ARTICLE_BEFORE.search(sentence, max(0, start - _ARTICLE_CHARS), start)) and not (
        _QUALIFIER_AFTER.match(sentence, end))


def _counts_a_parts_members(sentence: str, count: Count) -> bool:
    section = _SECTION_AS_SUBJECT.match(sentence, count_context.clause_start(sentence, count.start))
    if section and not (_names_a_body(section.group("part")) or _a_bare_section(sentence, section, "part")
                        or _names_a_network(sentence, section.start("part"), section.end("part"))):
        return True
    if "," not in sentence[max(0, count.start - _RELATIVE_CLAUSE_CHARS):count.start]:
        return False
    clause = _RELATIVE_CLAUSE_TO_COUNT.search(sentence, max(0, count.start - _RELATIVE_CLAUSE_CHARS), count.start)
    if clause is None:
        return False
    start = max(0, clause.start() - _ANTECEDENT_CHARS)
    # the antecedent: from the clause mark before the relative pronoun's comma
    marks = [found.end() for found in _CLAUSE_MARK.finditer(sentence, start, clause.start())]
    part = _PART_NOUNS.search(sentence, marks[-1] if marks else start, clause.start())
    return bool(part) and not (_names_a_body(part.group()) or _a_bare_section(sentence, part)
                               or _names_a_network(sentence, part.start(), part.end())
                               or count_context.describes_the_organiser(sentence, part.end(), count.start)
                               or (count.unit == "associations"
                                   and _parent_before(sentence, part.end(), clause.start())))


# A count in a relative clause after a national body, or one the network's members form in their country: "In der
# Schweiz haben sich die Mitglieder im Verein Klima-Bündnis-Städte Schweiz zusammengeschlossen, der rund zwanzig
# Städte umfasst", "les membres de l'Alliance pour le climat se regroupent dans une association nationale qui rassemble
# une trentaine de villes", "los miembros de Cittaslow forman la red nacional, que agrupa a unas 30 ciudades", "i soci
# sono riuniti nel coordinamento nazionale, che conta 4000 comuni": that body's members, not the network's. A body
# named as a network of its own keeps its count (the network is no part of a longer name there), and so does a network
# the body's words name or describe.
_NATIONAL_BODY_CUES = ("national", "nazional", "nacional", "zusammengeschlossen", "regroup", "riunit", "reunid",
                       "forman", "formano", " form ", "grouped", "organi")
_NATIONAL_BODY = compile_guarded(
    r"\b(?:(?:association|réseau|coordination|network|red|asociación|coordinadora|rete|associazione|coordinamento"
    r"|verband|netzwerk|verein|federaci[óo]n|federazione|fédération|federation)\s+(?:national|nazional|nacional)\w*"
    r"|national(?:e[nr]?)?\s+(?:association|network|verband|netzwerk|verein|body|federation))\b", re.IGNORECASE)
_MEMBERS_GROUPED = compile_guarded(
    r"\b(?P<members>mitglieder|members|membres|miembros|soci|membri|aderenti)\b[^.;]{0,80}?"
    r"\b(?:zusammengeschlossen|organisiert|se\s+regroupent|regroupés|réunis|form|are\s+grouped|are\s+organi[sz]ed"
    r"|forman|se\s+agrupan|agrupados|reunidos|formano|sono\s+riuniti|riuniti|raggruppati|si\s+riuniscono)\b",
    re.IGNORECASE)
_RELATIVE_BEFORE_COUNT = re.compile(r"\b(?:which|that|qui|que|che|der|die|das|welche[sr]?)\s+[^,;:()]{0,60}$",
                                    re.IGNORECASE)
# the network whose members they are: "les membres de l'Alliance", "i soci del Patto", "the members of ICLEI"
_MEMBERS_OF = re.compile(r"(?:mitglieder|members|membres|miembros|soci|membri)\s+(?:des|der|of(?:\s+the)?|de(?:\s+la)?"
                         r"|del|dei|della|du|von)?\s*(?:l['’]\s*)?$", re.IGNORECASE)
# a network's name that goes on ("Klima-Bündnis-Städte Schweiz", "Klimabündnis Österreich"): a part of a longer name
_NAME_GOES_ON = re.compile(rf"-\w|\s+{_A_COUNTRY}\b")
_NATIONAL_BODY_CHARS = 160
_NAME_IN_APPOSITION_BEFORE = re.compile(r"(?-i:[A-ZÀ-Ý])[\w'’-]*\s*(?:\([^()]{1,12}\))?\s*,\s*(?:[^\W\d_]+\s+)?$")


def _counts_a_national_bodys_members(sentence: str, count: Count) -> bool:
    lowered = sentence.lower()
    if not any(cue in lowered for cue in _NATIONAL_BODY_CUES):
        return False
    relative = _RELATIVE_BEFORE_COUNT.search(sentence, max(0, count.start - _RELATIVE_CLAUSE_CHARS), count.start)
    if relative is None:
        return False
    start = max(0, relative.start() - _NATIONAL_BODY_CHARS)
    body = _NATIONAL_BODY.search(sentence, start, relative.start()) or _MEMBERS_GROUPED.search(
        sentence, start, relative.start())
    if body is None:
        return False
    mentions = find_networks(sentence)
    # the body is the network: in its name ("del Coordinamento nazionale degli enti locali per la pace, che conta"),
    # or in apposition to it ("Sister Cities New Zealand, the national association that supports 40 councils")
    if any(mention.start <= body.start() < mention.end for mention in mentions) or _NAME_IN_APPOSITION_BEFORE.search(
            sentence, max(0, body.start() - _ARTICLE_CHARS - 8), body.start()):
        return False
    return not any(body.start() <= mention.start and mention.end <= relative.start()
                   and not _MEMBERS_OF.search(sentence, max(0, mention.start - 20), mention.start)
                   and not _NAME_GOES_ON.match(sentence, mention.end)
                   for mention in mentions)


# "la section française du CCRE, qui fédère une soixantaine d'associations nationales": a national section is one
# association; the many that the relative clause after its parent's name counts are the parent's members.
_UP_TO_THE_COMMA = re.compile(r"\s*(?:\([^()]{1,20}\))?\s*")


def _parent_before(sentence: str, part_end: int, comma: int) -> bool:
    """A network named after the part's noun, its name (and its acronym in brackets) ending at the clause's comma."""
    return any(part_end <= mention.start and _UP_TO_THE_COMMA.fullmatch(sentence, mention.end, comma)
               for mention in find_networks(sentence[:comma]))


# A count in a relative clause that no comma sets apart, after a section (its qualifier says which: "le chapitre
# national qui regroupe une centaine de communes", "the national chapter that brings together 30 cities", "la
# sezione regionale che riunisce 100 comuni"), or in one a preposition opens ("il programma europeo sulle città
# climaticamente neutre, nel quale sono coinvolte 112 città", "le programme, auquel participent 100 villes", "the
# programme, in which 112 cities take part"): that part's or that programme's cities, not the network's.
_SECTION_BEFORE_RELATIVE = compile_guarded(
    rf"\b(?P<part>{_SECTION_NOUNS}|chapitres?|capitol[oi])\s+(?:[^\W\d_]+\s+)?"
    r"(?:qui|que|che|which|that)\s+[^,;:()]{0,60}$", re.IGNORECASE)
_PREPOSITIONAL_RELATIVE_TO_COUNT = re.compile(
    r",\s*(?:(?:in|at|to|for)\s+which|(?:dans|auquel|auxquels|à)\s+(?:lequel|laquelle|lesquels|lesquelles)"
    r"|auquel|auxquels|à\s+laquelle|(?:en|a|para)\s+(?:el|la|los|las)\s+(?:que|cual|cuales)"
    r"|(?:nel|nella|nei|nelle|al|alla|ai|alle|per\s+il|per\s+la)\s+(?:quale|quali)|(?:in|a|per)\s+cui"
    r"|(?:an|in|bei|zu)\s+(?:dem|der|denen))\s+[^,;:()]{0,60}$", re.IGNORECASE)


def _counts_in_a_relative_to_a_part(sentence: str, count: Count) -> bool:
    start = max(0, count.start - _RELATIVE_CLAUSE_CHARS)
    section = _SECTION_BEFORE_RELATIVE.search(sentence, start, count.start)
    if section and not (_names_a_body(section.group("part")) or _a_bare_section(sentence, section, "part")
                        or _names_a_network(sentence, section.start("part"), section.end("part"))):
        return True
    if "," not in sentence[start:count.start]:
        return False
    clause = _PREPOSITIONAL_RELATIVE_TO_COUNT.search(sentence, start, count.start)
    if clause is None:
        return False
    antecedent_start = max(0, clause.start() - _ANTECEDENT_CHARS)
    marks = [found.end() for found in _CLAUSE_MARK.finditer(sentence, antecedent_start, clause.start())]
    part = _PART_NOUNS.search(sentence, marks[-1] if marks else antecedent_start, clause.start())
    return bool(part) and not (_names_a_body(part.group()) or _a_bare_section(sentence, part)
                               or _names_a_network(sentence, part.start(), part.end()))


# "Liège siège au Bureau aux côtés d'une vingtaine de villes", "sits on the Executive Board alongside 20 other cities",
# "sitzt im Vorstand neben 20 weiteren Städten": the count of a governing body's members, named just before it.
_ALONGSIDE_BEFORE = compile_guarded(
    r"\b(?:aux\s+côtés\s+(?:de|d['’]|des)|alongside|together\s+with|neben|zusammen\s+mit|junto\s+(?:a|con)"
    r"|accanto\s+(?:a|ad)|insieme\s+(?:a|ad))(?:\s+|(?<=['’]))"
    r"(?:(?:une?|the|los|las|le|les|la|altre|other|weiteren|otras|autres)\s+)?"
    r"(?:[\w'’]+\s+){0,2}$", re.IGNORECASE)
_GOVERNING_BODY = compile_guarded(
    r"\b(?:bureau|board|conseil\s+d['’]administration|executive\s+(?:committee|council)|comité\s+(?:exécutif|directeur)"
    r"|vorstand|präsidium|consejo\s+(?:rector|ejecutivo|de\s+dirección)|junta\s+directiva|comité\s+ejecutivo"
    r"|consiglio\s+(?:direttivo|esecutivo)|comitato\s+(?:esecutivo|direttivo)|ufficio\s+di\s+presidenza)\b",
    re.IGNORECASE)
_ALONGSIDE_CHARS = 40
_GOVERNING_BODY_CHARS = 60


# "Le groupe des villes de l'UCV, qui rassemble les communes de plus de 10 000 habitants", "the cities group of the LGA,
# which brings together 60 councils", "die Gruppe der Großstädte im Städtetag, die 40 Städte umfasst": a group of some
# of a network's cities, named as the network's, whose own members and size the relative clause counts.
_GROUP_OF_CITIES = re.compile(
    r"\b(?:(?:groupe?|grupo|gruppo|gruppe)\s+(?:des|of|delle|de(?:\s+las)?|der)\s+(?:(?:grandes|large|big|grandi|großen)\s+)?"
    r"(?:villes|cities|città|ciudades|städte|communes|comuni|municipios)|cities\s+group|städtegruppe|gruppe\s+der"
    r"\s+gro(?:ß|ss)städte)\s+(?:de\s+l['’]\s*|de\s+la\s+|du\s+|des\s+|de\s+|of\s+(?:the\s+)?|della\s+|dell['’]\s*"
    r"|del\s+|im\s+|in\s+der\s+|des\s+|der\s+)", re.IGNORECASE)

_ACRONYM = re.compile(r"[A-ZÀ-Þ]{2,}(?:-[A-ZÀ-Þ]+)?\b")


def _counts_a_networks_group_of_cities(sentence: str, count: Count) -> bool:
    clause = _RELATIVE_CLAUSE_TO_COUNT.search(sentence, max(0, count.start - _RELATIVE_CLAUSE_CHARS), count.start)
    if clause is None or (group := _GROUP_OF_CITIES.search(
            sentence, max(0, clause.start() - _ANTECEDENT_CHARS), clause.start())) is None:
        return False
    # the network by its name, or by its acronym, which the page may have given only before the sentence
    return bool(_ACRONYM.match(sentence, group.end())) or any(
        mention.start == group.end() for mention in find_networks(sentence))


# "une vingtaine d'associations locales proposent des ateliers", "20 local associations", "asociaciones vecinales",
# "associazioni del territorio": a place's own societies, the partners of its events; a network's member associations
# are associations of local governments ("60 associations nationales").
_A_PLACES_ASSOCIATIONS_AFTER = re.compile(
    r"\s*\+?\s*(?:(?:local|neighbou?rhood|community)\s+associations|associations\s+(?:locales|de\s+quartier"
    r"|du\s+territoire|de\s+la\s+ville)|asociaciones\s+(?:locales|vecinales|de\s+vecinos|del\s+municipio)"
    r"|associazioni\s+(?:locali|del\s+territorio|cittadine))\b", re.IGNORECASE)


def _counts_a_places_associations(sentence: str, count: Count) -> bool:
    return count.unit == "associations" and bool(_A_PLACES_ASSOCIATIONS_AFTER.match(sentence, count.end))


def _counts_a_boards_members(sentence: str, count: Count) -> bool:
    alongside = _ALONGSIDE_BEFORE.search(sentence, max(0, count.start - _ALONGSIDE_CHARS), count.start)
    return bool(alongside) and bool(
        _GOVERNING_BODY.search(sentence, max(0, alongside.start() - _GOVERNING_BODY_CHARS), alongside.start()))


def _signatories_of_a_text(sentence: str, count: Count) -> bool:
    """"50 cities have signed the Eurocities pledge": a text's signatories; not when the text signed is a network
    ("ont signé le Pacte de Milan", whose signatories are its members)."""
    if (text := count_context.text_signed_after(sentence, count.end)) is None:
        return False
    return not any(mention.start <= text[0] < mention.end for mention in find_networks(sentence))
