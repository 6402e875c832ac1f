"""Where a network has its seat: seat nouns, verbs and labels, addresses and hosted offices; not a regional office's
or a national section's seat."""

import re
from dataclasses import replace

from ..dates import MONTH_PATTERN, WEEKDAY_PATTERN
from ..networks import NetworkMention
from ..text import compile_guarded
from .common import (
    _A_COUNTRY,
    _APPOSITION_OPENS,
    _CHAPTER_AFTER_NETWORK,
    _CITY_STATE,
    _LABELS,
    _MAYOR,
    _NETWORK_AS_SUBJECT,
    _NETWORK_AS_SUCH,
    _NETWORK_NOUN_EN_DE,
    _PLACE,
    _SEAT_LABEL_WORD,
    _UPPER,
    Claim,
    _of_a_regional_part,
)

_HEADQUARTERS = re.compile(
    rf"\b(?=[bishdscrmgwauotezql])(?:(?:basée?s?|installée?s?|implantée?s?|domiciliée?s?|siégeant|headquartered|based|seated"
    rf"|ansässig"
    rf"|radicad[oa]s?)\s+(?:à|in|en)"
    # "établi" after its verb or a founding's: "Il est établi à Sherbrooke", "fondée en 1985 et établie à Barcelone"
    # (alone, it may be a record's or a partnership's: "un partenariat établi à Lyon")
    rf"|(?:est|sont|et)\s+(?:aujourd['’]hui\s+|désormais\s+|toujours\s+)?établie?s?\s+à"
    rf"|siège\s+(?:social\s+|mondial\s+|permanent\s+|international\s+)?(?:est\s+|se\s+trouve\s+)?(?:également\s+)?"
    rf"(?:installé\s+|situé\s+)?(?:à|a)"
    rf"|secrétariat\s+(?:général\s+|mondial\s+|permanent\s+)?(?:est\s+|se\s+trouve\s+)?"
    rf"(?:aujourd['’]hui\s+|désormais\s+|également\s+)?"
    rf"(?:(?:installé\s+|basé\s+|situé\s+|établi\s+|hébergé\s+)?à|assuré\s+depuis)"
    rf"|secrétariat\s+(?:général\s+|mondial\s+|permanent\s+)?se\s+situe\s+à"
    rf"|(?:headquarters|head\s+office|secretariat)\s+(?:(?:is|are)\s+)?(?:located\s+|based\s+)?in"
    # the main or, for a country's network, the national office: "its national office is in Ottawa"
    rf"|(?:its|their)\s+(?:main|national)\s+office\s+(?:(?:is|are)\s+)?(?:located\s+|based\s+)?in"
    # "Eurocities, with its office in Brussels", "ICORN has its head office in Stavanger" (one office, not "offices in")
    rf"|(?:with|has|have)\s+(?:its|their)\s+(?:head\s+|main\s+|registered\s+|central\s+)?office\s+in"
    # the network run from its one global office: "led by a global office in Singapore and regional teams", "run from
    # its global secretariat in Bonn" (not "a regional office in Lima")
    rf"|(?:led|run|managed|coordinated)\s+(?:by|from)\s+(?:a|its|their|the)\s+(?:global|world|head|central|main)\s+"
    rf"(?:office|secretariat)\s+in"
    rf"|(?:tiene|con)\s+su\s+oficina\s+(?:central\s+|principal\s+)?en"
    rf"|(?:tiene|con)\s+su\s+domicilio(?:\s+social)?\s+en"
    # "The Eurocities secretariat, in Brussels, employs ...": the seat's city set off by commas
    rf"|(?:headquarters|head\s+office|secretariat|seat)\s*,\s+in"
    rf"|(?:has|have)\s+(?:its|their)\s+seat\s+in"
    # continental English: "Eurocities has the seat in Brussels", "The seat of Eurocities is Brussels"
    rf"|(?:has|have)\s+the\s+seat\s+in"
    rf"|seat\s+of\s+(?:the\s+)?[\w’'\-]+(?:\s+[\w’'\-]+){{0,3}}?\s+is(?=\s+[{_UPPER}])"
    # the abbreviation: "has its HQ in Brussels", "with HQ in Brussels", "The Eurocities HQ is in Brussels"
    rf"|hq\s+(?:(?:is|are)\s+)?(?:located\s+|based\s+)?in"
    rf"|(?:headquartered|based)\s+in\s+the\s+city\s+of"
    # the verb last in a relative clause: "dessen Sitz sich in Besançon befindet"
    rf"|(?:haupt)?sitz\s+(?:sich\s+)?(?:(?:ebenfalls|auch)\s+)?(?:in|im\s+\w+en)"
    # "Das Sekretariat sitzt in Stuttgart", "seine Geschäftsstelle ist ebenfalls in Frankfurt"
    rf"|(?:welt|general|haupt)?sekretariat\s+(?:(?:ist|befindet\s+sich|sitzt|liegt|sich)\s+(?:(?:ebenfalls|auch)\s+)?)?in"
    # the network's one main office by its compound: "seine Hauptgeschäftsstelle befindet sich in Berlin", "die
    # Europageschäftsstelle sitzt in Frankfurt am Main" (a "Landesgeschäftsstelle" is a regional one)
    rf"|(?:haupt|bundes|europa|zentral)?geschäftsstelle\s+(?:(?:ist|befindet\s+sich|sitzt|liegt|sich)\s+"
    rf"(?:(?:ebenfalls|auch)\s+)?)?in"
    rf"|seat\s+(?:is|are)\s+(?:located\s+|based\s+)?in"
    # the seat first, its network the subject after the verb: "Seinen Sitz hat der Verband in Köln", "Seine
    # Hauptgeschäftsstelle hat der Deutsche Städtetag in Berlin" (a "Landesgeschäftsstelle" is a regional one)
    rf"|(?:(?:seinen|ihren)\s+(?:haupt)?sitz|(?:seine|ihre)\s+(?:haupt|bundes|europa|zentral)?geschäftsstelle"
    rf"|(?:sein|ihr)\s+(?:general)?sekretariat)\s+hat\s+(?:der|die|das|er|sie|es)\b"
    # (not a former seat: "nicht mehr in Bonn", "bis 1999 in Bonn", "ursprünglich in Bonn")
    rf"(?:\s+(?!(?:nicht|bis|früher|einst|zunächst|ursprünglich|anfangs)\b)[\w\-]+){{0,4}}?"
    rf"(?:\s+(?:(?:bis|noch)\s+heute|heute|weiterhin|seit\s+(?:1[89]|20)\d\d))?\s+in"
    # a seat that has stayed where it was: "the headquarters remain in Barcelona", "Sitz weiterhin in Brüssel"
    rf"|siège\s+(?:est|se\s+trouve|reste|demeure)\s+(?:toujours|encore|aujourd['’]hui|désormais)\s+"
    rf"(?:(?:installé|situé|établi|basé)\s+)?à"
    rf"|(?:headquarters|head\s+office|secretariat|seat)\s+(?:remains?|stays?)\s+(?:(?:located|based|housed)\s+)?in"
    rf"|(?:haupt)?sitz\s+(?:weiterhin|nach\s+wie\s+vor|noch\s+immer|immer\s+noch|noch\s+heute|bis\s+heute)\s+in"
    rf"|(?:geschäftsstelle|(?:haupt)?sitz|sekretariat)\s+(?:ist|befindet\s+sich|liegt)\s+(?:nach\s+wie\s+vor|weiterhin"
    rf"|noch\s+immer|immer\s+noch|heute\s+noch|noch\s+heute|bis\s+heute)\s+in"
    rf"|(?:headquarters|head\s+office|secretariat|seat)\s+(?:has\s+)?(?:moved|relocated)\s+to"
    rf"|(?:headquarters|head\s+office|secretariat|seat)\s+(?:sits|lies|resides)\s+in"
    # "UCLG moved its headquarters to Barcelona", "a transféré son siège à", "trasladó su sede a", "ha trasferito la
    # sua sede a": where the seat is now
    rf"|(?:moved|relocated|transferred)\s+(?:its|their)\s+(?:headquarters|head\s+office|secretariat|seat)\s+to"
    rf"|transféré\s+son\s+(?:siège|secrétariat)\s+à"
    rf"|traslad[óo]\s+su\s+(?:sede|secretar(?:[íi]a|iado))(?:\s+(?:mundial|general|permanente))?\s+a"
    rf"|trasferi(?:to|ì)\s+(?:la\s+(?:sua\s+)?sede|il\s+(?:suo\s+)?segretariato)\s+a"
    # "its secretariat is hosted by the UNESCO Institute for Lifelong Learning in Hamburg"
    rf"|(?:headquarters|head\s+office|secretariat|seat)(?:\s+of(?:\s+[\w’'\-]+){{1,5}}?)?\s+(?:is|are)\s+"
    rf"(?:hosted|housed)\s+(?:by|at)(?:\s+[\w’'\-]+){{1,7}}?\s+in"
    rf"|sitz\s+(?:des|der)\s+\w+\s+(?:ist|:)(?:\s+(?:bis\s+heute|heute|noch\s+heute|nach\s+wie\s+vor))?(?:\s+in)?"
    rf"|(?:geschäftsstelle|(?:welt|general)?sekretariat)\s+(?:von|des|der)\s+[^,.;:]{{1,40}}?\s+(?:ist|befindet\s+sich)\s+in"
    # the national, main or working seat of a network is its seat: "La sede nazionale è a Roma", "La sede operativa è
    # a Ferrara", "su sede principal está en Madrid"
    rf"|sede\s+(?:central\s+|mundial\s+|centrale\s+|legale\s+|internazionale\s+|internacional\s+|nazionale\s+"
    rf"|nacional\s+|operativa\s+|principale?\s+)?(?:(?:también\s+)?(?:se\s+encuentra|se\s+ubica|est[áa]"
    rf"|radica|si\s+trova|è"
    rf"|se\s+halla|se\s+sitúa)\s+)?"
    rf"(?:en|a|in)"
    rf"|secretar(?:[íi]a|iado)\s+(?:mundial\s+|general\s+|t[ée]cnica\s+|ejecutiva\s+)?(?:permanente\s+)?"
    rf"(?:(?:también\s+)?(?:se\s+encuentra|se\s+ubica|est[áa]"
    rf"|radica|funciona|opera)\s+)?en"
    rf"|segret(?:ariato|eria)\s+(?:generale\s+|mondiale\s+)?(?:(?:è|si\s+trova)\s+)?a"
    rf"|(?:ubicad[oa]s?|basat[oa]|con\s+base|ha\s+(?:la\s+(?:sua\s+)?)?base)\s+(?:en|a|in)"
    rf"|sede\s+(?:sigue|contin[úu]a|permanece|resta|rimane)(?:\s+(?:estando|todavía|aún|ancora|tuttora))?\s+(?:en|a|in)"
    rf"|(?:secretar(?:[íi]a|iado)|segretariato)\s+(?:mundial\s+|general\s+|generale\s+)?(?:sigue|contin[úu]a|permanece"
    rf"|resta|rimane)(?:\s+(?:estando|todavía|aún|ancora|tuttora))?\s+(?:en|a|in)"
    rf"|sede\s+permanente\s+(?:(?:se\s+encuentra|se\s+ubica|est[áa]|si\s+trova|è)\s+)?(?:en|a|in)"
    rf"|(?:oficinas\s+centrales|uffici\s+centrali)\s+(?:(?:se\s+encuentran|están|si\s+trovano|sono)\s+)?(?:en|a|in)"
    # the head office by its own words: "con quartier generale a Londra", "il suo quartier generale è a Bonn", "con
    # oficina central en Fráncfort" (without "central" or "su", "con oficina en" may be one office of several)
    rf"|quartier\s+generale\s+(?:(?:è|si\s+trova)\s+)?(?:a|in)"
    rf"|con\s+oficina\s+(?:central|principal)\s+en"
    # its one office, with no adjective ("son bureau européen" is a regional office): "son bureau se trouve à Schaan",
    # "its office is in Schaan", "sein Büro befindet sich in Schaan", "su oficina está en", "il suo ufficio si trova a"
    rf"|(?:son|leur)\s+bureau\s+(?:national\s+)?(?:se\s+trouve|est(?:\s+(?:situé|installé|basé))?)\s+à"
    rf"|(?:its|their)\s+office\s+(?:is|are)\s+(?:located\s+|based\s+)?in"
    rf"|(?:sein|ihr)\s+büro\s+(?:befindet\s+sich|ist|liegt|sitzt)\s+in"
    rf"|su\s+oficina\s+(?:nacional\s+)?(?:está|se\s+encuentra|se\s+ubica)\s+en"
    rf"|il\s+suo\s+ufficio\s+(?:nazionale\s+)?(?:si\s+trova|è|ha\s+sede)\s+a"
    rf")\s+(?P<place>{_PLACE})",
    re.IGNORECASE)


