"""News items and their event days as a careful reader takes them: the day a city's membership took effect ("Dal 3
novembre 2025 Sassari fa ufficialmente parte della Rete", "The City became a signatory on March 16") or the day its
council voted the joining ("Après le vote du conseil municipal du 25 septembre") dates the membership, not an event
the item reports; a meeting or a ceremony held on its own day stays the item's event."""

from datetime import date

import pytest

from scraper.parsers.dates import PartialDate
from scraper.parsers.events import find_event_span


def _span(text: str, published: date) -> tuple[str, str] | None:
    span = find_event_span(text, published, PartialDate(published.year, published.month, published.day))
    return (span[0].iso(), span[1].iso()) if span else None


@pytest.mark.parametrize("text", [
    "Dal 3 novembre 2025 Sassari fa ufficialmente parte della Rete Italiana Città Sane.",
    "Depuis le 3 novembre 2025, Pau fait désormais partie du Réseau francophone des villes amies des aînés.",
    "Desde el 3 de noviembre de 2025, Mendoza forma oficialmente parte de la Red de Ciudades Saludables.",
    "Since 3 November 2025 the city is officially a member of the Healthy Cities network.",
    "Seit dem 3. November 2025 ist die Stadt offiziell Mitglied im Gesunde-Städte-Netzwerk.",
])
def test_the_day_since_which_the_city_belongs_with_an_adverb_in_the_verb_is_no_event(text):
    assert _span(text, date(2025, 11, 4)) is None


@pytest.mark.parametrize("text, expected", [
    ("Dal 3 novembre 2025 fa ufficialmente parte della Rete. Il 20 novembre la città ospiterà l'incontro nazionale.",
     ("2025-11-20", "2025-11-20")),
    ("Depuis le 3 novembre, Pau fait désormais partie du réseau. Le 5 novembre, la ville a accueilli la rencontre "
     "régionale.", ("2025-11-05", "2025-11-05")),
])
def test_a_meeting_of_its_own_day_beside_the_membership_stays_the_event(text, expected):
    assert _span(text, date(2025, 11, 6)) == expected


@pytest.mark.parametrize("text", [
    "Après le vote du conseil municipal du 25 septembre, Pau est officiellement membre du réseau depuis le 1er octobre.",
    "Following the City Council's vote on 25 September, the city is a member of the network as of 1 October.",
    "Nach der Abstimmung im Gemeinderat am 25. September ist die Stadt seit dem 1. Oktober Mitglied des Netzwerks.",
    "Tras la votación del Pleno del 25 de septiembre, la ciudad es miembro de la red desde el 1 de octubre.",
    "Dopo la votazione del consiglio comunale del 25 settembre, la città è membro della rete dal 1° ottobre.",
])
def test_the_day_a_council_voted_the_joining_is_no_event(text):
    assert _span(text, date(2025, 10, 14)) is None


@pytest.mark.parametrize("text, expected", [
    # a vote held by the citizens, or a network's assembly, names no city council: its day is the event
    ("Les habitants ont voté le 25 septembre pour le budget participatif.", ("2025-09-25", "2025-09-25")),
    ("The network's general assembly held its vote on 25 September in Lisbon.", ("2025-09-25", "2025-09-25")),
])
def test_a_vote_that_is_no_councils_decision_stays_the_event(text, expected):
    assert _span(text, date(2025, 10, 14)) == expected


@pytest.mark.parametrize("text", [
    "The City of Victoria has joined the Global Covenant of Mayors. The City became a signatory on March 16, 2026.",
    "La Ville a rejoint la Convention des maires. Pau est devenue signataire le 16 mars 2026.",
    "Die Stadt ist dem Konvent beigetreten. Sie ist am 16. März 2026 offiziell Mitglied geworden.",
    "La ciudad se adhiere al Pacto de los Alcaldes. Se convirtió en firmante el 16 de marzo de 2026.",
    "Il Comune aderisce al Patto dei Sindaci. È diventato firmatario il 16 marzo 2026.",
])
def test_the_day_the_city_became_a_member_or_a_signatory_is_no_event(text):
    assert _span(text, date(2026, 3, 18)) is None


@pytest.mark.parametrize("text, expected", [
    # a ceremony or a meeting of its own day stays the event, a membership's word beside it or not
    ("The City became a signatory at a ceremony held on March 16, 2026.", ("2026-03-16", "2026-03-16")),
    ("La ville, devenue membre en 2019, a accueilli la rencontre du réseau le 16 mars.", ("2026-03-16", "2026-03-16")),
    ("Members of the network met in Lyon on 16 March to become signatories of the charter.",
     ("2026-03-16", "2026-03-16")),
])
def test_a_ceremony_or_meeting_that_day_stays_the_event(text, expected):
    assert _span(text, date(2026, 3, 18)) == expected


@pytest.mark.parametrize("text", [
    "The City has joined the Covenant, following Council's endorsement of the commitment at its March 12 meeting.",
    "The commitment was approved by Council on March 12.",
    "Le conseil municipal a approuvé l'adhésion lors de sa séance du 12 mars.",
    "Der Gemeinderat hat den Beitritt in seiner Sitzung am 12. März beschlossen.",
    "La Giunta ha approvato la delibera di adesione il 12 marzo.",
])
def test_the_day_the_citys_council_decided_is_no_event(text):
    assert _span(text, date(2026, 3, 18)) is None


@pytest.mark.parametrize("text", [
    "The UCLG World Council adopted the Pact for the Future on March 12 in Rabat.",
    "The mayor spoke before the Council of Europe's Congress on March 12.",
])
def test_a_networks_council_meeting_stays_the_event(text):
    assert _span(text, date(2026, 3, 18)) == ("2026-03-12", "2026-03-12")
