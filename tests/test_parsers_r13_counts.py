"""Counts, seats and places that are not the network's, and counts read under the wrong attribute: local units of two
kinds a network represents (its represented governments), the regional offices a network is organised in (its
regions), places whose names hold lowercase words ("Francoforte sul Meno"), a place's parts and the projects in the
publishing city (not the network's), and what a recent news teaser says a network gathers now."""

from datetime import date

import pytest
from helpers.extracted import facts_of_snippet

from scraper.parsers.content import PageContent, Teaser
from scraper.parsers.dates import PartialDate
from scraper.parsers.facts import extract_facts


@pytest.mark.parametrize("lang, body, expected", [
    ("de", "<p>Der Deutsche Städtetag vertritt über 3.200 Städte und Gemeinden gegenüber Bund und Ländern.</p>",
     ("deutscher-stadtetag", "represented_governments", "3200", "more_than")),
    # a card
    ("fr", "<div class='card'><h3>Association des maires de France</h3><p>L'AMF représente près de 35 000 villes et "
           "communes auprès de l'État.</p></div>",
     ("association-des-maires-de-france", "represented_governments", "35000", "about")),
    # a table's row
    ("en", "<table><tr><th>Network</th><th>Role</th></tr><tr><td>Local Government Association</td><td>Represents more "
           "than 300 cities and councils in England</td></tr></table>",
     ("local-government-association", "represented_governments", "300", "more_than")),
    # a <dl>
    ("es", "<dl><dt>FEMP</dt><dd>Representa a más de 7.400 ciudades y municipios de España.</dd></dl>",
     ("federacion-espanola-de-municipios-y-provincias", "represented_governments", "7400", "more_than")),
    ("it", "<h2>ANCI</h2><p>L'ANCI rappresenta oltre 7.000 città e comuni italiani.</p>",
     ("associazione-nazionale-comuni-italiani", "represented_governments", "7000", "more_than")),
])
def test_local_units_of_two_kinds_a_network_represents_are_its_represented_governments(lang, body, expected):
    facts = facts_of_snippet(body, lang)
    assert expected in facts
    assert not {fact for fact in facts if fact[1] == "member_cities"}


@pytest.mark.parametrize("lang, body", [
    # the cities it represents, of one kind: its members
    ("de", "<p>Eurocities vertritt heute mehr als 200 Städte aus 38 Ländern.</p>"),
    ("en", "<p>Eurocities, which represents more than 200 cities, calls for stronger powers.</p>"),
    # cities and towns it gathers, not said to represent
    ("fr", "<p>Eurocities rassemble plus de 200 villes et communes de 38 pays.</p>"),
])
def test_members_it_gathers_or_represents_of_one_kind_stay_member_cities(lang, body):
    assert ("eurocities", "member_cities", "200", "more_than") in facts_of_snippet(body, lang)


@pytest.mark.parametrize("lang, body", [
    ("es", "<p>La OCPM se organiza en ocho secretarías regionales.</p>"),
    ("it", "<p>L'Organizzazione delle Città del Patrimonio Mondiale è articolata in otto segretariati regionali.</p>"),
    # a key figure on a card
    ("fr", "<div class='card'><h3>Organisation des villes du patrimoine mondial</h3><p>Huit secrétariats régionaux</p>"
           "</div>"),
    ("en", "<p>The OWHC is organised into eight regional secretariats.</p>"),
    ("de", "<p>Die OWHC gliedert sich in acht Regionalsekretariate.</p>"),
])
def test_the_regional_secretariats_a_network_is_organised_in_are_its_regions(lang, body):
    assert ("owhc", "regions", "8", "exact") in facts_of_snippet(body, lang)


@pytest.mark.parametrize("lang, body", [
    # people, not offices
    ("fr", "<p>L'OVPM a réuni huit secrétaires régionaux à Cordoue.</p>"),
    ("it", "<p>All'assemblea dell'OCPM erano presenti otto segretari regionali.</p>"),
])
def test_regional_secretaries_are_no_regions(lang, body):
    assert not {fact for fact in facts_of_snippet(body, lang) if fact[1] == "regions"}


