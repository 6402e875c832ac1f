"""News items and their dates in more of the ways city sites show them: deadlines named further back in their
clause, bylines of a service with a long name, in French, English, German, Spanish and Italian."""

from datetime import UTC, datetime

import pytest

from scraper.parsers.extract import extract_page

FETCHED = datetime(2025, 3, 20, 9, 0, tzinfo=UTC)
ARTICLE_URL = "https://www.ville.example/pages/rencontre-des-maires-4312"


def _page(main: str, lang: str) -> bytes:
    return (f'<html lang="{lang}"><head><title>Ville</title></head><body><header><nav><ul><li><a href="/">Accueil</a>'
            f'</li><li><a href="/culture">Culture</a></li></ul></nav></header><main>{main}</main>'
            "<footer><p>© 2025 Ville</p></footer></body></html>").encode()


def _extract(main: str, lang: str, url: str = ARTICLE_URL):
    return extract_page(_page(main, lang), url, FETCHED)


def _article(title: str, meta: str, text: str) -> str:
    return (f"<article><header><h1>{title}</h1><p class='meta'>{meta}</p></header>"
            "<p>Les représentants des villes partenaires ont présenté leurs projets communs.</p>"
            f"<p>{text}</p></article>")


@pytest.mark.parametrize(("lang", "meta", "sentence"), [
    ("en", "Published 12 March 2025", "The closing date for all applications is 30 April 2025."),
    ("en", "Published 12 March 2025", "The deadline to register your interest is 30 April 2025."),
    ("fr", "Publié le 12 mars 2025", "La date limite de dépôt des dossiers de candidature est fixée au 30 avril 2025."),
    ("de", "Veröffentlicht am 12.03.2025", "Die Frist für die Einreichung der Anträge endet am 30. April 2025."),
    ("de", "Veröffentlicht am 12.03.2025", "Der Anmeldeschluss für alle Schulklassen ist der 30. April 2025."),
    ("es", "Publicado el 12/03/2025", "El plazo de presentación de las solicitudes termina el 30 de abril de 2025."),
    ("it", "Pubblicato il 12/03/2025", "La scadenza per la presentazione delle domande è il 30 aprile 2025."),
])
def test_a_deadline_named_further_back_in_its_clause_is_not_the_event(lang, meta, sentence):
    news = _extract(_article("Appel à partenaires", meta, sentence), lang).news
    assert [(item["published"], item["event_start"]) for item in news] == [("2025-03-12", None)]


def test_a_day_after_a_closing_ceremony_is_still_the_event():
    main = _article("Forum des villes", "Publié le 12 mars 2025",
                    "La cérémonie de clôture du forum aura lieu le 5 juin 2025 à l'Hôtel de Ville.")
    assert [(item["event_start"], item["event_end"]) for item in _extract(main, "fr").news] == [
        ("2025-06-05", "2025-06-05")]


@pytest.mark.parametrize(("lang", "byline"), [
    ("fr", "Rédigé par Service communication, le 12 mars 2025"),
    ("fr", "Écrit par la Direction des relations internationales, le 12 mars 2025"),
    ("es", "Redactado por Gabinete de Prensa, el 12/03/2025"),
    ("it", "Redatto da Ufficio Relazioni Internazionali, il 12/03/2025"),
    ("en", "Written by the International Relations Team, on 12 March 2025"),
])
def test_a_byline_of_a_service_with_a_long_name_dates_the_article(lang, byline):
    extraction = _extract(_article("Assemblée générale du réseau", byline, "Le budget a été adopté."), lang)
    assert extraction.page["page_date"] == "2025-03-12"
    assert [(item["url"], item["published"]) for item in extraction.news] == [(ARTICLE_URL, "2025-03-12")]


def _rows(heading: str, rows: list[tuple[str, str, str]], row_class: str = "row") -> str:
    return f"<h1>{heading}</h1>" + "".join(
        f"<div class='{row_class}'><h3><a href='{href}'>{title}</a></h3><p>{line}</p></div>"
        for href, title, line in rows)


def _items(extraction) -> list[tuple]:
    return [(item["title"], item["published"], item["event_start"], item["event_end"]) for item in extraction.news]


