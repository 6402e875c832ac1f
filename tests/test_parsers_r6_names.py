"""Networks recognised by every name pages give them: official names in the five languages, their acronyms in each
language, German inflections and compounds, short forms, and the networks European, francophone and Latin American
cities commonly belong to; ordinary phrases that only look like a network's name stay phrases."""

import pytest
from helpers.extracted import triples_of_snippet as _facts

from scraper.parsers.networks import KNOWN_NETWORKS, find_networks, network_ids
from scraper.parsers.vocabulary import NETWORKS


def test_every_network_of_the_vocabulary_has_spellings_and_a_label():
    assert set(KNOWN_NETWORKS) == set(NETWORKS)


@pytest.mark.parametrize("written, network_id", [
    # the Council of European Municipalities and Regions, by its name and acronym in each language
    ("Council of European Municipalities and Regions", "cemr"), ("CEMR", "cemr"),
    ("Conseil des communes et régions d'Europe", "cemr"), ("CCRE", "cemr"),
    ("Rat der Gemeinden und Regionen Europas", "cemr"), ("RGRE", "cemr"),
    ("Consejo de Municipios y Regiones de Europa", "cemr"), ("CMRE", "cemr"),
    ("Consiglio dei Comuni e delle Regioni d’Europa", "cemr"),
    ("Association française du Conseil des communes et régions d'Europe", "afccre"), ("AFCCRE", "afccre"),
    ("European Coalition of Cities against Racism", "eccar"), ("ECCAR", "eccar"),
    ("Coalition européenne des villes contre le racisme", "eccar"),
    ("Europäische Städtekoalition gegen Rassismus", "eccar"),
    ("Europäischen Städte-Koalition gegen Rassismus", "eccar"),
    ("Coalición Europea de Ciudades contra el Racismo", "eccar"),
    ("Coalizione europea delle città contro il razzismo", "eccar"),
    ("International Coalition of Inclusive and Sustainable Cities", "iccar"),
    ("Coalition internationale des villes inclusives et durables", "iccar"),
    ("Union of Baltic Cities", "union-of-baltic-cities"), ("Union der Ostseestädte", "union-of-baltic-cities"),
    ("Union des villes de la Baltique", "union-of-baltic-cities"),
    ("WHO European Healthy Cities Network", "who-healthy-cities"), ("Healthy Cities network", "who-healthy-cities"),
    # a national network of Healthy Cities is a section of its own (test_parsers_r10_sections.py)
    ("Réseau français des Villes-Santé de l'OMS", "reseau-francais-des-villes-sante-de-l-oms"),
    ("Gesunde Städte-Netzwerk", "who-healthy-cities"), ("Gesunden Städte-Netzwerks", "who-healthy-cities"),
    ("Red Española de Ciudades Saludables", "red-espanola-de-ciudades-saludables"),
    ("Rete Italiana Città Sane", "rete-italiana-citta-sane"),
    ("Intercultural Cities", "intercultural-cities"), ("Cités interculturelles", "intercultural-cities"),
    ("Red de Ciudades Interculturales", "intercultural-cities"),
    ("Cittaslow", "cittaslow"), ("Rainbow Cities Network", "rainbow-cities-network"),
    ("Global Network for Age-friendly Cities and Communities", "age-friendly-cities"),
    ("Réseau mondial des villes amies des aînés", "age-friendly-cities"),
    ("Red Mundial de Ciudades y Comunidades Amigables con las Personas Mayores", "age-friendly-cities"),
    ("UNICEF Child Friendly Cities", "child-friendly-cities"), ("Ville amie des enfants", "child-friendly-cities"),
    ("Ciudades Amigas de la Infancia", "child-friendly-cities"), ("Città amiche dei bambini", "child-friendly-cities"),
    ("Global Covenant of Mayors for Climate & Energy", "global-covenant-of-mayors"),
    ("Convention mondiale des maires pour le climat et l'énergie", "global-covenant-of-mayors"),
    ("Pacto Global de Alcaldes", "global-covenant-of-mayors"),
    ("Patto globale dei sindaci", "global-covenant-of-mayors"),
    ("Arab Towns Organization", "arab-towns-organization"),
    ("Organisation des villes arabes", "arab-towns-organization"),
    ("Sister Cities International", "sister-cities-international"),
    ("CIDEU", "cideu"), ("Centro Iberoamericano de Desarrollo Estratégico Urbano", "cideu"),
    ("Asociación Internacional de Ciudades Educadoras", "iaec"), ("AICE", "iaec"),
    ("Association internationale des villes éducatrices", "iaec"),
    ("International Association of Educating Cities", "iaec"),
    ("Douzelage", "douzelage"), ("Walled Towns Friendship Circle", "walled-towns-friendship-circle"),
])
def test_networks_outside_the_first_vocabulary_are_known_by_every_official_name(written, network_id):
    assert network_ids(f"La ville est membre de {written} depuis 2010.") == [network_id]


