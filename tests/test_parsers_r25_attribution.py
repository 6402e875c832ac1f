"""Which of several networks a sentence names owns its facts: the sentence's subject, not a network named in an aside
that says who runs it or who works with it."""

import pytest
from helpers.extracted import triples_of_snippet


def _card(title: str, text: str) -> str:
    return f"<div class='card'><h3 class='card__title'>{title}</h3><p>{text}</p></div>"


def _row(name: str, text: str) -> str:
    return f"<table><tr><th>Network</th><th>About</th></tr><tr><td>{name}</td><td>{text}</td></tr></table>"


# An aside between the subject and its verb, a relative clause or a participle naming who runs the subject, may name
# several networks coordinated: all of them are in the aside, the count after it is the subject's.
@pytest.mark.parametrize("body, lang, expected", [
    ("<p>The Partners for Climate Protection program, run jointly by the Federation of Canadian Municipalities and "
     "ICLEI Canada, has over 550 municipal members.</p>", "en", ("partners-for-climate-protection", "550")),
    ("<p>The Partners for Climate Protection program, which is run by the Federation of Canadian Municipalities and "
     "ICLEI Canada, has over 550 members.</p>", "en", ("partners-for-climate-protection", "550")),
    ("<p>L'AIMF, qui travaille avec Cités Unies France et CGLU, regroupe 300 membres.</p>", "fr", ("aimf", "300")),
    ("<p>Energy Cities, soutenue par Eurocities et ICLEI, rassemble plus de 1 000 collectivités.</p>", "fr",
     ("energy-cities", "1000")),
    ("<p>Mercociudades, apoyada por CGLU y el CIDEU, agrupa a 380 ciudades.</p>", "es", ("mercociudades", "380")),
    (_card("Klima-Bündnis", "Das Klima-Bündnis, das mit ICLEI und Energy Cities zusammenarbeitet, zählt über 2.000 "
           "Mitgliedskommunen."), "de", ("climate-alliance", "2000")),
    (_row("Eurocities", "Eurocities, which works with UCLG and ICLEI, brings together 200 cities."), "en",
     ("eurocities", "200")),
])
def test_networks_coordinated_in_an_aside_are_not_the_subject(body, lang, expected):
    network, count = expected
    triples = triples_of_snippet(body, lang)
    assert (network, "member_cities", count) in triples or (network, "represented_governments", count) in triples
    assert not any(value == count and owner != network for owner, _, value in triples)


# Traps: a count in the aside itself is the aside's network's; a name after the aside is closed is the next subject's.
def test_a_count_inside_the_aside_stays_its_own():
    triples = triples_of_snippet("<p>Eurocities, which works with ICLEI, a network of 2 500 local governments, has "
                                 "200 member cities.</p>", "en")
    assert ("eurocities", "member_cities", "200") in triples
    assert ("eurocities", "member_cities", "2500") not in triples


def test_a_second_clause_after_the_aside_keeps_its_own_subject():
    triples = triples_of_snippet("<p>Eurocities, run by its members, has 200 member cities, and Mercociudades "
                                 "brings together 380 cities.</p>", "en")
    assert ("eurocities", "member_cities", "200") in triples
    assert ("mercociudades", "member_cities", "380") in triples

