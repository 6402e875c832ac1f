"""News dates as a careful reader places them: the day a city's council decided is the decision's, not the span of an
event the item reports; a card's title is its heading, not a topic label styled as one; a press release's dateline
under the page's metadata lines dates the page; the days of an exchange's other leg are not the visit's; the dated
links of a side column are news items; a joining that takes up a network's head noun ("la Unión") is that
network's; a preposition opening a joining's sentence ("Con la firma del sindaco, ...") is no other city's name; a
project called by the network's name ("al progetto Città Sane dell'OMS") is the network; a membership stated after the
dated decision that made it joined on that day."""

from datetime import UTC, date, datetime

import pytest
from helpers.extracted import claims_of_sentence, values_of

from scraper.parsers.dates import PartialDate
from scraper.parsers.events import find_event_span
from scraper.parsers.extract import extract_page

_BASE = date(2026, 11, 3)
_PUBLISHED = PartialDate(2026, 11, 3)


@pytest.mark.parametrize("text", [
    "Der Gemeinderat hat in seiner Sitzung am 15. Oktober 2026 den Partnerschaftsvertrag mit Odessa gebilligt.",
    "Tras el acuerdo aprobado en el Pleno del 30 de octubre de 2026, León forma parte de la red.",
    "Con la delibera di Giunta del 28 ottobre 2026 il Comune ha formalizzato il gemellaggio con Cracovia.",
    "Le conseil municipal a approuvé le 12 octobre 2026 la convention de jumelage avec Cordoue.",
    "The City Council approved the twinning agreement with Nantes on 12 October 2026.",
    # the decision's noun and the body's in a label line
    "Délibération du conseil municipal du 12 octobre 2026 : convention de coopération avec Meknès.",
    "Il Consiglio comunale ha approvato il 12 ottobre 2026 il patto di amicizia con Sarajevo.",
])
def test_the_day_a_city_council_decided_is_no_event(text):
    assert find_event_span(text, _BASE, _PUBLISHED) is None


@pytest.mark.parametrize("text, expected", [
    # a network's assembly adopting a declaration: the meeting the item reports
    ("L'assemblée générale du réseau a adopté le 12 octobre 2026 à Lyon une déclaration sur le climat.",
     PartialDate(2026, 10, 12)),
    ("Die Mitgliederversammlung von Energy Cities hat am 12. Oktober 2026 eine Erklärung verabschiedet.",
     PartialDate(2026, 10, 12)),
    # the council's body, no decision: a visit, an event
    ("El Pleno infantil visitó el 12 de octubre de 2026 la sede de la FEMP en Madrid.", PartialDate(2026, 10, 12)),
    ("The city council welcomed a delegation from Kumamoto on 12 October 2026.", PartialDate(2026, 10, 12)),
    # the decision in another clause than the event's day
    ("Dopo la delibera di Giunta, la delegazione è partita il 12 ottobre 2026 per Strasburgo.",
     PartialDate(2026, 10, 12)),
])
def test_a_day_without_a_councils_decision_in_its_clause_is_the_events(text, expected):
    assert find_event_span(text, _BASE, _PUBLISHED) == (expected, expected)


_FETCHED = datetime(2026, 11, 3, 9, 0, tzinfo=UTC)
_LIST_URL = "https://www.ville.example/international/actualites"


def _list_page(cards: str, lang: str) -> bytes:
    return (f'<html lang="{lang}"><head><title>Ville</title></head><body><main><h1>International</h1>'
            f"<div class='row'>{cards}</div></main><footer><p>© 2026 Ville</p></footer></body></html>").encode()


