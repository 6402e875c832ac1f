"""A page is itself one news item by what it shows (a kind label by its title, a news type it declares, a
publication date by the title of an article), not only by its address; a list of news never is one."""

from datetime import datetime, timezone

import pytest

from scraper.parsers.extract import extract_page
from scraper.parsers.layouts.html import parse_document
from scraper.parsers.layouts.news_page import is_only_a_kind_label, kind_label, read_headline
from scraper.parsers.layouts.sidebars import sidebar_boxes, sidebar_teasers

FETCHED_AT = datetime(2024, 6, 12, 9, 0, tzinfo=timezone.utc)
PAGES = "https://www.paris.fr/pages"

SITE_HEADER = """<header class="site-header"><a href="/">Paris.fr</a><nav><a href="/actualites">Actualités</a>
<a href="/pages/paris-a-l-international-2433">International</a></nav></header>"""
SITE_FOOTER = """<footer class="site-footer"><a href="/mentions-legales">Mentions légales</a> · © Ville de Paris 2024
</footer>"""
RELATED_CARDS = """<section class="related"><h2>Ces contenus peuvent vous intéresser</h2>
<div class="card"><a href="/pages/cglu-a-20-ans-8741"><span class="card-kind">Actualité</span>
<span class="card-title">CGLU a 20 ans</span></a><p class="card-date">6 mai 2024</p></div>
<div class="card"><a href="/pages/icorn-10-ans-3567"><span class="card-kind">Actualité</span>
<span class="card-title">Le réseau ICORN a fêté ses 10 ans</span></a><p class="card-date">19 avril 2016</p></div>
</section>"""


def paris_page(header: str, body: str, extra: str = "") -> str:
    """A page in paris.fr's current scheme: every page under /pages/<slug>-<id>, the kind of page shown only
    as a label above its title."""
    title = parse_document(header).findtext(".//h1")
    return f"""<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>{title} – Ville de Paris</title>
</head><body>{SITE_HEADER}<main id="main"><div class="page-header">{header}</div>
<div class="rich-text">{body}</div>{extra}</main>{SITE_FOOTER}</body></html>"""


NEWS_BODY = """<p>Du 22 au 24 mai 2024, Lausanne a accueilli le congrès de l’Association internationale des maires
francophones, qui réunit désormais 325 capitales et métropoles de 54 pays.</p>
<p>Anne Hidalgo, Maire de Paris, en est la présidente. Les maires y ont adopté une déclaration sur le climat et
sur l’accueil des réfugiés, et fixé les priorités du réseau pour les trois années à venir.</p>"""
TOPIC_BODY = """<p>Paris est membre de plusieurs réseaux de villes : Cités et gouvernements locaux unis, l’Association
internationale des maires francophones, Eurocities et le réseau des villes refuges ICORN.</p>
<p>La Ville y défend la place des villes dans les négociations internationales sur le climat et les migrations.</p>"""


def extracted(html: str, url: str):
    return extract_page(html, url, FETCHED_AT, "utf-8")


def own_rows(extraction, url: str) -> list[dict]:
    return [row for row in extraction.news if row["url"] == url]


# -- paris.fr's /pages/ scheme ------------------------------------------------------------------------------

def test_a_news_page_of_the_pages_scheme_is_one_news_item_by_its_kind_label():
    url = f"{PAGES}/l-aimf-fete-ses-45-ans-a-lausanne-8812"
    html = paris_page('<p class="page-header-kind">Actualité</p><h1>L’AIMF fête ses 45 ans à Lausanne</h1>'
                      '<p class="page-header-date">Mise à jour le 07/06/2024</p>', NEWS_BODY, RELATED_CARDS)
    extraction = extracted(html, url)
    (row,) = own_rows(extraction, url)
    assert (row["title"], row["published"]) == ("L’AIMF fête ses 45 ans à Lausanne", "2024-06-07")
    assert (row["event_start"], row["event_end"]) == ("2024-05-22", "2024-05-24")
    assert row["networks"] == ["aimf"]
    # the related cards stay teasers of their own
    assert {teaser["title"] for teaser in extraction.news if teaser["url"] != url} == {
        "CGLU a 20 ans", "Le réseau ICORN a fêté ses 10 ans"}


def test_a_short_news_page_stays_an_item_however_many_related_cards_follow():
    url = f"{PAGES}/cglu-a-20-ans-8741"
    cards = "".join(f'<div class="card"><a href="/pages/item-{n}"><span class="card-title">Une autre actualité '
                    f'internationale de la Ville, numéro {n}</span></a><p class="card-date">{n} mai 2024</p>'
                    f'<p class="card-text">Un résumé de cette autre actualité, sur deux lignes.</p></div>'
                    for n in range(1, 5))
    html = paris_page('<p class="page-header-kind">Actualité</p><h1>CGLU a 20 ans</h1>'
                      '<p class="page-header-date">Mise à jour le 06/05/2024</p>', "<p>CGLU a fêté ses 20 ans.</p>",
                      f'<section class="related"><h2>Ces contenus peuvent vous intéresser</h2>{cards}</section>')
    extraction = extracted(html, url)
    assert len(own_rows(extraction, url)) == 1
    assert len(extraction.news) == 5


