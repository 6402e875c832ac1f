"""Whole pages missed at once: networks written with accents or named only by a heading, a section's text that goes
on about the network named before it, a fact sheet's rows, cards beside the text; and the dates of news teasers."""

from datetime import UTC, datetime
from functools import partial

from helpers.extracted import facts_of_snippet

from scraper.parsers.dates import PartialDate
from scraper.parsers.events import find_event_span
from scraper.parsers.extract import extract_page
from scraper.parsers.networks import network_ids
from scraper.parsers.number_words import with_digits

# The snippets carry their own headings.
facts_of = partial(facts_of_snippet, heading=None)

# Networks as pages write their names


def test_medcities_is_known_with_its_french_accent():
    assert network_ids("Marseille a rejoint MedCités en 2015.") == ["medcities"]
    assert network_ids("el secretariado de Medcities") == ["medcities"]
    assert network_ids("La rete MEDCITIES") == ["medcities"]


def test_a_page_about_medcites_gives_it_the_facts_of_the_network_it_calls_le_reseau():
    body = """<h1>Marseille accueille l'assemblée générale de MedCités</h1>
      <p>Créé à Barcelone en 1991, le réseau compte aujourd'hui plus de soixante villes membres.</p>"""
    assert facts_of(body, title="Assemblée de MedCités") == {
        ("medcities", "founded", "1991", "exact"), ("medcities", "founded_place", "Barcelone", "exact"),
        ("medcities", "member_cities", "60", "more_than")}


# A fact sheet's rows


def test_a_table_column_of_the_citys_joining_headed_by_the_city_and_a_comma():
    body = """<h1>Redes</h1><table><thead><tr><th>Red</th><th>Sede</th><th>Madrid, miembro desde</th></tr></thead>
      <tbody><tr><th>Metropolis</th><td>Barcelona</td><td>1990</td></tr>
      <tr><th>Eurocities</th><td>Bruselas</td><td>1993 (miembro fundador)</td></tr></tbody></table>"""
    assert facts_of(body, "es") == {
        ("metropolis", "headquarters", "Barcelona", "exact"), ("metropolis", "joined", "1990", "exact"),
        ("eurocities", "headquarters", "Bruselas", "exact"), ("eurocities", "joined", "1993", "exact")}


def test_a_row_of_the_citys_joining_with_a_comma_after_the_city_in_other_languages():
    body = """<h2>Eurocities</h2><dl><dt>Lyon, membre depuis</dt><dd>1991</dd></dl>
      <h2>ICORN</h2><dl><dt>Leeds, member since</dt><dd>2012</dd></dl>
      <h2>Energy Cities</h2><dl><dt>Köln, Mitglied seit</dt><dd>1994</dd></dl>"""
    assert facts_of(body) == {("eurocities", "joined", "1991", "exact"), ("icorn", "joined", "2012", "exact"),
                              ("energy-cities", "joined", "1994", "exact")}


def test_a_row_of_a_sentence_with_a_comma_before_member_since_is_no_label():
    body = """<h2>Eurocities</h2><p>La ville, membre depuis: voir plus bas, participe au forum culture.</p>"""
    assert facts_of(body) == set()


# Networks the vocabulary does not know, named by a section's heading


def test_a_heading_that_is_an_organisations_name_of_cities_names_its_sections_network():
    body = """<h2>Union mondiale des villes olympiques</h2>
      <p>Lausanne est à l'initiative de l'Union, fondée en 2002. L'Union réunit une quarantaine de villes.</p>"""
    assert facts_of(body) == {("union-mondiale-des-villes-olympiques", "founded", "2002", "exact"),
                              ("union-mondiale-des-villes-olympiques", "member_cities", "40", "about")}


