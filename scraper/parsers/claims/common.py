"""What the claims' families share: the `Claim` a finder returns, the attribute each counted unit
fills, and the word patterns several families read (capitalised places, founding and signing words, label words,
network nouns, clause breaks)."""

import re
from dataclasses import dataclass

from .. import count_context
from ..networks import NetworkMention, find_networks
from ..vocabulary import FOUNDING_VERBS

ATTRIBUTE_OF_UNIT = {
    "cities": "member_cities",
    "governments": "represented_governments",
    "associations": "member_associations",
    "countries": "member_countries",
    "regions": "regions",
    "projects": "projects",
    "inhabitants": "population_threshold",
}


@dataclass(frozen=True)
class Claim:
    attribute: str
    value: str
    position: int  # where in the sentence the claim starts, to find the network it is about
    value_num: float | None = None
    value_date: str | None = None
    qualifier: str = "exact"
    unit: str | None = None
    about: NetworkMention | None = None  # set when the wording itself names the network ("présidente du C40")


_UPPER = "A-ZÀ-ÖØ-ÞĀ-ž"  # with Latin Extended-A: "İbrahim", "Łódź"
# `(?=[...])` after `\b`: the first letters of the words that follow, so that most positions fail at once
# instead of trying every word.
# Case-sensitive inside case-insensitive cues: a place is capitalised words ("Den Haag", "Rio de Janeiro",
# "Frankfurt am Main", "Newcastle upon Tyne"); German "am" before a capitalised noun may start an adverbial
# ("am Rande des Gipfels", "am Montag"), so those stay out.
_NOT_A_RIVER = r"(?!Rande\b|Anfang\b|Ende\b|Wochenende\b|\w+tag\b|Mittwoch\b)"
# Words joined by a space only: a hyphen is part of a word ("Vitoria-Gasteiz"), and a hyphen that could part words
# too made "Ab-Ab-Ab-..." (twenty parts) take seconds, every way of cutting it tried.
# The lowercase words inside a place's name: "Castellón de la Plana", "Francoforte sul Meno", "Frankfurt an der Oder",
# "Rothenburg ob der Tauber", "Newcastle upon Tyne".
_PLACE = (rf"(?-i:[{_UPPER}][\w’'\-]*(?: (?:de la |de los |de las |de |del |da |do |la |di |sul |sulla |sur "
          rf"|(?:am |an der |ob der ){_NOT_A_RIVER}|upon )?"
          rf"[{_UPPER}][\w’'\-]*)*)")
# The founding verbs, and the German noun of a founding year ("Gründungsjahr: 1986").
# A founding meeting, held where and when the network was born: "held its inaugural session in The Hague in 2016".
_FOUNDING_MEETING = (r"inaugural\s+(?:session|meeting|congress|summit)"
                     r"|founding\s+(?:congress|assembly|meeting|conference)|congrès\s+fondateur|assemblée\s+constitutive|gründungsversammlung|gründungskongress"
                     r"|asamblea\s+constitutiva|congreso\s+fundacional|assemblea\s+costitutiva|congresso\s+fondativo")
# French past participles of founding the vocabulary's verbs lack ("instituée en 1961", "constituée à Paris"), and a
# city that founded it with others ("a cofondé CGLU en 2004", "a participé à la création de l'AIMF en 1979").
_FOUNDING_WORDS_FR = (r"institu[ée]e?s?|constitu[ée]e?s?|voit\s+le\s+jour"
                      r"|co-?fond[ée]e?s?|(?:participé|contribué|pris\s+part)\s+à\s+la\s+(?:fondation|création)")
# "Eurocities was born in Rotterdam in 1986": said of a network only (checked by the caller), never of a person.
_BORN = r"born"
# Born of a merger ("Issue de la fusion en 2004 de ...", "surgida de la fusión en 2004 de ..."), or the founding as a
# noun with a verb of happening ("Die Gründung erfolgte 1986 in Rotterdam", "La fundación tuvo lugar en 1995").
_FOUNDING_EVENT_WORDS = (r"issue?s?\s+de\s+la\s+fusion|surgid[oa]\s+de\s+la\s+fusión|nat[oa]\s+dalla\s+fusione"
                         r"|gründung\s+erfolgte|fundación\s+tuvo\s+lugar|fondazione\s+(?:è\s+)?avvenuta"
                         r"|création\s+(?:a\s+eu|eut)\s+lieu|founding\s+took\s+place")
