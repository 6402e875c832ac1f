"""Who presides a network: a name after an office or a presiding verb, successions, an office with its city; not a
part's or another body's chair."""

import re
from dataclasses import replace
from itertools import chain

from ..count_context import names_an_event
from ..dates import MONTH_PATTERN
from ..networks import NetworkMention
from ..text import ABBREVIATED_TITLES, compile_guarded
from .common import _MAYOR, _NETWORK_AS_SUBJECT, _PART_NAMED_AFTER_NETWORK, _PART_OF_A_NETWORK, _PLACE, _UPPER, Claim

# (the town a person comes from is no part of the name: "Mantas Jurgutis aus Kaunas", "Mantas Jurgutis from Kaunas")
_PERSON_END = (r"(?=\s*(?:[,;.()]|$)|\s+(?:depuis|et|qui|réunit|rassemble|since|and|which|who|seit|und|der|die"
               r"|desde|y|que|dal|e|che|aus|from)\b)")
# Between the verb and who presides: "présidé aujourd'hui par", "présidé depuis juin 2024 par", "chaired since 2022 by".
_IN_OFFICE_SINCE = (r"(?:(?:aujourd['’]hui|actuellement|désormais|now|currently|actualmente|attualmente|derzeit"
                    r"|today|hoy|oggi|heute"
                    r"|(?:depuis|since|desde|dal)\s+(?:\w+\s+)?(?:1[89]|20)\d\d)\s+)?")
# "sous la présidence de", "bajo la presidencia de", "sotto la presidenza di": also how an event's chair is named.
_UNDER_THE_PRESIDENCY = (r"sous\s+la\s+présidence\s+(?:de\s+|d['’]\s*|du\s+)|bajo\s+la\s+presidencia\s+de\s+"
                         r"|sotto\s+la\s+presidenza\s+di\s+"
                         r"|under\s+the\s+(?:presidency|chairmanship)\s+of\s+")
# A title written short, its period before the name ("M. Dupont", "la Dott.ssa Bianchi", "Coun. Maria Delaney").
_DOTTED_COURTESY = rf"(?-i:(?:M|{ABBREVIATED_TITLES})\.|Dott\.ssa|Sig\.ra)(?=\s+[A-ZÀ-Ö])"
_PRESIDED_BY = re.compile(
    rf"\b(?=[pchuvgbdslet])(?:(?:présidée?s?\s+{_IN_OFFICE_SINCE}par|(?:chaired|presided(?:\s+over)?|headed|led)\s+"
    rf"{_IN_OFFICE_SINCE}by|(?:unter\s+dem\s+)?vorsitz\s+von|präsidiert\s+vo[nm]|presidid[ao]s?\s+{_IN_OFFICE_SINCE}por"
    # the German verb first, its subject a pronoun: "präsidiert wird es vom Bürgermeister Hiroshimas, Kazumi Matsui"
    rf"|präsidiert\s+wird\s+(?:es|sie|er)\s+{_IN_OFFICE_SINCE}(?:von|vom|von\s+der)"
    rf"|presiedut[ao]\s+{_IN_OFFICE_SINCE}(?:da|dal|dalla|dallo)"
    rf"|guidat[ao]\s+(?:da|dal|dalla|dallo)"
    rf"|encabezad[ao]s?\s+{_IN_OFFICE_SINCE}por|(?:tiene|cuenta\s+con)\s+como\s+president[ea]\s+a"
    rf"|ha\s+come\s+president[ea]"
    # the article elided before an office: "presieduta dall'assessore alla cultura"
    rf")\s+|presiedut[ao]\s+{_IN_OFFICE_SINCE}dall['’](?=(?i:assessor[ea])\b)|(?P<under>{_UNDER_THE_PRESIDENCY}))"
    # a courtesy title whose dot would end the name: "presidida por la Sra. María José García", "dalla Dott.ssa"
    rf"(?:(?:(?:la|le|el|the)\s+)?{_DOTTED_COURTESY}\s+)?"
    rf"(?P<who>[^,;.()]+?){_PERSON_END}", re.IGNORECASE)
# Starts at a word start only: tried inside a long capitalised token, it would rescan the token from every letter.
# An initial after the first name is part of it: "Michael R. Bloomberg"; so is a Spanish compound first name's
# particle, a surname still after it: "María del Mar Quintero", "María de los Ángeles García" (not "de" alone: "Alcalde
# de Sevilla" would read as a name).
_NAME = (rf"(?<![\w\-])[{_UPPER}][\w\-]+(?:\s+(?-i:del|de\s+l[ao]s?)\s+[{_UPPER}][\w\-]+(?=\s+[{_UPPER}]))?"
         rf"(?:\s+[{_UPPER}]\.)?(?:\s+[{_UPPER}][\w\-]+){{1,3}}")
# A surname that opens with a lowercase particle: "Maria van der Linden", "Juan de la Cruz Fernández".
_PARTICLES = r"(?:van|von|de|da|das|dos|del|della|di|du|der|den|la|le|ter|ten|zu)"
# The titles written before a name: "Cllr Robert Brown", "Lord Provost", "der Regierende Bürgermeister", "Hamburgs
# Erster Bürgermeister", the city before the office ("Gladstone Mayor Matt Burnett", "Leipziger Oberbürgermeister
# Burkhard Jung"); courtesy titles too ("Mme Anne Hidalgo", "Frau", "Sra.", "Dott.ssa"), no part of the name.
_TITLE = (rf"(?:[{_UPPER}]\w+\s+)?(?:(?i:regierenden?|erster?n?)\s+)?{_MAYOR}|Lord\s+(?:Mayor|Provost)|Provost|Cllr\.?"
          r"|Councillor|Coun\.|Hon\.|Ald\.|Alderman|Bgm\.|Lic\.|Avv\.|Senator(?:in)?|Dr\.?|Prof\.?"
          r"|M\.|Mme\.?|Madame|Monsieur|Mrs?\.?|Ms\.?|Frau|Herrn?|Sra?\.|Señora?|Dott(?:\.(?:ssa)?|oressa)|Sig\.(?:ra)?")
_NAMED_PRESIDENT = compile_guarded(
    rf"(?P<who>{_NAME})(?:,\s*(?:(?i:the|le|la|el|il|der|die)\s+)?{_MAYOR}[^,]{{0,30}}?(?:,|\s+(?i:et|and|und|y|e)(?=\s)))?,?"
    rf"(?:\s*\((?:(?i:the|le|la|el|il|der|die)\s+)?{_MAYOR}[^()]{{0,30}}\))?\s+"  # "Jane Doe (Mayor of Ghent) is"
    # "è stato eletto presidente": elected, never "è stato presidente" (a former one)
    rf"(?i:(?:a été |est |was |has been |is |ist (?:seit (?:1[89]|20)\d\d )?|es |è stat[oa] (?=(?:ri)?elett|nominat)|è "
    rf"|(?:fue|ha sido) (?=(?:re)?elegid|nombrad)|è stat[oa] (?=(?:ri)?confermat)"
    rf"|became |has become |devient |est devenue? )?"
    rf"(?:(?:ré)?élue?|(?:re-)?elected|gewählt(?:e)? |(?:re)?elegid[oa] |(?:ri)?elett[oa] |reconduite? "
    rf"|(?:ri)?confermat[oa] |(?:re)?confirmed |nommée? |named |appointed |nombrad[oa] |nominat[oa] )?"
    rf"\s*(?:à la |zum |zur |como |as |comme |come |alla |a la |to the |en la |para la )?"
    rf"(?:the |la |le |il |el |der |die )?"
    rf"(?:current |actuel(?:le)? |amtierende[r]? |actual |attuale |new |nouvel(?:le)? |neue[r]? |nuev[oa] |nuov[oa] )?)"
    rf"(?i:(?:a pris |prend |took over |takes over |has taken over |übernahm |übernimmt |hat |asumió |asume "
    rf"|ha assunto |assume "
    rf"|assure |occupe |exerce |a assuré |a occupé )?(?:(?:in |en |im |nel )?(?:1[89]|20)\d\d )?(?:la |the |den |il )?)"
    rf"(?i:(?:co-?)?(?:présidente?|présidence|chair(?:woman|man)?|president(?:e|a)?|presidency|presidencia|presidenza"
    rf"|präsident(?:in)?|vorsitzende[r]?|vorsitz))\s+"
    rf"(?i:de la |du |des |de |d['’]|of (?:the )?|des |der |del |de la |dell['’]|della |dello |del |di "
    rf"|von (?:der |dem )?)"
    rf"(?:l['’])?")
# "Our president is the Mayor of Leipzig, Burkhard Jung", "Sa présidente est Anne Hidalgo".
_PRESIDENT_IS = re.compile(
    # not a deputy: "Der stellvertretende Vorsitzende ist ..."
    rf"\b(?<!vice[ -])(?<![Ss]tellvertretende )(?<![Ss]tellvertretender )"
    rf"(?i:présidente?|president|chair(?:woman|man)?|präsident(?:in)?|presidente|presidenta"
    rf"|vorsitzende[r]?)\s+"
    rf"(?:(?i:en\s+exercice|in\s+office|di\s+turno|pro\s+tempore|amtierende[r]?|de\s+turno|actuel(?:le)?|in\s+carica"
    # the whole network's, not a region's section: "Presidente nazionale è Gaetano Manfredi"
    rf"|en\s+funciones|nazionale|nationale?|nacional)\s+)?"
    rf"(?:(?i:des\s+netzwerks|du\s+réseau|of\s+the\s+network|de\s+la\s+red|della\s+rete|de\s+l['’]union"
    rf"|of\s+the\s+union|der\s+union|de\s+la\s+unión|dell['’]unione|de\s+l['’]association|of\s+the\s+association"
    rf"|des\s+verbands|de\s+la\s+asociación|dell['’]associazione"
    # the network as a coalition or an alliance: "Präsident der Koalition ist Benedetto Zacchiroli"
    rf"|der\s+koalition|of\s+the\s+coalition|de\s+la\s+coalition|de\s+la\s+coalición|della\s+coalizione"
    rf"|des\s+bündnisses|der\s+allianz|of\s+the\s+alliance|de\s+l['’]alliance|de\s+la\s+alianza|dell['’]alleanza"
    # its board's chair, who chairs the network: "Vorsitzender des Vorstands ist der Oberbürgermeister von Hannover"
    rf"|des\s+vorstands|of\s+the\s+board|du\s+conseil\s+d['’]administration|de\s+la\s+junta\s+directiva"
    rf"|del\s+consiglio\s+direttivo)\s+)?"
    rf"(?i:is|est|ist|es|è)\s+(?:(?i:currently|actuellement|derzeit|aktuell|zurzeit|actualmente|attualmente"
    rf"|(?:seit|since|depuis|desde|dal)\s+(?:1[89]|20)\d\d)\s+)?"
    rf"(?:(?i:the|la|le|l['’]|der|die|el|il)\s+)?(?P<who>[^,;.()]+?){_PERSON_END}")
