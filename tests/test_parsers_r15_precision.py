"""What is not the network's fact, and the span of a news item's event: an English span whose days each carry their
weekday ("from Wednesday, Oct. 14 to Friday, Oct. 16, 2026") ends on its second day; a site's clock in a header
("vendredi, novembre 20, 2026" on the day the page is read) is not the page's date; the cities present at an event
named after their count ("estuvieron representadas en el encuentro") are its audience, not the network's members; the
seat of one of a network's regional secretariats, picked out by a pronoun ("celui d'Europe du Nord-Ouest est installé à
Ratisbonne"), is not the network's; a delegation that joined other delegations ("avait rejoint à Tunis 130
délégations de maires") went to meet them, it joined no network; a place that has that many of the network's members
("le Togo compte désormais quatre villes membres du réseau") has its share, not the network's count."""

from datetime import UTC, date, datetime

import pytest
from helpers.extracted import facts_of_snippet

from scraper.parsers.dates import PartialDate
from scraper.parsers.events import find_event_span
from scraper.parsers.extract import extract_page

_BASE = date(2026, 8, 20)
_PUBLISHED = PartialDate(2026, 8, 20)
_OCTOBER_14_TO_16 = (PartialDate(2026, 10, 14), PartialDate(2026, 10, 16))


@pytest.mark.parametrize("text", [
    # prose, each day with its weekday, the months abridged or whole
    "Halifax hosts the annual general meeting from Wednesday, Oct. 14 to Friday, Oct. 16, 2026.",
    "The summit takes place from Wednesday, October 14 through Friday, October 16, 2026.",
    "The forum runs from Wednesday October 14 until Friday October 16, 2026.",
    # a meta line, the span with a dash
    "When: Wednesday, October 14 – Friday, October 16, 2026",
    # the other languages, each day with its weekday
    "L'assemblée se tiendra du mercredi 14 au vendredi 16 octobre 2026 à Lyon.",
    "Die Tagung findet vom Mittwoch, 14. bis Freitag, 16. Oktober 2026 statt.",
    "La cumbre se celebrará del miércoles 14 al viernes 16 de octubre de 2026.",
    "L'assemblea si terrà da mercoledì 14 a venerdì 16 ottobre 2026.",
])
def test_a_span_whose_days_carry_their_weekdays_ends_on_its_second_day(text):
    assert find_event_span(text, _BASE, _PUBLISHED) == _OCTOBER_14_TO_16


def test_a_weekday_span_of_opening_hours_is_no_event_span():
    # the trap: "from Monday to Friday" names no days of a month before the date
    found = find_event_span("The office is open from Monday to Friday, Oct. 16, 2026.", _BASE, _PUBLISHED)
    assert found != _OCTOBER_14_TO_16


_CAPTURED = datetime(2026, 11, 20, 10, 15, tzinfo=UTC)


def _page_with_a_clock(clock: str, lang: str, *, stated: str = "") -> bytes:
    return (f'<html lang="{lang}"><head><title>Réseaux</title></head><body><header><div class="top-bar">'
            f'<div class="date">{clock}</div></div></header><main><h1>Réseaux internationaux</h1>{stated}'
            f'<p>La ville est membre de plusieurs réseaux de villes.</p></main></body></html>').encode()


@pytest.mark.parametrize("clock, lang", [
    ("vendredi, novembre 20, 2026", "fr"),
    ("vendredi 20 novembre 2026", "fr"),
    ("Friday, November 20, 2026", "en"),
    ("Freitag, 20. November 2026", "de"),
    ("viernes, 20 de noviembre de 2026", "es"),
    ("venerdì 20 novembre 2026", "it"),
    ("20/11/2026", "fr"),
])
def test_a_sites_clock_on_the_capture_day_is_no_page_date(clock, lang):
    page = extract_page(_page_with_a_clock(clock, lang), "https://ville.example/reseaux/", _CAPTURED).page
    assert page["page_date"] is None


def test_a_day_the_url_carries_stays_the_page_date_on_the_capture_day():
    page = extract_page(_page_with_a_clock("vendredi 20 novembre 2026", "fr"),
                        "https://ville.example/2026/11/20/reseaux/", _CAPTURED).page
    assert page["page_date"] == "2026-11-20"


def test_a_publication_the_page_states_on_the_capture_day_stays_its_date():
    stated = "<p>Publié le 20 novembre 2026</p>"
    page = extract_page(_page_with_a_clock("vendredi 20 novembre 2026", "fr", stated=stated),
                        "https://ville.example/reseaux/", _CAPTURED).page
    assert page["page_date"] == "2026-11-20"


