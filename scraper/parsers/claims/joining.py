"""When the city joined a network: joining verbs and nouns, the start of a membership, the decision that made it a
member, joinings listed or coordinated; not a joining of people or of something else."""

import re
from dataclasses import replace
from datetime import date
from itertools import chain, pairwise

from ..dates import MONTH_PATTERN, WEEKDAY_PATTERN, date_at, month_gone_in
from ..networks import NetworkMention, find_networks
from ..text import case_blind_search, compile_guarded, literal_alternation, lowered_alike
from ..vocabulary import BELONGING_ADVERB
from .clause_dates import _JOIN_WINDOW, _TIMELINE_ENTRY_DATE, _date_opening_the_clause, _first_date_after
from .common import _CLAUSE_BREAK, _ENDED, _PART_OF_A_NETWORK, _UPPER, Claim

# "auquel la Ville a adhéré en 2002", "membre du réseau ICORN depuis 2011", "Paris joined it in 2002",
# "Mitglied seit 1994", "miembro desde 2004", "ha aderito nel 1991".
# A founding member joined when the network began: "Leeds was a founding member of Eurocities in 1986".
_FOUNDING_MEMBER = (r"founding\s+member|founder\s+member|membre\s+fondat(?:eur|rice)|gründungsmitglied"
                    r"|miembro\s+fundador[a]?"
                    r"|membro\s+fondat(?:ore|rice)"
                    # the city as one of the founders: "socia fundadora", "una de las ciudades fundadoras"
                    r"|soci[oa]\s+fundador[a]?|ciudad\s+fundadora|soci[oa]\s+fondat(?:ore|rice)|città\s+fondatrice"
                    r"|una\s+de\s+las\s+(?:\d+\s+)?ciudades\s+fundadoras|una\s+delle\s+(?:\d+\s+)?città\s+fondatrici"
                    # one of the cities that founded it: "one of the six cities that founded Eurocities in 1986"
                    r"|(?:one\s+of|among)\s+the\s+(?:handful\s+of\s+|\d+\s+)?cities\s+(?:that|which|who)"
                    r"\s+(?:founded|set\s+up|created|launched)"
                    r"|(?:l['’]une?\s+des|une?\s+des|parmi\s+(?:les|la\s+poignée\s+de))\s+(?:\d+\s+)?villes\s+qui\s+ont"
                    r"\s+(?:fondé|créé|lancé)"
                    r"|una\s+de\s+las\s+(?:\d+\s+)?ciudades\s+que\s+(?:fundaron|crearon)"
                    r"|una\s+delle\s+(?:\d+\s+)?città\s+che\s+(?:fondarono|hanno\s+fondato|crearono)"
                    # one city among the founders, not the founders themselves ("the six founding cities met in 1986")
                    r"|founding\s+(?:city|partner)|helped\s+(?:to\s+)?found|participated\s+in\s+(?:the\s+)?founding"
                    r"|(?:among|one\s+of)\s+(?:the|its)\s+(?:\d+\s+)?(?:founders|founding\s+(?:cities|members))"
                    r"|gründungsstadt|mitbegründer(?:in)?|mitbegründet|zu\s+den\s+gründungsmitgliedern"
                    r"|an\s+der\s+gründung|took\s+part\s+in\s+(?:the\s+)?founding|involved\s+in\s+(?:the\s+)?founding"
                    # one among the founders, not the founders counted ("fondée par dix membres fondateurs")
                    r"|(?:parmi\s+(?:les|ses)|l['’]une?\s+des|une?\s+des)\s+(?:\d+\s+)?(?:membres|villes)\s+fondat(?:eur|rice)s"
                    r"|one\s+of\s+the\s+founding\s+members"
                    # "è tra i soci fondatori di CGLU", "entre los socios fundadores"
                    r"|tra\s+i\s+(?:soci\s+)?fondatori|tra\s+le\s+città\s+fondatrici"
                    # one of the network's founders by the possessive: "es una de sus ciudades fundadoras", "figura
                    # entre sus miembros fundadores", "l'une de ses villes fondatrices", "una delle sue città
                    # fondatrici", "tra i suoi soci fondatori", "zählt zu seinen Gründungsmitgliedern"
                    r"|un[oa]\s+de\s+sus\s+(?:\d+\s+)?(?:ciudades|socios|socias|miembros)\s+fundador(?:es|as)"
                    r"|entre\s+sus\s+(?:socios\s+|miembros\s+|ciudades\s+)?fundador(?:es|as)"
                    r"|(?:l['’]une?|une?)\s+de\s+ses\s+(?:\d+\s+)?(?:membres|villes)\s+fondat(?:eur|rice)s"
                    r"|parmi\s+ses\s+fondat(?:eur|rice)s"
                    r"|un[oa]\s+(?:delle\s+sue|dei\s+suoi)\s+(?:\d+\s+)?(?:città|soci|membri)\s+fondat(?:ori|rici)"
                    r"|tra\s+(?:i\s+suoi|le\s+sue)\s+(?:soci\s+|membri\s+|città\s+)?fondat(?:ori|rici)"
                    r"|zu\s+(?:seinen|ihren)\s+gründungs(?:mitgliedern|städten)"
                    r"|(?:eines|eine)\s+(?:seiner|ihrer)\s+gründungs(?:mitglieder|städte)"
                    r"|entre\s+(?:los|las)\s+(?:socios\s+|miembros\s+|ciudades\s+)?fundador(?:es|as)"
                    r"|co-?fond[ée]e?s?|(?:participé|contribué|pris\s+part)\s+à\s+la\s+(?:fondation|création)"
                    # taking part in the founding, in the present of a timeline or with its year between: "1995: La
                    # ciudad participa en la creación de la Red", "Elle a participé en 2019 à la fondation du réseau",
                    # "partecipa alla fondazione della rete", "takes part in the founding of"
                    r"|(?:particip(?:e|a|é)|contribu(?:e|a|é)|pris\s+part|prend\s+part)\s+en\s+(?:1[89]|20)\d\d\s+à\s+la"
                    r"\s+(?:fondation|création)|(?:participe|contribue|prend\s+part)\s+à\s+la\s+(?:fondation|création)"
                    r"|particip(?:a|ó)\s+en\s+la\s+(?:creación|fundación)"
                    r"|(?:partecipa|partecipò|ha\s+partecipato)\s+alla\s+(?:fondazione|creazione)"
                    r"|(?:takes|took)\s+part\s+in\s+(?:the\s+)?(?:founding|creation)|participat(?:es|ed)\s+in\s+(?:the\s+)?"
                    r"(?:founding|creation)"
                    # "Coventry was one of its original members", "l'un de ses membres d'origine"
                    r"|(?:one\s+of|among)\s+(?:the|its)\s+original\s+members|original\s+member"
                    r"|(?:l['’]une?\s+de\s+ses|parmi\s+ses)\s+membres\s+d['’]origine|membre\s+d['’]origine"
                    # one city belonging to the founders, its verb in the singular ("Trier gehört zu den
                    # Gründungsstädten", "Metz fait partie des villes fondatrices", "forma parte de las ciudades
                    # fundadoras", "es una de las socias fundadoras", "è uno dei soci fondatori", "fa parte delle città
                    # fondatrici"), not the founders listed after a plural one ("Zu den Gründungsstädten gehören Metz
                    # und Trier", "font partie des villes fondatrices"); a sentence opening "Uno dei soci fondatori ...
                    # è Barcellona" names another founder
                    r"|(?:gehört|zählt)\b[^.;,]{0,40}?\bzu\s+den\s+gründungs(?:städten|kommunen|gemeinden)"
                    r"|fait\s+partie\s+des\s+(?:\d+\s+)?(?:membres|villes|communes)\s+fondat(?:eur|rice)s"
                    r"|(?:(?-i:un[oa])\s+de|forma\s+parte\s+de)\s+(?:las|los)\s+(?:\d+\s+)?"
                    r"(?:ciudades|socios|socias|miembros|municipios)\s+fundador(?:es|as)"
                    r"|(?:(?-i:un[oa])|fa\s+parte)\s+(?:dei|delle|degli)\s+(?:\d+\s+)?(?:città|soci|membri|comuni)"
                    r"\s+fondat(?:ori|rici)"
                    r"|miembro\s+original|membro\s+originario|mitglied\s+der\s+ersten\s+stunde")
# Whose entry a joining noun names: the city's ("de la Ville", "del Comune", "der Stadt", "of the city", "de Lyon").
_OF_THE_CITY = (r"(?:(?:de\s+la|de\s+l['’]|du|del|della|dello|der|des|of\s+the|of)\s*(?:ville|ciudad|città|comune|stadt"
                r"|landeshauptstadt|city|council|commune|municipalité|métropole|ayuntamiento|municipio)"
                r"|(?:de|d['’]|di|del|of|von)\s*(?-i:[A-ZÀ-Ý][\w-]+))")
# Between a first (second, ...) and "to join": no candidacy ("the second city to apply to join", "à candidater pour").
_NO_CANDIDACY = r"(?:(?!appl|candid|bewerb|postul|solicit)[^.;])"
# The titles of UNESCO's creative cities, one per field: "City of Music", "City of Media Arts".
_CREATIVE_FIELD_TITLE_EN = (r"city\s+of\s+(?:music|literature|film|design|gastronomy|media\s+arts"
                            r"|crafts\s+and\s+folk\s+art)\b")
# ... and in French, Spanish and Italian: "ville de la gastronomie", "Ciudad de la Literatura", "città del design".
_CREATIVE_FIELD_TITLE_ROMANCE = (
    r"ville\s+(?:de\s+la\s+musique|de\s+la\s+gastronomie|de\s+(?:la\s+)?littérature|du\s+(?:film|cinéma|design)"
    r"|des\s+arts\s+numériques)|ciudad\s+(?:de\s+la\s+(?:música|literatura|gastronomía|artesanía)|del\s+(?:cine|diseño)"
    r"|de\s+las\s+artes\s+digitales)|città\s+(?:della\s+(?:musica|letteratura|gastronomia)|del\s+(?:cinema|design)"
    r"|delle\s+arti\s+digitali)")