# "La présidente de l'AIMF, Anne Hidalgo": the title, then the network, then the name (the network checked by caller).
_PRESIDENT_OF_THEN_NAME = re.compile(
    # not a deputy's office: "Le vice-président de l'AIMF, Jean Dupont", "the co-chair of Eurocities, ..."
    r"\b(?<![Vv]ice[ -])(?<![Cc]o-)"
    r"(?i:présidente?|president|chair(?:woman|man)?|präsident(?:in)?|presidente|presidenta|vorsitzende[r]?)\s+"
    r"(?i:de la |du |des |de |d['’]|of (?:the )?|del |de la |della |dell['’]|der |des |von (?:der |den )?|di )"
    r"(?:l['’])?"
    # the network's noun before its name: "Präsident des Netzwerks Eurocities", "presidente de la red Mercociudades"
    r"(?:(?i:netzwerks|réseau|network|red|rete|verbands|association|asociación|associazione) )?")
# "Anne Hidalgo, who also presides over the International Association of Francophone Mayors", "Anne Hidalgo
# presiede inoltre dal 2014 l'Associazione ...": the name, a present verb of presiding, then the network.
_NAME_PRESIDES_OVER = re.compile(
    # "Jan Dupont, maire de Lisbonne, est à la tête de", "It is Sadiq Khan, the Mayor of London, who chairs C40"
    rf"(?:(?-i:Es|Fue)\s+)?(?P<who>{_NAME})(?:,\s*(?:(?i:the|le|la|el|il|lo|der|die)\s+)?{_MAYOR}[^,]{{0,30}},)?"
    rf"(?:,\s*(?i:who|qui|che|der|die|que)(?:\s+(?i:also|aussi|anche|auch|también))?)?,?\s+"
    # "C'est Claire Dumont qui préside Metropolis", "Es Sadiq Khan quien preside el C40", "È Sadiq Khan a presiedere"
    rf"(?:(?i:qui|who|che|quien)\s+)?"
    rf"(?:(?i:currently|now)\s+)?"
    rf"(?i:serves\s+as\s+(?:the\s+)?(?:president|chair(?:wo)?(?:man)?)\s+of|"
    rf"presides\s+over|chairs|holds\s+the\s+(?:presidency|chair)\s+of|préside|presiede|preside|leitet|a\s+presiedere"
    rf"|(?:est\s+|(?:a\s+été\s+)?(?:ré)?élue?\s+)?à\s+la\s+tête\s+(?:de|du)"
    rf"|führt\s+den\s+vorsitz\s+(?:von|im|der)"
    rf"|(?:ocupa|ostenta|ejerce)\s+la\s+presidencia\s+(?:de|del)|(?:ricopre|detiene)\s+la\s+presidenza\s+(?:di|del|della)"
    # "has chaired Eurocities since 2022": only with "since" after the network (checked by the caller)
    rf"|(?P<since_then>has\s+(?:chaired|presided\s+over|headed)))\s+"
    rf"(?:(?i:inoltre|aussi|également|also|auch|además|dal|depuis|since|seit|desde|actuellement|aujourd['’]hui"
    rf"|actualmente|attualmente|derzeit|currently|oggi|hoy|today|heute)\s+(?:\d{{4}}\s+)?)*"
    rf"(?:(?i:the|l['’]|la|le|il|lo|el|den|die|das)\s*)?"
    # "préside le réseau Energy Cities", not the first word of a name ("l'Associazione internazionale dei sindaci")
    rf"(?:(?i:réseau|network|red|rete|netzwerk)\s+(?!(?i:de|des|du|di|of|delle|della|dei|der|del)\b))?")
# An office in apposition before the network: "le maire d'Hiroshima, président des Maires pour la paix", "the Mayor
# of Leipzig, President of Eurocities", "der Bürgermeister von Hiroshima, Präsident von ...".
_OFFICE_PRESIDENT_OF = re.compile(
    rf"(?P<who>(?:(?i:le|la|the|der|die|el|il)\s+)?{_MAYOR}\s+(?i:de\s+|d['’]|of\s+|von\s+|di\s+|del\s+)"
    rf"{_PLACE}),\s+{_PRESIDENT_OF_THEN_NAME.pattern}")
# The network's name before the title and the name: "Eurocities President Burkhard Jung", "Eurocities President and
# Mayor of Leipzig Burkhard Jung", "C40-Präsidentin Erika Muster".
_NETWORKS_PRESIDENT = re.compile(
    rf"(?:['’]s?)?\s*-?(?i:(?:current|new)\s+)?(?i:co-)?"  # "UCLG's current president", "Metropolis Co-President"
    rf"(?i:president|chair(?:woman|man)?|präsident(?:in)?|presidente|presidenta|présidente?)"
    rf"(?:\s+(?i:and|et|und|y|e)\s+{_MAYOR}\s+(?i:of|de|d['’]|von|di|del)\s*{_PLACE})?,?\s+"
    # "Eurocities' president, Lord Provost David Cameron": the name after its holder's title
    rf"(?:(?:{_TITLE})\s+(?=\S+\s+\S))?(?P<who>{_NAME})(?![\w\-])")
# The office first, then who holds it now: "Den Vorsitz hat derzeit Burkhard Jung inne", "den Vorsitz hat
# traditionell der Bürgermeister von Hiroshima, derzeit Kazumi Matsui", "la presidencia la ocupa actualmente ...". The
# board's head is the network's: "Den Vorstand leitet die Tübinger Bürgermeisterin Anja Kessler", her town's adjective
# and her office no part of her name.
_CHAIR_HELD_BY = re.compile(
    rf"\b(?=[vp])(?:(?:vorsitz|präsidentschaft)\s+(?:hat|hält|führt)|vorstand\s+(?:leitet|führt)|presidencia\s+(?:del?\s+[^,.;]{{1,40}}?\s+)?(?:la\s+)?"
    rf"(?:ocupa|ostenta|ejerce|recae\s+en)"
    rf"|presidenza\s+(?:(?:di|del|della|dell['’])\s*[^,.;]{{1,40}}?\s+)?è\s+affidata\s+a)\s+"
    rf"(?:(?:derzeit|aktuell|zurzeit|gegenwärtig|traditionell|actualmente|hoy|seit\s+\d{{4}}|desde\s+\d{{4}}"
    rf"|attualmente|oggi|tradicionalmente|tradizionalmente)\s+)?"
    rf"(?:(?:der|die)\s+(?-i:[A-ZÄÖÜ][\w\-]*er)\s+{_MAYOR}\s+(?=(?-i:[A-ZÄÖÜ])))?"
    rf"(?P<who>[^,;.()]+?)(?:\s+inne)?"
    rf"(?:,\s+(?:derzeit|aktuell|zurzeit|gegenwärtig|actualmente)\s+(?P<now>{_NAME}))?{_PERSON_END}", re.IGNORECASE)
_MAYOR_OF_PLACE = re.compile(rf"(?:(?i:der|die|el|la)\s+)?{_MAYOR}\s+(?i:von|de|del)\s+{_PLACE}")
# "autour de sa présidente, Anne Hidalgo": the network is the one the sentence is about.
_ITS_PRESIDENT = re.compile(
    rf"\b(?i:sa |son |its |ihr |ihre |su |il suo |la sua )"
    rf"(?i:présidente?|president(?:e|a)?|chair(?:woman|man)?|präsident(?:in)?|vorsitzende[r]?),\s+(?P<who>{_NAME})")
# "Sa présidente, la maire de Paris Anne Hidalgo, adressera", "Its chair, the Mayor of Greater Manchester, Andy
# Burnham,": the title, then the office of a city, then the name: after a comma, or the two words after a one-word
# city ("Madrid José Luis Martínez-Almeida" tells no name from its city).
_ITS_PRESIDENT_A_MAYOR = re.compile(
    rf"\b(?i:sa |son |its |ihr |ihre |su |il suo |la sua )"
    rf"(?i:présidente?|president(?:e|a)?|chair(?:woman|man)?|präsident(?:in)?|vorsitzende[r]?),\s+"
    rf"(?:(?i:la|le|the|el|il|der|die)\s+)?{_MAYOR}\s+(?i:de\s+|d['’]|of\s+|di\s+|del\s+|von\s+)"
    rf"(?:[{_UPPER}][\w’'\-]*(?:\s+[{_UPPER}][\w’'\-]*){{0,2}},\s+(?P<who>{_NAME})"
    rf"|[{_UPPER}][\w’'\-]*\s+(?P<two_words>[{_UPPER}][\w\-]+\s+[{_UPPER}][\w\-]+))(?=\s*[,;.)])")
# The network, then who presides it after an inverted verb: "Eurocities, que préside Dario Nardella": the network is
# the one named before. The adverb may come first, the name after its office and town: "que actualmente preside el
# alcalde de San Luis Potosí, Enrique Galindo", "que préside le maire de Lyon, Jean Dupont".
_THAT_NAME_PRESIDES = re.compile(
    rf"\b(?i:que)\s+(?:(?i:actualmente|hoy|aujourd['’]hui|actuellement)\s+)?(?i:préside|preside)\s+"
    rf"(?:(?i:aujourd['’]hui|actuellement|depuis\s+\d{{4}}|actualmente|hoy|desde\s+\d{{4}})\s+)?"
    rf"(?:(?i:el|la|le)\s+{_MAYOR}\s+(?i:de\s+|d['’]|del\s+){_PLACE},\s+)?(?P<who>{_NAME})")
