"""News items beside a news page's own text, by the corpus README's rule: a release holds the dated teasers of other
items it shows beside or after its text; an undated link there is a section, a topic, a place or a tag of the site
("Gemellaggi", "Giardini Diaz", "See also: Twinning"), no news item, however much its card shows. A list page keeps
every item of its list, dated or not."""

from datetime import UTC, datetime

import pytest
from helpers.extracted import other_news_items

from scraper.parsers.dates import PartialDate
from scraper.parsers.events import find_event_span
from scraper.parsers.extract import extract_page

_FETCHED = datetime(2025, 11, 10, 9, 0, tzinfo=UTC)
_SITE = "https://www.citta.example"


def _release(lang: str, title: str, dateline: str, beside: str = "", after: str = "", before: str = "") -> bytes:
    """A city's press release: `before` above <main> (a breadcrumb), its title, dateline and text in an <article>,
    `after` below the article in <main>, `beside` after <main>."""
    return (f"<html lang='{lang}'><head><title>{title}</title></head><body><header><nav><a href='/'>Home</a></nav>"
            f"</header>{before}<div class='row'><main><article><h1>{title}</h1><p class='date'>{dateline}</p>"
            f"<p>{_BODY[lang]}</p></article>{after}</main>{beside}</div><footer><p>City Hall</p></footer></body>"
            "</html>").encode()


def _list_page(lang: str, title: str, entries: str) -> bytes:
    return (f"<html lang='{lang}'><head><title>{title}</title></head><body><header><nav><a href='/'>Home</a></nav>"
            f"</header><main><h1>{title}</h1>{entries}</main><footer><p>City Hall</p></footer></body></html>").encode()


_BODY = {
    "fr": "La ville a accueilli cette semaine le bureau du réseau, qui réunit les maires de ses villes membres. Les "
          "maires ont adopté une déclaration commune sur le logement abordable et la transition énergétique. Le maire "
          "a salué « un travail collectif au service des habitants ». La prochaine réunion se tiendra au printemps.",
    "en": "The city hosted the network's board this week, bringing together the mayors of its member cities. Mayors "
          "adopted a joint declaration on affordable housing and the energy transition. The mayor welcomed \"a shared "
          "effort for our residents\". The board will meet again in the spring.",
    "de": "Die Stadt war diese Woche Gastgeberin des Vorstands, der die Bürgermeisterinnen und Bürgermeister der "
          "Mitgliedsstädte vereint. Sie verabschiedeten eine gemeinsame Erklärung zu bezahlbarem Wohnen und zur "
          "Energiewende. Der Oberbürgermeister sprach von „gemeinsamer Arbeit für die Menschen“. Der Vorstand tagt "
          "im Frühjahr erneut.",
    "es": "La ciudad acogió esta semana la junta de la red, que reúne a los alcaldes de sus ciudades miembro. Los "
          "alcaldes aprobaron una declaración conjunta sobre vivienda asequible y transición energética. El alcalde "
          "destacó «un trabajo colectivo al servicio de la ciudadanía». La junta volverá a reunirse en primavera.",
    "it": "La città ha ospitato questa settimana il consiglio della rete, che riunisce i sindaci delle città socie. "
          "I sindaci hanno adottato una dichiarazione comune sulla casa accessibile e sulla transizione energetica. "
          "Il sindaco ha parlato di «un lavoro comune al servizio dei cittadini». Il consiglio si riunirà in "
          "primavera.",
}


def _teaser_cards(heading: str, entries: list[tuple[str, str, str]], dated: dict[str, str] | None = None) -> str:
    """A band of cards, each a linked heading and a one-line summary: (path, title, summary); `dated` gives some
    cards a date shown above their title."""
    dated = dated or {}
    cards = "".join(
        "<div class='col-4'><div class='card card-teaser'><div class='card-body'>"
        + (f"<span class='data'>{dated[path]}</span>" if path in dated else "")
        + f"<h3 class='card-title'><a href='{path}'>{title}</a></h3><p class='card-text'>{summary}</p></div></div>"
        "</div>" for path, title, summary in entries)
    return f"<div class='band'><h2>{heading}</h2><div class='row'>{cards}</div></div>"


