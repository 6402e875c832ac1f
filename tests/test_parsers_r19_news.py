"""News items and their event days as a careful reader takes them: the day a city's membership took effect ("Dal 3
novembre 2025 Sassari fa ufficialmente parte della Rete", "The City became a signatory on March 16") or the day its
council voted the joining ("Après le vote du conseil municipal du 25 septembre") dates the membership, not an event
the item reports; a meeting or a ceremony held on its own day stays the item's event. An undated card in a band of
links to further pages ("Learn more", "En savoir plus", a "related" box) is a topic page of the site, no news item."""

from datetime import UTC, date, datetime

import pytest
from helpers.extracted import event_span_of, values_of

from scraper.parsers.extract import extract_page


@pytest.mark.parametrize("text", [
    "Dal 3 novembre 2025 Sassari fa ufficialmente parte della Rete Italiana Città Sane.",
    "Depuis le 3 novembre 2025, Pau fait désormais partie du Réseau francophone des villes amies des aînés.",
    "Desde el 3 de noviembre de 2025, Mendoza forma oficialmente parte de la Red de Ciudades Saludables.",
    "Since 3 November 2025 the city is officially a member of the Healthy Cities network.",
    "Seit dem 3. November 2025 ist die Stadt offiziell Mitglied im Gesunde-Städte-Netzwerk.",
])
def test_the_day_since_which_the_city_belongs_with_an_adverb_in_the_verb_is_no_event(text):
    assert event_span_of(text, date(2025, 11, 4)) is None


@pytest.mark.parametrize("text, expected", [
    ("Dal 3 novembre 2025 fa ufficialmente parte della Rete. Il 20 novembre la città ospiterà l'incontro nazionale.",
     ("2025-11-20", "2025-11-20")),
    ("Depuis le 3 novembre, Pau fait désormais partie du réseau. Le 5 novembre, la ville a accueilli la rencontre "
     "régionale.", ("2025-11-05", "2025-11-05")),
])
def test_a_meeting_of_its_own_day_beside_the_membership_stays_the_event(text, expected):
    assert event_span_of(text, date(2025, 11, 6)) == expected


@pytest.mark.parametrize("text", [
    "Après le vote du conseil municipal du 25 septembre, Pau est officiellement membre du réseau depuis le 1er "
    "octobre.",
    "Following the City Council's vote on 25 September, the city is a member of the network as of 1 October.",
    "Nach der Abstimmung im Gemeinderat am 25. September ist die Stadt seit dem 1. Oktober Mitglied des Netzwerks.",
    "Tras la votación del Pleno del 25 de septiembre, la ciudad es miembro de la red desde el 1 de octubre.",
    "Dopo la votazione del consiglio comunale del 25 settembre, la città è membro della rete dal 1° ottobre.",
])
def test_the_day_a_council_voted_the_joining_is_no_event(text):
    assert event_span_of(text, date(2025, 10, 14)) is None


@pytest.mark.parametrize("text, expected", [
    # a vote held by the citizens, or a network's assembly, names no city council: its day is the event
    ("Les habitants ont voté le 25 septembre pour le budget participatif.", ("2025-09-25", "2025-09-25")),
    ("The network's general assembly held its vote on 25 September in Lisbon.", ("2025-09-25", "2025-09-25")),
])
def test_a_vote_that_is_no_councils_decision_stays_the_event(text, expected):
    assert event_span_of(text, date(2025, 10, 14)) == expected


@pytest.mark.parametrize("text", [
    "The City of Victoria has joined the Global Covenant of Mayors. The City became a signatory on March 16, 2026.",
    "La Ville a rejoint la Convention des maires. Pau est devenue signataire le 16 mars 2026.",
    "Die Stadt ist dem Konvent beigetreten. Sie ist am 16. März 2026 offiziell Mitglied geworden.",
    "La ciudad se adhiere al Pacto de los Alcaldes. Se convirtió en firmante el 16 de marzo de 2026.",
    "Il Comune aderisce al Patto dei Sindaci. È diventato firmatario il 16 marzo 2026.",
])
def test_the_day_the_city_became_a_member_or_a_signatory_is_no_event(text):
    assert event_span_of(text, date(2026, 3, 18)) is None