# "La présidence de l'AIMF est assurée par Anne Hidalgo": whose presidency it is, checked by the caller to be a
# network's ("la présidence du jury" is not).
_PRESIDENCY_HELD_BY = re.compile(
    rf"\b(?i:présidence)\s+(?P<whose>(?i:de\s+la|de\s+l['’]|du|des|de|d['’])\s*[^,;.()]{{1,50}}?)\s+(?i:est\s+)?"
    rf"(?i:assurée|exercée|occupée)\s+{_IN_OFFICE_SINCE}(?i:par)\s+(?P<who>{_NAME}){_PERSON_END}")
# An opening apposition: "Présidente de l'AIMF depuis 2014, Anne Hidalgo ...", "Élue présidente de l'AIMF en 2014,
# Anne Hidalgo ..." (the network right after the title, checked by the caller).
_OPENING_PRESIDENT_OF = re.compile(
    r"(?i:(?:(?:ré)?élue?|reconduite?|elected|re-elected)\s+)?(?i:présidente?|president|chair(?:woman|man)?)\s+"
    r"(?i:de\s+la\s+|de\s+l['’]\s*|du\s+|des\s+|de\s+|d['’]\s*|of\s+(?:the\s+)?)")
_NAME_AFTER_OPENING = re.compile(rf"(?:\s+(?i:depuis|en|since|in)\s+(?:1[89]|20)\d\d)?,\s+(?P<who>{_NAME})"
                                 rf"(?=\s+(?-i:[a-zàâçéèêëîïôûù])|,)")
# The mayor of a city as the subject: "La Maire de Paris préside l'AIMF", "The Mayor of Leipzig chairs Eurocities"
# (the network named right after the verb, checked by the caller).
_OFFICE_PRESIDES = re.compile(
    rf"(?<![\w\-])(?P<who>(?:(?i:le|la|the|der|die|el|il)\s+)?{_MAYOR}\s+(?i:de\s+|d['’]|of\s+|von\s+|di\s+|del\s+)"
    rf"{_PLACE})\s+(?i:préside|presides\s+over|chairs|leitet|preside|presiede)\s+(?:(?i:the|l['’]|la|le|il|lo|el|den|die|das)\s*)?")
# "La maire de Paris est présidente de l'AIMF", "the Lord Provost of Edinburgh is the current chair of Eurocities" (a
# city of one word: in "the Mayor of Florence Dario Nardella is" the name would read as the city's).
_OFFICE_IS_PRESIDENT_OF = re.compile(
    rf"(?<![\w\-])(?P<who>(?:(?i:le|la|the|der|die|el|il)\s+)?(?:Lord\s+)?(?:{_MAYOR}|Provost)\s+"
    rf"(?i:de\s+|d['’]|of\s+|von\s+|di\s+|del\s+)[{_UPPER}][\w\-]+)\s+(?i:"
    rf"est\s+(?:l[ae]\s+)?(?:co-?)?présidente?\s+(?:de\s+la|du|des|de|d['’])"
    rf"|is\s+(?:the\s+)?(?:current\s+)?(?:co-?)?(?:president|chair(?:wo)?(?:man)?)\s+of"
    rf"|serves\s+as\s+(?:the\s+)?(?:president|chair(?:wo)?(?:man)?)\s+of"
    rf"|es\s+(?:el\s+|la\s+)?president[ea]\s+(?:de|del)|è\s+(?:il\s+|la\s+)?presidente\s+(?:di|del|della|dell['’])"
    rf"|ist\s+(?:der\s+|die\s+)?(?:präsident(?:in)?|vorsitzende[r]?)\s+(?:von|des|der))"
    rf"\s*(?:(?i:the|l['’]|la|le|il|lo|el|den|die|das)\s*)?")
# "Anne Hidalgo en est la présidente", "la Maire de Paris en assure la présidence", "l'AIMF a pour présidente Anne
# Hidalgo": the network is the one the sentence or its section is about.
_PRESIDES_IT_FR = re.compile(
    rf"(?<![\w\-])(?P<who>{_NAME}|(?:(?i:le|la)\s+)?{_MAYOR}\s+(?i:de\s+|d['’]){_PLACE})\s+"
    rf"(?i:en\s+(?:est|devient)\s+(?:le|la|l['’])\s*(?:président|présidente)|en\s+assure\s+la\s+présidence)\b"
    rf"|\b(?i:a\s+(?:(?:désormais|aujourd['’]hui|actuellement)\s+)?pour\s+(?:président|présidente))\s+(?P<named>{_NAME})"
    # the network before: "Metropolis, di cui è presidente Maria Bianchi"
    rf"|\b(?i:di\s+cui\s+è\s+(?:attualmente\s+)?presidente)\s+"
    rf"(?P<relative>{_NAME})"
    # Italian's clitic for the network the sentence goes on about: "Ne è presidente il sindaco di Vicenza, Giacomo
    # Possamai", "Dal 2024 ne è presidente Chiara Benedetti"
    rf"|(?<![\w’'])(?i:ne\s+è\s+(?:attualmente\s+|oggi\s+)?president[ea])\s+"
    rf"(?:(?i:il|la)\s+{_MAYOR}\s+(?i:di\s+){_PLACE},\s+)?(?P<clitic>{_NAME})"
    # "L'AIMF, dont la Maire de Paris assure la présidence": the network before
    rf"|\b(?i:dont)\s+(?P<holder>{_NAME}|(?:(?i:le|la)\s+)?{_MAYOR}\s+(?i:de\s+|d['’]){_PLACE})\s+"
    rf"(?i:assure|occupe|exerce)\s+la\s+(?i:présidence)\b")
_PRESIDES_IT_FR_WORDS = ("en est", "en devient", "en assure", "pour président", "dont ", "di cui", "è president")
# "Anne Hidalgo, Maire de Paris, la préside depuis 2014": the network is the one the sentence is about.
# Present tense only: "l'a présidé de 2016 à 2019" names a former president.
_PRESIDES_IT = re.compile(
    rf"(?P<who>{_NAME})(?:,\s*{_MAYOR}[^,]{{0,30}},)?\s+"
    rf"(?i:(?:la |le |l['’])préside|(?:chairs|presides over) (?:it|the network))\b")


# The pronoun before the verb, the name after it: "Actualmente la preside Carlos Martínez", "oggi la presiede Carlo
# Rossi". Present tense only, as above. Spanish "la preside" after an adverb of time only, before or after it ("La
# preside actualmente Carlos Martínez"): in Italian "la preside Maria Rossi" names a head teacher. The date may name its
# month: "Desde noviembre de 2023 la preside ...". A mayor named by the office alone presides as such: "La preside
# actualmente el alcalde de Angol", "la presiede attualmente il sindaco di Torino" (a city's own council presided by its
# mayor, "El Concejo lo preside el alcalde", is no network's presidency).
_NOW_ES_IT = r"(?i:actualmente|hoy|ahora|hoy\s+en\s+día|attualmente|oggi|ora)"
_PRONOUN_PRESIDES_THEN_NAME = re.compile(
    rf"(?:\b(?i:la|lo)\s+presiede|\b(?:{_NOW_ES_IT}"
    rf"|(?i:desde)\s+(?:(?:(?i:el)\s+\d{{1,2}}\s+(?i:de)\s+)?(?i:{MONTH_PATTERN})\s+(?i:de\s+)?)?\d{{4}}),?\s+(?i:la|lo)\s+preside"
    rf"|\b(?i:la|lo)\s+preside(?=\s+{_NOW_ES_IT}\b))(?:\s+{_NOW_ES_IT})?"
    rf"\s+(?:(?:(?i:el|la|il)\s+{_MAYOR}\s+(?i:de|di|del)\s+{_PLACE},?\s+)?(?P<who>{_NAME})"
    rf"|(?P<office>(?i:el|la|il)\s+{_MAYOR}\s+(?i:de|di|del)\s+{_PLACE})(?=\s*(?:[.;,]|$)|\s+(?i:y|e|desde|dal|da)\s))")
# A city's own council or board, whose chair the mayor is by office: "El Concejo Municipal lo preside el alcalde".
_CITY_COUNCIL_BEFORE = re.compile(r"\b(?:concejo|consejo\s+municipal|ayuntamiento|pleno|consiglio\s+comunale|giunta"
                                  r"|cabildo|municipio|comune)\b[^.;]{0,40}$", re.IGNORECASE)
# "Al frente de CGLU está Carlos Martínez", "Alla guida di CGLU c'è Carlo Rossi": the network checked by the caller.
_AT_THE_HEAD_OF = re.compile(
    rf"\b(?i:al\s+frente\s+(?:de|del)|alla\s+(?:guida|presidenza)\s+(?:di|del|della|dell['’]))\s*"
    rf"(?P<whose>[^,.;:]{{1,50}}?)\s+"
    # "Alla presidenza di Eurocities è stato confermato Dario Nardella"
    rf"(?i:está|se\s+encuentra|c['’]è|è\s+stat[oa]\s+(?:ri)?(?:confermat|elett|nominat)[oa]|è|si\s+trova)\s+(?:(?i:actualmente|attualmente|hoy|oggi)\s+)?"
    rf"(?:(?i:el|la|il)\s+)?(?:{_MAYOR}\s+(?i:de|di|del)\s+{_PLACE},?\s+)?(?P<who>{_NAME}){_PERSON_END}")


# "Al frente de la red está ...": the network the paragraph is about.
_THE_NETWORK = re.compile(r"(?i:la\s+|el\s+|l['’]\s*)?(?i:red|rete|organización|organizzazione|asociación"
                          r"|associazione|alianza|alleanza)")


# "présidée par la Maire de Paris, Anne Hidalgo": the person's name after the office.
# "guidata dalla presidente Ada Colau", "encabezada por su presidenta": the office in each language's form, whole.
# A city's other elected offices too: "presieduta dall'assessore alla cultura di Vicenza, Ilaria Fantin", "présidée par
# la conseillère municipale de Lyon, Anne Dupont", "chaired by Councillor Anna Lund".
_OFFICE = re.compile(rf"{_MAYOR}|(?i:présidente?|president[ea]?|präsident(?:in)?|chair(?:woman|man|person)?"
                     r"|assessor[ea]|consiglier[ea]|conseill[eè]re?|adjointe?|councill?or|stadtr(?:at|ätin)"
                     r"|beigeordnete[r]?|concejala?|regidora?)\b", re.IGNORECASE)
