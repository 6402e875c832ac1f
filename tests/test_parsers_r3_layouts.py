"""Layouts city sites present their networks in: tabs and accordions whose panels are named only by their controls,
cards of networks, key figures shown in parts, fact lists in rows, tables led by another column, timelines, and lists
of documents to download."""

from datetime import UTC, datetime

import pytest
from helpers.extracted import extracted
from helpers.extracted import facts_of_snippet as facts_of

from scraper.parsers.extract import extract_page

# Tabs and accordions


def test_a_tab_names_the_network_of_its_panel():
    body = """<div class="tabs"><ul role="tablist">
      <li role="presentation"><button role="tab" id="t-a" aria-controls="p-a" aria-selected="true">AIMF</button></li>
      <li role="presentation"><button role="tab" id="t-b" aria-controls="p-b">Metropolis</button></li></ul>
      <div role="tabpanel" id="p-a" aria-labelledby="t-a"><p>Créée en 1979, l'association réunit 300 villes.</p></div>
      <div role="tabpanel" id="p-b" aria-labelledby="t-b" hidden><p>L'association a son siège à Barcelone.</p></div>
      </div>"""
    assert facts_of(body) == {("aimf", "founded", "1979", "exact"), ("aimf", "member_cities", "300", "exact"),
                              ("metropolis", "headquarters", "Barcelone", "exact")}


def test_a_tab_panel_labelled_by_a_link_of_the_tab_list():
    body = """<ul class="nav nav-tabs" role="tablist">
      <li class="nav-item"><a class="nav-link" id="icorn-tab" href="#icorn" role="tab" aria-controls="icorn">ICORN</a>
      </li></ul><div class="tab-content"><div class="tab-pane" id="icorn" role="tabpanel" aria-labelledby="icorn-tab">
      <p>The city has been a member since 2011.</p></div></div>"""
    assert facts_of(body, "en") == {("icorn", "joined", "2011", "exact")}


def test_an_accordion_button_outside_a_heading_names_its_panel():
    body = """<div class="accordion-item"><button type="button" aria-expanded="false" aria-controls="panel-1">Energy
      Cities</button><div id="panel-1" hidden><p>La ciudad es miembro desde 2016.</p></div></div>"""
    assert facts_of(body, "es") == {("energy-cities", "joined", "2016", "exact")}


def test_a_summary_names_the_network_of_its_details():
    body = """<details><summary><span>Mayors for Peace</span></summary><div><p>We have been a member since
      1985.</p><p>The network counts some 8,000 cities.</p></div></details>"""
    assert facts_of(body, "en") == {("mayors-for-peace", "joined", "1985", "exact"),
                                    ("mayors-for-peace", "member_cities", "8000", "about")}


def test_a_menu_button_does_not_title_the_text_after_it():
    body = """<h2>Eurocities</h2><button aria-expanded="false" aria-controls="share-menu">Partager</button>
      <ul id="share-menu"><li><a href="https://x.example/share">X</a></li></ul>
      <p>Le réseau compte plus de 200 villes.</p>"""
    assert facts_of(body) == {("eurocities", "member_cities", "200", "more_than")}


# Cards


def test_an_undated_card_of_a_network_presents_it_and_is_no_news_item():
    body = """<div class="cards">
      <div class="card"><h3 class="card__title"><a href="/reseaux/icorn">ICORN</a></h3>
        <p class="card__desc">Plus de 80 villes accueillent des auteurs menacés.</p><p>En savoir plus</p></div>
      <div class="card"><h3 class="card__title"><a href="/reseaux/cglu">Cités et Gouvernements Locaux Unis (CGLU)</a>
        </h3><p class="card__desc">Le secrétariat mondial est à Barcelone.</p></div></div>"""
    extraction = extracted(body)
    assert extraction.news == []
    assert {(fact["network_id"], fact["attribute"], fact["value"]) for fact in extraction.facts} == {
        ("icorn", "member_cities", "80"), ("uclg", "headquarters", "Barcelone")}


