"""Sentences (the evidence of a fact) and the language of pages that do not declare one."""

import re

import pytest

from scraper.parsers.language import guess_language
from scraper.parsers.text import (
    CaseBlindSearch,
    _alternatives_by_first_character,
    _word_start_tested_once,
    case_blind_search,
    compile_guarded,
    fold_whitespace,
    literal_alternation,
    split_sentences,
)


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


@pytest.mark.parametrize("text", [
    "", "adh", "une adhésion", "ader", "adorer", "en adhérant", "membre", "membres", "un mem", "à l'unisson",
])
def test_literal_alternation_matches_where_the_plain_alternation_does(text):
    literals = ("adh", "adhésion", "ader", "membr", "member", "uni", "unirse")
    plain = re.compile("|".join(map(re.escape, literals)))
    factored = re.compile(literal_alternation(literals))
    assert [found.start() for found in factored.finditer(text)] == [found.start() for found in plain.finditer(text)]


def test_literal_alternation_keeps_a_whole_word_test_whole():
    whole = re.compile(rf"(?<![^\W\d_])(?:{literal_alternation(('vingt', 'vingts', 'cent'))})(?![^\W\d_])")
    assert [found.group() for found in whole.finditer("vingts, quatre-vingt, centaine, cent")] == [
        "vingts", "vingt", "cent"]


@pytest.mark.parametrize("pattern, flags, guard", [
    (r"\b(?:participants|délégués|venus\s+de)\b", re.IGNORECASE, r"\b(?=[pdv])"),
    (r"(?<!\w)(?:[A-Z]\w+|la|le)\s", 0, "(?=[A-Zl])"),
    (r"\b(?:x?yes|no)", 0, r"\b(?=[xyn])"),
    # lookbehinds the match may open on, in a choice: no character taken
    (r"(?:(?<![\w'])|(?<=\bl'))(?:Union|Réseau)\s", 0, "(?=[UR])"),
])
def test_compile_guarded_tests_the_first_characters_first(pattern, flags, guard):
    assert compile_guarded(pattern, flags).pattern == f"{guard}(?:{pattern})"


@pytest.mark.parametrize("pattern", [r"\w+\s+ans", r"[^,]+,", r"(?i:le)\s", r"a?", r".x", r"(?:(?<=l')|x)\w"])
def test_compile_guarded_leaves_alone_a_pattern_whose_first_characters_it_cannot_tell(pattern):
    assert compile_guarded(pattern).pattern == pattern


@pytest.mark.parametrize("text", [
    "Le congrès a réuni 1 200 PARTICIPANTS venus de 90 pays.", "Délégués, délégations.", "ſans rien", "",
    "Kelvin: K, İstanbul", "les participants", "participantsx",
])
def test_compile_guarded_finds_what_the_pattern_finds(text):
    pattern = r"\b(?:participants|délégués|délégations|venus\s+de|sans|kelvin|istanbul)\b"
    plain, guarded = re.compile(pattern, re.IGNORECASE), compile_guarded(pattern, re.IGNORECASE)
    assert [found.span() for found in guarded.finditer(text)] == [found.span() for found in plain.finditer(text)]
    assert guarded.findall(text) == plain.findall(text)  # what a case-blind search does not scan for, as it was
    for start in range(len(text)):
        found, expected = guarded.search(text, start), plain.search(text, start)
        assert (found and found.span()) == (expected and expected.span())


def test_compile_guarded_searches_a_case_blind_pattern_in_the_lowered_text():
    assert isinstance(compile_guarded(r"\b(?:participants|délégués)\b", re.IGNORECASE), CaseBlindSearch)
    assert isinstance(compile_guarded(r"(?:[A-Z]\w+|la)\s", re.IGNORECASE), re.Pattern)  # a capital: as it is
    assert isinstance(compile_guarded(r"\b(?:participants|délégués)\b"), re.Pattern)


_CASE_BLIND = r"\b(?:participant(?:e|·e)?s|délégué(?:e)?s|venus\s+(?:de|d['’])|in\s+(?:der\s+)?schweiz|kelvin|sans)\b"


