"""Text and layout as a careful reader sees them: elements the page shows apart are read apart, even when the markup
puts no space between them, so that no value runs into the next element's words."""

import pytest
from helpers.extracted import SNIPPET_URL, extracted, snippet_page, triples_of_snippet

from scraper.parsers.layouts.generic import LAYOUT
from scraper.parsers.layouts.html import parse_document
from scraper.parsers.networks import find_networks
from scraper.parsers.page_metadata import read_page_metadata


def _chips(*parts: str) -> str:
    """A card's line of facts, each in an element of its own, written with no space between the tags."""
    return '<div class="card__data">' + "".join(f"<span>{part}</span>" for part in parts) + "</div>"


@pytest.mark.parametrize("lang, body, expected", [
    ("es", "<h2>CGLU</h2>" + _chips("Sede: Barcelona", "Fundada en 2004 en París"),
     {("uclg", "headquarters", "Barcelona"), ("uclg", "founded", "2004"), ("uclg", "founded_place", "París")}),
    ("es", "<h2>CIDEU</h2>" + _chips("Creado en 1993 en Barcelona", "Más de 150 ciudades"),
     {("cideu", "founded", "1993"), ("cideu", "founded_place", "Barcelona"), ("cideu", "member_cities", "150")}),
    ("fr", "<h2>AIMF</h2>" + _chips("Siège : Paris", "Fondée en 1979 à Québec", "Plus de 300 villes"),
     {("aimf", "headquarters", "Paris"), ("aimf", "founded", "1979"), ("aimf", "founded_place", "Québec"),
      ("aimf", "member_cities", "300")}),
    ("de", "<h2>ICLEI</h2>" + _chips("Sitz: Bonn", "Gegründet 1990 in New York"),
     {("iclei", "headquarters", "Bonn"), ("iclei", "founded", "1990"), ("iclei", "founded_place", "New York")}),
    ("en", "<h2>Eurocities</h2>" + _chips("Headquarters: Brussels", "Founded in 1986 in Rotterdam"),
     {("eurocities", "headquarters", "Brussels"), ("eurocities", "founded", "1986"),
      ("eurocities", "founded_place", "Rotterdam")}),
    ("it", "<h2>Energy Cities</h2>" + _chips("Sede: Besançon", "Fondata nel 1990 a Besançon"),
     {("energy-cities", "headquarters", "Besançon"), ("energy-cities", "founded", "1990"),
      ("energy-cities", "founded_place", "Besançon")}),
    # a year's line before a label's
    ("es", "<h2>Unión de Ciudades Capitales Iberoamericanas (UCCI)</h2>" + _chips("Fundada en 1982", "Sede: Madrid"),
     {("ucci", "founded", "1982"), ("ucci", "headquarters", "Madrid")}),
])
def test_elements_side_by_side_without_a_space_are_lines_of_their_own(lang, body, expected):
    assert triples_of_snippet(body, lang) == expected


@pytest.mark.parametrize("lang, body, expected", [
    # a figure and its label, whatever the label's case
    ("de", "<h2>Eurocities</h2>" + _chips("über 200", "Mitgliedsstädte"), {("eurocities", "member_cities", "200")}),
    ("fr", "<h2>Eurocities</h2>" + _chips("plus de 200", "villes membres"), {("eurocities", "member_cities", "200")}),
    # a sentence its elements split after a word in lower case goes on
    ("it", "<h2>Energy Cities</h2><p><span>La città ha aderito a</span><span>Energy Cities nel 2010.</span></p>",
     {("energy-cities", "joined", "2010")}),
    # a label and its value
    ("es", "<h2>Eurocities</h2>" + _chips("Sede:", "Bruselas"), {("eurocities", "headquarters", "Bruselas")}),
    # a label in capitals and its figure
    ("en", "<h2>Eurocities</h2>" + _chips("Headquarters: Brussels", "Member Since", "1991"),
     {("eurocities", "headquarters", "Brussels"), ("eurocities", "joined", "1991")}),
    ("es", "<h2>CIDEU</h2>" + _chips("Sede: Barcelona", "Miembro Desde", "2010"),
     {("cideu", "headquarters", "Barcelona"), ("cideu", "joined", "2010")}),
])
def test_a_figure_and_its_label_a_sentence_or_a_label_and_its_value_stay_together(lang, body, expected):
    assert triples_of_snippet(body, lang) == expected


