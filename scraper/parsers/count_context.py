"""Whether a count in a sentence is what a network has now, or something else the sentence counts: the
participants of an event, or a figure the sentence itself puts in the past.

"Le congrès a réuni 1 200 participants venus de 90 pays" counts an event's audience; "En 2012, le réseau
réunissait 113 villes" and "comptait à l'époque 27 capitales" are history. Neither is a current member fact.
"""

import re
from bisect import bisect_right
from datetime import date
from functools import lru_cache

from .dates import MONTH_PATTERN
from .numbers import HEDGE_WORDS
from .text import case_blind_search, compile_guarded, lowered_alike
from .vocabulary import FOUNDING_VERBS

# A clause ends at these: an apposition ("L'AIMF, qui réunit 325 villes, a tenu son congrès") keeps its count.
_CLAUSE_END = re.compile(r"[,;:()–—]|\s-\s")
# French plurals written inclusively: "délégué-e-s", "participant·es", "délégué.e.s", "invité(e)s".
_FEMININE = r"(?:e|[·.\-]e[·.\-]?|\(e\))?"
# The audience of an event: whoever came, not who is a member.
_PARTICIPANTS = case_blind_search(compile_guarded(
    rf"\b(?:participant{_FEMININE}s|délégué{_FEMININE}s|délégations|invité{_FEMININE}s|visiteurs"
    rf"|venu{_FEMININE}s\s+(?:de\b|d['’])|attendees|delegates"
    r"|delegations|participants|visitors|guests|attended|took\s+part|teilnehm\w*|delegierte\w*|delegationen|g[äa]ste"
    rf"|attendu{_FEMININE}s|expected|erwartet|esperados|se\s+esperan?|attesi|fachleute|experts|expert{_FEMININE}s|experten|expertos"
    r"|esperti|représentant(?:e)?s|representatives|vertreter\w*|representantes|rappresentanti"
    r"|participantes|delegados|delegaciones|asistentes|invitados|partecipanti|delegati|delegazioni|ospiti"
    r"|nahmen\s+teil|teilgenommen|asistieron|participaron|partecipato|parteciparono|ont\s+particip[ée]|participèrent"
    # the German verb split round its counted subject: "Am Treffen nahmen 120 Städte teil", "nehmen rund 40 Kommunen
    # teil" (not "zählt 200 Städte und nimmt an Projekten teil")
    r"|(?:nahmen|nehmen)\s[^,;.:\d]{0,30}\d[^,;.:]{0,40}?\steil"
    r"|attend(?:ed|ing)|came\s+from|venaient|kamen"
    # "con la partecipazione di 48 città", "with the participation of", "unter Beteiligung von"
    r"|(?:con|avec|with|unter|mit)\s+(?:la\s+|the\s+|der\s+)?(?:partecipazione|participation|participación"
    r"|beteiligung|teilnahme)"
    # who takes part in a forum or is picked for a programme: "70 participating cities", "one of the 100 cities
    # selected for the EU Mission"
    r"|participating|participantes?|participantes|teilnehmende\w*|partecipant\w*"
    r"|selected|chosen|shortlisted|sélectionnée?s|ausgewählte?n?|seleccionad[oa]s|selezionat[ei])\b",
    re.IGNORECASE))
# Newcomers: "Twelve cities in Germany and Mexico joined in October", "cinq villes ont rejoint le réseau".
_NEWCOMERS = compile_guarded(
    r"\b(?:(?:have|has)\s+(?:just\s+|recently\s+)?joined|joined|signed\s+up|ont\s+(?:rejoint|adhéré)"
    r"|(?:sind|haben)\s+[^,;]{0,40}?beigetreten|beigetreten\s+sind|se\s+(?:han\s+)?(?:unido|sumado|adherido)"
    r"|hanno\s+aderito|(?:si\s+)?sono\s+unite)\b", re.IGNORECASE)
# An event or a project named before the count in its clause: "le congrès a rassemblé des maires de 54 pays".
_EVENT = compile_guarded(
    r"\b(?:congrès|sommet|assemblée|conférence|forum|rencontre|réunion|cérémonie|colloque|séminaire|congress|summit"
    r"|conference|meeting|assembly|gathering|ceremony|kongress|gipfel|konferenz|tagung|versammlung|treffen"
    # German compounds of these: "Jahrestreffen", "Städtekongress", "Bürgermeisterkonferenz"
    r"|[a-zäöüß]{2,20}?(?:kongress|gipfel|konferenz|tagung|versammlung|treffen)"
    r"|jahrestagung|congreso|cumbre|conferencia|asamblea|encuentro|reunión|foro|congresso|vertice|conferenza"
    r"|assemblea|incontro|riunione"
    # an edition of a contest or a prize: "se presentaron 64 proyectos de 41 municipios" in its last one
    r"|édition|edition|edición|edizione|ausgabe"
    # a project's partners are not the network's members: "An dem Projekt beteiligen sich 30 Städte"
    r"|projet|project|projekt|proyecto|progetto"
    # and a campaign's: "An der Kampagne von Eurocities beteiligten sich 120 Städte"
    r"|campagne|campaign|kampagne|campaña|campagna)\b", re.IGNORECASE)
# A verb in a past tense, or words that date the figure to another time, before the count in its sentence.
_PAST_WORDS = (
    r"\b(?:(?:compt|réuniss|regroup|rassembl|fédér|représent|compren|comport|dénombr|accueill|av|ét|fais|compos|form)"
    r"(?:ai(?:en)?t|ions)"  # "comptait", "nous étions une vingtaine de villes"
    # the network's first days: "au début", "at the start", "zu Beginn", "en sus inicios", "all'inizio"
    r"|au\s+(?:tout\s+)?début|à\s+ses\s+débuts|at\s+the\s+(?:beginning|start|outset)|in\s+its\s+early\s+(?:days|years)"
    r"|zu\s+beginn|am\s+anfang|in\s+den\s+anfangsjahren|al\s+principio|en\s+sus\s+(?:inicios|comienzos|orígenes)"
    r"|all['’]inizio|agli\s+inizi|in\s+origine"
    r"|à\s+l['’]époque|à\s+(?:sa|leur)\s+(?:création|fondation)|à\s+l['’]origine|at\s+the\s+time|back\s+then"
    r"|at\s+its\s+(?:creation|founding|foundation|launch)|originally|initially|had|was|were|counted|numbered"
    r"|comprised|used\s+to"
    # the simple past of the verbs that count ("the group brought together 18 cities"), not a present perfect
    r"|(?<!has\s)(?<!have\s)(?:brought\s+together|gathered|united|grouped|included|linked|represented)"
    r"|reunió|agrupó|congregó|riunì|raggruppò|brachte[n]?|versammelte[n]?"
    # the simple past of joining or founding: "all'atto costitutivo aderirono una trentina di comuni"
    r"|aderirono|aderì|adhirieron|adhirió|adhérèrent|adhéra|fondarono|fundaron|fondèrent|traten|gründeten"
    r"|(?:bei|zu|nach)\s+(?:der|seiner|ihrer)\s+gründung|ursprünglich|anfangs|en\s+su\s+(?:creación|fundación)"
    r"|inicialmente|alla\s+sua\s+(?:creazione|fondazione)|inizialmente|il\s+y\s+a\s+\w+\s+ans|years\s+ago"
    r"|vor\s+\w+\s+jahren|hace\s+\w+\s+años|\w+\s+anni\s+fa"
    r"|hatte[n]?|zählte[n]?|umfasste[n]?|vereinte[n]?|gehörte[n]?|angehörte[n]?|war(?:en)?|damals|seinerzeit"
    r"|tenía[n]?|contaba[n]?|reunía[n]?|agrupaba[n]?|era[n]?|éramos|había[n]?|comprendía[n]?|componía[n]?|formaba[n]?"
    r"|entonces|en\s+aquel\s+entonces"
    r"|aveva(?:no)?|contava(?:no)?|riuniva(?:no)?|raggruppava(?:no)?|era(?:no)?|eravamo|comprendeva(?:no)?"
    r"|componeva(?:no)?|formava(?:no)?|allora"
    r"|all['’]epoca)\b")
_PAST = re.compile(_PAST_WORDS, re.IGNORECASE)
# The same words in a lowered sentence (`lowered_alike`): written in lower case, they need no case folding.
_LOWERED_PAST = re.compile(_PAST_WORDS)
# "En 2012,", "In 2008", "Im Jahr 2008", "nel 2008": a year the figure is dated to.
_YEAR_OF_FIGURE = compile_guarded(
    r"\b(?:en|in|im(?:\s+jahr[e]?)?|nel|a\s+fines\s+de|fin|end\s+of|à\s+la\s+fin\s+de|au\s+début\s+de|early)"
    r"\s+(?:(?:[a-zéû]+|\d{1,2}(?:er)?\s+[a-zéû]+)\s+)?(?P<year>(?:19|20)\d\d)\b", re.IGNORECASE)