# "présidé par le maire de Florence, l'Italien Dario Nardella", "dal presidente del WTFC, lo spagnolo Javier Gómez
# Ortega": a word describing the person (a nationality), after its article, is no part of the name.
_DESCRIBING_WORD = (r"(?:(?i:the|le|la|lo|el|il|der|die)\s+|(?i:l)['’])"
                    r"(?:[\w\-]+|[a-zà-ÿ]+\s+[a-zà-ÿ]+)\s+")
# A courtesy title before the name is no part of it either: "le maire d'Hiroshima, M. Kazumi Matsui", "the Mayor of
# Hiroshima, Mr. Kazumi Matsui", "el alcalde de Hiroshima, el Sr. Kazumi Matsui", "dal sindaco di Firenze, il Sig. ...".
_COURTESY_BEFORE_NAME = rf"(?:(?i:the|le|la|el|il|lo|der|die)\s+)?(?:{_TITLE})\s+(?=[{_UPPER}])"
_NAME_AFTER_OFFICE = re.compile(rf"(?:\s*\([^()]{{1,40}}\))?,\s+(?:{_COURTESY_BEFORE_NAME}|{_DESCRIBING_WORD})?"
                                rf"(?P<who>{_NAME}){_PERSON_END}")
_SINCE_AFTER = re.compile(r"\s+(?:since|depuis|seit|desde|dal)\b", re.IGNORECASE)
# "Le président de Maires pour la Paix est le maire d'Hiroshima, Kazumi Matsui", "La présidente de l'AIMF est Anne
# Hidalgo": after the title and the network, the verb, then the name (after the office, when given).
_IS_NAMED = re.compile(
    rf"\s+(?i:est|is|ist|es|è)\s+(?:(?i:currently|actuellement|derzeit|aktuell|zurzeit|actualmente|attualmente"
    rf"|traditionally|traditionnellement|traditionell|tradicionalmente|tradizionalmente"
    rf"|(?:seit|since|depuis|desde|dal)\s+(?:\w+\s+)?(?:1[89]|20)\d\d)\s+)?"
    rf"(?:(?i:le|la|the|der|die|el|il)\s+{_MAYOR}\s+(?i:de\s+|d['’]|of\s+|von\s+|di\s+|del\s+)"
    # the office's holder now after it: "der Bürgermeister von Hiroshima, derzeit Kazumi Matsui"
    rf"{_PLACE},\s+(?:(?i:currently|actuellement|derzeit|aktuell|zurzeit|actualmente|attualmente)\s+)?)?"
    # "ist der Regierende Bürgermeister Kai Wegner", "is Councillor Robert Brown"
    rf"(?:(?:(?i:the|der|die)\s+)?(?:{_TITLE})\s+(?=\S+\s+\S))?"
    rf"(?P<who>{_NAME}){_PERSON_END}")
# "was Chair of C40 from 2021 to 2023", "l'a présidé de 2016 à 2019": a former office holder.
_FORMER_TERM = re.compile(r"^[^.;]{0,40}?\b(?:from|de|von|dal|desde)\s+(?:1[89]|20)\d\d\s+(?:to|à|a|bis|al|until)\s+"
                          r"(?:1[89]|20)\d\d|^[^.;]{0,40}?\b(?:until|jusqu['’]en|bis|hasta|fino al)\s+(?:1[89]|20)\d\d",
                          re.IGNORECASE)


_NAME_THEN_VERB = re.compile(rf"(?P<who>{_NAME})\s+(?-i:[a-zäöüßàâçéèêëîïôûùœñíóúì])")


# "chaired by its President, the Mayor of Tampere, Lena Koskinen": the title alone, then the office and the name.
_BARE_TITLE = re.compile(r"(?i:(?:its|their|our|the|sa|son|leur|ses)\s+)?(?i:current\s+|actuel(?:le)?\s+)?"
                         r"(?i:president|présidente?|chair(?:woman|man|person)?)")
_OFFICE_AND_NAME_AFTER = re.compile(
    rf",\s+(?:(?i:the|le|la)\s+)?(?:Lord\s+)?{_MAYOR}\s+(?i:of\s+|de\s+|d['’]){_PLACE},\s+(?P<who>{_NAME}){_PERSON_END}")


_OFFICE_OF_CITY_THEN = re.compile(
    rf"(?:(?i:le|la|the|der|die|el|il)\s+)?{_MAYOR}\s+(?i:of|von|de|di|del)\s+(?P<rest>{_NAME})")


def _presiding_person(sentence: str, found: re.Match) -> str | None:
    """Who a "presided by" names: the person after the office when the page gives both; no one for a title alone."""
    who = found.group("who").strip()
    if _BARE_TITLE.fullmatch(who):
        named = (_OFFICE_AND_NAME_AFTER.match(sentence, found.end())
                 or _NAME_AFTER_OFFICE.match(sentence, found.end()))
        # "led by its President, Mayor Li Wei of Xiamen": the name without its title
        return _name_untitled(named.group("who")) if named else None
    if _OFFICE.search(who) and (named := _NAME_AFTER_OFFICE.match(sentence, found.end())):
        return named.group("who")
    # "der Leipziger Oberbürgermeister Burkhard Jung": the name after the office.
    after_office = _OFFICE.split(who)[-1].strip()
    if after_office != who and re.fullmatch(_NAME, after_office):
        return after_office
    # "Unter dem Vorsitz von Erika Muster tagt Eurocities": the name, not the verb after it.
    # "led by Mayor Dario Nardella of Florence": the name without the office before it or the city after it.
    if named := _NAME_THEN_VERB.match(_untitled(who)):
        return named.group("who")
    # "presieduta dal sindaco di Bologna Marco Bianchi": the name after the office's city
    if (office := _OFFICE_OF_CITY_THEN.fullmatch(who)) and len(words := office.group("rest").split()) == 3:
        return " ".join(words[1:])
    return _name_untitled(who)


# "led by our secretary general", "dirigé par son directeur": the staff who run the secretariat, not who presides.
_STAFF_OFFICE = re.compile(
    r"(?:\w+\s+){0,2}?(?:secr[ée]ta(?:ry|ire)[\s-]+g[ée]n[ée]ral|director|directeur|directrice|chief\s+executive|ceo"
    r"|executive\s+director|generalsekretär(?:in)?|geschäftsführer(?:in)?|secretari[oa]\s+general|director[a]?\s+general"
    r"|segretari[oa]\s+generale|direttore|direttrice|team|staff|équipe|secretariat|secrétariat)\b", re.IGNORECASE)


# "La delegación está encabezada por la alcaldesa", "the delegation was led by the mayor": who leads a visit.
# A party in the plural is one too, its member after it in apposition: "participaron delegaciones de 45 ciudades, entre
# ellas la de Barranquilla, encabezada por el gerente de Ciudad".
_VISITING_PARTY = re.compile(r"\b(?:d[ée]l[ée]ga(?:tions?|ci[óo]n(?:es)?|zion[ei])|mission|misión|missione"
                             r"|delegations?|visite?|visita"
                             r"|viaje|viaggio|reise)\b", re.IGNORECASE)


# "Former Eurocities president Jane Doe", "l'ancien président de l'AIMF, Jean Martin": no longer in office.
_FORMER_BEFORE = re.compile(
    r"\b(?:ancien(?:ne)?|former|ex|past|then|late|previous|outgoing|sortante?|ehemalige[rn]?|frühere[rn]?|antigu[oa]|vecchi[oa]"
    # an honorary president presides over nothing: "The honorary president of Mayors for Peace, Ann Lee"
    r"|honorary|honoraire|emeritus)"
    r"[\s-]+$", re.IGNORECASE)
_FORMER_CHARS = 20
# A deputy presides over nothing either: "Der stellvertretende Vorsitzende von Eurocities ist ...", "Die
# stellvertretende Eurocities-Präsidentin Anna König", "the deputy chair of Eurocities, Jane Doe".
_DEPUTY_BEFORE = re.compile(r"\b(?:stellvertretende[rn]?|deputy|vice|vize)[\s-]+$", re.IGNORECASE)


# "chair of the Eurocities Culture Forum", "president of Eurocities' executive committee": the office of a part.
_PART_AFTER_NETWORK = re.compile(r"(?:['’]s?)?\s+(?:[\w’'-]+\s+)?" + _PART_OF_A_NETWORK.pattern, re.IGNORECASE)


# The network's executive committee or board is chaired by the network's president.
_EXECUTIVE = re.compile(r"\b(?:executive|exécutif|ejecutiv[oa]|esecutiv[oa]|exekutiv)", re.IGNORECASE)


def _of_a_part(sentence: str, mention: NetworkMention) -> bool:
    part = _PART_AFTER_NETWORK.match(sentence, mention.end)
    return bool(part) and not _EXECUTIVE.search(part.group())


# "the UCLG congress chaired by", "la séance, présidée par": the chair of an event or a body just named, not of the
# network.
_CHAIRED_THING_BEFORE = re.compile(
    r"\b(?:congrès|congress|conférences?|conferences?|sessions?|séances?|meetings?|réunions?|panels?|débats?|debates?"
    r"|sommets?|summits?|ateliers?|workshops?|table\s+ronde|round\s*table|jury|cérémonie|ceremony|events?|événements?"
    r"|assemblée|assembly|forums?|committees?|comités?|commissions?|groups?|groupes?|boards?|conseils?|councils?)"
    # "le congrès mondial de CGLU, présidé par": the event's, though the network is named after it
    r"(?:\s+[\w-]+)?(?:\s+(?:de\s+la|de\s+l['’]|du|des|de|d['’]|of(?:\s+the)?)\s*[^,;.()]{1,40}?)?"
    r"(?:\s+|,\s*)(?:(?:is|was|will\s+be|are|were|est|sera|a\s+été|était|sont)\s+)?"
    r"(?:(?:also|currently|actuellement|également|aujourd['’]hui)\s+)?$", re.IGNORECASE)
