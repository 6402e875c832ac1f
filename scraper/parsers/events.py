"""When the event a news item reports took place: "Du 21 au 24 mai dernier", "from 30 March to 2 April 2016",
"vom 5. bis 7. Juni 2024", "del 5 al 7 de junio", "dal 22 al 24 maggio", "le 1er décembre"; a phrase without a
year is read against a base date."""

import re
from datetime import date, timedelta

from .dates import DAY_PATTERN as _DAY
from .dates import MONTH_PATTERN as _MONTH
from .dates import RELATION_PATTERN as _RELATION
from .dates import WEEKDAY_PATTERN, WEEKDAYS, PartialDate, date_from_groups, day_number, month_number, valid_date
from .dates import YEAR_PATTERN as _YEAR
from .language import guess_language
from .text import compile_guarded
from .vocabulary import BELONGING_ADVERB

_OF = r"(?:de\s+|del\s+|di\s+)?"  # "del 5 al 7 de junio de 2024", "dal 5 al 7 di giugno"
_WEEKDAY = rf"(?:{WEEKDAY_PATTERN}\s+)?"  # "du lundi 3 au mercredi 5 juin"
# A weekday before the second day of a span in figures, whole or short: "Do, 05.06.2025 – Sa, 07.06.2025".
_WEEKDAY_SHORT = rf"(?:{WEEKDAY_PATTERN}\s*|[^\W\d_]{{2,3}}\.?,\s*)?"
_RANGES = [
    # "du 22 au 24 mai 2024", "vom 5. bis 7. Juni 2024", "del 5 al 7 de junio", "dal 22 al 24 maggio",
    # "desde el 5 hasta el 7 de junio", "da giovedì 5 a sabato 7 giugno", "dall'11 al 13 settembre"
    compile_guarded(rf"\b(?:(?:du|vom|von|del|dal|da|desde(?:\s+el)?)\s+|dall['’]\s*){_WEEKDAY}(?P<d1>{_DAY})"
                       rf"(?:\s+{_OF}(?P<m1>{_MONTH}))?(?:\s+{_OF}(?P<y1>{_YEAR}))?"
                       rf",?\s+(?:au\s+|bis(?:\s+zum)?\s+|al\s+|all['’]\s*|a\s+|hasta(?:\s+el)?\s+){_WEEKDAY}(?P<d2>{_DAY})"
                       rf"\s+{_OF}(?P<m2>{_MONTH})(?:\s+{_OF}(?P<y2>{_YEAR})|\s+(?P<rel>{_RELATION}))?", re.IGNORECASE),
    # "entre le 3 et le 5 juin", "between 3 and 5 June", "zwischen dem 3. und 5. Juni", "tra il 3 e il 5 giugno"
    compile_guarded(rf"\b(?:entre|between|zwischen|tra|fra)\s+(?:(?:le|el|il|dem|the)\s+)?(?P<d1>{_DAY})"
                    rf"(?:\s+{_OF}(?P<m1>{_MONTH}))?\s+(?:et|y|and|und|e)\s+(?:(?:le|el|il|dem|the)\s+)?(?P<d2>{_DAY})"
                    rf"\s+{_OF}(?P<m2>{_MONTH})(?:\s+{_OF}(?P<y2>{_YEAR})|\s+(?P<rel>{_RELATION}))?", re.IGNORECASE),
    # "5 to 7 June", "Thursday 5 June to Saturday 7 June", "5. bis 7. Juni"
    compile_guarded(rf"\b(?:from\s+)?{_WEEKDAY}(?P<d1>{_DAY})(?:\s+(?P<m1>{_MONTH}))?(?:,?\s+(?P<y1>{_YEAR}))?"
                    rf"\s+(?:to|until|through|bis(?:\s+zum)?)\s+{_WEEKDAY}(?P<d2>{_DAY})\s+(?P<m2>{_MONTH})"
                    rf"(?:,?\s+(?P<y2>{_YEAR})|\s+(?P<rel>{_RELATION}))?", re.IGNORECASE),
    # "from Oct. 14 to 16, 2026", "from Wednesday, Oct. 14 to Friday, Oct. 16, 2026"
    compile_guarded(rf"\bfrom\s+{_WEEKDAY}(?P<m1>{_MONTH})\s+(?P<d1>{_DAY})(?:,?\s+(?P<y1>{_YEAR}))?\s+(?:to|until|through)"
                    rf"\s+{_WEEKDAY}(?:(?P<m2>{_MONTH})\s+)?(?P<d2>{_DAY})(?:,?\s+(?P<y2>{_YEAR}))?", re.IGNORECASE),
    # "5-7 June", "20 December – 4 January", "5. Juni – 7. Juli 2025", "30 avril - 2 mai"
    # "Tuesday 3 June 2025 – Thursday 5 June 2025"
    compile_guarded(rf"\b(?P<d1>{_DAY})(?:\s+{_OF}(?P<m1>{_MONTH})(?:\s+{_OF}(?P<y1>{_YEAR}))?)?\s*[-–—]\s*{_WEEKDAY}"
                       rf"(?P<d2>{_DAY})"
                       rf"\s+{_OF}(?P<m2>{_MONTH})(?:\s+{_OF}(?P<y2>{_YEAR}))?", re.IGNORECASE),
    # "December 20 – January 4, 2025"
    # "Wednesday, Oct. 14 – Friday, Oct. 16, 2026"
    re.compile(rf"\b(?P<m1>{_MONTH})\s+(?P<d1>{_DAY})\s*[-–]\s*{_WEEKDAY}(?P<m2>{_MONTH})\s+(?P<d2>{_DAY})"
               rf"(?:,?\s+(?P<y2>{_YEAR}))?", re.IGNORECASE),
    # Days: "les 13 et 14 novembre", "am 13. und 14. November", "los días 13 y 14 de noviembre", "on 13 and 14 May",
    # "les 5, 6 et 7 juin", "vendredi 6 et samedi 7 juin", Italian eliding the article before a vowel: "il 10 e l'11
    # novembre"
    compile_guarded(rf"\b{_WEEKDAY}(?P<d1>{_DAY})(?:,\s*{_WEEKDAY}{_DAY}){{0,5}}\s+(?:et|und|y|e|and|&)\s+"
                    rf"(?:(?:le|el|il|dem|the|am)\s+|l['’])?"
                    rf"{_WEEKDAY}(?P<d2>{_DAY})"
                    rf"\s+{_OF}(?P<m2>{_MONTH})(?:\s+{_OF}(?P<y2>{_YEAR})|\s+(?P<rel>{_RELATION}))?", re.IGNORECASE),
    # Two days across a month's end: "los días 31 de julio y 1 de agosto", "les 31 juillet et 1er août", "am 30. Juni
    # und 1. Juli", "il 31 luglio e il 1° agosto", "on 31 July and 1 August", "July 31 and August 1": the last days of a
    # month and the first of the next, one event's; other days joined so ("le 3 mai et le 5 juin") are two dates.
    compile_guarded(rf"\b{_WEEKDAY}(?P<d1>(?:2[89]|3[01])\.?)\s+{_OF}(?P<m1>{_MONTH})(?:\s+{_OF}(?P<y1>{_YEAR}))?"
                    rf",?\s+(?:et|und|y|e|and|&)\s+(?:(?:le|el|il|dem|the|am)\s+)?{_WEEKDAY}(?P<d2>0?1(?:er|st|º|°)?\.?)"
                    rf"\s+{_OF}(?P<m2>{_MONTH})(?:\s+{_OF}(?P<y2>{_YEAR}))?", re.IGNORECASE),
    compile_guarded(rf"\b(?P<m1>{_MONTH})\s+(?P<d1>2[89]|3[01])(?:st|th)?(?:,?\s+(?P<y1>{_YEAR}))?,?\s+(?:and|&)\s+"
                    rf"(?P<m2>{_MONTH})\s+(?P<d2>1)(?:st)?\b(?:,?\s+(?P<y2>{_YEAR}))?", re.IGNORECASE),
    re.compile(rf"\b(?P<m2>{_MONTH})\s+(?P<d1>{_DAY})\s*(?:[-–&]|and)\s*(?P<d2>{_DAY})(?:,?\s+(?P<y2>{_YEAR}))?",
               re.IGNORECASE),
    # "June 5 to 7, 2025", "June 5 through 7"
    re.compile(rf"\b(?P<m2>{_MONTH})\s+(?P<d1>{_DAY})\s+(?:to|through|until)\s+(?P<d2>{_DAY})(?:,?\s+(?P<y2>{_YEAR}))?",
               re.IGNORECASE),
    # "from the 5th to the 7th of June 2025"
    compile_guarded(rf"\b(?:from\s+)?the\s+(?P<d1>{_DAY})\s+(?:to|until|through)\s+the\s+(?P<d2>{_DAY})\s+of\s+(?P<m2>{_MONTH})"
                    rf"(?:,?\s+(?P<y2>{_YEAR}))?", re.IGNORECASE),
    # No opening word: "5. bis 7. Juni 2024", "3 al 5 de junio", "22 au 24 mai"
    compile_guarded(rf"\b(?P<d1>{_DAY})\s+(?:bis(?:\s+zum)?|al|au)\s+(?P<d2>{_DAY})\s+{_OF}(?P<m2>{_MONTH})"
                    rf"(?:\s+{_OF}(?P<y2>{_YEAR})|\s+(?P<rel>{_RELATION}))?", re.IGNORECASE),
    # Days in figures, the last with its year: "du 05/06/2025 au 07/06/2025", "vom 05.06. bis 07.06.2025",
    # "05.06.–07.06.2025", "12.-14.06.2025"
    compile_guarded(rf"\b(?P<d1>[0-3]?\d)(?:(?P<sep1>[./])(?P<mn1>[01]?\d)(?:(?P=sep1)(?P<y1>{_YEAR}))?)?\.?\s*"
                       rf"(?:[-–]|au|bis(?:\s+zum)?|al|to|until|hasta(?:\s+el)?)\s*{_WEEKDAY_SHORT}"
                       rf"(?P<d2>[0-3]?\d)(?P<sep2>[./])(?P<mn2>[01]?\d)(?P=sep2)(?P<y2>{_YEAR})", re.IGNORECASE),
    # In figures: "du 05.06 au 07.06.2025", "du 5 au 7/06/2025", "vom 5.6. bis 7.6.2025", "dal 5/6 al 7/6".
    compile_guarded(r"\b(?:du|vom|von|del|dal)\s+(?P<d1>[0-3]?\d)(?:[./](?P<mn1>[01]?\d)\.?(?:[./]?(?P<y1>(?:19|20)\d\d))?)?"
                    r"\s+(?:au|bis(?:\s+zum)?|al|all['’])\s*(?P<d2>[0-3]?\d)[./](?P<mn2>[01]?\d)\.?"
                    r"(?:[./]?(?P<y2>(?:19|20)\d\d))?(?!\d)", re.IGNORECASE),
]
_SINGLE_DAYS = [
    compile_guarded(rf"\b(?P<d>{_DAY})\s+{_OF}(?P<m>{_MONTH})(?:\s+{_OF}(?P<y>{_YEAR})|\s+(?P<rel>{_RELATION}))?",
                    re.IGNORECASE),
    re.compile(rf"\b(?P<m>{_MONTH})\s+(?P<d>{_DAY})(?:,?\s+(?P<y>{_YEAR}))?", re.IGNORECASE),
    # "the 4th of June"
    compile_guarded(rf"\b(?P<d>{_DAY})\s+of\s+(?P<m>{_MONTH})(?:,?\s+(?P<y>{_YEAR}))?", re.IGNORECASE),
    # A day in figures after the word that introduces a day: "am 05.06.2025", "le 05/06/2025", "el 5/6/2025"; bare, a
    # figure date may be a reference or a law's.
    compile_guarded(rf"\b(?:le|am|el|il|on)\s+{_WEEKDAY}(?P<d>[0-3]?\d)(?P<sep>[./])(?P<mn>[01]?\d)(?P=sep)(?P<y>{_YEAR})",
                    re.IGNORECASE),
    # After the label of an event's day: "Termin: 05.06.2025, 18:00 Uhr", "When: 05/06/2025", "Quando: 05/06/2025"
    compile_guarded(rf"\b(?:termin|wann|when|quand|cuándo|cuando|quando)\s*:\s*{_WEEKDAY}(?P<d>[0-3]?\d)(?P<sep>[./])"
                    rf"(?P<mn>[01]?\d)(?P=sep)(?P<y>{_YEAR})", re.IGNORECASE),
]

