"""Wordings city editors use for a network's facts that no page of the corpus had yet: the largest cities by their
own noun ("mégapoles", "megacities", "Megastädte", "megaciudades", "megalopoli") counted as member cities; a fraction of
a million ("un quart de million", "a quarter of a million", "eine Viertelmillion", "medio millón", "mezzo milione")
read as its count, not as a million; a head office by its own words ("con quartier generale a", "con oficina central
en", "der in London ansässige Verbund") as the seat; a preposition opening a sentence ("Nel marzo 2015 il Consiglio
comunale ...", "Al año siguiente ...") taken for no other city whose joining it would be; a joining in a part of
the year ("fin 2015", "in early 2015", "a finales de 2015", "nel corso del 2015") dated by that year; the president's
title in its language's form ("guidata dalla presidente", "encabezada por su presidenta") kept out of the name; a
cleft naming who presides ("It is X, the Mayor of London, who chairs", "Es X quien preside", "È X a presiedere"); "local
and regional authorities", "Kommunal- und Regionalverwaltungen" counted as governments; one among the founders by a
partitive ("fait partie des membres fondateurs", "una de las socias fundadoras", "uno dei soci fondatori"); another
city named right after the German verb ("2019 trat die Partnerstadt Lyon Eurocities bei") joining for itself; the
membership by its noun ("pertenencia", "membresía", "appartenenza") dated when it began."""

import pytest
from helpers.extracted import facts_of_snippet, triples_of_snippet

COUNTS = {"member_cities", "represented_governments", "member_countries"}


@pytest.mark.parametrize("lang, body", [
    ("fr", "<p>Le C40 réunit une centaine de mégapoles.</p>"),
    ("en", "<p>C40 is a network of nearly 100 megacities committed to climate action.</p>"),
    ("de", "<p>Gegründet 2005 in London, vereint C40 heute fast 100 Megastädte.</p>"),
    ("es", "<p>El C40 es una red de casi 100 megaciudades.</p>"),
    ("it", "<h3>C40</h3><ul><li>Membri: quasi 100 megalopoli</li></ul>"),
])
def test_megacities_are_member_cities(lang, body):
    assert ("c40", "member_cities", "100") in triples_of_snippet(body, lang)


@pytest.mark.parametrize("lang, body", [
    ("fr", "<p>Le C40 a accueilli 100 délégués de mégapoles lors de son sommet.</p>"),
    ("en", "<p>The city, a member of C40, is one of the world's megacities with 12 million inhabitants.</p>"),
])
def test_megacities_at_an_event_or_a_population_are_no_count(lang, body):
    assert not {fact for fact in triples_of_snippet(body, lang) if fact[1] == "member_cities"}


@pytest.mark.parametrize("lang, body, value, qualifier", [
    ("fr", "<p>Le réseau CGLU porte la voix de près d'un quart de million de collectivités.</p>", "250000", "about"),
    ("en", "<p>UCLG speaks for a quarter of a million local governments.</p>", "250000", "exact"),
    ("de", "<h3>UCLG</h3><ul><li>Mitglieder: eine Viertelmillion Gebietskörperschaften</li></ul>", "250000", "exact"),
    ("es", "<p>CGLU representa a un cuarto de millón de gobiernos locales.</p>", "250000", "exact"),
    ("it", "<p>UCLG rappresenta quasi mezzo milione di enti locali.</p>", "500000", "about"),
])
def test_a_fraction_of_a_million_is_its_count(lang, body, value, qualifier):
    found = {fact for fact in facts_of_snippet(body, lang) if fact[1] == "represented_governments"}
    assert found == {("uclg", "represented_governments", value, qualifier)}


@pytest.mark.parametrize("lang, body", [
    ("fr", "<p>La ville, membre de CGLU, compte un demi-million d'habitants.</p>"),
    ("en", "<p>The city, a UCLG member, has half a million inhabitants.</p>"),
])
def test_half_a_million_inhabitants_is_no_count(lang, body):
    assert not {fact for fact in triples_of_snippet(body, lang) if fact[1] in COUNTS}


@pytest.mark.parametrize("lang, body, network, seat", [
    ("it", "<p>Il C40, con quartier generale a Londra, sostiene le grandi città.</p>", "c40", "Londra"),
    ("it", "<p>ICLEI ha il suo quartier generale a Bonn.</p>", "iclei", "Bonn"),
    ("es", "<p>La Alianza del Clima, con oficina central en Fráncfort, acompaña a los municipios.</p>",
     "climate-alliance", "Fráncfort"),
    ("es", "<p>Eurocities, con oficina principal en Bruselas, agrupa a ciudades.</p>", "eurocities", "Bruselas"),
    ("de", "<p>Der in London ansässige Verbund C40 unterstützt Großstädte beim Klimaschutz.</p>", "c40", "London"),
])
def test_a_head_office_by_its_own_words_is_the_seat(lang, body, network, seat):
    assert (network, "headquarters", seat) in triples_of_snippet(body, lang)