@pytest.mark.parametrize("lang, body, place", [
    ("it", "<p>L'Alleanza per il Clima, nata nel 1990 a Francoforte sul Meno, conta oltre 1.800 comuni.</p>",
     "Francoforte sul Meno"),
    ("es", "<p>La red Climate Alliance se fundó en 1990 en Castellón de la Plana.</p>", "Castellón de la Plana"),
    ("de", "<dl><dt>Klima-Bündnis</dt><dd>1990 in Frankfurt an der Oder gegründet</dd></dl>", "Frankfurt an der Oder"),
    ("fr", "<p>L'Alliance pour le climat a été fondée en 1990 à Saint-Jean-de-Luz.</p>", "Saint-Jean-de-Luz"),
    ("en", "<p>Climate Alliance was founded in 1990 in Stratford-upon-Avon.</p>", "Stratford-upon-Avon"),
    # lowercase words that go on after the place are no part of it
    ("fr", "<p>L'Alliance pour le climat a été fondée en 1990 à Genève de la volonté de maires.</p>", "Genève"),
])
def test_a_place_is_read_with_the_lowercase_words_of_its_name(lang, body, place):
    places = {value for _, attribute, value, _ in facts_of_snippet(body, lang) if attribute == "founded_place"}
    assert places == {place}


@pytest.mark.parametrize("lang, body", [
    ("fr", "<p>L'AIMF appuie la gestion des déchets dans les cinq communes historiques de la capitale.</p>"),
    ("en", "<div class='card'><h3>Eurocities</h3><p>The network supports cycling schemes in the five boroughs of the "
           "city.</p></div>"),
    ("de", "<p>Eurocities fördert Projekte in den vier Stadtbezirken der Stadt.</p>"),
    ("es", "<dl><dt>CGLU</dt><dd>Apoya la participación ciudadana en los cinco distritos de la ciudad.</dd></dl>"),
    ("it", "<p>Eurocities sostiene la mobilità dolce nei cinque municipi della città.</p>"),
])
def test_the_parts_of_a_place_where_a_network_works_are_no_members(lang, body):
    assert not {fact for fact in facts_of_snippet(body, lang) if fact[1] == "member_cities"}


@pytest.mark.parametrize("lang, body, expected", [
    # where a network works, without the article: its members
    ("fr", "<p>Eurocities est présent dans plus de 200 villes de 38 pays.</p>", ("eurocities", "200", "more_than")),
    # the towns of a country a national association federates, with the article
    ("fr", "<p>L'Association des maires de France fédère aujourd'hui les 34 000 communes du pays.</p>",
     ("association-des-maires-de-france", "34000", "exact")),
    # a count as the network's adjective
    ("en", "<p>Edinburgh takes part in the 200-member Eurocities network's working groups.</p>",
     ("eurocities", "200", "exact")),
])
def test_members_where_a_network_is_present_stay_its_members(lang, body, expected):
    network, value, qualifier = expected
    assert (network, "member_cities", value, qualifier) in facts_of_snippet(body, lang)


@pytest.mark.parametrize("lang, url, body", [
    # a key figure on the card of the network
    ("fr", "https://www.ville-conakry.gn/cooperation",
     "<div class='card'><h3>AIMF</h3><p>Conakry en est membre depuis 1983.</p><p><strong>12</strong> projets financés "
     "à Conakry depuis 1995</p></div>"),
    ("en", "https://www.leeds.gov.uk/international",
     "<p>Leeds has been a member of Eurocities since 1993. The network has funded 40 projects in Leeds since "
     "2000.</p>"),
    ("de", "https://www.bochum.de/netzwerke",
     "<table><tr><th>Netzwerk</th><th>Bilanz</th></tr><tr><td>Eurocities</td><td>15 Projekte in Bochum gefördert"
     "</td></tr></table>"),
    ("es", "https://www.oviedo.es/redes",
     "<dl><dt>AIMF</dt><dd>La AIMF ha financiado 8 proyectos en Oviedo desde 2001.</dd></dl>"),
    ("it", "https://www.comune.bolzano.it/reti",
     "<h2>Eurocities</h2><p>Dalla rete sono stati finanziati 6 progetti a Bolzano.</p>"),
])
def test_projects_in_the_publishing_city_are_its_share_not_the_networks(lang, url, body):
    assert not {fact for fact in facts_of_snippet(body, lang, url=url) if fact[1] == "projects"}


