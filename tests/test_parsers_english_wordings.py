"""How English-speaking councils and networks word their facts and dates: a membership that changed kind, members
as the subject of a sentence, counts of newcomers, of a selection, of a few named members or bounded from above,
history tables, seats hosted by an institution or kept by a region, presidents after the network's name, fact
sheet labels, event spans with weekdays or across months, and the lines that date a page."""

from datetime import UTC, date, datetime

import pytest

from scraper.parsers.claims import find_claims
from scraper.parsers.count_context import states_the_present
from scraper.parsers.dates import PartialDate
from scraper.parsers.events import find_event_span
from scraper.parsers.extract import extract_page
from scraper.parsers.networks import network_ids
from scraper.parsers.number_words import with_digits
from scraper.parsers.page_date import find_page_date

BASE = date(2024, 11, 4)


def claimed(sentence):
    return [(claim.attribute, claim.value) for claim in find_claims(with_digits(sentence, "en"), BASE)]


@pytest.mark.parametrize("sentence, expected", [
    # The kind of membership the city holds now, and when it began; an earlier, lesser tie dates nothing.
    ("Leeds became a full member of the network in 2011, having been an observer since 2008.",
     [("joined", "2011")]),
    ("Bristol became an associate member of Energy Cities in 2019.", [("joined", "2019")]),
    # The members as the subject: "member cities" pay, vote, meet; the city's own membership is not dated.
    ("Since 2016, member cities have paid their dues in euros.", []),
    ("Member cities have voted on the budget since 2012.", []),
    ("Since 2004, Derby has been a member of the alliance.", [("joined", "2004")]),
    ("Derby has belonged to Energy Cities since 2007.", [("joined", "2007")]),
    ("Derby took up membership of Energy Cities in 2007.", [("joined", "2007")]),
    ("Derby took part in an Energy Cities seminar in 2007.", []),
])
def test_joining_wordings(sentence, expected):
    assert claimed(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # Who takes part in one of the network's forums, or was picked for a programme, is no membership.
    ("The working group, with some 40 participating cities, meets each spring.", []),
    ("Leeds is one of the 100 cities selected for the climate mission in 2022.", []),
    ("The jury has chosen 12 cities for the pilot.", []),
    # Newcomers, before the total they bring the network to.
    ("Nine towns in Chile, Kenya and Japan joined in March, bringing the total to 8,390 cities.",
     [("member_cities", "8390")]),
    ("Seven cities have just joined the network.", []),
    # A few members beside the ones named are not all of them.
    ("The mayors of Turin and 14 other cities signed the appeal.", []),
    ("Eurocities has more than 200 member cities, which joined over four decades.", [("member_cities", "200")]),
])
def test_what_a_count_counts(sentence, expected):
    assert claimed(sentence) == expected


def test_a_total_brought_up_by_newcomers_is_the_present_one():
    assert states_the_present("Nine towns joined in March, bringing the total to 8,390 cities.")


@pytest.mark.parametrize("sentence, expected", [
    # A seat hosted by an institution, in its city.
    ("The secretariat of the alliance is hosted by the Peace Institute of Lund in Lund.",
     [("headquarters", "Lund")]),
    ("Its secretariat is hosted by the city's energy agency in Graz.", [("headquarters", "Graz")]),
    # An office for one region of the world is not the seat.
    ("Derby works with the ICLEI European Secretariat in Freiburg on procurement.", []),
    ("The network's Latin American secretariat is based in Quito.", []),
    ("The ICLEI World Secretariat is based in Bonn.", [("headquarters", "Bonn")]),
    # The president after the network's name and a present "is".
    ("The current president of ICLEI is Jane Doyle.", [("president", "Jane Doyle")]),
    ("The president of Eurocities is elected for two years.", []),
    # Where the network was founded, between the verb and a later date.
    ("ICLEI, founded at the United Nations in New York in 1990, links cities.",
     [("founded", "1990"), ("founded_place", "New York")]),
    ("The alliance was founded by the mayors of six cities in 1986.", [("founded", "1986")]),
])
def test_seats_presidents_and_founding_places(sentence, expected):
    assert claimed(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("The league was formed in 1995 with eight cities.", [("founded", "1995")]),
    ("Leaders of the Core Cities UK network, formed in 1995, met in Leeds.", [("founded", "1995")]),
])
def test_formed_tells_a_founding(sentence, expected):
    assert claimed(sentence) == expected


@pytest.mark.parametrize("text", [
    "Derby joined the UNESCO Global Network of Learning Cities in 2018.",
    "Lyon fait partie du Réseau mondial UNESCO des villes apprenantes.",
    "Sevilla pertenece a la Red Mundial de Ciudades del Aprendizaje de la UNESCO.",
])
def test_the_learning_cities_network_is_known_by_name(text):
    assert network_ids(text) == ["unesco-global-network-of-learning-cities"]


def test_a_history_tables_rows_are_that_years_figures():
    html = """<html lang="en"><head><title>Our history - Energy Cities</title></head><body><main>
      <h1>Energy Cities</h1><p>Energy Cities has 640 member cities.</p>
      <table><tr><th>Year</th><th>Event</th><th>Member cities</th></tr>
        <tr><td>1998</td><td>First assembly in Oslo</td><td>about 40</td></tr>
        <tr><td>2010</td><td>Office opened</td><td>310</td></tr></table>
    </main></body></html>"""
    extraction = extract_page(html.encode(), "https://league.example/history", datetime(2024, 6, 1, tzinfo=UTC))
    assert [(fact["attribute"], fact["value"]) for fact in extraction.facts] == [("member_cities", "640")]


