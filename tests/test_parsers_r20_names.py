"""Networks named by their organisation's noun and the members they gather, in the words each language uses for
them: Latin America's "municipalidades"; not a single municipality nor a body of its staff."""

import pytest
from helpers.extracted import triples_of_snippet

from scraper.parsers.networks import network_ids


@pytest.mark.parametrize("text, expected", [
    ("1993 Arica participa en la fundación de la Asociación Chilena de Municipalidades, creada ese año.",
     ["asociacion-chilena-de-municipalidades"]),
    ("La comuna es socia de la Asociación de Municipalidades de Bolivia desde 2001.",
     ["asociacion-de-municipalidades-de-bolivia"]),
    ("Lima integra la Red Peruana de Municipalidades Saludables desde 2010.",
     ["red-peruana-de-municipalidades-saludables"]),
    ("Die Stadt arbeitet mit der Federación de Municipalidades del Istmo zusammen.",
     ["federacion-de-municipalidades-del-istmo"]),
])
def test_municipalidades_are_the_members_a_name_gathers(text, expected):
    assert network_ids(text) == expected


@pytest.mark.parametrize("text", [
    "La Municipalidad de Arica y la Asociación de Funcionarios Municipales firmaron un acuerdo.",
    "La Asociación de Municipalidades aprobó el presupuesto de la Municipalidad.",
])
def test_a_municipality_or_its_staff_is_no_network(text):
    assert network_ids(text) == []


@pytest.mark.parametrize("body", [
    "<p>La Asociación Chilena de Municipalidades, fundada en 1993, agrupa a más de 300 municipios.</p>",
    "<table><tr><th>Red</th><th>Datos</th></tr><tr><td>Asociación Chilena de Municipalidades</td>"
    "<td>Fundada en 1993, agrupa a más de 300 municipios.</td></tr></table>",
    "<dl><dt>Asociación Chilena de Municipalidades</dt><dd>Fundada en 1993. Agrupa a más de 300 municipios.</dd></dl>",
])
def test_an_association_of_municipalidades_has_its_facts_read(body):
    found = triples_of_snippet(f"<h2>Redes</h2>{body}", "es")
    assert {("asociacion-chilena-de-municipalidades", "founded", "1993"),
            ("asociacion-chilena-de-municipalidades", "member_cities", "300")} <= found
