"""Date phrases in French, English, German, Spanish and Italian, kept as precise as written: "2004", "2004-05",
"2004-05-05".

Candidate phrases are found with regular expressions: fast, and they say how precise the page is.
"""

import re
from dataclasses import dataclass
from datetime import date, timedelta

from .text import literal_alternation

MONTHS = {
    "janvier": 1, "janv": 1, "février": 2, "fevrier": 2, "févr": 2, "fevr": 2, "fév": 2, "mars": 3, "avril": 4,
    "avr": 4, "mai": 5, "juin": 6, "juillet": 7, "juil": 7, "août": 8, "aout": 8, "septembre": 9, "sept": 9,
    "octobre": 10, "novembre": 11, "décembre": 12, "decembre": 12, "déc": 12, "dec": 12,
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "april": 4, "apr": 4, "may": 5,
    "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sep": 9,
    "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12,
    "januar": 1, "jänner": 1, "jän": 1, "feber": 2, "februar": 2, "märz": 3, "maerz": 3, "juni": 6, "juli": 7,
    "oktober": 10, "okt": 10,
    "dezember": 12,
    "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7, "agosto": 8,
    "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12,
    "gennaio": 1, "febbraio": 2, "aprile": 4, "maggio": 5, "giugno": 6, "luglio": 7, "settembre": 9, "ottobre": 10,
    "dicembre": 12,
    # Abbreviations of news lists ("12 Mar 2025", "3 Dez. 2024", "14. Jän. 2025", "5 ago 2024", "14 ott 2024").
    "mar": 3, "mär": 3, "dez": 12, "ene": 1, "abr": 4, "ago": 8, "dic": 12, "gen": 1, "mag": 5, "giu": 6, "lug": 7,
    "set": 9, "sett": 9, "ott": 10,
    "febr": 2, "febb": 2, "mrz": 3,  # "12. Febr. 2025", "12 febb. 2025", "12. Mrz. 2025"
}
# The first letters up front: without them the regex tries every month name at every position it can.
# The names factored by their shared starts ("sept|septembre|september" -> "sept(?:emb(?:re|er))?"): the longest
# that fits is tried first, as a longest-first list would.
MONTH_PATTERN = (r"(?=[" + "".join(sorted({name[0] for name in MONTHS})) + r"])(?:"
                 + literal_alternation(MONTHS) + r")\b\.?")
# "1er", "1st", "5." (German), "1°", "1º" (Italian; the ordinal indicator º is a letter, so no word boundary before it)
DAY_PATTERN = r"(?:1er|1re|[12]\d|3[01]|0?[1-9])(?:º|(?:st|nd|rd|th)?\b°?)\.?"
YEAR_PATTERN = r"(?:1[89]\d\d|20\d\d)\b"
# Weekday names -> Monday 0 ... Sunday 6: before a date in a heading or an event's span ("mardi 4 juin"), or naming
# a day near a news item's own ("ce jeudi", "last Tuesday").
WEEKDAYS = {name: index for index, names in enumerate((
    ("lundi", "monday", "montag", "lunes", "lunedì", "lunedi"),
    ("mardi", "tuesday", "dienstag", "martes", "martedì", "martedi"),
    ("mercredi", "wednesday", "mittwoch", "miércoles", "miercoles", "mercoledì", "mercoledi"),
    ("jeudi", "thursday", "donnerstag", "jueves", "giovedì", "giovedi"),
    ("vendredi", "friday", "freitag", "viernes", "venerdì", "venerdi"),
    ("samedi", "saturday", "samstag", "sábado", "sabado", "sabato"),
    ("dimanche", "sunday", "sonntag", "domingo", "domenica"),
)) for name in names}
WEEKDAY_PATTERN = "(?:" + literal_alternation(WEEKDAYS) + r")\b\.?,?"
_PAST = ("dernier", "passé", "last", "letzten", "vergangenen", "pasado", "scorso")
_FUTURE = ("prochain", "next", "nächsten", "kommenden", "próximo", "prossimo")
RELATION_PATTERN = "(?:" + "|".join(_PAST + _FUTURE) + r")\b"
# "5 de mayo de 2004", "mayo del 2004": the Spanish links between day, month and year.
_OF = r"(?:de\s+|del\s+)?"


