"""Where a network's name the vocabulary does not know starts and ends: the article, the headline's subject and verb
before it are not part of it; and networks of cities or local governments named by other nouns."""

import pytest
from helpers.extracted import (
    FETCHED_AT,
    SNIPPET_URL,
    card,
    claims_of_sentence,
    network_ids,
    snippet_page,
    triples_of_snippet,
)

from scraper.parsers.extract import extract_page


# A headline writes its verb capitalised ("City Joins ..."): the subject and the verb are not the name's first words.
@pytest.mark.parametrize("text, network_id", [
    ("City Joins Canadian Coalition of Inclusive Municipalities", "canadian-coalition-of-inclusive-municipalities"),
    ("Kamloops Joins Canadian Coalition of Inclusive Municipalities", "canadian-coalition-of-inclusive-municipalities"),
    ("Town Officially Joins European Network of Cities for Peace", "european-network-of-cities-for-peace"),
    ("Council Hosts World Union of Olympic Cities", "world-union-of-olympic-cities"),
    ("Nelson Becomes Member of Pacific Alliance of Coastal Cities", "pacific-alliance-of-coastal-cities"),
    ("Mayor Welcomes Northern League of Historic Towns", "northern-league-of-historic-towns"),
    ("Lethbridge Officially Joins Alliance of Prairie Municipalities", "alliance-of-prairie-municipalities"),
])
def test_a_headlines_subject_and_verb_are_not_the_name(text, network_id):
    assert network_ids(text) == [network_id]


# Trap: a name's own adjectives before its noun stay ("World Union of Olympic Cities", "European Network ...").
@pytest.mark.parametrize("text, network_id", [
    ("The World Union of Olympic Cities met in Lausanne.", "world-union-of-olympic-cities"),
    ("Canadian Coalition of Inclusive Municipalities", "canadian-coalition-of-inclusive-municipalities"),
    ("Kamloops is part of the Canadian Coalition of Inclusive Municipalities.",
     "canadian-coalition-of-inclusive-municipalities"),
])
def test_a_names_own_words_before_its_noun_stay(text, network_id):
    assert network_ids(text) == [network_id]


def _network_ids_of_page(body: str, lang: str, title: str) -> set[str]:
    page = snippet_page(body, lang, title=title, heading=title)
    return {fact["network_id"] for fact in extract_page(page, SNIPPET_URL, FETCHED_AT).facts}


def test_a_news_headlines_network_is_named_without_its_verb():
    body = ("<p>Kamloops is now officially part of the Canadian Coalition of Inclusive Municipalities. The Coalition "
            "brings together more than 100 municipalities across Canada. Its secretariat is based in Ottawa.</p>")
    assert _network_ids_of_page(body, "en", "City Joins Canadian Coalition of Inclusive Municipalities") == {
        "canadian-coalition-of-inclusive-municipalities"}


# A heading's article before an organisation's noun is the sentence's: "Le Club des villes ..." is the Club des villes.
@pytest.mark.parametrize("heading, text, lang, network_id", [
    ("Le Club des villes et territoires cyclables et marchables",
     "Fondé en 1989, le Club des villes et territoires cyclables et marchables réunit des collectivités qui "
     "développent le vélo. Chalon en fait partie depuis 2012 ; les enseignements du réseau ont nourri le plan vélo.",
     "fr", "club-des-villes-et-territoires-cyclables-et-marchables"),
    ("La Ligue des villes fluviales du Rhône",
     "Fondée en 1995, la ligue réunit 40 villes riveraines. La Ville en fait partie depuis 2001 ; les travaux du "
     "réseau portent sur les crues.", "fr", "ligue-des-villes-fluviales-du-rhone"),
    ("El Club de municipios del vino",
     "Fundado en 1998, el club reúne 60 municipios. La ciudad forma parte desde 2004 y el grupo tiene su sede en "
     "Logroño.", "es", "club-de-municipios-del-vino"),
    ("Il Circolo dei comuni del Po",
     "Fondato nel 1997, il circolo riunisce 30 comuni rivieraschi. La città ne fa parte dal 2003 e la rete ha sede "
     "a Piacenza.", "it", "circolo-dei-comuni-del-po"),
])
def test_a_headings_article_is_not_the_names(heading, text, lang, network_id):
    assert {network for network, _, _ in triples_of_snippet(f"<h2>{heading}</h2><p>{text}</p>", lang)} == {
        network_id}