# "Domande entro il 31 ottobre", "inscriptions avant le 5 mars", "apply by 3 May": a deadline, not the event.
_DEADLINE_BEFORE = compile_guarded(
    r"\b(?:avant|d['’]ici|entro|by|before|deadline|vor|spätestens|antes|scadenza)\b"
    r"(?:\s+(?:le|il|el|del|dem|the|al))?\s*$", re.IGNORECASE)
# "Date limite : 30 avril", "closing date: 30 April", "Anmeldeschluss ist der 30. April", "fecha límite: 30 de abril",
# "termine ultimo il 30 aprile": a deadline named by its noun.
_DEADLINE_NOUN_BEFORE = compile_guarded(
    r"(?:\bdate\s+limite|\bclôture|\bclosing\s+date|schluss|\bfrist|\bfecha\s+límite|\bplazo|\btermine\s+ultimo"
    r"|\bdeadline|\bfin\s+des\s+inscriptions"
    r"|\béchéance|\bdue\s+date|\bstichtag|\bscadenza|\bvencimiento)"
    r"[^.\d]{0,20}$"
    # "au plus tard le 30 avril", "no later than 30 April", "entro e non oltre il 30 aprile", "a más tardar el 30"
    r"|(?:\bau\s+plus\s+tard|\bno\s+later\s+than|\bnon\s+oltre|\ba\s+más\s+tardar)(?:\s+(?:le|il|el|on|the))?\s*$",
    re.IGNORECASE)
# "The deadline for applications is 30 April", "La date limite de dépôt des dossiers est fixée au 30 avril", "Die Frist
# für die Anträge endet am 30. April": a deadline's noun further back in the day's clause (no figure, no period
# between). Only nouns that name nothing but a deadline: "clôture" may be a closing ceremony's.
_DEADLINE_NOUN_IN_CLAUSE = compile_guarded(
    r"(?:\bdate\s+limite|\bclosing\s+date|\bdeadline|\bdue\s+date|schluss\b|\bfrist\b|\bfecha\s+límite|\bplazo"
    r"|\bscadenza|\btermine\s+ultimo|\bstichtag)"
    r"[^.;!?\d]{0,70}$", re.IGNORECASE)
_CLAUSE_CHARS = 90
# "loi n° 2015-991 du 7 août 2015", "Decree of 3 May 2024", "Verordnung vom 12. Februar 2024", "Real Decreto 123/2024,
# de 5 de marzo": the day of a legal text, not an event (nor is a council's decision's: see `_COUNCIL`).
_LEGAL_TEXT_BEFORE = re.compile(
    r"\b(?:loi|décret|arrêté|ordonnance|law|act|decree|ordinance|gesetz|verordnung|satzung|ley|decreto|legge|ordinanza)\b"
    r"[^.]{0,20}\s(?:du|of|vom|de|del|dell['’])\s*$", re.IGNORECASE)
# "Applications close on 30 April", "les inscriptions ferment le 30 avril": a deadline in a sentence about applying;
# at an hour of the day too: "The scheme closes at 5pm on Friday 29 August", "ferment à 17 h le vendredi 29 août".
_CLOSING_BEFORE = compile_guarded(r"\b(?:close[sd]?|closing|ferment|fermeront|cierran?|chiud[eo]no|finaliza|vence|scade"
                                  r"|expires?)\b(?:[^.\d]{0,10}?\b(?:at|à|a\s+las|alle|um)\s+\d{1,2}(?:[:.h]\s*\d\d)?"
                                  r"\s*(?:am|pm|h|uhr)?\b)?[^.\d]{0,20}$",
                                  re.IGNORECASE)
# A call for applications or projects, by its noun: "il bando", "l'appel à projets", "the call for proposals", "die
# Ausschreibung", "la convocatoria": its open days are the time to apply.
_A_CALL = (r"|\bband[oi]\b|\bappels?\s+à\s+(?:projets|candidatures)"
           r"|\bcalls?\s+for\s+(?:applications|proposals|projects)|ausschreibung|förderaufruf|\bconvocatorias?\b")
# "Applications are open from 1 to 30 November", "Inscriptions au voyage du 1er au 20 octobre", "Anmeldung vom 1. bis
# 15. März", "El plazo de solicitud va del 3 al 24 de noviembre", "Iscrizioni dal 2 al 20 ottobre": a span right after
# the noun of registering or applying is the time to apply, not an event the item reports.
_REGISTERING_BEFORE = compile_guarded(
    r"(?:\binscri(?:ptions?|vez-vous)|\bcandidatures?|\bapplications?|\bregistration|\bsign[\s-]ups?|\bnominations?"
    r"|anmeld\w*|bewerb\w*|einreich\w*|\binscripci(?:ón|ones)|\bsolicitud(?:es)?|\bpostulaci(?:ón|ones)|\bplazo"
    r"|\biscrizion[ei]|\bcandidatur[ae]|\bdomand[ae]\s+di\s+partecipazione|\bfrist" + _A_CALL + ")"
    r"[^.;!?,\d]{0,40}$", re.IGNORECASE)
_APPLYING_CHARS = 300  # the item's call to apply may be a sentence or its title before the closing day
# "Begleitend zeigt die Bibliothek vom 8. bis 19. Juli eine Ausstellung", "En marge du sommet, une exposition est
# présentée du 8 au 19 juillet", "Alongside the ceremony, the library hosts an exhibition from 8 to 19 July",
# "Paralelamente, del 8 al 19 de julio", "In concomitanza, dall'8 al 19 luglio", "Rund um den Flaggentag zeigt die
# Stadtbücherei vom 6. bis 17. Juli", "Autour de la cérémonie", "En torno a la jornada", "Intorno
# alla giornata": the span of a side event, in its clause's opening words, is not the one the item reports (the
# periods of German days aside, no sentence's end).
_SIDE_EVENT_BEFORE = compile_guarded(
    r"\b(?:begleitend|flankierend|parallel\s+dazu|im\s+rahmenprogramm|rund\s+um|autour\s+d[eu]"
    r"|en\s+torno\s+al?|intorno\s+a(?:l|lla|llo|i|gli|lle|ll[’'])?|en\s+marge|en\s+parallèle|parallèlement"
    r"|alongside|in\s+parallel|accompanying|on\s+the\s+sidelines|a\s+margine|in\s+concomitanza|parallelamente"
    r"|in\s+parallelo|paralelamente|en\s+paralelo|al\s+margen)\b(?:[^.;!?]|(?<=\d)\.){0,80}$", re.IGNORECASE)
# "se poursuivent jusqu'au 2 février", "runs until 2 February", "proseguono fino al 2 febbraio": the event goes on
# from the item's own day to that one.
_UNTIL_BEFORE = re.compile(r"(?:\bjusqu['’]au|\buntil|\btill|\bthrough|\bbis\s+zum|\bhasta\s+el|\bfino\s+al"
                           r"|\bbis)\s+$",
                           re.IGNORECASE)
# A verb saying something begins or opens on the day: a rule or timetable ("Winter parking restrictions begin December
# 1", "les nouveaux horaires commencent le 1er novembre", "das Parkverbot beginnt am 1. Dezember", "las restricciones
# comienzan el 1 de diciembre", "i divieti iniziano il 1° dicembre"), a service or a season ("Fall leaf collection
# begins October 6", "Weihnachtsmarkt öffnet am 23. November", "la patinoire ouvre le 5 décembre", "Las luces de Navidad
# se encenderán el 21 de noviembre", "la pista di pattinaggio apre il 5 dicembre").
# A place opens (not reflexively: "les travaux s'ouvrent le", "i lavori si apriranno sabato 24 maggio" open a meeting).
_BEGINS_ON_BEFORE = (
    r"\bbegins?(?:\s+on)?|\bstarts?(?:\s+on)?|\bopens?(?:\s+on)?|\bcommencen?t?(?:\s+le)?|\bdébutent(?:\s+le)?"
    r"|(?<!s['’])\bouvr(?:e|ent|ira|iront)(?:\s+(?:ses|leurs)\s+portes)?(?:\s+le)?"
    r"|\bs['’]allum(?:e|ent|era|eront)(?:\s+le)?"
    r"|\bbeginn(?:t|en)(?:\s+am)?|\böffne[nt](?:\s+(?:seine|ihre)\s+tore)?(?:\s+am)?"
    r"|\bcomienzan?(?:\s+el)?|\bempiezan?(?:\s+el)?|(?<!se\s)\babr(?:e|en|irá|irán)(?:\s+sus\s+puertas)?(?:\s+el)?"
    r"|\bse\s+encender(?:á|án)(?:\s+el)?|\bse\s+encienden?(?:\s+el)?"
    r"|\biniziano?(?:\s+il)?|(?<!si\s)\bapr(?:e|ono|irà|iranno)(?:\s+i\s+battenti)?(?:\s+il)?"
    r"|\bsi\s+accend\w+(?:\s+il)?")
