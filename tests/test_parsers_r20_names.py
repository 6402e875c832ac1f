"""Networks named by their organisation's noun and the members they gather, in the words each language uses for
them: Latin America's "municipalidades"; French, Spanish and Italian names with their first noun alone capitalised
("l'Alliance des villes des Grands Lacs et du Saint-Laurent"), closed by the place they gather their members in; not
a single municipality, a body of its staff or a city's council, a ministry, a company, an event or a place alone."""

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


@pytest.mark.parametrize("text, expected", [
    ("La Ville de Rimouski est membre de l'Alliance des villes des Grands Lacs et du Saint-Laurent depuis 2026.",
     ["alliance-des-villes-des-grands-lacs-et-du-saint-laurent"]),
    ("La commune a rejoint l'Association des maires ruraux de France en 2010.",
     ["association-des-maires-ruraux-de-france"]),
    ("Nice adhère à l'Association des villes de la Côte d'Azur.", ["association-des-villes-de-la-cote-d-azur"]),
    ("Viena acoge la sede de la Liga de ciudades del Danubio.", ["liga-de-ciudades-del-danubio"]),
    ("La ciudad es miembro del Consejo de ciudades y regiones del Danubio desde 2009.",
     ["consejo-de-ciudades-y-regiones-del-danubio"]),
    ("Il Comune aderisce all'Associazione dei comuni del Lago di Garda.",
     ["associazione-dei-comuni-del-lago-di-garda"]),
    ("La città è membro del Consiglio delle città e regioni del Danubio dal 2009.",
     ["consiglio-delle-citta-e-regioni-del-danubio"]),
    ("The city joined the Council of cities of the Baltic Sea in 2010.", ["council-of-cities-of-the-baltic-sea"]),
    # two names joined by a conjunction stay two
    ("Il fut président de l'Union des communes de France et de la Ligue des villes de Wallonie.",
     ["union-des-communes-de-france", "ligue-des-villes-de-wallonie"]),
])
def test_a_name_in_lower_case_closed_by_its_place(text, expected):
    assert network_ids(text) == expected


@pytest.mark.parametrize("text", [
    "Le Conseil des maires de Montréal s'est réuni en 2009.",  # a city's body
    "L'association des maires de la ville s'est réunie en 2009.",  # a description, no place
    "Le Conseil municipal de Rimouski a autorisé l'adhésion.",
    "El Consejo Municipal de Arica aprobó la adhesión.",
    "Il Consiglio comunale di Como ha approvato l'adesione.",
    "La région des Grands Lacs et du Saint-Laurent compte 100 villes.",  # a place alone
    "Le Ministère des villes de France a publié un rapport.",
    "Le Congrès des maires de France se tient à Paris.",  # an event
    "La Société des villes de France a publié un rapport.",  # a company
    "L'Union des villes est née en 1913.",  # no place: not told from a description
])
def test_a_council_a_ministry_an_event_or_a_place_alone_is_no_network(text):
    assert network_ids(text) == []


@pytest.mark.parametrize("lang, body", [
    ("fr", "<p>Rimouski est membre de l'Alliance des villes des Grands Lacs et du Saint-Laurent depuis 2026. "
           "Fondée en 2003, l'Alliance des villes des Grands Lacs et du Saint-Laurent a son siège à Chicago.</p>"),
    ("fr", "<ul><li>Alliance des villes des Grands Lacs et du Saint-Laurent : fondée en 2003, siège à Chicago, "
           "membre depuis 2026.</li></ul>"),
    ("fr", "<h3>Alliance des villes des Grands Lacs et du Saint-Laurent</h3><p>Fondée en 2003. Siège : Chicago. "
           "Membre depuis 2026.</p>"),
])
def test_a_name_in_lower_case_has_its_facts_read(lang, body):
    found = triples_of_snippet(f"<h2>Réseaux</h2>{body}", lang)
    network = "alliance-des-villes-des-grands-lacs-et-du-saint-laurent"
    assert {(network, "founded", "2003"), (network, "headquarters", "Chicago"), (network, "joined", "2026")} <= found
