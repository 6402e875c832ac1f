"""Networks outside the vocabulary named in prose, in a press release's lead or in a card: a name opening on an
organisation of members' noun with its acronym after it ("Association nationale des communes de Guinée (ANCG)"), and
what such a name is not (a club, a federation of sport, a programme)."""

import pytest
from helpers.extracted import extracted, triples_of_snippet

from scraper.parsers.networks import network_ids, network_named_by_heading


@pytest.mark.parametrize("lang, body, expected", [
    ("fr", "<p>La Ville est membre fondateur de l'Association nationale des communes du Bénin (ANCB), créée en 2003. "
           "L'ANCB, qui siège à Cotonou, fédère aujourd'hui les 77 communes du pays.</p>",
     {("association-nationale-des-communes-du-benin", "founded", "2003"),
      ("association-nationale-des-communes-du-benin", "headquarters", "Cotonou"),
      ("association-nationale-des-communes-du-benin", "member_cities", "77")}),
    ("es", "<p>Granada pertenece a la Federación Andaluza de Municipios y Provincias (FAMP), fundada en 1985, que "
           "agrupa a 785 municipios.</p>",
     {("federacion-andaluza-de-municipios-y-provincias", "founded", "1985"),
      ("federacion-andaluza-de-municipios-y-provincias", "member_cities", "785")}),
    ("it", "<ul><li>Il Comune aderisce dal 2004 all'Associazione Comuni Bresciani (ACB), nata nel 1997 a Brescia.</li>"
           "</ul>",
     {("associazione-comuni-bresciani", "joined", "2004"), ("associazione-comuni-bresciani", "founded", "1997")}),
    ("de", "<table><tr><td>Die Stadt ist seit 1990 Mitglied im Verband der Gemeinden Tirols (VGT), gegründet 1947."
           "</td></tr></table>",
     {("verband-der-gemeinden-tirols", "joined", "1990"), ("verband-der-gemeinden-tirols", "founded", "1947")}),
    ("en", "<div class='card'><p>The city joined the Association of Municipalities of Kosovo (AMK) in 2002. The AMK "
           "was founded in 2001.</p></div>",
     {("association-of-municipalities-of-kosovo", "joined", "2002"),
      ("association-of-municipalities-of-kosovo", "founded", "2001")}),
])
def test_a_members_organisation_named_with_its_acronym_is_a_network(lang, body, expected):
    assert expected <= triples_of_snippet(body, lang)


@pytest.mark.parametrize("sentence", [
    "La Ville soutient l'Association des amis du patrimoine (AAP), créée en 1990.",  # gathers no cities
    "Die Stadt fördert den Verband Deutscher Sportvereine (VDS) seit 1990.",
    "Tournai bénéficie du programme Petites villes de demain (PVD) depuis 2021.",  # a programme
    "La Federazione Italiana Giuoco Calcio (FIGC) è nata nel 1898.",
])
def test_an_organisation_gathering_no_cities_or_a_programme_is_no_network(sentence):
    assert network_ids(sentence) == []


@pytest.mark.parametrize("lang, body, expected", [
    # a press release's lead, the name in apposition, its facts in the next paragraph
    ("it", "<p>Sarà Siena a ospitare l'assemblea nazionale di Borghi Vivi, la rete dei comuni impegnati nella "
           "rigenerazione dei centri storici.</p><p>Nata nel 2001, l'associazione ha sede a Ferrara.</p>",
     {("borghi-vivi", "founded", "2001"), ("borghi-vivi", "headquarters", "Ferrara")}),
    ("fr", "<p>La Ville accueille le congrès de Villes Vivantes, le réseau des communes engagées pour le commerce de "
           "centre-ville. Créé en 2008, le réseau a son siège à Namur.</p>",
     {("villes-vivantes", "founded", "2008"), ("villes-vivantes", "headquarters", "Namur")}),
    ("en", "<div class='card'><p>Leeds hosts the annual meeting of Green Towns, the network of local councils working "
           "on rewilding. Founded in 2012, the network is based in Bristol.</p></div>",
     {("green-towns", "founded", "2012"), ("green-towns", "headquarters", "Bristol")}),
    ("es", "<ul><li>Oviedo acoge la asamblea de Agua Viva, la red de ciudades por el agua pública. Fundada en 2010, la "
           "red tiene su sede en Zaragoza.</li></ul>",
     {("agua-viva", "founded", "2010"), ("agua-viva", "headquarters", "Zaragoza")}),
    ("de", "<p>Bochum ist Gastgeber der Jahrestagung von Fairtrade Kommunal, dem Netzwerk der Kommunen für fairen "
           "Handel. Das Netzwerk wurde 2009 gegründet.</p>",
     {("fairtrade-kommunal", "founded", "2009")}),
    # a relative clause saying whom an organisation of members gathers
    ("it", "<p>Il Comune fa parte anche del Consorzio dei Comuni Trentini, che riunisce 166 comuni.</p>",
     {("consorzio-dei-comuni-trentini", "member_cities", "166")}),
    ("fr", "<table><tr><td>Lomé est membre de l'Union des communes du Togo, qui fédère 117 communes.</td></tr></table>",
     {("union-des-communes-du-togo", "member_cities", "117")}),
])
def test_a_name_described_after_its_comma_as_a_network_of_cities_is_a_network(lang, body, expected):
    assert expected <= triples_of_snippet(body, lang)