@pytest.mark.parametrize("sentence, expected", [
    ("Created: 2004", [("founded", "2004")]),
    ("Launched: May 2008", [("founded", "2008-05")]),
    ("Leeds joined: 2015 (music)", [("joined", "2015")]),
    ("Leeds a member since: 2009", [("joined", "2009")]),
    # A page's own creation line, to the day, is not a founding.
    ("Created: 12 March 2013", []),
])
def test_fact_sheet_labels(sentence, expected):
    assert claimed(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("The alliance has just under 200 members.", [("member_cities", "200", "about")]),
    # A bound from above has no qualifier in the data contract: no count rather than a wrong one.
    ("The alliance has fewer than 50 members.", []),
    ("Le réseau compte moins de 50 villes.", []),
    ("The alliance, whose seat is in Lille, met in May.", [("headquarters", "Lille", "exact")]),
    ("Its secretariat moved to Lille in 2001.", [("headquarters", "Lille", "exact")]),
    ("Derby holds a seat in Parliament.", []),
])
def test_hedges_from_above_and_seats_in_other_words(sentence, expected):
    assert [(claim.attribute, claim.value, claim.qualifier)
            for claim in find_claims(with_digits(sentence, "en"), BASE)] == expected


@pytest.mark.parametrize("text, expected", [
    ("The forum meets from Monday 7 to Wednesday 9 October.", ("2024-10-07", "2024-10-09")),
    ("Climate week runs 30 Sep - 4 Oct 2024 across the city.", ("2024-09-30", "2024-10-04")),
    ("The fair is open 30 December 2024 – 2 January 2025.", ("2024-12-30", "2025-01-02")),
])
def test_event_spans_with_weekdays_or_two_months(text, expected):
    start, end = find_event_span(text, date(2024, 9, 1), PartialDate(2024, 9, 1))
    assert (start.iso(), end.iso()) == expected


@pytest.mark.parametrize("line, expected", [
    ("Page last reviewed: 14/02/2024", "2024-02-14"),
    ("Press release | Issued: 4 June 2024", "2024-06-04"),
    ("Release date: 4 June 2024", "2024-06-04"),
    ("The guidance issued on 4 June 2024 still applies.", None),
])
def test_english_page_date_lines(line, expected):
    found = find_page_date(line)
    assert (found.iso() if found else None) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("The alliance has 200+ members.", [("member_cities", "200", "at_least")]),
    ("The alliance links 200-plus cities in 38 countries.",
     [("member_cities", "200", "at_least"), ("member_countries", "38", "exact")]),
    ("Members: 8,000+", [("member_cities", "8000", "at_least")]),
])
def test_a_plus_after_the_number_is_at_least(sentence, expected):
    assert [(claim.attribute, claim.value, claim.qualifier)
            for claim in find_claims(with_digits(sentence, "en"), BASE)] == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Derby was a founding member of Energy Cities in 1990.", [("joined", "1990"), ("founded", "1990")]),
    ("Derby is a founding member of Energy Cities, set up in 1990.", [("joined", "1990"), ("founded", "1990")]),
    ("Energy Cities was set up in 1990 by ten founding members.", [("founded", "1990")]),
    ("Derby's membership of Energy Cities dates back to 1994.", [("joined", "1994")]),
    ("Derby was admitted to Energy Cities in 1994.", [("joined", "1994")]),
    ("Derby has been a signatory of the Covenant of Mayors since 2009.", [("joined", "2009")]),
])
def test_founding_members_and_memberships_that_began(sentence, expected):
    assert claimed(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Energy Cities' president, Jane Doyle, opened the forum.", [("president", "Jane Doyle")]),
    ("Jane Doyle has chaired Energy Cities since 2021.", [("president", "Jane Doyle")]),
    ("Jane Doyle has chaired Energy Cities twice.", []),
    ("Jane Doyle holds the presidency of Energy Cities.", [("president", "Jane Doyle")]),
    ("Energy Cities' vice-president, Jane Doyle, opened the forum.", []),
])
def test_presidents_in_other_words(sentence, expected):
    assert claimed(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("The alliance was founded in Lille, France, in 1990.", [("founded", "1990"), ("founded_place", "Lille")]),
    ("The alliance was founded in Lille, in 1990.", [("founded", "1990"), ("founded_place", "Lille")]),
    # The city whole or not at all: never "New" of "New York".
    ("ICLEI was founded in New York, and Bonn has been its seat since 1991.", []),
    ("Regional offices have been set up in Europe, Asia and Africa.", []),
])
def test_founding_places_with_a_comma(sentence, expected):
    assert [(attribute, value) for attribute, value in claimed(sentence) if attribute.startswith("founded")] == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Energy Cities, led by Mayor Jane Doyle of Leeds, met in Lille.", [("president", "Jane Doyle")]),
    ("Energy Cities is chaired by Lord Mayor Jane Doyle of Leeds.", [("president", "Jane Doyle")]),
    ("Energy Cities is chaired by the Mayor of Leeds.", [("president", "the Mayor of Leeds")]),
])
def test_a_presidents_name_without_the_office_and_city_around_it(sentence, expected):
    assert claimed(sentence) == expected
