"""Networks outside the vocabulary named in prose, lists and timelines, recognised whole: a capitalised network's or
members' organisation's noun opens the name, which goes on through its capitalised words and the prepositions and
articles between them ("la Red Española de Ciudades por el Clima", not "Española de Ciudades"; "la Red de Ciudades
AVE", not "AVE"), and ends before a word in lower case, a dash or an acronym. What such a phrase is not: a company's
network, a nation's association, a programme, the English colour."""

import pytest
from helpers.extracted import extracted, triples_of_snippet

from scraper.parsers.networks import network_ids


@pytest.mark.parametrize("sentence, expected", [
    ("León es una de las ciudades fundadoras de la Red Española de Ciudades por el Clima, sección de la FEMP.",
     "red-espanola-de-ciudades-por-el-clima"),
    ("Adhesión a la Red de Ciudades AVE, que promueve el turismo en las ciudades conectadas por la alta velocidad.",
     "red-de-ciudades-ave"),
    ("La ciudad participa en la creación de la Red de Juderías de España – Caminos de Sefarad, con doce municipios.",
     "red-de-juderias-de-espana"),
    ("León forma parte de la Red de Ciudades por la Bicicleta (RCxB), que cuenta con más de 150 ciudades.",
     "red-de-ciudades-por-la-bicicleta"),
    ("Le Havre adhère au Réseau des Villes Portuaires pour la Transition, qui fédère 40 villes.",
     "reseau-des-villes-portuaires-pour-la-transition"),
    ("Il Comune aderisce alla Rete dei Comuni per la Pace, che riunisce 90 comuni.", "rete-dei-comuni-per-la-pace"),
    ("The city joined the League of Historic Cities in 1998.", "league-of-historic-cities"),
    ("Since 2004 the town has belonged to the European Network of Walled Towns.", "european-network-of-walled-towns"),
    ("Cusco se incorpora a la Liga de Ciudades Históricas, red fundada en Kioto.", "liga-de-ciudades-historicas"),
])
def test_a_capitalised_noun_opens_the_name_that_runs_through_its_prepositions(sentence, expected):
    assert expected in network_ids(sentence)


@pytest.mark.parametrize("sentence, cut", [
    ("León es miembro de la Red Española de Ciudades por el Clima desde 2005.", "espanola-de-ciudades"),
    ("El alcalde participa en Córdoba en la cumbre de la Red de Ciudades AVE y de otras 20 ciudades.", "ave"),
])
def test_the_name_is_not_cut_at_its_inner_words(sentence, cut):
    assert cut not in network_ids(sentence)


@pytest.mark.parametrize("lang, body, expected", [
    # a timeline's entries
    ("es", "<ul><li>2005: León se adhiere a la Red Española de Ciudades por el Clima.</li>"
           "<li>2008: Adhesión a la Red de Ciudades AVE, que promueve el turismo en las ciudades de la alta velocidad."
           "</li></ul>",
     {("red-espanola-de-ciudades-por-el-clima", "joined", "2005"), ("red-de-ciudades-ave", "joined", "2008")}),
    # a key figure's card
    ("es", "<div class='cifras'><p><strong>311</strong> municipios en la Red Española de Ciudades por el Clima</p>"
           "</div>",
     {("red-espanola-de-ciudades-por-el-clima", "member_cities", "311")}),
    # prose
    ("fr", "<p>Depuis 2012, la Ville est membre du Réseau des Villes Portuaires pour la Transition, qui fédère 40 "
           "villes.</p>",
     {("reseau-des-villes-portuaires-pour-la-transition", "joined", "2012"),
      ("reseau-des-villes-portuaires-pour-la-transition", "member_cities", "40")}),
    # a table's row
    ("it", "<table><tr><td>Dal 2010 il Comune aderisce alla Rete dei Comuni per la Pace, che riunisce 90 comuni."
           "</td></tr></table>",
     {("rete-dei-comuni-per-la-pace", "joined", "2010"), ("rete-dei-comuni-per-la-pace", "member_cities", "90")}),
    # a definition list
    ("en", "<dl><dt>Membership</dt><dd>The city joined the League of Historic Cities in 1998. The League of Historic "
           "Cities was founded in 1987.</dd></dl>",
     {("league-of-historic-cities", "joined", "1998"), ("league-of-historic-cities", "founded", "1987")}),
])
def test_the_whole_name_carries_the_facts_of_timelines_cards_and_prose(lang, body, expected):
    assert expected <= triples_of_snippet(body, lang)


