"""Which network a fact belongs to: a regional chapter's card owns its facts, not the global network it is a chapter
of; a network the sentence's subject itself belongs to owns none of the subject's facts; a heading of the section's
rank ends the section, whatever noun the text under it opens on."""

import pytest
from helpers.extracted import card, claims_of_sentence, network_ids, triples_of_snippet


# A chapter named by the region it serves after its network's name ("for Sub-Saharan Africa", "pour l'Afrique
# subsaharienne", "per l'Africa subsahariana", "para el Mediterráneo", "für Subsahara-Afrika") is a network of its own.
@pytest.mark.parametrize("name, chapter", [
    ("Convention des Maires pour l'Afrique subsaharienne", "convention-des-maires-pour-l-afrique-subsaharienne"),
    ("Covenant of Mayors for Sub-Saharan Africa", "covenant-of-mayors-for-sub-saharan-africa"),
    ("Covenant of Mayors in Sub-Saharan Africa", "covenant-of-mayors-in-sub-saharan-africa"),
    ("Patto dei Sindaci per l'Africa subsahariana", "patto-dei-sindaci-per-l-africa-subsahariana"),
    ("Pacto de los Alcaldes para el Mediterráneo", "pacto-de-los-alcaldes-para-el-mediterraneo"),
    ("Konvent der Bürgermeister für Subsahara-Afrika", "konvent-der-burgermeister-fur-subsahara-afrika"),
])
def test_a_chapter_named_by_the_region_it_serves_is_a_network_of_its_own(name, chapter):
    assert network_ids(name) == [chapter]


@pytest.mark.parametrize("body, lang, chapter", [
    (card("Convention des Maires pour l'Afrique subsaharienne", "Signataire depuis 2019"), "fr",
     "convention-des-maires-pour-l-afrique-subsaharienne"),
    (card("Covenant of Mayors for Sub-Saharan Africa", "Signatory since 2019"), "en",
     "covenant-of-mayors-for-sub-saharan-africa"),
    ("<h2>Pacto de los Alcaldes para el Mediterráneo</h2><p>Sfax es firmante desde 2019.</p>", "es",
     "pacto-de-los-alcaldes-para-el-mediterraneo"),
])
def test_a_chapters_card_owns_the_citys_joining(body, lang, chapter):
    triples = triples_of_snippet(body, lang)
    assert (chapter, "joined", "2019") in triples
    assert not any(network == "covenant-of-mayors" for network, _, _ in triples)


# Traps: a year or a place after the name is no region it serves; "in" with a bare continent is where, not whose.
@pytest.mark.parametrize("text, network", [
    ("Lyon a signé la Convention des Maires en 2010.", "covenant-of-mayors"),
    ("Sudbury signed the Covenant of Mayors in 2010.", "covenant-of-mayors"),
    ("Hiroshima leads Mayors for Peace in Asia and beyond.", "mayors-for-peace"),
    ("The city joined the Covenant of Mayors for climate action in 2012.", "covenant-of-mayors"),
])
def test_no_region_served_after_the_name_keeps_the_network(text, network):
    assert network_ids(text) == [network]


