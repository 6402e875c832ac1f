"""Networks cities list among theirs that were not recognised or were read as another: the national associations of
local governments and the networks of a country's or a region's cities, by their names and acronyms in the languages
pages write them; and the bodies a sentence names only as a network's owner or as the channel of a city's joining."""

import pytest
from helpers.extracted import facts_of_snippet, triples_of_snippet

from scraper.parsers.networks import network_ids


@pytest.mark.parametrize("text, expected", [
    # national associations, by their names in their languages and their acronyms
    ("La Fédération canadienne des municipalités a son siège à Ottawa.", ["federation-of-canadian-municipalities"]),
    ("The Federation of Canadian Municipalities is based in Ottawa.", ["federation-of-canadian-municipalities"]),
    ("La FCM est la voix nationale des gouvernements municipaux.", ["federation-of-canadian-municipalities"]),
    ("L'Union des municipalités du Québec regroupe plus de 370 municipalités.", ["union-des-municipalites-du-quebec"]),
    ("Gatineau siège au conseil d'administration de l'UMQ.", ["union-des-municipalites-du-quebec"]),
    ("Münster war an der Spitze des Deutschen Städtetages vertreten.", ["deutscher-stadtetag"]),
    ("Der Deutsche Städte- und Gemeindebund vertritt 11.000 Kommunen.", ["deutscher-stadte-und-gemeindebund"]),
    ("Linz ist Mitglied im Österreichischen Städtebund.", ["osterreichischer-stadtebund"]),
    ("Il Comune aderisce all'Associazione nazionale dei comuni italiani.", ["associazione-nazionale-comuni-italiani"]),
    ("L'ANCI rappresenta i comuni italiani.", ["associazione-nazionale-comuni-italiani"]),
    ("La Federación Española de Municipios y Provincias (FEMP) agrupa 7.400 entidades.",
     ["federacion-espanola-de-municipios-y-provincias"]),
    ("L'Association des maires de France (AMF) rassemble les maires.", ["association-des-maires-de-france"]),
    ("L'UVCW représente les villes et communes wallonnes.", ["union-des-villes-et-communes-de-wallonie"]),
    ("L'Union des villes et communes de Côte d'Ivoire a son siège à Abidjan.", ["uvicoci"]),
    # networks of a country's or a region's cities, in the five languages
    ("Key Cities brings together 27 urban authorities.", ["key-cities"]),
    ("Coventry is one of the International Cities of Peace.", ["international-cities-of-peace"]),
    ("Coventry est membre des Villes internationales de la paix.", ["international-cities-of-peace"]),
    ("Die EUREGIO ist ein Kommunalverband mit Sitz in Gronau.", ["euregio"]),
    ("Nancy adhère au Réseau Art Nouveau Network depuis 2001.", ["reseau-art-nouveau-network"]),
    ("Barcelona forma parte de la Red Art Nouveau.", ["reseau-art-nouveau-network"]),
    ("Avviso Pubblico – Enti locali e Regioni contro mafie e corruzione", ["avviso-pubblico"]),
    ("Livorno aderisce all'associazione Avviso Pubblico dal 2014.", ["avviso-pubblico"]),
    # a caucus named with its owner's acronym before it is the caucus
    ("FCM Big City Mayors' Caucus (BCMC)", ["big-city-mayors-caucus"]),
    ("Le Caucus des maires des grandes villes se réunit à Ottawa.", ["big-city-mayors-caucus"]),
    # the Global Covenant by its short name
    ("Councillors renewed the city's commitments under the Global Covenant.", ["global-covenant-of-mayors"]),
])
def test_national_associations_and_regional_networks_are_known(text, expected):
    assert network_ids(text) == expected


@pytest.mark.parametrize("text", [
    "Around 20 key cities in Europe took part in the study.",  # an ordinary phrase
    "Avviso pubblico per la selezione di un esperto in relazioni internazionali.",  # a public notice
    "Avviso Pubblico per l'assegnazione di contributi alle associazioni.",
    "La EUREGIO Maas-Rhein riunisce tre paesi.",  # another cross-border region
    "Il Service des relations internationales de la Ville coordonne les adhésions.",
])
def test_ordinary_phrases_and_other_bodies_are_not_those_networks(text):
    assert network_ids(text) == []


def test_a_regions_own_association_is_not_the_national_one():
    assert network_ids("ANCI Toscana organizza un convegno.") == ["anci-toscana"]


def test_a_states_local_government_association_is_not_the_english_one():
    assert network_ids("The Local Government Association of South Australia met in Adelaide.") == [
        "local-government-association-of-south-australia"]


@pytest.mark.parametrize("lang, body, expected", [
    ("en", "<h2>International Cities of Peace</h2><p>What it does: An association of cities committed to a culture of "
           "peace. Founded in 2009 in Dayton, Ohio.</p><p>Members: Around 400 cities</p>",
     {("international-cities-of-peace", "founded", "2009"), ("international-cities-of-peace", "member_cities", "400")}),
    ("de", "<h2>EUREGIO</h2><p>Die EUREGIO im deutsch-niederländischen Grenzraum ist ein Kommunalverband mit Sitz in "
           "Gronau. Rund 100 Städte, Gemeinden und Kreise gehören ihr an.</p>",
     {("euregio", "headquarters", "Gronau"), ("euregio", "member_cities", "100")}),
    ("fr", "<h2>Union des municipalités du Québec (UMQ)</h2><p>Fondée en 1919, l'UMQ représente des municipalités de "
           "toutes tailles. Siège social : Montréal</p>",
     {("union-des-municipalites-du-quebec", "founded", "1919"),
      ("union-des-municipalites-du-quebec", "headquarters", "Montréal")}),
    ("it", "<h2>Avviso Pubblico – Enti locali e Regioni contro le mafie</h2><p>Anno di adesione: 2014</p>",
     {("avviso-pubblico", "joined", "2014")}),
])
def test_the_facts_under_their_names_are_theirs(lang, body, expected):
    assert expected <= triples_of_snippet(body, lang)