def test_the_clubs_facts_go_to_the_name_without_its_article():
    body = ("<h2>Le Club des villes et territoires cyclables et marchables</h2><p>Fondé en 1989, le Club des villes et "
            "territoires cyclables et marchables réunit des collectivités qui développent le vélo et la marche. Chalon "
            "en fait partie depuis 2012 ; les enseignements du réseau ont nourri le plan vélo.</p>")
    assert triples_of_snippet(body, "fr") == {
        ("club-des-villes-et-territoires-cyclables-et-marchables", "founded", "1989"),
        ("club-des-villes-et-territoires-cyclables-et-marchables", "joined", "2012")}


# Trap: a name whose article is its own ("Les Arts et la Ville", "Die Hanse") keeps it.
def test_a_names_own_article_stays():
    body = card("Les Arts et la Ville", "Siège : Québec. Membre depuis 2004. Le réseau fait la promotion du "
                "développement culturel des collectivités francophones.")
    assert {network for network, _, _ in triples_of_snippet(body, "fr")} <= {"les-arts-et-la-ville"}


# A European grouping of territorial cooperation with its kind spelled out before its name, in any language.
@pytest.mark.parametrize("text, network_id", [
    ("Il 28 ottobre il Gruppo europeo di cooperazione territoriale Città della Ceramica ha riunito le sei "
     "associazioni nazionali che ne fanno parte.", "gruppo-europeo-di-cooperazione-territoriale-citta-della-ceramica"),
    ("AEuCC – Gruppo europeo di cooperazione territoriale Città della Ceramica",
     "gruppo-europeo-di-cooperazione-territoriale-citta-della-ceramica"),
    ("La ville est membre du Groupement européen de coopération territoriale Pays Basque depuis 2012.",
     "groupement-europeen-de-cooperation-territoriale-pays-basque"),
    ("Ostrava joined the European Grouping of Territorial Cooperation Tritia in 2013.",
     "european-grouping-of-territorial-cooperation-tritia"),
    ("Huesca forma parte de la Agrupación Europea de Cooperación Territorial Pirineos-Pyrénées desde 2011.",
     "agrupacion-europea-de-cooperacion-territorial-pirineos-pyrenees"),
])
def test_a_territorial_grouping_spelled_out(text, network_id):
    assert network_ids(text) == [network_id]


# Traps: the kind alone, or its regulation, is no grouping.
@pytest.mark.parametrize("text", [
    "Un Gruppo europeo di cooperazione territoriale è un ente di diritto europeo.",
    "The European Grouping of Territorial Cooperation Regulation was revised in 2013.",
    "Le groupement européen de coopération territoriale est un outil juridique.",
])
def test_a_territorial_groupings_kind_alone_is_no_network(text):
    assert network_ids(text) == []


def test_a_territorial_groupings_card_spelled_out():
    body = card("AEuCC – Gruppo europeo di cooperazione territoriale Città della Ceramica",
                "Il GECT, costituito nel 2014, oggi riunisce sei associazioni nazionali. La segreteria generale ha "
                "sede a Faenza.")
    assert triples_of_snippet(body, "it") == {
        ("gruppo-europeo-di-cooperazione-territoriale-citta-della-ceramica", "founded", "2014"),
        ("gruppo-europeo-di-cooperazione-territoriale-citta-della-ceramica", "headquarters", "Faenza"),
        ("gruppo-europeo-di-cooperazione-territoriale-citta-della-ceramica", "member_associations", "6")}


# A heading that is a proper name, its founding told under it and a later sentence speaking of it as an organisation
# of local governments ("The organisation has more than 50 member councils"): a network's section.
@pytest.mark.parametrize("heading, text, lang, network_id", [
    ("Global Cities New Zealand",
     "Global Cities New Zealand was set up in 1982 as Sister Cities New Zealand and took its current name in 2021. It "
     "supports councils that run sister city relationships. The organisation has more than 50 member councils. "
     "Nelson joined in 1983.", "en", "global-cities-new-zealand"),
    ("Pacific Harbour Towns",
     "Pacific Harbour Towns was founded in 1994. It runs exchanges for port staff. The association counts 30 member "
     "towns around the Pacific. Napier joined in 1999.", "en", "pacific-harbour-towns"),
])
def test_a_name_founded_then_spoken_of_as_an_organisation_of_members(heading, text, lang, network_id):
    body = f"<h2>{heading}</h2><p>{text}</p>"
    assert {network for network, _, _ in triples_of_snippet(body, lang)} == {network_id}


