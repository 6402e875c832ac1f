"""The date a page shows for itself: "[05/04/2012]", "Mise à jour le 19/04/2016", "Published on April 5, 2012".

Known wordings are read by the date phrases of dates.py; `dateparser` is only the lenient, cached
fallback for an unusual line ("Publié le mardi 13 mai 2019 à 10h30").
"""

import re
from datetime import datetime
from functools import lru_cache

import dateparser

from .dates import MONTH_PATTERN, PartialDate, date_at

# Lines that state when the page itself was published or updated.
_PAGE_DATE_CUES = [
    re.compile(r"\[\s*(?P<date>\d{1,2}/\d{1,2}/\d{4})\s*\]"),
    re.compile(r"(?:mise?s? à jour|mis à jour|actualisée?|publiée?|modifiée?|updated|last updated|published|posted)"
               r"(?:\s+le|\s+on)?\s*:?\s*(?P<date>[^|\n]{4,40})", re.IGNORECASE),
]


def find_page_date(text: str) -> PartialDate | None:
    """The date a page shows for itself: "[05/04/2012]", "Mise à jour le 19/04/2016",
    "Published on April 5, 2012"."""
    for cue in _PAGE_DATE_CUES:
        for found in cue.finditer(text):
            phrase = found.group("date").strip()
            at_start = date_at(phrase, 0)
            stated = at_start[0] if at_start else _lenient_date(phrase)
            if stated:
                return stated
    return None


_WEEKDAY = (r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"
            r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday")
# Only a phrase that starts like a date goes to dateparser ("publié un rapport en 2015" is no page
# date), cut after its year and time so that the text around it does not confuse dateparser.
_LOOKS_LIKE_DATE = re.compile(
    rf"(?:\d|(?:{_WEEKDAY})\b|{MONTH_PATTERN}).*?\b(?:1[89]|20)\d\d\b(?:,?\s*(?:à|at)?\s*\d{{1,2}}[h:]\d\d)?",
    re.IGNORECASE)
_DATE_PARSER = dateparser.DateDataParser(
    languages=["fr", "en"], settings={"PREFER_DAY_OF_MONTH": "first", "DATE_ORDER": "DMY"})


@lru_cache(maxsize=4096)
def _lenient_date(phrase: str) -> PartialDate | None:
    """dateparser's reading of an unusual phrase ("mardi 13 mai 2019 à 10h30") that names a year."""
    looks_like_date = _LOOKS_LIKE_DATE.match(phrase)
    if not looks_like_date:
        return None
    data = _DATE_PARSER.get_date_data(looks_like_date.group())
    if data.date_obj is None:
        return None
    found: datetime = data.date_obj
    if data.period == "year":
        return PartialDate(found.year)
    if data.period == "month":
        return PartialDate(found.year, found.month)
    return PartialDate(found.year, found.month, found.day)
