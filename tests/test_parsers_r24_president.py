"""Who presides over a network, as city pages and press releases write it: the name whole, with its surname's particle
and without the titles written before it."""

import pytest
from helpers.extracted import claimed_values, values_of


def _section(heading: str, text: str) -> str:
    return f"<section><h2>{heading}</h2><p>{text}</p></section>"


def _card(title: str, rows: list[tuple[str, str]]) -> str:
    pairs = "".join(f"<dt>{label}</dt><dd>{value}</dd>" for label, value in rows)
    return f"<div class='card'><h3>{title}</h3><dl>{pairs}</dl></div>"


def _table(heading: str, rows: list[tuple[str, str]]) -> str:
    cells = "".join(f"<tr><th>{label}</th><td>{value}</td></tr>" for label, value in rows)
    return f"<h2>{heading}</h2><table>{cells}</table>"


# A labelled president: the name whole when its surname opens with a lowercase particle, without the titles before
# it, also a dotted one after an office ("Oberbürgermeisterin Dr. Eva ...").
@pytest.mark.parametrize("sentence, expected", [
    ("Président : Dr. Jean-Paul de La Fontaine", "Jean-Paul de La Fontaine"),
    ("President: Prof. Maria van der Linden", "Maria van der Linden"),
    ("Präsidentin: Oberbürgermeisterin Dr. Eva von der Heide", "Eva von der Heide"),
    ("Presidente: Juan de la Cruz Fernández", "Juan de la Cruz Fernández"),
    ("Presidente: Carlo di Rienzo", "Carlo di Rienzo"),
    ("Präsident: Oberbürgermeister Markus Lewe", "Markus Lewe"),
])
def test_a_labelled_name_with_its_particle_and_without_its_titles(sentence, expected):
    assert claimed_values("president", sentence) == [expected]


def test_a_labelled_city_is_no_person():
    assert claimed_values("president", "Présidence : Ville de Lyon") == []


def test_a_labelled_office_of_a_city_stays_as_written():
    assert claimed_values("president", "Presidente: Sindaco di Hiroshima") == ["Sindaco di Hiroshima"]


# "Dr." and "Prof." are titles whose dot would end the name, after the verb as after a label.
@pytest.mark.parametrize("sentence, expected", [
    ("La FEMP está presidida por la Dra. Ana Pérez.", "Ana Pérez"),
    ("Le réseau est présidé par le Dr. Jean Martin.", "Jean Martin"),
    ("The network is chaired by Prof. Anna Lee.", "Anna Lee"),
])
def test_a_dotted_academic_title_is_no_part_of_the_name(sentence, expected):
    assert claimed_values("president", sentence) == [expected]


@pytest.mark.parametrize("body, lang, expected", [
    (_section("ICLEI", "President: Prof. Maria van der Linden"), "en", ("iclei", "Maria van der Linden")),
    (_section("Deutscher Städtetag", "Präsidentin: Oberbürgermeisterin Dr. Eva von der Heide"), "de",
     ("deutscher-stadtetag", "Eva von der Heide")),
    (_card("AIMF", [("Création", "1979"), ("Président", "Dr. Jean-Paul de La Fontaine")]), "fr",
     ("aimf", "Jean-Paul de La Fontaine")),
    (_table("Mercociudades", [("Fundación", "1995"), ("Presidente", "Juan de la Cruz Fernández")]), "es",
     ("mercociudades", "Juan de la Cruz Fernández")),
    (_table("ANCI", [("Fondazione", "1901"), ("Presidente", "Prof. Carlo di Rienzo")]), "it",
     ("associazione-nazionale-comuni-italiani", "Carlo di Rienzo")),
])
def test_a_labelled_president_in_markup(body, lang, expected):
    assert values_of("president", body, lang) == {expected}


def test_a_labelled_vice_president_with_a_particle_is_no_president():
    body = _card("AIMF", [("Vice-président", "Jean-Paul de La Fontaine")])
    assert values_of("president", body, "fr") == set()


# "The vice-president of X, Jean Dupont": a deputy or a co-chair named after the office and the network is no
# president; the president in the same wording is.
@pytest.mark.parametrize("sentence", [
    "Le vice-président de l'AIMF, Jean Dupont, a ouvert la séance.",
    "Le vice président de l'AIMF, Jean Dupont, a ouvert la séance.",
    "The Vice-President of Eurocities, Jean Dupont, opened the session.",
    "The co-chair of Eurocities, Jean Dupont, opened the session.",
])
def test_a_deputy_named_after_the_office_and_network_is_no_president(sentence):
    assert claimed_values("president", sentence) == []


@pytest.mark.parametrize("sentence", [
    "Le président de l'AIMF, Jean Dupont, a ouvert la séance.",
    "The President of Eurocities, Jean Dupont, opened the session.",
])
def test_the_president_named_after_the_office_and_network(sentence):
    assert claimed_values("president", sentence) == ["Jean Dupont"]


def test_a_deputy_in_a_press_release_leaves_the_president():
    body = _section("AIMF", "Le vice-président de l'AIMF, Jean Dupont, a ouvert la séance. "
                            "L'AIMF est présidée par Anne Hidalgo.")
    assert values_of("president", body, "fr") == {("aimf", "Anne Hidalgo")}


# A label naming the network in Italian, Spanish or German ("Presidente di Eurocities:"), as in French and English; a
# capitalised particle is part of the surname ("Maria Teresa Di Lorenzo").
@pytest.mark.parametrize("sentence, expected", [
    ("Presidente di Eurocities: Maria Teresa Di Lorenzo", "Maria Teresa Di Lorenzo"),
    ("Presidente dell'ANCI: Gaetano Manfredi", "Gaetano Manfredi"),
    ("Presidente del CIDEU: Ana de la Fuente", "Ana de la Fuente"),
    ("Präsident von Eurocities: Dario Nardella", "Dario Nardella"),
    ("Présidente : Maria Teresa De Luca", "Maria Teresa De Luca"),
])
def test_a_label_naming_the_network_in_each_language(sentence, expected):
    assert claimed_values("president", sentence) == [expected]


@pytest.mark.parametrize("sentence", [
    "Presidente del Consiglio comunale: Mario Rossi",
    "Presidente della commissione: Mario Rossi",
    "Präsident der Stadtverordnetenversammlung: Hans Meier",
])
def test_a_label_naming_another_body_names_no_president(sentence):
    assert claimed_values("president", sentence) == []


def test_a_table_row_labelled_with_the_network():
    body = _table("Eurocities", [("Presidente di Eurocities", "Maria Teresa Di Lorenzo")])
    assert values_of("president", body, "it") == {("eurocities", "Maria Teresa Di Lorenzo")}


# The office written after a labelled name is no name of its own, though its city follows a particle.
@pytest.mark.parametrize("sentence, expected", [
    ("Présidente : Mme Anne Hidalgo, Maire de Paris", "Anne Hidalgo"),
    ("Präsident: Kazumi Matsui, Oberbürgermeister von Hiroshima", "Kazumi Matsui"),
    ("Président : Jean Dupont, Conseiller de Paris", "Jean Dupont"),
    ("Chair: Lord Mayor of Adelaide, Dr Jane Lomax-Smith", "Jane Lomax-Smith"),
])
def test_a_labelled_name_then_its_office(sentence, expected):
    assert claimed_values("president", sentence) == [expected]
