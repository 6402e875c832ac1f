"""Wordings of a network's facts, the network and the value in one ordinary block, that were not read."""

import pytest

from tests.helpers.extracted import claims_of_sentence, triples_of_snippet


# German puts the seat first and the network after the verb; the other languages have no such order.
@pytest.mark.parametrize("sentence, place", [
    ("Seinen Sitz hat der Verband in Köln.", "Köln"),
    ("Seine Hauptgeschäftsstelle hat der Deutsche Städtetag in Berlin.", "Berlin"),
    ("Ihren Sitz hat die Organisation bis heute in Bonn.", "Bonn"),
    ("Ihre Geschäftsstelle hat sie in Frankfurt am Main.", "Frankfurt am Main"),
    ("Sein Sekretariat hat das Netzwerk seit 2010 in Stuttgart.", "Stuttgart"),
])
def test_a_german_seat_told_before_its_network_is_the_seat(sentence, place):
    assert ("headquarters", place) in claims_of_sentence(sentence)


# Traps: a regional office; a seat the network has left.
@pytest.mark.parametrize("sentence", [
    "Seine Landesgeschäftsstelle hat der Verband in Köln.",
    "Seinen Sitz hat der Verband nicht mehr in Bonn.",
    "Seinen Sitz hat der Verband bis 1999 in Bonn gehabt.",
    "Ihren Sitz hatte die Organisation ursprünglich in Bonn.",
])
def test_a_regional_or_former_seat_told_before_its_network_is_no_seat(sentence):
    assert not any(attribute == "headquarters" for attribute, _ in claims_of_sentence(sentence))


def test_the_seat_told_before_its_network_belongs_to_the_blocks_network():
    found = triples_of_snippet("<h3>Deutscher Städtetag</h3><p>Der Deutsche Städtetag vertritt die Interessen der "
                               "Städte gegenüber Bund und Ländern. Seine Hauptgeschäftsstelle hat der Verband in "
                               "Berlin.</p>", "de")
    assert ("deutscher-stadtetag", "headquarters", "Berlin") in found


# A Spanish compound first name holds a lowercase particle before the surname.
@pytest.mark.parametrize("sentence, president", [
    ("Su presidenta es María del Mar Quintero, alcaldesa de Alcalá del Valle.", "María del Mar Quintero"),
    ("La red está presidida por María de los Ángeles García.", "María de los Ángeles García"),
    ("Actualmente la preside María de la Paz Fernández.", "María de la Paz Fernández"),
    ("Al frente de la red está María del Pilar Gómez.", "María del Pilar Gómez"),
])
def test_a_spanish_compound_first_name_is_the_whole_presidents_name(sentence, president):
    assert ("president", president) in claims_of_sentence(sentence)


# Traps: the office and its town are no part of the name; a town "del" something after a name is not a surname.
@pytest.mark.parametrize("sentence, president", [
    ("Su presidente es el alcalde de Sevilla, Juan Espadas.", "Juan Espadas"),
    ("Su presidenta es Ana Pérez, alcaldesa de Alcalá del Valle.", "Ana Pérez"),
])
def test_a_town_after_the_presidents_name_stays_out_of_it(sentence, president):
    assert [value for attribute, value in claims_of_sentence(sentence) if attribute == "president"] == [president]


def test_a_presidents_compound_first_name_in_a_networks_block():
    found = triples_of_snippet("<h3>FEMP</h3><p>La ciudad es socia de la FEMP, que agrupa a más de 7.400 entidades "
                               "locales. Su presidenta es María del Carmen Ruiz, alcaldesa de Écija.</p>", "es")
    assert ("federacion-espanola-de-municipios-y-provincias", "president", "María del Carmen Ruiz") in found


# The network, then "that presides" with the adverb first or the name after its office and town (French and Spanish
# put the subject after the verb in the relative clause).
@pytest.mark.parametrize("sentence, president", [
    ("La red, que actualmente preside el alcalde de San Luis Potosí, Enrique Galindo Ceballos, reúne a 14 ciudades.",
     "Enrique Galindo Ceballos"),
    ("La red, que preside la alcaldesa de Valencia, María José Catalá, reúne a 50 ciudades.", "María José Catalá"),
    ("Le réseau, que préside le maire de Lyon, Jean Dupont, compte 40 villes.", "Jean Dupont"),
    ("Le réseau, que préside actuellement la maire de Nantes, Johanna Rolland, compte 40 villes.", "Johanna Rolland"),
])
def test_who_presides_the_network_after_that_and_an_office(sentence, president):
    assert ("president", president) in claims_of_sentence(sentence)


