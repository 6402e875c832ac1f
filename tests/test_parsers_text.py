"""Sentences (the evidence of a fact) and the language of pages that do not declare one."""

import pytest

from scraper.parsers.language import guess_language
from scraper.parsers.text import fold_whitespace, split_sentences


def test_fold_whitespace_folds_every_kind_of_space():
    assert fold_whitespace(" Plus de\u00a01\u202f000\n\tvilles ") == "Plus de 1 000 villes"


@pytest.mark.parametrize("paragraph, sentences", [
    ("Créée en 2004, C.G.L.U. est la voix des villes. Basée à Barcelone, elle compte.",
     ["Créée en 2004, C.G.L.U. est la voix des villes.", "Basée à Barcelone, elle compte."]),
    ("Plus de 400 projets dans le cadre de l’A.I.M.F. En 2012, elle a grandi.",
     ["Plus de 400 projets dans le cadre de l’A.I.M.F.", "En 2012, elle a grandi."]),
    ("M. Delanoë et J.-P. Dupont sont là. « Une voix », dit-il !",
     ["M. Delanoë et J.-P. Dupont sont là.", "« Une voix », dit-il !"]),
    ("Elle réunit 156 villes… Amélioration du cadre de vie.",
     ["Elle réunit 156 villes…", "Amélioration du cadre de vie."]),
    ("", []),
])
def test_split_sentences_keeps_initials_and_acronyms_inside(paragraph, sentences):
    assert split_sentences(paragraph) == sentences


@pytest.mark.parametrize("text, lang", [
    ("La Ville de Paris est membre des réseaux de villes et participe aux travaux.", "fr"),
    ("The City of Paris is a member of the networks and takes part in their work.", "en"),
    ("Die Stadt ist seit 1994 Mitglied von Eurocities und arbeitet in den Foren mit.", "de"),
    ("La ciudad es miembro de la red desde 1985 y participa en sus grupos de trabajo.", "es"),
    ("La città è membro della rete dal 1991 e partecipa ai gruppi di lavoro.", "it"),
    ("12 345 — 2016", None),
])
def test_guess_language_by_function_words(text, lang):
    assert guess_language(text) == lang
