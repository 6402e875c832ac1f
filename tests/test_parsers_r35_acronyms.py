"""Networks named by a long name and its acronym that were not recognised: an acronym spelling only the opening words
of a long official name ("Association nationale des Villes et Pays d'art et d'histoire et des villes à secteurs
sauvegardés et protégés (ANVPAH)"), and a German acronym taking letters from a compound's parts and a region's letters
after a dash ("Arbeitsgemeinschaft Fahrrad- und Fußgängerfreundlicher Kommunen in Baden-Württemberg (AGFK-BW)"); a
region's league named by its declined adjective ("dem Westfälischen Hansebund"). And a nation's section of a network
read for the network: "la section allemande du CCRE, basée à Cologne" is no seat of CEMR's."""

import pytest
from helpers.extracted import network_ids, triples_of_snippet

from scraper.parsers.networks import slugify

# A long official name whose acronym spells its opening words, the complement after them left out.
OPENING_NAMES = [
    ("Nevers est adhérente de l'Association nationale des Villes et Pays d'art et d'histoire et des villes à secteurs "
     "sauvegardés et protégés (ANVPAH) depuis 2018.",
     "Association nationale des Villes et Pays d'art et d'histoire et des villes à secteurs sauvegardés et protégés"),
    ("Morelia forma parte de la Asociación Nacional de Ciudades Mexicanas del Patrimonio Mundial y de los Centros "
     "Históricos (ANCMPM).",
     "Asociación Nacional de Ciudades Mexicanas del Patrimonio Mundial y de los Centros Históricos"),
    ("Il Comune aderisce all'Associazione Nazionale Comuni Virtuosi per la sostenibilità e il buon governo (ANCV).",
     "Associazione Nazionale Comuni Virtuosi per la sostenibilità e il buon governo"),
    ("The town is a member of the National Association of Towns and Villages for Historic Preservation and Heritage "
     "(NATV).", "National Association of Towns and Villages for Historic Preservation and Heritage"),
]


@pytest.mark.parametrize("sentence, name", OPENING_NAMES)
def test_an_acronym_of_the_opening_words_names_the_whole_name(sentence, name):
    assert slugify(name) in network_ids(sentence)


# The acronym alone, later on the page, is the network its long name introduced.
@pytest.mark.parametrize("heading, text, lang, fact", [
    ("Association nationale des Villes et Pays d'art et d'histoire et des villes à secteurs sauvegardés et protégés "
     "(ANVPAH)", "Nevers est adhérente de l'ANVPAH depuis 2018.", "fr",
     ("association-nationale-des-villes-et-pays-d-art-et-d-histoire-et-des-villes-a-secteurs-sauvegardes-et-proteges",
      "joined", "2018")),
    ("Asociación Nacional de Ciudades Mexicanas del Patrimonio Mundial y de los Centros Históricos (ANCMPM)",
     "La ANCMPM fue fundada en 1996.", "es",
     ("asociacion-nacional-de-ciudades-mexicanas-del-patrimonio-mundial-y-de-los-centros-historicos", "founded",
      "1996")),
    ("Associazione Nazionale Comuni Virtuosi per la sostenibilità e il buon governo (ANCV)",
     "L'ANCV ha sede a Monsano.", "it",
     ("associazione-nazionale-comuni-virtuosi-per-la-sostenibilita-e-il-buon-governo", "headquarters", "Monsano")),
])
def test_the_acronym_later_is_the_long_names_network(heading, text, lang, fact):
    assert fact in triples_of_snippet(f"<h2>{heading}</h2><p>{text}</p>", lang)


