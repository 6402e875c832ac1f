"""A network's facts shown in short blocks of its own section: a key figure hedged as counts are ("rund 190" /
"Mitgliedsstädte", "environ 300" / "villes membres") is one line, as an unhedged one is."""

import pytest
from helpers.extracted import values_of


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
