"""Networks named by the members they gather: a name its acronym spells whose head is its members (cities, mayors,
communes, capitals, communities), with the organisation's noun last as English writes it, or the members themselves
said united, joined for a cause or grouped by what they share; not a government's body, a programme or an event
named after the cities."""

import pytest
from helpers.extracted import triples_of_snippet

from scraper.parsers.networks import network_ids


@pytest.mark.parametrize("text, expected", [
    # the organisation's noun last, as English writes it
    ("Canadian Capital Cities Organization (CCCO)", ["canadian-capital-cities-organization"]),
    ("The Atlantic Coastal Towns Alliance (ACTA) was founded in 1994.", ["atlantic-coastal-towns-alliance"]),
    ("Prairie Mayors' Caucus (PMC)", ["prairie-mayors-caucus"]),
    ("Association of Vancouver Island and Coastal Communities (AVICC)",
     ["association-of-vancouver-island-and-coastal-communities"]),
    ("L'Association des communautés rurales du Sahel (ACRS) a son siège à Niamey.",
     ["association-des-communautes-rurales-du-sahel"]),
    # the members themselves, united or for a cause
    ("Communes et Villes Unies du Cameroun (CVUC)", ["communes-et-villes-unies-du-cameroun"]),
    ("Les Communes et Villes Unies du Bénin (CVUB) ont été créées en 1998.", ["communes-et-villes-unies-du-benin"]),
    ("Valparaíso integra Ciudades Unidas de Chile (CUCH) desde 2004.", ["ciudades-unidas-de-chile"]),
    ("Il Comune aderisce a Città per il Clima (CPC) dal 2012.", ["citta-per-il-clima"]),
    ("Die Stadt ist Mitglied der Städte für Menschenrechte (SFM).", ["stadte-fur-menschenrechte"]),
    # the members grouped by what they share
    ("Ontario Big City Mayors (OBCM)", ["ontario-big-city-mayors"]),
    ("Hamilton joined the Great Lakes Port Cities (GLPC) in 2011.", ["great-lakes-port-cities"]),
])
def test_a_name_its_acronym_spells_is_a_network_when_its_head_is_its_members(text, expected):
    assert network_ids(text) == expected


@pytest.mark.parametrize("text", [
    "Department for Levelling Up, Housing and Communities (DLUHC)",
    "Ministère de la Décentralisation et des Collectivités (MDC)",
    "Le Programme Villes Durables (PVD) est financé par l'État.",
    "El Festival de Ciudades Unidas (FCU) se celebra en mayo.",
    "Journées des Villes Unies (JVU)",
    "The Capital Cities Tourism Office (CCTO) opens in May.",
    "Capitales européennes de la culture (CEC)",
    "Minneapolis and Saint Paul, the Twin Cities (TC), share a council.",
    "World Cities Summit (WCS)",
])
def test_a_governments_body_an_event_or_a_place_named_after_cities_is_no_network(text):
    assert network_ids(text) == []


@pytest.mark.parametrize("lang, body, expected", [
    ("en", "<table><tr><th>Organization</th><th>Head office</th><th>Joined</th></tr>"
           "<tr><th scope='row'>Prairie Capital Cities Organization (PCCO)</th><td>Regina</td><td>1992</td></tr>"
           "</table>",
     {("prairie-capital-cities-organization", "joined", "1992")}),
    ("fr", "<div class='carte'><h3>Communes et Villes Unies du Bénin (CVUB)</h3><ul><li><strong>Siège :</strong> "
           "Cotonou</li><li><strong>Créée :</strong> 1998</li></ul></div>",
     {("communes-et-villes-unies-du-benin", "headquarters", "Cotonou"),
      ("communes-et-villes-unies-du-benin", "founded", "1998")}),
    ("es", "<p>Valparaíso integra Ciudades Unidas de Chile (CUCH), fundada en 2004 y con sede en Santiago.</p>",
     {("ciudades-unidas-de-chile", "founded", "2004"), ("ciudades-unidas-de-chile", "headquarters", "Santiago")}),
])
def test_facts_go_to_a_network_named_by_its_members(lang, body, expected):
    assert expected <= triples_of_snippet(body, lang)


@pytest.mark.parametrize("text, expected", [
    ("Mendoza es una de las ciudades fundadoras de la Great Wine Capitals Global Network (Red de Grandes Capitales "
     "del Vino), constituida en Burdeos.", ["great-wine-capitals-global-network"]),
    ("Porto is a member of the Great Wine Capitals Global Network.", ["great-wine-capitals-global-network"]),
    ("Bordeaux est membre du réseau des Grandes Capitales du Vin depuis 1999.", ["great-wine-capitals-global-network"]),
    ("Verona aderisce alla Rete delle Grandi Capitali del Vino.", ["great-wine-capitals-global-network"]),
    ("Mainz gehört zu den Great Wine Capitals.", ["great-wine-capitals-global-network"]),
    ("Hamilton reports through the Partners for Climate Protection (PCP) program.",
     ["partners-for-climate-protection"]),
    ("Gatineau adhère au programme Partenaires dans la protection du climat depuis 2002.",
     ["partners-for-climate-protection"]),
])
def test_a_wine_capitals_network_and_a_climate_programs_network_by_their_names(text, expected):
    assert network_ids(text) == expected


@pytest.mark.parametrize("text", [
    "Bordeaux, Porto and Mainz are great wine capitals of the world.",
    "The city looks for partners for climate protection among its businesses.",
])
def test_their_names_written_as_a_phrase_are_no_network(text):
    assert network_ids(text) == []


def test_a_wine_capitals_network_fact_in_a_card():
    body = ("<div class='card'><h3>Great Wine Capitals</h3><ul><li>Fundada en 1999</li><li>Sede: Burdeos</li></ul>"
            "</div>")
    assert {("great-wine-capitals-global-network", "founded", "1999"),
            ("great-wine-capitals-global-network", "headquarters", "Burdeos")} <= triples_of_snippet(body, "es")


@pytest.mark.parametrize("lang, body, expected", [
    ("fr", "<p>Cotonou est membre des Communes et Villes Unies du Bénin (CVUB).</p><p>Créées en 1998, les CVUB "
           "regroupent les 77 communes du pays.</p>",
     {("communes-et-villes-unies-du-benin", "founded", "1998"),
      ("communes-et-villes-unies-du-benin", "member_cities", "77")}),
    ("en", "<p>Regina is a member of the Prairie Capital Cities Organization (PCCO).</p><p>The PCCO brings together "
           "12 cities.</p>",
     {("prairie-capital-cities-organization", "member_cities", "12")}),
])
def test_the_acronym_a_page_defined_names_the_network_later_with_a_plural_article(lang, body, expected):
    assert expected <= triples_of_snippet(body, lang)
