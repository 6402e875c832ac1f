"""What one sentence states about a network: counts, founding date and place, seat, when Paris joined,
who presides. Each finder returns `Claim`s located in the sentence; which network a claim is about is
decided by the caller (facts.py), from the network names around it."""

import re
from bisect import bisect_right
from dataclasses import replace
from datetime import date
from itertools import chain, pairwise

from .. import count_context
from ..count_context import (
    counts_a_target,
    counts_event_audience,
    counts_founders,
    counts_newcomers,
    counts_the_past,
    names_an_event,
)
from ..dates import MONTH_PATTERN, WEEKDAY_PATTERN, YEAR_PATTERN, PartialDate, date_at, month_gone_in, month_number
from ..networks import NetworkMention, find_networks
from ..numbers import (
    Count,
    find_counts,
    format_count,
    names_a_nation,
    names_a_region,
    parse_number,
    plus_after,
    qualifier_before,
)
from ..text import ABBREVIATED_TITLES, case_blind_search, compile_guarded, literal_alternation, lowered_alike
from ..vocabulary import BELONGING_ADVERB, FOUNDING_VERBS
from .common import (
    _A_COUNTRY,
    _APPOSITION_OPENS,
    _BORN,
    _CITY_SINCE,
    _CLAUSE_BREAK,
    _FOUNDING_MEETING,
    _FOUNDING_WORDS,
    _FOUNDING_WORDS_FR,
    _LABELS,
    _MAYOR,
    _NETWORK_AS_SUBJECT,
    _NETWORK_NOUN_EN_DE,
    _PART_OF_A_NETWORK,
    _PLACE,
    _SEAT_LABEL_WORD,
    _UPPER,
    ATTRIBUTE_OF_UNIT,
    Claim,
    _of_a_regional_part,
)

# The words that link a founding verb to its date: "en mai 2004", "in 1986", "im Jahr 1986", "nell'aprile 1961".
# "en el año 1985" before "en": the pattern ends on its link, and the date is read where the link ends.
_DATE_LINK = (r"(?:(?:en\s+el\s+año|el\s+año|en|le|au mois d['’]|in|on|im(?:\s+jahre?)?|am|el|nel|ad|il)\s+"
              r"|nell['’]\s*(?:anno\s+)?"
              # Italian's elided article before a day: "fondata a Fès l'8 settembre 1993", "l'11 marzo"
              r"|l['’](?=\d{1,2}[°º]?\s+[^\W\d]))?")
# "founded in Rotterdam, the Netherlands, in 1986": the country in apposition after the city. The city is read whole
# (an atomic group): "founded in New York, ..." is not "New".
_COUNTRY_AFTER_PLACE = (rf"(?:,\s+(?:the\s+|les?\s+|la\s+|l['’]|au\s+|aux\s+|en\s+|in\s+|die\s+|el\s+|i\s+)?{_PLACE},"
                        # or in brackets: "fondée à Québec (Canada) en 1979"
                        rf"|\s*\({_PLACE}\))?")
_FOUNDED = re.compile(
    rf"\b(?=[cfnvesligactpb])(?:{_FOUNDING_WORDS}|(?:sa|su|its|their|leur|seiner|ihrer|sua)\s+(?:fondation|fundación"
    rf"|foundation|founding(?!\s+(?:congress|assembly|meeting|conference))|gründung|fondazione|création|creation|creación"
    rf"|creazione|lancement|launch)\s*,?)\s+(?:(?:à|in|en|a)\s+(?!{MONTH_PATTERN})"
    # "fundada en la ciudad de Hiroshima", "founded in the city of Hiroshima"
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
# "membre de l'UCUE depuis sa création, en 1961", "member since its founding in 1986": founded then, and joined then.
_SINCE_ITS_FOUNDING = compile_guarded(
    r"\b(?:depuis|dès|since|from|seit|desde|dalla|dal)\s+(?:sa|son|its|their|leur|ihrer|seiner|su|la\s+sua|sua|il\s+suo|suo)\s+"
    r"(?:création|fondation|creation|foundation|founding|launch|gründung|entstehung|creación|fundación|creazione"
    r"|fondazione|nascita|lancement|inception|establishment|lanzamiento|lancio"
    # an association's founding act: "socia de la Federación desde su constitución"
    r"|constitution|constitución|costituzione|konstituierung)\b"
    # "since the network was founded", "seit der Gründung", "von Anfang an", "from the outset"
    r"|\b(?:since|seit)\s+(?:the|der)\s+(?:founding|foundation|inception|gründung)\b"
    # (the network by a pronoun or a noun, "formed" too: "part of the partnership since it was formed in 1995")
    r"|\bsince\s+(?:the\s+(?:network|organi[sz]ation|association|alliance|union|partnership|coalition|federation)"
    r"|it)\s+was\s+(?:first\s+)?(?:founded|created|established|set\s+up|launched|formed)\b"
    # "depuis que l'association a été fondée", "desde que la red fue creada", "da quando la rete è stata fondata"; the
    # network by a pronoun or unsaid: "depuis qu'il a été créé", "desde que fue fundado", "da quando è stato fondato"
    r"|\bdepuis\s+que\s+(?:le\s+réseau|l['’](?:organisation|association|alliance|union))\s+a\s+été\s+"
    r"(?:fondée?|créée?|lancée?)"
    r"|\bdepuis\s+qu['’](?:il|elle)\s+a\s+été\s+(?:fondée?|créée?|lancée?|constituée?)"
    r"|\bdesde\s+que\s+(?:la\s+(?:red|organización|asociación|alianza|unión)\s+)?fue\s+(?:fundad[ao]|cread[ao]"
    r"|constituid[ao])"
    r"|\bda\s+quando\s+(?:(?:la\s+rete|l['’](?:organizzazione|associazione|alleanza|unione))\s+)?è\s+stat[ao]\s+"
    r"(?:fondat[ao]|creat[ao]|costituit[ao])"
    r"|\bvon\s+anfang\s+an\b|\bfrom\s+the\s+(?:very\s+)?(?:start|outset|beginning)\b(?!\s+of\b)"
    # "membre depuis l'origine", "depuis ses débuts", "dès le départ", "desde sus inicios", "fin dall'inizio"
    r"|\b(?:depuis|dès)\s+(?:l['’]origine|ses\s+(?:débuts|origines)|le\s+(?:départ|début))\b"
    r"|\bdesde\s+(?:sus\s+(?:inicios|orígenes|comienzos)|el\s+(?:principio|inicio))\b"
    r"|\b(?:fin\s+)?dall['’]\s*(?:inizio|origine)\b|\bsin\s+dall['’]\s*(?:inizio|origine)\b"
    # a member at the founding itself: "became a member at its launch", "membre lors de sa création", "miembro en su
    # fundación", "socio al momento della sua fondazione", "Mitglied bei seiner Gründung"
    r"|\b(?:at\s+its|(?:à|lors\s+de)\s+sa|(?:à|lors\s+de)\s+son|en\s+su|al\s+momento\s+de\s+su"
    r"|al\s+momento\s+della(?:\s+sua)?|alla\s+sua|bei\s+(?:seiner|ihrer|der))\s+"
    r"(?:launch|founding|creation|inception|création|fondation|lancement|fundación|creación|lanzamiento|fondazione"
    r"|creazione|nascita|gründung)\b",
    re.IGNORECASE)
# The place may follow an institution where it happened: "in 1990 at the United Nations in New York", "en 1990 au
# siège des Nations unies à New York", "en 1990 en la sede de Naciones Unidas en Nueva York", "1990 am Sitz der
# Vereinten Nationen in New York".
_PLACE_AFTER_DATE = re.compile(
    r"\s*,?(?:\s+(?:at|au|aux|à\s+l['’]|bei|beim|am|en\s+la|en\s+el|presso"
    # "fondé en 1986 lors d'une conférence à Rotterdam", "during a meeting in", "durante una reunión en"
    r"|lors\s+d['’]une?|lors\s+du|lors\s+de\s+la|during|durante)\b[^,.;]{1,40}?)?"
    rf"\s+(?:à|in|en|a)\s+(?P<place>{_PLACE})")
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
_HEADQUARTERS = re.compile(
    rf"\b(?=[bishdscrmgwauotezql])(?:(?:basée?s?|installée?s?|implantée?s?|domiciliée?s?|siégeant|headquartered|based|seated"
    rf"|ansässig"
    rf"|radicad[oa]s?)\s+(?:à|in|en)"
    rf"|siège\s+(?:social\s+|mondial\s+|permanent\s+|international\s+)?(?:est\s+|se\s+trouve\s+)?(?:également\s+)?"
    rf"(?:installé\s+|situé\s+)?(?:à|a)"
    rf"|secrétariat\s+(?:général\s+|mondial\s+|permanent\s+)?(?:est\s+|se\s+trouve\s+)?"
    rf"(?:aujourd['’]hui\s+|désormais\s+|également\s+)?"
    rf"(?:(?:installé\s+|basé\s+|situé\s+|établi\s+|hébergé\s+)?à|assuré\s+depuis)"
    rf"|secrétariat\s+(?:général\s+|mondial\s+|permanent\s+)?se\s+situe\s+à"
    rf"|(?:headquarters|head\s+office|secretariat)\s+(?:(?:is|are)\s+)?(?:located\s+|based\s+)?in"
    rf"|(?:its|their)\s+main\s+office\s+(?:(?:is|are)\s+)?(?:located\s+|based\s+)?in"
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
    rf"|(?:son|leur)\s+bureau\s+(?:se\s+trouve|est(?:\s+(?:situé|installé|basé))?)\s+à"
    rf"|(?:its|their)\s+office\s+(?:is|are)\s+(?:located\s+|based\s+)?in"
    rf"|(?:sein|ihr)\s+büro\s+(?:befindet\s+sich|ist|liegt|sitzt)\s+in"
    rf"|su\s+oficina\s+(?:está|se\s+encuentra|se\s+ubica)\s+en"
    rf"|il\s+suo\s+ufficio\s+(?:si\s+trova|è|ha\s+sede)\s+a"
    rf")\s+(?P<place>{_PLACE})",
    re.IGNORECASE)
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
    r"|\bmembresía\s+(?:fue|ha\s+sido)\s+(?:confirmada|aprobada|aceptada|ratificada)\b"
    # a title the network gives its members: "designated a UNESCO City of Film", "became an ICORN City of Refuge",
    # "became the world's first UNESCO City of Literature", "est devenue la première ville créative"
    r"|\b(?:designated|became|named)\s+(?:as\s+)?(?:an?\s+|the\s+(?:[\w’'-]+\s+){0,2}?first\s+)?"
    r"(?=unesco\s+(?:creative\s+|learning\s+)?city|(?:icorn\s+)?city\s+of\s+refuge)"
    # a creative city's title, after whose first it is: "became Australia's first UNESCO City of Music", "became the
    # UK's first and only City of Media Arts"
    rf"|\b(?:designated|became|named)\s+(?:as\s+)?(?:the\s+)?(?:[\w’'-]+\s+){{0,2}}?(?:first|only)\s+"
    rf"(?:and\s+only\s+)?(?=(?:unesco\s+)?{_CREATIVE_FIELD_TITLE_EN})"
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
            r"|città\s+(?:della\s+(?:musica|letteratura|gastronomia)|del\s+(?:cinema|design))")
# "member cities", "member states": the members themselves, as the subject, not the city being one.
_MEMBERS_AS_SUBJECT = r"(?!\s+(?:cities|towns|states|countries|municipalities|governments|organi[sz]ations))"
_MEMBER_SINCE_WORDS = (rf"\b(?=[macfbigpsvuzktwh])(?:{_BELONGS})\b{_MEMBERS_AS_SUBJECT}[^.;]{{0,120}}?"
                       r"\b(?:depuis|dès|since|seit|desde|dall['’]|dalla|dal|from"
                       # "à partir de 1994", "a partir de 1993", "a partire dal 1993"
                       r"|à\s+partir\s+de|a\s+partir\s+de)\s*"
                       r"(?:le\s+|(?:el\s+)?año\s+|anno\s+|the\s+year\s+|(?:el|il|dem)\s+(?=\d)"
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
    rf"\b(?:depuis|since|seit|desde|dall['’]|dal)\s*(?:(?:el\s+)?año\s+|anno\s+|el\s+(?=\d)|le\s+(?=\d)"
    r"|dem\s+jahre?\s+|dem\s+(?=\d)|l['’](?:année|an)\s+|the\s+year\s+)?"
    rf"(?P<rest>(?:\d{{1,2}}(?:er|º|°|\.)?\s+(?:de\s+)?{MONTH_PATTERN}\s+(?:de\s+)?)?[^.;]{{4,40}}?)"
    rf"\b(?:{_BELONGS})\b{_MEMBERS_AS_SUBJECT}")
_SINCE_THEN_MEMBER = compile_guarded(_SINCE_THEN_MEMBER_WORDS, re.IGNORECASE)
_LOWERED_SINCE_THEN_MEMBER = compile_guarded(_SINCE_THEN_MEMBER_WORDS)  # in a lowered sentence
# "del": a joining named by its year, "l'adesione del 2009".
# A part of the year, the year after it: "fin 2015", "au printemps 2015", "at the end of 2015", "in early 2015", "a
# finales de 2015", "alla fine del 2015", "nel corso del 2015"; the joining is dated by that year.
_PART_OF_THE_YEAR = (r"\b(?:(?:à\s+la|au|en|dans\s+le|at\s+the|in(?:\s+the)?|a|a\s+la|en\s+el|alla|al|nella|nel)\s+)?"
                     r"(?:fin|début|courant|printemps|été|automne|hiver|end|beginning|start|early|late|mid-?|spring"
                     r"|summer|autumn|fall|winter|finales|principios|comienzos|mediados|primavera|verano|otoño"
                     r"|invierno|fine|inizio|metà|corso|estate|autunno|inverno)"
                     r"\s*(?:de\s+l['’]année|del\s+año|dell['’]anno|de|d['’]|del|of(?:\s+the\s+year)?|di|dell['’])?\s*"
                     r"(?=(?:1[89]|20)\d\d\b)")
_DATE_CUE = re.compile(rf"{_PART_OF_THE_YEAR}|\b(?:en\s+)?el\s+año\s+|\bnell['’]anno\s+|\bin\s+the\s+year\s+"
                       r"|\b(?:en|le|depuis|in|on|since|im\s+jahre?|im|am|seit|el|desde|nel|dal|del|erfolgte|erfolgt)\s+"
                       # a day after Italian's article: "ha aderito il 24 novembre 2025" (not "entro il 2020")
                       r"|\bil\s+(?=\d{1,2}[°º]?\s+[^\W\d])|\bl['’](?=\d{1,2}[°º]?\s+[^\W\d])"
                       r"|\bnell['’]\s*"
                       # "L'adesione ... risale al 2009", "la adhesión ... se remonta a 2009"
                       r"|\b(?:risale\s+al|se\s+remonta\s+al?)\s+"
                       # "L'adhésion de Paris à Eurocities date de 1991", "remonte à 1991"
                       r"|\b(?:date|remonte)\s+(?:de|à)\s+|\bdès\s+"
                       # "La adhesión de Madrid a Metrópolis data de 1985"
                       r"|\bdata\s+de\s+"
                       # the council's decision that joined: "par une délibération du 12 mars 1991"
                       r"|\b(?:délibération|décision|vote)\s+du\s+",
                       re.IGNORECASE)
