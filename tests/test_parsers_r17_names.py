"""A network the page names but the vocabulary does not know: a heading of any form (a card's title, an accordion's
button, a definition list's term) whose own block speaks of it as an organisation ("l'associazione", "la rete", "the
network", "le réseau", "das Netzwerk", "el Grupo") or whose name opens on an organisation's noun, and states a
network's fact of cities or local governments, heads that network's section. Section headings, projects, programmes,
events and offices stay no network."""

import pytest
from helpers.extracted import triples_of_snippet

from scraper.parsers.networks import network_ids, network_named_by_heading


@pytest.mark.parametrize("lang, body, expected", [
    # a card: the name, then rows and a sentence calling it "la rete"
    ("it", "<div class='card'><h3>Comuni in Cammino</h3><p>Fondata nel 2004</p><p>Sede: Spoleto</p><p>La rete conta "
           "oltre 120 enti locali soci, tra Comuni e Unioni di Comuni.</p></div>",
     {("comuni-in-cammino", "founded", "2004"), ("comuni-in-cammino", "headquarters", "Spoleto"),
      ("comuni-in-cammino", "represented_governments", "120")}),
    # an award that brings its homonymous association: "dell'associazione omonima"
    ("it", "<h3>Borgo della musica</h3><p>Nel 2015 il Comune è entrato a far parte dell'associazione omonima, fondata "
           "nel 2001. L'associazione conta una trentina di città italiane.</p>",
     {("borgo-della-musica", "founded", "2001"), ("borgo-della-musica", "member_cities", "30")}),
    # prose under a heading, the network as the sentence's subject by its noun
    ("en", "<h2>Harbour Lights Alliance</h2><p>The alliance was founded in 2006 in Bergen and brings together 24 "
           "port cities. Our city joined in 2012.</p>",
     {("harbour-lights-alliance", "founded", "2006"), ("harbour-lights-alliance", "member_cities", "24"),
      ("harbour-lights-alliance", "joined", "2012")}),
    ("fr", "<h3>Villes du Grand Delta</h3><p>Le réseau, créé en 1998, rassemble 35 villes riveraines. Son siège est "
           "à Arles.</p>",
     {("villes-du-grand-delta", "founded", "1998"), ("villes-du-grand-delta", "member_cities", "35"),
      ("villes-du-grand-delta", "headquarters", "Arles")}),
    # an accordion's button over its panel
    ("de", "<div class='accordion'><button aria-expanded='false' aria-controls='p1'>Bodensee Städtering</button>"
           "<div id='p1'><p>Das Netzwerk wurde 1994 gegründet und vereint 18 Städte. Die Stadt ist Mitglied seit 2001."
           "</p></div></div>",
     {("bodensee-stadtering", "founded", "1994"), ("bodensee-stadtering", "member_cities", "18")}),
    # a name opening on its noun ("Grupo ...", "Forum ..."), the text calling it by that noun or by rows alone
    ("es", "<h2>Grupo de Villas Termales del Norte</h2><p>El Grupo es una asociación creada en 1999. Lo integran "
           "las 12 ciudades con balneario de la cornisa. La villa se incorporó al Grupo en 2002.</p>",
     {("grupo-de-villas-termales-del-norte", "founded", "1999"),
      ("grupo-de-villas-termales-del-norte", "member_cities", "12")}),
    ("it", "<h3>Forum delle Città del Tirreno e delle Isole</h3><p>Fondato: 2003, Livorno</p><p>Sede: Livorno</p>"
           "<p>Aderente dal 2005</p><p>Riunisce le città costiere: oggi conta circa 40 città.</p>",
     {("forum-delle-citta-del-tirreno-e-delle-isole", "founded", "2003"),
      ("forum-delle-citta-del-tirreno-e-delle-isole", "headquarters", "Livorno"),
      ("forum-delle-citta-del-tirreno-e-delle-isole", "joined", "2005"),
      ("forum-delle-citta-del-tirreno-e-delle-isole", "member_cities", "40")}),
])
def test_a_heading_over_text_speaking_of_it_as_a_network_names_it(lang, body, expected):
    assert expected <= triples_of_snippet(body, lang, heading="Reti")