_FOUNDING_WORDS = (rf"{_FOUNDING_EVENT_WORDS}|{FOUNDING_VERBS}|{_FOUNDING_WORDS_FR}|{_FOUNDING_MEETING}"
                   rf"|gründung(?:sjahr)?:?|{_BORN}")
# The words that link a founding verb to its date: "en mai 2004", "in 1986", "im Jahr 1986", "nell'aprile 1961".
# "en el año 1985" before "en": the pattern ends on its link, and the date is read where the link ends.
_DATE_LINK = (r"(?:(?:en\s+el\s+año|el\s+año|en|le|au mois d['’]|in|on|im(?:\s+jahre?)?|am|el|nel|ad|il)\s+"
              r"|nell['’]\s*(?:anno\s+)?"
              # Italian's elided article before a day: "fondata a Fès l'8 settembre 1993", "l'11 marzo"
              r"|l['’](?=\d{1,2}[°º]?\s+[^\W\d]))?")
_CLAUSE_BREAK = re.compile(r"[,;.:()]")
# The place may follow an institution where it happened: "in 1990 at the United Nations in New York", "en 1990 au
# siège des Nations unies à New York", "en 1990 en la sede de Naciones Unidas en Nueva York", "1990 am Sitz der
# Vereinten Nationen in New York".
_PLACE_AFTER_DATE = re.compile(
    r"\s*,?(?:\s+(?:at|au|aux|à\s+l['’]|bei|beim|am|en\s+la|en\s+el|presso"
    # "fondé en 1986 lors d'une conférence à Rotterdam", "during a meeting in", "durante una reunión en"
    r"|lors\s+d['’]une?|lors\s+du|lors\s+de\s+la|during|durante)\b[^,.;]{1,40}?)?"
    rf"\s+(?:à|in|en|a)\s+(?P<place>{_PLACE})")
_MAYOR = r"(?i:maire|mayor|bürgermeister(?:in)?|oberbürgermeister(?:in)?|alcalde(?:sa)?|intendent[ea]|sindac[oa])"


# A city's name and "since", a table's column of its joinings: "Cádiz, desde", "Kiel seit", "Swansea since",
# "Siena, dal", "Lucca aderisce dal"; not an office's or a label's words ("Präsident seit", "Partnerstadt seit",
# "Sede desde", "Signataire depuis").
_NOT_A_CITY_SINCE = (r"(?:(?:member|membre|mitglied|miembro|membro|adh[ée]r|ader|beitritt|partner|jumel|twin|sister"
                     r"|gemell|herman|pr[ée]siden|präsiden|vorsitz|secr|sekr|segret|bürgermeister|alcald|sindac"
                     r"|signat|unterzeichn|firmant|firmatari)\w*"
                     r"|membership|soci[oa]|dabei|chair|sede|siège|sitz|seat|headquarters|year|jahr|año|anno|année|date"
                     r"|datum|fecha|data|maire|mayor|lord|link|friendship|freundschaft|amitié|amistad|amicizia)\b")
_CITY_SINCE = (rf"(?P<city>(?!{_NOT_A_CITY_SINCE})(?-i:[{_UPPER}])[\w’'\-]+"
               rf"(?: (?:(?:de|del|di|am|upon|sur) )?(?-i:[{_UPPER}])[\w’'\-]+){{0,2}}),?"
               # its taking part since: "Lucca aderisce dal", "Lyon adhère depuis", "Gijón participa desde"
               r"(?: (?:(?:y|vi|ne|ci) )?(?:aderisce|adhère|participe|partecipa|participa|forma parte|fa parte"
               r"|takes part|participates|nimmt teil|ist dabei|dabei|est membre|is a member|es miembro|è membro"
               r"|ist mitglied))?"
               # a title that is its membership, with its date: "Adelaide designated" (a UNESCO creative city)
               r" (?:depuis|since|seit|desde|dal|designated|désignée?|designad[ao]|designat[ao])")


