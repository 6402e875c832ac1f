"""News dates as a careful reader takes them on pages nobody tuned for: a list's date badge without a year ("12 MAR")
on a page that states no date of its own is the latest such day on or before the capture, and the event its teaser
reports is read against that day."""

from datetime import UTC, datetime

import pytest

from scraper.parsers.dates import PartialDate
from scraper.parsers.events import find_event_span
from scraper.parsers.extract import extract_page

_FETCHED = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)
_LIST = "https://www.city.example/news"


def _list_page(lang: str, teasers: str) -> bytes:
    return (f"<html lang='{lang}'><head><title>News</title></head><body><nav><a href='/'>Home</a></nav><main>"
            f"<h1>News</h1><ul>{teasers}</ul></main><footer>Contact</footer></body></html>").encode()


def _dates(page: bytes, url: str = _LIST) -> list[tuple[str | None, ...]]:
    return [(item["published"], item["event_start"], item["event_end"])
            for item in extract_page(page, url, _FETCHED).news]


def _badge_card(day: str, month: str, title: str, summary: str) -> str:
    return (f"<li class='teaser'><div class='date'><span class='day'>{day}</span><span class='month'>{month}</span>"
            f"</div><h3><a href='/news/{day}-{month}'>{title}</a></h3><p>{summary}</p></li>")


@pytest.mark.parametrize("lang, month, summary", [
    ("fr", "MAR", "Du 24 au 26 mars, la ville accueille le forum des villes jumelles."),
    ("en", "Mar", "From 24 to 26 March the city hosts the sister cities forum."),
    ("de", "MÄR", "Vom 24. bis 26. März lädt die Stadt zum Forum der Partnerstädte."),
    ("es", "mar", "Del 24 al 26 de marzo la ciudad acoge el foro de ciudades hermanas."),
    ("it", "MAR", "Dal 24 al 26 marzo la città ospita il forum delle città gemelle."),
])
def test_a_badge_without_a_year_on_an_undated_list_is_the_latest_such_day_before_the_capture(lang, month, summary):
    page = _list_page(lang, _badge_card("12", month, "Forum", summary))
    assert _dates(page) == [("2026-03-12", "2026-03-24", "2026-03-26")]


def test_a_badge_later_in_the_year_than_the_capture_is_last_years():
    page = _list_page("en", _badge_card("03", "DEC", "Winter summit", "The summit met at City Hall."))
    assert _dates(page)[0][0] == "2025-12-03"


def test_an_agendas_badge_without_a_year_is_the_nearest_such_day():
    # the trap: an agenda lists days mostly to come
    page = _list_page("fr", _badge_card("03", "DÉC", "Sommet d'hiver", "Le sommet se tient à l'hôtel de ville."))
    assert _dates(page, "https://www.city.example/agenda")[0][0] == "2026-12-03"


def test_a_page_date_still_comes_before_the_capture():
    teasers = _badge_card("12", "MAR", "Forum", "Le forum des villes jumelles.")
    page = _list_page("fr", f"<li>Mise à jour le 20/02/2025</li>{teasers}")
    assert _dates(page)[0][0] == "2024-03-12"


_MONDAY = "https://www.city.example/news/visit"


def _article(lang: str, dateline: str, text: str) -> bytes:
    return (f"<html lang='{lang}'><head><title>Visit</title></head><body><main><article><h1>Visit</h1>"
            f"<p class='meta'>{dateline}</p><p>{text}</p><p>More to follow.</p></article></main></body></html>"
            ).encode()


@pytest.mark.parametrize("lang, dateline, text", [
    ("fr", "Publié le lundi 2 mars 2026", "Ce jeudi, la maire participera au sommet du réseau à Bruxelles."),
    ("en", "Posted on March 2, 2026", "This Thursday, the mayor will welcome a delegation from our sister city."),
    ("de", "Veröffentlicht am 2. März 2026", "Diesen Donnerstag empfängt der Oberbürgermeister die Delegation."),
    ("es", "Publicado el lunes 2 de marzo de 2026", "Este jueves el alcalde recibirá a una delegación de la red."),
    ("it", "Pubblicato il 2 marzo 2026", "Questo giovedì il sindaco accoglie una delegazione della rete."),
    ("de", "Veröffentlicht am 2. März 2026", "Am Donnerstag wird der Oberbürgermeister die Delegation empfangen."),
])
def test_this_weekday_after_the_items_own_is_the_one_of_its_week(lang, dateline, text):
    assert _dates(_article(lang, dateline, text), _MONDAY) == [("2026-03-02", "2026-03-05", "2026-03-05")]


