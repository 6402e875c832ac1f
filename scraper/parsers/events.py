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

_OF = r"(?:de\s+|del\s+)?"  # "del 5 al 7 de junio de 2024"
_WEEKDAY = rf"(?:{WEEKDAY_PATTERN}\s+)?"  # "du lundi 3 au mercredi 5 juin"
_RANGES = [
    # "du 22 au 24 mai 2024", "vom 5. bis 7. Juni 2024", "del 5 al 7 de junio", "dal 22 al 24 maggio",
    # "dall'11 al 13 settembre", "da lunedì 3 a mercoledì 5 giugno"
    re.compile(rf"\b(?:(?:du|vom|von|del|dal|da)\s+|dall['’]\s*){_WEEKDAY}(?P<d1>{_DAY})(?:\s+{_OF}(?P<m1>{_MONTH}))?"
               rf"(?:\s+(?P<y1>{_YEAR}))?\s+(?:au\s+|bis(?:\s+zum)?\s+|al\s+|all['’]\s*|a\s+){_WEEKDAY}(?P<d2>{_DAY})"
               rf"\s+{_OF}(?P<m2>{_MONTH})(?:\s+{_OF}(?P<y2>{_YEAR})|\s+(?P<rel>{_RELATION}))?", re.IGNORECASE),
    # "entre le 3 et le 5 juin", "between 3 and 5 June", "zwischen dem 3. und 5. Juni", "tra il 3 e il 5 giugno"
    re.compile(rf"\b(?:entre|between|zwischen|tra|fra)\s+(?:(?:le|el|il|dem|the)\s+)?(?P<d1>{_DAY})"
               rf"(?:\s+{_OF}(?P<m1>{_MONTH}))?\s+(?:et|y|and|und|e)\s+(?:(?:le|el|il|dem|the)\s+)?(?P<d2>{_DAY})"
               rf"\s+{_OF}(?P<m2>{_MONTH})(?:\s+{_OF}(?P<y2>{_YEAR})|\s+(?P<rel>{_RELATION}))?", re.IGNORECASE),
    re.compile(rf"\b(?:from\s+)?(?P<d1>{_DAY})(?:\s+(?P<m1>{_MONTH}))?(?:,?\s+(?P<y1>{_YEAR}))?\s+(?:to|until|through)"
               rf"\s+(?P<d2>{_DAY})\s+(?P<m2>{_MONTH})(?:,?\s+(?P<y2>{_YEAR})|\s+(?P<rel>{_RELATION}))?",
               re.IGNORECASE),
    re.compile(rf"\bfrom\s+(?P<m1>{_MONTH})\s+(?P<d1>{_DAY})(?:,?\s+(?P<y1>{_YEAR}))?\s+(?:to|until|through)"
               rf"\s+(?:(?P<m2>{_MONTH})\s+)?(?P<d2>{_DAY})(?:,?\s+(?P<y2>{_YEAR}))?", re.IGNORECASE),
    re.compile(rf"\b(?P<d1>{_DAY})\s*[-–]\s*(?P<d2>{_DAY})\s+(?P<m2>{_MONTH})(?:\s+(?P<y2>{_YEAR}))?",
               re.IGNORECASE),
    # Two days or more: "les 13 et 14 novembre", "am 13. und 14. November", "los días 13 y 14 de noviembre", "on 13
    # and 14 May", "il 3 e il 4 ottobre", "sabato 5 e domenica 6 ottobre", "il 3, 4 e 5 ottobre"
    re.compile(rf"\b(?P<d1>{_DAY})(?:,\s*{_DAY})*\s+(?:et|und|y|e|and)\s+(?:(?:le|el|il|the|am)\s+)?{_WEEKDAY}"
               rf"(?P<d2>{_DAY})\s+{_OF}(?P<m2>{_MONTH})"
               rf"(?:\s+{_OF}(?P<y2>{_YEAR})|\s+(?P<rel>{_RELATION}))?", re.IGNORECASE),
    re.compile(rf"\b(?P<m2>{_MONTH})\s+(?P<d1>{_DAY})\s*(?:[-–&]|and)\s*(?P<d2>{_DAY})(?:,?\s+(?P<y2>{_YEAR}))?",
               re.IGNORECASE),
]
_SINGLE_DAYS = [
    re.compile(rf"\b(?P<d>{_DAY})\s+{_OF}(?P<m>{_MONTH})(?:\s+{_OF}(?P<y>{_YEAR})|\s+(?P<rel>{_RELATION}))?",
               re.IGNORECASE),
    re.compile(rf"\b(?P<m>{_MONTH})\s+(?P<d>{_DAY})(?:,?\s+(?P<y>{_YEAR}))?", re.IGNORECASE),
    re.compile(rf"\b(?P<d>{_DAY})\s+of\s+(?P<m>{_MONTH})(?:,?\s+(?P<y>{_YEAR}))?", re.IGNORECASE),  # "the 4th of June"
]

# "Domande entro il 31 ottobre", "inscriptions avant le 5 mars", "apply by 3 May": a deadline, not the event.
_DEADLINE_BEFORE = re.compile(
    r"\b(?:avant|d['’]ici|entro|by|before|deadline|vor|spätestens|antes|scadenza)\b"
    r"(?:\s+(?:le|il|el|del|dem|the|al))?\s*$", re.IGNORECASE)
