"""Wrong facts and dates: a service or a season that begins or opens on a day ("Weihnachtsmarkt öffnet am 23.
November", "Fall leaf collection begins October 6") and a road closed from a day are no event, nor a month named from
the item's beside the days of the city's joining ("en juin dernier"); a date cue in parentheses after a word ("87.000
Einwohner (Stand: 31.12.2025)") dates what it follows, not the page; a figure of the network's first days ("Nous
étions une vingtaine de villes au début", "En sus inicios la componían 25 ciudades") is the past; the counts of a
sentence opened by an event ("En la última edición, ... se presentaron 64 proyectos de 41 municipios") are who came;
"gut 480" is more than 480; a seat's label whose value is a street or a building gives the city ending the row ("Sede:
Calle Nuncio, 8 (Madrid)")."""

from datetime import date

import pytest

from scraper.parsers.page_date import find_page_date
from tests.helpers.extracted import claims_of_sentence, event_span_of, facts_of_snippet

_PUBLISHED = date(2026, 10, 6)


# A teaser's title that a service, a season or a road closure begins that day reports no event.
@pytest.mark.parametrize("text", [
    "Weihnachtsmarkt öffnet am 23. November",
    "Fall leaf collection begins October 6",
    "Las luces de Navidad se encenderán el 21 de noviembre",
    "La patinoire ouvre ses portes le 28 novembre",
    "Les illuminations de Noël s'allumeront le 28 novembre",
    "La pista di pattinaggio apre il 5 dicembre",
    "Vollsperrung der Reichenbacher Straße ab 22. April",
    "Road closure on Main Street from 22 October",
    "Fermeture de la rue du Port à partir du 22 octobre",
    "Chiusura al traffico di via Roma dal 22 ottobre",
])
def test_a_service_a_season_or_a_closure_beginning_on_a_day_is_no_event(text):
    assert event_span_of(text, _PUBLISHED) is None


# Traps: a meeting, a conference or a festival that opens on a day is the event; so is a span with its end.
@pytest.mark.parametrize("text, span", [
    ("The congress opens on 5 November in Lyon", ("2026-11-05", "2026-11-05")),
    ("Die Konferenz beginnt am 5. November", ("2026-11-05", "2026-11-05")),
    ("L'assemblée générale s'ouvre le 5 novembre", ("2026-11-05", "2026-11-05")),
    ("Le festival ouvre le 5 novembre", ("2026-11-05", "2026-11-05")),
    ("Tagesordnung der Stadtratssitzung am 30. Oktober", ("2026-10-30", "2026-10-30")),
    ("Der Weihnachtsmarkt ist vom 23. November bis 23. Dezember geöffnet", ("2026-11-23", "2026-12-23")),
])
def test_an_event_opening_on_a_day_stays_the_event(text, span):
    assert event_span_of(text, _PUBLISHED) == span


# A date cue in parentheses dates the figure or the list before it; the page's own cue further on is its date.
@pytest.mark.parametrize("text, stated", [
    ("Zwickau hat rund 87.000 Einwohner (Stand: 31.12.2025). Stand: 04.05.2026", date(2026, 5, 4)),
    ("La liste des membres (mise à jour le 9 mars 2026) est en ligne. Publié le 5 mars 2026", date(2026, 3, 5)),
    ("Elenco dei comuni (aggiornato al 9 marzo 2026). Ultimo aggiornamento: 5 marzo 2026", date(2026, 3, 5)),
])
def test_a_date_cue_in_parentheses_is_not_the_pages(text, stated):
    found = find_page_date(text)
    assert found is not None and (found.year, found.month, found.day) == (stated.year, stated.month, stated.day)


def test_a_date_cue_in_parentheses_alone_gives_no_page_date():
    assert find_page_date("Zwickau hat rund 87.000 Einwohner (Stand: 31.12.2025).") is None


# The network's first days, told by "au début", "en sus inicios" or a first person in the past, date the figure.
@pytest.mark.parametrize("sentence", [
    "« Nous étions une vingtaine de villes à porter ces sujets au début.",
    "En sus inicios la componían 25 ciudades.",
    "Al principio éramos 25 ciudades en la red.",
    "All'inizio la rete contava 25 comuni.",
    "At the start the network had 25 member cities.",
    "Zu Beginn gehörten dem Netzwerk 25 Städte an.",
])
def test_a_figure_of_the_networks_first_days_is_the_past(sentence):
    assert [value for attribute, value in claims_of_sentence(sentence) if attribute == "member_cities"] == []


