"""News items a page holds, as the corpus README counts them: a press release also holds the dated teasers of other
items it shows beside or after its text ("Latest media releases", "À lire aussi", "Weitere Pressemitteilungen",
"Otras notas", "Altre notizie"), a list page every dated entry of its list and of its side box; an undated link, a
section's name and an agenda's unlinked dated entry are no item. And a release's event: the day a network accepted
the city's application dates its joining, not an event the release reports."""

from datetime import UTC, date, datetime

import pytest
from helpers.extracted import other_news_items

from scraper.parsers.dates import PartialDate
from scraper.parsers.events import find_event_span
from scraper.parsers.extract import extract_page

_FETCHED = datetime(2025, 11, 10, 9, 0, tzinfo=UTC)
_SITE = "https://www.ville.example"


def _release(lang: str, title: str, dateline: str, body: str, beside: str = "", after: str = "") -> bytes:
    """A city's press release: its title and dateline in an <article>, `after` below the article in <main>, `beside`
    after <main> (an aside or a side column)."""
    return (f"<html lang='{lang}'><head><title>{title}</title></head><body><header><nav><a href='/'>Home</a></nav>"
            f"</header><div class='row'><main><article><h1>{title}</h1><p class='date'>{dateline}</p>{body}</article>"
            f"{after}</main>{beside}</div><footer><p>City Hall</p></footer></body></html>").encode()


def _list_page(lang: str, title: str, entries: str, beside: str = "") -> bytes:
    """A city's news list: its entries in <main>, `beside` after it."""
    return (f"<html lang='{lang}'><head><title>{title}</title></head><body><header><nav><a href='/'>Home</a></nav>"
            f"</header><div class='row'><main><h1>{title}</h1>{entries}</main>{beside}</div><footer><p>City Hall</p>"
            "</footer></body></html>").encode()


def _dated_links(heading: str, entries: list[tuple[str, str, str]], tag: str = "aside", attributes: str = "") -> str:
    """A box of links, each followed by its date as shown: (path, title, date)."""
    items = "".join(f"<li><a href='{path}'>{title}</a> <span class='date'>{shown}</span></li>"
                    for path, title, shown in entries)
    return f"<{tag}{attributes}><h2>{heading}</h2><ul>{items}</ul></{tag}>"


def _cards(entries: list[tuple[str, str, str]]) -> str:
    """News cards: a <time>, a heading linking to the item, a summary."""
    return "".join(f"<article class='news-card'><time datetime='{iso}'>{iso}</time><h3><a href='{path}'>{title}</a>"
                   f"</h3><p>Lorem ipsum.</p></article>" for path, title, iso in entries)


def _undated_links(heading: str, entries: list[tuple[str, str]], tag: str = "aside") -> str:
    items = "".join(f"<li><a href='{path}'>{title}</a></li>" for path, title in entries)
    return f"<{tag}><h2>{heading}</h2><ul>{items}</ul></{tag}>"


def _agenda(heading: str, entries: list[tuple[str, str]]) -> str:
    """An agenda block: dated entries that link nowhere."""
    items = "".join(f"<li><span class='date'>{shown}</span> {what}</li>" for shown, what in entries)
    return f"<aside class='sidebar'><div class='block'><h2>{heading}</h2><ul>{items}</ul></div></aside>"


_BODY = {
    "fr": "<p>La ville a accueilli le bureau du réseau. Les maires ont adopté une déclaration commune.</p>",
    "en": "<p>The city hosted the network's board. Mayors adopted a joint declaration.</p>",
    "de": "<p>Die Stadt war Gastgeberin des Vorstands. Die Bürgermeister verabschiedeten eine Erklärung.</p>",
    "es": "<p>La ciudad acogió la junta de la red. Los alcaldes aprobaron una declaración conjunta.</p>",
    "it": "<p>La città ha ospitato il consiglio della rete. I sindaci hanno adottato una dichiarazione comune.</p>",
}