# A timeline's entry: "2008 – The network counts 130 member cities", "1990, Eurocities compte 40 villes".
_TIMELINE_YEAR = re.compile(r"(?P<year>(?:19|20)\d\d)\s*(?:[–—:-]\s|,\s)"
                            # German puts the verb right after an opening year: "2008 zählt das Netzwerk 130 Städte"
                            r"|(?P<german_year>(?:19|20)\d\d)\s+(?:gründen|gründet|schlie(?:ß|ss)en|zählt|zählen|hat|haben"
                            r"|umfasst|vereint|wird|werden|ist|sind)\b")
# A year after these words dates something else (the founding, when the city joined, since when): not the figure.
_YEAR_OF_SOMETHING_ELSE = re.compile(
    r"\b(?:cré\w*|fond\w*|née?s?|founded|created|established|launched|set\s+up|adhéré|rejoint|joined|membre|member"
    r"|depuis|since|dès|seit|desde|dal|gegründet|beigetreten|fundad\w*|cread\w*|fondat\w*|costituit\w*|nat\w"
    r"|miembro|membro|mitglied|aderito|unió)\b", re.IGNORECASE)
# A verb in the present between a past marker and the count: "was founded in 1986 and brings together 200 cities".
_PRESENT = compile_guarded(
    r"\b(?:compte|comptent|réunit|réunissent|regroupe|rassemble|fédère|représente|comprend|est|sont|ont|brings"
    r"|has|have|counts|includes|unites|represents|gathers|is|are|numbers|hat|haben|zählt|umfasst|vereint|ist|sind"
    r"|vertritt|vertreten|verbindet|repräsentiert|versammelt"
    r"|tiene|tienen|cuenta|reúne|agrupa|representa|son|ha|conta|riunisce|raggruppa|rappresenta|è|sono|hanno"
    r"|suma|suman|totaliza|totalise|totals"
    # the members joining or belonging to it, in the present: "al quale aderiscono circa 700 enti locali", "auquel
    # adhèrent 300 villes"
    r"|aderiscono|adhèrent|adhieren|pertenecen|belong|angehören|gehören)\b",
    re.IGNORECASE)
_NOW = compile_guarded(r"\b(?:aujourd['’]hui|désormais|actuellement|today|now|currently|heute|derzeit|inzwischen"
                  r"|mittlerweile|hoy|actualmente|oggi|attualmente|ormai|ora"
                  # the present in a phrase: "en la actualidad", "à l'heure actuelle", "at present", "zurzeit"
                  r"|en\s+la\s+actualidad|à\s+l['’]heure\s+actuelle|at\s+present|presently|zurzeit|gegenwärtig"
                  r"|al\s+momento|allo\s+stato\s+attuale)\b", re.IGNORECASE)


# A relative clause in the present that describes the network as it is: "Eurocities, qui fédère plus de 200 villes",
# "which represents more than 200 cities", "das mehr als 200 Städte vereint", "que reúne a más de 280 ciudades",
# "che riunisce 200 città", "bringing the network to 212 cities".
_DESCRIBED_AS_IT_IS = compile_guarded(
    r"\bqui\s+(?:fédère|réunit|rassemble|regroupe|compte|représente|associe|relie|comprend)\b"
    r"|\b(?:which|that)\s+(?:represents|brings\s+together|gathers|unites|links|connects|counts|includes|comprises"
    r"|has|numbers)\b|\b(?:bringing|taking)\s+(?:the\s+network|its\s+membership|it|the\s+total)\s+to\b"
    r"|,\s*(?:das|die|der|welche[sr]?)\s+[^,;]{0,60}?\b(?:vereint|vereinigt|umfasst|zählt|vertritt|verbindet"
    r"|repräsentiert)\b"
    r"|\bque\s+(?:reúne|agrupa|representa|congrega|aglutina|cuenta\s+con|integra)\b"
    r"|\bche\s+(?:riunisce|raggruppa|rappresenta|conta|unisce|comprende|collega)\b"
    # or says who belong to it: "Der Verband, dem rund 60 nationale Kommunalverbände angehören", "à laquelle adhèrent",
    # "dont font partie", "to which more than 2,000 towns belong", "al que pertenecen", "a cui aderiscono"
    r"|,\s*(?:dem|der|denen)\s+[^,;]{0,60}?\b(?:angehören|angehört|angeschlossen\s+sind)\b"
    r"|\b(?:à\s+laquelle|auquel|auxquel(?:le)?s)\s+(?:adhèrent|appartiennent)\b|\bdont\s+(?:sont\s+membres|font\s+partie)\b"
    r"|\b(?:to\s+which\s+(?:[^,;]|,\d){0,60}?\bbelong|of\s+which\s+(?:[^,;]|,\d){0,60}?\bare\s+members)\b"
    r"|\b(?:a\s+la\s+que|al\s+que|a\s+la\s+cual|al\s+cual)\s+(?:pertenecen|se\s+adhieren|están\s+adherid[oa]s)\b"
    r"|\b(?:de\s+la\s+que|del\s+que)\s+forman\s+parte\b|\b(?:a\s+)?cui\s+(?:aderiscono|appartengono)\b"
    r"|\bdi\s+cui\s+fanno\s+parte\b"
    # and who presides it now: "Anne Hidalgo, who also presides over ...", "qui préside", "que preside", "che presiede"
    r"|\b(?:qui|who|que|che)\s+(?:(?:also|aussi|également|también|anche)\s+)?(?:préside|presides|chairs|preside"
    r"|presiede)\b", re.IGNORECASE)


# The network described by its size, in an apposition or a noun phrase: "ICORN, the network of more than 80 cities of
# refuge", "le réseau de plus de 200 villes", "la red de más de 200 ciudades", "das Netzwerk von über 200 Städten",
# "the 8,000 member cities of Mayors for Peace", "le oltre 8.000 città aderenti a Mayors for Peace".
_DESCRIBED_BY_ITS_SIZE = compile_guarded(
    r"\b(?:network|réseau|red|rete|netzwerk|städtenetzwerk|verbund"
    # "an alliance of more than 13,000 cities", "une alliance de 300 villes", "un'alleanza di 200 città"
    r"|alliance|alianza|alleanza|allianz|bündnis|coalition|coalición|coalizione|association|asociación|associazione"
    r"|organi[sz]ation|organización|organizzazione)\s+(?:(?:of|de|di|von|aus)\s+|d['’]\s*)"
    r"(?:[^\W\d_]+\s+){0,2}\d"
    r"|\d(?:[\d.,]|\s\d)*\s+(?:member\s+(?:cities|towns|municipalities)\s+of|villes\s+membres\s+(?:de|du|d['’])"
    r"|città\s+(?:aderenti|membri)\s+(?:a|al|alla|di|del|della)|ciudades\s+(?:miembros?|adheridas)\s+(?:de|a)"
    r"|mitgliedsstädte[n]?\s+(?:von|des|der))\b", re.IGNORECASE)


def states_the_present(sentence: str) -> bool:
    """The sentence says its figures are today's: "compte désormais", "now has", "zählt inzwischen", "conta ora",
    or describes the network as it is in a relative clause ("Eurocities, qui fédère plus de 200 villes") or by its
    size ("ICORN, the network of more than 80 cities")."""
    return bool(_NOW.search(sentence) or _DESCRIBED_AS_IT_IS.search(sentence)
                or _DESCRIBED_BY_ITS_SIZE.search(sentence))


@lru_cache(maxsize=64)
def _clause_ends(sentence: str) -> list[int]:
    """Where each clause of the sentence ends, computed once for all the counts it holds."""
    return [found.end() for found in _CLAUSE_END.finditer(sentence)]


def _clause_start(sentence: str, position: int) -> int:
    ends = _clause_ends(sentence)
    index = bisect_right(ends, position) - 1
    return ends[index] if index >= 0 else 0


def clause_start(sentence: str, position: int) -> int:
    """Where the clause holding `position` starts: after the last clause mark before it, or the sentence's start."""
    return _clause_start(sentence, position)


def _clause_end(sentence: str, position: int) -> int:
    found = _CLAUSE_END.search(sentence, position)
    return found.start() if found else len(sentence)


# "..., among them mayors from 60 countries": a clause that picks out some of the ones the clause before counts.
_AMONG_THEM = re.compile(r"\s*(?:among\s+them|including|darunter|parmi\s+(?:eux|elles|lesquel(?:le)?s)|dont"
                         r"|entre\s+(?:ellos|ellas)|incluidos|incluidas|tra\s+cui|tra\s+(?:loro|questi))\b",
                         re.IGNORECASE)