def test_an_undated_card_that_reports_something_stays_a_news_item():
    body = """<div class="cards"><div class="card"><h3 class="card__title"><a href="/actualites/forum">Eurocities :
      le forum Culture se tient à Nantes</a></h3><p class="card__desc">Les villes du réseau se retrouvent.</p></div>
      </div>"""
    assert [item["title"] for item in extracted(body).news] == ["Eurocities : le forum Culture se tient à Nantes"]


# Key figures


@pytest.mark.parametrize("body, expected", [
    ('<h2>Eurocities</h2><div class="stats"><div class="stat"><p class="stat__number">200</p>'
     '<p class="stat__label">villes membres</p></div><div class="stat"><p>38</p><p>pays</p></div></div>',
     {("eurocities", "member_cities", "200", "exact"), ("eurocities", "member_countries", "38", "exact")}),
    ('<h2>Eurocities</h2><ul class="figures"><li><span class="n">200</span><span class="l">villes membres</span></li>'
     '</ul>', {("eurocities", "member_cities", "200", "exact")}),
    ('<div class="counter"><div class="counter-number"><span>+</span><span>300</span></div>'
     '<div class="counter-title">villes dans l\'Organisation des villes du patrimoine mondial</div></div>',
     {("owhc", "member_cities", "300", "more_than")}),
    ('<h2>Eurocities</h2><div class="fact"><div>Villes membres</div><div>200</div></div>',
     {("eurocities", "member_cities", "200", "exact")}),
])
def test_a_key_figure_in_parts_reads_as_one_line(body, expected):
    assert facts_of(body) == expected


def test_a_key_figure_of_the_city_itself_is_no_network_fact():
    body = """<h2>Eurocities</h2><div class="stat"><p>12</p><p>agents aux relations internationales</p></div>
      <div class="stat"><p>£38,000</p><p>de cotisations par an</p></div>"""
    assert facts_of(body) == set()


# Fact lists and tables


def test_a_fact_list_with_rows_wrapped_in_divs_and_a_row_naming_the_network():
    body = """<h2>Climat</h2><dl class="summary-list">
      <div class="row"><dt>Réseau</dt><dd>Energy Cities</dd></div>
      <div class="row"><dt>Création</dt><dd>1990</dd></div>
      <div class="row"><dt>Siège</dt><dd>Besançon</dd></div></dl>"""
    assert facts_of(body) == {("energy-cities", "founded", "1990", "exact"),
                              ("energy-cities", "headquarters", "Besançon", "exact")}


def test_a_table_whose_networks_are_not_in_the_first_column():
    body = """<table><thead><tr><th>Year joined</th><th>Network</th><th>Secretariat</th></tr></thead><tbody>
      <tr><td>1989</td><td>Eurocities</td><td>Brussels</td></tr>
      <tr><td>2019</td><td>Global Parliament of Mayors</td><td>The Hague</td></tr></tbody></table>"""
    assert facts_of(body, "en") == {
        ("eurocities", "joined", "1989", "exact"), ("eurocities", "headquarters", "Brussels", "exact"),
        ("global-parliament-of-mayors", "joined", "2019", "exact"),
        ("global-parliament-of-mayors", "headquarters", "The Hague", "exact")}


def test_a_table_whose_header_row_is_written_with_data_cells_in_its_head():
    body = """<table><thead><tr><td>Red</td><td>Sede</td><td>Miembros</td></tr></thead><tbody>
      <tr><td>Metropolis</td><td>Barcelona</td><td>más de 140 metrópolis</td></tr></tbody></table>"""
    assert facts_of(body, "es") == {("metropolis", "headquarters", "Barcelona", "exact"),
                                    ("metropolis", "member_cities", "140", "more_than")}


# Timelines and documents


