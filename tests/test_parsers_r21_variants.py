"""Wordings city editors use for a network's facts that no page of the corpus had yet: the largest cities by their
own noun ("mégapoles", "megacities", "Megastädte", "megaciudades", "megalopoli") counted as member cities."""

import pytest
from helpers.extracted import triples_of_snippet


@pytest.mark.parametrize("lang, body", [
    ("fr", "<p>Le C40 réunit une centaine de mégapoles.</p>"),
    ("en", "<p>C40 is a network of nearly 100 megacities committed to climate action.</p>"),
    ("de", "<p>Gegründet 2005 in London, vereint C40 heute fast 100 Megastädte.</p>"),
    ("es", "<p>El C40 es una red de casi 100 megaciudades.</p>"),
    ("it", "<h3>C40</h3><ul><li>Membri: quasi 100 megalopoli</li></ul>"),
])
def test_megacities_are_member_cities(lang, body):
    assert ("c40", "member_cities", "100") in triples_of_snippet(body, lang)


@pytest.mark.parametrize("lang, body", [
    ("fr", "<p>Le C40 a accueilli 100 délégués de mégapoles lors de son sommet.</p>"),
    ("en", "<p>The city, a member of C40, is one of the world's megacities with 12 million inhabitants.</p>"),
])
def test_megacities_at_an_event_or_a_population_are_no_count(lang, body):
    assert not {fact for fact in triples_of_snippet(body, lang) if fact[1] == "member_cities"}
