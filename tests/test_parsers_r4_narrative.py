"""History told in the present tense and in timelines ("En 1986, six villes fondent ...", "2009: il Comune aderisce
a ..."), and seats said to have stayed where they were, in the five languages."""

from datetime import date

import pytest
from helpers.extracted import claims_of_sentence as _claims
from helpers.extracted import triples_of_snippet as _facts

from scraper.parsers.claims import find_claims


@pytest.mark.parametrize("sentence, place", [
    ("The network's headquarters remain in Barcelona.", "Barcelona"),
    ("The secretariat of the association stays in Lyon.", "Lyon"),
    ("Le siège de l'association demeure à Lyon.", "Lyon"),
    ("La sede de la red sigue estando en Barcelona.", "Barcelona"),
    ("La sede della rete rimane a Bruxelles.", "Bruxelles"),
    ("Der Sitz des Netzwerks bleibt in Brüssel.", "Brüssel"),
    ("Das Netzwerk hat seinen Sitz nach wie vor in Brüssel.", "Brüssel"),
])
def test_a_seat_that_stays_where_it_was_is_the_seat(sentence, place):
    assert _claims(sentence) == [("headquarters", place)]


@pytest.mark.parametrize("sentence, expected", [
    ("En 1986, six villes fondent Eurocities à Rotterdam.", [("founded", "1986"), ("founded_place", "Rotterdam")]),
    ("1979 : création de l'AIMF à Québec", [("founded", "1979"), ("founded_place", "Québec")]),
    ("2004 : naissance de Cités et Gouvernements Locaux Unis (CGLU) à Paris",
     [("founded", "2004"), ("founded_place", "Paris")]),
    ("1986 : Eurocities voit le jour.", [("founded", "1986")]),
    ("En 2004 nace CGLU en París.", [("founded", "2004"), ("founded_place", "París")]),
    ("2004: fundación de CGLU en París", [("founded", "2004"), ("founded_place", "París")]),
    ("Nel 1986 nasce Eurocities.", [("founded", "1986")]),
    ("Nel 1986, sei città fondano Eurocities a Rotterdam.", [("founded", "1986"), ("founded_place", "Rotterdam")]),
    ("1986: Gründung von Eurocities in Rotterdam", [("founded", "1986"), ("founded_place", "Rotterdam")]),
    ("1986 gründen 6 Städte Eurocities in Rotterdam.", [("founded", "1986"), ("founded_place", "Rotterdam")]),
    ("1986 – Eurocities founded in Rotterdam", [("founded", "1986"), ("founded_place", "Rotterdam")]),
    ("2004: UCLG is founded in Paris.", [("founded", "2004"), ("founded_place", "Paris")]),
    ("In 1986, six cities found Eurocities in Rotterdam.", [("founded", "1986"), ("founded_place", "Rotterdam")]),
])
def test_a_founding_told_in_the_present_or_in_a_timeline_entry(sentence, expected):
    assert _claims(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "2019 : création du prix Eurocities à Paris.",
    "2018: creation of the Eurocities Culture Forum in Lyon",
    "2016: Gründung des Eurocities-Forums Kultur.",
    "2017 gründet Eurocities eine Arbeitsgruppe.",
    "2016: nace el premio Metropolis.",
    "2017: nasce il forum cultura di Eurocities.",
    "En 2004, Eurocities crée le forum culture à Lyon.",
    "In 2010, Eurocities created its awards for cities.",
    "2015 : Paris accueille le sommet de Metropolis.",
    "2018 : Paris lance avec Metropolis le projet Villes Résilientes.",
])
def test_what_a_network_founds_or_hosts_in_a_given_year_is_not_its_founding(sentence):
    assert [claim for claim in find_claims(sentence, date(2025, 3, 1)) if claim.attribute.startswith("founded")] == []


@pytest.mark.parametrize("sentence, year", [
    ("2010 : la Ville adhère à Eurocities.", "2010"),
    ("2012 : Paris intègre le réseau Metropolis", "2012"),
    ("2014 : Paris devient membre de l'AIMF", "2014"),
    ("2008: Córdoba se incorpora a Eurocities.", "2008"),
    ("2010: la ciudad ingresa en Metropolis.", "2010"),
    ("2009: il Comune aderisce a Eurocities.", "2009"),
    ("2012: la città entra in Metropolis.", "2012"),
    ("2012 tritt die Stadt Eurocities bei.", "2012"),
    ("2015: City joins Eurocities", "2015"),
    ("2016 – the city becomes a member of Metropolis", "2016"),
])
def test_a_joining_told_in_a_timeline_entry(sentence, year):
    assert _claims(sentence) == [("joined", year)]


@pytest.mark.parametrize("sentence", [
    "2014: the city joins the Eurocities campaign on air quality",
    "2016: entra in vigore la carta di Eurocities.",
    "2017: la ciudad se suma a la campaña de Metropolis.",
    "2015 : Paris intègre les objectifs de Metropolis à son plan climat.",
])
def test_what_else_a_city_joins_in_a_timeline_is_no_joining(sentence):
    assert [claim for claim in find_claims(sentence, date(2025, 3, 1)) if claim.attribute == "joined"] == []


