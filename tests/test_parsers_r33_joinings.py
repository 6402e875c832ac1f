"""Joinings that were not read: a title a network gives its members, held since a date; a joining dated by a day
written out in full, an apposition between it and the verb."""

import pytest

from tests.helpers.extracted import claims_of_sentence, triples_of_snippet


# A title the network gives its members, held since a date, is a membership since then.
@pytest.mark.parametrize("sentence, year", [
    ("Oviedo es Ciudad Educadora desde 2004.", "2004"),
    ("Desde 2004 Oviedo es Ciudad Educadora.", "2004"),
    ("Lyon est ville éducatrice depuis 2002.", "2002"),
    ("Torino è Città educativa dal 1991.", "1991"),
    ("Gothenburg has been an Educating City since 2004.", "2004"),
    ("Leeds has been a Town of Sanctuary since 2012.", "2012"),
    ("Depuis 2015, Beauvais est Ville amie des enfants.", "2015"),
    ("Sevilla es Ciudad Amiga de la Infancia desde 2010.", "2010"),
    ("Parma è Città amica dei bambini dal 2010.", "2010"),
    ("Leeds has been a Child Friendly City since 2012.", "2012"),
    ("Seit 2018 ist Regensburg Kinderfreundliche Kommune.", "2018"),
    ("Seit September 2003 ist Steyr Klimabündnis-Stadt.", "2003-09"),
])
def test_a_members_title_held_since_a_date_is_joined(sentence, year):
    assert ("joined", year) in claims_of_sentence(sentence)


# Traps: the title in apposition, or its plural, with a date of something else.
@pytest.mark.parametrize("sentence", [
    "Barcelona, Ciudad Educadora, acoge desde 1994 el secretariado de la AICE.",
    "Sheffield, the first City of Sanctuary, has hosted the national office since 2007.",
    "Die Klimabündnis-Stadt Frankfurt ist seit 1990 Sitz der Geschäftsstelle.",
    "Depuis 2002, Lyon accueille le secrétariat des villes éducatrices.",
])
def test_a_title_in_apposition_is_no_joining(sentence):
    assert not any(attribute == "joined" for attribute, _ in claims_of_sentence(sentence))


def test_the_title_since_its_date_belongs_to_the_blocks_network():
    found = triples_of_snippet("<h3>Asociación Internacional de Ciudades Educadoras (AICE)</h3><p>Oviedo es Ciudad "
                               "Educadora desde 2004. La AICE, con sede en Barcelona, agrupa a casi 500 ciudades.</p>",
                               "es")
    assert ("iaec", "joined", "2004") in found


# A day written out in full opens the sentence, an apposition before the verb: the joining's date.
@pytest.mark.parametrize("sentence", [
    "Le 6 août 2026, jour anniversaire du bombardement d'Hiroshima, Tarbes a officiellement rejoint Mayors for Peace.",
    "On 6 August 2026, the anniversary of the bombing of Hiroshima, the City of Hamilton officially joined Mayors for "
    "Peace.",
    "El 6 de agosto de 2026, aniversario del bombardeo de Hiroshima, el Ayuntamiento de Málaga se adhirió oficialmente "
    "a Alcaldes por la Paz.",
    "Il 6 agosto 2026, anniversario del bombardamento di Hiroshima, il Comune di Bergamo ha aderito ufficialmente a "
    "Mayors for Peace.",
])
def test_a_day_opening_the_sentence_dates_a_joining_past_an_apposition(sentence):
    assert ("joined", "2026-08-06") in claims_of_sentence(sentence)


# Traps: the sentence's day is when the joining was recalled, the joining dated by its own year.
@pytest.mark.parametrize("sentence", [
    "Le 6 août 2026, jour anniversaire du bombardement d'Hiroshima, le maire a rappelé que Tarbes a rejoint Mayors "
    "for Peace en 2017.",
    "On 6 August 2026, the anniversary of the bombing of Hiroshima, the mayor recalled that the city joined Mayors "
    "for Peace in 2017.",
])
def test_a_recalled_joining_keeps_its_own_year(sentence):
    assert claims_of_sentence(sentence) == [("joined", "2017")]


# The council's meeting opens the sentence with its day, the membership it voted dated by it.
@pytest.mark.parametrize("sentence, day", [
    ("Réunis le 19 septembre 2026, les élus du conseil municipal ont voté à l'unanimité l'adhésion de la Ville à "
     "Energy Cities.", "2026-09-19"),
    ("Réuni le 12 mars 2009, le conseil municipal a approuvé l'adhésion de la Ville à Eurocities.", "2009-03-12"),
    ("Reunido el 19 de septiembre de 2026, el Pleno aprobó por unanimidad la adhesión a Energy Cities.", "2026-09-19"),
    ("Riunito il 19 settembre 2026, il Consiglio comunale ha approvato all'unanimità l'adesione a Energy Cities.",
     "2026-09-19"),
])
def test_the_meeting_opening_the_sentence_dates_the_membership_it_voted(sentence, day):
    assert ("joined", day) in claims_of_sentence(sentence)


# Traps: a meeting that recalled an older joining, or decided nothing of the kind.
@pytest.mark.parametrize("sentence, claims", [
    ("Réunis le 19 septembre 2026, les élus ont rappelé que la Ville a adhéré à Energy Cities en 2012.",
     [("joined", "2012")]),
    ("Riunito il 19 settembre 2026, il Consiglio comunale ha discusso il bilancio.", []),
])
def test_a_meeting_dates_no_joining_it_did_not_vote(sentence, claims):
    assert claims_of_sentence(sentence) == claims