_JOIN_VERBS = (
    r"\b(?=[arijbsepfgdtmcuvhozlq])(?:adhéré|adhère|adhésion|rejointes?|rejoint|intégré|joined|joining|signed\s+up"
    # "signed on to the coalition in 2016": the English phrasal verb of joining
    r"|signed\s+on\s+(?:to|with)|beigetreten"
    r"|beitritt|(?<=y )est\s+jointe?|(?<=s['’])est\s+jointe?|se\s+sum[óo]"
    r"|became\s+(?:an?\s+)?(?:full\s+|associate\s+)?(?:[\w-]+\s+)?member"
    r"|diventat[ao]\s+membro|se\s+convirti[óo]\s+en\s+miembro|took\s+up\s+(?:full\s+)?membership"
    rf"|admitted\s+(?:to|into|as)|{_FOUNDING_MEMBER}"
    # "fue admitida en Eurocities en 1994", "è stata ammessa in Eurocities nel 1994"
    r"|admitid[oa]s?\s+(?:en|como)|ammess[oa]\s+(?:in|a|al|alla|nel|nella|come)"
    rf"|(?:premi[eè]re?s?|first|erste[nr]?|primer[oa]s?|prim[ei])\b{_NO_CANDIDACY}{{0,40}}?\b(?:à\s+rejoindre"
    r"|à\s+adhérer|to\s+join|beizutreten|en\s+unirse\s+a|ad\s+aderire)"
    # "became the second New Zealand city to join", "l'une des premières villes à se joindre au réseau"
    r"|(?:second|third|fourth|fifth|deuxième|troisième|quatrième|cinquième|zweite[nr]?|dritte[nr]?|vierte[nr]?"
    rf"|segund[oa]s?|tercer[oa]?s?|second[oa]|terz[oa]|quart[oa])\b{_NO_CANDIDACY}{{0,40}}?\b(?:à\s+rejoindre"
    r"|à\s+adhérer|to\s+join|beizutreten|en\s+unirse\s+a|ad\s+aderire|à\s+se\s+joindre)"
    rf"|(?:premi[eè]re?s?)\b{_NO_CANDIDACY}{{0,40}}?\bà\s+se\s+joindre"
    r"|rejoignai(?:t|ent)|adhérai(?:t|ent)|admise?s?\s+(?:au\s+sein\s+(?:de|d['’]|du)|à|au|dans)"
    r"|(?:est\s+)?entrée?\s+au\s+sein\s+(?:de|d['’]|du)"
    r"|fait\s+son\s+entrée\s+(?:au\s+sein\s+(?:de|d['’]|du)|dans\s+le\s+réseau)"
    r"|se\s+uni[óo]|se\s+adhiri[óo]|se\s+incorpor[óo]|adhesión|ingres[óo]|aderito|aderisce|adesione|entrat[ao]"
    r"|se\s+integr[óoa]|se\s+ha\s+integrado|pasa\s+a\s+formar\s+parte"
    # the gerund: "En rejoignant Energy Cities en 2003", "al incorporarse a Metropolis en 2002", "aderendo nel 2005 a"
    r"|rejoignant|adhérant|al\s+(?:unirse|incorporarse|adherirse)|aderendo"
    # the city's entry as a noun: "L'entrée de la Ville dans Eurocities date de 1996", "La incorporación de la ciudad
    # a", "L'ingresso del Comune in", "Die Aufnahme der Stadt in", "the accession of the city to"
    rf"|(?:entrée|incorporación|ingreso|ingresso|aufnahme|accession|admission)\s+{_OF_THE_CITY}\s+"
    r"(?:dans|à|au|a|al|en|in|nel|nella|zu|zum|zur|into|to)(?=\s+(?:(?:l['’]|la|le|el|il|the|den|das|die)\s*)?"
    r"(?-i:[A-Z]))"
    # "Since becoming a member of Eurocities in 1992", "became one of the first members of Eurocities"
    r"|becoming\s+(?:an?\s+)?(?:full\s+|associate\s+)?member"
    r"|became\s+one\s+of\s+(?:the|its)\s+(?:first|earliest|original)\s+members"
    r"|(?:entr[óo]|pas[óo])\s+a\s+formar\s+parte|se\s+asoci[óo]|si\s+è\s+associat[ao]"
    # "Huesca entra en el programa Ciudades Amigas de la Infancia", "2013: Entrada en la red" (not "entra en vigor")
    r"|(?:entra|entr[óo]|entrada)\s+en\s+(?:(?:la|esta|dicha)\s+(?:red|asociación|federación|alianza)"
    r"|(?:el|este|dicho)\s+(?:programa|pacto)|(?:la|el)\s+(?-i:[A-ZÁÉÍÓÚ]))\b"
    r"|(?:voted|decided|agreed)\s+to\s+join"
    # "Paris est devenue membre d'Eurocities en 1991", "Lyon devient membre", "became a signatory of the Covenant"
    r"|(?:est\s+)?devenue?s?\s+(?:une?\s+)?(?:membre|adhérente?|signataire)|devient\s+(?:membre|adhérente?|signataire)"
    # the joining told in the present, as timelines do: "2015: City joins Eurocities", "2010 : Paris intègre l'AIMF"
    r"|joins|signs\s+up\s+to|signs\s+on\s+to|becomes\s+(?:an?\s+)?(?:full\s+|associate\s+)?member|devient\s+membre"
    r"|se\s+incorpora|se\s+adhiere|se\s+suma|se\s+une\s+a|ingresa\s+en|diventa\s+membro|si\s+unisce|si\s+associa"
    # "2001: Arequipa ingresa a la Organización ...", "2001: Lecce entra nell'Organizzazione ...": a named body's
    r"|ingresa\s+a\s+(?=(?:la|el)\s+(?-i:[A-Z])|(?-i:[A-Z]))|entra\s+nell['’]\s*(?=(?-i:[A-Z]))"
    # "se convierte en miembro de la nueva organización", "pasa a ser miembro", "diventa socio": the member's noun
    r"|se\s+convierte\s+en\s+(?:miembro|soci[oa])|pas(?:a|ó)\s+a\s+ser\s+(?:miembro|soci[oa])|diventa\s+soci[oa]"
    r"|intègre\s+(?=le\s+réseau|l['’]\s*(?-i:[A-Z])|(?-i:[A-Z]))|entra\s+(?:a\s+formar\s+parte|a\s+far\s+parte"
    r"|(?:in|en|nel|nella)\s+(?=(?-i:[A-Z])))|(?:entre|entré|entrée)\s+(?:à|dans)\s+(?=(?-i:[A-Z]))"
    # entering the network named by its noun, as timelines tell it: "Entrada en la red promovida por la FEMP", "Huesca
    # entra en el programa Ciudades Amigas de la Infancia", "Entrée dans le réseau", "Ingresso nella rete", "Entry into
    # the network", "Eintritt in das Netzwerk"
    # (a noun a complement names is read by the rules of named bodies: "ingresso nella Rete delle Città Creative")
    r"|(?:(?:entra|entrada)\s+en\s+(?:el|la)\s+(?:red|programa|asociación|iniciativa|alianza|federación)"
    r"|(?:entre|entrée)\s+dans\s+(?:le|la|l['’])\s*(?:réseau|programme|association|alliance|fédération)"
    r"|(?:entra|entrata|ingresso)\s+nella\s+(?:rete|associazione|alleanza|federazione)"
    r"|(?:entra|ingresso)\s+nel\s+programma|(?:enters|entry\s+into)\s+the\s+(?:network|programme|program|association"
    r"|alliance)|eintritt\s+in\s+(?:das|den|die)\s+(?:netzwerk|verband|bündnis|programm))"
    r"(?!\s+(?:de|del|de\s+la|des|du|d['’]|della|delle|dei|degli|di|of|der|des)\b)"
    r"|became\s+(?:an?\s+)?signatory)\b"
    r"|\bbecame\s+(?:a\s+)?part\s+of\b"
    # German ordinals in digits: "die 3. ostdeutsche Stadt, Eurocities beizutreten"
    rf"|(?<=\s)[2-9]\.\s{_NO_CANDIDACY}{{0,40}}?\bbeizutreten\b"
    r"|\baccepted\s+as\s+(?:an?\s+)?(?:full\s+|associate\s+)?member\b"
    # continental English: "Vienna adhered to Eurocities"
    r"|\badhered\s+to\b"
    # the membership granted: "The city's membership was confirmed by the UNESCO Institute on 15 September 2026", "su
    # membresía fue aprobada el 3 de marzo de 2020"
    r"|\bmembership\s+(?:was|has\s+been)\s+(?:confirmed|approved|granted|accepted|ratified)\b"
    # ... and by the network, in the active: "the network's secretariat confirmed the membership on 10 March 2026"
    r"|\b(?:confirmed|granted|accepted)\s+(?:the\s+(?:city['’]s\s+)?|its\s+)membership\b(?!\s+(?:fees?|dues|renewal))"
    # the council's own decision, as the Romance "aprobó la adhesión" names it, the meeting it was taken at with it
    # (which is no event joined): "Council approved the membership at its meeting on October 26"; not a compound
    # ("approved the membership fee", "its membership renewal")
    r"|\b(?:approved|ratified|endorsed)\s+(?:the\s+(?:city['’]s\s+)?|its\s+|our\s+)membership\b"
    r"(?![\s-]+(?:fees?|dues|renewal|levy|rates?|subscription|costs?|budget)\b)"
    r"(?:\s+at\s+(?:its|their|the)\s+(?:[\w-]+\s+)?(?:meeting|session)\b)?"
    r"|\bmembresía\s+(?:fue|ha\s+sido)\s+(?:confirmada|aprobada|aceptada|ratificada)\b"
    # a title the network gives its members: "designated a UNESCO City of Film", "became an ICORN City of Refuge",
    # "became the world's first UNESCO City of Literature", "est devenue la première ville créative"
    r"|\b(?:designated|became|named)\s+(?:as\s+)?(?:an?\s+|the\s+(?:[\w’'-]+\s+){0,2}?first\s+)?"
    r"(?=unesco\s+(?:creative\s+|learning\s+)?city|(?:icorn\s+)?city\s+of\s+refuge)"
    # a creative city's title, after whose first it is: "became Australia's first UNESCO City of Music", "became the
    # UK's first and only City of Media Arts"
    rf"|\b(?:designated|became|named)\s+(?:as\s+)?(?:the\s+)?(?:[\w’'-]+\s+){{0,2}}?(?:first|only)\s+"
    rf"(?:and\s+only\s+)?(?=(?:unesco\s+)?{_CREATIVE_FIELD_TITLE_EN})"
    # designated by a creative field's title alone, as in a membership table's cell: "Designated City of Gastronomy
    # in November 2021" (not "named", which a magazine's ranking does too)
    rf"|\bdesignated\s+(?:as\s+)?(?:an?\s+)?(?={_CREATIVE_FIELD_TITLE_EN})"
    # the title given by UNESCO: "la UNESCO reconoció a Burgos como Ciudad Creativa", "l'UNESCO a désigné Lyon ville
    # créative", "Bologna è stata designata Città creativa UNESCO"
    r"|\b(?:reconoci[óo]|design[óo]|nombr[óo])\s+a\s+(?-i:[A-ZÁÉÍÓÚÑ][\w-]+)\s+como\s+(?=ciudad\s+(?:creativa|unesco)\b)"
    rf"|\b(?:fue|ha\s+sido)\s+(?:reconocid[ao]|designad[ao]|nombrad[ao])\s+(?:como\s+)?"
    rf"(?=ciudad\s+(?:creativa|unesco)\b|{_CREATIVE_FIELD_TITLE_ROMANCE})"
    r"|\b(?:a\s+désigné|a\s+nommé)\s+(?-i:[A-ZÀ-Ý][\w-]+)\s+(?=ville\s+(?:créative|unesco)\b)"
    rf"|\b(?:a\s+été|est)\s+(?:désignée?|nommée?|labellisée?)\s+(?:comme\s+)?"
    rf"(?=ville\s+(?:créative|unesco)\b|{_CREATIVE_FIELD_TITLE_ROMANCE})"
    rf"|\bè\s+stat[ao]\s+(?:designat[ao]|nominat[ao]|riconosciut[ao])\s+(?:come\s+)?"
    rf"(?=città\s+(?:creativa|unesco)\b|{_CREATIVE_FIELD_TITLE_ROMANCE})"
    # UNESCO names the city one of its creative cities: "Die UNESCO ernennt Mannheim zur City of Music"
    rf"|\bernenn(?:t|te)\s+(?-i:[A-ZÄÖÜ][\w-]+)\s+zur\s+(?=(?:unesco[\s-]+)?(?:{_CREATIVE_FIELD_TITLE_EN}|musikstadt"
    r"|literaturstadt|kreativstadt|stadt\s+der\s+(?:musik|literatur)))"
    r"|\b(?:est\s+devenue?|se\s+convirti[óo]\s+en|è\s+diventata)\s+(?:la\s+)?(?:première\s+|primera\s+|prima\s+)?"
    r"(?=(?:ville|ciudad|città)\s+(?:créative|creativa|unesco|refuge|refugio|rifugio)\b)")