# A clause opened by a participle hangs on the clause before, whose subject it goes on about: "the forum met in
# Porto, bringing together 150 people from 60 cities", "le forum s'est tenu à Lyon, réunissant 300 élus de 40 villes".
# Only a participle of gathering: "bringing the network to 212 cities" counts the network.
_PARTICIPLE_OPENING = re.compile(r"\s*(?:bringing\s+together|gathering|attracting|welcoming|réunissant|rassemblant"
                                 r"|accueillant|reuniendo|congregando|riunendo)\b", re.IGNORECASE)


def counts_event_audience(sentence: str, position: int) -> bool:
    """The count at `position` is about who took part in an event, in its clause or in the one whose people its
    clause picks out ("400 personas, entre ellas alcaldes de 60 países") or whose subject its participle goes on
    about ("the forum met in Porto, bringing together 150 people from 60 cities")."""
    start, end = _clause_start(sentence, position), _clause_end(sentence, position)
    if start and (_AMONG_THEM.match(sentence, start) or _PARTICIPLE_OPENING.match(sentence, start)):
        start = _clause_start(sentence, start - 1)
    if _PARTICIPANTS.search(sentence, start, end) or _during_an_event(sentence, position, end):
        return True
    if _lists_the_participants_before(sentence, position) or _present_at_an_event(sentence, position, end):
        return True
    if _after_an_opening_event(sentence, position):
        return True
    events = list(_EVENT.finditer(sentence, start, position)) or _an_event_as_subject(sentence, position)
    return bool(events) and not (_COORDINATED_PRESENT.search(sentence, events[-1].end(), position)
                                 or describes_the_organiser(sentence, events[-1].end(), position))


# An event, not written as a name (lower case but in German), as the subject that opens the sentence: "La edición más
# reciente, en Guadalajara, convocó a 68 ciudades", "L'assemblée générale de l'AIMF, tenue à Kigali, rassemble 120
# villes", "The latest edition brought together 130 cities", "Die jüngste Tagung versammelt 130 Städte": the count its
# verb governs is of who came. "Le Congrès des pouvoirs locaux représente 46 pays" names a body.
_EVENT_AS_SUBJECT = compile_guarded(
    # after a table's or a fact box's label: "Note: L'ultima edizione ..."
    r"\s*(?:[^\W\d_]+(?:\s+[^\W\d_]+){0,2}\s*:\s*)?(?i:the|this|its|la|le|l['’]|cette|ce|son|sa|el|este|esta|su|il|lo|questa|questo|la\s+sua|il\s+suo|die|der"
    r"|das|diese[rs]?)\s*(?:[a-zà-öø-ÿ]+\s+){0,2}?"
    r"(?:(?:congrès|sommet|assemblée|conférence|forum|rencontre|réunion|colloque|séminaire|édition|congress|summit"
    r"|conference|meeting|assembly|gathering|edition|congreso|cumbre|conferencia|asamblea|encuentro|reunión|foro"
    r"|edición|congresso|vertice|conferenza|assemblea|incontro|riunione|edizione)"
    r"|(?:Ausgabe|Tagung|Jahrestagung|Konferenz|Versammlung|Hauptversammlung|Mitgliederversammlung|Kongress|Gipfel"
    r"|Treffen))\b")


# Between the event and the count, what makes the count another's: a relative clause ("the summit will hear from Core
# Cities UK, which represents 11 cities"), another sentence part.
_ANOTHER_SUBJECTS_CLAUSE = re.compile(r"[;:]|\b(?:which|that|who|qui|que|dont|che|cui|where|où|dove|donde)\b"
                                      r"|,\s*(?:die|der|das|welche\w*)\b", re.IGNORECASE)
# the count right after the event's verb ("convocó a", "brought together", "ha riunito"), not after a participle
# going on about something else ("approved six applications, bringing the network to 212 cities")
_EVENTS_VERB_WORDS = 3
_GERUND = re.compile(r"\s*\w+(?:ing|ant|ando|endo)\b", re.IGNORECASE)


def _an_event_as_subject(sentence: str, position: int) -> list[re.Match]:
    """The event opening the sentence as its subject, when the count at `position` is what its own verb governs."""
    subject = _EVENT_AS_SUBJECT.match(sentence)
    if not subject or _ANOTHER_SUBJECTS_CLAUSE.search(sentence, subject.end(), position):
        return []
    verb = sentence[max(subject.end(), _clause_start(sentence, position)):position]
    return [subject] if len(verb.split()) <= _EVENTS_VERB_WORDS and not _GERUND.match(verb) else []


# Who was there, with the event named after the count in its clause: "Más de un centenar de ciudades estuvieron
# representadas en el encuentro", "Over 100 cities were represented at the summit", "Plus de 100 villes étaient
# représentées à la conférence", "Über 100 Städte waren beim Kongress vertreten", "Oltre 100 città erano presenti
# all'incontro". Represented in the network ("130 pays sont représentés au sein de CGLU") counts its members.
_PRESENCE_CUES = ("represent", "représent", "rappresent", "vertreten", "present", "présent", "anwesend")
_PRESENT_THERE = compile_guarded(
    r"\b(?:represented|present|representad[oa]s|present[ea]s|représenté(?:e)?s|présente?s|rappresentat[ei]|presenti"
    r"|vertreten|anwesend)\b", re.IGNORECASE)
_AT_AN_EVENT = compile_guarded(
    r"\b(?:at|à|au|aux|en|in|im|beim|bei|auf|al|alla|nel|nella|all['’]|nell['’])\s*"
    r"(?:(?:the|this|its|la|le|les|l['’]|ce|cette|son|sa|el|este|esta|su|der|dem|den|diesem|dieser|il|lo|questo"
    r"|questa|sua)\s*)?(?:[^\W\d_]+\s+)?"
    rf"(?:{_EVENT.pattern})", re.IGNORECASE)


def _present_at_an_event(sentence: str, position: int, end: int) -> bool:
    """The count at `position` is of whoever was present at an event its clause names after it."""
    lowered = sentence[position:end].lower()
    return any(cue in lowered for cue in _PRESENCE_CUES) and bool(
        _PRESENT_THERE.search(sentence, position, end) and _AT_AN_EVENT.search(sentence, position, end))


# A colon after the participants opens the list of who they are: "Près de 80 participants sont attendus : maires,
# secrétaires généraux et directeurs techniques de 18 villes", "Rund 150 Teilnehmende werden erwartet: Bürgermeister,
# Stadträte und Beamte aus 30 Städten"; not a statement of its own in the present after it ("1 200 participants : l'AIMF
# compte aujourd'hui 300 villes").
_LIST_CHARS = 200


def _lists_the_participants_before(sentence: str, position: int) -> bool:
    colon = sentence.rfind(":", max(0, position - _LIST_CHARS), position)
    if colon < 0 or ";" in sentence[colon:position] or _NOW.search(sentence, colon, position):
        return False
    return bool(_PARTICIPANTS.search(sentence, _clause_start(sentence, colon), colon))


# An event named after the count, in its clause: "réunit des élus de 300 villes lors de son assemblée générale",
# "brought together 150 cities during its annual conference", "reunió a 80 ciudades durante su congreso".
_DURING = compile_guarded(r"\b(?:lors\s+d|au\s+cours\s+d|à\s+l['’]occasion\s+d|during|at\s+(?:the|its|their)"
                          r"|bei\s+(?:der|dem|seiner|ihrer)|während|durante|en\s+el\s+marco\s+de|in\s+occasione\s+d"
                          r"|nel\s+corso\s+d)", re.IGNORECASE)
_EVENT_AFTER_DURING_CHARS = 40


# The event the counted came for, in the count's clause: "45 villes réunies à Nancy pour la conférence régionale", "60
# ciudades reunidas en Quito para la cumbre", "50 città riunite a Bologna per l'assemblea", "120 Städte trafen sich zur
# Jahrestagung", "cities gathered in Porto for the annual meeting"; not a purpose ("pour la défense des villes").
_FOR_AN_EVENT = compile_guarded(r"\b(?:pour\s+(?:la|le|les|l['’]|son|sa|leur)|for\s+(?:the|its|their|an?)|zu[rm]"
                                r"|für\s+(?:die|den|das)|para\s+(?:la|el|las|los|su)|per\s+(?:la|il|lo|le|l['’]))"
                                r"(?:\s+|(?<=['’]))", re.IGNORECASE)
_EVENT_FOR_CHARS = 120
# the event, after an adjective at most: "pour la XXe conférence", "for the annual meeting"
_EVENT_AFTER_PURPOSE = re.compile(rf"(?:[^\W\d_]+\s+)??(?:{_EVENT.pattern})", re.IGNORECASE)