@pytest.mark.parametrize("lang, body, expected", [
    ("es", "<h2>Ciudades y Gobiernos Locales Unidos (CGLU)</h2><ul><li>Sede: Barcelona</li><li>Fundada en 2004 en "
           "París</li></ul>",
     {("uclg", "headquarters", "Barcelona"), ("uclg", "founded", "2004"), ("uclg", "founded_place", "París")}),
    ("fr", "<h2>AIMF</h2><dl><dt>Siège</dt><dd>Paris</dd><dt>Création</dt><dd>1979</dd></dl>",
     {("aimf", "headquarters", "Paris"), ("aimf", "founded", "1979")}),
    ("de", "<h2>ICLEI</h2><div><p>Sitz: Bonn</p><p>Gegründet 1990 in New York</p></div>",
     {("iclei", "headquarters", "Bonn"), ("iclei", "founded", "1990"), ("iclei", "founded_place", "New York")}),
    ("en", "<h2>Eurocities</h2><table><tr><td>Headquarters: Brussels</td><td>Founded in 1986 in Rotterdam</td></tr>"
           "</table>",
     {("eurocities", "headquarters", "Brussels"), ("eurocities", "founded", "1986"),
      ("eurocities", "founded_place", "Rotterdam")}),
    ("it", "<h2>Energy Cities</h2><p>Sede: Besançon<br>Fondata nel 1990 a Besançon</p>",
     {("energy-cities", "headquarters", "Besançon"), ("energy-cities", "founded", "1990"),
      ("energy-cities", "founded_place", "Besançon")}),
])
def test_blocks_written_without_a_space_between_their_tags_are_read_apart(lang, body, expected):
    assert triples_of_snippet(body, lang) == expected


# Two paragraphs under the title: what follows them is no line of the title's
_LEAD = "<p>Lorem ipsum dolor sit amet.</p><p>Consectetur adipiscing elit.</p>"


def _page_date(body: str, lang: str) -> str | None:
    """The date the page states for itself (before any guess from its markup), its body under a lead."""
    root = parse_document(snippet_page(_LEAD + body, lang, title="Communiqué").decode())
    stated = LAYOUT.parse(root, SNIPPET_URL, read_page_metadata(root)).page_date
    return stated.iso() if stated else None


@pytest.mark.parametrize("lang, body, expected", [
    ("fr", "<p>La capitale accueillera la réunion du Bureau de l'AIMF du 4 au 6 novembre 2026.</p>"
           "<p>Yaoundé, le 14 octobre 2026<br><strong>Le Maire de la Ville</strong></p>", "2026-10-14"),
    ("it", "<p>Il Comune ospiterà l'assemblea di Eurocities.</p><p>Roma, 3 marzo 2025</p><p>Il Sindaco</p>",
     "2025-03-03"),
    ("de", "<p>Die Stadt tritt dem Klima-Bündnis bei.</p><p>Bonn, den 5. Mai 2025</p><p>Die Oberbürgermeisterin</p>",
     "2025-05-05"),
    ("es", "<p>La ciudad se adhiere a la red de Ciudades Educadoras.</p><p>Madrid, 12 de marzo de 2025.</p>",
     "2025-03-12"),
    ("en", "<p>The city joins the Global Covenant of Mayors.</p><p>Wellington, 5 June 2025</p><p>The Mayor</p>",
     "2025-06-05"),
])
def test_a_signature_of_a_place_and_a_day_dates_the_page(lang, body, expected):
    assert _page_date(body, lang) == expected


@pytest.mark.parametrize("lang, body", [
    # several places and days: a list of meetings, none of them the page's
    ("fr", "<p>Les prochaines réunions du Bureau :</p><ul><li>Lyon, le 12 mars 2025</li><li>Dakar, le 5 juin 2025</li>"
           "</ul>"),
    # a place and a day that open a sentence, not a line of their own
    ("fr", "<p>La Ville a adhéré à l'AIMF.</p><p>À Lyon, le 12 mars 2025, les maires ont signé la charte.</p>"),
    # a place and a month, no day
    ("it", "<p>Il Comune ospiterà l'assemblea di Eurocities.</p><p>Roma, marzo 2025</p>"),
])
def test_a_list_of_places_and_days_or_a_sentence_does_not_date_the_page(lang, body):
    assert _page_date(body, lang) is None


def _under_the_title(label: str, value: str, lang: str) -> str | None:
    """The date a page states by a label over its value in a row under its title, beside its reading time."""
    body = (f'<p class="lead">Le reti a cui aderisce il Comune.</p><div class="row"><div class="col">'
            f'<small>{label}</small><p>{value}</p></div><div class="col"><small>Tempo di lettura:</small><p>3 min</p>'
            f'</div></div><h2>Eurocities</h2><p>Il Comune aderisce a Eurocities.</p>')
    root = parse_document(snippet_page(body, lang, heading="Reti internazionali").decode())
    stated = LAYOUT.parse(root, SNIPPET_URL, read_page_metadata(root)).page_date
    return stated.iso() if stated else None


@pytest.mark.parametrize("lang, label, value, expected", [
    ("it", "Data:", "14 gennaio 2025", "2025-01-14"),
    ("fr", "Date :", "14 janvier 2025", "2025-01-14"),
    ("de", "Datum:", "14.01.2025", "2025-01-14"),
    ("es", "Fecha:", "14 de enero de 2025", "2025-01-14"),
    ("en", "Published:", "14 January 2025", "2025-01-14"),
])
def test_a_date_under_its_label_by_the_title_dates_the_page(lang, label, value, expected):
    assert _under_the_title(label, value, lang) == expected


