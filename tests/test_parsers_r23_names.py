"""Networks the pages name in ways the readers did not expect: a known network's German spelling, a national branch
glued to its network's name, an association named after its noun in lower case."""

import pytest
from helpers.extracted import claims_of_sentence, network_ids, triples_of_snippet


def _section(heading: str, text: str) -> str:
    return f"<section><h2>{heading}</h2><p>{text}</p></section>"


def _card(title: str, text: str, rows: list[str]) -> str:
    items = "".join(f"<li>{row}</li>" for row in rows)
    return (f"<div class='card'><h3 class='card__title'>{title}</h3><p>{text}</p>"
            f"<ul class='card__infos'>{items}</ul></div>")


# UNICEF's initiative goes by "Kinderfreundliche Gemeinde" in Switzerland and Austria, as by "Kinderfreundliche
# Kommune" in Germany.
@pytest.mark.parametrize("text", [
    "Seit 2017 ist Luzern Teil der UNICEF-Initiative «Kinderfreundliche Gemeinde».",
    "Die Stadt trägt seit 2019 das Label Kinderfreundliche Gemeinde von UNICEF Schweiz.",
    "Als Kinderfreundliche Gemeinden zertifiziert sind im Kanton derzeit vier Städte.",
    "Die Stadt ist seit 2020 eine Kinderfreundliche Kommune.",
])
def test_the_german_names_of_child_friendly_cities(text):
    assert network_ids(text) == ["child-friendly-cities"]


def test_a_municipality_friendly_to_children_in_lower_case_is_no_network():
    assert network_ids("Die Gemeinde ist kinderfreundliche Gemeinde des Jahres, schreibt die Zeitung.") == []


def test_joined_child_friendly_cities_in_a_section():
    body = _section("UNICEF-Initiative Kinderfreundliche Gemeinde",
                    "Seit 2017 ist die Stadt Teil der UNICEF-Initiative «Kinderfreundliche Gemeinde».")
    assert ("child-friendly-cities", "joined", "2017") in triples_of_snippet(body, "de")


# A known network's national branch is a network of its own, kept apart from its parent: its name and its nation's,
# also when a German compound glues the members' noun to the network's name.
@pytest.mark.parametrize("text, expected", [
    ("In der Schweiz haben sich die Mitglieder im Verein Klima-Bündnis-Städte Schweiz zusammengeschlossen.",
     "klima-bundnis-stadte-schweiz"),
    ("Die Klimabündnis-Gemeinden Österreich treffen sich jedes Jahr in Linz.", "klimabundnis-gemeinden-osterreich"),
    ("Klima-Bündnis Österreich zählt über 1000 Gemeinden.", "klima-bundnis-osterreich"),
    ("Energy Cities France anime un club de 40 collectivités.", "energy-cities-france"),
    ("ICLEI Europe has its seat in Freiburg.", "iclei-europe"),
])
def test_a_national_branch_is_apart_from_its_network(text, expected):
    assert network_ids(text) == [expected]


def test_a_members_compound_without_a_nation_is_the_network_itself():
    assert network_ids("Die Klima-Bündnis-Städte tauschen sich zweimal im Jahr aus.") == ["climate-alliance"]


def test_a_national_branchs_count_is_its_own():
    body = _section("Klima-Bündnis",
                    "Das Klima-Bündnis wurde 1990 in Frankfurt am Main gegründet. Heute zählt es über 2000 "
                    "Mitgliedskommunen. In der Schweiz haben sich die Mitglieder im Verein Klima-Bündnis-Städte "
                    "Schweiz zusammengeschlossen, der rund zwanzig Städte umfasst.")
    triples = triples_of_snippet(body, "de")
    assert ("klima-bundnis-stadte-schweiz", "member_cities", "20") in triples
    assert ("climate-alliance", "member_cities", "20") not in triples