@pytest.mark.parametrize("body, lang", [
    # prose, in the past and in the present
    ("<p>Asunción participó de la Cumbre de Mercociudades. Más de un centenar de ciudades estuvieron representadas en "
     "el encuentro, que tuvo como eje el clima.</p>", "es"),
    ("<p>Asunción participa en la Cumbre de Mercociudades. Más de 100 ciudades están representadas en la cumbre de "
     "Montevideo.</p>", "es"),
    ("<p>Leeds joins the Eurocities annual meeting. Over 100 cities are represented at this year's summit.</p>", "en"),
    ("<div class='card'><h3>Eurocities</h3><p>More than 100 cities are present at the annual meeting.</p></div>",
     "en"),
    ("<p>Lyon accueille le congrès d'Eurocities. Plus de 100 villes sont représentées à la conférence.</p>", "fr"),
    ("<ul><li>AIMF : près de 80 villes sont présentes au congrès de Kigali.</li></ul>", "fr"),
    ("<p>Leipzig lädt zum Kongress von Eurocities. Über 100 Städte sind beim Kongress vertreten.</p>", "de"),
    ("<dl><dt>Eurocities</dt><dd>Mehr als 80 Städte sind auf der Jahrestagung anwesend.</dd></dl>", "de"),
    ("<p>Bologna ospita l'incontro di Eurocities. Oltre 100 città sono presenti all'incontro.</p>", "it"),
    ("<table><tr><th>Eurocities</th><td>Più di 100 città sono rappresentate al vertice di Bari.</td></tr></table>",
     "it"),
])
def test_the_cities_present_at_an_event_are_its_audience(body, lang):
    assert not {fact for fact in facts_of_snippet(body, lang) if fact[1] == "member_cities"}


@pytest.mark.parametrize("body, lang, count", [
    # the trap: represented in the network counts its members
    ("<p>Eurocities : plus de 130 villes sont représentées au sein du réseau.</p>", "fr", "130"),
    ("<p>Im Netzwerk Eurocities sind über 200 Städte vertreten.</p>", "de", "200"),
    ("<p>En la red Mercociudades están representadas más de 300 ciudades.</p>", "es", "300"),
    ("<p>Nella rete Eurocities sono rappresentate oltre 300 città.</p>", "it", "300"),
])
def test_the_cities_represented_in_the_network_are_its_members(body, lang, count):
    assert any(fact[1] == "member_cities" and fact[2] == count for fact in facts_of_snippet(body, lang))


@pytest.mark.parametrize("body, lang", [
    ("<p>L'Organisation des villes du patrimoine mondial (OVPM) s'appuie sur des secrétariats régionaux ; celui "
     "d'Europe du Nord-Ouest est installé à Ratisbonne.</p>", "fr"),
    ("<div class='card'><h3>OVPM</h3><p>Des bureaux régionaux ; celui d'Afrique est installé à Dakar.</p></div>",
     "fr"),
    ("<p>ICLEI arbeitet mit regionalen Sekretariaten; das für Europa hat seinen Sitz in Freiburg.</p>", "de"),
    ("<dl><dt>OCPM</dt><dd>Segretariati regionali; quello dell'Europa meridionale ha sede a Cordova.</dd></dl>", "it"),
    ("<p>ICLEI works through regional offices; the one for Europe is based in Freiburg.</p>", "en"),
    ("<p>La OCPM cuenta con secretarías regionales; la de América Latina tiene su sede en Quito.</p>", "es"),
])
def test_the_seat_of_one_regional_secretariat_is_not_the_networks(body, lang):
    assert not {fact for fact in facts_of_snippet(body, lang) if fact[1] == "headquarters"}


@pytest.mark.parametrize("body, lang, seat", [
    # the trap: the network's own seat after its regional secretariats
    ("<p>L'OVPM s'appuie sur des secrétariats régionaux ; son siège est installé à Québec.</p>", "fr", "Québec"),
    ("<p>La OCPM cuenta con secretarías regionales y tiene su sede en Quebec.</p>", "es", "Quebec"),
])
def test_the_networks_own_seat_after_its_regional_secretariats_stays(body, lang, seat):
    assert ("owhc", "headquarters", seat) in {fact[:3] for fact in facts_of_snippet(body, lang)}