@pytest.mark.parametrize("text", [
    "Le congrès a réuni 1 200 PARTICIPANT·ES venus d’Europe et 40 Délégués.", "In der SCHWEIZ, in der Schweiz",
    "ſans rien, Kelvin: K", "İstanbul reçoit les participants", "ıparticipants", "participantsx", "", "SANS",
])
def test_case_blind_search_finds_what_the_case_blind_pattern_finds(text):
    plain = re.compile(_CASE_BLIND, re.IGNORECASE)
    lowered = case_blind_search(plain)
    assert isinstance(lowered, CaseBlindSearch)
    assert [(found.span(), found.group()) for found in lowered.finditer(text)] == [
        (found.span(), found.group()) for found in plain.finditer(text)]
    for start, end in ((0, len(text)), (3, len(text) - 2), (5, 9)):
        found, expected = lowered.search(text, start, end), plain.search(text, start, end)
        assert (found.span(), found.group()) == (expected.span(), expected.group()) if expected else found is None
        assert [found.span() for found in lowered.finditer(text, start, end)] == [
            found.span() for found in plain.finditer(text, start, end)]


# Parts that see the case: a capital after the verb, a name after "de" (its capital may be "É", "Ý" or even "×").
_CASE_SENSITIVE = (r"\b(?:adhéré|joined|entrée\s+(?:de|of)\s+(?-i:[A-ZÀ-Ý][\w-]+)\s+(?:dans|into)"
                   r"(?=\s+(?:(?:l['’]|the)\s*)?(?-i:[A-Z]))|intègre\s+(?=(?-i:[A-Z])))")


@pytest.mark.parametrize("text", [
    "Paris a adhéré à l'AIMF ; l'entrée de Lyon dans Eurocities, l'entrée de lyon dans Eurocities.",
    "L'ENTRÉE DE ÉVRY DANS l'AIMF, l'entrée de Évry dans l'aimf, l'entrée de Évry dans l'AIMF",
    "The entry of Ýpres into the network, the entrée of Ýpres into The Network",
    "Paris intègre la CGLU, intègre Metropolis",
    "İstanbul joined in 2004; entrée de ×-ville dans Paris", "intègre intègre Intègre AIMF", "", "JOINED",
])
def test_case_blind_search_with_parts_that_see_the_case_finds_what_the_pattern_finds(text):
    plain = re.compile(_CASE_SENSITIVE, re.IGNORECASE)
    lowered = case_blind_search(plain)
    assert isinstance(lowered, CaseBlindSearch)
    assert [(found.span(), found.group()) for found in lowered.finditer(text)] == [
        (found.span(), found.group()) for found in plain.finditer(text)]
    for start in range(len(text)):
        found, expected = lowered.search(text, start), plain.search(text, start)
        assert (found.span(), found.group()) == (expected.span(), expected.group()) if expected else found is None


def test_case_blind_search_goes_past_a_place_only_the_lowered_text_matches():
    # "in paris" lowered matches where the capital is wanted; the search goes on to "in Paris".
    lowered = case_blind_search(re.compile(r"\bin\s+(?-i:[A-Z])", re.IGNORECASE))
    assert isinstance(lowered, CaseBlindSearch)
    assert [found.span() for found in lowered.finditer("in paris, in Paris, IN Lyon")] == [(10, 14), (20, 24)]


# Alternatives that open on a word start, one that opens on a lookbehind between them, a class holding a "|".
_WORD_STARTS = (r"\bjoined|\bbecame\s+(?:a\s+)?member|(?<=\s)[2-9]\.\s+beizutreten|\b(?:entrée|entry)\s+(?-i:[A-Z])"
                r"|\bsigned[|:]\s*up")


@pytest.mark.parametrize("text", [
    "Paris joined in 2004, became a member in 2005 and BECAME MEMBER in 2006.", "2. beizutreten, 12. beizutreten",
    "The entry Lyon, the entry lyon, the ENTRY Évry, rejoined, unjoined, joinedx", "signed|up, SIGNED: UP, signed up",
    "x3. beizutreten 3. beizutreten", "", "JOINED",
])
def test_case_blind_search_of_alternatives_opening_on_a_word_start_finds_what_the_pattern_finds(text):
    plain = re.compile(_WORD_STARTS, re.IGNORECASE)
    lowered = case_blind_search(plain)
    assert isinstance(lowered, CaseBlindSearch)
    assert [(found.span(), found.group()) for found in lowered.finditer(text)] == [
        (found.span(), found.group()) for found in plain.finditer(text)]
    for start in range(len(text)):
        found, expected = lowered.search(text, start), plain.search(text, start)
        assert (found.span(), found.group()) == (expected.span(), expected.group()) if expected else found is None


