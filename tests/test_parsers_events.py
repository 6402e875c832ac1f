"""Event spans of news items in the five languages."""

from datetime import date

import pytest

from scraper.parsers.dates import PartialDate
from scraper.parsers.events import find_event_span

BASE = date(2024, 11, 18)


@pytest.mark.parametrize("text, start, end", [
    ("du 22 au 24 mai 2024", "2024-05-22", "2024-05-24"),
    ("vom 5. bis 7. Juni 2024", "2024-06-05", "2024-06-07"),
    ("del 5 al 7 de junio de 2024", "2024-06-05", "2024-06-07"),
    ("dal 22 al 24 maggio 2024", "2024-05-22", "2024-05-24"),
    ("Dal 9 all'11 ottobre", "2024-10-09", "2024-10-11"),
    ("Dall'8 al 10 ottobre", "2024-10-08", "2024-10-10"),
    ("dall’11 al 13 settembre 2024", "2024-09-11", "2024-09-13"),
    ("dal 1º al 3 marzo", "2025-03-01", "2025-03-03"),
    ("da lunedì 3 a mercoledì 5 giugno 2024", "2024-06-03", "2024-06-05"),
    ("il 3 e il 4 ottobre", "2024-10-03", "2024-10-04"),
    ("sabato 5 e domenica 6 ottobre", "2024-10-05", "2024-10-06"),
    ("il 3, 4 e 5 ottobre", "2024-10-03", "2024-10-05"),
    ("le 3 et le 4 octobre", "2024-10-03", "2024-10-04"),
    ("les 13 et 14 novembre", "2024-11-13", "2024-11-14"),
    ("am 13. und 14. November 2024", "2024-11-13", "2024-11-14"),
    ("los días 13 y 14 de noviembre", "2024-11-13", "2024-11-14"),
    ("am 5. Juni", "2024-06-05", "2024-06-05"),
    ("el 5 de junio", "2024-06-05", "2024-06-05"),
])
def test_event_spans_are_read_in_each_language(text, start, end):
    first, last = find_event_span(text, BASE)
    assert (first.iso(), last.iso()) == (start, end)


def test_a_press_releases_dateline_is_the_event_only_when_no_other_day_is_named():
    first_named = find_event_span("Paris, le 27 février 2025. La piscine rouvre le 1er mars.", BASE)[0]
    assert first_named.iso() == "2025-02-27"  # without the item's date, the first day named
    dateline = PartialDate(2025, 2, 27)
    first, last = find_event_span("Paris, le 27 février 2025. La piscine rouvre le 1er mars.", BASE, dateline)
    assert (first.iso(), last.iso()) == ("2025-03-01", "2025-03-01")
    first, _ = find_event_span("Paris, le 6 août 2024. Paris se souvient.", BASE, PartialDate(2024, 8, 6))
    assert first.iso() == "2024-08-06"


PUBLISHED = PartialDate(2025, 3, 12)


@pytest.mark.parametrize("text", [
    "Inscriptions avant le 30 avril 2025.", "Apply by 30 April 2025.", "Domande entro il 30 aprile 2025.",
    "Anmeldung bis spätestens 30. April 2025.", "Solicitudes antes del 30 de abril de 2025.",
])
def test_a_deadline_is_not_the_event(text):
    assert find_event_span(text, BASE, PUBLISHED) is None


@pytest.mark.parametrize("text", [
    "Jumelées depuis le 14 mars 1958, les deux villes signent le 20 mars un nouveau pacte.",
    "Twinned since 14 March 1958, the two cities sign a new pact on 20 March.",
    "Gemellate dal 14 marzo 1958, le due città firmano il 20 marzo un nuovo patto.",
])
def test_a_day_of_an_earlier_year_is_history_when_another_day_is_named(text):
    first, last = find_event_span(text, PUBLISHED.first_day(), PUBLISHED)
    assert (first.iso(), last.iso()) == ("2025-03-20", "2025-03-20")


@pytest.mark.parametrize("text", [
    "L'exposition se poursuit jusqu'au 20 mars.", "The exhibition runs until 20 March.",
    "Die Ausstellung läuft bis zum 20. März.", "La muestra sigue abierta hasta el 20 de marzo.",
    "La mostra prosegue fino al 20 marzo.",
])
def test_until_a_day_the_event_runs_from_the_items_own_day(text):
    first, last = find_event_span(text, BASE, PUBLISHED)
    assert (first.iso(), last.iso()) == ("2025-03-12", "2025-03-20")


