"""Numbers written in words, as digits: "vingt-sept États membres" -> "27 États membres", "une centaine de
villes" -> "environ 100 villes", in French, English, German, Spanish and Italian.

text2num reads the spelled-out numbers of each language (compounds, "deux cents", "siebenundzwanzig"); the
approximate collectives ("une vingtaine", "un centinaio") are ours, rewritten as the language's own hedge so that
the count gets the qualifier `about`.
"""

import re

from text_to_num import alpha2digit

# Words from which a spelled-out number can start, per language: a sentence with none of them is left alone
# without calling text2num (most sentences, and text2num costs ~10 µs a sentence).
_NUMBER_WORDS = {
    "fr": r"deux|trois|quatre|cinq|six|sept|huit|neuf|dix\w*|onze|douze|treize|quatorze|quinze|seize|vingt\w*"
          r"|trente\w*|quarante\w*|cinquante\w*|soixante\w*|septante|octante|nonante|cents?|mille|millions?",
    "en": r"two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|forty|fifty|sixty"
          r"|seventy|eighty|ninety|hundred|thousand|million",
    "de": r"zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|\w*zehn|\w*zig|\w*ßig|\w*hundert\w*"
          r"|\w*tausend\w*|millionen?",
    "es": r"dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|trece|catorce|quince|dieci\w+|veint\w+"
          r"|treinta|cuarenta|cincuenta|sesenta|setenta|ochenta|noventa|cien|ciento|\w+cientos|\w+cientas|mil"
          r"|millones",
    "it": r"due|tre|quattro|cinque|sei|sette|otto|nove|dieci|undici|dodici|tredici|quattordici|quindici|sedici"
          r"|dicia\w+|vent\w+|trent\w+|quarant\w+|cinquant\w+|sessant\w+|settant\w+|ottant\w+|novant\w+|\w*cento\w*"
          r"|mille|\w+mila|milioni",
}
_MAY_HAVE_NUMBER_WORDS = {lang: re.compile(rf"\b(?:{words})\b", re.IGNORECASE) for lang, words in _NUMBER_WORDS.items()}

# "une vingtaine de villes": about twenty. The collective and the word that links it to its noun.
_COLLECTIVES = {
    "fr": (r"une?\s+(?P<word>dizaine|douzaine|quinzaine|vingtaine|trentaine|quarantaine|cinquantaine|soixantaine"
           r"|centaine|millier)\s+(?:de\s+|d['’]\s*)", "environ"),
    "en": (r"an?\s+(?P<word>dozen)\s+", "about"),
    "de": (r"(?:ein|eine|einem|einer)\s+(?P<word>Dutzend)\s+", "rund"),
    "es": (r"(?:un|una)\s+(?P<word>decena|docena|quincena|veintena|treintena|cuarentena|cincuentena|centenar"
           r"|millar)\s+de\s+", "unos"),
    "it": (r"(?:un|una|un['’])\s*(?P<word>decina|dozzina|quindicina|ventina|trentina|quarantina|cinquantina"
           r"|centinaio|migliaio)\s+(?:di\s+|d['’]\s*)", "circa"),
}
_COLLECTIVE_VALUES = {
    "dizaine": 10, "douzaine": 12, "quinzaine": 15, "vingtaine": 20, "trentaine": 30, "quarantaine": 40,
    "cinquantaine": 50, "soixantaine": 60, "centaine": 100, "millier": 1000, "dozen": 12, "dutzend": 12,
    "decena": 10, "docena": 12, "quincena": 15, "veintena": 20, "treintena": 30, "cuarentena": 40, "cincuentena": 50,
    "centenar": 100, "millar": 1000, "decina": 10, "dozzina": 12, "quindicina": 15, "ventina": 20, "trentina": 30,
    "quarantina": 40, "cinquantina": 50, "centinaio": 100, "migliaio": 1000,
}
_COLLECTIVE_PATTERNS = {lang: (re.compile(rf"\b{pattern}", re.IGNORECASE), hedge)
                        for lang, (pattern, hedge) in _COLLECTIVES.items()}
# A month written short after a day ("15 sept. 2024") is no seven: spelled out whole, text2num leaves it alone.
_SHORT_SEPTEMBER = re.compile(r"(?<=\d\s)sept\b\.?|(?<=\der\s)sept\b\.?", re.IGNORECASE)
# "plus d'un million d'habitants", "über eine Million": text2num leaves "un" apart, so the count would be lost.
_ONE_MILLION = re.compile(r"\b(?:un|one|a|eine|einer|einem|uno)\s+(?:1000000|million|millón|milione)\b", re.IGNORECASE)
_SMALLEST_CONVERTED = 2  # "un réseau", "one of them" stay words: an article, not a count


def with_digits(text: str, lang: str | None) -> str:
    """`text` with its spelled-out numbers written as digits, for a language text2num knows; else unchanged."""
    may_have_words = _MAY_HAVE_NUMBER_WORDS.get(lang or "")
    if may_have_words is None:
        return text
    collective, hedge = _COLLECTIVE_PATTERNS[lang]
    text = collective.sub(lambda found: f"{hedge} {_COLLECTIVE_VALUES[found.group('word').lower()]} ", text)
    if lang == "fr":
        text = _SHORT_SEPTEMBER.sub("septembre", text)
    if not may_have_words.search(text):
        return _ONE_MILLION.sub("1000000", text)
    return _ONE_MILLION.sub("1000000", alpha2digit(text, lang, threshold=_SMALLEST_CONVERTED))