# A fact sheet's "label: value" rows (dt/dd lists and two-cell table rows become such sentences).
_LABELS = {
    "founded": r"fondation|création|date de création|année de création|founded|established|creation|year founded"
               r"|launched|set up|formed|lancée?"
               r"|(?:year|date) of (?:foundation|founding|establishment)|founding year|foundation year"
               r"|date de fondation|année de fondation"
               # the network's birth, its noun said ("Nascita della Rete: 2004"); a birth alone is a person's
               r"|nascita della rete|naissance du réseau|nacimiento de la red|birth of the network"
               r"|geburtsstunde des netzwerks",
    # A page's own "Created: 12 March 2013" line reads like a founding: under these labels only a year or a month.
    "created": r"created|créée?|creada|creado|creata|creato|erstellt"
               r"|gründung|gründungsjahr|gegründet|fundación|año de fundación|fundada|fundado|fondazione"
               r"|anno di fondazione|fondata|fondato"
               r"|año de creación|fecha de (?:creación|fundación)|anno di creazione|data di (?:fondazione|creazione)"
               r"|fond[ée]e?(?: en)?|cré[ée]e? en"
               r"|creación|constitución|fecha de constitución|año de constitución|costituzione|anno di costituzione"
               # the participle with its preposition of time: "Fundada en: 1986", "Fondata nel: 1986"
               r"|(?:fundad|cread|constituid)[oa] en|(?:fondat|creat|costituit)[oa] nel"
               r"|(?:founded|established|created) in|gegründet im(?: jahr)?"
               r"|year (?:established|of (?:creation|establishment))|founding date|date founded|gründungsdatum"
               r"|ins leben gerufen|founding",
    # "Sede de la Secretaría Técnica: Montevideo", "Sede del segretariato: Bruxelles": before "sede" alone, whose
    # "de ..." would be read as the network the label names
    "headquarters": r"sede de la secretaría(?: técnica| permanente| general| ejecutiva)*|sede del segretariato"
                    # the seat of the network's office: "Sitz der Geschäftsstelle", "Siège du secrétariat"
                    r"|sitz (?:der geschäftsstelle|des (?:ständigen )?sekretariats)"
                    r"|siège du secrétariat(?: permanent| général| mondial| international)?"
                    r"|seat of the (?:permanent |world |general )?secretariat"
                    r"|sede della segreteria|secretariat based in|head office location|secretaría general"
                    # the seat's noun with the adjectives of the network's own seat: "World secretariat", "Registered
                    # office", "Siège statutaire", "Vereinssitz" (not a regional or a national office's)
                    r"|(?:(?:global|world|international|executive|permanent|registered|main|central|general|welt|haupt"
                    r"|internationales?|europäisches?|zentrales?|vereins)\s*)?"
                    r"(?:siège|secrétariat|headquarters|head office|seat|secretariat|sitz|sekretariat|geschäftsstelle"
                    r"|sede|secretaría|secretariado|segretariato|segreteria|oficinas? centrale?s?|registered office)"
                    r"(?: (?:social|mondial|permanent|général|international|statutaire|administratif|exécutif|central"
                    r"|centrale|legale|operativa|principal|administrativa|internacional|internazionale|ejecutiva|técnica"
                    r"|permanente|general|generale|mundial|location))*"
                    r"|siège(?: social| mondial)?|secrétariat(?: général| mondial| permanent)?|headquarters"
                    r"|head office|seat|secretariat|(?:haupt)?sitz|(?:general)?sekretariat"
                    r"|(?:europäische |internationale )?geschäftsstelle"
                    r"|sede(?: central| centrale| legale)?|secretaría(?: mundial)?"
                    r"|segretariato|segreteria(?: generale| tecnica| permanente)?"
                    r"|secretaría (?:técnica|permanente|ejecutiva)(?: permanente)?|segretariato (?:tecnico|permanente)"
                    r"|ciudad sede|città sede|ville siège|sitzstadt|host city of the secretariat"
                    r"|hq|based in|bas[ée]e? à|con sede en|main office|siège et secrétariat|headquartered in"
                    r"|headquarters location|location of (?:the )?headquarters|sede principal|sede social"
                    r"|domicilio social|oficinas centrales|sede operativa",
    "member_cities": r"number of (?:members|member cities)|anzahl der (?:mitglieder|mitgliedsstädte)|mitgliederzahl"
                     r"|membres|villes membres|members|member cities|mitglieder|mitgliedsstädte|miembros"
                     r"|nombre de (?:villes )?membres"
                     r"|ciudades miembro|membri|città membri|città aderenti"
                     # the members' noun with a word of membership: "Municipalités membres : plus de 375", "Villes
                     # participantes : plus de 160", "Participating cities: 160", "Mitgliedskommunen: 2.000"
                     r"|(?:villes|communes|municipalités|métropoles)\s+(?:membres|participantes|adhérentes|signataires)"
                     r"|(?:participating|signatory)\s+(?:cities|towns|municipalities)"
                     r"|member\s+(?:towns|municipalities)"
                     # "Comuni associati: oltre 7.000", "Municipios asociados: 7.400" (a French "commune associée" is
                     # a merged village, not a member)
                     r"|(?:ciudades|municipios)\s+(?:miembros?|participantes|adheridos|adheridas|socios|firmantes"
                     r"|asociad[oa]s)"
                     r"|(?:città|comuni)\s+(?:partecipanti|soci|socie|firmatari[ei]|associat[ei])"
                     r"|comuni\s+(?:membri|aderenti)"
                     r"|mitgliedskommunen|mitgliedsgemeinden|teilnehmende\s+(?:städte|kommunen)|teilnehmerstädte"
                     # the members' noun alone, under a network's name: "Villes : plus de 200", "Kommunen: rund 2.000"
                     r"|villes|communes|métropoles|cities|towns|municipalities|metropolises|städte|kommunen|gemeinden"
                     r"|ciudades|municipios|metrópolis|città|comuni|metropoli",
    # local governments by their noun, councils among them: "Member councils: 13", "Collectivités adhérentes : plus de
    # 500", "Mitgliedskörperschaften: 120", "Entidades locales asociadas: 7.400", "Enti locali soci: 550" (as "500
    # collectivités membres" in a sentence)
    "represented_governments": r"member\s+(?:councils|local\s+(?:governments|authorities))"
                               r"|collectivités\s+(?:membres|adhérentes)|mitgliedskörperschaften"
                               r"|entidades\s+locales\s+(?:miembros?|asociadas|adheridas|socias)"
                               r"|enti\s+locali\s+(?:soci|associati|aderenti|membri)",
    # "Associations nationales membres : une quarantaine", "Member associations: 60", "Mitgliedsverbände: 60"
    "member_associations": r"(?:associations|fédérations)(?: nationales)? (?:membres|adhérentes)"
                           r"|(?:national )?member associations|mitgliedsverbände|nationale mitgliedsverbände"
                           r"|asociaciones(?: nacionales)? (?:miembros?|socias|asociadas)"
                           r"|associazioni(?: nazionali)? (?:membri|aderenti|socie)",
    "member_countries": r"number of countries|anzahl der länder"
                        # "Countries and regions: 166" (Mayors for Peace counts Taiwan or Palestine with countries)
                        r"|countries and regions|pays et régions|länder und regionen|países y regiones|paesi e regioni"
                        r"|pays|pays membres|pays représentés|countries|countries represented|länder|vertretene länder"
                        r"|países|países representados|paesi|paesi rappresentati",
    # "Adhésion de Bordeaux", "Adhésion de la Ville": when the city whose site it is joined.
    # "Depuis : 1989", "Since: 1989", "Desde: 1989": a column of a table of the city's networks
    "joined": r"depuis|since|desde|seit|dal|incorporación"
              r"|membre depuis|adhésion(?: de (?:la )?[\w\-]+| d['’][\w\-]+)?|date d['’]adhésion|année d['’]adhésion"
              r"|member since|joined|year joined"
              r"|mitglied seit|beitritt|jahr des beitritts|miembro desde|año de adhesión|anno di adesione"
              r"|adhesión|membro dal|membro dall['’]anno|adesione|\w+ (?:joined|signed up)"
              r"|\w+ (?:est membre depuis|is a member since|a member since"
              r"|ist mitglied seit|es miembro desde|è membro dal|(?:è )?soci[oa] dal)"
              # "Adesione di Napoli", "Adhésion de la Ville": the publishing city's joining
              r"|(?:adesione|adhésion|adhesión|beitritt) (?:di|de|d['’]|del|von|der) [^:]{2,30}?"
              r"|membership since|mitgliedschaft seit|beitrittsjahr|year of (?:joining|membership)"
              # "Limoges membre depuis", "Brighton & Hove a member since", "Madrid, miembro desde", "Temuco socio
              # desde": a table's column or a card's row of the city's joining
              r"|[\w&'’ -]{2,30}?,? (?:a |un )?(?:membre depuis|member since|miembro desde|mitglied seit|membro dal"
              r"|soci[oa] desde)"
              # "Asunción se incorporó en", "Lyon a adhéré en", "Lucca ha aderito nel": the city's joining in the past
              r"|[\w&'’ -]{2,30}? (?:se (?:incorporó|adhirió|unió|sumó) en|a adhéré en|(?:ha aderito|è entrat[oa]) nel)"
              # "Grenoble adhérente depuis", "Frankfurt dabei seit", "Rosario adherida desde", "Aderente dal": taking
              # part since
              r"|(?:[\w&'’ -]{2,30}? )?(?:adhérente? depuis|dabei seit|adherid[oa] desde|adherente desde"
              r"|aderente dal)"
              r"|(?:year |date )?of accession|accession|date d['’]entrée|année d['’]entrée|membership"
              # "Año de incorporación", "Data di ingresso", "Beitrittsdatum", "Date of joining"
              r"|(?:año|fecha) de (?:incorporación|ingreso|adhesión)|(?:anno|data) di (?:ingresso|adesione)"
              r"|beitrittsdatum|datum des beitritts|date (?:of )?joining|joining date|date joined|year of accession"
              # "Mitglied im Netzwerk seit", "Member of the network since"
              r"|(?:membre|member|mitglied|miembro|membro)(?: [\w'’-]+){1,3} (?:depuis|since|seit|desde|dal)"

              # "Our membership: since 1993", "The council's membership: 1993"
              r"|our membership|(?:the )?(?:city|council)['’]s membership"
              r"|member from|joined in|date of membership|beigetreten|mitglied geworden|soci[oa] desde|aderisce dal"
              r"|afiliación|ingreso|(?:takes part|participates) since"
              # the joining of the network as its noun: "Entrée dans le réseau", "Beitritt zum Netzwerk", "Adesione
              # alla rete"
              r"|(?:adhésion|entrée|beitritt|adhesión|incorporación|ingreso|adesione|ingresso|accession|joining)"
              r" (?:au|à la|à l['’]|dans le|dans l['’]|zum|zur|a la|al|alla|all['’]|nella|nel|to the|the) ?"
              r"(?:réseau|association|netzwerk|verband|verein|red|asociación|rete|associazione|network)"
              # "Adhésion en 2008", "Incorporación en 2008" (a row without a colon)
              r"|(?:adhésion|adhesión|incorporación) en|adesione nel|beitritt im jahr"
              # "Socio dal", "Socia dall'anno": a member's noun of Italian associations
              r"|soci[oa] dal(?:l['’]anno)?"
              # "Cádiz, desde", "Kiel seit": the column of the joinings of the city it names (the publishing city's,
              # checked by the caller)
              rf"|{_CITY_SINCE}"
              # "Rosario adhiere desde", "la Ville adhère depuis": the joining in the present of a card's row, its
              # subject not a city's name alone (after the column of a named city, whose city is checked)
              r"|[\w&'’ -]{2,30}? (?:aderisce (?:dal|dall['’]anno)|adhère depuis|adhiere desde|participa desde"
              r"|partecipa dal|is a member since|ist dabei seit)",
    "president": r"(?:current |amtierende[r]? )(?:president|chair|präsident(?:in)?)|chairperson|vorsitzende[r]?"
                 r"|président(?:e)?|présidence|president|chair|présidente actuelle|präsident(?:in)?|vorsitz"
                 r"|président(?:·e|\(e\)|-e)"
                 r"|presidente|presidenta|presidencia|presidenza",
    "founded_place": r"lieu de (?:création|fondation)|place (?:founded|of founding)|gründungsort"
                     r"|lugar de (?:fundación|creación)|luogo di (?:fondazione|creazione)"
                     r"|place of (?:foundation|creation)|ort der gründung|lugar de constitución|luogo di costituzione",
}