# The event the sentence opens with, as its time: "En la última edición, celebrada en Santander, se presentaron 64
# proyectos de 41 municipios", "Lors de la dernière édition, 120 villes ont concouru", "Bei der letzten Tagung waren 80
# Kommunen vertreten", "At the last edition, 90 cities took part", "Nell'ultima edizione hanno partecipato 90 comuni":
# the counts of its main clause are of who came; a relative clause's are another subject's ("Lors du congrès, la ville
# a rejoint Eurocities, qui compte 200 villes").
def _after_an_opening_event(sentence: str, position: int) -> bool:
    opening = _AT_AN_EVENT.match(sentence)
    if opening is None and (during := _DURING.match(sentence)):
        opening = _EVENT.search(sentence, during.end(), during.end() + _EVENT_AFTER_DURING_CHARS)
    return opening is not None and not _ANOTHER_SUBJECTS_CLAUSE.search(sentence, opening.end(), position)


def _during_an_event(sentence: str, position: int, end: int) -> bool:
    during = _DURING.search(sentence, position, end)
    if during and _EVENT.search(sentence, during.end(), min(end, during.end() + _EVENT_AFTER_DURING_CHARS)):
        return True
    return any(_EVENT_AFTER_PURPOSE.match(sentence, purpose.end())
               for purpose in _FOR_AN_EVENT.finditer(sentence, position, min(end, position + _EVENT_FOR_CHARS)))


# "CGLU nació en el congreso fundacional de París y representa hoy a gobiernos de 140 países": the count is in a second
# predicate of the network, in the present, after the one that named the event.
_COORDINATED_PRESENT = re.compile(
    rf"\s(?:y|et|and|und|e)\s+(?:(?:{_NOW.pattern})\s+)?(?:{_PRESENT.pattern})\s", re.IGNORECASE)


# "Le forum est organisé par Cités Unies France, qui fédère près de 500 collectivités", "hosted by Eurocities, which
# brings together 200 cities": the event's organiser, then a relative clause that describes it as it is; the count is
# the organiser's, not the event's audience.
# German "von" also says whose a part is ("das Forum von Eurocities, das ..."): there a participle of organising ends
# the agent.
_BY_AN_ORGANISER = re.compile(r"\b(?:(?:par|by|por|da|dal|dalla)\s+|dall['’])[^,;()]{2,80}?(?=,)"
                              r"|\b(?:von|vom)\s+[^,;()]{2,80}?\s(?:organisiert|ausgerichtet|veranstaltet|getragen"
                              r"|koordiniert)(?=,)", re.IGNORECASE)
_COMMA = re.compile(r",\s*")


def describes_the_organiser(sentence: str, event_end: int, position: int) -> bool:
    """Between an event (or a network's part) ending at `event_end` and the count at `position`, its organiser named
    after "par", "by", "von", "por", "da", then a relative clause describing that organiser as it is."""
    return any(_DESCRIBED_AS_IT_IS.match(sentence, organiser.end())
               or _DESCRIBED_AS_IT_IS.match(sentence, _COMMA.match(sentence, organiser.end()).end())
               for organiser in _BY_AN_ORGANISER.finditer(sentence, event_end, position))


# A study, a survey, a report, an award or a delegation named before the count in its clause: "A survey of 80 Eurocities
# members", "Le rapport d'Eurocities porte sur 45 villes", "El premio recibió candidaturas de 70 ciudades": its sample,
# its entrants, not the network's members.
_STUDY = compile_guarded(
    r"\b(?:survey|report|study|award|prize|index|ranking|barometer|questionnaire|applications|delegation|poll"
    r"|enquête|sondage|rapport|étude|prix|palmarès|classement|baromètre|candidatures|délégation"
    r"|encuesta|informe|estudio|premio|barómetro|cuestionario|candidaturas|delegación"
    r"|indagine|sondaggio|studio|classifica|questionario|delegazione"
    r"|umfrage|befragung|bericht|studie|bewerbungen"
    # a call for proposals and what it received: "La convocatoria ha recibido propuestas de 90 ciudades"
    r"|convocatoria|propuestas|solicitudes|proposals|entries|bando|proposte|candidature|dossiers|einreichungen)\b",
    re.IGNORECASE)


def counts_a_studys_sample(sentence: str, position: int) -> bool:
    """The count at `position` is the sample of a survey or a report, the entrants of an award, a delegation."""
    return bool(_STUDY.search(sentence, _clause_start(sentence, position), position))


# Where the subject's verb can no longer be: a relative clause or another sentence part starts.
_OTHER_SUBJECT_AHEAD = re.compile(r"[;:]|\b(?:which|that|who|qui|que|dont|die|der|das|welche\w*|che|cui)\b",
                                  re.IGNORECASE)
_NEWCOMERS_WINDOW = 100


@lru_cache(maxsize=64)
def _tells_of_joining(sentence: str) -> bool:
    """Searched once for all the counts of a sentence: most tell of no one joining."""
    return bool(_NEWCOMERS.search(sentence))


# A total that has joined over time: a hedged count ("Más de 10.000 autoridades locales se han sumado a esta
# iniciativa", "more than 11,000 cities have joined the Covenant", "plus de 10 000 collectivités ont rejoint", "über
# 2.000 Kommunen sind dem Bündnis beigetreten", "oltre 500 comuni hanno aderito"), told with no date, month, recent or
# new newcomers: the members so far, not those who have just come in.
_HEDGED_TOTAL_BEFORE = re.compile(
    r"\b(?:more\s+than|over|some|about|around|plus\s+de|près\s+de|environ|mehr\s+als|über|rund|etwa|más\s+de|unos|unas"
    r"|cerca\s+de|oltre|più\s+di|circa)\s+$", re.IGNORECASE)
_HEDGE_CHARS = 14
_RECENT = compile_guarded(
    rf"\b(?:(?<!since\s)(?<!depuis\s)(?<!seit\s)(?<!desde\s)(?<!dal\s)(?:19|20)\d\d|{MONTH_PATTERN}|just|recently"
    r"|this\s+year|last\s+year|new|récemment|cette\s+année|nouvelles?|nouveaux|kürzlich|neu\w*|dieses\s+jahr"
    r"|recientemente|este\s+año|nuev[oa]s|recentemente|di\s+recente|quest['’]anno|nuov[ei])\b", re.IGNORECASE)


def _joined_over_time(sentence: str, position: int) -> bool:
    return bool(_HEDGED_TOTAL_BEFORE.search(sentence, max(0, position - _HEDGE_CHARS), position)) and not (
        _RECENT.search(sentence))


def counts_newcomers(sentence: str, position: int) -> bool:
    """The count at `position` is the subject of a verb of joining after it ("Twelve cities in Germany, Mexico and
    Nepal joined in October"): the members who have just come in, not the total."""
    if not _tells_of_joining(sentence):
        return False
    end = min(len(sentence), position + _NEWCOMERS_WINDOW)
    if ahead := _OTHER_SUBJECT_AHEAD.search(sentence, position, end):
        end = ahead.start()
    return bool(_NEWCOMERS.search(sentence, position, end)) and not _joined_over_time(sentence, position)


def names_an_event(sentence: str, end: int) -> bool:
    """An event is named before `end`: "Le sommet s'est tenu sous la présidence de ..." names the event's chair."""
    return bool(_EVENT.search(sentence, 0, end))


# A year opening the sentence dates its first clause, present verbs and all (history told in the present): "En 1986,
# Eurocities compte six villes", "In 1990 the network has 40 members".
_OPENING_YEAR = re.compile(r"(?:en|in|nel|im(?:\s+jahr[e]?)?|el\s+año|en\s+el\s+año)\s+(?P<year>(?:19|20)\d\d)\b",
                           re.IGNORECASE)


def _in_a_clause_an_old_year_opens(sentence: str, position: int, base: date) -> bool:
    opening = _OPENING_YEAR.match(sentence)
    return bool(opening) and int(opening.group("year")) < base.year and ";" not in sentence[:position] and not (
        _NOW.search(sentence, opening.end(), position) or _YEAR_OF_SOMETHING_ELSE.search(sentence, 0, position))


# "est passé de 6 villes en 1986 à plus de 200 aujourd'hui": the year dates another figure, "today" this one.
_NOW_RIGHT_AFTER = re.compile(
    rf"\d[\d.,]*(?:\s+(?!(?:et|and|und|y|e|ed|o|ou|or|oder)\b)[^\W\d_]+){{0,2}}?\s+(?:{_NOW.pattern})", re.IGNORECASE)


def opens_a_timeline_entry(text: str) -> bool:
    """"2025: La red celebra su aniversario con 380 ciudades", "2008 – The network counts 130 member cities": a
    timeline's entry, whose figures are its year's."""
    return _TIMELINE_YEAR.match(text) is not None