@pytest.mark.parametrize("heading, text", [
    # section headings over text that speaks of an association
    ("Cooperazione internazionale", "L'associazione, fondata nel 1990, riunisce 40 comuni."),
    ("Partner cities", "The network was founded in 1990 and gathers 40 cities."),
    ("Contatti", "L'associazione ha sede a Roma e conta 300 enti locali soci."),
    ("Gemellaggi", "La rete, nata nel 1985, riunisce le città gemellate."),
    ("Coopération décentralisée", "Le réseau, créé en 1990, rassemble 40 villes."),
    ("Städtepartnerschaften", "Der Verein wurde 1990 gegründet und vereint 40 Städte."),
    ("Hermanamientos", "La asociación, creada en 1990, reúne a 40 ciudades."),
    # a project, a programme, an event, a city's own office
    ("Progetto Mare Pulito", "La rete, fondata nel 2019, conta 12 comuni partner."),
    ("Programme Villes Vertes", "Le réseau, créé en 2019, rassemble 12 villes."),
    ("Festival der Städte", "Das Netzwerk wurde 2019 gegründet und zählt 12 Städte."),
    ("Ufficio Relazioni internazionali", "L'ufficio segue l'associazione, fondata nel 1990, che riunisce 40 comuni."),
    # a list's heading, a description, a subtitle under a known network's name
    ("Reti e associazioni", "L'associazione, fondata nel 1990, riunisce 40 comuni."),
    ("Une association de maires", "L'association, créée en 1990, rassemble 40 villes."),
    ("Le réseau des grandes villes européennes", "Fondé en 1986. Plus de 200 villes de 38 pays. Siège : Bruxelles"),
    # the text names the network itself: the heading is not its name
    ("Città e clima", "Il Comune aderisce alla rete Eurocities, fondata nel 1986, che riunisce 200 città."),
    # no network's fact, or members that are not cities
    ("Associazione Amici del Teatro", "L'associazione organizza ogni anno una rassegna estiva."),
    ("Verein Freunde der Altstadt", "Der Verein wurde 1990 gegründet und zählt 300 Mitglieder."),
    # one fact alone, the city never placed in it; a person's card; a fact box's heading
    ("Avviso Pubblico", "Nata nel 1996, l'associazione mette in rete oltre 500 enti locali."),
    ("Red de Museos de Castilla", "La red, con sede en Valladolid, reúne colecciones de 30 ciudades."),
    ("Anne Martin", "Membre depuis 2020 du bureau, elle représente la Ville ; le réseau compte 200 villes."),
    ("Villes du Grand Delta en bref", "Le réseau, créé en 1998, rassemble 35 villes. La Ville est membre depuis 2001."),
])
def test_a_section_a_project_or_a_description_is_no_network(heading, text):
    assert network_named_by_heading(heading, text) is None


def test_a_known_networks_subtitle_stays_its_section():
    body = ("<h2>Eurocities</h2><h3>Le réseau des grandes villes européennes</h3><p>Fondé en 1986</p>"
            "<p>Siège : Bruxelles</p><p>Membre depuis 2001</p>")
    assert triples_of_snippet(body) >= {("eurocities", "founded", "1986"), ("eurocities", "headquarters", "Bruxelles"),
                                        ("eurocities", "joined", "2001")}


@pytest.mark.parametrize("text, expected", [
    # a forum's or a group's name of cities, the object of the city's membership
    ("Lyon adhère au Groupe des Villes du Rhône et de la Saône depuis 2004.",
     ["groupe-des-villes-du-rhone-et-de-la-saone"]),
    ("The city joined the Group of Cities of the Northern Periphery in 2010.",
     ["group-of-cities-of-the-northern-periphery"]),
    ("El Ayuntamiento forma parte del Grupo de Ciudades Termales de Galicia desde 2001.",
     ["grupo-de-ciudades-termales-de-galicia"]),
    ("Il Comune aderisce al Forum delle Città della Valle del Po e delle Alpi.",
     ["forum-delle-citta-della-valle-del-po-e-delle-alpi"]),
    # its members' assembly, its key figures
    ("Rimini ospita la sessione plenaria del Forum delle Città del Tirreno e delle Isole",
     ["forum-delle-citta-del-tirreno-e-delle-isole"]),
    ("Il Forum delle Città del Tirreno e delle Isole in cifre", ["forum-delle-citta-del-tirreno-e-delle-isole"]),
    # a title's next line run into the name is no part of it
    ("Rimini ospita la sessione plenaria del Forum delle Città del Tirreno e delle Isole Sindaci e delegazioni",
     ["forum-delle-citta-del-tirreno-e-delle-isole"]),
])
def test_a_forum_or_a_group_of_cities_that_has_members_is_a_network(text, expected):
    assert network_ids(text) == expected


