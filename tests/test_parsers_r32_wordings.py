"""Wordings of a network's facts that were not read: joinings, population thresholds, names and seats."""

import pytest

from tests.helpers.extracted import claims_of_sentence, triples_of_snippet


# The members' size told by "population" before the number: the smallest a member city may be.
@pytest.mark.parametrize("sentence, threshold", [
    ("It brings together the mayors of 29 cities with a population of 100,000 or more.", "100000"),
    ("A caucus of the mayors of Ontario cities, each with a population of 100,000 or more.", "100000"),
    ("The network is open to cities with populations of 50,000 or more.", "50000"),
    ("Le réseau rassemble les villes ayant une population de plus de 50 000.", "50000"),
    ("Mitglied werden können Städte mit einer Einwohnerzahl von über 100.000.", "100000"),
    ("Pueden ser miembros las ciudades con una población de más de 50.000.", "50000"),
    ("Possono aderire i comuni con una popolazione di oltre 50.000.", "50000"),
])
def test_a_population_before_its_number_is_the_members_threshold(sentence, threshold):
    assert ("population_threshold", threshold) in claims_of_sentence(sentence)


# Traps: the members' sum; a city's own population.
@pytest.mark.parametrize("sentence", [
    "Its 29 member cities have a combined population of 5,000,000.",
    "Its 29 member cities, with a total population of over 5,000,000, meet twice a year.",
    "Les 30 villes membres représentent une population de 2 000 000.",
    "Die 20 Mitgliedsstädte haben zusammen eine Einwohnerzahl von 3.000.000.",
    "Las ciudades miembros suman una población de más de 4.000.000.",
    "Waterloo, a city with a population of 121,000, joined in 2008.",
    "Thunder Bay, the largest city in the region with a population of 108,843, takes part.",
])
def test_a_sum_or_a_citys_own_population_is_no_threshold(sentence):
    assert not any(attribute == "population_threshold" for attribute, _ in claims_of_sentence(sentence))


def test_the_threshold_before_its_number_belongs_to_the_blocks_network():
    found = triples_of_snippet("<h3>Ontario Big City Mayors</h3><p>Ontario Big City Mayors (OBCM) brings together the "
                               "mayors of 29 cities with a population of 100,000 or more.</p>", "en")
    assert ("ontario-big-city-mayors", "population_threshold", "100000") in found
