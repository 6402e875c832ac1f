"""Which attribute and value a fact has: a president is the person named after the office, not the office or the
courtesy title before the name; a count of councils or of local units of several kinds a network represents is of
local governments; what a group of a network's cities counts is the group's; a place's own associations are no member
associations, nor is one of a place's members; a region's adjective before a network's name names a network of its
own."""

import pytest
from helpers.extracted import claims_of_sentence, network_ids, triples_of_snippet, values_of

from scraper.parsers.number_words import with_digits
from scraper.parsers.numbers import find_counts


# The office and its city, then the person after a comma, with a courtesy title: the person is the president, without
# the title ("M.", "Mr.", "Herrn", "el Sr.", "il Sig.", "Dott.").
@pytest.mark.parametrize("body, lang", [
    ("<p>Depuis 2009, Yverdon fait partie de Mayors for Peace. Présidé par le maire d'Hiroshima, M. Kazumi Matsui, le "
     "réseau compte aujourd'hui plus de 8400 villes.</p>", "fr"),
    ("<p>Mayors for Peace est présidé par le maire d'Hiroshima, Monsieur Kazumi Matsui.</p>", "fr"),
    ("<p>Mayors for Peace is chaired by the Mayor of Hiroshima, Mr. Kazumi Matsui, and counts 8,000 cities.</p>", "en"),
    ("<p>Mayors for Peace wird vom Oberbürgermeister von Hiroshima, Herrn Kazumi Matsui, geleitet.</p>", "de"),
    ("<p>Mayors for Peace wird präsidiert vom Bürgermeister von Hiroshima, Herrn Kazumi Matsui.</p>", "de"),
    ("<p>Mayors for Peace está presidida por el alcalde de Hiroshima, el Sr. Kazumi Matsui.</p>", "es"),
    ("<p>Mayors for Peace è presieduta dal sindaco di Hiroshima, il Sig. Kazumi Matsui.</p>", "it"),
    ("<p>Mayors for Peace è presieduta dal sindaco di Hiroshima, Dott. Kazumi Matsui.</p>", "it"),
])
def test_the_person_after_the_office_and_a_courtesy_title_presides(body, lang):
    assert values_of("president", body, lang) == {("mayors-for-peace", "Kazumi Matsui")}


def test_a_courtesy_title_before_the_name_is_no_part_of_it():
    body = "<p>Présidée par la maire de Paris, Mme Anne Hidalgo, l'AIMF rassemble 300 villes.</p>"
    assert values_of("president", body) == {("aimf", "Anne Hidalgo")}


# Traps: the office alone, no one named after it, stays the value; a surname alone after the title is no full name.
@pytest.mark.parametrize("body, lang, value", [
    ("<p>Mayors for Peace est présidé par le maire d'Hiroshima.</p>", "fr", "le maire d'Hiroshima"),
    ("<p>Mayors for Peace is chaired by the Mayor of Hiroshima, a city rebuilt after 1945.</p>", "en",
     "the Mayor of Hiroshima"),
])
def test_an_office_with_no_name_after_it_stays_the_value(body, lang, value):
    assert values_of("president", body, lang) == {("mayors-for-peace", value)}


# A count goes by its noun: councils of a local tier are local governments ("164 district councils"), and local units
# of several kinds a network represents ("municipios, consejos comarcales y entidades municipalistas") are the local
# governments it represents, not its member cities.
@pytest.mark.parametrize("sentence, value", [
    ("It represents 164 district councils, which together serve around 22 million people.", 164),
    ("The network speaks for 55 unitary councils across England.", 55),
    ("Lleida es también socia de la ACM, que representa a cerca de 950 municipios, consejos comarcales y entidades "
     "municipalistas.", 950),
    ("L'association représente 950 communes, intercommunalités et syndicats du département.", 950),
    ("Der Verband vertritt 950 Gemeinden, Ämter und Zweckverbände.", 950),
    ("L'ANCI rappresenta oltre 7.000 comuni e unioni di comuni.", 7000),
    ("La Lega rappresenta 300 comuni, comunità montane e enti locali.", 300),
])
def test_a_count_of_councils_or_of_local_units_of_several_kinds_represented_is_of_governments(sentence, value):
    assert [(count.unit, count.value) for count in find_counts(sentence)] == [("governments", value)]


# Traps: cities alone, even represented, are member cities; local units of several kinds a network gathers, no verb of
# representing, are its member cities; a network's own councils are no count of members.
@pytest.mark.parametrize("sentence, expected", [
    ("Eurocities represents more than 200 cities.", [("cities", 200)]),
    ("La ACM agrupa 950 municipios, consejos comarcales y entidades municipalistas.", [("cities", 950)]),
    ("The network has 3 advisory councils.", []),
])
def test_cities_alone_or_units_gathered_stay_member_cities(sentence, expected):
    assert [(count.unit, count.value) for count in find_counts(sentence)] == expected


