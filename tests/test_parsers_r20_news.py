"""News items and their event days as a careful reader takes them: in a row of cards presenting the city's networks,
an undated card ("Jumelages", a network the vocabulary does not know) is a topic of the page, no news item. A
release's dateline ("Rimouski, le 12 novembre 2026 –") beside the days of the city's joining or its council's vote
dates the release, it is no event."""

from datetime import UTC, date, datetime

import pytest
from helpers.extracted import event_span_of

from scraper.parsers.extract import extract_page

_FETCHED = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)
_PAGE = "https://www.city.example/international/networks"


def _topic_page(lang: str, cards: str) -> bytes:
    return (f"<html lang='{lang}'><head><title>Networks</title></head><body><main><article><h1>Networks</h1>"
            f"<p>The city works with several networks of cities at home and abroad.</p>{cards}"
            "</article></main></body></html>").encode()


def _news_titles(page: bytes) -> list[str]:
    return [item["title"] for item in extract_page(page, _PAGE, _FETCHED).news]


# (network card, undated topic card) per language, each a card of its own: title, a row of facts or a line, a link.
_ROWS = {
    "fr": ("<div class='card'><h3>Maires pour la paix</h3><ul><li>Membre depuis 2009</li><li>Siège : Hiroshima</li>"
           "</ul>"
           "<a href='https://www.mayorsforpeace.org/fr/'>Site du réseau</a></div>",
           "<div class='card'><h3>Jumelages</h3><ul><li>Coburg (Allemagne)</li><li>Springfield (États-Unis)</li></ul>"
           "<a href='/international/jumelages'>Découvrir les villes jumelles</a></div>"),
    "de": ("<article class='card'><h3>Deutscher Städtetag</h3><p>Hauptgeschäftsstelle in Berlin</p>"
           "<p>Im Städtetag arbeiten die Städte zusammen.</p></article>",
           "<article class='card'><h3>Partnerschaft der Flussstädte</h3><p>Die Städte am Fluss arbeiten seit Jahren "
           "zusammen.</p><a href='/international/fluss'>Mehr zur Flussarbeit</a></article>"),
    "en": ("<li class='card'><h3>ICLEI</h3><p>The city is a member of ICLEI - Local Governments for "
           "Sustainability.</p></li>",
           "<li class='card'><h3>Sister cities</h3><p>Our partners in Europe, Asia and Africa.</p>"
           "<a href='/international/sister-cities'>Meet our sister cities</a></li>"),
    "es": ("<div class='tarjeta'><h3>Eurocities</h3><p>Miembro desde 2005</p></div>",
           "<div class='tarjeta'><h3>Hermanamientos</h3><p>Las ciudades hermanas de la ciudad en el mundo.</p>"
           "<a href='/internacional/hermanamientos'>Conoce las ciudades hermanas</a></div>"),
    "it": ("<div class='card'><h3>Patto dei Sindaci</h3><p>Aderente dal 2010</p></div>",
           "<div class='card'><h3>Gemellaggi</h3><p>Le città gemelle del Comune in Europa.</p>"
           "<a href='/internazionale/gemellaggi'>Scopri i gemellaggi</a></div>"),
}


@pytest.mark.parametrize("lang", list(_ROWS))
def test_an_undated_card_in_a_row_of_network_cards_is_no_news_item(lang):
    network, topic = _ROWS[lang]
    row = f"<ul class='cards'>{network}{topic}</ul>" if network.startswith("<li") else f"<div>{network}{topic}</div>"
    assert _news_titles(_topic_page(lang, row)) == []


@pytest.mark.parametrize("lang", list(_ROWS))
def test_the_same_undated_card_in_a_row_of_its_own_kind_stays_a_news_item(lang):
    # the trap: an undated story card among story cards, no network card beside it
    story = ("<div class='card'><h3><a href='/news/forum'>The city hosts the climate forum of the network</a></h3>"
             "<p>Forty mayors met at City Hall to share their plans.</p></div>")
    other = ("<div class='card'><h3><a href='/news/visit'>A delegation from the twin city visits the port</a></h3>"
             "<p>The visitors toured the harbour and the new tram depot.</p></div>")
    assert _news_titles(_topic_page(lang, f"<div>{story}{other}</div>")) == [
        "The city hosts the climate forum of the network", "A delegation from the twin city visits the port"]


def test_a_dated_card_beside_network_cards_stays_a_news_item():
    network, _ = _ROWS["fr"]
    dated = ("<div class='card'><h3><a href='/actualites/forum'>La Ville accueille le forum du réseau</a></h3>"
             "<p>12 mars 2026</p><p>Quarante maires réunis à l'hôtel de ville.</p></div>")
    assert _news_titles(_topic_page("fr", f"<div>{network}{dated}</div>")) == ["La Ville accueille le forum du réseau"]



