"""News dates as municipal and network sites write them: month abbreviations, meta lines, datelines under a kind
label, event spans and deadlines, in French, English, German, Spanish and Italian."""

from datetime import UTC, date, datetime

import pytest

from scraper.parsers.dates import parse_date
from scraper.parsers.events import find_event_span
from scraper.parsers.extract import extract_page

FETCHED = datetime(2025, 3, 20, tzinfo=UTC)
LIST_URL = "https://www.ville.example/actualites/"
ARTICLE_URL = "https://www.ville.example/actualites/forum-des-maires"


def _page(main: str, lang: str) -> bytes:
    return (f'<html lang="{lang}"><head><title>Ville</title></head><body><nav><a href="/">Accueil</a></nav>'
            f"<main>{main}</main><footer><p>Contact</p></footer></body></html>").encode()


def _dates(main: str, lang: str = "fr", url: str = ARTICLE_URL) -> list[tuple]:
    news = extract_page(_page(main, lang), url, FETCHED).news
    return [(item["published"], item["event_start"], item["event_end"]) for item in news]


@pytest.mark.parametrize(("phrase", "expected"), [
    ("12. Febr. 2025", "2025-02-12"),
    ("3 febb. 2025", "2025-02-03"),
    ("7. Mrz. 2025", "2025-03-07"),
    ("2025.03.12", "2025-03-12"),
    ("12-mar-2025", "2025-03-12"),
    ("12/Mar/2025", "2025-03-12"),
    ("12 mars, 2025", "2025-03-12"),
    ("12th of March 2025", "2025-03-12"),
    ("12 de Marzo, 2025", "2025-03-12"),
])
def test_month_abbreviations_and_a_dotted_year_first_date(phrase, expected):
    assert parse_date(phrase).iso() == expected


def _article(meta: str, body: str, lang: str) -> str:
    return f"<article><header><h1>Rencontre des maires</h1>{meta}</header><div>{body}</div></article>"


def test_a_meta_line_that_starts_with_the_date_then_its_author_and_reading_time():
    main = _article("<p>12 mars 2025 | Par Claire Martin | Lecture 3 min</p>",
                    "<p>Les élus des villes membres ont échangé sur le logement et le climat.</p>", "fr")
    assert _dates(main) == [("2025-03-12", None, None)]


def test_a_kind_word_of_the_site_before_vom_and_the_date():
    main = _article("<p>Beitrag vom 12.03.2025</p>",
                    "<p>Die Oberbürgermeisterin sprach mit den Partnerstädten über Klima und Wohnen.</p>", "de")
    assert _dates(main, "de") == [("2025-03-12", None, None)]


def test_a_dateline_under_a_kind_label_dates_the_page():
    main = ("<article><p class='kicker'>Communiqué</p><h1>Les maires réunis à Lyon</h1>"
            "<p>Lyon, le 12 mars 2025 – Les maires du réseau ont adopté une déclaration commune.</p></article>")
    assert _dates(main)[0][0] == "2025-03-12"


@pytest.mark.parametrize("text", [
    "Applications close on 30 April 2025 for the mayors' exchange programme.",
    "Date limite : 30 avril 2025 pour déposer un dossier.",
    "Anmeldeschluss ist der 30. April 2025.",
    "Fecha límite: 30 de abril de 2025.",
    "Termine ultimo: 30 aprile 2025 per le domande.",
])
def test_a_deadline_named_by_its_noun_or_by_closing_applications_is_no_event(text):
    assert find_event_span(text, date(2025, 3, 12)) is None


def test_a_closing_exhibition_keeps_its_day():
    assert find_event_span("The exhibition closes on 30 April 2025.", date(2025, 3, 12))[1].iso() == "2025-04-30"


@pytest.mark.parametrize(("text", "span"), [
    ("The forum takes place June 5 to 7, 2025 in Leeds.", ("2025-06-05", "2025-06-07")),
    ("Das Forum findet am 05.06.2025 im Rathaus statt.", ("2025-06-05", "2025-06-05")),
    ("El foro se celebrará el 5/6/2025 en el ayuntamiento.", ("2025-06-05", "2025-06-05")),
])
def test_event_spans_of_a_month_first_range_and_of_a_day_in_figures(text, span):
    found = find_event_span(text, date(2025, 3, 12))
    assert (found[0].iso(), found[1].iso()) == span


def test_a_bare_figure_date_is_no_event():
    assert find_event_span("Gemäß Beschluss 05.06.2019 des Rates.", date(2025, 3, 12)) is None


def _list(items: list[str], heading: str = "Actualités") -> str:
    return f"<h1>{heading}</h1><ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>"


