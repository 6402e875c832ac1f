"""News items' event spans: a past sitting of the city's council whose decisions the item reports ("Lors de sa séance
du 16 mars, le conseil municipal a voté l'adhésion", "Conseil municipal du 26 juin : les principales décisions") is
the decisions' day, no event the item announces; two days joined by "and" across a month's end ("los días 31 de julio
y 1 de agosto") are one event's span, not its first day alone; a date shown bare before a meta line's update
("20.05.2025 | Zuletzt aktualisiert: 02.06.2025") is the item's publication, not the update's day; a release's day,
month and year in figures, each in an element of its own, date it."""

from datetime import UTC, date, datetime

import pytest
from helpers.extracted import event_span_of, other_news_items

from scraper.parsers.extract import extract_page

_AFTER_THE_SITTING = date(2025, 6, 27)


@pytest.mark.parametrize("text", [
    "Mâcon rejoint le réseau. Lors de sa séance du 16 juin, le conseil municipal a voté à l'unanimité l'adhésion.",
    "Conseil municipal du 26 juin : les principales décisions.",
    "Gemeinderatssitzung vom 26. Juni: die wichtigsten Beschlüsse.",
    "Pleno del 26 de junio: principales acuerdos.",
    "En la sesión del 26 de junio, el Concejo aprobó por unanimidad el convenio.",
    "Consiglio comunale del 26 giugno: le principali delibere.",
    "Nella seduta del 26 giugno, il Consiglio comunale ha approvato all'unanimità la convenzione.",
    "Council meeting of 26 June: key decisions.",
    "At its meeting on 26 June, the City Council endorsed the agreement.",
])
def test_a_past_sitting_of_the_council_whose_decisions_the_item_reports_is_no_event(text):
    assert event_span_of(text, _AFTER_THE_SITTING) is None


@pytest.mark.parametrize("text, expected", [
    # a sitting to come is what the item announces
    ("Le conseil municipal se réunira le 30 juin pour voter le budget.", ("2025-06-30", "2025-06-30")),
    ("Prossima seduta del Consiglio comunale il 30 giugno: all'ordine del giorno il bilancio.",
     ("2025-06-30", "2025-06-30")),
    # a network's meeting that adopts a declaration names no council of the city: the event the item reports
    ("Lors de sa réunion du 26 juin, l'assemblée générale du réseau a adopté une déclaration.",
     ("2025-06-26", "2025-06-26")),
    ("Bei der Sitzung vom 26. Juni verabschiedete die Mitgliederversammlung des Netzwerks eine Erklärung.",
     ("2025-06-26", "2025-06-26")),
])
def test_a_sitting_to_come_or_a_networks_meeting_stays_the_event(text, expected):
    assert event_span_of(text, _AFTER_THE_SITTING) == expected


@pytest.mark.parametrize("text, expected", [
    ("Los mandatarios de las ciudades capitales se reúnen los días 31 de julio y 1 de agosto en Cartagena.",
     ("2025-07-31", "2025-08-01")),
    ("Les maires du réseau se retrouvent les 31 juillet et 1er août à Lyon.", ("2025-07-31", "2025-08-01")),
    ("Die Bürgermeister treffen sich am 30. Juni und 1. Juli in Wien.", ("2025-06-30", "2025-07-01")),
    ("I sindaci si incontrano il 31 luglio e il 1° agosto a Roma.", ("2025-07-31", "2025-08-01")),
    ("The mayors meet on Thursday 31 July and Friday 1 August in Leeds.", ("2025-07-31", "2025-08-01")),
    ("The mayors meet July 31 and August 1, 2025 in Denver.", ("2025-07-31", "2025-08-01")),
    ("La cumbre será el 31 de diciembre de 2025 y el 1 de enero de 2026.", ("2025-12-31", "2026-01-01")),
])
def test_two_days_across_a_months_end_are_one_events_span(text, expected):
    assert event_span_of(text, date(2025, 6, 20)) == expected


@pytest.mark.parametrize("text, expected", [
    # two days of two months, far apart: two dates, the first the item's event
    ("Les réunions publiques ont lieu le 3 juillet et le 5 août.", ("2025-07-03", "2025-07-03")),
    ("Die Sprechstunden finden am 30. Juli und 15. August statt.", ("2025-07-30", "2025-07-30")),
])
def test_days_of_two_months_far_apart_are_no_span(text, expected):
    assert event_span_of(text, date(2025, 6, 20)) == expected


