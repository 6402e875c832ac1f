"""When the city whose site it is joined a network, in the five languages: headings and lists of memberships, a year
since in brackets after a network's name, a joining that points back to the network an earlier paragraph presents,
more verbs, nouns and labels of joining, the decision that made the city a member, and what is no joining (a text of
the network signed, a membership that ended, working with a network without being a member)."""

from datetime import UTC, datetime

import pytest
from helpers.extracted import values_of

from scraper.parsers.extract import extract_page

_HEADINGS = {"fr": "Nos réseaux", "en": "Our networks", "de": "Unsere Netzwerke", "es": "Nuestras redes",
             "it": "Le nostre reti"}


def _joined(body: str, lang: str = "fr") -> set[tuple[str, str]]:
    return values_of("joined", body, lang, title="International", heading=_HEADINGS[lang])


@pytest.mark.parametrize("lang, body, expected", [
    ("fr", "<h3>Membre d'Energy Cities depuis 2004</h3><p>La Ville y anime le groupe sur la rénovation.</p>",
     {("energy-cities", "2004")}),
    ("en", "<h2>ICLEI (since 1997)</h2><p>The global network of local governments for sustainability.</p>",
     {("iclei", "1997")}),
    ("de", "<h3>Klima-Bündnis, Mitglied seit 1993</h3><p>Das Bündnis verbindet Kommunen und indigene Völker.</p>",
     {("climate-alliance", "1993")}),
])
def test_a_heading_may_say_when_the_city_joined(lang, body, expected):
    assert _joined(body, lang) == expected


def test_a_heading_gives_no_other_fact_than_a_joining():
    html = ("<html><head><title>Réseaux</title></head><body><main><h2>Eurocities, fondé en 1986</h2>"
            "<p>Le réseau des grandes villes.</p></main></body></html>")
    extraction = extract_page(html.encode(), "https://ville.example/reseaux", datetime(2025, 3, 1, tzinfo=UTC))
    assert extraction.facts == []


@pytest.mark.parametrize("lang, body, expected", [
    ("fr", "<h2>Nos adhésions</h2><ul><li>Energy Cities (1997)</li><li>Maires pour la Paix (2009)</li></ul>",
     {("energy-cities", "1997"), ("mayors-for-peace", "2009")}),
    ("en", "<h2>Networks the council belongs to</h2><ul><li>ICLEI (1994)</li><li>Eurocities (2001)</li></ul>",
     {("iclei", "1994"), ("eurocities", "2001")}),
    ("de", "<h3>Mitgliedschaften</h3><ul><li>Klima-Bündnis (1991)</li><li>ICORN (2013)</li></ul>",
     {("climate-alliance", "1991"), ("icorn", "2013")}),
    ("es", "<h3>Redes de las que forma parte el Ayuntamiento</h3><ul><li>UCCI (1983)</li><li>Metropolis (2000)</li>"
           "</ul>", {("ucci", "1983"), ("metropolis", "2000")}),
    ("it", "<h3>Reti a cui aderisce la Città</h3><ul><li>Energy Cities (2006)</li><li>ICORN (2016)</li></ul>",
     {("energy-cities", "2006"), ("icorn", "2016")}),
])
def test_networks_listed_under_a_heading_of_memberships_with_their_years(lang, body, expected):
    assert _joined(body, lang) == expected


def test_networks_with_years_under_a_heading_that_says_no_membership_are_not_joinings():
    assert _joined("<h2>Quelques dates</h2><ul><li>Eurocities (1986)</li><li>AIMF (1979)</li></ul>") == set()


@pytest.mark.parametrize("lang, body, expected", [
    ("fr", "<h2>Coopérations</h2><ul><li>Energy Cities (depuis 2005)</li><li>ICORN (depuis 2017)</li></ul>",
     {("energy-cities", "2005"), ("icorn", "2017")}),
    ("en", "<p>The city works with Energy Cities (since 2012) on building renovation.</p>",
     {("energy-cities", "2012")}),
    ("de", "<ul><li>Klima-Bündnis (seit 1994)</li></ul>", {("climate-alliance", "1994")}),
    ("it", "<p>Il Comune collabora con ICORN (dal 2018) all'accoglienza di autori perseguitati.</p>",
     {("icorn", "2018")}),
])
def test_a_year_since_right_after_a_networks_name(lang, body, expected):
    assert _joined(body, lang) == expected


@pytest.mark.parametrize("body", [
    "<p>La Ville anime le forum Culture d'Eurocities (depuis 2015).</p>",
    "<p>La Ville a été membre d'Energy Cities (de 1998 à 2015).</p>",
    "<p>Energy Cities (depuis 2015, sans en être membre) invite la Ville à ses ateliers.</p>",
])
def test_a_year_since_after_a_network_that_is_not_the_citys_joining(body):
    assert _joined(body) == set()