@dataclass(frozen=True, order=True)
class PartialDate:
    """A calendar date known to the year, the month or the day."""
    year: int
    month: int | None = None
    day: int | None = None

    @property
    def precision(self) -> str:
        return "day" if self.day else "month" if self.month else "year"

    def iso(self) -> str:
        if self.day:
            return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"
        if self.month:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}"

    def first_day(self) -> date:
        return date(self.year, self.month or 1, self.day or 1)


def valid_date(year: int, month: int | None, day: int | None) -> PartialDate | None:
    try:
        date(year, month or 1, day or 1)
    except ValueError:
        return None
    return PartialDate(year, month, day)


def month_number(token: str) -> int:
    return MONTHS[token.lower().rstrip(".")]


def day_number(token: str) -> int:
    return int(re.match(r"\d+", token).group())


def _resolve_year(month: int, day: int, base: date, relation: str | None) -> int | None:
    """The year of a "day month" written without one: the occurrence nearest to `base`, or the
    latest one not after it for "dernier"/"last", the earliest one not before it for "prochain"/"next"."""
    occurrences = [d for year in (base.year - 1, base.year, base.year + 1)
                   if (d := valid_date(year, month, day)) is not None]
    if relation in _PAST:
        occurrences = [d for d in occurrences if d.first_day() <= base]
        return max(occurrences).year if occurrences else None
    if relation in _FUTURE:
        occurrences = [d for d in occurrences if d.first_day() >= base]
        return min(occurrences).year if occurrences else None
    if not occurrences:
        return None
    return min(occurrences, key=lambda d: abs((d.first_day() - base).days)).year


_AT = [  # tried in order at one position; each names what it captured
    # "12 mars 2025", "12th of March 2025", "12 March, 2025", "5 de junio de 2025"
    re.compile(rf"(?P<d>{DAY_PATTERN})\s+(?:of\s+)?{_OF}(?P<m>{MONTH_PATTERN})"
               rf"(?:,?\s+{_OF}(?P<y>{YEAR_PATTERN})|\s+(?P<rel>{RELATION_PATTERN}))?", re.IGNORECASE),
    # "12-mar-2025", "12/Mar/2025"
    re.compile(rf"(?P<d>[0-3]?\d)([-/])(?P<m>{MONTH_PATTERN})\2(?P<y>{YEAR_PATTERN})", re.IGNORECASE),
    re.compile(rf"(?P<m>{MONTH_PATTERN})\s+(?P<d>{DAY_PATTERN})(?:,?\s+(?P<y>{YEAR_PATTERN}))?", re.IGNORECASE),
    re.compile(rf"(?P<m>{MONTH_PATTERN})\s+{_OF}(?P<y>{YEAR_PATTERN})", re.IGNORECASE),
    re.compile(rf"(?P<d>[0-3]?\d)([/.-])(?P<mn>[01]?\d)\2(?P<y>{YEAR_PATTERN})"),
    re.compile(rf"(?P<y>{YEAR_PATTERN})([-/.])(?P<mn>[01]\d)\2(?P<d>[0-3]\d)"),  # "2025-03-12", "2025.03.12"
    re.compile(rf"(?P<y>{YEAR_PATTERN})-(?P<mn>[01]\d)(?![\d-])"),  # "2024-03" in a <time datetime>
    re.compile(rf"(?P<y>{YEAR_PATTERN})"),
]


def date_from_groups(groups: dict[str, str | None], base: date | None) -> PartialDate | None:
    month = month_number(groups["m"]) if groups.get("m") else int(groups["mn"]) if groups.get("mn") else None
    day = day_number(groups["d"]) if groups.get("d") else None
    if groups.get("y"):
        return valid_date(int(groups["y"]), month, day)
    if base is None or month is None or day is None:
        return None
    relation = (groups.get("rel") or "").lower() or None
    year = _resolve_year(month, day, base, relation)
    return valid_date(year, month, day) if year else None


def date_at(text: str, position: int, base: date | None = None) -> tuple[PartialDate, int] | None:
    """The date phrase starting exactly at `position`, and where it ends. A phrase without a year
    ("le 1er décembre") is resolved against `base`, or not at all without one."""
    for pattern in _AT:
        found = pattern.match(text, position)
        if found:
            parsed = date_from_groups(found.groupdict(), base)
            if parsed:
                return parsed, found.end()
    return None


