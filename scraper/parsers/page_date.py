"""The date a page shows for itself: "[05/04/2012]", "Mise à jour le 19/04/2016", "Published on April 5, 2012",
"Aktualisiert am 12.03.2024", a byline "Par la rédaction — 12 mars 2024"; and, for a page that states none,
htmldate's guess.

Known wordings are read by the date phrases of dates.py; `dateparser` is only the lenient, cached
fallback for an unusual line ("Publié le mardi 13 mai 2019 à 10h30").
"""

import re
from datetime import date, datetime, time
from functools import cache, lru_cache

from .dates import MONTH_PATTERN, PartialDate, date_at
from .layouts.html import parse_document
from .page_metadata import metadata_date
from .text import case_blind_search, compile_guarded

_UPDATED = (r"mise?s? à jour|mis à jour|actualisée?|modifiée?|dernière modification|updated|last updated"
            r"|last modified|last reviewed|aktualisiert|letzte aktualisierung|letzte änderung|geändert|stand\s*:"
            r"|actualizad[oa]"
            r"|última actualización|última modificación|modificad[oa]|aggiornat[oa]|ultimo aggiornamento"
            r"|ultima modifica|modificat[oa]|modificación|last modification"
            # a page's last review: "Última revisión: 15 de septiembre de 2025", "Page reviewed: 3 May 2025"
            r"|última revisión|fecha de revisión|dernière révision|date de révision|letzte überprüfung"
            r"|zuletzt überprüft|ultima revisione|data di revisione|page reviewed|reviewed on")
# Longer cues first: "Publication date: 12 March 2025" is read after "publication date", not "publication".
_PUBLISHED = (r"publiée?|mise?s? en ligne|en ligne depuis|publication date|publication|published|posted"
              r"|issued(?=\s*:)|release date"
              # "Press release issued 7 June 2024", "Released: Friday, 7 June 2024", "Nr. 123 vom 07.06.2024"
              # (prose's "the guidance issued on 4 June" dates the guidance, not the page)
              r"|(?:press|news|media)\s+release\s+issued|released(?=\s*:)|nr\.\s*\d+(?=\s+vom\b)"
              r"|veröffentlicht|veröffentlichung|erschienen|erstellt|publicad[oa]|fecha de publicación|publicación"
              r"|pubblicat[oa]|data di pubblicazione|pubblicazione|inserit[oa]")
_UPDATE_CUE = compile_guarded(rf"\b(?:{_UPDATED})", re.IGNORECASE)
_PUBLICATION_CUE = compile_guarded(rf"\b(?:{_PUBLISHED})", re.IGNORECASE)
# A byline's author: a few capitalised words or particles ("la rédaction", "Jane Doe", "Redaktion").
_NAME_WORD = r"(?:[A-ZÀ-Þ][\w'’.-]*|(?i:la|le|les|l['’]\w+|de|du|des|van|von|der|the|rédaction|redaktion|redacción))"
# Lines that state when the page itself was published or updated, and whether the date must name its month
# (a byline's year alone is too loose a cue).
_PAGE_DATE_CUES = [
    (re.compile(r"\[\s*(?P<date>\d{1,2}/\d{1,2}/\d{4})\s*\]"), False),
    (case_blind_search(compile_guarded(rf"\b(?:{_UPDATED}|{_PUBLISHED})\s*:?(?:\s*(?:le|on|am|vom|el|il|del|al)\b)?"
                                       r"\s*:?\s*(?P<date>[^|\n]{4,40})", re.IGNORECASE)), False),
    (re.compile(rf"\b(?:Par|PAR|By|BY|Von|Por|Di|Da)\s+{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,4}}\s*[—–|·]\s*"
                r"(?P<date>[^|\n]{4,40})"), True),
]


def updated_only(line: str) -> bool:
    """The line says when the page was updated ("Mise à jour le ..."), not when it was published."""
    return bool(_UPDATE_CUE.search(line)) and not _PUBLICATION_CUE.search(line)


