"""Facts placed outside the running text: a card named only by its logo, tabs and accordions whose controls carry no
ARIA, key figures shown in parts, boxes beside the text; and the traps beside them (the city's own figures, menus)."""

from datetime import UTC, datetime

from helpers.extracted import extracted
from helpers.extracted import facts_of_snippet as facts_of

from scraper.parsers.extract import extract_page

# A card named only by its logo


def test_a_logo_in_a_wrapper_names_its_card():
    body = """<div class="card"><figure class="card__logo"><img src="/mfp.png" alt="Maires pour la Paix"></figure>
      <div class="card__body">
      <p>Caen a rejoint en 2008 ce réseau, qui rassemble plus de 8 000 villes.</p></div></div>"""
    assert facts_of(body) == {("mayors-for-peace", "joined", "2008", "exact"),
                              ("mayors-for-peace", "member_cities", "8000", "more_than")}


def test_a_logo_in_a_div_names_its_card_not_the_card_before():
    body = """<ul class="cards"><li><a href="/aimf"><img src="/aimf.png" alt="AIMF"></a>
      <p>Membre depuis 2016 de cette association, la ville y retrouve des villes de 54 pays.</p></li>
      <li><div class="cards__logo"><span><img src="/cuf.png" alt="Logo Cités Unies France"></span></div>
      <p>Adhérente depuis 1998, la Ville participe à la fédération, dont le siège est à Paris.</p></li></ul>"""
    assert facts_of(body) == {("aimf", "joined", "2016", "exact"), ("aimf", "member_countries", "54", "exact"),
                              ("cites-unies-france", "joined", "1998", "exact"),
                              ("cites-unies-france", "headquarters", "Paris", "exact")}


def test_a_logos_alt_text_with_the_word_logo_after_the_name_or_a_colon():
    english = """<div class="card"><img src="/wtfc.png" alt="Walled Towns Friendship Circle logo"><div>
      <p>York has been a member since 1991; the circle's secretariat is in Chester.</p></div></div>"""
    assert facts_of(english, "en") == {("walled-towns-friendship-circle", "joined", "1991", "exact"),
                                       ("walled-towns-friendship-circle", "headquarters", "Chester", "exact")}
    spanish = """<div class="tarjeta"><img src="/cideu.png" alt="Logotipo: CIDEU"><p>La ciudad es miembro desde 2010
      de esta red, que agrupa a más de 140 ciudades.</p></div>"""
    assert facts_of(spanish, "es") == {("cideu", "joined", "2010", "exact"),
                                       ("cideu", "member_cities", "140", "more_than")}


def test_a_cards_own_title_that_names_no_network_stays_under_its_logo():
    english = """<div class="card"><img src="/wtfc.png" alt="WTFC"><div class="card__content">
      <h3 class="card__heading">Walled towns</h3><p>York has been a member since 1991. The circle brings together
      around 140 fortified towns from 30 countries.</p></div></div>"""
    assert facts_of(english, "en") == {("walled-towns-friendship-circle", "joined", "1991", "exact"),
                                       ("walled-towns-friendship-circle", "member_cities", "140", "about"),
                                       ("walled-towns-friendship-circle", "member_countries", "30", "exact")}
    german = """<div class="karte"><div class="karte__bild"><img src="/mfp.png" alt="Logo Mayors for Peace"></div>
      <h3>Für eine Welt ohne Atomwaffen</h3><p>Das Bündnis zählt über 8.000 Mitgliedsstädte in 166 Ländern.</p>
      </div>"""
    assert facts_of(german, "de") == {("mayors-for-peace", "member_cities", "8000", "more_than"),
                                      ("mayors-for-peace", "member_countries", "166", "exact")}


def test_a_cards_title_that_names_another_network_heads_its_text():
    body = """<div class="card"><img src="/uclg.png" alt="UCLG"><h3>Metropolis</h3><p>The network has its
      secretariat in Barcelona.</p></div>"""
    assert facts_of(body, "en") == {("metropolis", "headquarters", "Barcelona", "exact")}