def _card(topic: str, day: str, title: str, summary: str, markup: str, href: str) -> str:
    """A card whose topic label is styled as a title above its own heading, as a design system draws it."""
    return {
        "category top line": f"<div class='card'><div class='card-body'><div class='category-top'>"
                             f"<span class='category title-xsmall'>{topic}</span><span class='data'>{day}</span></div>"
                             f"<a href='{href}'><h3 class='card-title'>{title}</h3></a>"
                             f"<p class='card-text'>{summary}</p></div></div>",
        "kicker above": f"<article class='teaser'><p class='teaser__title-kicker'>{topic}</p>"
                        f"<h2><a href='{href}'>{title}</a></h2><p class='date'>{day}</p><p>{summary}</p></article>",
    }[markup]


@pytest.mark.parametrize("lang, topic, day, title, summary, markup, expected", [
    ("it", "Pace", "4 agosto 2026", "6 agosto, la città ricorda Hiroshima e Nagasaki",
     "Giovedì alle 8.15 rintocchi in piazza: la città aderisce dal 2009 a Mayors for Peace.", "category top line",
     ("2026-08-04", "2026-08-06")),
    ("fr", "Mémoire", "4 août 2026", "6 août : la Ville se souvient d'Hiroshima",
     "Une cérémonie réunira les élus devant le monument aux morts.", "kicker above", ("2026-08-04", "2026-08-06")),
    ("en", "Peace", "4 August 2026", "6 August: the city remembers Hiroshima",
     "Bells will ring at 8.15 in the market square.", "category top line", ("2026-08-04", "2026-08-06")),
    ("de", "Frieden", "4. August 2026", "6. August: Die Stadt gedenkt Hiroshimas",
     "Um 8.15 Uhr läuten die Glocken auf dem Marktplatz.", "kicker above", ("2026-08-04", "2026-08-06")),
    ("es", "Paz", "4 de agosto de 2026", "6 de agosto: la ciudad recuerda Hiroshima",
     "Las campanas sonarán a las 8.15 en la plaza mayor.", "category top line", ("2026-08-04", "2026-08-06")),
])
def test_a_cards_title_is_its_heading_not_a_topic_label_styled_as_one(lang, topic, day, title, summary, markup,
                                                                    expected):
    cards = _card(topic, day, title, summary, markup, "/a") + _card(topic, day, "Autre titre", "Texte.", markup, "/b")
    news = extract_page(_list_page(cards, lang), _LIST_URL, _FETCHED).news
    first = news[0]
    assert (first["title"], first["published"], first["event_start"]) == (title, *expected)


def test_a_title_styled_only_by_its_class_stays_the_title_when_the_card_has_no_heading():
    card = ("<div class='card'><span class='data'>4 agosto 2026</span><a href='/{0}'>"
            "<span class='card-title'>Una delegazione di Kragujevac in visita {0}</span></a><p>Testo.</p></div>")
    news = extract_page(_list_page(card.format("a") + card.format("b"), "it"), _LIST_URL, _FETCHED).news
    assert [item["title"] for item in news] == ["Una delegazione di Kragujevac in visita a",
                                                "Una delegazione di Kragujevac in visita b"]


_RELEASE_URL = "https://www.ville.example/prensa/notas-de-prensa/encuentro-regional"


def _release(meta: str, paragraphs: str, lang: str) -> bytes:
    """A press release in a site with no <main>: a service strip, the title, metadata lines, then its text."""
    return (f'<html lang="{lang}"><head><title>Ville</title></head><body><div class="strip"><span>Ligne directe : '
            f'01 23 45 67 89</span> <a href="/en">English</a></div><div id="content"><h1>Encuentro regional</h1>{meta}'
            f"{paragraphs}</div></body></html>").encode()


_LONG = ("The mayor will open the meeting of the heritage cities of the region in the conference centre, with "
         "delegations from thirty cities.")