_JOIN_VERB = case_blind_search(re.compile(_JOIN_VERBS, re.IGNORECASE))
_BELONGS = (r"parmi\s+les\s+membres"
            r"|mitgliedschaft|mitgliedsstadt|mitgliedskommune|(?:we\s+have|we['’]ve)\s+been\s+(?:\w+\s+)?members"
            rf"|membre|adhérente?|member|mitglied|miembro|membro|componente|appartient|fait{BELONGING_ADVERB}\s+partie"
            r"|belong(?:s|ed)"
            r"|signatory|signataire|unterzeichner(?:in)?|firmante|firmatari[oa]|is\s+part|(?:been\s+)?(?:a\s+)?part\s+of"
            rf"|teil\s+(?:des|der|von)|gehört|angehört|angehören|pertenece|forma{BELONGING_ADVERB}\s+parte"
            rf"|fa{BELONGING_ADVERB}\s+parte|appartiene|soci[oa]s?"
            r"|adherid[oa]s?|aderent[ei]"
            # "affiliated with ICLEI since 1995", "integrante de la red desde 2001", "asociada a Eurocities desde 1998",
            # "iscritta a Eurocities dal 1996"
            r"|affiliated|affiliée?|integrantes?|asociad[oa]s?|iscritt[oa]"
            # "Desde 1996, Córdoba integra el CIDEU": the Spanish verb, with the network as its object ("la red integra
            # a 140 ciudades" counts its members)
            r"|integra(?=\s+(?:el|la|los|las)\s)"
            # Colombia's "hace parte de la red desde 1998"; Italian's plural "è tra i Comuni soci dal 1992"
            r"|hace\s+parte|soci"
            # "Membership since 1997": the noun alone, right before its date
            r"|membership(?=\s+since\b)"
            # "Membership of Eurocities since 1995", "We are members of Eurocities (since 1991)"
            r"|membership\s+(?:of|in)|(?:we\s+are|we['’]re)\s+members"
            # A title the network gives its members: "ville UNESCO de design", "Città creativa", "ville refuge".
            r"|ville\s+(?:créative|unesco|refuge)|città\s+(?:creativa|unesco|rifugio)|ciudad\s+(?:creativa|unesco|refugio)"
            r"|(?:unesco\s+)?creative\s+city|unesco\s+city|city\s+of\s+refuge|(?:unesco-)?zufluchtsstadt|kreativstadt"
            # a creative city's title: "Ciudad de la Música desde 2012", "City of Literature since 2004"
            rf"|{_CREATIVE_FIELD_TITLE_EN}|ciudad\s+(?:de\s+la\s+(?:música|literatura|gastronomía)|del\s+(?:cine|diseño))"
            r"|ville\s+(?:de\s+la\s+musique|de\s+la\s+gastronomie|de\s+(?:la\s+)?littérature|du\s+(?:film|cinéma|design))"
            r"|città\s+(?:della\s+(?:musica|letteratura|gastronomia)|del\s+(?:cinema|design))"
            # other networks' titles for their members: "Ciudad Educadora desde 2004", "a City of Sanctuary since
            # 2016", "Ville amie des enfants depuis 2015", "seit 2003 Klimabündnis-Stadt"; right before its date or
            # ending the sentence, as a title in apposition ("Barcelona, Ciudad Educadora, acoge desde 1994") dates
            # something else
            r"|(?:ciudad\s+educadora|ville\s+éducatrice|città\s+educativa|educating\s+city"
            r"|(?:city|town)\s+of\s+sanctuary|ville\s+amie\s+des\s+enfants|ciudad\s+amiga\s+de\s+la\s+infancia"
            r"|città\s+amica\s+dei\s+bambini|child[\s-]friendly\s+city|kinderfreundliche\s+kommune"
            r"|klimabündnis-(?:stadt|kommune|gemeinde))(?=\s+(?:since|depuis|seit|desde|dal|dall['’])\b|\s*(?:[.;]|$))")
# "member cities", "member states": the members themselves, as the subject, not the city being one.
_MEMBERS_AS_SUBJECT = r"(?!\s+(?:cities|towns|states|countries|municipalities|governments|organi[sz]ations))"
_THE_MONTH_OF = (r"(?:ce|le)\s+mois\s+d['’e]\s*|(?:el|este)\s+mes\s+de\s+|(?:questo\s+)?mese\s+di\s+"
                 r"|(?:dem|diesem)\s+monat\s+|the\s+month\s+of\s+")
_MEMBER_SINCE_WORDS = (rf"\b(?=[macfbigpsvuzktwhe])(?:{_BELONGS})\b{_MEMBERS_AS_SUBJECT}[^.;]{{0,120}}?"
                       r"\b(?:depuis|dès|since|seit|desde|dall['’]|dalla|dal|from"
                       # "à partir de 1994", "a partir de 1993", "a partire dal 1993"
                       r"|à\s+partir\s+de|a\s+partir\s+de)\s*"
                       # the month as a noun: "depuis ce mois de mars 2026", "desde el mes de marzo de 2019", "dal
                       # mese di marzo 2019", "since the month of March 2019"
                       rf"(?:{_THE_MONTH_OF}|le\s+|(?:el\s+)?año\s+|anno\s+|the\s+year\s+|(?:el|il|dem)\s+(?=\d)"
                       # "seit dem Jahr 2000", "depuis l'année 1991", "depuis l'an 2000"
                       r"|dem\s+jahre?\s+|l['’](?:année|an)\s+"
                       # "forma parte, desde el pasado 28 de octubre de 2025, de la Red", "dallo scorso 28 ottobre"
                       r"|el\s+pasado\s+(?=\d)|lo\s+scorso\s+(?=\d))?")
_MEMBER_SINCE = re.compile(_MEMBER_SINCE_WORDS, re.IGNORECASE)
# The same words in a lowered sentence (`lowered_alike`): written in lower case, they need no case folding.
_LOWERED_MEMBER_SINCE = re.compile(_MEMBER_SINCE_WORDS)
# "ist seit 1994 Mitglied", "desde 2004 es miembro": the date before the word, a day and a month before its year
# taking no room from the words between ("Dal 29 luglio 2026 Trapani è ufficialmente città membro della rete").
_SINCE_THEN_MEMBER_WORDS = (
    rf"\b(?:depuis|since|seit|desde|dall['’]|dal)\s*(?:{_THE_MONTH_OF}|(?:el\s+)?año\s+|anno\s+|el\s+(?=\d)|le\s+(?=\d)"
    r"|dem\s+jahre?\s+|dem\s+(?=\d)|l['’](?:année|an)\s+|the\s+year\s+)?"
    rf"(?P<rest>(?:\d{{1,2}}(?:er|º|°|\.)?\s+(?:de\s+)?{MONTH_PATTERN}\s+(?:de\s+)?)?[^.;]{{4,40}}?)"
    rf"\b(?:{_BELONGS})\b{_MEMBERS_AS_SUBJECT}")
_SINCE_THEN_MEMBER = compile_guarded(_SINCE_THEN_MEMBER_WORDS, re.IGNORECASE)
_LOWERED_SINCE_THEN_MEMBER = compile_guarded(_SINCE_THEN_MEMBER_WORDS)  # in a lowered sentence


_BARE_YEAR_AFTER = re.compile(r"\s+(?P<year>(?:1[89]|20)\d\d)\b(?![.,]\d)")


# A founding member, the network then its founding year in brackets: "Gründungsmitglied von Eurocities (1986)",
# "membre fondateur de CGLU (2004)": the city joined then.
_YEAR_IN_BRACKETS_AFTER = re.compile(r"[^.;()]{1,50}?\(\s*(?P<year>(?:1[89]|20)\d\d)\s*\)")


def _founding_year_in_brackets(sentence: str, verb: re.Match) -> str | None:
    if not _FOUNDING_MEMBER_WORDS.fullmatch(verb.group()):
        return None
    found = _YEAR_IN_BRACKETS_AFTER.match(sentence, verb.end())
    return found.group("year") if found else None


# The decision that made the city a member, dated before the joining it names: "Der Stadtrat beschloss 2014 den
# Beitritt zu", "El Pleno aprobó en 2014 la adhesión", "Following a council decision in 2014, the city joined", "Con la
# delibera di Giunta del 3 marzo 2015 il Comune ha aderito".
_DECISION = compile_guarded(
    r"\b(?:beschloss|beschlossen|beschluss|aprob[óo]|acord[óo]|decidi[óo]|acuerdo|decisión|approved|voted|vote|decided"
    r"|decision|resolution|approuvé|voté|décidé|décision|délibération|approvato|deliberato|delibera|deliberazione"
    r"|decisione"
    # the decision's participle agreeing with the joining it approved: "L'adesione è stata approvata dal Consiglio
    # comunale il 28 settembre", "l'adhésion a été approuvée par le conseil municipal le 23 juin", "la adhesión fue
    # aprobada por el Pleno el 28 de septiembre"
    r"|approuvée|votée|décidée|approvata|deliberata|aprobada|acordada|decidida"
    r"|résolution|resolución|risoluzione)\b",
    re.IGNORECASE)
_DECISION_DATE_CUE = re.compile(
    r"\b(?:en|in|im(?:\s+jahr)?|el|le|on|am|il|nel|del|vom|du|of|de)\s+|\bl['’]\s*(?=\d)|(?=\b(?:1[89]|20)\d\d\b)"
    # a day named by its weekday: "la delibera approvata martedì 1° aprile", "une délibération adoptée mardi 1er avril"
    rf"|\b{WEEKDAY_PATTERN}\s+(?=\d)", re.IGNORECASE)
_DECISION_CHARS = 40


def _date_of_the_decision(sentence: str, verb_start: int, base: date | None) -> str | None:
    for decision in _DECISION.finditer(sentence, max(0, verb_start - _JOIN_WINDOW), verb_start):
        end = min(verb_start, decision.end() + _DECISION_CHARS)
        for cue in _DECISION_DATE_CUE.finditer(sentence, decision.end(), end):
            if (dated := date_at(sentence, cue.end(), base)) and dated[1] <= verb_start:
                return dated[0].iso()
    return None


_COMPOUND_DECISION = re.compile(r"\w{2,20}beschluss(?:es)?\b", re.IGNORECASE)  # "Ratsbeschluss", "Stadtratsbeschluss"


# The sitting where a decision was taken, its day after it: "Der Gemeinderat hatte in seiner Sitzung am 25. September
# den Beitritt beschlossen", "lors de sa séance du 12 mars, le conseil a voté", "at its meeting on 12 March",
# "en la sesión del 12 de marzo", "nella seduta del 12 marzo".
_SITTING = compile_guarded(r"\b(?:\w{0,20}sitzung|séance|meeting|sitting|sesión|seduta)\b", re.IGNORECASE)


def dates_a_decision(sentence: str, value_date: str, base: date | None) -> bool:
    """`value_date` is the day of a decision the sentence names ("Par délibération du 26 juin 2025, le conseil
    municipal a approuvé l'adhésion", "the council decision of 12 March", "Beschluss vom 8. Oktober", "acuerdo del
    Pleno de 2 de marzo", "delibera del 12 marzo"), or of the sitting that took it, the decision's verb coming after
    its day as a German clause puts it ("in seiner Sitzung am 25. September beschlossen"), not that of the membership
    it made."""
    decisions = [*_DECISION.finditer(sentence), *_COMPOUND_DECISION.finditer(sentence)]
    sittings = _SITTING.finditer(sentence) if decisions else ()
    for decision in chain(decisions, sittings):
        end = min(len(sentence), decision.end() + _DECISION_CHARS)
        for cue in _DECISION_DATE_CUE.finditer(sentence, decision.end(), end):
            if (dated := date_at(sentence, cue.end(), base)) and dated[0].iso() == value_date:
                return True
    return False