@pytest.mark.parametrize(("lang", "first", "second"), [
    ("en", "Wed, 12 Mar 2025", "Mon, 3 Feb 2025"),
    ("de", "Mi., 12.03.2025", "Mo., 03.02.2025"),
    ("de", "Mittwoch, 12. März 2025", "Montag, 3. Februar 2025"),
    ("fr", "mer. 12/03/2025", "lun. 03/02/2025"),
    ("es", "Miércoles, 12 de marzo de 2025", "Lunes, 3 de febrero de 2025"),
    ("it", "Mercoledì 12 marzo 2025", "Lunedì 3 febbraio 2025"),
])
def test_a_weekday_before_an_items_date(lang, first, second):
    main = _list([f"<span>{first}</span><a href='/actualites/forum'>Rencontre des maires</a>",
                  f"<span>{second}</span><a href='/actualites/climat'>Sommet pour le climat</a>"])
    assert _dates(main, lang, LIST_URL) == [("2025-03-12", None, None), ("2025-02-03", None, None)]


def test_an_items_date_glued_to_its_title_is_not_taken_from_the_titles_span():
    main = _list(["<span class='date'>12 March 2025</span><a href='/news/forum'>Mayors forum, 5-7 June 2025</a>",
                  "<span class='date'>3 February 2025</span><a href='/news/climate'>Climate summit opens</a>"], "News")
    news = extract_page(_page(main, "en"), LIST_URL, FETCHED).news
    assert news[0]["title"] == "Mayors forum, 5-7 June 2025"
    assert (news[0]["published"], news[0]["event_start"], news[0]["event_end"]) == (
        "2025-03-12", "2025-06-05", "2025-06-07")


def test_a_day_without_a_year_split_into_parts_is_dated_by_the_page():
    main = ("<h1>Actualités</h1><p>Mis à jour le 15/03/2025</p><ul>"
            "<li><div class='date'><span>12</span><span>mars</span></div><a href='/actualites/forum'>Rencontre des"
            " maires</a></li><li><div class='date'><span>03</span><span>févr.</span></div>"
            "<a href='/actualites/climat'>Sommet pour le climat</a></li></ul>")
    assert _dates(main, "fr", LIST_URL) == [("2025-03-12", None, None), ("2025-02-03", None, None)]


def _span(text: str, published: str | None = "2025-03-12") -> tuple[str, str] | None:
    own = parse_date(published) if published else None
    found = find_event_span(text, date(2025, 3, 12), own)
    return (found[0].iso(), found[1].iso()) if found else None


def test_a_range_of_an_earlier_edition_yields_to_the_items_own_event():
    text = "Après le sommet de Séoul du 3 au 5 octobre 2023, les maires se retrouvent à Lyon le 6 juin 2025."
    assert _span(text) == ("2025-06-06", "2025-06-06")
    assert _span("Le précédent sommet s'était tenu du 3 au 5 octobre 2019.") == ("2019-10-03", "2019-10-05")


def test_a_day_named_from_the_items_own_comes_before_a_birth_day():
    assert _span("Née le 4 mai 1970, la maire a ouvert hier la séance du conseil.") == ("2025-03-11", "2025-03-11")


def test_a_weekday_range_with_commas_after_the_first_day():
    text = "Die Konferenz findet von Sonntag, 30. März, bis Dienstag, 1. April 2025 in Brüssel statt."
    assert _span(text) == ("2025-03-30", "2025-04-01")


@pytest.mark.parametrize("text", [
    "Les dossiers sont à déposer au plus tard le 30 avril 2025.",
    "Submit your proposal no later than 30 April 2025.",
    "Le domande vanno presentate entro e non oltre il 30 aprile 2025.",
    "El plazo de inscripción finaliza el 30 de abril de 2025.",
])
def test_more_deadline_wordings_are_no_event(text):
    assert _span(text) is None


def test_a_festival_that_ends_on_a_day_keeps_it():
    assert _span("El festival finaliza el 30 de marzo de 2025 con un concierto.") == ("2025-03-30", "2025-03-30")


def test_the_title_attribute_of_a_relative_date_by_the_headline_dates_the_page():
    main = ("<article><h1>Rencontre des maires</h1><p><span title='12/03/2025 09:00'>il y a 8 jours</span></p>"
            "<p>Les élus des villes membres ont échangé sur le logement.</p></article>")
    assert _dates(main) == [("2025-03-12", None, None)]


def test_an_items_date_with_a_comma_before_its_year_is_not_left_in_its_summary_as_the_event():
    main = _list(["<span>12 March, 2025</span><h3><a href='/news/forum'>Mayors forum</a></h3><p>Mayors met.</p>",
                  "<span>3 February, 2025</span><h3><a href='/news/climate'>Climate summit</a></h3><p>Talks.</p>"],
                 "News")
    assert _dates(main, "en", LIST_URL) == [("2025-03-12", None, None), ("2025-02-03", None, None)]