@pytest.mark.parametrize("lang, meta, dateline, expected", [
    ("es", "<dl class='article-info'><dd>Categoría: Notas de prensa</dd><dd>Visitas: 713</dd></dl>"
           "<p><strong>NOTA DE PRENSA N.° 214-2026-OII/MPC</strong></p>",
     "Cusco, 14 de octubre de 2026.– La Municipalidad será anfitriona del Encuentro Regional de las Américas.",
     "2026-10-14"),
    ("fr", "<p class='meta'>Rubrique : Communiqués</p><p>Réf. CP 2026-118</p>",
     "Nîmes, le 14 octobre 2026 – La Ville accueillera les villes du patrimoine mondial en novembre.", "2026-10-14"),
    ("de", "<ul class='meta'><li>Kategorie: Pressemitteilungen</li><li>Aufrufe: 713</li></ul>",
     "Heidelberg, 14.10.2026: Die Stadt richtet das Jahresforum von Energy Cities aus.", "2026-10-14"),
    ("en", "<p>Category: Press releases</p><p>Views: 713</p><p>Ref. PR/2026/214</p>",
     "Plymouth, 14 October 2026 – The city will host the Key Cities summit next month.", "2026-10-14"),
    ("it", "<p>Categoria: Comunicati stampa</p><p>Letture: 713</p>",
     "Vicenza, 14 ottobre 2026 – Il Comune ospiterà l'assemblea della rete Energy Cities.", "2026-10-14"),
])
def test_a_datelines_day_under_the_pages_metadata_lines_is_the_pages(lang, meta, dateline, expected):
    page = _release(meta, f"<p>{dateline}</p><p>{_LONG}</p>", lang)
    assert extract_page(page, _RELEASE_URL, _FETCHED).page["page_date"] == expected


def test_a_place_and_day_in_a_later_paragraph_is_no_dateline():
    # two paragraphs of text come first: the third's place and day are a quoted release's, not the page's
    paragraphs = (f"<p>{_LONG}</p><p>{_LONG}</p>"
                  "<p>Madrid, 3 de marzo de 2025 – La FEMP anunció entonces la creación de la red.</p>")
    page = _release("<p>Categoría: Notas de prensa</p>", paragraphs, "es")
    assert extract_page(page, _RELEASE_URL, _FETCHED).page["page_date"] is None



def test_a_dateline_is_looked_for_among_the_pages_first_lines_only():
    # a release's dateline under a handful of metadata lines dates the page; under a long list of short lines (a
    # page of links) the same line opens no text, and the list is not read through line by line for it
    dateline = "<p>Cusco, 14 de octubre de 2026.– La Municipalidad será anfitriona del Encuentro Regional.</p>"
    short_lines = "".join(f"<p>Enlace {index}</p>" for index in range(200))
    under_a_few = extract_page(_release(short_lines[:60], dateline, "es"), _RELEASE_URL, _FETCHED)
    under_many = extract_page(_release(short_lines, dateline, "es"), _RELEASE_URL, _FETCHED)
    assert under_a_few.page["page_date"] == "2026-10-14"
    assert under_many.page["page_date"] is None

_SPRING = date(2026, 4, 8)
_SPRING_PUBLISHED = PartialDate(2026, 4, 8)


@pytest.mark.parametrize("text", [
    "Dans le cadre d'un échange Erasmus, de jeunes Andalous passent une semaine à Nîmes. Les élèves nîmois partiront à "
    "leur tour du 4 au 11 mai.",
    "Sixteen pupils from Córdoba are staying with local families this week. Our pupils will travel to Spain in turn "
    "from 4 to 11 May.",
    "Sechzehn Schüler aus Kumamoto wohnen diese Woche bei Gastfamilien. Im Gegenzug reisen die Heidelberger Schüler "
    "vom 4. bis 11. Mai nach Japan.",
    "Dieciséis alumnos de Nimes conviven esta semana con familias leonesas. Los alumnos leoneses viajarán a su vez del "
    "4 al 11 de mayo.",
    "Sedici studenti di Cracovia sono ospiti delle famiglie vicentine. La visita di ritorno è prevista dal 4 all'11 "
    "maggio.",
    "Une délégation de Meknès est reçue cette semaine à l'Hôtel de Ville ; la visite retour aura lieu le 4 mai.",
])
def test_the_days_of_an_exchanges_other_leg_are_not_the_events(text):
    assert find_event_span(text, _SPRING, _SPRING_PUBLISHED) is None


