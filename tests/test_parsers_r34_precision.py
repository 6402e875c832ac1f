"""Wrong facts and dates: the day a membership takes effect, begins ("gehört seit dem 1. November dem Bündnis an") or
was decided by a council named without its city ("Council voted at its meeting on 26 February to join") is no event
of the item; a card that presents a network and dates the city's joining in its prose is no news item; a row of
"Member councils" counts represented governments; a local authority formed in a year founds no network; the day a
membership began supersedes the council's approval, whatever the participle's agreement; how many members had joined
by a year is no joining; an approach another body launched ("la démarche lancée par l'OMS en 2006") founds no network;
the regions members are placed in ("34 Comuni soci in tredici regioni") are no regions count."""

from datetime import UTC, date, datetime

import pytest

from scraper.parsers.extract import extract_page
from tests.helpers.extracted import (
    card,
    claims_of_sentence,
    event_span_of,
    facts_of_snippet,
    snippet_page,
    triples_of_snippet,
)

_PUBLISHED = date(2026, 10, 6)


# The day a membership takes effect is its first day, not an event; nor is the day a membership began, told by a verb
# of belonging.
@pytest.mark.parametrize("text", [
    "Le conseil municipal a approuvé l'adhésion. Elle est devenue effective au 1er septembre 2026.",
    "Il Consiglio comunale ha approvato l'adesione. L'iscrizione è effettiva dal 1° ottobre 2026.",
    "The Council approved the application. The membership is effective from 1 October 2026.",
    "Der Gemeinderat hat zugestimmt. Die Mitgliedschaft wird zum 1. Oktober 2026 wirksam.",
    "El Pleno aprobó la solicitud. La adhesión es efectiva desde el 1 de octubre de 2026.",
    "Die Stadt gehört seit dem 1. Oktober 2026 dem Bündnis „Kommunen für biologische Vielfalt“ an.",
    "The city belongs since 1 October 2026 to the Global Covenant of Mayors.",
])
def test_the_day_a_membership_takes_effect_or_begins_is_no_event(text):
    assert event_span_of(text, _PUBLISHED) is None


def test_the_ceremony_after_a_membership_began_stays_the_event():
    text = ("Die Stadt gehört seit dem 1. Oktober 2026 dem Bündnis an. Die Urkunde nahm die Bürgermeisterin am "
            "Montag, 5. Oktober 2026, bei der Jahrestagung in Heidelberg entgegen.")
    assert event_span_of(text, _PUBLISHED) == ("2026-10-05", "2026-10-05")


# Traps: an event that opens on a day stays one; a belonging verb without "since" dates nothing of a membership.
@pytest.mark.parametrize("text, span", [
    ("Le festival s'ouvre le 3 octobre 2026 sur la place du marché.", ("2026-10-03", "2026-10-03")),
    ("Die Stadt gehört zu den Gastgebern der Tagung am 3. Oktober 2026.", ("2026-10-03", "2026-10-03")),
])
def test_an_events_day_beside_such_words_stays_the_event(text, span):
    assert event_span_of(text, _PUBLISHED) == span


# A city's council named without its city, as English pages of New Zealand or Australia write it, deciding that day.
@pytest.mark.parametrize("text", [
    "Council voted at its meeting on 26 September to join Mayors for Peace.",
    "Council resolved on 26 September to join the network.",
    "At its sitting, the Council approved on 26 September the membership.",
])
def test_a_council_named_alone_deciding_on_a_day_dates_no_event(text):
    assert event_span_of(text, _PUBLISHED) is None


def test_another_council_voting_on_a_day_is_the_event():
    text = "The European Council voted on 26 September on the new climate targets."
    assert event_span_of(text, _PUBLISHED) == ("2026-09-26", "2026-09-26")


_SITE = "https://www.ville.example"
_FETCHED = datetime(2026, 10, 15, tzinfo=UTC)


def _news_of(body: str, lang: str) -> list[tuple[str, str | None]]:
    page = snippet_page(body, lang, heading="Réseaux et partenariats")
    return [(row["url"].removeprefix(_SITE), row["published"])
            for row in extract_page(page, _SITE + "/reseaux", _FETCHED).news]


# A card that presents a network, its text dating the city's joining, linked to the news of it: no news item.
@pytest.mark.parametrize("lang, title, text", [
    ("fr", "Réseau francophone des villes amies des aînés (RFVAA)",
     "<strong>La ville a rejoint le réseau le 1er septembre 2026</strong>, après une délibération du 23 juin 2026."),
    ("it", "Avviso Pubblico",
     "Dal 1° ottobre 2026 il Comune è socio di Avviso Pubblico, la rete nata nel 1996."),
    ("en", "Mayors for Peace", "The city joined the network on 10 March 2026, after Council's vote."),
    ("de", "Klima-Bündnis", "Die Stadt ist seit dem 1. März 2026 Mitglied des Klima-Bündnisses."),
    ("es", "Red de Ciudades por el Clima", "La ciudad se adhirió a la Red el 1 de marzo de 2026."),
])
def test_a_networks_card_dated_in_its_prose_is_no_news_item(lang, title, text):
    body = card(title, text + ' <a href="/actualites/adhesion">Lire l\'actualité</a>')
    assert _news_of(body, lang) == []


