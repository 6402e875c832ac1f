"""Date phrases kept as precise as the page writes them, relative ones resolved against a base date."""

import re
from datetime import date

import pytest

from scraper.parsers.dates import MONTH_PATTERN, PartialDate, date_at, find_full_date, parse_date, short_year_date
from scraper.parsers.events import find_event_span
from scraper.parsers.page_date import find_page_date


@pytest.mark.parametrize("phrase, iso", [
    ("2004", "2004"), ("mai 2004", "2004-05"), ("avril 1961", "1961-04"), ("April 1961", "1961-04"),
    ("5 mai 2004", "2004-05-05"), ("1er décembre 2014", "2014-12-01"), ("13 mai 2019", "2019-05-13"),
    ("May 5, 2004", "2004-05-05"), ("September 2, 2015", "2015-09-02"), ("2 sept. 2015", "2015-09-02"),
    ("05/04/2012", "2012-04-05"), ("2016-04-19", "2016-04-19"), ("12 janvier 2011", "2011-01-12"),
    ("août 2016", "2016-08"), ("fevrier 2020", "2020-02"),
])
def test_parse_date_keeps_the_precision_written(phrase, iso):
    assert parse_date(phrase).iso() == iso


@pytest.mark.parametrize("phrase", ["", "hier", "31/02/2012", "mai", "le réseau", "2004 et plus"])
def test_parse_date_refuses_what_is_not_exactly_one_date(phrase):
    assert parse_date(phrase) is None


def test_precision_follows_the_parts_known():
    assert [PartialDate(2004).precision, PartialDate(2004, 5).precision, PartialDate(2004, 5, 5).precision] == [
        "year", "month", "day"]


@pytest.mark.parametrize("line, iso", [
    ("[05/04/2012]", "2012-04-05"),
    ("Mise à jour le 07/06/2024", "2024-06-07"),
    ("Mise à jour le 19/04/2016", "2016-04-19"),
    ("Published on April 5, 2012", "2012-04-05"),
    ("Published on September 2, 2015", "2015-09-02"),
    ("Publié le 13 mai 2019", "2019-05-13"),
    ("Publié le mardi 13 mai 2019 à 10h30", "2019-05-13"),  # dateparser's lenient reading
    ("Updated: 2019-05-13T10:00", "2019-05-13"),
])
def test_find_page_date_reads_the_date_a_page_shows_for_itself(line, iso):
    assert find_page_date(f"Accueil {line} Texte de la page").iso() == iso


@pytest.mark.parametrize("text", ["La Ville a publié un rapport en 2015.", "Aucune date ici", ""])
def test_find_page_date_ignores_dates_that_are_not_a_page_date(text):
    assert find_page_date(text) is None


def span(text, base):
    found = find_event_span(text, base)
    return (found[0].iso(), found[1].iso()) if found else None


@pytest.mark.parametrize("text, base, expected", [
    ("Du 21 au 24 mai dernier, la Ville était à Ljubljana.", date(2014, 6, 5), ("2014-05-21", "2014-05-24")),
    ("A l'occasion de la Journée mondiale, le 1er décembre, Paris s'engage.", date(2014, 12, 2),
     ("2014-12-01", "2014-12-01")),
    ("Paris accueille l'Assemblée générale du 30 mars au 2 avril.", date(2016, 4, 19),
     ("2016-03-30", "2016-04-02")),
    ("Paris hosted it from 30 March to 2 April 2016.", date(2020, 1, 1), ("2016-03-30", "2016-04-02")),
    ("Paris hosted it from March 30 to April 2, 2016.", None, ("2016-03-30", "2016-04-02")),
    ("Le congrès s'est tenu du 22 au 24 mai 2024 à Lausanne.", None, ("2024-05-22", "2024-05-24")),
    ("The congress met on May 22-24, 2024.", None, ("2024-05-22", "2024-05-24")),
    ("Vacances du 28 décembre au 3 janvier.", date(2015, 1, 10), ("2014-12-28", "2015-01-03")),
])
def test_find_event_span_resolves_ranges_and_relative_days(text, base, expected):
    assert span(text, base) == expected


def test_dernier_means_the_latest_occurrence_not_after_the_base():
    # Read in early 2015, "mai dernier" is May 2014, never May 2015.
    assert span("Du 21 au 24 mai dernier", date(2015, 2, 1)) == ("2014-05-21", "2014-05-24")


def test_a_day_without_year_needs_a_base():
    assert span("le 1er décembre", None) is None


def test_find_event_span_needs_a_day():
    assert span("Créée en mai 2004, d'ici à 2030", date(2014, 1, 1)) is None


def test_date_at_returns_where_the_phrase_ends():
    text = "adhéré en 2002, puis"
    assert date_at(text, text.index("2002")) == (PartialDate(2002), text.index(","))


def test_find_full_date_returns_the_first_complete_date_and_its_phrase():
    assert find_full_date("Publié le 12 février 2021, revu le 01/03/2021") == (PartialDate(2021, 2, 12),
                                                                               "12 février 2021")


@pytest.mark.parametrize("text, iso", [
    ("12-03-2024", "2024-03-12"), ("2024/03/12", "2024-03-12"), ("2024-03", "2024-03")])
def test_dates_written_with_dashes_or_slashes_and_a_month_in_iso(text, iso):
    assert parse_date(text).iso() == iso


@pytest.mark.parametrize("text, iso", [
    ("12 Mar 2025", "2025-03-12"), ("3 Dez. 2024", "2024-12-03"), ("5 ago 2024", "2024-08-05"),
    ("14 ott 2024", "2024-10-14"), ("2 abr 2024", "2024-04-02"), ("9 lug 2024", "2024-07-09"),
    ("14. Jän. 2025", "2025-01-14"), ("3. Feber 2025", "2025-02-03"),
])
def test_month_abbreviations_of_news_lists(text, iso):
    assert find_full_date(text)[0].iso() == iso


@pytest.mark.parametrize("text", ["ten years ago 2014 was", "a set of 2024 rules"])
def test_an_abbreviation_alone_is_no_date(text):
    assert find_full_date(text) is None


@pytest.mark.parametrize("text, iso", [
    ("12.03.25", "2025-03-12"), ("12/03/25", "2025-03-12"), ("1.3.24", "2024-03-01"),
])
def test_a_day_with_a_two_digit_year_alone_is_of_this_century(text, iso):
    assert short_year_date(text).iso() == iso


@pytest.mark.parametrize("text", ["Tel. 12.03.25 45", "12.03.2025", "31.02.25", "12.3"])
def test_only_a_whole_day_with_a_two_digit_year_is_one(text):
    assert short_year_date(text) is None


@pytest.mark.parametrize("text, whole", [
    ("septembre 2024", "septembre"), ("sept. 2024", "sept."), ("September 2024", "September"),
    ("Sep 2024", "Sep"), ("juillet", "juillet"), ("juil.", "juil."), ("Dezember", "Dezember"),
])
def test_the_longest_month_name_that_fits_is_read(text, whole):
    assert re.match(MONTH_PATTERN, text, re.IGNORECASE).group() == whole


@pytest.mark.parametrize("text", ["septembrex 2024", "junio2024", "marsupial"])
def test_a_month_name_is_a_whole_word(text):
    assert re.match(MONTH_PATTERN, text, re.IGNORECASE) is None
