"""When the event a news item reports took place: "Du 21 au 24 mai dernier", "from 30 March to 2 April 2016",
"vom 5. bis 7. Juni 2024", "del 5 al 7 de junio", "dal 22 al 24 maggio", "le 1er décembre"; a phrase without a
year is read against a base date."""

import re
from datetime import date

from .dates import DAY_PATTERN as _DAY
from .dates import MONTH_PATTERN as _MONTH
from .dates import RELATION_PATTERN as _RELATION
from .dates import YEAR_PATTERN as _YEAR
from .dates import PartialDate, date_from_groups, day_number, month_number, valid_date

_OF = r"(?:de\s+|del\s+)?"  # "del 5 al 7 de junio de 2024"
_RANGES = [
    # "du 22 au 24 mai 2024", "vom 5. bis 7. Juni 2024", "del 5 al 7 de junio", "dal 22 al 24 maggio"
    re.compile(rf"\b(?:du|vom|von|del|dal)\s+(?P<d1>{_DAY})(?:\s+{_OF}(?P<m1>{_MONTH}))?(?:\s+(?P<y1>{_YEAR}))?"
               rf"\s+(?:au\s+|bis(?:\s+zum)?\s+|al\s+|all['’]\s*)(?P<d2>{_DAY})"
               rf"\s+{_OF}(?P<m2>{_MONTH})(?:\s+{_OF}(?P<y2>{_YEAR})|\s+(?P<rel>{_RELATION}))?", re.IGNORECASE),
    re.compile(rf"\bfrom\s+(?P<d1>{_DAY})(?:\s+(?P<m1>{_MONTH}))?(?:,?\s+(?P<y1>{_YEAR}))?\s+(?:to|until|through)"
               rf"\s+(?P<d2>{_DAY})\s+(?P<m2>{_MONTH})(?:,?\s+(?P<y2>{_YEAR})|\s+(?P<rel>{_RELATION}))?",
               re.IGNORECASE),
    re.compile(rf"\bfrom\s+(?P<m1>{_MONTH})\s+(?P<d1>{_DAY})(?:,?\s+(?P<y1>{_YEAR}))?\s+(?:to|until|through)"
               rf"\s+(?:(?P<m2>{_MONTH})\s+)?(?P<d2>{_DAY})(?:,?\s+(?P<y2>{_YEAR}))?", re.IGNORECASE),
    re.compile(rf"\b(?P<d1>{_DAY})\s*[-–]\s*(?P<d2>{_DAY})\s+(?P<m2>{_MONTH})(?:\s+(?P<y2>{_YEAR}))?",
               re.IGNORECASE),
    # Two days: "les 13 et 14 novembre", "am 13. und 14. November", "los días 13 y 14 de noviembre", "on 13 and 14 May"
    re.compile(rf"\b(?P<d1>{_DAY})\s+(?:et|und|y|e|and)\s+(?P<d2>{_DAY})\s+{_OF}(?P<m2>{_MONTH})"
               rf"(?:\s+{_OF}(?P<y2>{_YEAR})|\s+(?P<rel>{_RELATION}))?", re.IGNORECASE),
    re.compile(rf"\b(?P<m2>{_MONTH})\s+(?P<d1>{_DAY})\s*[-–]\s*(?P<d2>{_DAY})(?:,?\s+(?P<y2>{_YEAR}))?",
               re.IGNORECASE),
]
_SINGLE_DAYS = [
    re.compile(rf"\b(?P<d>{_DAY})\s+{_OF}(?P<m>{_MONTH})(?:\s+{_OF}(?P<y>{_YEAR})|\s+(?P<rel>{_RELATION}))?",
               re.IGNORECASE),
    re.compile(rf"\b(?P<m>{_MONTH})\s+(?P<d>{_DAY})(?:,?\s+(?P<y>{_YEAR}))?", re.IGNORECASE),
]


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
    "from 30 March to 2 April 2016", "les 13 et 14 novembre"), else the first single day ("le 1er décembre").
    A day that is the item's own `published` date ("Paris, le 27 février 2025", a press release's dateline) is
    the event's only when the text names no other day."""
    for pattern in _RANGES:
        for found in pattern.finditer(text):
            span = _range_from_groups(found.groupdict(), base)
            if span:
                return span
    days = []
    for pattern in _SINGLE_DAYS:
        for found in pattern.finditer(text):
            day = date_from_groups(found.groupdict(), base)
            if day:
                days.append((found.start(), day))
    if not days:
        return None
    other_days = [(start, day) for start, day in days if day != published]
    day = min(other_days or days)[1]
    return day, day