def test_a_topic_page_of_the_pages_scheme_with_its_update_line_is_not_news():
    url = f"{PAGES}/paris-et-les-reseaux-de-villes-4021"
    html = paris_page('<h1>Paris et les réseaux de villes</h1><p class="page-header-date">Mise à jour le 07/06/2024'
                      '</p>', TOPIC_BODY, RELATED_CARDS)
    extraction = extracted(html, url)
    assert own_rows(extraction, url) == []
    assert extraction.page["page_date"] == "2024-06-07"


def test_a_topic_page_labelled_with_another_kind_is_not_news():
    url = f"{PAGES}/paris-et-les-reseaux-de-villes-4021"
    html = paris_page('<p class="page-header-kind">Dossier</p><h1>Paris et les réseaux de villes</h1>'
                      '<p class="page-header-date">Mise à jour le 07/06/2024</p>', TOPIC_BODY)
    assert own_rows(extracted(html, url), url) == []


def test_the_news_list_of_the_pages_scheme_is_a_list_not_an_item():
    url = f"{PAGES}/actualites-internationales-4040"
    cards = "".join(
        f'<div class="card"><a href="/pages/{slug}"><span class="card-kind">Actualité</span>'
        f'<span class="card-title">{title}</span></a><p class="card-date">{day}</p></div>'
        for slug, title, day in [("l-aimf-fete-ses-45-ans-a-lausanne-8812", "L’AIMF fête ses 45 ans", "28 mai 2024"),
                                 ("cglu-a-20-ans-8741", "CGLU a 20 ans", "6 mai 2024"),
                                 ("icorn-10-ans-3567", "Le réseau ICORN a fêté ses 10 ans", "19 avril 2016")])
    html = paris_page('<h1>Actualités</h1><p class="page-header-date">Mise à jour le 07/06/2024</p>', "", cards)
    extraction = extracted(html, url)
    assert own_rows(extraction, url) == []
    assert len(extraction.news) == 3


def test_a_list_under_a_news_address_is_not_an_item():
    url = "https://www.belcourt.example/actualites/page-2"
    cards = "".join(f'<li><a href="/actualites/item-{n}">Titre de l’actualité numéro {n}</a> <span>{n} mars 2024'
                    f'</span><p>Résumé de l’actualité numéro {n}, sur deux lignes de texte.</p></li>'
                    for n in range(1, 5))
    html = f"<html lang='fr'><body><main><h1>Page 2</h1><p>Suite.</p><ul>{cards}</ul></main></body></html>"
    extraction = extracted(html, url)
    assert own_rows(extraction, url) == []
    assert len(extraction.news) == 4


# -- other sites: labels, declared types, articles with their date -------------------------------------------

def other_site(body: str, head: str = "", lang: str = "de") -> str:
    return (f"<!DOCTYPE html><html lang='{lang}'><head><title>Stadt</title>{head}</head><body>"
            f"<header><nav><a href='/'>Start</a></nav></header><main>{body}</main>"
            f"<footer>Impressum · © 2024</footer></body></html>")


def test_a_press_release_label_above_the_title_in_german():
    url = "https://www.stuttgart.example/stadt/eurocities-forum"
    html = other_site('<div class="kicker">Pressemitteilung</div><h1>Eurocities-Forum in Stuttgart</h1>'
                      '<p class="date">Veröffentlicht am 12.03.2024</p>'
                      '<p>Vom 5. bis 7. März trafen sich Vertreter von 40 Städten in Stuttgart.</p>')
    (row,) = own_rows(extracted(html, url), url)
    assert row["published"] == "2024-03-12"


@pytest.mark.parametrize("label", ["Communiqué de presse", "Press release", "Comunicato stampa", "Nota de prensa",
                                   "Noticia", "Notizia", "Meldung", "News", "Communiqué", "Actualité", "Comunicato",
                                   "Nota stampa"])
def test_every_kind_label_makes_the_page_an_item(label):
    url = "https://www.ville.example/fr/une-page"
    html = other_site(f"<span>{label}</span><h1>Un titre</h1><p>{TOPIC_BODY}</p>", lang="fr")
    assert len(own_rows(extracted(html, url), url)) == 1


@pytest.mark.parametrize("date_line, is_item", [
    ("Publié le 3 octobre 2024", True),
    # montreal.ca labels its topic pages "Article": with only an update line, one is no news item
    ("Dernière mise à jour : le 3 octobre 2024", False),
])
def test_an_article_label_is_news_only_with_a_publication_date(date_line, is_item):
    url = "https://montreal.example/articles/montreal-et-les-reseaux-de-villes-41872"
    html = other_site(f"<div class='document-heading'><span class='document-type'>Article</span><h1>Montréal et les "
                      f"réseaux de villes</h1><p class='small'>{date_line}</p></div><p>{TOPIC_BODY}</p>", lang="fr")
    extraction = extracted(html, url)
    assert (len(own_rows(extraction, url)), extraction.page["page_date"]) == (int(is_item), "2024-10-03")


def test_a_label_and_date_on_one_line_after_the_title():
    url = "https://www.ville.example/fr/une-page"
    html = other_site("<h1>La Ville rejoint ICORN</h1><p>Communiqué de presse – 12 mars 2024</p>"
                      f"{TOPIC_BODY}", lang="fr")
    (row,) = own_rows(extracted(html, url), url)
    assert row["published"] == "2024-03-12"


