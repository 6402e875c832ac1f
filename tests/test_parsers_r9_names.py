"""Networks told apart by their names: a known network's name inside a longer proper name is not that network (the
longest name wins: "World Energy Cities Partnership" is not Energy Cities)."""

import pytest
from helpers.extracted import facts_of_snippet

from scraper.parsers.networks import network_ids


@pytest.mark.parametrize("text, expected", [
    ("The World Energy Cities Partnership (WECP) was founded in Houston in 1995.", ["world-energy-cities-partnership"]),
    ("Aberdeen est membre du World Energy Cities Partnership depuis 1995.", ["world-energy-cities-partnership"]),
    ("Die World Energy Cities Partnership wurde 1995 in Houston gegründet.", ["world-energy-cities-partnership"]),
    # a longer name told by the acronym after it, or by an organisation's noun of its own
    ("La red Smart Energy Cities (SEC) se creó en 2014.", ["smart-energy-cities"]),
    ("Die Mayors for Peace Youth Alliance wurde 2020 gegründet.", ["mayors-for-peace-youth-alliance"]),
    ("L'Energy Cities Partnership riunisce 30 città.", ["energy-cities-partnership"]),
    # the known network itself: an owner's name before it, a common noun after it, its own acronym, a name next to it
    ("Leicester joined Council of Europe Intercultural Cities in 2018.", ["intercultural-cities"]),
    ("Leicester is part of the Intercultural Cities (ICC) programme.", ["intercultural-cities"]),
    ("The Energy Cities partnership with the city began in 1994.", ["energy-cities"]),
    ("Cités et Gouvernements Locaux Unis (CGLU) a été fondée en 2004.", ["uclg"]),
    ("AIMF Association internationale des maires francophones", ["aimf"]),
    ("Member since 1994: Energy Cities.", ["energy-cities"]),
])
def test_a_known_name_inside_a_longer_proper_name_is_not_that_network(text, expected):
    assert network_ids(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Around 20 energy cities on five continents work together.", []),
    ("Energy Cities brings together 1,000 local authorities.", ["energy-cities"]),
    ("ENERGY CITIES", ["energy-cities"]),
    ("Né sous le nom d'Energie-Cités, le réseau ...", ["energy-cities"]),
])
def test_energy_cities_in_lower_case_is_an_ordinary_phrase(text, expected):
    assert network_ids(text) == expected


@pytest.mark.parametrize("lang, body", [
    ("en", "<h2>World Energy Cities Partnership (WECP)</h2><p>Member since: 1995</p>"
           "<p>About the network: Founded in Houston in 1995.</p>"),
    ("fr", "<h2>World Energy Cities Partnership</h2><p>Membre depuis 1995</p><p>Fondé à Houston en 1995.</p>"),
    ("de", "<h2>World Energy Cities Partnership</h2><p>Mitglied seit 1995</p><p>Gegründet 1995 in Houston.</p>"),
])
def test_the_facts_under_a_longer_name_are_that_networks(lang, body):
    facts = facts_of_snippet(body, lang)
    assert ("world-energy-cities-partnership", "joined", "1995", "exact") in facts
    assert ("world-energy-cities-partnership", "founded", "1995", "exact") in facts
    assert not any(network == "energy-cities" for network, *_ in facts)
