"""News items and their dates as a careful reader takes them: a press release's dateline opens the text of a news
item, whatever its place's name ("Donostia / San Sebastián, 8 de octubre de 2026."), and dates it; the day of a
decision's act named just before it ("Par délibération du 28 mai 2025, le conseil municipal a approuvé l'adhésion")
dates the decision, not an event; a picture's caption, which credits it, tells of the picture, not of the item's
event; "today" at an hour of the day ("Oggi alle 8.15 un minuto di silenzio") is the item's own day; the
day a new timetable takes effect ("Dal 9 marzo l'URP sarà aperto anche il giovedì pomeriggio") is no event; a joining
named after the dated decision that opens its sentence was made on the decision's day."""

from datetime import UTC, date, datetime

import pytest
from helpers.extracted import claims_of_sentence, values_of

from scraper.parsers.dates import PartialDate
from scraper.parsers.events import find_event_span
from scraper.parsers.extract import extract_page

_FETCHED = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)
_URL = "https://www.ville.example/info/ciudadano/actualidad/cideu-congreso-2026"


def _page(lang: str, body: str, above: str = "") -> bytes:
    return (f'<html lang="{lang}"><head><title>Ville</title></head><body><main>{above}<h1>Encuentro anual</h1>'
            f"{body}</main><footer><p>© 2026 Ville</p></footer></body></html>").encode()


@pytest.mark.parametrize("lang, body, expected", [
    # a place of two names in the dateline, in bold at the start of the first paragraph
    ("es", "<p><strong>Donostia / San Sebastián, 8 de octubre de 2026.</strong> La ciudad será la sede del congreso "
           "del CIDEU, que se celebrará del 18 al 20 de noviembre.</p>", "2026-10-08"),
    ("de", "<div class='lead'><p>Bozen / Bolzano, 12. März 2026 – Die Stadt empfängt die Delegationen des "
           "Klima-Bündnis zur Jahreskonferenz.</p></div>", "2026-03-12"),
    ("it", "<p>Bolzano / Bozen, 12 marzo 2026 – La città ospita l'assemblea annuale dell'Alleanza per il Clima.</p>",
     "2026-03-12"),
    ("fr", "<h2>Un chapô sous le titre</h2><p>Biel / Bienne, le 3 mars 2026 – La Ville accueille la rencontre des "
           "villes membres de l'AIMF.</p>", "2026-03-03"),
    ("en", "<p>Derry / Londonderry, 12 March 2026. The city will host the annual meeting of the Purple Flag "
           "network.</p>", "2026-03-12"),
])
def test_a_dateline_dates_the_page_and_makes_it_a_news_item(lang, body, expected):
    page = extract_page(_page(lang, body, above="<p class='section'>Noticias · Internacional</p>"),
                        "https://www.ville.example/internacional/cideu-congreso-2026", _FETCHED).page
    assert (page["page_date"], page["n_news"]) == (expected, 1)


@pytest.mark.parametrize("lang, body", [
    # a day in a sentence that names a place: no dateline
    ("fr", "<p>À Lyon, le 12 mars 2026, les maires ont signé une déclaration commune.</p>"),
    ("es", "<p>En Madrid, el 12 de marzo de 2026, la red celebró su asamblea.</p>"),
    # a place of two names and a day in a plain page's prose
    ("de", "<p>Die Partnerstädte Bozen / Bolzano und Innsbruck treffen sich jedes Jahr.</p>"),
])
def test_a_day_in_a_sentence_makes_no_dateline(lang, body):
    page = extract_page(_page(lang, body), "https://www.ville.example/internacional/redes", _FETCHED).page
    assert page["n_news"] == 0


_BASE = date(2025, 6, 5)
_PUBLISHED = PartialDate(2025, 6, 5)


@pytest.mark.parametrize("text", [
    "Par délibération du 28 mai 2025, le conseil municipal a approuvé l'adhésion de Toulon à Mayors for Peace.",
    "Con la delibera approvata nella seduta del 12 maggio 2025, la Giunta comunale ha disposto l'adesione a ICLEI.",
    "Con delibera n. 45 del 12 maggio 2025 la città ha aderito alla rete.",
    "Mit Beschluss vom 12. Mai 2025 ist die Stadt dem Klima-Bündnis beigetreten.",
    "Mit Gemeinderatsbeschluss vom 12. Mai 2025 tritt Villach dem Netzwerk bei.",
    "Por acuerdo plenario de 12 de mayo de 2025, la ciudad se incorpora a la red.",
    "By a resolution of 28 May 2025, councillors confirmed the city's membership of the network.",
    "La décision en date du 28 mai 2025 a été transmise au secrétariat du réseau.",
])
def test_the_day_of_a_decisions_act_is_no_event(text):
    assert find_event_span(text, _BASE, _PUBLISHED) is None