@pytest.mark.parametrize(("lang", "first", "second", "expected"), [
    ("en", "Mayors summit 5–7 June 2025", "Climate week, 29 December 2024 – 3 January 2025",
     [(None, "2025-06-05", "2025-06-07"), (None, "2024-12-29", "2025-01-03")]),
    ("fr", "Forum des maires du 5 au 7 juin 2025", "Semaine du climat du 2 juin au 4 juin 2025",
     [(None, "2025-06-05", "2025-06-07"), (None, "2025-06-02", "2025-06-04")]),
])
def test_a_span_in_an_undated_items_title_is_its_event_not_its_date(lang, first, second, expected):
    main = ("<h1>Actualités</h1><ul class='news'>"
            f"<li class='news-item'><a href='/actualites/a'>{first}</a><p>Un court texte.</p></li>"
            f"<li class='news-item'><a href='/actualites/b'>{second}</a><p>Un court texte.</p></li></ul>")
    news = extract_page(_page(main, lang), LIST_URL, FETCHED).news
    assert [item["title"] for item in news] == [first, second]
    assert [(item["published"], item["event_start"], item["event_end"]) for item in news] == expected


def test_a_span_in_an_agenda_items_date_element_is_its_event():
    main = ("<h1>Agenda</h1><ul>"
            "<li><span class='date'>Du 5 au 7 juin 2025</span><h3><a href='/agenda/a'>Forum des maires</a></h3></li>"
            "<li><span class='date'>Du 1er au 3 juillet 2025</span><h3><a href='/agenda/b'>Sommet du climat</a></h3>"
            "</li></ul>")
    assert _dates(main, "fr", LIST_URL) == [(None, "2025-06-05", "2025-06-07"), (None, "2025-07-01", "2025-07-03")]


@pytest.mark.parametrize("shown", ["12/03/2025 - 10:30", "12 mars 2025 - 10h30", "12/03/2025 - 9.30"])
def test_a_time_after_an_items_date_is_no_span(shown):
    main = ("<h1>Actualités</h1><ul>"
            f"<li><a href='/actualites/a'>La ville rejoint le réseau</a> {shown}</li>"
            f"<li><a href='/actualites/b'>Visite d'une délégation</a> {shown}</li></ul>")
    assert _dates(main, "fr", LIST_URL) == [("2025-03-12", None, None)] * 2


@pytest.mark.parametrize(("lang", "line"), [
    ("de", "Von Max Muster am 12.03.2025"),
    ("es", "Alcaldía · 12 de marzo de 2025 · Lectura: 3 min"),
    ("en", "For immediate release: 12 March 2025"),
    ("de", "Pressemitteilung Nr. 123 vom 12. März 2025"),
    ("fr", "Communiqué n° 45 du 12 mars 2025"),
])
def test_more_date_lines_by_the_title(lang, line):
    main = _article(f"<p>{line}</p>", "<p>Les élus des villes membres ont échangé sur le logement.</p>", lang)
    assert _dates(main, lang) == [("2025-03-12", None, None)]


@pytest.mark.parametrize(("text", "span"), [
    ("The forum will take place on 5th & 6th June 2025.", ("2025-06-05", "2025-06-06")),
    ("The forum runs from the 5th to the 7th of June 2025.", ("2025-06-05", "2025-06-07")),
])
def test_more_english_spans(text, span):
    assert _span(text) == span


@pytest.mark.parametrize("text", [
    "Décret n° 2024-123 du 12 février 2024 relatif aux coopérations.",
    "Fin des inscriptions le 30 mars.",
    "Registration deadline: 30 March.",
    "Anmeldung bis 30. März erforderlich.",
])
def test_legal_texts_and_registration_deadlines_are_no_event(text):
    assert _span(text) is None


def test_an_exhibition_open_until_a_day_runs_from_the_items_day():
    assert _span("Die Ausstellung ist bis 30. April im Rathaus zu sehen.") == ("2025-03-12", "2025-04-30")


@pytest.mark.parametrize(("text", "span"), [
    ("Le forum s'est tenu du 3 — 5 juin 2025.", ("2025-06-03", "2025-06-05")),
    ("Il forum si è svolto dal 3 al 5 di giugno 2025.", ("2025-06-03", "2025-06-05")),
])
def test_an_em_dash_and_the_italian_di_in_spans(text, span):
    assert _span(text) == span


@pytest.mark.parametrize("text", [
    "Jeudi 6 février, la ville a signé la charte.",
    "On Thursday 6 February the city signed the charter.",
    "Am Donnerstag, 6. Februar, unterzeichnete die Stadt die Charta.",
    "El jueves 6 de febrero la ciudad firmó la carta.",
])
def test_the_weekday_before_a_day_without_a_year_chooses_its_year(text):
    found = find_event_span(text, date(2025, 11, 20), parse_date("2025-11-20"))
    assert found[0].iso() == "2025-02-06"
