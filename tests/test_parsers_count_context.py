"""A count is a current member fact only when the sentence says the network has it now."""

from datetime import date

import pytest

from scraper.parsers.claims import find_claims
from scraper.parsers.number_words import with_digits

PAGE_DATE = date(2024, 6, 7)


def counts(sentence, lang="fr"):
    return [(claim.attribute, claim.value, claim.qualifier)
            for claim in find_claims(with_digits(sentence, lang), PAGE_DATE) if claim.value_num is not None]


@pytest.mark.parametrize("sentence, lang", [
    ("Le congrès a réuni 1 200 participants venus de 90 pays.", "fr"),
    ("Le sommet a rassemblé des maires de 54 pays.", "fr"),
    ("The summit was attended by delegations from 60 cities.", "en"),
    ("An der Jahrestagung nahmen Delegationen aus 40 Städten teil.", "de"),
    ("En 2012, le réseau réunissait 113 villes.", "fr"),
    ("L'UCUE comptait à l'époque 27 capitales.", "fr"),
    ("In 2008 it had 106 members.", "en"),
    ("Im Jahr 2010 zählte das Netzwerk 140 Mitglieder.", "de"),
    ("En 2010 la red contaba con 130 ciudades.", "es"),
    ("Nel 2010 la rete contava 130 città.", "it"),
])
def test_event_audiences_and_past_figures_are_not_member_counts(sentence, lang):
    assert counts(sentence, lang) == []


@pytest.mark.parametrize("sentence, lang, expected", [
    ("Eurocities was founded in 1986 and brings together more than 200 cities.", "en",
     [("member_cities", "200", "more_than")]),
    ("Fondée en 1979 à Québec, l'AIMF réunit aujourd'hui 325 villes.", "fr", [("member_cities", "325", "exact")]),
    ("Eurocities wurde 1986 gegründet und vertritt heute mehr als 200 Städte.", "de",
     [("member_cities", "200", "more_than")]),
    ("L'AIMF, qui réunit 325 villes, a tenu son congrès à Lausanne.", "fr", [("member_cities", "325", "exact")]),
    ("Paris a adhéré en 2002 au réseau, qui compte aujourd'hui 200 villes.", "fr",
     [("member_cities", "200", "exact")]),
    ("En 2024, l'AIMF rassemble 325 capitales.", "fr", [("member_cities", "325", "exact")]),
    ("CGLU représente 240 000 gouvernements locaux et régionaux dans 140 pays.", "fr",
     [("represented_governments", "240000", "exact"), ("member_countries", "140", "exact")]),
])
def test_what_the_network_has_now_is_counted(sentence, lang, expected):
    assert counts(sentence, lang) == expected


@pytest.mark.parametrize("sentence, lang", [
    ("Créé en 1986 à l'initiative de six grandes villes, le réseau a grandi.", "fr"),
    ("Founded in 1986 by the mayors of six large cities.", "en"),
    ("Barcelona fundó la red junto con otras cinco ciudades europeas.", "es"),
    ("Une vingtaine de villes seulement en faisaient partie à sa création.", "fr"),
    ("Avec l'adhésion de cinq nouvelles villes, le réseau s'agrandit.", "fr"),
    ("Il réunit une quarantaine de membres associés.", "fr"),
    ("Erwartet werden rund 250 Kulturfachleute aus 60 europäischen Städten.", "de"),
    ("Le due capitali fanno parte di Eurocities.", "it"),
])
def test_founders_newcomers_audiences_and_the_few_just_named_are_not_member_counts(sentence, lang):
    assert counts(sentence, lang) == []


def test_the_total_a_part_is_taken_from_is_not_counted():
    assert counts("Cuenta con miembros en 140 de los 193 Estados miembros de la ONU.", "es") == [
        ("member_countries", "140", "exact")]


def test_founding_told_in_another_clause_leaves_the_count():
    assert counts("Eurocities, fondé en 1986 par six villes, réunit aujourd'hui plus de 200 villes.") == [
        ("member_cities", "200", "more_than")]


@pytest.mark.parametrize("sentence, lang", [
    ("Milano è stata tra le sei città fondatrici della rete.", "it"),
    ("Representantes de veintisiete ciudades analizaron la Agenda 21 de la cultura.", "es"),
    ("Cuando València se incorporó a la red, esta reunía a cerca de sesenta ciudades.", "es"),
])
def test_founders_representatives_and_a_past_tense_before_a_preposition(sentence, lang):
    assert counts(sentence, lang) == []


@pytest.mark.parametrize("sentence, expected", [
    ("Plus de 400 projets de développement ont été réalisés dans le cadre de l'AIMF.",
     [("projects", "400", "more_than")]),
    ("Par l'entremise de l'AIMF, la Ville a soutenu plus de 40 projets de coopération.", []),
    ("Le Bureau a attribué 3,2 millions d'euros de subventions à 18 projets.", []),
])
def test_projects_are_the_networks_not_the_citys_or_one_decisions(sentence, expected):
    assert counts(sentence) == expected


@pytest.mark.parametrize("sentence, lang", [
    ("Über 400 Bürgermeister aus 60 Ländern nahmen teil.", "de"),
    ("Asistieron 500 alcaldes de 80 países.", "es"),
    ("Hanno partecipato 300 sindaci di 50 città.", "it"),
    ("Des maires de 70 pays ont participé.", "fr"),
])
def test_an_audience_told_by_its_verb_of_taking_part_is_not_a_member_count(sentence, lang):
    assert counts(sentence, lang) == []


@pytest.mark.parametrize("sentence, lang", [
    ("Se espera la llegada de unas 400 personas, entre ellas alcaldes de más de 60 países.", "es"),
    ("The summit welcomed 900 delegates, among them mayors from 70 countries.", "en"),
    ("Le congrès a réuni 1 200 participants, dont des maires de 90 pays.", "fr"),
    ("Bei der Gründung unterzeichneten zwölf Kommunen das Manifest.", "de"),
])
def test_people_picked_out_of_an_audience_and_signatories_at_the_founding_are_not_members(sentence, lang):
    assert counts(sentence, lang) == []


def test_members_picked_out_of_the_members_are_no_audience():
    assert ("member_cities", "200", "more_than") in counts(
        "Eurocities, que reúne a más de 200 ciudades, entre ellas muchas capitales.", "es")


@pytest.mark.parametrize("sentence, lang", [
    ("An dem Projekt beteiligen sich 30 Städte aus 12 Ländern.", "de"),
    ("El proyecto reúne a 12 ciudades de 8 países europeos.", "es"),
    ("Le projet associe 15 villes de 6 pays.", "fr"),
    ("Als die Stadt beitrat, gehörten dem Netzwerk 80 Städte an.", "de"),
])
def test_a_projects_partners_and_a_figure_in_the_german_past_are_not_member_counts(sentence, lang):
    assert counts(sentence, lang) == []


@pytest.mark.parametrize("sentence", [
    "Quelque 120 délégué-e-s venu-e-s d’une trentaine de pays sont attendu-e-s.",
    "Près de 300 participant·es de 45 pays ont suivi les débats.",
    "Des délégué.e.s de 60 villes ont pris la parole.",
    "Les invité(e)s venu(e)s d'Afrique représentaient 20 pays.",
    "Une centaine de délégués venus d’une quarantaine de pays se sont réunis à Genève.",
])
def test_participants_in_inclusive_writing_or_from_countries_after_an_apostrophe_are_no_member_counts(sentence):
    assert counts(sentence) == []