@pytest.mark.parametrize("sentence", [
    "Red Eléctrica de España invierte en 20 municipios.",  # a company's network of wires
    "La Rete Ferroviaria Italiana collega 300 comuni.",
    "La ciudad firmó un acuerdo con la Red Eléctrica de España para 20 municipios.",
    "Il Comune ha un accordo con la Rete Ferroviaria di Stato per 300 comuni.",
    "L'Alliance Française de Lyon accueille des élèves de 30 villes.",  # a nation's word is no name's own
    "La Unión Europea financia proyectos en 20 ciudades.",
    "The Red Cross helped 20 cities after the floods.",  # the English colour
    "La Red Natura 2000 protege espacios en 300 municipios.",  # a network of protected areas
    "La Federación Española de Fútbol organiza torneos.",  # an organisation that gathers no cities
    "Te puede interesar: Red Colombiana de Ciudades Cómo Vamos. Iniciativa ciudadana que sigue 16 ciudades.",
    "Te puede interesar: la Red Colombiana de Ciudades Cómo Vamos. Iniciativa ciudadana que sigue 16 ciudades.",
])
def test_a_company_a_nations_association_a_programme_or_a_colour_is_no_network(sentence):
    assert network_ids(sentence) == []


def test_a_known_networks_acronym_after_a_name_in_another_tongue_keeps_the_known_network():
    sentence = "Cádiz pertenece a la Asociación Internacional Ciudades y Puertos (AIVP), con más de 200 miembros."
    assert network_ids(sentence) == ["aivp"]


@pytest.mark.parametrize("lang, body, expected", [
    # the text under the name calls it by the noun its name opens on, and says the city belongs to it
    ("es", "<h2>Red de Juderías de España</h2><p>La red, con sede en Toledo, une a las ciudades que conservan el "
           "legado sefardí. León forma parte de ella por su antigua judería.</p>",
     {("red-de-juderias-de-espana", "headquarters", "Toledo")}),
    ("it", "<h2>Associazione Beni Italiani Patrimonio Mondiale UNESCO</h2><p>Il Comune è socio fondatore "
           "dell'Associazione, costituita nel 1997, che oggi riunisce una cinquantina di enti locali.</p>",
     {("associazione-beni-italiani-patrimonio-mondiale-unesco", "founded", "1997")}),
    ("fr", "<div class='accordion'><h3>Réseau des Sites Fortifiés de Vauban</h3><div><p>La Ville fait partie du "
           "réseau depuis 2005. Le réseau, dont le siège est à Besançon, rassemble 12 villes.</p></div></div>",
     {("reseau-des-sites-fortifies-de-vauban", "headquarters", "Besançon")}),
    ("en", "<h3>League of Historic Towns</h3><p>The city is a member of the League, which is based in Kyoto and "
           "brings together 90 cities.</p>",
     {("league-of-historic-towns", "headquarters", "Kyoto")}),
    # a card whose text describes a network of members under the name
    ("fr", "<article class='card'><h2>Réseau des villes francophones et francophiles d'Amérique</h2><ul>"
           "<li>Membre depuis 2016</li></ul><p>Un réseau de villes qui mettent en valeur leur héritage francophone.</p>"
           "</article>",
     {("reseau-des-villes-francophones-et-francophiles-d-amerique", "joined", "2016")}),
    # a name of capitalised words joined by articles, its own article included, over a card's rows
    ("fr", "<article class='card'><h2>Les Arts et la Ville</h2><ul><li>Siège : Québec</li><li>Membre depuis 2004</li>"
           "</ul><p>Le réseau fait la promotion du développement culturel des collectivités.</p></article>",
     {("les-arts-et-la-ville", "joined", "2004"), ("les-arts-et-la-ville", "headquarters", "Québec")}),
])
def test_a_heading_names_the_organisation_the_text_under_it_calls_by_its_noun_or_describes(lang, body, expected):
    assert expected <= triples_of_snippet(body, lang)


@pytest.mark.parametrize("lang, body", [
    # the text under the name never says the city belongs to it
    ("es", "<h2>Red de Museos de Castilla</h2><p>La red, con sede en Valladolid, reúne colecciones de 30 ciudades."
           "</p>"),
    # a programme's name, the city no member
    ("fr", "<article class='card'><h2>Les Nuits et la Lumière</h2><ul><li>Édition 2024</li></ul><p>Le festival "
           "accueille 20 000 visiteurs.</p></article>"),
])
def test_a_heading_the_text_under_never_places_the_city_in_names_no_network(lang, body):
    assert triples_of_snippet(body, lang) == set()