@pytest.mark.parametrize("lang, dateline, text, day", [
    # the item's weekday after the one named: the one of its week, days before
    ("fr", "Publié le vendredi 6 mars 2026", "Ce mardi, la maire a reçu la délégation de la ville jumelle.",
     "2026-03-03"),
    ("en", "Published 6 March 2026", "This Tuesday, the mayor welcomed the delegation at City Hall.", "2026-03-03"),
    # the trap: "am Donnerstag" told in the past, on a Monday, is the Thursday before
    ("de", "Veröffentlicht am 2. März 2026", "Am Donnerstag empfing der Oberbürgermeister die Delegation im Rathaus.",
     "2026-02-26"),
])
def test_a_weekday_before_the_items_own_or_told_in_the_past_stays_the_last(lang, dateline, text, day):
    assert _dates(_article(lang, dateline, text), _MONDAY)[0][1:] == (day, day)


@pytest.mark.parametrize("lang, dateline", [
    ("fr", "Lyon, jeudi 12 mars 2026 – "),
    ("fr", "Lyon, le jeudi 12 mars 2026 – "),
    ("en", "Brisbane, Thursday 12 March 2026 – "),
    ("en", "Brisbane, Thursday, March 12, 2026 – "),
    ("de", "Graz, Donnerstag, 12. März 2026: "),
    ("es", "Sevilla, jueves 12 de marzo de 2026. "),
    ("it", "Roma, giovedì 12 marzo 2026 – "),
])
def test_a_datelines_weekday_before_its_day_still_dates_the_release(lang, dateline):
    page = _article(lang, "", f"{dateline}Forty mayors of the network meet at City Hall.")
    assert extract_page(page, _MONDAY, _FETCHED).page["page_date"] == "2026-03-12"


def test_a_sentence_that_opens_with_a_place_and_a_weekday_is_no_dateline():
    # the trap: no dash or colon after the day, the sentence goes on
    page = _article("fr", "", "À Lyon, jeudi 12 mars 2026, les maires du réseau ont signé la charte.")
    assert extract_page(page, _MONDAY, _FETCHED).page["page_date"] is None


def _span(text: str) -> tuple[str, str] | None:
    published = PartialDate(2026, 10, 1)
    span = find_event_span(text, published.first_day(), published)
    return (span[0].iso(), span[1].iso()) if span else None


@pytest.mark.parametrize("text", [
    "The exhibition opens on 5 October and runs until 25 October.",
    "L'exposition ouvre le 5 octobre et reste visible jusqu'au 25 octobre.",
    "Die Ausstellung öffnet am 5. Oktober und ist bis zum 25. Oktober zu sehen.",
    "La exposición se inaugura el 5 de octubre y podrá visitarse hasta el 25 de octubre.",
    "La mostra apre il 5 ottobre e resterà aperta fino al 25 ottobre.",
])
def test_an_opening_day_before_until_a_day_starts_the_event(text):
    assert _span(text) == ("2026-10-05", "2026-10-25")


@pytest.mark.parametrize("text, expected", [
    # the trap: a day of another sentence before "until" opens nothing
    ("Le conseil s'est réuni le 3 octobre. L'exposition est ouverte jusqu'au 25 octobre.",
     ("2026-10-01", "2026-10-25")),
    ("The exhibition is open until 25 October.", ("2026-10-01", "2026-10-25")),
])
def test_until_a_day_without_an_opening_in_its_sentence_runs_from_the_items_day(text, expected):
    assert _span(text) == expected


@pytest.mark.parametrize("text", [
    "Councillors voted on 28 May to join ICLEI. The first regional meeting takes place on 2 July.",
    "Les conseillers municipaux ont voté le 28 mai l'adhésion au réseau. La première réunion aura lieu le 2 juillet.",
    "Die Stadträte haben am 28. Mai den Beitritt beschlossen. Das erste Treffen findet am 2. Juli statt.",
    "Los concejales aprobaron el 28 de mayo la adhesión. La primera reunión será el 2 de julio.",
    "I consiglieri comunali hanno approvato il 28 maggio l'adesione. Il primo incontro si terrà il 2 luglio.",
])
def test_the_day_the_councillors_voted_is_no_event(text):
    published = PartialDate(2026, 6, 10)
    span = find_event_span(text, published.first_day(), published)
    assert (span[0].iso(), span[1].iso()) == ("2026-07-02", "2026-07-02")


def test_councillors_meeting_on_a_day_is_the_event():
    # the trap: councillors of several cities meeting, no vote
    published = PartialDate(2026, 6, 10)
    span = find_event_span("Councillors from twelve cities meet on 28 June in Leeds.", published.first_day(), published)
    assert span[0].iso() == "2026-06-28"