def published_and_updated(line: str) -> bool:
    """The line says when the page was published and then when it was updated ("Pubblicato il 20/10/2026 · Ultima
    modifica: 22/10/2026"): the page's own record."""
    return bool((published := _PUBLICATION_CUE.search(line)) and _UPDATE_CUE.search(line, published.end()))


# What stands between a date and the update cue after it on a meta line: "20.05.2025 | Zuletzt aktualisiert", "20 mai
# 2025 Mis à jour", "20/05/2025 · Actualizado", "20 maggio 2025 (aggiornato".
_META_SEPARATORS = " \t|·•–—-,;/(["
_BEFORE_UPDATE_CHARS = 40
_CUES_OPENING_WORD = re.compile(r"(?<=[\s|·•–—,;/(\[-])[^\W\d_]{1,10}$")


def published_before_update(text: str) -> PartialDate | None:
    """The day shown bare just before a line's update cue ("Von Anna Weber | 20.05.2025 | Zuletzt aktualisiert:
    02.06.2025", "Redacción · 20/05/2025 · Actualizado el 02/06/2025"): the day the page was published, the update's
    being labelled; never one after the update's day."""
    if (cue := _UPDATE_CUE.search(text)) is None or (updated := update_day(text[cue.start():])) is None:
        return None
    window = text[max(0, cue.start() - _BEFORE_UPDATE_CHARS):cue.start()].rstrip(_META_SEPARATORS)
    if (word := _CUES_OPENING_WORD.search(window)) and window[:word.start()].rstrip(_META_SEPARATORS)[-1:].isdigit():
        window = window[:word.start()].rstrip(_META_SEPARATORS)  # "Zuletzt aktualisiert", "Last updated"
    for start in range(len(window)):
        if (start == 0 or not window[start - 1].isalnum()) and (found := date_at(window, start)) and found[1] == len(
                window):
            day = found[0]
            return day if day.day and day.first_day() <= updated.first_day() else None
    return None


# A date under the bare label "Date": "Data: 14 maggio 2025", "Date : 14 mai 2025", "Datum: 14.05.2025", "Fecha:".
_DATE_LABEL = compile_guarded(r"\b(?:date|data|datum|fecha)\s*:\s*", re.IGNORECASE)


def labelled_date(text: str) -> PartialDate | None:
    """The first day `text` gives under the bare label "Date" ("Data:14 maggio 2025"): beside a line that says when the
    page was updated, the day it was published."""
    for label in _DATE_LABEL.finditer(text):
        if (found := date_at(text, label.end())) and found[0].day:
            return found[0]
    return None


_AFTER_THE_CUE = re.compile(r"\s*:?(?:\s*(?:le|on|am|vom|el|il|del|al)\b)?\s*:?\s*", re.IGNORECASE)


def update_day(line: str) -> PartialDate | None:
    """The day a line says the page was updated: "Publié le 12/03/2024 – Mis à jour le 05/11/2025" -> 2025-11-05."""
    if (cue := _UPDATE_CUE.search(line)) is None:
        return None
    found = date_at(line, _AFTER_THE_CUE.match(line, cue.end()).end())
    return found[0] if found and found[0].day else None


def from_publication(line: str) -> str:
    """A line that says when its page was updated, then when it was published ("Mis à jour le 14/03/2025 | Publié
    le 12/03/2025"), from its publication on: the page's own date is its publication's."""
    update = _UPDATE_CUE.search(line)
    published = _PUBLICATION_CUE.search(line) if update else None
    return line[published.start():] if published and update.start() < published.start() else line


def find_page_date(text: str) -> PartialDate | None:
    """The date a page shows for itself: "[05/04/2012]", "Mise à jour le 19/04/2016",
    "Published on April 5, 2012", "Par la rédaction — 12 mars 2024"."""
    found = find_page_date_line(text)
    return found[0] if found else None


_CUE_IN_PARENTHESES_AFTER_A_WORD = re.compile(r"[^\W\d_]\s*\(\s*$")


