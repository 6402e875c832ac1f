"""What a news item is, and its dates: a press release's dateline whose place joins its words by a particle ("Oaxaca
de Juárez, Oax., 22 de abril de 2025.-") makes the page a news item dated that day; a day decades back amid a linked
title's words ("Der 22. März 1945 – Zerstörung der Innenstadt") is what a history page's title tells of, no news
item; the days a call for applications is open ("Fino al 30 giugno è possibile candidarsi", "il bando è aperto dal 20
maggio al 30 giugno") are the time to apply, no event's span; the "Sede:" of an event's data is its venue, no
network's seat."""

from datetime import UTC, date, datetime

import pytest
from helpers.extracted import claims_of_sentence, other_news_items, values_of

from scraper.parsers.dates import PartialDate
from scraper.parsers.events import find_event_span
from scraper.parsers.extract import extract_page

_FETCHED = datetime(2025, 7, 22, 9, 0, tzinfo=UTC)
# a dated permalink: no news folder in the address, the dateline alone tells the page is a press release
_POST_URL = "https://www.municipio.example/2025/04/22/asamblea-de-ciudades/"
_LONG = ("Las sesiones de trabajo serán públicas y se transmitirán por las redes sociales del Ayuntamiento, con "
         "delegaciones de nueve ciudades.")


def _bulletin(lang: str, number: str, dateline: str) -> bytes:
    """A bulletin: its title, its number on a line of its own, then its text opened by a dateline."""
    return (f'<html lang="{lang}"><head><title>Asamblea</title></head><body><main><article><h1>Asamblea de ciudades'
            f"</h1><p><strong>{number}</strong></p><p><strong>{dateline}</strong> {_LONG}</p><p>{_LONG}</p>"
            "</article></main></body></html>").encode()


@pytest.mark.parametrize("lang, number, dateline", [
    ("es", "Boletín 118/2025", "Oaxaca de Juárez, Oax., 22 de abril de 2025.-"),
    ("es", "Comunicado n.º 118", "San Cristóbal de las Casas, Chis., 22 de abril de 2025.–"),
    ("de", "Pressemitteilung Nr. 118/2025", "Frankfurt am Main, 22.04.2025:"),
    ("it", "Comunicato stampa n. 118", "Reggio di Calabria, 22 aprile 2025 –"),
    ("fr", "Communiqué n° 118", "Boulogne sur Mer, le 22 avril 2025 –"),
    ("en", "Media release 118/2025", "Newcastle upon Tyne, 22 April 2025 –"),
])
def test_a_datelines_place_joined_by_a_particle_makes_a_dated_news_item(lang, number, dateline):
    news = extract_page(_bulletin(lang, number, dateline), _POST_URL, _FETCHED).news
    assert [(row["url"], row["published"]) for row in news] == [(_POST_URL, "2025-04-22")]


@pytest.mark.parametrize("lang, sentence", [
    # a sentence, no dateline: a particle joins no capitalised word, or no dash ends the day
    ("es", "Tras la firma de nuevo, el 22 de abril de 2025 – la red creció."),
    ("es", "Oaxaca de Juárez, el 22 de abril de 2025, acogió la asamblea de la red."),
])
def test_a_sentence_opening_with_a_place_and_a_day_is_no_dateline(lang, sentence):
    page = (f'<html lang="{lang}"><head><title>Red</title></head><body><main><h1>Red de ciudades</h1><p>{sentence}'
            f"</p><p>{_LONG}</p></main></body></html>").encode()
    assert extract_page(page, "https://www.municipio.example/red-de-ciudades", _FETCHED).news == []


_SITE = "https://www.stadt.example"
_RELEASE_PATH = "/presse/flaggentag-2025"


def _release_with_links(lang: str, links: str) -> bytes:
    """A dated press release, then a box of links to further pages of the site."""
    return (f'<html lang="{lang}"><head><title>Flaggentag</title></head><body><main><h1>Flaggentag der Mayors for '
            f"Peace</h1><p class='datum'>04.07.2025</p><p>{_LONG}</p><p>{_LONG}</p><aside><h2>Siehe auch</h2><ul>"
            f"{links}</ul></aside></main></body></html>").encode()


@pytest.mark.parametrize("lang, title", [
    ("de", "Der 22. März 1945 – Zerstörung und Wiederaufbau der Innenstadt"),
    ("fr", "Le 6 août 1945 à Hiroshima : mémoire d'une ville"),
    ("en", "The 6 August 1945 bombing and the city's peace garden"),
    ("es", "El 19 de septiembre de 1985, el sismo que cambió la ciudad"),
    ("it", "Il 4 novembre 1966: l'alluvione e la ricostruzione"),
])
def test_a_day_of_history_amid_a_linked_titles_words_dates_no_item(lang, title):
    page = _release_with_links(lang, f"<li><a href='/geschichte/tag'>{title}</a></li>")
    assert other_news_items(page, _SITE, _RELEASE_PATH, _FETCHED) == set()


