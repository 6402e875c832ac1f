"""French and English counts: "plus de 1 000 villes", "more than 1,000 cities", "huit régions"."""

import re
from dataclasses import dataclass

# Digits grouped by thousands with a space, no-break space, narrow no-break space, comma, dot or apostrophe.
_GROUPED = r"\d{1,3}(?:[ \u00a0\u202f,.'’]\d{3})+(?![\d,.]\d)"
_MILLIONS = r"\d+(?:[.,]\d+)?\s+millions?"
_NUMBER = rf"(?<![\w.,/])(?:{_MILLIONS}|{_GROUPED}|\d+)(?![\d/%]|\s*%|\s*pour\s*cent|\s*per\s*cent)"

WORD_NUMBERS = {
    "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8, "neuf": 9, "dix": 10,
    "onze": 11, "douze": 12, "vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50, "cent": 100,
    "two": 2, "three": 3, "four": 4, "five": 5, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "hundred": 100,
}
# The first letters up front: without them the regex tries every word at every word boundary.
_WORD_NUMBER = (r"\b(?=[" + "".join(sorted({word[0] for word in WORD_NUMBERS})) + r"])(?:"
                + "|".join(sorted(WORD_NUMBERS, key=len, reverse=True)) + r")\b")

# Hedge written just before a number -> qualifier of the data contract (longest phrases first).
_HEDGES = (
    (r"pas moins de|no fewer than|no less than|au moins|at least|minimum", "at_least"),
    (r"plus de|plus d['’]|more than|over|upwards of", "more_than"),
    ((r"près de|pres de|environ|quelque|quelques|presque|approximativement|nearly|almost|around|about"
      r"|some|approximately|roughly|close to"), "about"),
    (r"jusqu['’]à|jusqu['’]a|up to", "up_to"),
)
_HEDGE_BEFORE = [(re.compile(rf"(?:^|[\s(])(?:{words})\s*$", re.IGNORECASE), qualifier)
                 for words, qualifier in _HEDGES]

# What is being counted, by unit of the data contract. At one position the first matching alternative
# wins, so "Etats membres" / "member states" are tried before "membres" / "members".
_UNIT_NOUNS = (
    ("countries", r"[ée]tats\s+membres|member\s+states|pays|[ée]tats|countries|nations|states"),
    ("associations", r"associations"),
    ("regions", r"r[ée]gions|sections\s+r[ée]gionales|regional\s+sections"),
    ("projects", r"projets|projects"),
    ("inhabitants", r"habitants|inhabitants|residents"),
    ("cities", (r"villes|cit[ée]s|cities|m[ée]tropoles|metropolises|metropolitan\s+areas|capitales|capitals"
                r"|municipalit[ée]s|municipalities|communes|towns|collectivit[ée]s|gouvernements|governments"
                r"|membres|members")),
)
_NOUN = "|".join(f"(?P<{unit}>{nouns})" for unit, nouns in _UNIT_NOUNS)
# Words that end the noun phrase of a number: "200 000 habitants" is counted, "2004 à Paris" is not.
_BREAKERS = (r"de|des|du|d|of|in|dans|en|à|a|au|aux|from|for|pour|par|by|with|avec|since|depuis|sur|on|to"
             r"|qui|which|that|le|la|les|the|sont|are|is|est|ont|have|has|ans|years|\d+")
_AFTER_NUMBER = re.compile(
    rf"\s+(?:(?!(?:{_BREAKERS})\b)[\w’'\-]+\s+){{0,3}}?(?:{_NOUN})\b", re.IGNORECASE)
# "83 des plus grandes villes du monde", "83 of the world's largest cities": a superlative in between.
_AFTER_NUMBER_SUPERLATIVE = re.compile(
    rf"\s+(?:des\s+plus\s+[\w-]+|of\s+the\s+(?:world['’]s\s+)?[\w-]+est)\s+(?:[\w’'\-]+\s+){{0,2}}?(?:{_NOUN})\b",
    re.IGNORECASE)
# "2,5 millions d'habitants", "1.2 million of residents"
_AFTER_MILLIONS = re.compile(rf"\s+(?:d['’]\s*|de\s+|of\s+)(?:{_NOUN})\b", re.IGNORECASE)
_ANY_NUMBER = re.compile(rf"(?=\d){_NUMBER}|{_WORD_NUMBER}", re.IGNORECASE)
# "fondée par six capitales": the founders, not the members.
_FOUNDERS_BEFORE = re.compile(r"(?:\bpar|\bby)\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class Count:
    value: float
    qualifier: str  # exact, more_than, at_least, about, up_to
    unit: str       # cities, associations, countries, regions, projects, inhabitants
    start: int      # offsets of the number in the text it was found in
    end: int


def parse_number(text: str) -> float | None:
    """The value of one written number: "1 000", "1,000", "240'000", "100.000", "2,5 millions", "huit"."""
    cleaned = text.strip().lower()
    if cleaned in WORD_NUMBERS:
        return float(WORD_NUMBERS[cleaned])
    millions = re.fullmatch(r"(\d+)(?:[.,](\d+))?\s+millions?", cleaned)
    if millions:
        return float(f"{millions.group(1)}.{millions.group(2) or 0}") * 1_000_000
    if re.fullmatch(_GROUPED, cleaned):
        return float(re.sub(r"\D", "", cleaned))
    if cleaned.isdigit():
        return float(cleaned)
    return None


def qualifier_before(text: str) -> str:
    """The qualifier implied by the words that end `text` ("plus de" -> more_than), else exact."""
    tail = text[-30:]
    for pattern, qualifier in _HEDGE_BEFORE:
        if pattern.search(tail):
            return qualifier
    return "exact"


def find_counts(sentence: str) -> list[Count]:
    """Every number in the sentence that counts one of the known units, with its hedge."""
    counts = []
    for number in _ANY_NUMBER.finditer(sentence):
        noun = _AFTER_NUMBER.match(sentence, number.end()) or _AFTER_NUMBER_SUPERLATIVE.match(sentence, number.end())
        if noun is None and number.group().lower().endswith(("million", "millions")):
            noun = _AFTER_MILLIONS.match(sentence, number.end())
        if noun is None or _FOUNDERS_BEFORE.search(sentence[:number.start()]):
            continue
        value = parse_number(number.group())
        if value is None:
            continue
        unit = next(name for name, _ in _UNIT_NOUNS if noun.group(name))
        counts.append(Count(value, qualifier_before(sentence[:number.start()]), unit, number.start(), number.end()))
    return counts


def format_count(value: float) -> str:
    """Canonical text of a count: "1000", "2.5" (no trailing ".0")."""
    return str(int(value)) if value.is_integer() else repr(value)
