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
