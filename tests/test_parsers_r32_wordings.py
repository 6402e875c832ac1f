"""Wordings of a network's facts that were not read: joinings, population thresholds, names and seats."""

import pytest

from tests.helpers.extracted import claims_of_sentence, triples_of_snippet


# The members' size told by "population" before the number: the smallest a member city may be.
@pytest.mark.parametrize("sentence, threshold", [
    ("It brings together the mayors of 29 cities with a population of 100,000 or more.", "100000"),
    ("A caucus of the mayors of Ontario cities, each with a population of 100,000 or more.", "100000"),
    ("The network is open to cities with populations of 50,000 or more.", "50000"),
    ("Le réseau rassemble les villes ayant une population de plus de 50 000.", "50000"),
    ("Mitglied werden können Städte mit einer Einwohnerzahl von über 100.000.", "100000"),
    ("Pueden ser miembros las ciudades con una población de más de 50.000.", "50000"),
    ("Possono aderire i comuni con una popolazione di oltre 50.000.", "50000"),
])
def test_a_population_before_its_number_is_the_members_threshold(sentence, threshold):
    assert ("population_threshold", threshold) in claims_of_sentence(sentence)


# Traps: the members' sum; a city's own population.
@pytest.mark.parametrize("sentence", [
    "Its 29 member cities have a combined population of 5,000,000.",
    "Its 29 member cities, with a total population of over 5,000,000, meet twice a year.",
    "Les 30 villes membres représentent une population de 2 000 000.",
    "Die 20 Mitgliedsstädte haben zusammen eine Einwohnerzahl von 3.000.000.",
    "Las ciudades miembros suman una población de más de 4.000.000.",
    "Waterloo, a city with a population of 121,000, joined in 2008.",
    "Thunder Bay, the largest city in the region with a population of 108,843, takes part.",
])
def test_a_sum_or_a_citys_own_population_is_no_threshold(sentence):
    assert not any(attribute == "population_threshold" for attribute, _ in claims_of_sentence(sentence))


def test_the_threshold_before_its_number_belongs_to_the_blocks_network():
    found = triples_of_snippet("<h3>Ontario Big City Mayors</h3><p>Ontario Big City Mayors (OBCM) brings together the "
                               "mayors of 29 cities with a population of 100,000 or more.</p>", "en")
    assert ("ontario-big-city-mayors", "population_threshold", "100000") in found


# A pact named before by its whole name, then signed by its head noun alone, even after an adjective ("Global
# Covenant"): its signing is the joining.
@pytest.mark.parametrize("snippet, lang, network, year", [
    ("<h3>Global Covenant of Mayors</h3><p>The Global Covenant of Mayors is an alliance of cities. Council signed the "
     "Covenant in 2021 and reports its emissions every year.</p>", "en", "global-covenant-of-mayors", "2021"),
    ("<h3>Milan Urban Food Policy Pact</h3><p>The City signed the Pact in 2015.</p>", "en",
     "milan-urban-food-policy-pact", "2015"),
    ("<h3>Convention des maires</h3><p>La ville a signé la Convention en 2011.</p>", "fr", "covenant-of-mayors",
     "2011"),
    ("<h3>Pacto de los Alcaldes</h3><p>El Ayuntamiento firmó el Pacto en 2009.</p>", "es", "covenant-of-mayors",
     "2009"),
    ("<h3>Patto dei Sindaci</h3><p>Il Comune ha sottoscritto il Patto nel 2011.</p>", "it", "covenant-of-mayors",
     "2011"),
    ("<h3>Konvent der Bürgermeister</h3><p>Die Stadt unterzeichnete den Konvent im Jahr 2010.</p>", "de",
     "covenant-of-mayors", "2010"),
])
def test_a_pact_signed_by_its_head_noun_is_joined(snippet, lang, network, year):
    assert (network, "joined", year) in triples_of_snippet(snippet, lang)


# Traps: another pact of that noun; a covenant under a network that is no pact.
@pytest.mark.parametrize("snippet, lang", [
    ("<h3>Milan Urban Food Policy Pact</h3><p>The City signed the Pact of Amsterdam in 2016.</p>", "en"),
    ("<h3>Patto dei Sindaci</h3><p>Il Comune ha sottoscritto il Patto per il Lavoro nel 2016.</p>", "it"),
    ("<h3>Eurocities</h3><p>The City signed the Covenant in 2016.</p>", "en"),
])
def test_another_pact_of_that_noun_is_not_joined(snippet, lang):
    assert not any(attribute == "joined" for _, attribute, _ in triples_of_snippet(snippet, lang))


# The council's approval of the membership is the decision that made the city a member, its meeting no event joined.
@pytest.mark.parametrize("sentence, day", [
    ("Council approved the membership at its meeting on October 26, 2026.", "2026-10-26"),
    ("Council approved the membership at its regular meeting on October 26, 2026, after a presentation.",
     "2026-10-26"),
    ("City Council approved the city's membership on March 3, 2026.", "2026-03-03"),
])
def test_the_council_approving_the_membership_dates_the_joining(sentence, day):
    assert ("joined", day) in claims_of_sentence(sentence)


# Traps: the membership's fee or renewal.
@pytest.mark.parametrize("sentence", [
    "Council approved the membership fee increase on October 26, 2026.",
    "The City approved its membership renewal on March 3, 2026.",
])
def test_approving_a_membership_fee_or_renewal_is_no_joining(sentence):
    assert not any(attribute == "joined" for attribute, _ in claims_of_sentence(sentence))


def test_the_approval_after_the_joining_sentence_dates_the_networks_joining():
    found = triples_of_snippet("<p>The City of Waterloo has become a member of the Coalition of Inclusive "
                               "Municipalities (CIM), a national network of local governments. Council approved the "
                               "membership at its meeting on October 26, 2026.</p>", "en", heading="City joins")
    assert ("coalition-of-inclusive-municipalities", "joined", "2026-10-26") in found


# German "dabei" after "von Anfang an" is being in the network since its founding: the founding year the page gives.
@pytest.mark.parametrize("snippet", [
    "<h3>Klima-Bündnis</h3><p>Das Klima-Bündnis wurde 1990 gegründet. Marburg ist von Anfang an dabei.</p>",
    "<h3>Klima-Bündnis</h3><p>Das Klima-Bündnis wurde 1990 gegründet. Die Stadt ist seit der Gründung dabei.</p>",
])
def test_being_in_it_from_the_start_is_joining_at_the_founding(snippet):
    assert ("climate-alliance", "joined", "1990") in triples_of_snippet(snippet, "de")


# Traps: in a campaign from its start; denied.
@pytest.mark.parametrize("snippet", [
    "<h3>Klima-Bündnis</h3><p>Das Klima-Bündnis wurde 1990 gegründet. Beim Stadtradeln ist Marburg von Anfang an "
    "dabei.</p>",
    "<h3>Klima-Bündnis</h3><p>Das Klima-Bündnis wurde 1990 gegründet. Marburg ist seit Beginn nicht dabei.</p>",
    "<h3>Klima-Bündnis</h3><p>Das Klima-Bündnis wurde 1990 gegründet. Bei der Gründung war Marburg nicht "
    "Mitglied.</p>",
])
def test_a_campaigns_start_or_a_denial_is_no_joining_at_the_founding(snippet):
    assert not any(attribute == "joined" for _, attribute, _ in triples_of_snippet(snippet, "de"))