# "12 mars", "mardi 12 mars", "3 June", "June 3", "12. März", "5 de junio", "12.03." (German lists).
_DAY_AND_MONTH = re.compile(rf"(?:{WEEKDAY_PATTERN}\s+)?(?:(?P<d>{DAY_PATTERN})\s*{_OF}(?P<m>{MONTH_PATTERN})"
                            rf"|(?P<m2>{MONTH_PATTERN})\s+(?P<d2>{DAY_PATTERN})"
                            r"|(?P<d3>[0-3]?\d)\.(?P<mn>[01]?\d)\.)", re.IGNORECASE)


def day_and_month(text: str, label_chars: int = 0) -> tuple[int, int] | None:
    """The (month, day) of a text that is only a day and a month, no year: "12 mars", "3 June", "12. März",
    "5 de junio", "mardi 12 mars", "12.03."; with `label_chars`, after or before a label of that many characters
    at most and no figure ("Publié le 12 mars", "Actualité · 12 mars")."""
    text = text.strip()
    found = _DAY_AND_MONTH.fullmatch(text)
    if not found and label_chars:
        found = next((match for match in _DAY_AND_MONTH.finditer(text)
                      if (match.start() == 0 or not text[match.start() - 1].isalnum())
                      and (match.end() == len(text) or not text[match.end()].isalnum())), None)
        label = text[:found.start()] + text[found.end():] if found else ""
        if not found or len(label) > label_chars or any(c.isdigit() for c in label):
            return None
    if not found:
        return None
    named = found.group("m") or found.group("m2")
    month = month_number(named) if named else int(found.group("mn"))
    day = day_number(found.group("d") or found.group("d2") or found.group("d3"))
    return (month, day) if valid_date(2000, month, day) else None  # 2000: a leap year, so 29 February counts


def latest_on_or_before(month: int, day: int, base: date) -> PartialDate | None:
    """The latest `day` of `month` not after `base`: "12 décembre" on a page of 20 June 2024 is 2023-12-12."""
    for year in range(base.year, base.year - 8, -1):  # 29 February may be years back
        if (found := valid_date(year, month, day)) and found.first_day() <= base:
            return found
    return None


def nearest_occurrence(month: int, day: int, base: date) -> PartialDate | None:
    """The `day` of `month` nearest to `base`, before or after it: an agenda's "3 juin" on a page of 18 March 2025
    is 2025-06-03, its "12 mars" 2025-03-12."""
    year = _resolve_year(month, day, base, None)
    return valid_date(year, month, day) if year else None


# A month named by its distance back from the page's date, without a year: "last March", "en mai dernier", "el pasado
# mes de mayo", "lo scorso maggio", "im vergangenen März".
_MONTH_GONE = re.compile(
    rf"\b(?:(?:last|letzten|vergangenen|pasado(?:\s+mes\s+de)?|scorso(?:\s+mese\s+di)?)\s+(?P<m>{MONTH_PATTERN})"
    rf"|(?P<m2>{MONTH_PATTERN})\s+(?:dernier|passé|pasado|scorso)\b)", re.IGNORECASE)


def month_gone_in(text: str, start: int, end: int, base: date | None) -> PartialDate | None:
    """The first month named as gone between `start` and `end`: the latest of that name before the month of `base`
    ("last March" on a page of February 2025 is 2024-03, "en mai dernier" on one of June 2024 is 2024-05)."""
    found = _MONTH_GONE.search(text, start, end) if base else None
    if found is None:
        return None
    month = month_number(found.group("m") or found.group("m2"))
    return PartialDate(base.year if month < base.month else base.year - 1, month)


_SHORT_YEAR = re.compile(r"(?P<d>[0-3]?\d)([/.])(?P<mn>[01]?\d)\2(?P<yy>\d\d)")


def short_year_date(text: str) -> PartialDate | None:
    """A day written with two digits for its year, alone in an item's date element ("12.03.25", "12/03/25"): of
    this century. Only where nothing else can be meant: in a sentence "12.03.25" may be anything."""
    found = _SHORT_YEAR.fullmatch(text.strip())
    return valid_date(2000 + int(found.group("yy")), int(found.group("mn")), int(found.group("d"))) if found else None


def parse_date(text: str, base: date | None = None) -> PartialDate | None:
    """A whole string that is one date phrase ("13 mai 2019", "April 5, 2012", "05/04/2012", "1961")."""
    text = text.strip()
    found = date_at(text, 0, base)
    return found[0] if found and found[1] == len(text) else None