_CHAIRED_THING_CHARS = 80


# "Eurocities was chaired by", "CGLU a été présidée par", "fue presidida por": a past presidency ("has been chaired
# since 2022 by" is a present one).
_PAST_PASSIVE_BEFORE = re.compile(
    r"\b(?:was|were|had\s+been|a\s+été|avait\s+été|était|fut|fue|era|wurde|war)\s+(?:\w+\s+)?$", re.IGNORECASE)
_PAST_PASSIVE_CHARS = 30


def _chairs_something_else(sentence: str, verb_start: int) -> bool:
    return bool(_CHAIRED_THING_BEFORE.search(sentence, max(0, verb_start - _CHAIRED_THING_CHARS), verb_start))


# "Jean Martin succède à Marie Durand à la présidence d'Eurocities", "Jane Doe succeeded John Roe as president of
# Eurocities": the successor presides, not the one succeeded (the network named next, checked by the caller).
_SUCCEEDS = re.compile(
    rf"(?P<who>{_NAME})\s+(?i:succède\s+à|a\s+succédé\s+à|succeeds|succeeded|has\s+succeeded|replaces|replaced"
    rf"|has\s+replaced|remplace|a\s+remplacé)\s+(?P<former>{_NAME})\s+"
    rf"(?i:à\s+la\s+présidence\s+(?:de\s+la\s+|de\s+l['’]\s*|du\s+|des\s+|de\s+|d['’]\s*)"
    rf"|as\s+(?:the\s+)?(?:president|chair(?:wo)?(?:man)?)\s+of\s+(?:the\s+)?)")


def _successions(sentence: str, mentions: list[NetworkMention]) -> tuple[list[Claim], set[str]]:
    """The successors who preside the network named after, and the predecessors, who no longer do."""
    claims, formers = [], set()
    for found in _SUCCEEDS.finditer(sentence):
        formers.add(found.group("former"))
        if named := next((mention for mention in mentions if mention.start == found.end()), None):
            claims.append(Claim("president", found.group("who"), found.start(), about=named))
    return claims, formers


# "Sa présidente est la maire de Paris", "The president of Eurocities is the Mayor of Ghent": an office, by right,
# when no name follows it.
_IS_OFFICE = re.compile(
    rf"\s+(?:(?i:actuel(?:le)?|current)\s+)?(?i:est|is|es|è|ist)\s+"
    rf"(?:(?i:currently|actuellement|traditionnellement|traditionally|toujours|always|by\s+tradition|de\s+droit"
    rf"|actualmente|attualmente|derzeit|traditionell|tradicionalmente|tradizionalmente)\s+)?"
    rf"(?P<who>(?:(?i:le|la|the|el|il|der|die)\s+)?(?:Lord\s+)?{_MAYOR}\s+(?i:de\s+|d['’]|of\s+|di\s+|del\s+|von\s+)"
    # ended by the sentence or by another clause: "... est la maire de Bogota et la présidente de Metropolis est ..."
    rf"{_PLACE})(?=\s*[.;)]|\s*$|\s+(?i:et|and|y|e|und)\s|,\s*(?-i:[a-zäöüéèàç]))")
_TITLE_WORD = re.compile(r"\b(?<!vice[ -])(?<!vice)(?i:présidente?|president|chair(?:woman|man|person)?"
                         r"|präsident(?:in)?|vorsitzende[r]?)")
# "Jane Doe is its current president": the network the sentence is about.
_NAME_IS_ITS_PRESIDENT = re.compile(
    rf"(?P<who>{_NAME})\s+(?i:is|est)\s+(?i:its|the\s+network['’]s|sa|son)\s+(?:(?i:current|actuel(?:le)?)\s+)?"
    rf"(?i:présidente?|president|chair(?:woman|man|person)?)\b(?!\s+(?i:of|de|d['’]|du|des)\b)")
# "The presidency of Eurocities is held by the Mayor of Ghent", "la présidence de l'AIMF revient à la maire de Paris".
_PRESIDENCY_FALLS_TO = re.compile(
    rf"\b(?i:présidence|presidency|chair(?:manship)?|presidenza|presidencia)\s+(?P<whose>(?i:de\s+la|de\s+l['’]|du|des"
    rf"|de|d['’]|of(?:\s+the)?|di|del|della|dell['’])"
    rf"\s*[^,;.()]{{1,50}}?)\s+(?:(?i:est|is)\s+)?(?:(?i:currently|actuellement|traditionally|traditionnellement"
    rf"|attualmente|actualmente)\s+)?"
    rf"(?i:held\s+by|revient\s+(?:à|au)|(?:assurée|exercée|occupée)\s+par"
    rf"|(?:è\s+)?(?:ricoperta|detenuta)\s+da|(?:está\s+)?(?:ocupada|ejercida|ostentada)\s+por)\s+"
    rf"(?P<who>{_NAME}|(?:(?i:le|la|the)\s+)?(?:Lord\s+)?{_MAYOR}\s+(?i:de\s+|d['’]|of\s+){_PLACE}){_PERSON_END}")


_OF_THE_NETWORK = re.compile(r"(?i:du\s+réseau|de\s+l['’]\s*association|of\s+the\s+(?:network|association))")


# The title of the whole network, then its name or the network as such, then who holds it: "dal presidente
# internazionale della rete, Mauro Migliorini", "the international president of Cittaslow, Mauro Migliorini",
# "Präsident des Netzwerks ist traditionell der Bürgermeister von Hiroshima, derzeit Kazumi Matsui". No vice- or
# co-president ("die Co-Präsidentin des Netzwerks, Stadträtin Christine Brunner").
_WHOLE_NETWORKS_TITLE = compile_guarded(
    r"\b(?<!vice[ -])(?<!vice)(?<!co-)(?:présidente?|president|chair(?:woman|man|person)?|präsident(?:in)?|presidente"
    r"|presidenta|vorsitzende[r]?)(?P<scope>\s+(?:internationale?|internazionale|internacional|mondial|mundial"
    r"|mondiale))?\s+"
    r"(?:(?P<as_such>du\s+réseau|de\s+l['’]association|of\s+the\s+(?:network|association)|de\s+la\s+red"
    r"|de\s+la\s+asociación|della\s+rete|dell['’]associazione|des\s+netzwerks|des\s+verbands|des\s+vereins"
    # the network as an organisation: "du président de l'organisation, M. Lionel Lagarde"
    r"|de\s+l['’]organisation|of\s+the\s+organi[sz]ation|de\s+la\s+organización|dell['’]organizzazione"
    r"|der\s+organisation)"
    r"|de\s+la\s+|du\s+|des\s+|de\s+|d['’]|of\s+(?:the\s+)?|del\s+|della\s+|dell['’]|der\s+|von\s+|di\s+)",
    re.IGNORECASE)


def _presidents_by_the_whole_networks_title(sentence: str, mentions: list[NetworkMention]) -> list[Claim]:
    """Who holds the title of the network as such, or of the network named after a title of the whole network."""
    claims = []
    for title in _WHOLE_NETWORKS_TITLE.finditer(sentence):
        named = next((mention for mention in mentions if mention.start == title.end()), None)
        if not (title.group("as_such") or (named and title.group("scope"))) or (named and _of_a_part(sentence, named)):
            continue
        end = named.end if named else title.end()
        person = _NAME_AFTER_OFFICE.match(sentence, end) or _IS_NAMED.match(sentence, end)
        if person and not _FORMER_TERM.search(sentence[person.end():]):
            claims.append(Claim("president", _untitled(person.group("who")), title.start(), about=named))
    return claims


def _presidents_by_office(sentence: str, mentions: list[NetworkMention]) -> list[Claim]:
    """An office or a name after the title, its network or "the presidency of" a network."""
    claims = []
    for title in _TITLE_WORD.finditer(sentence):
        of_network = _PRESIDENT_OF_THEN_NAME.match(sentence, title.start())
        named = of_network and next((mention for mention in mentions if mention.start == of_network.end()), None)
        office = _IS_OFFICE.match(sentence, named.end if named else title.end())
        if office and not (named and _of_a_part(sentence, named)):
            claims.append(Claim("president", office.group("who"), title.start(), about=named or None))
    for found in _NAME_IS_ITS_PRESIDENT.finditer(sentence):
        claims.append(Claim("president", found.group("who"), found.start()))
    for found in _PRESIDENCY_FALLS_TO.finditer(sentence):
        start, end = found.span("whose")
        named = next((mention for mention in mentions if start < mention.end and mention.start < end), None)
        # "la présidence du réseau revient à ...": the network the sentence or its section is about
        if named or _OF_THE_NETWORK.fullmatch(found.group("whose")):
            claims.append(Claim("president", found.group("who"), found.start(), about=named))
    return claims


# The sentence's subject acting as the network's (co-)president: "El alcalde de Madrid, José Luis Martínez-Almeida,
# presidirá ... en su calidad de copresidente de la organización", "Anne Hidalgo, en sa qualité de présidente de
# l'AIMF, a ouvert", "Mayor Sadiq Khan, in his capacity as chair of C40", "in qualità di presidente della rete".
_IN_THE_CAPACITY_OF_PRESIDENT = compile_guarded(
    r"\b(?:en\s+(?:sa|su)\s+(?:qualité|calidad|condición)\s+de|in\s+(?:his|her|their)\s+capacity\s+as"
    r"|(?:nella\s+sua\s+|in\s+)qualità\s+di|in\s+(?:seiner|ihrer)\s+(?:eigenschaft|funktion)\s+als)\s+"
    r"(?:(?:the|la|el|il|der|die)\s+)?(?:co-?)?(?:présidente?|president[ea]?|chair(?:woman|man|person)?"
    r"|präsident(?:in)?|vorsitzender?)\s+(?:(?:de\s+la|de\s+l['’]|della|dell['’]|del|des|de|du|d['’]|of(?:\s+the)?"
    r"|der)\s*)", re.IGNORECASE)
_THE_ORGANISATION = re.compile(r"(?:(?:la|el|il|the|l['’])\s*)?(?:organi[sz]ation|organización|organizzazione|réseau"
                               r"|red|rete|network|association|asociación|associazione|netzwerks?|verband(?:es)?)\b",
                               re.IGNORECASE)
