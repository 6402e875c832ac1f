"""Which of several networks a sentence names owns its facts: the sentence's subject, not a network named in an aside
that says who runs it or who works with it."""

import pytest
from helpers.extracted import card, triples_of_snippet


def _row(name: str, text: str) -> str:
    return f"<table><tr><th>Network</th><th>About</th></tr><tr><td>{name}</td><td>{text}</td></tr></table>"


# An aside between the subject and its verb, a relative clause or a participle naming who runs the subject, may name
# several networks coordinated: all of them are in the aside, the count after it is the subject's.
@pytest.mark.parametrize("body, lang, expected", [
    ("<p>The Partners for Climate Protection program, run jointly by the Federation of Canadian Municipalities and "
     "ICLEI Canada, has over 550 municipal members.</p>", "en", ("partners-for-climate-protection", "550")),
    ("<p>The Partners for Climate Protection program, which is run by the Federation of Canadian Municipalities and "
     "ICLEI Canada, has over 550 members.</p>", "en", ("partners-for-climate-protection", "550")),
    ("<p>L'AIMF, qui travaille avec Cités Unies France et CGLU, regroupe 300 membres.</p>", "fr", ("aimf", "300")),
    ("<p>Energy Cities, soutenue par Eurocities et ICLEI, rassemble plus de 1 000 collectivités.</p>", "fr",
     ("energy-cities", "1000")),
    ("<p>Mercociudades, apoyada por CGLU y el CIDEU, agrupa a 380 ciudades.</p>", "es", ("mercociudades", "380")),
    (card("Klima-Bündnis", "Das Klima-Bündnis, das mit ICLEI und Energy Cities zusammenarbeitet, zählt über 2.000 "
           "Mitgliedskommunen."), "de", ("climate-alliance", "2000")),
    (_row("Eurocities", "Eurocities, which works with UCLG and ICLEI, brings together 200 cities."), "en",
     ("eurocities", "200")),
])
def test_networks_coordinated_in_an_aside_are_not_the_subject(body, lang, expected):
    network, count = expected
    triples = triples_of_snippet(body, lang)
    assert (network, "member_cities", count) in triples or (network, "represented_governments", count) in triples
    assert not any(value == count and owner != network for owner, _, value in triples)


# Traps: a count in the aside itself is the aside's network's; a name after the aside is closed is the next subject's.
def test_a_count_inside_the_aside_stays_its_own():
    triples = triples_of_snippet("<p>Eurocities, which works with ICLEI, a network of 2 500 local governments, has "
                                 "200 member cities.</p>", "en")
    assert ("eurocities", "member_cities", "200") in triples
    assert ("eurocities", "member_cities", "2500") not in triples


def test_a_second_clause_after_the_aside_keeps_its_own_subject():
    triples = triples_of_snippet("<p>Eurocities, run by its members, has 200 member cities, and Mercociudades "
                                 "brings together 380 cities.</p>", "en")
    assert ("eurocities", "member_cities", "200") in triples
    assert ("mercociudades", "member_cities", "380") in triples


# An opening apposition naming the subject a section of another network, the subject then called by its noun: the
# parent is named in passing, the count is the section's, named before.
@pytest.mark.parametrize("body, lang, expected", [
    ("<p>Vannes adhère depuis 1998 à l'Association française du Conseil des communes et régions d'Europe (AFCCRE). "
     "Section française du CCRE, l'association fédère environ 1 300 collectivités.</p>", "fr", "afccre"),
    ("<p>Siena aderisce dal 2001 all'Associazione italiana per il Consiglio dei comuni e delle regioni d'Europa "
     "(AICCRE). Sezione italiana del CCRE, l'associazione riunisce oltre 1.300 enti locali.</p>", "it", "aiccre"),
    (card("AFCCRE", "Section française du CCRE, l'association fédère environ 1 300 collectivités."), "fr", "afccre"),
    ("<p>Madrid es miembro de la Federación Española de Municipios y Provincias (FEMP). Sección española del CMRE, "
     "la asociación agrupa a más de 1.300 entidades locales.</p>", "es",
     "federacion-espanola-de-municipios-y-provincias"),
    ("<p>Bath is a member of the Local Government Association (LGA). The UK section of CEMR, the association "
     "represents 1,300 councils.</p>", "en", "local-government-association"),
])
def test_an_opening_section_apposition_names_the_parent_in_passing(body, lang, expected):
    triples = triples_of_snippet(body, lang)
    assert (expected, "represented_governments", "1300") in triples
    assert not any(network == "cemr" for network, _, _ in triples)


# Traps: the parent as the subject itself, or the section named as such mid-sentence.
@pytest.mark.parametrize("body, lang", [
    ("<p>Le CCRE, dont l'AFCCRE est la section française, fédère 100 000 collectivités.</p>", "fr"),
    ("<p>Le Conseil des communes et régions d'Europe (CCRE) fédère 100 000 collectivités.</p>", "fr"),
])
def test_the_parent_as_subject_keeps_its_count(body, lang):
    assert ("cemr", "represented_governments", "100000") in triples_of_snippet(body, lang)


