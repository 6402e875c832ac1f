"""What is not the network's fact: the cities listed with other local units that take part in one of its days of
action ("mehr als 800 Städte, Gemeinden und Landkreise am jährlichen Flaggentag") are that day's participants."""

import pytest
from helpers.extracted import claims_of_sentence, facts_of_snippet


@pytest.mark.parametrize("sentence", [
    "In Deutschland beteiligen sich mehr als 800 Städte, Gemeinden und Landkreise am jährlichen Flaggentag am 8. Juli.",
    "Plus de 300 villes, communes et intercommunalités participent chaque année à la Journée des drapeaux.",
    "Over 400 cities, towns and counties take part in the annual Flag Day.",
    "Más de 200 ciudades, municipios y diputaciones participan en la jornada anual.",
    "Oltre 300 città, comuni e province partecipano alla giornata delle bandiere.",
])
def test_listed_local_units_taking_part_in_a_day_of_action_are_its_participants(sentence):
    assert claims_of_sentence(sentence) == []


@pytest.mark.parametrize("body, lang", [
    # a card
    ('<h2>Mayors for Peace</h2><div class="card"><p class="card__text">Mehr als 800 Städte, Gemeinden und Landkreise '
     'beteiligen sich am Flaggentag.</p></div>', "de"),
    # an accordion's panel
    ('<h2>Mayors for Peace</h2><div class="accordion__panel"><p>Over 400 cities, towns and counties take part in the '
     'annual Flag Day.</p></div>', "en"),
])
def test_a_days_participants_are_no_members_in_any_markup(body, lang):
    assert not {fact for fact in facts_of_snippet(body, lang) if fact[1] == "member_cities"}


@pytest.mark.parametrize("sentence, expected", [
    # the trap: a list of the network's members, the day of action in another clause, or after a ";"
    ("Das Netzwerk zählt 800 Städte, Gemeinden und Landkreise, die sich jedes Jahr am Flaggentag beteiligen.", "800"),
    ("Over 400 cities, towns and counties are members; many take part in the annual Flag Day.", "400"),
    ("Le réseau rassemble 300 villes, communes et intercommunalités, qui participent à la Journée des drapeaux.",
     "300"),
])
def test_members_listed_before_a_day_of_action_in_another_clause_stay_members(sentence, expected):
    assert ("member_cities", expected) in claims_of_sentence(sentence)