# Traps: a former president; an office with no name after it.
@pytest.mark.parametrize("sentence", [
    "La red, que presidía el alcalde de Valencia, Joan Ribó, reunía 50 ciudades.",
    "La red, que preside el alcalde de Valencia, reúne a 50 ciudades.",
    "Le réseau, que présidait le maire de Lyon, Jean Dupont, comptait 40 villes.",
])
def test_a_former_or_unnamed_holder_after_that_is_no_president(sentence):
    assert not any(attribute == "president" for attribute, _ in claims_of_sentence(sentence))


def test_who_presides_after_that_belongs_to_the_network_named_before():
    found = triples_of_snippet("<p>Querétaro participa en la Asociación Nacional de Ciudades Mexicanas del Patrimonio "
                               "Mundial, que reúne a 14 ciudades y que actualmente preside el alcalde de Puebla, José "
                               "Chedraui Budib.</p>", "es")
    assert ("asociacion-nacional-de-ciudades-mexicanas-del-patrimonio-mundial", "president",
            "José Chedraui Budib") in found


# German puts the board or the chair first, who holds it after the verb, with the town's adjective and the office
# before the name ("die Tübinger Bürgermeisterin"); the other languages' inverted forms are read already.
@pytest.mark.parametrize("sentence, president", [
    ("Den Vorstand leitet die Tübinger Bürgermeisterin Anja Kessler, ihr Stellvertreter ist Kai Lindqvist.",
     "Anja Kessler"),
    ("Den Vorstand leitet derzeit der Leipziger Oberbürgermeister Burkhard Jung.", "Burkhard Jung"),
    ("Den Vorstand leitet Anja Kessler.", "Anja Kessler"),
    ("Den Vorsitz hat derzeit der Münchner Oberbürgermeister Dieter Reiter inne.", "Dieter Reiter"),
])
def test_who_leads_the_board_told_after_it_is_the_president(sentence, president):
    assert ("president", president) in claims_of_sentence(sentence)


# Traps: a past head; a regional board; an office with no name.
@pytest.mark.parametrize("sentence", [
    "Den Vorstand leitete bis 2020 Anja Kessler.",
    "Den Landesvorstand leitet Anja Kessler.",
    "Den Vorstand leitet die Tübinger Bürgermeisterin.",
])
def test_a_past_regional_or_unnamed_board_head_is_no_president(sentence):
    assert not any(attribute == "president" for attribute, _ in claims_of_sentence(sentence))


def test_the_board_head_belongs_to_the_blocks_network():
    found = triples_of_snippet("<h3>Klima-Bündnis</h3><p>Die Stadt ist seit 1994 Mitglied im Klima-Bündnis. Den "
                               "Vorstand leitet die Tübinger Bürgermeisterin Anja Kessler.</p>", "de")
    assert ("climate-alliance", "president", "Anja Kessler") in found


# A timeline's entry: the founders, where they met, then the network founded (as an alliance, a network...).
@pytest.mark.parametrize("sentence, place", [
    ("1986: sechs Städte gründen in Rotterdam das Netzwerk Eurocities.", "Rotterdam"),
    ("2019: 2019 gründen zwölf Städte in Potsdam das Bündnis „Städte Sicherer Häfen“.", "Potsdam"),
    ("1990: zwölf Städte gründen in Frankfurt am Main die Allianz Klima-Bündnis.", "Frankfurt am Main"),
    ("1986 : six villes européennes fondent à Rotterdam le réseau Eurocities.", "Rotterdam"),
    ("1986: seis ciudades fundan en Rotterdam la red Eurocities.", "Rotterdam"),
    ("1986: sei città fondano a Rotterdam la rete Eurocities.", "Rotterdam"),
])
def test_the_place_between_the_founders_and_the_network_is_the_founding_place(sentence, place):
    found = claims_of_sentence(sentence)
    assert ("founded_place", place) in found
    assert any(attribute == "founded" for attribute, _ in found)


# Traps: the founders' country is not where they met; a project is not a network founded.
def test_the_founders_country_is_not_the_founding_place():
    found = claims_of_sentence("1986: gründen sechs Städte in Deutschland das Netzwerk Eurocities.")
    assert ("founded", "1986") in found
    assert not any(attribute == "founded_place" for attribute, _ in found)


def test_a_project_founded_is_no_network_founded():
    assert claims_of_sentence("2019: zwölf Städte gründen in Potsdam das Projekt „Städte Sicherer Häfen“.") == []


def test_the_timelines_founding_belongs_to_the_alliance_it_names():
    found = triples_of_snippet("<h3>Sichere Häfen</h3><ul><li>2019: 2019 gründen zwölf Städte in Potsdam das Bündnis "
                               "„Städte Sicherer Häfen“.</li></ul>", "de")
    assert ("stadte-sicherer-hafen", "founded", "2019") in found
    assert ("stadte-sicherer-hafen", "founded_place", "Potsdam") in found