@pytest.mark.parametrize("lang, body, expected", [
    ("fr", "<h2>Europe</h2><p>Energy Cities fédère un millier de collectivités.</p>"
           "<p>La Ville en est membre depuis 2007.</p>", {("energy-cities", "2007")}),
    ("en", "<h2>Peace</h2><p>Mayors for Peace campaigns for the abolition of nuclear weapons.</p>"
           "<p>The council joined it in 2013.</p>", {("mayors-for-peace", "2013")}),
    ("de", "<h2>Klimaschutz</h2><p>Das Klima-Bündnis verbindet europäische Kommunen.</p>"
           "<p>Die Stadt ist dem Bündnis 1995 beigetreten.</p>", {("climate-alliance", "1995")}),
    ("es", "<h2>Capitales</h2><p>La UCCI agrupa a las capitales iberoamericanas.</p>"
           "<p>La ciudad forma parte de la red desde 1983.</p>", {("ucci", "1983")}),
    ("it", "<h2>Rifugio</h2><p>ICORN accoglie scrittori perseguitati.</p><p>Il Comune vi aderisce dal 2016.</p>",
     {("icorn", "2016")}),
    ("fr", "<h2>Repères</h2><p>Créé en 1990, Energy Cities fédère un millier de collectivités.</p>"
           "<ul><li>Membre depuis 2007</li></ul>", {("energy-cities", "2007")}),
])
def test_a_joining_that_points_back_to_the_network_the_paragraph_before_presents(lang, body, expected):
    assert _joined(body, lang) == expected


@pytest.mark.parametrize("body", [
    # the network named in passing, not as what the paragraph presents
    "<h2>Santé</h2><p>Ce réseau, bâti sur le modèle d'Eurocities, réunit des villes-santé.</p>"
    "<p>La Ville en est membre depuis 2008.</p>",
    # a new heading: a new subject
    "<p>Eurocities rassemble 200 villes.</p><h2>Santé</h2><p>La Ville en est membre depuis 2008.</p>",
])
def test_no_network_pointed_back_to(body):
    assert _joined(body) == set()


def test_another_network_named_after_the_noun_is_the_one_joined():
    body = ("<h2>Europe</h2><p>Eurocities rassemble 200 villes.</p>"
            "<p>La Ville a rejoint le réseau « Villes amies » en 2019.</p>")
    assert _joined(body) == {("villes-amies", "2019")}


@pytest.mark.parametrize("lang, sentence, expected", [
    # belonging words
    ("en", "The council has been affiliated with ICLEI since 1996.", {("iclei", "1996")}),
    ("es", "La ciudad es integrante de Metropolis desde 2004.", {("metropolis", "2004")}),
    ("es", "El Ayuntamiento está asociado a la UCCI desde 1985.", {("ucci", "1985")}),
    ("it", "Il Comune è iscritto a Energy Cities dal 2009.", {("energy-cities", "2009")}),
    ("en", "Membership since 2003: Energy Cities.", {("energy-cities", "2003")}),
    # since words
    ("fr", "Adhérente d'Energy Cities à partir de 1999, la Ville a réduit sa consommation.",
     {("energy-cities", "1999")}),
    ("es", "Es miembro de Metropolis a partir de 2007.", {("metropolis", "2007")}),
    ("en", "The city is a member of ICORN from 2016.", {("icorn", "2016")}),
    # verbs
    ("es", "La ciudad, que se integró en Metropolis en 2002, preside su grupo de mujeres.", {("metropolis", "2002")}),
    ("en", "Since becoming a member of ICLEI in 1998, the council has published yearly reports.", {("iclei", "1998")}),
    ("en", "In 1990 the city became one of the first members of Energy Cities.", {("energy-cities", "1990")}),
])
def test_more_wordings_of_a_membership_and_its_start(lang, sentence, expected):
    assert _joined(f"<p>{sentence}</p>", lang) == expected


@pytest.mark.parametrize("lang, sentence, expected", [
    ("fr", "L'entrée de la Ville dans Energy Cities date de 1999.", {("energy-cities", "1999")}),
    ("es", "La incorporación de la ciudad a Metropolis tuvo lugar en 2002.", {("metropolis", "2002")}),
    ("it", "L'ingresso del Comune in ICORN risale al 2016.", {("icorn", "2016")}),
    ("de", "Die Aufnahme der Stadt in das Klima-Bündnis erfolgte 1994.", {("climate-alliance", "1994")}),
])
def test_the_citys_entry_named_by_a_noun(lang, sentence, expected):
    assert _joined(f"<p>{sentence}</p>", lang) == expected