def test_a_logo_that_is_no_networks_heads_nothing():
    body = """<h2>Eurocities</h2><p>La ville est membre depuis 1991.</p>
      <div class="card"><figure><img src="/ville.png" alt="Logo de la Ville"></figure><h3>Nos villes jumelles</h3>
      <p>La ville compte 12 villes jumelles et 300 000 habitants.</p></div>"""
    assert facts_of(body) == {("eurocities", "joined", "1991", "exact")}


def test_an_undated_card_with_a_linked_title_under_a_networks_logo_presents_it_and_is_no_news_item():
    english = """<div class="card-grid"><div class="card">
      <img src="/uccn.png" alt="UNESCO Creative Cities Network logo"><div class="card__content">
      <h3 class="card__heading"><a href="/media-arts">City of Media Arts</a></h3>
      <p>York joined in 2014. The network now links 350 cities in more than 100 countries.</p></div></div>
      <div class="card"><img src="/wtfc.png" alt="WTFC"><div class="card__content"><h3 class="card__heading">
      <a href="/walls">Walled towns</a></h3><p>York has been a member since 1991.</p></div></div></div>"""
    page = extracted(english, "en")
    assert page.news == []
    assert {(fact["network_id"], fact["attribute"], fact["value"]) for fact in page.facts} == {
        ("unesco-creative-cities-network", "joined", "2014"),
        ("unesco-creative-cities-network", "member_cities", "350"),
        ("unesco-creative-cities-network", "member_countries", "100"),
        ("walled-towns-friendship-circle", "joined", "1991")}
    french = """<ul class="cartes"><li class="carte"><a href="/aimf"><img src="/aimf.png" alt="Logo AIMF"></a>
      <h3 class="carte__titre"><a href="/aimf">La francophonie des villes</a></h3><p>La ville en est membre depuis
      2016.</p></li><li class="carte"><a href="/mfp"><img src="/mfp.png" alt="Logo Maires pour la Paix"></a>
      <h3 class="carte__titre"><a href="/mfp">Une ville de paix</a></h3><p>La ville en est membre depuis 2008.</p>
      </li></ul>"""
    page = extracted(french)
    assert page.news == []
    assert {(fact["network_id"], fact["attribute"], fact["value"]) for fact in page.facts} == {
        ("aimf", "joined", "2016"), ("mayors-for-peace", "joined", "2008")}


def test_a_dated_card_under_a_networks_logo_is_still_a_news_item():
    body = """<div class="news-list"><div class="news-card"><img src="/ec.png" alt="Eurocities">
      <h3><a href="/actualites/forum-culture">Forum Culture à Lyon</a></h3><p>12 mars 2025 - La ville accueille
      le forum.</p></div><div class="news-card"><img src="/ec.png" alt="Eurocities">
      <h3><a href="/actualites/agm">Assemblée générale</a></h3><p>2 juin 2025 - Les maires se réunissent.</p></div>
      </div>"""
    assert [item["title"] for item in extracted(body).news] == ["Forum Culture à Lyon", "Assemblée générale"]


# Tabs and accordions whose controls carry no ARIA


def test_tabs_that_name_their_panels_by_a_data_target_only():
    spanish = """<ul class="nav nav-tabs"><li class="nav-item"><button class="nav-link active" data-bs-toggle="tab"
      data-bs-target="#red-a" type="button">OCPM</button></li><li class="nav-item"><button class="nav-link"
      data-bs-toggle="tab" data-bs-target="#red-b" type="button">CIDEU</button></li></ul>
      <div class="tab-content"><div class="tab-pane fade show active" id="red-a"><p>Con sede en Quebec, la
      organización reúne a más de 300 ciudades.</p></div><div class="tab-pane fade" id="red-b" aria-hidden="true">
      <p>La red, creada en 1993, agrupa a más de 140 ciudades iberoamericanas.</p></div></div>"""
    assert facts_of(spanish, "es") == {("owhc", "headquarters", "Quebec", "exact"),
                                       ("owhc", "member_cities", "300", "more_than"),
                                       ("cideu", "founded", "1993", "exact"),
                                       ("cideu", "member_cities", "140", "more_than")}