@pytest.mark.parametrize("sentence", [
    "Fondé en 1982 à Hiroshima, le réseau rassemble plus de 8 000 villes.",  # a place, then the subject
    "Nata nel 2006 e con sede a Stavanger, in Norvegia, la rete conta più di 80 città.",
    "L'Union, qui regroupe plus de 370 municipalités, est présidée par une mairesse.",  # the noun alone
    "Oggi, la rete dei comuni conta 300 enti.",  # an opening word
    "Depuis Paris et Québec, l'Association des villes amies compte 40 villes.",  # a name after the comma
    "La Métropole du Grand Paris, qui regroupe 131 communes, a voté son budget.",  # a métropole
    "Trenitalia, la rete ferroviaria che collega le città, annuncia nuovi treni.",  # no network of cities
    "Natura 2000, la rete europea delle aree protette, conta 27 000 siti.",
])
def test_a_place_an_opening_word_or_another_body_before_a_comma_is_no_network(sentence):
    assert network_ids(sentence) == []


@pytest.mark.parametrize("lang, body, expected", [
    # a card's title over its subtitle, both headings
    ("de", "<div class='card'><div class='card__header'><h3 class='card__title'>Evis</h3><p class='card__subtitle'>"
           "Europäischer Verbund inklusiver Städte</p></div><ul><li>Mitglied seit 2016</li><li>Sitz: Lyon</li>"
           "<li>Gegründet 2003</li></ul></div>",
     {("evis", "joined", "2016"), ("evis", "headquarters", "Lyon"), ("evis", "founded", "2003")}),
    # a heading over prose that opens with the name it abbreviates, in any case
    ("fr", "<h2>Cvf</h2><p>Cités vertes de France réunit 90 villes engagées pour la nature en ville. La Ville en est "
           "membre depuis 2015.</p>",
     {("cvf", "member_cities", "90"), ("cvf", "joined", "2015")}),
    ("it", "<h3>Ancit</h3><p>Associazione nazionale comuni isole turistiche, nata nel 1999 a Lipari.</p>",
     {("ancit", "founded", "1999"), ("ancit", "founded_place", "Lipari")}),
    # an accordion's button
    ("es", "<div class='accordion'><h3 class='accordion-header'><button class='accordion-button'>Rel</button></h3>"
           "<div class='accordion-collapse'><div class='accordion-body'><p>Red de Entidades Locales por la "
           "Transparencia, creada en 2017, agrupa a 200 ayuntamientos.</p></div></div></div>",
     {("rel", "founded", "2017"), ("rel", "member_cities", "200")}),
    ("en", "<h3>Mcn</h3><p>Medium Cities Network brings together 120 towns. The city joined in 2014.</p>",
     {("mcn", "member_cities", "120"), ("mcn", "joined", "2014")}),
])
def test_an_acronym_written_as_a_word_over_the_words_it_abbreviates_is_a_network(lang, body, expected):
    assert expected <= triples_of_snippet(body, lang)