# Traps: a museum's or a festival's founding, spoken of without members, is no network's.
@pytest.mark.parametrize("heading, text", [
    ("Nelson Provincial Museum", "Nelson Provincial Museum was founded in 1841. It holds collections of the region. "
                                 "The museum has 40 rooms and welcomes 20 schools a year."),
    ("Adam Chamber Music Festival", "Adam Chamber Music Festival was founded in 1992. It is held every two years. "
                                    "The festival welcomes 3,000 visitors."),
])
def test_a_founding_without_members_names_no_network(heading, text):
    assert triples_of_snippet(f"<h2>{heading}</h2><p>{text}</p>", "en") == set()


# The countries a city's twinnings or links are in are not a network's member countries.
@pytest.mark.parametrize("sentence, expected", [
    ("The organisation has more than 50 member councils, which between them manage about 160 sister city links in 24 "
     "countries.", [("represented_governments", "50")]),
    ("Le réseau compte 80 villes membres, qui entretiennent des jumelages dans 30 pays.",
     [("member_cities", "80")]),
    ("Der Verband zählt 120 Mitgliedsstädte, die Städtepartnerschaften in 40 Ländern pflegen.",
     [("member_cities", "120")]),
    ("La red reúne 90 ciudades, con hermanamientos en 25 países.", [("member_cities", "90")]),
    ("L'associazione riunisce 60 comuni, con gemellaggi in 18 paesi.", [("member_cities", "60")]),
])
def test_the_countries_of_links_are_not_members(sentence, expected):
    assert claims_of_sentence(sentence) == expected


# Trap: the members' own countries keep their count.
@pytest.mark.parametrize("sentence", [
    "The network has 200 member cities in 24 countries.",
    "La red reúne 300 ciudades de 24 países.",
])
def test_the_members_countries_stay(sentence):
    assert ("member_countries", "24") in claims_of_sentence(sentence)


# A feminine organisation's pronoun before its own passive ("Elle est présidée par ...") is no person's card.
@pytest.mark.parametrize("heading, text, lang, network_id", [
    ("Sites & Cités remarquables de France",
     "Cette association nationale rassemble plus de 250 collectivités dotées d'un site patrimonial remarquable. Elle "
     "est présidée par Martin Malvy. Albi en est membre depuis 2008.", "fr", "sites-cites-remarquables-de-france"),
    ("Villes & Vignobles du Sud",
     "Cette fédération rassemble 80 communes viticoles. Elle est basée à Montpellier. La Ville en est membre depuis "
     "2011.", "fr", "villes-vignobles-du-sud"),
    ("Borghi & Castelli d'Appennino",
     "L'associazione riunisce 70 comuni dell'Appennino. Lei è presieduta da Anna Neri. Il Comune ne è socio dal "
     "2010.", "it", "borghi-castelli-d-appennino"),
])
def test_an_organisations_pronoun_is_no_persons(heading, text, lang, network_id):
    body = f"<h2>{heading}</h2><p>{text}</p>"
    assert {network for network, _, _ in triples_of_snippet(body, lang)} == {network_id}


def test_the_organisations_facts_under_its_pronoun():
    body = ("<h2>Sites & Cités remarquables de France</h2><p>Cette association nationale rassemble plus de 250 "
            "collectivités dotées d'un site patrimonial remarquable. Elle est présidée par Martin Malvy. Albi en est "
            "membre depuis 2008.</p>")
    assert triples_of_snippet(body, "fr") == {
        ("sites-cites-remarquables-de-france", "represented_governments", "250"),
        ("sites-cites-remarquables-de-france", "president", "Martin Malvy"),
        ("sites-cites-remarquables-de-france", "joined", "2008")}


