"""News dates on list pages and press releases, as a careful reader takes them: a card's date line above its
headline is its date, not its summary; a span to apply or register in is no event; a press release's dateline names
its place with its state, province or agency; a day from which the city is a member dates that membership."""

from datetime import UTC, date, datetime

import pytest

from scraper.parsers.dates import PartialDate
from scraper.parsers.events import find_event_span
from scraper.parsers.extract import extract_page
from scraper.parsers.layouts.news_page import date_line

_FETCHED = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)
_LIST = "https://www.city.example/news"


def _page(lang: str, main: str) -> bytes:
    return (f"<html lang='{lang}'><head><title>News</title></head><body><nav><a href='/'>Home</a></nav><main>{main}"
            f"</main><footer>Contact</footer></body></html>").encode()


def _dates(page: bytes, url: str = _LIST) -> list[tuple[str | None, ...]]:
    return [(item["published"], item["event_start"], item["event_end"])
            for item in extract_page(page, url, _FETCHED).news]


def _card_date_above(day_line: str, title: str, summary: str, slug: str) -> str:
    return (f"<div class='col-md-4'><article class='card'><img src='/i/{slug}.jpg' class='card-img-top' alt=''>"
            f"<div class='card-body'><p class='small text-muted mb-1'>{day_line}</p><h2 class='h5 card-title'>"
            f"<a href='/news/{slug}' class='stretched-link'>{title}</a></h2><p class='card-text'>{summary}</p></div>"
            "</article></div>")


def _cards(lang: str, *cards: str) -> bytes:
    return _page(lang, f"<h1>News</h1><div class='row'>{''.join(cards)}</div>")


@pytest.mark.parametrize("lang, day_line, summary, event", [
    ("fr", "19 novembre 2026", "Du 12 au 14 novembre, la maire a participé au congrès de Cités Unies France.",
     ("2026-11-12", "2026-11-14")),
    ("en", "19 November 2026", "The mayor attended the C40 summit, held November 10-12 in Rio.",
     ("2026-11-10", "2026-11-12")),
    ("de", "19.11.2026", "Vom 3. bis 5. Dezember findet in Wien das Treffen des Städtenetzwerks statt.",
     ("2026-12-03", "2026-12-05")),
    ("es", "<i class='bi bi-calendar'></i> 19 de noviembre de 2026",
     "La delegación asistió del 12 al 14 de noviembre a la Cumbre de Mercociudades.", ("2026-11-12", "2026-11-14")),
    ("it", "Pubblicato il 19 novembre 2026", "Il 15 novembre il sindaco ha partecipato all'assemblea di ANCI.",
     ("2026-11-15", "2026-11-15")),
])
def test_a_cards_date_line_above_its_headline_is_its_date_not_its_summary(lang, day_line, summary, event):
    page = _cards(lang, _card_date_above(day_line, "Network summit", summary, "summit"))
    assert _dates(page) == [("2026-11-19", *event)]


@pytest.mark.parametrize("lang, summary", [
    ("fr", "Le conseil municipal a approuvé l'adhésion de la ville au réseau."),
    ("en", "The city has joined the Eurocities working group on culture."),
    ("es", "Las dos ciudades renuevan su hermanamiento firmado en 1994."),
])
def test_a_card_whose_text_states_no_day_has_no_event(lang, summary):
    # the trap: the date line above the headline is the item's own day, not its event's
    page = _cards(lang, _card_date_above("3 November 2026" if lang == "en" else "3/11/2026", "Network", summary, "n"))
    assert _dates(page) == [("2026-11-03", None, None)]


_NOVEMBER_2 = PartialDate(2026, 11, 2)


@pytest.mark.parametrize("text", [
    "Applications are open from 1 to 30 November for the sister city exchange.",
    "Inscriptions au voyage des jumelages du 3 au 20 novembre.",
    "Anmeldung vom 3. bis 20. November im Bürgerbüro.",
    "Las inscripciones están abiertas del 1 al 30 de noviembre para el foro de ciudades hermanas.",
    "El plazo de solicitud va del 3 al 24 de noviembre.",
    "Iscrizioni dal 3 al 20 novembre presso l'ufficio relazioni internazionali.",
])
def test_a_span_to_apply_or_register_in_is_no_event(text):
    assert find_event_span(text, date(2026, 11, 2), _NOVEMBER_2) is None


@pytest.mark.parametrize("text, span", [
    ("Registration is now open for the summit, held from 9 to 11 December in Lyon.", ("2026-12-09", "2026-12-11")),
    ("Du 12 au 14 novembre, 300 inscrits ont suivi le congrès.", ("2026-11-12", "2026-11-14")),
    ("Le forum, du 9 au 11 décembre, est ouvert sur inscription.", ("2026-12-09", "2026-12-11")),
])
def test_an_events_span_beside_its_registration_is_still_the_event(text, span):
    found = find_event_span(text, date(2026, 11, 2), _NOVEMBER_2)
    assert found is not None and (found[0].iso(), found[1].iso()) == span


def test_a_teaser_with_a_registration_period_has_no_event():
    card = _card_date_above("2 November 2026", "Student exchange: apply now",
                            "Applications are open from 3 to 30 November for the exchange.", "exchange")
    assert _dates(_cards("en", card)) == [("2026-11-02", None, None)]