@pytest.mark.parametrize("lang, url, body, expected", [
    # projects in countries or a continent, on the same site: the network's record
    ("fr", "https://www.ville-conakry.gn/cooperation",
     "<p>Conakry est membre de l'AIMF. L'AIMF a financé plus de 300 projets dans 50 pays depuis 1990.</p>",
     ("aimf", "projects", "300", "more_than")),
    ("fr", "https://www.ville-conakry.gn/cooperation",
     "<p>Conakry est membre de l'AIMF. L'AIMF a financé 300 projets en Afrique.</p>",
     ("aimf", "projects", "300", "exact")),
])
def test_projects_elsewhere_stay_the_networks(lang, url, body, expected):
    assert expected in facts_of_snippet(body, lang, url=url)


RECENT = PartialDate(2026, 9, 20)


def _teaser_counts(title, summary, lang, teaser_date=RECENT):
    teaser = Teaser(title, "https://example.org/news/1", teaser_date, summary)
    content = PageContent(title="Actualités", lang=lang, page_date=None, blocks=(), teasers=(teaser,), main_text="",
                          is_news=False)
    return {(fact["network_id"], fact["attribute"], fact["value"], fact["qualifier"])
            for fact in extract_facts(content, "u", lang, date(2026, 10, 1)) if fact["unit"]}


@pytest.mark.parametrize("lang, title, summary, expected", [
    ("fr", "Hiroshima : la Ville aux côtés des Maires pour la paix",
     "Le réseau, présidé par le maire d'Hiroshima, rassemble plus de 8 000 villes.",
     {("mayors-for-peace", "member_cities", "8000", "more_than")}),
    ("it", "Sindaci per la Pace: Bolzano al Comitato esecutivo",
     "La rete, presieduta dal sindaco di Hiroshima, conta oltre 8.400 città in 166 paesi.",
     {("mayors-for-peace", "member_cities", "8400", "more_than"), ("mayors-for-peace", "member_countries", "166",
                                                                    "exact")}),
    ("en", "Tournai at the OWHC regional meeting", "The OWHC brings together more than 300 World Heritage cities.",
     {("owhc", "member_cities", "300", "more_than")}),
    ("de", "Eurocities-Forum Kultur", "Das Netzwerk Eurocities zählt über 200 Städte aus 38 Ländern.",
     {("eurocities", "member_cities", "200", "more_than"), ("eurocities", "member_countries", "38", "exact")}),
    ("es", "Foro de CGLU África", "CGLU África reúne a una cuarentena de asociaciones nacionales del continente.",
     {("cglu-afrique", "member_associations", "40", "about")}),
])
def test_what_a_recent_teaser_says_a_network_gathers_is_its_present_count(lang, title, summary, expected):
    assert _teaser_counts(title, summary, lang) == expected


@pytest.mark.parametrize("lang, title, summary", [
    # the cities a meeting gathers, where or when it is held
    ("fr", "Eurocities à Lyon", "Eurocities réunit 200 villes à Lyon cette semaine."),
    ("en", "Eurocities in Lyon", "Eurocities brings together 200 cities at Lyon this week."),
    # a past tense
    ("de", "Eurocities-Forum", "Das Netzwerk Eurocities zählte damals 130 Städte."),
    ("it", "Eurocities a Bari", "Eurocities riunisce 200 città domani a Bari."),
])
def test_a_recent_teasers_gathering_at_a_meeting_or_in_the_past_gives_no_count(lang, title, summary):
    assert _teaser_counts(title, summary, lang) == set()