@pytest.mark.parametrize("lang, body", [
    ("es", "<p>ICLEI, con oficina en Madrid, asesora a los municipios españoles.</p>"),  # one office of several
    ("it", "<p>Il vertice del C40 si è svolto a Roma, quartier generale della FAO.</p>"),  # another body's seat
])
def test_an_office_or_another_bodys_head_office_is_no_seat(lang, body):
    assert not {fact for fact in triples_of_snippet(body, lang) if fact[1] == "headquarters"}


CITY_URL = "https://www.nantes.fr/international/reseaux"


@pytest.mark.parametrize("lang, body, value", [
    ("it", "<p>Nel marzo 2015 il Consiglio comunale ha approvato l'adesione a Energy Cities.</p>", "2015-03"),
    ("fr", "<p>Dans le cadre de son plan climat, la ville a adhéré à Energy Cities en 2015.</p>", "2015"),
    ("es", "<p>Al año siguiente, en 2015, la ciudad se adhirió a Energy Cities.</p>", "2015"),
    ("en", "<p>On 3 March 2015 the city joined Energy Cities.</p>", "2015-03-03"),
])
def test_a_preposition_opening_the_sentence_is_no_other_city(lang, body, value):
    found = triples_of_snippet(body, lang, url=CITY_URL, heading="Nantes à l'international")
    assert ("energy-cities", "joined", value) in found


@pytest.mark.parametrize("lang, body", [
    ("it", "<p>Nel 2015 Bologna ha aderito a Energy Cities.</p>"),
    ("es", "<p>Al año siguiente, Bogotá se adhirió a Energy Cities.</p>"),
    ("fr", "<p>La ville de Lyon a rejoint Energy Cities en 2015.</p>"),
])
def test_another_named_city_after_the_preposition_joins_for_itself(lang, body):
    found = triples_of_snippet(body, lang, url=CITY_URL, heading="Nantes à l'international")
    assert not {fact for fact in found if fact[1] == "joined"}


@pytest.mark.parametrize("lang, body", [
    ("fr", "<p>Fin 2015, la ville a adhéré à Energy Cities.</p>"),
    ("fr", "<p>La ville a rejoint Energy Cities au printemps 2015.</p>"),
    ("en", "<p>In early 2015 the city joined Energy Cities.</p>"),
    ("en", "<ul><li>Energy Cities: the council voted to join at the end of 2015.</li></ul>"),
    ("de", "<p>Anfang 2015 trat die Stadt Energy Cities bei.</p>"),
    ("es", "<p>A finales de 2015 la ciudad se adhirió a Energy Cities.</p>"),
    ("es", "<div><h3>Energy Cities</h3><p>La ciudad se incorporó a la red a principios de 2015.</p></div>"),
    ("it", "<p>Nel corso del 2015 il Comune ha aderito a Energy Cities.</p>"),
    ("it", "<p>Il Comune è entrato in Energy Cities nella primavera del 2015.</p>"),
])
def test_a_joining_in_a_part_of_the_year_is_dated_by_that_year(lang, body):
    assert ("energy-cities", "joined", "2015") in triples_of_snippet(body, lang)


@pytest.mark.parametrize("lang, body", [
    ("fr", "<p>Fin 2015, Energy Cities a réuni 300 villes à Bruxelles.</p>"),  # a meeting, no joining
    ("en", "<p>At the end of 2015 Energy Cities held its annual forum in Brussels.</p>"),
])
def test_a_part_of_the_year_without_a_joining_dates_none(lang, body):
    assert not {fact for fact in triples_of_snippet(body, lang) if fact[1] == "joined"}


@pytest.mark.parametrize("lang, body, network, person", [
    ("it", "<p>Metropolis, guidata dalla presidente Ada Colau, riunisce 140 metropoli.</p>", "metropolis",
     "Ada Colau"),
    ("it", "<p>Eurocities, guidata dal presidente Dario Nardella, riunisce 200 città.</p>", "eurocities",
     "Dario Nardella"),
    ("es", "<p>Metropolis, encabezada por su presidenta Ada Colau, reúne 140 metrópolis.</p>", "metropolis",
     "Ada Colau"),
    ("en", "<p>Eurocities, led by its chairwoman Anna Berg, gathers 200 cities.</p>", "eurocities", "Anna Berg"),
])
def test_the_presidents_title_in_its_language_is_no_part_of_the_name(lang, body, network, person):
    presidents = {fact for fact in triples_of_snippet(body, lang) if fact[1] == "president"}
    assert presidents == {(network, "president", person)}


@pytest.mark.parametrize("lang, body", [
    ("en", "<p>It is Sadiq Khan, the Mayor of London, who currently chairs C40.</p>"),
    ("es", "<p>Es Sadiq Khan, alcalde de Londres, quien preside actualmente el C40.</p>"),
    ("es", "<div><h3>Redes</h3><ul><li>Es Sadiq Khan quien preside hoy el C40.</li></ul></div>"),
    ("it", "<p>È Sadiq Khan, sindaco di Londra, a presiedere oggi il C40.</p>"),
    ("fr", "<p>C'est Sadiq Khan, maire de Londres, qui préside aujourd'hui le C40.</p>"),
])
def test_a_cleft_names_who_presides(lang, body):
    presidents = {fact for fact in triples_of_snippet(body, lang) if fact[1] == "president"}
    assert presidents == {("c40", "president", "Sadiq Khan")}