# An association named after its noun, in lower case in French, Spanish, Italian and English when the text speaks of
# its members, and in German after a (sponsoring) association's noun in any case; the German genitive's ending is no
# part of its id.
@pytest.mark.parametrize("text, expected", [
    ("Chambéry reçoit les élus des villes membres de l'association Ville des Alpes de l'Année.",
     "ville-des-alpes-de-l-annee"),
    ("La ciudad es miembro de la asociación Ciudades Amigas de la Bicicleta desde 2010.",
     "ciudades-amigas-de-la-bicicleta"),
    ("Il Comune è socio dell'associazione Borghi e Città Murate dal 2004.", "borghi-e-citta-murate"),
    ("The city is a member of the association Walled Towns Friendship Circle.", "walled-towns-friendship-circle"),
    ("Die Stadt ist seit 1997 Mitglied des Trägervereins Energiestadt.", "tragerverein-energiestadt"),
    ("Die Gemeinde gehört dem Trägerverein Alpenstadt an.", "tragerverein-alpenstadt"),
    ("Die Stadt ist Mitglied des Vereins Alpenstadt des Jahres.", "verein-alpenstadt-des-jahres"),
])
def test_an_association_named_after_its_noun(text, expected):
    assert network_ids(text) == [expected]


@pytest.mark.parametrize("text", [
    "La asociación de vecinos del barrio Centro organiza la fiesta; tiene 300 miembros.",
    "L'association Paris Ville Lumière organise un concours de photographie.",
    "L'association Les Amis du Louvre compte 50 000 membres.",
    "Der Trägerverein Stadtfest hat 30 Mitglieder.",
    "Der Verein Stadtbibliothek sammelt Spenden unter seinen Mitgliedern.",
    "Die Stadt ist Mitglied im Verein Städtepartnerschaft Luzern–Potsdam.",
    "La ville est membre de l'association Ville de Lyon Handball depuis 2006.",  # a city's club
    "Il Comune è socio dell'associazione Pro Loco Città Alta dal 2004.",  # a quarter's association
    "La ville est membre d'une association de villes alpines depuis 2006.",  # a description, no name
])
def test_no_network_after_an_associations_noun(text):
    assert network_ids(text) == []


@pytest.mark.parametrize("lang, body, expected", [
    ("fr", _section("Un réseau de villes alpines",
                    "La Ville est membre de l'association Ville des Alpes de l'Année depuis 2006."),
     ("ville-des-alpes-de-l-annee", "joined", "2006")),
    ("de", _section("Trägerverein Energiestadt",
                    "Die Stadt ist seit 1997 Mitglied des Trägervereins Energiestadt und zählt zu den ersten "
                    "Gemeinden mit dem Label."),
     ("tragerverein-energiestadt", "joined", "1997")),
    ("es", _card("Redes nacionales", "Desde 2010, la ciudad es miembro de la asociación Ciudades Amigas de la "
                                     "Bicicleta.", ["Movilidad"]),
     ("ciudades-amigas-de-la-bicicleta", "joined", "2010")),
    ("it", _section("Associazioni", "Il Comune è socio dell'associazione Borghi e Città Murate dal 2004."),
     ("borghi-e-citta-murate", "joined", "2004")),
])
def test_joined_an_association_named_after_its_noun(lang, body, expected):
    assert expected in triples_of_snippet(body, lang)


# A label's or a title's "since" in the member's sentence dates the label, not the membership.
@pytest.mark.parametrize("sentence, expected", [
    ("Die Stadt ist seit 1997 Mitglied des Trägervereins Energiestadt und trägt seit 2012 das Label «Energiestadt "
     "Gold».", [("joined", "1997")]),
    ("La ville est membre du réseau et porte depuis 2015 le label Cit'ergie.", []),
    ("The city is a member of the network and has held since 2019 the title of Green Capital.", []),
    ("La ciudad es miembro de la red y ostenta desde 2018 el sello de Ciudad Amiga.", []),
    ("Il Comune è socio della rete e detiene dal 2016 il marchio Bandiera Arancione.", []),
    ("La ville est membre du réseau depuis 2015 et accueille son assemblée.", [("joined", "2015")]),
])
def test_a_labels_date_is_not_the_joining(sentence, expected):
    assert [claim for claim in claims_of_sentence(sentence) if claim[0] == "joined"] == expected