# Traps: a short acronym spelling a name's start by chance, a body of government or an institute whose acronym spells
# its opening words.
@pytest.mark.parametrize("sentence, name", [
    ("La Ville travaille avec l'Agence nationale de la cohésion des territoires et des villes moyennes (ANCT).",
     "Agence nationale de la cohésion des territoires et des villes moyennes"),
    ("El municipio colabora con el Instituto Nacional de Ciudades y Territorios Sostenibles del Sur (INCT).",
     "Instituto Nacional de Ciudades y Territorios Sostenibles del Sur"),
    ("The city joined the Association of Mayors for Energy and Climate in Europe (AME).",
     "Association of Mayors for Energy and Climate in Europe"),
    ("Il Comune collabora con l'Istituto Nazionale per le Città e i Territori del Mediterraneo (INCT).",
     "Istituto Nazionale per le Città e i Territori del Mediterraneo"),
])
def test_no_network_from_an_acronym_that_spells_the_start_by_chance(sentence, name):
    assert slugify(name) not in network_ids(sentence)


# German acronyms take two letters from a compound ("Arbeitsgemeinschaft": AG), none from the first half of a pair
# joined to the next word ("Fahrrad- und Fußgängerfreundlicher": F) and a region's letters after a dash; English and
# Spanish names write the region's initials after a dash too.
@pytest.mark.parametrize("sentence, name", [
    ("Arbeitsgemeinschaft Fahrrad- und Fußgängerfreundlicher Kommunen in Baden-Württemberg (AGFK-BW) – die Stadt ist "
     "seit 2012 dabei.", "Arbeitsgemeinschaft Fahrrad- und Fußgängerfreundlicher Kommunen in Baden-Württemberg"),
    ("Die Stadt ist Mitglied der Arbeitsgemeinschaft Fahrradfreundliche Kommunen in Bayern (AGFK-BY).",
     "Arbeitsgemeinschaft Fahrradfreundliche Kommunen in Bayern"),
    ("Die Stadt gehört der Arbeitsgemeinschaft Historische Städte (AGHS) an.",
     "Arbeitsgemeinschaft Historische Städte"),
    ("Council is a member of the Local Government Association of South Australia (LGA-SA).",
     "Local Government Association of South Australia"),
    ("El municipio forma parte de la Federación de Municipios de Cataluña (FM-CAT).",
     "Federación de Municipios de Cataluña"),
])
def test_an_acronym_of_compounds_and_a_region_names_the_network(sentence, name):
    assert slugify(name) in network_ids(sentence)


def test_the_compounds_acronym_keeps_its_facts():
    text = ("Arbeitsgemeinschaft Fahrrad- und Fußgängerfreundlicher Kommunen in Baden-Württemberg (AGFK-BW) – "
            "Reutlingen ist seit 2012 dabei; dem Verein gehören mehr als 90 Kommunen und Landkreise an.")
    network = "arbeitsgemeinschaft-fahrrad-und-fussgangerfreundlicher-kommunen-in-baden-wurttemberg"
    assert {(network, "joined", "2012"), (network, "member_cities", "90")} <= triples_of_snippet(
        f"<ul><li>{text}</li></ul>", "de", title="Mitgliedschaften", heading="Mitgliedschaften")


# Traps: a region's body with no members named, and a name a compound's letters do not spell.
@pytest.mark.parametrize("sentence, name", [
    ("Der Verband Region Stuttgart (VRS) tagt im Rathaus.", "Verband Region Stuttgart"),
    ("Die Arbeitsgemeinschaft der Städte (XYZ-BW) tagt in Ulm.", "Arbeitsgemeinschaft der Städte"),
    ("Die Arbeitsgemeinschaft Fahrradfreundliche Kommunen (AGFB) tagt in Ulm.",
     "Arbeitsgemeinschaft Fahrradfreundliche Kommunen"),
])
def test_no_network_from_letters_the_name_does_not_spell(sentence, name):
    assert slugify(name) not in network_ids(sentence)


# A region's league of Hanseatic towns is one network in every case its adjective is declined in.
@pytest.mark.parametrize("sentence", [
    "Der Westfälische Hansebund wurde 1983 gegründet.",
    "Zugleich gehört Paderborn dem Westfälischen Hansebund an, in dem sich 48 Hansestädte zusammengeschlossen haben.",
    "Die Mitglieder des Westfälischen Hansebundes treffen sich jährlich.",
    "Westfälischer Hansebund: 48 Städte",
])
def test_a_regions_hanseatic_league_is_one_network_in_every_case(sentence):
    assert "westfalischer-hansebund" in network_ids(sentence)