def test_organisations_names_in_other_languages_head_their_sections():
    english = """<h2>World Union of Olympic Cities</h2><p>The Union was founded in 2002 and now has 40 member
      cities.</p>"""
    assert facts_of(english, "en") == {("world-union-of-olympic-cities", "founded", "2002", "exact"),
                                       ("world-union-of-olympic-cities", "member_cities", "40", "exact")}
    spanish = """<h2>Liga de Ciudades Históricas (LCH)</h2><p>Fundada en 1987, la red agrupa a 90 ciudades.</p>"""
    assert facts_of(spanish, "es") == {("liga-de-ciudades-historicas", "founded", "1987", "exact"),
                                       ("liga-de-ciudades-historicas", "member_cities", "90", "exact")}


def test_an_acronym_heading_names_a_network_when_the_text_under_it_spells_it_out():
    spanish = """<h2>CIDEU</h2><p>El Centro Iberoamericano de Desarrollo Estratégico Urbano nació en 1993. Agrupa hoy
      a casi 150 ciudades.</p>"""
    assert facts_of(spanish, "es") == {("cideu", "founded", "1993", "exact"),
                                       ("cideu", "member_cities", "150", "about")}
    english = """<h2>CEMR</h2><p>The Council of European Municipalities and Regions was founded in 1951.</p>"""
    assert facts_of(english, "en") == {("cemr", "founded", "1951", "exact")}


def test_a_heading_that_the_text_under_it_introduces_as_a_league_of_towns():
    body = """<h2>Die Hanse</h2><p>Der Städtebund Die Hanse wurde 1980 gegründet.</p>
      <p>Heute gehören ihm rund 190 Städte an.</p>"""
    assert facts_of(body, "de") == {("die-hanse", "founded", "1980", "exact"),
                                    ("die-hanse", "member_cities", "190", "about")}


def test_headings_that_describe_or_list_networks_name_none():
    body = """<h2>Réseaux de villes</h2><p>Le réseau compte 200 villes.</p>
      <h2>Un réseau de villes solidaires</h2><p>Créé en 2006, ce réseau compte 80 villes.</p>
      <h2>Network of cities</h2><p>It was founded in 1990.</p>
      <h2>FAQ</h2><p>Frequently asked questions: the network has 50 members.</p>"""
    assert {fact[0] for fact in facts_of(body)} == set()


# A section that no heading names goes on about the network an earlier paragraph named


def test_a_paragraph_whose_subject_is_the_network_takes_up_the_one_named_before():
    english = """<h1>New writer arrives through City of Refuge scheme</h1>
      <p>A journalist has arrived, the first since the city joined the International Cities of Refuge Network.</p>
      <p>Founded in 2006, the network links more than 80 cities.</p>"""
    assert facts_of(english, "en", title="New writer") == {("icorn", "founded", "2006", "exact"),
                                                            ("icorn", "member_cities", "80", "more_than")}
    french = """<h1>Une autrice accueillie à Lyon</h1><p>Lyon a rejoint l'an dernier le réseau ICORN.</p>
      <p>Le réseau compte aujourd'hui 80 villes.</p>"""
    assert ("icorn", "member_cities", "80", "exact") in facts_of(french, title="Une autrice")
    german = """<h1>Neue Gastautorin</h1><p>Die Stadt ist Mitglied bei Eurocities.</p>
      <p>Das Netzwerk wurde 1986 gegründet.</p>"""
    assert ("eurocities", "founded", "1986", "exact") in facts_of(german, "de", title="Neue Gastautorin")


def test_a_network_noun_that_names_another_network_is_not_taken_up():
    body = """<h1>Une autrice accueillie à Lyon</h1><p>Lyon a rejoint le réseau ICORN.</p>
      <p>Le réseau des villes amies des aînés compte 1 500 villes.</p><p>La ville compte 500 000 habitants.</p>"""
    assert {fact[:2] for fact in facts_of(body, title="Une autrice")} <= {("icorn", "joined")}


def test_a_network_named_under_another_heading_is_not_taken_up():
    body = """<h1>Culture</h1><h2>ICORN</h2><p>Lyon est membre d'ICORN.</p><h2>Le programme</h2>
      <p>Le réseau compte 40 bibliothèques.</p>"""
    assert {fact[:2] for fact in facts_of(body, title="Culture")} <= {("icorn", "joined")}