_BEGINS_ON_DAY = re.compile(rf"(?:{_BEGINS_ON_BEFORE})\s*(?:{WEEKDAY_PATTERN}\s*)?$", re.IGNORECASE)
# "Dal 9 marzo l'URP sarà aperto anche il giovedì pomeriggio", "À partir du 9 mars, la mairie annexe ouvre le samedi
# matin", "Ab dem 9. März ist das Bürgerbüro donnerstags geöffnet", "A partir del 9 de marzo la oficina abre los
# jueves", "From 9 March the office opens on Thursdays": a day that opens a new timetable, with no end, dates a change
# taking effect, not an event the item reports ("à partir du samedi 1er mars", a reopening's day, stays one).
_OPEN_START_BEFORE = re.compile(
    rf"(?:\bà\s+partir\s+du|\bdès\s+le|\bfrom|\bstarting(?:\s+(?:on|from))?|\bas\s+(?:of|from)|\bab(?:\s+dem)?"
    rf"|\ba\s+partir\s+del?|\bdesde\s+el|\ba\s+partire\s+dal|\bdal|\bdall['’]|{_BEGINS_ON_BEFORE})"
    rf"\s*(?:{WEEKDAY_PATTERN}\s*)?$",
    re.IGNORECASE)
# What closes a span after its first day: "dal 9 al 12 marzo", "from 9 March to 12 March", "9.–12. März".
_SPAN_GOES_ON = re.compile(r"\s*(?:[-–—]|(?:al|au|to|until|till|through|bis|hasta|jusqu['’]au|fino)\b|all['’])",
                           re.IGNORECASE)
# A timetable: opening hours by their noun, or a weekday as a habit ("il giovedì pomeriggio", "le samedi matin", "on
# Thursdays", "donnerstags", "los jueves"), not a day of the calendar ("le samedi 1er mars").
_TIMETABLE = compile_guarded(
    rf"\b(?:orari[oe]?|horaires?|öffnungszeiten|horarios?|opening\s+(?:hours|times)|heures\s+d['’]ouverture"
    rf"|(?:il|le|les|los|las|every|ogni|tous\s+les|todos\s+los|cada|jeden)\s+{WEEKDAY_PATTERN}(?!\s*\d)"
    rf"|(?:mon|tues|wednes|thurs|fri|satur|sun)days|(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)s"
    # the hour the place opens or closes: "will close at 4pm", "fermeront à 16 h", "schließen um 16 Uhr", "cerrarán a
    # las 16:00", "chiuderanno alle 16"
    rf"|(?:clos|open)\w*\s+at\s+\d{{1,2}}(?:[:.]\d\d)?\s*(?:am|pm)|(?:ferm|ouvr)\w*\s+à\s+\d{{1,2}}\s*h(?:\d\d)?"
    rf"|(?:schließ|schliess|öffn)\w*\s+(?:[^\W\d]+\s+){{0,3}}?(?:um|ab)\s+\d{{1,2}}(?:[:.]\d\d)?\s*uhr"
    rf"|(?:cerr|abr)\w*\s+a\s+las\s+\d{{1,2}}|(?:chiud|apr)\w*\s+alle\s+(?:ore\s+)?\d{{1,2}}"
    # a service's frequency: "toutes les 30 minutes", "every 30 minutes", "alle 30 Minuten", "cada 30 minutos", "ogni
    # 30 minuti"
    rf"|(?:toutes\s+les|every|alle|cada|ogni)\s+\d{{1,3}}\s+(?:minutes?|minuten|minutos|minuti|min\.?))\b",
    re.IGNORECASE)
# A service's hours between two of the day: "la collecte aura lieu entre 19h et 22h", "collected between 7pm and 10pm",
# "zwischen 19 und 22 Uhr abgeholt", "entre las 19 y las 22 h", "tra le 19 e le 22"; a timetable unless the sentence
# names an attraction or an event, whose hours they are ("l'exposition est ouverte entre 10h et 18h").
_HOURS_BETWEEN = compile_guarded(
    r"\b(?:entre|between|zwischen|tra\s+le|fra\s+le)\s+(?:las\s+)?\d{1,2}(?:\s*[h:.]\s*\d\d|\s*(?:h|am|pm|uhr)\b)?"
    r"\s+(?:et|and|und|y|e)\s+(?:(?:las|le)\s+\d{1,2}(?!\d|[.,:]\d)|\d{1,2}(?:\s*[h:.]\s*\d\d(?!\d)|\s*(?:h|am|pm|uhr)\b))",
    re.IGNORECASE)
# A show, a fair or a meeting people come to, whose opening day is an event ("L'exposition ouvre le 5 octobre"); a
# market's is its season's ("Weihnachtsmarkt öffnet am 23. November").
_A_SHOW = (r"expo\w*|exhibition|ausstellung|mostra|musée|museum|museo|festivals?|fêtes?|fest|festa|fiestas?|sagra"
           r"|feria|fiera|fair|salon|concerts?|konzert|concierto|concerto|spectacle|show|portes\s+ouvertes"
           r"|open\s+days?|tag\s+der\s+offenen\s+tür|puertas\s+abiertas|porte\s+aperte|forum|foro|congr\w+|conferen\w+"
           r"|konferenz|colloque|sommet|summit|gipfel|cumbre|vertice")
_SHOWN = compile_guarded(rf"\b(?:{_A_SHOW})\b", re.IGNORECASE)
_AN_ATTRACTION = compile_guarded(rf"\b(?:{_A_SHOW}|marché|market|markt|mercado|mercato)\b", re.IGNORECASE)


def _opens_a_timetable(text: str, start: int, end: int, before: str) -> bool:
    """The day text[start:end] is told as the first of a new timetable, with no end ("Dal 9 marzo l'URP sarà aperto
    anche il giovedì pomeriggio")."""
    if _OPEN_START_BEFORE.search(before) is None or _SPAN_GOES_ON.match(text, end) is not None:
        return False
    sentence = _sentence_around(text, start, end)
    return _TIMETABLE.search(sentence) is not None or (
        _HOURS_BETWEEN.search(sentence) is not None and _AN_ATTRACTION.search(sentence) is None)


# A rule that takes effect from a day, with no end: "le stationnement de nuit interdit dès le 1er décembre", "Ab dem 1.
# Dezember gilt das Parkverbot", "From 1 December overnight parking is banned", "A partir del 1 de diciembre queda
# prohibido aparcar", "Dal 1° dicembre scatta il divieto di sosta": its first day, not an event the item reports.
_A_RULE = compile_guarded(
    r"\b(?:interdi(?:te?s?|ction)|autorisée?s?|obligatoires?|en\s+vigueur|prohibit(?:ed|ion)|banned|forbidden"
    r"|mandatory|in\s+(?:force|effect)|takes?\s+effect|untersagt|in\s+kraft|prohibid[oa]s?|prohibición"
    r"|obligatori[oa]s?|en\s+vigor|vietat[oaie]|divieto|obbligatori[oa]|in\s+vigore"
    # a restriction: "parking restrictions", "restrictions de stationnement", "restricciones", "restrizioni"
    r"|restrictions?|restricciones|restrizioni"
    # a road closed: "road closure from 22 April", "fermeture de la rue à partir du 22 avril", "cierre al tráfico desde
    # el 22 de abril", "chiusura al traffico dal 22 aprile"
    r"|closures?|closed\s+to\s+traffic|fermetures?|fermée?s?\s+à\s+la\s+circulation|cierres?|cortes?\s+de\s+tráfico"
    r"|chiusur[ae]|chius[oaie]\s+al\s+traffico)\b"
    r"|verbot|pflicht|sperrung",  # "Parkverbot", "verboten", "Maskenpflicht", "Vollsperrung"
    re.IGNORECASE)


# "L'adhésion est devenue effective au 1er septembre", "L'iscrizione è effettiva dal 1° ottobre", "membership effective
# from 1 October", "Die Mitgliedschaft wird zum 1. Oktober wirksam", "la adhesión será efectiva desde el 1 de octubre":
# the day something takes effect, with no end, is its first day, not an event the item reports.
_TAKES_EFFECT_BEFORE = compile_guarded(
    r"\b(?:effective|effectif|effectifs|effectives|effettiv[aoie]|efectiv[aoe]s?|wirksam|takes?\s+effect)"
    r"\s+(?:au|à\s+compter\s+du|à\s+partir\s+du|dès\s+le|le|on|as\s+of|from|zum|mit\s+dem|ab(?:\s+dem)?|am|desde\s+el"
    r"|a\s+partir\s+del?|el|dal|dall['’]|a\s+partire\s+dal|a\s+decorrere\s+dal|il)\s*$", re.IGNORECASE)


def _opens_a_rule(text: str, start: int, end: int, before: str) -> bool:
    """The day text[start:end] is told as the first of a rule's time, with no end ("interdit dès le 1er décembre"), or
    as the day something takes effect ("effective au 1er septembre"), or a service or a season begins ("Weihnachtsmarkt
    öffnet am 23. November")."""
    if _SPAN_GOES_ON.match(text, end) is not None:
        return False
    if _TAKES_EFFECT_BEFORE.search(before) is not None:
        return True
    if _OPEN_START_BEFORE.search(before) is None:
        return False
    sentence = _sentence_around(text, start, end)
    # a service or a season begins on the day, no meeting, ceremony or show held then: "Weihnachtsmarkt öffnet am 23.
    # November" (but "the congress opens on 5 May", "l'exposition ouvre le 5 octobre")
    return _A_RULE.search(sentence) is not None or (
        _BEGINS_ON_DAY.search(before) is not None and _HELD_THAT_DAY.search(sentence) is None
        and _SHOWN.search(sentence) is None)