# Trap: a person's card under a name ("elle représente la Ville") stays no network.
def test_a_persons_card_stays_no_network():
    body = ("<h2>Anne Martin</h2><p>Adjointe au maire, elle représente la Ville au bureau du réseau, qui rassemble "
            "200 villes. Elle est membre du conseil depuis 2014.</p>")
    assert "anne-martin" not in {network for network, _, _ in triples_of_snippet(body, "fr")}


# A known network's name with a continent's region after "for", "pour", "para", "per" is a regional chapter with its
# own id, the slug of its name as written.
@pytest.mark.parametrize("text, network_id", [
    ("Porto-Novo a adhéré à la Convention des Maires pour l'Afrique subsaharienne en 2019.",
     "convention-des-maires-pour-l-afrique-subsaharienne"),
    ("The Covenant of Mayors for Sub-Saharan Africa gathers 300 cities.", "covenant-of-mayors-for-sub-saharan-africa"),
    ("The Covenant of Mayors in Sub-Saharan Africa gathers 300 cities.", "covenant-of-mayors-in-sub-saharan-africa"),
    ("El Pacto de los Alcaldes para África Subsahariana reúne 300 ciudades.",
     "pacto-de-los-alcaldes-para-africa-subsahariana"),
    ("Il Patto dei Sindaci per l'Africa subsahariana riunisce 300 città.",
     "patto-dei-sindaci-per-l-africa-subsahariana"),
])
def test_a_regional_chapter_named_for_its_region(text, network_id):
    assert network_ids(text) == [network_id]


# Traps: a network's work, a city's role or an office's remit in a continent names no chapter.
@pytest.mark.parametrize("text, network_id", [
    ("ICLEI in Africa works with 100 cities.", "iclei"),
    ("Porto-Novo représente Mayors for Peace en Afrique depuis 2015.", "mayors-for-peace"),
    ("Eurocities for Europe", "eurocities"),
    ("Le Maire de Cotonou est vice-président de l'AIMF pour l'Afrique de l'Ouest.", "aimf"),
    ("The mayor is Vice-President of UCLG for Africa.", "uclg"),
    ("Il sindaco è rappresentante dell'ICLEI per l'Africa.", "iclei"),
])
def test_a_continent_in_passing_names_no_chapter(text, network_id):
    assert network_ids(text) == [network_id]


def test_a_regional_chapters_card_row():
    body = card("Convention des Maires pour l'Afrique subsaharienne CoM SSA",
                "Signataire depuis 2019. La Ville a remis son plan d'action pour l'énergie durable en 2021.")
    assert ("convention-des-maires-pour-l-afrique-subsaharienne", "joined", "2019") in triples_of_snippet(body, "fr")
    assert "covenant-of-mayors" not in {network for network, _, _ in triples_of_snippet(body, "fr")}


# The seat "there" after a founding place, as the office a German network keeps ("hat dort seine Geschäftsstelle").
@pytest.mark.parametrize("sentence, place", [
    ("Der Rat der Donaustädte und -regionen wurde 2009 in Ulm gegründet und hat dort bis heute seine "
     "Geschäftsstelle.", "Ulm"),
    ("Das Netzwerk wurde 2001 in Graz gegründet und hat dort sein Sekretariat.", "Graz"),
    ("Die Allianz wurde 1997 in Villach gegründet und hat dort bis heute ihre Geschäftsstelle.", "Villach"),
])
def test_a_german_office_kept_there_is_the_seat(sentence, place):
    assert ("headquarters", place) in claims_of_sentence(sentence)


# Trap: something else kept there is no seat.
def test_an_exhibition_kept_there_is_no_seat():
    assert "headquarters" not in dict(claims_of_sentence(
        "Der Verband wurde 1950 in Bonn gegründet und hat dort bis heute seine Ausstellung."))


# Members joining in the present after a founding in the same clause are the network's now, not its founders.
@pytest.mark.parametrize("sentence, expected", [
    ("Il Coordinamento, nato nel 1986 e al quale aderiscono circa 700 enti locali, ha sede a Perugia.",
     ("represented_governments", "700")),
    ("Le réseau, fondé en 1990 et auquel adhèrent 300 villes, siège à Lyon.", ("member_cities", "300")),
    ("La red, fundada en 1990, a la que adhieren 300 ciudades, tiene su sede en Madrid.", ("member_cities", "300")),
    ("Der Verband, 1990 gegründet, dem heute 300 Städte angehören, sitzt in Köln.", ("member_cities", "300")),
    ("The alliance, founded in 1995, to which 80 towns belong, is based in Leeds.", ("member_cities", "80")),
])
def test_members_joining_in_the_present_after_a_founding(sentence, expected):
    assert expected in claims_of_sentence(sentence)