def test_an_accordions_button_that_names_its_panel_by_a_data_target_or_a_link_only():
    italian = """<div class="accordion"><div class="accordion-item"><div class="accordion-header">
      <button class="accordion-button" data-bs-toggle="collapse" data-bs-target="#c-mfp">Mayors for Peace</button>
      </div><div id="c-mfp" class="accordion-collapse collapse show"><p>La rete conta più di 8.000 città.</p></div>
      </div><div class="accordion-item"><div class="accordion-header"><button class="accordion-button collapsed"
      data-bs-toggle="collapse" data-bs-target="#c-ec">Energy Cities</button></div><div id="c-ec"
      class="accordion-collapse collapse"><p>L'associazione, con sede a Besançon, raccoglie oltre 1.000 città.</p>
      </div></div></div>"""
    assert facts_of(italian, "it") == {("mayors-for-peace", "member_cities", "8000", "more_than"),
                                       ("energy-cities", "headquarters", "Besançon", "exact"),
                                       ("energy-cities", "member_cities", "1000", "more_than")}
    german = """<div id="netze"><div class="card"><div class="card-header"><button class="btn btn-link"
      data-toggle="collapse" data-target="#p-eurocities">Eurocities</button></div><div id="p-eurocities"
      class="collapse"><p>Das Netzwerk hat seinen Sitz in Brüssel.</p></div></div><div class="card"><div
      class="card-header"><a data-toggle="collapse" href="#p-klima"><span class="icon"></span>Klima-Bündnis</a> <a
      href="https://www.klimabuendnis.org">Website</a></div><div id="p-klima" class="collapse"><p>Das Netzwerk hat
      seinen Sitz in Frankfurt am Main.</p></div></div></div>"""
    assert facts_of(german, "de") == {("eurocities", "headquarters", "Brüssel", "exact"),
                                      ("climate-alliance", "headquarters", "Frankfurt am Main", "exact")}


def test_a_button_that_opens_a_dialog_titles_nothing():
    body = """<h2>Eurocities</h2><p>La ville est membre du réseau depuis 1991.</p>
      <button data-bs-toggle="modal" data-bs-target="#contact">AIMF</button>
      <div id="contact" class="modal"><p>Le réseau a son siège à Bruxelles.</p></div>"""
    assert facts_of(body) == {("eurocities", "joined", "1991", "exact"),
                              ("eurocities", "headquarters", "Bruxelles", "exact")}


def test_a_plain_button_that_names_a_network_over_the_answer_it_opens():
    french = """<div class="faq"><div class="faq__item"><button type="button" class="faq__question">AIMF</button>
      <div class="faq__answer"><p>La Ville en est membre depuis 1997.</p></div></div>
      <div class="faq__item"><button type="button" class="faq__question">Maires pour la Paix</button>
      <div class="faq__answer"><p>La Ville a adhéré en 2006 à ce réseau fondé en 1982.</p></div></div></div>"""
    assert facts_of(french) == {("aimf", "joined", "1997", "exact"), ("mayors-for-peace", "joined", "2006", "exact"),
                                ("mayors-for-peace", "founded", "1982", "exact")}
    english = """<div class="faq-item"><button class="faq-question">ICORN</button><div class="faq-answer"><p>Its
      secretariat is in Stavanger.</p></div></div><div class="faq-item"><button class="faq-question">Eurocities
      </button><div class="faq-answer"><p>Its secretariat is in Brussels.</p></div></div>"""
    assert facts_of(english, "en") == {("icorn", "headquarters", "Stavanger", "exact"),
                                       ("eurocities", "headquarters", "Brussels", "exact")}


def test_a_plain_button_that_names_no_network_leaves_its_text_to_the_section():
    body = """<h2>Eurocities</h2><p>Le réseau a son siège à Bruxelles.</p><div class="more"><button>Lire la suite
      </button><div class="more__text"><p>La ville en est membre depuis 1991.</p></div></div>"""
    assert facts_of(body) == {("eurocities", "headquarters", "Bruxelles", "exact"),
                              ("eurocities", "joined", "1991", "exact")}