_JOIN_WINDOW = 80
_PERSON_END = (r"(?=\s*(?:[,;.()]|$)|\s+(?:depuis|et|qui|réunit|rassemble|since|and|which|who|seit|und|der|die"
               r"|desde|y|que|dal|e|che)\b)")
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
    rf"{_IN_OFFICE_SINCE}by|(?:unter\s+dem\s+)?vorsitz\s+von|präsidiert\s+von|presidid[ao]s?\s+{_IN_OFFICE_SINCE}por"
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
# An initial after the first name is part of it: "Michael R. Bloomberg".
_NAME = rf"(?<![\w\-])[{_UPPER}][\w\-]+(?:\s+[{_UPPER}]\.)?(?:\s+[{_UPPER}][\w\-]+){{1,2}}"
# A surname that opens with a lowercase particle: "Maria van der Linden", "Juan de la Cruz Fernández".
_PARTICLES = r"(?:van|von|de|da|das|dos|del|della|di|du|der|den|la|le|ter|ten|zu)"
_NAME_WITH_PARTICLES = (rf"(?<![\w\-])[{_UPPER}][\w\-]+(?:\s+[{_UPPER}][\w\-]+)?(?:\s+(?i:{_PARTICLES})){{1,2}}"
                        rf"\s+[{_UPPER}][\w\-]+(?:\s+[{_UPPER}][\w\-]+)?")
# The titles written before a name: "Cllr Robert Brown", "Lord Provost", "der Regierende Bürgermeister", "Hamburgs
# Erster Bürgermeister"; courtesy titles too ("Mme Anne Hidalgo", "Frau", "Sra.", "Dott.ssa"), no part of the name.
_TITLE = (rf"(?:[{_UPPER}]\w+s\s+)?(?:(?i:regierenden?|erster?n?)\s+)?{_MAYOR}|Lord\s+(?:Mayor|Provost)|Provost|Cllr\.?"
          r"|Councillor|Coun\.|Hon\.|Ald\.|Alderman|Bgm\.|Lic\.|Avv\.|Senator(?:in)?|Dr\.?|Prof\.?"
          r"|M\.|Mme\.?|Madame|Monsieur|Mrs?\.?|Ms\.?|Frau|Herr|Sra?\.|Señora?|Dott(?:\.(?:ssa)?|oressa)|Sig\.(?:ra)?")
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
    rf"|en\s+funciones)\s+)?"
    rf"(?:(?i:des\s+netzwerks|du\s+réseau|of\s+the\s+network|de\s+la\s+red|della\s+rete|de\s+l['’]union"
    rf"|of\s+the\s+union|der\s+union|de\s+la\s+unión|dell['’]unione|de\s+l['’]association|of\s+the\s+association"
    rf"|des\s+verbands|de\s+la\s+asociación|dell['’]associazione"
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
# traditionell der Bürgermeister von Hiroshima, derzeit Kazumi Matsui", "la presidencia la ocupa actualmente ...".
_CHAIR_HELD_BY = re.compile(
    rf"\b(?=[vp])(?:(?:vorsitz|präsidentschaft)\s+(?:hat|hält|führt)|presidencia\s+(?:del?\s+[^,.;]{{1,40}}?\s+)?(?:la\s+)?"
    rf"(?:ocupa|ostenta|ejerce|recae\s+en)"
    rf"|presidenza\s+(?:(?:di|del|della|dell['’])\s*[^,.;]{{1,40}}?\s+)?è\s+affidata\s+a)\s+"
    rf"(?:(?:derzeit|aktuell|zurzeit|gegenwärtig|traditionell|actualmente|hoy|seit\s+\d{{4}}|desde\s+\d{{4}}"
    rf"|attualmente|oggi|tradicionalmente|tradizionalmente)\s+)?"
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
# "Quarante-cinq ans après sa fondation à Québec": where, without when.
_FOUNDATION_PLACE = compile_guarded(rf"\b(?:sa|leur) fondation,? à (?P<place>{_PLACE})", re.IGNORECASE)
# The network, then who presides it after an inverted verb: "Eurocities, que préside Dario Nardella": the network is
# the one named before.
_THAT_NAME_PRESIDES = re.compile(rf"\b(?i:que)\s+(?i:préside|preside)\s+"
                                 rf"(?:(?i:aujourd['’]hui|actuellement|depuis\s+\d{{4}}|actualmente|hoy|desde\s+\d{{4}})\s+)?"
                                 rf"(?P<who>{_NAME})")
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
# Rossi". Present tense only, as above. Spanish "la preside" after an adverb of time only: in Italian "la preside
# Maria Rossi" names a head teacher. The date may name its month: "Desde noviembre de 2023 la preside ...".
_PRONOUN_PRESIDES_THEN_NAME = re.compile(
    rf"(?:\b(?i:la|lo)\s+presiede|\b(?i:actualmente|hoy|ahora|hoy\s+en\s+día"
    rf"|desde\s+(?:(?:(?i:el)\s+\d{{1,2}}\s+(?i:de)\s+)?(?i:{MONTH_PATTERN})\s+(?i:de\s+)?)?\d{{4}}),?\s+(?i:la|lo)\s+preside)"
    rf"\s+(?:(?i:el|la|il)\s+{_MAYOR}\s+(?i:de|di|del)\s+{_PLACE},?\s+)?(?P<who>{_NAME})")
# "Al frente de CGLU está Carlos Martínez", "Alla guida di CGLU c'è Carlo Rossi": the network checked by the caller.
_AT_THE_HEAD_OF = re.compile(
    rf"\b(?i:al\s+frente\s+(?:de|del)|alla\s+guida\s+(?:di|del|della|dell['’]))\s*(?P<whose>[^,.;:]{{1,50}}?)\s+"
    rf"(?i:está|se\s+encuentra|c['’]è|è|si\s+trova)\s+(?:(?i:actualmente|attualmente|hoy|oggi)\s+)?"
    rf"(?:(?i:el|la|il)\s+)?(?:{_MAYOR}\s+(?i:de|di|del)\s+{_PLACE},?\s+)?(?P<who>{_NAME}){_PERSON_END}")


# "Al frente de la red está ...": the network the paragraph is about.
_THE_NETWORK = re.compile(r"(?i:la\s+|el\s+|l['’]\s*)?(?i:red|rete|organización|organizzazione|asociación"
                          r"|associazione|alianza|alleanza)")


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


_SINCE_OPENING_THE_VALUE = re.compile(r"(?:(?:since|depuis|seit|desde|dal)\s+)?", re.IGNORECASE)
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
        if _NO_FIXED_SEAT.match(sentence, start):
            return []
        if administration := _CITY_ADMINISTRATION.match(sentence, start):
            return [Claim("headquarters", administration.group("place") or administration.group("place_first"), 0)]
        place = (_ADDRESS_CITY.search(sentence, start) or _CITY_OF_A_HOUSING_ORGANISATION.match(sentence, start)
                 or re.compile(_PLACE).match(sentence, start))
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
    unit = {"member_cities": "cities", "member_associations": "associations"}.get(attribute, "countries")
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
_LABELS_WITHOUT_COLON = ("headquarters", "founded", "created", "member_cities", "member_countries", "founded_place")
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
    # das Bündnis", "Hoy cuenta con"), a network's own noun (German writes nouns with a capital) name no place
    r"(?!(?:der|die|das|elle|il|it|sie|es|ella|essa|esso|elles|ils|they|this|cette|esta|questa|diese|inzwischen|heute|derzeit"
    r"|aktuell|mittlerweile|jetzt|nun|bereits|insgesamt|weltweit|europaweit|bundesweit|hoy|actualmente|ya|oggi"
    r"|attualmente|ora|today|now|currently|aujourd|actuellement|désormais|netzwerk|bündnis|verband|städtebund"
    r"|verein|network|réseau|red|rete|association|asociación|associazione|organisation|organización|organizzazione"
    r"|alliance|alianza|alleanza|allianz|union|unión|unione|initiative|plattform|platform|plataforma|piattaforma"
    r"|forum|foro)\b)"
    r"(?P<place>(?-i:[A-ZÀ-Þ][a-zà-ÿ'’-]+)(?:\s+(?-i:[A-ZÀ-Þ][a-zà-ÿ'’-]+))?)\s+(?:(?:now|already|today)\s+)?"
    r"(?:compte|counts|has|zählt|hat|cuenta\s+con|tiene|suma|conta|ha|annovera)\s+(?:[^\W\d_]+\s+){0,3}?",
    re.IGNORECASE)
_MEMBERS_OF_AFTER = re.compile(
    r"\s+(?:[^\W\d_]+\s+){0,2}?(?:membres?|members?|miembros?|membri|aderenti|adhérentes?|adheridas|mitglieder)\s+"
    r"(?:(?:du|de|des|of|del|della|di|alla|al|a|to|der)\b|d['’]|dell['’])"
    r"|\s+(?:mitglieds\w+|member\s+[^\W\d_]+)\s+(?:des|der|von|of)\b", re.IGNORECASE)


def _counts_a_named_places_members(sentence: str, count: Count) -> bool:
    """The count's clause opens with a place, not a network, that has that many of the network's members."""
    if not _MEMBERS_OF_AFTER.match(sentence, count.end):
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
_NETWORK_NOUNS = re.compile(
    r"réseau|association|organisation|organization|alliance|union|fédération|network|federation|red|rete"
    r"|asociación|associazione|federación|federazione|organización|organizzazione")


def _place_up_to_a_network(found: re.Match, mentions: list[NetworkMention]) -> str | None:
    """"nace en Montreal Metropolis, la asociación ...": the capitalised words after it name the network."""
    start, end = found.span("place_before")
    cut = min((mention.start for mention in mentions if start < mention.start < end), default=end)
    return found.string[start:cut].strip() or None


def _founds_another_subject(sentence: str, verb_start: int, mentions: list[NetworkMention]) -> bool:
    """A common noun that names no network is the subject; unless the caller knows it for the network ("l'initiative"
    under the Covenant of Mayors' heading)."""
    if subject := _COMMON_NOUN_SUBJECT.fullmatch(sentence, 0, verb_start):
        return not (_NETWORK_NOUNS.fullmatch(subject.group("noun")) or _names(subject, mentions))
    if sentence[:verb_start].strip() or not (subject := _COMMON_NOUN_AFTER_OPENING.match(sentence, verb_start)):
        return False
    return not (any(_NETWORK_NOUNS.fullmatch(word) for word in subject.group("noun").split())
                or _names(subject, mentions))


def _names(subject: re.Match, mentions: list[NetworkMention]) -> bool:
    return any(mention.start == subject.start("noun") for mention in mentions)


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


# An active founding verb founds its object: "Eurocities a lancé en 2019 un programme", "Eurocities launched its
# awards in 2019", "Eurocities hat 2019 das Projekt ins Leben gerufen"; a network's founding only when its object names
# one ("six villes ont fondé Eurocities en 1986"), not verbs of being born ("l'AIMF a vu le jour en 1979").
_FOUNDING_WORD = re.compile(rf"(?:{_FOUNDING_WORDS})\b", re.IGNORECASE)
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
                sentence, found.start(), mentions):
            continue
        verb = _FOUNDING_WORD.match(sentence, found.start())
        if verb and _object_of_an_active_verb(sentence, found.start(), verb.end(), mentions) is False:
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
_NETWORK_IN_A_CLAUSE = re.compile(
    r"\b(?:réseau|network|red|rete|netzwerk|association|asociación|associazione|organisation|organization"
    r"|organización|organizzazione|alliance|verband|bündnis|it|elle|sie)\b", re.IGNORECASE)


def _city_where_founded(sentence: str, mentions: list[NetworkMention]) -> list[Claim]:
    claims = []
    for found in _CITY_WHERE_FOUNDED.finditer(sentence):
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
_FOUNDERS_CHARS = 60


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
    r"(?:[\w-]*(?:netzwerk|städtebund|verband|bund|réseau|network|red|rete|association|asociación|associazione)\s+)?"
    r"[„“\"«»]?\s*", re.IGNORECASE)
_FOUNDERS_CHARS = 100


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
        if not (_FOUNDED_OBJECT.fullmatch(sentence, object_start, mention.start) or any(
                _FOUNDED_OBJECT.fullmatch(sentence, article.start(), mention.start)
                for article in _OBJECT_ARTICLE.finditer(sentence, object_start, mention.start))):
            continue
        year = entry.group("year")
        claims = [Claim("founded", year, verb.start(), value_date=year, about=mention)]
        place = place_after or _ENTRY_PLACE.match(sentence, entry.end())
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
    r"|wo\s+(?:sich\s+)?(?:(?:bis|noch)\s+heute\s+|heute\s+)?(?:sein|ihr|die|der|das)e?\s+(?:\w+e\s+)?"
    r"(?:sitz|sekretariat|geschäftsstelle)"
    r"|dort\s+(?:hat|befindet\s+sich)\s+(?:(?:es|sie|er)\s+|(?:der|die|das)\s+(?:verein|verband|netzwerk|bündnis"
    r"|organisation)\s+)?(?:(?:bis|noch)\s+heute\s+|heute\s+)?(?:sein|ihr|die|der|das)e?n?\s+"
    r"(?:\w+e\s+)?(?:sitz|sekretariat|geschäftsstelle)"
    # the place as "the city", named before: "nata a Orvieto, ha sede tuttora nella città umbra", "in Frankfurt
    # gegründet, hat bis heute ihren Sitz in der Stadt" (not "in der Stadt Bonn", "in the city of Bonn")
    r"|(?:sitz|sekretariat|geschäftsstelle)\s+(?:(?:bis|noch)\s+heute\s+|heute\s+|weiterhin\s+)?in\s+der\s+stadt(?!\s+(?-i:[A-ZÄÖÜ]))"
    r"|(?:siège|secrétariat)\s+(?:est\s+|reste\s+)?(?:toujours\s+|aujourd['’]hui\s+)?dans\s+(?:la|cette)\s+ville"
    r"(?!\s+(?:de|d['’]|du|des)\b)(?:\s+(?-i:[a-zà-ÿ]+))?"
    r"|(?:headquarters|head\s+office|secretariat|seat)\s+(?:(?:is|are|remains?)\s+)?(?:still\s+)?in\s+the\s+city(?!\s+(?:of\b|(?-i:[A-Z])))"
    r"|(?:sede|secretar[íi]a(?:do)?)\s+(?:todavía\s+|aún\s+|hoy\s+)?en\s+(?:la|esta)\s+ciudad"
    r"(?!\s+(?:de|del)\b)(?:\s+(?-i:[a-zá-ú]+))?"
    r"|(?:sede|segretariato)\s+(?:tuttora\s+|ancora\s+|oggi\s+)?(?:nella|in\s+questa)\s+città"
    r"(?!\s+(?:di|del|della)\b)(?:\s+(?-i:[a-zà-ù]+))?"
    r"|donde\s+(?:tiene|mantiene|conserva)\s+(?:todavía\s+|aún\s+|hoy\s+)?su\s+(?:sede|secretar[íi]a(?:do)?)"
    r"|dove\s+ha\s+(?:tuttora\s+|ancora\s+|oggi\s+)?(?:la\s+)?(?:sua\s+)?(?:sede|segretariato)"
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
_PLACE_NAMED = re.compile(rf"\b(?:à|in|en|a)\s+(?!{MONTH_PATTERN})(?P<place>{_PLACE})", re.IGNORECASE)


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
# in Brüssel", "Die Geschäftsstelle des Netzwerks liegt in Brüssel".
_SEAT_OF_EN_DE = re.compile(
    r"\b(?i:headquarters|head\s+office|secretariat|seat|(?:haupt)?sitz|(?:welt|general)?sekretariat"
    # "Die Hauptgeschäftsstelle des Verbandes befindet sich in Berlin"
    r"|(?:haupt|bundes)?geschäftsstelle)"
    r"\s+(?P<whose>(?i:of|von|des|der)\s+[^,.;:]{1,50}?)"
    r"\s+(?i:is|are|ist|liegt|befindet\s+sich"
    r"|remains?|stays?|bleibt|verbleibt)"
    r"(?:\s+(?i:still|nach\s+wie\s+vor|weiterhin|noch\s+immer|immer\s+noch|heute\s+noch|noch\s+heute))?"
    r"\s+(?i:(?:located|based|situated)\s+)?(?i:in)\s+"
    rf"(?P<place>{_PLACE})")


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
_NETWORK_AS_ITS_SUBJECT = re.compile(
    r"(?:la|le|l['’]|the|el|il|lo|die|der|das)\s*(?:réseau|association|organisation|union|fédération|alliance|network"
    r"|organi[sz]ation|federation|netzwerk|verband|bündnis|red|asociación|organización|federación|alianza|rete"
    r"|associazione|organizzazione|federazione|alleanza)\b", re.IGNORECASE)
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