# The seat where the sentence has just placed the network: "Créé à Lyon en 2002, le réseau y a toujours son siège",
# "held its first session in The Hague in 2016, where its secretariat is still based".
_SEAT_THERE = compile_guarded(
    r"\b(?:y\s+(?:a|garde|conserve)\s+(?:toujours\s+|encore\s+|aujourd['’]hui\s+|désormais\s+)?son\s+(?:siège|secrétariat)"
    # the seat as the subject: "son secrétariat général y est toujours basé", "its secretariat is still based there"
    r"|son\s+(?:siège|secrétariat)(?:\s+(?:général|mondial|permanent))?\s+y\s+(?:est|reste|demeure)\s+"
    r"(?:toujours\s+|encore\s+|aujourd['’]hui\s+)?(?:basé|installé|établi|implanté)"
    r"|(?:its|the\s+network['’]s)\s+(?:secretariat|headquarters|head\s+office|seat)\s+(?:is|are|remains?)\s+"
    r"(?:still\s+|now\s+|today\s+)?(?:based\s+|located\s+|housed\s+)?there\b"
    r"|where\s+(?:its|the\s+network['’]s)\s+(?:secretariat|headquarters|head\s+office|seat)\s+(?:is|are|remains?)\s+"
    r"(?:still\s+|now\s+|today\s+)?(?:based|located|housed)?"
    r"|wo\s+(?:sich\s+)?(?:(?:bis|noch|auch)\s+heute\s+|heute\s+(?:noch\s+)?|nach\s+wie\s+vor\s+)?"
    r"(?:sein|ihr|die|der|das)e?\s+(?:\w+e\s+)?"
    r"(?:sitz|sekretariat|geschäftsstelle)"
    r"|dort\s+(?:hat|befindet\s+sich)\s+(?:(?:es|sie|er)\s+|(?:der|die|das)\s+(?:verein|verband|netzwerk|bündnis"
    r"|organisation)\s+)?(?:(?:bis|noch)\s+heute\s+|heute\s+)?(?:sein|ihr|die|der|das)e?n?\s+"
    r"(?:\w+e\s+)?(?:sitz|sekretariat|geschäftsstelle)"
    # the place as "the city" or "the same city", named before: "nata a Orvieto, ha sede tuttora nella città umbra",
    # "fondata a Ferrara nel 1997 e con sede nella stessa città", "in Frankfurt gegründet, hat bis heute ihren Sitz in
    # der Stadt" (not "in der Stadt Bonn", "in the city of Bonn")
    r"|(?:sitz|sekretariat|geschäftsstelle)\s+(?:(?:bis|noch)\s+heute\s+|heute\s+|weiterhin\s+)?in\s+der(?:selben|\s+gleichen)?\s+stadt(?!\s+(?-i:[A-ZÄÖÜ]))"
    r"|(?:siège|secrétariat)\s+(?:est\s+|reste\s+)?(?:toujours\s+|aujourd['’]hui\s+)?dans\s+(?:la(?:\s+même)?|cette)\s+ville"
    r"(?!\s+(?:de|d['’]|du|des)\b)(?:\s+(?-i:[a-zà-ÿ]+))?"
    r"|(?:headquarters|head\s+office|secretariat|seat)\s+(?:(?:is|are|remains?)\s+)?(?:still\s+)?in\s+the\s+(?:same\s+)?city(?!\s+(?:of\b|(?-i:[A-Z])))"
    r"|(?:sede|secretar[íi]a(?:do)?)\s+(?:todavía\s+|aún\s+|hoy\s+)?en\s+(?:la(?:\s+misma)?|esta)\s+ciudad"
    r"(?!\s+(?:de|del)\b)(?:\s+(?-i:[a-zá-ú]+))?"
    r"|(?:sede|segretariato)\s+(?:tuttora\s+|ancora\s+|oggi\s+)?(?:nella(?:\s+stessa|\s+medesima)?|in\s+questa)\s+città"
    r"(?!\s+(?:di|del|della)\b)(?:\s+(?-i:[a-zà-ù]+))?"
    r"|donde\s+(?:tiene|mantiene|conserva)\s+(?:todavía\s+|aún\s+|hoy\s+)?su\s+(?:sede|secretar[íi]a(?:do)?)"
    r"|dove\s+ha\s+(?:tuttora\s+|ancora\s+|oggi\s+)?(?:la\s+)?(?:(?:sua|propria)\s+)?(?:sede|segretariato|segreteria)"
    # the seat as the subject after "where", the place as "there": "où se trouve toujours son secrétariat", "donde se
    # encuentra su sede", "dove si trova la sua sede", "y mantiene allí su secretaría general"
    r"|où\s+se\s+trouve\s+(?:toujours\s+|encore\s+|aujourd['’]hui\s+)?son\s+(?:siège|secrétariat)"
    r"|donde\s+se\s+encuentra\s+(?:todavía\s+|aún\s+|hoy\s+)?su\s+(?:sede|secretar[íi]a(?:do)?)"
    r"|dove\s+si\s+trova\s+(?:tuttora\s+|ancora\s+|oggi\s+)?(?:la\s+)?(?:sua\s+)?(?:sede|segretariato)"
    r"|(?:tiene|mantiene|conserva)\s+(?:allí|ahí|allá)\s+(?:todavía\s+|aún\s+|hoy\s+)?su\s+(?:sede|secretar[íi]a(?:do)?)"
    # "e vi mantiene la sua sede", "and keeps its secretariat there", "und hat dort bis heute seinen Sitz"
    r"|vi\s+(?:ha|mantiene|conserva)\s+(?:tuttora\s+|ancora\s+|oggi\s+)?(?:la\s+)?(?:sua\s+)?(?:sede|segretariato)"
    r"|(?:has|keeps|maintains)\s+its\s+(?:headquarters|secretariat|head\s+office)\s+there"
    r"|(?:hat|behält)\s+dort\s+(?:(?:bis|noch)\s+heute\s+|weiterhin\s+)?(?:(?:seinen|ihren)\s+(?:haupt)?sitz"
    # its office, feminine or neuter: "und hat dort bis heute seine Geschäftsstelle", "ihr Sekretariat"
    r"|(?:seine|ihre)\s+(?:haupt)?geschäftsstelle|(?:sein|ihr)\s+(?:general)?sekretariat)"
    # the network as the subject of a verb coordinated with its founding: "and is still based there", "et y est
    # toujours installé"
    r"|and\s+(?:is|remains)\s+(?:still\s+|now\s+)?(?:based|headquartered)\s+there\b"
    r"|et\s+y\s+(?:est|reste|demeure)\s+(?:toujours\s+|encore\s+)?(?:basée?|installée?|établie?)\b"
    # the network named as such between: "wo der Verein bis heute seinen Sitz hat", "donde la red tiene hoy su sede",
    # "où l'association a toujours son siège", "dove la rete ha ancora la sua sede", "where the network still has its
    # headquarters"
    r"|wo\s+(?:der|die|das)\s+(?:verein|verband|netzwerk|bündnis|organisation)\s+(?:(?:bis|noch)\s+heute\s+|heute\s+"
    r"|weiterhin\s+|nach\s+wie\s+vor\s+)?(?:seinen|ihren)\s+(?:haupt)?sitz"
    r"|donde\s+la\s+(?:red|asociación|organización)\s+(?:tiene|mantiene|conserva)\s+(?:todavía\s+|aún\s+|hoy\s+)?"
    r"su\s+(?:sede|secretar[íi]a(?:do)?)"
    r"|où\s+(?:le\s+réseau|l['’]association|l['’]organisation)\s+(?:a|garde|conserve)\s+(?:toujours\s+|encore\s+"
    r"|aujourd['’]hui\s+)?son\s+(?:siège|secrétariat)"
    r"|dove\s+la\s+(?:rete|associazione|organizzazione)\s+ha\s+(?:tuttora\s+|ancora\s+|oggi\s+)?(?:la\s+)?(?:sua\s+)?"
    r"(?:sede|segretariato)"
    r"|where\s+the\s+(?:network|association|organi[sz]ation)\s+(?:still\s+|now\s+)?has\s+its\s+(?:headquarters|seat"
    r"|secretariat|head\s+office))", re.IGNORECASE)
# The same "where", its subject a pronoun or its adverb first: "fondé en 2012 à Dijon, où il a toujours son siège",
# "founded in Dijon, where it still has its headquarters", "in Bovec gegründet, wo sie bis heute ihren Sitz hat",
# "creada en Quito, donde todavía tiene su sede", "nata a Orvieto, dove tuttora ha sede".
_SEAT_WHERE_IT_IS = compile_guarded(
    r"\b(?:où\s+(?:il|elle)\s+(?:(?:a|garde|conserve)\s+(?:toujours\s+|encore\s+|aujourd['’]hui\s+|désormais\s+)?"
    r"son\s+(?:siège|secrétariat)|(?:est|reste|demeure)\s+(?:toujours\s+|encore\s+|aujourd['’]hui\s+)?"
    r"(?:basée?|installée?|établie?|domiciliée?))"
    r"|where\s+it\s+(?:still\s+|now\s+|today\s+)?(?:(?:has|keeps|maintains)\s+its\s+(?:headquarters|head\s+office|seat"
    r"|secretariat)|is\s+(?:still\s+|now\s+)?(?:based|headquartered))"
    r"|wo\s+(?:er|sie|es)\s+(?:(?:bis|noch)\s+heute\s+|heute\s+|weiterhin\s+|nach\s+wie\s+vor\s+)?"
    r"(?:(?:seinen|ihren)\s+(?:haupt)?sitz|ansässig)"
    r"|donde\s+(?:(?:todavía|aún|hoy)\s+(?:tiene|mantiene|conserva)|sigue\s+teniendo)\s+su\s+(?:sede|secretar[íi]a(?:do)?)"
    r"|dove\s+(?:(?:tuttora|ancora|oggi)\s+ha\s+(?:la\s+(?:sua\s+)?)?|(?:mantiene|conserva)\s+(?:tuttora\s+|ancora\s+)?"
    r"la\s+(?:sua\s+)?)(?:sede|segretariato))", re.IGNORECASE)
