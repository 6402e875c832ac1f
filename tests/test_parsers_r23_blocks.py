"""A network's value in a block with its network: a section under the network's heading, a card, a timeline's entry,
read as a careful reader reads it, whatever the wording that opens the sentence."""

import pytest
from helpers.extracted import triples_of_snippet

_CITY_URLS = {
    "fr": "https://www.chambery.fr/la-ville/international/reseaux",
    "en": "https://www.york.gov.uk/international/networks",
    "de": "https://www.luzern.ch/international/netzwerke",
    "es": "https://www.cochabamba.bo/internacional/redes",
    "it": "https://www.comune.treviso.it/internazionale/reti",
}
_INTROS = {
    "fr": "Chambéry participe à plusieurs réseaux de villes.",
    "en": "York takes part in several networks of cities.",
    "de": "Luzern engagiert sich in mehreren Städtenetzwerken.",
    "es": "Cochabamba participa en varias redes de ciudades.",
    "it": "Treviso partecipa a diverse reti di città.",
}


def _section(lang: str, heading: str, paragraph: str) -> set[tuple[str, str, str]]:
    """What is read from a section under the network's heading, after a paragraph naming the city whose site it is:
    the page's text runs from the heading into the paragraph."""
    body = f"<p>{_INTROS[lang]}</p><h2>{heading}</h2><p>{paragraph}</p>"
    return triples_of_snippet(body, lang, url=_CITY_URLS[lang])


# A connective opening the sentence ("Enfin,", "Finally,", "Por último,", "Infine,") is no city that joins: the
# city named after it is the joining's subject, whatever the page writes before the sentence.
@pytest.mark.parametrize("lang, heading, paragraph, expected", [
    ("fr", "Energy Cities", "Enfin, Chambéry est membre d'<strong>Energy Cities</strong>, l'association européenne"
     " des villes en transition énergétique, depuis 2012.", ("energy-cities", "joined", "2012")),
    ("fr", "Eurocities", "Par ailleurs, Chambéry adhère à Eurocities, le réseau des grandes villes européennes,"
     " depuis 2015.", ("eurocities", "joined", "2015")),
    ("en", "Eurocities", "Finally, York has been a member of Eurocities, the network of large European cities,"
     " since 2010.", ("eurocities", "joined", "2010")),
    ("es", "Mercociudades", "Por último, Cochabamba es miembro de Mercociudades, la red de ciudades del Mercosur,"
     " desde 2004.", ("mercociudades", "joined", "2004")),
    ("it", "Energy Cities", "Infine, Treviso è membro di Energy Cities, l'associazione europea delle città in"
     " transizione energetica, dal 2012.", ("energy-cities", "joined", "2012")),
    ("de", "Energy Cities", "Außerdem ist Luzern seit 2012 Mitglied von Energy Cities, dem europäischen Verband"
     " der Städte im Energiewandel.", ("energy-cities", "joined", "2012")),
])
def test_a_connective_opening_the_sentence_is_no_other_city(lang, heading, paragraph, expected):
    assert expected in _section(lang, heading, paragraph)


# Trap: after the connective, another city (a twin, a neighbour, a city the page names once) is the subject.
@pytest.mark.parametrize("lang, heading, paragraph", [
    ("fr", "Eurocities", "Enfin, Lyon, notre ville jumelle, a rejoint Eurocities en 2012."),
    ("en", "Eurocities", "Finally, Leeds joined Eurocities in 2012."),
    ("es", "Mercociudades", "Por último, Tarija, ciudad hermana de la nuestra, se unió a Mercociudades en 2004."),
    ("it", "Energy Cities", "Infine, Padova, città gemella, ha aderito a Energy Cities nel 2012."),
])
def test_another_city_after_the_connective_keeps_its_joining(lang, heading, paragraph):
    assert not {triple for triple in _section(lang, heading, paragraph) if triple[1] == "joined"}


