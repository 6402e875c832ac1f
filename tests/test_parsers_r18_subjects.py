"""Facts whose subject is not the city, or not the network: a count of "enti" (public bodies of any tier) counts the
local governments a network represents, not its member cities ("L'associazione conta oltre 500 enti soci")."""

import pytest
from helpers.extracted import facts_of_snippet


@pytest.mark.parametrize("lang, body, network, value", [
    # prose, the bodies as the network's members
    ("it", "<h2>Avviso Pubblico, rete di enti locali</h2><p>L'associazione conta oltre 500 enti soci e offre "
           "formazione agli amministratori.</p>", "avviso-pubblico", "500"),
    ("it", "<p>Eurocities riunisce 300 enti aderenti in tutta Europa.</p>", "eurocities", "300"),
    # a card, a key figure in parts, a table's row
    ("it", "<div class='card'><h3>Cittaslow</h3><p>La rete raggruppa 280 enti associati in 33 paesi.</p></div>",
     "cittaslow", "280"),
    ("it", "<table><tr><th>Rete</th><th>Descrizione</th></tr><tr><td>AICCRE</td><td>L'associazione conta 1.200 enti "
           "soci.</td></tr></table>", "aiccre", "1200"),
    ("es", "<details><summary>Eurocities</summary><p>La red agrupa a 200 entes asociados.</p></details>",
     "eurocities", "200"),
])
def test_a_count_of_public_bodies_is_the_governments_represented(lang, body, network, value):
    found = facts_of_snippet(body, lang)
    assert any(fact[:3] == (network, "represented_governments", value) for fact in found)
    assert not any(fact[1] == "member_cities" for fact in found)


@pytest.mark.parametrize("lang, body, expected", [
    # the trap: cities and towns by their own nouns stay the network's member cities
    ("it", "<p>Avviso Pubblico, rete di enti locali, conta oltre 500 comuni soci.</p>",
     ("avviso-pubblico", "member_cities", "500")),
    ("es", "<p>Eurocities agrupa a 200 ciudades asociadas.</p>", ("eurocities", "member_cities", "200")),
])
def test_a_count_of_cities_stays_member_cities(lang, body, expected):
    assert any(fact[:3] == expected for fact in facts_of_snippet(body, lang))
