"""Numbers written in words, as digits: "vingt-sept États membres" -> "27 États membres", "une centaine de
villes" -> "environ 100 villes", in French, English, German, Spanish and Italian.

text2num reads the spelled-out numbers of each language (compounds, "deux cents", "siebenundzwanzig"); the
approximate collectives ("une vingtaine", "un centinaio") are ours, rewritten as the language's own hedge so that
the count gets the qualifier `about`.
"""

import re

from text_to_num import alpha2digit

from .numbers import bounded_before, qualifier_before
from .text import compile_guarded, literal_alternation

# Spelled-out numbers per language, as the words a sentence is split into (compounds split at their hyphens): a
# sentence with none of them is left alone without calling text2num (most sentences; text2num costs ~10 µs one).
_NUMBER_WORDS = {
    "fr": {"deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze", "treize",
           "quatorze", "quinze", "seize", "vingt", "vingts", "trente", "quarante", "cinquante", "soixante", "septante",
           "octante", "huitante", "nonante", "cent", "cents", "mille", "million", "millions"},
    "en": {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
           "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty",
           "sixty", "seventy", "eighty", "ninety", "hundred", "thousand", "million"},
    "de": {"zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "elf", "zwölf", "hundert",
           "tausend", "million", "millionen"},
    "es": {"dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez", "once", "doce", "trece",
           "catorce", "quince", "veinte", "treinta", "cuarenta", "cincuenta", "sesenta", "setenta", "ochenta",
           "noventa", "cien", "ciento", "mil", "millón", "millones"},
    "it": {"due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove", "dieci", "undici", "dodici", "tredici",
           "quattordici", "quindici", "sedici", "venti", "trenta", "quaranta", "cinquanta", "sessanta", "settanta",
           "ottanta", "novanta", "cento", "mille", "mila", "milione", "milioni"},
}
# Numbers written as one word: "siebenundzwanzig", "dreihundert", "veintisiete", "doscientos", "ventisette".
_COMPOUND_PARTS = {
    "de": re.compile("zig|ßig|zehn|hundert|tausend"),
    "es": re.compile("dieci|veinti|cientos|cientas"),
    "it": re.compile("dicia|dician|vent|trent|quarant|cinquant|sessant|settant|ottant|novant|cento|mila"),
}
# One of those words, whole: no letter before or after it.
_WHOLE_NUMBER_WORD = {lang: compile_guarded(rf"(?<![^\W\d_])(?:{literal_alternation(words)})(?![^\W\d_])")
                      for lang, words in _NUMBER_WORDS.items()}


def _may_have_number_words(lowered: str, lang: str) -> bool:
    compound = _COMPOUND_PARTS.get(lang)
    return (_WHOLE_NUMBER_WORD[lang].search(lowered) is not None
            or (compound is not None and compound.search(lowered) is not None))


# "une vingtaine de villes": about twenty. The collective and the word that links it to its noun.
_COLLECTIVES = {
    "fr": (r"une?\s+(?P<word>dizaine|douzaine|quinzaine|vingtaine|trentaine|quarantaine|cinquantaine|soixantaine"
           r"|centaine|millier)\s+(?:de\s+|d['’]\s*)", "environ"),
    "en": (r"an?\s+(?P<word>dozen)\s+", "about"),
    "de": (r"(?:ein|eine|einem|einer)\s+(?P<word>Dutzend)\s+", "rund"),
    "es": (r"(?:un|una)\s+(?P<word>decena|docena|quincena|veintena|treintena|cuarentena|cincuentena|centenar"
           r"|millar)\s+de\s+", "unos"),
    "it": (r"(?:un|una|un['’])\s*(?P<word>decina|dozzina|quindicina|ventina|trentina|quarantina|cinquantina"
           r"|sessantina|settantina|ottantina|novantina|centinaio|migliaio)\s+(?:di\s+|d['’]\s*)", "circa"),
}
_COLLECTIVE_VALUES = {
    "dizaine": 10, "douzaine": 12, "quinzaine": 15, "vingtaine": 20, "trentaine": 30, "quarantaine": 40,
    "cinquantaine": 50, "soixantaine": 60, "centaine": 100, "millier": 1000, "dozen": 12, "dutzend": 12,
    "decena": 10, "docena": 12, "quincena": 15, "veintena": 20, "treintena": 30, "cuarentena": 40, "cincuentena": 50,
    "centenar": 100, "millar": 1000, "decina": 10, "dozzina": 12, "quindicina": 15, "ventina": 20, "trentina": 30,
    "quarantina": 40, "cinquantina": 50, "sessantina": 60, "settantina": 70, "ottantina": 80,
    "novantina": 90, "centinaio": 100, "migliaio": 1000,
}
_ANY_COLLECTIVE = re.compile(literal_alternation(_COLLECTIVE_VALUES))
# A collective that is a row's whole value, its noun in the label: "Associations nationales membres : une
# quarantaine", "Miembros: una veintena", "Membri: una trentina".
_ROW_COLLECTIVE = re.compile(r":\s*(?:(?:un|une|una|a|an|ein|eine)\s+)(?P<word>[^\W\d]+)\s*\.?\s*$", re.IGNORECASE)
_COLLECTIVE_PATTERNS = {lang: (re.compile(rf"\b{pattern}", re.IGNORECASE), hedge)
                        for lang, (pattern, hedge) in _COLLECTIVES.items()}
