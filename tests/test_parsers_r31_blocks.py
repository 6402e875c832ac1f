"""A network's facts shown in short blocks of its own section: a key figure hedged as counts are ("rund 190" /
"Mitgliedsstädte", "environ 300" / "villes membres") is one line, as an unhedged one is."""

import pytest
from helpers.extracted import claims_of_sentence, values_of


def figure(value: str, label: str) -> str:
    """A key figure of a band: its value and its label in paragraphs of their own."""
    return f'<div class="figure"><p class="figure__value">{value}</p><p class="figure__label">{label}</p></div>'


# A hedged key figure under the network's heading: the network's count, with the hedge's qualifier.
@pytest.mark.parametrize("heading, value, label, lang, network, count", [
    ("Le réseau Energy Cities en chiffres", "environ 1 000", "villes membres", "fr", "energy-cities", "1000"),
    ("Eurocities in figures", "around 200", "member cities", "en", "eurocities", "200"),
    ("Das Klima-Bündnis in Zahlen", "über 2.000", "Mitgliedskommunen", "de", "climate-alliance", "2000"),
    ("Städtebund Die Hanse", "rund 190", "Hansestädte in 16 Ländern bilden den Städtebund", "de", "die-hanse",
     "190"),
    ("La Red de Ciudades por el Clima en cifras", "cerca de 300", "municipios miembros", "es",
     "red-de-ciudades-por-el-clima", "300"),
    ("Eurocities in cifre", "circa 200", "città aderenti", "it", "eurocities", "200"),
])
def test_a_hedged_key_figure_is_its_networks_count(heading, value, label, lang, network, count):
    body = f"<h2>{heading}</h2><div class='figures'>{figure(value, label)}</div>"
    assert (network, count) in values_of("member_cities", body, lang)


# Traps: the city's own inhabitants and a meeting's participants, hedged the same way beside the network's figures.
@pytest.mark.parametrize("heading, value, label, lang", [
    ("Das Klima-Bündnis in Zahlen", "rund 59.000", "Einwohnerinnen und Einwohner", "de"),
    ("Das Klima-Bündnis in Zahlen", "über 400", "Teilnehmende der Jahreskonferenz", "de"),
    ("Le réseau Energy Cities en chiffres", "environ 90 000", "habitants", "fr"),
    ("Eurocities in figures", "around 500", "participants at the annual conference", "en"),
    ("Eurocities en cifras", "unos 300", "participantes en el foro anual", "es"),
    ("Eurocities in cifre", "circa 100.000", "abitanti", "it"),
])
def test_a_hedged_figure_of_the_city_or_a_meeting_is_no_member_count(heading, value, label, lang):
    body = f"<h2>{heading}</h2><div class='figures'>{figure(value, label)}</div>"
    assert not values_of("member_cities", body, lang)


# The network's noun with a capital, standing for its name, as the subject of its count: the count of the network the
# block is about, as "the network" or a pronoun is ("The Association has 37 member municipalities" under NOMA).
@pytest.mark.parametrize("heading, sentence, lang, network, count", [
    ("Northwestern Ontario Municipal Association (NOMA)", "The Association has 37 member municipalities.", "en",
     "northwestern-ontario-municipal-association", "37"),
    ("Federation of Canadian Municipalities", "The Federation has 2,100 member municipalities.", "en",
     "federation-of-canadian-municipalities", "2100"),
    ("AIMF", "L'Association compte 400 villes membres.", "fr", "aimf", "400"),
    ("FEMP", "La Federación cuenta con 300 municipios asociados.", "es",
     "federacion-espanola-de-municipios-y-provincias", "300"),
    ("ANCI", "L'Associazione conta 7000 comuni associati.", "it", "associazione-nazionale-comuni-italiani", "7000"),
])
def test_the_networks_capitalised_noun_counts_its_members(heading, sentence, lang, network, count):
    assert (network, count) in values_of("member_cities", f"<h3>{heading}</h3><p>{sentence}</p>", lang)


# Traps: a territory (a province, a region) that has its towns, beside the network's heading, counts its own.
@pytest.mark.parametrize("heading, sentence, lang", [
    ("Association of Municipalities of Ontario (AMO)", "The Province has 444 municipalities.", "en"),
    ("Association of Municipalities of Ontario (AMO)", "Ontario has 444 municipalities.", "en"),
    ("AIMF", "La Corse compte 360 communes.", "fr"),
    ("Deutscher Städtetag", "Bayern hat 2.056 Gemeinden.", "de"),
    ("FEMP", "La Rioja tiene 174 municipios.", "es"),
    ("ANCI", "La Basilicata conta 131 comuni.", "it"),
])
def test_a_territory_that_has_its_towns_counts_no_members(heading, sentence, lang):
    assert not values_of("member_cities", f"<h3>{heading}</h3><p>{sentence}</p>", lang)


# A state's councils by the state's name, all of them after "all" or "the": the association's represented councils.
@pytest.mark.parametrize("sentence, count", [
    ("Based in Brisbane, it represents all 77 Queensland councils in dealings with the State.", "77"),
    ("The association represents the 32 Scotland councils.", "32"),
    ("LGAT represents all 29 Tasmanian councils.", "29"),
])
def test_all_of_a_states_councils_by_its_name_are_represented(sentence, count):
    assert ("represented_governments", count) in claims_of_sentence(sentence)


# Traps: some of the state's councils, or the city as one of them.
@pytest.mark.parametrize("sentence", [
    "12 Queensland councils are members of the alliance.",
    "Townsville is one of 77 Queensland councils.",
    "It works with 20 Queensland councils on water security.",
])
def test_some_of_a_states_councils_by_its_name_are_not_all_represented(sentence):
    assert not [claim for claim in claims_of_sentence(sentence) if claim[0] == "represented_governments"]
