"""Facts whose network the text does not name beside them: a card's header outside <main>, a subtitle under the
network's name, key-figure rows in other words, "the initiative" under an initiative's heading, names the vocabulary
lacked; and the traps beside them (the site's own header and footer, a section of its own, a programme)."""

from datetime import UTC, datetime

from scraper.parsers.extract import extract_page
from scraper.parsers.networks import network_ids


def extracted(page, lang="fr"):
    html = f"""<html lang="{lang}"><head><title>Réseaux</title></head><body>
      <header class="site-header"><a href="/">Accueil</a><p>Membre de l'AIMF depuis 1990</p></header>
      <div id="content"><h1>Les réseaux de villes</h1>{page}</div>
      <div class="footer"><p>Ville membre d'Eurocities depuis 1995.</p></div></body></html>"""
    return extract_page(html.encode(), "https://www.ville.example/international/reseaux",
                        datetime(2025, 3, 1, tzinfo=UTC))


def facts_of(page, lang="fr"):
    return {(fact["network_id"], fact["attribute"], fact["value"], fact["qualifier"])
            for fact in extracted(page, lang).facts}


# A card's header, named like the site's ("card-header"), outside <main> and <article>


def test_a_cards_header_names_the_network_of_its_card():
    french = """<div class="card"><div class="card-header"><h2 class="card-title">AIMF</h2></div>
      <div class="card-body"><ul><li>Fondée en 1979</li><li>Membre depuis 1980</li></ul></div>
      <div class="card-footer"><a href="https://www.aimf.asso.fr">Site du réseau</a></div></div>"""
    assert facts_of(french) == {("aimf", "founded", "1979", "exact"), ("aimf", "joined", "1980", "exact")}
    german = """<div class="box"><div class="box-header"><h3>Eurocities</h3></div>
      <div class="box-body"><ul><li>Gegründet 1986</li><li>Mitglied seit 2001</li></ul></div></div>"""
    assert facts_of(german, "de") == {("eurocities", "founded", "1986", "exact"),
                                      ("eurocities", "joined", "2001", "exact")}
    spanish = """<section class="c-panel"><header class="c-panel-header"><h3>Mercociudades</h3></header>
      <ul><li>Fundada en 1995</li><li>Miembro desde 1999</li></ul></section>"""
    assert facts_of(spanish, "es") == {("mercociudades", "founded", "1995", "exact"),
                                       ("mercociudades", "joined", "1999", "exact")}


def test_the_sites_header_and_footer_stay_out_even_when_named_with_a_components_word():
    page = """<div class="header-box"><p>Membre de Cités Unies France depuis 1975.</p></div>
      <p>La ville agit dans plusieurs réseaux.</p>"""
    assert facts_of(page) == set()



# A subtitle under the network's name ("Le réseau des grandes villes européennes"): the section stays the network's


def test_a_subtitle_under_a_networks_name_keeps_its_section():
    french = """<div class="card"><div class="card-header"><h2 class="card-title">Eurocities</h2>
      <p class="card-subtitle">Le réseau des grandes villes européennes</p></div>
      <ul><li>Fondé en 1986</li><li>Siège : Bruxelles</li><li>Membre depuis 2001</li></ul></div>"""
    assert facts_of(french) == {("eurocities", "founded", "1986", "exact"),
                                ("eurocities", "headquarters", "Bruxelles", "exact"),
                                ("eurocities", "joined", "2001", "exact")}
    english = """<h2>Covenant of Mayors</h2><h3>For climate and energy</h3>
      <ul><li>Launched in 2008 by the European Commission</li><li>Signatory since 2011</li></ul>"""
    assert facts_of(english, "en") == {("covenant-of-mayors", "founded", "2008", "exact"),
                                       ("covenant-of-mayors", "joined", "2011", "exact")}
    italian = """<h3>ICLEI</h3><h4 class="sottotitolo">Governi locali per la sostenibilità</h4>
      <p>Fondata nel 1990. Il Comune ne è socio dal 2002.</p>"""
    assert facts_of(italian, "it") == {("iclei", "founded", "1990", "exact"), ("iclei", "joined", "2002", "exact")}