def _see_also(heading: str, entries: list[tuple[str, str]]) -> str:
    """A paragraph "See also:" then a list of links, each with a line of its own."""
    items = "".join(f"<li class='news-item'><a href='{path}'>{title}</a> <span>{line}</span></li>"
                    for path, title, line in ((path, title, "Read more") for path, title in entries))
    return f"<section class='related'><p><strong>{heading}</strong></p><ul>{items}</ul></section>"


def _tags(entries: list[tuple[str, str]]) -> str:
    return "<ul class='post-tags'>" + "".join(f"<li class='tag'><a href='{path}'>{name}</a></li>"
                                              for path, name in entries) + "</ul>"


def _side_menu(heading: str, entries: list[tuple[str, str, str]]) -> str:
    """A side menu of the section: each entry a link and a line saying what the page holds."""
    items = "".join(f"<li class='entry'><a href='{path}'>{title}</a><p>{line}</p></li>"
                    for path, title, line in entries)
    return f"<aside class='sidebar'><h2>{heading}</h2><ul>{items}</ul></aside>"


def _dated_cards(entries: list[tuple[str, str, str]]) -> str:
    return "".join(f"<article class='news-card'><time datetime='{iso}'>{iso}</time><h3><a href='{path}'>{title}</a>"
                   f"</h3><p>Lorem ipsum.</p></article>" for path, title, iso in entries)


def _undated_cards(entries: list[tuple[str, str]]) -> str:
    return "".join(f"<article class='news-card'><h3><a href='{path}'>{title}</a></h3><p>{summary}</p></article>"
                   for path, title, summary in ((path, title, "Lorem ipsum dolor.") for path, title in entries))


def _breadcrumb(entries: list[tuple[str, str]]) -> str:
    return "<nav class='breadcrumb'><ol>" + "".join(f"<li class='breadcrumb-item'><a href='{path}'>{name}</a></li>"
                                                   for path, name in entries) + "</ol></nav>"


def _dated_rows(heading: str, entries: list[tuple[str, str, str]]) -> str:
    """A table of releases: a date cell, then a cell linking to the release."""
    rows = "".join(f"<tr><td>{shown}</td><td><a href='{path}'>{title}</a></td></tr>" for path, title, shown in entries)
    return f"<section><h2>{heading}</h2><table><tbody>{rows}</tbody></table></section>"