# A region's group named in apposition to a network's name is that network, whose facts are its own: "su sección
# regional, FLACMA, con sede en Quito", "la Red Estatal de Ciudades Educadoras (RECE), la red territorial de la AICE,
# que reúne a más de 200 municipios".
_APPOSITION_TO_A_PART_BEFORE = re.compile(r"\s*(?:\([^()]{1,12}\))?\s*,\s*(?:[^\W\d_]+\s+)?")
# (or said to be that network: "Landesverband für Sachsen-Anhalt ist der Städte- und Gemeindebund Sachsen-Anhalt")
_APPOSITION_TO_A_PART_AFTER = re.compile(r"\s*,\s*|(?:\s+(?i:für|for|pour|per|para|in|en)(?:\s+[^\s,;.]{1,30}){1,2})?"
                                         r"\s+(?i:ist|est|is|es|è)\s+(?:(?i:el|la|le|l['’]|the|der|die|das|il|lo)\s*)?")


# A level, not a group: "Auf Landesebene bündelt der Städtetag Rheinland-Pfalz mit Sitz in Mainz ...", "A livello
# regionale il Comune partecipa ad ANCI Toscana, con sede a Firenze": the network named after it, by a name of several
# words, is the region's network itself, whose facts are its own. A national network's name or acronym there ("A
# nivel autonómico, la ciudad participa en la FEMP con sede en Valladolid") stands for its group in the region.
_A_LEVEL = re.compile(r"landesebene|au\s+niveau|à\s+l['’]\s*échelle|at\s+(?:the\s+)?regional\s+level|a\s+nivel"
                      r"|a\s+escala|a\s+livello|su\s+scala", re.IGNORECASE)
