"""Which network a fact belongs to when a network is named in more than one way."""

import pytest

from tests.helpers.extracted import network_ids, triples_of_snippet

_INTRO = "Die Stadt ist Mitglied in mehreren Organisationen."


@pytest.mark.parametrize("body, expected", [
    # prose, the short form only
    ("<p>Die Stadt ist Mitglied im Städtetag NRW, der rund 40 Städte vertritt.</p>",
     ("stadtetag-nordrhein-westfalen", "member_cities", "40")),
    # a card headed by the short form, a meta line
    ("<div class='card'><h3>Städtetag NRW</h3><p>Sitz: Köln</p></div>",
     ("stadtetag-nordrhein-westfalen", "headquarters", "Köln")),
    # a table row naming the full name
    ("<table><tr><th>Verband</th><th>Mitglied seit</th></tr><tr><td>Städtetag Nordrhein-Westfalen</td>"
     "<td>1991</td></tr></table>",
     ("stadtetag-nordrhein-westfalen", "joined", "1991")),
])
def test_a_lands_short_form_and_full_name_are_one_association(body, expected):
    found = triples_of_snippet(f"<h2>Verbände</h2><p>{_INTRO}</p>{body}", "de")
    assert expected in found
    assert not any(network == "stadtetag-nrw" for network, _, _ in found)


def test_both_forms_on_one_page_give_one_id():
    found = triples_of_snippet(f"<h2>Verbände</h2><p>{_INTRO}</p><h3>Beitritt zum Städtetag Nordrhein-Westfalen</h3>"
                               "<p>Die Stadt trat 1991 bei.</p><h3>Städtetag NRW</h3><p>Sitz: Köln</p>", "de")
    assert {network for network, _, _ in found} == {"stadtetag-nordrhein-westfalen"}


def test_a_land_named_in_full_keeps_its_own_id():
    # trap: another Land's association is not North Rhine-Westphalia's
    found = triples_of_snippet(f"<h2>Verbände</h2><p>{_INTRO}</p><ul><li>Städtetag Baden-Württemberg: Der Verband "
                               "vertritt 190 Städte.</li></ul>", "de")
    assert ("stadtetag-baden-wurttemberg", "member_cities", "190") in found


@pytest.mark.parametrize("lang, body, national", [
    # tabs: the label names the international network, the pane's text the national one
    ("it", "<ul role='tablist'><li><a href='#p'>Rete Città Sane OMS</a></li></ul><div id='p' role='tabpanel'>"
           "<p>Teramo fa parte della Rete Italiana Città Sane – OMS, che collega i Comuni del programma dell'OMS. "
           "Nata nel 1995, la rete ha sede a Modena e conta una settantina di Comuni associati. Il Comune vi "
           "partecipa dal 2004.</p></div>",
     "rete-italiana-citta-sane-oms"),
    ("it", "<h3>Città Interculturali</h3><p>Il Comune aderisce dal 2010 alla Rete italiana Città Interculturali. "
           "La rete conta 30 Comuni.</p>", "rete-italiana-citta-interculturali"),
    ("es", "<h3>Red de Ciudades Saludables</h3><p>La ciudad es miembro de la Red Española de Ciudades Saludables desde "
           "2001. La red tiene su sede en Madrid y reúne a 250 municipios.</p>", "red-espanola-de-ciudades-saludables"),
    # a card
    ("en", "<div class='card'><h3>Healthy Cities Network</h3><p>The city has been a member of the British Healthy "
           "Cities Network since 1999. The network is based in Liverpool and has 30 member cities.</p></div>",
     "british-healthy-cities-network"),
])
def test_a_national_network_named_after_the_headings_international_one_is_the_sections(lang, body, national):
    found = triples_of_snippet(f"<h2>Networks</h2>{body}", lang)
    counts = [(network, value) for network, attribute, value in found if attribute == "member_cities"]
    assert len(counts) == 1 and counts[0][0] == national
    assert not any(network in ("who-healthy-cities", "intercultural-cities") for network, _, _ in found)


def test_the_international_network_keeps_its_facts_when_the_national_one_is_named_after():
    # trap: the heading's network is named in full first; the national one is a later sentence's own subject
    found = triples_of_snippet("<h2>Networks</h2><h3>Healthy Cities</h3><p>The city is a member of the WHO European "
                               "Healthy Cities Network since 1998. The network has its seat in Copenhagen. The British "
                               "Healthy Cities Network, its national network, gathers 30 cities.</p>", "en")
    assert ("who-healthy-cities", "headquarters", "Copenhagen") in found
    assert ("who-healthy-cities", "joined", "1998") in found


def test_a_longer_name_without_a_nations_adjective_is_not_a_national_network():
    # trap: the text names the heading's own network in a longer phrase: it stays the section's
    found = triples_of_snippet("<h2>Netzwerke</h2><h3>Intercultural Cities</h3><p>Die Stadt ist seit 2015 Mitglied im "
                               "Programm Intercultural Cities des Europarats. Das Netzwerk zählt 150 Städte.</p>", "de")
    assert ("intercultural-cities", "member_cities", "150") in found


@pytest.mark.parametrize("lang, body, expected", [
    ("it", "<p>Contestualmente il Comune aderisce alla Rete italiana Città del Dialogo, che raccoglie una trentina di "
           "Comuni.</p>", ("rete-italiana-citta-del-dialogo", "member_cities", "30")),
    ("fr", "<ul><li>La ville a rejoint le Réseau national Villes Actives en 2012.</li></ul>",
     ("reseau-national-villes-actives", "joined", "2012")),
    ("es", "<table><tr><td>La ciudad se sumó en 2015 a la Red nacional Ciudades Sostenibles, que reúne a 90 "
           "municipios.</td></tr></table>", ("red-nacional-ciudades-sostenibles", "member_cities", "90")),
])
def test_a_networks_noun_and_a_nations_adjective_open_a_name(lang, body, expected):
    assert expected in triples_of_snippet(f"<h2>Reti</h2>{body}", lang)


def test_a_national_network_beside_the_international_one_keeps_its_own_count():
    found = triples_of_snippet("<h2>Reti</h2><p>La città entra nel programma Intercultural Cities, "
                               "che conta oltre 160 città. Contestualmente aderisce alla Rete italiana Città del "
                               "Dialogo, che raccoglie una trentina di Comuni italiani.</p>", "it")
    assert ("rete-italiana-citta-del-dialogo", "member_cities", "30") in found
    assert ("intercultural-cities", "member_cities", "30") not in found


@pytest.mark.parametrize("sentence", ["Il Comune fa parte della rete italiana di comuni solidali, con 40 Comuni.",
                                      "Il Comune aderisce alla Rete italiana di Comuni, che conta 40 Comuni."])
def test_a_network_described_in_lower_case_is_no_name(sentence):
    # trap: a description after the adjective, not capitalised words of a name
    assert not any(network.startswith("rete-italiana") for network in network_ids(sentence))
