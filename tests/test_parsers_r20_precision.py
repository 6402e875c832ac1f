"""Round 20: facts read on a page that are not the network's, or not this city's.

A neighbouring town's joining, named by that word ("Auch die Nachbarstadt Neu-Ulm gehört dem Netzwerk seit 2011
an"), is that town's, not the publishing city's. A president's courtesy title ("Mme Anne Hidalgo", "la Sra.", "la
Dott.ssa") is no part of the name."""

import pytest
from helpers.extracted import facts_of_snippet

from scraper.parsers.text import split_sentences


def _values(attribute: str, body: str, lang: str, url: str | None = None) -> set[tuple[str, str]]:
    page = {"url": url} if url else {}
    return {(network, value) for network, found, value, _ in facts_of_snippet(body, lang, **page)
            if found == attribute}


@pytest.mark.parametrize("lang, url, body, own, neighbours", [
    # prose: "die Nachbarstadt X" after "auch"
    ("de", "https://www.ulm.de/netzwerke", "<p>Ulm ist seit 2009 Mitglied bei Mayors for Peace. Auch die "
                                           "Nachbarstadt Neu-Ulm gehört dem Netzwerk seit 2011 an.</p>",
     "2009", "2011"),
    # a card: "la ville voisine de X"
    ("fr", "https://www.niort.fr/reseaux", "<div class='card'><h3>Energy Cities</h3><p>Niort est membre d'Energy "
                                           "Cities depuis 2009. La ville voisine de Parthenay a rejoint le réseau en "
                                           "2012.</p></div>", "2009", "2012"),
    # a list item: "la vecina X"
    ("es", "https://www.cartagena.gov.co/redes", "<ul><li>Cartagena es miembro de la AICE desde 2017. La vecina "
                                                 "Barranquilla se unió a la red en 2019.</li></ul>", "2017", "2019"),
    # a table cell: "la vicina X"
    ("it", "https://www.comune.como.it/reti", "<table><tr><td>Como è membro di Eurocities dal 2012. Anche la vicina "
                                              "Lecco ha aderito alla rete nel 2016.</td></tr></table>", "2012", "2016"),
    # a definition list: "the neighbouring town of X"
    ("en", "https://www.sudbury.ca/networks", "<dl><dt>ICLEI</dt><dd>Sudbury joined ICLEI in 2009. The neighbouring "
                                              "town of Espanola joined the network in 2014.</dd></dl>", "2009", "2014"),
])
def test_a_neighbouring_towns_joining_is_not_the_citys(lang, url, body, own, neighbours):
    joined = {value for _, value in _values("joined", body, lang, url)}
    assert own in joined and neighbours not in joined


@pytest.mark.parametrize("lang, url, body, expected", [
    # the traps: the city itself named as a neighbour's neighbour, the city's own joining with "la ville"
    ("de", "https://www.ulm.de/netzwerke", "<p>Ulm, Nachbarstadt von Neu-Ulm, ist seit 2011 Mitglied bei Mayors for "
                                           "Peace.</p>", ("mayors-for-peace", "2011")),
    ("fr", "https://www.niort.fr/reseaux", "<p>La ville a rejoint Energy Cities en 2012 ; Niort y travaille avec "
                                           "ses voisines.</p>", ("energy-cities", "2012")),
    ("it", "https://www.comune.como.it/reti", "<p>Como, vicina al confine svizzero, ha aderito a Eurocities nel "
                                              "2016.</p>", ("eurocities", "2016")),
])
def test_the_citys_own_joining_beside_a_neighbour_stays(lang, url, body, expected):
    assert expected in _values("joined", body, lang, url)


