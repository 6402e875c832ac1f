"""A named body is a network when the text says local governments are its members or founded it, or states a
network's facts beside them, and its name is an organisation's noun with its qualifiers, in lower case too."""

import pytest
from helpers.extracted import network_ids, triples_of_snippet


@pytest.mark.parametrize("text, expected", [
    ("Fondée en 2004 à Bastia, la Fédération européenne des Cités médiévales réunit soixante villes.",
     "federation-europeenne-des-cites-medievales"),
    ("Bastia accueille l'assemblée générale de la Fédération européenne des Cités médiévales",
     "federation-europeenne-des-cites-medievales"),
    ("La commune adhère à l'Association nationale des Sites clunisiens, fondée en 1994, dont le siège est à Cluny et "
     "qui réunit 120 communes.", "association-nationale-des-sites-clunisiens"),
    ("La ville est membre du Club des Villes et Territoires Cyclables, fondé en 1989, qui rassemble 200 "
     "collectivités.", "club-des-villes-et-territoires-cyclables"),
    ("Lucca è tra i comuni fondatori dell'Associazione Europea delle Vie Romee (AEVR), costituita a Siena.",
     "associazione-europea-delle-vie-romee"),
    ("L'Associazione Europea delle Vie Romee ha sede a Siena e riunisce oggi oltre 90 enti locali tra comuni e "
     "province.", "associazione-europea-delle-vie-romee"),
    ("Si è conclusa a Lucca l'assemblea generale dell'Associazione Europea delle Vie Romee, che ha riunito 80 "
     "rappresentanti di comuni e regioni.", "associazione-europea-delle-vie-romee"),
    ("Il Comune aderisce alla Federazione Italiana dei Borghi Medievali, fondata nel 1998 con sede a Gubbio, che "
     "riunisce 90 comuni.", "federazione-italiana-dei-borghi-medievali"),
    ("Matera è socio della Lega dei Borghi Rupestri, costituita nel 2010, che conta 30 comuni soci.",
     "lega-dei-borghi-rupestri"),
    ("The city is a founding member of the Conference of Heritage Towns of Wales, whose seat is in Conwy and which "
     "gathers 24 towns.", "conference-of-heritage-towns-of-wales"),
    ("The council is a member of the Union of Local Authorities of Malta, founded in 1994, which represents 68 local "
     "councils.", "union-of-local-authorities-of-malta"),
    ("Tudela es miembro fundador de la Conferencia Intermunicipal de Pueblos del Pirineo, con sede en Jaca, que "
     "reúne a 40 municipios.", "conferencia-intermunicipal-de-pueblos-del-pirineo"),
    ("Cuenca forma parte de la Federación Española de Villas Termales, fundada en 2001, que agrupa a 25 municipios.",
     "federacion-espanola-de-villas-termales"),
])
def test_an_organisations_name_with_its_qualifiers_and_network_facts(text, expected):
    assert network_ids(text) == [expected]


# Not a sports federation, a body of people or firms, a union of states, a council, a university, a prize.
@pytest.mark.parametrize("text", [
    "Le club de la ville est membre de la Fédération Française de Football, fondée en 1919, qui réunit des clubs de "
    "toutes les villes.",
    "Le maire a reçu le président de la Fédération Française de Rugby, dont le siège est à Marcoussis, devant les "
    "clubs des villes voisines.",
    "Il presidente della Federazione Italiana Giuoco Calcio ha inaugurato lo stadio davanti ai sindaci dei comuni "
    "soci.",
    "La Ville soutient l'Association des Amis du Musée des Beaux-Arts, fondée en 1950, qui compte 300 membres de "
    "toutes les communes.",
    "La Ville a signé un accord avec la Fédération des Entreprises de Bretagne, fondée en 1960, qui regroupe 500 "
    "membres dans les communes bretonnes.",
    "La ciudad colabora con la Asociación de Vecinos del Casco Viejo, fundada en 1975, que reúne a 300 socios de los "
    "municipios.",
    "La ville est membre de l'Union européenne depuis sa fondation, avec les autres villes du pays.",
    "The city has been part of the European Union since its founding, like the other towns of the region.",
    "Il ministro ha presentato il programma con il presidente dell'Associazione Nazionale Alpini, fondata nel 1919, "
    "davanti ai sindaci dei comuni.",
    "Le Conseil Régional de Bretagne, dont le siège est à Rennes, réunit les élus des communes.",
    "La ville a reçu le Prix Européen des Villes Durables, créé en 2010, qui récompense chaque année des villes "
    "membres.",
    "L'Université de Bordeaux, fondée en 1441, accueille des étudiants de toutes les villes de la région.",
])
def test_an_organisation_of_people_firms_or_states_is_no_network(text):
    assert network_ids(text) == []


def test_a_name_alone_without_members_or_facts_is_no_network():
    assert network_ids("La Federazione Italiana dei Borghi Medievali ha pubblicato una guida.") == []


def test_facts_of_a_network_named_with_lower_case_qualifiers():
    body = ("<section><h2>Réseaux</h2><p>Bastia est membre fondateur de la Fédération européenne des Cités "
            "médiévales, fondée en 2004 à Bastia, qui réunit une soixantaine de villes.</p></section>")
    triples = triples_of_snippet(body, "fr")
    assert ("federation-europeenne-des-cites-medievales", "founded", "2004") in triples
    assert ("federation-europeenne-des-cites-medievales", "founded_place", "Bastia") in triples


def test_facts_of_a_network_in_an_italian_card():
    body = ("<div class='card'><h3>Vie Romee</h3><p>L'Associazione Europea delle Vie Romee ha sede a Siena e riunisce "
            "oltre 90 enti locali tra comuni e province.</p></div>")
    assert ("associazione-europea-delle-vie-romee", "headquarters", "Siena") in triples_of_snippet(body, "it")
