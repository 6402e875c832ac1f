"""Networks outside the vocabulary named only by the heading of the block that states their facts (a card's title, a
table row's first cell, an accordion's button), the text under it saying "the network", "la plateforme", "der Verbund",
"la rete", "la red" or nothing at all; and what such a heading is not (a description, a list's or a section's heading,
a twin city, a person)."""

import pytest
from helpers.extracted import claims_of_sentence, facts_of_snippet, triples_of_snippet

from scraper.parsers.networks import network_ids, network_named_by_heading


@pytest.mark.parametrize("lang, body, expected", [
    # a card whose rows say the city founded it, then what it gathers ("la plateforme")
    ("fr", "<div class='card'><h3>Réseau urbain rhénan</h3><p>Membre fondateur</p><p>Créé en 2002</p>"
           "<p>Cette plateforme informelle rassemble onze villes de France, d'Allemagne et de Suisse.</p></div>",
     {("reseau-urbain-rhenan", "founded", "2002"), ("reseau-urbain-rhenan", "joined", "2002"),
      ("reseau-urbain-rhenan", "member_cities", "11")}),
    # prose under the heading, "le réseau"
    ("fr", "<h2>Réseau québécois de Villes et Villages en santé</h2><p>Inspiré du mouvement des Villes-santé, le "
           "réseau rassemble environ 200 municipalités. La Ville y adhère depuis 2005.</p>",
     {("reseau-quebecois-de-villes-et-villages-en-sante", "member_cities", "200"),
      ("reseau-quebecois-de-villes-et-villages-en-sante", "joined", "2005")}),
    # a card's <dl>: no sentence names it
    ("de", "<div class='card'><h2>Bündnis Städte Sicherer Häfen</h2><dl><dt>Gegründet</dt><dd>Juni 2019 in Potsdam</dd>"
           "<dt>Mitglieder</dt><dd>mehr als 100 Städte und Gemeinden</dd><dt>Die Stadt</dt>"
           "<dd>Gründungsmitglied des Bündnisses</dd></dl></div>",
     {("bundnis-stadte-sicherer-hafen", "founded", "2019-06"),
      ("bundnis-stadte-sicherer-hafen", "founded_place", "Potsdam"),
      ("bundnis-stadte-sicherer-hafen", "member_cities", "100"),
      ("bundnis-stadte-sicherer-hafen", "joined", "2019-06")}),
    ("de", "<h3>Verbund Fahrradfreundlicher Kommunen Nordrhein</h3><p>Der Verbund wurde 2007 gegründet und zählt heute "
           "rund 90 Kommunen. Die Stadt ist seit 2010 Mitglied.</p>",
     {("verbund-fahrradfreundlicher-kommunen-nordrhein", "founded", "2007"),
      ("verbund-fahrradfreundlicher-kommunen-nordrhein", "member_cities", "90"),
      ("verbund-fahrradfreundlicher-kommunen-nordrhein", "joined", "2010")}),
    # an accordion's button over its panel
    ("it", "<div class='accordion'><h3 class='accordion-header'><button class='accordion-button'>Associazione "
           "nazionale Città dell'Olio</button></h3><div class='accordion-collapse'><div class='accordion-body'>"
           "<p>L'associazione è nata nel 1994 e riunisce oltre 300 Comuni. Il Comune ne è socio dal 1998.</p>"
           "</div></div></div>",
     {("associazione-nazionale-citta-dell-olio", "founded", "1994"),
      ("associazione-nazionale-citta-dell-olio", "member_cities", "300"),
      ("associazione-nazionale-citta-dell-olio", "joined", "1998")}),
    # a meta line of the card: "Miembro fundador · Creada en 2014"
    ("es", "<h3>Red Chilena de Municipios ante el Cambio Climático</h3><p>Miembro fundador · Creada en 2014</p>"
           "<p>La red nacional reúne a municipios de todas las regiones del país.</p>",
     {("red-chilena-de-municipios-ante-el-cambio-climatico", "founded", "2014"),
      ("red-chilena-de-municipios-ante-el-cambio-climatico", "joined", "2014")}),
    ("es", "<h3>Red Argentina de Municipios frente al Cambio Climático</h3><p>La red, fundada en 2010, agrupa a más de "
           "200 municipios. El Municipio es miembro desde 2012.</p>",
     {("red-argentina-de-municipios-frente-al-cambio-climatico", "founded", "2010"),
      ("red-argentina-de-municipios-frente-al-cambio-climatico", "member_cities", "200"),
      ("red-argentina-de-municipios-frente-al-cambio-climatico", "joined", "2012")}),
    # a table's row: the name in its first cell, the year under "Member since", "the movement" in the last cell
    ("en", "<table><thead><tr><th>Network</th><th>Member since</th><th>About the network</th></tr></thead><tbody><tr>"
           "<th scope='row'>City of Sanctuary UK</th><td>2010</td><td>Founded in Sheffield in 2005, the movement has "
           "local groups in towns and cities across the UK.</td></tr></tbody></table>",
     {("city-of-sanctuary-uk", "joined", "2010"), ("city-of-sanctuary-uk", "founded", "2005"),
      ("city-of-sanctuary-uk", "founded_place", "Sheffield")}),
    ("en", "<h3>Alliance for Healthy Harbours</h3><p>Member since 2016.</p><p>The alliance, founded in 2009, brings "
           "together 40 port towns.</p>",
     {("alliance-for-healthy-harbours", "joined", "2016"), ("alliance-for-healthy-harbours", "founded", "2009"),
      ("alliance-for-healthy-harbours", "member_cities", "40")}),
])
def test_a_heading_names_the_network_whose_facts_its_block_states(lang, body, expected):
    assert expected <= triples_of_snippet(body, lang)


