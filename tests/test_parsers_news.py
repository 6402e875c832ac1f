"""Dated news: the page's own item, list entries and teaser blocks, and the dates they report."""

import re
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from helpers.saved_pages import saved_page, saved_page_extraction

from scraper.parsers.content import Block, PageContent, Teaser
from scraper.parsers.dates import PartialDate
from scraper.parsers.extract import extract_page
from scraper.parsers.news import NEWS_COLUMNS, extract_news

PAGES = Path(__file__).parent / "fixtures" / "pages"
ACTUALITES = "http://www.paris.fr/politiques/paris-a-l-international/actualites/"
SIDA_URL = ACTUALITES + "les-villes-s-engagent-a-mettre-fin-au-sida-d-ici-a-2030/rub_6587_stand_16531_port_14975"
EXIL_URL = ACTUALITES + "paris-capitale-d-exil/rub_6587_stand_16527_port_14975"


def extract_fixture(name, fetched_at=None):
    if fetched_at is None:
        return saved_page_extraction(name)
    body, url, _, charset = saved_page(name)
    return extract_page(body, url, fetched_at, charset)


def only_item(name):
    (item,) = extract_fixture(name).news
    return item


def test_mai_dernier_on_a_page_dated_june_2014():
    item = only_item("2014_news_paris_capitale_d_exil")
    assert (item["published"], item["date_precision"]) == ("2014-06-05", "day")
    assert (item["event_start"], item["event_end"]) == ("2014-05-21", "2014-05-24")
    assert item["networks"] == ["icorn"]
    assert item["url"] == item["source_url"] == EXIL_URL


def test_le_1er_decembre_on_a_page_dated_2_december_2014():
    item = only_item("2014_news_sida_2030")
    assert (item["published"], item["event_start"], item["event_end"]) == ("2014-12-02", "2014-12-01", "2014-12-01")
    assert item["title"] == "Les villes s’engagent à mettre fin au Sida d’ici à 2030"
    assert item["summary"].startswith("Le 1er décembre, Journée mondiale de lutte contre le Sida")


def test_a_range_across_two_months():
    item = only_item("2016_news_icorn_10_ans")
    assert (item["published"], item["event_start"], item["event_end"]) == ("2016-04-19", "2016-03-30", "2016-04-02")


@pytest.fixture(scope="module")
def news_list():
    return extract_fixture("2014_news_list").news


def test_news_list_entries_take_the_date_shown_next_to_them(news_list):
    assert [(item["published"], item["title"]) for item in news_list] == [
        ("2014-12-02", "Les villes s’engagent à mettre fin au Sida d’ici à 2030"),
        ("2014-06-05", "Paris, Capitale d’exil – Actualité du Réseau International des Villes Refuges"),
        ("2012-04-16", "Rio+20 : les villes font entendre leur voix"),
        ("2012-03-22", "L’AIMF au service des villes francophones"),
        ("2012-01-30", "Paris et Rome, jumelées depuis le 30 janvier 1956"),
    ]


def test_the_list_page_itself_is_not_a_news_item(news_list):
    assert all(item["url"] != item["source_url"] for item in news_list)


def test_one_item_has_one_id_on_the_list_in_a_teaser_and_on_its_own_page(news_list):
    teasers = {item["url"]: item["news_id"] for item in extract_fixture("seed_2012_networks").news}
    listed = {item["url"]: item["news_id"] for item in news_list}
    own = {item["url"]: item["news_id"] for name in ("2014_news_sida_2030", "2014_news_paris_capitale_d_exil")
           for item in extract_fixture(name).news}
    assert set(own) == {SIDA_URL, EXIL_URL}
    for url, news_id in own.items():
        assert teasers[url] == listed[url] == news_id


def test_teasers_without_a_date_of_their_own_resolve_against_the_capture_date():
    # The seed page's body is dated 2012 but its news block is from late 2014: the page date would
    # put "le 1er décembre" in 2012, so an undated teaser is read against the capture date instead.
    sida, exil = extract_fixture("seed_2012_networks").news
    assert (sida["published"], sida["date_precision"]) == (None, None)
    assert (sida["event_start"], sida["event_end"]) == ("2014-12-01", "2014-12-01")
    assert (exil["event_start"], exil["event_end"]) == ("2014-05-21", "2014-05-24")
    assert exil["networks"] == ["icorn"]