# (name, page url, page, the (path, published) of every item the page holds besides itself)
PAGES = [
    ("fr release, aside 'À lire aussi' with dates", "/actualites/bureau-du-reseau",
     _release("fr", "Le bureau du réseau réuni à la mairie", "Publié le 14 février 2025", _BODY["fr"],
              beside=_dated_links("À lire aussi", [("/actualites/carnaval", "Le carnaval revient", "12/02/2025"),
                                                   ("/actualites/travaux", "Travaux rue Nationale", "10/02/2025")])),
     {("/actualites/carnaval", "2025-02-12"), ("/actualites/travaux", "2025-02-10")}),
    ("en release, complementary box 'Latest media releases'", "/media-releases/board-meeting",
     _release("en", "City hosts the network board", "Published 7 October 2025", _BODY["en"],
              beside=_dated_links("Latest media releases",
                                  [("/media-releases/verge-collection", "Verge collection dates announced",
                                    "03 Oct 2025"),
                                   ("/media-releases/blue-mile", "Blue Mile stage three opens", "29 Sep 2025")],
                                  tag="div", attributes=" role='complementary'")),
     {("/media-releases/verge-collection", "2025-10-03"), ("/media-releases/blue-mile", "2025-09-29")}),
    ("de release, side column 'Weitere Pressemitteilungen'", "/presse/vorstand",
     _release("de", "Vorstand des Netzwerks tagt im Rathaus", "Veröffentlicht am 14.02.2025", _BODY["de"],
              beside=_dated_links("Weitere Pressemitteilungen",
                                  [("/presse/sperrung", "Sperrung der Hauptstraße", "12.02.2025"),
                                   ("/presse/kita", "Kita-Schließzeiten", "06.02.2025")],
                                  tag="div", attributes=" class='col-md-4 sidebar'")),
     {("/presse/sperrung", "2025-02-12"), ("/presse/kita", "2025-02-06")}),
    ("es release, aside 'Otras notas'", "/sala-de-prensa/junta-de-la-red",
     _release("es", "La ciudad acoge la junta de la red", "14 de febrero de 2025", _BODY["es"],
              beside=_dated_links("Otras notas", [("/sala-de-prensa/carnaval", "El Carnaval llenará la ciudad",
                                                   "12 de febrero de 2025"),
                                                  ("/sala-de-prensa/obras", "Empiezan las obras de la Rambla",
                                                   "10 de febrero de 2025")])),
     {("/sala-de-prensa/carnaval", "2025-02-12"), ("/sala-de-prensa/obras", "2025-02-10")}),
    ("it release, related box 'Altre notizie'", "/notizie/consiglio-della-rete",
     _release("it", "La città ospita il consiglio della rete", "Pubblicato il 14 febbraio 2025", _BODY["it"],
              beside=_dated_links("Altre notizie", [("/notizie/carnevale", "Torna il Carnevale", "12/02/2025"),
                                                    ("/notizie/lavori", "Lavori in corso Garibaldi", "10/02/2025")],
                                  tag="div", attributes=" class='related-news'")),
     {("/notizie/carnevale", "2025-02-12"), ("/notizie/lavori", "2025-02-10")}),
    ("en release, 'More news' cards after the article in <main>", "/news/board-meeting",
     _release("en", "City hosts the network board", "Published 7 October 2025", _BODY["en"],
              after="<section class='more-news'><h2>More news</h2>" + _cards(
                  [("/news/library", "New library opens", "2025-10-02"),
                   ("/news/budget", "Budget consultation begins", "2025-09-30")]) + "</section>"),
     {("/news/library", "2025-10-02"), ("/news/budget", "2025-09-30")}),
    ("de release, 'Aktuelle Meldungen' cards after the article", "/aktuelles/vorstand",
     _release("de", "Vorstand des Netzwerks tagt im Rathaus", "14.02.2025", _BODY["de"],
              after="<div class='news-latest'><h2>Aktuelle Meldungen</h2>" + _cards(
                  [("/aktuelles/radeln", "Stadtradeln: Bilanz", "2025-02-11"),
                   ("/aktuelles/wiesen", "Neue Blühwiesen", "2025-02-05")]) + "</div>"),
     {("/aktuelles/radeln", "2025-02-11"), ("/aktuelles/wiesen", "2025-02-05")}),
    ("fr release, 'Dernières actualités' cards in an aside", "/actualites/assemblee",
     _release("fr", "Assemblée générale du réseau", "Publié le 14 février 2025", _BODY["fr"],
              beside="<aside><h2>Dernières actualités</h2>" + _cards(
                  [("/actualites/piscine", "La piscine rouvre", "2025-02-13")]) + "</aside>"),
     {("/actualites/piscine", "2025-02-13")}),
    ("es release, 'Últimas noticias' in a side column", "/noticias/asamblea",
     _release("es", "Asamblea de la red en la ciudad", "Publicado el 14/02/2025", _BODY["es"],
              beside=_dated_links("Últimas noticias", [("/noticias/feria", "Abre la feria del libro", "13/02/2025"),
                                                       ("/noticias/bus", "Nueva línea de autobús", "11/02/2025")],
                                  tag="div", attributes=" class='columna-lateral'")),
     {("/noticias/feria", "2025-02-13"), ("/noticias/bus", "2025-02-11")}),
    ("it release, aside 'Ultime notizie'", "/comunicati/assemblea",
     _release("it", "Assemblea della rete in città", "14/02/2025", _BODY["it"],
              beside=_dated_links("Ultime notizie", [("/comunicati/mercato", "Riapre il mercato coperto",
                                                      "13 febbraio 2025")])),
     {("/comunicati/mercato", "2025-02-13")}),
    # Undated links beside a release: topic pages or items without a date, none an item.
    ("en release, undated 'Related news'", "/news/network-board",
     _release("en", "City hosts the network board", "Published 7 October 2025", _BODY["en"],
              beside=_undated_links("Related news", [("/news/ev-charging", "EV charging network expands"),
                                                     ("/news/rebates", "New home energy rebates")])),
     set()),
    ("fr release, undated 'À lire aussi'", "/actualites/rencontres",
     _release("fr", "Rencontres du réseau", "Publié le 14 février 2025", _BODY["fr"],
              beside=_undated_links("À lire aussi", [("/actualites/patrimoine", "Journées du patrimoine"),
                                                     ("/actualites/noel", "Marchés de Noël : ce qui change")])),
     set()),
    ("de release, undated 'Verwandte Meldungen' and a press service box", "/presse/vielfalt",
     _release("de", "Stadt tritt Bündnis bei", "Veröffentlicht am 14.02.2025", _BODY["de"],
              beside=_undated_links("Verwandte Meldungen", [("/presse/radeln", "Stadtradeln 2025")])
              + _undated_links("Presse-Service", [("/presse/fotos", "Pressefotos")])),
     set()),
    # An agenda beside a release: dated entries that link nowhere, no item.
    ("fr release, agenda block beside", "/actualites/bureau-politique",
     _release("fr", "Bureau politique du réseau", "Publié le 14 février 2025", _BODY["fr"],
              beside=_agenda("Agenda", [("12-13 mars 2025", "Bureau politique"),
                                        ("5 avril 2025", "Journée propreté")])),
     set()),
    ("es release, agenda block beside", "/noticias/foro",
     _release("es", "Foro de la red en la ciudad", "Publicado el 14/02/2025", _BODY["es"],
              beside=_agenda("Agenda", [("5 de marzo de 2025", "Pleno municipal"),
                                        ("12 de marzo de 2025", "Feria de empleo")])),
     set()),
    # List pages: every dated entry of the list and of the side box stays.
    ("fr list page with a side box", "/actualites",
     _list_page("fr", "Actualités", _cards([("/actualites/a", "Le bureau du réseau à la mairie", "2025-02-14"),
                                            ("/actualites/b", "Le carnaval revient", "2025-02-12"),
                                            ("/actualites/c", "Travaux rue Nationale", "2025-02-10")]),
                beside=_dated_links("Les plus lues", [("/actualites/d", "Nouveau marché couvert", "01/02/2025")])),
     {("/actualites/a", "2025-02-14"), ("/actualites/b", "2025-02-12"), ("/actualites/c", "2025-02-10"),
      ("/actualites/d", "2025-02-01")}),
    ("en list page", "/media-releases",
     _list_page("en", "Media releases", _cards([("/media-releases/a", "City joins age-friendly network",
                                                 "2025-10-07"),
                                                ("/media-releases/b", "Verge collection dates announced",
                                                 "2025-10-03")])),
     {("/media-releases/a", "2025-10-07"), ("/media-releases/b", "2025-10-03")}),
    ("de list page", "/presse",
     _list_page("de", "Pressemitteilungen", _cards([("/presse/a", "Vorstand tagt im Rathaus", "2025-02-14"),
                                                    ("/presse/b", "Sperrung der Hauptstraße", "2025-02-12"),
                                                    ("/presse/c", "Kita-Schließzeiten", "2025-02-06")])),
     {("/presse/a", "2025-02-14"), ("/presse/b", "2025-02-12"), ("/presse/c", "2025-02-06")}),
    ("es list page", "/sala-de-prensa",
     _list_page("es", "Notas de prensa", _cards([("/sala-de-prensa/a", "La ciudad acoge la junta", "2025-02-14"),
                                                 ("/sala-de-prensa/b", "Empiezan las obras", "2025-02-10")])),
     {("/sala-de-prensa/a", "2025-02-14"), ("/sala-de-prensa/b", "2025-02-10")}),
    ("it list page with a side box", "/notizie",
     _list_page("it", "Notizie", _cards([("/notizie/a", "La città ospita il consiglio", "2025-02-14"),
                                         ("/notizie/b", "Torna il Carnevale", "2025-02-12")]),
                beside=_dated_links("In evidenza", [("/notizie/c", "Riapre il mercato coperto", "13/02/2025")])),
     {("/notizie/a", "2025-02-14"), ("/notizie/b", "2025-02-12"), ("/notizie/c", "2025-02-13")}),
]