@pytest.mark.parametrize("text, expected", [
    # the visit the item reports is dated; the other leg is not
    ("Du 7 au 10 avril, seize lycéens de Cordoue ont été accueillis à Nîmes. Les élèves nîmois partiront à leur tour "
     "l'an prochain.", (PartialDate(2026, 4, 7), PartialDate(2026, 4, 10))),
    ("From 7 to 10 April sixteen pupils from Córdoba stayed in Plymouth; a return visit is planned for next year.",
     (PartialDate(2026, 4, 7), PartialDate(2026, 4, 10))),
    # a trip told without the other leg's words
    ("Les élèves nîmois partiront du 4 au 11 mai à Cordoue pour un échange Erasmus.",
     (PartialDate(2026, 5, 4), PartialDate(2026, 5, 11))),
])
def test_the_visit_the_item_reports_keeps_its_days(text, expected):
    assert find_event_span(text, _SPRING, _SPRING_PUBLISHED) == expected


def test_an_exchanges_other_leg_in_the_next_sentence_leaves_the_days_of_the_visit():
    text = ("Seize lycéens de Cordoue sont accueillis à Nîmes du 7 au 10 avril 2026. Les élèves nîmois leur rendront "
            "visite à leur tour l'an prochain.")
    assert find_event_span(text, _SPRING, _SPRING_PUBLISHED) == (PartialDate(2026, 4, 7), PartialDate(2026, 4, 10))


_ARTICLE_URL = "https://www.ville.example/actualites/reunion-du-bureau"


def _with_side_column(side: str, lang: str, side_class: str = "col-lg-4 side-col") -> bytes:
    return (f'<html lang="{lang}"><head><title>Ville</title></head><body><div class="row">'
            "<div class='col-lg-8 main-col'><article><h1>Réunion du Bureau</h1><p>Publié le 6 octobre 2026</p>"
            "<p>La Ville recevra du 13 au 15 octobre 2026 la réunion du Bureau du réseau, qui rassemble les maires de "
            f"vingt villes.</p></article></div><div class='{side_class}'>{side}</div></div></body></html>").encode()


@pytest.mark.parametrize("lang, heading, items, side_class", [
    ("fr", "Derniers communiqués", [("Campagne de propreté dans la Médina", "02/10/2026"),
                                    ("Travaux avenue Habib-Bourguiba", "25/09/2026")], "col-lg-4 side-col"),
    ("en", "Latest news", [("Clean-up week in the old town", "02/10/2026"),
                           ("Roadworks on the High Street", "25/09/2026")], "side-column"),
    ("de", "Neueste Meldungen", [("Putzwoche in der Altstadt", "02.10.2026"),
                                 ("Bauarbeiten in der Hauptstraße", "25.09.2026")], "col-md-3 side-col"),
    ("es", "Últimas noticias", [("Campaña de limpieza en el casco antiguo", "02/10/2026"),
                                ("Obras en la avenida principal", "25/09/2026")], "side-col"),
    ("it", "Ultime notizie", [("Pulizia straordinaria nel centro storico", "02/10/2026"),
                              ("Lavori in corso Palladio", "25/09/2026")], "col-4 side-col"),
])
def test_the_dated_links_of_a_side_column_are_news_items(lang, heading, items, side_class):
    links = "".join(f"<li><a href='/actualites/{index}'>{title}</a> <span class='small'>{day}</span></li>"
                    for index, (title, day) in enumerate(items))
    side = f"<div class='block'><h2 class='block-title'>{heading}</h2><ul>{links}</ul></div>"
    news = extract_page(_with_side_column(side, lang), _ARTICLE_URL, _FETCHED).news
    assert [(item["title"], item["published"]) for item in news[1:]] == [
        (items[0][0], "2026-10-02"), (items[1][0], "2026-09-25")]


