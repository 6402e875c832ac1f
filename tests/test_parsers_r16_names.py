"""One network, one id: a section the vocabulary knows is one network in every language and form its name takes.
UCLG's African section is cglu-afrique whether a page writes "CGLU Afrique", "UCLG Africa", "CGLU África", its
acronyms or its name spelled out in any language; UCLG's other sections and UCLG itself stay what they were."""

import pytest
from helpers.extracted import triples_of_snippet

from scraper.parsers.networks import find_networks, network_ids


@pytest.mark.parametrize("text", [
    "Cités et Gouvernements Locaux Unis d'Afrique",
    "Cités et Gouvernements Locaux Unis d’Afrique",
    "United Cities and Local Governments of Africa",
    "Ciudades y Gobiernos Locales Unidos de África",
    "Città e Governi Locali Uniti dell'Africa",
    "CGLU Afrique", "UCLG Africa", "CGLU África", "UCLG Afrika", "UCLG-Africa",
    "UCLG-A", "CGLUA",
])
def test_every_name_of_uclgs_african_section_is_one_id(text):
    assert network_ids(text) == ["cglu-afrique"]


def test_the_african_section_is_still_a_section_of_uclg():
    assert {mention.part_of for mention in find_networks("UCLG-A, CGLU Afrique")} == {"uclg"}


@pytest.mark.parametrize("text, expected", [
    # another section, by its acronym or its continent
    ("CGLU-ASPAC", ["cglu-aspac"]),
    ("UCLG Asia-Pacific", ["uclg-asia-pacific"]),
    ("UCLG Europe", ["uclg-europe"]),
    # the continent in the sentence, not in the name
    ("Les villes de CGLU de toute l'Afrique", ["uclg"]),
    ("UCLG, with members in Africa", ["uclg"]),
])
def test_other_sections_and_the_world_network_keep_their_ids(text, expected):
    assert network_ids(text) == expected


@pytest.mark.parametrize("lang, body", [
    # a table's row, its name spelled out and its short form in brackets
    ("fr", "<table><tr><th>Réseau</th><th>Adhésion</th><th>Siège</th></tr><tr><td>Cités et Gouvernements Locaux Unis "
           "d&#8217;Afrique (CGLU Afrique)</td><td>1996</td><td>Rabat</td></tr></table>"),
    # a card
    ("en", "<div class='card'><h3>United Cities and Local Governments of Africa</h3><p>Member since 1996</p>"
           "<p>Headquarters: Rabat</p></div>"),
    # a definition list
    ("es", "<h2>Ciudades y Gobiernos Locales Unidos de África</h2><dl><dt>Adhesión</dt><dd>1996</dd><dt>Sede</dt>"
           "<dd>Rabat</dd></dl>"),
    # prose
    ("it", "<p>La città aderisce dal 1996 a Città e Governi Locali Uniti dell'Africa, che ha sede a Rabat.</p>"),
])
def test_the_sections_facts_go_to_its_one_id_in_every_markup(lang, body):
    triples = triples_of_snippet(body, lang)
    assert {("cglu-afrique", "headquarters", "Rabat"), ("cglu-afrique", "joined", "1996")} <= triples
    assert {network for network, _, _ in triples} == {"cglu-afrique"}


@pytest.mark.parametrize("lang, body, expected", [
    # a heading, the text under it naming the network by its acronym and its name in its own language
    ("es", "<h2>EUDEL – Asociación de Municipios Vascos</h2><p>EUDEL (Euskadiko Udalen Elkartea) reúne a 251 "
           "municipios y tiene su sede en Bilbao.</p>", {("eudel", "member_cities", "251"), ("eudel", "headquarters",
                                                                                               "Bilbao")}),
    # a card
    ("en", "<div class='card'><h3>VNG – Association of Netherlands Municipalities</h3><p>Headquarters: The Hague</p>"
           "<p>Member since 2004</p></div>", {("vng", "joined", "2004"), ("vng", "headquarters", "The Hague")}),
    # a table's row
    ("fr", "<table><tr><th>Réseau</th><th>Adhésion</th><th>Siège</th></tr><tr><td>VVSG – Association des Villes et "
           "Communes Flamandes</td><td>2010</td><td>Bruxelles</td></tr></table>",
     {("vvsg", "joined", "2010"), ("vvsg", "headquarters", "Bruxelles")}),
    # a definition list
    ("it", "<dl><dt>SOS – Associazione dei Comuni Sloveni</dt><dd>Sede: Lubiana</dd><dd>Adesione: 2012</dd></dl>",
     {("sos", "headquarters", "Lubiana"), ("sos", "joined", "2012")}),
])
def test_an_acronym_before_a_dash_and_a_name_it_does_not_spell_names_the_network(lang, body, expected):
    assert triples_of_snippet(body, lang) == expected


