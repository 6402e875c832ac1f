"""Networks the vocabulary does not know, written as real pages write them: national associations of municipalities,
regional, cross-border and thematic networks, named after an elided article or by the local governments they
gather."""

import pytest
from helpers.extracted import triples_of_snippet

from scraper.parsers.networks import find_networks


def _card(title: str, text: str, rows: list[str]) -> str:
    items = "".join(f"<li>{row}</li>" for row in rows)
    return f"<div class='card'><h3 class='card__title'>{title}</h3><p>{text}</p><ul>{items}</ul></div>"


def _row(head: tuple[str, str], name: str, text: str) -> str:
    return f"<table><tr><th>{head[0]}</th><th>{head[1]}</th></tr><tr><td>{name}</td><td>{text}</td></tr></table>"


def _accordion(summary: str, text: str) -> str:
    return f"<details><summary>{summary}</summary><p>{text}</p></details>"


# A capitalised organisation's noun after an elided article ("l'", "d'", "dell'", "all'", "nell'") opens the name as it
# does after a space.
@pytest.mark.parametrize("lang, body, expected", [
    ("fr", "<p>La ville a rejoint l'Association des Villes Universitaires de France en 2009.</p>",
     ("association-des-villes-universitaires-de-france", "joined", "2009")),
    ("fr", "<p>Créée en 1996, l’Union des Villes Thermales de Wallonie a son siège à Spa.</p>",
     ("union-des-villes-thermales-de-wallonie", "headquarters", "Spa")),
    ("it", "<p>L'Associazione Nazionale Città del Tartufo, fondata nel 1990, ha sede ad Alba.</p>",
     ("associazione-nazionale-citta-del-tartufo", "headquarters", "Alba")),
    ("it", "<p>Il Comune è socio dell'Associazione Comuni Virtuosi dal 2010.</p>",
     ("associazione-comuni-virtuosi", "joined", "2010")),
    ("it", _card("Le reti", "Fondata nel 2000, l'Associazione Città dei Motori ha sede a Modena.", ["Socio dal 2004"]),
     ("associazione-citta-dei-motori", "founded", "2000")),
    ("it", _row(("Rete", "Dati"), "Città della Ceramica",
                "Il Comune aderisce all'Associazione Italiana Città della Ceramica dal 2001."),
     ("associazione-italiana-citta-della-ceramica", "joined", "2001")),
])
def test_a_name_opening_after_an_elided_article(lang, body, expected):
    assert expected in triples_of_snippet(body, lang)


@pytest.mark.parametrize("text", [
    "Mr O'Union spoke for the Association of the city's tennis players in 2010.",  # a surname's own apostrophe
    "L'Association des Amis du Louvre a été fondée en 1897.",  # gathers no cities
    "L'Unione Sportiva Cremonese, fondata nel 1903, ha sede a Cremona.",  # a sports club
    "L'Alliance Française de Lyon, fondée en 1884, a son siège place Bellecour.",  # a nation's adjective
])
def test_an_elided_article_before_no_networks_name(text):
    assert find_networks(text) == []


# The worldwide network of port cities by its name in its members' languages is AIVP, not a network of its own.
@pytest.mark.parametrize("lang, body, expected", [
    ("it", "<p>Livorno aderisce dal 2009 all'Associazione Internazionale Città e Porti.</p>",
     ("aivp", "joined", "2009")),
    ("es", "<p>Desde 2011, Valencia es miembro de la Asociación Internacional de Ciudades y Puertos.</p>",
     ("aivp", "joined", "2011")),
    ("en", "<p>The International Association of Cities and Ports, founded in 1988, is based in Le Havre.</p>",
     ("aivp", "headquarters", "Le Havre")),
])
def test_the_port_cities_network_named_in_another_language(lang, body, expected):
    assert expected in triples_of_snippet(body, lang)


# English names the local units a name gathers "Local Government", "Communities" or "Councils", before the
# organisation's noun or after it.
@pytest.mark.parametrize("body, expected", [
    ("<p>The council joined the Local Government Association of South Australia in 1980.</p>",
     ("local-government-association-of-south-australia", "joined", "1980")),
    ("<p>The Local Government Association of Tasmania (LGAT), founded in 1911, is based in Hobart.</p>",
     ("local-government-association-of-tasmania", "headquarters", "Hobart")),
    ("<p>The Urban Councils Association of Zimbabwe (UCAZ) was founded in 1923 and is based in Harare.</p>",
     ("urban-councils-association-of-zimbabwe", "headquarters", "Harare")),
    ("<p>The town joined the Association of Yukon Communities in 1974.</p>",
     ("association-of-yukon-communities", "joined", "1974")),
    ("<p>The Association of Irish Local Government, founded in 1912, represents elected members of councils.</p>",
     ("association-of-irish-local-government", "founded", "1912")),
    (_card("Our networks", "The Association of Local Government Authorities of Kenya is based in Nairobi.",
           ["Member since 2013"]),
     ("association-of-local-government-authorities-of-kenya", "joined", "2013")),
    (_row(("Network", "Details"), "Local Government Association of Queensland",
          "The Local Government Association of Queensland was founded in 1896; the council has been a member since "
          "1950."),
     ("local-government-association-of-queensland", "joined", "1950")),
])
def test_an_english_name_of_the_local_governments_it_gathers(body, expected):
    assert expected in triples_of_snippet(body, "en")


@pytest.mark.parametrize("text", [
    "The Council of the European Communities adopted the directive in 1991.",  # the Union's body
    "The Ministry of Housing, Communities and Local Government was set up in 2018.",  # a ministry
    "The Local Government Pension Scheme was founded in 1974.",  # no organisation's noun
])
def test_local_government_words_in_no_networks_name(text):
    assert find_networks(text) == []
