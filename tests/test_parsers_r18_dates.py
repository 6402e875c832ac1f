"""News dates as a careful reader takes them: a day written without its year is the one nearest the item's own date,
before or after it, unless its own sentence tells it in the future (the next sentence's verb is not its); the day since
which the city is a member or a signatory ("Depuis le 28 octobre, Kigali est signataire du Pacte") is no event, nor
is a rule's first day ("interdit dès le 1er décembre"), the last day of a public vote ("voter jusqu'au 30
novembre") or the day an official presents or announces the news ("ha presentado este martes"); an undated card
tagged with a network's fact ("Adhésion : 2009", "Siège : Malakoff") presents the network, it is no news item."""

from datetime import UTC, date, datetime

import pytest
from helpers.extracted import event_span_of, triples_of_snippet

from scraper.parsers.dates import PartialDate
from scraper.parsers.events import find_event_span
from scraper.parsers.extract import extract_page


@pytest.mark.parametrize("text", [
    "La comuna fue elegida en la Asamblea Plenaria, reunida en Lisboa entre el 27 y el 29 de octubre. La ciudad "
    "ocupará durante dos años la vicepresidencia regional.",
    "L'assemblée générale du réseau s'est réunie à Lisbonne du 27 au 29 octobre. La ville assurera pendant deux ans "
    "la vice-présidence.",
    "The network's general assembly met in Lisbon from 27 to 29 October. The city will hold the vice-presidency for "
    "two years.",
    "Die Mitgliederversammlung tagte vom 27. bis 29. Oktober in Lissabon. Die Stadt wird zwei Jahre lang den "
    "Vizevorsitz innehaben.",
    "L'assemblea generale si è riunita a Lisbona dal 27 al 29 ottobre. La città ricoprirà per due anni la "
    "vicepresidenza.",
    "The general assembly met in Lisbon on 27, 28 and 29 October. «The city will lead the working group», said the "
    "mayor.",
])
def test_a_future_verb_in_the_next_sentence_does_not_move_the_days_to_next_year(text):
    assert event_span_of(text, date(2026, 10, 30)) == ("2026-10-27", "2026-10-29")


@pytest.mark.parametrize("text, published, expected", [
    # near a year's end, the nearest days are across the new year, before or after the item
    ("Le sommet s'est tenu du 29 au 31 décembre. La ville présentera son bilan.", date(2027, 1, 3),
     ("2026-12-29", "2026-12-31")),
    ("Das Treffen fand am 29. und 30. Dezember statt. Die Stadt wird berichten.", date(2027, 1, 2),
     ("2026-12-29", "2026-12-30")),
    ("El encuentro se celebró del 2 al 4 de enero. La ciudad acogerá la próxima edición.", date(2026, 12, 28),
     ("2027-01-02", "2027-01-04")),
    # the days' own sentence in the future: the next such days
    ("Il forum si terrà a Roma dal 27 al 29 ottobre.", date(2026, 10, 30), ("2027-10-27", "2027-10-29")),
    ("The forum will meet from 27 to 29 October.", date(2026, 10, 30), ("2027-10-27", "2027-10-29")),
    # an abbreviated month's period before a lower-case word ends no sentence: the verb after it is the days'
    ("The forum from 27 to 29 Oct. will gather the mayors of the region.", date(2026, 10, 30),
     ("2027-10-27", "2027-10-29")),
])
def test_a_day_without_its_year_is_the_nearest_one_unless_its_sentence_is_in_the_future(text, published, expected):
    assert event_span_of(text, published) == expected


_PUBLISHED = PartialDate(2025, 11, 3)


@pytest.mark.parametrize("text", [
    "Depuis le 28 octobre 2025, Kigali est signataire du Pacte de politique alimentaire urbaine de Milan.",
    "Since 28 October 2025 the city has been a signatory of the Milan Urban Food Policy Pact.",
    "Seit dem 28. Oktober 2025 gehört die Stadt zu den Unterzeichnern des Mailänder Pakts.",
    "Desde el 28 de octubre de 2025 la ciudad es firmante del Pacto de Milán.",
    "Dal 28 ottobre 2025 il Comune è firmatario del Patto di Milano.",
    "Almería forma parte, desde el pasado 28 de octubre de 2025, de la Red Española de Ciudades por el Clima.",
    "Dallo scorso 28 ottobre 2025 la città fa parte della rete.",
])
def test_the_day_since_which_the_city_is_a_member_or_a_signatory_is_no_event(text):
    assert find_event_span(text, _PUBLISHED.first_day(), _PUBLISHED) is None


