"""A fact sheet's rows whose label is the members' noun alone ("Villes : plus de 200", "Kommunen: rund 2.000") or a
seat's office ("Sede de la Secretaría Técnica: Montevideo"), under the network's name; and the rows that are no
network's count (a city's twins and inhabitants, a list of cities)."""

import pytest
from helpers.extracted import facts_of_snippet


@pytest.mark.parametrize("heading, row, lang, expected", [
    ("Klima-Bündnis", "<dt>Kommunen</dt><dd>rund 2.000</dd>", "de",
     ("climate-alliance", "member_cities", "2000", "about")),
    ("Eurocities", "<dt>Villes</dt><dd>plus de 200</dd>", "fr", ("eurocities", "member_cities", "200", "more_than")),
    ("Eurocities", "<dt>Cities</dt><dd>more than 200</dd>", "en", ("eurocities", "member_cities", "200", "more_than")),
    ("Eurocities", "<dt>Città</dt><dd>oltre 200</dd>", "it", ("eurocities", "member_cities", "200", "more_than")),
    ("Red de Ciudades por el Clima (RCC)", "<dt>Municipios</dt><dd>más de 300</dd>", "es",
     ("red-de-ciudades-por-el-clima", "member_cities", "300", "more_than")),
])
def test_the_members_noun_alone_labels_the_count(heading, row, lang, expected):
    assert facts_of_snippet(f"<h3>{heading}</h3><dl>{row}</dl>", lang) == {expected}


@pytest.mark.parametrize("heading, row, lang, expected", [
    ("Mercociudades", "Sede de la Secretaría Técnica: Montevideo", "es",
     ("mercociudades", "headquarters", "Montevideo")),
    ("Mercociudades", "Sede de la Secretaría Técnica Permanente: Montevideo", "es",
     ("mercociudades", "headquarters", "Montevideo")),
    ("Eurocities", "Sede del segretariato: Bruxelles", "it", ("eurocities", "headquarters", "Bruxelles")),
])
def test_the_seat_of_the_secretariat_labels_the_seat(heading, row, lang, expected):
    assert {fact[:3] for fact in facts_of_snippet(f"<h3>{heading}</h3><ul><li>{row}</li></ul>", lang)} == {expected}


@pytest.mark.parametrize("body, lang", [
    ("<h3>Paris en chiffres</h3><ul><li>Villes jumelles : 12</li><li>Habitants : 2 100 000</li></ul>", "fr"),
    ("<h3>Eurocities</h3><ul><li>Villes : Bruxelles, Lyon, Nantes</li></ul>", "fr"),
    ("<h3>Unsere Partnerstädte</h3><ul><li>Städte: 14</li></ul>", "de"),
])
def test_rows_that_are_no_networks_count(body, lang):
    assert facts_of_snippet(body, lang) == set()
