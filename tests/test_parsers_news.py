"""Dated news: the page's own item, list entries and teaser blocks, and the dates they report."""

import json
import re
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from scraper.parsers.content import Block, PageContent, Teaser
from scraper.parsers.dates import PartialDate
from scraper.parsers.extract import extract_page
from scraper.parsers.news import NEWS_COLUMNS, extract_news

PAGES = Path(__file__).parent / "fixtures" / "pages"
ACTUALITES = "http://www.paris.fr/politiques/paris-a-l-international/actualites/"
SIDA_URL = ACTUALITES + "les-villes-s-engagent-a-mettre-fin-au-sida-d-ici-a-2030/rub_6587_stand_16531_port_14975"
EXIL_URL = ACTUALITES + "paris-capitale-d-exil/rub_6587_stand_16527_port_14975"


def extract_fixture(name, fetched_at=None):
    sidecar = json.loads((PAGES / f"{name}.json").read_text(encoding="utf-8"))
    return extract_page((PAGES / f"{name}.html").read_bytes(), sidecar["url"],
                        fetched_at or datetime.fromisoformat(sidecar["fetched_at"]), sidecar["declared_charset"])


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


def test_a_day_without_a_year_stays_undated_on_a_page_without_a_date_of_its_own():
    page = extract_page(_news_list_page("fr", "Nos dernières nouvelles", [("12 mars", "La ville rejoint le réseau")])
                        .encode(), "https://example.org/fr/liste", datetime(2024, 7, 1, tzinfo=UTC))
    assert [(item["title"], item["published"]) for item in page.news] == [("La ville rejoint le réseau", None)]


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