@pytest.mark.parametrize("heading, text_under", [
    # descriptions and a list's or a section's headings
    ("Nos réseaux", "La Ville est membre du réseau depuis 2001. Le réseau rassemble 30 villes."),
    ("Réseau de villes", "Le réseau rassemble 30 villes. La Ville en est membre depuis 2001."),
    ("Netzwerk europäischer Großstädte", "Das Netzwerk vereint 200 Städte. Die Stadt ist seit 1994 Mitglied."),
    ("Red de ciudades", "La red agrupa a 40 ciudades. La ciudad es miembro desde 2003."),
    ("Key figures", "Member since 2001. The network links 40 cities."),
    ("Contact", "Membre depuis 2001. Le réseau compte 40 villes."),
    # a twin city, a person, a programme
    ("Los Angeles", "Country: USA. Link since: 1967. The partnership links our schools."),
    ("Anne Martin", "Adjointe au maire, elle représente la Ville au bureau du réseau, dont elle est membre depuis "
                    "2020. Le réseau compte 200 villes."),
    ("Anne Martin", "Membre depuis 2020 du bureau, elle représente la Ville ; le réseau compte 200 villes."),
    ("San Diego", "Member since 1977 of the sister city programme; the network links our schools."),
    ("Programma Erasmus Plus", "Il Comune partecipa al programma dal 2015 con 30 scuole."),
    # an organisation's name over text that states no membership and no network
    ("Unione Europea", "L'Unione riunisce 27 Stati membri."),
    ("Association des amis du musée", "L'association compte 300 adhérents. La Ville la soutient depuis 1990."),
])
def test_a_heading_that_is_no_networks_name_names_none(heading, text_under):
    assert network_named_by_heading(heading, text_under) is None


def test_a_person_heading_a_card_of_the_network_she_serves_gets_no_network_facts():
    body = ("<h3>Anne Martin</h3><p>Adjointe au maire, elle représente la Ville au bureau du réseau, dont elle est "
            "membre depuis 2020. Le réseau compte 200 villes.</p>")
    assert facts_of_snippet(body, "fr") == set()


def test_another_citys_joining_told_with_french_auxiliary_is_not_the_publishing_citys():
    body = ("<h2>Eurocities</h2><p>Mulhouse est membre d'Eurocities depuis 1997. Les maires se retrouvent chaque "
            "année ; Colmar a rejoint Eurocities en 2012.</p>")
    found = triples_of_snippet(body, "fr", url="https://www.mulhouse.fr/reseaux")
    joined = {value for _, attribute, value in found if attribute == "joined"}
    assert joined == {"1997"}


