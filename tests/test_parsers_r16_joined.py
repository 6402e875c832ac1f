"""Joinings and counts missed although the network is recognised: the count in a relative clause on an event's or a
part's organiser ("Le forum est organisé par Cités Unies France, qui fédère près de 500 collectivités"), with the
trap of the event's own audience and of the part's own members."""

import pytest
from helpers.extracted import facts_of_snippet, values_of


@pytest.mark.parametrize("lang, body, expected", [
    # prose, an event as the subject
    ("fr", "<p>Le forum est organisé par Cités Unies France, qui fédère près de 500 collectivités territoriales.</p>",
     ("cites-unies-france", "represented_governments", "500", "about")),
    ("en", "<p>The forum is hosted by Eurocities, which brings together more than 200 cities.</p>",
     ("eurocities", "member_cities", "200", "more_than")),
    # a card
    ("de", "<div class='card'><h3>Klimakonferenz</h3><p>Die Konferenz wird vom Klima-Bündnis organisiert, das mehr "
           "als 1.900 Kommunen vereint.</p></div>",
     ("climate-alliance", "member_cities", "1900", "more_than")),
    # an accordion
    ("es", "<details><summary>Encuentro anual</summary><p>El foro está organizado por el CIDEU, que reúne a más de "
           "140 ciudades.</p></details>",
     ("cideu", "member_cities", "140", "more_than")),
    # a <dl>, the organiser after an elided article
    ("it", "<dl><dt>Assemblea</dt><dd>Il forum è organizzato dall'ANCI, che riunisce oltre 7.000 comuni.</dd></dl>",
     ("associazione-nazionale-comuni-italiani", "member_cities", "7000", "more_than")),
])
def test_a_count_in_a_relative_clause_on_the_organiser_is_the_organisers(lang, body, expected):
    assert expected in facts_of_snippet(body, lang)


@pytest.mark.parametrize("lang, body", [
    # the event's audience, its organiser not described
    ("fr", "<p>Le forum est organisé par la Ville, qui accueille 300 participants.</p>"),
    ("en", "<p>The summit was hosted by Eurocities in Lyon, bringing together 500 mayors from 40 countries.</p>"),
    # the part's own members, no organiser named
    ("fr", "<p>Le forum Culture d'Eurocities, qui rassemble 100 villes, se réunit à Lyon.</p>"),
    ("de", "<p>Das Forum von Eurocities, das 100 Städte vereint, tagt in Leipzig.</p>"),
    ("it", "<p>Il forum della rete, che riunisce 100 città, è organizzato dal Comune.</p>"),
])
def test_an_events_audience_or_a_parts_members_stay_no_count_of_the_network(lang, body):
    assert not [fact for fact in facts_of_snippet(body, lang)
                if fact[1] in ("member_cities", "represented_governments", "member_countries")]


@pytest.mark.parametrize("lang, body, expected", [
    # a key figure: the year over its caption
    ("it", "<div class='stats'><div class='stat'><strong>2014</strong><span>adesione al Patto dei Sindaci</span>"
           "</div><div class='stat'><strong>119.000</strong><span>abitanti</span></div></div>",
     ("covenant-of-mayors", "2014")),
    # a row in prose, a list item, a table
    ("it", "<p>Adesione all'ANCI: 1994</p>", ("associazione-nazionale-comuni-italiani", "1994")),
    ("es", "<ul><li>Adhesión al CIDEU: 2009</li><li>Sede: Barcelona</li></ul>", ("cideu", "2009")),
    ("es", "<p>Incorporación a la red Mercociudades: 1999</p>", ("mercociudades", "1999")),
    ("de", "<table><tr><th>Beitritt zum Klima-Bündnis</th><td>1992</td></tr></table>", ("climate-alliance", "1992")),
    ("de", "<div class='card'><p>Beitritt zur Allianz in den Alpen: 2019</p></div>", ("allianz-in-den-alpen", "2019")),
])
def test_a_joinings_label_names_the_network_it_joined_in_every_tongue(lang, body, expected):
    assert expected in values_of("joined", body, lang)