@pytest.mark.parametrize("text, expected", [
    # a ceremony or a meeting of its own day stays the event, a membership's word beside it or not
    ("The City became a signatory at a ceremony held on March 16, 2026.", ("2026-03-16", "2026-03-16")),
    ("La ville, devenue membre en 2019, a accueilli la rencontre du réseau le 16 mars.", ("2026-03-16", "2026-03-16")),
    ("Members of the network met in Lyon on 16 March to become signatories of the charter.",
     ("2026-03-16", "2026-03-16")),
])
def test_a_ceremony_or_meeting_that_day_stays_the_event(text, expected):
    assert event_span_of(text, date(2026, 3, 18)) == expected


@pytest.mark.parametrize("text", [
    "The City has joined the Covenant, following Council's endorsement of the commitment at its March 12 meeting.",
    "The commitment was approved by Council on March 12.",
    "Le conseil municipal a approuvé l'adhésion lors de sa séance du 12 mars.",
    "Der Gemeinderat hat den Beitritt in seiner Sitzung am 12. März beschlossen.",
    "La Giunta ha approvato la delibera di adesione il 12 marzo.",
])
def test_the_day_the_citys_council_decided_is_no_event(text):
    assert event_span_of(text, date(2026, 3, 18)) is None


@pytest.mark.parametrize("text", [
    "The UCLG World Council adopted the Pact for the Future on March 12 in Rabat.",
    "The mayor spoke before the Council of Europe's Congress on March 12.",
])
def test_a_networks_council_meeting_stays_the_event(text):
    assert event_span_of(text, date(2026, 3, 18)) == ("2026-03-12", "2026-03-12")


_FETCHED = datetime(2026, 3, 20, 8, 0, tzinfo=UTC)


def _card(title: str, summary: str, link: str, markup: str) -> str:
    """An undated card: its title's link within the site and a sentence under it."""
    if markup == "li":
        return f"<li class='teaser'><a href='{link}'>{title}</a><p>{summary}</p></li>"
    return f"<div class='card'><h3><a href='{link}'>{title}</a></h3><p>{summary}</p></div>"


def _article_with_band(lang: str, band: str) -> bytes:
    return (f"<html lang='{lang}'><head><title>Item</title></head><body><main><article>"
            "<h1>The city joins a network</h1>"
            "<p class='date'>18.03.2026</p><p>The city has joined the network of cities working on climate action, "
            f"the council said today in a statement to the press.</p>{band}</article></main></body></html>").encode()


def _news_titles(page: bytes) -> list[str]:
    return [item["title"] for item in extract_page(page, "https://www.city.example/news/joins", _FETCHED).news
            if item["url"] != "https://www.city.example/news/joins"]


_TOPIC_CARDS = {
    "en": [("Climate Leadership Plan", "The City's roadmap to cut community emissions.", "/climate/plan"),
           ("Home energy rebates", "Top-ups for heat pumps and energy retrofits.", "/climate/rebates")],
    "fr": [("Plan climat", "La feuille de route de la Ville pour réduire ses émissions.", "/environnement/plan-climat"),
           ("Aides à la rénovation", "Les primes pour isoler son logement.", "/environnement/aides")],
    "de": [("Klimaschutzkonzept", "Der Fahrplan der Stadt zur Senkung der Emissionen.", "/umwelt/klimaschutz"),
           ("Förderprogramme", "Zuschüsse für Wärmepumpen und Sanierungen.", "/umwelt/foerderung")],
    "es": [("Plan de acción climática", "La hoja de ruta municipal para reducir emisiones.", "/medio-ambiente/plan"),
           ("Ayudas a la rehabilitación", "Subvenciones para mejorar la eficiencia.", "/medio-ambiente/ayudas")],
    "it": [("Piano clima", "La strategia del Comune per ridurre le emissioni.", "/ambiente/piano-clima"),
           ("Contributi per l'efficienza", "Incentivi per pompe di calore e cappotti.", "/ambiente/contributi")],
}