# Trap: the founders stay no count.
def test_the_founders_stay_no_count():
    assert "member_cities" not in dict(claims_of_sentence("Fondata nel 1986 da 6 comuni, la rete ha sede a Perugia."))


# A cultural route's heading over its association's founding and the cities it links names a network.
@pytest.mark.parametrize("heading, text, lang, network_id", [
    ("Strada Europea della Ceramica",
     "L'associazione internazionale è stata costituita a Faenza nel 2018 per gestire l'omonimo Itinerario culturale. "
     "Collega città, musei e botteghe di diversi Paesi europei.", "it", "strada-europea-della-ceramica"),
    ("Route des Villes d'Eaux du Massif central",
     "L'association a été créée en 1998 à Vichy. Elle relie 17 villes thermales du Massif central.", "fr",
     "route-des-villes-d-eaux-du-massif-central"),
    ("Ruta de los Castillos del Duero",
     "La asociación fue fundada en 2004 en Peñafiel y reúne 12 municipios ribereños.", "es",
     "ruta-de-los-castillos-del-duero"),
    ("Straße der Romanik Nord",
     "Der Verein wurde 1993 in Magdeburg gegründet und verbindet 30 Städte und Gemeinden.", "de",
     "strasse-der-romanik-nord"),
])
def test_a_cultural_routes_association(heading, text, lang, network_id):
    body = f"<h2>{heading}</h2><p>{text}</p>"
    assert network_id in {network for network, _, _ in triples_of_snippet(body, lang)}


def test_a_cultural_routes_founding():
    body = ("<h2>Strada Europea della Ceramica</h2><p>L'associazione internazionale è stata costituita a Faenza nel "
            "2018 per gestire l'omonimo Itinerario culturale. Collega città, musei e botteghe di diversi Paesi "
            "europei.</p>")
    assert triples_of_snippet(body, "it") == {("strada-europea-della-ceramica", "founded", "2018"),
                                              ("strada-europea-della-ceramica", "founded_place", "Faenza")}


# Traps: a road and a hiking trail link places, no association of cities.
@pytest.mark.parametrize("heading, text", [
    ("Strada Statale 16", "La strada è stata costruita nel 1928 e collega Otranto a Padova. I lavori finiranno nel "
                          "2027."),
    ("Via Alpina", "L'itinerario è nato nel 2000 e collega otto paesi alpini."),
    ("Route 66", "The road was opened in 1926 and links Chicago to Santa Monica across eight states."),
])
def test_a_road_or_a_trail_names_no_network(heading, text):
    assert triples_of_snippet(f"<h2>{heading}</h2><p>{text}</p>", "it") == set()


# An English name ends where a preposition of the sentence's own language begins.
@pytest.mark.parametrize("text, network_id", [
    ("Un conseiller municipal siège au bureau exécutif de l'Association of Urban Authorities de Maurice, qui regroupe "
     "les cinq villes du pays.", "association-of-urban-authorities"),
    ("Die Stadt ist Mitglied der Alliance of Border Towns von Europa, die 40 Städte vereint.",
     "alliance-of-border-towns"),
    ("La città aderisce alla Coalition of Coastal Towns del Mediterraneo, che riunisce 30 comuni.",
     "coalition-of-coastal-towns"),
])
def test_an_english_name_ends_before_another_languages_preposition(text, network_id):
    assert network_ids(text) == [network_id]


# Trap: an English name's own complements stay.
@pytest.mark.parametrize("text, network_id", [
    ("The Association of Towns of the Lower Saxony, which gathers 30 towns, is based in Hanover.",
     "association-of-towns-of-the-lower-saxony"),
    ("Lisboa integra a Union of Capitals of Latin America desde 1982.", "union-of-capitals-of-latin-america"),
])
def test_an_english_names_own_complements_stay(text, network_id):
    assert network_ids(text) == [network_id]
