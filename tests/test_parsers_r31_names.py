"""Networks named in ways not read before: a possessive after or inside an English name, an organisation of
the councils it gathers, Galician and Portuguese nouns, a card's title read with its subtitle."""

import pytest

from tests.helpers.extracted import network_ids, triples_of_snippet


@pytest.mark.parametrize("sentence, expected", [
    ("The city hosts the Local Government Association of Queensland's annual conference.",
     "local-government-association-of-queensland"),
    ("Mayors met at the Local Government Association of Tasmania’s general meeting.",
     "local-government-association-of-tasmania"),
    ("The Association of Yukon Communities' board met in Whitehorse.", "association-of-yukon-communities"),
])
def test_a_possessive_after_a_name_is_no_part_of_it(sentence, expected):
    assert network_ids(sentence) == [expected]


def test_the_acronym_of_a_name_given_with_a_possessive_reads_the_facts_of_the_name():
    found = triples_of_snippet("<p>The Council hosts the Local Government Association of Queensland's conference. "
                               "Founded in 1896, the LGAQ represents all 77 of Queensland's local governments.</p>",
                               "en", heading="Conference")
    assert ("local-government-association-of-queensland", "founded", "1896") in found
    assert not any(network.endswith("-s") for network, _, _ in found)