@pytest.mark.parametrize("written, network_id", [
    # German inflections and compounds of the vocabulary's names
    ("des Klima-Bündnisses", "climate-alliance"), ("im Klimabündnis", "climate-alliance"),
    ("des Eurocities-Netzwerks", "eurocities"), ("im Bürgermeisterkonvent", "covenant-of-mayors"),
    ("des Konvents der Bürgermeister", "covenant-of-mayors"), ("der Bürgermeister für Frieden", "mayors-for-peace"),
    ("des Internationalen Netzwerks der Zufluchtsstädte", "icorn"), ("des Weltverbandes der Metropolen", "metropolis"),
    ("der Organisation der Welterbe-Städte", "owhc"),
    ("des Netzwerks der Kreativen Städte der UNESCO", "unesco-creative-cities-network"),
    # a member's title, singular, in each language
    ("Ville créative de l'UNESCO", "unesco-creative-cities-network"),
    ("Ciudad Creativa de la UNESCO", "unesco-creative-cities-network"),
    ("Città creativa UNESCO", "unesco-creative-cities-network"),
    ("UNESCO Learning City", "unesco-global-network-of-learning-cities"),
    ("Ville apprenante UNESCO", "unesco-global-network-of-learning-cities"),
])
def test_inflected_compounded_and_singular_forms_keep_their_network(written, network_id):
    assert network_ids(f"Die Stadt ist Mitglied {written} seit 2010.") == [network_id]


@pytest.mark.parametrize("text, network_id", [
    ("Paris a signé la Convention des maires puis la Convention mondiale des maires.", "global-covenant-of-mayors"),
    ("Madrid firmó el Pacto de los Alcaldes y el Pacto Mundial de Alcaldes.", "global-covenant-of-mayors"),
    ("Milano ha aderito al Patto dei Sindaci e al Patto globale dei sindaci.", "global-covenant-of-mayors"),
])
def test_the_global_covenant_is_not_the_european_covenant(text, network_id):
    assert network_ids(text) == ["covenant-of-mayors", network_id]


@pytest.mark.parametrize("text", [
    "Healthy cities need clean air and green spaces.",
    "Dublin's sister cities are San José and Beijing.",
    "The covenant was signed by the mayor in 2019.",
    "Building intercultural cities takes time.",
    "An age-friendly city adapts its streets to older people.",
    "Les villes interculturelles accueillent des habitants du monde entier.",
    "Une ville en bonne santé, des villes saines.",
    "Le CCRES et la RGREF ne sont pas des réseaux.",
])
def test_ordinary_phrases_are_not_these_networks(text):
    assert network_ids(text) == []


@pytest.mark.parametrize("body, lang, expected", [
    ("<p>Der Rat der Gemeinden und Regionen Europas (RGRE) wurde 1951 in Genf gegründet und hat seinen Sitz in "
     "Brüssel.</p>", "de",
     {("cemr", "founded", "1951"), ("cemr", "founded_place", "Genf"), ("cemr", "headquarters", "Brüssel")}),
    ("<p>Le Conseil des communes et régions d'Europe (CCRE) a été fondé à Genève en 1951.</p>", "fr",
     {("cemr", "founded", "1951"), ("cemr", "founded_place", "Genève")}),
    ("<p>The European Coalition of Cities against Racism was founded in Nuremberg in 2004.</p>", "en",
     {("eccar", "founded", "2004"), ("eccar", "founded_place", "Nuremberg")}),
    ("<p>Die Europäische Städtekoalition gegen Rassismus wurde 2004 in Nürnberg gegründet.</p>", "de",
     {("eccar", "founded", "2004"), ("eccar", "founded_place", "Nürnberg")}),
    ("<p>El CIDEU tiene su sede en Barcelona.</p>", "es", {("cideu", "headquarters", "Barcelona")}),
    ("<p>La Asociación Internacional de Ciudades Educadoras tiene su sede en Barcelona.</p>", "es",
     {("iaec", "headquarters", "Barcelona")}),
])
def test_facts_of_a_network_named_in_another_language(body, lang, expected):
    assert _facts(body, lang) == expected