@pytest.mark.parametrize("text, day", [
    ("La lettre a été remise hier à Bruxelles.", "2025-03-11"),
    ("The letter was handed over yesterday in Brussels.", "2025-03-11"),
    ("Der Brief wurde gestern in Brüssel übergeben.", "2025-03-11"),
    ("Questa mattina in Campidoglio i sindaci hanno firmato.", "2025-03-12"),
    ("Esta mañana los alcaldes firmaron la declaración.", "2025-03-12"),
])
def test_a_day_named_from_the_items_own_day(text, day):
    first, last = find_event_span(text, BASE, PUBLISHED)
    assert (first.iso(), last.iso()) == (day, day)


def test_today_meaning_nowadays_is_not_the_event():
    assert find_event_span("Le réseau, qui compte aujourd'hui 140 membres, a renouvelé son conseil.", BASE,
                           PUBLISHED) is None
    assert find_event_span("Die Union, der heute alle 27 Hauptstädte angehören.", BASE, PUBLISHED) is None


@pytest.mark.parametrize("text, start, end", [
    ("entre le 3 et le 5 juin 2024", "2024-06-03", "2024-06-05"),
    ("between 3 and 5 June 2024", "2024-06-03", "2024-06-05"),
    ("zwischen dem 3. und 5. Juni 2024", "2024-06-03", "2024-06-05"),
    ("entre el 3 y el 5 de junio de 2024", "2024-06-03", "2024-06-05"),
    ("tra il 3 e il 5 giugno 2024", "2024-06-03", "2024-06-05"),
    ("du lundi 3 au mercredi 5 juin 2024", "2024-06-03", "2024-06-05"),
    ("3 to 5 June 2024", "2024-06-03", "2024-06-05"),
    ("June 3 and 4, 2024", "2024-06-03", "2024-06-04"),
    ("on the 4th of June 2024", "2024-06-04", "2024-06-04"),
])
def test_more_ways_to_write_an_events_days(text, start, end):
    first, last = find_event_span(text, BASE)
    assert (first.iso(), last.iso()) == (start, end)


THURSDAY = PartialDate(2025, 3, 13)


@pytest.mark.parametrize("text, day", [
    ("Les maires ont signé ce jeudi la déclaration.", "2025-03-13"),
    ("The mayors met last Tuesday in Brussels.", "2025-03-11"),
    ("Die Bürgermeister trafen sich am Montag in Brüssel.", "2025-03-10"),
    ("Los alcaldes firmaron este jueves el convenio.", "2025-03-13"),
    ("I sindaci si sono riuniti martedì scorso.", "2025-03-11"),
])
def test_a_weekday_named_from_the_items_own_day(text, day):
    first, last = find_event_span(text, THURSDAY.first_day(), THURSDAY)
    assert (first.iso(), last.iso()) == (day, day)


@pytest.mark.parametrize("text, start, end", [
    ("Winter lights trail: 20 December – 4 January", "2024-12-20", "2025-01-04"),
    ("Ausstellung 5. Juni – 7. Juli 2025", "2025-06-05", "2025-07-07"),
    ("Festival, 30 avril - 2 mai 2025", "2025-04-30", "2025-05-02"),
    ("del 28 de mayo – 2 de junio de 2025", "2025-05-28", "2025-06-02"),
    ("December 20 – January 4, 2025", "2024-12-20", "2025-01-04"),
    ("Culture Forum, 26-28 March 2025", "2025-03-26", "2025-03-28"),
])
def test_a_dash_between_two_days_of_different_months(text, start, end):
    first, last = find_event_span(text, BASE, PartialDate(2024, 12, 20))
    assert (first.iso(), last.iso()) == (start, end)


@pytest.mark.parametrize("text", [
    "Les associations ont jusqu'au 20 mars pour déposer leur dossier.",
    "Applications are open until 20 March.",
    "Vereine und Schulen können bis zum 20. März Zuschüsse beantragen.",
    "Las solicitudes pueden presentarse hasta el 20 de marzo.",
    "Le domande si possono inviare fino al 20 marzo.",
])
def test_until_a_day_in_a_sentence_about_applying_is_a_deadline(text):
    assert find_event_span(text, BASE, PUBLISHED) is None


