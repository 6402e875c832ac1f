"""Where networks were founded and are seated, and what they count, as city sites word and lay them out: a founding
congress and where it was held, a network "born" in a city, the place closing a bracket, a seat hosted by a city,
fact sheets written line by line, key-figure bands, and counts of a programme or a declaration that are not the
network's members."""

from datetime import UTC, datetime

import pytest

from scraper.parsers.extract import extract_page


def _facts(body: str, lang: str = "en") -> set[tuple[str, str, str]]:
    html = (f'<html lang="{lang}"><head><title>Networks</title></head><body><main><h1>Our networks</h1>{body}'
            f'</main></body></html>')
    extraction = extract_page(html.encode(), "https://city.example/international/networks",
                              datetime(2025, 3, 1, tzinfo=UTC))
    return {(fact["network_id"], fact["attribute"], fact["value"]) for fact in extraction.facts}


@pytest.mark.parametrize("sentence, lang, expected", [
    ("Cités et Gouvernements Locaux Unis est née lors du congrès fondateur de Paris, en mai 2004.", "fr",
     {("uclg", "founded", "2004-05"), ("uclg", "founded_place", "Paris")}),
    ("Le congrès fondateur de CGLU s'est tenu à Paris en mai 2004.", "fr",
     {("uclg", "founded", "2004-05"), ("uclg", "founded_place", "Paris")}),
    ("The founding conference of UCLG, held in Paris in May 2004, merged two older associations.", "en",
     {("uclg", "founded", "2004-05"), ("uclg", "founded_place", "Paris")}),
    ("UCLG came into being at the founding conference, held in Paris in 2004.", "en",
     {("uclg", "founded", "2004"), ("uclg", "founded_place", "Paris")}),
    ("El congreso fundacional de CGLU se celebró en París en 2004.", "es",
     {("uclg", "founded", "2004"), ("uclg", "founded_place", "París")}),
])
def test_a_founding_meeting_tells_where_the_network_was_founded(sentence, lang, expected):
    assert _facts(f"<p>{sentence}</p>", lang) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Eurocities was born in Rotterdam in 1986.",
     {("eurocities", "founded", "1986"), ("eurocities", "founded_place", "Rotterdam")}),
    ("Born in Rotterdam in 1986, Eurocities now has 200 members.",
     {("eurocities", "founded", "1986"), ("eurocities", "founded_place", "Rotterdam"),
      ("eurocities", "member_cities", "200")}),
    ("The network was born in Rotterdam in 1986 and Eurocities has grown since.",
     {("eurocities", "founded", "1986"), ("eurocities", "founded_place", "Rotterdam")}),
])
def test_a_network_born_somewhere_was_founded_there(sentence, expected):
    assert _facts(f"<p>{sentence}</p>") == expected


def test_a_person_born_somewhere_founds_nothing():
    assert _facts("<p>The prize, named after Jane Doe, born in Leeds in 1970, is awarded by Eurocities.</p>") == set()


@pytest.mark.parametrize("sentence, lang, expected", [
    ("Eurocities (founded 1986, Rotterdam) links the large cities of Europe.", "en",
     {("eurocities", "founded", "1986"), ("eurocities", "founded_place", "Rotterdam")}),
    ("L'AIMF (fondée en 1979, Québec) réunit 140 villes dans 50 pays.", "fr",
     {("aimf", "founded", "1979"), ("aimf", "founded_place", "Québec"), ("aimf", "member_cities", "140"),
      ("aimf", "member_countries", "50")}),
])
def test_the_place_closing_the_founding_brackets(sentence, lang, expected):
    assert _facts(f"<p>{sentence}</p>", lang) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Eurocities, with its office in Brussels, speaks for Europe's cities.",
     {("eurocities", "headquarters", "Brussels")}),
    ("ICORN has its head office in Stavanger.", {("icorn", "headquarters", "Stavanger")}),
    ("The Mayors for Peace secretariat is hosted by Hiroshima City.",
     {("mayors-for-peace", "headquarters", "Hiroshima")}),
    ("UCLG's World Secretariat is hosted by the city of Barcelona.", {("uclg", "headquarters", "Barcelona")}),
    ("The Mayors for Peace secretariat (Hiroshima) coordinates the campaign.",
     {("mayors-for-peace", "headquarters", "Hiroshima")}),
])
def test_seats_worded_by_their_office_or_host(sentence, expected):
    assert _facts(f"<p>{sentence}</p>") == expected


def test_several_offices_name_no_seat():
    assert _facts("<p>Eurocities has offices in Brussels and Barcelona.</p>") == set()