def find_page_date_line(text: str) -> tuple[PartialDate, str] | None:
    """`find_page_date`'s date, and the words before it that say what it is ("Mise à jour le")."""
    for cue, needs_month in _PAGE_DATE_CUES:
        position = 0
        while found := cue.search(text, position):
            position = found.end() if found.end() > found.start() else found.start() + 1
            if _CUE_IN_PARENTHESES_AFTER_A_WORD.search(text, 0, found.start()):
                # "87.000 Einwohner (Stand: 31.12.2025)", "la liste (mise à jour le 9 mars)": the date of what it
                # follows, not a date's ("20 maggio 2025 (aggiornato il 2 giugno 2025)"); a cue further on may be in
                # its phrase ("(Stand: 31.12.2025). Stand: 04.05.2026")
                position = found.start("date")
                continue
            phrase = found.group("date").strip()
            at_start = date_at(phrase, 0)
            stated = at_start[0] if at_start else _lenient_date(phrase)
            if stated and (stated.month or not needs_month):
                return stated, text[found.start():found.start("date")]
    return None


_WEEKDAY = (r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"
            r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday"
            r"|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag"
            r"|lunes|martes|miércoles|jueves|viernes|sábado|domingo"
            r"|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica")
# Only a phrase that starts like a date goes to dateparser ("publié un rapport en 2015" is no page
# date), cut after its year and time so that the text around it does not confuse dateparser.
_LOOKS_LIKE_DATE = re.compile(
    rf"(?:\d|(?:{_WEEKDAY})\b|{MONTH_PATTERN}).*?\b(?:1[89]|20)\d\d\b(?:,?\s*(?:à|at)?\s*\d{{1,2}}[h:]\d\d)?",
    re.IGNORECASE)


@cache
def _date_parser():
    """dateparser's parser, imported and built on first use: most processes never read such a phrase, and importing
    dateparser costs a fifth of a second of CPU."""
    import dateparser

    return dateparser.DateDataParser(
        languages=["fr", "en", "de", "es", "it"], settings={"PREFER_DAY_OF_MONTH": "first", "DATE_ORDER": "DMY"})


@lru_cache(maxsize=4096)
def _lenient_date(phrase: str) -> PartialDate | None:
    """dateparser's reading of an unusual phrase ("mardi 13 mai 2019 à 10h30") that names a year."""
    looks_like_date = _LOOKS_LIKE_DATE.match(phrase)
    if not looks_like_date:
        return None
    data = _date_parser().get_date_data(looks_like_date.group())
    if data.date_obj is None:
        return None
    found: datetime = data.date_obj
    if data.period == "year":
        return PartialDate(found.year)
    if data.period == "month":
        return PartialDate(found.year, found.month)
    return PartialDate(found.year, found.month, found.day)


def guess_page_date(html: str, url: str, latest: date, teasers_shown: int = 0) -> PartialDate | None:
    """htmldate's fast guess at when a page that states no date was first published, never after `latest`
    (the capture day). Only a guess: a date the page states, in its text or its metadata, comes first; and a
    page that shows several news teasers gets none, since the dates on it are its items'."""
    if teasers_shown > 1:
        return None
    from htmldate import find_date  # loaded on first use: it brings an HTTP client the parsers never use

    # A tree, never the text: htmldate downloads a string that looks like a URL.
    found = find_date(parse_document(html), extensive_search=False, original_date=True, url=url,
                      max_date=datetime.combine(latest, time.max))
    guess = metadata_date(found) if found else None
    return None if guess and _the_sites_clock(guess, url, latest) else guess


def _the_sites_clock(guess: PartialDate, url: str, captured: date) -> bool:
    """A guess on the capture's very day, which the URL does not carry: a site's clock ("vendredi, novembre 20, 2026"
    in a header's top bar) shows the day the page was read, not one the page states for itself."""
    if (guess.year, guess.month, guess.day) != (captured.year, captured.month, captured.day):
        return False
    in_url = re.compile(rf"{captured.year}[/_-]?0?{captured.month}[/_-]?0?{captured.day}(?!\d)")
    return in_url.search(url) is None
