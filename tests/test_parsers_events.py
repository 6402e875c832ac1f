"""Event spans of news items in the five languages."""

from datetime import date

import pytest

from scraper.parsers.dates import PartialDate
from scraper.parsers.events import find_event_span

BASE = date(2024, 11, 18)


@pytest.mark.parametrize("text, start, end", [
    ("du 22 au 24 mai 2024", "2024-05-22", "2024-05-24"),
    ("vom 5. bis 7. Juni 2024", "2024-06-05", "2024-06-07"),
    ("del 5 al 7 de junio de 2024", "2024-06-05", "2024-06-07"),
    ("dal 22 al 24 maggio 2024", "2024-05-22", "2024-05-24"),
    ("Dal 9 all'11 ottobre", "2024-10-09", "2024-10-11"),
    ("Dall'8 al 10 ottobre", "2024-10-08", "2024-10-10"),
    ("dall’11 al 13 settembre 2024", "2024-09-11", "2024-09-13"),
    ("dal 1º al 3 marzo", "2025-03-01", "2025-03-03"),
    ("da lunedì 3 a mercoledì 5 giugno 2024", "2024-06-03", "2024-06-05"),
    ("il 3 e il 4 ottobre", "2024-10-03", "2024-10-04"),
    ("sabato 5 e domenica 6 ottobre", "2024-10-05", "2024-10-06"),
    ("il 3, 4 e 5 ottobre", "2024-10-03", "2024-10-05"),
    ("le 3 et le 4 octobre", "2024-10-03", "2024-10-04"),
    ("les 13 et 14 novembre", "2024-11-13", "2024-11-14"),
    ("am 13. und 14. November 2024", "2024-11-13", "2024-11-14"),
    ("los días 13 y 14 de noviembre", "2024-11-13", "2024-11-14"),
    ("am 5. Juni", "2024-06-05", "2024-06-05"),
    ("el 5 de junio", "2024-06-05", "2024-06-05"),
])
def test_event_spans_are_read_in_each_language(text, start, end):
    first, last = find_event_span(text, BASE)
    assert (first.iso(), last.iso()) == (start, end)


def test_a_press_releases_dateline_is_the_event_only_when_no_other_day_is_named():
    first_named = find_event_span("Paris, le 27 février 2025. La piscine rouvre le 1er mars.", BASE)[0]
    assert first_named.iso() == "2025-02-27"  # without the item's date, the first day named
    dateline = PartialDate(2025, 2, 27)
    first, last = find_event_span("Paris, le 27 février 2025. La piscine rouvre le 1er mars.", BASE, dateline)
    assert (first.iso(), last.iso()) == ("2025-03-01", "2025-03-01")
    first, _ = find_event_span("Paris, le 6 août 2024. Paris se souvient.", BASE, PartialDate(2024, 8, 6))
    assert first.iso() == "2024-08-06"


PUBLISHED = PartialDate(2025, 3, 12)


@pytest.mark.parametrize("text", [
    "Inscriptions avant le 30 avril 2025.", "Apply by 30 April 2025.", "Domande entro il 30 aprile 2025.",
    "Anmeldung bis spätestens 30. April 2025.", "Solicitudes antes del 30 de abril de 2025.",
])
def test_a_deadline_is_not_the_event(text):
    assert find_event_span(text, BASE, PUBLISHED) is None


@pytest.mark.parametrize("text", [
    "Jumelées depuis le 14 mars 1958, les deux villes signent le 20 mars un nouveau pacte.",
    "Twinned since 14 March 1958, the two cities sign a new pact on 20 March.",
    "Gemellate dal 14 marzo 1958, le due città firmano il 20 marzo un nuovo patto.",
])
def test_a_day_of_an_earlier_year_is_history_when_another_day_is_named(text):
    first, last = find_event_span(text, PUBLISHED.first_day(), PUBLISHED)
    assert (first.iso(), last.iso()) == ("2025-03-20", "2025-03-20")


@pytest.mark.parametrize("text", [
    "L'exposition se poursuit jusqu'au 20 mars.", "The exhibition runs until 20 March.",
    "Die Ausstellung läuft bis zum 20. März.", "La muestra sigue abierta hasta el 20 de marzo.",
    "La mostra prosegue fino al 20 marzo.",
])
def test_until_a_day_the_event_runs_from_the_items_own_day(text):
    first, last = find_event_span(text, BASE, PUBLISHED)
    assert (first.iso(), last.iso()) == ("2025-03-12", "2025-03-20")


@pytest.mark.parametrize("text, day", [
    ("La lettre a été remise hier à Bruxelles.", "2025-03-11"),
    ("The letter was handed over yesterday in Brussels.", "2025-03-11"),
    ("Der Brief wurde gestern in Brüssel übergeben.", "2025-03-11"),
    ("Questa mattina in Campidoglio i sindaci hanno firmato.", "2025-03-12"),
    ("Esta mañana los alcaldes firmaron la declaración.", "2025-03-12"),
])
def test_a_day_named_from_the_items_own_day(text, day):
    first, last = find_event_span(text, BASE, PUBLISHED)
    assert (first.iso(), last.iso()) == (day, day)


def test_today_meaning_nowadays_is_not_the_event():
    assert find_event_span("Le réseau, qui compte aujourd'hui 140 membres, a renouvelé son conseil.", BASE,
                           PUBLISHED) is None
    assert find_event_span("Die Union, der heute alle 27 Hauptstädte angehören.", BASE, PUBLISHED) is None


@pytest.mark.parametrize("text, start, end", [
    ("entre le 3 et le 5 juin 2024", "2024-06-03", "2024-06-05"),
    ("between 3 and 5 June 2024", "2024-06-03", "2024-06-05"),
    ("zwischen dem 3. und 5. Juni 2024", "2024-06-03", "2024-06-05"),
    ("entre el 3 y el 5 de junio de 2024", "2024-06-03", "2024-06-05"),
    ("tra il 3 e il 5 giugno 2024", "2024-06-03", "2024-06-05"),
    ("du lundi 3 au mercredi 5 juin 2024", "2024-06-03", "2024-06-05"),
    ("3 to 5 June 2024", "2024-06-03", "2024-06-05"),
    ("June 3 and 4, 2024", "2024-06-03", "2024-06-04"),
    ("on the 4th of June 2024", "2024-06-04", "2024-06-04"),
])
def test_more_ways_to_write_an_events_days(text, start, end):
    first, last = find_event_span(text, BASE)
    assert (first.iso(), last.iso()) == (start, end)


THURSDAY = PartialDate(2025, 3, 13)


@pytest.mark.parametrize("text, day", [
    ("Les maires ont signé ce jeudi la déclaration.", "2025-03-13"),
    ("The mayors met last Tuesday in Brussels.", "2025-03-11"),
    ("Die Bürgermeister trafen sich am Montag in Brüssel.", "2025-03-10"),
    ("Los alcaldes firmaron este jueves el convenio.", "2025-03-13"),
    ("I sindaci si sono riuniti martedì scorso.", "2025-03-11"),
])
def test_a_weekday_named_from_the_items_own_day(text, day):
    first, last = find_event_span(text, THURSDAY.first_day(), THURSDAY)
    assert (first.iso(), last.iso()) == (day, day)
