"""A network and its value in one block: the boxes of key figures beside the text, the relative clauses that date a
network, the presidents a block names."""

import pytest
from helpers.extracted import card, claims_of_sentence, triples_of_snippet

_PROSE = {"fr": "<p>La ville participe à plusieurs réseaux.</p>", "en": "<p>The city takes part in networks.</p>",
          "de": "<p>Die Stadt arbeitet in Netzwerken mit.</p>", "es": "<p>La ciudad participa en redes.</p>",
          "it": "<p>La città partecipa a diverse reti.</p>"}


def _beside(box: str) -> str:
    """A side column: the box, then a box of the city's own."""
    return f"<aside>{box}<div class='info-box'><h2>Twin towns</h2><p>Palo Alto, Puebla, Seville.</p></div></aside>"


def _of(triples: set[tuple[str, str, str]], network: str) -> set[tuple[str, str]]:
    return {(attribute, value) for owner, attribute, value in triples if owner == network}


# A box of a network's key figures beside the text whose founding row is a day's date ("Fundación: 8 de septiembre de
# 1993"): the date is the network's, not a news item's, and the box is read.
@pytest.mark.parametrize("box, lang, network, expected", [
    ("<div><h2>La OCPM en breve</h2><dl><dt>Fundación</dt><dd>8 de septiembre de 1993, Fez (Marruecos)</dd>"
     "<dt>Sede</dt><dd>Quebec, Canadá</dd><dt>Ciudades miembro</dt><dd>más de 300</dd></dl></div>", "es", "owhc",
     {("founded", "1993-09-08"), ("founded_place", "Fez"), ("headquarters", "Quebec"), ("member_cities", "300")}),
    ("<div><h3>Klima-Bündnis kompakt</h3><p>Gründung: 14. August 1990, Frankfurt am Main</p>"
     "<p>Sitz: Frankfurt am Main</p></div>", "de", "climate-alliance",
     {("founded", "1990-08-14"), ("founded_place", "Frankfurt am Main"), ("headquarters", "Frankfurt am Main")}),
    ("<div><h3>L'AIMF en bref</h3><table><tr><th>Création</th><td>10 octobre 1979, Québec</td></tr>"
     "<tr><th>Siège</th><td>Paris</td></tr></table></div>", "fr", "aimf",
     {("founded", "1979-10-10"), ("founded_place", "Québec"), ("headquarters", "Paris")}),
    ("<div><h3>Eurocities at a glance</h3><ul><li>Founded: 18 May 1986</li><li>Based in: Brussels</li></ul></div>",
     "en", "eurocities", {("founded", "1986-05-18"), ("headquarters", "Brussels")}),
    ("<div><h3>ICLEI in breve</h3><dl><dt>Fondazione</dt><dd>8 settembre 1990</dd><dt>Sede</dt><dd>Bonn</dd></dl>"
     "</div>", "it", "iclei", {("founded", "1990-09-08"), ("headquarters", "Bonn")}),
])
def test_a_key_figures_box_founded_on_a_day_is_read(box, lang, network, expected):
    assert _of(triples_of_snippet(_PROSE[lang], lang, beside=_beside(box)), network) == expected


# The trap: a box dated by its own update or publication is a news item's, and is still passed over.
@pytest.mark.parametrize("box, lang", [
    ("<div><h2>La OCPM en breve</h2><dl><dt>Actualizado</dt><dd>8 de septiembre de 2024</dd><dt>Sede</dt>"
     "<dd>Quebec, Canadá</dd></dl></div>", "es"),
    ("<div><h3>Klima-Bündnis kompakt</h3><p>Stand: 14. August 2024</p><p>Sitz: Frankfurt am Main</p></div>", "de"),
    ("<div><h3>Eurocities news</h3><p>Created: 12 March 2024</p><p>Eurocities is based in Brussels.</p></div>",
     "en"),
])
def test_a_box_dated_as_news_is_not_read(box, lang):
    assert triples_of_snippet(_PROSE[lang], lang, beside=_beside(box)) == set()