@pytest.mark.parametrize("text, expected", [
    # a day that does not open the city's state: the event
    ("Depuis le 28 octobre 2025, l'exposition présente les projets des villes du réseau.", "2025-10-28"),
    ("Desde el pasado 28 de octubre de 2025 la muestra recorre los barrios.", "2025-10-28"),
    # the signing of a charter on its day, at a place the item names: the item's event
    ("Les maires signataires de la charte l'ont signée à l'Hôtel de Ville le 28 octobre 2025.", "2025-10-28"),
    ("The signatory cities met in Milan on 28 October 2025.", "2025-10-28"),
])
def test_a_day_beside_a_signatory_that_opens_no_state_stays_the_event(text, expected):
    assert event_span_of(text, _PUBLISHED.first_day()) == (expected, expected)


@pytest.mark.parametrize("text", [
    # a rule's first day, with no end
    "Déneigement : le stationnement de nuit interdit dès le 1er décembre.",
    "From 1 December overnight street parking is banned during snow clearing.",
    "Ab dem 1. Dezember gilt in der Innenstadt ein nächtliches Parkverbot.",
    "A partir del 1 de diciembre queda prohibido aparcar en las calles de noche.",
    "Dal 1° dicembre scatta il divieto di sosta notturna.",
    "À partir du 1er décembre, le port du casque est obligatoire sur les pistes cyclables.",
    # a public vote open until a day: a deadline to act, as an application's
    "Les citoyens peuvent voter jusqu'au 30 novembre pour répartir l'enveloppe du budget participatif.",
    "Residents can vote until 30 November on the participatory budget projects.",
    "Die Bürgerinnen und Bürger können bis zum 30. November über die Projekte abstimmen.",
    "La votación de los presupuestos participativos está abierta hasta el 30 de noviembre.",
    "I cittadini possono votare fino al 30 novembre i progetti del bilancio partecipativo.",
])
def test_a_rules_first_day_and_a_votes_last_day_are_no_event(text):
    assert find_event_span(text, date(2025, 11, 20), PartialDate(2025, 11, 20)) is None


@pytest.mark.parametrize("text, expected", [
    # an opening's first day names no rule: the event
    ("À partir du 1er décembre, le marché de Noël accueille les visiteurs place de l'Hôtel-de-Ville.",
     ("2025-12-01", "2025-12-01")),
    ("From 1 December the winter festival fills the old town.", ("2025-12-01", "2025-12-01")),
    # a rule's days with an end: a span the item reports
    ("La rue sera interdite à la circulation du 1er au 3 décembre pour le marché.", ("2025-12-01", "2025-12-03")),
    # an exhibition open until a day: from the item's own day to that one
    ("L'exposition se poursuit jusqu'au 30 novembre à l'Hôtel de Ville.", ("2025-11-20", "2025-11-30")),
    ("Die Ausstellung im Rathaus ist bis zum 30. November zu sehen.", ("2025-11-20", "2025-11-30")),
])
def test_an_opening_a_rules_span_and_an_exhibition_stay_events(text, expected):
    assert event_span_of(text, date(2025, 11, 20)) == expected


def _tagged_card(title: str, summary: str, tags: list[str], link: str, markup: str = "ul") -> str:
    """An undated card of a list: its title, a row of short tags, its summary, a link within the site."""
    if markup == "ul":
        shown = "<ul class='card__tags'>" + "".join(f"<li class='tag'>{tag}</li>" for tag in tags) + "</ul>"
    else:
        shown = "<p class='card__meta'>" + " ".join(f"<span class='badge'>{tag}</span>" for tag in tags) + "</p>"
    return (f"<article class='card'><div class='card__body'><h3 class='card__title'>{title}</h3>{shown}"
            f"<p class='card__text'>{summary}</p><a class='card__link' href='{link}'>En savoir plus</a>"
            "</div></article>")


def _news_titles(cards: str, lang: str) -> list[str]:
    page = (f"<html lang='{lang}'><head><title>Ville</title></head><body><main><h1>Ville</h1><h2>Nos réseaux</h2>"
            f"<div class='cards'>{cards}</div></main></body></html>").encode()
    return [item["title"] for item in extract_page(page, "https://www.ville.example/reseaux", _FETCHED).news]


_FETCHED = datetime(2026, 11, 25, 7, 30, tzinfo=UTC)