def test_a_heading_after_a_networks_section_with_text_starts_a_section_of_its_own():
    page = """<h2>Eurocities</h2><p>La ville participe aux forums du réseau.</p>
      <h2>Nos jumelages</h2><p>Jumelée depuis 1958 avec Rome, membre depuis 1990 du comité.</p>"""
    assert facts_of(page) == set()


# Networks of neighbouring and of national cities the vocabulary now knows by name


def test_quattropole_is_known_in_any_language_and_case():
    french = """<h3>QuattroPole</h3><ul><li>Membres : 4 villes</li><li>Secrétariat : Trèves</li></ul>"""
    assert facts_of(french) == {("quattropole", "member_cities", "4", "exact"),
                                ("quattropole", "headquarters", "Trèves", "exact")}
    german = """<p>Das Städtenetz Quattropole wurde 2000 gegründet; Saarbrücken ist seit 2000 Mitglied.</p>"""
    assert facts_of(german, "de") == {("quattropole", "founded", "2000", "exact"),
                                      ("quattropole", "joined", "2000", "exact")}


def test_core_cities_is_known_by_its_capitalised_name_only():
    english = """<h3>Core Cities UK</h3><p>Leeds is one of the 11 members of Core Cities UK. The group was formed
      in 1995.</p>"""
    assert facts_of(english, "en") == {("core-cities-uk", "member_cities", "11", "exact"),
                                       ("core-cities-uk", "founded", "1995", "exact")}
    assert facts_of("<p>Cardiff joined the Core Cities group in 2014.</p>", "en") == {
        ("core-cities-uk", "joined", "2014", "exact")}
    trap = "<p>The plan, founded in 1995, serves the core cities of the region and their 11 suburbs.</p>"
    assert facts_of(trap, "en") == set()


# A key-figure row under the network's heading that says when the city joined in other words than "membre depuis"


def test_a_row_saying_since_when_the_city_takes_part_dates_its_joining():
    french = """<h3>ICLEI</h3><ul><li>Siège: Bonn</li><li>Grenoble adhérente depuis: 2002</li></ul>"""
    assert facts_of(french) == {("iclei", "headquarters", "Bonn", "exact"), ("iclei", "joined", "2002", "exact")}
    german = """<h3>Klima-Bündnis</h3><ul><li>Sitz: Frankfurt am Main</li>
      <li>Leipzig dabei seit: 1993 (Gründungsmitglied)</li></ul>"""
    assert facts_of(german, "de") == {("climate-alliance", "headquarters", "Frankfurt am Main", "exact"),
                                      ("climate-alliance", "joined", "1993", "exact")}
    spanish = """<h3>Mercociudades</h3><ul><li>Rosario adherida desde: 1995</li></ul>"""
    assert facts_of(spanish, "es") == {("mercociudades", "joined", "1995", "exact")}
    italian = """<h3>Eurocities</h3><ul><li>Aderente dal: 2001</li></ul>"""
    assert facts_of(italian, "it") == {("eurocities", "joined", "2001", "exact")}


def test_a_row_with_no_year_or_about_a_twinning_dates_no_joining():
    page = """<h3>Cités Unies France</h3><ul><li>Grenoble adhérente depuis: -</li>
      <li>Jumelée depuis: 1958</li></ul>"""
    assert facts_of(page) == set()


# A founding row's place followed by its country in brackets


