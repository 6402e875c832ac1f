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


# A Catalan or Galician name opens on its organisation's noun (Federació, Associació, Unió, Xarxa) and names its
# members (municipis, ciutats, concellos) as the Spanish names do, whatever the language of the page around it; "i"
# joins its words. Not a sports federation, a residents' association, a museum's consortium nor a power grid.
@pytest.mark.parametrize("sentence, expected", [
    ("Lleida es miembro de la Federació de Municipis de Catalunya desde 1981.",
     ["federacio-de-municipis-de-catalunya"]),
    ("Girona is a member of the Federació de Municipis de Catalunya (FMC).", ["federacio-de-municipis-de-catalunya"]),
    ("La ville catalane adhère à l'Associació Catalana de Municipis i Comarques (ACM).",
     ["associacio-catalana-de-municipis-i-comarques"]),
    ("Die Stadt ist Mitglied der Xarxa de Ciutats i Pobles cap a la Sostenibilitat.", ["xarxa-de-ciutats-i-pobles"]),
    ("Vigo forma parte da Federación Galega de Municipios e Provincias (FEGAMP).",
     ["federacion-galega-de-municipios-e-provincias"]),
    ("La città di Tarragona aderisce alla Xarxa de Municipis per la Sostenibilitat.",
     ["xarxa-de-municipis-per-la-sostenibilitat"]),
    ("La Federació Catalana de Futbol (FCF) organitza el torneig.", []),
    ("L'Associació de Veïns del Barri Antic organitza la festa.", []),
    ("El Consorci del Museu d'Art de Girona gestiona l'edifici.", []),
    ("La Xarxa Elèctrica de Catalunya ha tallat el subministrament.", []),
])
def test_a_catalan_or_galician_name_of_municipalities_names_a_network(sentence, expected):
    assert network_ids(sentence) == expected


@pytest.mark.parametrize("lang, body, expected", [
    ("es", _section("Federació de Municipis de Catalunya (FMC)",
                    "La FMC, con sede en Barcelona, agrupa a más de 400 municipios catalanes."),
     {("federacio-de-municipis-de-catalunya", "headquarters", "Barcelona"),
      ("federacio-de-municipis-de-catalunya", "member_cities", "400")}),
    ("fr", card("Federació de Municipis de Catalunya", "Fondée en 1981, la fédération a son siège à Barcelone."),
     {("federacio-de-municipis-de-catalunya", "founded", "1981"),
      ("federacio-de-municipis-de-catalunya", "headquarters", "Barcelone")}),
    ("en", _row("Associació Catalana de Municipis", "Founded in 1983; seat: Barcelona"),
     {("associacio-catalana-de-municipis", "founded", "1983")}),
])
def test_a_catalan_names_facts_are_read(lang, body, expected):
    assert expected <= triples_of_snippet(body, lang)