# A timeline's entry telling a network's birth in the present, the place opening it set off by commas or right before
# the verb, or the network's noun before its name: its year is the founding's, its place the founding's place.
@pytest.mark.parametrize("lang, entry, expected", [
    ("it", "1989: A Chester, nel Regno Unito, nasce il Walled Towns Friendship Circle, l'associazione internazionale"
     " delle città murate.", {("walled-towns-friendship-circle", "founded", "1989"),
                              ("walled-towns-friendship-circle", "founded_place", "Chester")}),
    ("es", "1995: Nace la Red de Mercociudades", {("mercociudades", "founded", "1995")}),
    ("es", "1995: En Asunción, capital del Paraguay, nace Mercociudades.",
     {("mercociudades", "founded", "1995"), ("mercociudades", "founded_place", "Asunción")}),
    ("fr", "1979 : À Québec, naît l'AIMF.", {("aimf", "founded", "1979"), ("aimf", "founded_place", "Québec")}),
    ("fr", "1990 : À Francfort naît l'Alliance pour le climat.",
     {("climate-alliance", "founded", "1990"), ("climate-alliance", "founded_place", "Francfort")}),
    ("en", "1986: In Rotterdam, the Netherlands, Eurocities is founded.",
     {("eurocities", "founded", "1986"), ("eurocities", "founded_place", "Rotterdam")}),
    ("de", "1990: In Frankfurt am Main, am Sitz der Stadtverwaltung, entsteht das Klima-Bündnis.",
     {("climate-alliance", "founded", "1990"), ("climate-alliance", "founded_place", "Frankfurt am Main")}),
])
@pytest.mark.parametrize("markup", ["<ul><li>{}</li></ul>", "<div class='timeline-item'><p>{}</p></div>",
                                    "<table><tr><td>{}</td></tr></table>"])
def test_a_timeline_entry_tells_a_birth_with_its_place_first(lang, entry, expected, markup):
    assert expected <= triples_of_snippet(markup.format(entry), lang)


# Traps: an event of the network the same year in a place opening the entry, a project born there, no network born.
@pytest.mark.parametrize("lang, entry", [
    ("it", "2026: A Treviso, nella sala dei Trecento, si riunisce il Walled Towns Friendship Circle."),
    ("es", "2019: En Cochabamba nace la red de huertos urbanos de Mercociudades."),
    ("en", "2015: In Paris, the Covenant of Mayors launches its new office."),
    ("fr", "2024 : À Chambéry, naît un projet d'Energy Cities sur la rénovation."),
    ("de", "2021: In Luzern entsteht ein Projekt des Klima-Bündnisses."),
])
def test_an_entry_opening_on_a_place_without_the_networks_birth_gives_no_founding(lang, entry):
    assert not {triple for triple in triples_of_snippet(f"<ul><li>{entry}</li></ul>", lang)
                if triple[1] in ("founded", "founded_place")}


# A network run from its one global office: the office's city is its seat; a regional office is not.
@pytest.mark.parametrize("body, expected", [
    ("<p>The Resilient Cities Network brings together nearly 100 member cities, led by a global office in Singapore"
     " and regional teams on every continent.</p>", ("resilient-cities-network", "headquarters", "Singapore")),
    ("<div class='card'><h3>ICLEI</h3><p>A network of 2,500 local governments, run from its global secretariat in"
     " Bonn.</p></div>", ("iclei", "headquarters", "Bonn")),
    ("<table><tr><th>C40</th><td>Coordinated by a central office in London, the network links 97 cities.</td></tr>"
     "</table>", ("c40", "headquarters", "London")),
])
def test_a_network_led_by_its_global_office_has_its_seat_there(body, expected):
    assert expected in triples_of_snippet(body, "en")


def test_a_regional_office_is_no_seat():
    body = ("<p>The Resilient Cities Network, led by a regional office in Lima for Latin America, brings together"
            " nearly 100 member cities.</p>")
    assert not {triple for triple in triples_of_snippet(body, "en") if triple[1] == "headquarters"}
