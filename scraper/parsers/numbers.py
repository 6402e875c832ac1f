"""Counts in French, English, German, Spanish and Italian: "plus de 1 000 villes", "more than 1,000 cities",
"über 200 Städte", "más de 240.000 gobiernos locales", "oltre 200 città".

Numbers written in words are turned into digits before (number_words.py): here every count is digits."""

import re
from dataclasses import dataclass

from .dates import MONTH_PATTERN
from .text import case_blind_search, compile_guarded

# Digits grouped by thousands with a space, no-break space, narrow no-break space, comma, dot or apostrophe.
_GROUPED = r"\d{1,3}(?:[ \u00a0\u202f,.'’]\d{3})+(?![\d,.]\d)"
_MILLIONS = r"\d+(?:[.,]\d+)?\s+(?:millions?|millionen|millones|millón|milioni|milione)"
_NUMBER = rf"(?<![\w.,/])(?:{_MILLIONS}|{_GROUPED}|\d+)(?![\d/%]|\s*%|\s*pour\s*cent|\s*per\s*cent)"

# A state or a nation named before its councils, by its adjective or its name ("Tasmanian", "Welsh", "Queensland").
_STATE_BEFORE_COUNCILS = r"(?-i:[A-Z][a-z]{3,})"

# Hedge written just before a number -> qualifier of the data contract (longest phrases first), in French,
# English, German, Spanish and Italian.
_HEDGES = (
    (r"pas moins de|no fewer than|no less than|au moins|at least|minimum|mindestens|wenigstens|al menos"
     r"|por lo menos|como mínimo|almeno|non meno di", "at_least"),
    # "gut 480 Energiestädte": a good 480, some more than that
    (r"plus de|plus d['’]|more than|over|upwards of|über|mehr als|gut|más de|mas de|oltre|più di|piu di"
     r"|\+\s*de|\+\s*d['’]|\+", "more_than"),  # a key figure's "+300", "+ de 200": "plus de", "más de"
    ((r"près de|pres de|environ|quelque|quelques|presque|approximativement|nearly|almost|around|about|just\s+under"
      r"|just\s+short\s+of|a\s+little\s+under|un\s+peu\s+moins\s+de|knapp\s+unter|poco\s+menos\s+de|poco\s+meno\s+di"
      r"|some|approximately|roughly|close to|rund|etwa|ca\.|c\.|circa|zirka|ungefähr|knapp|fast|nahezu|beinahe"
      r"|casi|cerca de|alrededor de|unos|unas|aproximadamente|en torno a|quasi|intorno a|all['’]incirca"), "about"),
    (r"jusqu['’]à|jusqu['’]a|up to|bis zu|hasta|fino a", "up_to"),
)
# Any hedge's words, for a key figure shown alone that starts with one ("rund 190", "über 2.000", "environ 300").
HEDGE_WORDS = "|".join(words for words, _ in _HEDGES)
_HEDGE_BEFORE = [(re.compile(rf"(?:^|[\s('’])(?:{words})\s*$", re.IGNORECASE), qualifier)
                 for words, qualifier in _HEDGES]
# "moins de 50 villes", "fewer than 50 members": a bound from above, which no qualifier of the data contract states.
_BELOW_BEFORE = re.compile(r"(?:^|[\s(])(?:moins\s+de|moins\s+d['’]|less\s+than|fewer\s+than|under|below|weniger\s+als"
                           r"|menos\s+de|meno\s+di)\s*$", re.IGNORECASE)

# What is being counted, by unit. At one position the first matching alternative wins, so "Etats membres" /
# "member states" are tried before "membres" / "members", and "gouvernements locaux" before "villes".
_UNIT_NOUNS = (
    ("countries", r"[ée]tats\s+membres|member\s+states|pays|[ée]tats|countries|nations|states"
                  r"|mitgliedstaaten|mitgliedsstaaten|l[äa]ndern?|staaten|nationen"
                  r"|pa[íi]ses|estados(?:\s+miembros)?|naciones|paesi|stati(?:\s+membri)?|nazioni"
                  # German compounds of states or countries: "zehn Ostseeanrainerstaaten", "27 EU-Staaten", "zwölf
                  # Nachbarländern"; not a federation's own states ("16 Bundesländer") nor partner or third countries
                  r"|[a-zäöü-]{2,24}(?<!bundes)(?<!partner)(?<!dritt)(?:staaten|l[äa]ndern?)"),
    # German compounds name their kind first: "60 nationale Kommunalverbände", "2.500 Kommunal- und Regionalregierungen"
    ("associations", r"associations|(?:kommunal|spitzen|landes|st[äa]dte|gemeinde|dach)?verb[äa]nde[n]?|asociaciones"
                     r"|associazioni"),
    ("regions", r"r[ée]gions|sections\s+r[ée]gionales|regional\s+sections|weltregionen|regionen|regiones|regioni"
                # the regional offices a network is organised in: "ocho secretarías regionales", "otto segretariati
                # regionali", "eight regional secretariats", "huit secrétariats régionaux", "acht Regionalsekretariate"
                r"|secr[ée]tariats\s+r[ée]gionaux|regional\s+secretariats|regionalsekretariate[n]?"
                r"|secretar[íi]as\s+regionales|segretariati\s+regionali"),
    ("projects", r"projets|projects|projekte[n]?|proyectos|progetti"),
    ("inhabitants", r"habitants|inhabitants|residents|einwohner(?:innen|n)?|habitantes|abitanti"),
    ("governments", r"gouvernements|collectivit[ée]s|autorit[ée]s\s+locales|pouvoirs\s+locaux|governments"
                    # "100,000 local and regional authorities": the regional tier's noun closes the list
                    r"|(?:local|regional)\s+authorities|gebietsk[öo]rperschaften|regierungen|lokalregierungen|gobiernos"
                    r"|regionalregierungen|kommunalregierungen|regionalverwaltungen|kommunalverwaltungen"
                    r"|autoridades\s+locales|governi|enti\s+locali|amministrazioni\s+locali|autorit[àa]\s+locali"
                    r"|entidades\s+locales|entes\s+locales"
                    # a public body of any tier, a network's members by that noun alone: "oltre 500 enti soci", "300
                    # enti aderenti", "200 entes asociados" (not "130 entidades públicas y privadas")
                    r"|enti|entes"
                    # English local authorities by their name, the count's noun itself, a local tier's or a member's
                    # ("representing over 300 councils", "320 local councils", "164 district councils", "more than 40
                    # member councils", as "500 collectivités membres"); "3 advisory councils" are its own bodies
                    r"|(?<=\d\s)councils|(?:local|county|district|unitary|borough|parish|member)\s+councils"
                    # the councils of a state or a nation by its adjective or its name: "all 29 Tasmanian councils",
                    # "the 79 Victorian councils", "22 Welsh councils", "all 77 Queensland councils"
                    rf"|(?<=\d\s){_STATE_BEFORE_COUNCILS}\s+councils"
                    # the tiers listed ("78 local, regional and unitary councils", "regional, city, district and
                    # unitary councils"), one of them beyond the city's
                    r"|(?=[a-z ,]{0,60}?\b(?:local|regional|county|unitary|borough|parish|rural)\b)"
                    r"(?:local|regional|county|district|city|unitary|borough|parish|rural)"
                    r"(?:(?:,\s*|,?\s+(?:and|or)\s+)(?:local|regional|county|district|city|unitary|borough|parish"
                    r"|rural)){1,4}\s+councils"),
    ("cities", (r"villes|cit[ée]s|cities|m[ée]tropoles|metropolises|metropolitan\s+areas|capitales|capitals"
                # the largest cities by their own noun: "une centaine de mégapoles", "casi 100 megaciudades"
                r"|m[ée]gapoles|mega-?cities|megaciudades|megal[óo]polis|megalopoli|megacitt[àa]"
                # "casi 140 áreas metropolitanas", "27 urban authorities", "40 city councils"
                r"|[áa]reas\s+metropolitanas|aires\s+m[ée]tropolitaines|aree\s+metropolitane|urban\s+authorities"
                r"|(?:city|town)\s+councils"
                r"|municipalit[ée]s|municipalities|communes|towns|membres|members"
                r"|(?:mitglieds?|haupt|gro[ßs]|partner|mega)?st[äa]dten?|metropolen|(?:mitglieds?)?(?:kommunen|gemeinden)"
                # German compounds naming the cities' kind: "rund zwanzig europäische Universitätsstädte"
                r"|(?:universitäts|hochschul|wissenschafts|hanse|kultur|kulturhaupt|landeshaupt|welterbe|hafen|grenz"
                r"|kreis|bischofs|industrie|fairtrade)st[äa]dten?"
                r"|mitglieder[n]?"
                r"|ciudades|urbes|municipios|ayuntamientos|metr[óo]polis|miembros"
                r"|citt[àa]|comuni|capitali|metropoli|membri"
                # a network's members by the word for those who adhere: "plus de 200 adhérents", "oltre 500 soci"
                r"|adh[ée]rents|aderenti|adherentes|soci|socios")),
)
_NOUN = "|".join(f"(?P<{unit}>{nouns})" for unit, nouns in _UNIT_NOUNS)
# Words that end the noun phrase of a number: "200 000 habitants" is counted, "2004 à Paris" is not.
_BREAKERS = (r"de|des|du|d|of|in|dans|en|à|a|au|aux|from|for|pour|par|by|with|avec|since|depuis|sur|on|to"
             r"|qui|which|that|le|la|les|the|sont|are|is|est|ont|have|has|ans|years"
             r"|von|vom|der|die|das|den|dem|im|aus|mit|seit|für|zu|bei|auf|sind|hat|haben|jahre[n]?"
             r"|el|los|las|con|desde|para|por|que|del|son|tiene|años"
             r"|di|della|delle|dei|degli|il|lo|gli|nel|nella|da|dal|per|che|sono|ha|hanno|anni|\d+"
             # Italian prepositions with their article: "presieduta fino al 2028 dalla città di Gand"
             r"|dall|dallo|dalla|dalle|dagli|dai|al|all|allo|alla|alle|agli|ai|nell|nello|nelle|negli|nei")
