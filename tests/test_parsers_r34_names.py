"""Whose network a sentence is about when it names another in passing: the parent a network is the national section of
("l'association est la section française du CCRE"), the body it was founded under ("nata sotto l'egida dell'ANCI"), and
the parents a pronoun standing for it belongs to ("Er ... ist Mitglied im Deutschen Städtetag sowie im ..."). Names:
an English alliance named by its members and a country outside the list ("Global Cities New Zealand"), a name in an
apposition with no article ("Intercommunalités de France, fédération nationale des communautés et métropoles"); and a
joining in a relative clause whose subject is another local authority ("que l'Agglomération a rejointe en 2003"); the
name a network was founded under ("fondée en 1988 sous le nom de ...") is a former name; a name after a network's noun
joined by an ampersand and going on after a plural adjective ("le réseau Sites & Cités remarquables de France")."""

import pytest
from helpers.extracted import network_ids, triples_of_snippet


# The section's facts, not its parent's: the sentence's subject is the section named before, the parent is named as
# what it is a section of.
@pytest.mark.parametrize("lang, body, section, seat, count", [
    ("fr", "<p>Lyon adhère à l'AFCCRE depuis 1991. Basée à Orléans, l'association est la section française du CCRE ; "
           "elle fédère plus de 1 200 collectivités territoriales.</p>", "afccre", "Orléans", "1200"),
    ("en", "<p>Leeds is a member of the Local Government Association (LGA). Based in London, the association is the "
           "UK section of CEMR and represents 350 councils.</p>", "local-government-association", "London", "350"),
    ("de", "<p>Bonn ist Mitglied im Verband Kommunaler Städte (VKS) mit Sitz in Berlin. Der Verband ist die deutsche "
           "Sektion des RGRE und vertritt 3.200 Städte und Gemeinden.</p>", "verband-kommunaler-stadte", "Berlin",
     "3200"),
    ("es", "<p>Sevilla es miembro de la Federación Española de Municipios y Provincias (FEMP). Con sede en Madrid, la "
           "federación es la sección española del CMRE y agrupa a 7.400 entidades locales.</p>",
     "federacion-espanola-de-municipios-y-provincias", "Madrid", "7400"),
    ("it", "<p>Bari aderisce all'AICCRE dal 1990. Con sede a Roma, l'associazione è la sezione italiana del CCRE e "
           "riunisce 1.200 enti locali.</p>", "aiccre", "Roma", "1200"),
])
def test_a_national_sections_facts_are_not_its_parents(lang, body, section, seat, count):
    triples = triples_of_snippet(body, lang)
    assert (section, "headquarters", seat) in triples
    assert (section, "represented_governments", count) in triples
    assert not {triple for triple in triples if triple[0] == "cemr"}


# Trap: the parent's own aside tells of the parent.
def test_the_parents_own_aside_stays_the_parents():
    body = ("<p>L'AFCCRE a son siège à Orléans. L'association est la section française du CCRE, qui fédère 60 "
            "associations nationales.</p>")
    assert ("cemr", "member_associations", "60") in triples_of_snippet(body)


# The body a network was founded under is not the network: "sotto l'egida", "sous l'égide", "under the aegis", "bajo el
# auspicio".
@pytest.mark.parametrize("lang, body, network, year, count", [
    ("it", "<p>Imola fa parte dell'associazione Città dei Motori dal 2021. L'associazione, nata nel 2008 sotto l'egida "
           "dell'ANCI, conta oggi 34 Comuni soci.</p>", "citta-dei-motori", "2008", ("member_cities", "34")),
    ("en", "<p>Nelson belongs to the Regional Councils Network (RCN). The network, set up in 2005 under the aegis of "
           "UCLG, has 40 member councils.</p>", "regional-councils-network", "2005",
     ("represented_governments", "40")),
    ("es", "<p>León forma parte de la Red de Ciudades por la Bicicleta (RCxB). La red, fundada en 2009 bajo el "
           "auspicio de la FEMP, agrupa a 140 municipios.</p>", "red-de-ciudades-por-la-bicicleta", "2009",
     ("member_cities", "140")),
])
def test_the_body_a_network_was_founded_under_is_not_it(lang, body, network, year, count):
    triples = triples_of_snippet(body, lang)
    assert (network, "founded", year) in triples
    assert (network, *count) in triples
    assert {triple[0] for triple in triples} == {network}


