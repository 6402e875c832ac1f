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


# A release's subheading names no network: "the network", "l'association" under it is still the one its text named.
@pytest.mark.parametrize("lang, body, expected", [
    ("fr", _release("Lyon accueille cette semaine l'assemblée d'Energy Cities.",
                    "Fondé en 1990, le réseau rassemble 1 000 collectivités.", "Un réseau européen"),
     {("energy-cities", "founded", "1990"), ("energy-cities", "represented_governments", "1000")}),
    ("en", _release("The city hosts the annual meeting of Energy Cities this week.",
                    "Founded in 1990, the network brings together 1,000 local authorities. It is chaired by Claire "
                    "Martin, deputy mayor of Heidelberg.", "About the network"),
     {("energy-cities", "founded", "1990"), ("energy-cities", "president", "Claire Martin")}),
    ("es", _release("Bilbao acoge esta semana la asamblea del CIDEU.",
                    "Creada en 1993, la red agrupa a 140 ciudades. Está presidida por el alcalde de Quito, Juan "
                    "Pérez.", "Una red iberoamericana"),
     {("cideu", "founded", "1993"), ("cideu", "member_cities", "140"), ("cideu", "president", "Juan Pérez")}),
    ("it", _release("Mantova ospita l'assemblea annuale di Avviso Pubblico.",
                    "L'associazione, fondata nel 1996, conta oggi 550 enti locali.", "L'associazione"),
     {("avviso-pubblico", "founded", "1996"), ("avviso-pubblico", "represented_governments", "550")}),
    ("de", "<p>Die Stadt ist seit 2025 Mitglied im Klima-Bündnis.</p><details><summary>Hintergrund</summary><p>Das "
           "1990 gegründete Netzwerk zählt heute über 2.000 Kommunen.</p></details>",
     {("climate-alliance", "founded", "1990"), ("climate-alliance", "member_cities", "2000")}),
])
def test_a_subheading_naming_no_network_keeps_the_releases_network(lang, body, expected):
    assert expected <= triples_of_snippet(body, lang)


# Traps: a second network named before the subheading, a page whose headings name its networks, a commission's chair,
# another office holder, another city's joining, an event's venue.
@pytest.mark.parametrize("lang, body", [
    ("fr", _release("Lyon accueille l'assemblée d'Energy Cities et d'Eurocities.",
                    "Fondé en 1990, le réseau rassemble 1 000 collectivités.", "Un réseau européen")),
    ("fr", "<h2>Energy Cities</h2><p>Lyon est membre d'Energy Cities.</p><h2>Autres réseaux</h2><p>Fondée en 1990, "
           "l'association rassemble 1 000 collectivités.</p>"),
    ("en", "<h2>Energy Cities</h2><p>The city is a member of Energy Cities.</p><h2>Other memberships</h2><p>Founded "
           "in 1990, the network brings together 1,000 local authorities.</p>"),
])
def test_a_subheading_after_several_networks_or_under_their_headings_starts_afresh(lang, body):
    assert not any(attribute in ("founded", "represented_governments")
                   for _, attribute, _ in triples_of_snippet(body, lang))


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


def test_another_citys_joining_and_an_events_venue_under_the_subheading_are_not_the_networks():
    triples = triples_of_snippet(_release("Lyon accueille l'assemblée d'Energy Cities.",
                                          "Lille a rejoint l'association en 2001. L'assemblée se tiendra à "
                                          "Bordeaux.", "Le programme"), "fr", url=_LYON)
    assert not any(attribute in ("joined", "headquarters") for _, attribute, _ in triples)


# A one-word name read after a network's noun may be the first word of a longer one ("le réseau Sites remarquables et
# protégés"): what a subheading's section says of "l'association" is not given to that word.
def test_a_one_word_unknown_name_is_not_carried_over_a_subheading():
    body = _release("Colmar reçoit les Rencontres du réseau Sites remarquables et protégés.",
                    "L'association, dont le siège est à Bordeaux, compte 270 collectivités.",
                    "Un réseau au service des villes")
    triples = triples_of_snippet(body, "fr")
    assert not any(attribute in ("headquarters", "represented_governments") for _, attribute, _ in triples)


