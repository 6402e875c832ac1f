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