_A_NATIONS_NAME = re.compile(r"\b(?:español|espagnol|italian|nazional|nacional|national|deutsch|österreich|schweiz"
                             r"|suisse|français|france|british|canad|australi|mexican|argentin)\w*", re.IGNORECASE)


def _a_regions_own_network(mention: NetworkMention) -> bool:
    return " " in mention.name and not _A_NATIONS_NAME.search(mention.name)


def _of_a_regional_part(sentence: str, position: int) -> bool:
    """A region's group of a network, not named as a network of its own, is named before `position`."""
    if (part := count_context.regional_part_before(sentence, position)) is None:
        return False
    level = _A_LEVEL.match(part.group()) is not None
    return not any(
        mention.end <= part.start() and _APPOSITION_TO_A_PART_BEFORE.fullmatch(sentence, mention.end, part.start())
        or part.end() <= mention.start and _APPOSITION_TO_A_PART_AFTER.fullmatch(sentence, part.end(), mention.start)
        or level and part.end() <= mention.start and mention.end <= position and _a_regions_own_network(mention)
        for mention in find_networks(sentence))


# A country by its name in the five languages.
_A_COUNTRY = (r"(?:Österreich|Deutschland|Schweiz|Suisse|Svizzera|Suiza|Switzerland|France|Frankreich|Francia|Italia"
              r"|Italy|Italien|España|Spain|Spanien|Espagne|Spagna|Belgique|Belgium|Belgien|Bélgica|Belgio|Autriche"
              r"|Austria|Allemagne|Germany|Alemania|Germania|Portugal|Canada|Canadá|Kanada|Mexique|México|Messico"
              r"|Brasil|Brésil|Brazil|Brasilien|Brasile|Argentina|Argentine|Colombia|Colombie|Kolumbien|Chile|Chili"
              r"|Perú|Pérou|Peru|Ecuador|Équateur|Sénégal|Senegal|Maroc|Morocco|Marruecos|Marokko|Marocco)")
