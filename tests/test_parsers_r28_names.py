"""Networks named in ways the name readers did not expect, and names given another network's id: an owner's acronym
after a dash closing a section's name."""

import pytest
from helpers.extracted import card, network_ids, triples_of_snippet


def _section(heading: str, text: str) -> str:
    return f"<section><h2>{heading}</h2><p>{text}</p></section>"


def _row(name: str, text: str) -> str:
    return f"<table><tr><th>Name</th><th>Info</th></tr><tr><td>{name}</td><td>{text}</td></tr></table>"


# The owner's acronym after a dash is the tail of a national section's name, not part of its id: with it or without
# it, the page names one network.
@pytest.mark.parametrize("with_owner, without_owner", [
    ("La ville a rejoint le Réseau français des Villes-Santé – OMS en 2001.",
     "La ville a rejoint le Réseau français des Villes-Santé en 2001."),
    ("Wrexham joined the UK Healthy Cities Network – WHO in 2010.", "Wrexham joined the UK Healthy Cities Network."),
    ("Die Stadt ist Mitglied im Gesunde Städte-Netzwerk Deutschland – WHO.",
     "Die Stadt ist Mitglied im Gesunde Städte-Netzwerk Deutschland."),
    ("El Ayuntamiento forma parte de la Red Española de Ciudades Saludables – OMS desde 2005.",
     "El Ayuntamiento forma parte de la Red Española de Ciudades Saludables desde 2005."),
    ("Cuneo aderisce alla Rete Italiana Città Sane – OMS, l'associazione dei comuni.",
     "Cuneo entra nella Rete Italiana Città Sane."),
])
def test_an_owners_acronym_after_a_dash_is_no_part_of_the_sections_id(with_owner, without_owner):
    assert network_ids(with_owner) == network_ids(without_owner)
    assert network_ids(with_owner) != ["who-healthy-cities"]


@pytest.mark.parametrize("lang, body, expected", [
    ("it", card("Cuneo entra nella Rete Italiana Città Sane", "Cuneo aderisce alla Rete Italiana Città Sane – OMS, "
                "l'associazione che riunisce oltre 70 comuni italiani."),
     {("rete-italiana-citta-sane", "member_cities", "70")}),
    ("es", _row("Red Española de Ciudades Saludables – OMS", "Más de 250 municipios adheridos."),
     {("red-espanola-de-ciudades-saludables", "member_cities", "250")}),
])
def test_a_sections_facts_go_to_its_name_without_the_owner(lang, body, expected):
    triples = triples_of_snippet(body, lang)
    assert expected <= triples
    assert not any(network.endswith(("-oms", "-who")) for network, _, _ in triples)
