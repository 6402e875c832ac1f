"""News items and their dates on layouts and wordings met on other cities' sites: relative dates shown by an item
("il y a 3 jours", "yesterday"), datelines, event spans with weekdays, in French, English, German, Spanish and
Italian."""

from datetime import UTC, datetime

import pytest

from scraper.parsers.dates import time_ago
from scraper.parsers.extract import extract_page

FETCHED = datetime(2025, 3, 20, 9, 0, tzinfo=UTC)


def _page(main: str, lang: str) -> bytes:
    return (f'<html lang="{lang}"><head><title>Ville</title></head><body><header><nav><ul><li><a href="/">Accueil</a>'
            f'</li><li><a href="/culture">Culture</a></li></ul></nav></header><main>{main}</main>'
            "<footer><p>© 2025 Ville</p></footer></body></html>").encode()


def _news(main: str, lang: str, url: str) -> list[tuple]:
    extraction = extract_page(_page(main, lang), url, FETCHED)
    return [(item["published"], item["event_start"], item["event_end"]) for item in extraction.news]


def _list(heading: str, items: list[tuple[str, str, str]], date_class: str = "meta") -> str:
    cards = "".join(f"<li class='card'><h3><a href='{href}'>{title}</a></h3><p class='{date_class}'>{shown}</p></li>"
                    for href, title, shown in items)
    return f"<h1>{heading}</h1><ul class='list'>{cards}</ul>"


