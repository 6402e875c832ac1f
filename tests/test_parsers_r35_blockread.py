"""Facts a block states beside its network that were not read: a joining told in a relative clause whose antecedent is
the network called a programme ("the Partners for Climate Protection (PCP) program, which it joined in 1996", "au
programme Cités interculturelles, auquel elle a adhéré en 2012"), the network's own, whatever the sentence names as
the city's channel or the programme's operators; a German joining after the dated decision that opens the sentence,
its participle last after a long name ("Mit Beschluss des Stadtrates vom 24. September 2020 ist Zwickau dem
Klima-Bündnis der europäischen Städte mit indigenen Völkern der Regenwälder beigetreten")."""

import pytest
from helpers.extracted import triples_of_snippet


def _joinings(text: str, lang: str) -> set[tuple[str, str]]:
    return {(network, value) for network, attribute, value in triples_of_snippet(f"<p>{text}</p>", lang)
            if attribute == "joined"}


# The network called a programme, its name before the noun (its acronym in brackets maybe) or after it, then the
# relative clause that joined it.
@pytest.mark.parametrize("text, lang, joined", [
    ("The City already reports through the Partners for Climate Protection (PCP) program, which it joined in 1996 and "
     "which is run jointly by FCM and ICLEI Canada.", "en", ("partners-for-climate-protection", "1996")),
    ("The city takes part in the Intercultural Cities programme, which it joined in 2012.", "en",
     ("intercultural-cities", "2012")),
    ("La Ville participe au programme Cités interculturelles, auquel elle a adhéré en 2012.", "fr",
     ("intercultural-cities", "2012")),
    ("Il Comune partecipa al programma Città Interculturali, al quale ha aderito nel 2012.", "it",
     ("intercultural-cities", "2012")),
    ("La ciudad participa en el programa Ciudades Interculturales, al que se adhirió en 2012.", "es",
     ("intercultural-cities", "2012")),
    ("Die Stadt beteiligt sich am Programm Intercultural Cities, dem sie 2012 beigetreten ist.", "de",
     ("intercultural-cities", "2012")),
])
def test_a_network_called_a_programme_is_what_its_relative_clause_joined(text, lang, joined):
    assert _joinings(text, lang) == {joined}


# Traps: a programme, a campaign or a charter of a network, named before the pronoun, is what the clause joined, not
# the network.
@pytest.mark.parametrize("text, lang", [
    ("The city takes part in the Eurocities programme on lighting, which it joined in 2012.", "en"),
    ("The city supports Energy Cities' programme, which it joined in 2012.", "en"),
    ("La Ville soutient la campagne de Maires pour la paix, à laquelle elle a adhéré en 2012.", "fr"),
    ("Il Comune sostiene il programma Cities4Climate di Eurocities, al quale ha aderito nel 2021.", "it"),
    ("La AICE promueve la Carta de Ciudades Educadoras, a la que la ciudad se adhirió en 2004.", "es"),
])
def test_a_networks_programme_or_campaign_joined_in_a_relative_clause_is_no_joining(text, lang):
    assert not _joinings(text, lang)


# German ends its perfect on the participle: the joining the opening decision dates may come after a long name.
@pytest.mark.parametrize("text, joined", [
    ("Mit Beschluss des Stadtrates vom 24. September 2020 ist Zwickau dem Klima-Bündnis der europäischen Städte mit "
     "indigenen Völkern der Regenwälder beigetreten.", ("climate-alliance", "2020-09-24")),
    ("Mit Beschluss vom 3. Juni 2026 ist die Stadt der Europäischen Städtekoalition gegen Rassismus und "
     "Diskriminierung (ECCAR) beigetreten.", ("eccar", "2026-06-03")),
    ("Mit Beschluss des Gemeinderats vom 12. März 2024 ist Linz dem Konvent der Bürgermeisterinnen und Bürgermeister "
     "für Klima und Energie beigetreten.", ("covenant-of-mayors", "2024-03-12")),
])
def test_a_german_joining_after_its_dated_decision_ends_on_its_participle(text, joined):
    assert _joinings(text, "de") == {joined}


# Traps: the decision approved something else, or the city left; a joining in a later clause has its own date.
@pytest.mark.parametrize("text, expected", [
    ("Mit Beschluss vom 3. Juni 2026 hat der Stadtrat den Bericht zur Europäischen Städtekoalition gegen Rassismus "
     "(ECCAR) genehmigt, der den Beitritt anderer Städte beschreibt.", set()),
    ("Mit Beschluss vom 12. März 2024 ist die Stadt aus dem Klima-Bündnis der europäischen Städte mit indigenen "
     "Völkern ausgetreten.", set()),
    ("Mit Beschluss vom 3. Juni 2026 ist die Stadt aus der Europäischen Städtekoalition gegen Rassismus (ECCAR) "
     "ausgetreten, der sie 2010 beigetreten war.", {("eccar", "2010")}),
])
def test_a_german_decision_that_made_no_joining_dates_none(text, expected):
    assert _joinings(text, "de") == expected