@pytest.mark.parametrize(("lang", "first", "second"), [
    ("es", "Nota de prensa - 12/03/2025", "Nota de prensa - 05/02/2025"),
    ("es", "Noticia · 12/03/2025", "Noticia · 05/02/2025"),
    ("de", "Meldung – 12.03.2025", "Meldung – 05.02.2025"),
    ("it", "Comunicato stampa del 12/03/2025", "Comunicato stampa del 05/02/2025"),
    ("fr", "Communiqué du 12/03/2025", "Communiqué du 05/02/2025"),
])
def test_rows_that_show_a_kind_label_and_a_date_are_dated_items(lang, first, second):
    main = _rows("Sala de prensa", [("/a", "Visita de una delegación de Burdeos", first),
                                    ("/b", "Foro de alcaldes de la red", second)])
    extraction = _extract(main, lang, "https://www.ciudad.example/sala-de-prensa")
    assert _items(extraction) == [("Visita de una delegación de Burdeos", "2025-03-12", None, None),
                                  ("Foro de alcaldes de la red", "2025-02-05", None, None)]
    assert extraction.page["page_date"] is None  # the items' dates, not the page's


def test_a_row_that_shows_a_span_of_days_is_dated_by_its_event_not_by_its_last_day():
    main = _rows("Veranstaltungen", [("/a", "Partnerschaftsfest", "14.06.2025 – 15.06.2025"),
                                     ("/b", "Europawoche", "05.05.2025 – 09.05.2025")])
    assert _items(_extract(main, "de", "https://www.stadt.example/termine/")) == [
        ("Partnerschaftsfest", None, "2025-06-14", "2025-06-15"), ("Europawoche", None, "2025-05-05", "2025-05-09")]


def test_an_update_line_in_a_section_of_an_article_dates_no_item():
    main = ("<h1>Rinnovato il consiglio della rete</h1><p>Il consiglio si è riunito a Tunisi.</p>"
            "<nav><ul><li><a href='#descrizione'>Descrizione</a></li></ul></nav>"
            "<section><h4>Ulteriori informazioni</h4><p>Ultimo aggiornamento: 26/02/2025, 12:40</p></section>")
    assert _extract(main, "it").news == []


@pytest.mark.parametrize(("lang", "carousel", "first_date", "second_date"), [
    ("fr", "<div class='carousel'><div class='carousel-item'><h2><a href='/a'>{t}</a></h2>"
           "<p>12 mars 2025</p></div></div>",
     "12 mars 2025", "5 février 2025"),
    ("en", "<div class='swiper'><div class='swiper-slide'><h2><a href='/a'>{t}</a></h2>"
           "<p>12 March 2025</p></div></div>",
     "12 March 2025", "5 February 2025"),
    ("de", "<div class='slider'><div class='slide'><h2><a href='/a'>{t}</a></h2><p>12.03.2025</p>"
           "<a href='/a'>Weiterlesen</a></div></div>", "12.03.2025", "05.02.2025"),
])
def test_a_featured_item_repeated_in_a_carousel_is_one_item_and_not_the_pages_date(lang, carousel, first_date,
                                                                                 second_date):
    title = "Délégation de Séoul à l'Hôtel de Ville"
    cards = "".join(f"<div class='card'><h3><a href='{href}'>{shown}</a></h3><p class='date'>{date}</p></div>"
                    for href, shown, date in (("/a", title, first_date), ("/b", "Forum des maires", second_date)))
    extraction = _extract(f"<h1>Actualités</h1>{carousel.format(t=title)}{cards}", lang,
                          "https://www.ville.example/pages/actualites-12")
    assert _items(extraction) == [(title, "2025-03-12", None, None), ("Forum des maires", "2025-02-05", None, None)]
    assert extraction.page["page_date"] is None


def test_an_undated_slide_is_no_item():
    main = ("<h1>Relations internationales</h1><div class='carousel'><div class='carousel-item'>"
            "<h2><a href='/jumelages'>Nos villes jumelles</a></h2>"
            "<p>Découvrez les partenaires de la ville.</p></div></div>"
            "<p>La ville entretient des liens avec une vingtaine de villes.</p>")
    assert _extract(main, "fr").news == []


