"""A fact given to the right network: the cities a country or a region has in a network are its share, not the
network's members; a council's decision dates the joining only when the page says no other day the membership began;
a network named in a relative clause between the subject and its verb owns none of the subject's facts; a news teaser
is an item of its own, whose "association" is not a network the page or another teaser named."""

import pytest
from helpers.extracted import card, values_of

# A place as the subject, then its cities "in" the network named right after: the place's share of the members.
_UCCN = "unesco-creative-cities-network"


@pytest.mark.parametrize("body, lang", [
    ("<p>Australia now has seven cities in the UNESCO Creative Cities Network, across literature, music and film.</p>",
     "en"),
    ("<p>La France compte aujourd'hui 12 villes dans le Réseau des villes créatives de l'UNESCO.</p>", "fr"),
    ("<p>Le Québec compte 12 municipalités au sein du réseau Villes-Santé.</p>", "fr"),
    ("<p>Deutschland hat inzwischen elf Städte im UNESCO Creative Cities Network.</p>", "de"),
    ("<p>España cuenta con 11 ciudades en la Red de Ciudades Creativas de la UNESCO.</p>", "es"),
    ("<p>L'Italia conta oggi 13 città nella Rete delle Città Creative UNESCO.</p>", "it"),
    (card("Creative cities", "Australia now has seven cities in the UNESCO Creative Cities Network."), "en"),
])
def test_a_places_cities_in_the_network_are_its_share(body, lang):
    assert values_of("member_cities", body, lang) == set()


# Traps: the network as the subject counts its own members, in its countries.
@pytest.mark.parametrize("body, lang, network, cities", [
    ("<p>The UNESCO Creative Cities Network has 350 cities in more than 100 countries.</p>", "en", _UCCN, "350"),
    ("<p>Le réseau Eurocities compte 200 villes dans 38 pays.</p>", "fr", "eurocities", "200"),
    ("<p>Das Klima-Bündnis hat 2000 Kommunen in 27 Ländern.</p>", "de", "climate-alliance", "2000"),
    ("<p>L'AIMF compte aujourd'hui 300 villes membres dans 50 pays.</p>", "fr", "aimf", "300"),
])
def test_the_networks_own_cities_in_countries_stay_its_members(body, lang, network, cities):
    assert values_of("member_cities", body, lang) == {(network, cities)}