# The decision that made the city a member, dated after the joining it names: "Lyon a adhéré à Energy Cities par une
# délibération du conseil municipal du 2 mars 1995", "se adhirió por acuerdo del Pleno de 2 de marzo de 1995", "joined
# by a council decision of 2 March 1995".
_DECISION_AFTER_CHARS = 110  # a long network name may come between: "al progetto Città Sane dell'Organizzazione ..."
_DECISION_DATE_AFTER_CHARS = 50


def _date_of_the_decision_after(sentence: str, verb_end: int, base: date | None) -> str | None:
    decision = _DECISION.search(sentence, verb_end, min(len(sentence), verb_end + _DECISION_AFTER_CHARS))
    if decision is None or _CLAUSE_BREAK.search(sentence, verb_end, decision.start()):
        return None
    end = min(len(sentence), decision.end() + _DECISION_DATE_AFTER_CHARS)
    for cue in _DECISION_DATE_CUE.finditer(sentence, decision.end(), end):
        if _CLAUSE_BREAK.search(sentence, decision.end(), cue.start()):
            return None
        if dated := date_at(sentence, cue.end(), base):
            return dated[0].iso()
    return None


# A timeline's entry, its year first: "1991 : adhésion à Eurocities", "2005 – Joined Metropolis", "1991 Adhésion à
# Eurocities" (the year in a cell or a badge of its own). A count is no entry: "2000 villes ont adhéré".
_TIMELINE_ENTRY = re.compile(rf"^(?P<year>(?:1[89]|20)\d\d)(?:\s*[:–—-]\s*|\s+(?=[{_UPPER}]))")
_TIMELINE_ENTRY_CHARS = 40


def _year_opening_the_entry(sentence: str, verb_start: int) -> str | None:
    entry = _TIMELINE_ENTRY.match(sentence)
    return entry.group("year") if entry and verb_start - entry.end() <= _TIMELINE_ENTRY_CHARS else None


# A timeline entry's joining told after another clause of the entry, no other date between: "2004: La Paz participa en
# París en el congreso fundacional de Ciudades y Gobiernos Locales Unidos (CGLU) y se convierte en miembro de la nueva
# organización", "2004 : Lyon participe au congrès fondateur de Cités et Gouvernements Locaux Unis et devient membre".
_LONG_ENTRY_CHARS = 160
_ANOTHER_DATE = re.compile(r"\b(?:1[89]|20)\d\d\b|\d{1,2}\.?\s+(?:de\s+)?" + MONTH_PATTERN, re.IGNORECASE)


def _year_of_a_long_entry(sentence: str, verb_start: int) -> str | None:
    entry = _TIMELINE_ENTRY.match(sentence)
    if entry is None or verb_start - entry.end() > _LONG_ENTRY_CHARS or _ANOTHER_DATE.search(
            sentence, entry.end(), verb_start):
        return None
    return entry.group("year")


# "Paris a adhéré à l'AIMF, qui regroupe près de 300 villes, en 1979": the date after a relative clause about the
# network, ending the sentence.
_DATE_AFTER_RELATIVE_CLAUSE = re.compile(
    r"[^,;.]{0,60}?,\s+(?:qui|que|dont|which|that|who|die|der|das|che|cui|cuyo|cuya)\b[^;.]{0,120}?,\s*"
    r"(?:en|in|im(?:\s+jahr[e]?)?|nel|el)\s+(?P<year>(?:1[89]|20)\d\d)(?=\s*(?:[.;]|$))", re.IGNORECASE)


def _year_around_the_clause(sentence: str, verb: re.Match) -> str | None:
    """The year opening a timeline's entry, or ending the sentence after a relative clause about the network."""
    found = _DATE_AFTER_RELATIVE_CLAUSE.match(sentence, verb.end())
    return _year_opening_the_entry(sentence, verb.start()) or (found.group("year") if found else None)


# "joined Energy Cities, the European association of local authorities in energy transition, in 2011": the network, a
# long apposition between commas, then the date.
_APPOSITION_THEN_DATE = re.compile(
    r"[^,;.]{1,60},\s+(?:the|an?|its|our)\s+[^,;.()]{1,120},\s+(?:in|on|since)\s+", re.IGNORECASE)


def _date_after_apposition(sentence: str, verb_end: int, base: date | None) -> str | None:
    found = _APPOSITION_THEN_DATE.match(sentence, verb_end)
    dated = found and date_at(sentence, found.end(), base)
    return dated[0].iso() if dated else None


# "was designated a City of Film in 2014 and so became part of the network": the joining follows from what the first
# clause dates.
_YEAR_THEN_CONSEQUENCE = re.compile(
    r"\b(?:in|since)\s+(?P<year>(?:1[89]|20)\d\d),?\s+and\s+(?:so|thus|thereby|therefore|with\s+it)\s+$",
    re.IGNORECASE)


def _year_of_the_cause(sentence: str, verb_start: int) -> str | None:
    found = _YEAR_THEN_CONSEQUENCE.search(sentence, max(0, verb_start - 40), verb_start)
    return found.group("year") if found else None


def _month_gone_after(sentence: str, verb_end: int, base: date | None) -> str | None:
    """"joined the network last March", "a rejoint, en mai dernier, le réseau": a month back from the page's date."""
    return _month_gone_between(sentence, (verb_end, min(len(sentence), verb_end + _JOIN_WINDOW)), base)


def _month_gone_between(sentence: str, span: tuple[int, int], base: date | None) -> str | None:
    month = month_gone_in(sentence, *span, base)
    return month.iso() if month else None


# "Stuttgart trat dem Bündnis 1985 bei": the German verb around its date.
_TRAT_BEI = compile_guarded(r"\b(?:trat|tritt)\b(?P<middle>(?:[^.;]|(?<=\d)\.){0,60}?)\bbei\b", re.IGNORECASE)
# "Graz ist 2000 der Organisation beigetreten", "Mit der Unterzeichnung 2009 hat sich Graz dem Konvent angeschlossen":
# the participle last, its date between the auxiliary and it, else just before the auxiliary in the same clause.
_JOINED_PARTICIPLE = compile_guarded(
    r"\b(?:ist|sind|hat\s+sich|haben\s+sich)\b(?P<middle>(?:[^.;,]|(?<=\d)\.){0,80}?)\b(?:beigetreten|angeschlossen)\b",
    re.IGNORECASE)
# A subordinate clause puts the auxiliary last: "Eurocities, dem Dortmund 1992 beigetreten ist", "nachdem sich die Stadt
# 2009 dem Konvent angeschlossen hatte"; the year before the participle, in the clause.
_PARTICIPLE_THEN_AUXILIARY = compile_guarded(
    r"\b(?:beigetreten|angeschlossen)\s+(?:ist|sind|war|waren|hat|haben|hatte|hatten)\b", re.IGNORECASE)
# "1994 trat die Stadt bei", "Im Jahr 1994 trat ...": the year just before the verb.
_YEAR_JUST_BEFORE = re.compile(r"\b(?:1[89]|20)\d\d(?=\s+$)")
# German "dabei" for taking part in a network: "Wien ist seit 1985 dabei", "Heute sind 8.300 Städte dabei, Wien seit
# 1985". The clause ends there, or another verb of the city's follows ("ist seit 1991 dabei und arbeitet in den Foren
# mit"): "ist seit 2010 dabei, ihre Radwege auszubauen" is an undertaking.
_ON_BOARD_SINCE = re.compile(
    r"\bseit\s+(?P<year>(?:1[89]|20)\d\d)\s+(?-i:dabei)(?=\s*(?:[.;]|$)|\s+und\s)"
    rf"|(?<!^)\b(?-i:dabei),\s+[{_UPPER}][\w\-]+\s+seit\s+(?P<year_after>(?:1[89]|20)\d\d)(?=\s*(?:[.;]|$))"
    # a card's row: "Bochum dabei seit 2023"
    rf"|^[{_UPPER}][\w\-]+\s+(?-i:dabei)\s+seit\s+(?P<year_row>(?:1[89]|20)\d\d)(?=\s*\.?$)",
    re.IGNORECASE)
# "Die Stadt wurde 1994 Mitglied von Eurocities", "wurde die Stadt im Jahr 1994 Vollmitglied", "Bereits 1993 wurde die
# Stadt Mitglied" (the year just before the verb).
_BECAME_MEMBER = re.compile(r"\bwurden?\b(?P<middle>(?:[^.;,]|(?<=\d)\.){0,40}?)"
                            r"\b(?:(?:voll|assoziiertes\s+)?mitglied\b"
                            # "wurde 1994 in Eurocities aufgenommen": admitted
                            r"|aufgenommen\b)", re.IGNORECASE)
# One of the cities that founded it, in German: "Frankfurt gehörte 1986 zu den sechs Städten, die Eurocities ins Leben
# riefen", "Lyon zählte 1986 zu den Städten, die Eurocities gründeten"; the year between the verb and "zu den".
_AMONG_THE_FOUNDING_CITIES = compile_guarded(
    r"\b(?:gehörte|zählte)\b(?P<middle>[^.;,]{0,30}?)\bzu\s+den\s+(?:\d+\s+)?(?:städten|kommunen|gemeinden),?\s+"
    r"die\s+[^.;]{1,60}?\b(?:gründeten|ins\s+leben\s+riefen|aus\s+der\s+taufe\s+hoben)\b", re.IGNORECASE)
# A part of a network named by a German compound: "Kulturforum", "Arbeitsgruppe", "Umweltausschuss".
_GERMAN_COMPOUND_PART = re.compile(r"\w(?:forum|gruppe|ausschuss|kommission|vorstand|gremium)\b", re.IGNORECASE)
# The German present of a timeline: "2002 wird die Stadt Mitglied bei Eurocities", "Im Jahr 2008 schließt sich die
# Stadt dem Konvent an"; only after an opening date ("Die Stadt wird 2026 Mitglied" is yet to come).
_GERMAN_PRESENT_JOINING = re.compile(
    r"\b(?:wird\b[^.;,]{0,40}?\b(?:voll)?mitglied|schlie(?:ß|ss)t\s+sich\b[^.;,]{0,60}?\ban)\b", re.IGNORECASE)


# Admitted into a network named in the clause, however long its name: "2019 wurde Karlsruhe in das UNESCO Creative
# Cities Network aufgenommen"; in a timeline's present after the entry's date: "2019: Karlsruhe wird als erste deutsche
# Stadt in das UNESCO Creative Cities Network aufgenommen" ("Die Stadt wird 2026 aufgenommen" is yet to come).
_ADMITTED_INTO = compile_guarded(r"\b(?P<verb>wurden?|wird)\b(?P<middle>[^.;,]{0,120}?)\baufgenommen\b", re.IGNORECASE)
_NETWORK_NOUN_DE = re.compile(r"\b(?:Netzwerk|Städtenetzwerk|Verband|Bündnis)\b")


def _admitted_into_a_network(sentence: str, base: date | None, mentions: list[NetworkMention]) -> list[Claim]:
    for verb in _ADMITTED_INTO.finditer(sentence):
        middle = verb.group("middle")
        if _PART_OF_A_NETWORK.search(middle) or _SOMETHING_ELSE_JOINED.search(middle) or _GERMAN_COMPOUND_PART.search(
                middle):
            continue
        named = next((mention for mention in mentions if verb.start("middle") <= mention.start < verb.end()), None)
        if named is None and not _NETWORK_NOUN_DE.search(middle):
            continue  # "wurde 2019 in die Welterbeliste aufgenommen": no network
        if verb.group("verb").lower() == "wird":
            when = _date_opening_the_clause(sentence, verb.start(), base) if _TIMELINE_ENTRY_DATE.match(
                sentence) else None
        else:
            year = (_YEAR.search(sentence, verb.start("middle"), verb.end("middle"))
                    or _YEAR_JUST_BEFORE.search(sentence, max(0, verb.start() - 12), verb.start()))
            when = _year_as_written(sentence, year, base) if year else None
        if when:
            return [Claim("joined", when, verb.start(), value_date=when, about=named)]
    return []


