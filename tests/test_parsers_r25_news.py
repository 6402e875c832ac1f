"""News pages and their dates, as a careful reader takes them: a press release's dateline is its publication day beside
a later update line; a side event's span ("Begleitend ... vom 8. bis 19. Juli") is not the span of the event the item
reports."""

from datetime import UTC, date, datetime

import pytest

from scraper.parsers.dates import PartialDate
from scraper.parsers.events import find_event_span
from scraper.parsers.extract import extract_page

_FETCHED = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)


def _page(lang: str, title: str, meta: str, body: str, wrapper: str = "article") -> bytes:
    """A city's page: its title, a meta line under it, its text, in an <article> (or a schema.org Article)."""
    opening = ("<div class='item-page' itemscope itemtype='https://schema.org/Article'>" if wrapper == "schema"
               else f"<{wrapper}>")
    closing = "</div>" if wrapper == "schema" else f"</{wrapper}>"
    return (f"<html lang='{lang}'><head><title>{title} - Ville</title></head><body><header><nav><a href='/'>Accueil"
            f"</a></nav></header><main>{opening}<h1>{title}</h1>{meta}{body}{closing}</main>"
            "<footer><p>Hôtel de Ville</p></footer></body></html>").encode()


def _url(lang: str, title: str) -> str:
    return f"https://www.city-{lang}.example/city/international/{len(title)}"


# A press release's dateline, then its update line apart at its foot: the day it was published is its dateline's.
@pytest.mark.parametrize("lang, dateline, update", [
    ("it", "<p><strong>Mantova, 19 maggio 2026</strong> – Venerdì 23 e sabato 24 maggio la città ospita "
           "l'assemblea dei soci.</p>", "<h2>Ultimo aggiornamento</h2><p>20/05/2026, 12:31</p>"),
    ("fr", "<p>Lyon, le 19 mai 2026 – La ville accueille les 23 et 24 mai l'assemblée des maires.</p>",
     "<p class='small'>Mis à jour le 20/05/2026</p>"),
    ("en", "<p>LEEDS, 19 May 2026 – The city hosts the network's assembly on 23 and 24 May.</p>",
     "<div><h3>Page last updated</h3><p>20 May 2026</p></div>"),
    ("de", "<p>Mainz, 19.05.2026: Die Stadt richtet am 23. und 24. Mai die Versammlung aus.</p>",
     "<p>Aktualisiert am 20.05.2026</p>"),
    ("es", "<p>Bilbao, 19 de mayo de 2026.- La ciudad acoge los días 23 y 24 de mayo la asamblea de la red.</p>",
     "<p>Última actualización: 20 de mayo de 2026</p>"),
])
def test_a_datelines_day_is_the_page_date_beside_a_later_update(lang, dateline, update):
    page = _page(lang, "Assemblea dei soci", "", dateline + "<p>Sono attesi 120 delegati.</p>" + update, "section")
    assert extract_page(page, _url(lang, "release"), _FETCHED).page["page_date"] == "2026-05-19"


@pytest.mark.parametrize("lang, update", [
    ("it", "<h2>Ultimo aggiornamento</h2><p>20/05/2026, 12:31</p>"),
    ("en", "<p>Last updated: 20 May 2026</p>"),
])
def test_an_update_line_without_a_dateline_still_dates_the_page(lang, update):
    """The trap: a page that states no other day keeps its update's; a place named in a sentence is no dateline."""
    body = "<p>A Mantova, il 3 marzo 2024, i sindaci hanno firmato la carta.</p>" + update
    assert extract_page(_page(lang, "La carta", "", body, "section"), _url(lang, "carta"),
                        _FETCHED).page["page_date"] == "2026-05-20"


# A side event's span, in its clause's opening words, does not extend the event the item reports.
@pytest.mark.parametrize("text", [
    "Am Dienstag, 8. Juli 2025, weht vor dem Rathaus die Flagge. Begleitend zeigt die Stadtbibliothek vom 8. bis "
    "19. Juli die Ausstellung „Hibakusha“.",
    "Le mardi 8 juillet 2025, le drapeau flotte devant l'hôtel de ville. En marge de la cérémonie, la médiathèque "
    "présente du 8 au 19 juillet une exposition.",
    "On Tuesday 8 July 2025 the flag flies outside the Guildhall. Alongside the ceremony, the library shows an "
    "exhibition from 8 to 19 July.",
    "El martes 8 de julio de 2025 ondea la bandera frente al Ayuntamiento. Paralelamente, la biblioteca acoge del 8 "
    "al 19 de julio una exposición.",
    "Martedì 8 luglio 2025 la bandiera sventola davanti al municipio. In concomitanza, la biblioteca ospita dall'8 "
    "al 19 luglio una mostra.",
])
def test_a_side_events_span_is_not_the_items_event(text):
    assert find_event_span(text, date(2025, 7, 3), PartialDate(2025, 7, 3)) == (
        PartialDate(2025, 7, 8), PartialDate(2025, 7, 8))


@pytest.mark.parametrize("text", [
    "Begleitend zur Konferenz zeigt die Stadtbibliothek vom 8. bis 19. Juli eine Ausstellung.",
    "The city hosts the forum from 8 to 19 July, alongside its summer festival.",
])
def test_a_span_stays_the_event_when_the_text_names_no_other_day(text):
    """The trap: a side event's span is the item's event when the text names no other day; a cue after the span is
    not before it."""
    assert find_event_span(text, date(2025, 7, 3), PartialDate(2025, 7, 3)) == (
        PartialDate(2025, 7, 8), PartialDate(2025, 7, 19))
