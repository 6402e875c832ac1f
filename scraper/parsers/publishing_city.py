"""The city whose site publishes a page, and whether a sentence's joining is another city's.

`joined` is the publishing city's joining (the data contract). A page may tell another city's too: "Regensburg, one of
our twin cities, joined Eurocities in 2022", "En la región, Bogotá también es miembro de CGLU; se unió a la
organización en 2004". A careful reader knows whose site it is: its host names the city ("www.medellin.gov.co"), and
the page writes that name ("Medellín"). A joining whose subject is a city the page calls a twin or a partner, or a
place the page writes that is not the host's city, is another city's. So is the joining of another local authority,
one that bears the city's name too ("La Métropole Rouen Normandie est membre d'Energy Cities depuis 2017", "Der
Landkreis Darmstadt-Dieburg ist Mitglied im Klima-Bündnis"), named as another body, unless the page is that
authority's own (its address spells the authority's noun: "metropole.nantes.fr", "/Dijon-metropole/"; or the page has
it act throughout, as the one it speaks for: "Brest métropole s'appuie sur plusieurs réseaux ... la métropole est
membre de ...").
"""

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import cached_property
from urllib.parse import urlsplit

from .text import compile_guarded

_UPPER = "A-ZÀ-ÖØ-ÞĀ-ž"

# Words of hosts that name no city: "www.comune.trieste.it", "news.leeds.gov.uk", "international.aarhus.dk".
_GENERIC_HOST_WORDS = frozenset({
    "www", "web", "news", "presse", "press", "noticias", "notizie", "diario", "international", "city", "ville",
    "stadt", "comune", "citta", "ciudad", "ayuntamiento", "ajuntament", "mairie", "metropole", "gov", "gob", "gouv",
    "example", "portal", "site", "online", "info", "council", "municipio", "gemeinde", "landeshauptstadt",
})
_HOST_WORD_CHARS = 4  # "fi" of "comune.fi.it" is no name to look for
_CAPITALISED = compile_guarded(rf"(?<![\w’'\-])[{_UPPER}][\w’'\-]{{3,}}")

# A town's noun before its name, with a determiner and an adjective or two: "Our twin town ", "La ville de ", "Unsere
# Partnerstadt ", "La ciudad hermana de ", "The City of " (whose name the subject is, not the noun's); a neighbour
# named by that word alone: "die Nachbarstadt ", "la vecina ", "la vicina ", "la ville voisine de ".
_TOWN_NOUN = (r"(?i:(?:the|our|la|le|notre|die|unsere|el|nuestra|la\s+nostra|il\s+nostro|il|lo)\s+)"
              r"(?i:[a-zà-öø-ÿ]+\s+){0,2}?"
              r"(?i:towns?|city|ville|cité|commune|stadt|partnerstadt|schwesterstadt|gemeinde|ciudad|città|comune"
              r"|nachbarstadt|nachbargemeinde|nachbarkommune|vecina|vicina)"
              r"(?:\s+(?i:jumelle|partenaire|hermana|gemella|amica|voisine|vecina|vicina))?"
              r"\s+(?:(?i:of|de|di|del|von)\s+)?")