# A timeline entry naming the joining by its noun: "2011 : entrée de Paris dans Metropolis", "2003: incorporación de
# la ciudad a Metropolis", "2013: ingresso del Comune in Metropolis", "2003: accession to Metropolis", "2003: Aufnahme
# in Metropolis"; only as the entry's first words (prose has "the membership of Eurocities includes ...").
_JOINING_NOUN_OPENS_THE_ENTRY = re.compile(
    r"(?:1[89]|20)\d\d\s*(?:[:–—,]|-\s)\s*(?:(?:l['’]|la|the|die|el|il)\s*)?(?:adhésion|entrée|incorporación|ingreso"
    r"|adhesión|adesione|ingresso|membership|accession|admission|beitritt|aufnahme|mitgliedschaft)\b", re.IGNORECASE)
_JOINING_NOUN_WINDOW = 50


def _joining_named_in_a_timeline_entry(sentence: str, base: date | None, mentions: list[NetworkMention]
                                       ) -> list[Claim]:
    entry = _JOINING_NOUN_OPENS_THE_ENTRY.match(sentence)
    clause_end = _CLAUSE_BREAK.search(sentence, entry.end()) if entry else None
    end = min(clause_end.start() if clause_end else len(sentence), entry.end() + _JOINING_NOUN_WINDOW) if entry else 0
    named = next((mention for mention in mentions if entry and entry.end() < mention.start < end), None)
    if named is None or _joins_something_else(sentence, entry.end()) or _PART_OF_A_NETWORK.search(
            sentence, entry.end(), end):
        return []
    when = date_at(sentence, 0, base)
    return [Claim("joined", when[0].iso(), entry.start(), value_date=when[0].iso(), about=named)] if when else []


def _german_present_joinings(sentence: str, base: date | None) -> list[Claim]:
    found = _GERMAN_PRESENT_JOINING.search(sentence) if "wird" in sentence or "sich" in sentence else None
    if found is None or _SOMETHING_ELSE_JOINED.search(found.group()) or _PART_OF_A_NETWORK.search(found.group()):
        return []
    when = _date_opening_the_clause(sentence, found.start(), base)
    return [Claim("joined", when, found.start(), value_date=when)] if when else []


_YEAR_BEFORE_AUXILIARY = re.compile(r"\b(?:1[89]|20)\d\d\b(?=[^.;,\d]{0,40}$)")
_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
# The day and the month before a year: "am 2. März 1995", "im Oktober 2014".
_DAY_AND_MONTH_BEFORE = re.compile(rf"(?:\b\d{{1,2}}\.?\s+)?\b{MONTH_PATTERN}\s+$", re.IGNORECASE)
_DAY_AND_MONTH_CHARS = 20


def _year_as_written(sentence: str, year: re.Match, base: date | None) -> str:
    """The date a year ends, as precise as written: "trat am 2. März 1995 bei" joined on 1995-03-02."""
    found = _DAY_AND_MONTH_BEFORE.search(sentence, max(0, year.start() - _DAY_AND_MONTH_CHARS), year.start())
    dated = date_at(sentence, found.start(), base) if found else None
    return dated[0].iso() if dated and dated[1] == year.end() else year.group()


_MEMBER_WORD = re.compile(r"\b(?:membre|adhérente?|member|mitglied|miembro|membro|componente|soci[oa]s?)\b",
                          re.IGNORECASE)


def _belongs_to_a_network(phrase: str) -> bool:
    """"membre depuis 2011" says membership; "fait partie d'ICORN depuis 2011" too, but not "gehört dem Forum seit
    2011 an": a part of a network (a forum, a board) is not the network."""
    return bool(_MEMBER_WORD.search(phrase)) or not _PART_OF_A_NETWORK.search(phrase)


# A governing body named right after a membership's date or word: "gehört seit 2020 dem Exekutivkomitee an", "seit 2020
# Mitglied des Vorstands", "fait partie depuis 2020 du comité exécutif", "a member since 2020 of the executive
# committee", "forma parte desde 2020 del comité ejecutivo", "fa parte dal 2020 del comitato esecutivo": a seat on the
# body, not the city's joining of the network.
_GOVERNING_BODY_NAMED_NEXT = re.compile(
    r"\s*(?:(?:of|on|to|in|at)\s+)?(?:(?:the|its|du|de\s+la|de\s+l['’]|des|au|à\s+la|à\s+l['’]|al|del|della|dello"
    r"|dell['’]|nel|nella|dem|der|den|im|zum|zur|el|la|le|il|lo|en\s+el|en\s+la)\s*)?(?:[\w-]+\s+){0,2}?"
    r"(?:\w*komitees?|\w*ausschuss(?:es)?|vorstand(?:e?s)?|präsidiums?|committee|board|bureau|comité|comitato|junta\s+directiva"
    r"|consejo\s+(?:rector|ejecutivo|de\s+dirección)|consiglio\s+(?:direttivo|esecutivo)"
    r"|conseil\s+d['’]administration|executive\s+council|ufficio\s+di\s+presidenza)\b", re.IGNORECASE)


# A label or a title right after a "since" date: the date the city has carried it ("trägt seit 2012 das Label",
# "porte depuis 2015 le label", "holds since 2019 the title"), not the date it became a member.
_A_LABEL_NEXT = re.compile(r"\s*(?:(?:das|den|le|the|el|il|la|lo)\s+)?(?:label|gütesiegel|titel|titre|title|sello"
                           r"|distintivo|marchio)\b", re.IGNORECASE)


def _a_seat_on_a_body_next(sentence: str, position: int) -> bool:
    body = _GOVERNING_BODY_NAMED_NEXT.match(sentence, position)
    return body is not None and not any(mention.start < body.end() and position < mention.end
                                        for mention in find_networks(sentence[:body.end() + 60]))


# "a adhéré à la campagne de Mayors for Peace", "joined the Energy Cities challenge", "ha aderito nel 2020 alla
# campagna": what the clause says was joined is a campaign, a declaration or a project of the network, not the network
# (unless the network itself is named first: "joined the network in 1989 and its initiative in 2021").
_SOMETHING_ELSE_JOINED = re.compile(
    r"\b(?:à\s+la|au|aux|à\s+l['’]|alla|al|allo|all['’]|ai|alle|the|a\s+la|el|la|le|der|zur|zum|einer|an?|une?"
    # a founding member's genitive: "Gründungsmitglied des Projekts", "membre fondateur du projet"
    r"|des|du|del|della|dello|de\s+la"
    r"|its|their|son|sa|ses)\s+"
    r"(?:[\w’'-]+\s+){0,3}?(?:\w+-)*(?:campagne|campaign|campagna|campaña|kampagne|initiative|iniziativa|iniciativa|appel"
    r"|appeal|appello|llamamiento|aufruf|déclaration|declaration|dichiarazione|declaración|erklärung|charte|charter"
    r"|pétition|petition|petizione|projet|project|progetto|proyecto|projekt|programme|program|programma|programa"
    r"|défi|challenge|sfida|desafío|reto"
    # an event of the network: "joined the annual conference of Eurocities", "a rejoint le congrès de CGLU"
    r"|conférence|conference|congrès|congress|sommet|summit|assemblée|assembly|meeting|réunion|rencontre"
    r"|konferenz|kongress|conferencia|congreso|cumbre|conferenza|congresso|vertice"
    # a scheme of the network: "joined the Eurocities Green Cities Fellowship", "its climate pledge"
    r"|fellowship|pledge|scheme|pilot"
    r"|convention"
    # a celebration of the network's: "se sumó a la celebración de las más de 300 ciudades de la OCPM", "a rejoint la
    # journée mondiale des villes du patrimoine", "joined the 30th anniversary celebrations of Eurocities"
    r"|célébration|celebration|celebración|celebrazione|festeggiament[oi]|feier(?:lichkeiten)?|jubiläumsfeier"
    r"|anniversaire|anniversary|aniversario|anniversario|commémoration|commemoration|conmemoración|commemorazione"
    r"|journée|giornata|jornada|aktionstag|festival"
    # a part of the network, however many words name it: "joined the Eurocities culture forum"
    r"|forum|working\s+group|groupe\s+de\s+travail|committee|comité|commission|task\s+force|arbeitsgruppe"
    r"|grupo\s+de\s+trabajo|gruppo\s+di\s+lavoro)s?\b", re.IGNORECASE)
_THE_NETWORK_WORD = re.compile(r"\b(?:réseau|network|rete|red|netzwerk|association|associazione|asociación)\b",
                               re.IGNORECASE)
_JOINED_OBJECT_CHARS = 60
# A part of a network as what is joined, right after the verb: "se incorporó al foro de cultura de Eurocities", "è
# entrata nel forum cultura di Eurocities", "joined the Culture Forum": the part's membership, not the network's.
_JOINS_A_PART = re.compile(
    r"\s+(?:a\s+la|al|a\s+los|en\s+el|de\s+la|del|nel|nella|alla|allo|al|au|à\s+la|aux|du|de\s+la|the|to\s+the"
    r"|dem|der|zum|zur|in\s+den|in\s+das)\s+(?:[\w’'-]+\s+)?" + _PART_OF_A_NETWORK.pattern, re.IGNORECASE)


# People as what is joined, right after the verb, maybe after the place they were met in: "avait rejoint à Tunis 130
# délégations de maires", "joined 300 mayors in Lyon", "traf in Tunis 130 Delegationen", "se unió en Túnez a 130
# delegaciones", "ha raggiunto a Tunisi 130 delegazioni": the city went to meet them, it joined no network.
_JOINS_PEOPLE = re.compile(
    r"\s+(?:(?:à|in|en|a|at)\s+(?-i:[A-ZÀ-Þ])[\w’'-]*\s+)?(?:(?:a|les|the|die|den|las|los|le|i|gli|ses|its|their|sus"
    r"|plus\s+de|more\s+than|über|más\s+de|oltre|près\s+de|nearly|rund|casi|quasi)\s+)*(?:\d[\d\s.,]{0,8}\s*)?"
    r"(?:autres\s+|other\s+|anderen\s+|otras\s+|otros\s+|altre\s+|altri\s+)?"
    r"(?:délégations|délégués|participants|maires|élus|delegations|delegates|mayors|colleagues|peers|delegationen"
    r"|delegierte[n]?|bürgermeister\w*|delegaciones|delegados|participantes|alcaldes|delegazioni|delegati"
    r"|partecipanti|sindaci)\b", re.IGNORECASE)


def _joins_people(sentence: str, verb_end: int) -> bool:
    """People right after the verb, not the start of a network's name ("joined Mayors for Peace")."""
    people = _JOINS_PEOPLE.match(sentence, verb_end)
    return bool(people) and not any(mention.start < people.end() <= mention.end
                                    for mention in find_networks(sentence))


# "al forum Mobilità, al quale ha aderito nel 2015", "au groupe de travail, auquel elle a adhéré": the verb's object is
# the part named before the relative pronoun.
_PART_THEN_RELATIVE = re.compile(
    _PART_OF_A_NETWORK.pattern + r"[^,.;]{0,30},?\s+(?:al\s+quale|alla\s+quale|a\s+cui|al\s+que|al\s+cual|a\s+la\s+que"
    r"|auquel|à\s+laquelle|which|dem|der)\s+[^,.;]{0,25}$", re.IGNORECASE)