def test_mai_dernier_read_the_next_winter_stays_in_the_past_year():
    later = datetime(2015, 2, 1, tzinfo=UTC)
    exil = extract_fixture("seed_2012_networks", fetched_at=later).news[1]
    assert (exil["event_start"], exil["event_end"]) == ("2014-05-21", "2014-05-24")


def content(teasers=(), blocks=(), is_news=False, title="Actualités", page_date=None):
    return PageContent(title=title, lang="fr", page_date=page_date, blocks=tuple(blocks), teasers=tuple(teasers),
                       main_text="", is_news=is_news)


def test_an_item_without_a_link_is_identified_by_its_page_and_title():
    teaser = Teaser("Sommet des maires", None, PartialDate(2015, 12), "Le 4 décembre 2015.")
    first = extract_news(content([teaser]), "http://example.org/a", "fr", date(2016, 1, 1))
    again = extract_news(content([teaser]), "http://example.org/a", "fr", date(2017, 1, 1))
    elsewhere = extract_news(content([teaser]), "http://example.org/b", "fr", date(2016, 1, 1))
    assert first[0]["news_id"] == again[0]["news_id"] != elsewhere[0]["news_id"]
    assert (first[0]["published"], first[0]["date_precision"]) == ("2015-12", "month")


def test_the_same_item_shown_twice_on_a_page_is_one_row():
    teaser = Teaser("ICORN a 10 ans", "https://www.paris.fr/international/actualites/icorn-10-ans-3567", None, "")
    assert len(extract_news(content([teaser, teaser]), "https://www.paris.fr/international/", "fr",
                            date(2016, 4, 25))) == 1


def test_http_and_https_copies_of_an_item_share_an_id():
    http = Teaser("ICORN a 10 ans", "http://www.paris.fr/international/actualites/icorn-10-ans-3567", None, "")
    https = Teaser("ICORN a 10 ans", "https://www.paris.fr/international/actualites/icorn-10-ans-3567#haut", None, "")
    rows = extract_news(content([http, https]), "https://www.paris.fr/international/", "fr", date(2016, 4, 25))
    assert len(rows) == 1


def test_a_news_page_summary_is_its_first_paragraph_and_its_networks_come_from_all_its_text():
    page = content(blocks=[Block("Paris a accueilli le congrès."), Block("Intertitre", is_heading=True),
                           Block("Les maires de CGLU et de Metropolis étaient présents.")],
                   is_news=True, title="Un congrès à Paris", page_date=PartialDate(2016, 4, 19))
    (row,) = extract_news(page, "https://www.paris.fr/international/actualites/congres-1", "fr", date(2016, 5, 1))
    assert (row["summary"], row["networks"], row["published"]) == (
        "Paris a accueilli le congrès.", ["uclg", "metropolis"], "2016-04-19")
    assert list(row) == list(NEWS_COLUMNS)
    assert re.fullmatch(r"[0-9a-f]{16}", row["news_id"])


def _news_list_page(lang, date_line, items):
    entries = "".join(f'<li><span class="date">{day}</span> <a href="/news/{number}">{title}</a>'
                      f"<p>A few words about it.</p></li>" for number, (day, title) in enumerate(items))
    return (f'<html lang="{lang}"><head><title>News</title></head><body><nav><a href="/">Home</a></nav>'
            f'<main><h1>News</h1><p>{date_line}</p><ul>{entries}</ul></main><footer>Contact</footer></body></html>')