_FULL_DATES = [
    re.compile(rf"\b(?P<d>[0-3]?\d)([/.-])(?P<mn>[01]?\d)\2(?P<y>{YEAR_PATTERN})"),
    re.compile(rf"\b(?P<d>{DAY_PATTERN})\s+(?:of\s+)?{_OF}(?P<m>{MONTH_PATTERN}),?\s+{_OF}(?P<y>{YEAR_PATTERN})",
               re.IGNORECASE),
    re.compile(rf"\b(?P<m>{MONTH_PATTERN})\s+(?P<d>{DAY_PATTERN}),?\s+(?P<y>{YEAR_PATTERN})", re.IGNORECASE),
    re.compile(rf"\b(?P<y>{YEAR_PATTERN})-(?P<mn>[01]\d)-(?P<d>[0-3]\d)"),
]


def find_full_date(text: str) -> tuple[PartialDate, str] | None:
    """The first complete day-month-year date written in `text`, and the phrase as written."""
    found = []
    for pattern in _FULL_DATES:
        for match in pattern.finditer(text):
            parsed = date_from_groups(match.groupdict(), None)
            if parsed:
                found.append((match.start(), parsed, match.group()))
                break
    if not found:
        return None
    _, parsed, phrase = min(found, key=lambda item: item[0])
    return parsed, phrase


# A date shown relative to when the page was served: "il y a 3 jours", "2 hours ago", "vor 3 Tagen", "hace 3 días",
# "3 giorni fa", "hier", "yesterday"; weeks and months are left out, too loose for a day.
_AGO_COUNT = r"(?:\d{1,3}|une?|an?|one|einem|einer|una?|uno)"
_AGO_UNIT = (r"(?:jours?|heures?|minutes?|days?|hours?|mins?|tag(?:en)?|stunden?|minuten?|d[ií]as?|horas?"
             r"|minutos?|giorn[oi]|or[ae]|minut[oi])")
_NAMED_DAYS_AGO = {"aujourd'hui": 0, "today": 0, "heute": 0, "hoy": 0, "oggi": 0,
                   "hier": 1, "yesterday": 1, "gestern": 1, "ayer": 1, "ieri": 1,
                   "avant-hier": 2, "vorgestern": 2, "anteayer": 2, "l'altro ieri": 2}
_NAMED_DAY = "|".join(re.escape(name) for name in sorted(_NAMED_DAYS_AGO, key=len, reverse=True))
# Before it, the cue of a publication line at most ("Publié hier", "Posted 2 days ago"); after it, a time of day.
_AGO_LINE = re.compile(
    r"(?:(?:publiée?|mise?\s+en\s+ligne|posted|published|veröffentlicht|publicad[oa]|pubblicat[oa])\s*:?\s*)?"
    rf"(?:(?:il\s+y\s+a|vor|hace)\s+(?P<amount>{_AGO_COUNT}\s+{_AGO_UNIT})"
    rf"|(?P<amount_first>{_AGO_COUNT}\s+{_AGO_UNIT})\s+(?:ago|fa)|(?P<named>{_NAMED_DAY}))"
    r"(?:,?\s*(?:à|at|um|a\s+las|alle)?\s*\d{1,2}[:h.]\d\d(?:\s*uhr)?)?", re.IGNORECASE)
_AGO_LINE_MAX_CHARS = 40
_ONE = {"un", "une", "a", "an", "one", "einem", "einer", "una", "uno"}


def time_ago(text: str) -> timedelta | None:
    """How long before the page was served a line that is only a relative date says its item was published: "il y
    a 3 jours", "Posted 2 hours ago", "vor 3 Tagen", "hace 3 días", "3 giorni fa", "hier", "Publié hier à 10h30".
    Never a relative word in a sentence ("hier, les maires ont signé")."""
    text = text.strip().replace("\u2019", "'")
    if len(text) > _AGO_LINE_MAX_CHARS or not (found := _AGO_LINE.fullmatch(text)):
        return None
    if found.group("named"):
        return timedelta(days=_NAMED_DAYS_AGO[found.group("named").lower()])
    count_word, unit = (found.group("amount") or found.group("amount_first")).lower().split()
    count = 1 if count_word in _ONE else int(count_word)
    if unit.startswith(("j", "d", "t", "g")):  # jours, days, Tagen, días, giorni
        return timedelta(days=count)
    if unit.startswith("min"):
        return timedelta(minutes=count)
    return timedelta(hours=count)