# "l'Agenda AIVP 2030, a cui il Comune ha aderito nel 2021", "la charte d'Aalborg, à laquelle la Ville a adhéré",
# "the campaign, which the city joined in 2019": the verb's object is the text or scheme named before the pronoun.
_RELATIVE_PRONOUN = (r"(?:al\s+quale|alla\s+quale|a\s+cui|al\s+que|al\s+cual|a\s+la\s+que|auquel|à\s+laquelle"
                     r"|which|dem|der|die)")
_SOMETHING_ELSE_THEN_RELATIVE = compile_guarded(
    r"\b(?P<noun>agenda|campagne|campaign|campagna|campaña|kampagne|charte|charter|carta|charta|déclaration"
    r"|declaration|dichiarazione|declaración|erklärung|programme|program|programma|programa|programm|projet|project"
    r"|progetto|proyecto|projekt|initiative|iniziativa|iniciativa|appel|appeal|appello|llamamiento|aufruf|challenge"
    rf"|défi)\b[^,.;]{{0,30}},?\s+{_RELATIVE_PRONOUN}\s+[^,.;]{{0,25}}$", re.IGNORECASE)
_RELATIVE_NEXT = re.compile(rf"(?:\s*\([^()]{{1,15}}\))?\s*,?\s+{_RELATIVE_PRONOUN}\b", re.IGNORECASE)


def _network_called_a_programme_then_relative(sentence: str, verb_start: int) -> NetworkMention | None:
    """The network a relative clause joined, called a programme right before its pronoun: "the Partners for Climate
    Protection (PCP) program, which it joined in 1996", "au programme Cités interculturelles, auquel elle a adhéré en
    2012" (not "the Eurocities programme on lighting, which", a programme of the network)."""
    other = _SOMETHING_ELSE_THEN_RELATIVE.search(sentence, max(0, verb_start - 80), verb_start)
    if other is None or not _PROGRAMME_NOUN_ENDS.search(sentence, *other.span("noun")):
        return None
    noun_end = other.end("noun")
    return next((mention for mention in find_networks(sentence[:verb_start])
                 if (_PROGRAMME_NOUN_NEXT.fullmatch(sentence, mention.end, noun_end)
                     and _RELATIVE_NEXT.match(sentence, noun_end))
                 or (_SPACES.fullmatch(sentence, noun_end, mention.start)
                     and _RELATIVE_NEXT.match(sentence, mention.end))), None)


# What follows "et", "and" is another verb's or another object's: "y a adhéré en 1991 et en préside le forum Culture".
_COORDINATION = re.compile(r"\s(?:et|and|und|y|e|puis|then)\s", re.IGNORECASE)
# "joined forces with Lyon", "decided to join hands with": working together, no membership.
_JOINS_FORCES = re.compile(r"\s+(?:forces|hands)\b", re.IGNORECASE)


def _joins_something_else(sentence: str, verb_end: int) -> bool:
    clause = _CLAUSE_BREAK.split(sentence[verb_end:verb_end + _JOINED_OBJECT_CHARS], maxsplit=1)[0]
    clause = _COORDINATION.split(clause, maxsplit=1)[0]
    other = _SOMETHING_ELSE_JOINED.search(clause)
    return (bool(other) and not _THE_NETWORK_WORD.search(clause, 0, other.start())
            and not _named_before(clause, other.start()) and not _ends_in_a_name(clause, other.end())
            and not _a_programme_the_network_names(sentence[verb_end:verb_end + _PROGRAMME_NAME_CHARS], other)) or bool(
        _JOINS_A_PART.match(sentence, verb_end) or _JOINS_FORCES.match(sentence, verb_end)
        or _joins_people(sentence, verb_end))


# A network that is a programme, called one: "au programme Cités interculturelles", "al programma Intercultural Cities",
# "dem Programm Intercultural Cities", "the 100 Resilient Cities programme"; or a project, called one before its name:
# "al progetto Città Sane dell'OMS", "au projet Villes-Santé de l'OMS" ("the Eurocities project on lighting" is one of
# the network's projects). Not a programme of a network named after a preposition ("le programme Cities4Climate
# d'Eurocities") nor a campaign, a challenge, a forum.
_PROGRAMME_NOUN_ENDS = re.compile(r"\b(?:programmes?|programs?|programas?|programm[ae]?|programmi|projets?|projects?"
                                  r"|progett[oi]|proyectos?|projekte?)$", re.IGNORECASE)
# after the network's name, its acronym in brackets maybe: "the Partners for Climate Protection (PCP) program"
_PROGRAMME_NOUN_NEXT = re.compile(r"(?:\s*\([^()]{1,15}\))?\s+(?:programmes?|programs?|programas?|programm[ae]?"
                                  r"|programmi)\b", re.IGNORECASE)
_SPACES = re.compile(r"\s+")
_PROGRAMME_NAME_CHARS = 120  # the network's whole name after the noun: "progetto Città Sane dell'Organizzazione ..."


def _a_programme_the_network_names(clause: str, other: re.Match) -> bool:
    if not _PROGRAMME_NOUN_ENDS.search(other.group()):
        return False
    return any(_SPACES.fullmatch(clause, other.end(), mention.start)
               or (other.start() < mention.start and _PROGRAMME_NOUN_NEXT.fullmatch(clause, mention.end, other.end()))
               for mention in find_networks(clause))


def _ends_in_a_name(clause: str, end: int) -> bool:
    """"a rejoint la Convention des maires": the word is part of the network's own name."""
    return any(mention.start < end <= mention.end for mention in find_networks(clause))


def _named_before(clause: str, end: int) -> bool:
    """A network named before `end`: "joined Energy Cities in 2008 and its challenge in 2021" joined the network."""
    return bool(end and find_networks(clause[:end]))


# The network joined, then a participle that tells its own story in apposition: "joined the 100 Resilient Cities
# programme, pioneered by the Rockefeller Foundation, in December 2014", "a rejoint Eurocities, fondé par six villes en
# 1986, en 1991". The dates inside are the participle's; the joining's comes after (unless it comes before: "a adhéré
# en août 2025 au réseau Maires pour la paix, fondé en 1982").
_PARTICIPLE_APPOSITION = re.compile(
    r"(?:(?!\b(?:1[89]|20)\d\d\b)[^,;.]){1,60},\s+(?:founded|launched|created|established|set\s+up|pioneered|started|led|run|chaired|fondée?s?"
    r"|créée?s?|lancée?s?|présidée?s?|fundad[oa]s?|cread[oa]s?|lanzad[oa]s?|presidid[oa]s?|fondat[oaie]|creat[oaie]"
    r"|lanciat[oaie]|presiedut[oaie]|promoss[oaie]|gegründet)\s+(?:by|par|por|da|dal|dalla|von|in|en|nel|à|a)\b"
    r"[^,;.()]{0,120}", re.IGNORECASE)


def _past_a_participle(sentence: str, verb_end: int) -> int:
    """Where the joining's date may start: after the participle's apposition that follows the object, if one does."""
    apposition = _PARTICIPLE_APPOSITION.match(sentence, verb_end)
    return apposition.end() if apposition else verb_end


def _year_within(verb: re.Match) -> str | None:
    """"a participé en 2019 à la fondation du réseau": the year the joining's own words hold."""
    year = _YEAR.search(verb.group())
    return year.group() if year else None


# A joining a council authorised is yet to come, dated elsewhere: "Le conseil municipal avait autorisé l'adhésion par
# résolution lors de sa séance du 3 novembre", "the council authorised the membership by a resolution of 3 November",
# "der Rat genehmigte den Beitritt", "el Concejo autorizó la adhesión", "il Consiglio ha autorizzato l'adesione".
_AUTHORISED_BEFORE = re.compile(r"(?i:autoris[ée]e?s?|autorisait|authori[sz]ed|autoriz[óo]|autorizad[oa]|autorizzat[oa]"
                                r"|genehmigte?n?)\s+(?:l['’]|la|le|the|its|den|el|il|sa|son)\s*\Z")
_AUTHORISED_CHARS = 24


# A membership "since then" after a dated clause of the same sentence: the city joined in that clause's year ("a reçu
# le titre en 2006 et appartient depuis à l'association", "hosted the congress in 2009 and has been a member since
# then", "ist seither Mitglied", "desde entonces es miembro", "da allora ne fa parte").
_MEMBER_SINCE_THEN = re.compile(
    r"\b(?:(?:appartient|adhère|est\s+membre)\s+depuis(?=\s+(?:à|au|aux|de|du|des)\s)"
    r"|(?:appartient|adhère|est\s+membre)\s+depuis\s+lors"
    r"|(?:a\s+member|belongs|belonged)\s+(?:to\s+it\s+)?(?:ever\s+)?since(?:\s+then)?(?=\s*[,.;]|\s*$)"
    r"|(?:ist|war)\s+(?:sie|es|er)?\s*(?:seither|seitdem)\s+Mitglied"
    r"|desde\s+entonces\s+(?:es|ha\s+sido)\s+miembro|(?:es\s+miembro|forma\s+parte)\s+desde\s+entonces"
    r"|da\s+allora\s+(?:è\s+socio|è\s+membro|ne\s+fa\s+parte)|(?:è\s+socio|è\s+membro|ne\s+fa\s+parte)\s+da\s+allora)",
    re.IGNORECASE)
_SINCE_THEN_CUE = case_blind_search(re.compile(
    literal_alternation(("depuis", "since", "seither", "seitdem", "entonces", "allora")), re.IGNORECASE))
_DATED_CLAUSE_CHARS = 160


def _joined_since_then(sentence: str) -> list[Claim]:
    if not _SINCE_THEN_CUE.search(sentence) or not (member := _MEMBER_SINCE_THEN.search(sentence)):
        return []
    if _a_seat_on_a_body_next(sentence, member.end()):
        return []  # "appartient depuis à son bureau": a seat on its board
    years = list(_YEAR.finditer(sentence, max(0, member.start() - _DATED_CLAUSE_CHARS), member.start()))
    if not years:
        return []
    return [Claim("joined", years[-1].group(), member.start(), value_date=years[-1].group())]


# A council's decision to join, its day in the decision's own words: "Council passed a resolution on 1 April 2019
# to join", "Council resolved to join ... on 1 April 2019", "le conseil a décidé le 3 juin 2026 d'adhérer", "el Pleno
# acordó el 3 de junio adherirse a", "il Consiglio ha deliberato il 3 giugno di aderire", "Der Stadtrat hat am 3. Juni
# beschlossen, ... beizutreten"; German names the joining before the closing participle ("hat an seiner Sitzung vom 3.
# Juni den Beitritt zur ECCAR beschlossen"). The decision dates the joining (none refused or put off: "not to join").
_DECIDED_TO_JOIN = compile_guarded(
    r"\b(?:voted|decided|agreed|resolved|(?:passed|adopted|carried)\s+(?:a|the)\s+(?:resolution|motion)"
    r"|décidé|voté|délibéré|acord[óo]|decidi[óo]|vot[óo]|resolvi[óo]|deliberato|deciso|votato)\b"
    r"(?P<middle>(?:[^.;]|(?<=\d)\.){0,60}?)"
    r"\b(?:to\s+join|(?:d['’]\s*|de\s+|pour\s+)(?:adhérer|rejoindre)|(?:adherirse|unirse|sumarse|incorporarse)\b"
    r"|(?:di|ad)\s+aderire)\b", re.IGNORECASE)
_GERMAN_DECIDED_JOINING = compile_guarded(
    r"\b(?:hat|hatte|haben|hatten)\b(?P<middle>(?:[^.;,]|(?<=\d)\.){0,80}?)"
    r"(?P<join>\bden\s+Beitritt\b(?:[^.;,]|(?<=\d)\.){0,120}?\b(?:beschlossen|genehmigt|gebilligt)\b"
    r"|\b(?:beschlossen|entschieden)\s*,[^.;]{0,80}?\bbeizutreten\b)", re.IGNORECASE)