def test_an_old_teasers_present_count_is_still_not_read():
    summary = "Le réseau Eurocities rassemble plus de 200 villes."
    assert _teaser_counts("Eurocities", summary, "fr", PartialDate(2023, 9, 20)) == set()


@pytest.mark.parametrize("lang, body", [
    ("fr", "<h3>Alliance dans les Alpes</h3><p>Le réseau réunit environ 250 communes ; son bureau se trouve à Schaan, "
           "au Liechtenstein.</p>"),
    ("en", "<div class='card'><h3>Alliance in the Alps</h3><p>The network links 250 municipalities. Its office is "
           "located in Schaan.</p></div>"),
    ("de", "<dl><dt>Allianz in den Alpen</dt><dd>Das Netzwerk zählt rund 250 Gemeinden; sein Büro befindet sich in "
           "Schaan.</dd></dl>"),
    ("es", "<h3>Alianza en los Alpes</h3><p>La red reúne a unos 250 municipios y su oficina está en Schaan.</p>"),
    ("it", "<h3>Alleanza nelle Alpi</h3><p>La rete riunisce circa 250 comuni; il suo ufficio si trova a Schaan.</p>"),
])
def test_a_networks_one_office_is_its_seat(lang, body):
    seats = {(network, value) for network, attribute, value, _ in facts_of_snippet(body, lang)
             if attribute == "headquarters"}
    assert seats == {("allianz-in-den-alpen", "Schaan")}


@pytest.mark.parametrize("lang, body", [
    # a regional office, named by its adjective
    ("fr", "<h3>ICLEI</h3><p>Le réseau compte 2 500 membres ; son bureau européen se trouve à Fribourg.</p>"),
    ("en", "<h3>ICLEI</h3><p>The network has 2,500 members. Its European office is in Freiburg.</p>"),
    # the board a city sits on
    ("fr", "<h3>AIMF</h3><p>Conakry siège au bureau de l'AIMF à Paris.</p>"),
])
def test_a_regional_office_or_a_board_is_no_seat(lang, body):
    assert not {fact for fact in facts_of_snippet(body, lang) if fact[1] == "headquarters"}


@pytest.mark.parametrize("lang, body", [
    ("en", "<div class='card'><h3>Local Governments for Sustainability (ICLEI)</h3><p>The city joined ICLEI in 1995. "
           "ICLEI Europe is based in Freiburg.</p></div>"),
    ("fr", "<h3>Association internationale des maires francophones (AIMF)</h3><p>La ville est membre depuis 1983 ; "
           "l'AIMF Afrique a son secrétariat à Dakar.</p>"),
    ("es", "<dl><dt>Federación Española de Municipios y Provincias (FEMP)</dt><dd>La FEMP Canarias tiene su sede en "
           "Las Palmas.</dd></dl>"),
    ("de", "<h3>Rat der Gemeinden und Regionen Europas (RGRE)</h3><p>Die Stadt ist seit 1955 Mitglied. Die RGRE "
           "Sektion hat ihren Sitz in Köln.</p>"),
])
def test_a_regional_branch_named_by_the_acronym_and_a_region_has_its_own_seat(lang, body):
    assert not {fact for fact in facts_of_snippet(body, lang) if fact[1] == "headquarters"}