@pytest.mark.parametrize("sentence", [
    "1990, Eurocities compte 40 villes membres.",
    "1986, six villes fondent Eurocities à Rotterdam.",
    "1986 gründen 6 Städte Eurocities.",
])
def test_a_count_in_a_timeline_entry_or_of_the_founders_is_not_current(sentence):
    assert [claim for claim in find_claims(sentence, date(2025, 3, 1)) if claim.attribute == "member_cities"] == []


def test_a_chronology_table_of_years_and_events_keeps_each_events_year():
    body = """<h2>Chronologie</h2><table><thead><tr><th>Année</th><th>Événement</th></tr></thead><tbody>
      <tr><td>1979</td><td>Création de l'AIMF à Québec</td></tr>
      <tr><td>1991</td><td>La Ville rejoint Eurocities</td></tr></tbody></table>"""
    assert _facts(body, "fr") == {("aimf", "founded", "1979"), ("aimf", "founded_place", "Québec"),
                                  ("eurocities", "joined", "1991")}


def test_a_timeline_entry_whose_year_is_in_bold_before_its_text():
    body = """<h2>Historia</h2><ul><li><strong>2004</strong> Nace CGLU en París.</li>
      <li><strong>2008</strong> La ciudad se incorpora a Eurocities.</li></ul>"""
    assert _facts(body, "es") == {("uclg", "founded", "2004"), ("uclg", "founded_place", "París"),
                                  ("eurocities", "joined", "2008")}


@pytest.mark.parametrize("sentence", [
    "En 1991, Paris adhère à Eurocities, qui compte alors 30 villes.",
    "In 2004 the city joins Eurocities, which then has 80 member cities.",
    "Nel 2009 il Comune aderisce a Eurocities, che allora conta 120 città.",
    "En 2004 la ciudad se une a Metropolis, que entonces reúne 90 ciudades.",
])
def test_a_count_the_narrative_puts_then_is_not_current(sentence):
    assert [claim for claim in find_claims(sentence, date(2025, 3, 1)) if claim.attribute == "member_cities"] == []


@pytest.mark.parametrize("sentence, value", [
    ("Eurocities compte aujourd'hui 200 villes, alors qu'elle en comptait 6 à sa création.", "200"),
    ("Since then the network has grown to 200 member cities.", "200"),
])
def test_a_count_that_then_does_not_date(sentence, value):
    assert [claim.value for claim in find_claims(sentence, date(2025, 3, 1)) if claim.attribute == "member_cities"
            ] == [value]


@pytest.mark.parametrize("sentence, expected", [
    ("Le 5 mai 2004, CGLU voit le jour à Paris.", [("founded", "2004-05-05"), ("founded_place", "Paris")]),
    ("On 5 May 2004, UCLG is born in Paris.", [("founded", "2004-05-05"), ("founded_place", "Paris")]),
    ("El 5 de mayo de 2004 nace en París CGLU.", [("founded", "2004-05-05"), ("founded_place", "París")]),
    ("Nel 2004 nasce a Parigi CGLU.", [("founded", "2004"), ("founded_place", "Parigi")]),
    ("2004 entsteht in Paris der Weltverband UCLG.", [("founded", "2004"), ("founded_place", "Paris")]),
])
def test_a_founding_opened_by_a_full_date_or_with_its_place_before_the_network(sentence, expected):
    assert _claims(sentence) == expected


def test_a_network_that_founds_a_forum_in_a_timeline_entry_is_not_founded():
    assert _claims("2010: Eurocities founded a culture forum in Lyon.") == []


def test_a_seat_that_is_still_where_it_was():
    assert _claims("Energy Cities, dont le siège est toujours à Besançon, fédère des collectivités.")[0] == (
        "headquarters", "Besançon")


@pytest.mark.parametrize("sentence, expected", [
    ("2004: United Cities and Local Governments (UCLG) is launched in Paris.",
     [("founded", "2004"), ("founded_place", "Paris")]),
    ("2010: the city signs up to Mayors for Peace", [("joined", "2010")]),
    ("2009 – the city signs the Covenant of Mayors", [("joined", "2009")]),
])
def test_english_headline_style_entries(sentence, expected):
    assert _claims(sentence) == expected


@pytest.mark.parametrize("sentence, place", [
    ("Die Geschäftsstelle des Netzwerks befindet sich nach wie vor in Brüssel.", "Brüssel"),
    ("La sede della rete si trova ancora oggi a Bruxelles.", "Bruxelles"),
    ("La sede de la red continúa en Barcelona.", "Barcelona"),
])
def test_a_seat_still_in_its_place_in_german_italian_spanish(sentence, place):
    assert _claims(sentence) == [("headquarters", place)]


def test_a_timeline_entry_whose_bold_year_ends_with_a_full_stop():
    body = "<h2>Historia</h2><ul><li><strong>1985</strong>. Nace Metropolis en Montreal.</li></ul>"
    assert _facts(body, "es") == {("metropolis", "founded", "1985"), ("metropolis", "founded_place", "Montreal")}