@pytest.mark.parametrize("text", [
    # a meeting, a working group, a festival
    "Le Forum des Villes Moyennes 2026 se tiendra à Albi.",
    "La Ville a participé au Forum des Villes Créatives à Lyon.",
    "El Foro de Alcaldes de Iberoamérica se celebró en Madrid.",
    "Il Gruppo di Lavoro delle Città si riunisce a marzo.",
    "The Group of Seven Cities Festival returns.",
    "Die Stadt war Gastgeber des Forums der Städte 2025.",
    # no word of its own
    "The Forum of Mayors met in Geneva.",
])
def test_a_meeting_or_a_working_group_is_no_network(text):
    assert network_ids(text) == []


def _card(label: str, title: str, rows: str) -> str:
    return f"<div class='card'><p class='kind'>{label}</p><h3>{title}</h3>{rows}</div>"


@pytest.mark.parametrize("lang, body, expected", [
    ("en", _card("Network", "Polar Harbour Cities", "<p>Founding partner, 2011</p><p>Established 2011 in Tromsø</p>"
                 "<p>Six port cities share their role as gateways to the Arctic.</p>"),
     {("polar-harbour-cities", "founded", "2011"), ("polar-harbour-cities", "founded_place", "Tromsø")}),
    ("fr", _card("Réseau", "Villes du Grand Fleuve", "<p>Créé en 2003 à Nantes</p><p>Membre depuis 2005</p>"
                 "<p>Vingt villes riveraines échangent sur leurs quais.</p>"),
     {("villes-du-grand-fleuve", "founded", "2003"), ("villes-du-grand-fleuve", "joined", "2005")}),
    ("de", _card("Netzwerk", "Donaustädte Kreis", "<p>Gegründet 1998 in Ulm</p><p>Mitglied seit 2001</p>"),
     {("donaustadte-kreis", "founded", "1998"), ("donaustadte-kreis", "joined", "2001")}),
    ("es", _card("Red", "Ciudades del Camino Real", "<p>Fundada en 2007</p><p>Miembro desde 2010</p>"),
     {("ciudades-del-camino-real", "founded", "2007"), ("ciudades-del-camino-real", "joined", "2010")}),
    ("it", _card("Rete", "Borghi della Via Emilia", "<p>Fondata nel 2002</p><p>Sede: Piacenza</p>"),
     {("borghi-della-via-emilia", "founded", "2002"), ("borghi-della-via-emilia", "headquarters", "Piacenza")}),
])
def test_a_cards_title_under_a_networks_label_names_a_network(lang, body, expected):
    assert expected <= triples_of_snippet(body, lang, heading="Networks")


@pytest.mark.parametrize("body", [
    # a twin city's card, under its own label or a network's
    _card("City relationship", "Yaizu", "<p>Since 1977</p><p>Founded 1951 as a fishing port</p>"),
    _card("Network", "Sister City: Yaizu, Japan", "<p>Since 1977</p><p>Established 1977 in Hobart</p>"),
    # a section's heading, a project
    _card("Network", "Partner cities", "<p>Established 2009</p><p>Member since 2010</p>"),
    _card("Réseau", "Projet Quais Verts", "<p>Créé en 2019</p><p>Membre depuis 2020</p>"),
])
def test_a_card_that_is_not_a_networks_names_none(body):
    assert {network for network, _, _ in triples_of_snippet(body, "en", heading="Networks")} == set()