# The place just named as the subject of a relative clause hosting the seat: "créé en 1991 à Barcelone, qui en
# accueille toujours le secrétariat", "founded in Barcelona, which still hosts its secretariat", "creada en Barcelona,
# que todavía alberga su secretaría", "fondata a Barcellona, che ne ospita tuttora la segreteria". Only the seat's own
# nouns, and not another body's ("qui accueille le siège de l'UNESCO").
_PLACE_HOSTING_ITS_SEAT = compile_guarded(
    r"\b(?:qui\s+(?:en\s+(?:accueille|abrite|héberge)\s+(?:toujours\s+|encore\s+|aujourd['’]hui\s+)?(?:le|son)"
    r"|(?:accueille|abrite|héberge)\s+(?:toujours\s+|encore\s+|aujourd['’]hui\s+)?son)\s+(?:siège|secrétariat)"
    r"(?:\s+(?:général|mondial|permanent|européen))?"
    r"|which\s+(?:still\s+|now\s+|today\s+)?(?:hosts|houses)\s+(?:its|the\s+network['’]s)\s+"
    r"(?:(?:general|world|permanent|international|european)\s+)?(?:secretariat|headquarters|head\s+office|seat)"
    r"|que\s+(?:todavía\s+|aún\s+|hoy\s+)?(?:alberga|acoge|hospeda)\s+(?:todavía\s+|aún\s+|hoy\s+)?su\s+"
    r"(?:sede|secretar[íi]a(?:do)?)(?:\s+(?:general|mundial|permanente))?"
    r"|che\s+(?:ne\s+(?:ospita|accoglie)\s+(?:tuttora\s+|ancora\s+|oggi\s+)?(?:la|il)"
    r"|(?:ospita|accoglie)\s+(?:tuttora\s+|ancora\s+|oggi\s+)?(?:la\s+sua|il\s+suo))\s+"
    r"(?:sede|segreteria|segretariato)(?:\s+(?:generale|mondiale|permanente))?)"
    r"(?!\s+(?:de|d['’]|du|des|of|del|di|della|dell['’])(?!\w))", re.IGNORECASE)
# At most a comma between the place and its relative pronoun.
_BEFORE_RELATIVE = re.compile(r"\s*,?\s*$")
# ("ad" before a vowel: "nato ad Ancona")
_PLACE_NAMED = re.compile(rf"\b(?:à|in|en|a|ad)\s+(?!{MONTH_PATTERN})(?P<place>{_PLACE})", re.IGNORECASE)


def _places_hosting_their_seat(sentence: str) -> list[Claim]:
    """The place named right before a relative clause that says it hosts the seat."""
    claims = []
    for relative in _PLACE_HOSTING_ITS_SEAT.finditer(sentence):
        places = list(_PLACE_NAMED.finditer(sentence, 0, relative.start()))
        if places and _BEFORE_RELATIVE.search(sentence[places[-1].end():relative.start()]):
            claims.append(Claim("headquarters", places[-1].group("place"), relative.start()))
    return claims


def seat_there_unnamed(sentence: str) -> int | None:
    """Where the sentence places the seat "there" or in "the city" without naming the place before it (the sentence
    before did: "Das Bündnis wurde 1990 in Frankfurt gegründet. Dort hat der Verein seine Geschäftsstelle")."""
    there = _SEAT_THERE.search(sentence)
    return there.start() if there and not _PLACE_NAMED.search(sentence, 0, there.start()) else None


# The city that hosts the seat, as its subject: "Barcelone accueille le secrétariat mondial de CGLU", "Barcelona hosts
# the secretariat of UCLG", "Barcelona ist Sitz von ...", "Barcelona acoge la sede de ...", "Barcellona ospita la
# sede di ...". Not an event, a congress, a regional office: only the seat's own nouns follow the verb.
_HOST_OF_SEAT = re.compile(
    rf"(?<![\w’'])(?!(?:La|Le|Les|L['’]|The|Die|Der|Das|El|Il|Lo|Elle|Elles|It|Sie|Ella|Esta|Questa|Cette|This)\b)"
    rf"(?P<place>{_PLACE})\s+(?:(?:aussi|également|désormais|also|now|auch|heute|también|anche|ya)\s+)?"
    r"(?:accueille|héberge|abrite|hosts|is\s+home\s+to|houses|beherbergt|ist(?=\s+(?:\w+\s+)?sitz)"
    r"|acoge|alberga|es(?=\s+(?:\w+\s+)?(?:la\s+)?sede)|ospita|è(?=\s+(?:\w+\s+)?(?:la\s+)?sede)"
    # "Bruxelles est le siège d'Eurocities", "Bonn is the seat of ..."
    r"|est(?=\s+(?:\w+\s+)?(?:le\s+)?siège)|is(?=\s+(?:\w+\s+)?the\s+(?:seat|headquarters)))"
    # "Perugia è inoltre la sede del ...", "Barcelona es además la sede de ..."
    r"\s+(?:(?:aussi|également|also|auch|también|anche|inoltre|además|en\s+outre|außerdem|moreover|furthermore"
    r"|depuis\s+\d{4},?|since\s+\d{4},?|seit\s+\d{4},?"
    r"|desde\s+\d{4},?|dal\s+\d{4},?)\s+)?(?:(?:le|la|l['’]|the|den|das|die|el|il|lo)\s*)?"
    r"(?:(?:world|global|general|permanent|international)\s+)?"
    r"(?:sitz\s+(?:des|der)\s+(?:welt|general)?sekretariats|sitz\s+der\s+geschäftsstelle|"
    r"siège|secrétariat|secretariat|headquarters|head\s+office|seat|sitz|(?:general)?sekretariat|geschäftsstelle"
    r"|sede|secretar[íi]a|secretariado|segretariato)"
    r"(?:\s+(?:général|mondial|permanent|international|general|mundial|generale|mondiale|global|world))?"
    r"\s*(?:de\s+la|de|of|du|des|d['’]|von|der|del|della|dell['’]|di)(?:(?<=['’])|\b)\s*(?:(?:la|l['’]|le|les|the|el|il|lo)\s*)?",
    re.IGNORECASE)


# The seat in a city's town hall: "Die Geschäftsstelle ist im Stuttgarter Rathaus angesiedelt", "le secrétariat est
# installé à l'Hôtel de Ville de Lyon", "its secretariat is housed in Bristol City Hall", "la secretaría está en el
# Ayuntamiento de Bilbao", "il segretariato ha sede presso il Comune di Bologna".
_SEAT_IN_TOWN_HALL = compile_guarded(
    r"\b(?:siège|secrétariat|secretariat|headquarters|head\s+office|seat|sitz|(?:general)?sekretariat|geschäftsstelle"
    r"|koordinierungsstelle|sede|secretar[íi]a|secretariado|segretariato)\s+[^.;:]{0,30}?"
    r"\b(?:est|se\s+trouve|is|are|ist|sitzt|befindet\s+sich|está|se\s+encuentra|radica|è|si\s+trova|ha\s+sede)\b"
    r"[^.;:]{0,30}?\b(?:"
    rf"im\s+(?P<adjective>[{_UPPER}][\w]+)er\s+Rathaus|Rathaus\s+(?:von|der\s+Stadt)\s+(?P<de>{_PLACE})"
    rf"|[Hh]ôtel\s+de\s+[Vv]ille\s+(?:de\s+|d['’])(?P<fr>{_PLACE})|(?P<en>{_PLACE})\s+(?:City|Town)\s+Hall"
    rf"|(?:City|Town)\s+Hall\s+of\s+(?P<en2>{_PLACE})|Ayuntamiento\s+de\s+(?P<es>{_PLACE})"
    rf"|(?:Comune|Municipio|Palazzo\s+(?:Comunale|Civico))\s+di\s+(?P<it>{_PLACE})"
    # "La secretaría está a cargo de la ciudad de Hiroshima", "alojada por el Ayuntamiento de ..."
    rf"|a\s+cargo\s+de\s+la\s+ciudad\s+de\s+(?P<es2>{_PLACE})"
    # "La secretaría está acogida por la ciudad de ...", "il segretariato è ospitato dalla città di Stavanger"
    rf"|(?:acogid|alojad|albergad)[oa]\s+por\s+(?:la\s+ciudad|el\s+[Aa]yuntamiento)\s+de\s+(?P<es3>{_PLACE})"
    rf"|(?:ospitat|accolt)[oa]\s+(?:dalla\s+città|dal\s+[Cc]omune)\s+di\s+(?P<it2>{_PLACE})"
    # "The secretariat is hosted by Hiroshima City", "... is hosted by the city of Barcelona"
    rf"|hosted\s+by\s+(?:(?:the\s+)?(?:[Cc]ity|[Mm]unicipality)\s+of\s+(?P<en3>{_PLACE})|(?P<en4>{_PLACE})\s+City\b)"
    # "Le secrétariat de l'AIMF est assuré par la Ville de Paris"
    rf"|(?:assuré|tenu|hébergé|accueilli)e?\s+par\s+la\s+(?:[Vv]ille|[Mm]airie)\s+(?:de\s+|d['’])(?P<fr2>{_PLACE}))",
    re.IGNORECASE)


# The German verb before the seat's noun: "Der Städtebund hat seinen Sitz im Wiener Rathaus".
_HAS_ITS_SEAT_IN_TOWN_HALL = compile_guarded(
    rf"\b(?i:hat|haben)\s+(?i:seinen|ihren)\s+(?i:haupt)?(?i:sitz)\s+im\s+(?P<adjective>[{_UPPER}]\w+)er\s+Rathaus\b")


# The seat in a named building, then its town: "Die Geschäftsstelle hat ihren Sitz im Haus der Großregion in
# Esch-sur-Alzette", "le secrétariat a son siège à la Maison de l'Europe, à Strasbourg", "the secretariat is based at
# the House of Europe in Brussels", "tiene su sede en la Casa de Europa, en Bruselas", "ha sede presso la Casa
# d'Europa a Bruxelles". The town is the one after the building's name, told by its preposition of place (not the
# "de", "di" of a name: "Casa de Europa").
_SEAT_IN_A_NAMED_BUILDING = compile_guarded(
    r"(?:\b(?:(?:hat|haben)\s+(?:seinen|ihren)\s+(?:haupt)?sitz|(?:sitzt|befindet\s+sich|ist\s+untergebracht)"
    r")\s+im\s+(?-i:Haus|Gebäude|Zentrum)"
    r"|\b(?:(?:a|ont)\s+son\s+siège|est\s+(?:installée?|basée?|établie?|hébergée?|domiciliée?))\s+(?:à\s+la|au)\s+"
    r"(?-i:Maison|Centre|Palais)"
    r"|\b(?:has\s+its\s+(?:seat|headquarters|head\s+office)|(?:is|are)\s+(?:based|housed|located|headquartered))"
    r"\s+(?:at|in)\s+the\s+(?-i:House|Building|Centre|Center|Palace)"
    r"|\b(?:tiene\s+su\s+sede|(?:está|se\s+encuentra)\s+(?:ubicad[oa]|instalad[oa]))\s+en\s+(?:la|el)\s+"
    r"(?-i:Casa|Palacio|Centro|Edificio)"
    r"|\b(?:ha\s+(?:la\s+(?:sua\s+)?)?sede|si\s+trova)\s+(?:presso|nel(?:la)?)\s+(?:la\s+|il\s+)?"
    r"(?-i:Casa|Palazzo|Centro|Edificio)"
    rf")\b[^.;:()]{{1,60}}?,?\s+(?:in|à|at|en|a)\s+(?P<place>{_PLACE})", re.IGNORECASE)