@pytest.mark.parametrize("lang, card", [
    ("fr", _tagged_card("AFCDRP – Maires pour la Paix France", "L'association relaie en France l'action du réseau "
                        "international et rassemble environ 190 collectivités.",
                        ["Adhésion : 2009", "Siège : Malakoff"], "/ma-ville/reseaux/afcdrp")),
    ("fr", _tagged_card("Réseau français des Villes éducatrices (RFVE)", "Le RFVE réunit une centaine de villes.",
                        ["Adhésion en 2016"], "/ma-ville/reseaux/rfve")),
    ("en", _tagged_card("Healthy Cities Partnership", "A partnership of councils working on public health.",
                        ["Member since 1994"], "/council/networks/healthy-cities", markup="span")),
    ("de", _tagged_card("Arbeitsgemeinschaft fahrradfreundlicher Kommunen", "Die Kommunen fördern den Radverkehr.",
                        ["Mitglied seit 2011", "Sitz: Erlangen"], "/rathaus/netzwerke/agfk")),
    ("es", _tagged_card("Red de Ciudades Saludables", "Municipios que promueven la salud pública.",
                        ["Miembro desde 2005", "Fundada en 1988"], "/ayuntamiento/redes/saludables", markup="span")),
    ("it", _tagged_card("Coordinamento Agende 21 Locali", "Enti locali impegnati per la sostenibilità.",
                        ["Socia dal 2012", "Sede: Modena"], "/comune/reti/agende21")),
])
def test_an_undated_card_tagged_with_a_networks_fact_presents_it_not_a_news_item(lang, card):
    assert _news_titles(card * 2, lang) == []


@pytest.mark.parametrize("lang, card, title", [
    # undated, tagged with its topics: a news teaser
    ("fr", _tagged_card("La Ville accueille le forum d'Eurocities", "Les maires de quarante villes sont attendus.",
                        ["Coopération", "Europe"], "/actualites/forum-eurocities"),
     "La Ville accueille le forum d'Eurocities"),
    # a membership told in a sentence, not a tag
    ("en", _tagged_card("The city renews its Healthy Cities membership", "A member since 1994, the city renews its "
                        "commitment for five years.", ["Health"], "/news/healthy-cities-renewal"),
     "The city renews its Healthy Cities membership"),
])
def test_a_news_teaser_tagged_with_topics_stays_a_news_item(lang, card, title):
    assert _news_titles(card, lang) == [title]


_TUESDAY = PartialDate(2025, 11, 4)


@pytest.mark.parametrize("text", [
    "El concejal de Sostenibilidad ha presentado este martes los compromisos que asume el Ayuntamiento con su entrada "
    "en la Red.",
    "Le maire a annoncé ce mardi l'adhésion de la ville au réseau.",
    "The mayor announced this Tuesday that the city has joined the network.",
    "Das gab Oberbürgermeisterin Weber am Dienstag gemeinsam mit dem Umweltdezernenten bekannt.",
    "Il sindaco ha presentato questo martedì il piano d'azione per il clima.",
    "Die Stadt hat heute um 11 Uhr ihr Klimaprogramm vorgestellt.",
])
def test_the_day_an_official_presents_or_announces_the_news_is_no_event(text):
    assert find_event_span(text, _TUESDAY.first_day(), _TUESDAY) is None


@pytest.mark.parametrize("text, expected", [
    # a signing, a reception, a meeting named from the item's day: the event
    ("Les maires ont signé ce mardi la déclaration à l'Hôtel de Ville.", "2025-11-04"),
    ("Le maire d'Erlangen et une dizaine d'élus ont été reçus ce lundi par la maire.", "2025-11-03"),
    ("Rund 60 Teilnehmende nahmen an den Beratungen am Dienstag teil. Das Programm wurde im Mai vorgestellt.",
     "2025-11-04"),
])
def test_a_signing_a_reception_or_a_meeting_named_from_the_items_day_stays_the_event(text, expected):
    assert event_span_of(text, _TUESDAY.first_day()) == (expected, expected)


@pytest.mark.parametrize("lang, body, expected", [
    ("es", "<p>Almería forma parte, desde el pasado 28 de octubre de 2025, de la Red Española de Ciudades por el "
           "Clima, tras la aprobación de la adhesión en el Pleno municipal.</p>",
     ("red-espanola-de-ciudades-por-el-clima", "joined", "2025-10-28")),
    ("es", "<p>La ciudad es miembro de la Red Española de Ciudades por el Clima desde el pasado 28 de octubre de "
           "2025.</p>", ("red-espanola-de-ciudades-por-el-clima", "joined", "2025-10-28")),
    ("it", "<p>Il Comune fa parte dallo scorso 28 ottobre 2025 della rete Cittaslow.</p>",
     ("cittaslow", "joined", "2025-10-28")),
    ("fr", "<p>La ville fait partie, depuis le 28 octobre 2025, du réseau Cittaslow.</p>",
     ("cittaslow", "joined", "2025-10-28")),
])
def test_a_membership_since_last_day_dates_the_joining(lang, body, expected):
    assert expected in triples_of_snippet(body, lang)


@pytest.mark.parametrize("lang, body", [
    # a month gone, no day: no day of joining to read
    ("es", "<p>La ciudad forma parte de la Red Española de Ciudades por el Clima desde el pasado mes de mayo.</p>"),
])
def test_a_membership_since_a_month_gone_gives_no_day(lang, body):
    assert not {fact for fact in triples_of_snippet(body, lang) if fact[1] == "joined" and len(fact[2]) == 10}