# "Les associations ont jusqu'au 15 mars pour déposer leur dossier", "Vereine können bis zum 30. April Zuschüsse
# beantragen", "applications until 3 May": in a sentence about applying or registering, "until" sets a deadline.
# A public consultation's "Have your say until 24 October", "Donnez votre avis jusqu'au 15 mars" sets a deadline too,
# as does a public vote's: "Les citoyens peuvent voter jusqu'au 30 novembre", "Voting is open until 30 November".
_APPLYING = re.compile(
    r"\b(?:candidat|candidar|inscri|dossier|dépos|postul|appl(?:y|ica)|regist|submi|nominat|anmeld|bewerb|beantrag"
    r"|antr[aä]g|einreich|solicit|presentar|iscri|domand" + _A_CALL +
    r"|vot(?:e[rsz]?|ing|ar|are|ación|aciones|azion[ei])\b|abstimm|stimmabgabe"
    r"|have\s+your\s+say|consult|feedback|votre\s+avis|ihre\s+meinung|su\s+opinión|tu\s+opinión|la\s+tua\s+opinione"
    r"|il\s+tuo\s+parere)", re.IGNORECASE)
_SENTENCE_END = re.compile(r"(?<!\d)[.!?](?=\s|$)")  # not the period of a German day ("30. April")
_SENTENCE_CHARS = 150
# The day the item was written, named relative to it: "hier", "yesterday", "ce matin", "ieri", "demain"; how many
# days before it.
_RELATIVE_DAYS = (
    (compile_guarded(r"\b(?:avant-hier|the\s+day\s+before\s+yesterday|vorgestern|anteayer|anteieri|l['’]altro\s+ieri)\b",
                     re.IGNORECASE), 2),
    (compile_guarded(r"\b(?:hier|yesterday|gestern|ayer|ieri)\b", re.IGNORECASE), 1),
    # "Aujourd'hui" and "today" also mean "nowadays" ("qui compte aujourd'hui 140 membres"): only a part of the day.
    # ... unless an hour of the day follows it: "Oggi alle 8.15 un minuto di silenzio", "aujourd'hui à 18 h", "today at
    # 6pm", "heute um 18 Uhr", "hoy a las 18:00".
    # An hour has its minutes or its unit ("der heute alle 27 Hauptstädte angehören" names none).
    (compile_guarded(r"\b(?:aujourd['’]hui|today|heute|hoy|oggi)\s*,?\s*(?:(?:alle|dalle)\s+ore\s+\d{1,2}(?!\d)"
                     r"|(?:à|dès|at|from|um|ab|alle|dalle|a\s+las|desde\s+las)\s+\d{1,2}"
                     r"(?:\s*[h:.]\s*\d\d(?!\d)|\s*(?:h|am|pm|uhr)\b))", re.IGNORECASE), 0),
    (compile_guarded(r"\b(?:ce\s+matin|cet\s+après-midi|ce\s+soir|this\s+(?:morning|afternoon|evening)"
                     r"|heute\s+(?:morgen|vormittag|nachmittag|abend)|esta\s+(?:mañana|tarde)|questa\s+mattina|stamattina"
                     r"|questo\s+pomeriggio|stasera)\b", re.IGNORECASE), 0),
    # Days ahead, for an item announcing what comes: "demain", "tomorrow", "morgen", "domani"; not the future of
    # "la ville de demain", "cities of tomorrow", "tomorrow's", "la città di domani", "die Stadt von morgen", "heute
    # Morgen".
    (compile_guarded(r"\b(?:après-demain|the\s+day\s+after\s+tomorrow|übermorgen|dopodomani)\b", re.IGNORECASE), -2),
    (compile_guarded(r"(?<!de\s)\bdemain\b|(?<!of\s)\btomorrow\b(?!['’]s)|(?<!di\s)\bdomani\b"
                     r"|(?<!heute\s)(?<!guten\s)(?<!von\s)(?<!für\s)\bmorgen\b", re.IGNORECASE), -1),
)
# "Publié le 3 juin 2024 · Mis à jour le 5 juin 2024": the item's own days, not its event's.
_ITEM_DAY_BEFORE = re.compile(
    r"\b(?:publiée?|mise?\s+à\s+jour|modifiée?|published|posted|updated|veröffentlicht|aktualisiert|publicad[oa]"
    r"|actualizad[oa]|pubblicat[oa]|aggiornat[oa])(?:\s+(?:le|on|am|el|il))?\s*:?\s*$", re.IGNORECASE)
_BEFORE_CHARS = 25
_DIGIT = re.compile(r"\d")
# A verb in the future in the sentence of a day without a year: "Bilbao acogerá ... los días 3 y 4 de octubre", "the
# forum will meet on 3 and 4 October", "le forum se tiendra les 3 et 4 octobre": the next such days, not the last.
_FUTURE_VERB = re.compile(
    r"\b(?:will|shall|sera|seront|aura|auront|se\s+tiendra|accueillera|wird|werden"
    r"|[^\W\d_]{2,}(?:rá|rán|rà|ranno))\b", re.IGNORECASE)
_SENTENCE_OR_CLAUSE_END = re.compile(r"[.!?;]\s")  # where the verb of a day without a year is looked for
_VERB_WINDOW = 200  # how far from the days their verb is looked for: bounded, however long the text
# The days' phrase took the period that ends their sentence, after their month and before a capital (a month's pattern
# takes an abbreviation's: "Oct."): the next sentence's verb is not theirs.
_ENDS_ITS_SENTENCE = re.compile(r"(?<=[^\W\d_])\.(?:\s+[A-ZÀ-ÖØ-Þ«\"“]|\s*$)")


def _told_in_the_future(text: str, start: int, end: int) -> bool:
    """The sentence holding text[start:end] (as far as a window around it) has a verb in the future."""
    window_start = max(0, start - _VERB_WINDOW)
    ends = [found.end() for found in _SENTENCE_OR_CLAUSE_END.finditer(text, window_start, start)]
    if _ENDS_ITS_SENTENCE.match(text, end - 1):  # "entre el 27 y el 29 de octubre. La ciudad ocupará ...": not its verb
        stop = end
    else:
        following = _SENTENCE_OR_CLAUSE_END.search(text, end, end + _VERB_WINDOW)
        stop = following.start() if following else min(len(text), end + _VERB_WINDOW)
    return _FUTURE_VERB.search(text, ends[-1] if ends else window_start, stop) is not None


def _range_from_groups(groups: dict[str, str | None], base: date | None
                       ) -> tuple[PartialDate, PartialDate] | None:
    end_groups = {"d": groups["d2"], "m": groups.get("m2") or groups.get("m1"), "mn": groups.get("mn2"),
                  "y": groups["y2"], "rel": groups.get("rel")}
    end = date_from_groups(end_groups, base)
    if end is None:
        return None
    start_month = (month_number(groups["m1"]) if groups.get("m1") else int(groups["mn1"]) if groups.get("mn1")
                   else end.month)
    start_year = int(groups["y1"]) if groups.get("y1") else end.year - (start_month > end.month)
    start = valid_date(start_year, start_month, day_number(groups["d1"]))
    if start is None or start > end:
        return None
    return start, end


def find_event_span(text: str, base: date | None, published: PartialDate | None = None
                    ) -> tuple[PartialDate, PartialDate] | None:
    """When the reported event happened: the first day range ("Du 21 au 24 mai dernier",
    "from 30 March to 2 April 2016", "les 13 et 14 novembre"), else the first single day ("le 1er décembre"),
    else a day named from the item's own ("hier", "this morning"). A day that is the item's own `published` date
    ("Paris, le 27 février 2025", a press release's dateline) is the event's only when the text names no other
    day, not even one of the city's joining or its council's decision (the release then reports that membership); a
    deadline ("entro il 31 ottobre") or the day a city's council decided is never the event, a day of an
    earlier year (an anniversary's origin) only when the text names no other, a day after "Publié le" or "Mis à jour
    le" is the item's own, not the event's; "until" a day makes the event run from the item's date to that day."""
    written_days = _DIGIT.search(text) is not None  # every range and day of the patterns has its number
    history = None  # the first range long before the item: an earlier edition's, the event's only failing others
    side = None  # the first range of a side event ("Begleitend zeigt die Bibliothek vom 8. bis 19. Juli"): likewise
    side_spans = []  # where the side events' spans are written: none of their days is the event's either
    to_apply = []  # where the spans of time to apply are written: none of their days is the event's
    for pattern in _RANGES if written_days else ():
        for found in pattern.finditer(text):
            groups = found.groupdict()
            if not (groups.get("y2") or groups.get("rel")) and _told_in_the_future(
                    text, *found.span()) and not _past_verb_leads_to(text, found.start()):
                groups["rel"] = "next"
            span = _range_from_groups(groups, base)
            if span and _REGISTERING_BEFORE.search(text, max(0, found.start() - _CLAUSE_CHARS), found.start()):
                to_apply.append(found.span())
                continue
            if span and _a_return_leg(text, *found.span()):
                continue
            if span and _SIDE_EVENT_BEFORE.search(text, max(0, found.start() - _CLAUSE_CHARS), found.start()):
                side = side or span
                side_spans.append(found.span())
                continue
            if span and _long_before(span[1], published):
                history = history or span
            elif span:
                return span
    days, earlier_years = [], []
    membership_dated = False  # a day the text names dates the city's joining or its council's decision
    for pattern in _SINGLE_DAYS if written_days else ():
        for found in pattern.finditer(text):
            groups = found.groupdict()
            if not (groups.get("y") or groups.get("rel")) and _told_in_the_future(
                    text, *found.span()) and not _past_verb_leads_to(text, found.start()):
                groups["rel"] = "next"
            day = date_from_groups(groups, base)
            before = text[max(0, found.start() - _BEFORE_CHARS):found.start()]
            if day and not groups.get("y"):
                day = _year_by_weekday(before, day)
            if day is None or _DEADLINE_BEFORE.search(before) or _ITEM_DAY_BEFORE.search(before) or any(
                    start <= found.start() < end for start, end in to_apply + side_spans):
                continue
            if _dates_the_membership(text, found.start(), found.end(), before) or _dates_a_councils_sitting(
                    text, found.start(), found.end(), day, published):
                membership_dated = True
                continue
            if _a_deadline(text, found.start(), found.end(), before) or _a_return_leg(
                    text, found.start(), found.end()) or _opens_a_timetable(
                    text, found.start(), found.end(), before) or _opens_a_rule(
                    text, found.start(), found.end(), before):
                continue
            if published and published.day and _UNTIL_BEFORE.search(before) and day > published:
                if _APPLYING.search(_sentence_around(text, found.start(), found.end())):
                    continue  # a deadline
                if opening := _opening_day(text, days, found.start(), published, day):
                    return opening, day
                if _told_in_the_future(text, found.start(), found.end()):
                    continue  # "will be open daily until 22 December": it has not begun on the item's day
                return published, day
            (earlier_years if published and day.year < published.year else days).append((found.start(), day))
    # A day named from the item's own ("hier") comes before a day of an earlier year (a birth, a law's).
    if published and published.day and not any(day != published for _, day in days):
        relative = _relative_day(text, published) or _weekday_near(text, published)
        if relative and not _an_announcements_day(text):
            return relative, _second_weekday(text, relative) or relative
    if not days and (history or side):
        return history or side
    # A month named from the item's ("en juin dernier", "lo scorso settembre") beside the days of the city's joining is
    # a caption's or a step's before it: the item reports that membership.
    if not days and published and not membership_dated and (month := _last_month(text, published)):
        return month, month
    days = days or earlier_years
    other_days = [(start, day) for start, day in days if day != published]
    if not days or (membership_dated and not other_days):
        return None  # the release's own day beside the membership's days is its dateline, no event
    start, day = min(other_days or days)
    return day, _closing_day(text, start, day) or day