# (name, page url, page, the (path, published) of every item the page holds besides itself)
PAGES = [
    ("it release, 'Potrebbero interessarti' cards: a section, twinnings, a park", "/novita/comunicati/marcia",
     _release("it", "Marcia per la pace, anche la città in cammino", "Pubblicato il 14 febbraio 2025",
              after=_teaser_cards("Potrebbero interessarti", [
                  ("/amministrazione/reti", "Reti e associazioni di enti locali", "Le reti alle quali aderisce."),
                  ("/argomenti/gemellaggi", "Gemellaggi", "Le città sorelle del Comune."),
                  ("/luoghi/giardini", "Giardini pubblici", "Il parco storico nel cuore della città.")])),
     set()),
    ("fr release, 'Vous aimerez aussi' cards: a service and a place", "/actualites/assemblee-du-reseau",
     _release("fr", "Assemblée générale du réseau à la mairie", "Publié le 14 février 2025",
              after=_teaser_cards("Vous aimerez aussi", [
                  ("/ma-ville/jumelages", "Jumelages", "Nos villes jumelles en Europe et en Afrique."),
                  ("/lieux/parc-de-la-tete-d-or", "Parc municipal", "Le grand parc au bord du fleuve.")])),
     set()),
    ("en release, undated 'See also' list in a related section", "/news/board-meeting",
     _release("en", "City hosts the network board", "Published 7 October 2025",
              after=_see_also("See also:", [("/council/twinning", "Twinning"),
                                            ("/council/international", "International relations")])),
     set()),
    ("de release, tag list and 'Siehe auch' cards", "/presse/vorstand-tagt",
     _release("de", "Vorstand des Netzwerks tagt im Rathaus", "Veröffentlicht am 14.02.2025",
              after=_tags([("/themen/europa", "Europa"), ("/themen/partnerstaedte", "Partnerstädte")])
              + _teaser_cards("Siehe auch", [("/rathaus/partnerstaedte", "Partnerstädte", "Unsere Partnerstädte."),
                                             ("/orte/stadtpark", "Stadtpark", "Die grüne Lunge der Stadt.")])),
     set()),
    ("es release, side menu of the section", "/noticias/asamblea-de-la-red",
     _release("es", "La ciudad acoge la asamblea de la red", "Publicado el 14/02/2025",
              beside=_side_menu("Relaciones internacionales", [
                  ("/internacional/redes", "Redes de ciudades", "Las redes de las que forma parte la ciudad."),
                  ("/internacional/hermanamientos", "Hermanamientos", "Ciudades hermanas.")])),
     set()),
    ("it release, undated news cards after the article", "/notizie/consiglio-della-rete",
     _release("it", "La città ospita il consiglio della rete", "Pubblicato il 14 febbraio 2025",
              after="<section class='altre-notizie'><h2>Altre notizie</h2>" + _undated_cards(
                  [("/notizie/carnevale", "Torna il Carnevale"), ("/notizie/lavori", "Lavori in corso")])
              + "</section>"),
     set()),
    # The trap: dated teasers beside or after a release stay, the undated ones of the same band go.
    ("es release, 'Noticias relacionadas' cards, two dated and one undated", "/noticias/foro-de-la-red",
     _release("es", "Foro de la red en la ciudad", "Publicado el 14/02/2025",
              after=_teaser_cards("Noticias relacionadas", [
                  ("/noticias/feria", "Abre la feria del libro", "La feria vuelve a la plaza."),
                  ("/noticias/bus", "Nueva línea de autobús", "Une los barrios del norte."),
                  ("/ciudad/hermanamientos", "Hermanamientos", "Ciudades hermanas.")],
                  dated={"/noticias/feria": "13/02/2025", "/noticias/bus": "11/02/2025"})),
     {("/noticias/feria", "2025-02-13"), ("/noticias/bus", "2025-02-11")}),
    ("de release, dated 'Weitere Meldungen' cards", "/aktuelles/vorstand",
     _release("de", "Vorstand des Netzwerks tagt im Rathaus", "14.02.2025",
              after="<div class='news-latest'><h2>Weitere Meldungen</h2>" + _dated_cards(
                  [("/aktuelles/radeln", "Stadtradeln: Bilanz", "2025-02-11")]) + "</div>"),
     {("/aktuelles/radeln", "2025-02-11")}),
    ("en release, dated 'Latest news' cards in an aside", "/news/network-assembly",
     _release("en", "City hosts the network assembly", "Published 7 October 2025",
              beside="<aside><h2>Latest news</h2>" + _dated_cards(
                  [("/news/library", "New library opens", "2025-10-02"),
                   ("/news/budget", "Budget consultation begins", "2025-09-30")]) + "</aside>"),
     {("/news/library", "2025-10-02"), ("/news/budget", "2025-09-30")}),
    # A list page keeps every item of its list, dated or not.
    ("fr list page, undated cards", "/actualites",
     _list_page("fr", "Actualités", _undated_cards([("/actualites/a", "Le bureau du réseau à la mairie"),
                                                    ("/actualites/b", "Le carnaval revient")])),
     {("/actualites/a", None), ("/actualites/b", None)}),
    ("it list page, dated and undated cards", "/notizie",
     _list_page("it", "Notizie", _dated_cards([("/notizie/a", "La città ospita il consiglio", "2025-02-14")])
                + _undated_cards([("/notizie/b", "Torna il Carnevale")])),
     {("/notizie/a", "2025-02-14"), ("/notizie/b", None)}),
    ("fr release, breadcrumb and 'Mots-clés' tags", "/actualites/conseil-du-reseau",
     _release("fr", "Le conseil du réseau réuni à la mairie", "Publié le 14 février 2025",
              before=_breadcrumb([("/", "Accueil"), ("/actualites", "Actualités"),
                                  ("/international", "International")]),
              after="<p>Mots-clés :</p>" + _tags([("/tags/europe", "Europe"), ("/tags/jumelages", "Jumelages")])),
     set()),
    ("en release, 'You may also like' cards: a service and a place", "/news/assembly-in-the-city",
     _release("en", "Network assembly comes to the city", "Published 7 October 2025",
              after=_teaser_cards("You may also like", [
                  ("/council/sister-cities", "Sister cities", "Our partners around the world."),
                  ("/places/riverside-park", "Riverside Park", "The city's oldest park.")])),
     set()),
    ("de release, 'Das könnte Sie auch interessieren' cards", "/pressemitteilungen/netzwerk-tagung",
     _release("de", "Netzwerk tagt im Rathaus", "Veröffentlicht am 14.02.2025",
              after=_teaser_cards("Das könnte Sie auch interessieren", [
                  ("/rathaus/europa", "Europa in der Stadt", "Projekte und Partnerschaften."),
                  ("/orte/marktplatz", "Marktplatz", "Das Herz der Altstadt.")])),
     set()),
    ("es release, 'Te puede interesar' cards", "/noticias/junta-de-la-red",
     _release("es", "La ciudad acoge la junta de la red", "14 de febrero de 2025",
              after=_teaser_cards("Te puede interesar", [
                  ("/internacional/redes", "Redes de ciudades", "Las redes de las que forma parte la ciudad."),
                  ("/lugares/parque", "Parque de la Devesa", "El gran parque de la ciudad.")])),
     set()),
    ("it release, 'Vedi anche' list", "/comunicati/assemblea-della-rete",
     _release("it", "Assemblea della rete in città", "14/02/2025",
              after=_see_also("Vedi anche", [("/amministrazione/gemellaggi", "Gemellaggi"),
                                             ("/amministrazione/reti", "Reti di città")])),
     set()),
    ("en release, 'Recent media releases' table with dates", "/media-releases/network-board",
     _release("en", "City hosts the network board", "Published 7 October 2025",
              after=_dated_rows("Recent media releases", [
                  ("/media-releases/verge", "Verge collection dates announced", "03/10/2025"),
                  ("/media-releases/pool", "Aquatic centre reopens", "29/09/2025")])),
     {("/media-releases/verge", "2025-10-03"), ("/media-releases/pool", "2025-09-29")}),
    ("de list page, undated cards", "/aktuelles",
     _list_page("de", "Aktuelles", _undated_cards([("/aktuelles/a", "Vorstand tagt im Rathaus"),
                                                   ("/aktuelles/b", "Neue Blühwiesen")])),
     {("/aktuelles/a", None), ("/aktuelles/b", None)}),
    ("es list page, dated rows", "/sala-de-prensa",
     _list_page("es", "Notas de prensa", _dated_rows("Febrero", [
         ("/sala-de-prensa/a", "La junta de la red", "14/02/2025"),
         ("/sala-de-prensa/b", "Empiezan las obras", "10/02/2025")])),
     {("/sala-de-prensa/a", "2025-02-14"), ("/sala-de-prensa/b", "2025-02-10")}),
]


