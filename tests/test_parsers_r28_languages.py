"""Italian and German wordings of the network facts, in prose and in the markups city sites use, and their traps: a
deputy's office, a caption that is a sentence, an event's participants, a membership that has ended."""

import pytest
from helpers.extracted import triples_of_snippet


def _paragraph(text: str) -> str:
    return f"<p>{text}</p>"


# A deputy presides over nothing: the word that makes the office a deputy's before the title.
@pytest.mark.parametrize("text, lang", [
    ("Stellvertretende Präsidentin von Eurocities ist Anna König.", "de"),
    ("Der stellvertretende Vorsitzende von Eurocities ist Max Müller.", "de"),
    ("Die stellvertretende Eurocities-Präsidentin Anna König eröffnete die Sitzung.", "de"),
    ("Erster stellvertretender Vorsitzender des Netzwerks Eurocities ist Max Müller.", "de"),
    ("The deputy chair of Eurocities, Jane Doe, opened the session.", "en"),
])
def test_a_deputys_office_is_no_presidency(text, lang):
    assert not {fact for fact in triples_of_snippet(_paragraph(text), lang) if fact[1] == "president"}


# The office itself is still read, in the same wordings without the deputy's word.
@pytest.mark.parametrize("text, lang, person", [
    ("Präsidentin von Eurocities ist Anna König.", "de", "Anna König"),
    ("Der Vorsitzende von Eurocities ist Max Müller.", "de", "Max Müller"),
    ("Die Eurocities-Präsidentin Anna König eröffnete die Sitzung.", "de", "Anna König"),
    ("Il presidente di Eurocities è Dario Nardella.", "it", "Dario Nardella"),
])
def test_the_presidents_office_without_a_deputy_is_read(text, lang, person):
    assert ("eurocities", "president", person) in triples_of_snippet(_paragraph(text), lang)