# Italian's clitic "ne" stands for the network the paragraph goes on about: "Ne è presidente ...", as French "en est".
@pytest.mark.parametrize("body, expected", [
    (_release("Mantova ospita l'assemblea dei soci di Avviso Pubblico.",
              "L'associazione, fondata nel 1996, conta oggi 550 enti locali. Ne è presidente il sindaco di Vicenza, "
              "Giacomo Possamai, eletto lo scorso anno."), ("avviso-pubblico", "president", "Giacomo Possamai")),
    (_card("Avviso Pubblico", "<p>Avviso Pubblico riunisce 550 enti locali. Dal 2024 ne è presidente Chiara "
                              "Benedetti.</p>"), ("avviso-pubblico", "president", "Chiara Benedetti")),
])
def test_the_italian_clitic_names_the_networks_president(body, expected):
    assert expected in triples_of_snippet(body, "it")


# Traps: a vice-president, a former president, an honorary one, a commission of the city the paragraph turns to.
@pytest.mark.parametrize("later", [
    "L'associazione conta oggi 550 enti locali. Ne è vicepresidente Chiara Benedetti.",
    "L'associazione conta oggi 550 enti locali. Ne è stato presidente Mario Rossi fino al 2020.",
    "L'associazione conta oggi 550 enti locali. Ne è presidente onorario Mario Rossi.",
    "La commissione cultura del Comune si riunisce ogni mese. Ne è presidente Mario Rossi.",
])
def test_the_italian_clitic_of_another_office_or_body_is_no_president(later):
    body = _release("Mantova aderisce ad Avviso Pubblico dal 2014.", later)
    assert not any(attribute == "president" for _, attribute, _ in triples_of_snippet(body, "it"))


# The chair of the network's board chairs the network: "Vorsitzender des Vorstands ist ...", "The chair of the board
# is ..."; not a deputy.
@pytest.mark.parametrize("lang, later, expected", [
    ("de", "Das Bündnis wurde 2012 gegründet. Vorsitzender des Vorstands ist der Oberbürgermeister von Hannover, Belit "
           "Onay; die Stadt wurde in den erweiterten Vorstand gewählt.", "Belit Onay"),
    ("en", "Founded in 1990, the network brings together 1,000 local authorities. The chair of the board is Mayor Jane "
           "Smith of Halifax.", "Jane Smith"),
    ("fr", "Fondé en 1990, le réseau rassemble 1 000 collectivités. Le président du conseil d'administration est Jean "
           "Dupont, maire de Nantes.", "Jean Dupont"),
    ("es", "Creada en 1993, la red agrupa a 140 ciudades. El presidente de la junta directiva es Juan Pérez.",
     "Juan Pérez"),
    ("it", "L'associazione, fondata nel 1996, conta 550 enti locali. Presidente del consiglio direttivo è Mario Rossi.",
     "Mario Rossi"),
])
def test_the_boards_chair_is_the_networks_president(lang, later, expected):
    openings = {"de": "Die Stadt ist seit 2025 Mitglied im Klima-Bündnis.",
                "en": "The city hosts the annual meeting of Energy Cities.",
                "fr": "Lyon accueille l'assemblée d'Energy Cities.", "es": "Bilbao acoge la asamblea del CIDEU.",
                "it": "Mantova ospita l'assemblea di Avviso Pubblico."}
    triples = triples_of_snippet(_release(openings[lang], later), lang)
    assert any(attribute == "president" and value == expected for _, attribute, value in triples)


@pytest.mark.parametrize("later", [
    "Das Bündnis wurde 2012 gegründet. Der stellvertretende Vorsitzende des Vorstands ist Hans Meier.",
    "Das Bündnis wurde 2012 gegründet. Stellvertretende Vorsitzende ist Anna Meier.",
    "Das Bündnis wurde 2012 gegründet. Vizepräsident des Vorstands ist Hans Meier.",
])
def test_the_boards_deputy_chair_is_no_president(later):
    body = _release("Die Stadt ist seit 2025 Mitglied im Klima-Bündnis.", later)
    assert not any(attribute == "president" for _, attribute, _ in triples_of_snippet(body, "de"))


# Under a subheading naming no network, a pronoun may stand for the heading's own subject: a joining that points back
# by "en", "ne", "it" is not carried to the release's network (a noun, "l'association", is).
@pytest.mark.parametrize("lang, body", [
    ("fr", _release("Eurocities rassemble 200 villes.", "La Ville en est membre depuis 2008.", "Santé")),
    ("it", _release("Eurocities riunisce 200 città.", "Il Comune ne fa parte dal 2008.", "Salute")),
    ("en", _release("Eurocities brings together 200 cities.", "The city joined it in 2008.", "Health")),
])
def test_a_pronouns_joining_under_a_subheading_is_not_carried(lang, body):
    assert not any(attribute == "joined" for _, attribute, _ in triples_of_snippet(body, lang))
