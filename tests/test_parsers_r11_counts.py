"""Counts and dates: a count that belongs to a part of a network (a national section, a caucus, one country's
members) or to a meeting's participants is not the network's; "metropolitan governments" are a network's member
cities; a joining is as precise as the page writes it."""

import pytest
from helpers.extracted import claims_of_sentence


def _counts(sentence: str) -> list[tuple[str, str]]:
    return [(attribute, value) for attribute, value in claims_of_sentence(sentence)
            if attribute.startswith(("member_", "represented_"))]


# A count in a clause whose subject or antecedent is a national or regional section, or a caucus, counts that part's
# members.
@pytest.mark.parametrize("sentence", [
    "Die Stadt ist seit 2000 ordentliches Mitglied der Deutschen Sektion, die rund 800 Städte, Gemeinden und "
    "Landkreise vereint.",
    "Gatineau siège à son caucus des grandes villes, qui rassemble les 15 plus grandes municipalités du Québec.",
    "Leeds sits on the network's UK chapter, which brings together 30 cities.",
    "Sevilla participa en la sección española, que agrupa a 60 ciudades.",
    "Torino fa parte della sezione italiana, che riunisce 90 comuni.",
    "Die Deutsche Sektion vereint rund 800 Städte und Gemeinden.",
    "La section française regroupe 1 000 collectivités.",
    "The UK chapter brings together 30 member cities.",
])
def test_a_sections_or_caucuss_count_is_not_the_networks(sentence):
    assert _counts(sentence) == []


@pytest.mark.parametrize("sentence, expected", [
    # the network itself in the relative clause
    ("Eurocities, qui fédère plus de 200 villes, est présidé par Dario Nardella.", [("member_cities", "200")]),
    # a caucus that is a network of its own keeps its count
    ("The FCM Big City Mayors' Caucus, which brings together 22 cities, meets in Ottawa.", [("member_cities", "22")]),
    # the sections are how the network gathers its members
    ("Le CCRE rassemble, à travers ses sections nationales, 100 000 collectivités.",
     [("represented_governments", "100000")]),
])
def test_the_networks_own_count_is_kept(sentence, expected):
    assert _counts(sentence) == expected


# Metropolitan governments are the metropolises a network of metropolises gathers: its member cities; local and
# regional governments, metropolitan ones among them, are the governments it represents.
@pytest.mark.parametrize("sentence, expected", [
    ("La Asociación Mundial de las Grandes Metrópolis agrupa a más de 140 gobiernos metropolitanos.",
     [("member_cities", "140")]),
    ("Metropolis brings together more than 140 metropolitan governments.", [("member_cities", "140")]),
    ("Metropolis regroupe plus de 140 gouvernements métropolitains.", [("member_cities", "140")]),
    ("Metropolis riunisce oltre 140 governi metropolitani.", [("member_cities", "140")]),
    ("La red agrupa a 240.000 gobiernos locales y metropolitanos.", [("represented_governments", "240000")]),
    ("UCLG represents 240,000 local and metropolitan governments.", [("represented_governments", "240000")]),
    ("La red agrupa a 300 gobiernos metropolitanos y regionales.", [("represented_governments", "300")]),
    ("CGLU représente 240 000 gouvernements locaux.", [("represented_governments", "240000")]),
])
def test_metropolitan_governments_are_member_cities(sentence, expected):
    assert _counts(sentence) == expected