@pytest.mark.parametrize("lang, body", [
    ("it", "<p>Il sindaco ha invitato Sadiq Khan a presiedere la sessione del C40.</p>"),  # a session's chair
    ("es", "<p>Es Ana Pérez quien preside la comisión de cultura del C40.</p>"),  # a committee's chair
    ("es", "<p>Fue Ada Colau quien presidió el C40 entre 2016 y 2019.</p>"),  # a past term
])
def test_a_cleft_about_a_session_a_committee_or_a_past_term_names_no_president(lang, body):
    assert not {fact for fact in triples_of_snippet(body, lang) if fact[1] == "president"}


@pytest.mark.parametrize("lang, body, network, value", [
    ("en", "<h3>CEMR</h3><dl><dt>Members</dt><dd>some 100,000 local and regional authorities</dd></dl>", "cemr",
     "100000"),
    ("en", "<p>CEMR brings together some 100,000 local and regional authorities.</p>", "cemr", "100000"),
    ("de", "<p>Mehr als 2.500 Kommunal- und Regionalverwaltungen gehören zu ICLEI.</p>", "iclei", "2500"),
    ("de", "<h3>ICLEI</h3><ul><li>Mitglieder: über 2.500 Kommunalverwaltungen</li></ul>", "iclei", "2500"),
])
def test_local_and_regional_authorities_are_governments(lang, body, network, value):
    counts = {fact for fact in triples_of_snippet(body, lang) if fact[1] in COUNTS}
    assert counts == {(network, "represented_governments", value)}


@pytest.mark.parametrize("lang, body, network, year", [
    ("fr", "<p>La ville fait partie des membres fondateurs de Cités Unies France, créée en 1975.</p>",
     "cites-unies-france", "1975"),
    ("es", "<p>La ciudad es una de las socias fundadoras de Mercociudades, creada en 1995.</p>", "mercociudades",
     "1995"),
    ("es", "<ul><li>La ciudad forma parte de los miembros fundadores de Mercociudades, creada en 1995.</li></ul>",
     "mercociudades", "1995"),
    ("it", "<p>Il Comune è uno dei soci fondatori di Eurocities, nata nel 1986.</p>", "eurocities", "1986"),
    ("it", "<p>Il Comune fa parte dei comuni fondatori dell'Alleanza per il Clima, nata nel 1990.</p>",
     "climate-alliance", "1990"),
])
def test_one_among_the_founders_by_a_partitive_joined_at_the_founding(lang, body, network, year):
    assert (network, "joined", year) in triples_of_snippet(body, lang)


def test_a_sentence_opening_on_one_of_the_founders_names_another_city():
    body = "<p>Uno dei soci fondatori di Eurocities, nata nel 1986, è Barcellona.</p>"
    assert not {fact for fact in triples_of_snippet(body, "it") if fact[1] == "joined"}


@pytest.mark.parametrize("body", [
    "<p>2019 trat die Partnerstadt Lyon Eurocities bei.</p>",
    "<p>Im Jahr 2019 trat die Nachbargemeinde Rezé dem Klima-Bündnis bei.</p>",
    "<ul><li>2019 trat Lyon Eurocities bei.</li></ul>",
])
def test_another_city_named_after_the_german_verb_joins_for_itself(body):
    found = triples_of_snippet(body, "de", url=CITY_URL, heading="Nantes international")
    assert not {fact for fact in found if fact[1] == "joined"}


@pytest.mark.parametrize("body, network", [
    ("<p>2019 trat die Stadt Eurocities bei.</p>", "eurocities"),
    ("<p>1993 trat die Stadt Nantes als eine der ersten dem Klima-Bündnis bei.</p>", "climate-alliance"),
    ("<p>2019 trat Oberbürgermeister Müller für die Stadt dem Klima-Bündnis bei.</p>", "climate-alliance"),
])
def test_the_city_or_its_mayor_after_the_german_verb_joins_for_the_city(body, network):
    found = triples_of_snippet(body, "de", url=CITY_URL, heading="Nantes international")
    assert {fact for fact in found if fact[1] == "joined"} == {(network, "joined", body[3:7])}


@pytest.mark.parametrize("lang, body", [
    ("es", "<p>Nuestra pertenencia a la Alianza del Clima se remonta a 1995.</p>"),
    ("es", "<p>La membresía de la ciudad en la Alianza del Clima data de 1995.</p>"),
    ("it", "<p>L'appartenenza del Comune all'Alleanza per il Clima risale al 1995.</p>"),
])
def test_the_membership_by_its_noun_dated_when_it_began(lang, body):
    assert ("climate-alliance", "joined", "1995") in triples_of_snippet(body, lang)


def test_the_membership_of_a_committee_is_no_joining():
    body = "<p>La pertenencia a la comisión de cultura de Eurocities se remonta a 2010.</p>"
    assert not {fact for fact in triples_of_snippet(body, "es") if fact[1] == "joined"}