def test_a_timeline_entrys_figures_are_that_years():
    body = """<h2>Histoire de l'AIMF</h2><ol class="timeline">
      <li><span class="year">1979</span><p>Première assemblée de l'AIMF à Québec, avec 20 villes.</p></li>
      <li><span class="year">2008</span><p>La Ville rejoint l'AIMF.</p></li></ol>
      <p>L'AIMF compte aujourd'hui 338 villes membres.</p>"""
    # the city's joining, dated by its entry, is a fact; the first assembly's 20 cities are not today's members
    assert facts_of(body) == {("aimf", "member_cities", "338", "exact"), ("aimf", "joined", "2008", "exact")}


@pytest.mark.parametrize("body", [
    '<ul><li><a href="/docs/rapport-aimf-2016.pdf">Rapport de l\'AIMF 2016 : 280 villes membres (PDF, 3 Mo)</a></li>'
    '</ul>',
    '<div class="attachment"><h3><a href="/files/eurocities-leaflet.PDF">Eurocities: 130 cities working together</a>'
    '</h3><p>PDF, 1.1 MB, 12 pages</p></div>',
    '<ul><li><a href="/docs/memoria-2017.docx?v=2">Memoria de la OCPM 2017: 250 ciudades miembros</a> (DOCX)</li></ul>',
])
def test_a_documents_title_is_no_current_fact(body):
    assert facts_of(body) == set()


def test_a_sentence_that_links_a_document_is_read():
    body = """<p>Selon <a href="/docs/rapport.pdf">le rapport</a>, l'AIMF compte aujourd'hui 338 villes membres dans
      53 pays.</p>"""
    assert facts_of(body) == {("aimf", "member_cities", "338", "exact"), ("aimf", "member_countries", "53", "exact")}


# Counts and names key figures use


@pytest.mark.parametrize("body, expected", [
    ("<h2>Eurocities</h2><p>+ de 200 villes membres</p>", ("eurocities", "member_cities", "200", "more_than")),
    ("<h2>Eurocities</h2><p>+200 ciudades miembros</p>", ("eurocities", "member_cities", "200", "more_than")),
])
def test_a_plus_sign_before_a_count(body, expected):
    assert facts_of(body) == {expected}


@pytest.mark.parametrize("name", ["Ciudades Creativas de la UNESCO", "Villes créatives de l'UNESCO",
                                  "Città creative UNESCO"])
def test_the_creative_cities_by_their_short_name(name):
    assert facts_of(f"<h2>{name}</h2><p>Le réseau a été lancé en 2004.</p>") == {
        ("unesco-creative-cities-network", "founded", "2004", "exact")}


# Pages without landmarks


def test_tabs_written_as_in_page_links_over_their_panels():
    body = """<div id="tabs"><ul><li><a href="#tab-aimf">AIMF</a></li><li><a href="#tab-icorn">ICORN</a></li></ul>
      <div id="tab-aimf"><p>La ville est membre de l'association depuis 1992.</p></div>
      <div id="tab-icorn"><p>La ville a rejoint le réseau en 2011.</p></div></div>"""
    assert facts_of(body) == {("aimf", "joined", "1992", "exact"), ("icorn", "joined", "2011", "exact")}


def test_a_table_of_contents_adds_no_heading_to_the_sections_it_links():
    body = """<ul><li><a href="#a">Nos réseaux</a></li><li><a href="#b">Contact</a></li></ul>
      <section id="a"><h2>Eurocities</h2><p>Le réseau compte plus de 200 villes.</p></section>
      <section id="b"><h2>Contact</h2><p>Direction des relations internationales.</p></section>"""
    assert facts_of(body) == {("eurocities", "member_cities", "200", "more_than")}


def test_a_table_headed_by_bold_data_cells_with_the_citys_joining_column():
    body = """<table><tr><td><strong>Réseau</strong></td><td><b>Siège</b></td><td><strong>Ville membre depuis</strong>
      </td></tr><tr><td>Cités Unies France</td><td>Paris</td><td>1987</td></tr></table>"""
    assert facts_of(body) == {("cites-unies-france", "headquarters", "Paris", "exact"),
                              ("cites-unies-france", "joined", "1987", "exact")}