def test_the_undated_links_of_a_side_column_are_no_news_items():
    side = ("<div class='block'><h2>Rubriques</h2><ul><li><a href='/actualites'>Actualités</a></li>"
            "<li><a href='/presse'>Salle de presse</a></li><li><a href='/reseaux'>Réseaux internationaux</a></li>"
            "</ul></div>")
    news = extract_page(_with_side_column(side, "fr"), _ARTICLE_URL, _FETCHED).news
    assert [item["url"] for item in news] == [_ARTICLE_URL]


@pytest.mark.parametrize("lang, body, expected", [
    ("es", "<p>El alcalde intervino en la Asamblea General de la Unión de Ciudades Capitales Iberoamericanas.</p>"
           "<p>La ciudad forma parte de la Unión desde el 26 de septiembre de 2014.</p>", {("ucci", "2014-09-26")}),
    ("fr", "<p>Le maire a participé à l'assemblée de l'Union des villes et communes de Wallonie.</p>"
           "<p>La Ville fait partie de l'Union depuis le 3 mars 1995.</p>",
     {("union-des-villes-et-communes-de-wallonie", "1995-03-03")}),
    ("en", "<p>The mayor attended the general assembly of the Union of Baltic Cities in Gdańsk.</p>"
           "<p>The city has been a member of the Union since 3 March 1995.</p>",
     {("union-of-baltic-cities", "1995-03-03")}),
    ("de", "<p>Der Oberbürgermeister nahm an der Generalversammlung der Union der Ostseestädte in Danzig teil.</p>"
           "<p>Die Stadt ist der Union am 3. März 1995 beigetreten.</p>",
     {("union-of-baltic-cities", "1995-03-03")}),
    ("it", "<p>Il sindaco ha partecipato all'assemblea dell'Alleanza per il Clima Italia a Bologna.</p>"
           "<p>Il Comune fa parte dell'Alleanza dal 3 marzo 1995.</p>",
     {("alleanza-per-il-clima-italia", "1995-03-03")}),
])
def test_a_joining_that_takes_up_a_networks_head_noun_is_that_networks(lang, body, expected):
    assert values_of("joined", body, lang) == expected


@pytest.mark.parametrize("lang, body", [
    # the head noun with a complement: another union
    ("es", "<p>El alcalde intervino en la Asamblea General de la Unión de Ciudades Capitales Iberoamericanas.</p>"
           "<p>España forma parte de la Unión Europea desde el 1 de enero de 1986.</p>"),
    ("fr", "<p>Le maire a participé à l'assemblée de l'Union des villes et communes de Wallonie.</p>"
           "<p>La Belgique fait partie de l'Union européenne depuis le 25 mars 1957.</p>"),
    # two networks of the section open with the same noun: which one is not said
    ("en", "<p>The mayor met the Union of Baltic Cities and the Union of Capitals of the European Union.</p>"
           "<p>The city has been a member of the Union since 3 March 1995.</p>"),
])
def test_a_head_noun_with_a_complement_or_of_several_networks_points_back_to_none(lang, body):
    assert values_of("joined", body, lang) == set()