@pytest.mark.parametrize("lang, body, expected", [
    ("it", "<p>Ferrara ospita l'assemblea del Coordinamento nazionale degli enti locali per la pace e i diritti umani."
           "</p><p>Il Coordinamento, nato a Perugia nel 1986, riunisce oggi oltre 500 Comuni. Ferrara ne fa parte dal "
           "1992.</p>",
     {("coordinamento-nazionale-degli-enti-locali-per-la-pace-e-i-diritti-umani", "founded", "1986"),
      ("coordinamento-nazionale-degli-enti-locali-per-la-pace-e-i-diritti-umani", "member_cities", "500"),
      ("coordinamento-nazionale-degli-enti-locali-per-la-pace-e-i-diritti-umani", "joined", "1992")}),
    ("fr", "<p>Mulhouse accueille cette année la réunion du réseau Plateforme Rhénane.</p><p>La plateforme, créée en "
           "2002, rassemble onze villes.</p>",
     {("plateforme-rhenane", "founded", "2002"), ("plateforme-rhenane", "member_cities", "11")}),
    ("de", "<p>Kiel richtet die Tagung im Netzwerk Nordsee-Verbund aus.</p><p>Der Verbund wurde 1998 gegründet und "
           "zählt heute 40 Städte.</p>",
     {("nordsee-verbund", "founded", "1998"), ("nordsee-verbund", "member_cities", "40")}),
    ("es", "<p>Lima acoge el encuentro de la red Coordinadora Andina de Ciudades.</p><p>La Coordinadora, creada en "
           "2004, agrupa a 60 municipios.</p>",
     {("coordinadora-andina-de-ciudades", "founded", "2004"),
      ("coordinadora-andina-de-ciudades", "member_cities", "60")}),
    ("en", "<p>Bristol hosted the Coastal Towns Platform network this spring.</p><p>The platform, founded in 2011, "
           "brings together 40 towns.</p>",
     {("coastal-towns-platform", "founded", "2011"), ("coastal-towns-platform", "member_cities", "40")}),
])
def test_a_network_named_before_is_the_subject_its_own_noun_opens(lang, body, expected):
    assert expected <= triples_of_snippet(body, lang, heading="Actualités")


def test_a_noun_the_network_named_before_lacks_is_not_its_subject():
    body = ("<p>Ferrara ospita l'assemblea del Coordinamento nazionale degli enti locali per la pace e i diritti umani."
            "</p><p>La piattaforma online del Comune, attiva dal 2019, conta 500 iscritti.</p>")
    assert not {fact for fact in triples_of_snippet(body, "it", heading="Notizie") if fact[2] in {"500", "2019"}}


# A national association that is a network's national section is a network of its own: its seat and its members'
# joinings are its own.
@pytest.mark.parametrize("text", [
    "AICCRE - Associazione Italiana per il Consiglio dei Comuni e delle Regioni d'Europa",
    "Il Comune aderisce all'Associazione italiana per il Consiglio dei Comuni e delle Regioni d'Europa.",
    "L'AICCRE sostiene i gemellaggi.",
])
def test_the_italian_section_of_cemr_is_a_network_of_its_own(text):
    assert network_ids(text) == ["aiccre"]


def test_a_city_joins_the_italian_section_not_cemr():
    body = ("<h3>AICCRE - Associazione Italiana per il Consiglio dei Comuni e delle Regioni d'Europa</h3><p>L'AICCRE "
            "sostiene i gemellaggi. Il Comune di Ferrara è socio dal 1972.</p>")
    found = triples_of_snippet(body, "it")
    assert ("aiccre", "joined", "1972") in found and not {fact for fact in found if fact[0] == "cemr"}


def test_the_owners_own_facts_told_in_a_relative_clause_stay_the_owners():
    body = ("<h3>AFCCRE</h3><p>Section française du Conseil des communes et régions d'Europe, qui fédère 60 "
            "associations de 41 pays, l'AFCCRE a son siège à Orléans.</p>")
    found = triples_of_snippet(body, "fr")
    assert {("cemr", "member_associations", "60"), ("afccre", "headquarters", "Orléans")} <= found
    assert ("afccre", "member_associations", "60") not in found


@pytest.mark.parametrize("lang, body, regional_seat", [
    ("it", "<h3>AICCRE</h3><p>L'AICCRE ha sede a Roma. La federazione regionale dell'Emilia-Romagna ha sede a Bologna."
           "</p>", "Bologna"),
    ("it", "<h3>Organizzazione delle Città del Patrimonio Mondiale</h3><p>L'organizzazione ha sede a Québec. La rete è "
           "articolata in otto segretariati regionali; quello per l'Europa meridionale ha sede a Cordova.</p>",
     "Cordova"),
    ("fr", "<h3>AFCCRE</h3><p>L'AFCCRE a son siège à Orléans. La fédération régionale d'Occitanie a son siège à "
           "Toulouse.</p>", "Toulouse"),
    ("es", "<h3>Federación Española de Municipios y Provincias</h3><p>La FEMP tiene su sede en Madrid. La federación "
           "regional de Andalucía tiene su sede en Sevilla.</p>", "Sevilla"),
])
def test_a_regional_federation_or_secretariat_is_not_the_networks_seat(lang, body, regional_seat):
    seats = {value for _, attribute, value in triples_of_snippet(body, lang) if attribute == "headquarters"}
    assert seats and regional_seat not in seats


