"""Seats, presidents and counts written next to a network the parsers recognise: the facts of a national section
("l'associazione, con sede a Roma, è la sezione italiana del CCRE") are the section's, not its parent's, when the page
names the section."""

import pytest
from helpers.extracted import triples_of_snippet, values_of


@pytest.mark.parametrize("lang, body, expected, parent", [
    # prose, the section as the subject in apposition
    ("it", "<h2>AICCRE</h2><p>Il Comune è socio dell'AICCRE dal 1998.</p><p>L'associazione, con sede a Roma, è la "
           "sezione italiana del CCRE e rappresenta circa 1.200 enti locali.</p>",
     ("aiccre", "represented_governments", "1200"), "cemr"),
    # a card: the section named by its description as the subject
    ("it", "<div class='card'><h3>AICCRE</h3><p>La sezione italiana del Consiglio dei Comuni e delle Regioni "
           "d'Europa (CCRE) riunisce circa 800 enti locali.</p></div>",
     ("aiccre", "represented_governments", "800"), "cemr"),
    ("fr", "<h2>AFCCRE</h2><p>La ville est membre de l'AFCCRE.</p><p>Établie à Orléans, l'association est la "
           "section française du CCRE et fédère près de 1 500 collectivités.</p>",
     ("afccre", "represented_governments", "1500"), "cemr"),
    # an accordion
    ("es", "<details><summary>FEMP</summary><p>La FEMP, sección española del CMRE, agrupa a más de 7.400 entidades "
           "locales.</p></details>", ("federacion-espanola-de-municipios-y-provincias", "represented_governments",
                                      "7400"), "cemr"),
])
def test_a_national_sections_facts_are_the_sections(lang, body, expected, parent):
    found = triples_of_snippet(body, lang)
    assert expected in found
    assert not any(network == parent and attribute == expected[1] for network, attribute, _ in found)


@pytest.mark.parametrize("lang, body, expected", [
    # the parent's own section of the page, the national section named in a relative clause
    ("fr", "<h2>CCRE</h2><p>Le CCRE, dont l'AFCCRE est la section française, regroupe 60 associations nationales.</p>",
     ("cemr", "member_associations", "60")),
    # another network's section heading, a national section of that network named as the city's channel
    ("en", "<h2>Eurocities</h2><p>Eurocities, whose UK branch of members meets in London, brings together more than "
           "200 cities.</p>", ("eurocities", "member_cities", "200")),
])
def test_the_parent_networks_own_facts_stay_its_own(lang, body, expected):
    assert expected in triples_of_snippet(body, lang)


@pytest.mark.parametrize("body, expected", [
    # prose, after the sentence naming the network
    ("<h2>Eurocities</h2><p>Eurocities est le réseau des grandes villes européennes. Son bureau se trouve à "
     "Bruxelles.</p>", ("eurocities", "Bruxelles")),
    # a card
    ("<div class='card'><h3>Alliance dans les Alpes</h3><p>Son bureau est situé à Schaan.</p></div>",
     ("allianz-in-den-alpen", "Schaan")),
    # a <dl>
    ("<dl><dt>ICORN</dt><dd>Le réseau accueille des écrivains menacés. Son bureau est installé à Stavanger.</dd></dl>",
     ("icorn", "Stavanger")),
])
def test_the_networks_office_told_by_where_it_is_is_its_seat(body, expected):
    assert expected in values_of("headquarters", body, "fr")


@pytest.mark.parametrize("body", [
    # the board as a body that meets
    "<h2>Eurocities</h2><p>Son bureau se réunit à Lyon en mars.</p>",
    "<h2>Eurocities</h2><p>Le bureau exécutif se trouve à Lyon pour sa réunion de printemps.</p>",
    # a regional office
    "<h2>CGLU</h2><p>Son bureau européen se trouve à Bruxelles.</p>",
])
def test_a_board_meeting_or_a_regional_office_is_no_seat(body):
    assert not values_of("headquarters", body, "fr")


@pytest.mark.parametrize("lang, body, expected", [
    # prose, the seat of the whole network by its adjective
    ("it", "<h2>Cittaslow</h2><p>Cittaslow conta oltre 290 città. La sede internazionale dell'associazione si trova a "
           "Orvieto.</p>", ("cittaslow", "Orvieto")),
    ("es", "<div class='card'><h3>CIDEU</h3><p>La sede internacional de la red se encuentra en Barcelona.</p></div>",
     ("cideu", "Barcelona")),
    # the seat as the subject working from its city, in a news item's sentence
    ("en", "<h2>Global Covenant of Mayors</h2><p>The alliance is co-chaired by Michael R. Bloomberg, and its "
           "secretariat operates from Brussels.</p>", ("global-covenant-of-mayors", "Brussels")),
    ("fr", "<dl><dt>Energy Cities</dt><dd>L'association compte 1 000 membres. Son secrétariat fonctionne depuis "
           "Besançon.</dd></dl>", ("energy-cities", "Besançon")),
    ("es", "<details><summary>CIDEU</summary><p>Su secretaría opera desde Barcelona.</p></details>",
     ("cideu", "Barcelona")),
    ("it", "<h2>Energy Cities</h2><p>Il suo segretariato opera da Besançon.</p>", ("energy-cities", "Besançon")),
    ("de", "<h2>Klima-Bündnis</h2><p>Sein Sekretariat arbeitet von Frankfurt am Main aus.</p>",
     ("climate-alliance", "Frankfurt am Main")),
])
def test_the_seat_of_the_whole_network_in_other_words(lang, body, expected):
    assert expected in values_of("headquarters", body, lang)


