"""A lower heading that names no network (an <h3> "History" under the <h2> of a network) is a part of that network's
section: what its text states without naming a network is about the network of the heading above."""

import pytest

from tests.helpers.extracted import triples_of_snippet

# (language, the network's heading, a sub-heading, a sentence under it naming no network, the fact it states)
SUBSECTIONS = [
    ("en", "Eurocities", "History", "The city joined in 2008.", ("eurocities", "joined", "2008")),
    ("fr", "Cités et Gouvernements Locaux Unis (CGLU)", "Notre engagement", "La Ville y adhère depuis 2004.",
     ("uclg", "joined", "2004")),
    ("de", "Klima-Bündnis", "Geschichte", "Die Stadt ist seit 1995 Mitglied.", ("climate-alliance", "joined", "1995")),
    ("es", "Mercociudades", "Historia", "La red fue fundada en 1995 en Asunción.",
     ("mercociudades", "founded", "1995")),
    ("it", "Eurocities", "La rete in breve", "La rete riunisce oltre 200 città.",
     ("eurocities", "member_cities", "200")),
]


@pytest.mark.parametrize("lang, network, subheading, sentence, fact", SUBSECTIONS)
def test_a_lower_heading_naming_no_network_stays_in_its_networks_section(lang, network, subheading, sentence, fact):
    body = f"<h2>{network}</h2><p>…</p><h3>{subheading}</h3><p>{sentence}</p>"
    assert fact in triples_of_snippet(body, lang)


@pytest.mark.parametrize("lang, network, subheading, sentence, fact", SUBSECTIONS)
def test_a_heading_of_the_same_rank_ends_the_section(lang, network, subheading, sentence, fact):
    body = f"<h2>{network}</h2><p>…</p><h2>{subheading}</h2><p>{sentence}</p>"
    assert fact not in triples_of_snippet(body, lang)


def test_a_lower_heading_naming_another_network_starts_that_networks_section():
    body = ("<h2>Eurocities</h2><p>…</p><h3>Energy Cities</h3><p>The city joined in 2010.</p>"
            "<h3>History</h3><p>The city has been a member since 2012.</p>")
    facts = triples_of_snippet(body, "en")
    assert ("energy-cities", "joined", "2010") in facts and ("eurocities", "joined", "2010") not in facts
    # a heading of the same rank as the one naming Energy Cities ends its section
    assert not {fact for fact in facts if fact[2] == "2012"}


def test_a_styled_heading_whose_rank_is_not_said_ends_the_section():
    body = ('<h2>Eurocities</h2><p>…</p><div role="heading">Contact</div><p>The city joined in 2008.</p>')
    assert ("eurocities", "joined", "2008") not in triples_of_snippet(body, "en")