def _items_held(path: str, page: bytes) -> set[tuple[str, str | None]]:
    return other_news_items(page, _SITE, path, _FETCHED)


@pytest.mark.parametrize(("name", "path", "page", "expected"), PAGES, ids=[name for name, *_ in PAGES])
def test_a_page_holds_its_dated_teasers_and_no_undated_link(name, path, page, expected):
    assert _items_held(path, page) == expected


@pytest.mark.parametrize(("name", "path", "page", "expected"), [page for page in PAGES if "release" in page[0]],
                         ids=[name for name, *_ in PAGES if "release" in name])
def test_a_release_stays_a_news_item_beside_its_teasers(name, path, page, expected):
    url = _SITE + path
    assert url in {row["url"] for row in extract_page(page, url, _FETCHED).news}


# A network's acceptance of the city's application dates its joining: no event.
APPLICATIONS_ACCEPTED = [
    "Wollongong is now officially part of the Global Network for Age-friendly Cities and Communities, after the WHO "
    "accepted Council's application on 24 September 2025.",
    "The city's application was approved by the network on 24 September 2025, making it the third member in the "
    "state.",
    "La ville fait désormais partie du réseau mondial des villes amies des aînés : l'OMS a validé sa candidature le "
    "24 septembre 2025.",
    "Die Stadt gehört nun dem Netzwerk an: Die WHO hat den Aufnahmeantrag der Stadt am 24. September 2025 "
    "angenommen.",
    "La ciudad ya forma parte de la red mundial, después de que la OMS aprobara la solicitud del Ayuntamiento el 24 "
    "de septiembre de 2025.",
    "La città entra ufficialmente nella rete globale: l'OMS ha accolto la candidatura del Comune il 24 settembre "
    "2025.",
]