def test_the_entry_of_other_members_is_no_joining():
    assert _joined("<p>L'entrée de nouveaux membres dans Energy Cities en 2020 a élargi le réseau.</p>") == set()


@pytest.mark.parametrize("lang, sentence, expected", [
    ("de", "Der Gemeinderat beschloss 2011 den Beitritt zu ICORN.", {("icorn", "2011")}),
    ("es", "El Pleno aprobó en 2008 la adhesión de la ciudad a Energy Cities.", {("energy-cities", "2008")}),
    ("en", "Following a council vote in 2013, the city joined Mayors for Peace.", {("mayors-for-peace", "2013")}),
    ("it", "Con la delibera del 12 aprile 2016 il Comune ha aderito a ICORN.", {("icorn", "2016-04-12")}),
    ("fr", "Le 4 juillet 2008, le conseil municipal a voté l'adhésion de la Ville à Energy Cities.",
     {("energy-cities", "2008-07-04")}),
])
def test_the_date_of_the_decision_that_made_the_city_a_member(lang, sentence, expected):
    assert _joined(f"<p>{sentence}</p>", lang) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Bereits 1992 wurde die Stadt Mitglied bei Energy Cities.", {("energy-cities", "1992")}),
    ("ICORN, dem die Stadt 2014 beigetreten ist, schützt verfolgte Autorinnen.", {("icorn", "2014")}),
    ("2009 unterzeichnete die Stadt den Konvent der Bürgermeister.", {("covenant-of-mayors", "2009")}),
    ("Die Stadt ist seit 2010 Unterzeichnerin des Konvents der Bürgermeister.", {("covenant-of-mayors", "2010")}),
])
def test_german_word_orders_of_a_joining(sentence, expected):
    assert _joined(f"<p>{sentence}</p>", "de") == expected


@pytest.mark.parametrize("lang, sentence, expected", [
    ("es", "En 2010, el Ayuntamiento suscribió el Pacto de los Alcaldes.", {("covenant-of-mayors", "2010")}),
    ("it", "Nel 2011 il Comune ha sottoscritto il Patto dei Sindaci.", {("covenant-of-mayors", "2011")}),
])
def test_a_pact_joined_by_subscribing_to_it(lang, sentence, expected):
    assert _joined(f"<p>{sentence}</p>", lang) == expected


@pytest.mark.parametrize("lang, sentence", [
    ("en", "In 2021 the city signed the Eurocities declaration on affordable housing."),
    ("fr", "En 2019, la Ville a signé la charte d'Energy Cities sur la sobriété."),
    ("es", "La ciudad colabora desde 2016 con Metropolis sin ser miembro."),
    ("fr", "La Ville travaille depuis 2016 avec Energy Cities, sans en être membre."),
    ("en", "The city was a member of ICLEI from 1996 to 2009."),
    ("it", "Il Comune è stato iscritto a Energy Cities dal 2001 al 2012."),
])
def test_no_joining(lang, sentence):
    assert _joined(f"<p>{sentence}</p>", lang) == set()


@pytest.mark.parametrize("lang, body, expected", [
    ("es", "<table><tr><th>Red</th><th>Año de incorporación</th></tr><tr><td>Metropolis</td><td>2002</td></tr></table>",
     {("metropolis", "2002")}),
    ("es", "<h3>UCCI</h3><p>Fecha de adhesión: 03/10/1985</p>", {("ucci", "1985-10-03")}),
    ("it", "<h3>ICORN</h3><p>Data di ingresso: 2016</p>", {("icorn", "2016")}),
    ("de", "<h3>ICORN</h3><p>Mitglied im Netzwerk seit: 2014</p>", {("icorn", "2014")}),
    ("de", "<h3>Energy Cities</h3><p>Beitrittsjahr 1999</p>", {("energy-cities", "1999")}),
    ("en", "<h3>ICLEI</h3><p>Date of joining: 4 May 1996</p>", {("iclei", "1996-05-04")}),
])
def test_more_labels_of_a_joining(lang, body, expected):
    assert _joined(body, lang) == expected


def test_since_alone_without_a_colon_labels_no_joining_outside_a_networks_card():
    assert _joined("<h3>Partnerstädte</h3><p>Seit 1999</p>", "de") == set()


