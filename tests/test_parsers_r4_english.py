"""How English pages of city councils and of continental cities word their networks' facts: the chair of a part of a
network (a forum, a working group, a committee on a theme), which is not its president; a seat given as "HQ"; a
joining after a long apposition or following from a dated cause; membership nouns; fact box labels."""

from datetime import date

import pytest
from helpers.extracted import triples_of_snippet

from scraper.parsers.claims import find_claims
from scraper.parsers.networks import find_networks
from scraper.parsers.number_words import with_digits

BASE = date(2025, 3, 1)


def claimed(sentence):
    return [(claim.attribute, claim.value) for claim in find_claims(with_digits(sentence, "en"), BASE)]


@pytest.mark.parametrize("sentence, expected", [
    # Whoever chairs a forum, a working group or a thematic committee named after the network chairs that part.
    ("Councillor Mary Byrne, who chairs the Eurocities Environment Forum, opened the session.", []),
    ("Cllr Tom Walsh chairs the Eurocities working group on public lighting.", []),
    ("Cllr Aoife Kelly was elected chair of the Eurocities Knowledge Society Forum in 2023.", []),
    ("Cllr Ruth Evans chairs the UCLG Committee on Urban Mobility.", []),
    # A part opening the sentence: its founding and its members are its own.
    ("The Eurocities Social Affairs Forum was set up in 2001 and brings together 90 cities.", []),
    # The network itself, or its executive committee, is chaired by its president.
    ("Energy Cities is chaired by Lucy Marsh, Deputy Mayor of Heidelberg.", [("president", "Lucy Marsh")]),
    ("Karl Novak, chair of the Eurocities Executive Committee, welcomed the guests.", [("president", "Karl Novak")]),
    ("The Mayor of Ghent chairs Eurocities, and Leeds hosts its Culture Forum this year.",
     [("president", "The Mayor of Ghent")]),
])
def test_chair_of_a_part_is_not_president(sentence, expected):
    assert [claim for claim in claimed(sentence) if claim[0] in ("president", "founded", "member_cities")] == expected


@pytest.mark.parametrize("sentence", [
    "Eurocities has its HQ in Brussels.",
    "Eurocities, with HQ in Brussels, connects the large cities of Europe.",
    "The Eurocities HQ is located in Brussels.",
])
def test_hq_is_a_seat(sentence):
    assert ("headquarters", "Brussels") in claimed(sentence)


@pytest.mark.parametrize("sentence, expected", [
    # A long apposition between the network and the year of joining.
    ("Derby joined Energy Cities, the European association of local authorities that work together on the energy"
     " transition, in 2012.",
     [("joined", "2012")]),
    ("We became a member of ICORN, an independent organisation of cities and regions offering shelter to writers and"
     " artists at risk, in 2019.",
     [("joined", "2019")]),
    # "became part of", with the date after it, opening the sentence, or in the clause it follows from.
    ("Sligo became part of the UNESCO Global Network of Learning Cities in 2020.", [("joined", "2020")]),
    ("In 2017 the city became part of the Covenant of Mayors.", [("joined", "2017")]),
    ("Sligo was named a Learning City in 2020 and so became part of the UNESCO Global Network of Learning Cities.",
     [("joined", "2020")]),
    # A project joined is no membership; a year without a consequence dates nothing.
    ("In 2017 the city became part of the Eurocities project on lighting.", []),
    ("Sligo hosted a festival in 2020 and became known for it.", []),
])
def test_joining_after_an_apposition_or_a_cause(sentence, expected):
    assert [claim for claim in claimed(sentence) if claim[0] == "joined"] == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Membership of Energy Cities since 2011.", [("joined", "2011")]),
    ("We are members of ICORN (since 2016).", [("joined", "2016")]),
    ("We're members of Eurocities since 1993.", [("joined", "1993")]),
    ("Dundee was accepted as a member of the UNESCO Creative Cities Network in 2014.", [("joined", "2014")]),
    # Fees of a membership date no joining.
    ("Eurocities membership fees have risen since 2019.", []),
])
def test_membership_nouns_and_acceptance(sentence, expected):
    assert [claim for claim in claimed(sentence) if claim[0] == "joined"] == expected


def facts_of(body):
    return triples_of_snippet(body, "en", title="Networks", heading="Our networks")