def _items_held(path: str, page: bytes) -> set[tuple[str, str | None]]:
    return other_news_items(page, _SITE, path, _FETCHED)


@pytest.mark.parametrize(("name", "path", "page", "expected"), PAGES, ids=[name for name, *_ in PAGES])
def test_a_news_page_holds_its_dated_teasers_and_a_list_all_its_items(name, path, page, expected):
    assert _items_held(path, page) == expected


@pytest.mark.parametrize(("name", "path", "page"), [page[:3] for page in PAGES if "release" in page[0]],
                         ids=[name for name, *_ in PAGES if "release" in name])
def test_the_release_itself_stays_an_item(name, path, page):
    url = _SITE + path
    assert url in {row["url"] for row in extract_page(page, url, _FETCHED).news}


# A release filed in the site's press room ("/sala-de-prensa/...", "/salle-de-presse/...", "/sala-stampa/...",
# "/newsroom/..."): its address says it is one news item, as a "/news/..." one does, though headed bands of the site's
# pages follow its text.
PRESS_ROOM_PAGES = [
    ("es release in a press room", "/sala-de-prensa/junta-de-la-red",
     _release("es", "La ciudad acoge la junta de la red", "14 de febrero de 2025",
              after=_teaser_cards("Te puede interesar", [
                  ("/internacional/redes", "Redes de ciudades", "Las redes de las que forma parte la ciudad.")])),
     set()),
    ("fr release in a press room", "/mairie/salle-de-presse/bureau-du-reseau",
     _release("fr", "Le bureau du réseau réuni à la mairie", "14 février 2025",
              after=_teaser_cards("Vous aimerez aussi", [
                  ("/ma-ville/jumelages", "Jumelages", "Nos villes jumelles en Europe et en Afrique.")])),
     set()),
    ("it release in a press room", "/sala-stampa/consiglio-della-rete",
     _release("it", "La città ospita il consiglio della rete", "14 febbraio 2025",
              after=_teaser_cards("Potrebbero interessarti", [
                  ("/argomenti/gemellaggi", "Gemellaggi", "Le città sorelle del Comune.")])),
     set()),
    ("en release in a newsroom", "/newsroom/network-board.html",
     _release("en", "City hosts the network board", "7 October 2025",
              after=_teaser_cards("You may also like", [
                  ("/council/sister-cities", "Sister cities", "Our partners around the world.")])),
     set()),
]