# A pronoun standing for the network the sentence before had as its subject: the parents it is a member of, one or
# coordinated, own none of its facts.
@pytest.mark.parametrize("lang, body, network, attribute, count", [
    ("de", "<p>Der Sächsische Städte- und Gemeindetag hat seinen Sitz in Dresden. Er vertritt rund 420 Städte und "
           "Gemeinden und ist Mitglied im Deutschen Städtetag sowie im Deutschen Städte- und Gemeindebund.</p>",
     "sachsischer-stadte-und-gemeindetag", "represented_governments", "420"),
    ("fr", "<p>L'Association des maires ruraux de France (AMRF) a son siège à Lyon. Elle fédère 10 000 communes et est "
           "membre du CCRE et de CGLU.</p>", "association-des-maires-ruraux-de-france", "member_cities", "10000"),
    ("en", "<p>The Local Government Association (LGA) is based in London. It represents 350 councils and is a member "
           "of CEMR.</p>", "local-government-association", "represented_governments", "350"),
    ("es", "<p>La Federación Española de Municipios y Provincias (FEMP) tiene su sede en Madrid. Ella agrupa a 7.400 "
           "entidades locales y es miembro del CMRE.</p>", "federacion-espanola-de-municipios-y-provincias",
     "represented_governments", "7400"),
])
def test_a_pronouns_parents_own_none_of_its_facts(lang, body, network, attribute, count):
    triples = triples_of_snippet(body, lang)
    assert (network, attribute, count) in triples
    assert {triple[0] for triple in triples} == {network}


# Traps: a pronoun standing for the city, no network named before it, keeps the city's joining; a parent's own aside
# after the coordination is the parent's.
def test_a_pronoun_for_the_city_keeps_its_joining():
    body = "<p>Kassel liegt in Nordhessen. Sie ist seit 1990 Mitglied im Deutschen Städtetag.</p>"
    assert ("deutscher-stadtetag", "joined", "1990") in triples_of_snippet(body, "de")


def test_a_coordinated_parents_own_aside_stays_the_parents():
    body = ("<p>L'Association des maires ruraux de France (AMRF) a son siège à Lyon. Elle est membre du CCRE et de "
            "CGLU, qui rassemble 240 000 collectivités.</p>")
    assert ("uclg", "represented_governments", "240000") in triples_of_snippet(body)


# An alliance named by its members and its country, as English writes it in New Zealand and Ireland.
@pytest.mark.parametrize("text, network", [
    ("Global Cities New Zealand supports the international relationships of 40 member cities.",
     "global-cities-new-zealand"),
    ("Regional Cities New Zealand brings together the mayors of 20 provincial cities.",
     "regional-cities-new-zealand"),
    ("Historic Towns Ireland is an alliance of heritage towns.", "historic-towns-ireland"),
])
def test_members_and_a_country_name_an_alliance(text, network):
    assert network_ids(text) == [network]


# Traps: a twinning's name, a quantifier, a programme, a national agency.
@pytest.mark.parametrize("text", [
    "Sister Cities New Zealand was the former name.",
    "Many Cities New Zealand have climate plans.",
    "The Smart Cities New Zealand programme funds 12 projects.",
    "Tourism New Zealand promotes Rotorua.",
])
def test_no_alliance_of_members_and_a_country(text):
    assert network_ids(text) == []


# A proper name, then an apposition with no article describing it as a network of local governments.
@pytest.mark.parametrize("text, network", [
    ("C'est le cas d'Intercommunalités de France, fédération nationale des communautés et métropoles.",
     "intercommunalites-de-france"),
    ("Nevers est membre de Villes Internet, association nationale des villes numériques.", "villes-internet"),
    ("Sevilla forma parte de Ciudades Saludables, red española de municipios.", "ciudades-saludables"),
])
def test_a_name_described_by_an_apposition_without_its_article(text, network):
    assert network_ids(text) == [network]


# Trap: a place before the name, a person's office after it.
@pytest.mark.parametrize("text", [
    "Le congrès se tient à Lyon, réseau de transports des villes.",
    "Marie Dupont, présidente de l'association des maires, a ouvert la séance.",
])
def test_no_name_described_after_a_place_or_a_person(text):
    assert network_ids(text) == []