@pytest.mark.parametrize("lang, body, expected", [
    ("en", "<table><thead><tr><th>Network</th><th>Auckland joined</th><th>About the network</th></tr></thead><tbody>"
           "<tr><th scope='row'>Sister Cities New Zealand</th><td>1994</td><td>National body supporting councils' "
           "sister city relationships; based in Wellington.</td></tr></tbody></table>",
     {("sister-cities-new-zealand", "joined", "1994"), ("sister-cities-new-zealand", "headquarters", "Wellington")}),
    ("fr", "<table><thead><tr><th>Réseau</th><th>Adhésion</th><th>Le réseau</th></tr></thead><tbody>"
           "<tr><td>Villes Lumière Europe</td><td>2010</td><td>Le réseau a son siège à Lyon.</td></tr></tbody></table>",
     {("villes-lumiere-europe", "joined", "2010"), ("villes-lumiere-europe", "headquarters", "Lyon")}),
    ("de", "<table><thead><tr><th>Netzwerk</th><th>Beitritt</th><th>Über das Netzwerk</th></tr></thead><tbody>"
           "<tr><td>Grüne Hauptstädte Alpen</td><td>2015</td><td>Das Netzwerk hat seinen Sitz in Innsbruck.</td></tr>"
           "</tbody></table>",
     {("grune-hauptstadte-alpen", "joined", "2015"), ("grune-hauptstadte-alpen", "headquarters", "Innsbruck")}),
    ("es", "<table><thead><tr><th>Red</th><th>Año de adhesión</th><th>La red</th></tr></thead><tbody>"
           "<tr><td>Ciudades Verdes Andinas</td><td>2003</td><td>La red tiene su sede en Quito.</td></tr></tbody>"
           "</table>",
     {("ciudades-verdes-andinas", "joined", "2003"), ("ciudades-verdes-andinas", "headquarters", "Quito")}),
    ("it", "<table><thead><tr><th>Rete</th><th>Adesione</th><th>La rete</th></tr></thead><tbody>"
           "<tr><td>Borghi Storici Alpini</td><td>2012</td><td>La rete ha sede a Trento.</td></tr></tbody></table>",
     {("borghi-storici-alpini", "joined", "2012"), ("borghi-storici-alpini", "headquarters", "Trento")}),
])
def test_a_rows_proper_name_over_the_year_the_city_joined_and_a_network_named_so_is_a_network(lang, body, expected):
    assert expected <= triples_of_snippet(body, lang)


def test_a_programmes_row_over_the_year_the_city_joined_names_no_network():
    body = ("<table><thead><tr><th>Programme</th><th>Joined</th><th>About the programme</th></tr></thead><tbody>"
            "<tr><td>Horizon Green Deal</td><td>2021</td><td>A fund based in Brussels.</td></tr></tbody></table>")
    assert triples_of_snippet(body, "en") == set()


@pytest.mark.parametrize("sentence, expected", [
    ("Perpignan fait partie du réseau national des Villes et Pays d'art et d'histoire, animé par le ministère.",
     "villes-et-pays-d-art-et-d-histoire"),
    ("Cusco pertenece a la red de Ciudades Patrimonio de la Humanidad desde 1998.",
     "ciudades-patrimonio-de-la-humanidad"),
    ("La ciudad forma parte de la red de ciudades Patrimonio de la Humanidad.", "patrimonio-de-la-humanidad"),
    ("The city belongs to the network of the Historic Towns of Europe.", "historic-towns-of-europe"),
    ("Il Comune aderisce alla rete nazionale delle Città della Ceramica Artistica.",
     "citta-della-ceramica-artistica"),
])
def test_a_capitalised_name_after_a_networks_noun_in_lower_case_is_read_whole(sentence, expected):
    assert network_ids(sentence) == [expected]


@pytest.mark.parametrize("sentence", [
    "La red de Metro de Madrid une 12 municipios.",  # a network of trains
    "Le réseau des villes moyennes est dense.",  # a description
])
def test_a_transport_network_or_a_description_after_a_networks_noun_is_no_name(sentence):
    assert network_ids(sentence) == []


@pytest.mark.parametrize("lang, body, expected", [
    ("fr", "<div class='card'><h3>Villes et Pays d'art et d'histoire</h3><ul><li>Dans le réseau depuis 2001</li>"
           "<li>Plus de 200 villes et pays labellisés</li></ul><p>Perpignan fait partie du réseau national des Villes "
           "et Pays d'art et d'histoire, animé par le ministère de la Culture.</p>"
           "<a href='/fr/sortir/patrimoine'>En savoir plus</a></div>",
     {("villes-et-pays-d-art-et-d-histoire", "member_cities", "200")}),
    ("es", "<div class='card'><h3>Ciudades Patrimonio de la Humanidad</h3><p>Cusco pertenece a la red de Ciudades "
           "Patrimonio de la Humanidad, que reúne a 15 ciudades.</p><a href='/es/patrimonio'>Más información</a></div>",
     {("ciudades-patrimonio-de-la-humanidad", "member_cities", "15")}),
])
def test_a_card_whose_text_names_its_title_as_a_network_presents_it_and_is_no_news_item(lang, body, expected):
    page = extracted(body, lang)
    assert expected <= {(fact["network_id"], fact["attribute"], fact["value"]) for fact in page.facts}
    assert not page.news
