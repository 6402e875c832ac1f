"""Which of several bodies a sentence names owns its facts, and which read values are no fact of a network at all: a
parent named in passing, an organisation leading a network (no president), a share of a country's municipalities."""

import pytest
from helpers.extracted import card, claims_of_sentence, triples_of_snippet


# A network named as the parent of the one named before it ("X, la section française du Y") is named in passing: the
# sentences after it that name no network go on about the section, not about the parent.
@pytest.mark.parametrize("body, lang, section", [
    ("<p>Troyes adhère depuis 1951 à l'Association française du Conseil des communes et régions d'Europe (AFCCRE), la "
     "section française du CCRE. Née après la guerre, l'association compte aujourd'hui environ 1 300 collectivités "
     "adhérentes.</p>", "fr", "afccre"),
    ("<p>Siena aderisce dal 2001 all'AICCRE, la sezione italiana del CCRE. Fondata nel 1952, l'associazione riunisce "
     "oggi circa 1.300 enti locali.</p>", "it", "aiccre"),
    ("<p>Madrid es miembro de la Federación Española de Municipios y Provincias (FEMP), sección española del CMRE. "
     "Hoy la federación agrupa a unas 1.300 entidades locales.</p>", "es",
     "federacion-espanola-de-municipios-y-provincias"),
    ("<p>Bath is a member of the Local Government Association (LGA), the UK section of CEMR. Today the association "
     "represents about 1,300 councils.</p>", "en", "local-government-association"),
    ("<p>Graz ist Mitglied im Österreichischen Städtebund, der österreichischen Sektion des RGRE. Heute zählt der "
     "Verband rund 1.300 Mitglieder.</p>", "de", "osterreichischer-stadtebund"),
    (card("AFCCRE", "Vannes adhère depuis 1998 à l'AFCCRE, la section française du CCRE. L'association compte "
                    "environ 1 300 collectivités adhérentes."), "fr", "afccre"),
])
def test_a_parent_named_in_apposition_is_not_what_the_next_sentence_is_about(body, lang, section):
    triples = triples_of_snippet(body, lang)
    counts = {(network, value) for network, attribute, value in triples
              if attribute in ("member_cities", "represented_governments")}
    assert not any(network == "cemr" for network, _ in counts)
    if section:  # a section the vocabulary knows
        assert (section, "1300") in counts


# Trap: the parent with an aside of its own, or named as the subject of the next sentence, keeps what it is given.
@pytest.mark.parametrize("body, lang", [
    ("<p>Troyes adhère à l'AFCCRE, la section française du CCRE. Le CCRE fédère 100 000 collectivités.</p>", "fr"),
    ("<p>Bath is a member of the LGA. CEMR, founded in 1951, brings together 100,000 local governments.</p>", "en"),
])
def test_the_parent_named_as_a_subject_keeps_its_count(body, lang):
    assert ("cemr", "represented_governments", "100000") in triples_of_snippet(body, lang)


# A president is a person: a commission, a ministry, a university, a region or a company that leads a network is no
# president of it.
@pytest.mark.parametrize("sentence", [
    "Led by the Canadian Commission for UNESCO, the coalition now counts more than 100 member municipalities.",
    "The network is chaired by the University of Toronto.",
    "Chaired by Siemens AG, the alliance counts 40 cities.",
    "Présidé par la Région Bretagne, le réseau compte 50 villes.",
    "Guidata dal Ministero dell'Interno, la rete conta 100 comuni.",
    "La red está presidida por la Fundación Ciudad Viva desde 2019.",
])
def test_a_body_leading_a_network_is_no_president(sentence):
    assert not [value for attribute, value in claims_of_sentence(sentence) if attribute == "president"]


# Trap: a person, named with the office and city after the name, stays the president.
@pytest.mark.parametrize("sentence, person", [
    ("Led by Mayor Jane Smith of Calgary, the coalition counts 100 members.", "Jane Smith"),
    ("La red está presidida por Ada Colau, alcaldesa de Barcelona.", "Ada Colau"),
    ("Eurocities is chaired by Dario Nardella, Mayor of Florence.", "Dario Nardella"),
])
def test_a_person_leading_a_network_is_its_president(sentence, person):
    assert ("president", person) in claims_of_sentence(sentence)


_COUNTS = ("member_cities", "represented_governments")


# A share of a territory's towns ("la mayoría de los 345 municipios del país"): the whole is all the territory's towns,
# not the network's members.
@pytest.mark.parametrize("sentence", [
    "Hoy la asociación agrupa a la mayoría de los 345 municipios del país.",
    "The association brings together most of the 417 municipalities of the province.",
    "L'association fédère la plupart des 1 200 communes du département.",
    "Der Verband vereint die meisten der 400 Gemeinden des Landes.",
    "L'associazione riunisce la maggior parte dei 300 comuni della regione.",
    "Le réseau rassemble 60 % des 500 communes de la région.",
])
def test_the_whole_of_a_share_is_no_member_count(sentence):
    assert not [value for attribute, value in claims_of_sentence(sentence) if attribute in _COUNTS]