def _opening_day(text: str, days: list[tuple[int, PartialDate]], until_start: int, published: PartialDate,
                 until: PartialDate) -> PartialDate | None:
    """The day the sentence of "until" a day named before it, after the item's own: "opens on 5 October and runs until
    25 October", "ouvre le 5 octobre et reste visible jusqu'au 25", "se inaugura el 5 de octubre y podrá visitarse
    hasta el 25" run from that day, not from the item's."""
    opening = [day for start, day in days if published < day < until
               and _SENTENCE_END.search(text, start, until_start) is None]
    return opening[-1] if opening else None


# The event's last day, told after its first by a verb of closing with the day alone: "si apriranno sabato 24 maggio
# ... e si chiuderanno domenica 25", "s'ouvrira le samedi 24 mai et se clôturera le dimanche 25", "opens on Saturday 24
# May and closes on Sunday 25", "beginnt am Samstag, 24. Mai, und endet am Sonntag, 25.", "se clausurará el domingo 25".
_CLOSING_DAY = compile_guarded(
    r"\b(?:si\s+chiuder\w*|si\s+concluder\w*|termin(?:er[àa]|eranno|a|ano)|se\s+(?:clôturer|clôtur|termin|conclu)\w*"
    r"|s['’]achèver\w*|clos(?:es|e)|end(?:s|et|en)?|conclude[s]?|schlie(?:ß|ss)t|se\s+clausurar\w*|conclu(?:ye|irá)"
    r"|finaliza(?:rá)?)\s+(?:(?:on|le|am|el|il|la)\s+)?"
    rf"(?:{WEEKDAY_PATTERN}\s*,?\s+)?(?P<day>[0-3]?\d)(?:er|st|nd|rd|th|º)?\.?(?!\s*(?:[./]\s*\d|{_MONTH}|\d))",
    re.IGNORECASE)
_CLOSING_CHARS = 160


def _closing_day(text: str, start: int, first: PartialDate) -> PartialDate | None:
    if first.day is None:
        return None
    end = min(len(text), start + _CLOSING_CHARS)
    if sentence_end := _SENTENCE_END.search(text, start + 1, end):
        end = sentence_end.start()
    found = _CLOSING_DAY.search(text, start, end)
    if found is None or not first.day < int(found.group("day")) <= first.day + 14:
        return None
    return valid_date(first.year, first.month, int(found.group("day")))


# A month named from the item's own, without a day: "en mai dernier", "last December", "im vergangenen Mai", "el pasado
# mes de mayo", "lo scorso maggio", "nel maggio scorso": the last such month before the item's.
_LAST_MONTH = compile_guarded(
    rf"\b(?:en|in|im|nel|a|el)\s+(?:(?:mois\s+de|mes\s+de|mese\s+di)\s+)?(?P<month>{_MONTH})\s+"
    rf"(?:dernier|passé|last|pasado|scorso)\b"
    rf"|\b(?:last|im\s+vergangenen|el\s+pasado(?:\s+mes\s+de)?|lo\s+scorso(?:\s+mese\s+di)?)\s+(?P<after>{_MONTH})",
    re.IGNORECASE)


# "l'adhésion, officialisée le 14 mai 2024", "il Comune ha aderito il 24 novembre 2025", "L'adesione, formalizzata il 12
# maggio 2025": the day of the city's joining, a fact about it, not the span of an event.
_JOINING_BEFORE = compile_guarded(
    r"\b(?:adhésion|adhéré|adhère|rejoint|joined|joins|membership|signed\s+up|beitritt|beigetreten|adhesión|adhirió"
    r"|se\s+unió|se\s+incorporó|adesione|aderito|aderisce)\b[^.;!?\d]{0,40}$", re.IGNORECASE)
_JOINING_CHARS = 60
# "El Pleno aprobó el 29 de septiembre la adhesión de Burgos al Pacto", "The city's membership was confirmed by the
# Institute on 15 September", "Die Aufnahme der Stadt wurde am 15. September bestätigt": the day a joining was decided
# or confirmed, told in the day's own clause, dates the membership, not an event.
_JOINING_WORD = compile_guarded(
    r"\b(?:adhésion|adhéré|adhère|adhérer|rejoint|rejoindre|joined|joins|joining|membership|admission|admitted"
    r"|beitritt|beigetreten|aufnahme|aufgenommen|mitgliedschaft|adhesión|adhirió|adherirse|se\s+unió|se\s+incorporó"
    r"|incorporación|adesione|aderito|aderisce|aderire)\b", re.IGNORECASE)
_DAY_CLAUSE_END = re.compile(r"[,;!?]|(?:(?<!\d)|(?<=\d\d\d\d))\.(?=\s|$)")
# "Depuis le 18 mars, le District fait partie du Réseau", "Since 18 March the city has been a member", "Almería forma
# parte, desde el pasado 28 de octubre, de la Red", "Depuis le 28 octobre, Kigali est signataire du Pacte": the day a
# membership, or a signatory's commitment, began; so in "Dal 3 marzo 2026 Treviso è socio dell'Associazione", "Desde el
# 3 de marzo la ciudad es socia de la Red", "Depuis le 3 mars, la ville est adhérente de l'association".
_SINCE_BEFORE = re.compile(r"\b(?:depuis(?:\s+le)?|since|seit(?:\s+dem)?|desde(?:\s+el)?(?:\s+pasado)?|dal"
                           r"|dallo\s+scorso)\s*$", re.IGNORECASE)
_A_MEMBER = compile_guarded(
    rf"\b(?:fait{BELONGING_ADVERB}\s+partie|membre|member|mitglied|miembro|forma{BELONGING_ADVERB}\s+parte"
    rf"|membro|fa{BELONGING_ADVERB}\s+parte|soci[oa]|adhérente"
    r"|signataire|signatory|unterzeichner\w*|firmante|firmatari[oae]?"
    # a verb of belonging: "Die Stadt gehört seit dem 1. November dem Bündnis an", "belongs since 1 May to the network"
    r"|angehör\w*|gehör(?:t|en)|belongs?|appartient|pertenece|appartiene)\b", re.IGNORECASE)


def _dates_the_membership(text: str, start: int, end: int, before: str) -> bool:
    """The day dates the city's joining, its council's decision or act, or its commitment: no event."""
    return bool(_JOINING_BEFORE.search(text, max(0, start - _JOINING_CHARS), start)) or _dates_a_joining(
        text, start, end, before) or _dates_a_councils_decision(text, start, end) or _dates_a_decisions_act(
        text, start) or _dates_a_commitment(text, start, end)


def _dates_a_joining(text: str, start: int, end: int, before: str) -> bool:
    """The day text[start:end] is when a joining was decided or confirmed (a joining's word in the day's clause), or
    when a membership began ("since" the day, the sentence saying the city is a member)."""
    if _SINCE_BEFORE.search(before) and _A_MEMBER.search(_sentence_around(text, start, end)):
        return True
    clause_start = max(0, start - _CLAUSE_CHARS)
    if breaks := [found.end() for found in _DAY_CLAUSE_END.finditer(text, clause_start, start)]:
        clause_start = breaks[-1]
    following = _DAY_CLAUSE_END.search(text, end, end + _CLAUSE_CHARS)
    clause_end = following.start() if following else min(len(text), end + _CLAUSE_CHARS)
    if following and _OPENING_DAY.fullmatch(text, clause_start, start) and following.group() == ",":
        # the day opens its sentence, set off by a comma: it dates the clause after ("Le 28 mai 2026, la Ville a
        # rejoint le Réseau", "On 28 May the city joined", "Am 28. Mai ist die Stadt beigetreten")
        after = _DAY_CLAUSE_END.search(text, following.end(), following.end() + _CLAUSE_CHARS)
        day_set_off = not text[end:following.start()].strip()
        if (day_set_off and after and after.group() == ","
                and not _JOINING_WORD.search(text, following.end(), after.start())):
            # an apposition set off by commas stands between the day and its clause ("Le 6 août 2026, jour
            # anniversaire du bombardement d'Hiroshima, Tarbes a rejoint le réseau"); not when the day's own clause
            # goes on before the comma ("Il 6 agosto alle 8.15 un minuto di silenzio, come ogni anno dal 2010, anno
            # dell'adesione"), whose later asides are no clause of the day
            after = _DAY_CLAUSE_END.search(text, after.end(), after.end() + _CLAUSE_CHARS)
        clause_end = after.start() if after else min(len(text), following.end() + _CLAUSE_CHARS)
    return _JOINING_WORD.search(text, clause_start, clause_end) is not None


