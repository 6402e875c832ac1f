"""A press release, or a section about one network, goes on about that network in its later paragraphs without naming
it again: "the association", "the network", its president, a pronoun standing for it, under a subheading of its own,
belong to the one network its text has named, unless they name another."""

import pytest
from helpers.extracted import triples_of_snippet

_LYON = "https://www.lyon.fr/international/actualites/assemblee"


def _release(opening: str, later: str, subheading: str = "") -> str:
    heading = f"<h2>{subheading}</h2>" if subheading else ""
    return f"<article><p class='lead'>{opening}</p>{heading}<p>{later}</p></article>"


def _card(title: str, text: str) -> str:
    return f"<div class='card'><h3 class='card__title'>{title}</h3><div class='card__body'>{text}</div></div>"


# The sentence before is about the network without naming it ("Das 1982 gegründete Netzwerk zählt ...", "Fondé en
# 1990, le réseau rassemble ..."): the next sentence's president, or the pronoun opening it, is that network's.
@pytest.mark.parametrize("lang, body, expected", [
    ("de", _release("Die Stadt ist seit 2025 Mitglied im Klima-Bündnis.",
                    "Das 1990 gegründete Netzwerk zählt heute über 2.000 Kommunen. Vorsitzender ist der "
                    "Oberbürgermeister von Potsdam, Hans Müller."), ("climate-alliance", "president", "Hans Müller")),
    ("de", _release("Am Rathaus weht die Flagge der Mayors for Peace.",
                    "Das 1982 in Hiroshima gegründete Netzwerk zählt 8.400 Mitgliedsstädte. Präsidentin ist Anna "
                    "Schmidt, Bürgermeisterin von Jena."), ("mayors-for-peace", "president", "Anna Schmidt")),
    ("fr", _release("Lyon accueille cette semaine l'assemblée d'Energy Cities.",
                    "Fondé en 1990, le réseau rassemble 1 000 collectivités. Il est présidé par Claire Martin, "
                    "adjointe au maire de Heidelberg."), ("energy-cities", "president", "Claire Martin")),
    ("en", _release("The city hosts the annual meeting of Energy Cities this week.",
                    "Founded in 1990, the network brings together 1,000 local authorities. The president is Claire "
                    "Martin."), ("energy-cities", "president", "Claire Martin")),
    ("it", _card("Assemblea nazionale", "<p>Mantova ospita l'assemblea di Avviso Pubblico.</p><p>L'associazione, "
                 "fondata nel 1996, conta oggi 550 enti locali. Il presidente è Roberto Montà.</p>"),
     ("avviso-pubblico", "president", "Roberto Montà")),
])
def test_the_paragraphs_unnamed_subject_keeps_its_president(lang, body, expected):
    assert expected in triples_of_snippet(body, lang)


# Traps: a commission's chair, another office holder after the network.
@pytest.mark.parametrize("lang, body", [
    ("de", _release("Die Stadt ist seit 2025 Mitglied im Klima-Bündnis.",
                    "Das 1990 gegründete Netzwerk zählt heute über 2.000 Kommunen. Die Arbeitsgruppe Energie leitet "
                    "der Oberbürgermeister von Potsdam, Hans Müller.")),
    ("fr", _release("Lyon accueille l'assemblée d'Energy Cities.",
                    "Fondé en 1990, le réseau rassemble 1 000 collectivités. La commission climat est présidée par "
                    "Claire Martin.")),
    ("it", _release("Mantova ospita l'assemblea di Avviso Pubblico.",
                    "L'associazione conta oggi 550 enti locali. Il presidente della Regione, Mario Rossi, aprirà i "
                    "lavori.")),
    ("en", _release("The city hosts the annual meeting of Energy Cities.",
                    "The network brings together 1,000 local authorities. The president of the host region, John "
                    "Smith, will open the meeting.")),
    ("es", _release("Bilbao acoge la asamblea del CIDEU.",
                    "La red agrupa a 140 ciudades. La comisión de cultura está presidida por Ana López.")),
])
def test_another_bodys_chair_after_the_network_is_no_president(lang, body):
    assert not any(attribute == "president" for _, attribute, _ in triples_of_snippet(body, lang))
