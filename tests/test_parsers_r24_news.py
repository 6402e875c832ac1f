"""News dates on list pages, as a careful reader takes them: a day that opens its sentence dates that sentence's
clause even past an apposition ("Le 6 août 2026, jour anniversaire d'Hiroshima, Tarbes a rejoint le réseau"), so a
joining told that way is no event of the item."""

from datetime import UTC, date, datetime

import pytest

from scraper.parsers.dates import PartialDate
from scraper.parsers.events import find_event_span
from scraper.parsers.extract import extract_page

_FETCHED = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)
_LIST = "https://www.city.example/news"
_PUBLISHED = PartialDate(2026, 8, 7)


@pytest.mark.parametrize("text", [
    "Le 6 août 2026, jour anniversaire du bombardement d'Hiroshima, Tarbes a officiellement rejoint Mayors for Peace.",
    "On 6 August 2026, the anniversary of the Hiroshima bombing, the city formally joined Mayors for Peace.",
    "Am 6. August 2026, dem Jahrestag des Abwurfs, ist die Stadt dem Netzwerk Mayors for Peace beigetreten.",
    "El 6 de agosto de 2026, aniversario del bombardeo de Hiroshima, la ciudad se unió a Alcaldes por la Paz.",
    "Il 6 agosto 2026, anniversario del bombardamento di Hiroshima, la città ha aderito a Mayors for Peace.",
])
def test_a_joining_past_an_apposition_is_no_event(text):
    assert find_event_span(text, date(2026, 8, 7), _PUBLISHED) is None


@pytest.mark.parametrize("text", [
    "Le 6 août 2026, jour anniversaire du bombardement d'Hiroshima, la maire a inauguré une stèle au parc.",
    "On 6 August 2026, the anniversary of the bombing, the Lord Mayor laid a wreath at the Peace Garden.",
    "Am 6. August 2026, dem Jahrestag des Abwurfs, hisste die Stadt die Flagge der Mayors for Peace.",
    "El 6 de agosto de 2026, aniversario del bombardeo, el alcalde encabezó un acto en la plaza Mayor.",
    "Il 6 agosto 2026, anniversario del bombardamento, il sindaco ha deposto una corona al Parco della Pace.",
])
def test_an_event_past_an_apposition_keeps_its_day(text):
    assert find_event_span(text, date(2026, 8, 7), _PUBLISHED) == (PartialDate(2026, 8, 6), PartialDate(2026, 8, 6))


@pytest.mark.parametrize("text", [
    "Il 6 agosto alle 8.15 un minuto di silenzio in piazza, come ogni anno dal 2010, anno dell'adesione a Mayors for "
    "Peace.",
    "Le 6 août à 8 h 15 une minute de silence place du Marché, comme chaque année depuis 2010, année de l'adhésion "
    "de la ville.",
    "On 6 August at 8.15 a minute's silence in the square, as every year since 2010, the year the city joined.",
])
def test_a_days_own_clause_going_on_before_the_comma_keeps_its_day_past_a_later_joining(text):
    assert find_event_span(text, date(2026, 8, 7), _PUBLISHED) == (PartialDate(2026, 8, 6), PartialDate(2026, 8, 6))


def _list_page(lang: str, items: str) -> bytes:
    return (f"<html lang='{lang}'><head><title>News</title></head><body><nav><a href='/'>Home</a></nav><main>"
            f"<h1>News</h1>{items}</main><footer>Contact</footer></body></html>").encode()


@pytest.mark.parametrize("lang, markup", [
    ("fr", "<ul class='liste-actus'><li><p class='date'><time datetime='2026-08-07'>07/08/2026</time></p>"
           "<h2><a href='/actus/paix'>Tarbes rejoint les Maires pour la Paix</a></h2><p>Le 6 août 2026, jour "
           "anniversaire du bombardement d'Hiroshima, Tarbes a officiellement rejoint Mayors for Peace.</p></li>"
           "<li><p class='date'><time datetime='2026-06-12'>12/06/2026</time></p><h2><a href='/actus/fete'>Fête "
           "de l'Europe</a></h2><p>Le 9 mai 2026, jour de l'Europe, les villes jumelles ont défilé place de "
           "Verdun.</p></li></ul>"),
    ("en", "<table class='news'><tr><td>07/08/2026</td><td><a href='/actus/paix'>City joins Mayors for Peace</a>"
           "<p>On 6 August 2026, the anniversary of the Hiroshima bombing, the city formally joined Mayors for "
           "Peace.</p></td></tr><tr><td>12/06/2026</td><td><a href='/actus/fete'>Europe Day parade</a><p>On 9 May "
           "2026, Europe Day, twin towns marched through the city centre.</p></td></tr></table>"),
])
def test_a_teasers_joining_day_is_no_event_while_its_neighbours_keep_theirs(lang, markup):
    dates = {item["url"].rsplit("/", 1)[1]: (item["published"], item["event_start"], item["event_end"])
             for item in extract_page(_list_page(lang, markup), _LIST, _FETCHED).news}
    assert dates == {"paix": ("2026-08-07", None, None), "fete": ("2026-06-12", "2026-05-09", "2026-05-09")}


