"""How English pages of city councils and of continental cities word their networks' facts: the chair of a part of a
network (a forum, a working group, a committee on a theme), which is not its president; a seat given as "HQ"."""

from datetime import date

import pytest

from scraper.parsers.claims import find_claims
from scraper.parsers.number_words import with_digits

BASE = date(2025, 3, 1)


def claimed(sentence):
    return [(claim.attribute, claim.value) for claim in find_claims(with_digits(sentence, "en"), BASE)]


@pytest.mark.parametrize("sentence, expected", [
    # Whoever chairs a forum, a working group or a thematic committee named after the network chairs that part.
    ("Councillor Mary Byrne, who chairs the Eurocities Environment Forum, opened the session.", []),
    ("Cllr Tom Walsh chairs the Eurocities working group on public lighting.", []),
    ("Cllr Aoife Kelly was elected chair of the Eurocities Knowledge Society Forum in 2023.", []),
    ("Cllr Ruth Evans chairs the UCLG Committee on Urban Mobility.", []),
    # A part opening the sentence: its founding and its members are its own.
    ("The Eurocities Social Affairs Forum was set up in 2001 and brings together 90 cities.", []),
    # The network itself, or its executive committee, is chaired by its president.
    ("Energy Cities is chaired by Lucy Marsh, Deputy Mayor of Heidelberg.", [("president", "Lucy Marsh")]),
    ("Karl Novak, chair of the Eurocities Executive Committee, welcomed the guests.", [("president", "Karl Novak")]),
    ("The Mayor of Ghent chairs Eurocities, and Leeds hosts its Culture Forum this year.",
     [("president", "The Mayor of Ghent")]),
])
def test_chair_of_a_part_is_not_president(sentence, expected):
    assert [claim for claim in claimed(sentence) if claim[0] in ("president", "founded", "member_cities")] == expected


@pytest.mark.parametrize("sentence", [
    "Eurocities has its HQ in Brussels.",
    "Eurocities, with HQ in Brussels, connects the large cities of Europe.",
    "The Eurocities HQ is located in Brussels.",
])
def test_hq_is_a_seat(sentence):
    assert ("headquarters", "Brussels") in claimed(sentence)