# What may stand before a day that opens its sentence: "Le", "On", "Am", "El", "Il", "Depuis le" aside.
_OPENING_DAY = re.compile(r"\s*(?:(?i:le|on|am|el|il|lo|the)\s+)?", re.IGNORECASE)


# The other leg of an exchange, told after the visit the item reports: "Les élèves nîmois partiront à leur tour du 4 au
# 11 mai", "Our pupils will travel to Córdoba in turn from 4 to 11 May", "Im Gegenzug reisen die Heidelberger Schüler
# vom 4. bis 11. Mai nach Kumamoto", "Los alumnos leoneses viajarán a su vez del 4 al 11 de mayo", "una visita di
# ritorno dal 4 all'11 maggio": its days are that leg's, not the event's.
_RETURN_LEG = compile_guarded(
    r"\b(?:à\s+(?:leur|son|notre)\s+tour|visite\s+(?:de\s+)?retour|in\s+turn|return\s+(?:visit|leg|trip)"
    r"|im\s+gegenzug|ihrerseits|gegenbesuch|rückbesuch|a\s+su\s+vez|visita\s+de\s+(?:vuelta|regreso|retorno)"
    r"|a\s+(?:loro|sua|nostra)\s+volta|visita\s+di\s+ritorno)\b", re.IGNORECASE)


# A sentence's end or a semicolon; not a German day's period ("4. Mai"), though one after a year ("Mai 2026.").
_PART_END = re.compile(r"(?:[!?;]|(?:(?<!\d)|(?<=\d\d\d\d))\.)(?=\s|$)")


def _a_return_leg(text: str, start: int, end: int) -> bool:
    """The days text[start:end] are told as the other leg of an exchange, in their own sentence (or part of one, up to
    a semicolon)."""
    part_start = max(0, start - _SENTENCE_CHARS)
    if breaks := [found.end() for found in _PART_END.finditer(text, part_start, start)]:
        part_start = breaks[-1]
    following = _PART_END.search(text, end, end + _SENTENCE_CHARS)
    return _RETURN_LEG.search(text, part_start, following.start() if following else end + _SENTENCE_CHARS) is not None


# A city's deliberating body, and the words of its decision: "Der Gemeinderat hat in seiner Sitzung am 15. Januar den
# Vertrag gebilligt", "Tras el acuerdo aprobado en el Pleno del 30 de octubre", "Con la delibera di Giunta del 28
# ottobre", "le conseil municipal a approuvé le 12 mars la convention", "The City Council approved on 12 March the
# agreement": the day dates the decision, not an event the item reports. A network's assembly that adopts a
# declaration is a meeting the item reports: it names no such body.
_COUNCIL = compile_guarded(
    r"\b(?:conseil\s+(?:municipal|communal|communautaire|métropolitain|de\s+la\s+métropole|d['’]agglomération)"
    r"|(?:city|town|county|borough|municipal)\s+council|council\s+(?:meeting|cabinet)|gemeinderat|stadtrat"
    r"|rat\s+der\s+stadt|stadtverordnet\w*|kreistag|pleno|junta\s+de\s+gobierno|concejo|consiglio\s+comunale"
    r"|giunta"
    # its members: "Councillors voted on 28 May", "les conseillers municipaux ont voté", "i consiglieri comunali"
    r"|councill?ors|conseill(?:er|èr)e?s\s+municipa(?:ux|les)|concejal(?:es|as)|consiglieri\s+comunali|stadträt\w*"
    # English names the city's own council without an article: "following Council's endorsement", "approved by Council"
    r"|(?:following|after|by|at|before|with)\s+council\b(?!\s+of\b)"
    # or as the subject of its decision, opening the sentence or after "the": "Council voted at its meeting on 26
    # February to join", "The Council resolved on 3 May" (not "the European Council voted")
    r"|(?:(?<![\w,]\s)|(?<=\bthe\s))council\s+(?:has\s+|have\s+)?(?:voted|resolved|agreed|approved|decided|endorsed"
    r"|adopted)\b)", re.IGNORECASE)
_DECISION = compile_guarded(
    r"\b(?:approuvée?s?|a\s+approuvé|adoptée?s?|a\s+adopté|votée?s?|a\s+voté|délibération|approved|adopted|voted"
    # the vote itself: "après le vote du conseil municipal du 25 septembre", "the council's vote on 12 March"
    r"|votes?|votación|votazione|abstimmung|endorse(?:d|ment)"
    # its approval by name: "Following Council's approval on October 6", "après l'approbation du conseil municipal le
    # 6 octobre", "nach Zustimmung des Gemeinderats am 6. Oktober", "tras la aprobación del Pleno el 6 de octubre",
    # "dopo l'approvazione del Consiglio comunale il 6 ottobre"
    r"|approval|approbation|zustimmung|genehmigung|aprobación|approvazione"
    r"|agreed|resolved|resolution|gebilligt|beschlossen|beschluss|genehmigt|verabschiedet|zugestimmt|aprobad[oa]s?|aprobó"
    r"|acuerdo|ratificad[oa]|approvat[oa]|approvato|delibera|deliberato|ratificat[oa])\b", re.IGNORECASE)


# "Par délibération du 28 mai 2025, le conseil municipal a approuvé", "Con la delibera approvata nella seduta del 12
# maggio 2025, la Giunta", "Mit Beschluss vom 12. Mai 2025", "Por acuerdo plenario de 12 de mayo", "By a resolution of
# 28 May 2025": a decision's act named just before the day dates that decision (its body may follow in the next
# clause), not an event the item reports.
_MEETING_NOUN = (r"[^\s.;!?\d]{0,6}(?:assembl|asamblea|réunion|meeting|summit|sommet|gipfel|cumbre|vertice|congr"
                 r"|kongress|konferenz|conferen|versammlung|incontro|encuentro|rencontre|forum|foro|tagung|jornada|giornata)")
_DECISION_ACT_BEFORE = compile_guarded(
    r"\b(?:délibération|décision|\w{0,20}beschluss|acuerdo\s+(?:plenario|del\s+pleno|de\s+la\s+junta)|resolución"
    r"|decisión|delibera(?:zione)?|determinazione|decisione|resolution|decision)\b"
    # a few words between, its number ("n. 45") or its session's ("nella seduta"), none a meeting's noun: "la decisione
    # presa all'assemblea del 28 maggio" dates the meeting
    rf"(?:\s+(?:n|nr|no)\.?\s*\d+|\s+(?!{_MEETING_NOUN})[^\s.;!?\d]+){{0,3}}"
    r"\s(?:du|en\s+date\s+du|of|dated|vom|de|del|dell['’]|in\s+data)\s*$",
    re.IGNORECASE)


def _dates_a_decisions_act(text: str, start: int) -> bool:
    """The day that starts at text[start] is the one of a decision's act named just before it."""
    return _DECISION_ACT_BEFORE.search(text, max(0, start - _JOINING_CHARS), start) is not None


def _dates_a_councils_decision(text: str, start: int, end: int) -> bool:
    """The day text[start:end] is when a city's council decided: its body and a word of its decision in the day's
    clause, or in the main clause an opening one leads to ("Réunis le 19 septembre, les élus du conseil municipal ont
    voté l'adhésion")."""
    clause = _fronted_day_clause(text, start, end)
    return _COUNCIL.search(clause) is not None and _DECISION.search(clause) is not None



# The sitting a day dates, named just before it: "Lors de sa séance du 16 mars", "Conseil municipal du 26 juin",
# "Gemeinderatssitzung vom 26. Juni", "En la sesión del 26 de junio", "Pleno del 26 de junio", "Nella seduta del 26
# giugno", "At its meeting on 26 June", "Council meeting of 26 June".
_SITTING_BEFORE = compile_guarded(
    r"(?:\bséances?|\bsessions?|\bsittings?|\bmeetings?|sitzung|\bsesi[oó]n|\bseduta|\briunione|\bréunion|\bpleno"
    r"|\bconseil\s+municipal|\bgemeinderat\w*|\bstadtrat\w*|\bconsiglio\s+comunale|\bcouncil)"
    r"(?:\s+[^\s\d.;!?]+){0,2}?\s+(?:du|of|on|vom|am|del|de|di)\s+" + _WEEKDAY + r"$", re.IGNORECASE)
# What a sitting's report tells of: "les principales décisions", "die wichtigsten Beschlüsse", "principales acuerdos",
# "le principali delibere", "key decisions".
_DECISIONS = compile_guarded(r"\b(?:décisions|beschlüsse|entscheidungen|acuerdos|decisiones|delibere|deliberazioni"
                             r"|decisioni|decisions|resolutions|résolutions)\b", re.IGNORECASE)
_SITTING_CHARS = 60


def _dates_a_councils_sitting(text: str, start: int, end: int, day: PartialDate, published: PartialDate | None
                              ) -> bool:
    """The day text[start:end] is a past sitting of the city's council whose decisions the item reports ("Lors de sa
    séance du 16 mars, le conseil municipal a voté l'adhésion", "Conseil municipal du 26 juin : les principales
    décisions"): the decisions' day, no event the item announces. A sitting to come ("Le conseil municipal se réunira
    le 26 juin") stays one."""
    if published is None or published.day is None or day.first_day() > published.first_day():
        return False
    if _SITTING_BEFORE.search(text, max(0, start - _SITTING_CHARS), start) is None:
        return False
    sentence = _sentence_around(text, start, end)
    return _COUNCIL.search(sentence) is not None and (
        _DECISION.search(sentence) is not None or _DECISIONS.search(sentence) is not None)


def _day_clause(text: str, start: int, end: int) -> str:
    """The clause that holds the day text[start:end], within a few words of it."""
    clause_start = max(0, start - _CLAUSE_CHARS)
    if breaks := [found.end() for found in _DAY_CLAUSE_END.finditer(text, clause_start, start)]:
        clause_start = breaks[-1]
    following = _DAY_CLAUSE_END.search(text, end, end + _CLAUSE_CHARS)
    return text[clause_start:following.start() if following else min(len(text), end + _CLAUSE_CHARS)]