@pytest.mark.parametrize("text, expected", [
    # the name's words spell the acronym: the name's own slug
    ("ACM – Associazione dei Comuni Molisani", ["associazione-dei-comuni-molisani"]),
    ("UVCB – Union des Villes et Communes du Burundi", ["union-des-villes-et-communes-du-burundi"]),
    # a row of names, not one network
    ("EUDEL – Asociación de Municipios Vascos – FEMP",
     ["asociacion-de-municipios-vascos", "federacion-espanola-de-municipios-y-provincias"]),
    # a known network's acronym before another network's name
    ("AIMF – Asociación de Municipios Vascos", ["aimf", "asociacion-de-municipios-vascos"]),
])
def test_a_name_its_acronym_spells_or_a_row_of_names_keeps_its_ids(text, expected):
    assert network_ids(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("ANCI Puglia", ["anci-puglia"]),
    ("La sezione regionale, ANCI Sicilia, e l'ANCI", ["anci-sicilia", "associazione-nazionale-comuni-italiani"]),
    ("AICCRE Emilia-Romagna", ["aiccre-emilia-romagna"]),
    ("ANCI Valle d'Aosta", ["anci-valle-d-aosta"]),
    # a city, a body of the association, a longer word: no region
    ("ANCI Roma", []),
    ("ANCI Giovani", []),
    ("ANCI Venetos", []),
])
def test_a_national_associations_acronym_and_a_region_name_its_regional_section(text, expected):
    assert network_ids(text) == expected


def test_the_regional_section_is_a_section_of_the_national_association():
    assert [mention.part_of for mention in find_networks("ANCI Toscana")] == ["associazione-nazionale-comuni-italiani"]


@pytest.mark.parametrize("lang, body, expected", [
    ("it", "<p>Il Comune partecipa all'ANCI Puglia, che riunisce 257 Comuni.</p>", ("anci-puglia", "257")),
    ("en", "<p>Lecce also belongs to ANCI Puglia, which brings together 257 municipalities.</p>",
     ("anci-puglia", "257")),
    ("it", "<table><tr><th>Associazione</th><th>Anno di adesione</th></tr><tr><td>ANCI Sicilia</td><td>1994</td></tr>"
           "</table><p>La sezione regionale, ANCI Sicilia, riunisce tutti i 391 comuni dell'isola.</p>",
     ("anci-sicilia", "391")),
])
def test_a_regional_sections_count_is_its_own_not_its_national_associations(lang, body, expected):
    counts = {(network, value) for network, attribute, value in triples_of_snippet(body, lang)
              if attribute == "member_cities"}
    assert counts == {expected}


@pytest.mark.parametrize("lang, body, expected", [
    ("it", "<h2>Associazione Nazionale Città dell'Olio</h2><p>La città aderisce alla rete delle Città dell'Olio, "
           "fondata nel 1994 a Larino, che riunisce oltre 400 Comuni.</p>", "associazione-nazionale-citta-dell-olio"),
    ("fr", "<h2>Association Nationale des Villes Fleuries</h2><p>Le réseau des Villes Fleuries, fondé en 1959 à Paris, "
           "rassemble plus de 4 000 communes.</p>", "association-nationale-des-villes-fleuries"),
    ("en", "<h2>Association of Walled Towns of Europe</h2><p>The Walled Towns of Europe network was founded in 1989 in "
           "Chester and gathers 140 towns.</p>", "association-of-walled-towns-of-europe"),
])
def test_a_short_form_that_a_name_written_in_full_ends_with_names_that_network(lang, body, expected):
    assert {network for network, _, _ in triples_of_snippet(body, lang)} == {expected}


