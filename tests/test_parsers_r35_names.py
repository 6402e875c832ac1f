"""Whose network a name is: a regional section its heading names, referred to in its text by its noun and its parent
("L'articolazione regionale dell'ANCI", "the Queensland branch of ALGA"), is the section; a programme named with its
owner's possessive ("the Climate Council's Cities Power Partnership") is the programme alone; a name a membership
introduces goes on after a plural adjective in lower case to its complement ("membre de l'association Sites et Cités
remarquables de France"); a count at a department's or a region's scale ("À l'échelle départementale, ... l'AMF ...
auprès des 890 communes") is that area's group's, not the national network's; a network said to be a national
section ("L'AFCCRE est la section française du CCRE et a son siège à Orléans") keeps its seat."""

import pytest
from helpers.extracted import network_ids, triples_of_snippet


# The section the heading names owns what its text states of it, its parent named only as what it is a section of.
@pytest.mark.parametrize("lang, body, section, seat, count", [
    ("it", "<h2>ANCI Toscana</h2><p>Firenze ne fa parte dal 1982. L'articolazione regionale dell'ANCI ha sede a "
           "Firenze e riunisce tutti i 273 Comuni toscani.</p>", "anci-toscana", ("headquarters", "Firenze"),
     ("member_cities", "273")),
    ("it", "<h2>ANCI Basilicata</h2><p>L'articolazione territoriale dell'ANCI ha sede a Potenza e raggruppa i 131 "
           "Comuni lucani.</p>", "anci-basilicata", ("headquarters", "Potenza"), ("member_cities", "131")),
    ("en", "<h2>Local Government Association of Queensland</h2><p>Mackay has been a member since 2008. The Queensland "
           "branch of ALGA represents 77 councils.</p>", "local-government-association-of-queensland",
     ("joined", "2008"), ("represented_governments", "77")),
])
def test_a_section_named_by_its_noun_and_parent_is_the_headings(lang, body, section, seat, count):
    triples = triples_of_snippet(body, lang)
    assert (section, *seat) in triples
    assert (section, *count) in triples
    assert {triple[0] for triple in triples} == {section}


# Traps: the parent's own aside, or the parent named without a section's noun, tells of the parent.
@pytest.mark.parametrize("lang, body, parent, count", [
    ("it", "<h2>ANCI Toscana</h2><p>Firenze ne fa parte dal 1982. L'articolazione regionale dell'ANCI, che "
           "rappresenta oltre 7.000 Comuni, organizza corsi per gli amministratori.</p>",
     "associazione-nazionale-comuni-italiani", ("member_cities", "7000")),
    ("en", "<h2>Local Government Association of Queensland</h2><p>Mackay has been a member since 2008. The Queensland "
           "branch of ALGA, which represents 537 councils, runs training.</p>",
     "australian-local-government-association", ("represented_governments", "537")),
    ("en", "<h2>Local Government Association of Queensland</h2><p>Mackay has been a member since 2008. The association "
           "works with ALGA, which represents 537 councils.</p>", "australian-local-government-association",
     ("represented_governments", "537")),
])
def test_the_parents_own_aside_stays_the_parents(lang, body, parent, count):
    assert (parent, *count) in triples_of_snippet(body, lang)


# A possessive closing a word is its owner's: the programme's name starts after it.
@pytest.mark.parametrize("body, fact", [
    ("<p>Mackay is a member of the Climate Council's Cities Power Partnership – a network of over 180 councils.</p>",
     ("cities-power-partnership", "represented_governments", "180")),
    ("<p>Mackay is a member of the Climate Council’s Cities Power Partnership, which brings together more than 180 "
     "councils.</p>", ("cities-power-partnership", "represented_governments", "180")),
    ("<p>The Council joined the Shire Alliance's Resilient Towns Alliance in 2019.</p>",
     ("resilient-towns-alliance", "joined", "2019")),
])
def test_a_programme_after_its_owners_possessive_is_the_programme(body, fact):
    assert triples_of_snippet(body, "en") == {fact}


# Trap: a name whose words have no possessive is read whole.
@pytest.mark.parametrize("text, network", [
    ("Mackay joined the Smart Cities Power Partnership in 2019.", "smart-cities-power-partnership"),
    ("Mackay joined the Resilient Towns Alliance in 2019.", "resilient-towns-alliance"),
])
def test_a_name_with_no_possessive_is_read_whole(text, network):
    assert network_ids(text) == [network]


# A membership's name goes on after a plural adjective in lower case when a complement of the name follows it.
@pytest.mark.parametrize("text, network", [
    ("Auxerre est membre de l'association Sites et Cités remarquables de France, fondée en 2000.",
     "sites-et-cites-remarquables-de-france"),
    ("Pamplona es miembro de la red Ciudades saludables de Navarra desde 2001.", "ciudades-saludables-de-navarra"),
    ("Il Comune è socio dell'associazione Borghi autentici d'Italia dal 2010.", "borghi-autentici-d-italia"),
])
def test_a_memberships_name_goes_on_after_a_plural_adjective(text, network):
    assert network_ids(text) == [network]


