"""Seats and founding places: a country's network by its national office ("its national office is in Ottawa", "son
bureau national se trouve à Lyon"); the seat in "the same city" as the founding place named before ("fondata a
Ferrara nel 1997 e con sede nella stessa città"); Italian "ad" before a vowel names a place as "a" does ("nata ad
Ancona nel 1999, dove ha tuttora la propria segreteria")."""

import pytest
from helpers.extracted import claimed_values, claims_of_sentence


# The national office of a country's network is its seat.
@pytest.mark.parametrize("sentence, place", [
    ("The movement supports places that welcome people seeking safety; its national office is in Sheffield.",
     "Sheffield"),
    ("The federation is led by its President, and its national office is located in Ottawa.", "Ottawa"),
    ("L'association regroupe 900 communes ; son bureau national se trouve à Lyon.", "Lyon"),
    ("La red agrupa 300 municipios y su oficina nacional está en Madrid.", "Madrid"),
    ("La rete riunisce 300 comuni e il suo ufficio nazionale si trova a Roma.", "Roma"),
])
def test_a_national_office_is_the_seat(sentence, place):
    assert place in claimed_values("headquarters", sentence)


# Traps: a regional office is one office of several.
@pytest.mark.parametrize("sentence", [
    "The network has members across the country; its regional office is in Leeds.",
    "Le réseau compte 900 communes ; son bureau régional se trouve à Lyon.",
    "La red agrupa 300 municipios y su oficina regional está en Sevilla.",
    "La rete riunisce 300 comuni e il suo ufficio regionale si trova a Bari.",
])
def test_a_regional_office_is_no_seat(sentence):
    assert not claimed_values("headquarters", sentence)


# The seat in "the same city" is in the place the sentence has just named for the founding.
@pytest.mark.parametrize("sentence, place", [
    ("L'association, fondée à Lyon en 1997, a son siège dans la même ville.", "Lyon"),
    ("The association was founded in Leeds in 1997 and has its secretariat in the same city.", "Leeds"),
    ("Der Verband wurde 1997 in Kassel gegründet und hat seinen Sitz in derselben Stadt.", "Kassel"),
    ("La asociación, fundada en Sevilla en 1997 y con sede en la misma ciudad, reúne a 60 municipios.", "Sevilla"),
    ("L'associazione, fondata a Ferrara nel 1997 e con sede nella stessa città, conta oggi oltre 60 soci.",
     "Ferrara"),
])
def test_a_seat_in_the_same_city_is_the_founding_place(sentence, place):
    assert place in claimed_values("headquarters", sentence)


# Traps: "the same city" of another body, or a city named after it, is no anaphora of the founding place.
@pytest.mark.parametrize("sentence", [
    "L'association, fondée à Lyon en 1997, a son siège dans la ville de Grenoble.",
    "The association was founded in Leeds in 1997 and has its secretariat in the city of York.",
])
def test_a_city_named_after_it_is_not_the_founding_place(sentence):
    seats = claimed_values("headquarters", sentence)
    assert "Lyon" not in seats and "Leeds" not in seats


# Italian "ad" before a vowel: the founding place, and the seat "where" the network still has it.
@pytest.mark.parametrize("sentence, expected", [
    ("La rete, fondata ad Arezzo nel 1999, riunisce circa 50 città.", ("founded_place", "Arezzo")),
    ("La rete, nata ad Ancona nel 1999, dove ha tuttora la propria segreteria, riunisce circa 50 città.",
     ("headquarters", "Ancona")),
    ("La rete, nata a Pesaro nel 1999, dove ha tuttora la sua segreteria, riunisce circa 50 città.",
     ("headquarters", "Pesaro")),
])
def test_a_place_after_ad_is_named(sentence, expected):
    assert expected in claims_of_sentence(sentence)


# Trap: "ad" before a lower-case word names no place ("fondata ad hoc").
def test_ad_before_a_common_word_names_no_place():
    assert not [value for attribute, value in claims_of_sentence(
        "La rete, fondata ad hoc nel 1999, riunisce circa 50 città.") if attribute == "founded_place"]
