"""News dates as a careful reader places them: the day a city's council decided is the decision's, not the span of an
event the item reports; a card's title is its heading, not a topic label styled as one."""

from datetime import date

import pytest

from scraper.parsers.dates import PartialDate
from scraper.parsers.events import find_event_span

_BASE = date(2026, 11, 3)
_PUBLISHED = PartialDate(2026, 11, 3)


@pytest.mark.parametrize("text", [
    "Der Gemeinderat hat in seiner Sitzung am 15. Oktober 2026 den Partnerschaftsvertrag mit Odessa gebilligt.",
    "Tras el acuerdo aprobado en el Pleno del 30 de octubre de 2026, León forma parte de la red.",
    "Con la delibera di Giunta del 28 ottobre 2026 il Comune ha formalizzato il gemellaggio con Cracovia.",
    "Le conseil municipal a approuvé le 12 octobre 2026 la convention de jumelage avec Cordoue.",
    "The City Council approved the twinning agreement with Nantes on 12 October 2026.",
    # the decision's noun and the body's in a label line
    "Délibération du conseil municipal du 12 octobre 2026 : convention de coopération avec Meknès.",
    "Il Consiglio comunale ha approvato il 12 ottobre 2026 il patto di amicizia con Sarajevo.",
])
def test_the_day_a_city_council_decided_is_no_event(text):
    assert find_event_span(text, _BASE, _PUBLISHED) is None


@pytest.mark.parametrize("text, expected", [
    # a network's assembly adopting a declaration: the meeting the item reports
    ("L'assemblée générale du réseau a adopté le 12 octobre 2026 à Lyon une déclaration sur le climat.",
     PartialDate(2026, 10, 12)),
    ("Die Mitgliederversammlung von Energy Cities hat am 12. Oktober 2026 eine Erklärung verabschiedet.",
     PartialDate(2026, 10, 12)),
    # the council's body, no decision: a visit, an event
    ("El Pleno infantil visitó el 12 de octubre de 2026 la sede de la FEMP en Madrid.", PartialDate(2026, 10, 12)),
    ("The city council welcomed a delegation from Kumamoto on 12 October 2026.", PartialDate(2026, 10, 12)),
    # the decision in another clause than the event's day
    ("Dopo la delibera di Giunta, la delegazione è partita il 12 ottobre 2026 per Strasburgo.",
     PartialDate(2026, 10, 12)),
])
def test_a_day_without_a_councils_decision_in_its_clause_is_the_events(text, expected):
    assert find_event_span(text, _BASE, _PUBLISHED) == (expected, expected)