def test_word_start_is_tested_once_for_the_alternatives_opening_on_one():
    assert _word_start_tested_once(_WORD_STARTS, 0) == (
        r"\b(?:joined|became\s+(?:a\s+)?member|(?:entrée|entry)\s+(?-i:[A-Z])|signed[|:]\s*up)"
        r"|(?<=\s)[2-9]\.\s+beizutreten")


@pytest.mark.parametrize("pattern", [
    r"\bjoined|\bbecame",  # the parser tests the word start once already
    r"\bjoined|became",  # one alternative on a word start: nothing to share
    r"(?:\bjoined|\bbecame)\s+x",  # no choice at the top
    r"(?s)\bjoined|\bbecame|(?<=\s)x",  # flags written in the pattern
])
def test_word_start_tested_once_leaves_alone_a_pattern_with_no_word_start_to_share(pattern):
    assert _word_start_tested_once(pattern, 0) == pattern


# Alternatives sharing their first letters, at the top and in groups, with a lookbehind's choice, a repeated first
# letter, an escape, a class and a part that sees the case.
_SHARED_FIRST_LETTERS = (r"\b(?:adhéré|rejoint|adhère|adhésion|a?dhérent|(?<=y |l')est\s+jointe?|est\s+membre"
                         r"|ee*ntrée\s+(?-i:[A-Z])|entry|\.?e\w+|[ae]lso)|(?:sign[eé]d?|signing)\s+(?:up|on)|s\b")


def test_alternatives_are_grouped_behind_their_shared_first_characters():
    # grouped first, in the order of their first, then the others as they came
    assert _alternatives_by_first_character(_SHARED_FIRST_LETTERS, 0) == (
        r"s\b|\b(?:a(?:d(?:h(?:é(?:ré|sion)|ère)))|rejoint|e(?:st\s+membre|ntry|e*ntrée\s+(?-i:[A-Z]))|a?dhérent"
        r"|(?<=y |l')est\s+jointe?|\.?e\w+|[ae]lso)|(?:s(?:i(?:g(?:n(?:ing|[eé]d?)))))\s+(?:up|on)")


@pytest.mark.parametrize("text", [
    "Paris a adhéré, adhère, ADHÉSION, dhérent, l'est jointe, il y est joint, est membre, entrée Lyon, ENTRÉE lyon",
    "eentrée Évry, Entry, .emblème, also else, SIGNED UP, signing on, signd up, s, is, s.", "", "ADHÉRÉ",
])
def test_case_blind_search_of_alternatives_sharing_first_letters_finds_what_the_pattern_finds(text):
    plain = re.compile(_SHARED_FIRST_LETTERS, re.IGNORECASE)
    lowered = case_blind_search(plain)
    assert isinstance(lowered, CaseBlindSearch)
    assert [(found.span(), found.group()) for found in lowered.finditer(text)] == [
        (found.span(), found.group()) for found in plain.finditer(text)]
    for start in range(len(text)):
        found, expected = lowered.search(text, start), plain.search(text, start)
        assert (found.span(), found.group()) == (expected.span(), expected.group()) if expected else found is None


@pytest.mark.parametrize("pattern, flags", [
    (r"(?s)adhéré|adhère", 0),  # flags written in the pattern stay first
    ("adhéré | adhère", re.VERBOSE),  # spaces that are no characters
])
def test_alternatives_are_left_as_they_are_in_a_pattern_with_flags_of_its_own(pattern, flags):
    assert _alternatives_by_first_character(pattern, flags) == pattern


@pytest.mark.parametrize("pattern, flags", [
    (r"\b(?:in|au)\s+(?!(?-i:[A-Z]))", re.IGNORECASE),  # a part that sees the case, in a negative lookahead
    (r"\b(?:in|au)\s+(?-i:[^a-z])", re.IGNORECASE),  # a negation that sees the case
    (r"\b(?:in|au)\s+(?-i:(?!x)[A-Z])", re.IGNORECASE),
    (r"\bParticipants\b", re.IGNORECASE),  # a capital
    (r"\b(?:[A-Z]+)\b", re.IGNORECASE),
    (r"(a)\1", re.IGNORECASE),  # a reference to a group
    (r"x?", re.IGNORECASE),  # an empty match
    (r"\bparticipants\b", 0),  # not case-blind
])
def test_case_blind_search_leaves_alone_a_pattern_it_cannot_search_lowered(pattern, flags):
    compiled = re.compile(pattern, flags)
    assert case_blind_search(compiled) is compiled