@pytest.mark.parametrize("lang, date_line, items, expected", [
    ("fr", "Mise à jour le 20/06/2024", [("12 mars", "La ville rejoint le réseau"),
                                         ("12 décembre", "Sommet des maires à Rome")], ["2024-03-12", "2023-12-12"]),
    ("en", "Updated on 20 June 2024", [("3 June", "Mayors meet in Brussels"),
                                       ("25 December", "A winter summit")], ["2024-06-03", "2023-12-25"]),
    ("de", "Aktualisiert am 20.06.2024", [("12. März", "Bürgermeister treffen sich"),
                                          ("5. Juli", "Sommerkonferenz der Städte")], ["2024-03-12", "2023-07-05"]),
    ("es", "Actualizado el 20/06/2024", [("5 de junio", "Alcaldes reunidos en Madrid"),
                                         ("1 de diciembre", "Cumbre de invierno")], ["2024-06-05", "2023-12-01"]),
    ("it", "Aggiornato il 20/06/2024", [("12 marzo", "Sindaci riuniti a Roma"),
                                        ("30 settembre", "Vertice d'autunno")], ["2024-03-12", "2023-09-30"]),
])
def test_a_day_without_a_year_on_a_news_list_is_the_latest_on_or_before_the_page_date(lang, date_line, items,
                                                                                       expected):
    page = extract_page(_news_list_page(lang, date_line, items).encode(), f"https://example.org/{lang}/liste",
                        datetime(2024, 7, 1, tzinfo=UTC))
    assert page.page["page_date"] == "2024-06-20"
    assert [(item["title"], item["published"], item["date_precision"]) for item in page.news] == [
        (title, published, "day") for (_, title), published in zip(items, expected, strict=True)]


def test_a_day_without_a_year_on_a_page_without_a_date_of_its_own_is_the_latest_before_the_capture():
    page = extract_page(_news_list_page("fr", "Nos dernières nouvelles", [("12 mars", "La ville rejoint le réseau"),
                                                                          ("12 décembre", "Sommet des maires")])
                        .encode(), "https://example.org/fr/liste", datetime(2024, 7, 1, tzinfo=UTC))
    assert [(item["title"], item["published"]) for item in page.news] == [
        ("La ville rejoint le réseau", "2024-03-12"), ("Sommet des maires", "2023-12-12")]


@pytest.mark.parametrize("items_html", [
    '<h3>12 mars</h3><ul><li><a href="/a">Sommet des maires à Rome</a></li></ul>',  # a heading above one day
    '<dl><dt>12.03.</dt><dd><a href="/a">Sommet des maires à Rome</a></dd></dl>',  # a German date term
    '<ul><li><div class="when"><span>12</span> <span>mar</span></div><a href="/a">Sommet des maires à Rome</a>'
    "</li></ul>",  # day and month in parts of their own
])
def test_a_day_without_a_year_is_read_where_lists_show_it(items_html):
    html = (f'<html lang="fr"><body><main><h1>Actualités</h1><p>Publié le 20 juin 2024</p>{items_html}</main>'
            "</body></html>")
    page = extract_page(html.encode(), "https://example.org/liste", datetime(2024, 7, 1, tzinfo=UTC))
    assert [(item["title"], item["published"]) for item in page.news] == [("Sommet des maires à Rome", "2024-03-12")]


@pytest.mark.parametrize("lang, line, published", [
    ("fr", "Publié le 12 mars", "2024-03-12"),
    ("fr", "Actualité · 12 décembre", "2023-12-12"),
    ("en", "Posted on June 3", "2024-06-03"),
    ("de", "Pressemitteilung vom 12. März", "2024-03-12"),
    ("es", "Publicado el 5 de junio", "2024-06-05"),
    ("it", "Comunicato del 12 marzo", "2024-03-12"),
])
def test_a_day_without_a_year_after_a_label_in_an_item(lang, line, published):
    html = (f'<html lang="{lang}"><body><main><h1>News</h1><p>Mise à jour le 20/06/2024</p><ul>'
            f'<li><h3><a href="/a">Le sommet du 3 avril</a></h3><p class="meta">{line}</p></li>'
            f'<li><h3><a href="/b">Un autre sujet</a></h3><p class="meta">Publié le 1er avril 2023</p></li>'
            "</ul></main></body></html>")
    page = extract_page(html.encode(), "https://example.org/liste", datetime(2024, 7, 1, tzinfo=UTC))
    assert [(item["title"], item["published"]) for item in page.news] == [
        ("Le sommet du 3 avril", published), ("Un autre sujet", "2023-04-01")]