_NETWORK_NOUNS = re.compile(
    r"réseau|association|organisation|organization|alliance|union|fédération|network|federation|red|rete"
    r"|asociación|associazione|federación|federazione|organización|organizzazione")


def _names(subject: re.Match, mentions: list[NetworkMention]) -> bool:
    return any(mention.start == subject.start("noun") for mention in mentions)


# "Eurocities (founded 1986, Rotterdam)", "l'AIMF (fondée en 1979, Québec)": the place ends the brackets the verb opens;
# not a seat's ("UCLG (founded 2004, HQ Barcelona)").
_SEAT_LABEL_WORD = r"(?i:hq|headquarters|seat|siège|sede|sitz|secretariat|secrétariat|secretar[íi]a|segretariato)"


# An active founding verb founds its object: "Eurocities a lancé en 2019 un programme", "Eurocities launched its
# awards in 2019", "Eurocities hat 2019 das Projekt ins Leben gerufen"; a network's founding only when its object names
# one ("six villes ont fondé Eurocities en 1986"), not verbs of being born ("l'AIMF a vu le jour en 1979").
_FOUNDING_WORD = re.compile(rf"(?:{_FOUNDING_WORDS})\b", re.IGNORECASE)
_NETWORK_NOUN_EN_DE = re.compile(r"\b(?:network|association|organi[sz]ation|alliance|coalition|koalition|allianz"
                                 r"|union|federation|netzwerks?|städtenetzwerks?|verband(?:e?s)?|bündnisses)\b",
                                 re.IGNORECASE)