def test_a_founding_place_stops_where_the_networks_name_begins():
    claims = _claims("En 1985 nace en Montreal Metropolis, la asociación mundial de las grandes metrópolis.")
    assert ("founded_place", "Montreal") in claims and ("founded_place", "Montreal Metropolis") not in claims


def test_a_seat_that_follows_on_in_spanish():
    assert ("headquarters", "Bruselas") in _claims("Hoy Eurocities agrupa a 200 ciudades y su sede sigue en Bruselas.")


@pytest.mark.parametrize("sentence, place", [
    ("Metropolis reúne a grandes ciudades, y su secretaría general continúa en Barcelona.", "Barcelona"),
    ("Il segretariato della rete rimane a Bruxelles.", "Bruxelles"),
])
def test_a_secretariat_that_stays(sentence, place):
    assert ("headquarters", place) in _claims(sentence)


@pytest.mark.parametrize("sentence, year", [
    ("1993: Die Stadt tritt dem Klima-Bündnis bei.", "1993"),
    ("2002 wird die Stadt Mitglied bei Eurocities.", "2002"),
    ("Im Jahr 2008 schließt sich die Stadt dem Konvent der Bürgermeister an.", "2008"),
])
def test_a_german_joining_told_in_the_present(sentence, year):
    assert _claims(sentence) == [("joined", year)]


def test_a_german_joining_yet_to_come_is_no_joining():
    assert _claims("Die Stadt wird 2026 Mitglied bei Eurocities.") == []


@pytest.mark.parametrize("sentence", [
    "1986 schließen sich sechs Städte in Rotterdam zu Eurocities zusammen.",
    "2002 wird die Stadt Mitglied bei Eurocities, das damals rund 100 Städte zählt.",
    "2008 zählt Eurocities 130 Städte.",
])
def test_a_german_count_of_founders_or_of_a_past_year_is_not_current(sentence):
    assert [claim for claim in find_claims(sentence, date(2025, 3, 1)) if claim.attribute == "member_cities"] == []


def test_a_german_seat_still_in_its_place():
    assert ("headquarters", "Frankfurt am Main") in _claims(
        "Das Klima-Bündnis vereint viele Kommunen; die Geschäftsstelle ist nach wie vor in Frankfurt am Main.")


def test_a_chronology_whose_years_are_headings():
    body = """<h2>Chronologie</h2><h3>1979</h3><p>Création de l'AIMF à Québec.</p>
      <h3>1990</h3><p>La Ville rejoint Eurocities.</p>"""
    assert _facts(body, "fr") == {("aimf", "founded", "1979"), ("aimf", "founded_place", "Québec"),
                                  ("eurocities", "joined", "1990")}


@pytest.mark.parametrize("sentence", [
    "En 1986, Eurocities compte six villes.",
    "In 1990 the network has 40 member cities.",
    "Nel 1999 Eurocities riunisce 100 città.",
])
def test_a_count_in_a_clause_an_old_year_opens_is_that_years(sentence):
    assert [claim for claim in find_claims(sentence, date(2025, 3, 1)) if claim.attribute == "member_cities"] == []


def test_a_count_after_an_old_year_and_today_is_current():
    claims = find_claims("En 1986, Eurocities compte aujourd'hui 200 villes.", date(2025, 3, 1))
    assert [claim.value for claim in claims if claim.attribute == "member_cities"] == ["200"]


@pytest.mark.parametrize("sentence, expected", [
    ("2008: the European Commission launches the Covenant of Mayors for local climate action.", [("founded", "2008")]),
    ("2008 : la Commission européenne lance la Convention des maires pour le climat.", [("founded", "2008")]),
])
def test_a_network_launched_in_a_timeline_entry(sentence, expected):
    assert _claims(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "2018 : Paris lance avec Metropolis un projet sur les villes résilientes.",
    "2014: the city launches the Eurocities campaign on air quality.",
    "2016: Eurocities launches a new forum on mobility.",
])
def test_what_a_city_or_a_network_launches_is_no_founding(sentence):
    assert [claim for claim in find_claims(sentence, date(2025, 3, 1)) if claim.attribute.startswith("founded")] == []


@pytest.mark.parametrize("sentence, year", [
    ("2011 : entrée de Paris dans Metropolis", "2011"),
    ("2003: incorporación de la ciudad a Metropolis", "2003"),
    ("2013: ingresso del Comune in Metropolis", "2013"),
    ("2003: accession to Metropolis", "2003"),
    ("2003: Aufnahme in Metropolis", "2003"),
])
def test_a_timeline_entry_that_names_the_joining_by_its_noun(sentence, year):
    assert _claims(sentence) == [("joined", year)]


@pytest.mark.parametrize("sentence", [
    "2015: membership of the Eurocities culture forum",
    "2016 : entrée de la Ville dans le groupe de travail mobilité d'Eurocities",
    "The membership of Eurocities grows to 200 cities in 2024.",
])
def test_a_joining_noun_of_a_part_or_in_prose_is_no_joining(sentence):
    assert [claim for claim in find_claims(sentence, date(2025, 3, 1)) if claim.attribute == "joined"] == []