# A month written short after a day ("15 sept. 2024") is no seven: spelled out whole, text2num leaves it alone.
_SHORT_SEPTEMBER = re.compile(r"(?<=\d\s)sept\b\.?|(?<=\der\s)sept\b\.?", re.IGNORECASE)
# "plus d'un million d'habitants", "über eine Million": text2num leaves "un" apart, so the count would be lost.
_ONE_MILLION = re.compile(r"\b(?:un|one|a|eine|einer|einem|uno)\s+(?:1000000|million|millón|milione)\b", re.IGNORECASE)
# "un quart de million de collectivités", "a quarter of a million local governments", "eine Viertelmillion",
# "medio millón", "mezzo milione": a fraction of a million is that fraction's count, not a million.
_FRACTION_OF_MILLION = re.compile(
    r"(?P<elided>\bd['’]\s*(?=un\b))?\b(?:(?:un|one|a|eine|uno)\s+)?"
    r"(?:(?P<quarter>quart\s+de|quarter\s+of\s+a|viertel-?\s*|cuarto\s+de|quarto\s+di)"
    r"|(?P<half>demi-|half\s+a|halbe\s+|medio|mezzo))\s*(?:million|millón|milione)\b"
    r"(?P<linked>\s+(?:de|di)\s+|\s+d['’]\s*)?",
    re.IGNORECASE)
_MILLION = 1_000_000


def _fraction_of_million_as_digits(found: re.Match) -> str:
    """"un quart de million de " -> "250000 ": the count, then its noun as after any number."""
    value = _MILLION // 4 if found.group("quarter") else _MILLION // 2
    elided = "de " if found.group("elided") else ""  # "près d'un quart de million" -> "près de 250000"
    return f"{elided}{value}{' ' if found.group('linked') else ''}"


_SMALLEST_CONVERTED = 2  # "un réseau", "one of them" stay words: an article, not a count
# "unas doscientas ciudades": "unos"/"unas" before a number is the hedge "some", which text2num reads as a one
# ("1 200"); said as "cerca de", it keeps its meaning (about) and the number stays whole.
_SPANISH_SOME = re.compile(rf"\b(?:unos|unas)(?=\s+(?:{'|'.join(_NUMBER_WORDS['es'])}|\w*(?:cient[oa]s|veinti|dieci)))",
                           re.IGNORECASE)


# "veintiún países", "treinta y un países": the "one" Spanish shortens before a noun, which text2num reads only whole.
_SPANISH_SHORT_ONE = re.compile(r"\b(?:(?P<twenty>veintiún)|(?P<tens>(?:treinta|cuarenta|cincuenta|sesenta|setenta"
                                r"|ochenta|noventa)\s+y\s+)un)\b", re.IGNORECASE)


def _spanish_whole_one(found: re.Match) -> str:
    return "veintiuno" if found.group("twenty") else f"{found.group('tens')}uno"


def _collective_as_digits(found: re.Match, hedge: str) -> str:
    """"une centaine de" -> "environ 100 "; after a bound ("plus d'un millier", "more than a dozen", "oltre un
    centinaio") the bound stays the count's hedge: "plus d'1000 "."""
    value = _COLLECTIVE_VALUES[found.group("word").lower()]
    return f"{value} " if bounded_before(found.string[:found.start()]) else f"{hedge} {value} "


def _row_collective_as_digits(found: re.Match, hedge: str) -> str:
    value = _COLLECTIVE_VALUES.get(found.group("word").lower())
    return f": {hedge} {value}" if value else found.group()


# "two dozen member cities", "deux douzaines de villes", "zwei Dutzend Städte", "dos docenas de ciudades", "due dozzine
# di città": so many dozens, read once text2num has written the number ("2 dozen"), about that many times twelve.
_DOZENS = compile_guarded(r"(?<![\d.,])(?P<number>[2-9]|1[0-2])\s+(?:dozen|douzaines|dutzend|docenas|dozzine)\b"
                          r"(?:\s+(?:de\s+|d['’]\s*|di\s+|of\s+))?", re.IGNORECASE)
_DOZEN = 12


def _dozens_as_digits(found: re.Match, hedge: str) -> str:
    """"2 douzaines de " -> "environ 24 ", "some 2 dozen" -> "some 24" (the hedge before stays the count's)."""
    value = int(found.group("number")) * _DOZEN
    before = found.string[:found.start()]
    linked = " " if found.group().endswith((" ", "'", "’")) else ""
    return f"{value}{linked}" if qualifier_before(before) != "exact" else f"{hedge} {value}{linked}"


def with_digits(text: str, lang: str | None) -> str:
    """`text` with its spelled-out numbers written as digits, for a language text2num knows; else unchanged."""
    if lang not in _NUMBER_WORDS:
        return text
    lowered = text.lower()
    if "mil" in lowered and _FRACTION_OF_MILLION.search(text):
        text = _FRACTION_OF_MILLION.sub(_fraction_of_million_as_digits, text)
    collective, hedge = _COLLECTIVE_PATTERNS[lang]
    if _ANY_COLLECTIVE.search(lowered):
        text = collective.sub(lambda found: _collective_as_digits(found, hedge), text)
        text = _ROW_COLLECTIVE.sub(lambda found: _row_collective_as_digits(found, hedge), text)
    if lang == "fr" and "sept" in lowered:
        text = _SHORT_SEPTEMBER.sub("septembre", text)
    if _may_have_number_words(text.lower(), lang):
        if lang == "es" and ("unos" in lowered or "unas" in lowered):
            text = _SPANISH_SOME.sub("cerca de", text)
        if lang == "es" and ("veintiún" in lowered or " y un" in lowered):
            text = _SPANISH_SHORT_ONE.sub(_spanish_whole_one, text)
        text = alpha2digit(text, lang, threshold=_SMALLEST_CONVERTED)
        if _DOZENS.search(text):
            text = _DOZENS.sub(lambda found: _dozens_as_digits(found, hedge), text)
    return _ONE_MILLION.sub("1000000", text) if "mil" in lowered else text
