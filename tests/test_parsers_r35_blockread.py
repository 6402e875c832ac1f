"""Facts a block states beside its network that were not read: a joining told in a relative clause whose antecedent is
the network called a programme ("the Partners for Climate Protection (PCP) program, which it joined in 1996", "au
programme Cités interculturelles, auquel elle a adhéré en 2012"), the network's own, whatever the sentence names as
the city's channel or the programme's operators; a German joining after the dated decision that opens the sentence,
its participle last after a long name ("Mit Beschluss des Stadtrates vom 24. September 2020 ist Zwickau dem
Klima-Bündnis der europäischen Städte mit indigenen Völkern der Regenwälder beigetreten")."""

import pytest
from helpers.extracted import triples_of_snippet, values_of


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
    assert values_of("joined", f"<p>{text}</p>", lang) == {joined}


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
    assert not values_of("joined", f"<p>{text}</p>", lang)


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
    assert values_of("joined", f"<p>{text}</p>", "de") == {joined}


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
    assert values_of("joined", f"<p>{text}</p>", "de") == expected


# A section named by its own name under its parent's heading is a network of its own: its seat is its own.
@pytest.mark.parametrize("heading, text, lang, fact", [
    ("ANCI – Associazione Nazionale Comuni Italiani",
     "Alessandria è socia anche di ANCI Piemonte, l'associazione regionale con sede a Torino.", "it",
     ("anci-piemonte", "headquarters", "Torino")),
    ("ANCI", "Il Comune partecipa inoltre alle attività di ANCI Marche, che ha sede ad Ancona.", "it",
     ("anci-marche", "headquarters", "Ancona")),
    ("Cités et Gouvernements Locaux Unis (CGLU)",
     "Sa section africaine, CGLU Afrique, dont le siège est à Rabat, anime le réseau du continent.", "fr",
     ("cglu-afrique", "headquarters", "Rabat")),
    ("United Cities and Local Governments", "Its African section, UCLG Africa, is based in Rabat.", "en",
     ("cglu-afrique", "headquarters", "Rabat")),
    ("Ciudades y Gobiernos Locales Unidos", "Su sección africana, CGLU África, tiene su sede en Rabat.", "es",
     ("cglu-afrique", "headquarters", "Rabat")),
    ("Klima-Bündnis", "In Österreich arbeitet die Stadt im Klimabündnis Österreich mit Sitz in Wien mit.", "de",
     ("klimabundnis-osterreich", "headquarters", "Wien")),
])
def test_a_section_named_by_its_own_name_keeps_its_seat(heading, text, lang, fact):
    seats = {triple for triple in triples_of_snippet(f"<h2>{heading}</h2><p>{text}</p>", lang)
             if triple[1] == "headquarters"}
    assert seats == {fact}

# Traps: an office the parent's text names by its region alone, and a national seat a section's sentence gives, are
# no section's seat (nor the parent's, for the office).
@pytest.mark.parametrize("heading, text, lang", [
    ("CGLU", "La sua sezione africana ha sede a Rabat.", "it"),
    ("ICLEI", "Le bureau Océanie d'ICLEI est basé à Melbourne.", "fr"),
    ("ICLEI", "The network has 2,500 members. Its European office is in Freiburg.", "en"),
    ("Klima-Bündnis", "Die Landesgruppe des Verbandes hat ihren Sitz in Linz.", "de"),
])
def test_an_office_named_by_its_region_alone_has_no_seat(heading, text, lang):
    assert not any(attribute == "headquarters"
                   for _, attribute, _ in triples_of_snippet(f"<h2>{heading}</h2><p>{text}</p>", lang))


def test_a_national_seat_named_beside_a_section_is_its_parents():
    text = "<h2>ANCI</h2><p>ANCI Toscana riunisce i comuni toscani. La sede nazionale dell'associazione è a Roma.</p>"
    seats = {triple for triple in triples_of_snippet(text, "it") if triple[1] == "headquarters"}
    assert ("anci-toscana", "headquarters", "Roma") not in seats