_AFTER_NUMBER = re.compile(
    rf"\s+(?:(?!(?:{_BREAKERS})\b)[\w’'\-]+\s+){{0,3}}?(?:{_NOUN})\b", re.IGNORECASE)
# "83 des plus grandes villes du monde", "83 of the world's largest cities": a superlative in between; "200 of
# Europe's larger cities", "200 de las principales ciudades": the place or the rank that picks the cities out.
_AFTER_NUMBER_SUPERLATIVE = re.compile(
    rf"\s+(?:des\s+plus\s+[\w-]+|of\s+the\s+(?:world['’]s\s+)?(?:[\w-]+est|leading|major|most\s+[\w-]+)"
    rf"|of\s+(?:the\s+)?[\w-]+['’]s|des\s+principales|de\s+las\s+(?:principales|grandes)"
    rf"|delle\s+(?:principali|grandi)|der\s+wichtigsten"
    rf"|der\s+gr[öo][ßs]ten|de\s+las\s+(?:mayores|más\s+[\w-]+)|delle\s+(?:maggiori|più\s+[\w-]+))"
    rf"\s+(?:[\w’'\-]+\s+){{0,2}}?(?:{_NOUN})\b",
    re.IGNORECASE)
# "140 de los 193 Estados miembros", "120 of the 193 UN member states": a part of a total, counted in its noun; a
# place's whole in one to three words: "77 of New Zealand's 78 local authorities".
_OF_A_PLACES = r"of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?[\w-]+(?:['’]s|s['’])"
_AFTER_NUMBER_PART_OF = re.compile(
    rf"\s+(?:de\s+los|de\s+las|of\s+the|{_OF_A_PLACES}|des|sur\s+les|dei|degli|delle|der)"
    rf"\s+\d[\d.,\s]*?\s+(?:[\w’'\-]+\s+){{0,1}}?(?:{_NOUN})\b", re.IGNORECASE)
# "Son ya más de 200 las ciudades que forman parte de ...", "Sono oltre 200 le città che aderiscono a ...": the count,
# then its noun in a cleft.
_AFTER_NUMBER_CLEFT = re.compile(rf"\s+(?:les|las|los|le|gli|i)\s+(?:{_NOUN})\s+(?:qui|que|che)\b", re.IGNORECASE)
# "2,5 millions d'habitants", "1.2 million of residents"
_AFTER_MILLIONS = re.compile(rf"\s+(?:d['’]\s*|de\s+|di\s+|of\s+)(?:{_NOUN})\b", re.IGNORECASE)
_ANY_NUMBER = re.compile(rf"(?=\d){_NUMBER}")
_DIGIT = re.compile(r"\d")
# "fondée par six capitales", "founded by six capitals": the founders, not the members.
# "composta da 130 città", "integrada por 40 ciudades": what the network is made of, its members.
_FOUNDERS_BEFORE = compile_guarded(
    r"(?:\bpar|\bby|\bvon|(?<!compuesta\s)(?<!compuesto\s)(?<!integrada\s)(?<!integrado\s)"
    # "está formada por 300 ciudades", "è formata da": what it is made of now
    r"(?<!está\sformada\s)(?<!está\sformado\s)(?<!formada\s)(?<!formado\s)"
    r"\bpor|(?<!composta\s)(?<!composto\s)(?<!formata\s)(?<!formato\s)\bda)\s*$",
    re.IGNORECASE)
# "issue de la fusion de trois associations", "from the merger of two networks": the organisations the network was
# made of, not its members. A union ("a partir de la unión de tres asociaciones", "Zusammenschluss zweier Verbände")
# is one only of associations: "ein Zusammenschluss von 200 Städten" is the network itself.
_OF = r"\s+(?:de\s+(?:la\s+|las\s+|los\s+)?|d['’]\s*|of\s+(?:the\s+)?|von\s+|di\s+|des\s+|du\s+|dei\s+)?$"
_MERGED_BEFORE = re.compile(rf"\b(?:fusion|merger|fusión|fusione){_OF}", re.IGNORECASE)
_UNITED_BEFORE = re.compile(rf"\b(?:union|unión|unione|zusammenschluss){_OF}", re.IGNORECASE)
# "six villes fondatrices", "six founding cities", "membres fondateurs": founders again; "cinq nouvelles villes",
# "40 membres associés": newcomers and associates, not the count of members; "New" opening a place's name ("77 of New
# Zealand's 78 councils") is no newcomer.
_FOUNDING_WORD = compile_guarded(r"\b(?:fondat(?:eur|rice)s?|founding|founders?|gr[üu]ndungs\w*|fundador(?:es|as)?"
                            # twin cities are the city's partners, not a network's members
                            r"|jumel\w*|twin(?:ned)?|sister|hermanad\w*|gemellat\w*|partnerst[äa]dte\w*"
                            r"|hermanas|sorelle|s[œo]eurs|schwesterst[äa]dte\w*"
                            r"|fondator[ie]|fondatric[ie]|nouve(?:aux|lles)"
                            r"|new(?!\s+(?:zealand|york|south\s+wales|brunswick|england|jersey|mexico|caledonia))"
                            r"|neue[n]?|nuev[oa]s|nuov[ei]|associ[ée]s|associate"
                            r"|assoziierte|asociad[oa]s|associati)\b", re.IGNORECASE)
# "membres du personnel", "members of the board", "Mitglieder des Vorstands": people, not member cities; so are the
# members of a council, with or without its article ("Four members of Council", "Mitglieder des Gemeinderats",
# "miembros del Pleno").
_PEOPLE_AFTER_MEMBERS = re.compile(
    r"\s*(?:du\s+personnel|de\s+l['’]équipe|du\s+bureau|du\s+conseil|du\s+comité|of\s+(?:the\s+)?staff"
    r"|of\s+the\s+(?:board|executive|council|committee)|of\s+(?:city\s+|town\s+)?council\b(?!\s+of\b)"
    r"|des\s+(?:vorstands|präsidiums|teams|(?:gemeinde|stadt|kreis)rat(?:e)?s)"
    r"|del\s+(?:personal|consejo|equipo|comité|pleno)|del\s+(?:personale|consiglio|comitato)|della\s+giunta)\b",
    re.IGNORECASE)
_PEOPLE_WORDS = compile_guarded(r"\b(?:staff|board|team|équipe|personnel|salariés|employees|mitarbeiter\w*|personal"
                                r"|dipendenti|committee|comité|bureau|vorstand|ausschuss|präsidium|comitato|junta)\b",
                                re.IGNORECASE)
# "des maires de 50 villes", "officials from 30 cities", "amministratori e tecnici di una trentina di città": the people
# who came, counted by the cities they came from.
_PEOPLE_FROM_BEFORE = compile_guarded(
    r"\b(?:maires|élus|fonctionnaires|techniciens|mayors|officials|councillors|practitioners|bürgermeister(?:innen)?"
    r"|fachleute|alcaldes(?:as)?|funcionarios|técnicos|concejales|sindaci|amministratori|tecnici|funzionari"
    r"|assessori)(?:\s+(?:et|and|und|y|e)\s+[\w-]+)?\s+(?:de|d['’]|des|from|of|aus|von|di|da|delle|dei)\s+"
    r"(?:[\w'’]+\s+){0,2}$", re.IGNORECASE)
_PEOPLE_FROM_CHARS = 70
# "la rete dei sindaci di 8.000 città", "a network of mayors from 100 cities", "l'UCUE réunit les maires des 27
# capitales": the network's members after all.
_NETWORK_OF_BEFORE = re.compile(r"\b(?:réseau|rete|network|red|netzwerk|verbund|alliance|alleanza|alianza"
                                r"|association|associazione|asociación|réunit|rassemble|regroupe|fédère|riunisce"
                                r"|raggruppa|unisce|brings\s+together|unites|gathers|vereint|reúne|agrupa)"
                                r"\s+(?:[\w'’]+\s+){0,3}$", re.IGNORECASE)


# "a global network of nearly 100 mayors of the world's leading cities", "un réseau de 300 maires de villes
# francophones", "una red de 200 alcaldes de ciudades", "una rete di 8.000 sindaci di città", "ein Netzwerk von 100
# Bürgermeistern aus Städten": a network's mayors counted, one a city: its member cities.
_MAYORS_OF_CITIES_AFTER = re.compile(
    rf"\s+(?:mayors|maires|alcaldes(?:as)?|sindaci|bürgermeister(?:innen|n)?)\s+(?:of|from|de|des|d['’]|di|dei|delle"
    rf"|degli|aus|von)\s*(?:[\w’'\-]+\s+){{0,3}}?(?:{_NOUN})\b", re.IGNORECASE)
_NETWORK_OF_CHARS = 40


def _mayors_of_a_networks_cities(sentence: str, number_start: int, after: int) -> re.Match | None:
    noun = _MAYORS_OF_CITIES_AFTER.match(sentence, after)
    if noun is None or noun.lastgroup != "cities":
        return None
    return noun if _NETWORK_OF_BEFORE.search(sentence, max(0, number_start - _NETWORK_OF_CHARS), number_start) else None