def test_a_short_form_is_not_a_longer_name_that_goes_on_after_it():
    # "Villes Fleuries" does not end "Union des Villes Fleuries de Wallonie": another network
    body = ("<h2>Union des Villes Fleuries de Wallonie</h2><p>Le réseau des Villes Fleuries, fondé en 1959 à Paris, "
            "rassemble plus de 4 000 communes.</p>")
    assert {network for network, _, _ in triples_of_snippet(body, "fr")} == {"villes-fleuries"}


@pytest.mark.parametrize("text, expected", [
    ("Bayerischer Städtetag", ["bayerischer-stadtetag"]),
    ("Auf Landesebene ist Augsburg im Bayerischen Städtetag organisiert.", ["bayerischer-stadtetag"]),
    ("Die Geschäftsstelle des Bayerischen Städtetags liegt in München.", ["bayerischer-stadtetag"]),
    ("Graz ist Mitglied des Steirischen Gemeindebundes.", ["steirischer-gemeindebund"]),
    ("Hannover gehört dem Niedersächsischen Städte- und Gemeindebund an.",
     ["niedersachsischer-stadte-und-gemeindebund"]),
    # an adjective that does not decline keeps its form
    ("Erfurt ist Mitglied im Thüringer Gemeinde- und Städtebund.", ["thuringer-gemeinde-und-stadtebund"]),
    # the national associations are the vocabulary's; the Austrian "Städtetag" is the Städtebund's congress
    ("im Deutschen Städtetag", ["deutscher-stadtetag"]),
    ("Klagenfurt wird 2027 Gastgeber des Österreichischen Städtetages.", []),
    # the noun alone is any association's
    ("Der Städtetag tagt im Mai.", []),
])
def test_a_lands_association_is_one_network_in_every_case_of_its_adjective(text, expected):
    assert network_ids(text) == expected


@pytest.mark.parametrize("body", [
    "<h3>Bayerischer Städtetag</h3><ul><li>Gegründet: 1896</li><li>Sitz: München</li></ul>",
    "<p>Würzburg ist Mitglied im Bayerischen Städtetag. Der Verband wurde 1896 gegründet und hat seinen Sitz in "
    "München.</p>",
])
def test_a_lands_associations_facts_go_to_its_nominatives_id(body):
    assert {("bayerischer-stadtetag", "founded", "1896"), ("bayerischer-stadtetag", "headquarters", "München")} <= (
        triples_of_snippet(body, "de"))


@pytest.mark.parametrize("text, expected", [
    ("Villach ist Gründungsmitglied des Vereins „Alpenstadt des Jahres“.", ["alpenstadt-des-jahres"]),
    ("Würzburg tritt dem Bündnis Städte Sicherer Häfen bei.", ["bundnis-stadte-sicherer-hafen"]),
    ("La ville a rejoint l'association « Villes Internet » en 2010.", ["villes-internet"]),
    ("The city joined the association \"Cities for Fair Trade\" in 2012.", ["cities-for-fair-trade"]),
    ("Il Comune aderisce all'associazione «Città del Bio».", ["citta-del-bio"]),
    ("La ciudad forma parte de la asociación «Ciudades Patrimonio de la Humanidad».",
     ["ciudades-patrimonio-de-la-humanidad"]),
    # a twinning's association, a name that names no cities, a lower-case noun before an unquoted name
    ("Der Verein „Städtepartnerschaft Würzburg–Caen“ lädt ein.", []),
    ("Der Verein „Freunde der Musik“ lädt ein.", []),
    ("l'association Villes Internet", []),
])
def test_a_name_after_an_associations_noun_that_names_cities_is_a_network(text, expected):
    assert network_ids(text) == expected


def test_a_quoted_networks_row_gives_its_facts_to_the_name_in_quotes():
    body = ("<table><tr><th>Netzwerk</th><th>Beitritt</th><th>Mitglieder</th></tr><tr><td>Verein „Alpenstadt des "
            "Jahres“</td><td>1997</td><td>20 Städte aus 6 Ländern</td></tr></table>")
    assert {("alpenstadt-des-jahres", "joined", "1997"), ("alpenstadt-des-jahres", "member_cities", "20"),
            ("alpenstadt-des-jahres", "member_countries", "6")} <= triples_of_snippet(body, "de")
