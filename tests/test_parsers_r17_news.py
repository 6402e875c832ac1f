"""News items as a careful reader takes them: a link in an article's meta line to a topic's folder (its category, its
tags: "/category/cooperation/") lists items, it is none."""

from datetime import UTC, datetime

import pytest

from scraper.parsers.extract import extract_page

_FETCHED = datetime(2026, 11, 25, 7, 30, tzinfo=UTC)
_SITE = "https://www.ville.example"
_ARTICLE_URL = f"{_SITE}/2026/11/la-ville-accueille-le-reseau/"


def _article(lang: str, meta: str) -> bytes:
    return (f'<html lang="{lang}"><head><title>La ville accueille le réseau</title></head><body><main>'
            f'<article class="post type-post"><header class="entry-header">{meta}'
            '<h1 class="entry-title">La ville accueille le réseau</h1>'
            '<div class="entry-meta"><time class="published" datetime="2026-11-09">9.11.2026</time></div></header>'
            '<div class="entry-content"><p>La ville accueille les maires du réseau pour leur réunion annuelle, qui '
            "réunit des délégations venues de nombreux pays autour des projets communs.</p></div></article>"
            "</main><footer><p>© 2026 Ville</p></footer></body></html>").encode()


@pytest.mark.parametrize("lang, meta", [
    # WordPress's category line above the title: a kind's link and a topic's
    ("fr", '<div class="entry-meta"><span class="cat-links"><a href="/category/communiques/">Communiqués</a>, '
           '<a href="/category/cooperation/">Coopération</a></span></div>'),
    ("en", '<div class="entry-meta"><a href="/tag/climate/">Climate</a></div>'),
    ("de", '<p class="entry-meta">Rubrik: <a href="/kategorie/europa/">Europa und Internationales</a></p>'),
    ("es", '<div class="post-meta"><ul><li><a href="/categoria/internacional/">Internacional</a> '
           '— Redes de ciudades</li></ul></div>'),
    ("it", '<div class="entry-meta"><a href="/categorie/relazioni-internazionali/">Relazioni internazionali</a>'
           '</div>'),
    ("fr", '<div class="entry-meta"><a href="/taxonomy/term/12">Coopération décentralisée</a></div>'),
])
def test_a_link_to_a_topics_folder_in_an_articles_meta_line_is_no_news_item(lang, meta):
    news = extract_page(_article(lang, meta), _ARTICLE_URL, _FETCHED).news
    assert [(item["title"], item["url"]) for item in news] == [("La ville accueille le réseau", _ARTICLE_URL)]


@pytest.mark.parametrize("lang, items", [
    ("fr", ['<li class="news-item"><a href="/actualites/forum-aimf">Forum de l\'AIMF à Dakar</a> '
            '<span class="date">12/03/2026</span></li>',
            '<li class="news-item"><a href="/actualites/jumelage">Jumelage avec Liège</a> '
            '<span class="date">02/03/2026</span></li>']),
    ("en", ['<article class="card"><h3><a href="/news/c40-workshop">C40 workshop in the city</a></h3>'
            '<p class="date">12 March 2026</p></article>',
            '<article class="card"><h3><a href="/news/twinning">Twinning grants open</a></h3>'
            '<p class="date">2 March 2026</p></article>']),
    ("de", ['<li><a href="/aktuelles/eurocities-forum">Eurocities-Forum im Rathaus</a> 12.03.2026</li>',
            '<li><a href="/aktuelles/delegation">Delegation aus Pula</a> 02.03.2026</li>']),
    ("es", ['<tr><td>12/03/2026</td><td><a href="/noticias/cglu-consejo">Consejo Mundial de CGLU</a></td></tr>',
            '<tr><td>02/03/2026</td><td><a href="/noticias/fez">Visita de una delegación de Fez</a></td></tr>']),
    ("it", ['<li class="card"><a href="/notizie/anci-assemblea">Assemblea dell\'ANCI a Roma</a>'
            '<span class="data">12 marzo 2026</span></li>',
            '<li class="card"><a href="/notizie/gemellaggio">Gemellaggio con Corfù</a>'
            '<span class="data">2 marzo 2026</span></li>']),
])
def test_a_news_lists_items_beside_a_topics_link_stay_items(lang, items):
    wrapper = "table" if items[0].startswith("<tr") else "ul" if items[0].startswith("<li") else "div"
    html = (f'<html lang="{lang}"><head><title>News</title></head><body><main><h1>News</h1>'
            f'<p class="meta"><a href="/category/international/">International</a></p>'
            f"<{wrapper}>{''.join(items)}</{wrapper}></main></body></html>").encode()
    news = extract_page(html, f"{_SITE}/news/", _FETCHED).news
    assert sorted(item["published"] for item in news) == ["2026-03-02", "2026-03-12"]
