"""The date a clause gives its verb: the date opening the sentence or a timeline's entry, the month its clause adds,
and the finer date an entry gives a claim dated by its year alone."""

import re
from dataclasses import replace
from datetime import date

from ..dates import MONTH_PATTERN, PartialDate, date_at, month_number
from ..text import compile_guarded
from .common import _CLAUSE_BREAK, _FOUNDING_WORDS, Claim

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
# "Roma aderisce a Eurocities, la rete fondata nel 1986": that date is the founding, not the joining.
_FOUNDING_BEFORE_DATE = compile_guarded(rf"\b(?:{_FOUNDING_WORDS})\s*$", re.IGNORECASE)
# "ist 2010 beigetreten und hisst jedes Jahr am 8. Juli die Flagge", "and every year on 6 August", "et chaque année le
# 6 août", "y cada año el 6 de agosto", "e ogni anno il 6 agosto": a day that comes back each year dates a custom, not
# the joining.
_RECURRING_BEFORE_DATE = compile_guarded(
    r"\b(?:jedes\s+jahr|(?:all)?jährlich|every\s+year|each\s+year|annually|chaque\s+année|tous\s+les\s+ans"
    r"|cada\s+año|todos\s+los\s+años|ogni\s+anno|tutti\s+gli\s+anni)\s*$", re.IGNORECASE)


def _first_date_after(sentence: str, start: int, base: date | None) -> str | None:
    for cue in _DATE_CUE.finditer(sentence, start, min(len(sentence), start + _JOIN_WINDOW)):
        if _FOUNDING_BEFORE_DATE.search(sentence, max(0, cue.start() - 30), cue.start()) or \
                _RECURRING_BEFORE_DATE.search(sentence, max(0, cue.start() - 30), cue.start()):
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
    # or the meeting that decided it: "Réunis le 19 septembre 2026, les élus ont voté l'adhésion", "Riunito il 3 maggio"
    r"|(?:(?:réunie?s?|reunid[oa]s?|riunit[oaie])\s+)?(?:le|on|am|el|il)\s+(?=\d)"
    r"|par\s+(?:une\s+)?(?:délibération|décision)\s+du\s+)", re.IGNORECASE)


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
    if opening is None:
        return None
    dated = date_at(sentence, opening.end(), base)
    # a day written out in full takes no room from the window: "Le 6 août 2026, jour anniversaire du bombardement
    # d'Hiroshima, Tarbes a rejoint"
    if verb_start - (dated[1] if dated and dated[0].day else opening.end()) > _JOIN_WINDOW:
        return None
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