def test_the_declined_league_keeps_its_count():
    text = ("Zugleich gehört Paderborn dem Westfälischen Hansebund an, in dem sich 48 Hansestädte zusammengeschlossen "
            "haben.")
    assert ("westfalischer-hansebund", "member_cities", "48") in triples_of_snippet(f"<p>{text}</p>", "de")


# Traps: the league's noun with no region's adjective, the towns themselves, and the medieval Hanse.
@pytest.mark.parametrize("sentence", [
    "Der Hansebund wurde 1983 gegründet.",
    "Die westfälischen Hansestädte feiern 2027 in Warburg.",
    "Die mittelalterliche Hanse war ein Bund von Kaufleuten.",
])
def test_no_regions_league_without_its_adjective(sentence):
    assert not any(network.endswith("hansebund") for network in network_ids(sentence))


# A nation's section of an international network, named by its noun and the nation's adjective before a seat or a
# count: the section's, not the network's.
@pytest.mark.parametrize("text, lang", [
    ("Le CCRE rassemble 60 associations. La section allemande du CCRE, basée à Cologne, compte 800 communes.", "fr"),
    ("Le CCRE est né en 1951. Sa section française, basée à Orléans, compte 1 000 collectivités.", "fr"),
    ("CEMR was founded in 1951. The German section of CEMR, based in Cologne, has 800 member towns.", "en"),
    ("Der RGRE wurde 1951 gegründet. Die deutsche Sektion des RGRE mit Sitz in Köln zählt 800 Kommunen.", "de"),
    ("El CMRE nació en 1951. La sección española del CMRE, con sede en Madrid, agrupa 800 municipios.", "es"),
    ("Il CCRE è nato nel 1951. La sezione italiana del CCRE, con sede a Roma, conta 800 comuni.", "it"),
])
def test_a_national_sections_seat_and_count_are_not_the_networks(text, lang):
    assert not {attribute for network, attribute, _ in triples_of_snippet(f"<h2>CCRE</h2><p>{text}</p>", lang)
                if network == "cemr"} & {"headquarters", "member_cities", "represented_governments"}


# Traps: the section named as a network of its own keeps its facts, and the network's own seat stays its own; after a
# verb the section is what the subject is, and a clause after the network's name the network's.
@pytest.mark.parametrize("text, lang, fact", [
    ("Elle est la section française du CCRE, qui fédère une soixantaine d'associations nationales de collectivités.",
     "fr", ("cemr", "member_associations", "60")),
    ("Le CCRE est né en 1951. Sa section française est l'AFCCRE, basée à Orléans.", "fr",
     ("afccre", "headquarters", "Orléans")),
    ("Sezione italiana del CCRE, che riunisce 60 associazioni nazionali, l'AICCRE ha sede a Roma.", "it",
     ("cemr", "member_associations", "60")),
    ("L'AFCCRE, section française du CCRE, basée à Orléans, regroupe 1 000 collectivités.", "fr",
     ("afccre", "headquarters", "Orléans")),
    ("L'AICCRE, sezione italiana del CCRE, ha sede a Roma e conta 800 comuni.", "it",
     ("aiccre", "headquarters", "Roma")),
    ("Le CCRE, basé à Bruxelles, compte 60 associations nationales.", "fr", ("cemr", "headquarters", "Bruxelles")),
    ("CEMR, based in Brussels, has national sections in 40 countries.", "en", ("cemr", "headquarters", "Brussels")),
])
def test_a_named_section_and_the_network_keep_their_seats(text, lang, fact):
    assert fact in triples_of_snippet(f"<h2>CCRE</h2><p>{text}</p>", lang)