@pytest.mark.parametrize("lang, label, value", [
    # a label over something else than a date
    ("it", "Luogo:", "Palazzo comunale"),
    ("fr", "Lieu :", "Hôtel de ville"),
])
def test_a_label_over_another_value_does_not_date_the_page(lang, label, value):
    assert _under_the_title(label, value, lang) is None


def _card(title: str, summary: str, rows: list[tuple[str, str]], link: str, date: str = "") -> str:
    """A card of a list: its title, its summary, a list of rows of a label and a value, a link within the site."""
    facts = "".join(f"<li><span>{label}</span> <span>{value}</span></li>" for label, value in rows)
    shown = f"<p><time>{date}</time></p>" if date else ""
    return (f'<div class="card"><div class="card__body"><h3 class="card__title">{title}</h3>{shown}<p>{summary}</p>'
            f'<ul class="card__meta">{facts}</ul><a href="{link}">En savoir plus</a></div></div>')


def _news_titles(body: str, lang: str) -> list[str]:
    return [item["title"] for item in extracted(body, lang).news]


@pytest.mark.parametrize("lang, card", [
    ("fr", _card("Réseau Art Nouveau Network", "Les villes de l'Art nouveau mettent en commun leurs recherches.",
                 [("Créé en", "1999"), ("Siège :", "Bruxelles"), ("Nancy membre depuis", "2001")],
                 "/decouvrir/patrimoine/art-nouveau")),
    ("fr", _card("Association Nationale des Communes du Bénin (ANCB)", "La faîtière des communes du pays.",
                 [("Fondée en", "2003"), ("Siège", "Cotonou")], "/cooperation/reseaux/ancb/")),
    ("it", _card("Ufficio Relazioni internazionali", "Segue la partecipazione del Comune alle reti di città.",
                 [("Responsabile", "Maria Rossi"), ("Sede", "Palazzo Loggia")], "/uffici/relazioni-internazionali")),
    ("de", _card("Deutscher Städtetag", "Der kommunale Spitzenverband der kreisfreien und vieler kreisangehöriger "
                 "Städte.", [("Gegründet", "1905"), ("Sitz", "Berlin und Köln")], "/rathaus/netzwerke/staedtetag")),
    ("es", _card("Red de Ciudades por la Bicicleta", "Ciudades que promueven la movilidad ciclista.",
                 [("Fundada en", "2009"), ("Sede", "Vitoria-Gasteiz")], "/internacional/redes/bicicleta")),
    ("en", _card("Core Cities UK", "The UK's largest cities outside London working together.",
                 [("Founded", "1995"), ("Members", "11 cities")], "/council/networks/core-cities")),
])
def test_an_undated_card_with_a_list_of_facts_presents_an_organisation_not_a_news_item(lang, card):
    assert _news_titles(f"<h2>Réseaux</h2><div class='cards'>{card}{card}</div>", lang) == []


@pytest.mark.parametrize("lang, card, title", [
    # undated, and no facts: a teaser of the site's news
    ("fr", '<div class="card"><h3 class="card__title"><a href="/actualites/forum-eurocities">La Ville accueille le '
           "forum d'Eurocities</a></h3><p>Les maires de quarante villes sont attendus en juin.</p></div>",
     "La Ville accueille le forum d'Eurocities"),
    # dated: a news item, whatever its details
    ("en", _card("Leeds hosts the Eurocities Culture Forum", "Delegates from forty cities met in the city.",
                 [("Venue", "Leeds Civic Hall"), ("Delegates", "120")], "/news/eurocities-culture-forum",
                 "12 March 2025"), "Leeds hosts the Eurocities Culture Forum"),
])
def test_a_news_teaser_without_facts_or_with_a_date_stays_a_news_item(lang, card, title):
    assert _news_titles(f"<h2>Actualités</h2>{card}", lang) == [title]



@pytest.mark.parametrize("lang, text, expected", [
    ("fr", "Cités et Gouvernements Locaux Unis d'Afrique", "cglu-afrique"),
    ("es", "Ciudades y Gobiernos Locales Unidos de África", "cglu-afrique"),
    ("en", "United Cities and Local Governments of Africa", "cglu-afrique"),
    ("it", "Città e Governi Locali Uniti d'Africa", "cglu-afrique"),
    ("de", "Vereinigte Städte und Lokalregierungen Afrika", "cglu-afrique"),
])
def test_a_networks_name_and_its_continent_after_a_preposition_name_its_section(lang, text, expected):
    assert [mention.network_id for mention in find_networks(text)] == [expected]


@pytest.mark.parametrize("text, expected", [
    # the continent inside the network's own name
    ("Le Conseil des Communes et Régions d'Europe", ["cemr"]),
    # a continent the sentence names, not the network
    ("Les villes de CGLU de toute l'Afrique", ["uclg"]),
])
def test_a_continent_inside_a_name_or_a_sentence_names_no_section(text, expected):
    assert [mention.network_id for mention in find_networks(text)] == expected