# A line that is only the people by their cities: "Mayors of 22 of Canada's largest cities", "Maires de 300 villes
# francophones" (a table's cell, a card's line, a row's value): what the network is made of, one city each.
# Their cities' adjective may end the line ("villes francophones", "ciudades iberoamericanas", "città italiane",
# "europäischen Städten" has it before), never a verb ("Mayors of 50 cities met in Paris").
_LINE_ENDS = re.compile(r"(?:\s+[^\W\d_]{2,20}(?:phones?|ain[es]{0,2}|ais[es]{0,2}|ois[es]{0,2}|ian[aeio]s?|ican[aoe]s?"
                        r"|[ae]ñ[oa]s|ean|ese|eas?|ens))?\s*[.;]?\s*$")


_LINE_OPENS = re.compile(r"(?:[^:.;]{0,80}:)?\s*")  # nothing, or the row's label: "Mayors for Peace: Sindaci di ..."


def _a_line_of_people_by_their_cities(sentence: str, number_start: int, noun: re.Match) -> bool:
    people = _PEOPLE_FROM_BEFORE.search(sentence, max(0, number_start - _PEOPLE_FROM_CHARS), number_start)
    return bool(people) and bool(_LINE_OPENS.fullmatch(sentence, 0, people.start())) and bool(
        _LINE_ENDS.match(sentence, noun.end()))


def _counts_people_from(sentence: str, number_start: int) -> bool:
    people = _PEOPLE_FROM_BEFORE.search(sentence, max(0, number_start - _PEOPLE_FROM_CHARS), number_start)
    return bool(people) and not _NETWORK_OF_BEFORE.search(sentence, max(0, people.start() - 30), people.start())
# "250,000 inhabitants or more", "200 000 habitants et plus": the hedge after the noun.
_OR_MORE_AFTER = re.compile(r"\s*(?:or\s+more|ou\s+plus|et\s+plus|oder\s+mehr|und\s+mehr|o\s+más|o\s+più|e\s+oltre)\b",
                            re.IGNORECASE)
# A city noun, then "de plus de" / "of more than" / "mit über" right before the number of inhabitants.
_THRESHOLD_BEFORE = re.compile(
    r"\b(?:villes|cit[ée]s|cities|m[ée]tropoles|metropolises|capitales|capitals|municipalit\w+|communes|towns"
    r"|membres|members|st[äa]dte[n]?|metropolen|kommunen|gemeinden|ciudades|urbes|municipios|metr[óo]polis|citt[àa]"
    r"|comuni|metropoli|agglom[ée]rations|areas)\b[^.;]{0,60}?"
    rf"\b(?:de|d['’]|of|with|avec|mit|von|con|di|da|ab|from|à partir de)\s+(?:(?:{HEDGE_WORDS})\s*)?$",
    re.IGNORECASE)


# "the 200-member network", "a 140-city alliance", "the 27-nation union": a count as the adjective of a network.
_AFTER_NUMBER_AS_ADJECTIVE = re.compile(
    r"-(?:(?P<cities>members?|city|cities|town|capital|municipality)|(?P<countries>country|nation|state))"
    r"\s+(?:[\w-]+\s+)?(?:network|alliance|association|organi[sz]ation|union|coalition|group(?:ing)?)\b", re.IGNORECASE)
# "a 200-strong network of cities", "a 140-strong community of members": the count, then what it counts.
_AFTER_NUMBER_STRONG = re.compile(
    r"-strong\s+(?:network|alliance|association|community|organi[sz]ation|group(?:ing)?|coalition)\s+of\s+"
    r"(?:[\w-]+\s+)?(?P<cities>cities|towns|municipalities|members|capitals|metropolises)\b",
    re.IGNORECASE)
_NOW_WORDS = (r"now|today|currently|aujourd['’]hui|désormais|actuellement|oggi|ormai|attualmente|heute|inzwischen"
              r"|mittlerweile|derzeit|hoy|actualmente|ya")
# "Le città firmatarie sono oggi oltre 280", "its member cities now number more than 200", "les villes membres sont
# aujourd'hui 325": the noun first, the count after the verb.
_NOUN_THEN_NUMBER = compile_guarded(
    rf"\b(?:{_NOUN})(?:\s+(?:membres?|members?|miembros?|membri|firmatari[ea]|signataires|signatories|adherentes"
    rf"|aderenti))?\s+(?:(?:{_NOW_WORDS})\s+)?(?:sont|sono|are|sind|son|number|total|zählen)\s+(?:(?:{_NOW_WORDS})\s+)?"
    rf"(?:(?:{HEDGE_WORDS})\s*)?$", re.IGNORECASE)
_NOUN_BEFORE_CHARS = 80
# "Le nombre de villes membres d'Eurocities s'élève à 210", "The number of Mayors for Peace member cities reached
# 8,400", "Die Zahl der Mitgliedsstädte beträgt 200": the count as the value of "the number of" its noun.
_NUMBER_OF_NOUN_IS = compile_guarded(
    rf"\b(?:nombre|number|zahl|anzahl|número|numero)\s+(?:de|d['’]|of|der|di|dei|delle)\s+(?:[^\W\d_][\w'’-]*\s+){{0,5}}?"
    rf"(?:{_NOUN})\b(?:\s+[^\W\d_][\w'’-]*){{0,4}}?\s+"
    rf"(?:s['’]élève\s+à|atteint|est\s+(?:aujourd['’]hui\s+)?de|reached|has\s+reached|stands\s+at|now\s+stands\s+at|totals"
    rf"|beträgt|liegt\s+bei|asciende\s+a|alcanza|es\s+de|ammonta\s+a|è\s+di|raggiunge|ha\s+raggiunto|è\s+salito\s+a)\s+"
    rf"(?:(?:{HEDGE_WORDS})\s*)?$", re.IGNORECASE)
_NUMBER_OF_CHARS = 120
# "cities with a population of 100,000 or more", "villes ayant une population de plus de 50 000", "Städte mit einer
# Einwohnerzahl von über 100.000", "ciudades con una población de más de 50.000", "comuni con una popolazione di oltre
# 50.000": the inhabitants named before their number, each member's size as the city noun's attribute (a threshold
# only after a city noun, as the noun after it); not the members' sum ("have a combined population of").
_POPULATION_BEFORE = compile_guarded(
    r"\b(?:with|having|avec|ayant|mit|con)\s+(?:an?\s+|une\s+|einer\s+|una\s+)?"
    r"(?P<inhabitants>populations?|einwohnerzahl|población|popolazione)"
    rf"\s+(?:of|de|d['’]|von|di)\s+(?:(?:{HEDGE_WORDS})\s*)?$", re.IGNORECASE)
_POPULATION_BEFORE_CHARS = 40
# Other kinds of members named with the cities: "vertritt 240.000 Städte, Gemeinden und Regionen", "fédère 1 000 villes
# et régions" count local and regional governments, whatever the verb; "1.000 Gemeinden, Schulen und Betriebe" counts
# members of every kind, not cities.
# A listed kind may be of two words: "450 cities, towns, villages, resort villages and northern municipalities", the
# last one a German compound's elided head: "siebzig Mitgliedsstädte und -regionen".
_COORDINATED_AFTER = re.compile(
    r"(?:\s*,\s*(?:[^\W\d_][\w-]*\s+)?[^\W\d_][\w-]*){0,4}\s+(?:und|and|et|y|e|sowie|oder|or|ou|o)\s+"
    r"(?:[^\W\d_][\w-]*\s+)?-?[^\W\d_][\w-]*",
    re.IGNORECASE)
# "vertritt über 3.200 Städte und Gemeinden", "représente 1 200 villes et communes": local units of two kinds, which a
# network is said to represent, are the local governments it represents ("vertritt 200 Städte" counts its members).
_LOCAL_UNITS_AMONG = re.compile(
    r"\b(?:gemeinden|kommunen|landkreise|kreise|communes|villes|municipalit[ée]s|towns|cities|municipalities|counties"
    r"|councils|ciudades|municipios|ayuntamientos|pueblos|comuni|citt[àa]|municipi|st[äa]dte"
    # a city's tier of its own: "los 1.102 municipios y distritos del país"
    r"|distritos|districts|distretti|bezirke"
    # the bodies municipalities form or run together, local units too: "950 municipios, consejos comarcales y
    # entidades municipalistas", "communes et intercommunalités", "comuni e unioni di comuni", "Gemeinden, Ämter und
    # Zweckverbände"
    r"|consejos\s+comarcales|consells\s+comarcals|comarcas|mancomunidades|entidades\s+(?:municipalistas|locales)"
    r"|entes\s+locales|intercommunalit[ée]s|communaut[ée]s\s+de\s+communes|unioni|comunit[àa]\s+montane|enti\s+locali"
    r"|[äa]mter|zweckverb[äa]nde|verbandsgemeinden|samtgemeinden)\b", re.IGNORECASE)
_REGIONS_AMONG = re.compile(r"\b(?:r[ée]gions|regionen|regiones|regioni|provinces|provinzen|provincias|province"
                            r"|diputaciones"
                            # a regional tier by its own name: "Kommunen und Bundesländer", "villes, communes et
                            # départements", "municipios y departamentos" (a Landkreis, a county is a local authority)
                            r"|bundesl[äa]nder[n]?|d[ée]partements|departamentos)\b",
                            re.IGNORECASE)
# "der zehn Länder und Kantone rund um den See", "ten states and provinces", "les dix Länder et cantons": states
# counted with cantons or provinces, a regional tier no one counts as a country, are regional governments ("40 pays et
# régions" counts countries and territories).
_CANTONS_OR_PROVINCES_AMONG = re.compile(r"\b(?:kantone[n]?|cantons|cantones|cantoni|provinzen|provinces|provincias"
                                         r"|province)\b", re.IGNORECASE)
