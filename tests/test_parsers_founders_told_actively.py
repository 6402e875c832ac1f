"""A network's founding told with its founders as the subject ("Seis ciudades fundaron Eurocities en 1986", "Sechs
Städte haben 1986 Eurocities gegründet"): the founding's date and place are the network's, the founders' number is
not its count of members."""

import pytest
from helpers.extracted import facts_of_snippet


@pytest.mark.parametrize("sentence, lang, expected", [
    ("Seis ciudades fundaron Eurocities en 1986.", "es", {("eurocities", "founded", "1986", "exact")}),
    ("Sei città fondarono Eurocities nel 1986.", "it", {("eurocities", "founded", "1986", "exact")}),
    ("Doce ciudades crearon Mercociudades en 1995 en Asunción.", "es",
     {("mercociudades", "founded", "1995", "exact"), ("mercociudades", "founded_place", "Asunción", "exact")}),
    ("Six villes fondèrent Eurocities en 1986 à Rotterdam.", "fr",
     {("eurocities", "founded", "1986", "exact"), ("eurocities", "founded_place", "Rotterdam", "exact")}),
])
def test_founders_as_the_subject_date_and_place_the_founding_after_the_network(sentence, lang, expected):
    assert facts_of_snippet(f"<p>{sentence}</p>", lang) == expected


@pytest.mark.parametrize("sentence, lang", [
    ("Sechs Städte haben 1986 Eurocities gegründet.", "de"),
    ("Sechs Städte hatten Eurocities 1986 ins Leben gerufen.", "de"),
    ("Six villes avaient fondé Eurocities en 1986.", "fr"),
    ("Six cities had founded Eurocities in 1986.", "en"),
    ("Sei città avevano fondato Eurocities nel 1986.", "it"),
])
def test_the_founders_number_is_no_count_of_members(sentence, lang):
    facts = facts_of_snippet(f"<p>{sentence}</p>", lang)
    assert not {fact for fact in facts if fact[1] == "member_cities"}
    assert ("eurocities", "founded", "1986", "exact") in facts


@pytest.mark.parametrize("sentence, lang, expected", [
    # what the network itself creates is not its founding
    ("Eurocities creó en 2010 su foro de cultura.", "es", set()),
    ("Las ciudades crearon Eurocities Cultura en 2010.", "es", set()),
    # members joining in a compound tense are still members
    ("200 Städte haben sich Eurocities angeschlossen.", "de", {("eurocities", "member_cities", "200", "exact")}),
    ("Eurocities vereint heute 200 Städte.", "de", {("eurocities", "member_cities", "200", "exact")}),
])
def test_traps_of_founders_told_actively(sentence, lang, expected):
    assert facts_of_snippet(f"<h2>Eurocities</h2><p>{sentence}</p>", lang) == expected