# Traps: today's figure after the first days' keeps its count.
@pytest.mark.parametrize("sentence, count", [
    ("« Nous étions une vingtaine de villes au début ; aujourd'hui, Villes de France fédère près de 600 villes.",
     "600"),
    ("Zu Beginn waren es 12 Städte, heute gehören dem Netzwerk über 300 Städte an.", "300"),
    ("All'inizio la rete contava 20 comuni, oggi ne riunisce 300 comuni.", "300"),
])
def test_todays_figure_after_the_first_days_stays(sentence, count):
    assert [value for attribute, value in claims_of_sentence(sentence) if attribute == "member_cities"] == [count]


# A sentence opened by the event it tells of, as its time: its counts are of who came.
@pytest.mark.parametrize("sentence", [
    "En la última edición, celebrada en Santander, se presentaron 64 proyectos de 41 municipios.",
    "Lors de la dernière édition, 120 villes ont concouru.",
    "Bei der letzten Tagung waren 80 Kommunen vertreten.",
    "Nell'ultima edizione hanno partecipato 90 comuni.",
    "At the last edition, 90 cities took part.",
])
def test_the_counts_of_a_sentence_opened_by_an_event_are_who_came(sentence):
    assert [pair for pair in claims_of_sentence(sentence) if pair[0] in ("member_cities", "projects")] == []


# Trap: a relative clause after the event gives its count to another subject, the network.
@pytest.mark.parametrize("sentence", [
    "Lors du congrès, la ville a rejoint Eurocities, qui compte 200 villes.",
    "En la asamblea, la red, que agrupa a 200 municipios, eligió presidente.",
])
def test_a_networks_count_in_a_relative_clause_after_an_opening_event_stays(sentence):
    assert ("member_cities", "200") in claims_of_sentence(sentence)


@pytest.mark.parametrize("body, lang", [
    ("<h2>Trägerverein Energiestadt</h2><p>Mitglieder: gut 480 Energiestädte</p>", "de"),
])
def test_a_good_480_is_more_than_480(body, lang):
    assert ("tragerverein-energiestadt", "member_cities", "480", "more_than") in facts_of_snippet(body, lang)


# A seat's label whose value is a street or a building: the city ending the row, after its suburb or in brackets.
@pytest.mark.parametrize("sentence, city", [
    ("Sede: Calle Nuncio, 8 (Madrid)", "Madrid"),
    ("Head office: Local Government House, Newstead, Brisbane", "Brisbane"),
    ("Sitz: Hauptstraße 5, Berlin", "Berlin"),
    ("Sede: Piazza del Campidoglio, Roma", "Roma"),
    ("Siège : Rue de la Loi 155, Bruxelles", "Bruxelles"),
])
def test_a_seat_labelled_by_its_street_is_the_city_ending_the_row(sentence, city):
    assert [value for attribute, value in claims_of_sentence(sentence) if attribute == "headquarters"] == [city]


# Traps: a city opening the value stays the seat; a street with no city after it gives none.
@pytest.mark.parametrize("sentence, seats", [
    ("Siège : Paris, 41 quai d'Orsay", ["Paris"]),
    ("Sede: Calle Nuncio, 8", []),
])
def test_a_seat_label_opening_with_its_city_or_a_street_alone(sentence, seats):
    assert [value for attribute, value in claims_of_sentence(sentence) if attribute == "headquarters"] == seats


# Trap: what opens reflexively is a meeting's proceedings, the event.
@pytest.mark.parametrize("text, span", [
    ("I lavori si apriranno sabato 24 ottobre alle 10 nella Sala degli Stemmi", ("2026-10-24", "2026-10-24")),
    ("Les travaux s'ouvrent le 24 octobre à l'hôtel de ville", ("2026-10-24", "2026-10-24")),
])
def test_proceedings_opening_on_a_day_are_the_event(text, span):
    assert event_span_of(text, _PUBLISHED) == span


# An item that dates the city's joining reports that membership: a month named from the item's, a caption's or an
# earlier step's, is no event.
@pytest.mark.parametrize("text", [
    "Un atelier numérique au centre social, en juin dernier. Depuis le 1er septembre 2026, la Ville fait partie du "
    "Réseau francophone des villes amies des aînés.",
    "Alla presentazione del progetto, lo scorso settembre, hanno partecipato gli studenti. Dal 1° ottobre 2026 il "
    "Comune fa parte della rete delle Città interculturali.",
    "At the launch last September, residents shared their ideas. Since 1 October 2026 the City has been a member of "
    "the WHO Global Network for Age-friendly Cities and Communities.",
])
def test_a_month_beside_the_days_of_a_joining_is_no_event(text):
    assert event_span_of(text, _PUBLISHED) is None


# Trap: with no day of a joining, a month named from the item's is still its event.
def test_a_month_named_from_the_items_is_the_event_without_a_joining():
    assert event_span_of("Le forum s'est tenu en septembre dernier à Lyon.", _PUBLISHED) == ("2026-09", "2026-09")