@pytest.mark.parametrize("body, lang", [
    ("<p>En décembre 2020, la délégation de Lomé avait rejoint à Tunis 130 délégations de maires et de partenaires "
     "venues de 33 pays pour l'Assemblée générale du réseau de l'AIMF.</p>", "fr"),
    ("<div class='card'><h3>AIMF</h3><p>En décembre 2020, Lomé a rejoint à Tunis les délégations des villes "
     "membres.</p></div>", "fr"),
    ("<p>In May 2023 the Leeds delegation joined in Lyon more than 300 delegates of Eurocities.</p>", "en"),
    ("<table><tr><th>Eurocities</th><td>In May 2023, Leeds joined 300 mayors in Lyon for the annual meeting of "
     "Eurocities.</td></tr></table>", "en"),
    ("<p>En mayo de 2023, la delegación de León se unió en Lyon a más de 300 delegados de Eurocities.</p>", "es"),
])
def test_joining_other_delegations_is_no_joining_of_the_network(body, lang):
    assert not {fact for fact in facts_of_snippet(body, lang) if fact[1] == "joined"}


@pytest.mark.parametrize("body, lang, network, day", [
    # the trap: the network as the object of the joining, even when its name starts with people
    ("<p>En décembre 2020, Lomé a rejoint l'AIMF.</p>", "fr", "aimf", "2020-12"),
    ("<p>In May 2023, Leeds joined Eurocities.</p>", "en", "eurocities", "2023-05"),
    ("<p>The City of Derby joined Mayors for Peace in 2006.</p>", "en", "mayors-for-peace", "2006"),
    ("<p>En 2006, Dijon a rejoint Maires pour la Paix.</p>", "fr", "mayors-for-peace", "2006"),
    ("<p>Im Mai 2023 ist Graz Eurocities beigetreten.</p>", "de", "eurocities", "2023-05"),
    ("<p>En mayo de 2023, León se unió a Eurocities.</p>", "es", "eurocities", "2023-05"),
    ("<p>Nel maggio 2023 Bari ha aderito a Eurocities.</p>", "it", "eurocities", "2023-05"),
])
def test_joining_the_network_stays_a_joining(body, lang, network, day):
    assert (network, "joined", day) in {fact[:3] for fact in facts_of_snippet(body, lang)}


@pytest.mark.parametrize("body, lang", [
    ("<p>Le Bureau de l'AIMF a validé l'adhésion de Kpalimé. Le Gouverneur s'en est félicité : le Togo compte "
     "désormais quatre villes membres du réseau.</p>", "fr"),
    ("<ul><li>AIMF : le Sénégal compte 12 villes membres de l'association.</li></ul>", "fr"),
    ("<p>Eurocities welcomed Braga. Portugal now has 12 member cities of Eurocities.</p>", "en"),
    ("<div class='card'><h3>Eurocities</h3><p>Eurocities nimmt Lublin auf. Polen zählt nun 20 Mitgliedsstädte des "
     "Netzwerks.</p></div>", "de"),
    ("<p>Mercociudades sumó a Talca. Chile cuenta con 15 ciudades miembros de la red.</p>", "es"),
    ("<table><tr><th>Energy Cities</th><td>Energy Cities accoglie Vicenza: la Sicilia conta ora 30 comuni aderenti "
     "alla rete.</td></tr></table>", "it"),
])
def test_a_places_share_of_the_members_is_not_the_networks_count(body, lang):
    assert not {fact for fact in facts_of_snippet(body, lang) if fact[1] == "member_cities"}


@pytest.mark.parametrize("body, lang, count", [
    # the trap: the network as the subject of the count
    ("<p>L'AIMF compte désormais 300 villes membres du réseau.</p>", "fr", "300"),
    ("<p>Eurocities now has 200 member cities of the network in 38 countries.</p>", "en", "200"),
    ("<p>Eurocities zählt 200 Mitgliedsstädte in 38 Ländern.</p>", "de", "200"),
    ("<p>Mayors for Peace: Das Netzwerk zählt über 8.000 Mitgliedsstädte des Bündnisses.</p>", "de", "8000"),
    ("<p>Klima-Bündnis: Inzwischen zählt das Bündnis rund 2.000 Mitgliedskommunen des Netzwerks.</p>", "de", "2000"),
    ("<p>Mercociudades cuenta con 380 ciudades miembros de la red.</p>", "es", "380"),
    ("<p>Energy Cities conta oltre 1000 comuni aderenti alla rete.</p>", "it", "1000"),
])
def test_the_networks_own_count_of_members_stays(body, lang, count):
    assert any(fact[1] == "member_cities" and fact[2] == count for fact in facts_of_snippet(body, lang))