# Cards of related pages beside the text


_ROME = ('<li class="c-card"><a href="/en/pages/rome"><span>Paris and the world</span><span>Paris and Rome</span>'
         '</a></li>')


def _related(cards, lang="en"):
    body = f"""<article><h1>Paris and the networks</h1><p>Paris works with many cities around the world, on climate,
      housing and culture, through networks.</p></article>
      <aside class="c-related"><h2>Read also</h2><ul>{cards}</ul></aside>"""
    return facts_of(body, lang, title="Paris and the networks")


def test_a_related_cards_description_that_states_a_networks_fact():
    cards = f"""<li class="c-card"><a href="/en/pages/refuge"><span>Paris and the world</span>
      <span>Paris, a city of refuge</span><span>Paris belongs to ICORN, the International Cities of Refuge Network,
      whose secretariat is in Stavanger.</span></a></li>
      {_ROME}"""
    assert _related(cards) == {("icorn", "headquarters", "Stavanger", "exact")}
    french = """<li><a href="/pages/reseaux"><span class="tag">Paris et le monde</span><span>Les réseaux</span>
      <p>Eurocities, dont le siège est à Bruxelles, réunit les grandes villes européennes.</p></a></li>
      <li><a href="/pages/jumelage"><span>Jumelage avec Rome</span></a></li>"""
    assert _related(french, "fr") == {("eurocities", "headquarters", "Bruxelles", "exact")}


def test_a_related_news_card_is_not_read_for_facts():
    labelled = f"""<li class="c-card"><a href="/en/news/1"><span>News</span><span>Eurocities in Paris</span>
      <span>Eurocities, which now has 210 member cities, met at the Hôtel de Ville.</span></a></li>
      {_ROME}"""
    assert _related(labelled) == set()
    dated = f"""<li class="c-card"><a href="/en/news/2"><span>12 March 2019</span><span>C40 in Paris</span>
      <span>C40, which now has 90 member cities, met at the Hôtel de Ville.</span></a></li>
      {_ROME}"""
    assert _related(dated) == set()


# News teasers and their dates


def _news(body, lang="fr", url="https://www.ville.example/actualites", fetched=datetime(2025, 3, 1, tzinfo=UTC)):
    html = f"""<html lang="{lang}"><head><title>Actualités</title></head><body><main><h1>Actualités</h1>{body}
      </main></body></html>"""
    return extract_page(html.encode(), url, fetched)


def test_a_paragraph_of_a_date_a_titles_link_and_a_summary_after_a_dash_is_a_news_item():
    extraction = _news("""<h2>Dans nos archives</h2><p>[12/03/2012] <a href="/archives/2012/assemblee">Assemblée des
      villes à Lausanne</a> — L'Union compte 22 villes membres.</p>""")
    assert [(item["title"], item["published"]) for item in extraction.news] == [
        ("Assemblée des villes à Lausanne", "2012-03-12")]
    assert extraction.page["page_date"] is None  # the item's date, not the page's
    english = _news("""<p>5 March 2019 <a href="/news/forum">Forum of mayors in Leeds</a> – The forum met for two
      days.</p>""", "en")
    assert [(item["title"], item["published"]) for item in english.news] == [("Forum of mayors in Leeds", "2019-03-05")]


def test_a_sentence_opened_by_a_date_with_a_link_is_no_news_item():
    extraction = _news("""<p>Le 12 mars 2024, <a href="/reseaux/eurocities">la Ville</a> a signé la charte du
      réseau.</p>""")
    assert extraction.news == []


def _event(text, published):
    span = find_event_span(text, published.first_day(), published)
    return tuple(day.iso() for day in span) if span else None