def test_a_departments_name_in_a_network_list_gives_no_network_facts():
    body = ("<h2>Service des relations internationales de la Ville</h2><p>Créé en 1995, le service coordonne les "
            "adhésions de la Ville à une dizaine de réseaux.</p>")
    assert facts_of_snippet(body, "fr") == set()


@pytest.mark.parametrize("lang, body, expected", [
    ("es", "<h2>Red Española de Ciudades por el Clima</h2><p>Creada en 2005 como sección de la Federación Española de "
           "Municipios y Provincias (FEMP), agrupa a más de 300 municipios.</p>",
     {("red-espanola-de-ciudades-por-el-clima", "founded", "2005"),
      ("red-espanola-de-ciudades-por-el-clima", "member_cities", "300")}),
    ("es", "<h2>CGLU</h2><p>El Ayuntamiento se adhirió en 2005, a través de la FEMP, y forma parte de la Comisión de "
           "Cultura.</p>", {("uclg", "joined", "2005")}),
    ("en", "<h2>FCM Big City Mayors' Caucus (BCMC)</h2><p>About the organization: Brings together the mayors of 22 of "
           "Canada's largest cities within FCM.</p>", {("big-city-mayors-caucus", "member_cities", "22")}),
    ("fr", "<h2>Caucus des maires des grandes villes</h2><p>Gatineau en est membre depuis 2005 par l'intermédiaire "
           "de la FCM.</p>", {("big-city-mayors-caucus", "joined", "2005")}),
    ("de", "<h2>Klima-Bündnis</h2><p>Die Stadt ist seit 1990 über den Deutschen Städtetag Mitglied.</p>",
     {("climate-alliance", "joined", "1990")}),
    ("it", "<h2>Rete Italiana Città Sane – OMS</h2><p>Il Comune ha aderito nel 2002 tramite l'ANCI.</p>",
     {("rete-italiana-citta-sane-oms", "joined", "2002")}),
])
def test_a_body_named_as_the_owner_or_the_channel_is_not_what_the_section_says(lang, body, expected):
    triples = triples_of_snippet(body, lang)
    assert expected <= triples
    owners = ("federacion-espanola-de-municipios-y-provincias", "federation-of-canadian-municipalities",
              "deutscher-stadtetag", "associazione-nazionale-comuni-italiani")
    assert not any(network in owners for network, *_ in triples)


def test_the_owner_under_its_own_heading_keeps_its_facts():
    body = ("<h2>Federación Española de Municipios y Provincias (FEMP)</h2><p>Fundada en 1981, la FEMP agrupa a más "
            "de 7.400 entidades locales. A través de la FEMP, el Ayuntamiento participa en la Red de Ciudades por el "
            "Clima.</p>")
    assert ("federacion-espanola-de-municipios-y-provincias", "founded", "1981") in triples_of_snippet(body, "es")


@pytest.mark.parametrize("lang, sentence", [
    ("en", "Derby signed the UK100 Net Zero Pledge in 2021."),
    ("en", "Leeds signed the Eurocities Lisbon Declaration in 2021."),
    ("es", "Bilbao firmó la Eurocities Green Declaration en 2021."),
    ("de", "Münster unterzeichnete die Eurocities Lisbon Declaration 2021."),
])
def test_signing_a_text_named_after_the_network_is_not_joining_it(lang, sentence):
    assert not any(attribute == "joined" for _, attribute, _ in triples_of_snippet(f"<p>{sentence}</p>", lang))


def test_signing_the_pact_itself_is_joining_it():
    assert ("covenant-of-mayors", "joined", "2009") in triples_of_snippet(
        "<p>Edinburgh signed the Covenant of Mayors in 2009.</p>", "en")


@pytest.mark.parametrize("text, expected", [
    ("Cités et Gouvernements Locaux Unis d'Afrique (CGLU Afrique)", ["cglu-afrique"]),
    ("United Cities and Local Governments of Africa", ["cglu-afrique"]),
    ("Ciudades y Gobiernos Locales Unidos de África", ["cglu-afrique"]),
    ("Metropolis de Asia", ["metropolis-de-asia"]),
    # the covenant itself, not a section
    ("Pacto de los Alcaldes de Europa", ["covenant-of-mayors"]),
])
def test_a_continent_after_a_preposition_names_the_networks_section(text, expected):
    assert network_ids(text) == expected


def test_a_sections_card_keeps_its_facts_from_its_network():
    body = ("<h3>Cités et Gouvernements Locaux Unis d'Afrique (CGLU Afrique)</h3><p>Siège : Rabat</p>"
            "<p>Cotonou membre depuis 2005</p>")
    triples = triples_of_snippet(body, "fr")
    assert ("cglu-afrique", "joined", "2005") in triples
    assert not any(network == "uclg" for network, *_ in triples)