# The network as a common noun that ends its phrase: "de l'association, pour un nouveau mandat", not "de l'association
# des maires de France".
_THE_ORGANISATION_ENDING = re.compile(
    rf"{_THE_ORGANISATION.pattern}(?=\s*(?:[,;.()]|$)|\s+(?:pour|for|per|para|für|depuis|since|seit|desde|dal|en|in"
    r"|nel|until|jusqu)\b)", re.IGNORECASE)
_SUBJECT_NAME = re.compile(rf"\s*(?:(?:(?i:el|la|le|the|der|die|il)\s+)?{_MAYOR}[^,]{{0,30}},\s*|(?:{_TITLE})\s+)?"
                           rf"(?P<who>{_NAME})(?=\s*,|\s+(?-i:[a-zäöüßàâçéèêëîïôûùœñíóúì]))")


def _presidents_in_their_capacity(sentence: str, mentions: list[NetworkMention]) -> list[Claim]:
    subject = _SUBJECT_NAME.match(sentence)
    if subject is None or any(mention.start < subject.end("who") for mention in mentions):
        return []
    claims = []
    for found in _IN_THE_CAPACITY_OF_PRESIDENT.finditer(sentence):
        named = next((mention for mention in mentions if mention.start == found.end()), None)
        if named is None and _THE_ORGANISATION.match(sentence, found.end()):
            named = next((mention for mention in reversed(mentions) if mention.end <= found.start()), None)
        if named:
            claims.append(Claim("president", subject.group("who"), found.start(), about=named))
    return claims


def _president(sentence: str, mentions: list[NetworkMention]) -> list[Claim]:
    succeeding, formers = _successions(sentence, mentions)
    claims = [claim for claim in _presidents_named(sentence, mentions) + _presidents_by_office(sentence, mentions)
              + _presidents_of_its_network(sentence) + _presidents_in_their_capacity(sentence, mentions)
              if claim.value not in formers]
    claims += [claim for claim in _presidents_by_the_whole_networks_title(sentence, mentions)
               if claim.value not in formers and all(claim.value != other.value for other in claims)]
    claims = [_without_the_office(_with_the_whole_name(sentence, claim))
              for claim in succeeding + claims if not _former_holder(sentence, claim)]
    claims = [claim for claim in claims if not _A_BODY_NOUN.search(claim.value)]
    parts = [mention for mention in mentions if _PART_NAMED_AFTER_NETWORK.match(sentence, mention.end)]
    return [claim for claim in claims if _presided_network(claim, mentions) not in parts] if parts else claims


# A president is a person: "Led by the Canadian Commission for UNESCO, the coalition ...", "guidata dal Ministero
# dell'Interno", "présidé par la Région Bretagne", "chaired by Siemens AG" name a body that leads, no one's name.
_A_BODY_NOUN = re.compile(
    r"\b(?:commission|comisi[óo]n|commissione|kommission|ministry|minist[èe]re|ministerio|ministero|ministerium"
    r"|bundesministerium|department|d[ée]partement|departamento|dipartimento|university|universit[éàä]t?|universidad"
    r"|universit[àa]|hochschule|agency|agence|agencia|agenzia|agentur|foundation|fondation|fundaci[óo]n|fondazione"
    r"|stiftung|government|gouvernement|gobierno|governo|regierung|r[ée]gion|regione|regi[óo]n|province|provincia"
    r"|institute|institut|instituto|istituto|secretariat|secr[ée]tariat|secretar[íi]a|company|soci[ée]t[ée]|società"
    r"|empresa|association|asociaci[óo]n|associazione|verband|network|réseau|red|rete|netzwerk|inc|ltd|gmbh|ag|s\.?p\.?a"
    r"|s\.a)\b", re.IGNORECASE)
# Where a pattern may stop inside a name, and the rest of the name there: a surname that opens with a lowercase
# particle ("Ursula von" of "Ursula von der Leyen", "Jan van Zanen", "Ana da Silva"); an initial's full stop ("Michael
# R" of "Michael R. Bloomberg").
_NAME_CUTS = (
    (re.compile(rf"\s{_PARTICLES}$"), re.compile(rf"(?:\s+{_PARTICLES}){{0,2}}\s+[{_UPPER}][\w\-]+")),
    (re.compile(rf"\s[{_UPPER}]$"), re.compile(rf"\.(?:\s+[{_UPPER}]\.){{0,2}}\s+[{_UPPER}][\w\-]+")),
)


def _with_the_whole_name(sentence: str, claim: Claim) -> Claim:
    """The whole name when a pattern stopped inside it, at a surname's particle or at an initial's full stop."""
    for cut, rest in _NAME_CUTS:
        if cut.search(claim.value) and (start := sentence.find(claim.value, claim.position)) >= 0 and (
                following := rest.match(sentence, start + len(claim.value))):
            claim = replace(claim, value=claim.value + following.group())
    return claim


# "le maire d'Hiroshima Kazumi Matsui", "der Bürgermeister von Hiroshima Kazumi Matsui": the office and its city
# written before the name are no part of it. A name of two words after a city of one; any longer, the city and the
# name cannot be told apart ("the Mayor of New York Eric Adams"), and the office stays as written.
_OFFICE_OF_ONE_WORD_CITY = (rf"(?:(?i:le|la|the|der|die|el|il)\s+|(?i:l)['’])?(?:Lord\s+)?{_MAYOR}\s+"
                            rf"(?:(?i:of|de|von|di|del)\s+|(?i:d)['’]\s*)[{_UPPER}][\w\-]+\s+")
_OFFICE_OF_A_CITY_THEN_NAME = re.compile(
    rf"{_OFFICE_OF_ONE_WORD_CITY}(?P<who>[{_UPPER}][\w\-]+\s+[{_UPPER}][\w\-]+)")


def _without_the_office(claim: Claim) -> Claim:
    """The president's name without the office and city written before it."""
    holder = _OFFICE_OF_A_CITY_THEN_NAME.fullmatch(claim.value)
    return replace(claim, value=holder.group("who")) if holder else claim


# Who held the office before: "chaired by the then president", "Eurocities was chaired by ... from 2016 to 2018".
_FORMER_HOLDER = re.compile(r"(?:the\s+)?(?:then|former|late|outgoing|previous)\b", re.IGNORECASE)
_PRESIDED_IN_THE_PAST = re.compile(r"\b(?:was|were)\s+(?:\w+\s+)?(?:chaired|presided|headed|led)\b", re.IGNORECASE)


def _former_holder(sentence: str, claim: Claim) -> bool:
    """No longer in office: named former just before the claim, in its value, or by a past passive; or a deputy."""
    start = sentence.find(claim.value, claim.position)
    before = max(0, claim.position - _FORMER_CHARS)
    return bool(_FORMER_BEFORE.search(sentence, before, claim.position)
                or _DEPUTY_BEFORE.search(sentence, before, claim.position)
                or _FORMER_HOLDER.match(claim.value)
                or (start > 0 and _PRESIDED_IN_THE_PAST.search(sentence, max(0, start - 40), start)))


def _presided_network(claim: Claim, mentions: list[NetworkMention]) -> NetworkMention | None:
    """The network a president claim is about: its own, or the first named after it."""
    return claim.about or next((mention for mention in mentions if mention.start >= claim.position), None)