@pytest.mark.parametrize("sentence", [
    "La ville n'est pas membre d'Eurocities, mais participe depuis 2019 à son forum Culture.",
    "The city is not a member of Eurocities but has taken part in its culture forum since 2019.",
    "La ciudad no es miembro de Eurocities, pero participa desde 2019 en su foro de cultura.",
])
def test_a_city_that_says_it_is_not_a_member_has_not_joined(sentence):
    assert facts_of(f"<p>{sentence}</p>") == set()


def test_drop_down_menus_breadcrumbs_and_consent_banners_of_a_page_without_landmarks_give_no_facts():
    html = """<html lang="fr"><head><title>Réseaux - Ville</title></head><body>
      <div id="bandeau-cnil">Ce site utilise des traceurs. Eurocities compte 90 villes. <a href="/t">Plus</a></div>
      <div id="page"><div id="haut"><a href="/">Accueil</a></div>
      <div id="barre"><ul><li><a href="/international">International</a><div class="deroulant"><p>Membre d'Eurocities
        depuis 2001, la ville appartient à un réseau de 130 villes.</p></div></li></ul></div>
      <div id="chemin">Vous êtes ici : <a href="/">Accueil</a> &gt; <a href="/international">International</a></div>
      <div id="colonnes"><div id="colonne-centre"><h2>Les réseaux</h2><p>La ville est membre d'Eurocities depuis 1994.
        Le réseau compte plus de 200 villes de 38 pays européens, réunies en forums sur la culture, la mobilité,
        l'environnement et les affaires sociales, qui se retrouvent plusieurs fois par an dans une ville membre pour
        comparer leurs politiques. Son secrétariat est installé à Bruxelles, près des institutions.</p></div>
      <div id="colonne-droite"><h3>Actualités</h3><div class="actu"><span class="date">24/09/2024</span>
        <a href="/actualites/forum">Forum Culture d'Eurocities à Nantes</a></div></div></div></div></body></html>"""
    extraction = extract_page(html.encode(), "https://www.ville.example/international/reseaux",
                              datetime(2025, 3, 1, tzinfo=UTC))
    assert {(fact["network_id"], fact["attribute"], fact["value"]) for fact in extraction.facts} == {
        ("eurocities", "joined", "1994"), ("eurocities", "member_cities", "200"),
        ("eurocities", "member_countries", "38"), ("eurocities", "headquarters", "Bruxelles")}
    assert [(item["title"], item["published"]) for item in extraction.news] == [
        ("Forum Culture d'Eurocities à Nantes", "2024-09-24")]


# More ways to show a network's facts


def test_key_figures_as_a_list_of_terms_or_lines_broken_by_br():
    body = """<h2>Eurocities</h2><dl class="chiffres"><dt>200</dt><dd>villes membres</dd></dl>
      <ul class="key-figures"><li><strong>38</strong><br>pays</li></ul>"""
    assert facts_of(body) == {("eurocities", "member_cities", "200", "exact"),
                              ("eurocities", "member_countries", "38", "exact")}


def test_an_accordion_written_as_a_list_of_terms():
    body = """<dl class="accordion"><dt><button aria-expanded="false">Eurocities</button></dt><dd><p>La ville a rejoint
      le réseau en 1994, et ses services participent à plusieurs de ses forums thématiques.</p></dd></dl>"""
    assert facts_of(body) == {("eurocities", "joined", "1994", "exact")}


def test_a_table_that_compares_networks_column_by_column():
    body = """<table><thead><tr><th></th><th>Eurocities</th><th>AIMF</th></tr></thead><tbody>
      <tr><th>Création</th><td>1986</td><td>1979</td></tr><tr><th>Siège</th><td>Bruxelles</td><td>Paris</td></tr>
      </tbody></table>"""
    assert facts_of(body) == {("eurocities", "founded", "1986", "exact"), ("aimf", "founded", "1979", "exact"),
                              ("eurocities", "headquarters", "Bruxelles", "exact"),
                              ("aimf", "headquarters", "Paris", "exact")}


