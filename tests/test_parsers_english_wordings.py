"""How English-speaking councils and networks word their facts: a membership that changed kind, members as the
subject of a sentence, counts of newcomers, of a selection or of a few named members, seats hosted by an
institution or kept by a region, presidents after the network's name."""

from datetime import date

import pytest

from scraper.parsers.claims import find_claims

BASE = date(2024, 11, 4)


def claimed(sentence):
    return [(claim.attribute, claim.value) for claim in find_claims(sentence, BASE)]


@pytest.mark.parametrize("sentence, expected", [
    # The kind of membership the city holds now, and when it began; an earlier, lesser tie dates nothing.
    ("Leeds became a full member of the network in 2011, having been an observer since 2008.",
     [("joined", "2011")]),
    ("Bristol became an associate member of Energy Cities in 2019.", [("joined", "2019")]),
    # The members as the subject: "member cities" pay, vote, meet; the city's own membership is not dated.
    ("Since 2016, member cities have paid their dues in euros.", []),
    ("Member cities have voted on the budget since 2012.", []),
    ("Since 2004, Derby has been a member of the alliance.", [("joined", "2004")]),
])
def test_joining_wordings(sentence, expected):
    assert claimed(sentence) == expected