@pytest.mark.parametrize("sentence, expected", [
    ("En 1985 la ciudad se integra en la UCCI.", {("ucci", "1985")}),
    ("En 2002 la ciudad pasa a formar parte de Metropolis.", {("metropolis", "2002")}),
    ("La ciudad ingresó como miembro de pleno derecho en Metropolis en el año 2002.", {("metropolis", "2002")}),
])
def test_spanish_joinings_in_the_present_and_in_the_year(sentence, expected):
    assert _joined(f"<p>{sentence}</p>", "es") == expected


@pytest.mark.parametrize("lang, sentence, expected", [
    ("fr", "La Ville participe depuis 2004 au réseau Energy Cities.", {("energy-cities", "2004")}),
    ("es", "La ciudad participa en Metropolis desde 2002.", {("metropolis", "2002")}),
    ("it", "Il Comune partecipa dal 2016 a ICORN.", {("icorn", "2016")}),
    ("en", "The council has taken part in ICLEI since 1996.", {("iclei", "1996")}),
    ("de", "Die Stadt wirkt seit 1999 bei Energy Cities mit.", {("energy-cities", "1999")}),
])
def test_taking_part_in_the_network_itself_since_a_year(lang, sentence, expected):
    assert _joined(f"<p>{sentence}</p>", lang) == expected


@pytest.mark.parametrize("lang, sentence", [
    ("fr", "La Ville participe depuis 2015 au programme URBACT d'Energy Cities."),
    ("fr", "La Ville participe depuis 2016 aux travaux d'Energy Cities."),
    ("es", "La ciudad no es miembro de Metropolis, pero participa desde 2019 en su foro de mujeres."),
    ("en", "In 2019 the city took part in Energy Cities in Heidelberg."),
    ("it", "Nel 2018 il Comune partecipa a ICORN a Stavanger."),
])
def test_taking_part_in_something_else_or_once_is_no_joining(lang, sentence):
    assert _joined(f"<p>{sentence}</p>", lang) == set()


@pytest.mark.parametrize("lang, body, expected", [
    ("fr", "<table><tr><td>Réseau</td><td>Membre depuis</td></tr><tr><td>Energy Cities</td><td>2004</td></tr>"
           "<tr><td>ICORN</td><td>2017</td></tr></table>", {("energy-cities", "2004"), ("icorn", "2017")}),
    ("es", "<table><tr><td>Red</td><td>Año de adhesión</td><td>Sede</td></tr>"
           "<tr><td>Metropolis</td><td>2002</td><td>Barcelona</td></tr></table>", {("metropolis", "2002")}),
])
def test_a_table_headed_by_a_row_of_plain_cells_over_networks(lang, body, expected):
    assert _joined(body, lang) == expected


def test_a_first_row_of_data_is_no_header():
    assert _joined("<table><tr><td>Energy Cities</td><td>2004</td></tr><tr><td>ICORN</td><td>2017</td></tr></table>"
                   ) == set()


@pytest.mark.parametrize("lang, body, expected", [
    ("es", "<p>La ciudad es miembro de Metrópolis desde 1999.</p>", {("metropolis", "1999")}),
    ("es", "<h3>METRÓPOLIS</h3><p>Miembro desde: 1999</p>", {("metropolis", "1999")}),
    ("fr", "<p>La Ville est adhérente d'Energie Cités depuis 1995.</p>", {("energy-cities", "1995")}),
])
def test_network_spellings_of_their_members_pages(lang, body, expected):
    assert _joined(body, lang) == expected


@pytest.mark.parametrize("lang, sentence, expected", [
    ("es", "La ciudad es miembro de Energy Cities desde 2001 y de Metrópolis desde 1999.",
     {("energy-cities", "2001"), ("metropolis", "1999")}),
    ("es", "La ciudad se incorporó a Energy Cities en 2001 y a la UCCI en 1983.",
     {("energy-cities", "2001"), ("ucci", "1983")}),
    ("it", "Il Comune aderisce a ICORN dal 2016 e a Energy Cities dal 2004.",
     {("icorn", "2016"), ("energy-cities", "2004")}),
    ("it", "La città ha aderito a Energy Cities nel 2004 e al Patto dei Sindaci nel 2009.",
     {("energy-cities", "2004"), ("covenant-of-mayors", "2009")}),
    # the date before the second network
    ("de", "Die Stadt ist seit 1996 Mitglied bei ICLEI und seit 2004 bei Energy Cities.",
     {("iclei", "1996"), ("energy-cities", "2004")}),
    ("de", "Die Stadt trat 1996 ICLEI und 2004 Energy Cities bei.", {("iclei", "1996"), ("energy-cities", "2004")}),
    ("fr", "La Ville a adhéré en 1996 à ICLEI puis, en 2004, à Energy Cities.",
     {("iclei", "1996"), ("energy-cities", "2004")}),
    ("es", "Desde 1999, la ciudad forma parte de Metrópolis, y desde 2001, de Energy Cities.",
     {("metropolis", "1999"), ("energy-cities", "2001")}),
])
def test_memberships_coordinated_in_one_sentence(lang, sentence, expected):
    assert _joined(f"<p>{sentence}</p>", lang) == expected