def _seats_in_named_buildings(sentence: str, mentions: list[NetworkMention]) -> list[Claim]:
    return [Claim("headquarters", found.group("place"), found.start())
            for found in _SEAT_IN_A_NAMED_BUILDING.finditer(sentence)
            if not _of_a_regional_office(sentence, found.start(), mentions)
            and not _of_a_national_section(sentence, found.start(), mentions)]


# The network's seat said to be a town, by the town's designation before its name: "Sitz des Städtebundes ist die
# Hansestadt Lübeck", "le siège du réseau est la ville de Bruxelles", "its seat is the city of Brussels", "la sede de la
# red es la ciudad de Bruselas", "la sede della rete è la città di Bruxelles". The seat is the network's by its noun
# or its possessive ("Sitz des Europarats ist die Stadt Straßburg" is another body's).
_SEAT_IS_A_TOWN = compile_guarded(
    r"\b(?:(?:(?:sitz|hauptsitz)\s+(?:des|der)\s+(?:\w*(?:netzwerk|verband|verein|bündnis|bund|städtetag|vereinigung"
    r"|organisation|allianz|koalition)(?:e?s)?)|(?:sein|ihr)\s+(?:haupt)?sitz)\s+ist\s+die\s+(?:\w+e\s+)?"
    r"(?-i:(?:[A-ZÄÖÜ]\w*s|S)tadt)"
    r"|(?:siège\s+(?:du\s+réseau|de\s+l['’](?:association|organisation|alliance|union)|de\s+la\s+(?:fédération"
    r"|ligue|coalition))|son\s+siège)\s+est\s+la\s+ville\s+(?:de|d['’])"
    r"|(?:its|the\s+(?:network|association|organi[sz]ation|alliance|league|federation)['’]s)\s+(?:seat|headquarters)"
    r"\s+(?:is|are)\s+the\s+city\s+of"
    r"|(?:su\s+sede|sede\s+de\s+la\s+(?:red|asociación|organización|federación|alianza|liga))\s+es\s+la\s+ciudad\s+de"
    r"|(?:sua\s+sede|sede\s+della\s+(?:rete|associazione|organizzazione|federazione|lega|alleanza))\s+è\s+la\s+città"
    rf"\s+di)\s*(?P<place>{_PLACE})", re.IGNORECASE)


def _seats_in_a_named_town(sentence: str) -> list[Claim]:
    return [Claim("headquarters", found.group("place"), found.start()) for found in _SEAT_IS_A_TOWN.finditer(sentence)]


def _seats_in_town_halls(sentence: str) -> list[Claim]:
    claims = []
    for found in _SEAT_IN_TOWN_HALL.finditer(sentence):
        # "im Stuttgarter Rathaus": the city without the adjective's ending
        groups = found.group("adjective", "de", "fr", "en", "en2", "en3", "en4", "es", "es2", "it", "fr2", "es3", "it2")
        place = next(value for value in groups if value)
        claims.append(Claim("headquarters", place, found.start()))
    claims += [Claim("headquarters", found.group("adjective"), found.start())
               for found in _HAS_ITS_SEAT_IN_TOWN_HALL.finditer(sentence)]
    return claims


def _hosted_seats(sentence: str, mentions: list[NetworkMention]) -> list[Claim]:
    """The seat a city hosts, when the network is named right after the seat's noun ("... le secrétariat de
    Metropolis"): "Strasbourg ist Sitz des Europarats" names no network and makes no claim."""
    claims = []
    for found in _HOST_OF_SEAT.finditer(sentence):
        named = next((mention for mention in mentions if mention.start == found.end()), None)
        if named:
            claims.append(Claim("headquarters", found.group("place"), found.start(), about=named))
    return claims


# "the ICLEI European Secretariat in Freiburg", "das Europasekretariat": an office for one region, not the seat.
_REGIONAL_OFFICE_BEFORE = re.compile(
    r"\b(?:european|regional|continental|national|african|asian|asia[- ]pacific|latin[- ]american|north[- ]american"
    r"|south[- ]american|middle[- ]eastern|mediterranean|arab|eurasian|europa)\s*$", re.IGNORECASE)


# The seat given by its city's adjective: "son siège bruxellois", "la sede bruxellese", "su sede barcelonesa". The
# cities that host networks' seats, by the adjectives of the five languages.
_CITY_OF_ADJECTIVE = {
    "bruxellois": "Bruxelles", "bruxelloise": "Bruxelles", "bruxellese": "Bruxelles", "bruselense": "Bruselas",
    "barcelonais": "Barcelone", "barcelonaise": "Barcelone", "barcelonés": "Barcelona", "barcelonesa": "Barcelona",
    "barcellonese": "Barcellona", "parisien": "Paris", "parisienne": "Paris", "parigina": "Parigi",
    "parisino": "París", "parisina": "París", "genevois": "Genève", "genevoise": "Genève", "ginevrina": "Ginevra",
    "lyonnais": "Lyon", "lyonnaise": "Lyon", "londonien": "Londres", "londonienne": "Londres", "berlinois": "Berlin",
    "berlinoise": "Berlin", "viennois": "Vienne", "viennoise": "Vienne", "romain": "Rome", "romaine": "Rome",
    "romana": "Roma", "madrilène": "Madrid", "madrileña": "Madrid", "milanais": "Milan", "milanaise": "Milan",
    "milanese": "Milano", "bonnois": "Bonn", "strasbourgeois": "Strasbourg", "strasbourgeoise": "Strasbourg",
    "montréalais": "Montréal", "new-yorkais": "New York", "hambourgeois": "Hambourg",
}
_SEAT_BY_ADJECTIVE = re.compile(
    r"\b(?:siège|secrétariat|sede|segretariato|secretar[íi]a)\s+(?P<adjective>"
    + "|".join(sorted(_CITY_OF_ADJECTIVE, key=len, reverse=True)) + r")\b", re.IGNORECASE)


def _seats_by_adjective(sentence: str) -> list[Claim]:
    return [Claim("headquarters", _CITY_OF_ADJECTIVE[found.group("adjective").lower()], found.start())
            for found in _SEAT_BY_ADJECTIVE.finditer(sentence)]


# The seat with its network between the noun and the verb: "Le siège de l'association se situe à Besançon", "Le
# secrétariat général de l'OVPM se trouve à Québec"; not another body's ("le siège de l'UNESCO est à Paris").
_SEAT_OF = re.compile(
    # the national seat of a national association is its seat: "Le siège national de l'association est à Paris"
    r"\b(?i:siège|secrétariat)(?:\s+(?i:social|mondial|permanent|général|international|national))?\s+"
    r"(?P<whose>(?i:du\s+réseau|de\s+l['’]\s*(?:association|organisation|alliance|union)|de\s+la\s+fédération)"
    r"|d['’]\s*[A-Z][\w.\-]*(?:\s+[\w.\-]+){0,4}?|de\s+l['’]\s*[A-Z][\w.\-]*|de\s+[A-Z][\w.\-]*(?:\s+[\w.\-]+){0,4}?)"
    rf"\s+(?i:est|se\s+trouve|se\s+situe"
    rf"|reste|demeure"
    rf"|a\s+été\s+transféré|fut\s+transféré)"
    # a seat that has stayed where it was: "se trouve toujours à"
    rf"(?:\s+(?i:toujours|encore|aujourd['’]hui|désormais))?"
    rf"\s+(?i:(?:installé|situé|établi|basé|hébergé)\s+)?(?i:à|a)\s+(?P<place>{_PLACE})")
# "La sede de CGLU se encuentra en Barcelona", "Il segretariato di Eurocities è a Bruxelles".
_SEAT_OF_ES_IT = re.compile(
    r"\b(?i:sede|secretar(?:[íi]a|iado)|segret(?:ariato|eria)"
    r"|oficinas\s+centrales|domicilio(?:\s+social)?|uffici\s+centrali)"
    # the seat of the whole network, not of a national or regional part: "la sede internazionale dell'associazione"
    # (its national seat is a national association's own: "La sede nazionale dell'Associazione è a Roma")
    r"(?:\s+(?i:central|mundial|permanente|centrale|generale|general|social|legale|internazionale|internacional"
    r"|nazionale|nacional))?\s+"
    r"(?P<whose>(?i:de\s+la\s+red|della\s+rete|de\s+la\s+asociación|dell['’]associazione)(?:\s+[A-Z][\w.\-]*)?"
    r"|(?:de|del|di|della|dello|dell['’])\s*(?:(?:la|el|il|lo)\s+)?[A-Z][\w.\-]*(?:\s+[\w.\-]+){0,4}?)"
    rf"\s+(?i:se\s+encuentra|se\s+ubica|está|radica|si\s+trova|è"
    rf"|sigue(?:\s+estando)?|permanece|resta|rimane|contin[úu]a"
    rf"|se\s+halla|se\s+sitúa|se\s+encuentran|están|si\s+trovano|sono"
    # a seat moved to where it is: "la sede de Metropolis se trasladó a Barcelona", "fu trasferita a"
    rf"|se\s+traslad[óo]|fue\s+trasladad[oa]|(?:è\s+stat[oa]|fu)\s+trasferit[oa])"
    rf"(?:\s+(?i:todavía|aún|hoy|ancora(?:\s+oggi)?|tuttora|oggi))?"
    rf"\s+(?i:(?:situad[oa]|ubicad[oa]|situat[oa])\s+)?"
    rf"(?i:en|a|in)\s+(?P<place>{_PLACE})")
_NETWORK_NOUN = re.compile(r"réseau|association|organisation|alliance|union|fédération|\bred\b|\brete\b"
                           r"|asociación|associazione", re.IGNORECASE)
# The same in English and German: "The secretariat of Mayors for Peace is in Hiroshima", "Der Sitz von Eurocities ist
# in Brüssel", "Die Geschäftsstelle des Netzwerks liegt in Brüssel", "Sitz von Eurocities ist Brüssel".
_SEAT_OF_EN_DE = re.compile(
    r"\b(?i:headquarters|head\s+office|secretariat|seat|(?:haupt)?sitz|(?:welt|general)?sekretariat"
    # "Die Hauptgeschäftsstelle des Verbandes befindet sich in Berlin"
    r"|(?:haupt|bundes)?geschäftsstelle)"
    r"\s+(?P<whose>(?i:of|von|des|der)\s+[^,.;:]{1,50}?)"
    r"\s+(?i:is|are|ist|liegt|befindet\s+sich"
    r"|remains?|stays?|bleibt|verbleibt)"
    r"(?:\s+(?i:still|nach\s+wie\s+vor|weiterhin|noch\s+immer|immer\s+noch|heute\s+noch|noch\s+heute))?"
    r"\s+(?:(?i:(?:located|based|situated)\s+)?(?P<in>(?i:in)\s+))?"
    # without "in", after "ist" the place alone ends the clause: "Der Sitz von Eurocities ist Brüssel.", not "ist Teil
    # des ..."
    rf"(?(in)|(?<=\bist\s))(?P<place>{_PLACE})(?(in)|(?=\s*(?:[.;,()]|$)))")