@pytest.mark.parametrize("text, expected", [
    # the decision named, then another day: the meeting the item reports
    ("Après la délibération, la délégation s'est rendue à Hiroshima le 28 mai 2025.", PartialDate(2025, 5, 28)),
    ("La décision de la réunion du 28 mai 2025 a été saluée par le réseau.", PartialDate(2025, 5, 28)),
    ("The decision at the summit of 28 May 2025 was welcomed by the network.", PartialDate(2025, 5, 28)),
    # a decision taken at the event: the event's day follows its own noun
    ("La decisione è stata presa all'assemblea del 28 maggio 2025 a Bruxelles.", PartialDate(2025, 5, 28)),
    ("The decision was announced at the general assembly of 28 May 2025 in Lisbon.", PartialDate(2025, 5, 28)),
    # the act's day, then the event's
    ("La decisión de 3 de mayo de 2025 abre la asamblea del 28 de mayo de 2025.", PartialDate(2025, 5, 28)),
])
def test_a_day_that_follows_no_decisions_act_stays_the_events(text, expected):
    assert find_event_span(text, _BASE, _PUBLISHED) == (expected, expected)


_NEWS_URL = "https://www.ville.example/actualites/rencontre-maires-pour-la-paix"


def _news_page(lang: str, picture: str, text: str) -> bytes:
    return (f'<html lang="{lang}"><head><title>Ville</title></head><body><main><article><h1>Rencontre</h1>'
            f"<p class='date'>Publié le 22/09/2026</p>{picture}{text}</article></main></body></html>").encode()


def _event(lang: str, picture: str, text: str) -> tuple[str, str]:
    news = extract_page(_news_page(lang, picture, text), _NEWS_URL, _FETCHED).news
    return news[0]["event_start"], news[0]["event_end"]


@pytest.mark.parametrize("lang, picture, text", [
    ("fr", "<figure><img src='a.jpg' alt=''><figcaption>La cérémonie du 6 août au parc de l'Harmonie. © Ville de "
           "Verviers</figcaption></figure>",
     "<p>Le samedi 17 octobre 2026, l'Hôtel de Ville recevra les communes membres de Maires pour la Paix.</p>"),
    ("de", "<p class='bildunterschrift'>Die Gedenkfeier am 6. August im Stadtpark. Foto: Stadt Köln</p>",
     "<p>Am Samstag, 17. Oktober 2026, empfängt das Rathaus die Mitgliedsstädte der Mayors for Peace.</p>"),
    ("en", "<div class='caption'>The ceremony on 6 August in the park. Photo: City Council</div>",
     "<p>On Saturday 17 October 2026 the Town Hall will welcome the member cities of Mayors for Peace.</p>"),
    ("es", "<figure><figcaption>El acto del 6 de agosto en el parque. Foto: Ayuntamiento</figcaption></figure>",
     "<p>El sábado 17 de octubre de 2026 el Ayuntamiento recibirá a las ciudades de Alcaldes por la Paz.</p>"),
    ("it", "<figure><figcaption>La cerimonia del 6 agosto in piazza (foto Comune di Parma)</figcaption></figure>",
     "<p>Sabato 17 ottobre 2026 il Municipio accoglierà le città di Mayors for Peace.</p>"),
])
def test_a_captions_day_is_the_pictures_not_the_events(lang, picture, text):
    assert _event(lang, picture, text) == ("2026-10-17", "2026-10-17")


@pytest.mark.parametrize("lang, picture, text, expected", [
    # the caption's day is the only one: the event's still
    ("fr", "<figure><figcaption>La cérémonie du 6 août 2026 au parc. © Ville de Verviers</figcaption></figure>",
     "<p>Les élus se sont recueillis devant le monument.</p>", ("2026-08-06", "2026-08-06")),
    # a caption with no credit stays where it is
    ("en", "<figure><figcaption>The ceremony on 6 August 2026 in the park.</figcaption></figure>",
     "<p>On Saturday 17 October 2026 the Town Hall will welcome the member cities.</p>", ("2026-08-06", "2026-08-06")),
])
def test_a_caption_is_read_after_the_text_not_dropped(lang, picture, text, expected):
    assert _event(lang, picture, text) == expected


_AUGUST_6 = PartialDate(2026, 8, 6)


@pytest.mark.parametrize("text", [
    "Giornata di Hiroshima, cerimonia in piazza. Oggi alle 8.15 un minuto di silenzio per ricordare le vittime.",
    "Journée d'Hiroshima : aujourd'hui à 8 h 15, une minute de silence devant l'Hôtel de Ville.",
    "Hiroshima Day: today at 8.15am the bells of the Town Hall will ring for the victims.",
    "Hiroshima-Gedenktag: Heute um 8.15 Uhr läuten die Glocken des Rathauses.",
    "Día de Hiroshima: hoy a las 8:15 un minuto de silencio en la plaza del Ayuntamiento.",
    "Giornata della memoria: oggi alle ore 11 la cerimonia in Sala consiliare.",
])
def test_today_at_an_hour_is_the_items_own_day(text):
    assert find_event_span(text, _AUGUST_6.first_day(), _AUGUST_6) == (_AUGUST_6, _AUGUST_6)