# A name opening a clause: at the sentence's start, after an opening phrase and its comma ("En la región, Bogotá"),
# after a semicolon or a conjunction ("..., and Aberdeen joined"), after "also".
_SUBJECT = re.compile(
    rf"(?:^|[;:]\s*|,\s+|\b(?:and|but|while|et|mais|tandis\s+que|y|pero|mientras\s+que|e|ma|mentre|und|aber)\s+"
    # after the date opening the sentence: "Dal 2012 anche Reggio Emilia partecipa", "Since 2015 Leeds has taken part"
    r"|^(?i:depuis|since|seit|desde|dal|en|in|nel|im)\s+(?:1[89]|20)\d\d\s+)"
    # "Anche Terni, in Umbria, ne è membro", "Also Regensburg joined"
    r"(?:(?i:also|aussi|même|auch|anche|también|tambien|pure)\s+)?"
    # the name behind its town's noun: "Our twin town Osnabrück", "La ville de Namur", "Unsere Partnerstadt Marburg"
    rf"(?P<noun>{_TOWN_NOUN})?"
    # a name in two languages set apart by a slash: "Donostia / San Sebastián", "Bozen/Bolzano"
    rf"(?P<name>[{_UPPER}][\w’'\-]+(?: (?:(?:de|del|di|am|an\s+der|sur|upon)\s+)?[{_UPPER}][\w’'\-]+){{0,2}}"
    rf"(?: ?/ ?[{_UPPER}][\w’'\-]+(?: [{_UPPER}][\w’'\-]+){{0,2}})?)"
    # what the name is, set off by commas ("Regensburg, one of our twin cities,"), then its verb; or its verb at once: a
    # lowercase word that is no preposition ("Membre depuis 2012" is a label; "a" is French's auxiliary before a
    # joining's verb: "Colmar a rejoint la plateforme en 2012")
    r"(?:(?P<apposition>\s*,\s+[^,;:]{3,90},)(?=\s+[a-zà-öø-ÿ])"
    r"|(?=\s+(?!(?:d['’]|l['’]|depuis|since|seit|desde|dal|de|of|in|en|à|a(?!\s+(?:rejoint|adhéré|intégré))|von|du|des|del|della|di|for|pour|para|per|für|y|et"
    r"|and|und|e)\s)[a-zà-öø-ÿ]))")
# Words that open a sentence in capitals and name no one: "The council", "La ciudad", "Nous", "Depuis".
_NO_NAME = frozenset({
    "the", "this", "these", "our", "its", "their", "we", "it", "they", "since", "le", "la", "les", "ce", "cette",
    "notre", "nous", "elle", "depuis", "der", "die", "das", "wir", "sie", "seit", "el", "los", "las", "este", "esta",
    "nuestra", "nuestro", "desde", "il", "lo", "gli", "questa", "questo", "noi", "dal", "dalla", "en", "in", "im",
    "membre", "member", "miembro", "membro", "mitglied",
    # a preposition opening the sentence: "Con la firma del sindaco, il Comune ha aderito", "Tras el acuerdo del Pleno",
    # "Avec la délibération du 12 mars", "With the council's approval", "Nach dem Beschluss" (folded, as names are)
    "con", "tras", "avec", "apres", "with", "after", "mit", "nach", "dopo", "por", "par", "per", "grace", "thanks",
    "dank", "gracias", "grazie", "lors", "durante", "pendant", "during", "wahrend", "upon",
    # a date's or a meeting's preposition, alone or with its article: "Nel marzo 2015 il Consiglio comunale ha
    # approvato l'adesione", "Nella seduta del 3 marzo", "Al año siguiente", "Au printemps 2015", "At its meeting"
    "nel", "nella", "nello", "nei", "negli", "nelle", "al", "alla", "allo", "ai", "agli", "alle", "a", "da", "tra",
    "fra", "sin", "hace", "hasta", "entre", "sobre", "bajo", "au", "aux", "dans", "sur", "sous", "pour",
    "at", "on", "by", "from", "following", "under", "am", "zum", "zur", "vom", "beim", "ab", "bis", "vor", "durch",
})
_PARTNER = compile_guarded(
    r"\b(?:twin(?:ned)?|sister|partner|jumel\w*|partnerst[äa]dt\w*|schwesterstadt|hermana|hermanad\w*"
    r"|gemell\w*|gemella)\b", re.IGNORECASE)
# A neighbour named by its town's noun ("die Nachbarstadt Neu-Ulm", "la ville voisine de Parthenay", "la vecina
# Barranquilla"), another city than the one whose site it is; in an apposition after the name ("Ulm, Nachbarstadt von
# Neu-Ulm,") the word may describe the publishing city itself.
_NEIGHBOUR = compile_guarded(r"\b(?:neighbou?ring|voisine?|nachbar\w*|vecin[oa]|vicin[oa])\b", re.IGNORECASE)
def _folded(word: str) -> str:
    """Lowered, without accents nor apostrophes: "N'Djamena" and "N’Djamena" are the host's "ndjamena"."""
    return unicodedata.normalize("NFKD", word.lower().replace("ß", "ss").replace("'", "")).encode(
        "ascii", "ignore").decode()