# "making Hobart a member from 16 September", "membre de l'AIMF à compter du 1er janvier", "Mitglied ab dem 1. Mai",
# "miembro de pleno derecho desde el 3 de marzo", "firmataria a partire dal 5 novembre": the day a membership or a
# signatory's commitment began.
_MEMBER_FROM_BEFORE = compile_guarded(
    r"\b(?:members?|membres?|mitglied\w*|miembros?|membr[oi]|signator(?:y|ies)|signataires?|unterzeichner\w*"
    r"|firmantes?|firmatari[oae]?)\b[^.;!?\d]{0,60}?\s(?:from|since|as\s+of|effective|à\s+compter\s+du|à\s+partir\s+du"
    r"|depuis\s+le|ab(?:\s+dem)?|seit(?:\s+dem)?|desde\s+el|a\s+partir\s+del|dal|a\s+partire\s+dal"
    r"|a\s+decorrere\s+dal)\s*$", re.IGNORECASE)
# A city's commitment to a network, told in the day's clause: a letter of commitment signed ("the Lord Mayor signed
# the letter of commitment on 16 September", "la lettre d'engagement signée le 16 septembre", "die
# Verpflichtungserklärung am 16. September unterzeichnet", "la carta de compromiso firmada el 16 de septiembre", "la
# lettera di impegno firmata il 16 settembre"), or the network's certificate handed over ("La certificazione è stata
# consegnata il 5 novembre", "la certification a été remise le 5 novembre"): the day the city's membership was made,
# not an event the item reports; unless the clause names a ceremony or a meeting held that day ("lors du sommet"),
# as it may name one beside the day a membership began ("Members of the network gather for the assembly from 20
# October").
# A declaration or a charter signed on a day ("La Déclaration de Paris signée à l'Hôtel de Ville le 1er décembre") is
# the item's event.
_COMMITMENT = compile_guarded(
    r"\b(?:letters?\s+of\s+(?:commitment|intent)|lettres?\s+d['’](?:engagement|intention)|acte\s+d['’]engagement"
    r"|verpflichtungserklärung|absichtserklärung|beitrittserklärung|cartas?\s+de\s+(?:compromiso|intención)"
    r"|letter[ae]\s+di\s+(?:impegno|intenti)|certifica(?:zione|tion|ción|do|da|ta|to)|zertifi\w*)", re.IGNORECASE)
# "The City became a signatory on March 16", "Pau est devenue membre du réseau le 1er octobre", "ist am 1. Oktober
# Mitglied geworden", "se convirtió en miembro de la red el 1 de octubre", "è diventata membro della Rete il 3
# novembre": the day the city became a member or a signatory, its membership's first day.
_BECAME_MEMBER = compile_guarded(
    r"\b(?:became|becomes|become|devenue?s?|devient|se\s+convirtió\s+en|se\s+convierte\s+en|pasó\s+a\s+ser"
    r"|diventat[aoie]|diventa)\s(?:[^.;!?]{0,40}?\s)?(?:member|signatory|membre|signataire|miembro|firmante|membro"
    r"|firmatari[oa])\b|\bmitglied\s+geworden\b", re.IGNORECASE)
# "Le 28 mai 2026, la Ville a officiellement rejoint le Réseau mondial", "the city officially joined the network on
# 28 May", "ist am 28. Mai dem Netzwerk beigetreten", "se adhirió a la red el 28 de mayo", "ha aderito alla rete il
# 28 maggio": the day the city joined a network, its membership's first day.
_JOINED_A_NETWORK = compile_guarded(
    r"\b(?:joined|rejoint|adhéré|beigetreten|se\s+(?:adhirió|unió|incorporó)|aderito)\b[^.;!?]{0,60}?"
    r"\b(?:network|alliance|coalition|association|réseau|netzwerk|bündnis|verband|red|alianza|asociación|rete"
    r"|associazione|alleanza)\b"
    r"|\b(?:network|netzwerk|bündnis|verband)\b[^.;!?]{0,60}?\bbeigetreten\b", re.IGNORECASE)
# A network's acceptance of the city's application, told in the day's clause: "after the WHO accepted Council's
# application on 24 September", "l'OMS a validé la candidature de la ville le 24 septembre", "Die WHO hat den
# Aufnahmeantrag der Stadt am 24. September angenommen", "la OMS aprobó la solicitud del Ayuntamiento el 24 de
# septiembre", "l'OMS ha accolto la candidatura del Comune il 24 settembre": the day the city's membership was
# granted, not an event the item reports (a meeting held that day that approved it is one: `_HELD_THAT_DAY`).
_APPLICATION_NOUN = (r"(?:applications?|candidac(?:y|ies)|candidatures?|\w{0,20}antrag|bewerbung|solicitud(?:es)?"
                     r"|candidaturas?|domanda|richiesta)")
_ACCEPTED = (r"(?:accept(?:ed|s)|approv(?:ed|es)|granted|endorsed|accept[ée]e?s?|valid[ée]e?s?|retenue?s?"
             r"|approuv[ée]e?s?|angenommen|bewilligt|genehmigt|stattgegeben|acept(?:ó|ara|ad[oa]s?)"
             r"|aprob(?:ó|ara|ad[oa]s?)|admitid[oa]s?|accolt[oa]|accolse|accettat[oa]|accettò|approvat[oa]|approvò)")
_WORDS_BETWEEN = r"(?:[^.;!?]|(?<=\d)\.){0,60}?"  # a German day's period ("am 24. September") between them
_APPLICATION_ACCEPTED = compile_guarded(
    rf"\b(?:{_APPLICATION_NOUN}\b{_WORDS_BETWEEN}\b{_ACCEPTED}|{_ACCEPTED}\b{_WORDS_BETWEEN}\b{_APPLICATION_NOUN})\b",
    re.IGNORECASE)
_HELD_THAT_DAY = compile_guarded(
    rf"\b(?:{_MEETING_NOUN}|cérémonie|ceremon|zeremonie|festakt|feier|cerimonia|celebraci|évènement|événement|event"
    r"|veranstaltung|evento)", re.IGNORECASE)


_FRONTED_DAY_WORDS = 3  # what comes before a day that opens its sentence: "Le", "On", "Seniors Le"


def _fronted_day_clause(text: str, start: int, end: int) -> str:
    """The clause of the day text[start:end], with the main clause after it when the day's opens its sentence and
    ends at a comma ("Le 3 mars 2026, la Ville a rejoint", "Réunis le 19 septembre, les élus ont voté"); its sentence
    may open after a page's labels without a stop ("Environnement International Réunis le 19 septembre,"): its words
    are counted from the last of the capitalised words that open the clause."""
    clause = _day_clause(text, start, end)
    if text.startswith(",", end) and _opening_words(clause[:clause.find(text[start:end])]) <= _FRONTED_DAY_WORDS:
        clause += _day_clause(text, end + 1, end + 1)
    return clause


def _opening_words(before: str) -> int:
    """How many words of `before` come from the last of the capitalised words that open it (a page's labels, then the
    sentence's first word); all of them when it opens with none."""
    words = before.split()
    leading = next((index for index, word in enumerate(words) if not word[0].isupper()), len(words))
    return len(words) - max(leading - 1, 0)


def _dates_a_commitment(text: str, start: int, end: int) -> bool:
    """The day text[start:end] is when a membership began (the city joined the network), or when the city signed its
    letter of commitment, was handed the network's certificate or had its application accepted, with no ceremony or
    meeting named in the day's clause (and the one after it when a comma sets the day before its sentence: "Le 28 mai
    2026, la Ville a officiellement rejoint le Réseau")."""
    clause = _fronted_day_clause(text, start, end)
    if _HELD_THAT_DAY.search(clause):
        return False
    return (_MEMBER_FROM_BEFORE.search(text, max(0, start - _CLAUSE_CHARS), start) is not None
            or _COMMITMENT.search(clause) is not None or _BECAME_MEMBER.search(clause) is not None
            or _APPLICATION_ACCEPTED.search(clause) is not None or _JOINED_A_NETWORK.search(clause) is not None)


# "the first since the city joined the network last March", "depuis que Strasbourg a rejoint, en mai dernier, le
# réseau": the month a state began (a joining), not the item's event.
_STATE_BEGAN_BEFORE = re.compile(r"\b(?:since|depuis|seit|desde|da\s+quando|dacché|joined|rejoint|adhéré|beigetreten"
                                 r"|se\s+unió|aderito)\b[^.;!?]*$", re.IGNORECASE)
_MONTH_CLAUSE_CHARS = 80


def _last_month(text: str, published: PartialDate) -> PartialDate | None:
    if (found := _LAST_MONTH.search(text)) is None or published.month is None:
        return None
    if _STATE_BEGAN_BEFORE.search(text, max(0, found.start() - _MONTH_CLAUSE_CHARS), found.start()):
        return None
    month = month_number(found.group("month") or found.group("after"))
    return PartialDate(published.year - (month >= published.month), month, None)


# More than a year before the item: history, as news.py reads it.
_HISTORY_DAYS = 366


def _long_before(day: PartialDate, published: PartialDate | None) -> bool:
    return published is not None and (published.first_day() - day.first_day()).days > _HISTORY_DAYS


_WEEKDAY_BEFORE = re.compile(rf"\b(?P<day>{WEEKDAY_PATTERN})\s*$", re.IGNORECASE)


def _year_by_weekday(before: str, day: PartialDate) -> PartialDate:
    """A day written without its year after its weekday ("jeudi 6 février") is in the year, next to the one read,
    where it falls on that weekday."""
    weekday = _WEEKDAY_BEFORE.search(before)
    if weekday is None or day.first_day().weekday() == _weekday(weekday.group("day")):
        return day
    return next((other for year in (day.year - 1, day.year + 1)
                 if (other := valid_date(year, day.month, day.day))
                 and other.first_day().weekday() == _weekday(weekday.group("day"))), day)


def _a_deadline(text: str, start: int, end: int, before: str) -> bool:
    """The day text[start:end] is named as a deadline: after its noun ("date limite"), or as the day applications
    close; or as the day of a legal text ("loi du 7 août 2015"): no event either way."""
    if _DEADLINE_NOUN_BEFORE.search(before) or _LEGAL_TEXT_BEFORE.search(before):
        return True
    if _DEADLINE_NOUN_IN_CLAUSE.search(text, max(0, start - _CLAUSE_CHARS), start):
        return True
    if not _CLOSING_BEFORE.search(text, max(0, start - _CLAUSE_CHARS), start):
        return False
    return bool(_APPLYING.search(_sentence_around(text, start, end))
                or _APPLYING.search(text, max(0, start - _APPLYING_CHARS), start))