@pytest.mark.parametrize("lang, body, expected", [
    # prose: "présidée par Mme X"
    ("fr", "<p>L'AIMF est présidée par Mme Anne Hidalgo, Maire de Paris.</p>", ("aimf", "Anne Hidalgo")),
    # a card: "chaired by Mrs X"
    ("en", "<div class='card'><h3>ICLEI</h3><p>ICLEI is chaired by Mrs Jane Whitfield, Mayor of Leeds.</p></div>",
     ("iclei", "Jane Whitfield")),
    # a list item: "Mr." whose period ends no sentence
    ("en", "<ul><li>The president of Eurocities is Mr. Dario Nardella.</li></ul>", ("eurocities", "Dario Nardella")),
    # a table cell: "Frau"
    ("de", "<table><tr><td>Präsidentin des Deutschen Städtetages ist Frau Katja Dörner.</td></tr></table>",
     ("deutscher-stadtetag", "Katja Dörner")),
    # a definition list: "la Sra."
    ("es", "<dl><dt>FEMP</dt><dd>La FEMP está presidida por la Sra. María José García, alcaldesa de Elche.</dd></dl>",
     ("federacion-espanola-de-municipios-y-provincias", "María José García")),
    # prose: "la Dott.ssa"
    ("it", "<p>L'ANCI è presieduta dalla Dott.ssa Anna Bianchi, sindaca di Bari.</p>",
     ("associazione-nazionale-comuni-italiani", "Anna Bianchi")),
])
def test_a_presidents_courtesy_title_is_no_part_of_the_name(lang, body, expected):
    presidents = _values("president", body, lang)
    assert presidents == {expected}


@pytest.mark.parametrize("lang, body, expected", [
    # the traps: a title that is a role, before the name, is left out as before
    ("de", "<p>Präsident des Deutschen Städtetages ist Oberbürgermeister Markus Lewe.</p>",
     ("deutscher-stadtetag", "Markus Lewe")),
    ("en", "<p>Eurocities is chaired by Mayor Dario Nardella.</p>", ("eurocities", "Dario Nardella")),
])
def test_a_presidents_office_before_the_name_is_left_out_as_before(lang, body, expected):
    assert _values("president", body, lang) == {expected}


@pytest.mark.parametrize("text, count", [
    ("Elle est présidée par Mme. Anne Hidalgo. Son siège est à Paris.", 2),
    ("La FEMP está presidida por la Sra. García. Tiene su sede en Madrid.", 2),
    ("L'ANCI è presieduta dalla Dott.ssa Bianchi. Ha sede a Roma.", 2),
    # the trap: a sentence ending on an acronym, before a title opening the next one
    ("Cartagena se unió a la AICE. Sra. García preside la red.", 2),
])
def test_a_courtesy_titles_period_ends_no_sentence(text, count):
    assert len(split_sentences(text)) == count


@pytest.mark.parametrize("lang, url, body", [
    # prose: "se sumó a la celebración de"
    ("es", "https://www.cartagena.gov.co/noticias", "<p>El 8 de septiembre de 2024, la ciudad se sumó a la celebración "
                                                    "de las más de 300 ciudades de la Organización de las Ciudades del "
                                                    "Patrimonio Mundial.</p>"),
    # a card: "a rejoint la journée mondiale de"
    ("fr", "https://www.niort.fr/actualites", "<div class='card'><p>Le 8 septembre 2024, la ville a rejoint la journée "
                                              "mondiale de l'Organisation des villes du patrimoine mondial.</p></div>"),
    # a list item: "joined the anniversary celebrations of"
    ("en", "https://www.sudbury.ca/news", "<ul><li>On 8 September 2024 the city joined the anniversary celebrations "
                                          "of ICLEI with 300 other members.</li></ul>"),
    # a table cell: "ha aderito alla giornata mondiale di"
    ("it", "https://www.comune.como.it/notizie", "<table><tr><td>Il 16 ottobre 2026 la città ha aderito alla giornata "
                                                 "mondiale di Mayors for Peace.</td></tr></table>"),
])
def test_joining_a_celebration_of_the_network_is_no_joining(lang, url, body):
    assert not _values("joined", body, lang, url)