def test_a_founding_rows_place_may_carry_its_country_in_brackets():
    spanish = "<h3>Mercociudades</h3><ul><li>Fundación: 1995, Asunción (Paraguay)</li></ul>"
    assert facts_of(spanish, "es") == {("mercociudades", "founded", "1995", "exact"),
                                       ("mercociudades", "founded_place", "Asunción", "exact")}
    italian = "<h3>CGLU</h3><ul><li>Fondazione: 2004, Parigi (Francia)</li></ul>"
    assert facts_of(italian, "it") == {("uclg", "founded", "2004", "exact"),
                                       ("uclg", "founded_place", "Parigi", "exact")}
    french = "<h3>AIMF</h3><ul><li>Création : 1979, Québec (Canada)</li></ul>"
    assert facts_of(french) == {("aimf", "founded", "1979", "exact"), ("aimf", "founded_place", "Québec", "exact")}


def test_a_founding_rows_bracket_that_is_no_country_after_no_place_adds_no_place():
    page = "<h3>AIMF</h3><ul><li>Création : 1979, à l'initiative de deux maires (Paris et Québec)</li></ul>"
    assert facts_of(page) == {("aimf", "founded", "1979", "exact")}


# "L'initiative", "the pact" under the heading of a network that is an initiative or a pact the cities sign


def test_the_initiative_under_an_initiatives_heading_is_that_network():
    french = """<h3>Convention des maires</h3><p>Signataire depuis 2009, la Ville réduit ses émissions. L'initiative,
      lancée en 2008 par la Commission européenne, compte aujourd'hui plus de 11 000 collectivités signataires.</p>"""
    assert facts_of(french) == {("covenant-of-mayors", "joined", "2009", "exact"),
                                ("covenant-of-mayors", "founded", "2008", "exact"),
                                ("covenant-of-mayors", "represented_governments", "11000", "more_than")}
    english = """<h3>Covenant of Mayors</h3><p>The initiative was launched in 2008 and has its office in
      Brussels.</p>"""
    assert facts_of(english, "en") == {("covenant-of-mayors", "founded", "2008", "exact"),
                                       ("covenant-of-mayors", "headquarters", "Brussels", "exact")}
    spanish = """<h3>Pacto de los Alcaldes</h3><p>Lanzada en 2008, la iniciativa reúne a más de 11.000 gobiernos
      locales.</p>"""
    assert facts_of(spanish, "es") == {("covenant-of-mayors", "founded", "2008", "exact"),
                                       ("covenant-of-mayors", "represented_governments", "11000", "more_than")}


def test_an_initiative_under_a_network_of_cities_stays_a_programme_and_a_named_one_stays_its_own():
    network = "<h3>Eurocities</h3><p>L'initiative, lancée en 2018, réunit 30 villes.</p>"
    assert facts_of(network) == set()
    named = """<h3>Convention des maires</h3><p>L'initiative Mayors for Peace, lancée en 1982, réunit 8 000
      villes.</p>"""
    assert facts_of(named) == {("mayors-for-peace", "founded", "1982", "exact"),
                               ("mayors-for-peace", "member_cities", "8000", "exact")}


def test_the_covenant_of_mayors_by_its_gender_neutral_spanish_and_catalan_names():
    spanish = """<h2>Pacto de las Alcaldías para el Clima y la Energía</h2><p>Lanzado por la Comisión Europea en 2008,
      el Pacto reúne a más de 11.000 gobiernos locales y regionales. Palma lo suscribió en 2009.</p>"""
    assert ("covenant-of-mayors", "founded", "2008", "exact") in facts_of(spanish, "es")
    assert ("covenant-of-mayors", "represented_governments", "11000", "more_than") in facts_of(spanish, "es")
    assert network_ids("L'Ajuntament és membre del Pacte d'Alcaldies.") == ["covenant-of-mayors"]
    assert network_ids("Palma forma part del Pacte de les Alcaldies.") == ["covenant-of-mayors"]
    assert facts_of("<p>Girona forma parte del Pacto Global de Alcaldías desde 2017.</p>", "es") == {
        ("global-covenant-of-mayors", "joined", "2017", "exact")}