# "240.000 municipios y gobiernos regionales": cities named with governments are counted as governments.
_GOVERNMENTS_AMONG = re.compile(r"\b(?:gobiernos|governi|governments|gouvernements|regierungen)\b", re.IGNORECASE)
# "più di 500 tra comuni, unioni di comuni, province e regioni", "más de 300 entre municipios, diputaciones y
# regiones": one total over local and regional tiers, the local and regional governments it gathers.
# "tra cui", "entre ellas", "entre otras" open examples of the members, not the kinds of the total.
_TOTAL_OVER_KINDS = re.compile(r"\s+(?:tra|fra|entre)\s+(?!cui\b|ell[oa]s\b|otr[oa]s\b|l[oa]s\s+que\b)[^.;:]{0,80}",
                               re.IGNORECASE)
_REPRESENTS_BEFORE = re.compile(r"\b(?:represents?|représente(?:nt)?|vertritt|vertreten|repräsentiert|representa[n]?"
                                r"|rappresenta(?:no)?"
                                r"|speaks?\s+for|spricht\s+für|sprechen\s+für"
                                # "is the voice of", "es la voz de", "porte la voix de", "ist die Stimme von"
                                r"|voice\s+of|voix\s+de|voz\s+de|voce\s+di|stimme\s+von|da\s+voz\s+a|dà\s+voce\s+a"
                                # the units it gathers indirectly too, through its member associations: "sind
                                # unmittelbar und mittelbar rund 3.200 Städte und Gemeinden organisiert", "directly
                                # and indirectly", "directement ou indirectement", "directa e indirectamente"
                                r"|mittelbar|indirectly|indirectement|indirectamente|indirettamente)\b"
                                # the verb farther when who it represents them through stands between: "vertritt
                                # über seine Mitgliedsverbände in den Ländern rund 3.200 Städte und Gemeinden"; not
                                # past a second verb it is coordinated with ("représente ... et compte 200 villes"),
                                # only past "directly and" ("vertritt direkt und über seine Landesverbände rund 3.200
                                # Städte und Gemeinden")
                                r"(?:(?:direkt|unmittelbar|directly|directement|directamente|direttamente)\s+"
                                r"(?:und|and|et|y|e|oder|or|ou|o)\s|(?!\s(?:and|et|und|y|e)\s)[^,.;:]){0,80}$",
                                re.IGNORECASE)
_REPRESENTS_BEFORE_CHARS = 100
# The verb after the units: last in a German relative clause ("der über 3.200 Städte und Gemeinden vertritt", their
# people between: "der rund 3.200 Städte und Gemeinden mit zusammen etwa 53 Millionen Einwohnern vertritt"), or in a
# relative clause on the units ("the 3,200 cities and towns it represents", "les 1 200 villes et communes qu'elle
# représente").
_REPRESENTS_AFTER = re.compile(
    r"[^,.;:]{0,100}?\b(?:vertritt|vertreten|repräsentiert|repräsentieren|(?:it|they)\s+represents?"
    r"|qu['’](?:elle|il)s?\s+représente(?:nt)?|que\s+representa[n]?|che\s+rappresenta(?:no)?)\b", re.IGNORECASE)
# "Universitätsstädte und ihre Hochschulen", "cities and their universities": the cities' own bodies, no members.
_THEIR_OWN_AFTER_AND = re.compile(r"\s(?:und|and|et|y|e)\s+(?:ihre[n]?|their|leurs|sus|le\s+loro|i\s+loro)\s+\S+$",
                                  re.IGNORECASE)
_OTHER_MEMBERS_AMONG = re.compile(
    r"\b(?:schulen|schools|écoles|escuelas|scuole|betriebe|unternehmen|firmen|companies|businesses|entreprises"
    r"|empresas|aziende|imprese|universit\w+|hochschulen|organi[sz]ations|organisationen|organizaciones"
    r"|organizzazioni|vereine|ngos|ong)\b", re.IGNORECASE)
# Other members added beside the count after a comma: "über 1.000 Gemeinden, dazu Schulen und Betriebe", "300 villes,
# ainsi que des écoles et des entreprises", "300 cities, plus schools and businesses": the count is of the cities alone.
_ADDED_BESIDE_AFTER = re.compile(r"\s*,\s*(?:dazu|zudem|außerdem|ferner|daneben|plus|besides|as\s+well\s+as"
                                 r"|in\s+addition\s+to|ainsi\s+que|en\s+plus\s+de|además\s+de|además|así\s+como"
                                 r"|oltre\s+a|inoltre|nonché)\b", re.IGNORECASE)
# "agrupa a más de 140 gobiernos metropolitanos", "140 metropolitan governments": the metropolises a network of
# metropolises gathers, its member cities ("gobiernos locales y metropolitanos" are the governments it represents).
_METROPOLITAN_AFTER = re.compile(r"\s+(?:metropolitan[oi]s?|métropolitains|metropolitane)\b(?!\s+(?:y|e|et|o|ou)\s)",
                                 re.IGNORECASE)
# "140 villes et régions métropolitaines": the metropolises a network of metropolises gathers, not regional tiers
_METROPOLITAN_LAST = re.compile(r"\s(?:metropolitan[oi]s?|métropolitaine?s|metropolitane)$", re.IGNORECASE)
_METROPOLITAN_BEFORE = re.compile(r"\s+metropolitan\s+", re.IGNORECASE)  # the only word between count and noun


# A state's or a nation's councils by its adjective or its name are all of them after "all" or "the" ("LGAT represents
# all 29 Tasmanian councils", "the 22 Welsh councils", "all 77 Queensland councils"); without, some of them ("12 Welsh
# councils are members").
_STATES_COUNCILS_AFTER = re.compile(rf"\s{_STATE_BEFORE_COUNCILS}\s+councils\b")
_ALL_OF_THEM_BEFORE = re.compile(r"\b(?:all(?:\s+of)?(?:\s+the)?|the)\s+$", re.IGNORECASE)


def _some_of_a_states_councils(sentence: str, number: re.Match) -> bool:
    return bool(_STATES_COUNCILS_AFTER.match(sentence, number.end())
                and not _ALL_OF_THEM_BEFORE.search(sentence, max(0, number.start() - 12), number.start()))


_FIRST_KIND = re.compile(r"\s+(?:tra|fra|entre)\s+(?:(?:le|i|gli|los|las)\s+)?(?P<kind>[^\W\d_]+)", re.IGNORECASE)


def _kinds_listed_after_the_noun(sentence: str, noun: re.Match) -> re.Match | None:
    first = _FIRST_KIND.match(sentence, noun.end())
    if first is None or not (_LOCAL_UNITS_AMONG.fullmatch(first.group("kind"))
                             or _REGIONS_AMONG.fullmatch(first.group("kind"))):
        return None
    return _TOTAL_OVER_KINDS.match(sentence, noun.end())


def _metropolitan_governments(sentence: str, noun: re.Match) -> bool:
    return bool(_METROPOLITAN_AFTER.match(sentence, noun.end())
                or _METROPOLITAN_BEFORE.fullmatch(sentence, noun.start(), noun.start(noun.lastgroup)))


_CLAUSE_ENDS_AFTER = re.compile(r"\s*(?:[,.;:()–—]|$)")  # the count ends its clause: "sono oggi oltre 280, ..."


@dataclass(frozen=True)
class Count:
    value: float
    qualifier: str  # exact, more_than, at_least, about, up_to
    unit: str       # cities, governments, associations, countries, regions, projects, inhabitants
    start: int      # offsets of the number in the text it was found in
    end: int


def parse_number(text: str) -> float | None:
    """The value of one written number: "1 000", "1,000", "240'000", "100.000", "2,5 millions"."""
    cleaned = text.strip().lower()
    millions = re.fullmatch(r"(\d+)(?:[.,](\d+))?\s+(?:millions?|millionen|millones|millón|milioni|milione)", cleaned)
    if millions:
        return float(f"{millions.group(1)}.{millions.group(2) or 0}") * 1_000_000
    if re.fullmatch(_GROUPED, cleaned):
        return float(re.sub(r"\D", "", cleaned))
    if cleaned.isdigit():
        return float(cleaned)
    return None


def bounded_before(text: str) -> bool:
    """The words ending `text` bound the number after them ("plus de", "at least", "up to", "fewer than"): a number
    written as an approximate collective after them ("plus d'un millier") takes their bound, not "about"."""
    return qualifier_before(text) in ("more_than", "at_least", "up_to") or bool(_BELOW_BEFORE.search(text[-30:]))


# "erstreckt sich über 38 Länder", "spread over 38 countries": "über" and "over" after a verb of extent say across,
# not more than.
_ACROSS_BEFORE = compile_guarded(r"\b(?:erstreck|verteil|verstreut|spread|extend|stretch|span)\w{0,4}\s+(?:sich\s+)?"
                                 r"(?:über|over)\s*$", re.IGNORECASE)


def qualifier_before(text: str) -> str:
    """The qualifier implied by the words that end `text` ("plus de" -> more_than), else exact."""
    tail = text[-30:]
    if _ACROSS_BEFORE.search(tail):
        return "exact"
    for pattern, qualifier in _HEDGE_BEFORE:
        if pattern.search(tail):
            return qualifier
    return "exact"


# "six cities founded the network", "sechs Städte gründeten", "seis ciudades han fundado", "sechs Städte haben 1986
# Eurocities gegründet": the founders, the verb (or its auxiliary) right after them.
_FOUNDED_AFTER = re.compile(
    r"\s+(?:(?:have|had|ont|avaient|han|habían|hanno|avevano)\s+)?(?:founded|created|set\s+up|launched|fondé|créé"
    r"|fondèrent|créèrent|gründeten|fundaron|fundado|crearon|creado|fondarono|fondato|crearono|creato)\b"
    r"|\s+(?:haben|hatten)\s[^.;,]{0,40}?\b(?:gegründet|ins\s+Leben\s+gerufen)\b", re.IGNORECASE)