def test_a_card_opened_by_a_networks_logo():
    body = """<div class="partner"><a href="https://www.icorn.example/"><img src="/logo.png" alt="Logo ICORN"></a>
      <p>Plus de 80 villes accueillent des auteurs menacés. Siège à Stavanger.</p></div>"""
    assert facts_of(body) == {("icorn", "member_cities", "80", "more_than"),
                              ("icorn", "headquarters", "Stavanger", "exact")}


def test_a_strip_of_logos_heads_no_text():
    body = """<h2>Nos partenaires</h2><div class="logos"><img src="/a.png" alt="Eurocities"><img src="/b.png"
      alt="AIMF"></div><p>La ville compte 300 000 habitants et 20 villes jumelles.</p>"""
    assert facts_of(body) == set()


def test_a_board_members_card_that_says_they_preside():
    body = """<h2>Our board</h2><div class="people"><article class="person"><h3>Hanna Lindqvist</h3>
      <p>President of Eurocities, Mayor of Umeå</p></article><article class="person"><h3>Paul Berger</h3>
      <p>Treasurer</p></article></div>"""
    assert facts_of(body, "en") == {("eurocities", "president", "Hanna Lindqvist", "exact")}


def network_site_page(sidebar):
    return f"""<html lang="en"><head><title>About us</title><meta property="og:site_name" content="ICORN"></head>
      <body><main><h1>About us</h1><p>We are a network of cities that host writers at risk.</p></main>
      <aside class="facts"><h2>Fast facts</h2><ul>{sidebar}</ul></aside></body></html>"""


def test_a_sidebar_that_names_no_network_is_about_the_sites_own_network():
    html = network_site_page("<li><strong>Founded:</strong> 2006</li><li><strong>Members:</strong> more than 80 cities"
                             "</li><li><strong>Residencies:</strong> two years, with a grant and a home</li>")
    extraction = extract_page(html.encode(), "https://www.network.example/about", datetime(2025, 3, 1, tzinfo=UTC))
    assert {(fact["network_id"], fact["attribute"], fact["value"]) for fact in extraction.facts} == {
        ("icorn", "founded", "2006"), ("icorn", "member_cities", "80")}


def test_a_sidebar_that_names_no_network_gives_a_city_site_no_fact():
    body = """<h2>Eurocities</h2><p>The city joined in 1994.</p></main><aside class="facts"><h2>Key figures</h2>
      <p>Members: 120 staff in the international relations office, founded: 1998.</p></aside><main>"""
    assert facts_of(body, "en") == {("eurocities", "joined", "1994", "exact")}


@pytest.mark.parametrize("body, lang", [
    ('<ul><li><span class="label">Founded</span><span class="value">1985</span></li><li><span class="label">'
     'Headquarters</span><span class="value">Barcelona</span></li></ul>', "en"),
    ('<div class="ficha"><div class="ficha__fila"><div class="ficha__etiqueta">Fundación</div>'
     '<div class="ficha__valor">1985</div></div><div class="ficha__fila"><div class="ficha__etiqueta">Sede</div>'
     '<div class="ficha__valor">Barcelona</div></div></div>', "es"),
    ("<ul><li>Founded <strong>1985</strong></li><li>Headquarters <b>Barcelona</b></li></ul>", "en"),
])
def test_a_fact_sheets_rows_of_a_label_and_a_value_apart(body, lang):
    assert facts_of(f"<h2>Metropolis</h2>{body}", lang) == {("metropolis", "founded", "1985", "exact"),
                                                            ("metropolis", "headquarters", "Barcelona", "exact")}