@pytest.mark.parametrize("graph", [
    '{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Forum"}',
    '{"@context": "https://schema.org", "@graph": [{"@type": "WebSite"}, {"@type": "WebPage"},'
    ' {"@type": ["NewsArticle", "Article"], "headline": "Forum", "datePublished": "2024-03-12"}]}',
    '[{"@type": "Organization"}, {"@type": "BlogPosting"}]',
    '{"@type": "WebPage", "mainEntity": {"@type": "Event", "name": "Forum"}}',
])
def test_a_declared_news_type_in_json_ld_makes_the_page_an_item(graph):
    url = "https://www.stuttgart.example/stadt/eurocities-forum"
    html = other_site(f"<h1>Eurocities-Forum</h1><p>Text über das Forum.</p>"
                      f"<script type='application/ld+json'>{graph}</script>")
    assert len(own_rows(extracted(html, url), url)) == 1


def test_a_news_type_in_microdata_makes_the_page_an_item():
    url = "https://www.madrid.example/es/foro"
    html = other_site('<div itemscope itemtype="https://schema.org/NewsArticle"><h1 itemprop="headline">Foro</h1>'
                      '<p>Texto del foro.</p></div>', lang="es")
    assert len(own_rows(extracted(html, url), url)) == 1


def test_several_items_of_one_news_type_are_a_list_not_a_declaration():
    url = "https://www.stuttgart.example/stadt/aktuelles"
    items = ", ".join('{"@type": "NewsArticle", "headline": "Meldung %d"}' % n for n in range(3))
    html = other_site(f"<h1>Neues aus der Stadt</h1><p>Text.</p><script type='application/ld+json'>[{items}]</script>")
    assert own_rows(extracted(html, url), url) == []


@pytest.mark.parametrize("head, body", [
    ("", "<article><h1>Le forum des villes</h1><time datetime='2024-03-12'>12 mars 2024</time>{}</article>"),
    ('<meta property="og:type" content="article">', "<h1>Le forum des villes</h1><p>12 mars 2024</p>{}"),
    ('<script type="application/ld+json">{"@type": "Article"}</script>',
     "<h1>Le forum des villes</h1><p class='byline'>Par la rédaction — 12 mars 2024</p>{}"),
])
def test_an_article_with_a_publication_date_by_its_title_is_an_item(head, body):
    url = "https://www.ville.example/le-forum-des-villes"
    (row,) = own_rows(extracted(other_site(body.format(TOPIC_BODY), head, "fr"), url), url)
    assert row["published"] == "2024-03-12"


@pytest.mark.parametrize("head, body", [
    # an article element and og:type, but the date line only says when the page was updated
    ('<meta property="og:type" content="article">',
     "<article><h1>Les réseaux de villes</h1><p>Mise à jour le 07/06/2024</p>{}</article>"),
    # a publication date by the title of a page that does not call itself an article
    ("", "<h1>Les réseaux de villes</h1><p class='publication'>Publié le 3 mars 2021</p>{}"),
    # an article element and og:type, but the date is in the prose
    ('<meta property="og:type" content="article">', "<article><h1>Les réseaux de villes</h1>{}"
     "<p>Le 12 mars 2024, la Ville a rejoint un nouveau réseau de villes engagées pour le climat.</p></article>"),
])
def test_a_date_or_an_article_alone_does_not_make_an_item(head, body):
    url = "https://www.ville.example/les-reseaux-de-villes"
    assert own_rows(extracted(other_site(body.format(TOPIC_BODY), head, "fr"), url), url) == []


def test_the_page_own_article_is_not_taken_for_a_teaser():
    # one link and a date: shaped like a teaser, but it holds the page's title
    url = "https://www.ville.example/le-forum-des-villes"
    html = other_site("<article><h1>Le forum des villes</h1><p>Publié le 12 mars 2024</p><p>Court texte.</p>"
                      "<p><a href='/reseaux'>En savoir plus</a></p></article>", "", "fr")
    extraction = extracted(html, url)
    assert [row["url"] for row in extraction.news] == [url]


# -- the pieces ----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("line, label", [
    ("Actualité", "Actualité"), ("ACTUALITÉ", "ACTUALITÉ"),
    ("Communiqué de presse – 12 mars 2024", "Communiqué de presse"),
    ("Press release | 5 April 2024", "Press release"), ("News · 12.03.2024", "News"),
    ("Actualité Mise à jour le 07/06/2024", "Actualité"),
    ("Actualités", None), ("Newsletter", None), ("Article 3 du règlement intérieur", None), ("Dossier", None),
    ("Les actualités de la Ville", None), ("News, stories and press releases from Eurocities", None),
    ("Actualité · International", "Actualité"), ("Pressemitteilung vom 27.09.2024", "Pressemitteilung"),
    ("News: 12 March 2024", "News"),
    ("Comunicato - 14/05/2024", "Comunicato"), ("Nota stampa · 3 ottobre 2024", "Nota stampa"),
    ("Comunicati stampa", None), ("Note stampa", None),
])
def test_kind_labels(line, label):
    assert kind_label(line) == label