# "alongside 16 other cities", "et 200 autres villes": some members beside the ones named, not the total.
_OTHER = re.compile(r"\b(?:other|others|autres|andere[n]?|weitere[n]?|otr[oa]s|altr[ei])\b", re.IGNORECASE)
# "junto a otras 20 ciudades", "con altre 20 città", "avec 20 autres villes": others than the city, not the members.
_OTHER_BEFORE = re.compile(r"\b(?:otr[oa]s|altr[ei]|autres|other|andere[n]?|weitere[n]?)\s+$", re.IGNORECASE)


# "30 villes partenaires", "12 partner cities", "20 ciudades socias", "five pilot cities": a project's partners or
# pilots, not a network's members.
_PARTNERS = re.compile(r"\b(?:partner|partners|pilot|piloto|pilota|lighthouse)\b", re.IGNORECASE)
_PARTNERS_AFTER = re.compile(r"\s+(?:partenaires|partners?|pilotes|pilots?|socias|socios|piloto|pilota|partner|phares"
                             r"|faro)\b", re.IGNORECASE)


def _counts_partners(sentence: str, number_start: int, noun: re.Match) -> bool:
    return bool(_PARTNERS.search(sentence, number_start, noun.start(noun.lastgroup))
                or _PARTNERS_AFTER.match(sentence, noun.end()))


# "jumelée avec 12 villes", "twinned with 12 cities in 10 countries", "mantiene relaciones con 20 ciudades": the city's
# partners and their countries.
_TWINNED_BEFORE = compile_guarded(
    r"\b(?:jumel[ée]e?s?\s+avec|twinned\s+with|hermanad[ao]s?\s+con|gemellat[ao]\s+con|verschwistert\s+mit"
    r"|(?:partnerschaften|städtepartnerschaften)\s+mit|(?:relations?|relationships?)\s+(?:avec|with)"
    # the twinnings the city keeps: "mantiene hermanamientos con más de 30 ciudades", "entretient des jumelages avec
    # 15 villes", "maintains sister city links with 20 cities", "has signed sister city agreements with six cities",
    # "intrattiene gemellaggi con 12 città"
    r"|hermanamientos?\s+con|jumelages?\s+avec|gemellaggi?\s+con"
    r"|(?:twinning|sister[- ]city)\s+(?:links|ties|agreements)\s+with"
    r"|partnerships?\s+with|partenariats?\s+avec"
    r"|relaciones\s+con|rapporti\s+con|beziehungen\s+(?:zu|mit))\s+(?:[\w'’]+\s+){0,4}$", re.IGNORECASE)
_TWINNED_CHARS = 50


# Spanish and Italian call a network's member cities its associated cities: "cuenta con más de 380 ciudades
# asociadas", "300 città associate" (but "40 miembros asociados", "membres associés" are associate members).
_CITIES_NOUN = re.compile(r"ciudades|municipios|città|comuni", re.IGNORECASE)
# and its member local governments the same way: "más de 7.400 entidades locales asociadas", "circa 1.200 enti
# locali e regionali associati", "280 enti associati", one more tier named before the participle.
_GOVERNMENTS_NOUN = re.compile(r"entidades\s+locales|entes(?:\s+locales)?|enti(?:\s+locali)?|amministrazioni\s+locali",
                               re.IGNORECASE)
_ASSOCIATED_AFTER = re.compile(r"(?:\s+(?:e|y)\s+(?:regionali|regionales|provinciali|provinciales))?"
                               r"\s+(?:asociad[oa]s|associat[ei])\b", re.IGNORECASE)


def _members_called_associated(sentence: str, noun: re.Match) -> re.Match | None:
    if not (noun.lastgroup == "cities" and _CITIES_NOUN.fullmatch(noun.group("cities"))
            or noun.lastgroup == "governments" and _GOVERNMENTS_NOUN.fullmatch(noun.group("governments"))):
        return None
    return _ASSOCIATED_AFTER.match(sentence, noun.end())


# The cities a relative clause says make up the network: "de las quince ciudades que integran la asociación", "of
# the 15 cities that make up the network", "des 15 villes qui composent le réseau", "delle 15 città che compongono la
# rete", "der 15 Städte, die dem Netzwerk angehören": all its members, whoever of theirs the sentence names.
_MAKE_UP_THE_NETWORK_AFTER = re.compile(
    r",?\s+(?:que\s+(?:integran|forman|componen|conforman)|that\s+(?:make\s+up|form|compose)|which\s+make\s+up"
    r"|qui\s+(?:composent|forment|constituent)|che\s+(?:compongono|formano|costituiscono)"
    r"|die\s+(?:de[mnr]|zu[mr])\s+\w+\s+(?:angehören|bilden))\s+(?:(?:la|el|le|the|il|l['’]|das|den|die)\s*)?"
    r"(?:asociación|red|grupo|federación|association|network|alliance|group|réseau|groupe|rete|associazione|gruppo"
    r"|netzwerk|verband|bündnis|verbund|(?-i:[A-Z][A-Za-z]))", re.IGNORECASE)


def _counts_founders_or_people(sentence: str, number_start: int, noun: re.Match) -> bool:
    """"fondée par six capitales", "six founding cities", "six cities founded", "40 membres du personnel", "16 other
    cities": not what a network has."""
    founded_by = (_FOUNDERS_BEFORE.search(sentence, max(0, number_start - 8), number_start)
                  or _MERGED_BEFORE.search(sentence, max(0, number_start - 30), number_start)
                  or (noun.lastgroup == "associations"
                      and _UNITED_BEFORE.search(sentence, max(0, number_start - 30), number_start)))
    # "380 ciudades asociadas" are the members themselves: a founding word or newcomers' may come after
    associated = _members_called_associated(sentence, noun)
    founding = _FOUNDING_WORD.search(sentence, associated.end() if associated else noun.start(), noun.end() + 25)
    if founded_by or founding or _FOUNDED_AFTER.match(
            sentence, noun.end()) or _OTHER.search(sentence, number_start, noun.end()) or _OTHER_BEFORE.search(
            sentence, max(0, number_start - 12), number_start) or _TWINNED_BEFORE.search(
            sentence, max(0, number_start - _TWINNED_CHARS), number_start):
        return True
    if noun.lastgroup == "countries":  # "mayors from some twenty countries": where the people came from
        return _counts_people_from(sentence, number_start)
    if noun.lastgroup != "cities":
        return False
    if _MAKE_UP_THE_NETWORK_AFTER.match(sentence, noun.end()):
        return False  # the people of all the members: "los técnicos de las 15 ciudades que integran la asociación"
    return bool(_PEOPLE_AFTER_MEMBERS.match(sentence, noun.end())
                or _PEOPLE_WORDS.search(sentence, max(0, number_start - 20), noun.end())
                or (_counts_people_from(sentence, number_start)
                    and not _a_line_of_people_by_their_cities(sentence, number_start, noun)))


def _is_population_threshold(sentence: str, number_start: int) -> bool:
    """"113 métropoles de plus de 200 000 habitants": inhabitants that qualify member cities, not a city's own."""
    return bool(_THRESHOLD_BEFORE.search(sentence, max(0, number_start - 90), number_start))


# "les deux capitales", "the two cities": the ones just named, not a count; "140 de los 193 Estados": a total of
# something else.
_NAMED_FEW_BEFORE = compile_guarded(r"\b(?:les|the|die|beiden|le|las|los|i|gli|ces|these|entrambe)\s+$", re.IGNORECASE)
# "Les 50 communes de la métropole", "the 12 cities of the Greater Manchester region", "die 30 Städte der
# Metropolregion": the towns of an area, named by the area, not a network's members.
_OF_AN_AREA_AFTER = re.compile(
    r"\s+(?:de\s+la|de\s+l['’]|du|des|of\s+the|in\s+the|der|des|del|de\s+la|della|dell['’]|dello|del)\s*"
    r"(?:[\w'’-]+\s+){0,3}?(?:r[ée]gions?|m[ée]tropoles?|agglom[ée]rations?|départements?|provinces?|county|counties"
    r"|areas?|metropolitan|metropolregion|regionen|kreis\w*|landkreis\w*|bundeslandes|área|comarcas?|provincias?"
    r"|regioni|regione|metropolitana|territoire|territory|territorio|canton)\b", re.IGNORECASE)
# "qui réunit les 27 communes du canton", "che riunisce i 116 comuni della provincia", "which brings together all the
# 12 councils of the region": a network of all the area's towns, its members (not an authority's own towns: "la
# Métropole, qui regroupe les 24 communes de l'agglomération").
_GATHERS_ALL_BEFORE = compile_guarded(
    r"\b(?:réunit|regroupe|rassemble|fédère|riunisce|raggruppa|associa|gathers|brings\s+together|unites|vereint"
    r"|reúne(?:\s+a)?|agrupa(?:\s+a)?)\s+(?:tou(?:te)?s\s+|tutti\s+|tutte\s+|all\s+|todos\s+|todas\s+|alle\s+)?"
    r"(?:les|i|le|the|die|los|las)\s+$", re.IGNORECASE)
_AN_AUTHORITYS_OWN_BEFORE = re.compile(r"m[ée]tropol|agglom|communaut[ée]|kreis|county|comarca|unione\s+dei\s+comuni"
                                       r"|mancomunidad|citt[àa]\s+metropolitana", re.IGNORECASE)
_GATHERS_ALL_CHARS = 40


def _gathers_all_of_an_area(sentence: str, number_start: int) -> bool:
    start = max(0, number_start - _GATHERS_ALL_CHARS)
    gathers = _GATHERS_ALL_BEFORE.search(sentence, start, number_start)
    return bool(gathers) and not _AN_AUTHORITYS_OWN_BEFORE.search(
        sentence, max(0, gathers.start() - _GATHERS_ALL_CHARS), gathers.start())