def test_a_plain_button_that_names_one_network_among_other_words_over_its_answer():
    french = """<div class="faq__item"><button class="faq__question">Convention des maires pour le climat et
      l'énergie</button><div class="faq__answer"><p>Lancée en 2008, elle a son siège à Bruxelles.</p></div>
      </div>"""
    assert facts_of(french) == {("covenant-of-mayors", "founded", "2008", "exact"),
                                ("covenant-of-mayors", "headquarters", "Bruxelles", "exact")}
    italian = """<div class="domanda"><button>Che cos'è Energy Cities?</button><div class="risposta"><p>È
      un'associazione con sede a Besançon.</p></div></div>"""
    assert facts_of(italian, "it") == {("energy-cities", "headquarters", "Besançon", "exact")}


def test_a_plain_button_that_names_two_networks_titles_nothing():
    body = """<h2>AIMF</h2><p>L'association a son siège à Paris.</p><div class="faq__item"><button>Eurocities ou
      Metropolis ?</button><div class="faq__answer"><p>La ville en est membre depuis 1997.</p></div></div>"""
    assert facts_of(body) == {("aimf", "headquarters", "Paris", "exact"), ("aimf", "joined", "1997", "exact")}


# Bands of key figures outside <main>


def page_with_a_band(body, band, lang="fr", site=""):
    meta = f'<meta property="og:site_name" content="{site}">' if site else ""
    html = f"""<html lang="{lang}"><head><title>Réseaux</title>{meta}</head><body><header><nav><a href="/">Accueil</a>
      </nav></header><div class="page"><main><h1>Les réseaux</h1>{body}</main>{band}</div>
      <footer class="footer"><h2>Eurocities</h2><p>Square de Meeûs 1, 1000 Bruxelles. Fondé en 1986.</p></footer>
      </body></html>"""
    return {(fact["network_id"], fact["attribute"], fact["value"], fact["qualifier"])
            for fact in extract_page(html.encode(), "https://www.ville.example/reseaux",
                                     datetime(2025, 3, 1, tzinfo=UTC)).facts}


def test_a_band_of_a_networks_key_figures_after_the_main_text():
    french = """<section class="key-figures"><h2>Eurocities en chiffres</h2><div class="kf"><span>38</span>
      <span>pays représentés</span></div><div class="kf"><span>plus de 200</span><span>villes membres</span></div>
      <div class="kf"><span>1986</span><span>année de création</span></div></section>"""
    assert page_with_a_band("<p>La ville est membre d'Eurocities depuis 2012.</p>", french) == {
        ("eurocities", "joined", "2012", "exact"), ("eurocities", "member_countries", "38", "exact"),
        ("eurocities", "member_cities", "200", "more_than"), ("eurocities", "founded", "1986", "exact")}
    german = """<div class="zahlen"><h3>Das Klima-Bündnis in Zahlen</h3><ul><li><strong>27</strong> Länder</li>
      <li><strong>über 2.000</strong> Mitgliedskommunen</li></ul></div>"""
    assert page_with_a_band("<p>Die Stadt engagiert sich für den Klimaschutz.</p>", german, "de") == {
        ("climate-alliance", "member_countries", "27", "exact"),
        ("climate-alliance", "member_cities", "2000", "more_than")}


def test_a_band_outside_the_main_text_that_names_no_network_gives_nothing_even_on_a_networks_site():
    band = """<section class="key-figures"><h2>La ville en chiffres</h2><div class="kf"><span>182 000</span>
      <span>habitants</span></div><div class="kf"><span>8</span><span>villes membres du jumelage</span></div>
      </section>"""
    assert page_with_a_band("<p>Le réseau compte 200 villes membres.</p>", band, site="Eurocities") == {
        ("eurocities", "member_cities", "200", "exact")}


def test_a_card_named_by_its_logo_deep_in_a_nested_page_is_read():
    depth = 495
    card = """<div><img src="/aimf.png" alt="AIMF"><h3>La francophonie</h3><p>La ville en est membre depuis 2016.</p>
      </div>"""
    assert facts_of("<div>" * depth + card + "</div>" * depth) == {("aimf", "joined", "2016", "exact")}