@pytest.mark.parametrize("body, expected", [
    ("<h2>Energy Cities</h2><ul><li>HQ: Besançon</li><li>Our membership: Since 2011</li></ul>",
     {("energy-cities", "headquarters", "Besançon"), ("energy-cities", "joined", "2011")}),
    ("<h2>ICORN</h2><table><tr><th>Based in</th><td>Stavanger</td></tr>"
     "<tr><th>The council's membership</th><td>2016</td></tr></table>",
     {("icorn", "headquarters", "Stavanger"), ("icorn", "joined", "2016")}),
    # A membership label over a count is no joining.
    ("<h2>ICORN</h2><ul><li>Our membership: over 80 cities</li></ul>", {("icorn", "member_cities", "80")}),
])
def test_fact_box_labels(body, expected):
    assert facts_of(body) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("UCLG is presided over by Maria von der Heide.", [("president", "Maria von der Heide")]),
    ("Energy Cities is chaired by Pieter van den Berg, Alderman of Utrecht.", [("president", "Pieter van den Berg")]),
])
def test_president_surname_with_particles(sentence, expected):
    assert [claim for claim in claimed(sentence) if claim[0] == "president"] == expected


@pytest.mark.parametrize("sentence, expected", [
    # A goal is no member count.
    ("Energy Cities aims to reach 1,500 members by 2030.", []),
    ("The network's goal is 300 member cities within five years.", []),
    # A count stated beside a goal is.
    ("ICORN has 80 member cities and plans to grow further.", [("member_cities", "80")]),
    ("The Covenant of Mayors targets a 55% cut in emissions and unites 9,000 local governments.",
     [("represented_governments", "9000")]),
])
def test_a_target_is_no_count(sentence, expected):
    counts = ("member_cities", "represented_governments")
    assert [claim for claim in claimed(sentence) if claim[0] in counts] == expected


@pytest.mark.parametrize("sentence", [
    # Who held the office before, or chaired it in a closed past.
    "Former Energy Cities president Lena Holm spoke at the event.",
    "Energy Cities was chaired by Lena Holm from 2015 to 2019.",
    "Leeds hosted the Eurocities Annual General Meeting in 2012, chaired by the then president.",
    # A group of a part of the network.
    "Cllr Rhys Morgan chairs the Eurocities Executive Committee's finance group.",
])
def test_no_current_president(sentence):
    assert [claim for claim in claimed(sentence) if claim[0] == "president"] == []


@pytest.mark.parametrize("sentence, expected", [
    # The city's own office, team or project in a network: its founding is not the network's.
    ("The city's Eurocities office was set up in 2003 in Brussels.", []),
    ("The council's Energy Cities project was launched in 2019.", []),
    # The city's membership is still its joining.
    ("Our Eurocities membership dates from 1994.", [("joined", "1994")]),
])
def test_the_citys_own_part(sentence, expected):
    assert claimed(sentence) == expected


@pytest.mark.parametrize("sentence, network, year", [
    # The title a network gives its members says the membership.
    ("Norwich was designated a UNESCO City of Literature in 2012.", "unesco-creative-cities-network", "2012"),
    ("Bradford has been a UNESCO City of Film since 2009.", "unesco-creative-cities-network", "2009"),
    ("Cork became an ICORN City of Refuge in 2015.", "icorn", "2015"),
    # The British "founder member".
    ("Birmingham was a founder member of Eurocities in 1986.", "eurocities", "1986"),
])
def test_joining_by_title_or_as_founder_member(sentence, network, year):
    text = with_digits(sentence, "en")
    claims = find_claims(text, BASE)
    assert [(claim.attribute, claim.value) for claim in claims if claim.attribute == "joined"] == [("joined", year)]
    assert network in {mention.network_id for mention in find_networks(text)}


@pytest.mark.parametrize("sentence, expected", [
    # The English of continental sites.
    ("Graz is member in Energy Cities since the year 1997.", [("joined", "1997")]),
    ("Graz adhered to Energy Cities in 1997.", [("joined", "1997")]),
    ("Energy Cities has the seat in Besançon.", [("headquarters", "Besançon")]),
    ("Seat of Energy Cities is Besançon.", [("headquarters", "Besançon")]),
    # A seat described, not placed.
    ("The seat of Energy Cities is a former school.", []),
])
def test_continental_english(sentence, expected):
    assert claimed(sentence) == expected
