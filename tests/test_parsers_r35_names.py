"""Whose network a name is: a regional section its heading names, referred to in its text by its noun and its parent
("L'articolazione regionale dell'ANCI", "the Queensland branch of ALGA"), is the section; a programme named with its
owner's possessive ("the Climate Council's Cities Power Partnership") is the programme alone."""

import pytest
from helpers.extracted import network_ids, triples_of_snippet


# The section the heading names owns what its text states of it, its parent named only as what it is a section of.
@pytest.mark.parametrize("lang, body, section, seat, count", [
    ("it", "<h2>ANCI Toscana</h2><p>Firenze ne fa parte dal 1982. L'articolazione regionale dell'ANCI ha sede a "
           "Firenze e riunisce tutti i 273 Comuni toscani.</p>", "anci-toscana", ("headquarters", "Firenze"),
     ("member_cities", "273")),
    ("it", "<h2>ANCI Basilicata</h2><p>L'articolazione territoriale dell'ANCI ha sede a Potenza e raggruppa i 131 "
           "Comuni lucani.</p>", "anci-basilicata", ("headquarters", "Potenza"), ("member_cities", "131")),
    ("en", "<h2>Local Government Association of Queensland</h2><p>Mackay has been a member since 2008. The Queensland "
           "branch of ALGA represents 77 councils.</p>", "local-government-association-of-queensland",
     ("joined", "2008"), ("represented_governments", "77")),
])
def test_a_section_named_by_its_noun_and_parent_is_the_headings(lang, body, section, seat, count):
    triples = triples_of_snippet(body, lang)
    assert (section, *seat) in triples
    assert (section, *count) in triples
    assert {triple[0] for triple in triples} == {section}


# Traps: the parent's own aside, or the parent named without a section's noun, tells of the parent.
@pytest.mark.parametrize("lang, body, parent, count", [
    ("it", "<h2>ANCI Toscana</h2><p>Firenze ne fa parte dal 1982. L'articolazione regionale dell'ANCI, che "
           "rappresenta oltre 7.000 Comuni, organizza corsi per gli amministratori.</p>",
     "associazione-nazionale-comuni-italiani", ("member_cities", "7000")),
    ("en", "<h2>Local Government Association of Queensland</h2><p>Mackay has been a member since 2008. The Queensland "
           "branch of ALGA, which represents 537 councils, runs training.</p>",
     "australian-local-government-association", ("represented_governments", "537")),
    ("en", "<h2>Local Government Association of Queensland</h2><p>Mackay has been a member since 2008. The association "
           "works with ALGA, which represents 537 councils.</p>", "australian-local-government-association",
     ("represented_governments", "537")),
])
def test_the_parents_own_aside_stays_the_parents(lang, body, parent, count):
    assert (parent, *count) in triples_of_snippet(body, lang)


# A possessive closing a word is its owner's: the programme's name starts after it.
@pytest.mark.parametrize("body, fact", [
    ("<p>Mackay is a member of the Climate Council's Cities Power Partnership – a network of over 180 councils.</p>",
     ("cities-power-partnership", "represented_governments", "180")),
    ("<p>Mackay is a member of the Climate Council’s Cities Power Partnership, which brings together more than 180 "
     "councils.</p>", ("cities-power-partnership", "represented_governments", "180")),
    ("<p>The Council joined the Shire Alliance's Resilient Towns Alliance in 2019.</p>",
     ("resilient-towns-alliance", "joined", "2019")),
])
def test_a_programme_after_its_owners_possessive_is_the_programme(body, fact):
    assert triples_of_snippet(body, "en") == {fact}


# Trap: a name whose words have no possessive is read whole.
@pytest.mark.parametrize("text, network", [
    ("Mackay joined the Smart Cities Power Partnership in 2019.", "smart-cities-power-partnership"),
    ("Mackay joined the Resilient Towns Alliance in 2019.", "resilient-towns-alliance"),
])
def test_a_name_with_no_possessive_is_read_whole(text, network):
    assert network_ids(text) == [network]