# A network's name then a continent's or a country's names its chapter there: "das Klimabündnis Österreich mit Sitz in
# Wien", "UCLG Africa, headquartered in Rabat", "ICLEI Europe, basé à Fribourg". The seat that follows is the chapter's.
_CHAPTER_AFTER_NETWORK = re.compile(
    r"\s+(?:Europe|Europa|Afrique|Africa|África|Afrika|Asie|Asia|Asien|Océanie|Oceania|Oceanía|Ozeanien|Pacific"
    r"|Amérique\s+latine|Latin\s+America|América\s+Latina|Lateinamerika|Middle\s+East|North\s+America"
    r"|Österreich|Deutschland|Schweiz|Suisse|Svizzera|France|Frankreich|Francia|Italia|Italy|Italien|España|Spain"
    r"|Spanien|Belgique|Belgium|Belgien|Nederland|Netherlands|Portugal|Canada|Kanada|Japan|Australia|Australien"
    r"|UK|USA)\b")


# The section in apposition to the network named right before it: "L'AICCRE, sezione italiana del CCRE, ha sede a
# Roma", "Der RGRE, deutsche Sektion des CEMR, hat seinen Sitz in Köln": that network is the section, its seat its own.
_APPOSITION_OPENS = re.compile(r"\s*,\s*(?:(?i:el|la|le|l['’]|the|der|die|das|il|lo)\s*)?")


# The seat in a country whose capital bears its name, which French and Italian write with the article contracted with
# the preposition: "dont le siège est au Koweït", "son secrétariat est installé au Luxembourg", "la cui sede è nel
# Kuwait", "ha sede nel Lussemburgo". Any other country after "au", "nel" is no seat ("installée au Québec").
_CITY_STATE = r"(?-i:Koweït|Kuwait|Luxembourg|Lussemburgo|Panama|Panamá)"