def test_the_headline_reads_past_wrappers_and_the_label_inside_the_title():
    root = parse_document("<body><div class='head'><div><span>Accueil</span></div><div class='inner'>"
                          "<h1><span class='kicker'>Communiqué</span> La Ville rejoint ICORN</h1></div></div>"
                          "<div class='meta'><p>Publié le 12 mars 2024</p></div><p>Texte.</p></body>")
    headline = read_headline(root.find(".//h1"))
    assert (headline.kind_label, headline.published.iso(), headline.in_article) == ("Communiqué", "2024-03-12", False)


# -- what lies by the title: bylines, labels with their date, sidebars, banners ------------------------------

def test_a_byline_without_cue_word_by_the_title_dates_the_item_and_is_no_summary():
    url = "https://www.aimf.example/actualites/le-bureau-reuni-a-dakar/"
    html = other_site("<span class='post-category'><a href='/actualites/'>Actualité</a></span>"
                      "<h1>Le Bureau réuni à Dakar</h1><p>Rédaction AIMF — 18 novembre 2024</p>"
                      "<p>Réunis à Dakar les 13 et 14 novembre, les membres du Bureau ont adopté le programme.</p>",
                      lang="fr")
    extraction = extracted(html, url)
    (row,) = extraction.news  # the category link is a kind label, not a teaser
    assert (row["url"], row["published"], row["summary"][:6]) == (url, "2024-11-18", "Réunis")
    assert extraction.page["page_date"] == "2024-11-18"


def test_a_label_followed_by_its_date_in_german():
    url = "https://www.stuttgart.example/leben/internationales/eurocities-kulturforum-2024"
    html = other_site("<p class='meta'>Pressemitteilung vom 27.09.2024</p><h1>Stuttgart richtet das Kulturforum aus"
                      "</h1><p>Vom 22. bis 24. Oktober 2024 ist die Stadt Gastgeberin des Kulturforums.</p>")
    (row,) = own_rows(extracted(html, url), url)
    assert row["published"] == "2024-09-27"


def test_a_month_in_a_sidebar_list_of_links_is_not_the_page_date():
    url = "https://www.comune.example/web/it/dettaglio.page?contentId=1"
    html = ("<html lang='it'><head><title>Roma e Parigi</title>"
            '<meta property="article:published_time" content="2025-01-30T10:00:00+01:00"></head><body>'
            "<div class='portlet'><ul><li><a href='/archivio?mese=2024-09'>Settembre 2024</a></li>"
            "<li><a href='/archivio?mese=2024-08'>Agosto 2024</a></li></ul></div>"
            "<div id='contenuto'><div class='comunicato'><p>Comunicato stampa</p><h1>Roma e Parigi</h1>"
            "<p>Sessantanove anni dopo la firma, Roma e Parigi rinnovano il loro gemellaggio esclusivo.</p>"
            "</div></div></body></html>")
    extraction = extracted(html, url)
    assert extraction.page["page_date"] == "2025-01-30"
    assert own_rows(extraction, url)[0]["published"] == "2025-01-30"


def test_an_article_dated_only_by_its_article_metadata_is_an_item():
    url = "https://eurocities.example/latest/mayors-to-eu/"
    html = other_site("<article class='post'><header><div class='entry-categories'><a href='/category/eu/'>"
                      "Cities and the EU</a></div><h1>Mayors to EU</h1><div class='entry-meta'>Lena Marchetti, "
                      f"Eurocities Writer</div></header><div class='entry-content'>{TOPIC_BODY}</div></article>",
                      '<meta property="og:type" content="article">'
                      '<meta property="article:published_time" content="2025-02-04T09:30:00+00:00">', "en")
    (row,) = own_rows(extracted(html, url), url)
    assert row["published"] == "2025-02-04"


def test_a_topic_page_dated_only_by_its_modification_metadata_is_not_an_item():
    url = "https://www.ville.example/les-reseaux-de-villes"
    html = other_site(f"<article><h1>Les réseaux de villes</h1>{TOPIC_BODY}</article>",
                      '<meta property="og:type" content="article">'
                      '<meta property="article:modified_time" content="2025-02-04T09:30:00+00:00">', "fr")
    assert own_rows(extracted(html, url), url) == []


def test_a_title_in_a_banner_dropped_as_boilerplate_still_tells_the_kind():
    url = "https://www.ville.example/une-page"
    html = other_site("<div class='page-banner'><p>Communiqué de presse</p><h1>La Ville rejoint ICORN</h1>"
                      f"<p>Publié le 12 mars 2024</p></div>{TOPIC_BODY}", lang="fr")
    (row,) = own_rows(extracted(html, url), url)
    assert row["published"] == "2024-03-12"


def test_a_list_page_gets_no_date_from_its_teasers():
    url = "https://www.ville.example/actualites/"
    cards = "".join(f'<li><a href="/actualites/item-{n}">Titre de l’actualité numéro {n}</a> '
                    f'<span>[0{n}/03/2024]</span> <span>Publié le 0{n}/03/2024</span></li>' for n in range(1, 4))
    html = other_site(f"<h1>Toutes les actualités</h1><ul>{cards}</ul>", lang="fr")
    extraction = extracted(html, url)
    assert extraction.page["page_date"] is None
    assert len(extraction.news) == 3