# A heading in the page's language over a text that gives the known network's name in brackets after the heading's
# words heads that network's section: "vi aderisce", "ist dabei" point back to it, not to a longer name the section
# gives later to the national network holding the same words.
@pytest.mark.parametrize("body, lang, expected", [
    ("<h3>Città interculturali</h3><p>Il programma Città interculturali (Intercultural Cities) del Consiglio d'Europa "
     "conta oltre 160 città. Prato vi aderisce dal 2010. In Italia il programma è declinato nella Rete italiana Città "
     "interculturali, che riunisce una trentina di comuni.</p>", "it", ("intercultural-cities", "joined", "2010")),
    ("<h3>Ciudades interculturales</h3><p>El programa Ciudades interculturales (Intercultural Cities) del Consejo de "
     "Europa reúne a 160 ciudades. Getafe es miembro desde 2012. En España existe la Red de Ciudades Interculturales "
     "Españolas.</p>", "es", ("intercultural-cities", "joined", "2012")),
    ("<h3>Interkulturelle Städte</h3><p>Das Programm Interkulturelle Städte (Intercultural Cities) des Europarats "
     "vereint 160 Städte. Stuttgart ist seit 2008 dabei. In Deutschland arbeitet das Netzwerk Interkulturelle Städte "
     "Deutschland.</p>", "de", ("intercultural-cities", "joined", "2008")),
])
def test_a_heading_translated_in_brackets_under_it_heads_the_known_network(body, lang, expected):
    triples = triples_of_snippet(body, lang)
    assert expected in triples
    assert not any(attribute == "joined" and network != expected[0] for network, attribute, _ in triples)


# Traps: brackets that hold no network's name, or a network named later in the sentence, leave the heading as it was.
def test_brackets_under_a_heading_holding_no_network_change_nothing():
    triples = triples_of_snippet("<h3>Città del Vino</h3><p>Città del Vino (1987) riunisce 400 comuni. Siena vi "
                                 "aderisce dal 1990.</p>", "it")
    assert ("associazione-nazionale-citta-del-vino", "joined", "1990") in triples


# A short name in one word the page gives a network in brackets, opening as its name does ("Asocapitales",
# "Fedomu"): a later clause with that short name as its subject owns its own count, not the network named before it.
@pytest.mark.parametrize("body, lang, expected", [
    ("<p>En 2012 nace la Asociación Colombiana de Ciudades Capitales (Asocapitales).</p><p>El CIDEU reúne a más de "
     "140 ciudades; Asocapitales agrupa a las 32 ciudades capitales del país.</p>", "es",
     ("asociacion-colombiana-de-ciudades-capitales", "32")),
    (card("Redes", "Santo Domingo integra la Federación Dominicana de Municipios (Fedomu). Mercociudades reúne 380 "
           "ciudades, mientras Fedomu agrupa a 158 municipios."), "es",
     ("federacion-dominicana-de-municipios", "158")),
    ("<p>Torino aderisce alla Lega delle Autonomie Locali (Legautonomie).</p><p>Eurocities riunisce 200 città; "
     "Legautonomie conta 120 comuni.</p>", "it", ("autonomie-locali-italiane", "120")),
])
def test_a_short_name_given_in_brackets_names_its_network_later(body, lang, expected):
    network, count = expected
    triples = triples_of_snippet(body, lang)
    assert (network, "member_cities", count) in triples
    assert not any(value == count and owner != network for owner, _, value in triples)


# Trap: a place in brackets after a name is no short name of it.
def test_a_place_in_brackets_is_no_short_name():
    triples = triples_of_snippet("<p>Lille adhère à l'Association des maires de France (Paris).</p>"
                                 "<p>Paris réunit 30 villes.</p>", "fr")
    assert not any(value == "30" for _, _, value in triples)


# A clause after a semicolon with a subject of its own (a city, not a network nor a pronoun for one) owns its count.
@pytest.mark.parametrize("body, lang, kept, dropped", [
    ("<p>CGLU rassemble 240 000 collectivités ; Paris réunit 30 villes du Grand Paris.</p>", "fr", "240000", "30"),
    ("<p>El CIDEU reúne a más de 140 ciudades; Barranquilla acoge a 12 ciudades en su subred.</p>", "es", "140", "12"),
    ("<p>Der Deutsche Städtetag vertritt 200 Städte; Mainz lädt 30 Städte der Region ein.</p>", "de", "200", "30"),
    ("<p>ANCI rappresenta 7.000 comuni; Prato ospita 20 comuni della provincia.</p>", "it", "7000", "20"),
    (_row("Eurocities", "Eurocities brings together 200 cities; Lyon welcomes 40 cities to its forum."), "en", "200",
     "40"),
])
def test_a_semicolons_clause_with_its_own_subject_owns_its_count(body, lang, kept, dropped):
    values = {value for _, _, value in triples_of_snippet(body, lang)}
    assert kept in values
    assert dropped not in values


# Traps: after the semicolon, the network by a pronoun, a possessive, its noun or its members goes on.
@pytest.mark.parametrize("body, lang, expected", [
    ("<p>Eurocities brings together 200 cities; Members come from 38 countries.</p>", "en",
     ("eurocities", "member_countries", "38")),
    ("<p>Eurocities rassemble 200 villes ; Le réseau compte 38 pays.</p>", "fr",
     ("eurocities", "member_countries", "38")),
    ("<p>Eurocities rassemble 200 villes ; Paris en est membre depuis 1991.</p>", "fr",
     ("eurocities", "joined", "1991")),
])
def test_the_network_goes_on_after_a_semicolon(body, lang, expected):
    assert expected in triples_of_snippet(body, lang)