@pytest.mark.parametrize(("lang", "heading", "first", "second", "expected"), [
    ("en", "March 2025", "Mayor visits Lisbon</a> – 12 March", "Council signs charter</a> – 3 March",
     ("2025-03-12", "2025-03-03")),
    ("fr", "Mars 2025", "Délégation de Séoul</a> (12 mars)", "Forum de l'AIMF</a> (3 mars)",
     ("2025-03-12", "2025-03-03")),
    ("de", "Februar 2025", "Besuch aus Lyon</a>, 12. Februar", "Städtetag tagt</a>, 3. Februar",
     ("2025-02-12", "2025-02-03")),
    ("es", "2024", "Visita de Burdeos</a> · 12 de diciembre", "Foro de alcaldes</a> · 3 de octubre",
     ("2024-12-12", "2024-10-03")),
])
def test_days_written_beside_the_titles_under_a_month_or_year_heading(lang, heading, first, second, expected):
    main = (f"<h1>Archive</h1><h2>{heading}</h2><ul><li><a href='/a'>{first}</li>"
            f"<li><a href='/b'>{second}</li></ul>")
    news = _extract(main, lang, "https://www.city.example/pages/archive-2").news
    assert [(item["published"], item["event_start"]) for item in news] == [(expected[0], None), (expected[1], None)]


def test_a_day_beside_a_title_without_a_heading_year_takes_the_pages_date():
    main = ("<h1>Actualités</h1><p>Mis à jour le 18 mars 2025</p><ul><li><a href='/a'>Délégation de Séoul</a> (12 mars)"
            "</li><li><a href='/b'>Forum de l'AIMF</a> (20 décembre)</li></ul>")
    news = _extract(main, "fr", "https://www.ville.example/pages/actualites-12").news
    assert [item["published"] for item in news] == ["2025-03-12", "2024-12-20"]


@pytest.mark.parametrize(("lang", "header", "foot"), [
    ("fr", "<time datetime='2025-03-12T09:00:00+01:00'></time>", ""),
    ("en", "<time datetime='2025-03-12'></time>", ""),
    ("de", "", "<footer class='article-footer'><time datetime='2025-03-12'></time></footer>"),
    ("es", "", "<p><time datetime='2025-03-12'>12/03/2025</time></p>"),
])
def test_an_article_dated_only_by_a_time_of_its_own_is_a_news_item(lang, header, foot):
    main = (f"<article><header><h1>Visite d'une délégation de Séoul</h1>{header}</header>"
            f"<p>Les élus ont visité les services de la ville et signé une lettre d'intention.</p>{foot}</article>")
    extraction = _extract(main, lang)
    assert [(item["url"], item["published"]) for item in extraction.news] == [(ARTICLE_URL, "2025-03-12")]


def test_a_time_in_a_sentence_of_an_article_does_not_make_it_news():
    main = ("<article><h1>Le Forum des villes</h1><p>Le forum réunit chaque année les villes partenaires. La prochaine "
            "édition aura lieu le <time datetime='2025-06-05'>5 juin</time> à Lyon.</p></article>")
    assert _extract(main, "fr").news == []


@pytest.mark.parametrize(("lang", "line"), [
    ("fr", "Le 12/03/2025 par Service communication"),
    ("en", "12 March 2025 by the Press Office"),
    ("de", "12.03.2025 von Presseamt"),
    ("it", "12 marzo 2025 di Redazione"),
])
def test_a_date_line_with_its_author_after_the_date(lang, line):
    extraction = _extract(_article("Délégation de Lyon", line, "Le programme a été présenté."), lang)
    assert [(item["url"], item["published"]) for item in extraction.news] == [(ARTICLE_URL, "2025-03-12")]


@pytest.mark.parametrize(("lang", "label", "line"), [
    ("de", "Veranstaltung", "Termin: 05.06.2025, 18:00 Uhr"),
    ("en", "Event", "When: 05/06/2025, 6pm"),
    ("it", "Evento", "Quando: 05/06/2025, ore 18"),
    ("es", "Evento", "Cuándo: 05/06/2025"),
])
def test_an_event_pages_day_in_figures_after_its_label(lang, label, line):
    main = (f"<article><header><p>{label}</p><h1>Partnerschaftsabend</h1><p>{line}</p></header>"
            "<p>Ein Abend mit Musik und Gästen aus den Partnerstädten im Rathaus.</p></article>")
    news = _extract(main, lang).news
    assert [(item["published"], item["event_start"], item["event_end"]) for item in news] == [
        (None, "2025-06-05", "2025-06-05")]


def test_an_item_shown_twice_keeps_what_either_showing_tells():
    main = ("<h1>Actualités</h1><div class='swiper'><div class='swiper-slide'>"
            "<h2><a href='/a'>Forum des maires</a></h2>"
            "<p>14 mars 2025</p></div></div>"
            "<div class='card'><h3><a href='/a'>Forum des maires</a></h3><p class='date'>14 mars 2025</p>"
            "<p class='excerpt'>Les maires se retrouveront du 2 au 4 avril 2025 à l'hôtel de ville.</p></div>"
            "<div class='card'><h3><a href='/b'>Visite d'une délégation</a></h3><p class='date'>6 mars 2025</p></div>")
    news = _extract(main, "fr", "https://www.ville.example/pages/actualites-12").news
    assert [(item["url"], item["published"], item["event_start"], item["event_end"], bool(item["summary"]))
            for item in news] == [("https://www.ville.example/a", "2025-03-14", "2025-04-02", "2025-04-04", True),
                                  ("https://www.ville.example/b", "2025-03-06", None, None, False)]