def test_a_card_titled_by_an_acronym_its_subtitle_spells_out_is_no_news_item():
    page = extracted("<div class='cards'>" + "".join(
        f"<div class='card'><h3 class='card__title'>{title}</h3><p class='card__subtitle'>{subtitle}</p><ul>"
        f"<li>Mitglied seit 2012</li><li>Sitz: Paris</li></ul><a href='/netzwerke/{title.lower()}'>Mehr erfahren</a>"
        "</div>" for title, subtitle in [("Efus", "Europäisches Forum für urbane Sicherheit"),
                                         ("Recit", "Réseau européen des cités interculturelles et territoriales")])
        + "</div>", "de")
    assert [item["title"] for item in page.news] == []


@pytest.mark.parametrize("heading, text_under", [
    ("Paris", "Paris accueille le réseau international des sites du patrimoine."),  # the word itself
    ("Info", "Inscriptions nouvelles, formulaires officiels et horaires."),  # no organisation's noun
    ("Amvr", "La Ville adhère à l'Association des maires des villes rurales."),  # not the opening words
])
def test_a_word_over_text_that_does_not_open_by_spelling_it_names_no_network(heading, text_under):
    assert network_named_by_heading(heading, text_under) is None


@pytest.mark.parametrize("lang, sentence, network, count", [
    ("es", "Oviedo acoge el encuentro de la Red Andaluza de Ciudades Saludables (RACS), la red territorial de la OMS "
           "en Andalucía, que reúne a más de 60 municipios.", "red-andaluza-de-ciudades-saludables", "60"),
    ("fr", "Lille accueille le Réseau français des Villes-Santé (RfVS), le réseau national des Villes-Santé de "
           "l'OMS en France, qui rassemble 100 villes.", "reseau-francais-des-villes-sante", "100"),
    ("it", "Il Comune ospita la Rete Italiana Città Sane, la rete nazionale di Healthy Cities in Italia, che riunisce "
           "70 comuni.", "rete-italiana-citta-sane", "70"),
    ("en", "Leeds hosts the UK Healthy Cities Network, the national network of the WHO Healthy Cities in Britain, "
           "which brings together 30 cities.", "uk-healthy-cities-network", "30"),
    ("de", "Wien empfängt das Klimabündnis Österreich, das Netzwerk des Klima-Bündnis in Österreich, das mehr als "
           "1.000 Gemeinden vereint.", "klimabundnis-osterreich", "1000"),
])
def test_a_count_after_an_apposition_naming_the_owner_is_the_subjects(lang, sentence, network, count):
    counts = {(network_id, value) for network_id, attribute, value in triples_of_snippet(f"<p>{sentence}</p>", lang)
              if attribute == "member_cities"}
    assert counts == {(network, count)}


def test_a_relative_after_a_plain_list_of_networks_is_still_the_last_ones():
    counts = {(network_id, value) for network_id, attribute, value in triples_of_snippet(
        "<p>La Ville est membre de l'AFCCRE et du CCRE, qui fédère 60 associations nationales.</p>")
        if attribute == "member_associations"}
    assert counts == {("cemr", "60")}


@pytest.mark.parametrize("lang, body, expected", [
    ("it", "<p>Sarà Pisa a ospitare l'assemblea nazionale di Eurocities, la rete delle grandi città europee.</p>"
           "<p>Sono attesi 250 amministratori. Pisa vi aderisce dal 2014.</p>", ("eurocities", "2014")),
    ("fr", "<p>Lyon accueille le congrès annuel d'Energy Cities à la Halle Tony-Garnier.</p><p>Plus de 400 élus sont "
           "attendus. La Ville en est membre depuis 1995.</p>", ("energy-cities", "1995")),
    ("es", "<p>Oviedo acoge esta semana la asamblea de la AICE en el Palacio de Congresos.</p><p>Se esperan 300 "
           "participantes. La ciudad forma parte de la red desde 2004.</p>", ("iaec", "2004")),
    ("en", "<div class='article'><p>Leeds welcomes the Eurocities Culture Forum this week.</p><p>Some 150 delegates "
           "are expected. The city joined the network in 2002.</p></div>", ("eurocities", "2002")),
    ("de", "<p>Bochum ist Gastgeber der Jahreskonferenz des Klima-Bündnis im Musikforum.</p><p>Erwartet werden 400 "
           "Gäste. Die Stadt ist dem Netzwerk 1993 beigetreten.</p>", ("climate-alliance", "1993")),
])
def test_a_joining_pointing_back_is_to_the_one_network_the_section_named_in_passing(lang, body, expected):
    joinings = {(network_id, value) for network_id, attribute, value in triples_of_snippet(body, lang)
                if attribute == "joined"}
    assert joinings == {expected}