def test_a_network_representing_district_councils():
    body = ("<h2>District Councils' Network (DCN)</h2><p>The District Councils' Network is a cross-party group. It "
            "represents 164 district councils, which together serve around 22 million people.</p>")
    triples = triples_of_snippet(body, "en")
    assert ("district-councils-network", "represented_governments", "164") in triples
    assert not any(attribute == "member_cities" for _, attribute, _ in triples)


# A group of some of a network's cities, named as the network's ("le groupe des villes de l'UCV", "el grupo de ciudades
# de la FEMP"): what the relative clause after it counts is the group's, not the network's.
@pytest.mark.parametrize("sentence", [
    "Le groupe des villes de l'UCV, qui rassemble les communes de plus de 10 000 habitants, se réunit quatre fois "
    "par an.",
    "El grupo de ciudades de la FEMP, que reúne 60 municipios, se reúne dos veces al año.",
    "Il gruppo delle città dell'ANCI, che riunisce 40 comuni, si riunisce due volte l'anno.",
    "Die Gruppe der Großstädte im Deutschen Städtetag, die 40 Städte umfasst, tagt zweimal im Jahr.",
    "The cities group of the LGA, which brings together 60 councils, meets twice a year.",
])
def test_a_count_of_a_networks_group_of_cities_is_no_fact_of_the_network(sentence):
    assert claims_of_sentence(sentence) == []


# Traps: the network itself described as a group of cities, or named by its acronym, keeps its count.
@pytest.mark.parametrize("sentence, claim", [
    ("Eurocities, le groupe des grandes villes d'Europe, qui rassemble 200 villes, siège à Bruxelles.",
     ("member_cities", "200")),
    ("L'UCV, qui rassemble 288 communes, est basée à Pully.", ("member_cities", "288")),
])
def test_a_network_described_as_a_group_of_cities_keeps_its_count(sentence, claim):
    assert claim in claims_of_sentence(sentence)


# A place's own associations, partners of its events, are no network's member associations; associations of local
# governments are.
@pytest.mark.parametrize("sentence", [
    "Du 21 au 28 mars 2025, la Ville et une vingtaine d'associations locales proposent des ateliers dans les écoles.",
    "During the week, 20 local associations run workshops in schools.",
    "Unas 20 asociaciones vecinales organizan talleres durante la semana.",
    "Circa 20 associazioni del territorio propongono laboratori nelle scuole.",
])
def test_a_places_own_associations_are_no_member_associations(sentence):
    assert claims_of_sentence(with_digits(sentence, "fr")) == []


@pytest.mark.parametrize("sentence, value", [
    ("CGLU rassemble 175 associations de collectivités locales.", "175"),
    ("The network brings together 60 national associations of local governments.", "60"),
])
def test_associations_of_local_governments_stay_member_associations(sentence, value):
    assert claims_of_sentence(sentence) == [("member_associations", value)]


# The city as one of the members a place has ("one of four UNESCO Creative Cities in Victoria", "una de las 8 ciudades
# creativas de la UNESCO en España"): the place's share, not the network's count; a continent may be the whole area.
@pytest.mark.parametrize("sentence, lang", [
    ("Geelong is one of four UNESCO Creative Cities in Victoria, alongside Melbourne and Ballarat.", "en"),
    ("Bilbao es una de las 8 ciudades creativas de la UNESCO en España.", "es"),
    ("Lyon est l'une des 12 villes créatives de l'UNESCO en France.", "fr"),
    ("Nürnberg ist eine von zehn Fairtrade-Städten in Bayern.", "de"),
    ("Torino è una delle 13 città creative UNESCO in Italia.", "it"),
])
def test_one_of_a_places_members_is_no_count_of_the_network(sentence, lang):
    assert claims_of_sentence(with_digits(sentence, lang)) == []


@pytest.mark.parametrize("sentence, value", [
    ("Lyon est l'une des 300 villes membres en Europe.", "300"),
    ("Lyon is one of more than 200 cities in Eurocities.", "200"),
])
def test_one_of_the_networks_members_in_a_continent_or_in_it_keeps_the_count(sentence, value):
    assert ("member_cities", value) in claims_of_sentence(sentence)


# A state's or a region's people before a network's name ending in "Network" names a network of its own: what the
# sentence says it was launched and formed of is that network's, not the global one's.
def test_a_regions_adjective_before_a_networks_name_names_a_network_of_its_own():
    body = ("<p>Geelong is one of four UNESCO Creative Cities in Victoria. Together the four cities form the Victorian "
            "Creative Cities Network, launched in 2024 to promote the State's creative sectors.</p>")
    triples = triples_of_snippet(body, "en")
    assert ("victorian-creative-cities-network", "founded", "2024") in triples
    assert not any(network == "unesco-creative-cities-network" for network, _, _ in triples)


@pytest.mark.parametrize("text, network", [
    ("Lyon is part of the Creative Cities Network.", "unesco-creative-cities-network"),
    ("Geelong joined the UNESCO Creative Cities Network in 2017.", "unesco-creative-cities-network"),
    ("The Bavarian Healthy Cities Network meets in Munich.", "bavarian-healthy-cities-network"),
])
def test_the_network_named_with_or_without_a_regions_adjective(text, network):
    assert network_ids(text) == [network]