@pytest.mark.parametrize(("line", "days", "hours"), [
    ("il y a 3 jours", 3, 0), ("Il y a 5 heures", 0, 5), ("hier", 1, 0), ("Publié hier à 10h30", 1, 0),
    ("avant-hier", 2, 0), ("2 days ago", 2, 0), ("Posted an hour ago", 0, 1), ("Yesterday", 1, 0),
    ("vor 3 Tagen", 3, 0), ("Gestern, 10:30 Uhr", 1, 0), ("vor einer Stunde", 0, 1),
    ("hace 3 días", 3, 0), ("ayer", 1, 0), ("3 giorni fa", 3, 0), ("ieri", 1, 0), ("l’altro ieri", 2, 0),
])
def test_a_line_that_is_only_a_relative_date(line, days, hours):
    ago = time_ago(line)
    assert (ago.days, ago.seconds // 3600) == (days, hours)


@pytest.mark.parametrize("line", ["hier, les maires ont signé la déclaration", "il y a 2 semaines", "vor 3 Monaten",
                                  "the city of tomorrow", "Ieri e oggi: storia del gemellaggio tra le due città"])
def test_no_relative_date_in_a_sentence_nor_a_loose_one(line):
    assert time_ago(line) is None


@pytest.mark.parametrize(("lang", "url", "heading", "shown"), [
    ("fr", "https://www.ville.example/actualites/", "Actualités", ("il y a 3 jours", "hier")),
    ("en", "https://www.city.example/news/", "News", ("3 days ago", "Yesterday")),
    ("de", "https://www.stadt.example/aktuelles/", "Aktuelles", ("vor 3 Tagen", "gestern")),
    ("es", "https://www.ciudad.example/noticias/", "Noticias", ("hace 3 días", "ayer")),
    ("it", "https://www.comune.example/notizie/", "Notizie", ("3 giorni fa", "ieri")),
])
def test_teasers_that_show_how_long_ago_they_were_published_are_dated_from_the_capture(lang, url, heading, shown):
    main = _list(heading, [("/a", "Rencontre des maires du réseau", shown[0]),
                           ("/b", "Visite d'une délégation étrangère", shown[1])])
    assert _news(main, lang, url) == [("2025-03-17", None, None), ("2025-03-19", None, None)]


def test_an_undated_list_item_with_only_a_relative_date_is_an_item():
    main = ("<h1>Actualités</h1><ul><li><a href='/a'>Rencontre des maires du réseau</a>"
            " <span>il y a 2 jours</span></li>"
            "<li><a href='/b'>Visite d'une délégation étrangère</a> <span>hier</span></li></ul>")
    assert _news(main, "fr", "https://www.ville.example/actualites/") == [("2025-03-18", None, None),
                                                                         ("2025-03-19", None, None)]


@pytest.mark.parametrize(("lang", "url", "line"), [
    ("fr", "https://www.ville.example/actualites/forum", "Publié il y a 2 jours"),
    ("en", "https://www.city.example/news/forum", "Posted 2 days ago"),
    ("de", "https://www.stadt.example/aktuelles/forum", "Veröffentlicht vor 2 Tagen"),
])
def test_an_article_that_shows_how_long_ago_it_was_published(lang, url, line):
    main = (f"<article><header><h1>Forum des maires</h1><p class='meta'>{line}</p></header>"
            "<p>Les élus des villes membres ont échangé sur le logement et le climat pendant deux jours.</p></article>")
    extraction = extract_page(_page(main, lang), url, FETCHED)
    assert extraction.page["page_date"] == "2025-03-18"
    assert [(item["published"], item["event_start"]) for item in extraction.news] == [("2025-03-18", None)]


@pytest.mark.parametrize(("lang", "kind", "dateline"), [
    ("de", "Pressemitteilung", "Graz, 12.03.2025. Die Stadt richtet das Forum im Juni aus."),
    ("es", "Nota de prensa", "Bilbao, 12 de marzo de 2025. La ciudad acogerá el foro en junio."),
    ("fr", "Communiqué de presse", "Lyon, le 12 mars 2025. La Ville accueillera le forum en juin."),
])
def test_a_dateline_ended_by_a_period_before_the_next_sentence_dates_the_release(lang, kind, dateline):
    main = f"<p class='kind'>{kind}</p><h1>Forum des maires</h1><p>{dateline}</p><p>Les élus débattront du climat.</p>"
    extraction = extract_page(_page(main, lang), "https://www.ville.example/pages/forum", FETCHED)
    assert extraction.page["page_date"] == "2025-03-12"


def test_a_sentence_that_only_starts_with_a_place_and_a_day_is_no_dateline():
    main = ("<h1>Forum des maires</h1><p>À Lyon, le 12 mars 2025, les maires ont signé une déclaration.</p>"
            "<p>Les élus débattront du climat.</p>")
    extraction = extract_page(_page(main, "fr"), "https://www.ville.example/pages/forum", FETCHED)
    assert extraction.page["page_date"] != "2025-03-12"


@pytest.mark.parametrize(("lang", "url", "heading", "spans"), [
    ("fr", "https://www.ville.example/agenda/", "Agenda",
     ("Du jeudi 5 juin au samedi 7 juin 2025", "Du lundi 12 mai 2025 au mercredi 14 mai 2025")),
    ("en", "https://www.city.example/events/", "Events",
     ("Thursday 5 June 2025 - Saturday 7 June 2025", "Monday 12 May 2025 – Wednesday 14 May 2025")),
    ("de", "https://www.stadt.example/veranstaltungen/", "Veranstaltungen",
     ("Do, 05.06.2025 – Sa, 07.06.2025", "Montag, 12.05.2025 – Mittwoch, 14.05.2025")),
    ("es", "https://www.ciudad.example/agenda/", "Agenda",
     ("Del 5 de junio de 2025 al 7 de junio de 2025", "Desde el 12 de mayo de 2025 hasta el 14 de mayo de 2025")),
])
def test_event_spans_with_weekdays_or_a_year_on_both_days(lang, url, heading, spans):
    main = _list(heading, [("/a", "Forum des maires", spans[0]), ("/b", "Semaine européenne", spans[1])], "when")
    assert [event for _, *event in _news(main, lang, url)] == [["2025-06-05", "2025-06-07"],
                                                              ["2025-05-12", "2025-05-14"]]


_EVENT_BODY = "<p>Les maires des villes membres débattront du climat et du logement.</p>"


@pytest.mark.parametrize(("lang", "label", "when"), [
    ("fr", "Événement", "<dl><dt>Date</dt><dd>Du 3 au 5 juin 2025</dd><dt>Lieu</dt><dd>Hôtel de ville</dd></dl>"),
    ("en", "Event", "<p>When: Tuesday 3 June 2025 to Thursday 5 June 2025</p><p>Where: City Hall</p>"),
    ("de", "Veranstaltung", "<p>Termin: 3. bis 5. Juni 2025</p><p>Ort: Rathaus</p>"),
    ("es", "Evento", "<p>Fecha: del 3 al 5 de junio de 2025</p><p>Lugar: Ayuntamiento</p>"),
    ("it", "Evento", "<p>Quando: dal 3 al 5 giugno 2025</p><p>Dove: Palazzo di città</p>"),
])
def test_an_events_own_page_labelled_as_one_is_an_item_with_its_span(lang, label, when):
    main = f"<p class='kind'>{label}</p><h1>Forum des maires</h1>{when}{_EVENT_BODY}"
    extraction = extract_page(_page(main, lang), "https://www.ville.example/pages/forum-des-maires", FETCHED)
    assert [(item["event_start"], item["event_end"]) for item in extraction.news] == [("2025-06-03", "2025-06-05")]


def test_an_agenda_is_a_list_of_events_not_one():
    main = _list("Agenda", [("/agenda/a", "Forum des maires", "Du 3 au 5 juin 2025"),
                            ("/agenda/b", "Semaine européenne", "Du 12 au 14 mai 2025")], "when")
    extraction = extract_page(_page(main, "fr"), "https://www.ville.example/pages/agenda", FETCHED)
    assert [item["url"] for item in extraction.news] == ["https://www.ville.example/agenda/a",
                                                         "https://www.ville.example/agenda/b"]


@pytest.mark.parametrize(("lang", "sentence"), [
    ("it", "Scadenza: 15 marzo 2025."),
    ("fr", "Échéance : 15 mars 2025."),
    ("en", "Due date: 15 March 2025."),
    ("de", "Stichtag ist der 15. März 2025."),
    ("es", "Vencimiento: 15 de marzo de 2025."),
])
def test_a_deadline_named_by_its_noun_is_no_event(lang, sentence):
    main = _list("Notizie", [("/a", "Bando gemellaggi", "12/03/2025"), ("/b", "Scambi giovanili", "03/02/2025")])
    main = main.replace("Scambi giovanili</a></h3>", f"Scambi giovanili</a></h3><p>{sentence}</p>")
    assert _news(main, lang, "https://www.comune.example/notizie/") == [("2025-03-12", None, None),
                                                                        ("2025-02-03", None, None)]


def _with_footer(footer: str, head: str = "") -> bytes:
    """A list of news (a page htmldate is not asked to date), with `footer`."""
    teasers = _list("Actualités", [("/a", "Forum des maires", "12 mars 2025"), ("/b", "Visite à Turin", "3 mars 2025")])
    return (f'<html lang="fr"><head><title>Actualités</title>{head}</head><body><main>{teasers}</main>'
            f"<footer>{footer}</footer></body></html>").encode()


@pytest.mark.parametrize(("line", "expected"), [
    ("Mis à jour le 18 mars 2025", "2025-03-18"),
    ("Last updated: 14 March 2025", "2025-03-14"),
    ("Zuletzt aktualisiert am 12.03.2025", "2025-03-12"),
    ("Última actualización: 12/03/2025", "2025-03-12"),
    ("Ultimo aggiornamento: 12/03/2025", "2025-03-12"),
])
def test_an_update_line_in_the_footer_dates_a_page_that_states_no_other(line, expected):
    page = _with_footer(f"<p>Hôtel de ville</p><p class='update'>{line}</p><p>© 2024 Ville</p>")
    assert extract_page(page, "https://www.ville.example/actualites", FETCHED).page["page_date"] == expected


@pytest.mark.parametrize("footer", [
    "<p>Notre politique de confidentialité a été modifiée le 1er janvier 2025.</p>",
    "<p>© 2025 Ville de Lille</p>",
])
def test_no_page_date_from_a_sentence_or_a_copyright_in_the_footer(footer):
    page = _with_footer(footer)
    assert extract_page(page, "https://www.ville.example/actualites", FETCHED).page["page_date"] != "2025-01-01"


def test_the_pages_metadata_comes_before_its_footer():
    head = '<meta property="article:published_time" content="2025-02-12T10:00:00+00:00">'
    page = _with_footer("<p>Mis à jour le 18 mars 2025</p>", head)
    assert extract_page(page, "https://www.ville.example/actualites", FETCHED).page["page_date"] == "2025-02-12"


@pytest.mark.parametrize(("lang", "shown"), [
    ("it", "Dal 14 al 16 maggio 2025"),
    ("fr", "Du 14 au 16 mai 2025"),
    ("en", "14–16 May 2025"),
    ("de", "Mi, 14.05.2025 – Fr, 16.05.2025"),
    ("es", "Del 14 al 16 de mayo de 2025"),
])
def test_an_agenda_cards_date_element_that_shows_a_span_gives_its_event(lang, shown):
    card = ("<div class='card'><h3 class='card-title'><a href='/eventi/{slug}'>{title}</a></h3>"
            "<p class='card-date'>{shown}</p>"
            "<p class='card-text'>Tre giornate di lavoro con le città della rete.</p></div>")
    main = "<h1>Eventi</h1>" + "".join(card.format(slug=slug, title=title, shown=shown)
                                       for slug, title in (("forum", "Forum Cultura"), ("mostra", "Mostra")))
    assert _news(main, lang, "https://www.comune.example/eventi/") == [(None, "2025-05-14", "2025-05-16")] * 2


def test_a_sidebar_of_latest_news_with_relative_dates():
    main = ("<h1>Eventi internazionali</h1><p>Gli appuntamenti con le città gemellate e le reti di città europee.</p>"
            "</main><aside><h2>Ultime notizie</h2><ul>"
            "<li><a href='/notizie/pola'>Una delegazione di Pola in visita</a><span class='when'>ieri</span></li>"
            "<li><a href='/notizie/bando'>Scambi giovanili: online il bando</a>"
            "<span class='when'>3 giorni fa</span></li>"
            "</ul></aside><main>")
    assert _news(main, "it", "https://www.comune.example/eventi/") == [("2025-03-19", None, None),
                                                                       ("2025-03-17", None, None)]


@pytest.mark.parametrize(("lang", "byline"), [
    ("en", "Written by Jane Smith on 12 March 2025"),
    ("it", "Scritto da Maria Rossi il 12 marzo 2025"),
    ("de", "Verfasst von Anna Schmidt am 12.03.2025"),
])
def test_a_byline_with_its_verb_dates_the_article(lang, byline):
    main = (f"<article><h1>Forum des maires</h1><p class='byline'>{byline}</p>"
            "<p>Les élus des villes membres ont échangé sur le logement et le climat pendant deux jours.</p></article>")
    news = extract_page(_page(main, lang), "https://www.ville.example/stories/forum", FETCHED).news
    assert [item["published"] for item in news] == ["2025-03-12"]


@pytest.mark.parametrize("line", ["Mis à jour le 14/03/2025 | Publié le 12/03/2025",
                                  "Updated 14 March 2025 · Published 12 March 2025",
                                  "Publié le 12/03/2025 - Mis à jour le 14/03/2025"])
def test_a_meta_line_with_both_dates_gives_the_publication(line):
    main = (f"<article><h1>Forum des maires</h1><p class='meta'>{line}</p>"
            "<p>Les élus des villes membres ont échangé sur le logement et le climat pendant deux jours.</p></article>")
    extraction = extract_page(_page(main, "fr"), "https://www.ville.example/actualites/forum", FETCHED)
    assert [item["published"] for item in extraction.news] == ["2025-03-12"]


def test_the_words_of_a_time_element_are_no_day_of_the_items_event():
    main = _list("News", [("/a", "Mayors meet in Leeds", "x"), ("/b", "Delegation from Rome", "y")])
    main = (main.replace("<p class='meta'>x</p>", "<time datetime='2025-03-12T09:00:00Z'>Mar 12</time>")
            .replace("<p class='meta'>y</p>", "<time datetime='2025-02-03T09:00:00Z'>Feb 3</time>"))
    assert _news(main, "en", "https://www.city.example/news/") == [("2025-03-12", None, None),
                                                                   ("2025-02-03", None, None)]


def test_cards_that_are_whole_links_with_relative_dates():
    tile = ("<a class='tile' href='/news/{slug}'><span class='tile__when'>{shown}</span><h3>{title}</h3>"
            "<p>A forum on climate and housing.</p></a>")
    tiles = [tile.format(slug="a", shown="2 days ago", title="Mayors meet in Leeds"),
             tile.format(slug="b", shown="Yesterday", title="Delegation from Rome visits")]
    main = "<h1>News</h1><div class='items'>" + "".join(tiles) + "</div>"
    assert _news(main, "en", "https://www.city.example/news/") == [("2025-03-18", None, None),
                                                                   ("2025-03-19", None, None)]


@pytest.mark.parametrize(("lang", "path", "line"), [
    ("de", "/aktuelles/treffen-in-graz", "Stand: 12.03.2025"),
    ("es", "/noticias/encuentro-en-bilbao", "Última actualización: 12/03/2025"),
    ("it", "/notizie/incontro-a-bari", "Ultimo aggiornamento: 12/03/2025"),
])
def test_an_article_under_a_news_path_of_its_language_is_a_news_item(lang, path, line):
    main = (f"<article><h1>Treffen der Bürgermeister</h1><p>Die Bürgermeister der Mitgliedsstädte sprachen zwei Tage"
            f" über Wohnen und Klima.</p><p>{line}</p></article>")
    news = extract_page(_page(main, lang), f"https://www.stadt.example{path}", FETCHED).news
    assert [item["published"] for item in news] == ["2025-03-12"]


def _member_cities(sentence: str, lang: str) -> list[str]:
    page = _page(f"<h1>International</h1><p>{sentence}</p>", lang)
    facts = extract_page(page, "https://www.ville.example/international", FETCHED).facts
    return [fact["value"] for fact in facts if fact["attribute"] == "member_cities"]


@pytest.mark.parametrize(("lang", "sentence"), [
    ("en", "The Eurocities culture forum met in Porto, bringing together around 150 people from 60 cities."),
    ("fr", "Le forum d'Eurocities s'est tenu à Lyon en février, réunissant 300 élus de 40 villes."),
    ("es", "El foro de Eurocities se celebró en Bilbao en febrero, reuniendo a 300 técnicos de 40 ciudades."),
])
def test_the_audience_a_participle_of_gathering_gives_an_event_is_no_membership(lang, sentence):
    assert _member_cities(sentence, lang) == []


@pytest.mark.parametrize(("lang", "sentence", "count"), [
    ("en", "The Eurocities general assembly approved six applications, bringing the network to 212 cities.", "212"),
    ("en", "Founded in 1986, Eurocities brings together more than 200 cities.", "200"),
])
def test_a_network_that_brings_cities_together_still_counts_them(lang, sentence, count):
    assert _member_cities(sentence, lang) == [count]


_PROSE = "<p>Les élus des villes membres ont échangé sur le logement et le climat pendant deux jours.</p>"


@pytest.mark.parametrize(("lang", "line"), [
    ("fr", "Publié le 12 mars 2025"), ("en", "Posted on 12 March 2025"), ("de", "Veröffentlicht am 12.03.2025"),
])
def test_an_article_dated_by_a_publication_line_at_its_foot_is_a_news_item(lang, line):
    main = f"<article><h1>Forum des maires</h1>{_PROSE}{_PROSE}<footer><p>{line}</p></footer></article>"
    news = extract_page(_page(main, lang), "https://www.ville.example/pages/forum-des-maires-1234", FETCHED).news
    assert [item["published"] for item in news] == ["2025-03-12"]


@pytest.mark.parametrize("line", [
    "<p>Mis à jour le 12 mars 2025</p>",
    "<p>Le rapport du réseau, publié le 12 mars 2025, présente les actions des villes membres.</p>",
])
def test_an_update_line_or_a_sentence_does_not_make_an_article_news(line):
    main = f"<article><h1>Les réseaux de villes</h1>{_PROSE}{line}</article>"
    assert extract_page(_page(main, "fr"), "https://www.ville.example/pages/reseaux-1234", FETCHED).news == []


@pytest.mark.parametrize(("lang", "spans"), [
    ("fr", ("Du 03/06/2025 au 05/06/2025", "Du 12/05/2025 au 14/05/2025")),
    ("en", ("3–5 June 2025", "12–14 May 2025")),
    ("de", ("03.06.–05.06.2025", "12.05.–14.05.2025")),
])
def test_rows_of_divs_that_show_only_a_span_of_days_are_agenda_items(lang, spans):
    row = ("<div class='views-row'><div class='views-field-title'><a href='/agenda/{slug}'>{title}</a></div>"
           "<div class='views-field-field-when'>{span}</div></div>")
    rows = [row.format(slug="a", title="Forum des maires", span=spans[0]),
            row.format(slug="b", title="Semaine européenne", span=spans[1])]
    main = "<h1>Agenda</h1><div class='view-content'>" + "".join(rows) + "</div>"
    assert _news(main, lang, "https://www.ville.example/agenda") == [(None, "2025-06-03", "2025-06-05"),
                                                                     (None, "2025-05-12", "2025-05-14")]


def _days_without_year(heading: str, url: str) -> list[str | None]:
    items = "".join(f"<li class='card'><div class='date'><span>{day}</span><span>{month}</span></div>"
                    f"<h3><a href='/{slug}'>{title}</a></h3></li>"
                    for day, month, slug, title in (("3", "juin", "a", "Forum des maires"),
                                                    ("12", "mars", "b", "Semaine européenne")))
    main = f"<h1>{heading}</h1><p>Mis à jour le 18 mars 2025</p><ul>{items}</ul>"
    return [item["published"] for item in extract_page(_page(main, "fr"), url, FETCHED).news]


def test_an_agendas_days_without_a_year_are_the_nearest_ones():
    assert _days_without_year("Agenda", "https://www.ville.example/agenda") == ["2025-06-03", "2025-03-12"]


def test_a_news_lists_days_without_a_year_are_the_latest_ones_not_after_the_page():
    assert _days_without_year("Actualités", "https://www.ville.example/actualites") == ["2024-06-03", "2025-03-12"]