def test_a_month_named_from_the_items_own_date_is_its_events():
    assert _event("Revivez le congrès accueilli à Beaulieu en mai dernier.", PartialDate(2024, 6, 6)) == (
        "2024-05", "2024-05")
    assert _event("En décembre dernier, des agents ont formé leurs homologues.", PartialDate(2025, 1, 15)) == (
        "2024-12", "2024-12")
    assert _event("The forum met in Leeds last November.", PartialDate(2025, 2, 3)) == ("2024-11", "2024-11")
    assert _event("La delegación visitó Bogotá el pasado mes de marzo.", PartialDate(2025, 5, 2)) == (
        "2025-03", "2025-03")
    assert _event("Die Konferenz fand im vergangenen Mai in Bonn statt.", PartialDate(2024, 9, 1)) == (
        "2024-05", "2024-05")


def test_a_month_a_joining_or_a_state_began_in_is_no_event():
    assert _event("The first since the city joined the network last March.", PartialDate(2025, 2, 5)) is None
    assert _event("Depuis que Strasbourg a rejoint, en mai dernier, le réseau.", PartialDate(2024, 6, 18)) is None


def test_a_day_named_with_its_month_comes_before_a_month_alone():
    assert _event("Le forum, annoncé en mai dernier, se tiendra le 4 juin.", PartialDate(2024, 6, 1)) == (
        "2024-06-04", "2024-06-04")


def test_until_a_day_in_a_consultation_sets_its_deadline_not_an_event():
    published = PartialDate(2024, 9, 12)
    assert _event("Have your say on the final design until 24 October.", published) is None
    assert _event("Donnez votre avis sur le projet jusqu'au 15 octobre.", published) is None
    assert _event("Sagen Sie Ihre Meinung zum Entwurf bis zum 30. Oktober.", published) is None
    assert _event("The exhibition runs until 24 October.", published) == ("2024-09-12", "2024-10-24")


def _card(date_line, lang):
    body = f"""<div class="card"><h3 class="card-title"><a href="/eventi/concerto">Concerto in piazza</a></h3>
      <p class="card-date">{date_line}</p><p class="card-text">L'orchestra giovanile delle città gemellate.</p></div>
      <div class="card"><h3 class="card-title"><a href="/eventi/mostra">Una mostra</a></h3>
      <p class="card-date">Dal 3 al 27 aprile 2025</p><p class="card-text">Fotografie dagli archivi.</p></div>"""
    item = _news(body, lang, url="https://www.comune.example/eventi").news[0]
    return item["published"], item["event_start"], item["event_end"]


def test_a_cards_date_line_with_its_weekday_and_hour_is_its_events_day():
    assert _card("Venerdì 9 maggio 2025, ore 21", "it") == ("2025-05-09", "2025-05-09", "2025-05-09")
    assert _card("Jeudi 5 juin 2025 à 20h", "fr") == ("2025-06-05", "2025-06-05", "2025-06-05")
    assert _card("Thursday 5 June 2025 at 7pm", "en") == ("2025-06-05", "2025-06-05", "2025-06-05")


def test_a_cards_publication_date_and_time_is_no_event():
    assert _card("Publié le jeudi 5 juin 2025 à 10h15", "fr") == ("2025-06-05", None, None)
    assert _card("05.06.2025, 14:30 Uhr", "de") == ("2025-06-05", None, None)


# Counts


def test_one_countrys_share_of_the_members_is_not_the_networks_count():
    assert facts_of("<h2>Mayors for Peace</h2><p>Allein in Deutschland gehören ihm über 800 Städte an.</p>",
                    "de") == set()
    assert facts_of("<h2>Mayors for Peace</h2><p>In Germany alone, over 800 cities are members.</p>", "en") == set()
    assert facts_of("<h2>Mayors for Peace</h2><p>The network counts 800 member cities in Germany alone.</p>",
                    "en") == set()
    assert facts_of("<h2>Maires pour la paix</h2><p>Rien qu'en France, 180 villes en sont membres.</p>") == set()
    assert facts_of("<h2>Alcaldes por la Paz</h2><p>Solo en España hay 400 ciudades miembro.</p>", "es") == set()