@pytest.mark.parametrize("lang, heading, sentence, expected", [
    ("it", "Trieste entra nella rete delle Città interculturali",
     "Con la firma del sindaco, il Comune ha aderito il 24 novembre 2025 al programma Intercultural Cities.",
     {("intercultural-cities", "2025-11-24")}),
    ("es", "Trieste entra en la red de Ciudades Interculturales",
     "Tras el acuerdo del Pleno, Trieste se adhirió el 24 de noviembre de 2025 a la red Intercultural Cities.",
     {("intercultural-cities", "2025-11-24")}),
    ("fr", "Trieste rejoint le réseau des cités interculturelles",
     "Avec la signature du maire, la Ville a adhéré le 24 novembre 2025 au programme Intercultural Cities.",
     {("intercultural-cities", "2025-11-24")}),
    ("en", "Trieste joins the intercultural cities",
     "With the mayor's signature, the city joined the Intercultural Cities programme on 24 November 2025.",
     {("intercultural-cities", "2025-11-24")}),
])
def test_a_preposition_opening_the_sentence_is_no_other_citys_name(lang, heading, sentence, expected):
    # the heading runs into the sentence in the page's text ("... interculturali Con la firma"): the preposition
    # reads as a name written inside a sentence
    body = f"<h2>{heading}</h2><p>{sentence}</p>"
    assert values_of("joined", body, lang, url="https://www.comune.trieste.it/relazioni-internazionali") == expected


def test_another_city_after_an_opening_phrase_still_joins_for_itself():
    body = ("<h2>Trieste entra nella rete delle Città interculturali</h2><p>Con la firma del sindaco, Graz, città "
            "gemellata, ha aderito il 24 novembre 2025 al programma Intercultural Cities.</p>")
    assert values_of("joined", body, "it", url="https://www.comune.trieste.it/relazioni-internazionali") == set()


@pytest.mark.parametrize("sentence, expected", [
    ("Udine ha aderito al progetto Città Sane dell'Organizzazione Mondiale della Sanità con la deliberazione del "
     "Consiglio comunale del 2 marzo 1995, e da allora ha partecipato a tutte le fasi della Rete europea.",
     [("joined", "1995-03-02")]),
    ("Udine ha aderito al progetto Città Sane dell'Organizzazione Mondiale della Sanità nel 1995.",
     [("joined", "1995")]),
    ("La ciudad se adhirió en 1990 al proyecto Ciudades Saludables de la Organización Mundial de la Salud.",
     [("joined", "1990")]),
    ("La Ville a adhéré au projet Villes-Santé de l'OMS par une délibération du conseil municipal du 2 mars 1995.",
     [("joined", "1995-03-02")]),
    ("Die Stadt ist 1990 dem Projekt Gesunde Städte-Netzwerk beigetreten.", [("joined", "1990")]),
    # a project of a network named after a preposition or before the noun, a campaign: not the network's joining
    ("In 2017 the city joined the Eurocities project on lighting.", []),
    ("La Ville a adhéré au projet Cities4Climate d'Eurocities en 2019.", []),
    ("Il Comune ha aderito nel 2020 alla campagna di Mayors for Peace.", []),
])
def test_a_project_that_is_the_network_is_joined_as_the_network(sentence, expected):
    assert claims_of_sentence(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Tras el acuerdo aprobado en el Pleno del 30 de octubre de 2026, León forma parte de la red Energy Cities.",
     [("joined", "2026-10-30")]),
    ("Suite à la délibération du conseil municipal du 12 mars 2024, la Ville est membre du réseau Energy Cities.",
     [("joined", "2024-03-12")]),
    ("Following the council decision of 12 March 2024, the city is a member of Energy Cities.",
     [("joined", "2024-03-12")]),
    ("Nach dem Beschluss des Gemeinderats vom 12. März 2024 ist die Stadt Mitglied von Energy Cities.",
     [("joined", "2024-03-12")]),
    ("Con la delibera di Giunta del 12 marzo 2024 il Comune fa parte della rete Energy Cities.",
     [("joined", "2024-03-12")]),
    # no decision in the opening phrase, or a decision dated by its year alone: the day is no joining's
    ("Après la réunion du 12 mars 2024, la Ville est membre du réseau Energy Cities.", []),
    ("Suite à la délibération du conseil municipal de 2024, la Ville est membre du réseau Energy Cities.", []),
])
def test_a_membership_stated_after_its_dated_decision_joined_on_that_day(sentence, expected):
    assert [claim for claim in claims_of_sentence(sentence) if claim[0] == "joined"] == expected