def test_a_sentence_with_a_bold_count_keeps_its_reading():
    assert facts_of("<p>Eurocities compte aujourd'hui <strong>plus de 200 villes</strong></p>") == {
        ("eurocities", "member_cities", "200", "more_than")}


@pytest.mark.parametrize("body, expected", [
    ('<h2>AIMF</h2><div class="stat"><span>1979</span><span>année de création</span></div>',
     {("aimf", "founded", "1979", "exact")}),
    ('<h2>Eurocities</h2><div class="stat"><p>Membre depuis</p><p>1989</p></div>',
     {("eurocities", "joined", "1989", "exact")}),
    ("<h2>Histoire</h2><ol><li><span>1986</span><span>Création d'Eurocities</span></li><li><span>2008</span>"
     "<span>Adhésion de la Ville à Eurocities</span></li></ol>",
     {("eurocities", "founded", "1986", "exact"), ("eurocities", "joined", "2008", "exact")}),
    ('<h2>Eurocities</h2><div class="stat"><p>2015</p><p>villes membres</p></div>', set()),
])
def test_a_year_beside_a_short_label(body, expected):
    assert facts_of(body) == expected


@pytest.mark.parametrize("column", [
    "colonne-droite", "col-right", "columna-derecha", "colonna-destra", "rechte-spalte"])
def test_news_in_a_side_column_named_by_its_side(column):
    html = f"""<html lang="fr"><head><title>Réseaux</title></head><body><div id="page">
      <div id="centre"><h1>Les réseaux</h1><p>{"La ville coopère avec ses partenaires européens. " * 20}</p></div>
      <div class="{column}"><h3>Actualités</h3><div class="actu"><span class="date">24/09/2024</span>
        <a href="/actualites/forum">Forum Culture d'Eurocities à Nantes</a></div></div></div></body></html>"""
    extraction = extract_page(html.encode(), "https://www.ville.example/reseaux", datetime(2025, 3, 1, tzinfo=UTC))
    assert [(item["title"], item["published"]) for item in extraction.news] == [
        ("Forum Culture d'Eurocities à Nantes", "2024-09-24")]


@pytest.mark.parametrize("body", [
    "<p><strong>Eurocities</strong><br>Le réseau compte plus de 200 villes.</p>",
    "<p><strong>Eurocities</strong></p><p>Le réseau compte plus de 200 villes.</p>",
    "<p><b>Cities Climate Leadership Group (C40)</b><br/>Le réseau compte plus de 200 villes.</p>",
])
def test_a_bold_line_naming_a_network_titles_the_text_under_it(body):
    assert {(attribute, value) for _, attribute, value, _ in facts_of(body)} == {("member_cities", "200")}


def test_a_bold_sentence_alone_on_its_line_stays_a_sentence():
    # the line after it goes on about the network it names: the city's joining
    assert facts_of("<p><strong>Eurocities compte plus de 200 villes.</strong><br>Adhésion en 1994.</p>") == {
        ("eurocities", "member_cities", "200", "more_than"), ("eurocities", "joined", "1994", "exact")}


def test_a_bold_word_inside_a_sentence_titles_nothing():
    assert facts_of("<h2>ICORN</h2><p>La ville soutient <strong>Eurocities</strong><br>Le réseau compte 80 villes.</p>"
                    ) == {("icorn", "member_cities", "80", "exact")}


def test_a_timeline_table_row_is_its_years_entry_and_a_network_table_row_keeps_its_header():
    timeline = """<table><thead><tr><th>Year</th><th>Milestone</th></tr></thead><tbody>
      <tr><td>2005</td><td>The city joined Metropolis</td></tr></tbody></table>"""
    networks = """<table><thead><tr><th>Réseau</th><th>Adhésion</th></tr></thead><tbody>
      <tr><td>Metropolis (réseau mondial)</td><td>2005</td></tr></tbody></table>"""
    assert facts_of(timeline, "en") == {("metropolis", "joined", "2005", "exact")}
    assert facts_of(networks) == {("metropolis", "joined", "2005", "exact")}