# "se poursuivent jusqu'au 2 février", "runs until 2 February", "proseguono fino al 2 febbraio": the event goes on
# from the item's own day to that one.
_UNTIL_BEFORE = re.compile(r"(?:\bjusqu['’]au|\buntil|\btill|\bthrough|\bbis\s+zum|\bhasta\s+el|\bfino\s+al)\s+$",
                           re.IGNORECASE)
# The day the item was written, named relative to it: "hier", "yesterday", "ce matin", "ieri".
_RELATIVE_DAYS = (
    (re.compile(r"\b(?:avant-hier|the\s+day\s+before\s+yesterday|vorgestern|anteayer|anteieri|l['’]altro\s+ieri)\b",
                re.IGNORECASE), 2),
    (re.compile(r"\b(?:hier|yesterday|gestern|ayer|ieri)\b", re.IGNORECASE), 1),
    # "Aujourd'hui" and "today" also mean "nowadays" ("qui compte aujourd'hui 140 membres"): only a part of the day.
    (re.compile(r"\b(?:ce\s+matin|cet\s+après-midi|ce\s+soir|this\s+(?:morning|afternoon|evening)"
                r"|heute\s+(?:morgen|vormittag|nachmittag|abend)|esta\s+(?:mañana|tarde)|questa\s+mattina|stamattina"
                r"|questo\s+pomeriggio|stasera)\b", re.IGNORECASE), 0),
)
_BEFORE_CHARS = 25
_DIGIT = re.compile(r"\d")


def _range_from_groups(groups: dict[str, str | None], base: date | None
                       ) -> tuple[PartialDate, PartialDate] | None:
    end_groups = {"d": groups["d2"], "m": groups["m2"] or groups.get("m1"), "y": groups["y2"], "rel": groups.get("rel")}
    end = date_from_groups(end_groups, base)
    if end is None:
        return None
    start_month = month_number(groups["m1"]) if groups.get("m1") else end.month
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
    day; a deadline ("entro il 31 ottobre") is never the event, a day of an earlier year (an anniversary's origin)
    only when the text names no other; "until" a day makes the event run from the item's date to that day."""
    written_days = _DIGIT.search(text) is not None  # every range and day of the patterns has its number
    for pattern in _RANGES if written_days else ():
        for found in pattern.finditer(text):
            span = _range_from_groups(found.groupdict(), base)
            if span:
                return span
    days, earlier_years = [], []
    for pattern in _SINGLE_DAYS if written_days else ():
        for found in pattern.finditer(text):
            day = date_from_groups(found.groupdict(), base)
            before = text[max(0, found.start() - _BEFORE_CHARS):found.start()]
            if day is None or _DEADLINE_BEFORE.search(before):
                continue
            if published and published.day and _UNTIL_BEFORE.search(before) and day > published:
                return published, day
            (earlier_years if published and day.year < published.year else days).append((found.start(), day))
    days = days or earlier_years
    other_days = [(start, day) for start, day in days if day != published]
    if not other_days and published and published.day:
        relative = _relative_day(text, published) or _weekday_near(text, published)
        if relative:
            return relative, relative
    if not days:
        return None
    day = min(other_days or days)[1]
    return day, day


# "ce jeudi", "this Thursday", "diesen Donnerstag", "este jueves", "questo giovedì": the one of the item's week, on or
# before its day; "jeudi dernier", "last Thursday", "el pasado jueves", "giovedì scorso": the one before it.
_THIS_WEEKDAY = re.compile(rf"\b(?:ce|this|diesen|am|este|esta|questo)\s+(?P<day>{WEEKDAY_PATTERN})", re.IGNORECASE)
_LAST_WEEKDAY = re.compile(
    rf"\b(?:last|letzten|vergangenen|el\s+pasado|lo\s+scorso)\s+(?P<day>{WEEKDAY_PATTERN})"
    rf"|\b(?P<day_first>{WEEKDAY_PATTERN})\s+(?:dernier|last|pasado|scorso)\b", re.IGNORECASE)


def _weekday_near(text: str, published: PartialDate) -> PartialDate | None:
    """The day "ce jeudi" or "last Thursday" names, counted back from the item's own date."""
    own = published.first_day()
    if found := _THIS_WEEKDAY.search(text):
        back = (own.weekday() - _weekday(found.group("day"))) % 7
    elif found := _LAST_WEEKDAY.search(text):
        back = (own.weekday() - _weekday(found.group("day") or found.group("day_first"))) % 7 or 7
    else:
        return None
    day = own - timedelta(days=back)
    return PartialDate(day.year, day.month, day.day)


def _weekday(name: str) -> int:
    return WEEKDAYS[name.lower().rstrip(".,")]


def _relative_day(text: str, published: PartialDate) -> PartialDate | None:
    """The day "hier" or "this morning" names, counted back from the item's own date."""
    for pattern, days_back in _RELATIVE_DAYS:
        if pattern.search(text):
            day = published.first_day() - timedelta(days=days_back)
            return PartialDate(day.year, day.month, day.day)
    return None