def _dated_before(sentence: str, position: int, base: date | None) -> bool:
    """A year earlier than the page's own date is written before the count, as the figure's date."""
    if base is None:
        return False
    timeline = _TIMELINE_YEAR.match(sentence)
    if timeline and int(timeline.group("year") or timeline.group("german_year")) < base.year:
        return True
    if _in_a_clause_an_old_year_opens(sentence, position, base):
        return True
    for found in _YEAR_OF_FIGURE.finditer(sentence, 0, position):
        if int(found.group("year")) >= base.year:
            continue
        if _YEAR_OF_SOMETHING_ELSE.search(sentence, max(_clause_start(sentence, found.start()), found.start() - 40),
                                          found.start()):
            continue
        if not (_NOW.search(sentence, found.end(), position) or _PRESENT.search(sentence, found.end(), position)
                or _NOW_RIGHT_AFTER.match(sentence, position)):
            return True
    return False


_FOUNDED_BY = compile_guarded(
    rf"\b(?:{FOUNDING_VERBS}|à\s+l['’]initiative\s+de|on\s+the\s+initiative\s+of|auf\s+initiative\s+von"
    # the founders told in the present: "1986 gründen sechs Städte Eurocities"
    r"|(?:co-?)?fondent|fondano|fundan|gründen|found|schlie(?:ß|ss)en\s+sich"
    r"|a\s+iniciativa\s+de|su\s+iniziativa\s+di)\b", re.IGNORECASE)


def counts_founders(sentence: str, position: int) -> bool:
    """"Créé en 1986 à l'initiative de six grandes villes", "founded by the mayors of six cities": the count is of
    the founders, when the founding is told in the count's clause with no present verb or word of today after it
    ("fondata nel 1986 a Rotterdam e oggi forte di oltre 200 città")."""
    start = _clause_start(sentence, position)
    founding = list(_FOUNDED_BY.finditer(sentence, start, position))
    return bool(founding) and not (_PRESENT.search(sentence, founding[-1].end(), position)
                                   or _NOW.search(sentence, founding[-1].end(), position))


# "grew from 6 cities in 1986 to more than 200", "est passé de 6 à 200 villes": the figure it grew from.
_GROWN_FROM_BEFORE = compile_guarded(
    r"\b(?:grew|grown|increased|rose|risen|went|gone|expanded|passée?s?|passant|augmenté|pasó|pasado|creció|crecido"
    r"|aumentó|passat[oa]|cresciut[oa]|aumentat[oa]|gewachsen|gestiegen|stieg|wuchs)"
    r"\s+(?:\w+\s+)?(?:from|de|d['’]|von|da|di)\s+$", re.IGNORECASE)
_GROWN_FROM_CHARS = 40


def counts_grown_from(sentence: str, position: int) -> bool:
    """The count at `position` is where a growth started: the figure of an earlier time."""
    return bool(_GROWN_FROM_BEFORE.search(sentence, max(0, position - _GROWN_FROM_CHARS), position))


# "More than 50 cities have signed the Eurocities pledge", "60 villes ont signé la déclaration": the signatories of
# a text, not the network's members ("10 000 villes ont signé la Convention des maires" is checked by the caller).
_SIGNED_A_TEXT = re.compile(
    r"\s+(?:\w+\s+){0,2}?(?:(?:have|has|had|ont|a|han|ha|hanno|haben)\s+(?:already\s+|déjà\s+|ya\s+|già\s+)?"
    r"(?:signed|signé|firmado|firmato|unterzeichnet)"
    # the simple past: "Over 100 cities signed the declaration", "50 ciudades firmaron la carta"
    r"|signed|signèrent|firmaron|firmarono|unterzeichneten)\s+(?P<text>[^,;.]{0,60})", re.IGNORECASE)
_A_TEXT = re.compile(r"\b(?:pledge|declaration|charter|pact|manifesto|appeal|statement|commitment|déclaration|charte"
                     r"|pacte|manifeste|appel|engagement|declaración|carta|pacto|manifiesto|compromiso|dichiarazione"
                     r"|patto|impegno|erklärung|charta|pakt|aufruf)\b", re.IGNORECASE)


def text_signed_after(sentence: str, end: int) -> tuple[int, int] | None:
    """Where the text the count signed is named after the count ending at `end`, when it is a text (a pledge, a
    declaration, a charter)."""
    signed = _SIGNED_A_TEXT.match(sentence, end)
    if signed and (named := _A_TEXT.search(signed.group("text"))):
        return signed.start("text") + named.start(), signed.start("text") + named.end()
    return None


# "qui compte alors 30 villes", "which then has 80 members", "che allora conta 120 città": a present verb dated by
# "then" tells the past (history told in the present), unless "since then" makes it reach today.
_THEN = compile_guarded(r"(?<!since )(?<!depuis )(?<!desde )(?<!da )(?<!seit )\b(?:alors|then|allora|entonces|damals"
                       r"|à\s+l['’]époque|at\s+the\s+time|at\s+that\s+time|all['’]epoca|en\s+aquel\s+momento)\b",
                       re.IGNORECASE)


def _then_in_the_clause(sentence: str, start: int, position: int) -> bool:
    then = list(_THEN.finditer(sentence, start, position))
    return bool(then) and not _NOW.search(sentence, then[-1].end(), position)


def counts_the_past(sentence: str, position: int, base: date | None) -> bool:
    """The sentence puts the count at `position` in the past: a past tense or "à l'époque" before it in its
    clause, or a year earlier than the page's date written before it."""
    start = _clause_start(sentence, position)
    if _then_in_the_clause(sentence, start, position):
        return True
    lowered = lowered_alike(sentence)
    past, text = (_LOWERED_PAST, lowered) if lowered is not None else (_PAST, sentence)
    pasts = list(past.finditer(text, start, position))
    if pasts and not (_NOW.search(sentence, pasts[-1].end(), position)
                      or _PRESENT.search(sentence, pasts[-1].end(), position)):
        return True
    # "Une vingtaine de villes en faisaient partie à sa création": the tense comes after the count.
    if not pasts and not _PRESENT.search(sentence, start, position) and past.search(
            text, position, _clause_end(sentence, position)):
        return True
    return _dated_before(sentence, position, base) or _dated_after(sentence, position, base)


# "ha coinvolto 300 comuni italiani nel 2015", "had 150 members in 2010": an earlier year right after the count, in its
# clause, dates it.
_YEAR_AFTER = re.compile(
    r"[^,;:()–—]{0,40}?\b(?:en|in|nel|im(?:\s+jahr[e]?)?|en\s+el\s+año)\s+(?P<year>(?:19|20)\d\d)\b", re.IGNORECASE)


def _dated_after(sentence: str, position: int, base: date | None) -> bool:
    found = base and _YEAR_AFTER.match(sentence, position)
    return bool(found) and int(found.group("year")) < base.year


# A goal, not a state: "aims to reach 250 members by 2030", "l'objectif de 300 villes", "Ziel sind 250 Mitglieder".
_TARGET = compile_guarded(
    r"\b(?:aims?\s+to|aiming\s+to|targets?|goal|objective|ambition|hopes?\s+to|plans?\s+to|intends?\s+to"
    r"|wants?\s+to|seeks?\s+to|vise\s+à|objectif|ambitionne|ziel|zielt|objetivo|meta|obiettivo|punta\s+a"
    # a wish or a duty to come: "quiere sumar 12.000 municipios", "sollen 15.000 Kommunen angehören", "souhaite fédérer"
    r"|souhaite|veut|entend|espère|quiere|pretende|aspira\s+a|busca|espera|vuole|intende|mira\s+a|spera"
    r"|sollen|soll|wollen|möchte|anstrebt|strebt)\b",
    re.IGNORECASE)


# "targets a 55% cut and unites 11,000 local governments": a verb of its own after the goal states the present.
_AND_THEN_PRESENT = re.compile(rf"\b(?:and|et|und|y|e)\s+(?:\w+\s+)?{_PRESENT.pattern}", re.IGNORECASE)


# A verb of gathering in the future: what will be, not what is ("un groupe de travail réunira les services de huit
# métropoles", "the network will bring together 250 cities", "la red agrupará 300 ciudades", "la rete riunirà").
_FUTURE = compile_guarded(
    r"\b(?:(?:réunir|rassembler|regrouper|compter|fédérer|représenter|accueiller|associer|comprendr)(?:a|ont)"
    r"|will\s+(?:\w+\s+)?(?:bring\s+together|gather|unite|count|have|include|number|represent|host|welcome|connect)"
    r"|(?:reunir|agrupar|contar|tendr|congregar|sumar|representar|acoger|incluir)(?:á|án)"
    r"|(?:riunir|raggrupper|conter|avr|rappresenter|ospiter|comprender|accoglier)(?:à|anno))\b", re.IGNORECASE)