# An association named after the title it awards to its members: the title in quotes, then "the association of the
# same name".
@pytest.mark.parametrize("text, expected", [
    ("Chambéry a reçu le titre de « Ville des Alpes de l'Année » en 2006 et appartient depuis à l'association du même "
     "nom.", "ville-des-alpes-de-l-annee"),
    ("Sonthofen holds the title “Alpine Town of the Year” and has belonged to the association of the same name since "
     "2005.", "alpine-town-of-the-year"),
    ("Die Stadt trägt den Titel „Alpenstadt des Jahres“ und ist seit 2009 Mitglied im gleichnamigen Verein.",
     "alpenstadt-des-jahres"),
    ("La ciudad recibió el título de «Ciudad Amiga del Peatón» y forma parte de la asociación del mismo nombre.",
     "ciudad-amiga-del-peaton"),
    ("Il Comune ha ottenuto il titolo di «Città Alpina dell'Anno» ed è socio dell'omonima associazione dal 2010.",
     "citta-alpina-dell-anno"),
])
def test_an_association_named_after_its_title(text, expected):
    assert network_ids(text) == [expected]


@pytest.mark.parametrize("text", [
    "Chambéry a reçu le titre de « Ville des Alpes de l'Année » en 2006.",  # a prize, no association
    "La ville a reçu le titre « Ville la plus sportive » ; l'émission du même nom revient en mars.",
    "The city won the title “Best Market of the Year” and joined the association of the same name.",  # no town's title
])
def test_a_title_without_its_association_is_no_network(text):
    assert network_ids(text) == []


def test_an_association_named_after_its_title_over_its_facts():
    body = _section("Alpenstadt des Jahres",
                    "Die Stadt trägt den Titel „Alpenstadt des Jahres“ und ist seit 2009 Mitglied im gleichnamigen "
                    "Verein. Der Verein wurde 1997 in Villach gegründet.")
    triples = triples_of_snippet(body, "de")
    assert {("alpenstadt-des-jahres", "joined", "2009"), ("alpenstadt-des-jahres", "founded", "1997")} <= triples


# A membership "since then" after a dated clause: joined in that clause's year.
@pytest.mark.parametrize("sentence, year", [
    ("Chambéry a reçu le titre de « Ville des Alpes de l'Année » en 2006 et appartient depuis à l'association du même "
     "nom.", "2006"),
    ("The city hosted the network's congress in 2009 and has been a member since then.", "2009"),
    ("Die Stadt richtete 2011 die Jahrestagung aus und ist seither Mitglied.", "2011"),
    ("La ciudad organizó el congreso en 2013 y desde entonces es miembro de la red.", "2013"),
    ("Il Comune ha ospitato l'assemblea nel 2015 e da allora ne fa parte.", "2015"),
])
def test_a_membership_since_then(sentence, year):
    assert [claim for claim in claims_of_sentence(sentence) if claim[0] == "joined"] == [("joined", year)]


@pytest.mark.parametrize("sentence", [
    "La ville appartient depuis à l'association.",  # no dated clause
    "Fondée en 1997, l'association compte 17 villes ; Chambéry appartient depuis à son bureau.",  # a seat on a board
])
def test_no_joining_since_then(sentence):
    assert [claim for claim in claims_of_sentence(sentence) if claim[0] == "joined"] == []


def test_joined_an_association_named_after_its_title_since_then():
    body = _section("Ville des Alpes de l'Année",
                    "Chambéry a reçu le titre de « Ville des Alpes de l'Année » en 2006 et appartient depuis à "
                    "l'association du même nom. Créée en 1997 à Villach, celle-ci réunit une vingtaine de villes.")
    assert ("ville-des-alpes-de-l-annee", "joined", "2006") in triples_of_snippet(body, "fr")