def test_until_a_day_stays_the_events_end_beside_a_sentence_about_applying():
    text = "Die Ausstellung läuft bis zum 20. März. Anmeldungen für Führungen nimmt das Museum entgegen."
    first, last = find_event_span(text, BASE, PUBLISHED)
    assert (first.iso(), last.iso()) == ("2025-03-12", "2025-03-20")


@pytest.mark.parametrize("text, start, end", [
    ("les 5, 6 et 7 juin 2025", "2025-06-05", "2025-06-07"),
    ("los días 5, 6 y 7 de junio de 2025", "2025-06-05", "2025-06-07"),
    ("vendredi 6 et samedi 7 juin 2025", "2025-06-06", "2025-06-07"),
    ("Freitag, 6. und Samstag, 7. Juni 2025", "2025-06-06", "2025-06-07"),
    ("desde el 5 hasta el 7 de junio de 2025", "2025-06-05", "2025-06-07"),
    ("da giovedì 5 a sabato 7 giugno 2025", "2025-06-05", "2025-06-07"),
    ("5. bis 7. Juni 2025", "2025-06-05", "2025-06-07"),
    ("from Thursday 5 June until Saturday 7 June 2025", "2025-06-05", "2025-06-07"),
    ("du 05/06/2025 au 07/06/2025", "2025-06-05", "2025-06-07"),
    ("dal 28/02/2025 al 02/03/2025", "2025-02-28", "2025-03-02"),
    ("vom 05.06. bis 07.06.2025", "2025-06-05", "2025-06-07"),
    ("05.06.–07.06.2025", "2025-06-05", "2025-06-07"),
    ("12.-14.06.2025", "2025-06-12", "2025-06-14"),
])
def test_lists_of_days_weekdays_and_days_in_figures(text, start, end):
    first, last = find_event_span(text, BASE, PartialDate(2025, 5, 20))
    assert (first.iso(), last.iso()) == (start, end)


@pytest.mark.parametrize("text", ["Sportello aperto dalle 10.30 alle 12.00.", "Delibera n. 12/2024, pagine 5-7."])
def test_hours_and_numbers_are_no_days_in_figures(text):
    assert find_event_span(text, BASE, PartialDate(2025, 5, 20)) is None


@pytest.mark.parametrize("text, day", [
    ("La maire recevra demain la délégation de Lyon.", "2025-03-13"),
    ("The mayors will sign the pledge tomorrow in Brussels.", "2025-03-13"),
    ("Die Bürgermeister unterzeichnen morgen die Erklärung.", "2025-03-13"),
    ("Il sindaco firmerà domani il protocollo.", "2025-03-13"),
    ("La cérémonie aura lieu après-demain à l'Hôtel de Ville.", "2025-03-14"),
])
def test_a_day_ahead_named_from_the_items_own_day(text, day):
    first, last = find_event_span(text, BASE, PUBLISHED)
    assert (first.iso(), last.iso()) == (day, day)


def test_this_morning_in_german_is_no_day_ahead():
    first, _ = find_event_span("Die Bürgermeister haben heute Morgen unterzeichnet.", BASE, PUBLISHED)
    assert first.iso() == "2025-03-12"


@pytest.mark.parametrize("text", [
    "Les maires ont débattu de la ville de demain.", "A summit on the cities of tomorrow.",
    "Tomorrow's cities need housing.", "Un convegno sulla città di domani.", "Ideen für die Stadt von morgen.",
])
def test_the_future_as_an_idea_is_no_day_ahead(text):
    assert find_event_span(text, BASE, PUBLISHED) is None


@pytest.mark.parametrize("text, day", [
    ("La maire recevra lundi prochain la délégation.", "2025-03-17"),
    ("The mayors will meet next Thursday in Brussels.", "2025-03-20"),
    ("Die Bürgermeister treffen sich am nächsten Montag.", "2025-03-17"),
    ("Los alcaldes se reunirán el próximo lunes.", "2025-03-17"),
    ("I sindaci si incontreranno lunedì prossimo.", "2025-03-17"),
])
def test_a_weekday_ahead_named_from_the_items_own_day(text, day):
    first, last = find_event_span(text, THURSDAY.first_day(), THURSDAY)
    assert (first.iso(), last.iso()) == (day, day)