@pytest.mark.parametrize("date_html", [
    '<div class="when"><span>04</span><span>mars</span><span>2025</span></div>',  # parts glued by a minifier
    '<div class="when"><span>04</span>\n<span>mars</span>\n<span>2025</span></div>',
    '<div class="badge"><b>4</b><i>mar</i><em>2025</em></div>',  # a calendar badge, no date word in its class
    '<span title="04/03/2025">Il y a 2 jours</span>',  # a relative date, its day in the title
    '<abbr class="timeago" title="2025-03-04T10:30:00+01:00">il y a 2 jours</abbr>',
])
def test_a_day_shown_in_parts_or_in_a_title_dates_its_item(date_html):
    html = ('<html lang="fr"><body><main><h1>Nos actualités</h1><p>Les nouvelles de la ville et de ses partenaires '
            'en Europe et dans le monde.</p><ul>'
            f'<li>{date_html}<h3><a href="/forum">La ville accueille le forum des maires</a></h3></li>'
            '<li><span>12/02/2025</span><h3><a href="/visite">Une délégation reçue</a></h3></li>'
            "</ul></main></body></html>")
    page = extract_page(html.encode(), "https://example.org/actualites", datetime(2025, 3, 6, tzinfo=UTC))
    assert [(item["title"], item["published"]) for item in page.news] == [
        ("La ville accueille le forum des maires", "2025-03-04"), ("Une délégation reçue", "2025-02-12")]


def test_a_sidebar_item_dated_only_apart_from_its_link_is_kept():
    html = ('<html lang="de"><body><main><h1>Köln lädt ein</h1><p>Die Stadt ist im Juni Gastgeberin einer Konferenz '
            'des Klima-Bündnisses.</p></main><aside><h2>Weitere Meldungen</h2><ul>'
            '<li><a href="/artikel/1">Besuch aus der Partnerstadt</a><span class="datum">11.03.2025</span></li>'
            '<li><a href="/artikel/2">Bürgerreise geplant</a><span title="06.03.2025">vor 6 Tagen</span></li>'
            "</ul></aside></body></html>")
    page = extract_page(html.encode(), "https://example.org/artikel/3/index.html", datetime(2025, 3, 12, tzinfo=UTC))
    assert [(item["title"], item["published"]) for item in page.news] == [
        ("Besuch aus der Partnerstadt", "2025-03-11"), ("Bürgerreise geplant", "2025-03-06")]


def _list_page(items_html, lang="fr"):
    return (f'<html lang="{lang}"><body><nav><a href="/">Accueil</a></nav><main><h1>Nos actualités</h1>{items_html}'
            "</main><footer><a href='/contact'>Contact</a></footer></body></html>").encode()


def test_rows_of_a_list_built_of_divs_may_each_carry_their_own_number_and_parity():
    rows = "".join(f'<div class="views-row views-row-{n} views-row-{parity}"><span>1{n}.03.2025</span>'
                   f'<h3><a href="/n{n}">Le conseil vote le budget numéro {n}</a></h3></div>'
                   for n, parity in ((1, "odd"), (2, "even"), (3, "odd")))
    page = extract_page(_list_page(f'<div class="view-content">{rows}</div>'), "https://example.org/liste",
                        datetime(2025, 3, 20, tzinfo=UTC))
    assert [item["published"] for item in page.news] == ["2025-03-11", "2025-03-12", "2025-03-13"]


def test_a_date_written_before_the_title_in_its_link_leaves_no_separator_in_the_title():
    items = "".join(f'<li><a href="/n{n}">1{n}.03.2025: Sitzung des Rates Nummer {n}</a></li>' for n in range(2))
    page = extract_page(_list_page(f"<ul>{items}</ul>", "de"), "https://example.org/liste",
                        datetime(2025, 3, 20, tzinfo=UTC))
    assert [(item["title"], item["published"]) for item in page.news] == [
        ("Sitzung des Rates Nummer 0", "2025-03-10"), ("Sitzung des Rates Nummer 1", "2025-03-11")]


def test_the_italian_abbreviation_sett_is_september():
    items = '<ul><li><span class="data">12 sett 2024</span> <a href="/n">Il sindaco a Lione</a></li></ul>'
    page = extract_page(_list_page(items, "it"), "https://example.org/notizie", datetime(2025, 3, 20, tzinfo=UTC))
    assert [item["published"] for item in page.news] == ["2024-09-12"]