_PART_OF_TOTAL_CHARS = 50
_PART_OF_TOTAL_BEFORE = re.compile(r"\d\s+(?:de\s+los|de\s+las|of\s+the|sur\s+les|des|dei|degli|delle|der|von"
                                   rf"|{_OF_A_PLACES})\s+$", re.IGNORECASE)
# "200 membri, tra cui 12 città italiane", "dont 15 villes françaises", "including 18 German cities": some of them
# (but "325 membres, dont 17 associations nationales" counts the members of another kind).
_SOME_OF_THEM_BEFORE = compile_guarded(
    rf"\b(?:tra\s+cui|fra\s+cui|di\s+cui|dont|including|among\s+them|of\s+which|darunter|davon|entre\s+ellas"
    rf"|entre\s+ellos|incluidas|incluidos|parmi\s+elles|parmi\s+eux)\s+(?:(?:{HEDGE_WORDS})\s*)?$", re.IGNORECASE)


# "Vingt villes françaises sont membres d'Eurocities", "12 cities in the UK are members", "In Deutschland sind 30
# Städte Mitglied": the members of one country, some of the network's. Only as the subject of a membership: "La Red
# Española agrupa 300 ciudades españolas" counts a national network's members.
_NATIONAL = case_blind_search(compile_guarded(
    r"\b(?:fran[çc]ais(?:es)?|allemand(?:e?s)|espagnol(?:e?s)|italien(?:ne)?s|britanniques|belges|néerlandais(?:es)?"
    r"|portugais(?:es)?|polonais(?:es)?|suisses|autrichien(?:ne)?s|irlandais(?:es)?|suédois(?:es)?"
    r"|french|german|spanish|italian|british|belgian|dutch|portuguese|polish|swiss|austrian|irish|swedish|scottish"
    r"|english|welsh|deutsche[n]?|französische[n]?|spanische[n]?|italienische[n]?|britische[n]?|niederländische[n]?"
    r"|österreichische[n]?|polnische[n]?|schweizer|españolas|francesas|alemanas|italianas|portuguesas|británicas"
    r"|italiane|francesi|tedesche|spagnole|britanniche|portoghesi|olandesi|polacche|svizzere|austriache"
    # the masculine plurals: "comuni italiani", "municipios españoles"
    r"|italiani|tedeschi|spagnoli|britannici|polacchi|svizzeri|austriaci|españoles|franceses|alemanes|italianos"
    r"|portugueses|británicos"
    r"|(?:en|in|aus|nel(?:la)?|im|dans\s+l['’]|au)\s+(?:the\s+|der\s+|den\s+)?(?:france|allemagne|espagne|italie"
    r"|royaume-uni|belgique|pays-bas|suisse|autriche|pologne|portugal|irlande|germany|spain|italy|uk|united\s+kingdom"
    r"|britain|belgium|netherlands|switzerland|austria|poland|ireland|scotland|deutschland|frankreich|spanien|italien"
    r"|großbritannien|österreich|schweiz|niederlanden|polen|españa|francia|alemania|reino\s+unido|italia|germania"
    r"|spagna|regno\s+unito|svizzera))\b", re.IGNORECASE))
# A region's adjective, as a country's above: "sette i Comuni veneti membri della rete", "30 bayerische Städte sind
# Mitglied", "40 communes bretonnes adhérentes", "15 municipios vascos son miembros", "12 Welsh councils are members".
_REGIONAL = compile_guarded(
    r"\b(?:(?:venet|lombard|toscan|piemontes|emilian|romagnol|sicilian|puglies|campan|sard|ligur|friulan|trentin"
    r"|lazial|calabres|abruzzes|marchigian|umbr|molisan|lucan|valdostan)[aeio]"
    r"|(?:bayerisch|hessisch|sächsisch|niedersächsisch|thüringisch|württembergisch|badisch|brandenburgisch|steirisch"
    r"|kärntn(?:er)?isch|tirolisch|oberösterreichisch|niederösterreichisch|burgenländisch|rheinisch|westfälisch)e[nr]?"
    r"|kärntner|tiroler|vorarlberger|salzburger"
    r"|bretonn?e?s|normande?s|alsacien(?:ne)?s|occitane?s|wallonn?e?s|flamande?s|bourguignon(?:ne)?s|provença(?:l|ux|les)"
    r"|québécois(?:es)?"
    r"|vasc[oa]s|catalan(?:e|a)s|galleg[oa]s|andaluc(?:es|as)|valencian[oa]s|aragones(?:es|as)|asturian[oa]s"
    r"|castellan[oa]s|canari[oa]s|navarr[oa]s|murcian[oa]s|extremeñ[oa]s|madrileñ[oa]s"
    r"|welsh|scottish|bavarian|tyrolean|catalan|basque|flemish|walloon)\b", re.IGNORECASE)
def names_a_region(text: str) -> bool:
    """A region's adjective in `text`: "niedersächsischen", "comuni sardi", "municipios vascos", "Welsh"."""
    return _REGIONAL.search(text) is not None


def names_a_nation(text: str) -> bool:
    """A country's adjective or name in `text`: "British", "französische", "in Germany"."""
    return _NATIONAL.search(text) is not None


_MEMBERSHIP_AFTER = re.compile(
    r"[^.;:]{0,30}?\b(?:members?|membres?|mitglied(?:er)?|miembros?|membri|adhèrent|aderiscono|adhieren|belong"
    r"|forman\s+parte|fanno\s+parte|font\s+partie|gehören|pertenecen|participent|partecipano|participan"
    # "les 40 villes adhérentes", "i comuni aderenti", "las ciudades adheridas"
    r"|adhérentes?|aderenti|adherentes|adherid[oa]s)\b",
    re.IGNORECASE)
_NATIONAL_BEFORE_CHARS = 30
_NATIONAL_AFTER_CHARS = 25


# The verb of membership before the count, after the country: "Allein in Deutschland gehören ihm über 800 Städte an",
# "In Italia aderiscono alla rete oltre 600 comuni", "En España pertenecen a la red más de 60 ciudades".
_MEMBERSHIP_BEFORE = compile_guarded(
    r"\b(?:gehören|angehören|sind|adhèrent|appartiennent|aderiscono|appartengono|adhieren|pertenecen|belong"
    r"|font\s+partie|fanno\s+parte|forman\s+parte)\b", re.IGNORECASE)
_COUNTRY_BEFORE_VERB_CHARS = 60
_COUNTRY_ALONE_AFTER_CHARS = 40
_NO_CLAUSE_MARK = re.compile(r"[^,;:()]*")
_MEMBERS_IN_THE_CLAUSE = re.compile(r"\b(?:members?|membres?|mitglied\w*|miembros?|membri|adhérente?s?|aderenti"
                                    r"|adherentes|adherid[oa]s)\b", re.IGNORECASE)
_COUNTRY_OPENS_THE_CLAUSE = re.compile(r",?[^,;:()]*")  # "In the UK, member cities number over 80"


# Members as the count's noun, or named right after it: "In Deutschland zählt das Netzwerk 800 Mitglieder"; or named
# between the country and the count: "In Italia le città aderenti sono oltre 500", "In the UK, member cities number 80".
_MEMBERS_NOUN = re.compile(r"members?|membres?|mitglieder[n]?|miembros|membri", re.IGNORECASE)
_MEMBERS_AFTER_NOUN = re.compile(r"\s+(?:members?|membres?|miembros?|membri|adhérentes?|aderenti|adherentes"
                                 r"|adherid[oa]s)\b", re.IGNORECASE)
# A country the sentence singles out: "In the UK alone, ...", "Allein in Deutschland", "Rien qu'en France", "Solo en
# España", "Solo in Italia".
_COUNTRY_ALONE = case_blind_search(re.compile(
    rf"(?:{_NATIONAL.pattern})\s+(?:alone|allein|seul(?:e|ement)?)\b"
    r"|\b(?:allein|nur|rien\s+qu['’]|solo|sólo|solamente|soltanto|solamente)\s*(?:en|in|au|nel(?:la)?|im)\b",
    re.IGNORECASE))


# What may open a clause before its country: "Allein in Deutschland", "Heute in Deutschland", "Today, in Spain".
_BEFORE_THE_COUNTRY = re.compile(r"(?:^|[,;:]\s*)(?:(?:allein|nur|heute|bereits|today|already|now|aujourd['’]hui"
                                 r"|déjà|hoy|ya|oggi|già|attualmente|actualmente|actuellement)\s+)?$",
                                 re.IGNORECASE)


def _joins_in_a_country_before(sentence: str, number_start: int, noun: re.Match) -> bool:
    """A clause opened by a country, then a verb of membership or members as the count's noun, then the count; or a
    country the sentence singles out before the count."""
    start = max(0, number_start - _COUNTRY_BEFORE_VERB_CHARS)
    if _COUNTRY_ALONE.search(sentence, start, number_start):
        return True
    country = next((found for found in _NATIONAL.finditer(sentence, start, number_start)
                    if _BEFORE_THE_COUNTRY.search(sentence, max(0, found.start() - 20), found.start())
                    and _COUNTRY_OPENS_THE_CLAUSE.fullmatch(sentence, found.end(), number_start)), None)
    return bool(country) and bool(_MEMBERSHIP_BEFORE.search(sentence, country.end(), number_start)
                                  or _MEMBERS_NOUN.fullmatch(noun.group(noun.lastgroup))
                                  or _MEMBERS_AFTER_NOUN.match(sentence, noun.end())
                                  or _MEMBERS_IN_THE_CLAUSE.search(sentence, country.end(), number_start))


# A member word inside the count's noun: "900 deutschen Mitgliedsstädte", "80 British member cities".
_MEMBER_IN_THE_NOUN = re.compile(r"member|membre|mitglied|miembro|membro|adhérent|aderent|adherent", re.IGNORECASE)


