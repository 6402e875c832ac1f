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


@pytest.mark.parametrize("text, expected", [
    ("Vom 7. bis 9. Oktober kommt der Rat der Donaustädte und -regionen in Novi Sad zusammen.",
     ["rat-der-donaustadte-und-regionen"]),
    ("2009 Gründung des Rates der Donaustädte und -regionen in Ulm", ["rat-der-donaustadte-und-regionen"]),
    ("Die Stadt ist Mitglied im Verband der Hansestädte im Ostseeraum.", ["verband-der-hansestadte-im-ostseeraum"]),
    ("Die Gemeinde gehört dem Bund der Alpenstädte und -gemeinden an.", ["bund-der-alpenstadte-und-gemeinden"]),
    ("Seit 2010 ist Kehl im Bündnis der Grenzkommunen.", ["bundnis-der-grenzkommunen"]),
])
def test_a_german_name_of_cities_in_the_genitive(text, expected):
    assert network_ids(text) == expected


@pytest.mark.parametrize("text", [
    "Der Rat der Stadt Ulm hat 2009 den Beitritt beschlossen.",  # a city's own council
    "Der Gemeinderat hat 2009 den Beitritt beschlossen.",
    "Ulm spricht im Rat der Städte mit.",  # a description
    "Die Konferenz der Donaustädte findet in Ulm statt.",  # an event
    "Der Bund der Steuerzahler kritisiert die Ausgaben der Städte.",
    "Das Bundesministerium der Städte und Gemeinden legt einen Bericht vor.",  # a ministry
])
def test_a_citys_council_an_event_or_a_ministry_is_no_german_network(text):
    assert network_ids(text) == []


@pytest.mark.parametrize("body, network, expected", [
    # the short form opening the name written in full above it is that network
    ("<h3>Union der Hauptstädte der Europäischen Union (UCUE)</h3><p>Die Union der Hauptstädte wurde 1961 "
     "gegründet.</p>", "ucue", ("founded", "1961")),
    ("<h3>Rat der Donaustädte und -regionen</h3><p>Gegründet 2009 in Ulm · Sitz: Ulm</p><p>Der Rat der Donaustädte "
     "vertritt heute rund 70 Mitgliedsstädte und -regionen.</p>",
     "rat-der-donaustadte-und-regionen", ("represented_governments", "70")),
])
def test_a_short_form_opening_a_name_written_in_full_is_that_network(body, network, expected):
    found = triples_of_snippet(f"<h2>Netzwerke</h2>{body}", "de")
    assert (network, *expected) in found
    assert not any(attribute == expected[0] and other != network for other, attribute, _ in found)


@pytest.mark.parametrize("text", [
    "Der Rat vertritt rund 70 Mitgliedsstädte und -regionen an der Donau.",
    "Der Verband vertritt über 70 Grenzstädte und -kreise.",
])
def test_a_count_of_a_german_compound_and_its_elided_twin_is_of_local_governments(text):
    from helpers.extracted import claims_of_sentence
    assert not any(attribute == "member_cities" for attribute, _ in claims_of_sentence(text))


@pytest.mark.parametrize("sentence", [
    "Le conseil municipal avait autorisé l'adhésion par résolution lors de sa séance du 3 novembre 2026.",
    "El Concejo Municipal autorizó la adhesión por resolución del 3 de noviembre de 2026.",
    "Il Consiglio comunale ha autorizzato l'adesione con delibera del 3 novembre 2026.",
])
def test_a_joining_a_council_authorised_is_not_dated_by_the_authorisation(sentence):
    from helpers.extracted import claims_of_sentence
    assert not any(attribute == "joined" for attribute, _ in claims_of_sentence(sentence))


def test_the_joining_after_its_authorisation_keeps_its_own_date():
    body = ("<p>La Ville est officiellement membre de l'Alliance des villes des Grands Lacs et du Saint-Laurent depuis "
            "le 10 novembre 2026. Le conseil municipal avait autorisé l'adhésion par résolution lors de sa séance du "
            "3 novembre.</p>")
    joined = {value for network, attribute, value in triples_of_snippet(f"<h2>Réseaux</h2>{body}", "fr")
              if attribute == "joined"}
    assert joined == {"2026-11-10"}


@pytest.mark.parametrize("lang, body, network, expected", [
    ("es", "<p>1993: Arica participa en la fundación de la Asociación Chilena de Municipalidades (AChM).</p>"
           "<p>La AChM agrupa actualmente a más de 300 municipios y tiene su sede en Santiago.</p>",
     "asociacion-chilena-de-municipalidades", {("member_cities", "300"), ("headquarters", "Santiago")}),
    ("fr", "<ul><li>Rimouski adhère à l'Association des Villes Côtières du Québec (AVCQ).</li>"
           "<li>L'AVCQ regroupe 40 villes et a son siège à Québec.</li></ul>",
     "association-des-villes-cotieres-du-quebec", {("member_cities", "40"), ("headquarters", "Québec")}),
    ("en", "<p>Sudbury belongs to the Association of Northern Cities (AoNC).</p><p>The AoNC gathers 16 cities and has "
           "its office in Toronto.</p>",
     "association-of-northern-cities", {("member_cities", "16")}),
])
def test_an_acronym_keeping_a_small_letter_names_the_network_it_was_given_to(lang, body, network, expected):
    found = triples_of_snippet(f"<h2>Redes</h2>{body}", lang)
    assert {(network, *fact) for fact in expected} <= found