# A network's name then a continent's or a country's names its chapter there: "das Klimabündnis Österreich mit Sitz in
# Wien", "UCLG Africa, headquartered in Rabat", "ICLEI Europe, basé à Fribourg". The seat that follows is the chapter's.
_CHAPTER_AFTER_NETWORK = re.compile(
    r"\s+(?:Europe|Europa|Afrique|Africa|África|Afrika|Asie|Asia|Asien|Océanie|Oceania|Oceanía|Ozeanien|Pacific"
    r"|Amérique\s+latine|Latin\s+America|América\s+Latina|Lateinamerika|Middle\s+East|North\s+America"
    r"|Österreich|Deutschland|Schweiz|Suisse|Svizzera|France|Frankreich|Francia|Italia|Italy|Italien|España|Spain"
    r"|Spanien|Belgique|Belgium|Belgien|Nederland|Netherlands|Portugal|Canada|Kanada|Japan|Australia|Australien"
    r"|UK|USA)\b")
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
                    or _named_in_apposition(sentence, section.end(), seat_start, mentions)
                    or _the_section_of_a_network_named_before(sentence, section.start(), mentions))
               for section in _NATIONAL_SECTION.finditer(sentence, start, seat_start))


def _the_section_of_a_network_named_before(sentence: str, section_start: int, mentions: list[NetworkMention]) -> bool:
    """A network named right before the section in apposition, not the one the section belongs to ("Der RGRE,
    deutsche Sektion des RGRE" names the section by its parent's name: no network of its own)."""
    return any(mention.end <= section_start and _APPOSITION_OPENS.fullmatch(sentence, mention.end, section_start)
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


# The seat in a country whose capital bears its name, which French and Italian write with the article contracted with
# the preposition: "dont le siège est au Koweït", "son secrétariat est installé au Luxembourg", "la cui sede è nel
# Kuwait", "ha sede nel Lussemburgo". Any other country after "au", "nel" is no seat ("installée au Québec").
_CITY_STATE = r"(?-i:Koweït|Kuwait|Luxembourg|Lussemburgo|Panama|Panamá)"
_SEAT_WITH_CONTRACTED_ARTICLE = compile_guarded(
    r"\b(?:(?:siège|secrétariat)(?:\s+(?:social|mondial|permanent|général|international))?\s+"
    r"(?:est|se\s+trouve|se\s+situe)(?:\s+(?:installé|situé|établi|basé|hébergé))?\s+au"
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
        claims += _seats_by_address(sentence, mentions)
    if not claims and (there := _SEAT_THERE.search(sentence) or _SEAT_WHERE_IT_IS.search(sentence)):
        places = list(_PLACE_NAMED.finditer(sentence, 0, there.start()))
        if places:
            claims.append(Claim("headquarters", places[-1].group("place"), there.start()))
    return claims


_BARE_YEAR_AFTER = re.compile(r"\s+(?P<year>(?:1[89]|20)\d\d)\b(?![.,]\d)")
# "Roma aderisce a Eurocities, la rete fondata nel 1986": that date is the founding, not the joining.
_FOUNDING_BEFORE_DATE = compile_guarded(rf"\b(?:{_FOUNDING_WORDS})\s*$", re.IGNORECASE)


def _first_date_after(sentence: str, start: int, base: date | None) -> str | None:
    for cue in _DATE_CUE.finditer(sentence, start, min(len(sentence), start + _JOIN_WINDOW)):
        if _FOUNDING_BEFORE_DATE.search(sentence, max(0, cue.start() - 30), cue.start()):
            continue
        dated = date_at(sentence, cue.end(), base)
        if dated:
            return dated[0].iso()
    return None


# "En 2008, la Ville a adhéré", "Im Jahr 1994 trat Stuttgart bei": the date opens the sentence, the verb follows.
# "C'est en 2008 que Bordeaux a rejoint l'OVPM", "It was in 2008 that the city joined": the same, as a cleft.
_OPENING_DATE = re.compile(
    r"^(?:(?:c['’]est|it\s+was|fue|è\s+stat[oa])\s+)?(?:"
    # a part of the year first: "Fin 2015, la ville a adhéré", "In early 2015 the city joined", "A finales de 2015"
    rf"{_PART_OF_THE_YEAR}|(?:en|in|im(?:\s+jahr[e]?)?|nel|el|a)\s+"
    # a day: "Le 12 mars 2009, le conseil municipal a voté l'adhésion", "On 3 May 2011 the council joined"
    r"|(?:le|on|am|el|il)\s+(?=\d)"
    r"|par\s+(?:une\s+)?(?:délibération|décision)\s+du\s+)", re.IGNORECASE)


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


# A timeline's entry: "2010 : la Ville adhère à Eurocities", "2015 – City joins Eurocities".
_TIMELINE_ENTRY_DATE = re.compile(r"(?=(?:1[89]|20)\d\d\s*(?:[:–—,]|-\s))"
                                  # German puts the verb right after it: "2002 wird die Stadt Mitglied"
                                  r"|(?=(?:1[89]|20)\d\d\s+(?:wird|tritt|schlie(?:ß|ss)t)\b)"
                                  # and in the past: "2010 unterzeichnete die Stadt den Konvent", "1993 trat sie bei"
                                  r"|(?=(?:1[89]|20)\d\d\s+(?:unterzeichnete|trat|wurde|beschloss)\b)")


# A joining dated from its start, the date opening the sentence: "Dal 2008 Parma aderisce a", "Depuis 2012, Lyon
# adhère à"; or after a short adverbial: "L'année suivante, en 2016, la Ville a adhéré", "Two years later, in 2016,".
_SINCE_OPENING = re.compile(r"^(?:depuis|since|seit|desde|dal|dall['’])\s*", re.IGNORECASE)
_LATER_OPENING = re.compile(r"^[^,;.:]{3,30},\s+(?:en|in|im(?:\s+jahr[e]?)?|nel|el)\s+(?=(?:1[89]|20)\d\d,)",
                            re.IGNORECASE)


def _date_opening_the_clause(sentence: str, verb_start: int, base: date | None) -> str | None:
    opening = (_OPENING_DATE.match(sentence) or _TIMELINE_ENTRY_DATE.match(sentence) or _SINCE_OPENING.match(sentence)
               or _LATER_OPENING.match(sentence))
    if opening is None or verb_start - opening.end() > _JOIN_WINDOW:
        return None
    dated = date_at(sentence, opening.end(), base)
    if dated and dated[0].month is None and not _SINCE_OPENING.match(sentence):
        return _with_the_month_of_the_clause(sentence, dated, verb_start)
    return dated[0].iso() if dated else None


# A month named without its year in the joining's clause: "2014: Im Oktober tritt die Stadt ... bei", "2016 : en mars,
# la Ville adhère à", "2019 – In May the city joins", "2015: en diciembre Burgos ingresa en", "2008: a febbraio il
# Comune aderisce"; its year is the one the clause opens with.
_MONTH_ALONE = re.compile(
    rf"\b(?:im|in|en|au\s+mois\s+(?:de|d['’])|a|ad|nel(?:\s+mese\s+di)?|el\s+mes\s+de|de)\s+(?P<month>{MONTH_PATTERN})"
    r"(?!\s*(?:de\s+|del\s+)?\d)", re.IGNORECASE)
_MONTH_AFTER_THE_VERB_CHARS = 30
_YEAR_AFTER_A_MONTH_CHARS = 12
# Where the joining's clause ends after its verb: a clause mark, or a relative clause about something else.
_JOINING_CLAUSE_ENDS = re.compile(r"[,;:.()]|\b(?:qui|que|which|that|die|der|das|dem|che|cui|où|where|wo)\b",
                                  re.IGNORECASE)


def _with_the_month_of_the_clause(sentence: str, dated: tuple[PartialDate, int], verb_start: int) -> str:
    year, end = dated
    ends = _JOINING_CLAUSE_ENDS.search(sentence, verb_start, verb_start + _MONTH_AFTER_THE_VERB_CHARS)
    limit = ends.start() if ends else verb_start + _MONTH_AFTER_THE_VERB_CHARS
    month = _MONTH_ALONE.search(sentence, end, limit + _YEAR_AFTER_A_MONTH_CHARS)  # a year after the month is seen
    if month is None or month.end() > limit or _CLAUSE_BREAK.search(sentence, month.end(), verb_start):
        return year.iso()
    return replace(year, month=month_number(month.group("month"))).iso()


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


# A timeline entry's year, then its text opening with a finer date of that year: "2009: Im Juli 2009 wird Mannheim
# in Eurocities aufgenommen", "2016 : le 3 mars 2016, la Ville adhère", "2009: In July 2009 Leeds joined": the
# joining or the founding the entry dates by its year is of that date.
_ENTRY_YEAR_THEN_TEXT = re.compile(r"(?P<year>(?:1[89]|20)\d\d)\s*(?:[:–—,]|-(?=\s))\s*")


def _with_the_entrys_finer_date(sentence: str, claims: list[Claim], base: date | None) -> list[Claim]:
    if (entry := _ENTRY_YEAR_THEN_TEXT.match(sentence)) is None:
        return claims
    year = int(entry.group("year"))
    opening = _OPENING_DATE.match(sentence[entry.end():])
    finer = date_at(sentence, entry.end() + opening.end(), base) if opening else None
    if finer is None and (alone := _MONTH_ALONE.match(sentence, entry.end())):  # "2016 : en mars, la Ville adhère"
        finer = PartialDate(year, month_number(alone.group("month")), None), alone.end()
    if finer is None or finer[0].year != year or finer[0].month is None:
        return claims
    return [replace(claim, value=finer[0].iso(), value_date=finer[0].iso())
            if claim.attribute in ("joined", "founded") and claim.value == entry.group("year")
            and claim.position >= finer[1] else claim for claim in claims]


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


# A timeline entry opening on the signing of a pact the network is: "2016: Con la firma del Patto dei Sindaci il Comune
# si impegna ...", "2010: signature de la Convention des maires", "2010: Unterzeichnung des Konvents der
# Bürgermeister"; the network named right after the noun is what was signed (not "firma di un accordo con ...").
_SIGNING_OPENS_THE_ENTRY = re.compile(
    r"(?:1[89]|20)\d\d\s*(?:[:–—,]|-\s)\s*(?:(?:con\s+la|with\s+the|avec\s+la|mit\s+der|by)\s+)?"
    r"(?:firma|sottoscrizione|signature|signing|unterzeichnung)\s+"
    r"(?:del|della|dello|dell['’]|de\s+la|de\s+l['’]|du|des|of\s+the|of|der|dem)\s*", re.IGNORECASE)


def _network_signed_in_a_timeline_entry(sentence: str, base: date | None, mentions: list[NetworkMention]
                                        ) -> list[Claim]:
    entry = _SIGNING_OPENS_THE_ENTRY.match(sentence)
    named = next((mention for mention in mentions if entry and mention.start == entry.end()), None)
    when = date_at(sentence, 0, base) if named else None
    return [Claim("joined", when[0].iso(), entry.start(), value_date=when[0].iso(), about=named)] if when else []


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


# "Paris a signé le Pacte de Milan en 2015", "Edinburgh signed the Covenant of Mayors in 2009": a city joins a pact
# by signing it (the network named right after the verb: signing a declaration is not joining).
# An adverb may part the auxiliary from the participle: "a déjà signé", "ha già sottoscritto", "ha ya suscrito".
_SIGNED = re.compile(r"\b(?:a\s+(?:déjà\s+|aussi\s+|également\s+)?signé|signe|signed|signs|firm[óo]"
                     r"|ha\s+(?:già\s+|anche\s+)?(?:firmato|sottoscritto)|firma|unterzeichnete|unterzeichnet"
                     r"|suscribi[óo]|ha\s+(?:ya\s+|también\s+)?suscrito|sottoscrive)\s+"
                     # German puts the subject after the verb, behind an opening date: "2010 unterzeichnete die Stadt"
                     r"(?:(?<=unterzeichnete )(?:die\s+(?:Stadt|Landeshauptstadt|Hansestadt)|(?-i:[A-ZÄÖÜ]\w+))\s+)?"
                     r"(?:(?:le|la|l['’]|the|el|il|lo|den|das|die|dem)\s*)?", re.IGNORECASE)
_SIGNING_HINT = re.compile(r"sign|firm|unterzeichn|suscri|sottoscri")
# "signed the Eurocities declaration", "firmó la Carta de Eurocities", "signed the UK100 Net Zero Pledge": a text of
# the network, not the network.
_A_TEXT_OF_THE_NETWORK = re.compile(
    r"(?:\s+(?-i:[A-Z0-9])[\w-]*){0,2}\s+(?:declaration|charter|pledge|appeal|manifesto|statement|call|déclaration|charte|appel|erklärung|charta"
    r"|aufruf|declaración|carta|manifiesto|dichiarazione|appello)\b", re.IGNORECASE)


# German puts the participle last: "Die Stadt hat 2010 den Konvent der Bürgermeister unterzeichnet".
_SIGNED_LAST = re.compile(r"\s+(?:unterzeichnet|unterschrieben)\b")
_YEAR_BEFORE_THE_SIGNED = re.compile(r"\b(?P<year>(?:1[89]|20)\d\d)\s+(?:den|das|die)\s+$")


# The pact signed as a pronoun: "Palma lo suscribió en 2009", "Namur l'a signée en 2013", "Leeds signed it in 2009",
# "Modena lo ha sottoscritto nel 2009", "Namur s'y est engagée en 2013"; whether the pronoun stands for a pact is the
# caller's to check (its section's network).
_SIGNED_IT = re.compile(
    r"\b(?:l['’]a\s+(?:signée?|ratifiée?)|s['’]y\s+est\s+engagée?|signed\s+(?:up\s+to\s+)?it|(?:lo|la)\s+(?:suscribi[óo]"
    r"|firm[óo]|ha\s+(?:suscrito|firmado))|(?:lo|l['’])\s*(?:ha\s+)?(?:sottoscritt[oa]|firmat[oa]|sottoscrisse|firmò))\b",
    re.IGNORECASE)


def signed_it(sentence: str, base: date | None) -> Claim | None:
    """The city's signing of a pact the sentence names by a pronoun, dated after the verb or at the clause's opening."""
    verb = _SIGNED_IT.search(sentence)
    when = verb and (_first_date_after(sentence, verb.end(), base)
                     or _date_opening_the_clause(sentence, verb.start(), base))
    return Claim("joined", when, verb.start(), value_date=when) if when else None


def _signed(sentence: str, base: date | None, mentions: list[NetworkMention]) -> list[Claim]:
    claims = []
    for mention in mentions:
        year = _SIGNED_LAST.match(sentence, mention.end) and _YEAR_BEFORE_THE_SIGNED.search(
            sentence, max(0, mention.start - 30), mention.start)
        if year:
            when = year.group("year")
            claims.append(Claim("joined", when, year.start(), value_date=when, about=mention))
    for verb in _SIGNED.finditer(sentence):
        named = next((mention for mention in mentions if mention.start == verb.end()), None)
        if named is None:
            claims += _signed_then_dated(sentence, verb, base, mentions)
            continue
        if _A_TEXT_OF_THE_NETWORK.match(sentence, named.end):
            continue
        when = (_first_date_after(sentence, named.end, base)
                or _date_opening_the_clause(sentence, verb.start(), base))
        if when:
            claims.append(Claim("joined", when, verb.start(), value_date=when, about=named))
    return claims or _signed_in_a_relative(sentence, base, mentions)


# The pact as the antecedent of a relative clause whose verb is the signing: "the Global Covenant of Mayors, which
# Wellington first signed in 2016", "la Convention des maires, que Lyon a signée en 2012", "el Pacto de los Alcaldes,
# que Madrid firmó en 2012", "il Patto dei Sindaci, che Vicenza ha sottoscritto nel 2012", "den Konvent der
# Bürgermeister, den Wien 2012 unterzeichnet hat". Its subject is one signatory, with no figure ("which 11,000 cities
# have signed since 2008", "que des milliers de villes ont signée" date no one's joining).
_RELATIVE_SIGNED = re.compile(
    r",\s+(?i:which|that|que|qu['’]|che|den|das|die)\s+(?P<subject>[^\d,.;]{1,50}?)\s+(?P<year>(?:1[89]|20)\d\d\s+)?"
    r"(?i:signed|signée?s?|firm[óo]|firmad[oa]|firmat[oa]|sottoscritt[oa]|suscrit[oa]|suscribi[óo]"
    r"|unterzeichnet(?:e|\s+hat)?)\b")
_MANY_SIGNATORIES = re.compile(
    r"\b(?:cities|towns|councils|villes|communes|collectivités|städte|kommunen|gemeinden|ciudades|municipios|città"
    r"|comuni|members|membres|mitglieder|miembros|membri|signatories|signataires|unterzeichner|firmantes|firmatari"
    r"|mayors|maires|alcaldes|sindaci)\b", re.IGNORECASE)


def _signed_in_a_relative(sentence: str, base: date | None, mentions: list[NetworkMention]) -> list[Claim]:
    claims = []
    for mention in mentions:
        if (found := _RELATIVE_SIGNED.match(sentence, mention.end)) and not _A_TEXT_OF_THE_NETWORK.match(
                sentence, mention.end) and not _MANY_SIGNATORIES.search(found.group("subject")):
            year = found.group("year")
            when = year.strip() if year else _first_date_after(sentence, found.end(), base)
            if when:
                claims.append(Claim("joined", when, found.start("subject"), value_date=when, about=mention))
    return claims


# The date between the verb and the pact it signs: "a signé dès 2009 la Convention des Maires", "signed in 2009 the
# Covenant of Mayors", "firmó en 2009 el Pacto de los Alcaldes", "ha firmato il 24 novembre 2025 il Patto dei Sindaci",
# "unterzeichnete 2009 den Konvent der Bürgermeister"; a press release's day without its year, after "yesterday", and
# the occasion after it: "ha firmato ieri, 16 ottobre, in occasione della Giornata mondiale dell'alimentazione, il Milan
# Urban Food Policy Pact".
_DATE_THEN_THE_PACT = re.compile(
    r"(?:(?:ieri|oggi|yesterday|today|hier|aujourd['’]hui|gestern|heute|ayer|hoy),?\s+)?"
    r"(?:(?:en|in|el|nel|dès|il|am|im\s+jahre?|le|on)\s+)?(?P<date>(?:\d{1,2}\.?\s+(?:de\s+)?[^\W\d]+\s+(?:de\s+)?)?"
    r"(?:1[89]|20)\d\d|\d{1,2}\.?\s+(?:de\s+)?[^\W\d]+(?=,)),?\s+"
    r"(?:(?:in\s+occasione\s+d\w*|à\s+l['’]occasion\s+d\w*|lors\s+d\w*|on\s+the\s+occasion\s+of|con\s+motivo\s+d\w*"
    r"|anlässlich|during|durante)[^,;.]{1,80},\s+)?"
    r"(?:(?:le|la|l['’]|the|el|il|lo|den|das|die|dem)\s*)?", re.IGNORECASE)


def _signed_then_dated(sentence: str, verb: re.Match, base: date | None, mentions: list[NetworkMention]
                       ) -> list[Claim]:
    gap = _DATE_THEN_THE_PACT.match(sentence, verb.end())
    named = gap and next((mention for mention in mentions if mention.start == gap.end()), None)
    dated = named and not _A_TEXT_OF_THE_NETWORK.match(sentence, named.end) and date_at(
        sentence, gap.start("date"), base)
    return [Claim("joined", dated[0].iso(), verb.start(), value_date=dated[0].iso(), about=named)] if dated else []


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
_SOMETHING_ELSE_THEN_RELATIVE = compile_guarded(
    r"\b(?:agenda|campagne|campaign|campagna|campaña|kampagne|charte|charter|carta|charta|déclaration|declaration"
    r"|dichiarazione|declaración|erklärung|programme|program|programma|programa|programm|projet|project|progetto"
    r"|proyecto|projekt|initiative|iniziativa|iniciativa|appel|appeal|appello|llamamiento|aufruf|challenge|défi)\b"
    r"[^,.;]{0,30},?\s+(?:al\s+quale|alla\s+quale|a\s+cui|al\s+que|al\s+cual|a\s+la\s+que|auquel|à\s+laquelle"
    r"|which|dem|der|die)\s+[^,.;]{0,25}$", re.IGNORECASE)


# What follows "et", "and" is another verb's or another object's: "y a adhéré en 1991 et en préside le forum Culture".
_COORDINATION = re.compile(r"\s(?:et|and|und|y|e|puis|then)\s", re.IGNORECASE)


def _joins_something_else(sentence: str, verb_end: int) -> bool:
    clause = _CLAUSE_BREAK.split(sentence[verb_end:verb_end + _JOINED_OBJECT_CHARS], maxsplit=1)[0]
    clause = _COORDINATION.split(clause, maxsplit=1)[0]
    other = _SOMETHING_ELSE_JOINED.search(clause)
    return (bool(other) and not _THE_NETWORK_WORD.search(clause, 0, other.start())
            and not _named_before(clause, other.start()) and not _ends_in_a_name(clause, other.end())
            and not _a_programme_the_network_names(sentence[verb_end:verb_end + _PROGRAMME_NAME_CHARS], other)) or bool(
        _JOINS_A_PART.match(sentence, verb_end) or _joins_people(sentence, verb_end))


# A network that is a programme, called one: "au programme Cités interculturelles", "al programma Intercultural Cities",
# "dem Programm Intercultural Cities", "the 100 Resilient Cities programme"; or a project, called one before its name:
# "al progetto Città Sane dell'OMS", "au projet Villes-Santé de l'OMS" ("the Eurocities project on lighting" is one of
# the network's projects). Not a programme of a network named after a preposition ("le programme Cities4Climate
# d'Eurocities") nor a campaign, a challenge, a forum.
_PROGRAMME_NOUN_ENDS = re.compile(r"\b(?:programmes?|programs?|programas?|programm[ae]?|programmi|projets?|projects?"
                                  r"|progett[oi]|proyectos?|projekte?)$", re.IGNORECASE)
_PROGRAMME_NOUN_NEXT = re.compile(r"\s+(?:programmes?|programs?|programas?|programm[ae]?|programmi)\b", re.IGNORECASE)
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


# After the date a membership began, the end of a span: "from 1998 to 2015", "dal 1998 al 2015", "until 2015".
_ENDED = re.compile(r"\s*(?:(?:to|à|au|a|al|bis|hasta|[–—-])\s*(?:(?:en|el|il)\s+)?(?:1[89]|20)\d\d"
                    r"|,?\s*(?:until|till|jusqu|hasta|fino|bis)\b)", re.IGNORECASE)


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
        if _joins_something_else(sentence, verb.end()) or _PART_THEN_RELATIVE.search(
                sentence, max(0, verb.start() - 80), verb.start()) or _SOMETHING_ELSE_THEN_RELATIVE.search(
                sentence, max(0, verb.start() - 80), verb.start()):
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
            claims.append(Claim("joined", when, verb.start(), value_date=when))
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
    return claims or _joined_since_then(sentence)


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
_NAME_AFTER_OFFICE = re.compile(rf"(?:\s*\([^()]{{1,40}}\))?,\s+(?:{_DESCRIBING_WORD})?(?P<who>{_NAME}){_PERSON_END}")
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
# "Präsident des Netzwerks ist traditionell der Bürgermeister von Hiroshima, derzeit Kazumi Matsui". No vice-president.
_WHOLE_NETWORKS_TITLE = compile_guarded(
    r"\b(?<!vice[ -])(?<!vice)(?:présidente?|president|chair(?:woman|man|person)?|präsident(?:in)?|presidente"
    r"|presidenta|vorsitzende[r]?)(?P<scope>\s+(?:internationale?|internazionale|internacional|mondial|mundial"
    r"|mondiale))?\s+"
    r"(?:(?P<as_such>du\s+réseau|de\s+l['’]association|of\s+the\s+(?:network|association)|de\s+la\s+red"
    r"|de\s+la\s+asociación|della\s+rete|dell['’]associazione|des\s+netzwerks|des\s+verbands|des\s+vereins)"
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
            claims.append(Claim("president", person.group("who"), title.start(), about=named))
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


# A part of the network named after it: "the Eurocities Culture Forum", "the UCLG Committee on Culture", "the
# Eurocities working group on mobility". Whoever chairs it chairs the part, not the network.
_PART_NAMED_AFTER_NETWORK = re.compile(
    r"(?:['’]s?)?(?:\s+(?!(?:and|or|the|in|since|of)\b)[\w&'’-]+){0,3}?\s+"
    r"(?:forum|(?:working\s+)?group|task\s+force|commission|(?<!executive\s)committee|sub-?group|platform|section"
    # "UCLG's World Council has 340 members": a body of the network
    r"|(?:world|global|political)\s+council|chapter|branch)\b",
    re.IGNORECASE)
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
    """No longer in office: named former just before the claim, in its value, or by a past passive."""
    start = sentence.find(claim.value, claim.position)
    return bool(_FORMER_BEFORE.search(sentence, max(0, claim.position - _FORMER_CHARS), claim.position)
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
    claims += [Claim("president", found.group("who"), found.start())
               for found in _PRONOUN_PRESIDES_THEN_NAME.finditer(sentence)]
    for found in _AT_THE_HEAD_OF.finditer(sentence):
        start, end = found.span("whose")
        named = next((mention for mention in mentions if start <= mention.start < end), None)
        if (named or _THE_NETWORK.fullmatch(found.group("whose"))) and not _VISITING_PARTY.search(found.group("whose")):
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
    rf"(?:(?i:präsident(?:in)?|vorsitzende[rm]?|{_TITLE})\s+)?"
    rf"(?P<who>{_NAME})\s+(?i:(?P<presided>präsidiert)|geleitet|geführt)\b")
# "Den Vorsitz von Eurocities hat Burkhard Jung inne", "An der Spitze von Eurocities steht Burkhard Jung": the
# network, then who holds the office.
_CHAIR_OF_NETWORK_HELD_BY = re.compile(
    rf"\s+(?i:hat|hält|führt|steht)\s+(?:(?i:derzeit|aktuell|zurzeit|seit\s+\d{{4}})\s+)?"
    # "hat der Regierende Bürgermeister von Berlin, Kai Wegner, inne"
    rf"(?:(?i:der|die)\s+(?:{_TITLE})(?:\s+(?i:von)\s+{_PLACE},)?\s+)?(?P<who>{_NAME})"
    rf"(?:,?\s+(?i:inne))?(?=\s*[,;.()]|\s*$|\s+(?i:und|seit)\b)")
# "An der Spitze von Mayors for Peace steht traditionell der Bürgermeister von Hiroshima": an office, by right.
_CHAIR_OF_NETWORK_HELD_BY_OFFICE = re.compile(
    r"\s+(?i:hat|hält|führt|steht)\s+(?:(?i:derzeit|aktuell|traditionell|stets|immer)\s+)?"
    rf"(?P<who>{_MAYOR_OF_PLACE.pattern})(?:\s+(?i:inne))?(?=\s*[,;.()]|\s*$)")
_CHAIR_OF_BEFORE = re.compile(r"(?i:(?:den\s+)?vorsitz|(?:die\s+)?präsidentschaft|an\s+der\s+spitze)"
                              r"\s+(?i:von|des|der|im)\s+$")
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
        if not _CHAIR_OF_BEFORE.search(sentence, max(0, mention.start - 25), mention.start):
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


# Word stems each kind of claim needs: a sentence without any is not searched with that kind's patterns (a
# substring test costs a fraction of a pattern's scan, and most sentences make no claim at all).
_FOUNDING_STEMS = ("cré", "fond", "né", "vu le jour", "voit le jour", "institu", "came into", "existiert", "besteht",
                   "found", "crea", "funda", "entsteht", "born", "birth", "nascita", "nascono", "nacimiento",
                   "launch", "lance", "lanza", "lancia", "startet", "starten",
                   "existed",
                   "founded", "created", "establish", "set up", "formed", "launch", "gegründet", "gründ",
                   "ins leben", "lanc", "lanz", "entstand", "inaugural", "founding", "costitutiv", "se creó", "se creo",
                   " naît", " nait", "nasce ", " nace", "creation", "creación", "creazione",
                   "fundad", "fundó", "fundación", "cread", "naci", "constitu", "costitu", "fondat", "nat", "istituit",
                   "foundation", "fondazione", "en marcha", "naissance",
                   "creat", "vio la luz", "visto la luce", "fundacional", "fondativ", "constitutiv",
                   "born",
                   "fusion", "fusión", "origin", "orígen", "origen", "gründung erfolgte", "tuvo lugar", "avvenuta",
                   "dates back", "dates from", "goes back", "remonte", "se remonta", "risale", "date de",
                   "impulsad", "promovid", "auspiciad", "promoss", "avviat", "initié", "initiated",
                   "iniciad")
_SEAT_STEMS = ("bas", "instal", "domicil", "main office", "beheimatet", "angesiedelt", "hq",
               "implant", "siég", "siège", "head", "seat", "sitz", "sekretariat", "ansässig",
               "radicad", "sede", "secr", "segretariato", "geschäftsstelle", "koordinierungsstelle",
               "ubicad", "con base", "oficinas centrales", "uffici centrali", "office in", "su oficina",
               "segreteria", "run from", "coordinated from", "managed from", "administered from", "depuis",
               "desde", "aus koordiniert", "aus geleitet", "aus gesteuert", "office is", "office are", "oficina",
               "uffici", "büro", "abrite", "ospita", "bureau", "offices", "établi", "establ", "located", "stabilit",
               "insediat", "quartier generale")
_JOINING_STEMS = ("adh", "rejoint", "rejoindre", "intégr", "join", "signed up", "beizutreten", "unirse", "se sum",
                  "became", "diventat", "convirti", "becoming", "se integr", "se ha integr", "pasa a formar",
                  "tritt", "intègr", "entra ", "entre ", "diventa", "unisce", "se une", "associa", "signs up",
                  "signed on",
                  "schließt sich", "schliesst sich", "entrée", "ingreso", "ingresso", "accession", "aufnahme",
                  "entrada", "entry", "enters", "eintritt",
                  "incorpor", "beitr", "beigetr", "angeschlossen", "trat", "uni",
                  "adhir", "ingres", "ader", "ades",
                  "entrat", "signatai", "signator", "unterzeichner", "firmante", "firmatari",
                  "membr", "member", "mitglied", "miembro", "appart", "partie", "belong", "gehört", "pertenece",
                  "parte", "part of", "teil des", "teil der", "teil von", "socio ", "socia ", "socios", "socias",
                  "pertenencia",
                  "ville créative", "ville unesco",
                  "ville refuge", "città creativa", "città unesco", "città rifugio", "ciudad creativa", "ciudad unesco",
                  "ciudad refugio", "creative city", "unesco city", "city of refuge", "zufluchtsstadt", "kreativstadt",
                  "admitted", "signator", "signataire", "unterzeichner", "firmant", "firmatari",
                  "se asoci", "è associat", "fundador", "fondatric", "fondator",
                  "founding", "helped found", "helped to found", "founders", "mitbegründ", "gründungsstadt",
                  "dabei", "an der gründung", "zu den", "cities that", "cities which", "cities who", "villes qui ont",
                  "ciudades que", "città che",
                  "cofond", "co-fond", "à la fondation", "à la création", "entrée au sein", "son entrée",
                  "en la creación", "en la fundación", "alla fondazione", "alla creazione", "in the creation",
                  "rejoign", "admis",
                  "admitid", "ammess", "aufgenommen", "affili", "integrante", "asociad", "iscritt", "involvement",
                  "participation", "participación", "partecipazione",
                  "city of ", "ciudad de", "ciudad del", "ville de", "ville du", "città del", "reconoci", "design",
                  "nombr", "nomm", "labellis", "nominat", "riconosciut")
_PRESIDING_STEMS = ("presid", "présid", "präsid", "chair", "vorsitz", "presied", "leitet", "led by", "headed",
                    "guidat", "encabezad", "al frente", "alla guida", "spitze", "geführt", "steht", "à la tête",
                    "à sa tête")


def _hint(stems: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(literal_alternation(stems))


_FOUNDING_HINT, _SEAT_HINT, _JOINING_HINT, _PRESIDING_HINT = map(
    _hint, (_FOUNDING_STEMS, _SEAT_STEMS, _JOINING_STEMS, _PRESIDING_STEMS))


# Searched in the sentence lowered alike: its words' first letters are told apart there at once.
_SINCE_ITS_FOUNDING_HINT = case_blind_search(re.compile(
    literal_alternation(("depuis", "dès", "since", "from", "seit", "desde", "dal", "von anfang", "da quando",
                         "at its", "sa ", "son ", "en su", "al momento", "alla sua", "bei ")),
    re.IGNORECASE))
_BELONGING = re.compile(rf"\b(?:{_BELONGS})\b", re.IGNORECASE)
# German puts the membership after: "ist seit der Gründung 1986 Mitglied", "ist von Anfang an Mitglied".
_MEMBER_AFTER = re.compile(r"[^.;,]{0,20}?\bmitglied\b", re.IGNORECASE)
_DATE_LINK_AFTER = re.compile(rf"\s*,?\s*{_DATE_LINK}", re.IGNORECASE)


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


def _member_by_the_opening_decision(sentence: str, base: date | None) -> list[Claim]:
    opening = _OPENING_DECISION.match(sentence)
    if opening is None or (decision := _DECISION.search(sentence, 0, opening.end())) is None:
        return []
    dated = next((found for cue in _DECISION_DATE_CUE.finditer(sentence, decision.end(), opening.end())
                  if (found := date_at(sentence, cue.end(), base)) and found[1] <= opening.end()), None)
    member = (_BELONGING.search(sentence, opening.end(), opening.end() + _MEMBERSHIP_AFTER_CHARS)
              or _JOIN_VERB.search(sentence, opening.end(), opening.end() + _MEMBERSHIP_AFTER_CHARS))
    if dated is None or dated[0].day is None or member is None:
        return []
    return [Claim("joined", dated[0].iso(), member.start(), value_date=dated[0].iso())]


# A count ("60 mayors among its founding members") or the founders listed ("Among its founders were Lyon and Milan"):
# not the city.
_ANY_DIGIT = re.compile(r"\d")
_FOUNDERS_LISTED = re.compile(r"\s+(?:were|included|étaient|comptaient|waren|zählten|fueron|erano|estaban|figur\w+)\b",
                              re.IGNORECASE)
# Factored by shared prefixes: a plain alternation under IGNORECASE folds each position's case once per stem
# ("cofondé" and "co-fondateur" hold "fond").
_FOUNDING_MEMBER_HINT = compile_guarded(literal_alternation(("fond", "found", "fundad", "gründ", "mitbegr")),
                                        re.IGNORECASE)


# How long ago, which dates nothing the sentence counts: "Vor mehr als 35 Jahren hat Frankfurt das Klima-Bündnis
# mitbegründet", "Il y a 35 ans, Lyon cofondait le réseau".
_YEARS_AGO = compile_guarded(r"\b\d+\s+(?:jahren|years|ans|años|anni)\b", re.IGNORECASE)


def names_a_founding_member(sentence: str) -> re.Match | None:
    """"La Ville en est membre fondateur", "Edinburgh was one of its founding members", "Lyon a cofondé le réseau":
    the city joined when the network was founded, a date the sentence does not give (how long ago aside)."""
    # the digit test first: it skips the sentence in one scan, the hint folds the case of every letter
    if _ANY_DIGIT.search(sentence) and _ANY_DIGIT.search(_YEARS_AGO.sub("", sentence)):
        return None
    if not _FOUNDING_MEMBER_HINT.search(sentence):
        return None
    found = _FOUNDING_MEMBER_WORDS.search(sentence)
    return None if found is None or _FOUNDERS_LISTED.match(sentence, found.end()) else found


_last_joining_at_founding: tuple[str, re.Match | None] = ("", None)


def joins_at_founding(sentence: str) -> re.Match | None:
    """Where the sentence says the city joined when the network was founded: "membre depuis sa création", "a rejoint
    l'organisation dès sa fondation", "member since its founding". The answer for the sentence last read is kept: the
    claims and then the attribution of the sentence's joining ask it in turn."""
    global _last_joining_at_founding
    if _last_joining_at_founding[0] is not sentence:
        _last_joining_at_founding = (sentence, _joining_at_founding(sentence))
    return _last_joining_at_founding[1]


# The founding with a definite article or the start as such, not another body's: "membre depuis la fondation",
# "a member since the very start", "seit Beginn", "desde la fundación", "socio dalla fondazione" (not "depuis la
# création de la Ville", "since the start of the year").
_SINCE_THE_FOUNDING = compile_guarded(
    r"\b(?:(?:depuis|dès)\s+(?:la\s+(?:fondation|création)|le\s+lancement)"
    r"|since\s+the\s+(?:very\s+)?(?:start|beginning|outset)"
    r"|seit\s+(?:beginn|anbeginn)"
    r"|desde\s+(?:la\s+(?:fundación|creación|constitución)|el\s+lanzamiento)"
    r"|(?:(?:fin|sin)\s+)?dalla\s+(?:fondazione|creazione|nascita|costituzione))\b"
    r"(?!\s+(?:de|du|des|d['’]|of|der|des|del|di|della|dell['’]|dello)\b|['’]s\b)", re.IGNORECASE)


# Since the network, named, was founded: "Nelson has been a member since LGNZ was formed in 1988", "membre depuis que
# l'AIMF a été créée", "socia desde que la FEMP fue creada", "socio da quando l'ANCI è stata fondata".
_SINCE_THE_NAMED_NETWORK_WAS_FOUNDED = compile_guarded(
    r"\b(?:since|depuis\s+que|desde\s+que|da\s+quando)\s+"
    r"(?P<name>(?:(?:the|l['’]|la|le|el|il)\s*)?(?-i:[A-Z])[\w&'’.-]*(?:\s+[\w&'’.-]+){0,5}?)"
    r"\s+(?:was|a\s+été|fue|è\s+stat[ao])\s+(?:first\s+)?(?:founded|created|established|set\s+up|launched|formed"
    r"|fondée?|créée?|lancée?|constituée?|fundad[ao]|cread[ao]|constituid[ao]|fondat[ao]|creat[ao]|costituit[ao])\b",
    re.IGNORECASE)


def _founding_of_a_named_network(sentence: str) -> list[re.Match]:
    return [since for since in _SINCE_THE_NAMED_NETWORK_WAS_FOUNDED.finditer(sentence)
            if any(since.start("name") <= mention.start < since.end("name") for mention in find_networks(sentence))]


def _joining_at_founding(sentence: str) -> re.Match | None:
    if not _SINCE_ITS_FOUNDING_HINT.search(sentence):
        return None
    for since in (*_SINCE_ITS_FOUNDING.finditer(sentence), *_SINCE_THE_FOUNDING.finditer(sentence),
                  *_founding_of_a_named_network(sentence)):
        before = max(0, since.start() - _JOIN_WINDOW), since.start()
        # "a signé le Pacte de Milan dès son lancement": a signatory since the start is a member since then
        if (_MEMBER_WORD.search(sentence, *before) or _JOIN_VERB.search(sentence, *before)
                or _SIGNED.search(sentence, *before) or _MEMBER_AFTER.match(sentence, since.end())
                or ((belonging := _BELONGING.search(sentence, *before)) and _belongs_to_a_network(
                    sentence[belonging.start():since.start()]))):
            return since
    return None


# The joining's year, then that it was the founding's: "miembro de CGLU desde 2004, el mismo año en que la
# organización fue creada", "member since 2004, the year it was founded", "membre depuis 2004, l'année de sa création",
# "dal 2004, l'anno della sua fondazione", "seit 2004, dem Gründungsjahr des Verbands".
_THE_YEAR_IT_WAS_FOUNDED = compile_guarded(
    r"(?P<year>(?:1[89]|20)\d\d)\s*,\s+(?:"
    r"(?:(?:el|the|l['’]|lo)\s*)?(?:mismo\s+año|same\s+year|année|stesso\s+anno|anno)(?:\s+même)?"
    r"(?P<clause>[^,.;()]{1,50})"
    r"|(?:dem|im)\s+gründungsjahr\b)", re.IGNORECASE)
_ITS_FOUNDING_ENDS = re.compile(r"\b(?:sa|its|su|sua)\s+(?:création|fondation|creation|founding|foundation|creación"
                                r"|fundación|fondazione|creazione|nascita)\s*$", re.IGNORECASE)


def _founded_the_same_year(sentence: str, claims: list[Claim]) -> list[Claim]:
    joined = {claim.value for claim in claims if claim.attribute == "joined"}
    if not joined or any(claim.attribute == "founded" for claim in claims):
        return []
    for found in _THE_YEAR_IT_WAS_FOUNDED.finditer(sentence):
        clause = found.group("clause")
        if found.group("year") in joined and (clause is None or _FOUNDING_WORD.search(clause)
                                              or _ITS_FOUNDING_ENDS.search(clause)):
            return [Claim("founded", found.group("year"), found.start(), value_date=found.group("year"))]
    return []


# The founding told in a clause of its own, with its place: "fin dalla sua costituzione, avvenuta a Parma nel 1901",
# "depuis sa création, intervenue à Paris en 1979", "since its founding, which took place in Brussels in 1986", "desde
# su fundación, que tuvo lugar en Madrid en 1981".
_FOUNDING_TOOK_PLACE = re.compile(
    r"\s*,\s*(?:avvenut[ao]|intervenue?|survenue?|qui\s+a\s+eu\s+lieu|(?:which|that)\s+took\s+place|que\s+tuvo\s+lugar"
    r"|ocurrida|celebrada)\s+(?:(?:a|à|in|en|ad)\s+(?P<place>" + _PLACE + r")\s*,?\s*)?", re.IGNORECASE)


def _founding_told_after(sentence: str, since: re.Match, base: date | None) -> tuple[Claim, str | None] | None:
    """The founding's date, and its place when given, in a clause of its own right after `since`."""
    clause = _FOUNDING_TOOK_PLACE.match(sentence, since.end())
    if clause is None:
        return None
    dated = date_at(sentence, _DATE_LINK_AFTER.match(sentence, clause.end()).end(), base)
    if dated is None:
        return None
    return Claim("founded", dated[0].iso(), since.start(), value_date=dated[0].iso()), clause.group("place")


def _member_since_founding(sentence: str, base: date | None, claims: list[Claim]) -> list[Claim]:
    """"membre de l'UCUE depuis sa création, en 1961", "créé en 1986 ..., et en est membre depuis sa création": the
    city joined when the network was founded, when the sentence says when that was (and where: "dalla sua
    costituzione, avvenuta a Parma nel 1901")."""
    since = joins_at_founding(sentence)
    if since is None:
        return []
    found = []
    founded = next((claim for claim in claims if claim.attribute == "founded"), None)
    told = _founding_told_after(sentence, since, base)
    if told and told[1] and not any(claim.attribute == "founded_place" for claim in claims) and (
            founded is None or founded.value == told[0].value):
        found.append(Claim("founded_place", told[1], since.start()))
    if founded is None:
        dated = date_at(sentence, _DATE_LINK_AFTER.match(sentence, since.end()).end(), base)
        if dated is None and told is None:
            return []
        founded = Claim("founded", dated[0].iso(), since.start(), value_date=dated[0].iso()) if dated else told[0]
        found.append(founded)
    if any(claim.attribute == "joined" and claim.value == founded.value for claim in claims):
        return found  # read already: "l'une des villes fondatrices du réseau, créé en 1989, ... depuis sa création"
    return found + [Claim("joined", founded.value, since.start(), value_date=founded.value_date)]


_FOUNDING_AFTER_FOUNDING_MEMBER_CHARS = 120


def _founding_member_joined_at_founding(sentence: str, claims: list[Claim]) -> list[Claim]:
    """"Besançon est l'une des villes fondatrices du Réseau des sites majeurs de Vauban, créé en 2005 pour préparer la
    candidature, obtenue en 2008": a founding member joined in the year the sentence then says the network was founded,
    not at another date the sentence goes on to give."""
    founded = next((claim for claim in claims if claim.attribute == "founded"), None)
    if founded is None:
        return claims
    return [replace(claim, value=founded.value, value_date=founded.value_date)
            if claim.attribute == "joined" and claim.value != founded.value
            and claim.position < founded.position <= claim.position + _FOUNDING_AFTER_FOUNDING_MEMBER_CHARS
            and _FOUNDING_MEMBER_WORDS.match(sentence, claim.position) else claim for claim in claims]


def _founding_members_joined_in_the_year(sentence: str, claims: list[Claim]) -> list[Claim]:
    """"1905: Mannheim gehört zu den Gründungsmitgliedern des Städtetags, der im November 1905 in Dresden ins Leben
    gerufen wird": a timeline entry dates the founding member's joining by its year; the month dates the founding."""
    entry = _ENTRY_YEAR_THEN_TEXT.match(sentence)
    return [replace(claim, value=entry.group("year"), value_date=entry.group("year"))
            if entry and claim.attribute == "joined" and claim.value.startswith(f"{entry.group('year')}-")
            and _FOUNDING_MEMBER_WORDS.match(sentence, claim.position) else claim for claim in claims]


# The founding member's year in the same clause: "fundadoras de RECI en 2012", "founding member of Eurocities (1986)";
# not "membre fondateur de l'AIMF, a été élue au bureau en 2014" nor "a founding member of Eurocities and joined the
# Culture Forum in 2005".
_SAME_CLAUSE_UP_TO_A_YEAR = re.compile(
    r"(?:(?![,;:)]|\s(?:and|et|y|e|und|but|mais|pero|ma|aber)\s)[^.!?]){0,60}?\b(?P<year>(?:1[89]|20)\d\d)\b",
    re.IGNORECASE)


def _founded_when_its_founding_member_joined(sentence: str, claims: list[Claim]) -> list[Claim]:
    """"Valladolid fue una de las 25 ciudades fundadoras de RECI en 2012", "Leeds was a founding member of Eurocities in
    1986", "Elle a participé en 2019 à la fondation du réseau": the network was founded when its founding member joined
    it, the year in the same clause."""
    if any(claim.attribute == "founded" for claim in claims):
        return []
    for claim in claims:
        phrase = _FOUNDING_MEMBER_WORDS.match(sentence, claim.position) if claim.attribute == "joined" else None
        year = _SAME_CLAUSE_UP_TO_A_YEAR.match(sentence, phrase.end()) if phrase else None
        if year and _member_since_the_year(sentence, year):
            continue
        if (year and claim.value.startswith(year.group("year"))) or (phrase and _year_inside(phrase, claim)):
            return [Claim("founded", claim.value, claim.position, value_date=claim.value_date)]
    return []


# "since" before the year: "miembro fundador del CIDEU desde 1993", "founding member since 1986", "dal 1986".
_SINCE_BEFORE = re.compile(r"\b(?:since|depuis|desde|seit|dal|dall['’]|sin\s+dal)\s*(?:(?:the\s+year|l['’]année|l['’]an"
                           r"|el\s+año|dem\s+jahr|anno)\s+)?$", re.IGNORECASE)
_SINCE_CHARS = 24


def _member_since_the_year(sentence: str, year: re.Match) -> bool:
    """"Cali es miembro fundador del CIDEU desde 1993": the year the membership runs from dates the joining, not the
    network's founding, which the page must state itself."""
    start = year.start("year")
    return _SINCE_BEFORE.search(sentence, max(0, start - _SINCE_CHARS), start) is not None


def _year_inside(phrase: re.Match, claim: Claim) -> bool:
    """"a participé en 2019 à la fondation": the founding member's phrase holds its year."""
    return claim.value[:4] in phrase.group()


# Before a founding member's phrase, the role the city acts in: "2014: Als Gründungsmitglied wird Paris in den Vorstand
# gewählt", "as a founding member".
_AS_A_ROLE_BEFORE = re.compile(r"\b(?:als|as|en\s+tant\s+que|come|como|in\s+qualità\s+di)\s+(?:[\w’'-]+\s+){0,2}$",
                               re.IGNORECASE)
_ROLE_CHARS = 40


def _founding_member_the_entry_dates(sentence: str, claim: Claim, phrase: re.Match) -> bool:
    """"2005: León es una de las ciudades fundadoras de la Red", "1997: Villach wird Gründungsmitglied des Vereins": a
    timeline entry's year dates the founding member its first clause states, not one in apposition ("2014: Paris,
    membre fondateur de l'AIMF, est élue au bureau")."""
    entry = _ENTRY_YEAR_THEN_TEXT.match(sentence)
    return (entry is not None and claim.value.startswith(entry.group("year"))
            and not _CLAUSE_MARK_OR_STOP.search(sentence, entry.end(), phrase.start())
            and not _AS_A_ROLE_BEFORE.search(sentence, max(entry.end(), phrase.start() - _ROLE_CHARS), phrase.start()))


def _without_founding_members_later_dates(sentence: str, claims: list[Claim]) -> list[Claim]:
    """"Paris, membre fondateur de l'AIMF, a été élue au bureau en 2014": a founding member joined when the network was
    founded, which a date of another clause is not."""
    if any(claim.attribute == "founded" for claim in claims):
        return claims
    kept = []
    for claim in claims:
        phrase = _FOUNDING_MEMBER_WORDS.match(sentence, claim.position) if claim.attribute == "joined" else None
        year = _SAME_CLAUSE_UP_TO_A_YEAR.match(sentence, phrase.end()) if phrase else None
        if phrase is None or (year and claim.value.startswith(year.group("year"))) or _year_inside(phrase, claim) or (
                _founding_member_the_entry_dates(sentence, claim, phrase)):
            kept.append(claim)
    return kept


# A part of a network as the sentence's subject, after an opening clause if any: "Créé en 1991, le forum Culture
# rassemble une centaine de villes", "the Culture Forum", "das Kulturforum", "el grupo de trabajo", "il forum".
_PART_AS_SUBJECT = re.compile(
    r"(?:[^,;.]{0,80},\s*)?"
    # the part told apart by a word for "alone" before it: "Allein die Arbeitsgruppe Kultur zählt 90 Städte"
    r"(?:(?:allein|alleine|only|seul|seule|solo|sólo|soltanto)\s+)?"
    r"(?:le|la|les|l['’]|the|its|this|son|sa|ce|cette|der|die|das|sein|ihr|dieser|diese|el|los|su"
    r"|este|esta|il|lo|i|suo|questo|questa"
    # the part as an indirect object: "Dem Wirtschaftsforum von Eurocities gehören 70 Städte an", "Al foro se suman"
    r"|dem|al|au|nel|nella)\s+"
    r"(?P<part>(?:\w+\s+|\w+-)??(?:forum|groupe\s+de\s+travail|commission|comité|bureau|conseil|working\s+group"
    r"|committee|board|task\s+force|\w*forum|arbeitsgruppe|arbeitskreis|kommission|ausschuss|vorstand|foro"
    r"|grupo\s+de\s+trabajo|comisión|consejo|gruppo\s+di\s+lavoro|commissione|comitato|consiglio"
    # a sub-network and a thematic unit: "The music sub-network alone now counts some 70 cities", "La Unidad Temática
    # de Cultura de Mercociudades reúne por sí sola a 80 ciudades"
    r"|sub-?network|sous-r[ée]seau|teilnetzwerk|subred|sottorete|unidad\s+tem[áa]tica|thematic\s+unit"
    r"|unità\s+tematica))\b"
    # the city's own council approves its joining: "Il Consiglio comunale ha approvato l'adesione"
    r"(?!\s+(?:municipal|comunale|communal|de\s+paris|de\s+la\s+ville|metropolitano|de\s+la\s+m[ée]tropole))"
    # an office told by where it is, the network's seat, not a body meeting: "Son bureau se trouve à Bruxelles"
    r"(?!\s+(?:se\s+trouve|est(?:\s+(?:situé|installé|basé|établi))?)\s+à\s)"
    # or decides on its membership, named by its noun alone: "Le conseil a renouvelé la cotisation de la Ville au
    # réseau, qui compte 300 villes", "The council approved the city's membership", "Il consiglio ha approvato"
    r"(?!\s+(?:a|has|ha|hat)\s+(?:renouvelé|approuvé|adopté|voté|décidé|renewed|approved"
    r"|adopted|voted|agreed|decided|rinnovato|approvato|deliberato|erneuert|beschlossen|genehmigt)\b"
    r"|\s+(?:aprobó|renovó|acordó|approved|renewed|voted|agreed|decided|approvò|beschloss|genehmigte)\b)",
    re.IGNORECASE)


# A programme, a project, a declaration or a campaign of a network as the subject, or a part after the network's
# possessive: "Le programme Cities4Climate d'Eurocities réunit 25 villes", "l'initiative ... compte 30 villes", "The
# pilot programme brings together 12 Eurocities members", "UCLG's Culture Committee gathers 100 cities": its members,
# date and chair are its own.
_PROGRAMME_AS_SUBJECT = re.compile(
    r"(?:[^,;.]{0,80},\s*)?(?:(?:le|la|les|the|its|this|son|sa|ce|cette|el|los|su|este|esta|il|lo|suo|questo|questa"
    r"|der|die|das|ihr|sein)\s+|l['’]\s*|\w[\w-]*['’]s?\s+)"
    r"(?P<part>(?:\w+\s+|\w+-)??(?:programme|program|programa|programma|programm"
    # not "su iniziativa del sindaco", "on the initiative of": who started something
    r"|(?:initiative|iniciativa|iniziativa)(?!\s+(?:de|del|della|dello|dei|di|of|du|des|d['’]|von|der)\b)"
    r"|projet|project|proyecto|progetto|projekt|déclaration|declaration|declaración|dichiarazione|erklärung"
    r"|pilot|pilote|piloto|pilota|pilotprojekt"
    r"|pledge|charte|charter|campagne|campaign|campaña|campagna|kampagne"
    r"|forum|committee|working\s+group|task\s+force|board|commission|comité))\b", re.IGNORECASE)


# What the subject is said to be: "the PCP program is a network of more than 500 municipalities", "le programme est
# un réseau de", "das Programm ist ein Netzwerk von", "el programa es una red de", "il programma è una rete di".
_IS_A_NETWORK_AFTER = re.compile(
    r"\s+(?:is|est|ist|es|è)\s+(?:a|an|un|une|ein|eine|una)\s+(?:[\w-]+\s+)?(?:network|alliance|coalition|réseau"
    r"|netzwerk|bündnis|red|alianza|coalición|rete|alleanza|coalizione)\b", re.IGNORECASE)


def _programme_as_subject(sentence: str, mentions: list[NetworkMention]) -> re.Match | None:
    """A programme as the subject, unless the network is named right after its noun ("Die Initiative Mayors for Peace
    wurde 1982 ins Leben gerufen"), or names it and the sentence says it is a network ("the PCP program is a network of
    500 municipalities"): then the noun is what the network is."""
    found = _PROGRAMME_AS_SUBJECT.match(sentence)
    if found and any(sentence[found.end("part"):mention.start].strip() == "" and mention.start >= found.end("part")
                     for mention in mentions):
        return None
    if found and _IS_A_NETWORK_AFTER.match(sentence, found.end()) and any(
            found.start("part") <= mention.start < found.end("part") for mention in mentions):
        return None
    return found


_NETWORK_RESTATED = re.compile(
    r",\s+(?:the|le|la|l['’]|das|die|der|el|il)\s*(?:[\w-]+\s+)?(?:network|réseau|rete|red|netzwerk|verband"
    r"|association|organisation|organization|alliance|union)\b", re.IGNORECASE)


_ARTICLE_ONLY = re.compile(r"\s*(?:the\s+)?", re.IGNORECASE)


# The city's own work in a network as the subject: "The city's Eurocities office was set up in 1999 in Brussels".
_CITYS_OWN = re.compile(r"\s*(?:our|the\s+(?:city|council)['’]s)\s+", re.IGNORECASE)
_CITYS_OWN_PART = re.compile(r"\s+(?:office|team|delegation|representation|project|programme|program)\b",
                             re.IGNORECASE)


def _part_named_after_network_as_subject(sentence: str, mentions: list[NetworkMention]) -> bool:
    """"The Eurocities Culture Forum was set up in 2002": the sentence opens on a part named after its network."""
    if not mentions:
        return False
    first = mentions[0]
    if _CITYS_OWN.fullmatch(sentence, 0, first.start):
        return bool(_CITYS_OWN_PART.match(sentence, first.end))
    return _ARTICLE_ONLY.fullmatch(sentence, 0, first.start) is not None and bool(
        _PART_NAMED_AFTER_NETWORK.match(sentence, first.end))


# The seat of the network a part belongs to, right after the network (by name or as such): "Das Kulturforum ist eines
# von sechs Fachforen des Netzwerks mit Sitz in Brüssel", "le forum culture du réseau, basé à Bruxelles", "one of the
# forums of the network based in Brussels", "uno de los foros de la red, con sede en Bruselas".
_NETWORK_AS_SUCH = re.compile(
    r"\b(?:des\s+(?:netzwerk|verband|verein|bündnis|städtenetzwerk)e?s|du\s+réseau|de\s+l['’](?:association|organisation)"
    r"|of\s+the\s+(?:network|association|organi[sz]ation|alliance)|de\s+la\s+(?:red|asociación|organización)"
    r"|della\s+rete|dell['’](?:associazione|organizzazione))", re.IGNORECASE)
_SEAT_RIGHT_AFTER = re.compile(
    rf",?\s+(?i:mit\s+(?:haupt)?sitz\s+in|basée?\s+à|(?:based|headquartered)\s+in|con\s+sede\s+(?:en|a|in))"
    rf"\s+(?P<place>{_PLACE})")


def _seat_of_the_parts_network(sentence: str, mentions: list[NetworkMention]) -> list[Claim]:
    ends = [mention.end for mention in mentions] + [found.end() for found in _NETWORK_AS_SUCH.finditer(sentence)]
    return [Claim("headquarters", seat.group("place"), end) for end in sorted(ends)
            if (seat := _SEAT_RIGHT_AFTER.match(sentence, end))]


def _counts_of_the_organiser(sentence: str, base: date | None) -> list[Claim]:
    """"Le forum est organisé par Cités Unies France, qui fédère près de 500 collectivités": a part or an event as the
    subject, and its organiser described as it is in a relative clause: the count there is the organiser's."""
    return [claim for claim in _counts(sentence, base)
            if count_context.describes_the_organiser(sentence, 0, claim.position)]


def _about_a_part(sentence: str, mentions: list[NetworkMention]) -> bool:
    """The sentence's subject is a forum, a working group, a board of a network, not the network: what it counts,
    when it was founded and who chairs it are the part's."""
    if _part_named_after_network_as_subject(sentence, mentions):
        return True
    found = _PART_AS_SUBJECT.match(sentence) or _programme_as_subject(sentence, mentions)
    # "the Eurocities working group" is a part; "the European Forum for Urban Security" is a network named so
    if not found or any(mention.start < found.end("part") <= mention.end for mention in mentions):
        return False
    # "The forum is one of the groups of Eurocities, the network of Europe's major cities, founded in 1986": the
    # network named again as such, what follows is its own.
    return not any(_NETWORK_RESTATED.match(sentence, mention.end) for mention in mentions)


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


# The year since when, in brackets right after the network's name: "Eurocities (depuis 1991)", "Eurocities (since
# 1991)", "Klima-Bündnis (seit 1992)", "ICORN (dal 2016)".
_SINCE_AFTER_A_NETWORK = re.compile(r"\s*\(\s*(?:since|depuis|dès|seit|desde|dal|dall['’]|from)\s*", re.IGNORECASE)
_SINCE_CLOSED = re.compile(r"\s*\)")


def _since_after_a_network(sentence: str, base: date | None, mentions: list[NetworkMention]) -> list[Claim]:
    found = []
    for mention in mentions:
        since = _SINCE_AFTER_A_NETWORK.match(sentence, mention.end)
        dated = since and date_at(sentence, since.end(), base)
        if not dated or _PART_OF_A_NETWORK.search(sentence, max(0, mention.start - 30), mention.start):
            continue  # "le forum Culture d'Eurocities (depuis 2015)": the part's
        if _SINCE_CLOSED.match(sentence, dated[1]):
            found.append(_joined_since(dated, mention))
    return found


# A city named after its network, since a year: "Dublin has been an ICORN city since 2011", "a C40 member city since
# 2006", "ville ICORN depuis 2016", "ciudad ICORN desde 2016", "città ICORN dal 2016".
_NETWORK_CITY_AFTER = re.compile(r"\s+(?:member\s+)?(?:city|town)\s+(?:since|from)\s+", re.IGNORECASE)
_CITY_BEFORE_NETWORK = re.compile(r"\b(?:ville|ciudad|città)\s+$", re.IGNORECASE)
_SINCE_AFTER_NETWORK = re.compile(r"\s+(?:depuis|desde|dal)\s+", re.IGNORECASE)


# A list's row of a network and the year since ("Eurocities depuis 1991", "ICLEI – since 2005", "Metropolis, miembro
# desde 2002"), nothing else; after a comma, a member word ("Nos partenaires : Eurocities, depuis 1991" is no joining).
_SINCE_ENDING_A_ROW = re.compile(
    r"(?:\s*[:–—-]\s*|\s+|\s*,\s*(?=(?i:membre|member|mitglied|miembro|membro)\s))(?P<open>\(\s*)?"
    r"(?:(?:membre|member|mitglied|miembro|membro)\s+)?(?:depuis|since|seit|desde|dal)\s+"
    r"(?P<year>(?:1[89]|20)\d\d)\s*(?(open)\))\s*\.?", re.IGNORECASE)


def _network_row_since(sentence: str, mentions: list[NetworkMention]) -> list[Claim]:
    row = _SINCE_ENDING_A_ROW.fullmatch(sentence, mentions[0].end) if mentions[0].start == 0 else None
    return [Claim("joined", row.group("year"), 0, value_date=row.group("year"), about=mentions[0])] if row else []


# A list's row of a network and a bare year, right after a lead-in that says the list is of memberships: "Paris est
# membre de : Eurocities: 2002", "Nos réseaux : Metropolis – 2005", "Mitglied in: Eurocities (1991)". Without the
# lead-in the year may be the founding's.
_YEAR_ENDING_A_LISTED_ROW = re.compile(
    r"\s*(?:[:–—-]\s*|(?P<open>\(\s*))(?P<year>(?:1[89]|20)\d\d)\s*(?(open)\))\s*\.?")
_LEAD_IN_ENDS = re.compile(r":\s*$")


def _year_of_a_listed_membership(sentence: str, mentions: list[NetworkMention]) -> list[Claim]:
    first = mentions[0]
    row = _YEAR_ENDING_A_LISTED_ROW.fullmatch(sentence, first.end)
    if not (row and _LEAD_IN_ENDS.search(sentence, 0, first.start) and _member_of_the_first(sentence, first)):
        return []
    return [Claim("joined", row.group("year"), first.start, value_date=row.group("year"), about=first)]


def _city_of_the_network_since(sentence: str, base: date | None, mentions: list[NetworkMention]) -> list[Claim]:
    found = []
    for mention in mentions:
        since = _NETWORK_CITY_AFTER.match(sentence, mention.end) or (
            _CITY_BEFORE_NETWORK.search(sentence, max(0, mention.start - 8), mention.start)
            and _SINCE_AFTER_NETWORK.match(sentence, mention.end))
        if dated := since and date_at(sentence, since.end(), base):
            found.append(_joined_since(dated, mention))
    return found


# Taking part in the network itself since a year: "participe depuis 1991 au réseau Eurocities", "participa en Eurocities
# desde 1996", "partecipa dal 1991 a Eurocities", "has taken part in Eurocities since 1990", "wirkt seit 1991 bei
# Eurocities mit". Only the network named right after its preposition ("participe depuis 2015 au programme URBACT", "à
# son forum Culture" are not), and only since a year ("participe en 2019 à Eurocities" may be a meeting).
_TAKES_PART = compile_guarded(
    r"\b(?:participe|participa|partecipa|participates|takes\s+part|(?:has|have)\s+(?:taken\s+part|participated)"
    r"|engagiert\s+sich|wirkt"
    # "has been active in Eurocities since 1991", "is involved in ICLEI since 1996"
    r"|(?:has\s+been|have\s+been|is|are)\s+(?:active|involved))\b"
    # "partecipa attivamente dal 1991 a Eurocities", "participe activement depuis 1991 à Eurocities"
    r"(?:\s+(?:activement|activamente|attivamente|actively))?"
    # a seat in the network itself, not on its board: "la Ville siège depuis 1991 au sein de ce réseau", "siede dal
    # 1991 nella rete", "has been represented in Eurocities since 1991", "está representada desde 1991 en Eurocities"
    r"|\b(?:siège|siede|(?:est|is|has\s+been|è|está)\s+(?:représentée?|represented|rappresentat[oa]|representad[oa]))\b",
    re.IGNORECASE)
_TAKING_PART_HINT = re.compile(r"particip|partecip|take|taken|engagiert|wirkt|active|involved|siège|siede|represent"
                               r"|rappresent")
_SINCE_A_YEAR = re.compile(r"\s*,?\s*(?:depuis|desde|dal|since|seit)\s+", re.IGNORECASE)
_IN_THE_NETWORK = re.compile(r"\s+(?:au\s+sein\s+d['’]\s*|(?:au\s+sein\s+(?:de|du)|dans|within|nella|nel|à|au|en|in|a"
                             r"|alla|al|all['’]|bei|im|an)\s+)(?:(?:la|el|il|the|l['’]|dem|der)\s*)?"
                             r"(?:(?:réseau|red|rete|network|netzwerk)\s+)?", re.IGNORECASE)
# The network referred to, not named: "siège depuis 1991 au sein de ce réseau".
_THIS_NETWORK = re.compile(r"(?:ce|cet|cette|this|questa|esta|este)\s+(?:réseau|association|network|rete|red)\b",
                           re.IGNORECASE)


def _since_year_at(sentence: str, position: int, base: date | None) -> tuple[PartialDate, int] | None:
    since = _SINCE_A_YEAR.match(sentence, position)
    return date_at(sentence, since.end(), base) if since else None


def _takes_part_since(sentence: str, base: date | None, mentions: list[NetworkMention]) -> list[Claim]:
    found = []
    for verb in _TAKES_PART.finditer(sentence):
        dated = _since_year_at(sentence, verb.end(), base)
        place = _IN_THE_NETWORK.match(sentence, dated[1] if dated else verb.end())
        named = place and next((mention for mention in mentions if mention.start == place.end()), None)
        dated = dated or (named and _since_year_at(sentence, named.end, base))
        if named and dated:
            found.append(Claim("joined", dated[0].iso(), verb.start(), value_date=dated[0].iso(), about=named))
        elif dated and place and _THIS_NETWORK.match(sentence, place.end()):
            found.append(Claim("joined", dated[0].iso(), verb.start(), value_date=dated[0].iso()))
        elif taking_part_in_it := _taking_part_in_it_since(sentence, verb, base):
            found.append(Claim("joined", taking_part_in_it, verb.start(), value_date=taking_part_in_it))
    return found


# The network referred to by a pronoun: "Tournai y participe depuis 2019", "il Comune vi partecipa dal 2019", "the city
# has taken part in it since 2019", "la ciudad participa en ella desde 2019".
_IT_BEFORE_THE_VERB = re.compile(r"\b(?:y|vi|ci)\s+$", re.IGNORECASE)
_IN_IT = re.compile(r"\s+(?:in\s+it|en\s+ella|en\s+él)\b", re.IGNORECASE)
_PRONOUN_CHARS = 4


def _taking_part_in_it_since(sentence: str, verb: re.Match, base: date | None) -> str | None:
    if _IT_BEFORE_THE_VERB.search(sentence, max(0, verb.start() - _PRONOUN_CHARS), verb.start()):
        dated = _since_year_at(sentence, verb.end(), base)
    else:
        in_it = _IN_IT.match(sentence, verb.end())
        dated = _since_year_at(sentence, in_it.end(), base) if in_it else None
    return dated[0].iso() if dated else None


# Taking part since a date that opens the sentence: "Dal 2010 Modena partecipa all'associazione europea", "Desde 2010
# la ciudad participa en esta red", "Depuis 2012, Lyon participe au réseau", "Since 2010 the city has taken part in
# the network", "Desde 2015 Medellín integra esta red". The object is the network named, or referred to by its noun
# alone ("au réseau", "all'associazione europea"); "au programme", "al forum" are not the network.
_TAKES_PART_AFTER_ITS_DATE = compile_guarded(
    r"\b(?:participe|participa|partecipa|participates|takes\s+part|(?:has|have)\s+(?:taken\s+part|participated)"
    r"|(?:has\s+been|is)\s+(?:active|involved))\b"
    r"(?:\s+(?:activement|activamente|attivamente|actively))?"
    r"(?:\s+(?:in|en|a|à|au|nel|nella|alla|al|dans|within|im|bei)\s+|\s+all['’]|\s+à\s+l['’]|\s+dans\s+l['’])"
    # Spanish "integrar": to be part of, its object right after the verb
    r"|\bintegra\s+(?=(?:esta|la|dicha)\s+red\b)", re.IGNORECASE)
_ARTICLE_OR_THIS = re.compile(
    r"(?:(?:la|le|el|il|the|l['’]|dem|der|ce|cet|cette|this|questa|questo|esta|este|dicha)\s*)?", re.IGNORECASE)
# The network's noun alone, no complement naming something else after it ("la rete dei comuni" is another one).
_NETWORK_NOUN_ALONE = re.compile(r"(?:réseau|association|network|rete|red|associazione|asociación|netzwerk|verband)\b"
                                 r"(?!\s+(?:de|des|du|d['’]|di|dei|degli|delle|del|della|of|der)\b)", re.IGNORECASE)
_TAKING_PART_WINDOW = 40
_NAME_AFTER_THE_NOUN = re.compile(r"\s+(?=(?-i:[A-ZÀ-Ý]))")
# A row's label before the sentence, as a definition list gives it: "Klima-Bündnis: Seit 1993 wirkt die Stadt mit".
_ROW_LABEL = re.compile(r"[^:.;]{1,60}:\s*")
_SINCE_WORD = re.compile(r"(?:depuis|since|seit|desde|dal|dall['’])\s*", re.IGNORECASE)


def _since_opening(sentence: str) -> re.Match | None:
    """"Depuis 2012", "Seit 1993" opening the sentence, or its row after the row's label."""
    label = _ROW_LABEL.match(sentence)
    return _SINCE_WORD.match(sentence, label.end() if label else 0) or _SINCE_WORD.match(sentence)


def _takes_part_since_its_opening_date(sentence: str, base: date | None, mentions: list[NetworkMention]
                                       ) -> list[Claim]:
    opening = _since_opening(sentence)
    dated = opening and date_at(sentence, opening.end(), base)
    if not dated:
        return []
    for verb in _TAKES_PART_AFTER_ITS_DATE.finditer(sentence, dated[1], dated[1] + _TAKING_PART_WINDOW):
        if _CLAUSE_BREAK.search(sentence, dated[1] + 1, verb.start()):
            return []  # "Depuis 2010, la Ville accueille ...; elle participe au réseau": the date is another clause's
        if _joins_something_else(sentence, verb.end() - 1):
            return []  # "has taken part in the Eurocities culture forum"
        article = _ARTICLE_OR_THIS.match(sentence, verb.end())
        noun = _NETWORK_NOUN_ALONE.match(sentence, article.end())
        # "au réseau Eurocities": the name after the noun; "à l'association Lyon Tourisme" names another body
        name = noun and _NAME_AFTER_THE_NOUN.match(sentence, noun.end())
        starts = (verb.end(), article.end(), name.end()) if name else (verb.end(), article.end())
        named = next((mention for mention in mentions if mention.start in starts), None)
        if named or _THIS_NETWORK.match(sentence, verb.end()) or (noun and not name):
            return [Claim("joined", dated[0].iso(), verb.start(), value_date=dated[0].iso(), about=named)]
    return []


# "Freiburg arbeitet seit 2010 im europäischen Netzwerk Energy Cities mit", "Im Netzwerk der großen europäischen Städte
# arbeitet Karlsruhe seit 2008 mit": German's separable "mitarbeiten", "mitwirken", the date inside the clause and the
# network named in it, or by its noun opening the sentence.
_WORKS_WITHIN = compile_guarded(r"\b(?:arbeitet|wirkt)\s+(?P<middle>[^,.;:()]{0,80}?)\bmit(?=\s*(?:[,.;]|$))")
_SINCE_IN_THE_MIDDLE = re.compile(r"\bseit\s+(?:dem\s+Jahr(?:e)?\s+)?", re.IGNORECASE)
_NETWORK_NOUN_OPENS = re.compile(r"^(?:Im|In\s+dem|Beim)\s+(?:[\w-]+\s+)?(?:Netzwerk|Verband|Städtenetzwerk|Bündnis)\b")


def _works_within_the_network_since(sentence: str, base: date | None, mentions: list[NetworkMention]
                                    ) -> list[Claim]:
    if "arbeitet" not in sentence and "wirkt" not in sentence:
        return []
    for verb in _WORKS_WITHIN.finditer(sentence):
        middle = verb.group("middle")
        opening = _since_opening(sentence)
        since = _SINCE_IN_THE_MIDDLE.search(sentence, verb.start("middle"), verb.end("middle")) or (
            opening if opening and verb.start() - opening.end() <= _TAKING_PART_WINDOW else None)
        dated = since and date_at(sentence, since.end(), base)
        if not dated or _PART_OF_A_NETWORK.search(middle) or _SOMETHING_ELSE_JOINED.search(middle):
            continue
        named = next((mention for mention in mentions if verb.start() < mention.start < verb.end()), None)
        if named or _THE_NETWORK_WORD.search(middle) or _NETWORK_NOUN_OPENS.match(sentence):
            return [Claim("joined", dated[0].iso(), verb.start(), value_date=dated[0].iso(), about=named)]
    return []


# "n'est pas membre du réseau, mais participe depuis 2019 à ...": whatever the city does since then, it has not joined.
_NOT_A_MEMBER = compile_guarded(r"n['’](?:est|était) (?:pas|plus) membre|(?:is|was) (?:not|no longer) a member"
                           r"|(?:is|was)n['’]t a member|no es miembro|ya no es miembro"
                           r"|ist (?:kein|nicht|nicht mehr) mitglied|non è (?:più )?membro"
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


# A text of a network, named with it: "l'Agenda AIVP 2030", "the AIVP 2030 Agenda", "la Charte d'Eurocities", "die
# Charta von Eurocities", "la Declaración de Mercociudades". Adhering to it ("a cui il Comune ha aderito nel 2021",
# "signed up to the AIVP 2030 Agenda in 2021") is no joining of the network.
_TEXT_NOUN = compile_guarded(
    r"\b(?:agenda|charte|charta|charter|carta|d[ée]claration|declaration|erklärung|declaración|dichiarazione"
    r"|manifeste|manifesto|pledge)\b", re.IGNORECASE)
_TEXT_AND_NETWORK_CHARS = 20
# A clause of its own: after a clause mark or a coordinating word ("membre de l'AIVP depuis 2009 et a adhéré à son
# Agenda en 2021").
_JOINING_CLAUSE_BREAK = re.compile(r"[,;:()]|\s(?:e|ed|et|and|und|y|sowie)\s", re.IGNORECASE)
# A relative clause whose antecedent ends the clause before: "l'Agenda AIVP 2030, a cui il Comune ha aderito".
_RELATIVE_OPENING = re.compile(r"\s*(?:a\s+cui|alla\s+quale|à\s+laquelle|auquel|to\s+which|which|a\s+la\s+que"
                               r"|al\s+que|a\s+la\s+cual|der|dem|die)\b", re.IGNORECASE)


def _a_networks_text(sentence: str, start: int, end: int, mentions: list[NetworkMention]) -> bool:
    """A text named with a network between `start` and `end`, outside the network's name."""
    return any(not any(mention.start <= text.start() < mention.end for mention in mentions)
               and any(start <= mention.start and mention.end <= end
                       and (0 <= mention.start - text.end() <= _TEXT_AND_NETWORK_CHARS
                            or 0 <= text.start() - mention.end <= _TEXT_AND_NETWORK_CHARS) for mention in mentions)
               for text in _TEXT_NOUN.finditer(sentence, start, end))


def _joins_a_networks_text(sentence: str, claim: Claim, mentions: list[NetworkMention]) -> bool:
    if claim.attribute != "joined" or not _TEXT_NOUN.search(sentence):
        return False
    breaks = [found.span() for found in _JOINING_CLAUSE_BREAK.finditer(sentence)]
    start = max((end for _, end in breaks if end <= claim.position), default=0)
    end = min((begin for begin, _ in breaks if begin > claim.position), default=len(sentence))
    if _a_networks_text(sentence, start, end, mentions):
        return True
    before = max((end for _, end in breaks if end < start), default=0)
    return bool(start and _RELATIVE_OPENING.match(sentence, start)) and _a_networks_text(sentence, before, start,
                                                                                          mentions)


# French and Italian name a city with "à"/"a" and a country or a region with "en", "au", "aux"/"in": "a vu le jour en
# 2006 en Norvège", "fondée au Québec", "fondata in Norvegia" place no city, and a founding place is one (the founding
# verb tells the language: Spanish "nació en Barcelona" names a city).
_IN_A_COUNTRY = (
    (compile_guarded(r"\b(?:vu\s+le\s+jour|voit\s+le\s+jour|cré[ée]e?s?|fond[ée]e?s?|née?s?|lancée?s?|institu[ée]e?s?"
                     r"|constitu[ée]e?s?|na[îi]t)\b", re.IGNORECASE), r"en|au|aux"),
    (compile_guarded(r"\b(?:fondat|nat|creat|costituit|istituit|lanciat)[oaie]\b", re.IGNORECASE),
     r"in|nel|nella|negli|nei"),
)


def _founded_in_a_country(sentence: str, claim: Claim) -> bool:
    return claim.attribute == "founded_place" and any(
        verbs.search(sentence) and re.search(rf"\b(?:{prepositions})\s+{re.escape(claim.value)}(?!\w)", sentence,
                                             re.IGNORECASE)
        for verbs, prepositions in _IN_A_COUNTRY)


# So with a seat: "Basé en France, le réseau ...", "installée au Québec", "con sede in Belgio" place it in a country
# or a region, and a seat is a city.
_SEATED_IN_A_COUNTRY = (
    (r"basée?s?|installée?s?|située?s?|implantée?s?|domiciliée?s?|établie?s?|siège(?:\s+est|\s+se\s+trouve)?",
     r"en|au|aux"),
    (r"sede|basat[oaie]|situat[oaie]|insediat[oaie]", r"in|nel|nella|negli|nei"),
)


# The same words and prepositions before any place: a sentence without them needs no pattern built for its seat's value
# (a compilation on every page that states a seat).
_SEAT_WORD_THEN_PREPOSITION = tuple(re.compile(rf"\b(?:{words})\s+(?:{prepositions})\s+", re.IGNORECASE)
                                    for words, prepositions in _SEATED_IN_A_COUNTRY)


def _seated_in_a_country(sentence: str, claim: Claim) -> bool:
    return claim.attribute == "headquarters" and not re.fullmatch(_CITY_STATE, claim.value) and any(
        opening.search(sentence) and re.search(
            rf"\b(?:{words})\s+(?:{prepositions})\s+{re.escape(claim.value)}(?!\w)", sentence, re.IGNORECASE)
        for opening, (words, prepositions) in zip(_SEAT_WORD_THEN_PREPOSITION, _SEATED_IN_A_COUNTRY, strict=True))


_CHAPTER_BEFORE_SEAT_CHARS = 40


def _seat_of_a_chapter(sentence: str, claim: Claim, mentions: list[NetworkMention]) -> bool:
    if claim.attribute != "headquarters":
        return False
    chapters = [chapter.end() for mention in mentions
                if (chapter := _CHAPTER_AFTER_NETWORK.match(sentence, mention.end))]
    return any(end <= claim.position <= end + _CHAPTER_BEFORE_SEAT_CHARS
               and not any(end <= mention.start < claim.position for mention in mentions) for end in chapters)


# The world body a section belongs to, described before the seat: "Como sección latinoamericana de CGLU, FLACMA vincula
# a la ciudad con la organización mundial de gobiernos locales, con sede en Barcelona", "En tant que section européenne
# de CGLU, le CCRE relie la ville à l'organisation mondiale, basée à Barcelone": the seat is the world body's, which the
# sentence names as the one the section belongs to; described in apposition to a network's name ("UCLG, the world
# organisation of local governments, based in Barcelona"), it is that network's own.
_WORLD_BODY_CUES = ("mundial", "mondial", "world", "welt", "global")
_WORLD_BODY = compile_guarded(
    r"\b(?:(?:organización|red|asociación)\s+mundial|organisation\s+mondiale|réseau\s+mondial"
    r"|(?:world|global)\s+(?:organi[sz]ation|network|association|body)|welt(?:organisation|verband)"
    r"|weltweite[nm]?\s+(?:organisation|netzwerk)|organizzazione\s+mondiale|rete\s+mondiale)\b", re.IGNORECASE)
# The world body described in apposition to a network's name, or as what the network is: "UCLG, the world
# organisation", "UCLG is the world organisation", "CGLU, l'organisation mondiale".
_NETWORK_THEN_WORLD_BODY = re.compile(r"\s*(?:,|\b(?:is|est|ist|es|è)\b)\s*(?:[^\W\d_]+['’]?\s*)?",
                                      re.IGNORECASE)
_WORLD_BODY_TO_SEAT = re.compile(r"[^,;:()]{0,60},?[^,;:()]{0,20}")
_SECTION_OF = compile_guarded(
    r"\b(?:secci[óo]n|section|sezione|sektion|chapter|branch|cap[íi]tulo|capitolo|chapitre)\s+(?:[^\W\d_]+\s+){0,2}?"
    r"(?:de\s+la|de|del|of\s+the|of|du|de\s+l['’]|des|di|della|dell['’]|von|der|des)\s*$", re.IGNORECASE)
_SECTION_OF_CHARS = 40
_WORLD_BODY_CHARS = 120


def _seat_of_the_world_body(sentence: str, claim: Claim, mentions: list[NetworkMention]) -> Claim:
    """The claim, given to the network the sentence names as a section's world body when the seat is that body's
    (with no section named, the world body is the network the text is about)."""
    if claim.attribute != "headquarters" or claim.about is not None or not any(
            cue in sentence.lower() for cue in _WORLD_BODY_CUES):
        return claim
    bodies = [body for body in _WORLD_BODY.finditer(sentence, max(0, claim.position - _WORLD_BODY_CHARS),
                                                    claim.position)
              if _WORLD_BODY_TO_SEAT.fullmatch(sentence, body.end(), claim.position)]
    if not bodies or any(mention.end <= bodies[-1].start() and _NETWORK_THEN_WORLD_BODY.fullmatch(
            sentence, mention.end, bodies[-1].start()) or bodies[-1].start() <= mention.start < claim.position
            for mention in mentions):
        return claim
    parent = next((mention for mention in mentions if _SECTION_OF.search(
        sentence, max(0, mention.start - _SECTION_OF_CHARS), mention.start)), None)
    return replace(claim, about=parent) if parent else claim


# An inscription on a list, in the clause of a joining's date: "Con la Piazza del Duomo, iscritta nella Lista del
# Patrimonio Mondiale dal 1987, Pisa aderisce dal 2001", "sa cathédrale, inscrite sur la Liste du patrimoine mondial
# depuis 1981", "seit 1996 in die Welterbeliste aufgenommen": the year a site was listed, not the city's joining (a list
# of a network's members is the network's: "inscrite sur la liste des membres d'Eurocities").
_LISTED = compile_guarded(
    r"\b(?:inscrit\w*|inscribed|inscrit[oa]s?|iscritt[oa]|eingetragen|listed)\b[^,;()]{0,40}?"
    r"\b(?:liste|list|lista|registro|registre|register|welterbeliste)\b"
    r"(?!\s+(?:des|of|dei|de|der)\s+(?:membres|members|membri|miembros|mitglieder)\b)"
    r"|\b(?:welterbeliste|world\s+heritage\s+list)\b[^,;()]{0,30}?\b(?:aufgenommen|eingetragen)\b", re.IGNORECASE)
_CLAUSE_MARK_OR_STOP = re.compile(r"[,;:()]")
_LISTING_CLAUSE_CHARS = 120


def _dates_a_listing(sentence: str, claim: Claim) -> bool:
    if claim.attribute != "joined":
        return False
    start = max(0, claim.position - _LISTING_CLAUSE_CHARS)
    if marks := [found.end() for found in _CLAUSE_MARK_OR_STOP.finditer(sentence, start, claim.position)]:
        start = marks[-1]
    end = _CLAUSE_MARK_OR_STOP.search(sentence, claim.position, claim.position + _LISTING_CLAUSE_CHARS)
    return _LISTED.search(sentence, start, end.start() if end else claim.position + _LISTING_CLAUSE_CHARS) is not None


# A founding in a clause of its own whose subject is a common noun that names no network: "se constituyó formalmente
# en 1994, aunque el movimiento nació en 1990", "was formally set up in 1994, although the idea was born in 1990",
# "bien que l'idée soit née en 1990", "obwohl die Idee schon 1990 entstand", "anche se il movimento è nato nel 1990":
# that thing's beginning, not the network's founding.
_OTHER_CLAUSE_SUBJECT = compile_guarded(
    r"\b(?:aunque|si\s+bien|pero|mientras\s+que|although|though|while|whereas|but|bien\s+que|alors\s+que|même\s+si"
    r"|mais|obwohl|aber|doch|während|anche\s+se|sebbene|benché|mentre|ma)\s+"
    r"(?:(?:el|la|los|las|the|its|le|la|les|son|sa|ses|die|der|das|il|lo|gli|su|sus|seine|ihre)\s+|l['’]\s*)"
    r"(?P<noun>[\w-]+)\s[^,;:.]{0,40}$", re.IGNORECASE)
_OTHER_CLAUSE_CHARS = 90


def _founds_another_clauses_subject(sentence: str, claim: Claim, mentions: list[NetworkMention]) -> bool:
    if claim.attribute != "founded":
        return False
    subject = _OTHER_CLAUSE_SUBJECT.search(sentence, max(0, claim.position - _OTHER_CLAUSE_CHARS), claim.position)
    return subject is not None and not (_NETWORK_NOUNS.fullmatch(subject.group("noun").lower())
                                        or _names(subject, mentions))


# A president is a person's name, or an office with the place or person that makes it one ("the Mayor of Hiroshima",
# "il sindaco di Barcellona"): a value with no capital, or one that opens with an indefinite article, describes whoever
# holds the office ("présidée par un élu municipal choisi chaque année", "chaired by a mayor elected each year",
# "presidida por un alcalde elegido", "geleitet von einem gewählten Ratsmitglied").
_CAPITAL = re.compile(rf"[{_UPPER}]")
_INDEFINITE_ARTICLE = re.compile(r"(?:une?|an?|eine[mnrs]?|ein|uno|una|un['’])\b")


def _describes_no_one(claim: Claim) -> bool:
    return claim.attribute == "president" and (_CAPITAL.search(claim.value) is None
                                                or _INDEFINITE_ARTICLE.match(claim.value) is not None)


def find_claims(sentence: str, base: date | None, mentions: list[NetworkMention] | None = None) -> list[Claim]:
    """Every claim the sentence makes, in reading order. `base` resolves dates written without a year;
    `mentions` are the sentence's networks when the caller has found them already."""
    if mentions is None:
        mentions = find_networks(sentence)
    if _about_a_part(sentence, mentions):
        # "Le Bureau se réunira à Paris, au siège de l'association": the seat of the network named as such
        return (_seat_of_the_parts_network(sentence, mentions) or _place_then_its_seat(sentence, mentions)
                ) + _counts_of_the_organiser(sentence, base)
    lowered = sentence.lower()
    claims = ((_labelled_rows(sentence, base) or _labelled(sentence, base) or _founded_in_a_place_label(sentence, base)
               or _labelled_after_a_network(sentence, base, mentions)
               or _labelled_in_parentheses(sentence, base) or _value_then_label(sentence, base)) if ":" in sentence
              else _labelled_without_colon(sentence, base) or _year_since_alone(sentence)
              or _value_then_label(sentence, base))
    if not claims:
        # read once for the sentence: the joining and taking part rules below each ask it
        a_member = not _NOT_A_MEMBER.search(lowered)
        if _FOUNDING_HINT.search(lowered):
            claims += _founding(sentence, base, "gegründet" in lowered or "ins leben gerufen" in lowered, mentions)
            if not any(claim.attribute == "founded" for claim in claims):
                claims += (_founding_dated_back(sentence, base, mentions)
                           or _network_dated_back(sentence, base, mentions))
            if not any(claim.attribute == "founded" for claim in claims):
                claims += _promoted_network(sentence, base, mentions) or _promoted_network_as_such(sentence, base)
            claims += _where_the_founders_met(sentence, claims)
        if _SEAT_HINT.search(lowered):
            claims += _towns_of_their_streets(sentence, _headquarters(sentence, mentions))
        if a_member and mentions and lowered[:1].isdigit():
            claims += _network_signed_in_a_timeline_entry(sentence, base, mentions)
        if _JOINING_HINT.search(lowered) and a_member:
            claims += _joined_named_objects(sentence, mentions, _joined(sentence, base))
            if not any(claim.attribute == "joined" for claim in claims):
                claims += _joining_named_in_a_timeline_entry(sentence, base, mentions)
            claims += _listed_joinings(sentence, base, mentions, claims)
            if len(mentions) > 1 and (listed := _coordinated_dates_before(sentence, base, mentions)):
                # the date the list gives the second network is not also the first's
                claims = [claim for claim in claims if not (claim.attribute == "joined" and claim.about is None and any(
                    claim.value == other.value for other in listed))] + listed
            claims += _membership_began(sentence, base, claims)
            if not any(claim.attribute == "joined" for claim in claims):
                claims += _member_by_the_opening_decision(sentence, base)
        if _TAKING_PART_HINT.search(lowered) and a_member:
            claims += [claim for claim in _takes_part_since(sentence, base, mentions)
                       if not any(other.attribute == "joined" for other in claims)]
        if not any(claim.attribute == "joined" for claim in claims) and a_member:
            claims += (_takes_part_since_its_opening_date(sentence, base, mentions)
                       or _works_within_the_network_since(sentence, base, mentions))
        if mentions and not any(claim.attribute == "joined" for claim in claims):
            claims += (_city_of_the_network_since(sentence, base, mentions) or _network_row_since(sentence, mentions)
                       or _year_of_a_listed_membership(sentence, mentions))
        if "(" in sentence and a_member:
            claims += [claim for claim in _since_after_a_network(sentence, base, mentions)
                       if not any(other.attribute == "joined" and other.value == claim.value for other in claims)]
        if _SIGNING_HINT.search(lowered):
            claims += _signed(sentence, base, mentions)
        if _PRESIDING_HINT.search(lowered):
            claims += _president(sentence, mentions)
        claims += _member_since_founding(sentence, base, claims)
        claims += _founded_the_same_year(sentence, claims)
        claims = _founding_member_joined_at_founding(sentence, claims)
        claims += _founded_when_its_founding_member_joined(sentence, claims)
        claims = _without_founding_members_later_dates(sentence, claims)
    claims = _with_the_entrys_finer_date(sentence, claims, base)
    claims = _founding_members_joined_in_the_year(sentence, claims)
    # "the 100 Resilient Cities programme": a number inside a network's name counts nothing
    claims += [claim for claim in _counts(sentence, base)
               if not any(mention.start <= claim.position < mention.end for mention in mentions)]
    claims = [claim for claim in claims
              if not (_founded_in_a_country(sentence, claim) or _seated_in_a_country(sentence, claim)
                      or _seat_of_a_chapter(sentence, claim, mentions)
                      or _joins_a_networks_text(sentence, claim, mentions) or _dates_a_listing(sentence, claim)
                      or _founds_another_clauses_subject(sentence, claim, mentions)
                      or _describes_no_one(claim))]
    claims = [_seat_of_the_world_body(sentence, claim, mentions) for claim in claims]
    return sorted(claims, key=lambda claim: claim.position)


__all__ = [
    "ATTRIBUTE_OF_UNIT",
    "Claim",
    "city_of_a_joining_label",
    "find_claims",
    "is_a_year_since_alone",
    "joins_at_founding",
    "names_a_founding_member",
    "seat_there_unnamed",
    "signed_it",
]