@pytest.mark.parametrize("text", [
    # "today" for "nowadays"
    "La rete Mayors for Peace conta oggi più di 8.300 città in 166 Paesi.",
    "Today, at 140 members, the network is the largest of its kind.",
    "Le réseau rassemble aujourd'hui à 8 400 villes près de la moitié des capitales.",
    "Das Netzwerk zählt heute um 8.000 Städte mehr als bei seiner Gründung.",
    "Die Union der Hauptstädte, der heute alle 27 Hauptstädte angehören, hat Wien mit der Arbeitsgruppe betraut.",
    "La rete, che oggi alle 18 città fondatrici affianca 40 soci, si riunisce a Bari.",
])
def test_today_without_an_hour_names_no_day(text):
    assert find_event_span(text, _AUGUST_6.first_day(), _AUGUST_6) is None


_MARCH_4 = PartialDate(2026, 3, 4)


@pytest.mark.parametrize("text", [
    "Nuovo orario dell'Ufficio Relazioni con il Pubblico. Dal 9 marzo l'URP di piazza Italia sarà aperto anche il "
    "giovedì pomeriggio.",
    "Mairie annexe : à partir du 9 mars, l'accueil ouvre aussi le samedi matin.",
    "Bürgerbüro: Ab dem 9. März ist das Bürgerbüro auch donnerstags bis 18 Uhr geöffnet.",
    "Oficina de atención: a partir del 9 de marzo la oficina abre también los jueves por la tarde.",
    "Visitor centre: from 9 March the centre opens on Thursdays as well.",
    "Neue Öffnungszeiten der Bibliothek ab 9. März.",
])
def test_the_day_a_new_timetable_takes_effect_is_no_event(text):
    assert find_event_span(text, _MARCH_4.first_day(), _MARCH_4) is None


@pytest.mark.parametrize("text, expected", [
    # a reopening on a day of the calendar: the event
    ("La piscine accueillera de nouveau le public à partir du samedi 7 mars.", PartialDate(2026, 3, 7)),
    # a span with its end, hours beside: the event's
    ("Dal 9 al 12 marzo la mostra sarà aperta anche il giovedì sera.", PartialDate(2026, 3, 9)),
    # a timetable's words without a day that opens it
    ("Il 9 marzo il sindaco presenta il nuovo orario dei musei.", PartialDate(2026, 3, 9)),
])
def test_a_day_that_opens_no_timetable_stays_the_events(text, expected):
    assert find_event_span(text, _MARCH_4.first_day(), _MARCH_4)[0] == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Con la delibera approvata nella seduta del 12 maggio 2025, la Giunta comunale ha disposto l'adesione del Comune "
     "di Lecce a ICLEI.", "2025-05-12"),
    ("Par délibération adoptée en séance du 28 mai 2025, le conseil municipal a approuvé l'adhésion de la Ville à "
     "Energy Cities.", "2025-05-28"),
    ("Por acuerdo plenario adoptado en la sesión del 12 de mayo de 2025, el Ayuntamiento aprobó la adhesión a la "
     "red.", "2025-05-12"),
])
def test_a_joining_named_after_the_dated_decision_that_opens_its_sentence(sentence, expected):
    assert ("joined", expected) in claims_of_sentence(sentence)


@pytest.mark.parametrize("lang, body, expected", [
    ("it", "<div class='card'><h3>ICLEI</h3><p>Con la delibera approvata nella seduta del 12 maggio 2025, la Giunta "
           "comunale ha disposto l'adesione del Comune a ICLEI.</p></div>", ("iclei", "2025-05-12")),
    ("fr", "<dl><dt>Energy Cities</dt><dd>Par délibération adoptée en séance du 28 mai 2025, le conseil municipal a "
           "approuvé l'adhésion de la Ville à Energy Cities.</dd></dl>", ("energy-cities", "2025-05-28")),
])
def test_a_joining_after_its_dated_decision_in_a_card_or_a_list(lang, body, expected):
    assert expected in values_of("joined", body, lang)


@pytest.mark.parametrize("sentence", [
    # a meeting, no decision: no joining's day
    "Following the council meeting of 12 May 2025, the city applied to join the network.",
    "Nach der Sitzung vom 12. Mai 2025 möchte die Stadt dem Netzwerk beitreten.",
])
def test_a_dated_meeting_before_a_wish_to_join_dates_no_joining(sentence):
    assert not [claim for claim in claims_of_sentence(sentence) if claim[0] == "joined"]
