"""Facts a sentence gives another subject than the network's member city: a site's World Heritage inscription is no
joining of the heritage cities' network, a day that comes back each year dates a custom and not the joining, and the
city written before a mayor's office is no part of the president's name."""

import pytest
from helpers.extracted import claims_of_sentence, values_of


@pytest.mark.parametrize("sentence", [
    "Gemeinsam mit Wismar gehört die Altstadt seit 2002 zum UNESCO-Welterbe.",
    "Le centre historique fait partie depuis 1991 du patrimoine mondial de l'UNESCO.",
    "The old town has been part of the UNESCO World Heritage since 1987.",
    "El casco antiguo forma parte desde 1985 del Patrimonio de la Humanidad.",
    "Il Sacro Monte fa parte dal 2003 del sito seriale UNESCO dei Sacri Monti.",
    "Il centro storico fa parte dal 1995 del Patrimonio Mondiale dell'UNESCO.",
])
def test_a_sites_world_heritage_inscription_is_no_joining(sentence):
    assert not [value for attribute, value in claims_of_sentence(sentence) if attribute == "joined"]


@pytest.mark.parametrize("sentence, year", [
    # trap: the heritage words inside the network's own name
    ("Die Stadt ist seit 2002 Mitglied der Organisation der Welterbestädte.", "2002"),
    ("La ville est membre depuis 1996 de l'Organisation des villes du patrimoine mondial.", "1996"),
    ("The city has been a member of the Organization of World Heritage Cities since 1996.", "1996"),
    ("La ciudad es miembro desde 1996 de la Organización de Ciudades del Patrimonio Mundial.", "1996"),
    ("Il Comune aderisce dal 2005 all'Associazione Beni Italiani Patrimonio Mondiale UNESCO.", "2005"),
    # trap: a heritage cities' network under a name the vocabulary lacks
    ("La città aderisce dal 1996 all'Organizzazione delle Città Patrimonio Mondiale.", "1996"),
    ("La ciudad es miembro desde 1996 del Grupo de Ciudades Patrimonio de la Humanidad de España.", "1996"),
    # trap: a candidacy is no inscription
    ("Besançon est l'une des villes fondatrices du réseau, créé en 2005 pour préparer la candidature au patrimoine "
     "mondial de l'UNESCO.", "2005"),
    # trap: the inscription in a clause of its own
    ("Die Stadt, deren Altstadt seit 1993 zum Welterbe gehört, ist seit 2002 Mitglied der OWHC.", "2002"),
    ("Die Stadt ist seit 2002 Mitglied der OWHC, denn ihre Altstadt gehört seit 1993 zum Welterbe.", "2002"),
    ("The city, whose old town has been a World Heritage Site since 1987, has been a member of the OWHC since 1996.",
     "1996"),
])
def test_the_heritage_cities_network_is_still_joined(sentence, year):
    assert [value for attribute, value in claims_of_sentence(sentence) if attribute == "joined"] == [year]


def test_the_inscription_gives_the_network_no_joining_on_a_page():
    body = ("<h2>Organisation der Welterbestädte</h2><p>Gemeinsam mit Wismar gehört die Stralsunder Altstadt seit 2002 "
            "zum UNESCO-Welterbe.</p><p>Die Stadt ist seit 2004 Mitglied der Organisation der Welterbestädte.</p>")
    assert values_of("joined", body, "de") == {("owhc", "2004")}


@pytest.mark.parametrize("sentence", [
    "Die Stadt ist dem Bündnis beigetreten und hisst jedes Jahr am 8. Juli die Flagge.",
    "The city has joined the network and every year on 6 August it raises the flag.",
    "La ville a adhéré au réseau et hisse chaque année le 6 août le drapeau.",
    "La ciudad se ha adherido a la red e iza cada año el 6 de agosto la bandera.",
    "Il Comune ha aderito alla rete ed espone ogni anno il 6 agosto la bandiera.",
])
def test_a_day_that_comes_back_each_year_dates_no_joining(sentence):
    assert not [value for attribute, value in claims_of_sentence(sentence) if attribute == "joined"]


@pytest.mark.parametrize("sentence, day", [
    # trap: the joining's own day, and the year kept beside a yearly custom
    ("Die Stadt ist am 8. Juli 2010 beigetreten.", "2010-07-08"),
    ("The city joined on 6 August 2010.", "2010-08-06"),
    ("Heilbronn ist 2010 beigetreten und hisst jedes Jahr am 8. Juli die Flagge.", "2010"),
    ("La ville a adhéré en 2010 et chaque année le 6 août, elle hisse le drapeau.", "2010"),
])
def test_the_joinings_own_date_is_still_read(sentence, day):
    assert [value for attribute, value in claims_of_sentence(sentence) if attribute == "joined"] == [day]


@pytest.mark.parametrize("sentence, president", [
    ("The association is led by its President, Gladstone Mayor Matt Burnett.", "Matt Burnett"),
    ("The network is chaired by its President, Mayor Li Wei of Xiamen.", "Li Wei"),
    ("The association is led by its President, Lord Mayor Adrian Schrinner.", "Adrian Schrinner"),
])
def test_the_city_before_a_mayors_office_is_no_part_of_the_presidents_name(sentence, president):
    assert {value for attribute, value in claims_of_sentence(sentence) if attribute == "president"} == {president}


_BELFORT = "https://www.belfort.fr/international/reseaux"


@pytest.mark.parametrize("lang, section, sentence", [
    ("fr", "Cités Unies France", "À noter : le Département du Territoire de Belfort a lui aussi rejoint le réseau en "
                                 "2019, ce qui facilite les projets."),
    ("fr", "Cités Unies France", "Le Département du Doubs a rejoint le réseau en 2019."),
    # the other languages' authorities, as read before
    ("de", "Klima-Bündnis", "Der Landkreis Breisgau-Hochschwarzwald ist dem Netzwerk 2019 beigetreten."),
    ("en", "Eurocities", "Kent County Council joined the network in 2019."),
    ("es", "Eurocities", "La Diputación de Cádiz se adhirió a la red en 2019."),
    ("it", "Eurocities", "La Città metropolitana di Torino ha aderito alla rete nel 2019."),
])
def test_another_local_authoritys_joining_is_not_the_citys(lang, section, sentence):
    body = f"<h2>{section}</h2><p>{sentence}</p>"
    assert not values_of("joined", body, lang, url=_BELFORT)


@pytest.mark.parametrize("sentence", [
    # trap: a city's service is no authority, the city beside the Département is the subject too
    "Le département des Relations internationales de la Ville a rejoint le réseau en 2019.",
    "Le Département et la Ville ont rejoint le réseau en 2019.",
])
def test_the_citys_own_joining_beside_a_departement_is_read(sentence):
    body = f"<h2>Cités Unies France</h2><p>{sentence}</p>"
    assert values_of("joined", body, url=_BELFORT) == {("cites-unies-france", "2019")}
