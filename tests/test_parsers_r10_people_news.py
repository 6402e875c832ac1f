"""People, places and news as a careful reader tells them apart: a president is named by the person's name alone (not
the office, the city of the office or the nationality written before it, and not cut at an initial's full stop); a
block of the page ends its sentence, so that no value runs into the next block's words; a page its CMS types a plain
page is no news item by its date alone."""

import pytest
from helpers.extracted import FETCHED_AT, triples_of_snippet
from helpers.extracted import values_of as _of

from scraper.parsers.extract import extract_page


@pytest.mark.parametrize("lang, body, expected", [
    # the office and its city before the name
    ("fr", "<p>Le réseau Maires pour la Paix, présidé par le maire d'Hiroshima Kazumi Matsui, rassemble plus de "
           "8 000 villes.</p>", {("mayors-for-peace", "Kazumi Matsui")}),
    ("de", "<p>Mayors for Peace wird vom Bürgermeister von Hiroshima Kazumi Matsui geleitet.</p>",
     {("mayors-for-peace", "Kazumi Matsui")}),
    ("fr", "<p>L'AIMF fédère 300 villes. Sa présidente, la maire de Paris Anne Hidalgo, adressera un message.</p>",
     {("aimf", "Anne Hidalgo")}),
    ("en", "<p>Mayors for Peace links 8,000 cities. Its president, the Mayor of Hiroshima Kazumi Matsui, will "
           "speak.</p>", {("mayors-for-peace", "Kazumi Matsui")}),
    # a nationality or a description between the office and the name
    ("it", "<p>L'assemblea del Walled Towns Friendship Circle sarà presieduta dal presidente del WTFC, lo spagnolo "
           "Javier Gómez Ortega, e rinnoverà il comitato.</p>",
     {("walled-towns-friendship-circle", "Javier Gómez Ortega")}),
    ("fr", "<p>Eurocities est présidé par le maire de Florence, l'Italien Dario Nardella.</p>",
     {("eurocities", "Dario Nardella")}),
    ("en", "<p>Eurocities is chaired by the Mayor of Florence, the Italian Dario Nardella.</p>",
     {("eurocities", "Dario Nardella")}),
    ("es", "<p>La red Mercociudades es presidida por el intendente de Montevideo, el uruguayo Mario Bergara.</p>",
     {("mercociudades", "Mario Bergara")}),
    # an initial inside the name
    ("en", "<p>C40 is chaired by Michael R. Bloomberg, who founded the company.</p>",
     {("c40", "Michael R. Bloomberg")}),
    ("fr", "<p>Le C40 est présidé par Michael R. Bloomberg depuis 2020.</p>", {("c40", "Michael R. Bloomberg")}),
    ("en", "<p>Michael R. Bloomberg is the president of C40.</p>", {("c40", "Michael R. Bloomberg")}),
])
def test_a_president_is_named_without_the_words_before_the_name(lang, body, expected):
    assert _of("president", body, lang) == expected


@pytest.mark.parametrize("lang, body, expected", [
    # the city and the name cannot be told apart: no name rather than a wrong one
    ("en", "<p>Mayors for Peace links 8,000 cities. Its president, the Mayor of New York Eric Adams, will speak.</p>",
     set()),
    # what follows the office describes no person: the office alone, as written
    ("en", "<p>Eurocities is chaired by the Mayor of Ghent, the European Green Capital 2025.</p>",
     {("eurocities", "the Mayor of Ghent")}),
    ("fr", "<p>Eurocities est présidé par le maire de Gand, la Ville Lumière.</p>",
     {("eurocities", "le maire de Gand")}),
])
def test_no_name_is_taken_from_words_that_are_not_one(lang, body, expected):
    assert _of("president", body, lang) == expected


@pytest.mark.parametrize("lang, body", [
    ("en", "<p>The Global Covenant of Mayors is co-chaired by Michael R. Bloomberg and Teresa Ribera.</p>"),
    ("fr", "<p>La Convention mondiale des maires est co-présidée par Michael R. Bloomberg et Teresa Ribera.</p>"),
    ("es", "<p>El Pacto Global de Alcaldes está co-presidido por Michael R. Bloomberg y Teresa Ribera.</p>"),
])
def test_co_chairs_are_not_the_networks_president(lang, body):
    assert _of("president", body, lang) == set()


def _entry(year: int, title: str, text: str) -> str:
    """A timeline's entry: its year apart, then its title and its paragraph."""
    return f"<ol><li><span>{year}</span><div><h3>{title}</h3><p>{text}</p></div></li></ol>"