def _national_member_noun(noun: re.Match) -> bool:
    """"die Arbeit der rund 900 deutschen Mitgliedsstädte", "the 80 British member cities": a country's adjective and
    a member word in the count's noun."""
    return bool(_NATIONAL.search(noun.group()) and _MEMBER_IN_THE_NOUN.search(noun.group()))


# A national network of a programme, described in lower case as the count's subject: "la red nacional de ciudades
# educadoras cuenta con 12 municipios", "the national network has 30 cities", "le réseau national compte 80 villes",
# "la rete nazionale conta 70 comuni", "zählt das nationale Netzwerk 90 Städte": that network's members, not the
# programme's (a national network named by its name, "Red Estatal de Ciudades Educadoras", is a network of its own, and
# so is one the national network describes in apposition: "le RfVS, le réseau national des Villes-Santé de l'OMS en
# France, qui rassemble 100 villes").
_NATIONAL_NETWORK_SUBJECT = compile_guarded(
    r"\b(?i:la|el|the|le|il|das|its|su|son|sa|sua|ihr)\s+(?:red\s+(?:nacional|estatal)|national\s+network"
    r"|réseau\s+national|rete\s+nazionale|nationale\s+Netzwerk)\b[^.;:(),]{0,60}?\s"
    r"(?i:cuenta\s+con|agrupa(?:\s+a)?|reúne(?:\s+a)?|has|counts|brings\s+together|gathers|compte|regroupe|réunit|rassemble"
    r"|conta|riunisce|raggruppa|zählt|umfasst|vereint)\s+(?:[\w'’]+\s+){0,2}$"
    # the German verb before its subject: "In Deutschland zählt das nationale Netzwerk rund 90 Städte"
    r"|\b(?i:zählt|umfasst|vereint|hat)\s+(?i:das|ihr|sein)\s+nationale\s+Netzwerk\s+(?:[\w'’]+\s+){0,2}$")
_NATIONAL_NETWORK_CHARS = 120


# Regional secretariats are regions the network is organised in ("se organiza en ocho secretarías regionales", "è
# articolata in otto segretariati regionali", "gliedert sich in acht Regionalsekretariate", "is organised into eight
# regional secretariats", or a key figure alone: "Huit secrétariats régionaux"); offices it has ("cuenta con ocho
# secretarías regionales", "has eight regional secretariats") tell where it works, not the regions it spans.
_SECRETARIATS = re.compile(r"secr|segret|sekret", re.IGNORECASE)
_ORGANISED_IN_BEFORE = re.compile(
    r"(?:\b(?:organi[sz]ed|structured|divided|organisée?|structurée?|divisée?|organizad[oa]|estructurad[oa]"
    r"|dividid[oa]|organizzat[oa]|articolat[oa]|strutturat[oa]|divis[oa]|gegliedert|aufgeteilt|unterteilt)\s+(?:in|into|en)"
    r"|\bs['’](?:organise|structure|articule|divise)\s+en|\bse\s+(?:organiza|estructura|divide)\s+en"
    r"|\bsi\s+(?:articola|organizza|struttura|divide)\s+in|\bgliedert\s+sich\s+in)\s+$", re.IGNORECASE)
_SENTENCE_OPENS = re.compile(r"\W*$")


def _counts_offices_not_regions(sentence: str, number_start: int, noun: re.Match) -> bool:
    return bool(_SECRETARIATS.search(noun.group())) and not (
        _ORGANISED_IN_BEFORE.search(sentence, max(0, number_start - 40), number_start)
        or _SENTENCE_OPENS.match(sentence, 0, number_start))


# The regions a count of members is placed in: "34 Comuni soci in tredici regioni", "una trentina di Comuni distribuiti
# in dodici regioni", "200 villes réparties dans 12 régions", "90 Kommunen in 12 Regionen", "cities across 12 regions":
# a country's regions where the members are, not the world regions a network spans ("300 villes réparties dans 8
# régions du monde", "in 8 Weltregionen" stay them, and so do the regions member countries are spread over: "120 pays
# membres de l'ONU, répartis en huit régions").
_MEMBERS_PLACED_IN_BEFORE = re.compile(
    r"\b(?:comuni|citt[àa]|villes|communes|cities|towns|municipalities|councils|st[äa]dte|kommunen|gemeinden"
    r"|ciudades|municipios|members|membres|mitglieder|miembros|soci|membri)\b[^.;:\d]{0,30}?"
    r"\b(?:in|dans|en|across|throughout|über|aus|de|di|da)\s+$", re.IGNORECASE)
_WORLD_REGIONS = re.compile(r"\s*(?:du\s+monde|of\s+the\s+world|del\s+mundo|del\s+mondo|der\s+welt|mondiales|mondiali"
                            r"|mundiales)\b", re.IGNORECASE)
_MEMBER_COUNTRIES_BEFORE = re.compile(r"\b(?:pays|countries|l[äa]nder|staaten|pa[íi]s(?:es)?|paesi|nations|nazioni"
                                      r"|naciones)\s+$", re.IGNORECASE)
_MEMBERS_PLACED_CHARS = 60


def _regions_where_members_are(sentence: str, number_start: int, noun: re.Match) -> bool:
    placed = _MEMBERS_PLACED_IN_BEFORE.search(sentence, max(0, number_start - _MEMBERS_PLACED_CHARS), number_start)
    return (placed is not None and not _WORLD_REGIONS.match(sentence, noun.end())
            and "welt" not in noun.group().lower()
            and not _MEMBER_COUNTRIES_BEFORE.search(sentence, max(0, placed.start() - 20), placed.start()))


def _counts_a_national_networks_members(sentence: str, number_start: int) -> bool:
    return bool(_NATIONAL_NETWORK_SUBJECT.search(sentence, max(0, number_start - _NATIONAL_NETWORK_CHARS),
                                                 number_start))


def _counts_a_countrys_members(sentence: str, number_start: int, noun: re.Match) -> bool:
    if _joins_in_a_country_before(sentence, number_start, noun) or _national_member_noun(noun):
        return True
    # "800 member cities in Germany alone": the country singled out right after, in the count's clause
    singled_out = _COUNTRY_ALONE.search(sentence, noun.end(), noun.end() + _COUNTRY_ALONE_AFTER_CHARS)
    if singled_out and _NO_CLAUSE_MARK.fullmatch(sentence, noun.end(), singled_out.start()):
        return True
    if not (membership := _MEMBERSHIP_AFTER.match(sentence, noun.end())):
        return False
    end = min(len(sentence), noun.end() + _NATIONAL_AFTER_CHARS)
    # "plus de 300 villes membres en France, en Belgique, en Suisse et au Canada": the countries it spans, listed
    return bool(_NATIONAL.search(sentence, max(0, number_start - _NATIONAL_BEFORE_CHARS), end)
                # a region's adjective on the members, before their membership ("200 città membri della rete
                # toscana" count the members of a Tuscan network)
                or _REGIONAL.search(sentence, noun.start(), membership.end())) and not (
        _countries_listed_after(sentence, noun.end()))


_COUNTRIES_LISTED_CHARS = 80
_LIST_MARK = re.compile(r"[;:()]")
# Another name listed after a country: "en España, Portugal y Francia", "in Deutschland, Österreich und der Schweiz".
_ANOTHER_LISTED = re.compile(r"(?:\s*,\s*|\s+(?:y|et|and|und|e|sowie)\s+)(?:(?:en|in|au|aux|nel|der|la|le|the)\s+)?"
                             r"(?-i:[A-ZÀ-Þ])")


def _countries_listed_after(sentence: str, start: int) -> bool:
    """Countries listed right after the count's noun, in its clause: where its members are."""
    end = min(len(sentence), start + _COUNTRIES_LISTED_CHARS)
    if mark := _LIST_MARK.search(sentence, start, end):
        end = mark.start()
    return any(_ANOTHER_LISTED.match(sentence, country.end(), end)
               for country in _NATIONAL.finditer(sentence, start, end))


_YEAR = re.compile(r"(?:1[89]|20)\d\d")
# A year a span ends with is no count either: "presieduta fino al 2028 dalla città di Gand", "hasta 2028".
_YEAR_CUE_BEFORE = compile_guarded(r"\b(?:depuis|since|seit|desde|dal|dès|en|in|im|nel|el|au|bis|until|till|through"
                                   r"|jusqu['’](?:en|à)|fino\s+al|sino\s+al|entro\s+il|hasta(?:\s+el)?)\s+$"
                                   r"|\b(?:année|year|año|anno|jahre?)\s+$|\bnell['’]\s*$", re.IGNORECASE)
# A year that ends a date: "dal 31 ottobre 2019 come Città creativa", "in October 2019 cities", "im April 1961 Städte".
_MONTH_BEFORE = re.compile(rf"(?<!\w){MONTH_PATTERN}\s*(?:de\s+|del\s+|,\s*)?$", re.IGNORECASE)


# "200+ cities", "8,000-plus members": that many or more.
_PLUS_AFTER = re.compile(r"\+|-plus\b", re.IGNORECASE)


def plus_after(text: str, position: int) -> bool:
    """A "+" or "-plus" right after the number that ends at `position`: that many or more."""
    return _PLUS_AFTER.match(text, position) is not None