# The seat's noun, its network and its place with no verb: "von der Geschäftsstelle des Vereins in Frankfurt am Main",
# "par le secrétariat d'Eurocities à Bruxelles", "la secretaría de la red en Bruselas", "dal segretariato della rete a
# Bruxelles"; the network by its name alone or as such ("of ICLEI Europe in Freiburg" is its chapter's).
_SEAT_NOUN_OF = re.compile(
    r"\b(?i:siège|secrétariat|headquarters|secretariat|seat|(?:haupt)?sitz|(?:welt|general)?sekretariat"
    r"|geschäftsstelle|sede|secretar(?:[íi]a|iado)|segretariato)"
    r"(?:\s+(?i:social|mondial|permanent|général|general|mundial|generale|permanente))?"
    r"\s+(?P<whose>(?i:des|der|von|du|de\s+la|de\s+l['’]|de|d['’]|of(?:\s+the)?|del|della|dell['’]|di)\s*[^,.;:()]{1,40}?)"
    rf",?\s+(?i:in|à|en|a)\s+(?P<place>{_PLACE})")


def _seats_with_their_network(sentence: str, mentions: list[NetworkMention]) -> list[Claim]:
    claims = []
    for found in _SEAT_NOUN_OF.finditer(sentence):
        start, end = found.span("whose")
        if _NETWORK_AS_SUCH.fullmatch(sentence, start, end) or any(
                start < mention.start and mention.end == end for mention in mentions):
            claims.append(Claim("headquarters", found.group("place"), found.start()))
    return claims


def _seats_of_a_network(sentence: str, mentions: list[NetworkMention]) -> list[Claim]:
    claims = []
    for found in (*_SEAT_OF.finditer(sentence), *_SEAT_OF_ES_IT.finditer(sentence)):
        start, end = found.span("whose")
        if _NETWORK_NOUN.search(found.group("whose")) or any(
                mention.start < end and start < mention.end for mention in mentions):
            claims.append(Claim("headquarters", found.group("place"), found.start()))
    for found in _SEAT_OF_EN_DE.finditer(sentence):
        start, end = found.span("whose")
        if _NETWORK_NOUN_EN_DE.search(found.group("whose")) or any(
                mention.start < end and start < mention.end for mention in mentions):
            claims.append(Claim("headquarters", found.group("place"), found.start()))
    return claims


# "Eurocities ist in Brüssel ansässig", "Das Netzwerk ist in Brüssel beheimatet": the German participle after the place.
_SEATED_IN_GERMAN = re.compile(
    rf"\s+(?i:ist|sind)\s+(?:(?i:seit\s+\d{{4}}|heute|weiterhin)\s+)?(?i:in)\s+(?P<place>{_PLACE})\s+"
    r"(?i:ansässig|beheimatet|angesiedelt)\b")


def _seated_in_german(sentence: str, mentions: list[NetworkMention]) -> list[Claim]:
    return [Claim("headquarters", found.group("place"), mention.start, about=mention) for mention in mentions
            if (found := _SEATED_IN_GERMAN.match(sentence, mention.end))
            and _NETWORK_AS_SUBJECT.fullmatch(sentence, 0, mention.start)]


# "The Brussels-based network Eurocities", "das in Brüssel ansässige Netzwerk Eurocities": the seat as an adjective
# of the network named next.
_BASED_BEFORE_NETWORK = re.compile(
    rf"(?:(?<![\w’'])(?!(?:The|A|An|Das|Die|Der|Ein|Eine)\b)(?P<place>{_PLACE})-based|(?i:in)\s+(?P<ort>{_PLACE})\s+(?i:ansässigen?|beheimateten?))"
    r"\s+(?:(?i:network|association|organi[sz]ation|alliance|netzwerk|städtenetzwerk|verband|bündnis|(?:städte)?verbund)"
    r"\s+)?$")


def _based_before_network(sentence: str, mentions: list[NetworkMention]) -> list[Claim]:
    return [Claim("headquarters", found.group("place") or found.group("ort"), found.start(), about=mention)
            for mention in mentions
            if (found := _BASED_BEFORE_NETWORK.search(sentence, max(0, mention.start - 80), mention.start))]


# The network named before, as the subject by its noun with its seat as an adjective: "The Ottawa-based federation
# represents 2,100 municipalities", "Der in Brüssel ansässige Verband vertritt 200 Städte".
_BASED_NETWORK_NOUN_OPENS = re.compile(
    rf"^(?:(?:The|This)\s+(?P<place>{_PLACE})-based|(?:Der|Die|Das)\s+in\s+(?P<ort>{_PLACE})\s+ansässige)\s+"
    r"(?i:network|association|organi[sz]ation|alliance|federation|union|netzwerk|städtenetzwerk|verband|bündnis"
    r"|städtebund|vereinigung)\b")


def _based_network_noun_opens(sentence: str) -> list[Claim]:
    found = _BASED_NETWORK_NOUN_OPENS.match(sentence)
    return [Claim("headquarters", found.group("place") or found.group("ort"), 0)] if found else []


# The seat as an adjective after the network: "Eurocities – Brussels-based network of ...", "Eurocities, a
# Brussels-based network", "Eurocities is a Brussels-based association".
_BASED_AFTER_NETWORK = re.compile(
    rf"(?:\s*[,:–—]\s*|\s+-\s+|\s+(?i:is)\s+)(?:(?i:an?|the)\s+)?(?P<place>{_PLACE})-based\b")


def _based_after_network(sentence: str, mentions: list[NetworkMention]) -> list[Claim]:
    return [Claim("headquarters", found.group("place"), mention.end, about=mention) for mention in mentions
            if (found := _BASED_AFTER_NETWORK.match(sentence, mention.end))]


# The seat told by where the network is run from, by its one office, or by a city that hosts it in a relative clause:
# "ICORN is run from Stavanger", "the network is coordinated from Stavanger", "est piloté depuis Bruxelles", "se
# coordina desde Bruselas", "wird von Brüssel aus koordiniert", "its office is in Brussels", "sein Sitz ist Lübeck",
# "dont Lausanne abrite le siège", "di cui Losanna ospita la sede". Not a month or a day ("run from May to June").
_SEAT_IN_OTHER_WORDS = re.compile(
    rf"\b(?=[iaeèsvwtdcrfl])(?:(?:(?:is|are)\s+(?:now\s+|still\s+|today\s+)?(?:run|coordinated|managed|administered)"
    rf"\s+from"
    rf"|(?:est|sont)\s+(?:aujourd['’]hui\s+|désormais\s+|toujours\s+)?(?:piloté|coordonné|géré|administré)e?s?\s+depuis"
    rf"|(?:se\s+(?:coordina|gestiona|administra)|(?:es|está)\s+(?:coordinad|gestionad|administrad)[oa])\s+desde"
    rf"|(?:its|their)\s+office\s+(?:is|are)\s+(?:located\s+|based\s+)?in"
    # the seat as the subject that works from its city: "its secretariat operates from Brussels"
    rf"|(?:its|their)\s+(?:secretariat|headquarters|head\s+office)\s+(?:now\s+|still\s+)?(?:operates|works)\s+from"
    rf"|(?:son|leur)\s+secrétariat\s+(?:opère|fonctionne|travaille)\s+depuis"
    rf"|su\s+secretar(?:[íi]a|iado)\s+(?:opera|funciona|trabaja)\s+desde"
    rf"|il\s+(?:suo|loro)\s+segretariato\s+(?:opera|lavora)\s+da"
    rf"|su\s+oficina\s+(?:central\s+|principal\s+)?(?:está|se\s+encuentra)\s+en"
    rf"|(?:il\s+suo|il\s+loro)\s+ufficio\s+(?:è|si\s+trova)\s+a"
    rf"|(?:sein|ihr|dessen|deren)\s+(?:büro|(?:haupt)?sitz)\s+(?:ist|befindet\s+sich|liegt)(?:\s+heute)?(?:\s+in)?"
    # with the institution that hosts it: "sein Sekretariat ist bei der UNESCO in Paris angesiedelt", "son secrétariat
    # est hébergé par l'UNESCO à Paris"
    rf"|(?:seine?|ihre?|dessen|deren)\s+(?:sekretariat|geschäftsstelle|büro)\s+(?:ist|befindet\s+sich)\s+"
    rf"(?:bei|beim|im)\s+[^,.;]{{1,40}}?\s+in(?=\s+[^,.;]{{1,40}}?\s+(?:angesiedelt|ansässig|untergebracht)\b)"
    rf"|(?:son|leur)\s+secrétariat\s+est\s+(?:hébergé|installé|accueilli)\s+(?:par|chez|au\s+sein\s+de)\s+"
    rf"[^,.;]{{1,40}}?\s+à)"
    rf"\s+(?!{MONTH_PATTERN}|{WEEKDAY_PATTERN})(?P<place>{_PLACE})"
    rf"|wird\s+(?:heute\s+)?von\s+(?P<ort>{_PLACE})\s+aus\s+(?:koordiniert|geleitet|gesteuert)"
    rf"|(?:sein|ihr)\s+(?:sekretariat|büro)\s+(?:arbeitet|operiert)\s+von\s+(?P<von>{_PLACE})\s+aus\b"
    rf"|(?:dont|di\s+cui)\s+(?P<host>{_PLACE})\s+(?:abrite|accueille|héberge|ospita)\s+(?:le|la)\s+"
    rf"(?:siège|secrétariat|sede|segretariato)\b)",
    re.IGNORECASE)


def _seats_in_other_words(sentence: str) -> list[Claim]:
    return [Claim("headquarters", found.group("place") or found.group("ort") or found.group("von")
                  or found.group("host"), found.start()) for found in _SEAT_IN_OTHER_WORDS.finditer(sentence)]