# A network the sentence's subject itself belongs to ("ist seinerseits Mitglied im X", "membre de X", "part of X"),
# named in the subject's own clause, owns none of the subject's facts: they are the subject's, the network named before
# when the subject is its noun ("Der Verband", "the association"), or the one the sentence opens on.
@pytest.mark.parametrize("body, lang, subject, parent, attribute, value", [
    ("<p>Als Große Kreisstadt gehört Konstanz dem Städtetag Baden-Württemberg an. Der Verband mit Sitz in Stuttgart "
     "zählt 190 Mitgliedsstädte und ist seinerseits Mitglied im Deutschen Städtetag.</p>", "de",
     "stadtetag-baden-wurttemberg", "deutscher-stadtetag", "member_cities", "190"),
    ("<p>Als Große Kreisstadt gehört Konstanz dem Städtetag Baden-Württemberg an. Der Verband ist seinerseits "
     "Mitglied im Deutschen Städtetag und hat seinen Sitz in Stuttgart.</p>", "de",
     "stadtetag-baden-wurttemberg", "deutscher-stadtetag", "headquarters", "Stuttgart"),
    ("<p>Troyes adhère à Cités Unies France depuis 1998. L'association, elle-même membre de CGLU, fédère 500 "
     "collectivités.</p>", "fr", "cites-unies-france", "uclg", "represented_governments", "500"),
    ("<p>Eurocities, membre du CCRE, rassemble plus de 200 villes.</p>", "fr",
     "eurocities", "cemr", "member_cities", "200"),
    ("<p>Eurocities est membre du CCRE et rassemble plus de 200 villes.</p>", "fr",
     "eurocities", "cemr", "member_cities", "200"),
    ("<p>Leeds has been a member of Eurocities since 1991. The network is itself a member of CEMR and brings together "
     "more than 200 cities.</p>", "en", "eurocities", "cemr", "member_cities", "200"),
    ("<p>Eurocities is part of UCLG and has its secretariat in Brussels.</p>", "en",
     "eurocities", "uclg", "headquarters", "Brussels"),
    ("<p>Valencia es socia de la Red Española de Ciudades por el Clima desde 2005. La red forma parte de la FEMP y "
     "agrupa a más de 300 municipios.</p>", "es", "red-espanola-de-ciudades-por-el-clima", "femp", "member_cities",
     "300"),
    ("<p>Mercociudades, miembro de CGLU, reúne a 380 ciudades.</p>", "es",
     "mercociudades", "uclg", "member_cities", "380"),
    ("<p>Bologna aderisce a Energy Cities dal 1995. L'associazione è a sua volta membro di Eurocities e ha sede a "
     "Besançon.</p>", "it", "energy-cities", "eurocities", "headquarters", "Besançon"),
    ("<p>L'ANCI, membro del CCRE, rappresenta oltre 7.000 comuni.</p>", "it",
     "associazione-nazionale-comuni-italiani", "cemr", "member_cities", "7000"),
])
def test_the_subjects_parent_owns_none_of_its_facts(body, lang, subject, parent, attribute, value):
    triples = triples_of_snippet(body, lang)
    assert (subject, attribute, value) in triples
    assert not any(network == parent and found == attribute for network, found, _ in triples)


# A joining in a sentence about a network and its parent is the network's own, not the city's.
@pytest.mark.parametrize("body, lang", [
    ("<p>Konstanz gehört dem Städtetag Baden-Württemberg an. Der Verband ist seit 1949 Mitglied im Deutschen "
     "Städtetag.</p>", "de"),
    ("<p>Lyon adhère à Cités Unies France. L'association est membre de CGLU depuis 2004.</p>", "fr"),
    ("<p>Leeds is a member of Eurocities. The network has been a member of CEMR since 1995.</p>", "en"),
])
def test_a_networks_own_joining_of_its_parent_is_not_the_citys(body, lang):
    triples = triples_of_snippet(body, lang)
    assert not any(attribute == "joined" and value in ("1949", "2004", "1995") for _, attribute, value in triples)


# Traps: the city as the subject joins the network it names; a parent's own aside tells of the parent; a predicate
# coordinated after another subject is that subject's.
@pytest.mark.parametrize("body, lang, network, attribute, value", [
    ("<p>Konstanz ist seit 1958 Mitglied im Deutschen Städtetag, der 3.200 Städte vertritt.</p>", "de",
     "deutscher-stadtetag", "joined", "1958"),
    ("<p>Lyon est membre d'Eurocities depuis 1989.</p>", "fr", "eurocities", "joined", "1989"),
    ("<p>Eurocities, membre du CCRE, qui fédère 60 associations nationales, rassemble 200 villes.</p>", "fr",
     "cemr", "member_associations", "60"),
    ("<p>Der Verband ist Mitglied im Deutschen Städtetag, der rund 3.200 Städte vertritt.</p>", "de",
     "deutscher-stadtetag", "member_cities", "3200"),
    ("<p>Eurocities compte 200 villes membres et Lyon est membre du CCRE depuis 2004.</p>", "fr",
     "cemr", "joined", "2004"),
    ("<p>Leeds is a member of Eurocities, which brings together more than 200 cities.</p>", "en",
     "eurocities", "member_cities", "200"),
    ("<p>Girona es miembro de la FEMP desde 1985.</p>", "es",
     "federacion-espanola-de-municipios-y-provincias", "joined", "1985"),
])
def test_a_network_the_city_or_its_own_aside_names_keeps_its_facts(body, lang, network, attribute, value):
    assert (network, attribute, value) in triples_of_snippet(body, lang)


