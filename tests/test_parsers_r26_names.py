"""Networks named as real pages write them beyond the vocabulary: a renamed network under its current name, a German
registered association of members, a European grouping of territorial cooperation; and the names that are none."""

import pytest
from helpers.extracted import card, network_ids, triples_of_snippet


# A former name after the current one ("formerly", "known until 2021 as", "anciennement", "ehemals", "antes", "già") is
# the network of the current name, whether the vocabulary knows it or the text gives it as an organisation's name.
@pytest.mark.parametrize("text, network_id", [
    ("Alberta Municipalities, known until 2021 as the Alberta Urban Municipalities Association (AUMA), was founded in "
     "1905.", "alberta-municipalities"),
    ("Energy Cities (formerly Energie-Cités) was founded in 1990.", "energy-cities"),
    ("Prairie Towns Alliance, previously known as the Association of Prairie Towns, is based in Regina.",
     "prairie-towns-alliance"),
    ("L'Union des villes du Léman, anciennement l'Association des communes lémaniques, siège à Nyon.",
     "union-des-villes-du-leman"),
    ("Der Städteverbund Musterland, ehemals Städtebund Die Hanse, sitzt in Lübeck.", "stadteverbund-musterland"),
    ("La Red Española de Ciudades Saludables, antes la Red de Ciudades Sanas, tiene su sede en Madrid.",
     "red-espanola-de-ciudades-saludables"),
    ("La Rete dei Comuni Sostenibili, già Associazione Comuni Virtuosi, ha sede a Roma.",
     "rete-dei-comuni-sostenibili"),
])
def test_a_former_name_is_the_current_names_network(text, network_id):
    assert set(network_ids(text)) == {network_id}


# A town renamed, a person's former role, and a former membership keep their own reading.
@pytest.mark.parametrize("text, expected", [
    ("Lethbridge, formerly Coalbanks, joined FCM in 1976.", ["federation-of-canadian-municipalities"]),
    ("Jane Smith, formerly president of UCLG, spoke at the congress.", ["uclg"]),
    ("Mario Rossi, già presidente di ANCI, ha parlato.", ["associazione-nazionale-comuni-italiani"]),
    ("Marie Dupont, anciennement à l'AIMF, dirige le service.", ["aimf"]),
])
def test_no_renaming_without_a_networks_current_name(text, expected):
    assert network_ids(text) == expected


def test_a_renamed_networks_facts_go_to_its_current_name():
    text = ("Alberta Municipalities, known until 2021 as the Alberta Urban Municipalities Association (AUMA), was "
            "founded in 1905, the year Alberta became a province.")
    assert triples_of_snippet(card("Alberta Municipalities", text), "en") == {
        ("alberta-municipalities", "founded", "1905")}


def test_a_renamed_networks_facts_in_french_prose():
    text = ("<p>Cités Unies Exemple, anciennement l'Association internationale des maires francophones, a été "
            "fondée en 1957 et a son siège à Lyon.</p>")
    assert triples_of_snippet(text, "fr") == {("cites-unies-exemple", "founded", "1957"),
                                              ("cites-unies-exemple", "headquarters", "Lyon")}


# A German registered association ("e. V.") named by the members it gathers in the plural or by the region it joins is
# a network, its id without the legal form.
@pytest.mark.parametrize("text, network_id", [
    ("UNESCO-Welterbestätten Deutschland e.\u00a0V.", "unesco-welterbestatten-deutschland"),
    ("UNESCO-Welterbestätten Deutschland e. V.", "unesco-welterbestatten-deutschland"),
    ("Bamberg ist Gründungsmitglied der Arbeitsgemeinschaft Historische Städte e.V.",
     "arbeitsgemeinschaft-historische-stadte"),
    ("Europäische Metropolregion München e.V.", "europaische-metropolregion-munchen"),
    ("Die Stadt ist Mitglied Städtenetz Oberrhein e.V.", "stadtenetz-oberrhein"),
    ("Seit 2004 gehört die Stadt dem Verbund Kleine Historische Städte e.V. an.", "verbund-kleine-historische-stadte"),
])
def test_a_registered_association_of_members(text, network_id):
    assert network_id in network_ids(text)


# A club, a society of friends, a town's marketing or a partnership's association is no network, "e. V." or not.
@pytest.mark.parametrize("text", [
    "Der Sportverein Bamberger Städte e.V. feiert sein Jubiläum.",
    "Freundeskreis der Partnerstädte e.V.",
    "Stadtmarketing Bamberg e.V. organisiert den Weihnachtsmarkt.",
    "Die Bürgervereinigung Altstadt e.V. lädt ein.",
    "Der Förderverein Partnerschaft der Städte e.V. wurde 1990 gegründet.",
])
def test_a_clubs_registered_association_is_no_network(text):
    assert network_ids(text) == []


@pytest.mark.parametrize("markup", [
    card("UNESCO-Welterbestätten Deutschland e.\u00a0V.", "Der Verein wurde 2001 gegründet; Bamberg ist "
                                                          "Gründungsmitglied."),
    "<h3>UNESCO-Welterbestätten Deutschland e. V.</h3><p>Gegründet 2001. Bamberg ist Gründungsmitglied.</p>",
])
def test_a_registered_associations_facts(markup):
    assert triples_of_snippet(markup, "de") == {("unesco-welterbestatten-deutschland", "founded", "2001"),
                                                ("unesco-welterbestatten-deutschland", "joined", "2001")}


# A European grouping of territorial cooperation by its acronym in any language and the name it is known by.
@pytest.mark.parametrize("text, network_id", [
    ("GECT GO", "gect-go"),
    ("Ostrava joined the EGTC Tritia in 2013.", "egtc-tritia"),
    ("La ville est membre du GECT Pays Basque Navarre depuis 2012.", "gect-pays-basque-navarre"),
    ("La ciudad forma parte de la AECT Pirineos-Pyrenées.", "aect-pirineos-pyrenees"),
    ("Die Stadt ist Mitglied im EVTZ Rhein-Alpen.", "evtz-rhein-alpen"),
])
def test_a_territorial_grouping_by_its_acronym_and_name(text, network_id):
    assert network_id in network_ids(text)


# The acronym alone, the grouping's law, programme or platform name none.
@pytest.mark.parametrize("text", [
    "Il GECT gestisce progetti transfrontalieri finanziati dall'Unione europea.",
    "The EGTC Regulation was revised in 2013.",
    "Le GECT Programme 2021-2027 finance des projets.",
    "Die EVTZ Plattform tagt in Brüssel.",
    "Il GECT Progetto Isonzo è stato presentato.",
])
def test_a_territorial_groupings_law_or_programme_is_no_network(text):
    assert network_ids(text) == []


def test_a_territorial_groupings_card():
    text = ("Gruppo europeo di cooperazione territoriale. Costituito nel 2011. Sede: Gorizia. Il GECT gestisce "
            "progetti transfrontalieri. Il Comune ne è socio fondatore.")
    assert triples_of_snippet(card("GECT GO", text), "it") == {
        ("gect-go", "founded", "2011"), ("gect-go", "headquarters", "Gorizia"), ("gect-go", "joined", "2011")}