@pytest.mark.parametrize("lang, body", [
    ("fr", "<p>Lyon accueille les congrès d'Energy Cities et d'Eurocities à la Halle Tony-Garnier.</p><p>Plus de 400 "
           "élus sont attendus. La Ville en est membre depuis 1995.</p>"),  # two networks
    # a network the section does not name, another named in passing
    ("it", "<h2>Salute</h2><p>Questa rete, nata sul modello di Eurocities, riunisce città della salute.</p><p>Il "
           "Comune vi aderisce dal 2008.</p>"),
    ("en", "<h2>Health</h2><p>This network, built on the model of Eurocities, gathers healthy cities.</p><p>The city "
           "joined it in 2008.</p>"),
])
def test_a_joining_pointing_back_to_no_one_network_named_in_passing_is_nobodys(lang, body):
    assert {fact for fact in triples_of_snippet(body, lang) if fact[1] == "joined"} == set()


@pytest.mark.parametrize("lang, body, expected", [
    ("es", "<h2>Federación Andaluza de Municipios y Provincias</h2><p>La FAMP se constituyó en 1985.</p><p>Granada es "
           "socia de la Federación desde su constitución.</p>",
     ("federacion-andaluza-de-municipios-y-provincias", "1985")),
    ("fr", "<h2>AFCCRE</h2><p>L'AFCCRE a été fondée en 1951. La Ville en est membre depuis sa constitution.</p>",
     ("afccre", "1951")),
    ("it", "<h2>ANCI</h2><p>L'ANCI è nata nel 1901. Il Comune è socio dell'associazione dalla sua costituzione.</p>",
     ("associazione-nazionale-comuni-italiani", "1901")),
    ("en", "<h2>Eurocities</h2><p>Eurocities was founded in 1986. The city has been a member since its "
           "constitution.</p>", ("eurocities", "1986")),
    ("de", "<h2>Deutscher Städtetag</h2><p>Der Deutsche Städtetag wurde 1905 gegründet. Die Stadt ist seit seiner "
           "Konstituierung Mitglied.</p>", ("deutscher-stadtetag", "1905")),
])
def test_a_member_since_its_constitution_joined_in_its_founding_year(lang, body, expected):
    assert {(network, value) for network, attribute, value in triples_of_snippet(body, lang)
            if attribute == "joined"} == {expected}


def test_a_network_working_since_its_constitution_is_no_joining():
    body = "<h2>AFCCRE</h2><p>L'AFCCRE a été fondée en 1951. Elle organise un congrès depuis sa constitution.</p>"
    assert {fact for fact in triples_of_snippet(body) if fact[1] == "joined"} == set()


@pytest.mark.parametrize("lang, sentence, expected", [
    ("it", "Perugia è inoltre la sede del Coordinamento nazionale degli enti locali per la pace e i diritti umani.",
     ("coordinamento-nazionale-degli-enti-locali-per-la-pace-e-i-diritti-umani", "Perugia")),
    ("fr", "Bruxelles est aussi le siège d'Eurocities, qui fédère 200 villes.", ("eurocities", "Bruxelles")),
    ("en", "Bonn is also the seat of ICLEI, which links 2,500 local governments.", ("iclei", "Bonn")),
    ("es", "Barcelona es además la sede de CGLU desde su fundación.", ("uclg", "Barcelona")),
    ("de", "Bonn ist außerdem Sitz von ICLEI.", ("iclei", "Bonn")),
])
def test_the_city_said_to_be_the_seat_of_a_network_is_its_headquarters(lang, sentence, expected):
    assert {(network, value) for network, attribute, value in triples_of_snippet(f"<p>{sentence}</p>", lang)
            if attribute == "headquarters"} == {expected}


@pytest.mark.parametrize("sentence", [
    "Strasbourg est aussi le siège du Conseil de l'Europe.",  # no network
    "Lyon est aussi le siège de son festival des lumières.",
])
def test_the_seat_of_another_body_is_no_networks_headquarters(sentence):
    assert {fact for fact in triples_of_snippet(f"<p>{sentence}</p>") if fact[1] == "headquarters"} == set()