# Trap: an adjective with no complement of the name after it is not the name's.
@pytest.mark.parametrize("text, network", [
    ("Nevers est membre de l'association Villes Internet, très actives depuis 2010.", "villes-internet"),
    ("Pamplona es miembro de la red Ciudades Amigas desde 2001 como muchas ciudades.", "ciudades-amigas"),
])
def test_an_adjective_with_no_complement_ends_the_name(text, network):
    assert network_ids(text) == [network]


# What the page says of the association so named is that association's, not of a shorter name.
def test_the_whole_memberships_name_owns_its_facts():
    body = ("<p>Labellisée Ville d'art et d'histoire, Auxerre est membre de l'association Sites et Cités remarquables "
            "de France, fondée en 2000 et dont le siège est à Bordeaux.</p>")
    assert triples_of_snippet(body) == {("sites-et-cites-remarquables-de-france", "founded", "2000"),
                                        ("sites-et-cites-remarquables-de-france", "headquarters", "Bordeaux")}


# A region's or a department's scale is a level: what a national network's acronym there counts are its group's
# members in that area, not the network's ("À l'échelle départementale", "A escala provincial", "Su scala regionale").
@pytest.mark.parametrize("lang, body", [
    ("fr", "<h2>AMF</h2><p>Calais est membre de l'AMF depuis 1950. À l'échelle départementale, l'association des "
           "maires du Pas-de-Calais relaie l'action de l'AMF auprès des 890 communes du département.</p>"),
    ("fr", "<h2>AMF</h2><p>Au niveau départemental, l'AMF rassemble 890 communes.</p>"),
    ("es", "<h2>FEMP</h2><p>León es miembro de la FEMP desde 1985. A escala provincial, la FEMP agrupa a los 211 "
           "municipios de la provincia.</p>"),
    ("es", "<h2>FEMP</h2><p>A escala autonómica, la FEMP agrupa a los 179 municipios asturianos.</p>"),
    ("it", "<h2>ANCI</h2><p>Su scala regionale, l'ANCI riunisce i 131 Comuni lucani.</p>"),
])
def test_a_count_at_a_regions_scale_is_not_the_national_networks(lang, body):
    assert not {triple for triple in triples_of_snippet(body, lang)
                if triple[1] in ("member_cities", "represented_governments")}


# Traps: the nation's scale counts the network; a region's network named by its own name at that scale keeps its count.
@pytest.mark.parametrize("lang, body, fact", [
    ("fr", "<h2>AMF</h2><p>À l'échelle nationale, l'AMF fédère 35 000 communes.</p>",
     ("association-des-maires-de-france", "member_cities", "35000")),
    ("es", "<h2>FEMP</h2><p>A escala nacional, la FEMP agrupa a 7.400 entidades locales.</p>",
     ("federacion-espanola-de-municipios-y-provincias", "represented_governments", "7400")),
    ("fr", "<h2>Réseaux</h2><p>À l'échelle régionale, la Ville adhère à l'Association des maires du Nord, qui "
           "rassemble 648 communes.</p>", ("association-des-maires-du-nord", "member_cities", "648")),
    ("it", "<h2>Reti</h2><p>Su scala regionale, il Comune aderisce ad ANCI Toscana, che riunisce 273 Comuni.</p>",
     ("anci-toscana", "member_cities", "273")),
])
def test_the_nations_scale_or_a_regions_own_network_keeps_its_count(lang, body, fact):
    assert fact in triples_of_snippet(body, lang)


# A network said to be a national section is that section, with a seat of its own.
@pytest.mark.parametrize("lang, body, fact", [
    ("it", "<h2>AICCRE</h2><p>L'Associazione italiana per il Consiglio dei Comuni e delle Regioni d'Europa è la "
           "sezione italiana del CCRE e ha sede a Roma. Novara ne è socia dal 1975.</p>",
     ("aiccre", "headquarters", "Roma")),
    ("fr", "<h2>AFCCRE</h2><p>L'AFCCRE est la section française du CCRE et a son siège à Orléans.</p>",
     ("afccre", "headquarters", "Orléans")),
    ("de", "<h2>Städtetag</h2><p>Der Deutsche Städtetag ist die deutsche Sektion des RGRE mit Sitz in Köln.</p>",
     ("deutscher-stadtetag", "headquarters", "Köln")),
    ("es", "<h2>FEMP</h2><p>La FEMP es la sección española del CMRE y tiene su sede en Madrid.</p>",
     ("federacion-espanola-de-municipios-y-provincias", "headquarters", "Madrid")),
])
def test_a_network_said_to_be_a_section_keeps_its_seat(lang, body, fact):
    assert fact in triples_of_snippet(body, lang)


# Trap: a section no network is said to be gives no network's seat.
@pytest.mark.parametrize("lang, body", [
    ("it", "<h2>Reti</h2><p>Il Comune aderisce all'AICCRE. La sezione italiana del CCRE ha sede a Roma.</p>"),
    ("de", "<h2>Netzwerke</h2><p>Bonn ist Mitglied im RGRE. Die deutsche Sektion des RGRE hat ihren Sitz in Köln.</p>"),
])
def test_a_section_no_network_is_said_to_be_has_no_seat(lang, body):
    assert not {triple for triple in triples_of_snippet(body, lang) if triple[1] == "headquarters"}