def _sentence_around(text: str, start: int, end: int) -> str:
    """The sentence that holds the phrase text[start:end] (which may end it: "bis zum 20. März."), within a few
    lines of it."""
    before = text[max(0, start - _SENTENCE_CHARS):start]
    ends_before = [found.end() for found in _SENTENCE_END.finditer(before)]
    after = "" if text[end - 1] == "." else text[end:end + _SENTENCE_CHARS]
    end_after = _SENTENCE_END.search(after)
    return before[ends_before[-1] if ends_before else 0:] + text[start:end] + after[:end_after.start() if end_after
                                                                                      else len(after)]


# "ce jeudi", "this Thursday", "diesen Donnerstag", "este jueves", "questo giovedì": the one of the item's calendar week
# (Monday to Sunday), before or after its day; "am Donnerstag" the one on or before its day, unless told in the
# future ("am Donnerstag wird"), the one of its week then; "jeudi dernier", "last Thursday", "el pasado jueves",
# "giovedì scorso": the one before it.
_THIS_WEEKDAY = compile_guarded(rf"\b(?:ce|this|diesen|am|este|esta|questo)\s+(?P<day>{WEEKDAY_PATTERN})",
                                re.IGNORECASE)
_LAST_WEEKDAY = compile_guarded(
    rf"\b(?:last|letzten|vergangenen|el\s+pasado|lo\s+scorso)\s+(?P<day>{WEEKDAY_PATTERN})"
    rf"|\b(?P<day_first>{WEEKDAY_PATTERN})\s+(?:dernier|last|pasado|scorso)\b", re.IGNORECASE)
# "lundi prochain", "next Monday", "nächsten Montag", "el próximo lunes", "lunedì prossimo": the one after it.
_NEXT_WEEKDAY = compile_guarded(
    rf"\b(?:next|nächsten|kommenden|el\s+próximo|il\s+prossimo)\s+(?P<day>{WEEKDAY_PATTERN})"
    rf"|\b(?P<day_first>{WEEKDAY_PATTERN})\s+(?:prochain|next|próximo|prossimo)\b", re.IGNORECASE)


def _weekday_near(text: str, published: PartialDate) -> PartialDate | None:
    """The day "ce jeudi", "last Thursday" or "next Thursday" names, counted from the item's own date."""
    own = published.first_day()
    if found := _THIS_WEEKDAY.search(text):
        back = (own.weekday() - _weekday(found.group("day"))) % 7
        if back > own.weekday() and _names_the_items_week(text, found):
            back -= 7
    elif found := _LAST_WEEKDAY.search(text):
        back = (own.weekday() - _weekday(found.group("day") or found.group("day_first"))) % 7 or 7
    elif found := _NEXT_WEEKDAY.search(text):
        back = -((_weekday(found.group("day") or found.group("day_first")) - own.weekday()) % 7 or 7)
    else:
        return None
    day = own - timedelta(days=back)
    return PartialDate(day.year, day.month, day.day)


def _names_the_items_week(text: str, found: re.Match) -> bool:
    """A weekday "this" names ("ce jeudi", "this Thursday"), or one told in the future ("am Donnerstag wird der
    Bürgermeister"): the one of the item's calendar week, not of the week before; unless "this" names it in the past
    ("Le maire a accueilli ce samedi", told on a Monday): the one just gone."""
    if _told_in_the_future(text, *found.span()):
        return True
    return found.group().split()[0].lower() != "am" and not _told_in_the_past(text, *found.span())


# A verb in a past tense: "a accueilli", "ont été reçus", "was welcomed", "hosted", "hat empfangen", "wurde", "empfing"
# aside (too many strong forms), "ha recibido", "recibió", "desfilaron", "ha ricevuto", "è stata accolta".
_PAST_VERB = compile_guarded(
    r"\b(?:(?:a|ont|avait|avaient|est|sont)\s+(?:été\s+)?[^\W\d_]{2,}(?:é|i|u|is|it)e?s?"
    r"|was|were|has\s+been|have\s+been|had|(?-i:[a-z]{2,}[^\We]ed)"  # "welcomed", never "United", "proceed"
    r"|hat|haben|hatte|hatten|wurden?|war|waren"
    r"|(?:ha|han|había|habían)\s+[^\W\d_]{2,}(?:ado|ido)s?|[^\W\d_]{3,}(?:ó|aron|ieron)"
    r"|(?:ha|hanno|è|sono|era|erano)\s+(?:stat[oaie]\s+)?[^\W\d_]{2,}(?:at|it|ut)[oaie])\b", re.IGNORECASE)


def _past_verb_leads_to(text: str, start: int) -> bool:
    """The clause that leads to the day at text[start] has a past verb ("The delegation arrived on 12 October and will
    stay until 16 October"): the day is gone, whatever the sentence tells next."""
    clause_start = max(0, start - _CLAUSE_CHARS)
    if breaks := [found.end() for found in _DAY_CLAUSE_END.finditer(text, clause_start, start)]:
        clause_start = breaks[-1]
    return _PAST_VERB.search(text, clause_start, start) is not None


def _told_in_the_past(text: str, start: int, end: int) -> bool:
    """The sentence holding text[start:end] (as far as a window around it) has a verb in a past tense."""
    window_start = max(0, start - _VERB_WINDOW)
    ends = [found.end() for found in _SENTENCE_OR_CLAUSE_END.finditer(text, window_start, start)]
    following = _SENTENCE_OR_CLAUSE_END.search(text, end, end + _VERB_WINDOW)
    stop = following.start() if following else min(len(text), end + _VERB_WINDOW)
    return _PAST_VERB.search(text, ends[-1] if ends else window_start, stop) is not None


# "am Dienstag und Mittwoch", "mardi et mercredi", "on Tuesday and Wednesday", "del martes al jueves": two days of one
# week, the first named near the item's own ("letzten Dienstag").
_WEEKDAY_PAIR = compile_guarded(
    rf"\b(?P<first>{WEEKDAY_PATTERN})\s+(?:und|et|and|y|e|bis|au|to|al|a)\s+(?:(?:le|am|el|il|the|zum)\s+)?"
    rf"(?P<second>{WEEKDAY_PATTERN})", re.IGNORECASE)


def _second_weekday(text: str, first_day: PartialDate) -> PartialDate | None:
    """The last day of a pair of weekdays whose first is `first_day`'s."""
    found = _WEEKDAY_PAIR.search(text)
    if found is None or _weekday(found.group("first")) != first_day.first_day().weekday():
        return None
    days = _weekday(found.group("second")) - _weekday(found.group("first"))
    if days <= 0:
        return None
    day = first_day.first_day() + timedelta(days=days)
    return PartialDate(day.year, day.month, day.day)


def _weekday(name: str) -> int:
    return WEEKDAYS[name.lower().rstrip(".,")]


# An official presenting or announcing what the item tells: "El concejal ha presentado este martes los compromisos",
# "Le maire a annoncé ce mardi l'adhésion", "The mayor announced on Tuesday", "Das gab der Bürgermeister am Dienstag
# bekannt", "Il sindaco ha presentato questo martedì il piano": the day the news was told, not an event it reports.
_ANNOUNCING = compile_guarded(
    r"\b(?:a\s+présenté|ont\s+présenté|a\s+annoncé|ont\s+annoncé|a\s+dévoilé|presented|announced|unveiled"
    r"|vorgestellt|stellte\w{0,2}\s+[^.;!?]{0,90}\bvor|gab\w{0,2}\s+[^.;!?]{0,90}\bbekannt|bekanntgegeben"
    r"|ha\s+presentado|han\s+presentado|presentó|ha\s+anunciado|anunció|ha\s+presentato|hanno\s+presentato"
    r"|ha\s+annunciato|hanno\s+annunciato)\b", re.IGNORECASE)


def _an_announcements_day(text: str) -> bool:
    """The day named from the item's own ("este martes", the first such phrase, as read) is told in a sentence where
    someone presents or announces: the day the news was told."""
    phrases = [pattern for pattern, _ in _RELATIVE_DAYS] + [_THIS_WEEKDAY, _LAST_WEEKDAY, _NEXT_WEEKDAY]
    found = next((match for pattern in phrases if (match := pattern.search(text))), None)
    return found is not None and _ANNOUNCING.search(_sentence_around(text, *found.span())) is not None


def _means_here(text: str, found: re.Match) -> bool:
    """French "hier" (yesterday) written in a sentence of another language is its "here": "Menschen aus 150 Nationen
    leben und arbeiten hier", "Hier finden Sie das Programm"."""
    return found.group().lower() == "hier" and guess_language(
        _sentence_around(text, *found.span())) not in (None, "fr")


def _relative_day(text: str, published: PartialDate) -> PartialDate | None:
    """The day "hier" or "this morning" names, counted back from the item's own date."""
    for pattern, days_back in _RELATIVE_DAYS:
        if any(not _means_here(text, found) for found in pattern.finditer(text)):
            day = published.first_day() - timedelta(days=days_back)
            return PartialDate(day.year, day.month, day.day)
    return None


# "en octobre 2026", "in March 2025", "im Oktober 2026", "en octubre de 2026", "a ottobre 2026": a month of a year.
_MONTH_OF_YEAR = compile_guarded(rf"\b(?P<m>{_MONTH})\s+{_OF}(?P<y>{_YEAR})", re.IGNORECASE)


def names_a_day_near(text: str, published: PartialDate) -> bool:
    """The text names a day, or a month of a year, within a year of `published` ("le 12 mars", "vom 4. bis 6. Juni",
    "en février 2027"), or a day counted from it ("hier", "this morning"): it reports something that happens at a
    time, as a news item does. A topic page describes what holds ("La ville est membre depuis 2008"), and a day it
    names is one of the network's history, years before it was published."""
    base = published.first_day()
    for pattern in (*_SINGLE_DAYS, _MONTH_OF_YEAR):
        for found in pattern.finditer(text):
            day = date_from_groups(found.groupdict(), base)
            if day and abs((day.first_day() - base).days) <= _HISTORY_DAYS:
                return True
    return published.day is not None and _relative_day(text, published) is not None
