"""News items as a careful reader takes them: a link in an article's meta line to a topic's folder (its category, its
tags: "/category/cooperation/") lists items, it is none; the day a membership began ("a member from 16 September"),
or the day the city signed its letter of commitment or was handed a network's certificate, is no event the item reports,
unless its clause names a ceremony or a meeting held that day."""

from datetime import UTC, date, datetime

import pytest

from scraper.parsers.dates import PartialDate
from scraper.parsers.events import find_event_span
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


@pytest.mark.parametrize("lang, href", [
    ("de", "/aktuelles/kategorie/international/detail/eurocities-forum-im-rathaus"),
    ("en", "/category/news/2026/03/eurocities-forum-at-the-city-hall"),
    ("it", "/categoria/notizie/dettaglio/forum-eurocities-in-municipio"),
])
def test_an_item_filed_deeper_under_a_topics_folder_stays_an_item(lang, href):
    html = (f'<html lang="{lang}"><head><title>News</title></head><body><main><h1>News</h1><ul>'
            f'<li><a href="{href}">Eurocities Forum</a> <span class="date">12.03.2026</span></li>'
            f'<li><a href="{href}-2">Delegation aus Pula</a> <span class="date">02.03.2026</span></li>'
            "</ul></main></body></html>").encode()
    news = extract_page(html, f"{_SITE}/news/", _FETCHED).news
    assert [item["url"] for item in news] == [f"{_SITE}{href}", f"{_SITE}{href}-2"]


_PUBLISHED = PartialDate(2026, 9, 17)
_BASE = date(2026, 9, 17)


@pytest.mark.parametrize("text", [
    # the day a membership began
    "Council endorsed the commitment, and the Lord Mayor signed the letter the following day, making Hobart a member "
    "from 16 September 2026.",
    "La Ville est membre de l'Association internationale des maires francophones à compter du 1er septembre 2026.",
    "Die Stadt ist damit Mitglied des Klima-Bündnis ab dem 1. September 2026.",
    "La ciudad es miembro de pleno derecho de la red desde el 1 de septiembre de 2026.",
    "Il Comune è firmatario del Patto dei Sindaci a partire dal 1 settembre 2026.",
    # the day the city signed its letter of commitment
    "The Lord Mayor signed the letter of commitment on 16 September 2026.",
    "La lettre d'engagement a été signée par le maire le 16 septembre 2026.",
    "Die Oberbürgermeisterin hat die Verpflichtungserklärung am 16. September 2026 unterzeichnet.",
    "La alcaldesa firmó la carta de compromiso el 16 de septiembre de 2026.",
    "Il sindaco ha firmato la lettera di impegno il 16 settembre 2026.",
    # the day the network's certificate was handed over
    "La certificazione è stata consegnata il 16 settembre 2026 nella sala consiliare di Palazzo Bovara.",
    "La certification a été remise le 16 septembre 2026 à l'hôtel de ville.",
])
def test_the_day_a_membership_or_a_signing_began_is_no_event(text):
    assert find_event_span(text, _BASE, _PUBLISHED) is None


@pytest.mark.parametrize("text, expected", [
    # a ceremony or a meeting held on the day of the signing is the event
    ("The mayors signed the declaration at a ceremony on 16 September 2026.", date(2026, 9, 16)),
    ("La charte a été signée le 16 septembre 2026 lors du sommet des maires à Paris.", date(2026, 9, 16)),
    ("Die Erklärung wurde beim Festakt am 16. September 2026 unterzeichnet.", date(2026, 9, 16)),
    ("El acuerdo se firmó el 16 de septiembre de 2026 durante la asamblea de la red.", date(2026, 9, 16)),
    ("Il protocollo è stato firmato il 16 settembre 2026 durante la cerimonia in Campidoglio.", date(2026, 9, 16)),
    # a declaration or a charter signed on a day: the item's event
    ("La « Déclaration de Paris » signée à l'Hôtel de Ville le 16 septembre 2026.", date(2026, 9, 16)),
    ("On 16 September 2026 the city signed the charter.", date(2026, 9, 16)),
    ("Am 16. September 2026 unterzeichnete die Stadt die Charta.", date(2026, 9, 16)),
    # the members of a network gathering for a meeting from a day
    ("Les membres du réseau se retrouvent pour leur assemblée à partir du 20 octobre 2026.", date(2026, 10, 20)),
    # a member of the network named beside a meeting with a day of its own
    ("Members from 40 cities will meet in Hobart on 20 October 2026 for the network's forum.", date(2026, 10, 20)),
    # the signing's day beside the meeting the item announces: the meeting's
    ("The Lord Mayor signed the letter of commitment on 16 September 2026. The network's Oceania forum will be held "
     "in Hobart on 20 October 2026.", date(2026, 10, 20)),
])
def test_a_ceremony_or_a_meeting_with_its_own_day_stays_the_event(text, expected):
    day = PartialDate(expected.year, expected.month, expected.day)
    assert find_event_span(text, _BASE, _PUBLISHED) == (day, day)
