"""Wrong dates: a service or a season that begins or opens on a day ("Weihnachtsmarkt öffnet am 23. November", "Fall
leaf collection begins October 6") and a road closed from a day are no event; a date cue in parentheses after a word
("87.000 Einwohner (Stand: 31.12.2025)") dates what it follows, not the page."""

from datetime import date

import pytest

from scraper.parsers.page_date import find_page_date
from tests.helpers.extracted import event_span_of

_PUBLISHED = date(2026, 10, 6)


# A teaser's title that a service, a season or a road closure begins that day reports no event.
@pytest.mark.parametrize("text", [
    "Weihnachtsmarkt öffnet am 23. November",
    "Fall leaf collection begins October 6",
    "Las luces de Navidad se encenderán el 21 de noviembre",
    "La patinoire ouvre ses portes le 28 novembre",
    "Les illuminations de Noël s'allumeront le 28 novembre",
    "La pista di pattinaggio apre il 5 dicembre",
    "Vollsperrung der Reichenbacher Straße ab 22. April",
    "Road closure on Main Street from 22 October",
    "Fermeture de la rue du Port à partir du 22 octobre",
    "Chiusura al traffico di via Roma dal 22 ottobre",
])
def test_a_service_a_season_or_a_closure_beginning_on_a_day_is_no_event(text):
    assert event_span_of(text, _PUBLISHED) is None


# Traps: a meeting, a conference or a festival that opens on a day is the event; so is a span with its end.
@pytest.mark.parametrize("text, span", [
    ("The congress opens on 5 November in Lyon", ("2026-11-05", "2026-11-05")),
    ("Die Konferenz beginnt am 5. November", ("2026-11-05", "2026-11-05")),
    ("L'assemblée générale s'ouvre le 5 novembre", ("2026-11-05", "2026-11-05")),
    ("Le festival ouvre le 5 novembre", ("2026-11-05", "2026-11-05")),
    ("Tagesordnung der Stadtratssitzung am 30. Oktober", ("2026-10-30", "2026-10-30")),
    ("Der Weihnachtsmarkt ist vom 23. November bis 23. Dezember geöffnet", ("2026-11-23", "2026-12-23")),
])
def test_an_event_opening_on_a_day_stays_the_event(text, span):
    assert event_span_of(text, _PUBLISHED) == span


# A date cue in parentheses dates the figure or the list before it; the page's own cue further on is its date.
@pytest.mark.parametrize("text, stated", [
    ("Zwickau hat rund 87.000 Einwohner (Stand: 31.12.2025). Stand: 04.05.2026", date(2026, 5, 4)),
    ("La liste des membres (mise à jour le 9 mars 2026) est en ligne. Publié le 5 mars 2026", date(2026, 3, 5)),
    ("Elenco dei comuni (aggiornato al 9 marzo 2026). Ultimo aggiornamento: 5 marzo 2026", date(2026, 3, 5)),
])
def test_a_date_cue_in_parentheses_is_not_the_pages(text, stated):
    found = find_page_date(text)
    assert found is not None and (found.year, found.month, found.day) == (stated.year, stated.month, stated.day)


def test_a_date_cue_in_parentheses_alone_gives_no_page_date():
    assert find_page_date("Zwickau hat rund 87.000 Einwohner (Stand: 31.12.2025).") is None


# Trap: what opens reflexively is a meeting's proceedings, the event.
@pytest.mark.parametrize("text, span", [
    ("I lavori si apriranno sabato 24 ottobre alle 10 nella Sala degli Stemmi", ("2026-10-24", "2026-10-24")),
    ("Les travaux s'ouvrent le 24 octobre à l'hôtel de ville", ("2026-10-24", "2026-10-24")),
])
def test_proceedings_opening_on_a_day_are_the_event(text, span):
    assert event_span_of(text, _PUBLISHED) == span