def _host_words(url: str) -> list[str]:
    host = urlsplit(url).hostname or ""
    return [word for word in re.split(r"[.\-]", host)
            if len(word) >= _HOST_WORD_CHARS and word not in _GENERIC_HOST_WORDS]


def _spelled_by_host(word: str, host_words: tuple[str, ...]) -> bool:
    """"Medellín" in "medellin", "Köln" in "stadt-koeln", "Aberdeen" in "aberdeencity"."""
    spellings = {_folded(word), _folded(word.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue"))}
    return any(spelling in host_word for spelling in spellings for host_word in host_words)


@dataclass(frozen=True)
class PublishingCity:
    """The city of the page's host and the page's text; the names the page writes for that city are read when a
    joining's subject is first tested (most pages state no joining). `address` is the page's URL, folded to its
    letters: the local authority whose section of the site the page is in ("metropole", "landkreis")."""
    host_words: tuple[str, ...]
    text: str
    address: str = ""

    @cached_property
    def names(self) -> frozenset[str]:
        """The names the page writes for the city of its host (none when it writes none)."""
        return frozenset(_folded(word) for word in set(_CAPITALISED.findall(self.text))
                         if _spelled_by_host(word, self.host_words))

    def is_own(self, name: str) -> bool:
        """"Aberdeen City Council", "Medellín": a name one of whose words is the city's; "The Council", "La Ville"
        too."""
        words = [_folded(word) for word in re.findall(r"[^\W\d_]+", name)]  # "Glasgow's Lord Provost"
        return (words[0] in _GENERIC_HOST_WORDS or words[0] in _NO_NAME or any(word in self.names for word in words)
                or _folded(name) in self.names)  # "N’Djamena", one word

    @cached_property
    def authorities_acting(self) -> frozenset[str]:
        """The local authorities the page has act more than once, as the one it speaks for ("Brest métropole
        s'appuie sur plusieurs réseaux", "la métropole est membre de ...", "la métropole consacre 420 000 euros"):
        their nouns, folded to their letters."""
        acting = Counter(_letters(found.group("noun")) for found in _AUTHORITY_ACTING.finditer(self.text))
        return frozenset(noun for noun, times in acting.items() if times >= _ACTING_TIMES)

    def names_the_city(self, text: str) -> bool:
        return any(_folded(word) in self.names for word in _CAPITALISED.findall(text))

    def is_proper_name(self, name: str) -> bool:
        """A name the page writes in capitals inside a sentence too, not only at the start of one ("Nous")."""
        return re.search(rf"(?:[a-zà-öø-ÿ,]\s+|\(){re.escape(name)}\b", self.text) is not None


def publishing_city(url: str, text: str) -> PublishingCity:
    return PublishingCity(tuple(_host_words(url)), text, _letters(url))


def _letters(text: str) -> str:
    return re.sub(r"[^a-z]", "", _folded(text))


# Local authorities other than a city: a metropolis's, an agglomeration's, a district's, a county's, a region's, a
# province's body ("la Métropole", "der Landkreis", "the County Council", "la Diputación", "la Città metropolitana"); a
# French département as its council or by its own noun ("le Département du Territoire de Belfort a rejoint"), not a
# city's service ("le département des relations internationales": no name after it).
_AUTHORITY = (r"(?i:eurom[ée]tropole|m[ée]tropole|agglom[ée]ration"
              r"|communaut[ée]\s+(?:de\s+communes|d['’]agglom[ée]ration|urbaine)|conseil\s+(?:d[ée]partemental|r[ée]gional)"
              r"|d[ée]partement(?!\s+des\s)|r[ée]gion|province|intercommunalit[ée]"
              r"|landkreis|kreis|st[äa]dteregion|regionalverband|metropolregion|region|bezirk|bundesland|provinz"
              r"|county(?:\s+council)?|regional\s+council|combined\s+authority|metropolitan\s+(?:area|region|county)"
              r"|diputaci[óo]n|comunidad|provincia|regi[óo]n|[áa]rea\s+metropolitana|generalitat|cabildo"
              r"|consell\s+(?:comarcal|insular)|mancomunidad|comarca"
              r"|citt[àa]\s+metropolitana|regione|unione\s+dei\s+comuni|comunit[àa]\s+montana)")
# The authority as the subject opening the clause: after an opening phrase and its comma ("Depuis 2017, la Métropole"),
# after the verb German puts second ("Seit 2010 ist der Landkreis"), with the names English writes before the noun
# ("Kent County Council").
_AUTHORITY_SUBJECT = re.compile(
    r"\s*(?:[^,;:]{3,60},\s+|(?i:seit|heute|inzwischen|mittlerweile|auch)\b[^,;:]{0,30}?\s(?i:ist|wurde|hat|trat|gehört)\s+)?"
    r"(?:(?i:auch|aussi|also|también|anche|inoltre)\s+)?(?:(?i:the|la|le|der|die|das|el|il|lo)\s+|(?i:l)['’]\s*)?"
    rf"(?P<names>(?:[{_UPPER}][\w-]+\s+){{0,2}})(?P<noun>{_AUTHORITY})\b")
# Its name after its noun: "La Métropole Rouen Normandie", "der Landkreis Darmstadt-Dieburg", "la Diputación de
# Cádiz", "la Città metropolitana di Cagliari". Unnamed ("la métropole en est membre"), it is the body the page speaks
# for: a city's site that is its metropolis's too.
_NAMED_AFTER = re.compile(
    rf"\s+(?:(?i:de\s+la|de|du|des|of|von|di|del|della|dello)\s+|(?i:d|l|dell)['’]\s*)?[{_UPPER}]")
# The city beside it in the subject: "La Métropole et la Ville de Rouen sont membres", "der Landkreis und die Stadt".
_WITH_THE_CITY = compile_guarded(
    r"\b(?:et|and|und|y|e|sowie|ainsi\s+que|as\s+well\s+as|comme|like|wie|como|come)\s+"
    r"(?:(?:the|la|le|die|el|il)\s+|l['’]\s*)?(?:ville|city|town|stadt|ciudad|città|comune|commune|ayuntamiento"
    r"|municipio|gemeinde)\b", re.IGNORECASE)
# An authority as the subject of a verb: "la métropole adhère", "Brest métropole a rejoint" (not "une métropole de 71
# communes", nor its full name "La Métropole Rouen Normandie est", which the page may give once when it tells another
# body's facts).
_AUTHORITY_ACTING = compile_guarded(
    rf"(?:(?i:la|le|the|der|die|el|il)\s+|(?i:l)['’]\s*|[{_UPPER}][\w-]+\s+)(?P<noun>{_AUTHORITY})\s+"
    r"(?!(?:de|du|des|d['’]|of|von|di|del|della)\b)[a-zà-öø-ÿ]")
_ACTING_TIMES = 2
# A row's label ("Nota: La Diputación ...") or another clause ("...; la Métropole") before the subject.
_CLAUSE_BREAK = re.compile(r"[;:]")


# A city's epithet opening a clause after another, as its subject: "; die Landeshauptstadt trat 2019 bei", "; la
# capitale l'a rejoint en 2015", ", and the state capital joined in 2019", "; il capoluogo ha aderito nel 2019". It
# names the city the sentence named before it.
_EPITHET_SUBJECT = re.compile(
    r"(?:[;:]|,\s+(?:und|and|et|y|e|mais|but|aber|pero|ma))\s+(?:(?i:die|la|the|el|il)\s+|(?i:l)['’]\s*)"
    r"(?:[a-zà-öø-ÿ]+\s+)?(?:[A-ZÄÖÜ][a-zäöüß]*(?:hauptstadt|stadt)|(?i:capitale|capital|capoluogo))\b")
# Another place named before: after a word that singles it out or places it ("nur Erfurt", "aus Thüringen", "seule
# Grenoble", "only Leeds", "solo Bogotá", "anche Bergamo"), as German writes its nouns in capitals too.
_PLACE_NAMED = compile_guarded(
    rf"\b(?:nur|auch|neben|außer|wie|etwa|aus|only|also|like|seule?|seulement|aussi|comme|solo|sólo|también|como"
    rf"|anche|come|soltanto|solamente)\s+(?P<name>[{_UPPER}][\w’'\-]{{2,}})", re.IGNORECASE)


def joined_by_the_city_named_before(sentence: str, position: int, city: PublishingCity,
                                    networks: list[tuple[int, int]]) -> bool:
    """The joining at `position` is in a clause whose subject is a city's epithet ("die Landeshauptstadt", "la
    capitale"), after a clause that names another place and not the publishing city: "Aus Thüringen ist bislang nur
    Erfurt Mitglied der Koalition; die Landeshauptstadt trat 2019 bei" is Erfurt's joining."""
    epithet = None
    for found in _EPITHET_SUBJECT.finditer(sentence, 0, position):
        epithet = found
    if epithet is None or not city.names:
        return False
    before = sentence[:epithet.start()]
    if city.names_the_city(before):
        return False
    return any(not city.is_own(place.group("name")) and not any(
        start < place.end() and place.start("name") < end for start, end in networks)
        for place in _PLACE_NAMED.finditer(before))


# The city set aside as the subject, another body named in its place: "C'est la Communauté urbaine, et non la Ville,
# qui est adhérente", "It is the County, not the City, that is the member", "Mitglied ist der Landkreis, nicht die
# Stadt", "Es la Diputación, y no el Ayuntamiento, la que está adherida", "È la Città metropolitana, e non il Comune,
# a essere socia".
_NOT_THE_CITY = compile_guarded(
    r"\b(?:(?:et|mais)\s+non|(?:and|but)\s+not|not|nicht|(?:y|pero)\s+no|(?:e|ma)\s+non)\s+"
    r"(?:la|the|die|el|il)\s+(?:ville|city|town|stadt|gemeinde|ciudad|ayuntamiento|municipio|comune|città)\b",
    re.IGNORECASE)


def joined_by_another_authority(sentence: str, position: int, city: PublishingCity,
                                networks: list[tuple[int, int]]) -> bool:
    """The joining at `position` (its date or its verb) is in a clause whose subject is another local authority than
    the city, on a page that is not that authority's, or one that sets the city aside ("et non la Ville")."""
    start = max((found.end() for found in _CLAUSE_BREAK.finditer(sentence, 0, position)), default=0)
    if _NOT_THE_CITY.search(sentence, start, position):
        return True
    if (relative := _AUTHORITY_IN_A_RELATIVE_CLAUSE.search(sentence, start, position)) and not _CLAUSE_BREAK.search(
            sentence, relative.end(), position):
        noun = _letters(relative.group("noun"))
        return noun not in city.address and noun not in city.authorities_acting
    subject = _AUTHORITY_SUBJECT.match(sentence, start)
    if subject is None or any(begin < subject.end("noun") and subject.start("noun") < end for begin, end in networks):
        return False
    if not (subject.group("names") or _NAMED_AFTER.match(sentence, subject.end())):
        return False
    end = found.start() if (found := _CLAUSE_BREAK.search(sentence, max(position, subject.end()))) else len(sentence)
    noun = _letters(subject.group("noun"))
    return (noun not in city.address and not _WITH_THE_CITY.search(sentence, subject.end(), end)
            and noun not in city.authorities_acting)


# Another authority as the subject of a relative clause about the network: "Intercommunalités de France, que
# l'Agglomération a rejointe en 2003", "which the County Council joined in 2003", "dem der Landkreis 2003 beitrat", "a
# la que la Diputación se adhirió en 2003", "a cui la Città metropolitana ha aderito nel 2003": the clause names its
# subject, not the city, named or not.
_AUTHORITY_IN_A_RELATIVE_CLAUSE = re.compile(
    r"(?:,\s*|\s)(?i:que|qu['’]|which|that|dem|der|die|das|(?:a\s+)?(?:la|el|los|las)\s+que|al\s+que|a\s+cui|cui|che)"
    r"\s*(?:(?i:the|la|le|der|die|das|el|il)\s+|(?i:l)['’]\s*)"
    rf"(?P<noun>{_AUTHORITY})\b")


# A connective opening the sentence before its comma ("Enfin, Chambéry est membre", "Finally, Leeds", "Por último,
# Cochabamba", "Infine, Treviso", "Außerdem, ..."): no name, the subject follows it.
_OPENING_CONNECTIVE = re.compile(
    r"\s*(?:enfin|finalement|ensuite|puis|de\s+plus|en\s+outre|par\s+ailleurs|également|aujourd['’]hui|désormais"
    r"|actuellement|en\s+effet|finally|lastly|moreover|furthermore|besides|additionally|in\s+addition|today"
    r"|currently|likewise|similarly|schließlich|außerdem|zudem|darüber\s+hinaus|heute|zuletzt|por\s+último"
    r"|finalmente|además|asimismo|hoy|actualmente|igualmente|por\s+otra\s+parte|infine|inoltre|infatti|oggi"
    r"|attualmente|altresì|per\s+finire|da\s+ultimo)(?=\s*,)", re.IGNORECASE)


def _subject_before(sentence: str, position: int) -> re.Match | None:
    """The last name opening a clause before `position`: whose the clause's verb is."""
    subject = None
    opening = _OPENING_CONNECTIVE.match(sentence)
    for found in _SUBJECT.finditer(sentence, opening.end() if opening else 0):
        if found.end("name") > position:  # "La ville de Namur, qui a rejoint l'association en 2024,"
            break
        subject = found
    return subject


def joined_by_another_city(sentence: str, position: int, lang: str | None, city: PublishingCity,
                           networks: list[tuple[int, int]]) -> bool:
    """The joining at `position` has another city as its subject: one the sentence calls a twin or a partner, or a
    proper name the page writes that is not the publishing city's (when the page writes the publishing city's
    name)."""
    if lang == "de" and (after := _GERMAN_SUBJECT_AFTER_VERB.match(sentence, position)) and not any(
            start < after.end("name") and after.start("name") < end for start, end in networks):
        return _another_city_after_the_verb(sentence, after, city, networks)
    if (lang == "de" and _another_town_named_before(sentence, position, city)) or _joined_in_a_names_relative(
            sentence, position, city, networks):
        return True
    subject = _subject_before(sentence, position)
    if subject is None or any(start < subject.end("name") and subject.start("name") < end for start, end in networks):
        return False
    name = subject.group("name")
    # "2017: Alimentación sostenible Montevideo firma el Pacto": the publishing city named before the verb is its
    # subject; named inside the subject's apposition, it is not ("Anche Bergamo, con cui Brescia ha condiviso il
    # titolo, ha aderito")
    if city.is_own(name) or city.names_the_city(sentence[max(subject.end(), subject.end("name")):position]):
        return False
    if _PARTNER.search(subject.group("apposition") or "") or _PARTNER.search(subject.group("noun") or "") or (
            _NEIGHBOUR.search(subject.group("noun") or "")):
        return True
    if _a_membership_in_the_apposition(sentence, subject, position):
        return bool(city.names)
    # German writes every noun in capitals: a name in capitals is no sign of a place there, but one the joining's
    # verb follows with no other subject is; elsewhere a name in capitals inside the sentence is one, and so is one
    # opening it that the page writes inside another, or one the joining's verb follows at once or after the name's
    # apposition
    if lang == "de":
        return bool(city.names) and _german_joins_right_after(sentence, subject) and (
            city.text.count(name) < _OWN_NAME_TIMES)
    joins_after_name = _joining_verb_follows_the_name(sentence, subject)
    return bool(city.names) and (subject.start("name") > 0 or city.is_proper_name(name)
                                 or (joins_after_name and city.text.count(name) < _OWN_NAME_TIMES))


# The joining told in the apposition that describes the name as a member: "Calgary, a member since 2016, will act as
# Edmonton's mentor city", "Lyon, membre depuis 2001, en assure la vice-présidence", "Nürnberg, Mitglied seit 1992,
# unterstützt", "Medellín, miembro desde 1995, será", "Bologna, socia dal 1993, sarà": that name's membership.
_MEMBER_APPOSITION = re.compile(
    r"\s*,\s+(?:(?i:a|an|un|une|una|uno|ein|eine|el|la|il)\s+)?(?:[\w-]+\s+)?"
    r"(?i:members?|membres?|miembros?|membr[oi]|soci[oa]|(?:gründungs)?mitglied|adhérente?)\b")


def _a_membership_in_the_apposition(sentence: str, subject: re.Match, position: int) -> bool:
    return (subject.group("apposition") is not None
            and subject.start("apposition") <= position < subject.end("apposition")
            and _MEMBER_APPOSITION.match(sentence, subject.end("name")) is not None)


# German puts the subject right after the finite verb when the clause opens with something else: "2019 trat die
# Partnerstadt Lyon Eurocities bei", "Im Jahr 2019 trat Lyon dem Klima-Bündnis bei".
_GERMAN_SUBJECT_AFTER_VERB = re.compile(
    rf"(?i:trat|tritt)\s+(?:(?i:die|unsere)\s+(?P<noun>[\w-]{{0,20}}(?:stadt|gemeinde)),?\s+)?"
    rf"(?P<name>[{_UPPER}][\w’'\-]+)")


def _another_city_after_the_verb(sentence: str, after: re.Match, city: PublishingCity,
                                 networks: list[tuple[int, int]]) -> bool:
    """A twin or a neighbour by its noun, or a name the page writes that is not the publishing city's, the network
    right after it (a noun in capitals, "trat Oberbürgermeister Müller ... bei", is no name)."""
    noun = after.group("noun") or ""
    if _PARTNER.search(noun) or _NEIGHBOUR.search(noun):
        return True
    name = after.group("name")
    network_next = _DATIVE_OR_NOTHING.match(sentence, after.end("name"))
    return bool(network_next) and any(start == network_next.end() for start, _ in networks) and bool(
        city.names) and not city.is_own(name) and city.text.count(name) < _OWN_NAME_TIMES


_DATIVE_OR_NOTHING = re.compile(r"\s+(?:(?:dem|der|den)\s+)?")
# A town by its noun and its name, wherever German puts the subject: "Aus der Region ist die Landeshauptstadt Stuttgart
# bereits seit 2013 dabei", "Seit 2015 ist auch die Nachbarstadt Neckarsulm Mitglied".
_GERMAN_TOWN_NAMED = re.compile(
    rf"\b(?i:die|unsere)\s+(?i:[\w-]{{0,20}}(?:stadt|gemeinde))\s+(?P<name>[{_UPPER}][\w’'\-]+)")


def _another_town_named_before(sentence: str, position: int, city: PublishingCity) -> bool:
    """The clause of the joining at `position` names, before it, a town by its noun that is not the publishing city
    (nor a name the page writes as often as its own: "die Stadt Zug", a name too short to be read as the host's)."""
    clause_start = max((found.end() for found in _CLAUSE_BREAK.finditer(sentence, 0, position)), default=0)
    return bool(city.names) and any(
        not city.is_own(found.group("name")) and city.text.count(found.group("name")) < _OWN_NAME_TIMES
        for found in _GERMAN_TOWN_NAMED.finditer(sentence, clause_start, position))


# A joining's finite verb right after the name that opens the sentence: "Port-Gentil a rejoint le réseau en 2019",
# "Owendo joined", "Getafe se unió", "Terni ha aderito". French and English write no sentence's subject without its
# article but a name or a pronoun (the pronouns are no names); Spanish and Italian may leave the subject out after an
# adverb ("Posteriormente se unió a la red", "Successivamente ha aderito"), which is no name either.
_JOINING_VERB_AFTER_NAME = re.compile(
    r"\s+(?:a\s+(?:rejoint|adhéré|intégré)|adhère|rejoint|est\s+(?:membre|adhérente?)|fait\s+partie"
    r"|(?:has\s+)?joined|joins|is\s+(?:now\s+)?a\s+member|has\s+been\s+a\s+member|became\s+a\s+member"
    r"|se\s+(?:unió|adhirió|incorporó|sumó)|es\s+miembro|forma\s+parte|ingresó"
    r"|ha\s+aderito|aderisce|è\s+(?:membro|soci[oa]|entrat[oa])|fa\s+parte|si\s+è\s+unit[oa])\b")
# A name the page writes that often is the city's other name, whatever its host spells ("San Sebastián" on
# donostia.eus); another city a page tells of it names once or twice.
_OWN_NAME_TIMES = 3
_ADVERB = re.compile(r"\w+mente|\w+ly|(?i:además|asimismo|luego|después|ya|hoy|ahora|inoltre|infine|poi|quindi|già|oggi"
                     r"|ora|allora|così|ensuite|puis|aujourd\W*hui|désormais|then|today|now)", re.IGNORECASE)


def _joining_verb_follows_the_name(sentence: str, subject: re.Match) -> bool:
    """The joining's verb follows the name that opens the sentence at once ("Port-Gentil a rejoint"), or after the
    apposition that sets it off ("Brazzaville, voisine de l'autre rive du fleuve, a rejoint Metropolis en 2019"); an
    adverb before a subject left out is no name ("Posteriormente, en 2015, se unió")."""
    if _ADVERB.fullmatch(subject.group("name")) is not None:
        return False
    if subject.group("apposition") is None:
        return _JOINING_VERB_AFTER_NAME.match(sentence, subject.end("name")) is not None
    if _RELATIVE_BEFORE_THE_JOINING.match(sentence, subject.end("name")):
        return True
    return subject.group("noun") is None and _JOINING_VERB_AFTER_NAME.match(sentence, subject.end()) is not None


# The joining's verb in a relative clause right after the name: "Medellín, que se unió a la red en 2004, y Bogotá
# acompañarán", "Namur, qui depuis 2019 est membre", "Leeds, which joined in 2005,", "Torino, che dal 2008 aderisce".
_RELATIVE_BEFORE_THE_JOINING = re.compile(
    r"\s*,\s+(?:que|qui|which|who|che)(?:\s+(?:en|in|nel|depuis|since|desde|dal)\s+(?:1[89]|20)\d\d,?)?"
    + _JOINING_VERB_AFTER_NAME.pattern)


# A name anywhere in the sentence, then the relative clause of its joining: "ciudades como Valencia, que se adhirió en
# 2015, Madrid o Córdoba", "des villes comme Lyon, qui a adhéré en 2015", "cities such as Leeds, which joined in 2005".
_NAME_THEN_ITS_JOINING = re.compile(rf"(?<![\w’'\-])(?P<name>[{_UPPER}][\w’'\-]+)"
                                    + _RELATIVE_BEFORE_THE_JOINING.pattern)
_RELATIVE_DATE = re.compile(r"[^,;:.]{0,40}")  # the joining's date after its verb, in the relative clause


def _joined_in_a_names_relative(sentence: str, position: int, city: PublishingCity,
                                networks: list[tuple[int, int]]) -> bool:
    """The joining at `position` is told in a relative clause after a name that is not the publishing city's."""
    return bool(city.names) and any(
        found.start("name") < position <= _RELATIVE_DATE.match(sentence, found.end()).end()
        and not city.is_own(found.group("name"))
        and not any(start < found.end("name") and found.start("name") < end for start, end in networks)
        for found in _NAME_THEN_ITS_JOINING.finditer(sentence))


# German puts the finite verb second, and the subject right before it or right after it: a name opening the clause
# whose joining's verb follows with no subject after it ("Hannover ist bereits seit 2012 Mitglied", "Oldenburg trat
# 2019 dem Netzwerk bei", "Kassel gehört seit 2015 dazu") is the joining's subject; after "Seither ist sie Mitglied",
# "Zudem ist die Stadt Mitglied", "Heute ist Göttingen Mitglied", the name opening it is no subject. "Graz ist seit
# 1998 dabei" tells the membership too.
_GERMAN_GAP_WORD = r"(?:(?!(?:sie|er|es|wir|man|die|das|ein|eine)\b)[a-zäöüß]+|(?:19|20)\d\d|(?:dem|den|der)\s+[\w-]+)"
_GERMAN_JOINING_VERB_AFTER_NAME = re.compile(
    rf"\s+(?:(?:ist|wurde)(?:\s+{_GERMAN_GAP_WORD}){{0,5}}?\s+(?:Mitglied|Gründungsmitglied|beigetreten|dabei)\b"
    rf"|trat(?:\s+{_GERMAN_GAP_WORD}){{0,5}}?\s+bei\b|gehört(?:\s+{_GERMAN_GAP_WORD}){{0,5}}?\s+(?:an|dazu)\b"
    rf"|hat\s+sich(?:\s+{_GERMAN_GAP_WORD}){{0,5}}?\s+angeschlossen\b)")


def _german_joins_right_after(sentence: str, subject: re.Match) -> bool:
    return (subject.group("apposition") is None and subject.group("noun") is None
            and _GERMAN_JOINING_VERB_AFTER_NAME.match(sentence, subject.end("name")) is not None)