def test_the_age_friendly_network_named_with_the_who_before_it_presents_its_card():
    english = """<div class="card"><img class="card__image" src="/afc.png"
      alt="Logo: WHO Global Network for Age-friendly Cities and Communities"><div class="card__content">
      <h3 class="card__heading"><a href="/age-friendly-york">Age Friendly York</a></h3>
      <p>York joined the network in 2016. It now counts more than 1,600 cities and communities in 53 countries.</p>
      </div></div>"""
    assert facts_of(english, "en") == {("age-friendly-cities", "joined", "2016", "exact"),
                                       ("age-friendly-cities", "member_cities", "1600", "more_than"),
                                       ("age-friendly-cities", "member_countries", "53", "exact")}
    assert network_ids("Leeds is part of the WHO Global Network of Age-Friendly Cities.") == ["age-friendly-cities"]


# A founding row whose label says where ("in Rotterdam gegründet: 1986")


def test_a_founding_rows_label_may_say_where():
    german = """<h3>Eurocities in Zahlen</h3><ul><li>über 200 Mitgliedsstädte</li>
      <li>in Rotterdam gegründet: 1986</li></ul>"""
    assert facts_of(german, "de") == {("eurocities", "member_cities", "200", "more_than"),
                                      ("eurocities", "founded", "1986", "exact"),
                                      ("eurocities", "founded_place", "Rotterdam", "exact")}
    english = "<h3>ICLEI</h3><ul><li>Founded in New York: 1990</li></ul>"
    assert facts_of(english, "en") == {("iclei", "founded", "1990", "exact"),
                                       ("iclei", "founded_place", "New York", "exact")}
    french = "<h3>AIMF</h3><ul><li>Fondée à Québec : 1979</li></ul>"
    assert facts_of(french) == {("aimf", "founded", "1979", "exact"), ("aimf", "founded_place", "Québec", "exact")}
    spanish = "<h3>Mercociudades</h3><ul><li>Fundada en Asunción: 1995</li></ul>"
    assert facts_of(spanish, "es") == {("mercociudades", "founded", "1995", "exact"),
                                       ("mercociudades", "founded_place", "Asunción", "exact")}


def test_a_founding_label_with_a_place_and_a_sentence_after_it_is_no_row():
    page = "<h3>ICLEI</h3><ul><li>Founded in Freiburg: the European office, opened there in 1992.</li></ul>"
    assert facts_of(page, "en") == set()


# The seat kept where the network was founded: "nació en Barcelona ... y mantiene allí su secretaría"


def test_a_seat_kept_there_is_the_founding_place():
    spanish = """<h3>MedCities</h3><p>Esta red de ciudades mediterráneas nació en Barcelona en 1991 y mantiene allí su
      secretaría general.</p>"""
    assert facts_of(spanish, "es") == {("medcities", "founded", "1991", "exact"),
                                       ("medcities", "founded_place", "Barcelona", "exact"),
                                       ("medcities", "headquarters", "Barcelona", "exact")}
    french = """<h3>MedCités</h3><p>Le réseau a vu le jour à Barcelone en 1991, ville où se trouve toujours son
      secrétariat général.</p>"""
    assert facts_of(french) == {("medcities", "founded", "1991", "exact"),
                                ("medcities", "founded_place", "Barcelone", "exact"),
                                ("medcities", "headquarters", "Barcelone", "exact")}
    italian = """<h3>Sindaci per la Pace</h3><p>La rete è stata fondata a Hiroshima nel 1982, dove si trova ancora la
      sua sede.</p>"""
    assert facts_of(italian, "it") == {("mayors-for-peace", "founded", "1982", "exact"),
                                       ("mayors-for-peace", "founded_place", "Hiroshima", "exact"),
                                       ("mayors-for-peace", "headquarters", "Hiroshima", "exact")}


def test_a_founding_place_where_something_else_happens_is_no_seat():
    page = """<h3>AIMF</h3><p>L'association a été fondée à Québec en 1979, où se tenait alors le sommet des
      maires.</p>"""
    assert facts_of(page) == {("aimf", "founded", "1979", "exact"), ("aimf", "founded_place", "Québec", "exact")}