_REFUSED = re.compile(r"\b(?:not|pas|nicht|no|non|against|contre|contra|contro|later|plus\s+tard|più\s+avanti)\b",
                      re.IGNORECASE)


def _decided_to_join(sentence: str, base: date | None) -> list[Claim]:
    claims = []
    for found in chain(_DECIDED_TO_JOIN.finditer(sentence), _GERMAN_DECIDED_JOINING.finditer(sentence)):
        if _REFUSED.search(found.group("middle")) or _joins_something_else(sentence, found.end()) or (
                found.re is _GERMAN_DECIDED_JOINING and _SOMETHING_ELSE_JOINED.search(found.group("join"))):
            continue  # German names what is joined before its verb: "beschlossen, der Kampagne beizutreten"
        dated = next((at for cue in _DECISION_DATE_CUE.finditer(sentence, *found.span("middle"))
                      if (at := date_at(sentence, cue.end(), base)) and at[1] <= found.end("middle")), None)
        when = dated[0].iso() if dated else _first_date_after(sentence, found.end(), base)
        if when:
            claims.append(Claim("joined", when, found.start(), value_date=when))
    return claims


def _with_the_decisions_day(claims: list[Claim], decided: list[Claim]) -> list[Claim]:
    """The joinings the decision's day dates, in place of the same joinings dated by their year alone or not at all."""
    days = {claim.value for claim in decided}
    kept = [claim for claim in claims if not (claim.attribute == "joined" and any(
        day != claim.value and day.startswith(claim.value) for day in days))]
    return kept + [claim for claim in decided if not any(other.value == claim.value for other in kept)]


def _joined(sentence: str, base: date | None) -> list[Claim]:
    claims = []
    for verb in _TRAT_BEI.finditer(sentence):
        year = (_YEAR.search(sentence, verb.start("middle"), verb.end("middle"))
                or _YEAR_JUST_BEFORE.search(sentence, max(0, verb.start() - 12), verb.start()))
        if when := (_year_as_written(sentence, year, base) if year
                    else _date_opening_the_clause(sentence, verb.start(), base)):
            claims.append(Claim("joined", when, verb.start(), value_date=when))
    claims += _german_present_joinings(sentence, base)
    for found in _ON_BOARD_SINCE.finditer(sentence) if "dabei" in sentence else ():
        year = found.group("year") or found.group("year_after") or found.group("year_row")
        claims.append(Claim("joined", year, found.start(), value_date=year))
    for verb in _BECAME_MEMBER.finditer(sentence):
        if _PART_OF_A_NETWORK.search(verb.group("middle")) or _SOMETHING_ELSE_JOINED.search(
                verb.group("middle")) or _GERMAN_COMPOUND_PART.search(verb.group("middle")):
            continue  # "wurde 2015 in das Kulturforum aufgenommen", "in das Programm": not the network itself
        if year := (_YEAR.search(sentence, verb.start("middle"), verb.end("middle"))
                    or _YEAR_JUST_BEFORE.search(sentence, max(0, verb.start() - 12), verb.start())):
            when = _year_as_written(sentence, year, base)
            claims.append(Claim("joined", when, verb.start(), value_date=when))
    if not claims and "aufgenommen" in sentence:
        claims += _admitted_into_a_network(sentence, base, find_networks(sentence))
    for verb in _AMONG_THE_FOUNDING_CITIES.finditer(sentence):
        if year := _YEAR.search(verb.group("middle")):
            claims.append(Claim("joined", year.group(), verb.start(), value_date=year.group()))
    for verb in _JOINED_PARTICIPLE.finditer(sentence):
        if _PART_OF_A_NETWORK.search(verb.group("middle")) or _SOMETHING_ELSE_JOINED.search(verb.group("middle")):
            continue  # "hat sich 2015 dem Forum angeschlossen", "der Eurocities-Kampagne": not the network itself
        year = (_YEAR.search(sentence, verb.start("middle"), verb.end("middle"))
                or _YEAR_BEFORE_AUXILIARY.search(sentence, max(0, verb.start() - 40), verb.start()))
        if when := (_year_as_written(sentence, year, base) if year
                    else _month_gone_between(sentence, verb.span("middle"), base)):
            claims.append(Claim("joined", when, verb.start(), value_date=when))
    participles = "beigetreten" in sentence or "angeschlossen" in sentence
    for verb in _PARTICIPLE_THEN_AUXILIARY.finditer(sentence) if participles else ():
        if year := _YEAR_BEFORE_AUXILIARY.search(sentence, max(0, verb.start() - 40), verb.start()):
            when = _year_as_written(sentence, year, base)
            claims.append(Claim("joined", when, year.start(), value_date=when))
    verbs = []
    lowered = lowered_alike(sentence)
    for verb in _JOIN_VERB.finditer(sentence):
        verbs.append(verb.span())
        if _AUTHORISED_BEFORE.search(sentence, max(0, verb.start() - _AUTHORISED_CHARS), verb.start()):
            continue
        called = _network_called_a_programme_then_relative(sentence, verb.start())
        if _joins_something_else(sentence, verb.end()) or _PART_THEN_RELATIVE.search(
                sentence, max(0, verb.start() - 80), verb.start()) or (
                called is None and _SOMETHING_ELSE_THEN_RELATIVE.search(
                    sentence, max(0, verb.start() - 80), verb.start())):
            continue
        # "Eurocities – joined 2008": a list item's year without a preposition
        bare_year = _BARE_YEAR_AFTER.match(sentence, verb.end())
        when = ((bare_year.group("year") if bare_year else None)
                or _first_date_after(sentence, _past_a_participle(sentence, verb.end()), base)
                or _date_opening_the_clause(sentence, verb.start(), base) or _year_around_the_clause(sentence, verb)
                or _date_after_apposition(sentence, verb.end(), base) or _year_of_the_cause(sentence, verb.start())
                or _date_of_the_decision(sentence, verb.start(), base) or _founding_year_in_brackets(sentence, verb)
                or _month_gone_after(sentence, verb.end(), base)
                or _date_of_the_decision_after(sentence, verb.end(), base)
                or _year_of_a_long_entry(sentence, verb.start()) or _year_within(verb))
        if when:
            # the network so called is what was joined, whatever the sentence names as the city's channel
            claims.append(Claim("joined", when, verb.start(), value_date=when, about=called))
    for member in (_LOWERED_MEMBER_SINCE.finditer(lowered) if lowered is not None
                   else _MEMBER_SINCE.finditer(sentence)):
        # "became a full member of Eurocities in 2017, having taken part as an associate partner since 2013": the
        # member word is the verb's, whose date is read already; a later "since" dates something else.
        if any(start <= member.start() < end for start, end in verbs):
            continue
        dated = date_at(sentence, member.end(), base)
        if dated and _ENDED.match(sentence, dated[1]):
            continue  # "member from 1998 to 2015", "membre depuis 1998 jusqu'en 2015": a membership that ended
        if dated and _a_seat_on_a_body_next(sentence, dated[1]):
            continue
        if dated and _A_LABEL_NEXT.match(sentence, dated[1]):
            continue  # "Mitglied des Vereins und trägt seit 2012 das Label": the label's date, not the membership's
        if dated and _belongs_to_a_network(sentence[member.start():member.end()]) and not any(
                claim.value == dated[0].iso() for claim in claims):
            claims.append(Claim("joined", dated[0].iso(), member.start(), value_date=dated[0].iso()))
    for since in (_LOWERED_SINCE_THEN_MEMBER.finditer(lowered) if lowered is not None
                  else _SINCE_THEN_MEMBER.finditer(sentence)):
        dated = date_at(sentence, since.start("rest"), base)
        if dated and _ENDED.match(sentence, dated[1]):
            continue  # "war seit 2000 bis 2015 Mitglied", "desde 2000 hasta 2015 fue miembro": a membership that ended
        if _a_seat_on_a_body_next(sentence, since.end()):
            continue
        if dated and _belongs_to_a_network(sentence[since.start():since.end()]) and not any(
                claim.value == dated[0].iso() for claim in claims):
            claims.append(Claim("joined", dated[0].iso(), since.start(), value_date=dated[0].iso()))
    claims = _with_the_decisions_day(claims, _decided_to_join(sentence, base))
    return claims or _joined_since_then(sentence)


_BELONGING = re.compile(rf"\b(?:{_BELONGS})\b", re.IGNORECASE)


# "Leeds's membership of Eurocities dates back to 1989", "its membership began in 1989".
# "Edinburgh's involvement in Eurocities dates back to 1989", "La participation de la Ville à Eurocities remonte à
# 1991", "La partecipazione del Comune a Eurocities risale al 1991".
_MEMBERSHIP_BEGAN = compile_guarded(
    # "Nuestra pertenencia a la Alianza del Clima se remonta a 1995", "La membresía de la ciudad data de 1995",
    # "L'appartenenza del Comune alla rete risale al 1995"
    r"\b(?:membership|involvement|affiliation|participation|participación|partecipazione|pertenencia|membresía"
    r"|appartenenza)\b[^.;]{0,50}?"
    r"\b(?:dates\s+(?:back\s+)?(?:to|from)|goes\s+back\s+to|began\s+in|started\s+in|remonte\s+à|date\s+de"
    r"|se\s+remonta\s+a|risale\s+al|data\s+de)\s+", re.IGNORECASE)
_FOUNDING_MEMBER_WORDS = compile_guarded(rf"\b(?:{_FOUNDING_MEMBER})\b", re.IGNORECASE)


def _membership_began(sentence: str, base: date | None, claims: list[Claim]) -> list[Claim]:
    """When the membership began, said of the membership itself; and a founding member's, when the network's founding
    is dated in the sentence ("a founding member of Eurocities, set up in 1986")."""
    found = []
    for began in _MEMBERSHIP_BEGAN.finditer(sentence):
        if _PART_OF_A_NETWORK.search(began.group()) or _SOMETHING_ELSE_JOINED.search(began.group()):
            continue  # "involvement in the Eurocities culture forum", "participation au projet"
        if dated := date_at(sentence, began.end(), base):
            found.append(Claim("joined", dated[0].iso(), began.start(), value_date=dated[0].iso()))
    founded = next((claim for claim in claims if claim.attribute == "founded"), None)
    if founded and not any(claim.attribute == "joined" for claim in claims) and (
            member := _FOUNDING_MEMBER_WORDS.search(sentence)):
        found.append(Claim("joined", founded.value, member.start(), value_date=founded.value_date))
    return found


# A year in apposition named as the year of the joining: "dal 2010, anno dell'adesione di Cagliari a Mayors for Peace",
# "seit 1985, dem Jahr des Beitritts der Stadt zu Mayors for Peace", "depuis 2010, année de l'adhésion de la ville à",
# "since 2010, the year the city joined", "desde 2010, año de la adhesión de la ciudad a".
_YEAR_OF_THE_JOINING = compile_guarded(
    r"\b(?P<year>(?:19|20)\d\d),\s+(?:(?:the|l['’]|dem|das|el)\s*)?(?:year|anno|année|jahr|año)\s+"
    r"(?:dell['’]\s*adesione|dell['’]\s*ingresso|de\s+l['’]\s*adhésion|de\s+l['’]\s*entrée|des\s+beitritts"
    r"|de\s+la\s+adhesión|del\s+ingreso|of\s+(?:the\s+city['’]s\s+|its\s+)?(?:joining|accession)"
    r"|(?:in\s+which\s+|when\s+)?the\s+(?:city|town|council)\s+joined)\b", re.IGNORECASE)


_JOINED_NETWORK_AFTER_CHARS = 50