@pytest.mark.parametrize("sentence", APPLICATIONS_ACCEPTED)
def test_the_day_an_application_was_accepted_is_no_event(sentence):
    published = PartialDate(2025, 10, 7)
    assert find_event_span(f"The city joins the network. {sentence}", date(2025, 10, 7), published) is None


# The trap: a meeting held that day that accepted the application is the event; so is an event beside the acceptance.
EVENTS_BESIDE_AN_APPLICATION = [
    ("The general assembly accepted the city's application on 24 September 2025 in Lyon.", "2025-09-24"),
    ("L'assemblée générale du 24 septembre 2025 a validé la candidature de la ville.", "2025-09-24"),
    ("Die WHO hat den Antrag der Stadt angenommen. Die Urkunde wird beim Festakt am 3. Oktober 2025 überreicht.",
     "2025-10-03"),
    ("La OMS aprobó la solicitud del Ayuntamiento. El foro se celebró del 1 al 3 de octubre de 2025.", "2025-10-01"),
    ("Il Comune ha presentato la candidatura. Il convegno si è tenuto il 2 ottobre 2025.", "2025-10-02"),
]


@pytest.mark.parametrize(("sentence", "start"), EVENTS_BESIDE_AN_APPLICATION)
def test_a_meeting_beside_an_accepted_application_stays_the_event(sentence, start):
    span = find_event_span(sentence, date(2025, 10, 7), PartialDate(2025, 10, 7))
    assert span is not None and span[0].iso() == start