_MONDAY = PartialDate(2026, 11, 16)


@pytest.mark.parametrize("text", [
    "Le maire a accueilli ce samedi une délégation de Lörrach venue fêter quarante ans de jumelage.",
    "This Saturday the Mayor welcomed a delegation from our twin city Kitakyushu.",
    "Diesen Samstag hat der Oberbürgermeister die Delegation aus Tours im Rathaus empfangen.",
    "Este sábado el alcalde recibió en el Palacio Municipal a la delegación de Guadalajara.",
    "Questo sabato il sindaco ha ricevuto in Comune la delegazione di Sankt Pölten.",
])
def test_this_weekday_told_in_the_past_is_the_one_just_gone(text):
    assert find_event_span(text, date(2026, 11, 16), _MONDAY) == (PartialDate(2026, 11, 14), PartialDate(2026, 11, 14))


@pytest.mark.parametrize("text", [
    "Ce samedi, la maire inaugure la fête des villes jumelles.",
    "Ce samedi, la maire sera à Lyon pour le congrès de Cités Unies France.",
    "This Saturday United Cities and Local Governments hosts its council in the city.",
    "Diesen Samstag empfängt der Oberbürgermeister die Delegation aus Tours.",
    "Este sábado el alcalde recibe a la delegación de Guadalajara.",
    "Questo sabato il sindaco riceve la delegazione di Sankt Pölten.",
])
def test_this_weekday_told_in_the_present_or_future_is_the_items_weeks(text):
    assert find_event_span(text, date(2026, 11, 16), _MONDAY) == (PartialDate(2026, 11, 21), PartialDate(2026, 11, 21))


def test_a_list_teaser_told_in_the_past_on_a_monday_dates_the_saturday_gone():
    page = _list_page("fr", "<div class='blog'><div class='item'><h2><a href='/actus/lorrach'>Jumelage : la "
                            "délégation de Lörrach accueillie en mairie</a></h2><dl class='article-info'><dd>"
                            "<time datetime='2026-11-16'>16 novembre 2026</time></dd></dl><p>Le maire a accueilli ce "
                            "samedi une délégation de Lörrach venue célébrer quarante ans d'amitié.</p></div>"
                            "<div class='item'><h2><a href='/actus/cuf'>Cités Unies France : le congrès à Paris</a>"
                            "</h2><dl class='article-info'>"
                            "<dd><time datetime='2026-11-09'>9 novembre 2026</time></dd></dl><p>La maire a pris part "
                            "au congrès du réseau.</p></div></div>")
    item = next(item for item in extract_page(page, _LIST, _FETCHED).news if item["url"].endswith("/lorrach"))
    assert (item["published"], item["event_start"], item["event_end"]) == ("2026-11-16", "2026-11-14", "2026-11-14")


@pytest.mark.parametrize("text", [
    "The delegation from Xiamen arrived on 12 October and will stay until 16 October, visiting schools and the port.",
    "La delegación de Xiamen llegó el 12 de octubre y se quedará hasta el 16 de octubre.",
    "La delegazione di Xiamen è arrivata il 12 ottobre e resterà fino al 16 ottobre.",
])
def test_a_day_a_past_verb_leads_to_stays_in_the_items_year_whatever_the_sentence_tells_next(text):
    span = find_event_span(text, date(2026, 10, 15), PartialDate(2026, 10, 15))
    assert span is not None and span[0] == PartialDate(2026, 10, 12)


@pytest.mark.parametrize("text", [
    "La prochaine édition aura lieu le 10 octobre à Lyon.",
    "The next forum will be held on 10 October in Porto.",
])
def test_a_day_told_in_the_future_before_the_items_day_is_next_years(text):
    assert find_event_span(text, date(2026, 10, 15), PartialDate(2026, 10, 15)) == (
        PartialDate(2027, 10, 10), PartialDate(2027, 10, 10))
