"""Wordings city editors use for a network's facts that no page of the corpus had yet: the largest cities by their
own noun ("mégapoles", "megacities", "Megastädte", "megaciudades", "megalopoli") counted as member cities; a fraction of
a million ("un quart de million", "a quarter of a million", "eine Viertelmillion", "medio millón", "mezzo milione")
read as its count, not as a million."""

import pytest
from helpers.extracted import facts_of_snippet, triples_of_snippet

COUNTS = {"member_cities", "represented_governments", "member_countries"}


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


@pytest.mark.parametrize("lang, body, value, qualifier", [
    ("fr", "<p>Le réseau CGLU porte la voix de près d'un quart de million de collectivités.</p>", "250000", "about"),
    ("en", "<p>UCLG speaks for a quarter of a million local governments.</p>", "250000", "exact"),
    ("de", "<h3>UCLG</h3><ul><li>Mitglieder: eine Viertelmillion Gebietskörperschaften</li></ul>", "250000", "exact"),
    ("es", "<p>CGLU representa a un cuarto de millón de gobiernos locales.</p>", "250000", "exact"),
    ("it", "<p>UCLG rappresenta quasi mezzo milione di enti locali.</p>", "500000", "about"),
])
def test_a_fraction_of_a_million_is_its_count(lang, body, value, qualifier):
    found = {fact for fact in facts_of_snippet(body, lang) if fact[1] == "represented_governments"}
    assert found == {("uclg", "represented_governments", value, qualifier)}


@pytest.mark.parametrize("lang, body", [
    ("fr", "<p>La ville, membre de CGLU, compte un demi-million d'habitants.</p>"),
    ("en", "<p>The city, a UCLG member, has half a million inhabitants.</p>"),
])
def test_half_a_million_inhabitants_is_no_count(lang, body):
    assert not {fact for fact in triples_of_snippet(body, lang) if fact[1] in COUNTS}
