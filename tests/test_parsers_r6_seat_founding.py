"""Seats, founding dates and founding places as real pages place them: a network's other spelling, a seat told by
where the network is run from, a founding at a meeting, a country that is no founding place, and networks outside
the vocabulary named in a heading or as a sentence's subject."""

from datetime import UTC, datetime

import pytest

from scraper.parsers.extract import extract_page

_LASTING = ("founded", "founded_place", "headquarters")


def _facts(body: str, lang: str = "en", title: str = "Networks") -> set[tuple[str, str, str]]:
    html = (f'<html lang="{lang}"><head><title>{title}</title></head><body><main><h1>{title}</h1>{body}'
            f'</main></body></html>')
    extraction = extract_page(html.encode(), "https://city.example/international/networks",
                              datetime(2025, 3, 1, tzinfo=UTC))
    return {(fact["network_id"], fact["attribute"], fact["value"]) for fact in extraction.facts
            if fact["attribute"] in _LASTING}


@pytest.mark.parametrize("body, lang, expected", [
    ("<p>Créé à Barcelone en 1991, MedCités rassemble une soixantaine de villes méditerranéennes.</p>", "fr",
     {("medcities", "founded", "1991"), ("medcities", "founded_place", "Barcelone")}),
    ("<h2>MedCités</h2><p>Le réseau a son siège à Barcelone.</p>", "fr", {("medcities", "headquarters", "Barcelone")}),
    ("<p>MedCities was founded in Barcelona in 1991.</p>", "en",
     {("medcities", "founded", "1991"), ("medcities", "founded_place", "Barcelona")}),
])
def test_medcities_in_its_french_spelling(body, lang, expected):
    assert _facts(body, lang) == expected
