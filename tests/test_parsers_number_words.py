"""Numbers written in words, in the five languages, become the digits the counts read."""

import pytest

from scraper.parsers.number_words import with_digits
from scraper.parsers.numbers import find_counts


def counts(sentence, lang):
    return [(count.value, count.qualifier, count.unit) for count in find_counts(with_digits(sentence, lang))]


@pytest.mark.parametrize("sentence, lang, expected", [
    ("vingt-sept États membres", "fr", [(27, "exact", "countries")]),
    ("quarante-cinq villes", "fr", [(45, "exact", "cities")]),
    ("deux cents villes", "fr", [(200, "exact", "cities")]),
    ("cent trente-huit membres", "fr", [(138, "exact", "cities")]),
    ("quatre-vingt-dix villes", "fr", [(90, "exact", "cities")]),
    ("les huit régions du monde", "fr", [(8, "exact", "regions")]),
    ("une centaine de villes", "fr", [(100, "about", "cities")]),
    ("une vingtaine de capitales", "fr", [(20, "about", "cities")]),
    ("près d'une cinquantaine de pays", "fr", [(50, "about", "countries")]),
    ("twenty-eight member cities", "en", [(28, "exact", "cities")]),
    ("across eight world regions", "en", [(8, "exact", "regions")]),
    ("a dozen capitals", "en", [(12, "about", "cities")]),
    ("siebenundzwanzig Hauptstädte", "de", [(27, "exact", "cities")]),
    ("über zweihundert Städte", "de", [(200, "more_than", "cities")]),
    ("veintisiete capitales", "es", [(27, "exact", "cities")]),
    ("un centenar de ciudades", "es", [(100, "about", "cities")]),
    ("reúne a unas doscientas ciudades", "es", [(200, "about", "cities")]),
    ("unos trescientos cincuenta miembros", "es", [(350, "about", "cities")]),
    ("ventisette capitali", "it", [(27, "exact", "cities")]),
    ("una ventina di città", "it", [(20, "about", "cities")]),
    ("una sessantina di città", "it", [(60, "about", "cities")]),
    ("un'ottantina di comuni", "it", [(80, "about", "cities")]),
    ("più di mille autorità locali", "it", [(1000, "more_than", "governments")]),
])
def test_numbers_in_words_are_counted(sentence, lang, expected):
    assert counts(sentence, lang) == expected


def test_a_short_month_after_a_day_is_no_number():
    assert with_digits("le 15 sept. 2024 à Paris", "fr") == "le 15 septembre 2024 à Paris"


@pytest.mark.parametrize("sentence, lang", [
    ("un réseau de villes", "fr"),  # an article, not one
    ("one of the largest networks", "en"),
])
def test_words_that_are_not_numbers_stay_words(sentence, lang):
    assert with_digits(sentence, lang) == sentence


def test_a_language_text2num_does_not_know_is_left_alone():
    assert with_digits("vingt-sept villes", None) == "vingt-sept villes"
    assert with_digits("vingt-sept villes", "nl") == "vingt-sept villes"


@pytest.mark.parametrize("sentence, lang", [
    ("villes de plus d'un million d'habitants", "fr"),
    ("cities of more than one million inhabitants", "en"),
    ("Städte mit über einer Million Einwohnern", "de"),
    ("ciudades de más de un millón de habitantes", "es"),
    ("città con oltre un milione di abitanti", "it"),
])
def test_one_million_inhabitants_is_a_threshold(sentence, lang):
    assert counts(sentence, lang) == [(1_000_000, "more_than", "inhabitants")]