def test_an_items_date_element_may_write_its_year_with_two_digits():
    items = "".join(f'<li><span class="datum">1{n}.03.25</span> <a href="/n{n}">Besuch Nummer {n}</a></li>'
                    for n in range(2))
    page = extract_page(_list_page(f"<ul>{items}</ul>", "de"), "https://example.org/liste",
                        datetime(2025, 3, 20, tzinfo=UTC))
    assert [item["published"] for item in page.news] == ["2025-03-10", "2025-03-11"]


@pytest.mark.parametrize("beside_title", [
    '<a class="tag" href="/thematiques/international">International</a>',  # the item's topic
    '<a href="https://www.facebook.com/sharer/sharer.php?u=/n">Partager</a>',  # a share link
])
def test_an_item_keeps_its_titles_link_beside_a_short_link_to_something_else(beside_title):
    items = "".join(f'<article class="card">{beside_title}<h3><a href="/n{n}">Le conseil vote le budget {n}</a></h3>'
                    f'<p class="date">1{n} mars 2025</p></article>' for n in range(2))
    page = extract_page(_list_page(f"<div>{items}</div>"), "https://example.org/liste",
                        datetime(2025, 3, 20, tzinfo=UTC))
    assert [(item["url"], item["published"]) for item in page.news] == [
        ("https://example.org/n0", "2025-03-10"), ("https://example.org/n1", "2025-03-11")]


def test_a_paragraph_with_several_links_is_no_item_even_under_a_linked_heading():
    block = ('<div class="card"><h3><a href="/reseaux">Nos réseaux</a></h3><p>Le 12 mars 2025, la ville a rejoint '
             '<a href="/eurocities">le réseau Eurocities et ses groupes de travail</a>.</p></div>')
    page = extract_page(_list_page(block), "https://example.org/liste", datetime(2025, 3, 20, tzinfo=UTC))
    assert page.news == []


def test_an_undated_card_that_shows_nothing_but_its_link_is_no_item():
    cards = ('<div class="card card-teaser"><h3 class="card-title"><a href="/ufficio">Ufficio Relazioni internazionali'
             '</a></h3></div><div class="card card-teaser"><h3 class="card-title"><a href="/notizia">Il sindaco a Lione'
             '</a></h3><p>Incontro con la sindaca sui trasporti.</p></div>')
    page = extract_page(_list_page(cards, "it"), "https://example.org/pagina", datetime(2025, 3, 20, tzinfo=UTC))
    assert [item["title"] for item in page.news] == ["Il sindaco a Lione"]


@pytest.mark.parametrize("time_html, published", [
    ('<time datetime="2025-03-11T23:00:00Z">12 mars 2025</time>', "2025-03-12"),  # the day shown, not UTC's
    ('<time datetime="2025-03-12T10:00:00+01:00">il y a 8 jours</time>', "2025-03-12"),
    ('<time datetime="2025-03-12">2025</time>', "2025-03-12"),  # the value, more precise than the year shown
])
def test_an_items_time_is_the_day_it_shows_else_its_value(time_html, published):
    items = f'<ul><li>{time_html} <a href="/n">Le conseil vote le budget</a></li></ul>'
    page = extract_page(_list_page(items), "https://example.org/liste", datetime(2025, 3, 20, tzinfo=UTC))
    assert [item["published"] for item in page.news] == [published]


def test_an_undated_card_with_a_link_besides_its_titles_presents_something_else():
    card = ('<div class="card"><h3><a href="/reseaux/eurocities">Eurocities</a></h3><p>Le réseau des grandes villes '
            'européennes.</p><a href="https://eurocities.example">Site officiel</a></div>')
    page = extract_page(_list_page(card), "https://example.org/reseaux", datetime(2025, 3, 20, tzinfo=UTC))
    assert page.news == []


@pytest.mark.parametrize("before_title", [
    '<a href="/n{n}"><img src="photo.jpg" alt=""></a>',  # the item's picture, linked to it
    '<a href="/thematiques/europe">Europe</a>',  # its topic, without a heading for its title
])
def test_an_items_title_is_its_link_with_the_longest_text(before_title):
    items = "".join(f'<li>{before_title.format(n=n)} <a href="/n{n}">Le conseil municipal vote le budget {n}</a> '
                    f"<span>1{n}/03/2025</span></li>" for n in range(2))
    page = extract_page(_list_page(f"<ul>{items}</ul>"), "https://example.org/liste", datetime(2025, 3, 20, tzinfo=UTC))
    assert [(item["title"], item["url"], item["published"]) for item in page.news] == [
        ("Le conseil municipal vote le budget 0", "https://example.org/n0", "2025-03-10"),
        ("Le conseil municipal vote le budget 1", "https://example.org/n1", "2025-03-11")]