# After a network of members, the region served is an office's, not a chapter's.
def test_an_office_for_a_region_names_no_chapter():
    assert network_ids("Le Maire de Cotonou est vice-président de l'AIMF pour l'Afrique de l'Ouest.") == ["aimf"]


# A parent with an apposition of its own keeps what the apposition tells of it.
@pytest.mark.parametrize("body, lang, network, attribute, value", [
    ("<p>ICLEI Canada is part of ICLEI, a global network of more than 2,500 local governments.</p>", "en",
     "iclei", "represented_governments", "2500"),
    ("<p>Mercociudades es miembro de Ciudades y Gobiernos Locales Unidos (CGLU), red mundial con sede en "
     "Barcelona.</p>", "es", "uclg", "headquarters", "Barcelona"),
    ("<p>Der Verband ist Mitglied im Deutschen Städtetag – dem kommunalen Spitzenverband mit Sitz in Berlin.</p>",
     "de", "deutscher-stadtetag", "headquarters", "Berlin"),
])
def test_a_parents_own_apposition_tells_of_the_parent(body, lang, network, attribute, value):
    triples = triples_of_snippet(body, lang)
    assert (network, attribute, value) in triples


def _tabs(first: str, first_text: str, label: str, second: str, second_text: str) -> str:
    """Two tab panes as the page's markup gives them: each pane's label as a low heading over its own heading."""
    return (f"<h6>{first}</h6><h3>{first}</h3><p>{first_text}</p>"
            f"<h6>{label}</h6><h3>{second}</h3><p>{second_text}</p>")


# A heading of the section's rank after a lower one that only carried the section on (a tab's label, "History") names
# another body: what its text states is not the earlier network's, whatever noun its subject is.
@pytest.mark.parametrize("body, lang, earlier, its_own, value", [
    (_tabs("Associazione Italiana Città della Ceramica (AiCC)", "Nata nel 1999, l'AiCC riunisce oltre 50 comuni.",
           "AEuCC", "AEuCC – Gruppo europeo di cooperazione territoriale Città della Ceramica",
           "Il GECT, costituito nel 2014 dalle associazioni nazionali, riunisce sei associazioni."), "it",
     "associazione-italiana-citta-della-ceramica", "1999", "2014"),
    (_tabs("Eurocities", "Le réseau, fondé en 1986, rassemble 200 villes.", "VdR",
           "Villes de la Rencontre", "L'association internationale a été créée à Lyon en 2018."), "fr",
     "eurocities", "1986", "2018"),
    (_tabs("Energy Cities", "Founded in 1990, the association brings together 1,000 towns.", "ECV",
           "European Ceramic Route", "The association was founded in Faenza in 2018."), "en",
     "energy-cities", "1990", "2018"),
    (_tabs("Klima-Bündnis", "Das Netzwerk wurde 1990 gegründet.", "TSS",
           "Tonstraße Süd", "Der Verein wurde 2011 in Landshut gegründet."), "de",
     "climate-alliance", "1990", "2011"),
    (_tabs("Mercociudades", "La red fue fundada en 1995.", "RCC",
           "Ruta de la Cerámica", "La asociación fue creada en 2012 en Manises."), "es",
     "mercociudades", "1995", "2012"),
])
def test_a_heading_of_the_sections_rank_ends_it(body, lang, earlier, its_own, value):
    founded = {(network, found) for network, attribute, found in triples_of_snippet(body, lang)
               if attribute == "founded"}
    assert (earlier, its_own) in founded
    assert (earlier, value) not in founded


# Traps: a lower heading still carries the section on; a subtitle right under the network's name is its section's.
@pytest.mark.parametrize("body, lang, network, value", [
    ("<h2>Eurocities</h2><p>Lyon en est membre.</p><h3>Histoire</h3><p>Le réseau a été fondé en 1986.</p>", "fr",
     "eurocities", "1986"),
    ("<h2>Eurocities</h2><h3>The network of major European cities</h3><p>The network was founded in 1986.</p>", "en",
     "eurocities", "1986"),
    ("<h2>Klima-Bündnis</h2><h4>Geschichte</h4><h3>Ein Netzwerk für das Klima</h3><p>Das Netzwerk wurde 1990 "
     "gegründet.</p>", "de", "climate-alliance", "1990"),
])
def test_a_lower_heading_or_a_subtitle_keeps_the_section(body, lang, network, value):
    assert (network, "founded", value) in triples_of_snippet(body, lang)