# The seat's noun, then a participle of place that gives its city, set off by commas or not: "Son secrétariat
# permanent, établi à Paris, coordonne ...", "Le secrétariat général de l'association, établi à Barcelone", "its
# secretariat, located in Brussels", "das Sekretariat, angesiedelt in Bonn", "su secretaría, establecida en Quito",
# "il segretariato, situato a Roma". Only the seat's own nouns, of no other body than the network ("le bureau de la
# coopération, situé à Paris", "la sede del congresso, situata a Roma" are no seat).
_SEAT_NOUN_THEN_PARTICIPLE = compile_guarded(
    r"\b(?:secrétariat|siège|headquarters|head\s+office|secretariat|seat|sekretariat|geschäftsstelle|sede"
    r"|secretar(?:[íi]a|iado)|segretariato|segreteria)"
    # its adjectives, then its owner: "permanent", "général de l'association", "of the network"
    r"(?:\s+(?!(?:des|der|von|du|de|d['’]|of|del|della|dell['’]|di)\b)[\w-]+){0,2}?"
    r"(?P<whose>\s+(?:des|der|von|du|de\s+la|de\s+l['’]|de|d['’]|of(?:\s+the)?|del|della|dell['’]|di)\s*"
    r"[^,.;:()]{1,40}?)?\s*,?\s+(?:(?:est|is|ist|está|è)\s+)?"
    r"(?P<participle>(?:établie?|située?|installée?|hébergée?|implantée?)\s+à"
    r"|(?:located|situated|housed|hosted)\s+in"
    r"|(?:gelegen|angesiedelt|untergebracht)\s+in"
    r"|(?:establecid[oa]|situad[oa]|instalad[oa]|alojad[oa])\s+en"
    r"|(?:situat[oa]|collocat[oa]|stabilit[oa]|ubicat[oa]|ospitat[oa])\s+(?:a|in))"
    rf"\s+(?!{MONTH_PATTERN})(?P<place>{_PLACE})", re.IGNORECASE)


# A participle of place opening the sentence (or a row after its network's name), alone or after a founding's ("Fondé en
# 1990 et établi à Bonn, en Allemagne, ICLEI regroupe ...", "Établie à Namur, l'Union conseille ...", "Located in Bonn,
# ICLEI ...", "Establecida en Barcelona, la red ...", "Stabilita a Roma, l'associazione ..."), its subject the network
# after the comma ("Established in Bonn" tells where it was founded).
_FRONTED_PARTICIPLE_OF_PLACE = compile_guarded(
    r"(?:[^,.;]{0,60}?\s(?:et|and|und|y|e)\s+)?"
    r"(?:établie?s?|implantée?s?|located|ansässig|angesiedelt|establecid[oa]s?|ubicad[oa]s?"
    r"|stabilit[oa]|insediat[oa])\s+(?:à|in|en|a)\s+"
    rf"(?P<place>{_PLACE})(?:\s*,\s*(?:en|in|au|aux|the)\s+{_PLACE}|\s*\({_PLACE}\))?\s*,\s*", re.IGNORECASE)
# (or a pronoun for the network the sentence before named: "Né à Genève en 1951, le CCRE est la plus ancienne
# organisation européenne de collectivités. Établi à Bruxelles, il rassemble ...", "Located in Bonn, it ...")
_NETWORK_AS_ITS_SUBJECT = re.compile(
    r"(?:la|le|l['’]|the|el|il|lo|die|der|das)\s*(?:réseau|association|organisation|union|fédération|alliance|network"
    r"|organi[sz]ation|federation|netzwerk|verband|bündnis|red|asociación|organización|federación|alianza|rete"
    r"|associazione|organizzazione|federazione|alleanza)\b|(?-i:il|elle|it)\s", re.IGNORECASE)
_AFTER_ROW_NAME = re.compile(r"\s*[:–—-]?\s*")
_ARTICLE_BEFORE_NAME = re.compile(r"(?:(?:la|le|l['’]|the|el|il|lo|die|der|das)\s*)?", re.IGNORECASE)


def _seats_by_a_fronted_participle(sentence: str, mentions: list[NetworkMention]) -> list[Claim]:
    opening = _AFTER_ROW_NAME.match(sentence, mentions[0].end).end() if mentions and mentions[0].start == 0 else 0
    if not (fronted := _FRONTED_PARTICIPLE_OF_PLACE.match(sentence, opening)):
        return []
    subject = _ARTICLE_BEFORE_NAME.match(sentence, fronted.end()).end()
    if _NETWORK_AS_ITS_SUBJECT.match(sentence, fronted.end()) or any(
            mention.start == subject for mention in mentions):
        return [Claim("headquarters", fronted.group("place"), fronted.start("place"))]
    return []


def _seats_by_participle(sentence: str, mentions: list[NetworkMention]) -> list[Claim]:
    return _seats_of_the_network(_SEAT_NOUN_THEN_PARTICIPLE, sentence, mentions, "participle")


def _seats_of_the_network(pattern: re.Pattern[str], sentence: str, mentions: list[NetworkMention], at: str
                          ) -> list[Claim]:
    """The seats `pattern` finds whose "whose" part, when written, is the network as such or ends on a network
    named; each claimed at the start of the group `at`."""
    claims = []
    for found in pattern.finditer(sentence):
        start, end = found.span("whose")
        if start < 0 or _NETWORK_AS_SUCH.fullmatch(sentence, start + 1, end) or any(
                start < mention.start and mention.end == end for mention in mentions):
            claims.append(Claim("headquarters", found.group("place"), found.start(at)))
    return claims


# The place, then the seat of the network as such in apposition: "à Paris, au siège de l'association", "in Brussels, at
# the headquarters of the network", "in Brüssel, am Sitz des Netzwerks", "en Quito, en la sede de la red", "a
# Bruxelles, presso la sede della rete".
_PLACE_THEN_ITS_SEAT = compile_guarded(
    rf"\b(?:à|in|en|a)\s+(?P<place>{_PLACE}),\s+(?:au|at\s+the|en\s+la|nella|alla|presso\s+la|am|im|beim)\s+"
    r"(?:siège|secrétariat|headquarters|seat|secretariat|sede|sitz|sekretariat|geschäftsstelle|secretar[íi]a"
    r"|segretariato)(?:\s+(?:social|général|mondial|permanent|general|generale|mundial|permanente))?"
    r"(?P<whose>\s+(?:de\s+l['’]|du|of\s+the|de\s+la|della|dell['’]|des|der)\s*[^,.;:()]{1,40}?)(?=\s*(?:[,.;]|$))",
    re.IGNORECASE)


def _place_then_its_seat(sentence: str, mentions: list[NetworkMention]) -> list[Claim]:
    return _seats_of_the_network(_PLACE_THEN_ITS_SEAT, sentence, mentions, "place")


# The network's offices, in one city: "l'initiative a son bureau à Bruxelles", "l'AFCCRE, qui a ses bureaux à Orléans",
# "ses bureaux sont situés à Ottawa", "it has its offices in Stavanger", "seine Büros befinden sich in Bonn", "tiene sus
# oficinas en Quito", "ha i suoi uffici a Bruxelles". Offices in several cities ("ses bureaux à Bruxelles et à
# Genève") are no seat; nor are offices of a region ("ses bureaux européens"), which no adjective lets through, nor a
# person's ("le maire a son bureau à Namur").
_OWN_OFFICES_IN = compile_guarded(
    r"\b(?:(?:a|possède|garde|conserve)\s+(?:son\s+bureau|ses\s+bureaux)"
    r"|(?:ses|leurs)\s+bureaux\s+(?:se\s+trouvent|sont)(?:\s+(?:situés|installés|basés|établis))?)\s+à"
    r"|(?:(?:has|have)\s+(?:its|their)\s+offices|(?:its|their)\s+offices\s+are(?:\s+(?:located|based))?)\s+in"
    r"|(?:(?:hat|haben)\s+(?:seine|ihre)\s+büros|(?:seine|ihre)\s+büros\s+(?:befinden\s+sich|sind|liegen))\s+in"
    r"|(?:tienen?\s+sus\s+oficinas|sus\s+oficinas\s+(?:están|se\s+encuentran|se\s+ubican))\s+en"
    r"|(?:(?:ha|hanno)\s+i\s+(?:suoi|loro)\s+uffici|i\s+(?:suoi|loro)\s+uffici\s+(?:sono|si\s+trovano))\s+a",
    re.IGNORECASE)
_OFFICES_PLACE = re.compile(rf"\s+(?!{MONTH_PATTERN})(?P<place>{_PLACE})", re.IGNORECASE)
_ANOTHER_PLACE_AFTER = re.compile(rf"\s*(?:,|(?i:et|and|und|y|e))\s+(?:(?i:à|in|en|a)\s+)?{_PLACE}")
_PERSON_BEFORE_OFFICES = re.compile(rf"{_MAYOR}|(?i:bourgmestre|président|president|präsident|presidente"
                                    r"|secrétaire|secretary|sekretär|secretari[oa]|segretari[oa])")


def _seats_by_offices(sentence: str) -> list[Claim]:
    claims = []
    for found in _OWN_OFFICES_IN.finditer(sentence):
        if (place := _OFFICES_PLACE.match(sentence, found.end())) and not _ANOTHER_PLACE_AFTER.match(
                sentence, place.end()) and not _PERSON_BEFORE_OFFICES.search(sentence, 0, found.start()):
            claims.append(Claim("headquarters", place.group("place"), found.start()))
    return claims


# The seat's city, the seat in apposition, the network right after it: "Barcelona, sede de la secretaría mundial de
# CGLU, acoge ...", "Bruxelles, siège d'Eurocities", "Brüssel, Sitz von Eurocities", "Bruxelles, sede di Eurocities".
# Not a city that hosts a meeting ("Madrid, sede de la cumbre de Metropolis"): only the seat's nouns.
_OF = r"(?:de\s+la|de\s+l['’]|de|du|des|d['’]|of(?:\s+the)?|von|der|del|di|della|dell['’])"
_SEAT_IN_APPOSITION = re.compile(
    r",\s+(?:(?i:la|le|the|il|el|der)\s+)?"
    rf"(?i:sede|siège|seat|sitz|headquarters)(?:\s+(?i:central|mundial|social|mondial|permanente?))?\s*(?i:{_OF})\s*"
    rf"(?:(?i:secretar(?:[íi]a|iado)|secrétariat|secretariat|segretariato|sekretariats|geschäftsstelle)"
    rf"(?:\s+(?i:general|général|mundial|mondial|world|generale|permanente?))?\s*(?i:{_OF})\s*)?"
    r"(?:(?i:la|le|l['’]|the|el|il|lo)\s*)?")
_PLACE_ENDING = re.compile(rf"(?<![\w’'\-])(?P<place>{_PLACE})$")  # a whole word, not the end of a hyphenated one
_PLACE_BEFORE_APPOSITION_CHARS = 40


def _city_then_its_seat(sentence: str, mentions: list[NetworkMention]) -> list[Claim]:
    starts = {mention.start: mention for mention in mentions}
    claims = []
    for comma in re.finditer(",", sentence):
        seat = _SEAT_IN_APPOSITION.match(sentence, comma.start())
        place = seat and seat.end() in starts and _PLACE_ENDING.search(
            sentence, max(0, comma.start() - _PLACE_BEFORE_APPOSITION_CHARS), comma.start())
        if place:
            claims.append(Claim("headquarters", place.group("place"), place.start(), about=starts[seat.end()]))
    return claims


# The seat's city in brackets after its noun: "the Mayors for Peace secretariat (Hiroshima)", "son siège (Bruxelles)".
_SEAT_IN_BRACKETS = re.compile(
    r"\b(?i:headquarters|head\s+office|secretariat|seat|siège|secrétariat|sede|secretar[íi]a|segretariato"
    rf"|(?:haupt)?sitz|sekretariat|geschäftsstelle)(?:\s+(?i:général|mondial|permanent|general|mundial|world))?"
    rf"\s*\((?P<place>{_PLACE})(?:,\s*{_PLACE})?\)")