# A card's or a table's row of the city's joining: the city's name then "since" alone, or its verb.
@pytest.mark.parametrize("lang, row", [
    ("es", "Cádiz, desde: 2014"),
    ("it", "Lucca aderisce dal: 2014"),
    ("fr", "Lyon, depuis : 2014"),
    ("en", "Leeds, since: 2014"),
    ("de", "Kiel, seit: 2014"),
])
def test_a_row_of_the_citys_name_and_since_is_its_joining(lang, row):
    body = f"<h3>Eurocities</h3><dl><dt>Founded</dt><dd>1986</dd></dl><ul><li>{row}</li></ul>"
    assert ("eurocities", "joined", "2014") in triples_of_snippet(body, lang)


@pytest.mark.parametrize("lang, row", [
    ("fr", "Jumelage depuis : 1958"),
    ("de", "Partnerschaft seit: 1950"),
    ("en", "Link since: 1952"),
    # with the comma of a row of the city's joining
    ("es", "Hermanamiento, desde: 1985"),
    ("it", "Gemellaggio, dal: 1990"),
    ("fr", "Jumelage, depuis : 1958"),
])
def test_a_twinnings_row_is_no_joining(lang, row):
    body = f"<h2>Eurocities</h2><p>Eurocities links 200 cities.</p><h3>Cologne</h3><ul><li>{row}</li></ul>"
    assert not {fact for fact in triples_of_snippet(body, lang) if fact[1] == "joined"}


# A founding member joined in the year the sentence says the network was founded, not at a later date it gives.
@pytest.mark.parametrize("sentence", [
    "Besançon est l'une des villes fondatrices du Réseau des sites majeurs de Vauban, créé en 2005 pour préparer la "
    "candidature au patrimoine mondial, obtenue en 2008.",
    "Leeds is one of the founding members of the Northern Heritage Cities Network, founded in 2005 to prepare a bid "
    "that succeeded in 2008.",
    "Kiel ist Gründungsmitglied des Städtenetzwerks Ostseehäfen, das 2005 gegründet wurde und 2008 eine Förderung "
    "erhielt.",
    "Cádiz es una de las ciudades fundadoras de la Red de Ciudades Atlánticas, creada en 2005 para preparar una "
    "candidatura aprobada en 2008.",
    "Lucca è tra i soci fondatori della Rete delle Città Murate, fondata nel 2005 per preparare la candidatura, "
    "approvata nel 2008.",
])
def test_a_founding_members_joining_is_the_founding_year_the_sentence_gives(sentence):
    claims = claims_of_sentence(sentence)
    assert ("joined", "2005") in claims and ("joined", "2008") not in claims


@pytest.mark.parametrize("sentence, year", [
    ("Valladolid fue una de las 25 ciudades fundadoras de RECI en 2012.", "2012"),
    ("Leeds was a founding member of the Core Cities Group in 1995.", "1995"),
])
def test_a_network_was_founded_when_its_founding_member_joined_it(sentence, year):
    assert ("founded", year) in claims_of_sentence(sentence)


@pytest.mark.parametrize("sentence, year", [
    ("Lille est membre fondateur du réseau Eurocities depuis 1986.", "1986"),
    ("Lucca è socio fondatore della Rete delle Città Murate dal 2005.", "2005"),
    ("Kiel ist Gründungsmitglied der Union der Ostseestädte seit 1991.", "1991"),
])
def test_a_founding_member_since_a_year_joined_then_the_founding_not_stated(sentence, year):
    claims = claims_of_sentence(sentence)
    assert ("joined", year) in claims and not [claim for claim in claims if claim[0] == "founded"]


@pytest.mark.parametrize("sentence", [
    "Leeds was a founding member of Eurocities and joined the Culture Forum in 2005.",
    "Paris, membre fondateur de l'AIMF, a été élue au bureau en 2014.",
    "Barcelona, miembro fundador de CGLU, acogió su congreso en 2010.",
])
def test_a_later_date_in_another_clause_is_no_founding(sentence):
    assert not [claim for claim in claims_of_sentence(sentence) if claim[0] == "founded"]