# Traps: the share of the members themselves, or the network's own possessive, keeps the count.
@pytest.mark.parametrize("sentence, count", [
    ("The majority of the 200 member cities are European.", "200"),
    ("La plupart de ses 300 membres sont des villes africaines.", "300"),
    ("La asociación agrupa a 345 municipios.", "345"),
])
def test_a_share_of_the_members_keeps_their_count(sentence, count):
    assert count in [value for attribute, value in claims_of_sentence(sentence) if attribute in _COUNTS]


def test_a_share_of_a_countrys_towns_gives_the_network_no_count():
    body = card("Asociación Chilena de Municipalidades", "Valdivia es socia desde 1993. Hoy la asociación agrupa a la "
                "mayoría de los 345 municipios del país.")
    assert not [value for _, attribute, value in triples_of_snippet(body, "es") if attribute in _COUNTS]


# A network as one of its parent's associations: the count is of the parent's associations, not the subject's members.
@pytest.mark.parametrize("body, lang", [
    (card("Union of BC Municipalities", "AVICC is one of five area associations of UBCM."), "en"),
    ("<p>L'AMF est l'une des 12 associations membres de CGLU.</p>", "fr"),
    ("<p>La FEMP es una de las 60 asociaciones nacionales del CMRE.</p>", "es"),
    ("<p>L'ANCI è una delle 60 associazioni nazionali del CCRE.</p>", "it"),
    ("<p>Der Österreichische Städtebund ist einer der 60 nationalen Verbände im RGRE.</p>", "de"),
])
def test_one_of_a_parents_associations_is_no_count_of_the_subject(body, lang):
    assert not [value for _, attribute, value in triples_of_snippet(body, lang) if attribute == "member_associations"]


def test_the_parent_counting_its_associations_keeps_the_count():
    assert ("cemr", "member_associations", "60") in triples_of_snippet(
        "<p>Le CCRE fédère 60 associations nationales.</p>", "fr")


# A former name in an apposition ("known until 2021 as", "anciennement", "früher", "antes llamada", "già") is not the
# sentence's subject: what the sentence states is the network's by the name it has now.
@pytest.mark.parametrize("body, lang, expected", [
    ("<p>Cités Unies France, anciennement la Fédération mondiale des cités unies (FMCU), a été fondée en 1957.</p>",
     "fr", {("cites-unies-france", "founded", "1957")}),
    ("<p>Cités Unies France (früher Fédération mondiale des cités unies) wurde 1957 gegründet.</p>", "de",
     {("cites-unies-france", "founded", "1957")}),
    ("<p>Alberta Municipalities, known until 2021 as the Alberta Urban Municipalities Association (AUMA), was founded "
     "in 1905 and is headquartered in Edmonton.</p>", "en",
     {("alberta-municipalities", "founded", "1905"), ("alberta-municipalities", "headquarters", "Edmonton")}),
    ("<p>La Red Municipal, antes llamada Fédération mondiale des cités unies, fue fundada en 1957.</p>", "es", set()),
    ("<p>Autonomie Locali Italiane, già Legautonomie, è stata fondata nel 1916.</p>", "it",
     {("autonomie-locali-italiane", "founded", "1916")}),
])
def test_a_former_name_is_not_what_the_sentence_is_about(body, lang, expected):
    assert triples_of_snippet(body, lang) == expected


# Trap: a network named in an aside that is no former name keeps the subject's facts with the subject.
def test_an_aside_naming_a_partner_is_no_former_name():
    assert ("eurocities", "founded", "1986") in triples_of_snippet(
        "<p>Eurocities, which works with the Fédération mondiale des cités unies, was founded in 1986.</p>", "en")


# The people of all the members: the cities a relative clause says make up the network are its membership.
@pytest.mark.parametrize("sentence", [
    "Alcaldes, alcaldesas y técnicos de las 15 ciudades que integran la asociación han debatido el plan de trabajo.",
    "Mayors and officers of the 15 cities that make up the network discussed the work plan.",
    "Les maires des 15 villes qui composent le réseau ont débattu du plan de travail.",
    "I sindaci delle 15 città che compongono la rete hanno discusso il piano.",
    "Die Bürgermeister der 15 Städte, die dem Netzwerk angehören, berieten den Arbeitsplan.",
])
def test_the_people_of_the_cities_making_up_the_network_count_its_members(sentence):
    assert ("member_cities", "15") in claims_of_sentence(sentence)


# Traps: the people of some cities, or of a territory's towns, count no member.
@pytest.mark.parametrize("sentence", [
    "Mayors of 15 cities attended the assembly.",
    "Los alcaldes de las 15 ciudades que integran la comarca se reunieron en Reus.",
])
def test_the_people_of_other_cities_count_no_member(sentence):
    assert not [value for attribute, value in claims_of_sentence(sentence) if attribute == "member_cities"]