@pytest.mark.parametrize("text, start, end", [
    ("El palacio será los días 3 y 4 de octubre la sede del consejo.", "2025-10-03", "2025-10-04"),
    ("The council will meet on 3 and 4 October in Bilbao.", "2025-10-03", "2025-10-04"),
    ("Le forum se tiendra les 3 et 4 octobre à Lyon.", "2025-10-03", "2025-10-04"),
    ("Il consiglio si riunirà il 3 ottobre a Bologna.", "2025-10-03", "2025-10-03"),
    ("El consejo se reunió los días 3 y 4 de octubre en Bilbao.", "2024-10-03", "2024-10-04"),
])
def test_a_day_without_a_year_told_in_the_future_is_the_next_one(text, start, end):
    # Written on 10 March 2025: October is nearer in the past, but a future verb points to the coming October.
    first, last = find_event_span(text, date(2025, 3, 10))


@pytest.mark.parametrize("text", [
    "Publié le 3 juin 2024 · Mis à jour le 5 juin 2024. Seize camions ont pris la route.",
    "Published 3 June 2024, updated on 5 June 2024. Sixteen lorries set off.",
    "Veröffentlicht am 3. Juni 2024, aktualisiert am 5. Juni 2024. Sechzehn Lastwagen sind unterwegs.",
    "Publicado el 3 de junio de 2024, actualizado el 5 de junio de 2024. Dieciséis camiones salieron.",
    "Pubblicato il 3 giugno 2024, aggiornato il 5 giugno 2024. Sedici camion sono partiti.",
])
def test_the_items_own_publication_and_update_days_are_not_its_event(text):
    assert find_event_span(text, date(2024, 6, 3), PartialDate(2024, 6, 3)) is None



@pytest.mark.parametrize("text, start, end", [
    ("les jeudi 5 et vendredi 6 juin", "2025-06-05", "2025-06-06"),
    ("les 5, 6 et 7 juin", "2025-06-05", "2025-06-07"),
    ("am Donnerstag, 5. und Freitag, 6. Juni", "2025-06-05", "2025-06-06"),
    ("on 5, 6 and 7 June", "2025-06-05", "2025-06-07"),
])
def test_two_or_three_days_with_their_weekdays_or_in_a_list(text, start, end):
    first, last = find_event_span(text, date(2025, 3, 3), PartialDate(2025, 3, 3))
    assert (first.iso(), last.iso()) == (start, end)


@pytest.mark.parametrize("text, start, end", [
    ("Das Treffen findet 5. bis 7. Juni 2024 statt.", "2024-06-05", "2024-06-07"),
    ("Las jornadas serán del 3 al 5 de junio.", "2024-06-03", "2024-06-05"),
    ("Las jornadas, 3-5 de junio de 2024, en Zaragoza.", "2024-06-03", "2024-06-05"),
    ("desde el 5 hasta el 7 de junio", "2024-06-05", "2024-06-07"),
    ("el 3 y el 4 de junio", "2024-06-03", "2024-06-04"),
    ("Die Tagung läuft vom 30.05. bis 02.06.2024.", "2024-05-30", "2024-06-02"),
    ("Termin: 05.06.2024 – 07.06.2024", "2024-06-05", "2024-06-07"),
])
def test_spans_without_an_opening_word_with_articles_or_in_figures(text, start, end):
    first, last = find_event_span(text, date(2024, 3, 1))


@pytest.mark.parametrize("text, start, end", [
    ("du 05.06 au 07.06.2025", "2025-06-05", "2025-06-07"),
    ("du 5 au 7/06/2025", "2025-06-05", "2025-06-07"),
    ("du 30.09.2025 au 02.10.2025", "2025-09-30", "2025-10-02"),
    ("vom 5.6. bis 7.6.2025", "2025-06-05", "2025-06-07"),
    ("dal 5/6 al 7/6/2025", "2025-06-05", "2025-06-07"),
    ("du 5 au 7.6", "2025-06-05", "2025-06-07"),
])
def test_event_spans_written_in_figures(text, start, end):
    first, last = find_event_span(text, date(2025, 3, 3), PartialDate(2025, 3, 3))
    assert (first.iso(), last.iso()) == (start, end)