@pytest.mark.parametrize(("lang", "title", "line"), [
    ("fr", "Communiqué de presse : la Ville accueille Metropolis", "Mis à jour le 14/03/2025"),
    ("de", "Pressemitteilung: Besuch aus Lyon", "Stand: 14.03.2025"),
    ("en", "Press release: Council welcomes a delegation from Lyon", "Last updated: 14 March 2025"),
    ("it", "Comunicato stampa: visita di una delegazione di Lione", "Aggiornato al 14/03/2025"),
])
def test_a_title_that_starts_with_a_kind_label_and_a_colon_is_a_news_item(lang, title, line):
    main = f"<h1>{title}</h1><p>{line}</p><p>Les élus ont visité les services de la ville.</p>"
    extraction = _extract(main, lang)
    assert [(item["url"], item["published"]) for item in extraction.news] == [(ARTICLE_URL, "2025-03-14")]


@pytest.mark.parametrize("title", ["Agenda : les rendez-vous internationaux", "Articles : comment nous écrire"])
def test_a_title_that_starts_with_another_word_and_a_colon_is_not(title):
    main = f"<h1>{title}</h1><p>Mis à jour le 14/03/2025</p><p>Les élus ont visité les services de la ville.</p>"
    assert _extract(main, "fr").news == []


@pytest.mark.parametrize(("lang", "rows"), [
    ("fr", ("<p><strong>12/03/2025</strong> – <a href='/a'>{a}</a></p>",
            "<p><strong>05/02/2025</strong> – <a href='/b'>{b}</a></p>")),
    ("de", ("<p>12.03.2025: <a href='/a'>{a}</a></p>", "<p>05.02.2025: <a href='/b'>{b}</a></p>")),
    ("en", ("<p><a href='/a'>{a}</a> (12 March 2025)</p>", "<p><a href='/b'>{b}</a> (5 February 2025)</p>")),
])
def test_paragraphs_that_are_a_date_and_one_link_are_dated_items(lang, rows):
    titles = {"a": "Délégation de Séoul à l'Hôtel de Ville", "b": "Forum des maires francophones"}
    main = "<h1>Archives</h1>" + "".join(row.format(**titles) for row in rows)
    extraction = _extract(main, lang, "https://www.ville.example/pages/archives-3")
    assert [(item["title"], item["published"]) for item in extraction.news] == [
        (titles["a"], "2025-03-12"), (titles["b"], "2025-02-05")]
    assert extraction.page["page_date"] is None


def test_a_sentence_with_a_date_and_a_link_is_no_item():
    main = ("<h1>Jumelages</h1><p>Le 12/03/2025, la ville a signé un accord avec <a href='/seoul'>Séoul</a> pour "
            "développer les échanges entre étudiants.</p><p>Les associations peuvent proposer des projets.</p>")
    assert _extract(main, "fr").news == []


@pytest.mark.parametrize("paragraphs", [
    "<p>La prochaine rencontre aura lieu le <time datetime='2025-06-05'>5 juin 2025</time> à Lyon.</p>",
    "<p>Les villes jumelles échangent des élèves et des artistes chaque année depuis longtemps.</p>"
    "<p>Les associations de la ville participent aux échanges.</p>"
    "<p>La prochaine rencontre des comités de jumelage aura lieu le <time datetime='2025-06-05'>5 juin 2025</time> "
    "à Lyon, en présence des maires.</p>",
])
def test_a_day_in_a_sentence_is_not_the_date_of_a_topic_page(paragraphs):
    extraction = _extract(f"<h1>Nos villes jumelles</h1>{paragraphs}", "fr")
    assert (extraction.page["page_date"], extraction.news) == (None, [])


def test_a_date_beside_a_few_words_by_the_title_still_dates_the_page():
    main = ("<article><h1>Visite d'une délégation</h1><p><span>10/03/2025</span> <span>Relations internationales</span>"
            "</p><p>Les élus ont visité les services de la ville.</p></article>")
    assert _extract(main, "fr").page["page_date"] == "2025-03-10"