@pytest.mark.parametrize("lang, band", [
    ("en", "<section><h2>Learn more</h2><div class='card-grid'>{cards}</div></section>"),
    ("fr", "<div><h2>En savoir plus</h2><div class='cards'>{cards}</div></div>"),
    ("de", "<section><h3>Mehr zum Thema</h3><ul>{items}</ul></section>"),
    ("es", "<div><h2>Más información</h2>{cards}</div>"),
    ("it", "<section><h2>Per saperne di più</h2><ul>{items}</ul></section>"),
    ("en", "<aside>{cards}</aside>"),
    ("fr", "<div class='related-pages'>{cards}</div>"),
])
def test_undated_cards_in_a_band_of_further_pages_are_no_news_items(lang, band):
    cards = "".join(_card(*card, markup="div") for card in _TOPIC_CARDS[lang])
    items = "".join(_card(*card, markup="li") for card in _TOPIC_CARDS[lang])
    assert _news_titles(_article_with_band(lang, band.format(cards=cards, items=items))) == []


@pytest.mark.parametrize("band", [
    # dated cards in the band are news items
    "<section><h2>Learn more</h2><div class='card-grid'>"
    "<div class='card'><h3><a href='/news/forum'>The city hosts the climate forum</a></h3><p>12 March 2026</p>"
    "<p>Forty mayors met at City Hall.</p></div></div></section>",
    # dated cards of a news list under its own heading
    "<section><h2>Latest news</h2><div class='card-grid'>"
    "<div class='card'><h3><a href='/news/forum'>The city hosts the climate forum</a></h3><p>12 March 2026</p>"
    "<p>Forty mayors met at City Hall.</p></div></div></section>",
])
def test_news_cards_beside_it_stay_news_items(band):
    assert _news_titles(_article_with_band("en", band)) == ["The city hosts the climate forum"]


def test_undated_cards_of_a_news_list_beside_it_are_no_items():
    """Beside a news page's text, the corpus counts only the teasers that show their date."""
    band = ("<section><h2>Latest news</h2><div class='card-grid'>"
            "<div class='card'><h3><a href='/news/forum'>The city hosts the climate forum</a></h3>"
            "<p>Forty mayors met at City Hall.</p></div></div></section>")
    assert _news_titles(_article_with_band("en", band)) == []


def _filed_item(lang: str, banner: str, url_path: str, types: list[str]) -> bytes:
    """An item whose only <h1> is its section's banner, its own title only in the <title>, its text in an
    <article> under a date line."""
    ld = "".join(f'<script type="application/ld+json">{{"@context": "https://schema.org", "@type": "{kind}"}}</script>'
                 for kind in types)
    return (f"<html lang='{lang}'><head><title>Douala hosts the network's Bureau | City</title>{ld}</head><body>"
            f"<div class='page-banner'><h1>{banner}</h1></div><main><article><div class='entry-meta'>"
            "<time datetime='2025-03-14'>14.03.2025</time></div><div class='entry-content'>"
            "<p>On 12 and 13 March 2025, City Hall hosted the meeting of the network's Bureau, with forty mayors from "
            "Europe, Africa and Asia.</p><p>The talks covered the funding of basic urban services and a new programme "
            "for coastal cities facing climate change.</p></div></article></main></body></html>").encode()