def counts_a_target(sentence: str, position: int) -> bool:
    """The count at `position` is what the network aims for or will have, told in the count's clause before it."""
    start = _clause_start(sentence, position)
    target = _TARGET.search(sentence, start, position) or _FUTURE.search(sentence, start, position)
    return bool(target) and not _AND_THEN_PRESENT.search(sentence, target.end(), position)



# Some of the members as the subject of the count's clause: "Lead cities coordinate the work of members in 20
# countries", "Les villes chefs de file animent des membres de 20 pays", "Its regional chapters cover 40 countries".
_SUBSET_OF_MEMBERS_AS_SUBJECT = re.compile(
    r"\s*(?:(?:the|its|their|les|ses|leurs|des|las|los|sus|le|i|sue|loro|die|seine|ihre)\s+)?"
    r"(?:lead(?:ing)?\s+cities|vice-?president\s+cities|(?:regional\s+|national\s+|country\s+)?chapters"
    r"|villes\s+(?:chefs?\s+de\s+file|pilotes|vice-présidentes)|(?:sections|antennes)\s+(?:régionales|nationales)"
    r"|ciudades\s+(?:líderes|coordinadoras|vicepresidentas)|(?:secciones|capítulos)\s+(?:regionales|nacionales)"
    r"|città\s+(?:capofila|coordinatrici|vicepresidenti)|sezioni\s+(?:regionali|nazionali)"
    r"|(?:leit|koordinierende\s+|federführende\s+)städte|(?:regional|länder|national)(?:sektionen|gruppen))\b",
    re.IGNORECASE)


def counts_a_subset_of_members(sentence: str, position: int) -> bool:
    """The count at `position` is in a clause whose subject is some of the members (lead cities, regional chapters,
    a relative after a field's group): what they coordinate or cover, not the network's membership."""
    start = _clause_start(sentence, position)
    return bool(_SUBSET_OF_MEMBERS_AS_SUBJECT.match(sentence, start)) or _counts_a_group_before(sentence, start)


# A relative clause after one group of the members, named with its article: "nel gruppo della musica, che conta oggi
# 74 città", "dans la catégorie musique, qui compte 60 villes", "the music cluster, which counts 60 cities"; not the
# network as "a group" ("Eurocities, un groupe de villes, qui compte 200 membres").
_RELATIVE_OPENING = re.compile(r"\s*(?:che|qui|which|that|que|die|der|das)\b", re.IGNORECASE)
_GROUP_BEFORE = re.compile(
    r"\b(?:the|its|nel|il|del|della|nella|la|le|du|dans\s+le|dans\s+la|el|en\s+el|im|in\s+der|der|die|das|zur|zum)\s+"
    r"(?:[\w-]+\s+)?(?:group|cluster|category|field|groupe|catégorie|domaine|grupo|categoría|ámbito|gruppo"
    r"|categoria|ambito|gruppe|kategorie|sparte)(?:\s+[\w'’]+){0,3}\s*,\s*$", re.IGNORECASE)
_GROUP_CHARS = 60


def _counts_a_group_before(sentence: str, start: int) -> bool:
    if not start or not _RELATIVE_OPENING.match(sentence, start):
        return False
    return _GROUP_BEFORE.search(sentence, max(0, start - _GROUP_CHARS), start) is not None


# The people a place is home to, counted by where they come from: "eine Stadt, in der Menschen aus mehr als 150
# Nationen zuhause sind", "residents from over 140 countries", "des habitants venus de 120 pays", "personas de más de
# 100 nacionalidades", "studenti provenienti da 90 paesi". Their origins, not a network's member countries ("the
# network represents the inhabitants of 54 countries" is no origin and keeps its count).
_PEOPLE_FROM = compile_guarded(
    r"\b(?:(?:people|residents|inhabitants|citizens|students|families|migrants|refugees|menschen|einwohner\w*"
    r"|bürger\w*|studierende\w*|migrant\w*|geflüchtete\w*|personnes|habitants|résidents|citoyens|étudiants|familles"
    r"|migrants|réfugiés|personas|habitantes|residentes|ciudadanos|estudiantes|familias|migrantes|refugiados|persone"
    r"|abitanti|residenti|cittadini|studenti|famiglie|rifugiati)\s+(?:(?:from|aus|venu\w*\s+(?:de|d['’])"
    r"|originaires\s+(?:de|d['’])|issu\w*\s+(?:de|d['’])|procedentes\s+de|provenientes\s+de|provenienti\s+da"
    r"|originari\s+di|da)|(?<=personnes\s)de|(?<=personas\s)de|(?<=persone\s)di)"
    r"|\b(?:gens|gente)\s+(?:de|d['’]))\s*(?:\S+\s+){0,2}$", re.IGNORECASE)
_PEOPLE_FROM_CHARS = 90


def counts_peoples_origins(sentence: str, position: int) -> bool:
    """The count at `position` counts the countries a place's people come from."""
    start = max(_clause_start(sentence, position), position - _PEOPLE_FROM_CHARS)
    return bool(_PEOPLE_FROM.search(sentence, start, position))


# The countries a city's twinnings or links are in, not a network's members: "manage about 160 sister city links in 24
# countries", "des jumelages dans 24 pays", "Städtepartnerschaften in 24 Ländern", "hermanamientos en 24 países",
# "gemellaggi in 24 paesi" ("member cities in 24 countries" keeps its count).
_LINKS_IN = compile_guarded(
    r"\b(?:links|relationships|partnerships|twinnings|pairings|jumelages|partenariats|liens|hermanamientos|vínculos"
    r"|gemellaggi|partenariati|partnerschaften|städtepartnerschaften|beziehungen)\s+(?:in|dans|en|nel|nei|negli|auf)"
    r"\s+(?:\S+\s+){0,2}$", re.IGNORECASE)
_LINKS_IN_CHARS = 60


def counts_where_links_are(sentence: str, position: int) -> bool:
    """The count at `position` counts the countries a city's twinnings or links are in."""
    return bool(_LINKS_IN.search(sentence, max(0, position - _LINKS_IN_CHARS), position))


# The sentence says of its subject, after the count, that it is a country: "Avec 10 villes et 4 associations membres,
# le Cameroun est l'un des pays les mieux représentés", "With 12 member cities, Germany is the best-represented
# country", "Mit 12 Mitgliedsstädten ist Deutschland das am stärksten vertretene Land", "España es el país con más
# ciudades", "l'Italia è il paese più rappresentato"; or "the country" is the count's subject: "Le pays compte 10
# villes membres".
_IS_A_COUNTRY = compile_guarded(
    r"\b(?:est|is|ist|es|è)\s+(?-i:[A-ZÄÖÜ][\w-]*\s+)?"  # German puts the subject after the verb
    r"(?:l['’]\s*une?\s+des|one\s+of\s+the|eines\s+der|uno\s+de\s+los|uno\s+dei|the|le|la|el"
    r"|il|das|der)\s+(?:[\w-]+\s+){0,4}?(?:pays|countr(?:y|ies)|l[äa]nder[n]?|land|pa[íi]s(?:es)?|paes[ei])\b",
    re.IGNORECASE)
_IS_A_COUNTRY_CHARS = 160
_COUNTRY_AS_SUBJECT = re.compile(
    r"\s*(?:le|the|this|ce|das|dieses|el|este|il|questo)\s+(?:pays|country|land|pa[íi]s|paese)\b", re.IGNORECASE)


def counts_a_countrys_share(sentence: str, position: int) -> bool:
    """The count at `position` is what one country has in the network, which the sentence says its subject is."""
    end = sentence.find(";", position, position + _IS_A_COUNTRY_CHARS)
    return bool(_IS_A_COUNTRY.search(sentence, position, end if end >= 0 else position + _IS_A_COUNTRY_CHARS)
                or _COUNTRY_AS_SUBJECT.match(sentence, _clause_start(sentence, position)))


# The whole a share is taken of: "la mayoría de los 345 municipios del país", "most of the 400 municipalities of the
# province", "la plupart des 1 200 communes du département", "die meisten der 400 Gemeinden des Landes", "la maggior
# parte dei 300 comuni della regione", "half of the 30 towns", "60 % des 500 communes": all of a territory's towns, of
# which the network gathers some, not its membership; unless the whole is its members ("the majority of the 200
# member cities").
_SHARE_OF_THE_WHOLE_BEFORE = re.compile(
    r"\b(?:(?:most|(?:the\s+)?majority|half|two[\s-]thirds|three[\s-]quarters)\s+of\s+the"
    r"|(?:la\s+plupart|la\s+majorité|la\s+moitié|(?:les\s+)?(?:deux\s+tiers|trois\s+quarts))\s+des"
    r"|(?:la\s+mayor[íi]a|la\s+mitad|(?:los\s+)?(?:dos\s+tercios|tres\s+cuartos))\s+de\s+l[oa]s"
    r"|(?:die\s+meisten|die\s+mehrheit|die\s+hälfte|zwei\s+drittel|drei\s+viertel)\s+der"
    r"|(?:la\s+maggior\s+parte|la\s+maggioranza|la\s+metà|(?:i\s+)?(?:due\s+terzi|tre\s+quarti))\s+d(?:ei|egli|elle)"
    r"|\d{1,3}\s*(?:%|per\s*cent|pour\s+cent|por\s+ciento|prozent|per\s+cento)\s+(?:of\s+the|des|de\s+l[oa]s|der"
    r"|d(?:ei|egli|elle)))\s+$", re.IGNORECASE)