@pytest.mark.parametrize("lang, body", [
    # a national or regional seat
    ("it", "<h2>Cittaslow</h2><p>La sede regionale dell'associazione si trova a Milano.</p>"),
    ("en", "<h2>ICLEI</h2><p>Its European secretariat operates from Freiburg.</p>"),
    # hours, not a place
    ("en", "<h2>ICLEI</h2><p>Its secretariat operates from Monday to Friday.</p>"),
    # a programme of the network working from a city
    ("en", "<h2>ICLEI</h2><p>The programme operates from Brussels.</p>"),
])
def test_a_parts_seat_or_hours_are_no_seat(lang, body):
    assert not values_of("headquarters", body, lang)


@pytest.mark.parametrize("lang, body, expected", [
    # an aside on the parent after its name: its own facts
    ("fr", "<h2>AFCCRE</h2><p>L'AFCCRE est la section française du Conseil des communes et régions d'Europe (CCRE), "
           "qui fédère quelque 60 associations nationales.</p>", ("cemr", "member_associations", "60")),
    ("fr", "<h2>AFCCRE</h2><p>Section française du Conseil des communes et régions d'Europe (CCRE), fondé en 1951 à "
           "Genève.</p>", ("cemr", "founded", "1951")),
])
def test_an_aside_after_the_parent_tells_of_the_parent(lang, body, expected):
    assert expected in triples_of_snippet(body, lang)


@pytest.mark.parametrize("lang, body, expected", [
    # a news item's quote, the title of the whole network then the network as such
    ("it", "<h2>Cittaslow</h2><p>Cittaslow conta 290 città. «Un onore», ha dichiarato il sindaco, ricevendo la "
           "bandiera dal presidente internazionale della rete, Mauro Migliorini.</p>",
     ("cittaslow", "Mauro Migliorini")),
    # the network by its name after the title of the whole network
    ("en", "<div class='card'><h3>Cittaslow</h3><p>The flag was handed over by the international president of "
           "Cittaslow, Mauro Migliorini.</p></div>", ("cittaslow", "Mauro Migliorini")),
    # the office first, who holds it now after it
    ("de", "<h2>Mayors for Peace</h2><p>Präsident des Netzwerks ist traditionell der Bürgermeister von Hiroshima, "
           "derzeit Kazumi Matsui; Vizepräsidentin ist die Oberbürgermeisterin von Hannover.</p>",
     ("mayors-for-peace", "Kazumi Matsui")),
    ("fr", "<dl><dt>AIMF</dt><dd>La présidente du réseau, Anne Hidalgo, a ouvert la séance.</dd></dl>",
     ("aimf", "Anne Hidalgo")),
    ("es", "<details><summary>CIDEU</summary><p>El presidente de la red, Juan Pérez, inauguró el encuentro.</p>"
           "</details>", ("cideu", "Juan Pérez")),
])
def test_the_title_of_the_whole_network_then_its_holder(lang, body, expected):
    assert expected in values_of("president", body, lang)


@pytest.mark.parametrize("lang, body", [
    # a vice-president
    ("en", "<h2>Cittaslow</h2><p>The vice-president of the network, Jane Doe, opened the meeting.</p>"),
    ("it", "<h2>Cittaslow</h2><p>Il vicepresidente della rete, Mario Rossi, ha parlato.</p>"),
    # a regional part's president
    ("it", "<h2>Cittaslow</h2><p>Il presidente della rete regionale, Mario Rossi, ha parlato.</p>"),
    # a former holder
    ("fr", "<h2>AIMF</h2><p>Le président du réseau, Jean Dupont, de 2010 à 2014, a fondé le programme.</p>"),
])
def test_a_vice_president_a_parts_or_a_former_president_is_not_the_networks(lang, body):
    assert not values_of("president", body, lang)