@pytest.mark.parametrize("text", [
    "Rimouski, le 12 novembre 2026 – La Ville de Rimouski est officiellement membre de l'Alliance depuis le "
    "10 novembre 2026. Le conseil municipal avait autorisé l'adhésion par résolution lors de sa séance du 3 novembre.",
    "Regina, November 12, 2026 – The City has officially been a member of the alliance since November 10, 2026.",
    "Jena, 12. November 2026 – Seit dem 10. November 2026 ist die Stadt offiziell Mitglied des Netzwerks.",
    "Cartagena, 12 de noviembre de 2026. La ciudad es miembro de la red desde el 10 de noviembre de 2026.",
    "Como, 12 novembre 2026 – Dal 10 novembre 2026 la città fa ufficialmente parte della rete.",
])
def test_a_releases_dateline_beside_the_days_of_its_membership_is_no_event(text):
    assert event_span_of(text, date(2026, 11, 12)) is None


@pytest.mark.parametrize("text, expected", [
    # the trap: a meeting of its own day beside the membership's stays the event
    ("Pau, le 12 novembre 2026 – Membre du réseau depuis le 10 novembre, la ville accueillera le forum le 20 novembre.",
     ("2026-11-20", "2026-11-20")),
    # a dateline and no other day: the release reports what happened that day
    ("Paris, le 12 novembre 2026 – La Maire a signé ce jour la charte du réseau à l'Hôtel de Ville.",
     ("2026-11-12", "2026-11-12")),
])
def test_a_day_of_its_own_beside_a_dateline_stays_the_event(text, expected):
    assert event_span_of(text, date(2026, 11, 12)) == expected


@pytest.mark.parametrize("text", [
    "„Jena ist eine internationale Stadt: Menschen aus mehr als 150 Nationen leben, forschen und arbeiten hier.“",
    "Hier finden Sie das Programm der Partnerschaftswoche und die Anmeldung.",
    "Die Städte des Netzwerks treffen sich hier in der Stadt zum ersten Mal.",
])
def test_a_german_here_is_no_yesterday(text):
    assert event_span_of(text, date(2026, 9, 3)) is None


@pytest.mark.parametrize("text", [
    "Hier, le maire a reçu la délégation de la ville jumelle à l'hôtel de ville.",
    "La délégation a été reçue hier à l'hôtel de ville.",
    "Gestern hat der Oberbürgermeister die Delegation im Rathaus empfangen.",
    "Ayer el alcalde recibió a la delegación en el Ayuntamiento.",
    "Ieri il sindaco ha ricevuto la delegazione in municipio.",
])
def test_yesterday_in_its_own_language_stays_the_event(text):
    assert event_span_of(text, date(2026, 9, 3)) == ("2026-09-02", "2026-09-02")


def _founding_facts(heading: str, membership: str, founding: str) -> set[tuple[str, str]]:
    page = (f"<html lang='de'><head><title>Netzwerke</title></head><body><main><h1>Netzwerke</h1><h2>{heading}</h2>"
            f"<p>{membership}</p><p>{founding}</p></main></body></html>").encode()
    return {(fact["attribute"], fact["value"]) for fact in extract_page(page, _PAGE, _FETCHED).facts
            if fact["attribute"] in ("founded", "founded_place")}


@pytest.mark.parametrize("heading, membership, founding, place", [
    ("Europäische Städtekoalition gegen Rassismus (ECCAR)", "Jena ist seit 2026 Mitglied der Städtekoalition.",
     "Die Koalition wurde 2004 auf Initiative der UNESCO in Nürnberg gegründet und vereint heute rund 160 Städte.",
     "Nürnberg"),
    ("Klima-Bündnis", "Die Stadt ist seit 1993 Mitglied im Klima-Bündnis.",
     "Die Allianz wurde 1990 auf Anregung mehrerer Bürgermeister in Frankfurt am Main gegründet.", "Frankfurt am Main"),
])
def test_a_coalition_or_alliance_founded_in_a_place_after_its_founders_gives_its_place(heading, membership, founding,
                                                                                       place):
    assert ("founded_place", place) in _founding_facts(heading, membership, founding)


def test_another_bodys_founding_place_is_not_the_networks():
    # the trap: an association of citizens founded in a place, in the network's block
    facts = _founding_facts("Klima-Bündnis", "Die Stadt ist seit 1993 Mitglied im Klima-Bündnis.",
                            "Ihr Verein wurde 1990 auf Initiative von Bürgern in Köln gegründet.")
    assert not any(attribute == "founded_place" for attribute, _ in facts)