_SHARE_CHARS = 40
_MEMBERS_AFTER = re.compile(r"[^.;,]{0,30}?\b(?:members?|membres?|miembros?|mitglied\w*|membri|soci|adhérent\w*)\b",
                            re.IGNORECASE)


def counts_the_whole_of_a_share(sentence: str, position: int) -> bool:
    """The count at `position` is the whole of which the sentence gives a share (most, half, a percentage), not the
    network's members."""
    return bool(_SHARE_OF_THE_WHOLE_BEFORE.search(sentence, max(0, position - _SHARE_CHARS), position)
                and not _MEMBERS_AFTER.match(sentence, position))


# One country's or region's share told in a clause of its own after the whole: "über 8.000 Städte in 166 Ländern, in
# Deutschland sind es rund 900", "in Germany there are about 900", "en France, on en compte 150", "en España son unas
# 60", "in Italia sono circa 500".
_ONE_PLACES_SHARE = compile_guarded(
    r"\s*(?:in|en|au|aux|nel|nella|negli|im)\s+(?-i:[A-ZÄÖÜÉ][\w-]+)(?:\s+(?-i:[A-ZÄÖÜÉ][\w-]+))?\s*,?\s+"
    r"(?:sind\s+es|gibt\s+es|there\s+are|on\s+en\s+compte|il\s+y\s+en\s+a|ils\s+sont|elles\s+sont|son|hay|sono"
    r"|ce\s+ne\s+sono)\s+(?:[^\W\d]+\s+){0,2}$", re.IGNORECASE)


def counts_one_places_share(sentence: str, position: int) -> bool:
    """The count at `position` is one place's share of the members, told in a clause of its own."""
    return bool(_ONE_PLACES_SHARE.fullmatch(sentence, _clause_start(sentence, position), position))


# Who takes part in a day or a week of action this year, in the count's clause: "Bundesweit beteiligen sich rund 500
# Städte am Flaggentag", "Plus de 300 villes participent à la Journée des drapeaux", "Over 400 towns take part in Flag
# Day", "Más de 200 ciudades participan en la jornada", "Oltre 300 comuni partecipano alla giornata": an action's
# participants, not the network's members (a network they take part in has no such noun: "200 Städte beteiligen sich
# am Netzwerk").
_TAKE_PART = compile_guarded(
    r"\b(?:beteilig(?:en|t)\s+sich|nehmen\b[^.;,]{0,60}?\bteil|machen\b[^.;,]{0,60}?\bmit|take\s+part|takes\s+part"
    r"|participate|participates|participent|prennent\s+part|s['’]associent|participan|toman\s+parte|se\s+suman"
    r"|partecipano|prendono\s+parte|aderiscono)\b", re.IGNORECASE)
_DAY_OF_ACTION = compile_guarded(
    r"\b(?:[a-zäöü]*(?:flaggen|aktions|gedenk)(?:tag|woche)\w*|aktion|(?:flag|action|awareness)\s+(?:day|week)"
    r"|day\s+of\s+action|journée|semaine|día|jornada|semana|giornata|settimana)\b", re.IGNORECASE)


def counts_an_actions_participants(sentence: str, position: int) -> bool:
    """The count at `position` is in a clause telling who takes part in a day or a week of action."""
    start, end = _clause_start(sentence, position), _clause_end_past_listed_nouns(sentence, position)
    return bool(_TAKE_PART.search(sentence, start, end) and _DAY_OF_ACTION.search(sentence, start, end))


# The rest of a list of nouns after the clause's first comma: "mehr als 800 Städte, Gemeinden und Landkreise am
# Flaggentag", "400 cities, towns and counties take part in Flag Day": the list's commas end no clause.
_REST_OF_A_LIST = re.compile(r",\s*(?:[^\W\d_][\w'’-]*\s*,\s*){0,3}[^\W\d_][\w'’-]*\s+"
                             r"(?:und|sowie|oder|and|or|et|ou|y|o|e)\s+[^\W\d_]")


def _clause_end_past_listed_nouns(sentence: str, position: int) -> int:
    end = _clause_end(sentence, position)
    if listed := _REST_OF_A_LIST.match(sentence, end):
        return _clause_end(sentence, listed.end())
    return end


# The cities of one of a network's fields, after their count: "Adelaide is one of around 70 Cities of Music", "una
# de las 50 Ciudades de la Gastronomía", "l'une des 60 villes de design", "eine von 40 Städten der Literatur", "una
# delle 30 Città del Cinema": one field's share of the network, not its members.
_CITIES_OF_A_FIELD = compile_guarded(
    r"\s+(?:[\w-]+\s+){0,2}?(?:cities|villes|ciudades|città|städten?)\s+(?:of|de|de\s+la|du|del|della|dell['’]|der)\s*"
    r"(?:music|musique|música|musica|musik|literature|littérature|literatura|letteratura|literatur|film|cinéma|cine"
    r"|cinema|design|diseño|gastronomy|gastronomie|gastronomía|gastronomia|crafts|artisanat|artesanía|artigianato"
    r"|handwerks?|media\s+arts|arts\s+numériques|artes\s+digitales|arti\s+digitali|medienkunst)\b", re.IGNORECASE)
_FIELD_CHARS = 60


def counts_a_fields_cities(sentence: str, end: int) -> bool:
    """The number ending at `end` counts the cities of one field of a network ("70 Cities of Music")."""
    return bool(_CITIES_OF_A_FIELD.match(sentence, end, end + _FIELD_CHARS))


# A place's parts where something is done, named with a locative and the definite article right before their count:
# "dans les cinq communes de la capitale", "in the five boroughs", "in den vier Stadtbezirken", "en los cinco
# distritos", "nei cinque municipi": the city's own districts, not a network's members ("dans plus de 200 villes" and
# "les 342 communes du pays" count members).
_IN_THE_BEFORE = re.compile(
    r"\b(?:dans\s+(?:(?:toutes\s+)?les|ses|leurs)|in\s+(?:all\s+)?(?:the|its|their)|in\s+(?:den|allen|seinen|ihren)"
    r"|en\s+(?:(?:todos\s+)?los|(?:todas\s+)?las|sus)|in\s+tutt[ei]\s+(?:i|le|gli)|nei|nelle|negli|in\s+(?:i|le)\s+sue)"
    r"\s+$", re.IGNORECASE)
_IN_THE_CHARS = 30


def counts_a_places_parts(sentence: str, start: int, end: int) -> bool:
    """The count from `start` to `end` follows "dans les", "in the", "in den", "en los", "nei", or its units are the
    city's own ("les dix communes d'arrondissement"): the parts of a place where something is done (a count as a
    network's adjective, "in the 200-member network's groups", is its own)."""
    return not sentence.startswith("-", end) and bool(
        _IN_THE_BEFORE.search(sentence, max(0, start - _IN_THE_CHARS), start)
        or _UNITS_OF_THE_CITY_AFTER.match(sentence, end))


# Units the count names as the city's own: "les dix communes d'arrondissement", "the 32 municipalities of the city",
# "die zehn Gemeinden der Stadt", "los 16 municipios de la capital", "i 15 comuni della città" ("les 342 communes du
# pays" count members).
_UNITS_OF_THE_CITY_AFTER = re.compile(
    r"\s+(?:communes|municipalités|municipalities|municipios|comunas|comuni|municipi|gemeinden)\s+"
    r"(?:d['’]arrondissement|de\s+(?:la\s+)?(?:ville|capitale)|of\s+the\s+(?:city|capital)|der\s+(?:stadt|hauptstadt)"
    r"|de\s+la\s+(?:ciudad|capital)|della\s+(?:città|capitale))\b", re.IGNORECASE)