# Traps: a news card dated apart, or dated in its text but titled by what happened, stays an item.
@pytest.mark.parametrize("body, published", [
    ("<div class='card'><p class='card__date'><time datetime='2026-09-08'>08/09/2026</time></p><h3 class='card__title'>"
     "<a href='/actualites/adhesion'>Réseau francophone des villes amies des aînés (RFVAA)</a></h3></div>",
     "2026-09-08"),
    ("<div class='card'><h3 class='card__title'>La ville rejoint le réseau des villes amies des aînés</h3><p>Publiée "
     "le 8 septembre 2026. <a href='/actualites/adhesion'>Lire l'actualité</a></p></div>", "2026-09-08"),
])
def test_a_news_card_dated_apart_or_titled_by_its_news_stays_an_item(body, published):
    assert _news_of(body, "fr") == [("/actualites/adhesion", published)]


# A fact row's label naming local governments, councils among them, counts the governments a network represents.
@pytest.mark.parametrize("row, value", [
    ("Member councils: 13", "13"),
    ("Member councils 13", "13"),
    ("Member local governments: 190", "190"),
    ("Collectivités adhérentes : plus de 500", "500"),
    ("Mitgliedskörperschaften: 120", "120"),
    ("Entidades locales asociadas: 7.400", "7400"),
    ("Enti locali soci: 550", "550"),
])
def test_a_label_of_member_councils_counts_represented_governments(row, value):
    assert claims_of_sentence(row) == [("represented_governments", value)]


# Traps: member cities or members of no stated kind stay member cities.
@pytest.mark.parametrize("row", ["Member cities: 13", "Membres : 13", "Mitgliedskommunen: 13", "Comuni aderenti: 13"])
def test_a_label_of_member_cities_still_counts_cities(row):
    assert claims_of_sentence(row) == [("member_cities", "13")]


def test_a_card_of_member_councils_gives_the_networks_governments():
    body = ("<h3>Far North Queensland Regional Organisation of Councils (FNQROC)</h3><dl><dt>Member councils</dt>"
            "<dd>13</dd><dt>Established</dt><dd>1998</dd></dl>")
    found = facts_of_snippet(body, "en")
    assert {fact[1:] for fact in found if fact[2] == "13"} == {("represented_governments", "13", "exact")}


# A local authority formed in a year, in any clause, is the authority's formation, not the network's founding.
@pytest.mark.parametrize("sentence", [
    "Council has been a member of the LGAQ since Cairns Regional Council was formed in 2008 through the amalgamation "
    "of Cairns City and Douglas Shire.",
    "La ville adhère à l'association depuis que la commune nouvelle d'Annecy a été créée en 2017.",
    "El Ayuntamiento es socio de la FEMP desde que el municipio fue creado en 1850.",
    "Il Comune aderisce all'ANCI da quando il Comune di Fiumicino è stato istituito nel 1992.",
])
def test_a_local_authoritys_formation_founds_no_network(sentence):
    assert not any(attribute == "founded" for attribute, _ in claims_of_sentence(sentence))


# Traps: the network formed, in the main clause or a relative one, is still founded.
@pytest.mark.parametrize("sentence, year", [
    ("The Local Government Association of Queensland was formed in 1896.", "1896"),
    ("The LGAQ, which was formed in 1896, represents all 77 councils.", "1896"),
    ("La Fédération des villes moyennes a été créée en 1988.", "1988"),
    ("La FEMP fue creada en 1981.", "1981"),
    ("L'ANCI è stata fondata nel 1901.", "1901"),
])
def test_a_networks_formation_still_founds_it(sentence, year):
    assert ("founded", year) in claims_of_sentence(sentence)


# The day the membership began supersedes the council's decision, whose participle agrees with the joining it approved.
@pytest.mark.parametrize("lang, body", [
    ("it", "<h2>Avviso Pubblico</h2><p>Dal 1° ottobre 2026 Rovigo è socio di Avviso Pubblico. L'adesione è stata "
           "approvata dal Consiglio comunale il 28 settembre 2026.</p>"),
    ("fr", "<h2>Villes amies des aînés</h2><p>La ville est membre du Réseau francophone des villes amies des aînés "
           "depuis le 1er octobre 2026. L'adhésion a été approuvée par le conseil municipal le 28 septembre 2026.</p>"),
    ("es", "<h2>Red de Ciudades por el Clima</h2><p>Desde el 1 de octubre de 2026 la ciudad es miembro de la Red de "
           "Ciudades por el Clima. La adhesión fue aprobada por el Pleno el 28 de septiembre de 2026.</p>"),
])
def test_the_day_a_membership_began_supersedes_the_approvals_day(lang, body):
    joined = {value for _, attribute, value in triples_of_snippet(body, lang) if attribute == "joined"}
    assert joined == {"2026-10-01"}