def test_a_day_without_a_year_takes_the_year_of_the_archives_heading_above_its_list():
    def items(year):
        return "".join(f'<li><span class="date">1{n} mars</span> <a href="/{year}/{n}">Le conseil vote le budget {n}'
                       f"</a></li>" for n in range(2))
    archive = f"<h2>2025</h2><ul>{items(2025)}</ul><h2>2024</h2><ul>{items(2024)}</ul>"
    page = extract_page(_list_page(archive), "https://example.org/archives", datetime(2025, 3, 20, tzinfo=UTC))
    assert [item["published"] for item in page.news] == ["2025-03-10", "2025-03-11", "2024-03-10", "2024-03-11"]


def test_a_date_line_styled_as_text_is_not_the_teaser_summary():
    # Utility classes ("text-muted") put the word "text" on the date line too: the summary is the item's prose,
    # and the event it announces is read there.
    html = ('<html lang="es"><body><main><h1>Noticias</h1><div class="media noticia"><div class="media-body">'
            '<p class="fecha small text-muted">7 de marzo de 2025</p>'
            '<h2><a href="/noticia/1">La ciudad acoge un foro europeo</a></h2>'
            "<p>Del 5 al 7 de junio se reúnen aquí los responsables de movilidad.</p></div></div>"
            '<div class="media noticia"><div class="media-body"><p class="fecha small text-muted">'
            '2 de marzo de 2025</p><h2><a href="/noticia/2">Visita del embajador</a></h2>'
            "<p>Una reunión sobre logística.</p></div></div></main></body></html>")
    page = extract_page(html.encode(), "https://example.org/noticias", datetime(2025, 3, 12, tzinfo=UTC))
    assert [(item["summary"], item["published"], item["event_start"], item["event_end"]) for item in page.news] == [
        ("Del 5 al 7 de junio se reúnen aquí los responsables de movilidad.", "2025-03-07", "2025-06-05", "2025-06-07"),
        ("Una reunión sobre logística.", "2025-03-02", None, None)]


def test_a_day_decades_before_the_item_in_its_summary_is_history_not_its_event():
    teaser = Teaser("Un ginkgo d'Hiroshima au jardin botanique", "https://www.ville.example/actualites/ginkgo",
                    PartialDate(2025, 1, 27), "Issu d'un arbre qui a survécu à la bombe du 6 août 1945.")
    [row] = extract_news(content([teaser]), "https://www.ville.example/actualites", "fr", date(2025, 3, 1))
    assert (row["event_start"], row["event_end"]) == (None, None)


def test_an_anniversary_named_in_the_title_keeps_its_day():
    teaser = Teaser("Paris et Rome, jumelées depuis le 30 janvier 1956", "https://www.ville.example/actualites/rome",
                    PartialDate(2016, 1, 29), "Soixante ans d'amitié entre les deux capitales.")
    [row] = extract_news(content([teaser]), "https://www.ville.example/actualites", "fr", date(2016, 2, 1))
    assert (row["event_start"], row["event_end"]) == ("1956-01-30", "1956-01-30")


def test_an_archive_whose_articles_name_their_tags_in_their_classes_lists_every_article():
    articles = "".join(
        f'<article class="post type-post tag-international category-press"><header><h2 class="entry-title">'
        f'<a href="/n{n}" rel="bookmark">Le conseil reçoit la délégation numéro {n}</a></h2><div class="entry-meta">'
        f'<time datetime="2025-03-1{n}">1{n}.03.2025</time></div></header><p>La délégation a visité le port.</p>'
        f"</article>" for n in range(3))
    page = extract_page(_list_page(articles), "https://example.org/category/press", datetime(2025, 3, 20, tzinfo=UTC))
    assert [item["published"] for item in page.news] == ["2025-03-10", "2025-03-11", "2025-03-12"]