@pytest.mark.parametrize("lang, body, expected", [
    # the world secretariat is the network's seat
    ("en", "<h3>United Cities and Local Governments (UCLG)</h3><p>The UCLG World Secretariat is based in "
           "Barcelona.</p>", ("uclg", "headquarters", "Barcelona", "exact")),
    # a region's name that is part of a network's own name
    ("fr", "<p>CGLU Afrique rassemble une quarantaine d'associations nationales et a son siège à Rabat.</p>",
     ("cglu-afrique", "headquarters", "Rabat", "exact")),
    ("it", "<h3>Associazione Nazionale Comuni Italiani (ANCI)</h3><p>L'ANCI ha sede a Roma.</p>",
     ("associazione-nazionale-comuni-italiani", "headquarters", "Roma", "exact")),
])
def test_the_networks_own_seat_stays(lang, body, expected):
    assert expected in facts_of_snippet(body, lang)


@pytest.mark.parametrize("lang, body, expected", [
    ("en", "<p>Eurotowns has some two dozen member cities in 12 European countries.</p>",
     ("eurotowns", "member_cities", "24", "about")),
    ("fr", "<div class='card'><h3>Eurotowns</h3><p>Le réseau compte deux douzaines de villes membres.</p></div>",
     ("eurotowns", "member_cities", "24", "about")),
    ("de", "<dl><dt>Eurotowns</dt><dd>Das Netzwerk zählt zwei Dutzend Mitgliedsstädte.</dd></dl>",
     ("eurotowns", "member_cities", "24", "about")),
    ("es", "<h3>Eurotowns</h3><p>La red cuenta con más de dos docenas de ciudades.</p>",
     ("eurotowns", "member_cities", "24", "more_than")),
    ("it", "<h3>Eurotowns</h3><p>La rete conta tre dozzine di città.</p>",
     ("eurotowns", "member_cities", "36", "about")),
])
def test_so_many_dozens_are_counted_as_that_many_times_twelve(lang, body, expected):
    counts = {fact for fact in facts_of_snippet(body, lang) if fact[1] == "member_cities"}
    assert counts == {expected}


def _key_figure(value, caption):
    return (f"<div class='counter-item'><span class='elementor-counter-number'>{value}</span>"
            f"<span class='elementor-counter-title'>{caption}</span></div>")


@pytest.mark.parametrize("lang, heading, body, place", [
    ("fr", "Association internationale des maires francophones", _key_figure("1979", "année de création, à Québec"),
     "Québec"),
    ("en", "Eurocities", _key_figure("1986", "year founded, in Rotterdam"), "Rotterdam"),
    ("de", "Klima-Bündnis", _key_figure("1990", "Gründungsjahr, in Frankfurt am Main"), "Frankfurt am Main"),
    ("es", "Mercociudades", "<p>1995 año de fundación, en Asunción</p>", "Asunción"),
    ("it", "Eurocities", "<dl><dt>Anno di fondazione, a Rotterdam</dt><dd>1986</dd></dl>", "Rotterdam"),
])
def test_a_founding_years_caption_may_say_where_it_was_founded(lang, heading, body, place):
    facts = facts_of_snippet(f"<h2>{heading}</h2><div class='chiffres-cles'>{body}</div>", lang)
    assert {value for _, attribute, value, _ in facts if attribute == "founded_place"} == {place}
    assert len({value for _, attribute, value, _ in facts if attribute == "founded"}) == 1


def test_a_founding_years_caption_without_a_place_gives_the_year_only():
    facts = facts_of_snippet(f"<h2>Eurocities</h2>{_key_figure('1986', 'année de création')}")
    assert {(attribute, value) for _, attribute, value, _ in facts} == {("founded", "1986")}


@pytest.mark.parametrize("lang, body", [
    # a table's column of member cities
    ("en", "<table><tr><th>Organisation</th><th>Member since</th><th>Member cities</th></tr><tr><td>Energy Cities</td>"
           "<td>1994</td><td>c. 1,000</td></tr><tr><td>Eurocities</td><td>2001</td><td>200+</td></tr></table>"),
    ("en", "<h2>Energy Cities</h2><p>Energy Cities has c. 1,000 member cities.</p>"),
    ("de", "<h2>Energy Cities</h2><p>Energy Cities zählt ca. 1.000 Mitgliedsstädte.</p>"),
    ("it", "<dl><dt>Energy Cities</dt><dd>La rete riunisce ca. 1.000 città.</dd></dl>"),
    ("fr", "<div class='card'><h3>Energy Cities</h3><p>Villes membres : ca. 1 000</p></div>"),
])
def test_an_abbreviated_circa_is_the_counts_hedge_not_a_sentences_end(lang, body):
    assert ("energy-cities", "member_cities", "1000", "about") in facts_of_snippet(body, lang)