@pytest.mark.parametrize("sentence", [
    "Leeds was a founding member of Eurocities and joined the Culture Forum in 2005.",
    "Paris, membre fondateur de l'AIMF, a été élue au bureau en 2014.",
    "Barcelona, miembro fundador de CGLU, acogió su congreso en 2010.",
    "Kiel, Gründungsmitglied der UBC, war 2010 Gastgeber der Generalkonferenz.",
    "Lucca, socio fondatore della rete, ha ospitato l'assemblea nel 2019.",
])
def test_a_founding_member_did_not_join_at_a_date_of_another_clause(sentence):
    assert not [claim for claim in claims_of_sentence(sentence) if claim[0] == "joined"]


def test_a_founding_members_year_in_brackets_is_its_joining():
    assert ("joined", "1986") in claims_of_sentence("Leeds was a founding member of Eurocities (1986).")


# The name in any markup of a title: with its article, with its acronym after a dash, on a line in bold that the markup
# does not make a heading.
@pytest.mark.parametrize("lang, body, expected", [
    ("fr", "<h2>Le Réseau urbain rhénan</h2><p>Membre fondateur</p><p>Créé en 2002</p><p>Cette plateforme "
           "rassemble onze villes.</p>",
     {("reseau-urbain-rhenan", "founded", "2002"), ("reseau-urbain-rhenan", "joined", "2002")}),
    ("es", "<h3>Red Chilena de Municipios ante el Cambio Climático – RedMuniCC</h3><p>Miembro fundador · Creada en "
           "2014</p><p>La red reúne a municipios de todo el país.</p>",
     {("red-chilena-de-municipios-ante-el-cambio-climatico", "founded", "2014"),
      ("red-chilena-de-municipios-ante-el-cambio-climatico", "joined", "2014")}),
    ("fr", "<div class='card'><p><strong>Réseau urbain rhénan</strong></p><p>Membre fondateur</p><p>Créé en 2002</p>"
           "<p>Cette plateforme rassemble onze villes.</p></div>",
     {("reseau-urbain-rhenan", "founded", "2002"), ("reseau-urbain-rhenan", "joined", "2002"),
      ("reseau-urbain-rhenan", "member_cities", "11")}),
    ("de", "<p><b>Bündnis Städte Sicherer Häfen</b></p><p>Gegründet: Juni 2019 in Potsdam</p><p>Mitglieder: mehr als "
           "100 Städte und Gemeinden</p><p>Die Stadt ist Gründungsmitglied.</p>",
     {("bundnis-stadte-sicherer-hafen", "founded", "2019-06"),
      ("bundnis-stadte-sicherer-hafen", "member_cities", "100")}),
    ("it", "<p><strong>Associazione nazionale Città dell'Olio</strong></p><p>L'associazione è nata nel 1994 e "
           "riunisce oltre 300 Comuni. Il Comune ne è socio dal 1998.</p>",
     {("associazione-nazionale-citta-dell-olio", "founded", "1994"),
      ("associazione-nazionale-citta-dell-olio", "joined", "1998")}),
    ("en", "<p><strong>City of Sanctuary UK</strong></p><p>Member since: 2010</p><p>About the network: Founded in "
           "Sheffield in 2005, the movement has local groups in towns and cities across the UK.</p>",
     {("city-of-sanctuary-uk", "joined", "2010"), ("city-of-sanctuary-uk", "founded", "2005")}),
])
def test_a_networks_name_in_any_title_markup_heads_its_facts(lang, body, expected):
    assert expected <= triples_of_snippet(body, lang)


@pytest.mark.parametrize("lang, body", [
    # a list of names in bold, then a paragraph about the city's networks
    ("fr", "<p><strong>Réseau urbain rhénan</strong></p><p><strong>Plateforme Rhin supérieur</strong></p><p>La Ville "
           "est membre de ces réseaux depuis 2002 ; le réseau rassemble onze villes.</p>"),
    # a person's name in bold over her card
    ("fr", "<p><strong>Anne Martin</strong></p><p>Membre depuis 2020 du bureau, elle représente la Ville ; le réseau "
           "compte 200 villes.</p>"),
    # a twin city in bold
    ("en", "<p><strong>San Diego</strong></p><p>Member since 1977 of the sister city programme; the network links "
           "our schools.</p>"),
])
def test_a_bold_line_that_is_no_networks_name_over_its_facts_names_none(lang, body):
    assert triples_of_snippet(body, lang) == set()