@pytest.mark.parametrize("lang, url, body, expected", [
    # the traps: the network joined, its day named after it; the network joined by its name
    ("fr", "https://www.niort.fr/actualites", "<p>Le 8 septembre 2024, la ville a rejoint Energy Cities, lors de la "
                                              "journée annuelle du réseau.</p>", ("energy-cities", "2024-09-08")),
    ("es", "https://www.cartagena.gov.co/noticias", "<p>El 8 de septiembre de 2024, la ciudad se sumó a la "
                                                    "Organización de las Ciudades del Patrimonio Mundial.</p>",
     ("owhc", "2024-09-08")),
    ("it", "https://www.comune.como.it/notizie", "<p>Il 16 ottobre 2026 la città ha aderito a Mayors for Peace.</p>",
     ("mayors-for-peace", "2026-10-16")),
])
def test_joining_the_network_on_its_day_stays(lang, url, body, expected):
    assert expected in _values("joined", body, lang, url)


@pytest.mark.parametrize("lang, url, body", [
    # prose: German, "die Landeshauptstadt" after "nur Erfurt"
    ("de", "https://www.jena.de/eccar", "<p>Jena tritt der ECCAR bei. Aus Thüringen ist bislang nur Erfurt Mitglied "
                                        "der Koalition; die Landeshauptstadt trat 2019 bei.</p>"),
    # a card: "la capitale régionale" after "seule Poitiers"
    ("fr", "https://www.niort.fr/reseaux", "<div class='card'><p>Niort est membre d'Energy Cities. Dans la région, "
                                           "seule Poitiers en est membre ; la capitale régionale a rejoint Energy "
                                           "Cities en 2015.</p></div>"),
    # a list item: "the provincial capital" after "only Toronto"
    ("en", "https://www.sudbury.ca/networks", "<ul><li>Sudbury is a member of ICLEI. In Ontario, only Toronto was a "
                                              "member before, and the provincial capital joined ICLEI in 1995.</li>"
                                              "</ul>"),
    # a table cell: "la capital" after "solo Bogotá"
    ("es", "https://www.cartagena.gov.co/redes", "<p>Cartagena es miembro de la AICE.</p><table><tr><td>En el país, "
                                                 "solo Bogotá integra la red, y la capital se unió a Metropolis en "
                                                 "2004.</td></tr></table>"),
    # a definition list: "il capoluogo" after "anche Milano"
    ("it", "https://www.comune.como.it/reti", "<p>Como è socia dell'ANCI.</p><dl><dt>Eurocities</dt><dd>In Lombardia "
                                              "anche Milano ne fa parte; il capoluogo ha aderito a Eurocities nel "
                                              "1989.</dd></dl>"),
])
def test_a_capitals_epithet_after_another_city_joins_for_that_city(lang, url, body):
    assert not _values("joined", body, lang, url)


@pytest.mark.parametrize("lang, url, body, expected", [
    # the traps: the city named before the epithet; the city's own epithet in an apposition; a capital's own page
    # whose clause before names no place
    ("de", "https://www.jena.de/eccar", "<p>Jena ist Mitglied im Klima-Bündnis; die Universitätsstadt trat 2019 bei."
                                        "</p>", ("climate-alliance", "2019")),
    ("de", "https://www.jena.de/eccar", "<p>Jena, als Universitätsstadt, ist seit 2019 Mitglied der ECCAR.</p>",
     ("eccar", "2019")),
    ("de", "https://www.erfurt.de/eccar", "<p>Im Mai beschloss der Stadtrat den Beitritt zur ECCAR; die "
                                          "Landeshauptstadt trat 2019 bei.</p>", ("eccar", "2019")),
    ("fr", "https://www.poitiers.fr/reseaux", "<p>Poitiers est membre d'Energy Cities ; la capitale régionale a "
                                              "rejoint Eurocities en 2015.</p>", ("eurocities", "2015")),
])
def test_the_citys_own_epithet_joins_for_the_city(lang, url, body, expected):
    assert expected in _values("joined", body, lang, url)