def test_a_later_date_of_the_sentence_is_not_a_coordinated_joining():
    assert _joined("<p>La Ville a rejoint ICLEI en 1996 et, en 2004, a accueilli le congrès d'Energy Cities.</p>") == {
        ("iclei", "1996")}


@pytest.mark.parametrize("lang, sentence, expected", [
    ("fr", "En rejoignant Energy Cities en 2003, la Ville s'est engagée à rénover ses écoles.",
     {("energy-cities", "2003")}),
    ("es", "Al incorporarse a Metrópolis en 2002, la ciudad asumió una vicepresidencia.", {("metropolis", "2002")}),
    ("it", "Aderendo nel 2005 a Energy Cities, il Comune ha avviato il suo piano energetico.",
     {("energy-cities", "2005")}),
    ("de", "Die Stadt hat 2010 den Konvent der Bürgermeister unterzeichnet.", {("covenant-of-mayors", "2010")}),
])
def test_a_joining_told_by_a_gerund_or_a_participle_last(lang, sentence, expected):
    assert _joined(f"<p>{sentence}</p>", lang) == expected


@pytest.mark.parametrize("lang, sentence, expected", [
    ("en", "The council's involvement in ICLEI dates back to 1996.", {("iclei", "1996")}),
    ("fr", "La participation de la Ville à Energy Cities remonte à 1999.", {("energy-cities", "1999")}),
    ("it", "La partecipazione del Comune a ICORN risale al 2016.", {("icorn", "2016")}),
    ("en", "The city has been active in Energy Cities since 2001.", {("energy-cities", "2001")}),
    ("it", "Il Comune partecipa attivamente dal 2004 a Energy Cities.", {("energy-cities", "2004")}),
])
def test_a_participation_in_the_network_and_when_it_began(lang, sentence, expected):
    assert _joined(f"<p>{sentence}</p>", lang) == expected


@pytest.mark.parametrize("lang, sentence", [
    ("en", "The city's involvement in the ICLEI urban transitions forum dates back to 2018."),
    ("fr", "La participation de la Ville au projet d'Energy Cities sur les écoles remonte à 2019."),
    ("en", "The city is involved in the Energy Cities retrofit working group since 2020."),
])
def test_a_participation_in_a_part_of_the_network_dates_no_joining(lang, sentence):
    assert _joined(f"<p>{sentence}</p>", lang) == set()


@pytest.mark.parametrize("lang, sentence, expected", [
    ("es", "Desde el 1 de enero de 2002, la ciudad es miembro de Metrópolis.", {("metropolis", "2002-01-01")}),
    ("es", "La adhesión de la ciudad a Energy Cities data de 2001.", {("energy-cities", "2001")}),
    ("es", "La ciudad fue admitida en Energy Cities en 2001.", {("energy-cities", "2001")}),
    ("it", "Il Comune è stato ammesso in ICORN nel 2016.", {("icorn", "2016")}),
    ("de", "Die Stadt wurde 2013 in das Netzwerk ICORN aufgenommen.", {("icorn", "2013")}),
])
def test_a_membership_dated_by_its_day_its_noun_or_an_admission(lang, sentence, expected):
    assert _joined(f"<p>{sentence}</p>", lang) == expected


def test_an_admission_into_a_part_of_the_network_is_no_joining():
    assert _joined("<p>Die Stadt wurde 2015 in das Umweltforum von Energy Cities aufgenommen.</p>", "de") == set()


@pytest.mark.parametrize("lang, sentence, expected", [
    ("de", "Die Stadt ist Gründungsmitglied von Energy Cities (1990).", {("energy-cities", "1990")}),
    ("fr", "La Ville est membre fondateur de CGLU (2004) et siège à son bureau.", {("uclg", "2004")}),
    ("en", "The council is a founding member of Energy Cities (1990).", {("energy-cities", "1990")}),
])
def test_a_founding_member_and_the_founding_year_in_brackets(lang, sentence, expected):
    assert _joined(f"<p>{sentence}</p>", lang) == expected


def test_a_year_in_brackets_after_a_network_joined_later_is_its_founding():
    assert _joined("<p>The city joined Energy Cities (1990) in 2004.</p>", "en") == {("energy-cities", "2004")}