@pytest.mark.parametrize("lang, banner, url_path", [
    ("fr", "Actualités", "/actualites/bureau-du-reseau/"),
    ("en", "News", "/news/network-bureau"),
    ("de", "Aktuelles", "/aktuelles/netzwerk-vorstand"),
    ("es", "Noticias", "/noticias/buro-de-la-red"),
    ("it", "Notizie", "/notizie/ufficio-della-rete"),
])
def test_a_sections_banner_over_one_declared_item_leaves_it_a_news_item(lang, banner, url_path):
    url = f"https://www.city.example{url_path}"
    extraction = extract_page(_filed_item(lang, banner, url_path, ["NewsArticle"]), url, _FETCHED)
    own = [item for item in extraction.news if item["url"] == url]
    assert [(item["event_start"], item["event_end"]) for item in own] == [("2025-03-12", "2025-03-13")]


@pytest.mark.parametrize("url_path, types", [
    ("/actualites/", ["NewsArticle"]),  # the section's own address
    ("/actualites/bureau-du-reseau/", []),  # no item declared
    ("/actualites/page/2", ["NewsArticle", "NewsArticle"]),  # several items declared: a list
])
def test_a_list_title_without_one_declared_item_at_an_items_address_stays_a_list(url_path, types):
    url = f"https://www.city.example{url_path}"
    extraction = extract_page(_filed_item("fr", "Actualités", url_path, types), url, _FETCHED)
    assert [item for item in extraction.news if item["url"] == url] == []


@pytest.mark.parametrize("lang, body, expected", [
    ("it", "Dal 3 novembre 2025 Sassari fa ufficialmente parte della Rete Italiana Città Sane – OMS.",
     ("rete-italiana-citta-sane-oms", "2025-11-03")),
    ("fr", "Depuis le 3 novembre 2025, Pau fait désormais partie du Réseau francophone des villes amies des aînés.",
     ("rfvaa", "2025-11-03")),
    ("es", "Desde el 3 de noviembre de 2025, Mendoza forma oficialmente parte de la Red de Ciudades Saludables.",
     ("who-healthy-cities", "2025-11-03")),
    ("it", "Dal 2019 il Comune fa ormai parte della Rete Italiana Città Sane – OMS.",
     ("rete-italiana-citta-sane-oms", "2019")),
])
def test_a_membership_with_an_adverb_inside_its_verb_dates_the_joining(lang, body, expected):
    assert values_of("joined", f"<p>{body}</p>", lang) == {expected}


def _release(lang: str, label: str) -> bytes:
    """A release whose <h1> stands above its <article>, its kind and date in a line of the article."""
    return (f"<html lang='{lang}'><head><title>The city hosts the Board | City</title></head><body><main>"
            "<h1 class='page-header'>The city hosts the Board</h1><article><div class='news-meta'>"
            f"<span class='news-type'>{label}</span> <span class='news-date'>6.5.2025</span></div>"
            "<p>The city will host the network's Board of Directors on 20 and 21 May 2025, with members from across "
            "the country.</p><p>The meeting will take place at City Hall and is open to the press.</p></article>"
            "</main></body></html>").encode()


@pytest.mark.parametrize("lang, label, url_path", [
    ("en", "News Release", "/news-releases/2025/05/city-host-board"),
    ("en", "Media Release", "/about-council/media-releases/city-host-board"),
    ("fr", "Communiqué", "/communiques-de-presse/la-ville-accueille-le-bureau"),
    ("es", "Comunicado", "/comunicados/la-ciudad-acoge-la-junta"),
    ("it", "Comunicato", "/comunicati-stampa/la-citta-ospita-il-consiglio"),
    ("de", "Medienmitteilung", "/medienmitteilungen/die-stadt-empfaengt-den-vorstand"),
])
def test_a_page_in_a_folder_of_releases_is_a_news_item(lang, label, url_path):
    url = f"https://www.city.example{url_path}"
    extraction = extract_page(_release(lang, label), url, _FETCHED)
    assert [(item["url"], item["event_start"]) for item in extraction.news] == [(url, "2025-05-20")]


def test_the_folder_of_releases_itself_is_no_item():
    url = "https://www.city.example/news-releases/"
    extraction = extract_page(_release("en", "News Release"), url, _FETCHED)
    assert [item for item in extraction.news if item["url"] == url] == []