@pytest.mark.parametrize("body, expected", [
    ("<h2>ICLEI</h2><p>ICLEI ist heute ein weltweites Netzwerk von mehr als 2.500 Kommunal- und Regionalregierungen in "
     "über 125 Ländern.</p>", ("iclei", "represented_governments", "2500", "more_than")),
    ("<h2>RGRE</h2><p>Der Rat der Gemeinden und Regionen Europas vereint heute über 60 nationale Kommunalverbände aus "
     "40 Ländern.</p>", ("cemr", "member_associations", "60", "more_than")),
    ("<dl><dt>Rat der Gemeinden und Regionen Europas</dt><dd>rund 60 Spitzenverbände</dd></dl>",
     ("cemr", "member_associations", "60", "about")),
])
def test_german_compounds_name_the_kind_of_what_is_counted(body, expected):
    assert expected in facts_of_snippet(body, "de")


@pytest.mark.parametrize("lang, body", [
    ("fr", "<h2>Eurocities</h2><p>Le réseau a compté jusqu'à 300 villes membres dans les années 2000.</p>"),
    ("en", "<h2>Eurocities</h2><p>The network had 300 member cities in the 1990s.</p>"),
    ("de", "<h2>Eurocities</h2><p>Das Netzwerk hatte in den 2000er Jahren rund 300 Mitgliedsstädte.</p>"),
    ("es", "<dl><dt>Eurocities</dt><dd>La red llegó a 300 ciudades en los años 2000.</dd></dl>"),
    ("it", "<h2>Eurocities</h2><p>Negli anni 2000 la rete contava 300 città.</p>"),
])
def test_a_count_its_clause_dates_to_a_past_decade_is_no_present_count(lang, body):
    assert not {fact for fact in facts_of_snippet(body, lang) if fact[1] == "member_cities"}


def test_a_past_decade_in_another_clause_leaves_the_present_count():
    facts = facts_of_snippet("<h2>Eurocities</h2><p>Grown fast in the 1990s, the network now has 200 member "
                             "cities.</p>", "en")
    assert ("eurocities", "member_cities", "200", "exact") in facts


@pytest.mark.parametrize("lang, body, expected", [
    ("fr", "<h2>Réseau francophone des villes amies des aînés</h2><p>Le réseau compte plus de 200 adhérents en France, "
           "en Belgique, en Suisse et au Québec.</p>", ("rfvaa", "200", "more_than")),
    ("it", "<h2>Avviso Pubblico</h2><p>Avviso Pubblico riunisce oggi oltre 500 soci.</p>",
     ("avviso-pubblico", "500", "more_than")),
    ("it", "<table><tr><th>Rete</th><th>Soci</th></tr><tr><td>Eurocities</td><td>Oltre 200 soci</td></tr>"
           "<tr><td>ICLEI</td><td>2.500 enti locali</td></tr></table>", ("eurocities", "200", "more_than")),
    ("es", "<dl><dt>Eurocities</dt><dd>La red cuenta con más de 200 socios.</dd></dl>",
     ("eurocities", "200", "more_than")),
    ("en", "<h2>Eurocities</h2><p>Eurocities counts 200 adherents.</p>", ("eurocities", "200", "exact")),
])
def test_those_who_adhere_to_a_network_are_its_members(lang, body, expected):
    network, value, qualifier = expected
    assert (network, "member_cities", value, qualifier) in facts_of_snippet(body, lang)