# A relative clause on the network says since when it gathers or represents its members: its founding year, not the
# city's joining, in prose, an accordion's panel, a card or a list's description.
@pytest.mark.parametrize("body, lang, network, year", [
    ("<div class='accordion-body'><p>Il Comune di Cuneo aderisce all'Associazione Nazionale Comuni Italiani, che dal "
     "1901 rappresenta i Comuni nei rapporti con il Parlamento.</p></div>", "it",
     "associazione-nazionale-comuni-italiani", "1901"),
    (card("Villes", "La ville adhère à l'Association des maires de France, qui rassemble depuis 1907 les maires."),
     "fr", "association-des-maires-de-france", "1907"),
    ("<p>The council is a member of the Local Government Association, which since 1997 has represented councils in "
     "England.</p>", "en", "local-government-association", "1997"),
    ("<dl><dt>Städtetag</dt><dd>Die Stadt ist Mitglied im Deutschen Städtetag, der seit 1905 die Interessen der "
     "Städte vertritt.</dd></dl>", "de", "deutscher-stadtetag", "1905"),
    ("<ul><li>La ciudad forma parte de la FEMP, que desde 1981 agrupa a los ayuntamientos.</li></ul>", "es",
     "federacion-espanola-de-municipios-y-provincias", "1981"),
])
def test_since_when_a_network_gathers_its_members_is_its_founding(body, lang, network, year):
    assert _of(triples_of_snippet(body, lang), network) == {("founded", year)}


# The traps: the city's own clause, a date after the verb's object, an event the network hosts since a year.
@pytest.mark.parametrize("sentence", [
    "Cuneo, che dal 2005 partecipa alla rete ANCI, ospita il convegno.",
    "L'ANCI, che rappresenta Cuneo dal 2001 nel direttivo, ha sede a Roma.",
    "Die Stadt, die seit 2005 im Deutschen Städtetag mitarbeitet, vertritt ihre Interessen.",
])
def test_a_clause_not_on_the_networks_gathering_dates_no_founding(sentence):
    assert "founded" not in {attribute for attribute, _ in claims_of_sentence(sentence)}


# The president of "the organisation" named by its noun, with a courtesy title before the name, in a block that names
# the network; and the whole network's president, "nazionale", after an accordion's title naming it.
@pytest.mark.parametrize("body, lang, network, name", [
    (card("OVPM", "La rencontre se tiendra en présence de la secrétaire générale de l'OVPM, Mme Gabriela Vázquez, et "
          "du président de l'organisation, M. Lionel Lagarde, maire de Tours."), "fr", "owhc", "Lionel Lagarde"),
    ("<h2>Organización de Ciudades del Patrimonio Mundial</h2><p>El presidente de la organización, Sr. Juan Pérez, "
     "inauguró el encuentro.</p>", "es", "owhc", "Juan Pérez"),
    ("<h2>Eurocities</h2><p>The president of the organisation, Mr John Smith, opened the meeting.</p>", "en",
     "eurocities", "John Smith"),
    ("<dl><dt>Klima-Bündnis</dt><dd>Der Präsident der Organisation, Dr. Hans Meier, eröffnete die Tagung.</dd></dl>",
     "de", "climate-alliance", "Hans Meier"),
    ("<div class='accordion-item'><h2 class='accordion-header'><button class='accordion-button'>ANCI</button></h2>"
     "<div class='accordion-body'><p>Il Comune aderisce all'ANCI, con sede a Roma. Presidente nazionale è Gaetano "
     "Manfredi, sindaco di Napoli.</p></div></div>", "it", "associazione-nazionale-comuni-italiani",
     "Gaetano Manfredi"),
    (card("ICLEI", "Il presidente dell'organizzazione, Dott. Mario Rossi, ha aperto i lavori."), "it", "iclei",
     "Mario Rossi"),
])
def test_the_president_of_the_organisation_is_the_networks(body, lang, network, name):
    assert ("president", name) in _of(triples_of_snippet(body, lang), network)


# The traps: a deputy, the secretary general, a regional president, the president of an event's organising body.
@pytest.mark.parametrize("sentence", [
    "The vice-president of the organisation, Mr. John Smith, opened the meeting.",
    "La secrétaire générale de l'organisation, Mme Gabriela Vázquez, a ouvert la séance.",
    "Il presidente regionale è Alberto Cirio.",
    "Le président de l'organisation du festival, M. Jean Martin, a remercié les bénévoles.",
])
def test_another_office_is_no_presidency(sentence):
    assert "president" not in {attribute for attribute, _ in claims_of_sentence(sentence)}


# A district council is the local authority of a district of many towns: a count of them is of local governments
# represented, in an accordion's panel as in prose; a count of city or town councils stays one of cities.
@pytest.mark.parametrize("body, attribute", [
    ("<div class='govuk-accordion__section'><h2>District Councils' Network (DCN)</h2><div><p>The District Councils' "
     "Network is a cross-party group within the LGA. It represents 164 district councils, which together serve "
     "around 22 million people.</p></div></div>", "represented_governments"),
    ("<h2>District Councils' Network (DCN)</h2><p>The network brings together 164 district councils.</p>",
     "represented_governments"),
    ("<h2>District Councils' Network (DCN)</h2><p>The network brings together 164 town councils.</p>", "member_cities"),
])
def test_district_councils_are_local_governments(body, attribute):
    assert _of(triples_of_snippet(body, "en"), "district-councils-network") == {(attribute, "164")}