# What one belongs to that is not the network: "gehört dem Forum seit 2011 an", "fait partie du bureau".
_PART_OF_A_NETWORK = re.compile(
    r"\b(?:forum|forums|foro|groupe|group|gruppo|grupo|arbeitsgruppe|commission|kommission|comisión|commissione"
    r"|committee|comité|comitato|board|vorstand|bureau|präsidium|conseil|council|rat|consejo|consiglio)\b",
    re.IGNORECASE)


# "Paris a signé le Pacte de Milan en 2015", "Edinburgh signed the Covenant of Mayors in 2009": a city joins a pact
# by signing it (the network named right after the verb: signing a declaration is not joining).
# An adverb may part the auxiliary from the participle: "a déjà signé", "ha già sottoscritto", "ha ya suscrito".
# The pluperfect too: "avait signé dès 2010", "había firmado en 2009", "aveva sottoscritto nel 2011".
_SIGNED = re.compile(r"\b(?:(?:a|avait)\s+(?:déjà\s+|aussi\s+|également\s+)?signé|signe|signed|signs|firm[óo]"
                     r"|(?:ha|aveva)\s+(?:già\s+|anche\s+)?(?:firmato|sottoscritto)|firma|unterzeichnete|unterzeichnet"
                     r"|suscribi[óo]|(?:ha|había)\s+(?:ya\s+|también\s+)?(?:suscrito|firmado)|sottoscrive)\s+"
                     # German puts the subject after the verb, behind an opening date: "2010 unterzeichnete die Stadt"
                     r"(?:(?<=unterzeichnete )(?:die\s+(?:Stadt|Landeshauptstadt|Hansestadt)|(?-i:[A-ZÄÖÜ]\w+))\s+)?"
                     r"(?:(?:le|la|l['’]|the|el|il|lo|den|das|die|dem)\s*)?", re.IGNORECASE)


# After the date a membership began, the end of a span: "from 1998 to 2015", "dal 1998 al 2015", "until 2015".
_ENDED = re.compile(r"\s*(?:(?:to|à|au|a|al|bis|hasta|[–—-])\s*(?:(?:en|el|il)\s+)?(?:1[89]|20)\d\d"
                    r"|,?\s*(?:until|till|jusqu|hasta|fino|bis)\b)", re.IGNORECASE)


# A part of the network named after it: "the Eurocities Culture Forum", "the UCLG Committee on Culture", "the
# Eurocities working group on mobility". Whoever chairs it chairs the part, not the network.
_PART_NAMED_AFTER_NETWORK = re.compile(
    r"(?:['’]s?)?(?:\s+(?!(?:and|or|the|in|since|of)\b)[\w&'’-]+){0,3}?\s+"
    r"(?:forum|(?:working\s+)?group|task\s+force|commission|(?<!executive\s)committee|sub-?group|platform|section"
    # "UCLG's World Council has 340 members": a body of the network
    r"|(?:world|global|political)\s+council|chapter|branch)\b",
    re.IGNORECASE)
# The network opens the sentence: "Das Netzwerk Eurocities wird ...", not "Die Delegation bei Eurocities wird ...".
_NETWORK_AS_SUBJECT = re.compile(r"\s*(?:(?i:das|der|die)\s+(?:(?i:netzwerk|städtenetzwerk|verband|bündnis"
                                 r"|organisation|weltverband)\s+)?)?")


# The seat of the network a part belongs to, right after the network (by name or as such): "Das Kulturforum ist eines
# von sechs Fachforen des Netzwerks mit Sitz in Brüssel", "le forum culture du réseau, basé à Bruxelles", "one of the
# forums of the network based in Brussels", "uno de los foros de la red, con sede en Bruselas".
_NETWORK_AS_SUCH = re.compile(
    r"\b(?:des\s+(?:netzwerk|verband|verein|bündnis|städtenetzwerk)e?s|du\s+réseau|de\s+l['’](?:association|organisation)"
    r"|of\s+the\s+(?:network|association|organi[sz]ation|alliance)|de\s+la\s+(?:red|asociación|organización)"
    r"|della\s+rete|dell['’](?:associazione|organizzazione))", re.IGNORECASE)
_CLAUSE_MARK_OR_STOP = re.compile(r"[,;:()]")