def test_an_approvals_day_alone_still_dates_the_joining():
    body = ("<h2>Avviso Pubblico</h2><p>Il Comune aderisce ad Avviso Pubblico. L'adesione è stata approvata dal "
            "Consiglio comunale il 28 settembre 2026.</p>")
    assert ("avviso-pubblico", "joined", "2026-09-28") in triples_of_snippet(body, "it")


# How many members had joined by a year is a figure of the past, not the city's joining.
@pytest.mark.parametrize("sentence", [
    "En 2010, ils étaient déjà plus de 200 à avoir rejoint le réseau.",
    "In 2010, more than 200 cities had already joined the network.",
    "Im Jahr 2010 waren bereits über 200 Städte dem Netzwerk beigetreten.",
    "Nel 2010 erano già oltre 200 i comuni che avevano aderito alla rete.",
])
def test_a_count_of_members_having_joined_is_no_joining(sentence):
    assert not any(attribute == "joined" for attribute, _ in claims_of_sentence(sentence))


# Traps: the city itself joins, alone or counted with others, or beside a count of the network's members.
@pytest.mark.parametrize("sentence, year", [
    ("En 2010, Valenciennes a rejoint le réseau.", "2010"),
    ("Lyon et 11 autres villes ont rejoint le réseau en 1986.", "1986"),
    ("Lyon and 11 other cities joined the network in 1986.", "1986"),
    ("Avec ses 200 villes membres, le réseau que Lyon a rejoint en 1991 est le plus grand.", "1991"),
    ("The city joined the network of 200 cities in 2010.", "2010"),
    ("Heute sind mehr als 8.300 Städte dabei, Wien seit 1985.", "1985"),
])
def test_the_city_joining_beside_a_count_still_joins(sentence, year):
    assert ("joined", year) in claims_of_sentence(sentence)


# An approach or a method another body launched, its agent after the participle, founds no network.
@pytest.mark.parametrize("sentence", [
    "Il relaie en France la démarche lancée par l'Organisation mondiale de la santé en 2006.",
    "The network promotes the approach launched by the WHO in 2006.",
    "La red difunde el método lanzado por la OMS en 2006.",
    "La rete diffonde il metodo lanciato dall'OMS nel 2006.",
])
def test_another_bodys_work_launched_in_a_year_founds_no_network(sentence):
    assert not any(attribute == "founded" for attribute, _ in claims_of_sentence(sentence))


# Traps: the network's noun, its name or an initiative, as networks are called, before the participle and its agent.
@pytest.mark.parametrize("sentence, year", [
    ("Le réseau créé par six villes en 1986 compte 200 membres.", "1986"),
    ("L'association fondée par les maires en 1901 siège à Paris.", "1901"),
    ("The network, founded by six cities in 1986, has 200 members.", "1986"),
    ("Le RFVAA, lancé par la ville de Dijon en 2012, compte 200 membres.", "2012"),
    ("Il Patto dei Sindaci è l'iniziativa lanciata dalla Commissione europea nel 2008.", "2008"),
])
def test_a_network_founded_by_its_founders_is_still_founded(sentence, year):
    assert ("founded", year) in claims_of_sentence(sentence)


# The regions a count of members is placed in are a country's, where the members are, not world regions it spans.
@pytest.mark.parametrize("sentence", [
    "Oggi ne fanno parte 30 Comuni distribuiti in 12 regioni.",
    "Le réseau compte 200 villes réparties dans 12 régions.",
    "Das Netzwerk zählt 90 Kommunen in 12 Regionen.",
    "The network has 250 cities across 12 regions.",
    "La red reúne 140 municipios de 12 regiones.",
])
def test_the_regions_members_are_placed_in_are_no_regions_count(sentence):
    assert not any(attribute == "regions" for attribute, _ in claims_of_sentence(sentence))


# Traps: the regions a network is organised in, world regions its members are placed in, and the regions member
# countries are spread over (a country's regions hold no countries).
@pytest.mark.parametrize("sentence", [
    "L'OVPM est organisée en 8 régions.",
    "Le réseau compte 300 villes réparties dans 8 régions du monde.",
    "CGLU compte 7 sections régionales.",
    "Elle est présente dans plus de 120 pays membres de l'ONU, répartis en 8 régions.",
    "The network is present in 140 member countries across 7 regions.",
    "Der Verband ist in 140 Mitgliedstaaten in 7 Regionen vertreten.",
    "La red está presente en 140 países miembros, repartidos en 7 regiones.",
    "La rete è presente in 140 paesi membri, distribuiti in 7 regioni.",
])
def test_the_regions_a_network_spans_are_still_counted(sentence):
    assert ("regions", "8" if "8" in sentence else "7") in claims_of_sentence(sentence)