def _year_named_for_the_joining(sentence: str, mentions: list[NetworkMention]) -> list[Claim]:
    """The year in apposition, when the joining it names is of the network named right after in its clause (not
    "dal 2013, anno dell'adesione della Croazia all'UE, la città ...")."""
    found = _YEAR_OF_THE_JOINING.search(sentence)
    if found is None or not any(
            found.end() <= mention.start <= found.end() + _JOINED_NETWORK_AFTER_CHARS
            and not _CLAUSE_BREAK.search(sentence, found.end(), mention.start) for mention in mentions):
        return []
    return [Claim("joined", found.group("year"), found.start(), value_date=found.group("year"))]


# A membership the sentence states after the dated decision that made it, in its opening phrase: "Tras el acuerdo
# aprobado en el Pleno del 30 de octubre de 2026, León forma parte de la Red", "Suite à la délibération du 12 mars
# 2024, la Ville est membre du réseau", "Following the council's decision of 12 March 2024, the city is a member of",
# "Nach dem Ratsbeschluss vom 12. März 2024 ist die Stadt Mitglied", "Con la delibera del 12 marzo 2024 il Comune fa
# parte della rete": the city joined by that decision, on its day; so it did when the decision's body then names the
# joining ("Con la delibera approvata nella seduta del 12 maggio 2025, la Giunta comunale ha disposto l'adesione").
_OPENING_DECISION = compile_guarded(
    r"^(?:tras|después\s+de|following|after|après|suite\s+à|dopo|nach|mit|con|avec|with|por|par|by|per|mediante)\b"
    r"(?:[^,;]{0,100}?,|[^,;]{0,100}?\b(?:1[89]|20)\d\d\b)", re.IGNORECASE)  # to its comma, else to its year
_MEMBERSHIP_AFTER_CHARS = 60
# German ends its perfect on the participle, the auxiliary opening the clause: "Mit Beschluss des Stadtrates vom 24.
# September 2020 ist Zwickau dem Klima-Bündnis der europäischen Städte mit indigenen Völkern der Regenwälder
# beigetreten": the joining verb ends the clause, however long the network's name before it.
_GERMAN_AUXILIARY_NEXT = re.compile(r"\s*(?:ist|sind|hat|haben)\s")
_GERMAN_CLAUSE_BREAK = re.compile(r"[,;:]")  # not a bracket: the name's acronym may stand in one ("(ECCAR)")


def _member_by_the_opening_decision(sentence: str, base: date | None) -> list[Claim]:
    opening = _OPENING_DECISION.match(sentence)
    if opening is None or (decision := _DECISION.search(sentence, 0, opening.end())) is None:
        return []
    dated = next((found for cue in _DECISION_DATE_CUE.finditer(sentence, decision.end(), opening.end())
                  if (found := date_at(sentence, cue.end(), base)) and found[1] <= opening.end()), None)
    clause_break = _GERMAN_CLAUSE_BREAK.search(sentence, opening.end())
    clause_end = clause_break.start() if clause_break else len(sentence)
    member = (_BELONGING.search(sentence, opening.end(), opening.end() + _MEMBERSHIP_AFTER_CHARS)
              or _JOIN_VERB.search(sentence, opening.end(), opening.end() + _MEMBERSHIP_AFTER_CHARS)
              or (_GERMAN_AUXILIARY_NEXT.match(sentence, opening.end())
                  and _JOIN_VERB.search(sentence, opening.end(), clause_end)))
    if dated is None or dated[0].day is None or member is None:
        return []
    return [Claim("joined", dated[0].iso(), member.start(), value_date=dated[0].iso())]


# Memberships listed one after the other: "membre d'Eurocities depuis 1991 et de l'AIMF depuis 1979", "a rejoint l'AIMF
# en 1979 puis Eurocities en 1991", "membre d'Eurocities (1991), de l'AIMF (1979) et d'ICORN (2011)".
_COORDINATED_BEFORE = re.compile(
    r"(?:\bet|\bpuis|\band|\bthen|,"
    # "y de Metrópolis desde 1985", "e a Energy Cities dal 2002", "und bei Metropolis seit 2005"
    r"|\by|\be|\bund|\bsowie)\s+(?:(?:de\s+l['’]|de\s+la|de|d['’]|du|des|à\s+l['’]|à"
    r"|au|aux|l['’]|le|la|of(?:\s+the)?|the"
    r"|a\s+la|a|al|alla|ai|all['’]|di|del|della|dell['’]|bei|im|in|zu|zum|zur|dem|der)\s*)?$", re.IGNORECASE)
_DATE_AFTER_LISTED_NETWORK = re.compile(
    r"\s+(?:depuis|dès|en|since|in|desde|dal|dall['’]|nel|seit)\s*(?:le\s+)?"
    r"|\s*\((?:depuis\s+|en\s+|since\s+|desde\s+|dal\s+|seit\s+)?", re.IGNORECASE)
# The date before the network, in the second part of a list: "seit 1991 bei Eurocities und seit 2005 bei Metropolis",
# "a adhéré en 1998 à Energy Cities puis, en 2009, à Eurocities", "y desde 1991, de Eurocities".
_COORDINATED_THEN_DATE = re.compile(
    r"\s*,?\s*(?:et|puis|and|then|y|e|und|sowie)\s*,?\s*(?:(?:depuis|dès|en|since|in|seit|im(?:\s+jahre?)?|desde|el|dal"
    r"|nel)\s+)?", re.IGNORECASE)
_DATE_THEN_NETWORK = re.compile(
    r"\s*,?\s*(?:(?:à\s+l['’]|à|au|aux|de\s+l['’]|de\s+la|de|d['’]|du|of(?:\s+the)?|the|to(?:\s+the)?|bei|im|in|zu|zum"
    r"|zur|a\s+la|a|al|alla|ai|all['’]|di|del|della|dem|der|den|die|das)\s*)?", re.IGNORECASE)


def _coordinated_dates_before(sentence: str, base: date | None, mentions: list[NetworkMention]) -> list[Claim]:
    found = []
    for previous, mention in pairwise(mentions):
        link = _COORDINATED_THEN_DATE.match(sentence, previous.end)
        dated = link and date_at(sentence, link.end(), base)
        gap = dated and _DATE_THEN_NETWORK.match(sentence, dated[1])
        if gap and gap.end() == mention.start:
            found.append(_joined_since(dated, mention))
    return found


def _joined_since(dated: tuple, mention: NetworkMention) -> Claim:
    """The network's joining at the date read just by its name."""
    return Claim("joined", dated[0].iso(), mention.start, value_date=dated[0].iso(), about=mention)


_LISTED_MEMBERSHIP_CHARS = 16


def _listed_joinings(sentence: str, base: date | None, mentions: list[NetworkMention], claims: list[Claim]
                     ) -> list[Claim]:
    """The networks after the first of a list of memberships, each with its own date."""
    first = next((claim for claim in claims if claim.attribute == "joined"), None)
    if first is None and not (mentions and _member_of_the_first(sentence, mentions[0])):
        return []
    found = []
    for index, mention in enumerate(mentions):
        date_cue = _DATE_AFTER_LISTED_NETWORK.match(sentence, mention.end)
        dated = date_cue and date_at(sentence, date_cue.end(), base)
        if not dated or any(claim.position >= mention.start and claim.attribute == "joined" and claim.position
                            <= dated[1] for claim in claims):
            continue
        listed = index > 0 and _COORDINATED_BEFORE.search(
            sentence, max(mentions[index - 1].end, mention.start - _LISTED_MEMBERSHIP_CHARS), mention.start)
        # the first of the list with its year in brackets: "membre d'Eurocities (1991), de l'AIMF (1979)"
        bracketed = first is None and index == 0 and sentence[dated[1]:dated[1] + 1] == ")"
        if listed or bracketed:
            found.append(_joined_since(dated, mention))
    return found


# A list's lead-in that says its items are memberships, just before the first: "Nos adhésions : Eurocities (1991)",
# "Redes a las que pertenece la ciudad : Eurocities (2002)", "Le reti a cui aderisce il Comune : Eurocities (1991)",
# or the city's own networks: "Nos réseaux : Eurocities (1991)", "Our networks: Metropolis – 2005".
_MEMBERSHIPS_LISTED = compile_guarded(
    r"\b(?:adhésions|memberships|mitgliedschaften|membresías|adhesiones|adesioni|adhère|adhérente?|belongs?"
    r"|fait\s+partie|part\s+of|pertenece|forma\s+parte|fa\s+parte|aderisce|appartient|appartiene|gehört"
    r"|nos\s+réseaux|our\s+(?:city\s+)?networks|unsere\s+(?:städte)?netzwerke|nuestras\s+redes|le\s+nostre\s+reti)\b"
    r"[^.;:]{0,40}:\s*$",
    re.IGNORECASE)


def _member_of_the_first(sentence: str, mention: NetworkMention) -> bool:
    """"membre d'Eurocities": a member word just before the network, of the network itself, not of its board."""
    member = _MEMBER_WORD.search(sentence, max(0, mention.start - 30), mention.start)
    if member is None:
        return bool(_MEMBERSHIPS_LISTED.search(sentence, max(0, mention.start - 80), mention.start))
    return not _PART_OF_A_NETWORK.search(sentence, member.end(), mention.start)


# "n'est pas membre du réseau, mais participe depuis 2019 à ...": whatever the city does since then, it has not joined.
_NOT_A_MEMBER = compile_guarded(r"n['’](?:est|était) (?:pas|plus) membre|(?:is|was) (?:not|no longer) a member"
                           r"|(?:is|was)n['’]t a member|no es miembro|ya no es miembro"
                           r"|ist (?:kein|nicht|nicht mehr) mitglied|non è (?:più )?membro"
                           # a membership that ended, a date between: "ist seit 2015 nicht mehr Mitglied", "kein
                           # Mitglied mehr", "non è più socia", "non fa più parte di", "ne fait plus partie"
                           r"|\b(?:ist|sind) [^,;.]{0,25}?\b(?:nicht mehr|kein) mitglied|kein mitglied mehr"
                           r"|gehört [^,;.]{0,40}?\bnicht mehr\b"
                           r"|non (?:è|sono|fa|fanno) più (?:membr[oi]|soci[oa]?|parte)"
                           r"|ne fait plus partie|no longer (?:a member|belongs)|ya no (?:es miembro|forma parte)"
                           # "colabora con Eurocities sin ser miembro", "sans en être membre", "without being a member"
                           r"|sin (?:ser|formar parte)|sans (?:en )?être membre|without being a member"
                           r"|ohne mitglied zu sein|senza (?:esserne|essere) membro")


# Between a joining verb and the network it names as its object: "joined the", "signed up to the", "a rejoint l'",
# "adhésion à".
_JOINED_OBJECT = re.compile(r"\s+(?:(?:to|à|au|aux|in|into|zu|a|al|alla|all['’])\s+)?"
                            r"(?:(?:the|le|la|les|l['’]|el|il|lo|dem|der)\s*)?", re.IGNORECASE)


def _joined_named_objects(sentence: str, mentions: list[NetworkMention], claims: list[Claim]) -> list[Claim]:
    """A joining is of the network its verb names next, not of one named earlier in the sentence: "joined Energy
    Cities in 2008 and signed up to the Covenant of Mayors in 2009"."""
    attributed = []
    for claim in claims:
        verb = claim.attribute == "joined" and claim.about is None and _JOIN_VERB.match(sentence, claim.position)
        gap = verb and _JOINED_OBJECT.match(sentence, verb.end())
        named = gap and next((mention for mention in mentions if mention.start == gap.end()), None)
        attributed.append(replace(claim, about=named) if named else claim)
    return attributed
