"""News dates on list pages and press releases, as a careful reader takes them: a card's date line above its
headline is its date, not its summary; a span to apply or register in is no event; a press release's dateline names
its place with its state, province or agency; a day from which the city is a member dates that membership."""

from datetime import UTC, date, datetime

import pytest

from scraper.parsers.dates import PartialDate
from scraper.parsers.events import find_event_span
from scraper.parsers.extract import extract_page

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