def test_a_count_in_many_countries_is_the_networks():
    assert facts_of("<h2>Mayors for Peace</h2><p>Over 8,000 cities in 166 countries are members.</p>", "en") == {
        ("mayors-for-peace", "member_cities", "8000", "more_than"),
        ("mayors-for-peace", "member_countries", "166", "exact")}
    assert facts_of("<h2>Eurocities</h2><p>Le réseau compte 200 villes, dont 20 en France.</p>") >= {
        ("eurocities", "member_cities", "200", "exact")}


def test_spanish_one_shortened_before_its_noun_is_read_as_a_number():
    assert with_digits("Agrupa a casi 150 ciudades de veintiún países.", "es") == (
        "Agrupa a casi 150 ciudades de 21 países.")
    assert with_digits("Tiene miembros en cuarenta y un países.", "es") == "Tiene miembros en 41 países."
    assert with_digits("Es un país con una red de ciudades.", "es") == "Es un país con una red de ciudades."


def test_a_pair_of_weekdays_after_one_named_near_the_items_day_is_its_events_span():
    friday = PartialDate(2024, 10, 18)
    assert _event("Er hat letzten Dienstag den Vorstand empfangen. Die Beratungen am Dienstag und Mittwoch waren"
                  " lang.", friday) == ("2024-10-15", "2024-10-16")
    assert _event("Le bureau s'est réuni mardi dernier. Les travaux de mardi et mercredi ont porté sur l'eau.",
                  friday) == ("2024-10-15", "2024-10-16")
    assert _event("The board met last Tuesday, with sessions on Tuesday and Wednesday.", friday) == (
        "2024-10-15", "2024-10-16")
    assert _event("The board met last Tuesday; the next meeting is on Monday and Tuesday.", friday) == (
        "2024-10-15", "2024-10-15")


# Membership told as the title a network gives its members


def test_a_city_that_became_or_has_been_a_networks_titled_member_joined_it():
    assert facts_of("<h1>News</h1><p>Dublin has been an ICORN city since 2011.</p>", "en", title="News") == {
        ("icorn", "joined", "2011", "exact")}
    assert facts_of("<h1>News</h1><p>In 2004 Edinburgh became the world's first UNESCO City of Literature.</p>",
                    "en", title="News") == {("unesco-creative-cities-network", "joined", "2004", "exact")}
    assert facts_of("<h1>News</h1><p>Leeds became an ICORN City of Refuge in 2012, after a vote of the council.</p>",
                    "en", title="News") == {("icorn", "joined", "2012", "exact")}


def test_a_title_without_the_citys_becoming_is_no_joining():
    assert facts_of("<h1>News</h1><p>The ICORN city Stavanger hosted 20 writers in 2011.</p>", "en",
                    title="News") == set()
    assert facts_of("<h1>News</h1><p>Dublin is an ICORN city.</p>", "en", title="News") == set()


def test_a_date_heading_over_a_group_of_one_item_is_not_its_title():
    body = """<section class="list-group"><h2 class="list-date">Mardi 28 janvier 2025</h2><ul class="list">
      <li class="list-item"><a class="card" href="/pages/ucue-28062"><span class="card-label">International</span>
      <h3 class="card-title">Le logement au cœur des travaux de l'UCUE</h3><p class="card-text">Les capitales se
      penchent sur les loyers.</p></a></li></ul></section>
      <section class="list-group"><h2 class="list-date">Lundi 3 mars 2025</h2><ul class="list">
      <li class="list-item"><a class="card" href="/pages/forum-28187"><h3 class="card-title">Le forum Culture</h3>
      <p class="card-text">Rendez-vous au Centquatre.</p></a></li>
      <li class="list-item"><a class="card" href="/pages/femmes-28185"><h3 class="card-title">8 mars : un
      programme</h3><p class="card-text">Rencontres et débats.</p></a></li></ul></section>"""
    assert [(item["title"], item["published"]) for item in _news(body).news] == [
        ("Le logement au cœur des travaux de l'UCUE", "2025-01-28"), ("Le forum Culture", "2025-03-03"),
        ("8 mars : un programme", "2025-03-03")]