# A count whose noun the sentence has given before: "six villes en 1986, elle en compte aujourd'hui 200", "oggi ne
# conta oltre 200", "est passé de 6 villes à plus de 200 aujourd'hui", "grew from 6 cities to more than 200", "heute
# sind es über 200".
_IMPLIED_NOUN_BEFORE = compile_guarded(
    rf"(?:\b(?:en|ne)\s+(?:compte|comptent|regroupe|réunit|rassemble|fédère|conta|contano|riunisce|raggruppa)"
    rf"|\bsind\s+es"
    rf"|\b(?:grew|grown|increased|risen|rose|expanded|passée?|augmenté|pasó|creció|aumentó|passat[oa]|cresciut[oa]"
    rf"|aumentat[oa]|gewachsen|gestiegen)\b[^.;]{{0,60}}?\s(?:to|à|a|auf|ad))"
    rf"\s+(?:(?:aujourd['’]hui|désormais|actuellement|oggi|ora|ormai|attualmente|heute|inzwischen|mittlerweile)\s+)?"
    rf"(?:(?:{HEDGE_WORDS})\s*)?$", re.IGNORECASE)
_IMPLIED_UNITS = {"cities", "countries"}
_IMPLIED_NOUN_CHARS = 90
# What may follow such a count in its clause: "... à plus de 200 aujourd'hui", "a 374 en la actualidad".
_IMPLIED_COUNT_ENDS = compile_guarded(
    r"\s*(?:aujourd['’]hui|today|now|oggi|heute|hoy|en\s+la\s+actualidad|à\s+ce\s+jour|ad\s+oggi)?\s*(?:[,.;:()–—]|$)",
    re.IGNORECASE)


def _with_an_implied_noun(sentence: str, number: re.Match, unit: str) -> Count | None:
    if _YEAR.fullmatch(number.group()) or not _IMPLIED_COUNT_ENDS.match(sentence, number.end()) or not (
            _IMPLIED_NOUN_BEFORE.search(sentence, max(0, number.start() - _IMPLIED_NOUN_CHARS), number.start())):
        return None
    value = parse_number(number.group())
    qualifier = qualifier_before(sentence[:number.start()])
    return Count(value, qualifier, unit, number.start(), number.end()) if value is not None else None


# The member cities' sizes as a range: "Städte mit 50.000 bis 250.000 Einwohnern", "cities with populations between
# 50,000 and 250,000", "villes de 50 000 à 250 000 habitants", "ciudades de entre 50.000 y 250.000 habitantes", "città
# tra 50.000 e 250.000 abitanti": the smallest size a member city has, the network's population threshold.
_POPULATION_RANGE = compile_guarded(
    r"\b(?:cities|towns|municipalities|villes|communes|st[äa]dte[n]?|kommunen|gemeinden|ciudades|municipios|città"
    r"|comuni)\b[^.;:\d]{0,40}?\b(?:with|mit|de|avec|con|di|tra|fra|entre|between|from|zwischen)\s+"
    r"(?:(?P<population>(?:an?\s+)?populations?\s+(?:of\s+)?(?:between\s+|from\s+)?)"
    r"|(?:entre|tra|fra|zwischen|between|from)\s+)?"
    # sizes written with their thousands grouped (never years), then their noun, or "populations" before them
    rf"(?P<low>{_GROUPED})\s*(?:bis|à|a|and|to|y|e|und|-|–)\s*(?P<high>{_GROUPED})"
    r"(?:\s+(?:inhabitants|residents|people|habitants|einwohner\w*|habitantes|abitanti)\b"
    r"|(?(population)(?=\s*(?:[.;,)]|$))|(?!)))",
    re.IGNORECASE)


def _population_ranges(sentence: str) -> list[Count]:
    """The lower bound of each range of the member cities' sizes, as the network's population threshold."""
    counts = []
    for found in _POPULATION_RANGE.finditer(sentence):
        low, high = parse_number(found.group("low")), parse_number(found.group("high"))
        if low is not None and high is not None and low < high:
            counts.append(Count(low, "exact", "inhabitants", found.start("low"), found.end("low")))
    return counts


def find_counts(sentence: str) -> list[Count]:
    """Every number in the sentence that counts one of the known units, with its hedge."""
    counts = []
    unit_so_far = None  # the unit the sentence last counted: "six villes ..., elle en compte 200" counts cities
    # The search starts at the first digit (a fast scan): every number starts with one, and the test of what
    # stands before a number still sees the text before that digit.
    first_digit = _DIGIT.search(sentence)
    for number in _ANY_NUMBER.finditer(sentence, first_digit.start()) if first_digit else ():
        plus = _PLUS_AFTER.match(sentence, number.end())
        after = plus.end() if plus else number.end()
        noun = (_AFTER_NUMBER.match(sentence, after) or _AFTER_NUMBER_SUPERLATIVE.match(sentence, after)
                or _AFTER_NUMBER_PART_OF.match(sentence, after) or _AFTER_NUMBER_CLEFT.match(sentence, after)
                or _mayors_of_a_networks_cities(sentence, number.start(), after))
        if noun is None and unit_so_far and (implied := _with_an_implied_noun(sentence, number, unit_so_far)):
            counts.append(implied)
            continue
        unit_so_far = noun.lastgroup if noun and noun.lastgroup in _IMPLIED_UNITS else unit_so_far
        in_millions = number.group().lower().endswith(("million", "millions", "millionen", "millones", "millón",
                                                        "milioni", "milione"))
        if noun is None and (in_millions or number.group().endswith("000000")):
            noun = _AFTER_MILLIONS.match(sentence, number.end())
        if noun is None:
            noun = (_AFTER_NUMBER_AS_ADJECTIVE.match(sentence, number.end())
                    or _AFTER_NUMBER_STRONG.match(sentence, number.end()))
        if noun is None and not _YEAR.fullmatch(number.group()) and _CLAUSE_ENDS_AFTER.match(sentence, number.end()):
            noun = _NOUN_THEN_NUMBER.search(sentence, max(0, number.start() - _NOUN_BEFORE_CHARS), number.start())
        if noun is None and not _YEAR.fullmatch(number.group()):
            noun = _NUMBER_OF_NOUN_IS.search(sentence, max(0, number.start() - _NUMBER_OF_CHARS), number.start())
        if noun is None and not _YEAR.fullmatch(number.group()):
            noun = _POPULATION_BEFORE.search(sentence, max(0, number.start() - _POPULATION_BEFORE_CHARS),
                                             number.start())
        if noun is None or _counts_founders_or_people(sentence, number.start(), noun) or _counts_partners(
                sentence, number.start(), noun):
            continue
        if _some_of_a_states_councils(sentence, number):
            continue
        value = parse_number(number.group())
        unit = noun.lastgroup
        if unit == "countries" and (others := _COORDINATED_AFTER.match(sentence, noun.end())) and (
                _CANTONS_OR_PROVINCES_AMONG.search(others.group())):
            unit = "governments"
        if unit == "cities" and not _ADDED_BESIDE_AFTER.match(sentence, noun.end()) and (
                others := _COORDINATED_AFTER.match(sentence, noun.end())):
            if _OTHER_MEMBERS_AMONG.search(others.group()) and not _THEIR_OWN_AFTER_AND.search(others.group()):
                continue
            regional_tiers = _REGIONS_AMONG.search(others.group()) and not _METROPOLITAN_LAST.search(others.group())
            if regional_tiers or _GOVERNMENTS_AMONG.search(others.group()) or (
                    _LOCAL_UNITS_AMONG.search(others.group()) and (
                    _REPRESENTS_BEFORE.search(sentence, max(0, number.start() - _REPRESENTS_BEFORE_CHARS),
                                              number.start())
                    or _REPRESENTS_AFTER.match(sentence, noun.end()))):
                unit = "governments"
        # the total's kinds listed after the count or after its noun: "oltre 500 soci tra Comuni, Province e Regioni"
        # (not the places it spreads between: "100 ciudades entre Andalucía y otras regiones")
        if unit == "cities" and (total := _TOTAL_OVER_KINDS.match(sentence, after)
                                 or _kinds_listed_after_the_noun(sentence, noun)) and (
                _REGIONS_AMONG.search(total.group()) or _GOVERNMENTS_AMONG.search(total.group())):
            unit = "governments"
        if unit == "governments" and _metropolitan_governments(sentence, noun):
            unit = "cities"
        if value is None or (unit == "inhabitants" and not _is_population_threshold(sentence, number.start())):
            continue
        before = sentence[max(0, number.start() - 20):number.start()]
        if ((value <= 3 and _NAMED_FEW_BEFORE.search(before))
                or _PART_OF_TOTAL_BEFORE.search(sentence, max(0, number.start() - _PART_OF_TOTAL_CHARS), number.start())
                or (_NAMED_FEW_BEFORE.search(before) and _OF_AN_AREA_AFTER.match(sentence, noun.end())
                    and not _gathers_all_of_an_area(sentence, number.start()))
                or (noun.lastgroup in ("cities", "countries")
                    and _SOME_OF_THEM_BEFORE.search(sentence, max(0, number.start() - 30), number.start()))
                or (noun.lastgroup == "cities" and _counts_a_countrys_members(sentence, number.start(), noun))
                or _counts_a_national_networks_members(sentence, number.start())
                or (unit == "regions" and (_counts_offices_not_regions(sentence, number.start(), noun)
                                           or _regions_where_members_are(sentence, number.start(), noun)))):
            continue
        if (_YEAR_CUE_BEFORE.search(before) or _MONTH_BEFORE.search(before)) and _YEAR.fullmatch(number.group()):
            continue  # "seit 2010 an Projekten", "31 ottobre 2019 come Città": a year, not a count
        qualifier = "at_least" if plus or _OR_MORE_AFTER.match(sentence, max(noun.end(), after)) else qualifier_before(
            sentence[:number.start()])
        if qualifier == "exact" and _BELOW_BEFORE.search(before):
            continue
        counts.append(Count(value, qualifier, unit, number.start(), number.end()))
    return counts + [count for count in (_population_ranges(sentence) if first_digit else ())
                     if not any(other.start == count.start for other in counts)]


def format_count(value: float) -> str:
    """Canonical text of a count: "1000", "2.5" (no trailing ".0")."""
    return str(int(value)) if value.is_integer() else repr(value)