# -- teasers: the whole card, its own link, its date ----------------------------------------------------------

def teasers_of(html: str, url: str) -> list[tuple]:
    return [(row["title"], row["url"], row["published"], row["summary"]) for row in extracted(html, url).news
            if row["url"] != url]


def test_a_card_whose_link_holds_only_the_title_is_read_whole():
    url = f"{PAGES}/paris-a-l-international-les-actualites-2261"
    cards = "".join(
        f'<li class="news-card"><a class="news-card-link" href="/pages/{slug}"><p class="news-card-kind">Actualité</p>'
        f'<h3 class="news-card-title">{title}</h3></a><p class="news-card-date">{day}</p>'
        f'<p class="news-card-text">{summary}</p></li>'
        for slug, title, day, summary in [("sida-27981", "Sida : Paris mobilisée", "02/12/2024", "Le 1er décembre."),
                                          ("rome-27688", "Paris et Rome", "25/09/2024", "Une feuille de route.")])
    html = paris_page("<h1>Les actualités internationales</h1>", "", f'<ul class="news-cards">{cards}</ul>')
    assert teasers_of(html, url) == [
        ("Sida : Paris mobilisée", f"{PAGES}/sida-27981", "2024-12-02", "Le 1er décembre."),
        ("Paris et Rome", f"{PAGES}/rome-27688", "2024-09-25", "Une feuille de route.")]


PRESS = "https://presse.paris.fr"


def test_a_category_link_named_like_a_kind_is_not_the_item_link():
    url = f"{PRESS}/communiques-de-presse/"
    posts = "".join(
        f'<article class="post"><header class="entry-header"><span class="cat-links">'
        f'<a href="/communiques-de-presse/">Communiqué de presse</a></span><h2 class="entry-title">'
        f'<a href="/communiques/{slug}/">{title}</a></h2><div class="entry-meta"><a href="/communiques/{slug}/">'
        f'<time datetime="{day}T10:00:00+01:00">{day}</time></a></div></header>'
        f'<div class="entry-summary"><p>Résumé de {title}.</p></div>'
        f'<footer><a href="/communiques/{slug}/">Lire le communiqué</a></footer></article>'
        for slug, title, day in [("piscine", "La piscine rouvre", "2025-02-27"), ("salon", "Le Salon", "2025-02-24")])
    html = f"<html lang='fr'><body><main><h1>Communiqués de presse</h1>{posts}</main></body></html>"
    assert teasers_of(html, url) == [
        ("La piscine rouvre", f"{PRESS}/communiques/piscine/", "2025-02-27", "Résumé de La piscine rouvre."),
        ("Le Salon", f"{PRESS}/communiques/salon/", "2025-02-24", "Résumé de Le Salon.")]


def test_items_declared_in_microdata_are_teasers_with_their_time():
    url = "https://www.stuttgart.example/leben/internationales/aktuelles"
    items = "".join(
        f'<div class="article" itemscope itemtype="http://schema.org/Article"><div class="img"><a href="/{slug}">'
        f'<img src="/{slug}.jpg" alt=""></a></div><div class="header"><h3><a href="/{slug}">{title}</a></h3></div>'
        f'<div class="date"><time itemprop="datePublished" datetime="{day}">{day}</time></div>'
        f'<div class="teaser-text"><p>Über {title}.</p><a class="more" href="/{slug}">Weiterlesen</a></div></div>'
        for slug, title, day in [("brno", "Delegation aus Brünn", "2025-02-13"),
                                 ("peace", "Mayors for Peace", "2025-01-29")])
    html = f"<html lang='de'><body><main><h1>Aktuelle Meldungen</h1><div class='news'>{items}</div></main></body>"
    extraction = extracted(html, url)
    assert [(row["title"], row["url"], row["published"]) for row in extraction.news] == [
        ("Delegation aus Brünn", "https://www.stuttgart.example/brno", "2025-02-13"),
        ("Mayors for Peace", "https://www.stuttgart.example/peace", "2025-01-29")]
    assert extraction.page["page_date"] is None  # the items' dates are not the list's


def test_a_date_classed_as_one_is_read_on_its_own_when_the_card_glues_it_to_a_label():
    url = "https://www.comune.example/relazioni-internazionali/notizie"
    cards = "".join(f'<div class="card card-news"><div class="category-top"><span class="category">Comunicato</span>'
                    f'<span class="data">{day}</span></div><h3 class="card-title"><a href="/-/{slug}">{title}</a></h3>'
                    f'<p class="card-text">Testo di {title}.</p></div>'
                    for slug, title, day in [("clima", "Clima. Milano al vertice C40", "03/10/2024"),
                                             ("europa", "Europa. Bando per progetti", "17/09/2024")])
    html = f"<html lang='it'><body><main><h1>Notizie</h1><div class='row'>{cards}</div></main></body></html>"
    assert [(row["title"], row["published"]) for row in extracted(html, url).news] == [
        ("Clima. Milano al vertice C40", "2024-10-03"), ("Europa. Bando per progetti", "2024-09-17")]


