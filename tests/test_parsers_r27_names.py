"""Where a network's name the vocabulary does not know starts and ends: the article, the headline's subject and verb
before it are not part of it; and networks of cities or local governments named by other nouns."""

import pytest
from helpers.extracted import FETCHED_AT, SNIPPET_URL, network_ids, snippet_page

from scraper.parsers.extract import extract_page


# A headline writes its verb capitalised ("City Joins ..."): the subject and the verb are not the name's first words.
@pytest.mark.parametrize("text, network_id", [
    ("City Joins Canadian Coalition of Inclusive Municipalities", "canadian-coalition-of-inclusive-municipalities"),
    ("Kamloops Joins Canadian Coalition of Inclusive Municipalities", "canadian-coalition-of-inclusive-municipalities"),
    ("Town Officially Joins European Network of Cities for Peace", "european-network-of-cities-for-peace"),
    ("Council Hosts World Union of Olympic Cities", "world-union-of-olympic-cities"),
    ("Nelson Becomes Member of Pacific Alliance of Coastal Cities", "pacific-alliance-of-coastal-cities"),
    ("Mayor Welcomes Northern League of Historic Towns", "northern-league-of-historic-towns"),
    ("Lethbridge Officially Joins Alliance of Prairie Municipalities", "alliance-of-prairie-municipalities"),
])
def test_a_headlines_subject_and_verb_are_not_the_name(text, network_id):
    assert network_ids(text) == [network_id]


# Trap: a name's own adjectives before its noun stay ("World Union of Olympic Cities", "European Network ...").
@pytest.mark.parametrize("text, network_id", [
    ("The World Union of Olympic Cities met in Lausanne.", "world-union-of-olympic-cities"),
    ("Canadian Coalition of Inclusive Municipalities", "canadian-coalition-of-inclusive-municipalities"),
    ("Kamloops is part of the Canadian Coalition of Inclusive Municipalities.",
     "canadian-coalition-of-inclusive-municipalities"),
])
def test_a_names_own_words_before_its_noun_stay(text, network_id):
    assert network_ids(text) == [network_id]


def _network_ids_of_page(body: str, lang: str, title: str) -> set[str]:
    page = snippet_page(body, lang, title=title, heading=title)
    return {fact["network_id"] for fact in extract_page(page, SNIPPET_URL, FETCHED_AT).facts}


def test_a_news_headlines_network_is_named_without_its_verb():
    body = ("<p>Kamloops is now officially part of the Canadian Coalition of Inclusive Municipalities. The Coalition "
            "brings together more than 100 municipalities across Canada. Its secretariat is based in Ottawa.</p>")
    assert _network_ids_of_page(body, "en", "City Joins Canadian Coalition of Inclusive Municipalities") == {
        "canadian-coalition-of-inclusive-municipalities"}