# A seat's label and its city inside brackets: "UCLG (founded 2004, HQ Barcelona)", "ICORN (Sitz Stavanger)".
_SEAT_LABEL_IN_BRACKETS = re.compile(rf"[(,]\s*{_SEAT_LABEL_WORD}\s+(?P<place>{_PLACE})\s*\)")


# The seat inside another institution's, then its city: "Su secretaría está en la sede de la UNESCO en París", "son
# secrétariat est installé au siège de l'UNESCO à Paris", "its secretariat is based at the headquarters of UNESCO in
# Paris", "il segretariato si trova presso la sede dell'UNESCO a Parigi", "das Sekretariat befindet sich am Sitz der
# UNESCO in Paris".
_SEAT_AT_A_HOSTS = compile_guarded(
    r"\b(?:secretar[íi]a|secretariado|secrétariat|secretariat|segretariato|sekretariat|geschäftsstelle|siège|sede"
    r"|headquarters|head\s+office)"
    r"(?:\s+(?:général|general|generale|permanente?|t[ée]cnica|mondial|mundial))?\s+"
    r"(?:est[áa]|se\s+encuentra|est|se\s+trouve|is|are|è|si\s+trova|ist|befindet\s+sich|liegt)"
    r"(?:\s+(?:still|now|located|based|housed|installée?|situé[e]?|hébergée?|ubicad[oa]|alojad[oa]))?\s+"
    r"(?:en\s+la\s+sede|en\s+las\s+oficinas|au\s+siège|dans\s+les\s+locaux|at\s+(?:the\s+)?(?:headquarters|offices"
    r"|premises)|presso\s+(?:la\s+sede|gli\s+uffici)|am\s+sitz|in\s+den\s+räumen)"
    r"\s+(?:de\s+la\s+|de\s+l['’]|del\s+|de\s+|des\s+|du\s+|d['’]|of\s+(?:the\s+)?|della\s+|dell['’]|der\s+|des\s+)"
    rf"[^,.;:()]{{1,40}}?,?\s+(?:en|à|in|a)\s+(?P<place>{_PLACE})",
    re.IGNORECASE)

# The seat hosted by an institution, then the town where it stands: "Il segretariato della rete ha sede presso l'UNESCO
# a Parigi", "le secrétariat est hébergé par l'UNESCO à Paris", "la secretaría está alojada en la UNESCO en París",
# "das Sekretariat ist bei der UNESCO in Paris angesiedelt". The town is the seat's; the host, no town, is not.
_SEAT_HOSTED_BY_AN_INSTITUTION = compile_guarded(
    r"\b(?:ha\s+(?:la\s+(?:sua\s+)?)?sede\s+presso"
    r"|(?:secrétariat|siège|secretar[íi]a|secretariado|sede|segretariato|sekretariat|geschäftsstelle)"
    r"(?:\s+[\w’'\-]+){0,5}?\s+"
    r"(?:(?:est|sont)\s+(?:hébergée?|accueillie?|installée?|logée?)\s+(?:par|à|chez|auprès\s+de|dans\s+les\s+locaux\s+de)"
    r"|(?:está|se\s+encuentra)\s+(?:alojad[oa]|acogid[oa]|albergad[oa]|instalad[oa])\s+(?:en|por)"
    r"|(?:è\s+)?(?:ospitat[oa]|collocat[oa])\s+(?:presso|da)"
    r"|(?:ist|befindet\s+sich)\s+bei))"
    rf"\s+(?:(?:l['’]|la|le|les|el|los|las|il|lo|gli|i|der|dem|den|des|del|della|dello|dal|dalla|du)\s*)?"
    rf"(?-i:[{_UPPER}])[^,.;:()]{{0,40}}?,?\s+(?:à|en|a|in)\s+(?P<place>{_PLACE})",
    re.IGNORECASE)
# A fact sheet's row with a dash for a colon: "Secretariat – Hiroshima City", "Siège — Bruxelles".
_SEAT_LABEL_DASH = re.compile(rf"(?i:{_LABELS['headquarters']})\s+[–—]\s+(?P<place>{_PLACE})")
# The seat's postal address after the network and its noun: "AIMF – Secrétariat permanent, 9 rue des Lombards, 75004
# Paris", "Eurocities head office: Square de Meeûs 1, 1000 Brussels".
_SEAT_ADDRESS = re.compile(
    r"\b(?i:headquarters|head\s+office|secretariat|siège|secrétariat|sede|secretar[íi]a|segretariato|sitz"
    r"|sekretariat|geschäftsstelle)\b[^.;]{0,80}?\b\d{4,5}\s+"
    rf"(?P<place>{_PLACE})")
_NETWORK_BEFORE_SEAT_CHARS = 40


def _seats_by_address(sentence: str, mentions: list[NetworkMention]) -> list[Claim]:
    return [Claim("headquarters", found.group("place"), found.start())
            for found in _SEAT_ADDRESS.finditer(sentence)
            if any(found.start() - _NETWORK_BEFORE_SEAT_CHARS <= mention.end <= found.start() for mention in mentions)]


_OFFICE_NOUNS = (r"geschäftsstelle|büro|sekretariat|office|secretariat|bureau|secrétariat|oficina|secretar[íi]a"
                 r"|ufficio|segreteria|segretariato|antenne")
# An office that is not the seat, named before the place of the sentence's seat: "ICLEI Europe, the European
# secretariat of ICLEI, is based in Freiburg", "L'antenne européenne de CGLU est installée à Bruxelles", "La Oficina de
# CGLU para el Mediterráneo, con sede en Barcelona", "L'ufficio europeo di ICLEI ha sede a Friburgo".
_OFFICE_OF_A_REGION = compile_guarded(
    r"\b(?:antennes?|regionalbüros?|europabüros?|länderbüros?|außenstellen?|branch(?:es)?|délégations?|delegaci[óo]n)\b"
    r"|\b(?:bureau|office|oficina|ufficio|büro|secretariat|secrétariat|secretar[íi]a|segretariato|sections?"
    r"|secci[óo]n|sezione)\s+"
    r"(?:[\w'’]+\s+){0,4}?(?:régional|regional|europ|afri|áfri|asia|asie|latin|amérique|améric|méditerran|mediterr"
    r"|océan|ocean"
    r"|para\s+(?:el|la|los|las)\b|per\s+(?:l['’]|il|la)|for\s+(?:the\s+)?(?:europe|africa|asia|latin|middle|mediterr))"
    # "its Oceania office", "the Africa secretariat", "the Asia-Pacific branch": a continent's name before the noun
    r"|\b(?:european|regional|continental|african|asian|latin[- ]american|mediterranean|oceania|pacific|africa|asia"
    r"|europe|americas|asia[- ]pacific|middle[- ]east)\s+"
    r"(?:secretariat|office|bureau|branch|section)"
    # one country's office or body: "sa coordination nationale, basée à Paris", "la rete nazionale tedesca ha la sua
    # segreteria a Hersbruck", "its national office in Ottawa", "die nationale Geschäftsstelle in Wien"
    rf"|\b(?:{_OFFICE_NOUNS}|coordination|coordinamento|coordinadora)\s+(?:national|nazional|nacional)\w*"
    r"|\bnational(?:e[nr]?)?\s+(?:office|secretariat|coordination|geschäftsstelle|büro|sekretariat)"
    # (a national network only with its nation: "la red nacional, con sede en Madrid" may be the network itself)
    r"|\b(?:réseau|red|rete)\s+(?:national|nazionale|nacional)\s+(?:tedesc|italian|frances|français|español"
    r"|espagnol|alem|allemand|austr|autrich|suiz|suisse|svizzer|belg|portug)\w*"
    # an office placed in a country, one of the network's several: "in Österreich hat es eine eigene Geschäftsstelle
    # mit Sitz in Wien", "en Belgique, il dispose d'un bureau à Namur", "in Italy it has an office in Rome"
    rf"|\b(?:in|en|au|nel|in)\s+(?:der\s+|la\s+|l['’])?{_A_COUNTRY}\b[^,;.]{{0,40}}?"
    rf"\b(?:eine[nm]?|an?|une?|d['’]une?|una?|un['’])\s+(?:[\w-]+\s+)?(?:{_OFFICE_NOUNS})\b",
    re.IGNORECASE)
_OFFICE_BEFORE_SEAT_CHARS = 100
# An office named as a network of its own in apposition: "La sección europea de la organización, el Consejo de
# Municipios y Regiones de Europa, tiene su sede en Bruselas" gives that network's seat.
_APPOSITION_BEFORE = re.compile(r",\s+(?:(?i:el|la|le|les|l['’]|the|der|die|das|il|lo)\s*)?$")
# Or the section said to be that network: "Landesverband für Sachsen-Anhalt ist der Städte- und Gemeindebund
# Sachsen-Anhalt mit Sitz in Magdeburg", "la section française du CCRE est l'AFCCRE, basée à Paris".
_COPULA_BEFORE = re.compile(r"\s(?:ist|est|is|es|è)\s+(?:(?:el|la|le|l['’]|the|der|die|das|il|lo)\s*)?$",
                            re.IGNORECASE)


def _of_a_regional_office(sentence: str, seat_start: int, mentions: list[NetworkMention]) -> bool:
    """A regional office before the seat's words, outside a network's name ("Union ... de l'Union européenne")."""
    return any(not any(mention.start <= office.end() - 1 < mention.end for mention in mentions)
               and not _named_in_apposition(sentence, office.end(), seat_start, mentions)
               for office in _OFFICE_OF_A_REGION.finditer(sentence, max(0, seat_start - _OFFICE_BEFORE_SEAT_CHARS),
                                                           seat_start))


# A national section or a regional federation before the seat's words, and a regional office named by "the one for" a
# region: "über die Deutsche Sektion des RGRE mit Sitz in Köln", "Sezione italiana del CCRE, con sede a Roma", "la
# federazione regionale ha sede a Bologna", "otto segretariati regionali; quello per l'Europa meridionale ha sede a
# Cordova", "des secrétariats régionaux ; celui d'Europe du Nord-Ouest est installé à Ratisbonne". The network's own
# seat, in a relative clause after its name, stays: "la section française du CCRE, dont le siège est à Bruxelles".
_NATIONAL_SECTION = compile_guarded(
    r"\b(?:deutsche[nr]?|österreichische[nr]?|schweizer(?:ische[nr]?)?|nationale[nr]?|regionale[nr]?)\s+sektion"
    r"|\b(?:landes|regional|national)(?:sektion|verband|gruppe)\w*"
    r"|\b(?:sections?|sektion(?:en)?|secci(?:ón|ones)|sezion[ei]|chapters?|cap[íi]tulos?|federazion[ei]|federations?"
    r"|fédérations?|federaci(?:ón|ones))\s+(?:national|nazional|nacional|italian|français|frances|español|espagnol"
    r"|deutsch|tedesc|alem[áa]n|belg|suisse|suiz|svizzer|schweizer|portug|regional|régional)"
    r"|\b(?:(?:segretariati|secretariats|secrétariats|secretar[íi]as|offices|bureaux|oficinas|uffici)\s+"
    # "régionaux", the French plural; "its regional offices; the one in Asia", the English and German order
    r"(?:regional|régiona[lu])\w*|regional(?:e[nr]?)?\s+(?:secretariats|offices|sekretariate[n]?|büros))"
    r"\s*[;,]\s*(?:quello|quella|celui|celle|the\s+one|that|el|la|der|die|das)\s+"
    r"(?:(?:per|pour|for|para|de|für|of|in|en|del|della|di)\b|d['’]\s*|dell['’]\s*)",
    re.IGNORECASE)