def test_a_table_of_dated_releases_gives_one_item_per_row():
    url = "https://www.council.example/index.aspx?articleid=100"
    rows = "".join(f'<tr><td class="news-date">{day}</td><td><a href="/index.aspx?articleid={number}">{title}</a>'
                   f'<br><span class="news-summary">About {title}.</span></td></tr>'
                   for day, number, title in [("3 March 2025", 7, "Twin city visit"),
                                              ("14 February 2025", 6, "Park reopens")])
    html = (f"<html lang='en'><body><h1>Latest news</h1><table><thead><tr><th>Date</th><th>Release</th></tr></thead>"
            f"<tbody>{rows}</tbody></table></body></html>")
    assert [(row["title"], row["url"], row["published"]) for row in extracted(html, url).news] == [
        ("Twin city visit", "https://www.council.example/index.aspx?articleid=7", "2025-03-03"),
        ("Park reopens", "https://www.council.example/index.aspx?articleid=6", "2025-02-14")]


def test_a_page_wrapped_in_one_form_keeps_its_content():
    url = "https://www.council.example/news"
    items = "".join(f'<li><a href="/news/{slug}">{title}</a> <span>{day}</span></li>'
                    for slug, title, day in [("a", "Harbour festival announced", "2 May 2025"),
                                             ("b", "New tram line", "28 April 2025")])
    html = (f"<html lang='en'><body><form method='post' action='/news'><input type='hidden' name='state'>"
            f"<div id='content'><h1>News</h1><ul>{items}</ul></div></form></body></html>")
    assert [row["title"] for row in extracted(html, url).news] == ["Harbour festival announced", "New tram line"]


def test_rows_of_divs_with_a_date_of_their_own_beside_the_text_are_items():
    url = "https://www.ciudad.example/es/relaciones-internacionales"
    rows = "".join(f'<div class="views-row"><span class="fecha">{day}</span> <a href="/es/-/{slug}">{title}</a></div>'
                   for day, slug, title in [("06/05/2025", "bus", "Nuevas líneas de autobús"),
                                            ("30/04/2025", "acuerdo", "Acuerdo con Lyon")])
    html = (f"<html lang='es'><body><main><h1>Relaciones internacionales</h1><p>La ciudad trabaja con otras "
            f"ciudades.</p></main><aside><h2>Más noticias</h2>{rows}</aside></body></html>")
    assert [(row["title"], row["published"]) for row in extracted(html, url).news] == [
        ("Nuevas líneas de autobús", "2025-05-06"), ("Acuerdo con Lyon", "2025-04-30")]


def test_numbered_rows_with_a_date_split_into_parts_are_items():
    # Drupal's views number their rows in their classes and show the day, month and year in spans of their own
    # with nothing between them.
    url = "https://www.comune.example/notizie"
    rows = "".join(
        f'<div class="views-row views-row-{number} views-row-{"odd" if number % 2 else "even"}">'
        f'<div class="data"><span class="giorno">{day}</span><span class="mese">{month}</span>'
        f'<span class="anno">{year}</span></div><h3><a href="/notizie/{slug}">{title}</a></h3>'
        f'<p>{summary}</p></div>'
        for number, (day, month, year, slug, title, summary) in enumerate([
            ("04", "apr", "2024", "tram", "Nuova linea del tram", "I lavori partono dal 15 al 19 aprile."),
            ("21", "mar", "2024", "lione", "Visita della sindaca di Lione", "Incontro in municipio.")], start=1))
    html = f"<html lang='it'><body><main><h1>Notizie</h1><div class='view-content'>{rows}</div></main></body></html>"
    assert [(row["title"], row["published"], row["event_start"], row["event_end"])
            for row in extracted(html, url).news] == [
        ("Nuova linea del tram", "2024-04-04", "2024-04-15", "2024-04-19"),
        ("Visita della sindaca di Lione", "2024-03-21", None, None)]


def test_paragraphs_alike_with_a_date_in_their_prose_are_not_items():
    url = "https://www.ciudad.example/es/redes"
    paragraphs = "".join(f'<div class="paragraph">{text}</div>' for text in [
        'La ciudad se unió a <a href="/es/eurocities">Eurocities</a> el 12 de mayo de 1996, con otras ciudades.',
        'El <a href="/es/pacto">Pacto de los Alcaldes</a> se firmó el 3 de marzo de 2009 en Bruselas.'])
    html = f"<html lang='es'><body><main><h1>Redes de ciudades</h1>{paragraphs}</main></body></html>"
    assert extracted(html, url).news == []


def test_a_category_link_styled_as_a_title_is_not_the_card_title():
    url = "https://www.comune.example/relazioni-internazionali"
    card = ('<div class="card-latest"><div class="card-header"><a class="title-small category" href="/notizie">'
            'Notizie</a></div><h3><a href="/notizia?id=7">Roma ospita il forum delle capitali</a></h3>'
            '<span class="data">02/10/2024</span></div>')
    html = (f"<html lang='it'><body><main><h1>Relazioni internazionali</h1><p>Testo della pagina.</p></main>"
            f"<aside>{card}</aside></body></html>")
    assert [(row["title"], row["url"]) for row in extracted(html, url).news] == [
        ("Roma ospita il forum delle capitali", "https://www.comune.example/notizia?id=7")]


