"""Networks told apart by their names: a known network's name inside a longer proper name is not that network (the
longest name wins: "World Energy Cities Partnership" is not Energy Cities), and what the sentences under such a name
call it by the noun of that name ("The partnership, founded in Houston in 1995, ...") is it; a president named after
the title they hold ("the partnership's president, Lord Provost David Cameron")."""

import pytest
from helpers.extracted import facts_of_snippet
from helpers.extracted import values_of as _of

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
    # a timeline's entry: the name, then its text's first words
    ("2023: Mayors for Peace Die Organisation wurde 1982 gegründet.", ["mayors-for-peace"]),
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


@pytest.mark.parametrize("lang, body, expected", [
    ("en", "<h2>World Energy Cities Partnership</h2><p>The partnership, founded in Houston in 1995, now brings "
           "together 19 member cities.</p>", {("world-energy-cities-partnership", "1995")}),
    ("fr", "<h2>Coalition européenne des villes contre le racisme</h2><p>La coalition, fondée en 2004 à Nuremberg, "
           "réunit plus de 160 villes.</p>", {("eccar", "2004")}),
    ("it", "<h2>Coalizione europea delle città contro il razzismo</h2><p>La Coalizione, fondata nel 2004 a "
           "Norimberga, riunisce oltre 160 città.</p>", {("eccar", "2004")}),
    # a partnership the section's network is not: the city's twinning
    ("en", "<h2>Eurocities</h2><p>The partnership, founded in 1963, links Aberdeen and Regensburg.</p>", set()),
    ("fr", "<h2>Eurocities</h2><p>Le partenariat, fondé en 1963, relie Aberdeen et Ratisbonne.</p>", set()),
])
def test_the_noun_of_the_sections_name_as_subject_is_its_network(lang, body, expected):
    assert _of("founded", body, lang) == expected


@pytest.mark.parametrize("lang, body, expected", [
    ("en", "<h2>World Energy Cities Partnership</h2><p>The partnership's president, Lord Provost David Cameron, said: "
           "\"Aberdeen has spent fifty years learning.\"</p>", {("world-energy-cities-partnership", "David Cameron")}),
    ("en", "<p>Eurocities' president, Lord Mayor Anna Maria Berg, opened the forum.</p>",
     {("eurocities", "Anna Maria Berg")}),
    ("en", "<p>Eurocities' president, Burkhard Jung, opened the forum.</p>", {("eurocities", "Burkhard Jung")}),
])
def test_a_president_named_after_the_title_they_hold(lang, body, expected):
    assert _of("president", body, lang) == expected


@pytest.mark.parametrize("text, network_id", [
    # networks of cities sharing a trait or a region, each named in two languages
    ("Aberdeen is a founding member of the World Energy Cities Partnership.", "world-energy-cities-partnership"),
    ("Aberdeen accueillera le sommet du WECP en 2026.", "world-energy-cities-partnership"),
    ("Innsbruck ist seit 2015 Mitglied der Allianz in den Alpen.", "allianz-in-den-alpen"),
    ("Annecy a rejoint l'Alliance dans les Alpes en 2010.", "allianz-in-den-alpen"),
    ("Belluno aderisce all'Alleanza nelle Alpi.", "allianz-in-den-alpen"),
    ("The Alliance in the Alps links 200 municipalities.", "allianz-in-den-alpen"),
    ("Innsbruck ist Mitglied im Netzwerk EUniverCities.", "eunivercities"),
    ("Ghent was a founding member of EUniverCities in 2012.", "eunivercities"),
    ("Aberdeen is a member of the Scottish Cities Alliance.", "scottish-cities-alliance"),
    ("La ville d'Édimbourg siège à la Scottish Cities Alliance.", "scottish-cities-alliance"),
    ("Perugia è la sede del Coordinamento nazionale degli Enti locali per la pace e i diritti umani.",
     "coordinamento-nazionale-degli-enti-locali-per-la-pace-e-i-diritti-umani"),
    ("Assisi aderisce al Coordinamento nazionale Enti locali per la pace.",
     "coordinamento-nazionale-degli-enti-locali-per-la-pace-e-i-diritti-umani"),
    # the Milan pact's long name in each language
    ("Montevideo firma el Pacto de Política Alimentaria Urbana de Milán.", "milan-urban-food-policy-pact"),
    ("Lyon a signé le Pacte de politique alimentaire urbaine de Milan en 2015.", "milan-urban-food-policy-pact"),
    ("Torino ha firmato il Patto sulla politica alimentare urbana di Milano.", "milan-urban-food-policy-pact"),
    # the Educating Cities' short names, capitalised
    ("Perugia entra nella rete delle Città educative.", "iaec"),
    ("Rennes est membre du Réseau français des villes éducatrices.", "reseau-francais-des-villes-educatrices"),
    ("Lyon, Ville éducatrice depuis 2004.", "iaec"),
    ("2009: Ciudad Educadora Montevideo se integra a la red.", "iaec"),
    ("Glasgow joined Educating Cities in 2019.", "iaec"),
    ("LUCI Association gathers 70 cities of light.", "luci"),
])
def test_networks_the_blind_pages_named_are_known_by_their_names(text, network_id):
    assert network_ids(text) == [network_id]