@pytest.mark.parametrize("lang, url, body, expected", [
    # a tab's paragraphs: the network's full name, then "il Patto" signed in the next paragraph
    ("it", "https://www.comune.como.it/reti", "<div class='tab-pane'><p>Il Patto dei Sindaci per il clima e l'energia "
                                              "è l'iniziativa europea degli enti locali.</p><p>Como ha sottoscritto il "
                                              "Patto nel 2010 e ha approvato nel 2023 il nuovo Piano d'azione.</p>"
                                              "</div>", ("covenant-of-mayors", "2010")),
    # prose: "a signé la Convention"
    ("fr", "https://www.niort.fr/reseaux", "<p>La Convention des maires est l'initiative européenne des collectivités."
                                           "</p><p>Niort a signé la Convention en 2010 et a adopté son plan en 2023."
                                           "</p>", ("covenant-of-mayors", "2010")),
    # a list: "signed the Covenant"
    ("en", "https://www.sudbury.ca/networks", "<ul><li>The Covenant of Mayors is the European initiative of local "
                                              "governments.</li><li>Sudbury signed the Covenant in 2010.</li></ul>",
     ("covenant-of-mayors", "2010")),
    # a card: "firmó el Pacto"
    ("es", "https://www.cartagena.gov.co/redes", "<div class='card'><p>El Pacto de Política Alimentaria Urbana de "
                                                 "Milán reúne a más de 300 ciudades.</p><p>Cartagena firmó el Pacto "
                                                 "en 2015.</p></div>", ("milan-urban-food-policy-pact", "2015")),
])
def test_the_networks_head_noun_signed_is_the_network_named_before(lang, url, body, expected):
    assert expected in _values("joined", body, lang, url)


@pytest.mark.parametrize("lang, url, body", [
    # the traps: another text's whole name behind the same noun; a noun no network named before begins with
    ("fr", "https://www.niort.fr/reseaux", "<p>La Convention des maires est l'initiative européenne des collectivités. "
                                           "Niort a signé la Convention des Nations unies en 2010.</p>"),
    ("it", "https://www.comune.como.it/reti", "<p>Il Patto dei Sindaci per il clima e l'energia è l'iniziativa "
                                              "europea.</p><p>Como ha sottoscritto il Piano nel 2010.</p>"),
])
def test_another_text_signed_is_no_joining(lang, url, body):
    assert not _values("joined", body, lang, url)


RELEASE = "https://www.ville.example/actualites/2026/pacte"


@pytest.mark.parametrize("lang, body", [
    # a press release's prose: "ieri, 16 ottobre, in occasione della ..."
    ("it", "<p>Como, 17 ottobre 2026 – Il sindaco ha firmato ieri, 16 ottobre, in occasione della Giornata mondiale "
           "dell'alimentazione, il Milan Urban Food Policy Pact.</p>"),
    # a card: "hier, 16 octobre, à l'occasion de ..."
    ("fr", "<div class='card'><p>Niort, le 17 octobre 2026 – Le maire a signé hier, 16 octobre, à l'occasion de la "
           "Journée mondiale de l'alimentation, le Pacte de Milan.</p></div>"),
    # a list item: "on 16 October, during ..."
    ("en", "<ul><li>Sudbury, 17 October 2026 – The mayor signed on 16 October, during World Food Day, the Milan Urban "
           "Food Policy Pact.</li></ul>"),
    # a table cell: "ayer, 16 de octubre, con motivo del ..."
    ("es", "<table><tr><td>Cartagena, 17 de octubre de 2026 – El alcalde firmó ayer, 16 de octubre, con motivo del "
           "Día Mundial de la Alimentación, el Pacto de Milán.</td></tr></table>"),
])
def test_a_pact_signed_on_a_day_without_its_year_and_an_occasion_is_joined_that_day(lang, body):
    assert _values("joined", body, lang, RELEASE) == {("milan-urban-food-policy-pact", "2026-10-16")}


@pytest.mark.parametrize("lang, body", [
    # the traps: a text of the network signed that day, not the network
    ("it", "<p>Como, 17 ottobre 2026 – Il sindaco ha firmato ieri, 16 ottobre, in occasione della Giornata mondiale "
           "dell'alimentazione, la Carta del Milan Urban Food Policy Pact.</p>"),
    ("fr", "<p>Niort, le 17 octobre 2026 – Le maire a signé hier, 16 octobre, la déclaration d'Energy Cities.</p>"),
])
def test_a_text_signed_on_a_day_without_its_year_is_no_joining(lang, body):
    assert not _values("joined", body, lang, RELEASE)