def _presidents_named(sentence: str, mentions: list[NetworkMention]) -> list[Claim]:
    claims = [Claim("president", person, found.start())
              for found in _PRESIDED_BY.finditer(sentence) if not _STAFF_OFFICE.match(found.group("who"))
              and not _CITY_AS_HOLDER.match(found.group("who"))
              and not _TOWN_BEFORE_ITS_NOUN.search(found.group("who"))
              and not _CO_BEFORE.search(sentence, max(0, found.start() - 3), found.start())
              and not _VISITING_PARTY.search(sentence, 0, found.start())
              and not _chairs_something_else(sentence, found.start())
              and not _PAST_PASSIVE_BEFORE.search(sentence, max(0, found.start() - _PAST_PASSIVE_CHARS), found.start())
              and not _FORMER_TERM.search(sentence[found.start("who"):])
              and not any(mention.start == found.start("who") for mention in mentions)  # "Vorsitz von Eurocities"
              and not (found.group("under") and names_an_event(sentence, found.start()))
              and (person := _presiding_person(sentence, found))]
    claims += [Claim("president", found.group("who"), found.start()) for found in _PRESIDES_IT.finditer(sentence)]
    claims += [Claim("president", found.group("who") or found.group("office"), found.start())
               for found in _PRONOUN_PRESIDES_THEN_NAME.finditer(sentence)
               if not _CITY_COUNCIL_BEFORE.search(sentence, 0, found.start())]
    for found in _AT_THE_HEAD_OF.finditer(sentence):
        start, end = found.span("whose")
        named = next((mention for mention in mentions if start <= mention.start < end), None)
        whose = found.group("whose")
        # not a visit's party, nor a part of the network: "alla presidenza del forum cultura di Eurocities"
        if (named or _THE_NETWORK.fullmatch(whose)) and not _VISITING_PARTY.search(whose) and not (
                _PART_OF_A_NETWORK.search(whose)):
            claims.append(Claim("president", found.group("who"), found.start(), about=named))
    if any(word in sentence for word in _PRESIDES_IT_FR_WORDS):
        claims += [Claim("president", found.group("who") or found.group("named") or found.group("holder")
                         or found.group("relative") or found.group("clitic"), found.start())
                   for found in _PRESIDES_IT_FR.finditer(sentence) if not _FORMER_TERM.search(sentence[found.end():])]
    claims += [Claim("president", person, found.start()) for found in _PRESIDENT_IS.finditer(sentence)
               if (person := _presiding_person(sentence, found)) and re.fullmatch(_NAME, person)]
    claims += [Claim("president", _name_untitled(found.group("who")), found.start())
               for found in _ITS_PRESIDENT.finditer(sentence)]
    claims += [Claim("president", found.group("who") or found.group("two_words"), found.start())
               for found in _ITS_PRESIDENT_A_MAYOR.finditer(sentence)]
    claims += [Claim("president", person, found.start()) for found in _CHAIR_HELD_BY.finditer(sentence)
               if re.fullmatch(_NAME, person := found.group("now") or found.group("who").strip())
               or _MAYOR_OF_PLACE.fullmatch(person)]
    for found in _PRESIDENT_OF_THEN_NAME.finditer(sentence):
        named = next((mention for mention in mentions if mention.start == found.end()), None)
        person = named and (_NAME_AFTER_OFFICE.match(sentence, named.end) or _IS_NAMED.match(sentence, named.end))
        if person and not _FORMER_TERM.search(sentence[person.end():]) and not _of_a_part(sentence, named):
            claims.append(Claim("president", person.group("who"), found.start(), about=named))
    for found in _NAME_PRESIDES_OVER.finditer(sentence):
        named = next((mention for mention in mentions if mention.start == found.end()), None)
        if named and (not found.group("since_then") or _SINCE_AFTER.match(sentence, named.end)):
            claims.append(Claim("president", _untitled(found.group("who")), found.start(), about=named))
    claims += [Claim("president", found.group("who"), found.start())
               for found in _THAT_NAME_PRESIDES.finditer(sentence) if not _FORMER_TERM.search(sentence[found.end():])]
    if (found := _OPENING_PRESIDENT_OF.match(sentence)) and (
            named := next((mention for mention in mentions if mention.start == found.end()), None)) and (
            person := _NAME_AFTER_OPENING.match(sentence, named.end)):
        claims.append(Claim("president", person.group("who"), found.start(), about=named))
    for found in _PRESIDENCY_HELD_BY.finditer(sentence):
        start, end = found.span("whose")
        if named := next((mention for mention in mentions if start < mention.end and mention.start < end), None):
            claims.append(Claim("president", found.group("who"), found.start(), about=named))
    for found in chain(_OFFICE_PRESIDES.finditer(sentence), _OFFICE_IS_PRESIDENT_OF.finditer(sentence)):
        if named := next((mention for mention in mentions if mention.start == found.end()), None):
            claims.append(Claim("president", found.group("who"), found.start(), about=named))
    for found in _OFFICE_PRESIDENT_OF.finditer(sentence):
        if named := next((mention for mention in mentions if mention.start == found.end()), None):
            claims.append(Claim("president", found.group("who"), found.start(), about=named))
    claims += _german_presidents(sentence, mentions)
    claims += _presided_verb_first(sentence, mentions)
    for mention in mentions:
        if (found := _NETWORKS_PRESIDENT.match(sentence, mention.end)) and not _FORMER_TERM.search(
                sentence[found.end():]):
            claims.append(Claim("president", found.group("who"), mention.start, about=mention))
    for found in _NAMED_PRESIDENT.finditer(sentence):
        # "présidente du C40": only a network named right after the title makes it a claim, or in a sentence that
        # names none, the network the paragraph is about ("reconduite à la présidence de l'association").
        named = next((mention for mention in mentions if mention.start == found.end()), None)
        if named is None and not mentions and _THE_ORGANISATION_ENDING.match(sentence, found.end()) and (
                person := _without_the_mayors_city(sentence, found.start("who"), _untitled(found.group("who")))) and (
                not re.fullmatch(_TITLE, person)) and not _FORMER_TERM.search(sentence[found.end():]):
            claims.append(Claim("president", person, found.start()))
        if named and not _FORMER_TERM.search(sentence[named.end:]) and not _of_a_part(sentence, named) and (
                person := _without_the_mayors_city(sentence, found.start("who"), _untitled(found.group("who")))) and (
                not re.fullmatch(_TITLE, person)):
            claims.append(Claim("president", person, found.start(), about=named))
    return claims


# "co-chaired by Michael R. Bloomberg and Teresa Ribera", "co-présidé par": co-chairs share the office, none of them
# is the network's president.
_CO_BEFORE = re.compile(r"\bco-$", re.IGNORECASE)
# "présidé par la Ville de Nantes", "chaired by the City of Ghent": a city holds the presidency, no one the data names.
_CITY_AS_HOLDER = re.compile(r"(?:(?:la|the|die|el|il|l['’])\s*)?(?:ville|city|stadt|ciudad|ayuntamiento|comune|città"
                             r"|municipalité|municipality|council|gemeinde)\b", re.IGNORECASE)
# English puts the town's noun after its name ("led by Bath City of Sanctuary", "chaired by Leeds City Council"): a
# town or its body, no one's name.
_TOWN_BEFORE_ITS_NOUN = re.compile(r"\s(?:City|Town|Borough|Council)\b")


# The verb first, who presides after it: "Präsidiert wird Eurocities von Burkhard Jung", "Geleitet wird das Netzwerk
# von Oberbürgermeister Burkhard Jung", "Preside la red el alcalde de Madrid, José Luis Martínez-Almeida", "A presiedere
# Eurocities è Dario Nardella", "À sa tête, Johanna Rolland", "An der Spitze des Netzwerks steht Burkhard Jung". The
# network named right after the verb, or the one the paragraph is about ("das Netzwerk", "la red").
_VERB_FIRST = re.compile(
    r"^(?:(?i:actualmente|attualmente|derzeit|aujourd['’]hui),?\s+)?"
    r"(?:(?i:präsidiert|geleitet|geführt)\s+wird|(?i:preside)|(?i:a\s+presiedere)|(?i:à\s+sa\s+tête|à\s+la\s+tête\s+du\s+réseau)"
    r"|(?i:an\s+der\s+spitze\s+des\s+(?:netzwerks|verbands|bündnisses)\s+steht))[,:]?\s+"
    r"(?P<network>(?i:das\s+netzwerk|der\s+verband|das\s+bündnis|la\s+red|la\s+rete|la\s+organización)\s+)?")
_VERB_FIRST_HOLDER = re.compile(
    rf"(?:(?i:derzeit|aktuell|actualmente|attualmente)\s+)?(?:(?i:von|vom)\s+)?(?:(?i:è|es)\s+)?"
    rf"(?:(?:(?i:el|la|il|der|die)\s+)?{_MAYOR}\s+(?i:de|di|del|von)\s+{_PLACE},?\s+|(?:{_TITLE})\s+(?=\S+\s+\S))?"
    rf"(?P<who>{_NAME}){_PERSON_END}")


def _presided_verb_first(sentence: str, mentions: list[NetworkMention]) -> list[Claim]:
    opening = _VERB_FIRST.match(sentence)
    if opening is None:
        return []
    named = None if opening.group("network") else next(
        (mention for mention in mentions if mention.start == opening.end()), None)
    holder = _VERB_FIRST_HOLDER.match(sentence, named.end + 1 if named else opening.end())
    return [Claim("president", holder.group("who"), 0, about=named)] if holder else []


# German: "Eurocities wird von Burkhard Jung geleitet", "wird derzeit von Präsident Burkhard Jung geführt": led or
# run, with the network as the subject (a secretariat is led by its staff); presided, of any subject.
_LED_BY_GERMAN = re.compile(
    rf"\s+(?i:wird)\s+(?:(?i:derzeit|aktuell|zurzeit|seit\s+\d{{4}})\s+)?(?i:von(?:\s+der|\s+dem)?|vom)\s+"
    # "vom Oberbürgermeister von Hiroshima, Herrn Kazumi Matsui, geleitet": the office and its city, then the name
    rf"(?:{_MAYOR}\s+(?i:von)\s+{_PLACE},\s+)?"
    rf"(?:(?i:präsident(?:in)?|vorsitzende[rm]?|{_TITLE})\s+)?"
    rf"(?P<who>{_NAME}),?\s+(?i:(?P<presided>präsidiert)|geleitet|geführt)\b")
# "Den Vorsitz von Eurocities hat Burkhard Jung inne", "An der Spitze von Eurocities steht Burkhard Jung": the
# network, then who holds the office.
_CHAIR_OF_NETWORK_HELD_BY = re.compile(
    rf"\s+(?i:hat|hält|führt|steht|liegt\s+bei)\s+(?:(?i:derzeit|aktuell|zurzeit|seit\s+\d{{4}})\s+)?"
    # "hat der Regierende Bürgermeister von Berlin, Kai Wegner, inne"
    rf"(?:(?i:der|die)\s+(?:{_TITLE})(?:\s+(?i:von)\s+{_PLACE},)?\s+)?(?P<who>{_NAME})"
    rf"(?:,?\s+(?i:inne))?(?=\s*[,;.()]|\s*$|\s+(?i:und|seit)\b)")
# "An der Spitze von Mayors for Peace steht traditionell der Bürgermeister von Hiroshima": an office, by right.
_CHAIR_OF_NETWORK_HELD_BY_OFFICE = re.compile(
    r"\s+(?i:hat|hält|führt|steht)\s+(?:(?i:derzeit|aktuell|traditionell|stets|immer)\s+)?"
    rf"(?P<who>{_MAYOR_OF_PLACE.pattern})(?:\s+(?i:inne))?(?=\s*[,;.()]|\s*$)")
_CHAIR_OF_BEFORE = re.compile(r"(?i:(?:den\s+)?vorsitz|(?:die\s+)?präsidentschaft|an\s+der\s+spitze)"
                              # the network's noun before its name: "An der Spitze des Netzwerks Eurocities steht ..."
                              r"\s+(?i:von|des|der|im)\s+(?:(?i:netzwerks|städtenetzwerks|verbands|bündnisses"
                              r"|vereins)\s+)?$")
# "Burkhard Jung wurde 2020 zum Präsidenten von Eurocities gewählt": elected to the office of the network named next.
_ELECTED_TO_CHAIR = re.compile(
    rf"(?P<who>{_NAME})\s+(?i:wurde|ist)\s+(?:(?i:im\s+jahr\s+)?\d{{4}}\s+|(?i:erneut|wieder|einstimmig)\s+)*"
    rf"(?i:zum|zur|als)\s+(?i:präsident(?:en|in)?|vorsitzenden?)\s+(?i:von|des|der)\s+")