@pytest.mark.parametrize("lang, body, expected", [
    ("de", "<h2>Chronik</h2>" + _entry(1992, "Klima-Bündnis und ICLEI-Europasekretariat",
                                       "Der Gemeinderat beschließt den Beitritt zum Klima-Bündnis."),
     {("climate-alliance", "joined", "1992")}),
    ("fr", "<h2>Chronologie</h2>" + _entry(1979, "Création de l'AIMF à Québec", "Les maires de vingt villes se "
                                           "réunissent."),
     {("aimf", "founded", "1979"), ("aimf", "founded_place", "Québec")}),
    ("en", "<h2>Timeline</h2>" + _entry(1986, "Eurocities founded in Rotterdam", "Six mayors meet to create the "
                                        "network."),
     {("eurocities", "founded", "1986"), ("eurocities", "founded_place", "Rotterdam")}),
    ("es", "<h2>Cronología</h2>" + _entry(1995, "Mercociudades se funda en Asunción", "Montevideo acoge la "
                                          "secretaría técnica."),
     {("mercociudades", "founded", "1995"), ("mercociudades", "founded_place", "Asunción")}),
    ("it", "<h2>Cronologia</h2>" + _entry(1986, "Eurocities fondata a Rotterdam", "Lione ospita la prima riunione."),
     {("eurocities", "founded", "1986"), ("eurocities", "founded_place", "Rotterdam")}),
])
def test_a_timeline_entrys_title_and_paragraph_are_sentences_of_their_own(lang, body, expected):
    assert triples_of_snippet(body, lang) == expected


@pytest.mark.parametrize("lang, body, network, year, place", [
    ("de", "<h2>ICLEI</h2>" + _entry(1990, "Gründung in New York", "Auf dem Weltkongress gründen 200 Kommunen den "
                                     "Verband."), "iclei", "1990", "New York"),
    ("en", "<h2>ICLEI</h2>" + _entry(1990, "Founded in New York", "At the World Congress, 200 local governments set "
                                     "up the council."), "iclei", "1990", "New York"),
    ("fr", "<h2>AIMF</h2>" + _entry(1979, "Fondation à Québec", "Vingt maires signent la charte."),
     "aimf", "1979", "Québec"),
    ("es", "<h2>Mercociudades</h2>" + _entry(1995, "Fundación en Asunción (Paraguay)", "Once ciudades firman el acta."),
     "mercociudades", "1995", "Asunción"),
    ("it", "<h2>Eurocities</h2>" + _entry(1986, "Fondazione a Rotterdam", "Sei sindaci firmano la carta."),
     "eurocities", "1986", "Rotterdam"),
])
def test_a_timeline_entry_of_a_founding_and_its_place_alone_is_the_networks(lang, body, network, year, place):
    assert _of("founded", body, lang) == {(network, year)}
    assert _of("founded_place", body, lang) == {(network, place)}


@pytest.mark.parametrize("lang, body", [
    # the founding of something else than the network: its noun follows the place
    ("en", "<h2>Eurocities</h2>" + _entry(2005, "Creation in Paris of the international department", "It has ten "
                                          "staff.")),
    # not a timeline's entry: no year opens it
    ("de", "<h2>ICLEI</h2><p>Gründung in New York</p>"),
])
def test_a_founding_of_something_else_or_undated_is_no_founding_of_the_network(lang, body):
    assert not {attribute for _, attribute, _ in triples_of_snippet(body, lang)} & {"founded", "founded_place"}


def _own_item(article_class: str, dates: str, lang: str, label: str = "") -> bool:
    """Whether a page whose <article> has `article_class`, a title and `dates` under it is itself a news item."""
    url = "https://www.ville.example/international/reseaux-de-villes"
    page = (f'<html lang="{lang}"><head><title>Réseaux</title></head><body><main><article class="{article_class}">'
            f'{label}<h1>Les réseaux de villes</h1><p class="dates">{dates}</p><p>La Ville est membre '
            f'd\'Eurocities depuis 1991 et de Metropolis depuis 1985.</p></article></main></body></html>')
    return any(item["url"] == url for item in extract_page(page.encode(), url, FETCHED_AT).news)


@pytest.mark.parametrize("article_class, dates, lang", [
    ("node node--type-page node--view-mode-full",
     "<span>Publié le 12/03/2024</span> – <span>Mis à jour le 05/11/2024</span>", "fr"),
    ("page type-page status-publish",
     "<span>Published on 14 March 2024</span> – <span>Updated on 2 October 2024</span>", "en"),
    ("node node--page",
     "<span>Veröffentlicht am 4. Februar 2024</span> – <span>Aktualisiert am 19. September 2024</span>", "de"),
    ("post-12 page type-page hentry", "Publicado el 10 de enero de 2025", "es"),
    ("node node--type-page", "Pubblicato il 4 febbraio 2025", "it"),
])
def test_a_page_its_cms_types_a_plain_page_is_no_news_item_by_its_date(article_class, dates, lang):
    assert not _own_item(article_class, dates, lang)


@pytest.mark.parametrize("article_class, dates, label", [
    # a post or a news item of the CMS, dated
    ("node node--type-article node--view-mode-full", "Publié le 12/03/2024", ""),
    ("post-12 post type-post status-publish", "Publié le 12 mars 2024", ""),
    # a plain page that says it is a press release
    ("node node--page", "Publié le 4 février 2025", '<p class="kind">Communiqué de presse</p>'),
])
def test_a_dated_post_or_a_labelled_page_is_a_news_item(article_class, dates, label):
    assert _own_item(article_class, dates, "fr", label)
