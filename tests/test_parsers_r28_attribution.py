"""Which attribute and value a fact has: a president is the person named after the office, not the office or the
courtesy title before the name."""

import pytest
from helpers.extracted import values_of


# The office and its city, then the person after a comma, with a courtesy title: the person is the president, without
# the title ("M.", "Mr.", "Herrn", "el Sr.", "il Sig.", "Dott.").
@pytest.mark.parametrize("body, lang", [
    ("<p>Depuis 2009, Yverdon fait partie de Mayors for Peace. Présidé par le maire d'Hiroshima, M. Kazumi Matsui, le "
     "réseau compte aujourd'hui plus de 8400 villes.</p>", "fr"),
    ("<p>Mayors for Peace est présidé par le maire d'Hiroshima, Monsieur Kazumi Matsui.</p>", "fr"),
    ("<p>Mayors for Peace is chaired by the Mayor of Hiroshima, Mr. Kazumi Matsui, and counts 8,000 cities.</p>", "en"),
    ("<p>Mayors for Peace wird vom Oberbürgermeister von Hiroshima, Herrn Kazumi Matsui, geleitet.</p>", "de"),
    ("<p>Mayors for Peace wird präsidiert vom Bürgermeister von Hiroshima, Herrn Kazumi Matsui.</p>", "de"),
    ("<p>Mayors for Peace está presidida por el alcalde de Hiroshima, el Sr. Kazumi Matsui.</p>", "es"),
    ("<p>Mayors for Peace è presieduta dal sindaco di Hiroshima, il Sig. Kazumi Matsui.</p>", "it"),
    ("<p>Mayors for Peace è presieduta dal sindaco di Hiroshima, Dott. Kazumi Matsui.</p>", "it"),
])
def test_the_person_after_the_office_and_a_courtesy_title_presides(body, lang):
    assert values_of("president", body, lang) == {("mayors-for-peace", "Kazumi Matsui")}


def test_a_courtesy_title_before_the_name_is_no_part_of_it():
    body = "<p>Présidée par la maire de Paris, Mme Anne Hidalgo, l'AIMF rassemble 300 villes.</p>"
    assert values_of("president", body) == {("aimf", "Anne Hidalgo")}


# Traps: the office alone, no one named after it, stays the value; a surname alone after the title is no full name.
@pytest.mark.parametrize("body, lang, value", [
    ("<p>Mayors for Peace est présidé par le maire d'Hiroshima.</p>", "fr", "le maire d'Hiroshima"),
    ("<p>Mayors for Peace is chaired by the Mayor of Hiroshima, a city rebuilt after 1945.</p>", "en",
     "the Mayor of Hiroshima"),
])
def test_an_office_with_no_name_after_it_stays_the_value(body, lang, value):
    assert values_of("president", body, lang) == {("mayors-for-peace", value)}