# "Eurocities elected Dario Nardella as its president": the network as the subject of the election.
_ELECTED_ITS_PRESIDENT = re.compile(
    rf"\s+(?i:has\s+)?(?i:(?:re-?)?elected|wählte|hat|a\s+(?:ré)?élu|(?:re)?eligió\s+a|ha\s+(?:ri)?eletto)\s+"
    rf"(?P<who>{_NAME})\s+(?i:as\s+|zu\s*(?:ihrem|seinem)\s+|zum\s+|à\s+|comme\s+|como\s+|come\s+|a\s+)?"
    r"(?i:its\s+|their\s+|sa\s+|son\s+|su\s+|sua\s+|la\s+sua\s+)?(?i:new\s+|neuen\s+|nouvelle?\s+|nuev[oa]\s+|nuov[oa]\s+)?"
    r"(?i:president|chair(?:wo)?(?:man)?|präsident(?:en|in)?|vorsitzenden|présidente?|présidence|presidente|presidenta"
    r"|presidencia|presidenza)\b")


# "Burkhard Jung steht Eurocities als Präsident vor", "steht seit 2020 dem Netzwerk Eurocities vor": "vorstehen",
# the verb split around the network.
_STANDS_BEFORE = re.compile(
    rf"(?P<who>{_NAME})\s+(?i:steht)\s+(?:(?i:derzeit|aktuell|seit\s+\d{{4}})\s+)?"
    r"(?:(?i:dem|der)\s+(?:(?i:netzwerk|städtenetzwerk|verband|bündnis|weltverband)\s+)?)?")
_AS_PRESIDENT_VOR = re.compile(r"\s+(?:(?i:als)\s+(?i:präsident(?:in)?|vorsitzende[r]?)\s+)?(?i:vor)\b")


# "Das Bündnis wird traditionell vom Bürgermeister von Hiroshima geleitet": an office, the network or its noun the
# subject.
_LED_BY_OFFICE_GERMAN = re.compile(
    rf"^(?:(?i:das|der|die)\s+)?(?:(?i:netzwerk|städtenetzwerk|verband|bündnis|organisation|weltverband)\s+)?"
    rf"(?P<network>[^,;.]{{0,40}}?)\s*(?i:wird)\s+(?:(?i:derzeit|aktuell|zurzeit|traditionell|stets|immer)\s+)?"
    rf"(?i:von\s+der|von\s+dem|vom|von)\s+(?P<who>{_MAYOR}\s+(?i:von)\s+{_PLACE})\s+(?i:geleitet|geführt|präsidiert)\b")


# Who holds the presidency of the network the sentence or its section is about, named by its possessive or by the
# network's noun: "sa présidence est assurée par la maire de Paris, Anne Hidalgo", "its presidency is held by", "su
# presidencia la ejerce"; "Anne Hidalgo, maire de Paris et présidente de l'association"; "el alcalde de Madrid ejerce
# de forma permanente una de sus copresidencias".
_OFFICE_OF_A_CITY = (rf"(?:(?i:le|la|the|el|il|der|die)\s+)?(?:Lord\s+)?{_MAYOR}"
                     rf"\s+(?i:de\s+|d['’]|of\s+|di\s+|del\s+|von\s+){_PLACE}")
_ITS_PRESIDENCY_HELD_BY = re.compile(
    rf"\b(?i:sa|its|su|la\s+sua|la)\s+(?i:présidence|presidency|chair(?:manship)?|presidencia|presidenza)\s+"
    rf"(?:(?i:est|is|es|está|è)\s+)?{_IN_OFFICE_SINCE}"
    rf"(?i:(?:assurée|exercée|occupée)\s+par|held\s+by|(?:ejercida|ocupada|ostentada)\s+por"
    # "Su presidencia es rotativa y la ejerce actualmente el alcalde de Rosario, Pablo Javkin", "its chair rotates and
    # is currently held by": the holder after a word on how it passes
    rf"|(?:rotativa|rotatoria|tournante|rotates|a\s+rotazione)\s+(?:y|et|and|e)\s+(?:la\s+|l['’]\s*|is\s+)?"
    rf"(?:(?:currently|actuellement|actualmente|attualmente|aujourd['’]hui|hoy|oggi)\s+)?"
    rf"(?:ejerce|exerce|held\s+by|esercita|ostenta|ocupa)"
    rf"(?:\s+(?:currently|actuellement|actualmente|attualmente|aujourd['’]hui|hoy|oggi))?"
    rf"|(?:affidata|assegnata)\s+ad?|(?:ricoperta|detenuta)\s+da)\s+"
    rf"(?:(?P<office>{_OFFICE_OF_A_CITY})(?:,\s+(?P<named>{_NAME}))?|(?P<who>{_NAME})){_PERSON_END}")
_PRESIDENT_OF_ITS_NETWORK = (
    r"(?i:(?:co-?)?(?:présidente?|president(?:e|a)?|chair(?:woman|man|person)?|präsident(?:in)?|vorsitzende[r]?))\s+"
    r"(?i:de\s+l['’]\s*(?:association|organisation)|du\s+réseau|of\s+the\s+(?:network|association|organi[sz]ation)"
    r"|de\s+la\s+(?:red|asociación|organización)|della\s+rete|dell['’](?:associazione|organizzazione)"
    r"|des\s+(?:netzwerks|verbands|verbandes))\b"
    # "présidente de l'association des maires de France": another association, named after its noun
    r"(?!\s+(?i:of|de|des|du|d['’]|der|di|del|dei|delle|von)\b)")
_NAME_THEN_PRESIDENT_OF_ITS_NETWORK = compile_guarded(
    rf"(?P<who>{_NAME}),\s+(?:(?:(?i:the|le|la|el|il|der|die)\s+)?{_MAYOR}\s+[^,;.()]{{1,30}}?\s+(?i:et|and|y|e|und)\s+"
    rf"(?:(?i:the|le|la|el|il|der|die)\s+)?)?{_PRESIDENT_OF_ITS_NETWORK}")
_HOLDS_ITS_PRESIDENCY = re.compile(
    rf"(?P<who>{_OFFICE_OF_A_CITY}|{_NAME})\s+(?i:ejerce|ocupa|ostenta|assure|exerce|occupe|holds|ricopre|detiene)\s+"
    rf"(?:[^,.;()]{{1,30}}?\s+)??(?i:la|sa|its|la\s+sua|una\s+de\s+sus|l['’]une\s+de\s+ses|one\s+of\s+its"
    rf"|una\s+delle\s+sue)\s+(?i:co-?)?(?i:presidencias?|présidences?|presidency|presidencies|presidenz[ae])\b"
    rf"(?!\s+(?i:de|del|du|des|d['’]|of|di|della|dello|dei)\b)")


def _presidents_of_its_network(sentence: str) -> list[Claim]:
    """The presidents of the network the sentence or its section is about, named by its possessive or its noun."""
    claims = [Claim("president", found.group("named") or found.group("who") or found.group("office"), found.start())
              for found in _ITS_PRESIDENCY_HELD_BY.finditer(sentence)]
    claims += [Claim("president", found.group("who"), found.start())
               for found in _NAME_THEN_PRESIDENT_OF_ITS_NETWORK.finditer(sentence)]
    claims += [Claim("president", found.group("who"), found.start())
               for found in _HOLDS_ITS_PRESIDENCY.finditer(sentence) if not _CITY_AS_HOLDER.match(found.group("who"))]
    return claims


def _german_presidents(sentence: str, mentions: list[NetworkMention]) -> list[Claim]:
    claims = []
    if (office := _LED_BY_OFFICE_GERMAN.match(sentence)) and (
            not office.group("network") or any(mention.start == office.start("network") for mention in mentions)):
        claims.append(Claim("president", office.group("who"), 0, about=next(
            (mention for mention in mentions if mention.start == office.start("network")), None)))
    for mention in mentions:
        led = _LED_BY_GERMAN.match(sentence, mention.end)
        if led and _NETWORK_AS_SUBJECT.fullmatch(sentence, 0, mention.start) and (
                led.group("presided") or not _STAFF_OFFICE.match(led.group("who"))):
            claims.append(Claim("president", led.group("who"), mention.start, about=mention))
        if not _CHAIR_OF_BEFORE.search(sentence, max(0, mention.start - 40), mention.start):
            continue
        if held := _CHAIR_OF_NETWORK_HELD_BY.match(sentence, mention.end):
            claims.append(Claim("president", _untitled(held.group("who")), mention.start, about=mention))
        elif office := _CHAIR_OF_NETWORK_HELD_BY_OFFICE.match(sentence, mention.end):
            claims.append(Claim("president", office.group("who"), mention.start, about=mention))
    for mention in mentions:
        if elected := _ELECTED_ITS_PRESIDENT.match(sentence, mention.end):
            claims.append(Claim("president", elected.group("who"), mention.start, about=mention))
    for found in _STANDS_BEFORE.finditer(sentence):
        named = next((mention for mention in mentions if mention.start == found.end()), None)
        if named and _AS_PRESIDENT_VOR.match(sentence, named.end):
            claims.append(Claim("president", _untitled(found.group("who")), found.start(), about=named))
    for found in _ELECTED_TO_CHAIR.finditer(sentence):
        if named := next((mention for mention in mentions if mention.start == found.end()), None):
            claims.append(Claim("president", _untitled(found.group("who")), found.start(), about=named))
    return claims


_MAYOR_OF_BEFORE = re.compile(rf"{_MAYOR}\s+(?i:of|von|de|di|del)\s+$")


def _without_the_mayors_city(sentence: str, start: int, person: str) -> str | None:
    """"Mayor of Florence Dario Nardella": the city of the office is no part of the name. A name of three words after
    it leaves two; a shorter one cannot be told from its city."""
    if not _MAYOR_OF_BEFORE.search(sentence, max(0, start - 30), start):
        return person
    words = person.split()
    return " ".join(words[1:]) if len(words) == 3 else None


# German capitalises its nouns: "Oberbürgermeister Burkhard Jung" reads as a name of three words.
_TITLE_BEFORE_NAME = re.compile(rf"^(?:{_TITLE})\s+(?=\S+\s+\S)")


def _name_untitled(person: str) -> str:
    """"Cllr Robert Brown" without its title, when a name is left: "Mayor of Rio de Janeiro ...", "Sindaco di
    Hiroshima" keep theirs."""
    return untitled if re.fullmatch(_NAME, untitled := _untitled(person)) else person


def _untitled(person: str) -> str:
    """The name without the office written before it."""
    return _TITLE_BEFORE_NAME.sub("", person)