# A verb of gathering in the present right before the count: "Le réseau rassemble plus de 8 000 villes", "La rete conta
# oltre 8.400 città", "The network brings together 300 cities", "Das Netzwerk zählt über 200 Städte", "La red reúne a
# más de 280 ciudades": what the network has as the news is written; so are the countries its members are in ("conta
# oltre 8.400 città in 166 paesi"), and what it has reached already ("suma ya más de 300 ciudades"), hedged as any count
# is ("compte quelque 200 villes", "réunit quelque 130 villes", "has roughly 300 members", "zählt knapp 400 Städte").
_GATHERING_HEDGE = rf"(?:(?:{HEDGE_WORDS})\s+)?"
_GATHERS_NOW_BEFORE = compile_guarded(
    r"\b(?:rassemble|réunit|fédère|regroupe|compte|brings\s+together|gathers|unites|counts|numbers|has|zählt|vereint"
    r"|umfasst|reúne(?:\s+a)?|agrupa(?:\s+a)?|cuenta\s+con|suma|conta|riunisce|raggruppa|unisce"
    # the members it serves: "Le réseau accompagne plus de 200 collectivités", "supports 300 cities", "vertritt 200
    # Kommunen", "acompaña a 80 municipios", "rappresenta 500 comuni"
    r"|accompagne|soutient|représente|supports|serves|represents|begleitet|unterstützt|vertritt|betreut"
    r"|acompaña(?:\s+a)?|apoya(?:\s+a)?|representa(?:\s+a)?|accompagna|sostiene|supporta|rappresenta)\s+"
    # the figure reached by now: "el Pacto suma ya más de 300 ciudades", "compte déjà", "zählt bereits", "conta già"
    r"(?:(?:ya|déjà|already|bereits|schon|già)\s+)?"
    rf"(?:{_GATHERING_HEDGE}\d[\d.,\u00a0\u202f ]{{0,9}}\s[^\W\d_]+"
    rf"\s+(?:in|en|dans|de|aus|di|from|across|nei|nelle)\s+)?"
    rf"{_GATHERING_HEDGE}$", re.IGNORECASE)
_GATHERS_NOW_CHARS = 80
# A meeting's place or time after the count: "Eurocities réunit 200 villes à Lyon cette semaine", "brings together 300
# cities at Lyon this week": the news's gathering, not the membership.
_A_MEETINGS_PLACE_OR_TIME = re.compile(
    r"\b(?:(?:à|a|at|nach)\s+(?-i:[A-ZÀ-Ý])|cette\s+semaine|ce\s+week-end|demain|this\s+week|next\s+week|tomorrow"
    r"|diese\s+woche|morgen|esta\s+semana|mañana|questa\s+settimana|domani)", re.IGNORECASE)


def gathers_now(sentence: str, position: int) -> bool:
    """The count at `position` is the object of a verb of gathering in the present, with no meeting's place or time
    in its clause."""
    return bool(_GATHERS_NOW_BEFORE.search(sentence, max(0, position - _GATHERS_NOW_CHARS), position)) and not (
        _A_MEETINGS_PLACE_OR_TIME.search(sentence, position, _clause_end(sentence, position)))


# A decade gone by in the count's sentence: "a compté jusqu'à 1 500 adhérents dans les années 2000", "had 300 members
# in the 1990s", "in den 2000er Jahren", "en los años 90", "negli anni 2000": that decade's figure, not today's.
_DECADE = compile_guarded(
    r"\b(?:dans\s+les\s+années|in\s+the|in\s+den|en\s+los\s+años|en\s+la\s+década\s+de|negli\s+anni|nel\s+corso\s+degli"
    r"\s+anni)\s+(?P<decade>(?:19|20)\d0)(?:s|er)?\b", re.IGNORECASE)
_DECADE_YEARS = 10


def counts_a_past_decade(sentence: str, position: int, base: date | None) -> bool:
    """The count's clause dates it to a decade that ended before `base` ("Founded in the 1990s, it now has 300
    members" dates the founding only)."""
    start, end = _clause_start(sentence, position), _clause_end(sentence, position)
    return base is not None and any(int(found.group("decade")) + _DECADE_YEARS <= base.year
                                    for found in _DECADE.finditer(sentence, start, end))


# A clause of time in the past before the count's clause, or in it after the count, dates a count told in no present
# tense: "When Auckland was admitted at COP21, C40 connected more than 80 cities", "C40 linked 80 cities when Auckland
# joined", "Lorsque Lyon a adhéré, le réseau réunit alors 40 villes", "Als Graz beitrat, gehörten dem Bündnis 300
# Kommunen an", "Cuando León ingresó, la red integró 50 ciudades", "Quando Vicenza è entrata, la rete contò 30 città":
# that time's figure. Each language's word of time with the past tenses of that language; "When a city joins, it
# connects with 100 cities", "Als größtes Netzwerk vereint es 200 Städte" and "When Auckland joined, C40 gave it a
# network that connects 100 cities" tell no past of the count.
_WHEN_CUES = ("when ", "lorsqu", "quand ", "als ", "cuando ", "quando ")
_WHEN_IN_THE_PAST = compile_guarded(
    r"\bwhen\s[^,;:()]{0,80}?\b(?:was|were|had|did|became|joined|[a-z]+ed)\b"
    r"|\b(?:lorsqu['’]\s*|lorsque\s|quand\s)[^,;:()]{0,80}?\b(?:a|ont|est|sont|avait|avaient|était|étaient|fut"
    r"|furent)\s"
    r"|\bals\s[^,;:()]{0,80}?\b(?:war|waren|wurde|wurden|hatte|hatten|trat|traten|beitrat|beitraten|kam|kamen)\b"
    r"|\bcuando\s[^,;:()]{0,80}?\b(?:fue|fueron|era|eran|había|habían|[a-zñ]+(?:ó|aron|ieron|aba|aban))(?!\w)"
    r"|\bquando\s[^,;:()]{0,80}?\b(?:(?:è|sono|ha|hanno)\s+[a-z]+(?:at|it|ut)[oaie]|fu|furono|era|erano|aveva|avevano"
    r"|[a-z]+(?:ò|ì|arono|irono|ava|avano))(?!\w)", re.IGNORECASE)


def counts_a_past_time_told_beside(sentence: str, position: int) -> bool:
    """The count at `position` is told in no present tense in its clause, which a clause of time in the past opens,
    or holds after the count."""
    lowered = sentence.lower()
    if not any(cue in lowered for cue in _WHEN_CUES):
        return False
    start = _clause_start(sentence, position)
    if (_PRESENT.search(sentence, start, position) or _NOW.search(sentence, start, position)
            or _DESCRIBED_AS_IT_IS.search(sentence, start, position)):
        return False
    return bool(start and _WHEN_IN_THE_PAST.search(sentence, _clause_start(sentence, start - 1), start)
                or _WHEN_IN_THE_PAST.search(sentence, position, _clause_end(sentence, position)))


# One region's group of a network, named before a count or a seat in its sentence: "Dem Landesnetzwerk Klimabündnis
# Kärnten gehören 61 Gemeinden an", "Sitz der Landesgruppe Kärnten des Städtebundes, der die zehn Kärntner
# Mitgliedsgemeinden angehören", "A livello regionale il Comune partecipa ad ANCI Veneto, con sede a Selvazzano Dentro",
# "la section régionale compte 40 communes", "its regional branch, based in Leeds", "la delegación territorial, con
# sede en León", "À l'échelle départementale, l'association des maires relaie l'action de l'AMF auprès des 890
# communes": that group's members and seat, not the network's. A group in the singular: "organisé en groupes
# régionaux, le réseau compte 200 villes" counts the network; so does a group named as a network of its own (see the
# claims).
_REGIONAL_CUES = ("landes", "regional", "régional", "départemental", "territorial", "provincial", "autonómic")
_REGIONAL_PART = compile_guarded(
    r"\b(?:landes(?:gruppe|netzwerk|verband|sektion|organisation|ebene)|regional(?:gruppe|netzwerk|verband|sektion)"
    r"|(?:groupe|réseau|comité)\s+(?:départemental|régional)|(?:section|antenne|délégation|fédération|union)\s+"
    r"(?:départementale|régionale)|(?:au\s+niveau|à\s+l['’]\s*échelle)\s+(?:départementale?|régionale?)"
    r"|regional\s+(?:group|network|branch|chapter|section|association)|at\s+(?:the\s+)?regional\s+level"
    r"|(?:sección|red|delegación|federación|agrupación)\s+(?:regional|territorial|provincial|autonómica)"
    r"|a\s+(?:nivel|escala)\s+(?:regional|provincial|autonómic[oa])"
    r"|(?:sezione|rete|coordinamento|delegazione|federazione|consulta)\s+(?:regionale|provinciale)"
    r"|(?:a\s+livello|su\s+scala)\s+(?:regionale|provinciale))\b", re.IGNORECASE)
_REGIONAL_PART_CHARS = 120


def regional_part_before(sentence: str, position: int) -> re.Match | None:
    """The last region's group of a network named before `position` in its sentence, with no ";" between."""
    lowered = sentence.lower()
    if not any(cue in lowered for cue in _REGIONAL_CUES):
        return None
    start = max(0, position - _REGIONAL_PART_CHARS, sentence.rfind(";", 0, position) + 1)
    parts = list(_REGIONAL_PART.finditer(sentence, start, position))
    return parts[-1] if parts else None