def test_a_cards_summary_is_its_text_not_its_title_link():
    url = "https://www.comune.example/relazioni-internazionali"
    card = ('<div class="card"><h3><a class="text-decoration-none" href="/notizia?id=8">Assemblea delle capitali</a>'
            '</h3><p class="text-paragraph">Dal 9 all\'11 ottobre in Campidoglio.</p>'
            '<span class="data">02/10/2024</span></div>')
    html = (f"<html lang='it'><body><main><h1>Relazioni internazionali</h1><p>Testo della pagina.</p></main>"
            f"<aside>{card}</aside></body></html>")
    [row] = extracted(html, url).news
    assert (row["summary"], row["event_start"], row["event_end"]) == (
        "Dal 9 all'11 ottobre in Campidoglio.", "2024-10-09", "2024-10-11")


def test_a_posts_category_link_beside_its_title_is_no_news_item():
    url = "https://network.example/latest/mayors-letter/"
    html = ("<html lang='en'><body><main><article class='post'><header class='entry-header'>"
            "<div class='entry-categories'><a href='/category/eu/' rel='category tag'>Cities and the EU</a></div>"
            "<h1 class='entry-title'>Mayors write to the Commission</h1><time datetime='2025-02-04'>4 February 2025"
            "</time></header><p>More than 80 mayors signed the letter.</p></article></main></body></html>")
    assert [row["title"] for row in extracted(html, url).news] == ["Mayors write to the Commission"]


def test_an_articles_topic_tags_under_its_date_are_no_news_items():
    url = "https://www.ville.example/actualites/forum-des-maires"
    html = ("<html lang='fr'><body><main><article><header class='article__header'><h1>Forum des maires</h1>"
            "<p class='article__meta'>Publié le <time datetime='2025-02-14'>14 février 2025</time></p>"
            "<ul class='article__tags'><li><a href='/actualites/international'>International</a></li>"
            "<li><a href='/actualites?theme=climat'>Climat</a></li></ul></header>"
            "<p>Les maires se retrouvent en juin.</p></article></main></body></html>")
    assert [row["title"] for row in extracted(html, url).news] == ["Forum des maires"]


def test_a_date_shown_beside_an_item_dates_it():
    url = "https://www.ville.example/actualites"
    definitions = ('<dl class="agenda"><dt>14.05.2025</dt><dd><a href="/a">Besuch aus Lyon</a></dd>'
                   '<dt>2. Mai 2025</dt><dd><a href="/b">Neue Partnerschaft</a></dd></dl>')
    headed = ('<h3>Mardi 29 avril 2025</h3><article><a href="/c">Forum des maires</a></article>'
              '<article><a href="/d">Conseil des jeunes</a></article>'
              '<h3>Lundi 14 avril 2025</h3><ul><li><a href="/e">Jumelage renouvelé</a></li></ul>')
    html = f"<html lang='fr'><body><main><h1>Actualités</h1>{definitions}{headed}</main></body></html>"
    assert [(row["title"], row["published"]) for row in extracted(html, url).news] == [
        ("Besuch aus Lyon", "2025-05-14"), ("Neue Partnerschaft", "2025-05-02"), ("Forum des maires", "2025-04-29"),
        ("Conseil des jeunes", "2025-04-29"), ("Jumelage renouvelé", "2025-04-14")]


def test_a_list_of_links_under_a_heading_without_a_date_is_no_news():
    url = "https://www.ville.example/international"
    html = ("<html lang='fr'><body><main><h1>International</h1><h2>Nos réseaux</h2><ul><li><a href='/a'>Eurocities"
            "</a></li><li><a href='/b'>CGLU</a></li></ul></main></body></html>")
    assert extracted(html, url).news == []


@pytest.mark.parametrize("line, day", [
    ("Mardi 12 mars 2024", "2024-03-12"), ("Tuesday, 12 March 2024", "2024-03-12"),
    ("Dienstag, 12. März 2024", "2024-03-12"), ("Martes, 12 de marzo de 2024", "2024-03-12"),
    ("martedì 12 marzo 2024", "2024-03-12"),
    ("Communications team | Tuesday 12 March 2024", "2024-03-12"), ("Rédaction — mardi 12 mars 2024", "2024-03-12"),
    ("Data: 12/03/2024", "2024-03-12"), ("Datum: 12.03.2024", "2024-03-12"),
    ("Inserito il 12/03/2024", "2024-03-12"), ("Aggiornato al 12/03/2024", "2024-03-12"),
])
def test_a_date_line_may_start_with_its_weekday_or_a_label(line, day):
    from scraper.parsers.layouts.news_page import date_line
    assert date_line(line).iso() == day


def test_the_date_heading_above_a_list_of_news_is_not_the_lists_date():
    url = "https://www.ville.example/actualites"
    html = ("<html lang='fr'><body><main><h1>Toute l'actualité</h1><h2>Mardi 12 mars 2024</h2><ul>"
            "<li><a href='/a'>Visite à Rome</a></li><li><a href='/b'>Forum des maires</a></li></ul>"
            "</main></body></html>")
    extraction = extracted(html, url)
    assert extraction.page["page_date"] is None
    assert [row["published"] for row in extraction.news] == ["2024-03-12", "2024-03-12"]


_ARTICLE_URL = "https://www.ville.example/pages/une-delegation-de-maires-recue-31415"