# The body a sentence names as the promoter of the section's network ("la red promovida por la FEMP", "le réseau
# porté par l'AMF", "promossa dall'ANCI", "promoted by the LGA") is not the network the city joins.
@pytest.mark.parametrize("body, lang, network, owner", [
    ("<h3>Red Española de Ciudades Saludables</h3><p>Huesca forma parte de la red promovida por la FEMP desde "
     "2013.</p>", "es", "red-espanola-de-ciudades-saludables",
     "federacion-espanola-de-municipios-y-provincias"),
    ("<h3>Réseau français des Villes-Santé de l'OMS</h3><p>Depuis 2014, Albi est membre du réseau porté par "
     "l'AMF.</p>", "fr", "reseau-francais-des-villes-sante-de-l-oms", "association-des-maires-de-france"),
    ("<h3>Rete Italiana Città Sane</h3><p>Dal 2004 Faenza aderisce alla rete promossa dall'ANCI.</p>", "it",
     "rete-italiana-citta-sane", "associazione-nazionale-comuni-italiani"),
])
def test_the_promoter_of_the_sections_network_is_not_joined(body, lang, network, owner):
    joined = {joined_network for joined_network, attribute, _ in triples_of_snippet(body, lang)
              if attribute == "joined"}
    assert network in joined
    assert owner not in joined


# "Entra en", "entrada en" a network or programme is a joining in Spanish; "entra en vigor" is not.
@pytest.mark.parametrize("sentence, year", [
    ("2019: Huesca entra en el programa Ciudades Amigas de la Infancia de UNICEF España.", "2019"),
    ("En 2013 la ciudad entró en la red de ciudades saludables.", "2013"),
    ("2013: Entrada en la Red Española de Ciudades Saludables.", "2013"),
])
def test_entering_a_network_is_a_joining(sentence, year):
    assert ("joined", year) in claims_of_sentence(sentence)


@pytest.mark.parametrize("sentence", [
    "La ordenanza entra en vigor en 2019.",
    "El nuevo centro entró en funcionamiento en 2010.",
    "En 2015 la red entra en una nueva etapa.",
])
def test_entering_into_force_or_a_stage_is_no_joining(sentence):
    assert not any(attribute == "joined" for attribute, _ in claims_of_sentence(sentence))


# The bodies a card's programme is run by, each of two coordinated ("Program run by FCM and ICLEI Canada; over 500
# municipalities have joined the program"), are its operators: the count is the card's network's, not the last named.
@pytest.mark.parametrize("body, lang, expected", [
    (card("Partners for Climate Protection", "Notes: Program run by FCM and ICLEI Canada; over 500 municipalities "
          "have joined the program."), "en", ("partners-for-climate-protection", "member_cities", "500")),
    (card("Réseau français des Villes-Santé de l'OMS", "Programme géré par l'AMF et Cités Unies France ; plus de 90 "
          "villes ont rejoint le programme."), "fr",
     ("reseau-francais-des-villes-sante-de-l-oms", "member_cities", "90")),
    (card("Red de Ciudades por el Clima", "Programa gestionado por la FEMP y el ICLEI; más de 300 municipios se han "
          "sumado al programa."), "es", ("red-de-ciudades-por-el-clima", "member_cities", "300")),
    (card("Rete italiana Città Sane", "Programma gestito dall'ANCI e da Federsanità; oltre 70 comuni hanno aderito al "
          "programma."), "it", ("rete-italiana-citta-sane", "member_cities", "70")),
    (card("Klima-Bündnis", "Programm, koordiniert vom Deutschen Städtetag und dem Deutschen Landkreistag; über 300 "
          "Kommunen sind dem Programm beigetreten."), "de", ("climate-alliance", "member_cities", "300")),
])
def test_a_programmes_operators_own_none_of_its_count(body, lang, expected):
    assert [triple for triple in triples_of_snippet(body, lang) if triple[1] == "member_cities"] == [expected]


# Trap: an operator that is the sentence's own subject keeps its count.
def test_an_operator_as_the_subject_keeps_its_count():
    assert ("iclei-canada", "member_cities", "200") in triples_of_snippet(
        card("ICLEI Canada", "ICLEI Canada, which runs programs with FCM, has 200 members."), "en")
