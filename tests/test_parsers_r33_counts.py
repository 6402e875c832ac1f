"""Counts of a network that were not read: a programme that calls itself "the programme" under its own name."""

import pytest

from tests.helpers.extracted import card, triples_of_snippet


# A network that is a programme, called "the programme" as the subject under its own name, after an opening clause
# or with an apposition naming who runs it, if any: the programme's members are the network's.
@pytest.mark.parametrize("title, text, lang, fact", [
    ("Partners for Climate Protection (PCP)", "Run jointly by FCM and ICLEI Canada, the program counts over 500 "
     "municipalities committed to reducing greenhouse gas emissions.", "en",
     ("partners-for-climate-protection", "member_cities", "500")),
    ("Partners for Climate Protection", "Delivered by FCM and ICLEI Canada, PCP helps municipalities set targets. The "
     "program counts more than 500 municipalities across Canada.", "en",
     ("partners-for-climate-protection", "member_cities", "500")),
    ("Partners for Climate Protection", "The program, run by FCM and ICLEI Canada, counts over 500 municipalities.",
     "en", ("partners-for-climate-protection", "member_cities", "500")),
    ("Intercultural Cities", "Avviato nel 2008, il programma riunisce oltre 160 città in Europa e nel mondo.", "it",
     ("intercultural-cities", "member_cities", "160")),
    ("Intercultural Cities", "Il programma, promosso dal Consiglio d'Europa, riunisce oltre 160 città.", "it",
     ("intercultural-cities", "member_cities", "160")),
    ("Intercultural Cities", "Le programme, porté par le Conseil de l'Europe, rassemble plus de 160 villes.", "fr",
     ("intercultural-cities", "member_cities", "160")),
    ("Intercultural Cities", "Lancé en 2008, le programme rassemble plus de 160 villes.", "fr",
     ("intercultural-cities", "member_cities", "160")),
    ("Intercultural Cities", "Das Programm zählt heute mehr als 160 Städte.", "de",
     ("intercultural-cities", "member_cities", "160")),
    ("Intercultural Cities", "Impulsado por el Consejo de Europa, el programa reúne a más de 160 ciudades.", "es",
     ("intercultural-cities", "member_cities", "160")),
])
def test_the_programme_under_its_own_name_is_the_network(title, text, lang, fact):
    assert fact in triples_of_snippet(card(title, text), lang)


# Traps: a network of cities is no programme, so "the programme" under its name is one of its own; a programme
# another network runs, named after the noun, is that programme; a programme's past figure.
@pytest.mark.parametrize("title, text, lang", [
    ("Eurocities", "Run by Eurocities, the programme brings together 30 cities.", "en"),
    ("Eurocities", "Le programme rassemble 30 villes.", "fr"),
    ("Partners for Climate Protection", "The program of ICLEI Canada counts 30 municipalities.", "en"),
    ("Partners for Climate Protection", "The program, with ICLEI Canada counting 30 municipalities, grows.", "en"),
    ("Intercultural Cities", "Nel 2010 il programma riuniva 40 città.", "it"),
])
def test_no_count_of_another_programme_or_of_the_past(title, text, lang):
    assert not any(attribute == "member_cities" for _, attribute, _ in triples_of_snippet(card(title, text), lang))