@pytest.mark.parametrize("lang, body, expected", [
    # prose, the verb last in a German relative clause
    ("de", "<h2>Deutscher Städtetag</h2><p>Auf Bundesebene ist die Stadt im Deutschen Städtetag organisiert, der über "
           "3.200 Städte und Gemeinden vertritt.</p>", ("deutscher-stadtetag", "represented_governments", "3200")),
    ("de", "<div class='card'><h3>Deutscher Städtetag</h3><p>Der Verband, der über 3.200 Städte und Gemeinden in "
           "Deutschland vertritt, tagt in Berlin.</p></div>",
     ("deutscher-stadtetag", "represented_governments", "3200")),
    # the units then a relative clause with the verb
    ("en", "<h2>Local Government Association</h2><p>The LGA speaks up for the 330 councils and towns it "
           "represents.</p>", ("local-government-association", "represented_governments", "330")),
    ("fr", "<dl><dt>AMF</dt><dd>L'AMF défend les 34 000 villes et communes qu'elle représente.</dd></dl>",
     ("association-des-maires-de-france", "represented_governments", "34000")),
])
def test_local_units_of_several_kinds_a_network_represents_are_governments(lang, body, expected):
    assert expected in triples_of_snippet(body, lang)


@pytest.mark.parametrize("lang, body, expected", [
    # one kind of unit it represents: its member cities
    ("de", "<h2>Deutscher Städtetag</h2><p>Der Städtetag, der 200 Städte vertritt, tagt in Berlin.</p>",
     ("deutscher-stadtetag", "member_cities", "200")),
    # units of several kinds it gathers, no verb of representing
    ("de", "<h2>Deutscher Städtetag</h2><p>Der Verband vereint 3.200 Städte und Gemeinden.</p>",
     ("deutscher-stadtetag", "member_cities", "3200")),
])
def test_one_kind_of_unit_or_no_verb_of_representing_stays_member_cities(lang, body, expected):
    assert expected in triples_of_snippet(body, lang)


@pytest.mark.parametrize("lang, body", [
    # prose, the share in a clause of its own after the whole
    ("de", "<h2>Mayors for Peace</h2><p>Heute gehören dem Bündnis über 8.000 Städte in 166 Ländern und Regionen an, in "
           "Deutschland sind es rund 900.</p>"),
    ("fr", "<div class='card'><h3>Maires pour la paix</h3><p>Le réseau compte 8 000 villes membres dans 166 pays, en "
           "France on en compte 150.</p></div>"),
    ("es", "<dl><dt>Alcaldes por la Paz</dt><dd>La red reúne 8.000 ciudades en 166 países; en España son unas "
           "60.</dd></dl>"),
    ("it", "<details><summary>Sindaci per la Pace</summary><p>La rete conta 8.000 città in 166 paesi, in Italia sono "
           "circa 500.</p></details>"),
])
def test_one_countrys_share_after_the_whole_is_no_count_of_the_network(lang, body):
    found = triples_of_snippet(body, lang)
    assert ("mayors-for-peace", "member_countries", "166") in found
    assert {value for _, attribute, value in found if attribute in ("member_countries", "member_cities")} == {
        "8000", "166"}


def test_a_year_opening_the_clause_is_no_places_share():
    found = triples_of_snippet("<h2>Eurocities</h2><p>In 2026 there are 200 member cities.</p>", "en")
    assert ("eurocities", "member_cities", "200") in found


@pytest.mark.parametrize("lang, body, expected", [
    # prose, after a founding's participle, a country in apposition
    ("fr", "<h2>ICLEI</h2><p>Fondé en 1990 et établi à Bonn, en Allemagne, ICLEI regroupe plus de 2 500 gouvernements "
           "locaux.</p>", ("iclei", "Bonn")),
    # a card, the network by its noun as the subject
    ("fr", "<div class='card'><h3>Union des Villes et Communes de Wallonie (UVCW)</h3><p>L'UVCW fédère les 253 "
           "communes de Wallonie. Établie à Namur, l'Union conseille les pouvoirs locaux.</p></div>",
     ("union-des-villes-et-communes-de-wallonie", "Namur")),
    ("en", "<dl><dt>ICLEI</dt><dd>Located in Bonn, ICLEI brings together 2,500 local governments.</dd></dl>",
     ("iclei", "Bonn")),
    ("es", "<details><summary>CIDEU</summary><p>Establecida en Barcelona, la red agrupa a 120 ciudades.</p></details>",
     ("cideu", "Barcelona")),
    ("it", "<h2>AICCRE</h2><p>Stabilita a Roma, l'associazione rappresenta 1.200 enti locali.</p>", ("aiccre", "Roma")),
])
def test_a_fronted_participle_of_place_gives_the_seat_of_the_network_after_it(lang, body, expected):
    assert expected in values_of("headquarters", body, lang)


@pytest.mark.parametrize("lang, body", [
    # a person or a family as the subject
    ("fr", "<h2>Eurocities</h2><p>Établie à Lyon depuis 1990, la famille Dupont a rejoint le réseau.</p>"),
    ("fr", "<h2>Eurocities</h2><p>Établi à Lyon, le maire a rejoint Eurocities en 2019.</p>"),
    # another body
    ("en", "<h2>Eurocities</h2><p>Located in Brussels, the European Parliament hosts the summit.</p>"),
    # where it was founded
    ("en", "<h2>ICLEI</h2><p>Established in Bonn, ICLEI brings together 2,500 local governments.</p>"),
])
def test_a_fronted_participle_with_another_subject_is_no_seat(lang, body):
    assert not values_of("headquarters", body, lang)