@pytest.mark.parametrize("text, network_id, name", [
    ("Sevilla forma parte de la Red de Ciudades por el Clima (RCC) desde 2005.", "red-de-ciudades-por-el-clima",
     "Red de Ciudades por el Clima"),
    ("La ville adhère au Réseau des villes universitaires de France (RVUF).",
     "reseau-des-villes-universitaires-de-france", "Réseau des villes universitaires de France"),
    ("Bergamo aderisce alla Rete delle Città Alpine (RCA).", "rete-delle-citta-alpine", "Rete delle Città Alpine"),
    ("The city joined the Network of European Small Cities (NESC) in 2012.", "network-of-european-small-cities",
     "Network of European Small Cities"),
    ("L'Association du Réseau des Villes Lumière (ARVL) siège à Lyon.", "association-du-reseau-des-villes-lumiere",
     "Association du Réseau des Villes Lumière"),
])
def test_a_network_named_with_its_acronym_gets_a_slug_of_its_name(text, network_id, name):
    assert [(mention.network_id, mention.name) for mention in find_networks(text)] == [(network_id, name)]


@pytest.mark.parametrize("text", [
    "L'Organisation mondiale de la Santé (OMS) publie un guide.",
    "La Federación Española de Baloncesto (FEB) organiza la liga.",  # a federation
    "La Agencia Española de Cooperación Internacional para el Desarrollo (AECID) financia el proyecto.",
    "Le Réseau des villes de l'Ouest (RVX) se réunit.",  # the words do not spell the acronym
])
def test_an_acronym_after_a_name_that_is_no_network_of_cities_names_none(text):
    assert find_networks(text) == []


@pytest.mark.parametrize("text, network_id, name", [
    ("Lyon a rejoint le réseau européen « Villes amies des aînés » en 2012.", "villes-amies-des-aines",
     "Villes amies des aînés"),
    ("Berlin ist Mitglied im Netzwerk „Städte für Demokratie“.", "stadte-fur-demokratie", "Städte für Demokratie"),
    ("Madrid participa en la red «Ciudades por la Movilidad».", "ciudades-por-la-movilidad",
     "Ciudades por la Movilidad"),
    ("Bristol joined the “Cities for Global Health” network in 2020.", "cities-for-global-health",
     "Cities for Global Health"),
])
def test_a_quoted_name_after_a_network_noun_is_a_network(text, network_id, name):
    assert [(mention.network_id, mention.name) for mention in find_networks(text)] == [(network_id, name)]


@pytest.mark.parametrize("text, network_id", [
    ("Die Stadt ist Mitglied im Hanse-Städtebund.", "hanse-stadtebund"),
    ("Die Stadt ist Mitglied des Hanse-Städtebundes.", "hanse-stadtebund"),
    ("Luxemburg gehört dem Großregion-Städtenetz an.", "grossregion-stadtenetz"),  # ß spelled ss
    ("Trier arbeitet im Städtenetz QuattroPole mit.", "quattropole"),
])
def test_german_compounds_naming_the_cities_they_gather_are_networks(text, network_id):
    assert network_ids(text) == [network_id]


@pytest.mark.parametrize("text", [
    "Das Kultur-Netzwerk der Stadt trifft sich monatlich.",
    "Ein Experten-Verband berät die Stadt.",
    "Das Netzwerk der Stadtwerke ist regional.",
])
def test_ordinary_german_compounds_are_no_networks(text):
    assert find_networks(text) == []


def test_facts_of_a_network_named_with_its_acronym():
    body = ("<p>La Red de Ciudades por el Clima (RCC) se creó en 2005 y tiene su sede en Madrid.</p>")
    assert _facts(body, "es") == {("red-de-ciudades-por-el-clima", "founded", "2005"),
                                  ("red-de-ciudades-por-el-clima", "headquarters", "Madrid")}