@pytest.mark.parametrize("lang, body", [
    # another city's joining, a country's joining: no label of the city's own
    ("it", "<p>Adesione di Erice ad Avviso Pubblico – Enti locali e Regioni per la formazione civile contro le mafie: "
           "2026</p>"),
    ("de", "<h2>Klima-Bündnis</h2><p>Beitritt Österreichs zur EU: 1995</p>"),
])
def test_a_label_of_anothers_joining_is_no_joining_of_the_city(lang, body):
    assert not values_of("joined", body, lang)


@pytest.mark.parametrize("lang, body", [
    ("en", "<div class='card'><h3>Mayors for Peace at a glance</h3><dl><dt>Founded</dt><dd>1982</dd>"
           "<dt>Countries and regions</dt><dd>166</dd></dl></div>"),
    ("fr", "<div class='card'><h3>Maires pour la Paix</h3><dl><dt>Fondation</dt><dd>1982</dd><dt>Pays et régions</dt>"
           "<dd>166</dd></dl></div>"),
    ("de", "<h2>Mayors for Peace</h2><table><tr><th>Gründung</th><td>1982</td></tr><tr><th>Länder und Regionen</th>"
           "<td>166</td></tr></table>"),
    ("es", "<h2>Alcaldes por la Paz</h2><ul><li>Países y regiones: 166</li><li>Fundación: 1982</li></ul>"),
    ("it", "<h2>Mayors for Peace</h2><p>Paesi e regioni: 166</p>"),
])
def test_a_row_of_countries_and_regions_counts_the_member_countries(lang, body):
    assert ("mayors-for-peace", "member_countries", "166", "exact") in facts_of_snippet(body, lang)


def test_partner_countries_and_regions_are_no_member_countries():
    body = "<h2>Maires pour la Paix</h2><p>Pays et régions partenaires : 12</p>"
    assert not values_of("member_countries", body, "fr")


@pytest.mark.parametrize("body, expected", [
    # prose under the network's heading, a card, an accordion, a table's cell
    ("<h2>CIDEU</h2><p>Desde 1996, Córdoba integra el CIDEU, red de ciudades que trabajan con planificación "
     "estratégica.</p>", ("cideu", "1996")),
    ("<div class='card'><h3>Mercociudades</h3><p>Desde 1999 la ciudad integra la red Mercociudades.</p></div>",
     ("mercociudades", "1999")),
    ("<details><summary>UCCI</summary><p>Desde 2004 el municipio integra la Unión de Ciudades Capitales "
     "Iberoamericanas.</p></details>", ("ucci", "2004")),
])
def test_a_city_that_integra_a_network_since_a_year_joined_it(body, expected):
    assert expected in values_of("joined", body, "es")


def test_a_network_that_integra_its_members_joined_nothing():
    body = "<h2>Mercociudades</h2><p>Desde 2010, la red integra a más de 380 ciudades de diez países.</p>"
    assert not values_of("joined", body, "es")


@pytest.mark.parametrize("body, expected", [
    # prose, a relative clause; a card
    ("<p>The Council works with Eurocities, which represents all 78 local, regional and unitary councils in the "
     "country.</p>", ("eurocities", "represented_governments", "78", "exact")),
    ("<div class='card'><h3>Local Government Association</h3><p>The LGA represents over 300 county, borough and "
     "district councils.</p></div>", ("local-government-association", "represented_governments", "300", "more_than")),
])
def test_councils_of_several_tiers_listed_are_local_governments_represented(body, expected):
    assert expected in facts_of_snippet(body, "en")


def test_city_and_town_councils_stay_member_cities():
    body = "<h2>Eurocities</h2><p>The network links 40 city and town councils.</p>"
    assert ("eurocities", "member_cities", "40", "exact") in facts_of_snippet(body, "en")