def _release(lang: str, label: str, meta: str, text: str) -> bytes:
    return _page(lang, f"<article class='press-release'><p class='kicker'>{label}</p>"
                       f"<h1>Delegation at the congress</h1>{meta}<p>{text}</p>"
                       "<p>The network was founded in 1993.</p></article>")


def _release_dates(page: bytes) -> tuple[str | None, tuple[str | None, ...]]:
    found = extract_page(page, "https://www.city.example/press/congress", _FETCHED)
    return found.page["page_date"], (found.news[0]["published"], found.news[0]["event_start"],
                                     found.news[0]["event_end"]) if found.news else ()


@pytest.mark.parametrize("lang, label, meta, text", [
    ("es", "Comunicado 1842/2026", "<p class='meta'><span class='fecha'>Guadalajara, Jalisco, 23 de octubre de 2026"
     "</span> · <span class='autor'>Por: Coordinación de Comunicación Social</span></p>",
     "Una delegación participó del 20 al 22 de octubre en el Congreso del CIDEU."),
    ("es", "Boletín", "<p>Guadalajara, Jal., a 23 de octubre de 2026.</p>",
     "Una delegación participó del 20 al 22 de octubre en el Congreso del CIDEU."),
    ("en", "News release", "", "EDMONTON, AB — October 23, 2026 — A delegation attended the congress from "
     "October 20 to 22."),
    ("de", "Pressemitteilung", "", "Dornbirn (OTS) - 23. Oktober 2026 - Eine Delegation nahm vom 20. bis 22. Oktober "
     "am Kongress teil."),
    ("fr", "Communiqué de presse", "<p class='meta'>Québec, Québec, le 23 octobre 2026 | Par le Service des "
     "communications et des relations internationales</p>",
     "Une délégation a participé du 20 au 22 octobre au congrès."),
    ("it", "Comunicato stampa", "<p class='meta'>Treviso, Veneto, 23 ottobre 2026 · A cura dell'Ufficio stampa e "
     "relazioni internazionali</p>", "Una delegazione ha partecipato dal 20 al 22 ottobre al congresso."),
])
def test_a_press_releases_dateline_names_its_place_with_its_state_province_or_agency(lang, label, meta, text):
    dated = ("2026-10-23", ("2026-10-23", "2026-10-20", "2026-10-22"))
    assert _release_dates(_release(lang, label, meta, text)) == dated


@pytest.mark.parametrize("line", [
    "Guadalajara, Jalisco, 23 de octubre de 2026 · Por: Coordinación de Comunicación Social del Ayuntamiento",
    "23 octobre 2026 | Par le Service des communications et des relations internationales de la Ville",
])
def test_a_long_meta_line_is_read_by_its_first_piece(line):
    assert date_line(line) == PartialDate(2026, 10, 23)


@pytest.mark.parametrize("line", [
    "Le 23 octobre 2026, la ville a accueilli les délégations de vingt villes du réseau · Programme complet",
    "Guadalajara, Jalisco, es sede del congreso que reunirá a 300 delegados el 23 de octubre de 2026 · Programa",
])
def test_a_sentence_before_a_meta_separator_is_no_date_line(line):
    # the trap: a first piece that is prose names a day, not the page's date
    assert date_line(line) is None


@pytest.mark.parametrize("text", [
    "Dal 3 marzo 2026 Treviso è socio dell'Associazione nazionale Città del Vino.",
    "Desde el 3 de marzo la ciudad es socia de la Red de Ciudades del Vino.",
    "Depuis le 3 mars, la ville est adhérente de l'association des villes du vin.",
    "Seit dem 3. März ist die Stadt Mitglied im Verband der Weinstädte.",
    "Since 3 March the city has been a member of the wine cities network.",
])
def test_the_day_from_which_the_city_is_a_member_is_no_event(text):
    assert find_event_span(text, date(2026, 3, 4), PartialDate(2026, 3, 4)) is None


def test_a_day_from_which_an_exhibition_opens_to_members_is_still_an_event():
    # the trap: members of a club ("soci") are not the city's membership
    found = find_event_span("Dal 3 marzo la mostra è aperta ai soci del circolo.", date(2026, 3, 4),
                            PartialDate(2026, 3, 4))
    assert found is not None and found[0] == PartialDate(2026, 3, 3)


def test_a_teaser_dated_by_its_membership_has_no_event():
    card = _card_date_above("4 marzo 2026", "Treviso entra tra le Città del Vino",
                            "Dal 3 marzo 2026 Treviso è socio dell'Associazione nazionale Città del Vino.", "vino")
    assert _dates(_cards("it", card), "https://www.city.example/notizie") == [("2026-03-04", None, None)]


def test_a_plain_pages_long_publication_line_does_not_make_it_a_news_item():
    # the trap: a page about the city's networks says when it was published, beside its office, and is no release
    page = _page("fr", "<article><h1>Réseaux de villes</h1><p class='meta'>Publié le 17 février 2025 · Direction de "
                       "la Coopération décentralisée et des Relations internationales</p><p>La ville est membre de "
                       "l'AIMF et de CGLU Afrique.</p><h2>AIMF</h2><p>Le réseau réunit 300 villes.</p></article>")
    found = extract_page(page, "https://www.city.example/reseaux-de-villes", _FETCHED)
    assert found.page["page_date"] == "2025-02-17" and found.news == []