@pytest.mark.parametrize("line, published", [
    # the item's own date, apart before or after its title
    ("<li><a href='/presse/besuch'>12.03.2025: Besuch aus Angoulême</a></li>", "2025-03-12"),
    ("<li><a href='/presse/besuch'>Besuch aus Angoulême</a> (12.03.2025)</li>", "2025-03-12"),
    ("<li><span class='date'>12 mars 2025</span> <a href='/presse/besuch'>Le 6 août à Hiroshima : mémoire</a></li>",
     "2025-03-12"),
    # a recent day amid the title's words dates its item, the title kept whole
    ("<li><a href='/presse/besuch'>Sitzung des Rates vom 3. März 2025: Beschlüsse zum Klimaplan</a></li>",
     "2025-03-03"),
])
def test_an_items_date_apart_from_its_title_still_dates_it(line, published):
    page = _release_with_links("de", line)
    assert other_news_items(page, _SITE, _RELEASE_PATH, _FETCHED) == {("/presse/besuch", published)}


_MAY = date(2026, 5, 20)
_MAY_PUBLISHED = PartialDate(2026, 5, 20)


@pytest.mark.parametrize("text", [
    "Fino al 30 giugno è possibile candidarsi per le borse di mobilità finanziate dal programma Erasmus+.",
    "Il bando per i giovani resta aperto fino al 30 giugno.",
    "Il bando è aperto dal 20 maggio al 30 giugno 2026.",
    "L'appel à projets jeunesse est ouvert jusqu'au 30 juin.",
    "The call for proposals for youth exchanges is open until 30 June.",
    "Die Ausschreibung für die Jugendbegegnungen läuft bis zum 30. Juni.",
    "La convocatoria de becas de movilidad estará abierta hasta el 30 de junio.",
    "Jóvenes de 18 a 30 años pueden candidatarse hasta el 30 de junio.",
])
def test_the_days_a_call_for_applications_is_open_are_no_event(text):
    assert find_event_span(text, _MAY, _MAY_PUBLISHED) is None


@pytest.mark.parametrize("text", [
    # an exhibition or a festival that runs until a day is the item's event, from its own day
    "La mostra sui gemellaggi resta aperta fino al 30 giugno.",
    "The exhibition on the twin towns runs until 30 June.",
    "Die Ausstellung über die Partnerstädte ist bis zum 30. Juni zu sehen.",
])
def test_an_event_running_until_a_day_still_spans_from_the_items_day(text):
    assert find_event_span(text, _MAY, _MAY_PUBLISHED) == (_MAY_PUBLISHED, PartialDate(2026, 6, 30))


@pytest.mark.parametrize("line", [
    "Sede: Teatre de l'Escorxador y Campus de Cappont de la Universitat de Lleida",
    "Sede: Palacio de Congresos de Oaxaca",
    "Siège : Théâtre municipal de Nîmes",
    "Sitz: Stadthalle Hildesheim",
    "Sede: Centro Culturale San Francesco",
    "Headquarters: Conference Centre, Leeds",
])
def test_a_seat_label_naming_a_venue_gives_no_seat(line):
    assert claims_of_sentence(line) == []


@pytest.mark.parametrize("line, town", [
    ("Sede: Barcelona", "Barcelona"),
    ("Siège : Strasbourg", "Strasbourg"),
    ("Sitz: Köln", "Köln"),
])
def test_a_seat_label_naming_a_town_still_gives_the_seat(line, town):
    assert claims_of_sentence(line) == [("headquarters", town)]


def test_an_events_venue_in_its_data_list_is_no_seat_of_the_network_it_gathers():
    body = ("<p>La ciudad acoge el Encuentro de la Red Estatal de Ciudades Educadoras (RECE).</p>"
            "<h2>Datos del encuentro</h2><ul><li>Fechas: 16 y 17 de abril de 2026</li>"
            "<li>Sede: Teatre de l'Escorxador y Campus de Cappont</li></ul>")
    heading = "Lleida reúne a 70 municipios en el encuentro de la Red Estatal de Ciudades Educadoras"
    assert values_of("headquarters", body, "es", heading=heading) == set()


def test_a_title_keeps_the_day_amid_its_words():
    link = "<li><a href='/presse/rat'>Sitzung des Rates vom 3. März 2025: Beschlüsse</a></li>"
    page = _release_with_links("de", link)
    titles = {row["title"] for row in extract_page(page, _SITE + _RELEASE_PATH, _FETCHED).news}
    assert "Sitzung des Rates vom 3. März 2025: Beschlüsse" in titles