# Another local authority as the subject of a relative clause joins the network, not the city, named or not.
@pytest.mark.parametrize("lang, body", [
    ("fr", "<p>C'est le cas d'Intercommunalités de France, fédération nationale des communautés et métropoles, que "
           "l'Agglomération a rejointe en 2003.</p>"),
    ("en", "<p>The city belongs to the Key Cities Group, which the County Council joined in 2003.</p>"),
    ("de", "<p>Kassel ist Mitglied im Klima-Bündnis, dem der Landkreis 2003 beitrat.</p>"),
    ("es", "<p>Sevilla participa en la Red de Ciudades por el Clima, a la que la Diputación se adhirió en 2003.</p>"),
    ("it", "<p>Bari partecipa ad Avviso Pubblico, la rete a cui la Città metropolitana ha aderito nel 2003.</p>"),
])
def test_another_authority_joining_in_a_relative_clause(lang, body):
    assert not {triple for triple in triples_of_snippet(body, lang) if triple[1] == "joined"}


# Trap: the city itself as the relative clause's subject.
@pytest.mark.parametrize("lang, body, network", [
    ("fr", "<p>La Ville est membre de France urbaine, que la Ville a rejointe en 2003.</p>", "france-urbaine"),
    ("en", "<p>Leeds is a member of Eurocities, which the city joined in 2003.</p>", "eurocities"),
])
def test_the_city_joining_in_a_relative_clause(lang, body, network):
    assert (network, "joined", "2003") in triples_of_snippet(body, lang)


# The name a network was founded under is a former name of the network the sentence is about.
@pytest.mark.parametrize("lang, body, network, year", [
    ("fr", "<h2>Villes de France</h2><p>Villes de France rassemble les villes moyennes. L'association a été fondée en "
           "1988 sous le nom de Fédération des maires des villes moyennes (FMVM) ; elle compte 600 collectivités.</p>",
     "villes-de-france", "1988"),
    ("en", "<h2>Global Cities New Zealand</h2><p>Global Cities New Zealand supports councils. The organisation was "
           "founded in 1982 under the name of the New Zealand Sister Cities Association.</p>",
     "global-cities-new-zealand", "1982"),
    ("de", "<h2>Deutscher Städtetag</h2><p>Der Deutsche Städtetag vertritt 3.200 Städte. Der Verband wurde 1905 "
           "gegründet als Verband der Städte Preußens.</p>", "deutscher-stadtetag", "1905"),
    ("es", "<h2>Red de Ciudades por el Clima</h2><p>La Red de Ciudades por el Clima agrupa a 300 municipios. La red "
           "fue creada en 2005 con el nombre de Red Española de Ciudades Sostenibles.</p>",
     "red-de-ciudades-por-el-clima", "2005"),
    ("it", "<h2>Rete dei Comuni Solidali</h2><p>La Rete dei Comuni Solidali riunisce 300 comuni. L'associazione è nata "
           "nel 2003 con il nome di Associazione dei Comuni per la Pace.</p>", "rete-dei-comuni-solidali", "2003"),
])
def test_the_name_a_network_was_founded_under_is_a_former_name(lang, body, network, year):
    triples = triples_of_snippet(body, lang)
    assert (network, "founded", year) in triples
    assert {triple[0] for triple in triples} == {network}


# A name after a network's noun: its words joined by an ampersand, a plural adjective in lower case before its
# complement.
@pytest.mark.parametrize("text, network", [
    ("Colmar adhère au réseau Sites & Cités remarquables de France depuis 2007.",
     "sites-cites-remarquables-de-france"),
    ("Bari fa parte della rete Comuni virtuosi d'Italia dal 2010.", "comuni-virtuosi-d-italia"),
    ("Leeds joined the Towns & Villages network in 2010.", "towns-villages"),
])
def test_a_name_joined_by_an_ampersand_or_going_on_after_an_adjective(text, network):
    assert network_ids(text) == [network]


# Trap: an adjective or an adverb not followed by a complement that is a name's.
@pytest.mark.parametrize("text, network", [
    ("Lyon est membre du réseau Villes Santé depuis 1990 comme de nombreuses villes.", "villes-sante"),
    ("Lyon est membre du réseau Villes Santé, actives de longue date.", "villes-sante"),
])
def test_a_name_ends_before_a_describing_word(text, network):
    assert network_ids(text) == [network]


# The whole name read, what a subheading's section says of "l'association" is that network's.
def test_the_whole_name_is_carried_over_a_subheading():
    body = ("<article><p class='lead'>Colmar reçoit les Rencontres du réseau Sites & Cités remarquables de France.</p>"
            "<h2>Un réseau au service des villes</h2><p>L'association, dont le siège est à Bordeaux, compte 270 "
            "collectivités.</p></article>")
    assert ("sites-cites-remarquables-de-france", "headquarters", "Bordeaux") in triples_of_snippet(body)