@pytest.mark.parametrize(("name", "path", "page", "expected"), PRESS_ROOM_PAGES,
                         ids=[name for name, *_ in PRESS_ROOM_PAGES])
def test_a_release_in_a_press_room_is_one_news_item(name, path, page, expected):
    url = _SITE + path
    assert url in {row["url"] for row in extract_page(page, url, _FETCHED).news}
    assert _items_held(path, page) == expected


# The trap: the press room's own list stays a list.
@pytest.mark.parametrize(("lang", "path", "title"), [("es", "/sala-de-prensa/notas", "Notas de prensa"),
                                                     ("fr", "/salle-de-presse/communiques", "Communiqués de presse"),
                                                     ("en", "/newsroom/media-releases", "Media releases")])
def test_a_press_rooms_list_stays_a_list(lang, path, title):
    page = _list_page(lang, title, _dated_cards([(f"{path}/a", "La junta de la red", "2025-02-14"),
                                                 (f"{path}/b", "Empiezan las obras", "2025-02-10")]))
    url = _SITE + path
    assert {row["url"] for row in extract_page(page, url, _FETCHED).news} == {f"{url}/a", f"{url}/b"}


def _publication(lang: str, meta: str) -> bytes:
    """An article at an address that does not say news, its meta line under its title, its text reporting a day, and
    headed boxes of the site beside it."""
    return (f"<html lang='{lang}'><head><title>Item</title></head><body><div class='row'><main><article>"
            f"<h1>La ciudad será sede del congreso de la red</h1><div class='meta'>{meta}</div>"
            "<p>La ciudad recibirá del 12 al 14 de mayo de 2026 el congreso anual de la red de ciudades.</p>"
            f"<p>{_BODY[lang]}</p></article></main><aside><h3>Trámites</h3><ul><li><a href='/tramites/a'>Padrón</a>"
            "</li></ul><h3>Participa</h3><ul><li><a href='/participa/b'>Consultas</a></li></ul></aside></div>"
            "</body></html>").encode()


