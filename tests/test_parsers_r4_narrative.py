"""History told in the present tense and in timelines ("En 1986, six villes fondent ...", "2009: il Comune aderisce
a ..."), and seats said to have stayed where they were, in the five languages."""

from datetime import date

import pytest

from scraper.parsers.claims import find_claims


def _claims(sentence):
    return [(claim.attribute, claim.value) for claim in find_claims(sentence, date(2025, 3, 1))]


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