_SITE = "https://www.ville.example"
_FETCHED = datetime(2025, 6, 12, 9, 0, tzinfo=UTC)


def _article_page(lang: str, meta: str, path: str = "/actualites/assemblee-du-reseau") -> list[tuple]:
    """A news article with full chrome: its title, a meta line, two paragraphs, a footer."""
    page = (f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8"><title>Assemblée</title></head><body>'
            '<header><a href="/">Accueil</a><nav><a href="/mairie">Mairie</a> <a href="/agenda">Agenda</a></nav>'
            "</header><main><h1>Le maire à l'assemblée du réseau</h1><article>"
            f'<div class="meta">{meta}</div>'
            "<p>Le maire a participé, les 15 et 16 mai, à l'assemblée générale du réseau à Nantes.</p>"
            "<p>Les élus ont adopté une déclaration sur le climat.</p></article></main>"
            "<footer><p>Hôtel de Ville, 1 place de la Mairie</p></footer></body></html>").encode()
    news = extract_page(page, _SITE + path, _FETCHED).news
    return [row["published"] for row in news]


@pytest.mark.parametrize("lang, meta", [
    ("fr", 'Par la rédaction <time datetime="2025-05-20">20 mai 2025</time> <span>Mis à jour le 2 juin 2025</span>'),
    ("de", "Von Anna Weber | 20.05.2025 | Zuletzt aktualisiert: 02.06.2025"),
    ("es", "Redacción · 20/05/2025 · Actualizado el 02/06/2025"),
    ("it", "20/05/2025 – Ultimo aggiornamento: 02/06/2025"),
    ("en", "By the Communications Team, 20 May 2025 | Last updated 2 June 2025"),
    ("it", "20 maggio 2025 (aggiornato il 2 giugno 2025)"),
    ("de", '<span class="date">20. Mai 2025</span> <span class="modified">(aktualisiert am 2. Juni 2025)</span>'),
])
def test_a_bare_date_before_the_update_line_is_the_items_publication(lang, meta):
    assert _article_page(lang, meta) == ["2025-05-20"]


@pytest.mark.parametrize("lang, meta", [
    # the update alone: the page's only date
    ("de", "Zuletzt aktualisiert: 02.06.2025"),
    # a day after the update's is no publication of the page
    ("fr", "Rencontre du 20 juin 2025 | Mis à jour le 2 juin 2025"),
])
def test_no_bare_date_before_the_update_leaves_the_update(lang, meta):
    assert _article_page(lang, meta) == ["2025-06-02"]


def _release_archive(lang: str, dates: tuple[tuple[str, str, str], ...], separator: str = "") -> bytes:
    """A press-release archive with full chrome, each release's day, month and year in elements of their own."""
    releases = "".join(
        f'<article class="release"><div class="date"><span class="day">{day}</span>{separator}<span class="month">'
        f'{month}</span>{separator}<span class="year">{year}</span></div><h2><a href="/presse/release-{number}">'
        f"Release {number} of the city</a></h2><p>The mayor received a delegation of the twin town.</p></article>"
        for number, (day, month, year) in enumerate(dates))
    return (f'<!doctype html><html lang="{lang}"><head><title>Press</title></head><body><header><a href="/">Home</a>'
            '<nav><a href="/council">Council</a> <a href="/presse/">Press</a></nav></header><main><h1>Press releases'
            f"</h1>{releases}</main><footer><p>Town Hall, 1 Main Square</p></footer></body></html>").encode()


@pytest.mark.parametrize("lang", ["es", "it", "de", "fr", "en"])
@pytest.mark.parametrize("separator", ["", " ", "/", "."])
def test_a_releases_day_month_and_year_in_figures_apart_date_it(lang, separator):
    page = _release_archive(lang, (("05", "06", "2025"), ("28", "5", "2025")), separator)
    assert other_news_items(page, _SITE, "/presse/", _FETCHED) == {
        ("/presse/release-0", "2025-06-05"), ("/presse/release-1", "2025-05-28")}


def test_three_figures_that_make_no_day_date_nothing():
    page = _release_archive("en", (("32", "14", "2025"), ("12", "40", "1999")))
    assert other_news_items(page, _SITE, "/presse/", _FETCHED) == set()  # no day shown: no dated item