# A meta line longer than a date line, of parts in elements of their own, its date first, then its author.
META_LINES = [
    ("es", "<span class='fecha'>Fecha de publicación: 27 de octubre de 2025</span> <span class='autor'>Por: "
           "Secretaría de Desarrollo Económico y Relaciones Internacionales</span>"),
    ("fr", "<span>Publié le 27 octobre 2025</span> <span>Par la Direction de la communication et des relations "
           "internationales</span>"),
    ("en", "<span>Published 27 October 2025</span><span>By the Office of Economic Development and International "
           "Relations</span>"),
    ("de", "<time>27.10.2025</time> <span>Von: Amt für Wirtschaftsförderung, Europa und internationale "
           "Beziehungen der Stadt</span>"),
    ("it", "<span>Data di pubblicazione: 27 ottobre 2025</span> <span>A cura dell'Ufficio Stampa e Relazioni "
           "internazionali del Comune</span>"),
]


@pytest.mark.parametrize(("lang", "meta"), META_LINES, ids=[lang for lang, _ in META_LINES])
def test_a_long_meta_line_dates_the_article_by_its_first_part(lang, meta):
    url = _SITE + "/publicaciones/183511/congreso-de-la-red"
    news = {row["url"]: row["published"] for row in extract_page(_publication(lang, meta), url, _FETCHED).news}
    assert news == {url: "2025-10-27"}


# The trap: a sentence in the first part, or text between the parts, is no meta line.
NO_META_LINES = [
    "<span>El 27 de octubre de 2025 la ciudad firmó el acuerdo con la red de ciudades</span> <span>Por: Prensa"
    "</span>",
    "<span>27 de octubre de 2025</span> la ciudad firmó el acuerdo con la red de ciudades iberoamericanas <span>Por: "
    "Prensa</span>",
]


@pytest.mark.parametrize("meta", NO_META_LINES)
def test_a_sentence_with_a_date_is_no_meta_line(meta):
    url = _SITE + "/publicaciones/183511/congreso-de-la-red"
    assert all(row["url"] != url for row in extract_page(_publication("es", meta), url, _FETCHED).news)


# The day the city joined a network, set before its sentence by a comma, is its membership's first day: no event.
JOINED_ON_A_DAY = [
    "Neuchâtel rejoint le réseau. Seniors Le 28 mai 2025, la Ville a officiellement rejoint le Réseau mondial des "
    "villes et communautés amies des aînés.",
    "Hamilton joins the network. Seniors On 28 May 2025, the City officially joined the Global Network for "
    "Age-friendly Cities and Communities.",
    "La ciudad entra en la red. Mayores El 28 de mayo de 2025, la ciudad se adhirió oficialmente a la Red mundial de "
    "ciudades amigables con las personas mayores.",
    "La città entra nella rete. Anziani Il 28 maggio 2025, la città ha aderito ufficialmente alla Rete globale delle "
    "città amiche degli anziani.",
    "Die Stadt tritt dem Netzwerk bei. Senioren Am 28. Mai 2025 ist die Stadt offiziell dem Globalen Netzwerk "
    "altersfreundlicher Städte beigetreten.",
    # a meeting named after the comma of a day inside its sentence is another day's
    "The city signs on. The City became a signatory on March 16, 2025, following Council's endorsement at its March "
    "12 meeting.",
]


@pytest.mark.parametrize("text", JOINED_ON_A_DAY)
def test_the_day_the_city_joined_a_network_is_no_event(text):
    published = PartialDate(2025, 6, 3)
    assert find_event_span(text, published.first_day(), published) is None


# The trap: a meeting held that day is the event, though the sentence says who joined.
EVENTS_ON_A_DAY = [
    "Assemblée. Seniors Le 28 mai 2025, les villes qui ont rejoint le réseau se sont réunies en assemblée générale.",
    "Forum. On 28 May 2025, the city hosted the annual conference of the network.",
    "Incontro. Il 28 maggio 2025, la città ha ospitato la conferenza annuale della rete.",
]


@pytest.mark.parametrize("text", EVENTS_ON_A_DAY)
def test_a_day_that_reports_a_meeting_stays_the_event(text):
    published = PartialDate(2025, 6, 3)
    assert find_event_span(text, published.first_day(), published) == (PartialDate(2025, 5, 28),
                                                                         PartialDate(2025, 5, 28))