_NETWORKS_OWN_SEAT = re.compile(r",\s*(?:dont|whose|cuy[ao]|la\s+cui|il\s+cui|dessen|deren)\b", re.IGNORECASE)


def _of_a_national_section(sentence: str, seat_start: int, mentions: list[NetworkMention]) -> bool:
    """A section before the seat's words, not named as a network of its own in apposition ("su sección regional,
    FLACMA, con sede en Quito", "L'AICCRE, sezione italiana del CCRE, ha sede a Roma")."""
    start = max(0, seat_start - _OFFICE_BEFORE_SEAT_CHARS)
    return any(not (_NETWORKS_OWN_SEAT.search(sentence, section.end(), seat_start)
                    or _within_a_networks_name(section.start(), mentions)
                    or _named_in_apposition(sentence, section.end(), seat_start, mentions)
                    or _the_section_of_a_network_named_before(sentence, section.start(), mentions))
               for section in _NATIONAL_SECTION.finditer(sentence, start, seat_start))


def _within_a_networks_name(start: int, mentions: list[NetworkMention]) -> bool:
    """The words are part of a network's own name ("la Federación Española de Municipios y Provincias, con sede en
    Madrid"): the network itself, no section of another."""
    return any(mention.start <= start < mention.end for mention in mentions)


# A network said to be the section is one of its own too: "L'Associazione italiana per il Consiglio dei Comuni e delle
# Regioni d'Europa è la sezione italiana del CCRE e ha sede a Roma", "L'AFCCRE est la section française du CCRE et a
# son siège à Orléans", "Der Städtetag ist die deutsche Sektion des RGRE mit Sitz in Köln".
_COPULA_OPENS = re.compile(r"\s+(?:ist|est|is|es|è)\s+(?:(?i:el|la|le|l['’]|the|der|die|das|il|lo)\s*)?")


def _the_section_of_a_network_named_before(sentence: str, section_start: int, mentions: list[NetworkMention]) -> bool:
    """A network named right before the section in apposition or as the subject it is said to be, not the one the
    section belongs to ("Der RGRE, deutsche Sektion des RGRE" names the section by its parent's name: no network of
    its own)."""
    return any(mention.end <= section_start and (_APPOSITION_OPENS.fullmatch(sentence, mention.end, section_start)
                                                 or _COPULA_OPENS.fullmatch(sentence, mention.end, section_start))
               and not any(other.start >= section_start and other.network_id == mention.network_id
                           for other in mentions)
               for mention in mentions)


def _named_in_apposition(sentence: str, office_end: int, seat_start: int, mentions: list[NetworkMention]) -> bool:
    return any(office_end <= mention.start and mention.end <= seat_start
               and (_APPOSITION_BEFORE.search(sentence, max(0, mention.start - 8), mention.start)
                    or _COPULA_BEFORE.search(sentence, max(0, mention.start - 12), mention.start))
               and not _CHAPTER_AFTER_NETWORK.match(sentence, mention.end) for mention in mentions)


# Another office than the seat, told beside it: "Seine Hauptgeschäftsstelle hat er in Berlin, eine weitere
# Geschäftsstelle in Köln", "its head office is in Ottawa, with a second office in Montreal", "un autre bureau est
# installé à Dakar", "otra oficina en Bruselas", "un'altra sede a Bruxelles". The seat is one; a further office, up to
# the clause's end, is none.
_ANOTHER_OFFICE = compile_guarded(
    r"\b(?:weitere[nrs]?|zweite[nrs]?|andere[nrs]?|another|second|other|additional|further|autre|deuxième|seconde?"
    r"|otr[ao]|segund[ao]|altr[ao]|second[ao]|ulteriore)\s+(?:[\w-]+\s+)?"
    r"(?:geschäftsstelle|büro|standort|sekretariat|sitz|office|secretariat|seat|branch|bureau|antenne|siège"
    r"|secrétariat|oficina|sede|secretar[íi]a|ufficio|segreteria)\b(?:(?!\s(?:et|and|und|y|e|while|mais|but|pero|ma)\s)"
    r"[^,;.]){0,50}", re.IGNORECASE)


def _without_other_offices(sentence: str) -> str:
    """The sentence with each further office's clause blanked (its length kept, so positions hold)."""
    return _ANOTHER_OFFICE.sub(lambda found: " " * len(found.group()), sentence)


_SEAT_WITH_CONTRACTED_ARTICLE = compile_guarded(
    r"\b(?:(?:siège|secrétariat)(?:\s+(?:social|mondial|permanent|général|international))?\s+"
    r"(?:est|se\s+trouve|se\s+situe)(?:\s+(?:installé|situé|établi|basé|hébergé))?\s+au"
    # the seat as the object, the network as the subject: "a son siège au Koweït", "basée au Luxembourg"
    r"|(?:a|avoir|ayant)\s+son\s+(?:siège|secrétariat)(?:\s+(?:social|mondial|permanent|général|international))?\s+au"
    r"|(?:basée?s?|installée?s?|établie?s?|implantée?s?|domiciliée?s?)\s+au"
    r"|(?:sede|segretariato)(?:\s+(?:centrale|generale|legale))?\s+(?:è|si\s+trova)\s+nel"
    r"|ha\s+sede\s+nel"
    rf")\s+(?P<place>{_CITY_STATE})(?![\w’'-])",
    re.IGNORECASE)


# A street or a building is where the seat stands, not the seat: the town named after it is ("is based in Smith
# Square, London", "la sede è in Piazza del Campidoglio, Roma", "tiene su sede en la Calle Mayor, Madrid", "Sitz in der
# Hauptstraße, Berlin"). A street with no town after it gives no seat. Not a town whose name holds such a word
# ("Schwäbisch Hall", "Neuhaus").
_STREET_OR_BUILDING = re.compile(
    r"(?:Piazza|Piazzale|Via|Viale|Corso|Largo|Calle|Plaza|Avenida|Paseo|Rue|Place|Avenue|Boulevard|Quai|Palais"
    r"|Palazzo|Palacio|Edificio)\s.*"
    r"|.*\s(?:Square|Street|Road|Avenue|Lane|Place|Row|Terrace|Way|House|Building|Tower|Stra(?:ß|ss)e|Platz|Allee"
    r"|Gasse)"
    r"|.*[a-zäöü](?:stra(?:ß|ss)e|platz|allee|gasse)")
_TOWN_AFTER_A_STREET = re.compile(rf",\s*(?:\d{{1,5}}[a-z]?\s*,?\s+)?(?P<place>{_PLACE})")
_STREETS_BEFORE_A_TOWN = 3


def _town_after_its_street(sentence: str, claim: Claim) -> Claim | None:
    """The claim, its street or building replaced by the town named after it, or None when no town follows."""
    if not _STREET_OR_BUILDING.fullmatch(claim.value):
        return claim
    end = sentence.find(claim.value, claim.position) + len(claim.value)
    for _ in range(_STREETS_BEFORE_A_TOWN):
        town = _TOWN_AFTER_A_STREET.match(sentence, end)
        if not town:
            return None
        place = " ".join(word for word in town.group("place").split() if not any(c.isdigit() for c in word))
        if place and not _STREET_OR_BUILDING.fullmatch(place):
            return replace(claim, value=place)
        end = town.end()
    return None


def _towns_of_their_streets(sentence: str, claims: list[Claim]) -> list[Claim]:
    return [town for claim in claims if (town := _town_after_its_street(sentence, claim))]


def _headquarters(sentence: str, mentions: list[NetworkMention]) -> list[Claim]:
    sentence = _without_other_offices(sentence)
    claims = [Claim("headquarters", found.group("place"), found.start())
              for found in _HEADQUARTERS.finditer(sentence)
              if not _REGIONAL_OFFICE_BEFORE.search(sentence, max(0, found.start() - 20), found.start())
              and not _of_a_regional_office(sentence, found.start(), mentions)
              and not _of_a_national_section(sentence, found.start(), mentions)
              and not _of_a_regional_part(sentence, found.start())
              ] or _seats_of_a_network(sentence, mentions)
    if not claims:
        claims = [claim for claim in _seats_with_their_network(sentence, mentions)
                  if not _REGIONAL_OFFICE_BEFORE.search(sentence, max(0, claim.position - 20), claim.position)
                  and not _of_a_regional_office(sentence, claim.position, mentions)]
    claims += _hosted_seats(sentence, mentions)
    claims += [Claim("headquarters", found.group("place"), found.start())
               for found in _SEAT_WITH_CONTRACTED_ARTICLE.finditer(sentence)]
    claims += _seated_in_german(sentence, mentions)
    claims += _based_before_network(sentence, mentions)
    if not mentions:
        claims += _based_network_noun_opens(sentence)
    claims += _based_after_network(sentence, mentions)
    claims += _city_then_its_seat(sentence, mentions)
    if not claims:
        claims += _seats_in_other_words(sentence)
    if not claims:
        claims += (_seats_in_town_halls(sentence) or _seats_by_adjective(sentence)
                   or _seats_in_named_buildings(sentence, mentions) or _seats_in_a_named_town(sentence))
    if not claims:
        claims += [claim for claim in _seats_by_participle(sentence, mentions)
                   if not _of_a_regional_office(sentence, claim.position, mentions)
                   and not _of_a_national_section(sentence, claim.position, mentions)]
    if not claims:
        claims += _seats_by_a_fronted_participle(sentence, mentions)
    if not claims:
        claims += [claim for claim in _seats_by_offices(sentence)
                   if not _of_a_regional_office(sentence, claim.position, mentions)]
    if not claims:
        claims += _place_then_its_seat(sentence, mentions)
    if not claims:
        claims += [Claim("headquarters", found.group("place"), found.start())
                   for found in (*_SEAT_IN_BRACKETS.finditer(sentence), *_SEAT_LABEL_IN_BRACKETS.finditer(sentence))]
    if not claims and (row := _SEAT_LABEL_DASH.match(sentence)):
        claims.append(Claim("headquarters", row.group("place"), 0))
    if not claims:
        claims += [Claim("headquarters", found.group("place"), found.start())
                   for found in _SEAT_AT_A_HOSTS.finditer(sentence)]
    if not claims:
        claims += [Claim("headquarters", found.group("place"), found.start())
                   for found in _SEAT_HOSTED_BY_AN_INSTITUTION.finditer(sentence)
                   if not _of_a_regional_office(sentence, found.start(), mentions)
                   and not _of_a_national_section(sentence, found.start(), mentions)]
    if not claims:
        claims += _seats_by_address(sentence, mentions)
    if not claims:
        claims += _places_hosting_their_seat(sentence)
    if not claims and (there := _SEAT_THERE.search(sentence) or _SEAT_WHERE_IT_IS.search(sentence)):
        places = list(_PLACE_NAMED.finditer(sentence, 0, there.start()))
        if places:
            claims.append(Claim("headquarters", places[-1].group("place"), there.start()))
    return claims