@pytest.mark.parametrize("text", [
    "Une ville éducatrice met l'éducation au cœur de ses politiques.",  # the idea, not the network
    "La ciudad educadora es un concepto nacido en Barcelona.",
    "Le città educative mettono al centro la scuola.",
    "Alliances in the Alps region grew.",
])
def test_the_ideas_networks_are_named_after_name_no_network(text):
    assert network_ids(text) == []


def test_facts_of_a_network_of_the_alps_under_its_heading():
    body = ("<h2>Allianz in den Alpen</h2><p>Mitglied seit 2015</p><p>Gegründet 1997</p>"
            "<p>über 200 Gemeinden aus sieben Alpenstaaten</p>")
    facts = facts_of_snippet(body, "de")
    assert {("allianz-in-den-alpen", "joined", "2015", "exact"), ("allianz-in-den-alpen", "founded", "1997", "exact"),
            ("allianz-in-den-alpen", "member_cities", "200", "more_than")} <= facts


@pytest.mark.parametrize("text, network_id", [
    ("Ghent is a member of POLIS, the network of cities and regions for transport innovation.", "polis"),
    ("Nantes a rejoint le réseau Polis en 2009.", "polis"),
    ("Bremen ist Mitglied im Polis-Netzwerk.", "polis"),
    ("Le Havre est membre de l'AIVP depuis 1989.", "aivp"),
    ("Valencia forma parte de la red mundial de ciudades portuarias.", "aivp"),
    ("Amsterdam co-founded the Cities Coalition for Digital Rights in 2018.", "cities-coalition-for-digital-rights"),
    ("Barcelona impulsó la Coalición de Ciudades por los Derechos Digitales.", "cities-coalition-for-digital-rights"),
    ("Leipzig ist der Städtekoalition für digitale Rechte beigetreten.", "cities-coalition-for-digital-rights"),
    ("Amstelveen is a member of Eurotowns.", "eurotowns"),
    ("Innsbruck ist Mitglied von EUROTOWNS.", "eurotowns"),
    ("Barcelona presidió Arco Latino.", "arco-latino"),
    ("Le réseau Arco Latino réunit les collectivités de la Méditerranée.", "arco-latino"),
    ("Quito acogió la asamblea de FLACMA.", "flacma"),
    ("La Federación Latinoamericana de Ciudades, Municipios y Asociaciones de Gobiernos Locales agrupa a 18 países.",
     "flacma"),
    ("Montevideo coordinó el proyecto AL-LAs.", "al-las"),
    ("Lyon participe à l'Alliance euro-latino-américaine de coopération entre villes.", "al-las"),
    ("Grenoble adhère à l'AFCDRP depuis 2008.", "afcdrp"),
    ("L'Association française des communes, départements et régions pour la paix réunit 180 collectivités.",
     "afcdrp"),
    ("Dijon a rejoint le Réseau francophone des villes amies des aînés en 2012.", "rfvaa"),
    ("Sherbrooke est membre du RFVAA.", "rfvaa"),
    ("Paris est une ville Fast-Track depuis 2014.", "fast-track-cities"),
    ("Madrid se unió a Ciudades Fast Track en 2018.", "fast-track-cities"),
])
def test_networks_european_latin_american_and_francophone_cities_belong_to(text, network_id):
    assert network_ids(text) == [network_id]


@pytest.mark.parametrize("text", [
    "La polis greca era una città-stato.",  # the word, not the network
    "POLIS-Lombardia pubblica il rapporto annuale.",  # a regional institute
    "El arco latino de la puerta es románico.",
    "The fast track for city permits opened.",
])
def test_words_that_only_look_like_those_networks_name_none(text):
    assert network_ids(text) == []