def _article(before_title: str, after_title: str, lang: str = "fr") -> str:
    return (f"<html lang='{lang}'><body><nav><a href='/'>Accueil</a></nav><main>{before_title}"
            f"<h1>Une délégation de maires reçue</h1>{after_title}<p>La ville a accueilli une délégation de maires "
            "européens venus parler de climat et de logement.</p></main></body></html>")


@pytest.mark.parametrize("line, lang", [
    ("12 March 2025 | Press release", "en"), ("12 mars 2025 · Actualité", "fr"),
    ("12.03.2025 | Pressemitteilung", "de"),
])
def test_a_kind_label_after_the_date_makes_a_dated_news_page(line, lang):
    page = extracted(_article(f"<p>{line}</p>", "", lang), _ARTICLE_URL)
    assert page.page["page_date"] == "2025-03-12"
    assert [row["published"] for row in own_rows(page, _ARTICLE_URL)] == ["2025-03-12"]


@pytest.mark.parametrize("date_html", [
    '<div class="date"><span>12</span><span>mars</span><span>2025</span></div>',
    '<p><b>12</b><i>mars</i><b>2025</b></p>',
])
def test_a_date_in_parts_by_the_title_is_the_articles(date_html):
    page = extracted(_article("<p>Actualité</p>", date_html), _ARTICLE_URL)
    assert page.page["page_date"] == "2025-03-12"
    assert [row["published"] for row in own_rows(page, _ARTICLE_URL)] == ["2025-03-12"]


@pytest.mark.parametrize("line, lang", [
    ("Graz, 28. Februar 2025", "de"),  # a dateline: the place, then the day
    ("Bilbao, 28 de febrero de 2025", "es"),
])
def test_a_dateline_under_the_title_dates_the_article(line, lang):
    url = "https://www.stadt.example/cms/beitrag/10412277/Forum.html"
    html = other_site(f'<p class="rubrik">Meldung</p><h1>Das Forum kommt in die Stadt</h1><p class="datum">{line}</p>'
                      f"<p>{TOPIC_BODY}</p>", lang=lang)
    extraction = extracted(html, url)
    (row,) = own_rows(extraction, url)
    assert (row["published"], extraction.page["page_date"]) == ("2025-02-28", "2025-02-28")


def test_a_date_beside_a_section_name_in_the_line_above_the_title():
    url = "https://www.ciudad.example/cs/Satellite?c=Noticia&cid=1279238127744"
    html = other_site('<div class="noticia__cabecera"><span class="fecha">10/03/2025</span> '
                      '<span class="area">Alcaldía · Relaciones Internacionales</span></div>'
                      "<h1>La ciudad acogerá el consejo mundial</h1>"
                      f"<p>{TOPIC_BODY}</p>", head='<meta property="og:type" content="article">', lang="es")
    extraction = extracted(html, url)
    (row,) = own_rows(extraction, url)
    assert (row["published"], extraction.page["page_date"]) == ("2025-03-10", "2025-03-10")


def test_a_box_beside_the_text_is_an_aside_a_complementary_role_or_a_side_class():
    box = ('<ul><li><a href="/actu/{0}">Rencontre du réseau numéro {0}</a> '
           '<time datetime="2024-03-1{0}">1{0} mars 2024</time></li></ul>')
    page = parse_document(
        f"<html><body><h1>Réseaux</h1><p>Texte.</p><aside>{box.format(1)}</aside>"
        f"<div role='complementary'>{box.format(2)}</div><div class='colonna-laterale'>{box.format(3)}</div>"
        f"<div class='related-news'>{box.format(4)}</div><div class='content'>{box.format(5)}</div></body></html>")
    assert [teaser.url for teaser in sidebar_teasers(sidebar_boxes(page), "https://ville.example/reseaux")] == [
        f"https://ville.example/actu/{number}" for number in (1, 2, 3, 4)]


def test_a_side_class_is_a_word_of_the_class_each_box_found_once_in_the_pages_order():
    page = parse_document(
        "<html><body><h1>Réseaux</h1>"
        "<div id='a' class='box\tsidebar-first'>a</div>"  # any whitespace parts the words
        "<div id='b' class='col_lateral'>b</div>"  # an underscore parts "lateral" from "col"
        "<div id='c' class='col_sidebar'>c</div>"  # not for "sidebar": no word starts with it
        "<div id='d' class='unrelated'>d</div>"  # nor "related" inside a word
        "<aside id='e' role='complementary' class='sidebar related'>e</aside>"  # three marks, one box
        "<div id='f' class='right-column'>f</div>"  # a side column named by its side
        "<div id='g' class='Sidebar'>g</div>"  # the words are lower case
        "</body></html>")
    assert [box.get("id") for box in sidebar_boxes(page)] == ["a", "b", "e", "f"]


@pytest.mark.parametrize("line", ["Actualités", "Press release", "Communiqué de presse", "Pressemitteilung",
                                  "Communiqué de presse – 12 mars 2024", "Actualités du réseau CGLU", "12 mars 2024",
                                  " Actualité", "Le réseau"])
def test_a_line_is_only_a_kind_label_exactly_when_its_kind_label_is_the_whole_line(line):
    assert is_only_a_kind_label(line) == (kind_label(line) == line)
