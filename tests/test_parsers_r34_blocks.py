"""Facts a block states beside its network that were not read: a region's network named after the level it works at
("Auf Landesebene bündelt der Städtetag Rheinland-Pfalz mit Sitz in Mainz ..."); a seat said by "établi à" after its
verb, a founding's or as the participle that opens a sentence whose subject is a pronoun ("Il est établi à
Sherbrooke", "Établi à Bruxelles, il rassemble ..."); the president of the network as a coalition or an alliance
("Präsident der Koalition ist ..."), a person's town after the name ("Mantas Jurgutis aus Kaunas")."""

import pytest
from helpers.extracted import card, claimed_values, triples_of_snippet


# The level a network works at, then the network: the region's network itself, whose seat and members are its own.
@pytest.mark.parametrize("text, lang, fact", [
    ("Auf Landesebene bündelt der Städtetag Rheinland-Pfalz mit Sitz in Mainz die Interessen der Städte.", "de",
     ("stadtetag-rheinland-pfalz", "headquarters", "Mainz")),
    ("Auf Landesebene ist die Stadt im Bayerischen Städtetag organisiert, der seinen Sitz in München hat.", "de",
     ("bayerischer-stadtetag", "headquarters", "München")),
    ("Auf Landesebene vertritt der Hessische Städtetag rund 80 Städte.", "de",
     ("hessischer-stadtetag", "member_cities", "80")),
    ("Au niveau régional, la Ville adhère à l'Union des villes et communes de Wallonie, dont le siège est à Namur.",
     "fr", ("union-des-villes-et-communes-de-wallonie", "headquarters", "Namur")),
    ("At the regional level, the city belongs to the Local Government Association of Queensland, based in Brisbane.",
     "en", ("local-government-association-of-queensland", "headquarters", "Brisbane")),
    ("A nivel regional, la ciudad forma parte de la Federación Andaluza de Municipios y Provincias, con sede en "
     "Sevilla.", "es", ("federacion-andaluza-de-municipios-y-provincias", "headquarters", "Sevilla")),
    ("A livello regionale il Comune partecipa ad ANCI Toscana, con sede a Firenze.", "it",
     ("anci-toscana", "headquarters", "Firenze")),
])
def test_a_network_named_after_its_level_keeps_its_facts(text, lang, fact):
    assert fact in triples_of_snippet(f"<p>{text}</p>", lang)


# Traps: a region's group, named by its own noun, is no network of its own; nor is a level with no network named
# after it, or a national network named after it by its acronym or its nation's name (its group in the region).
@pytest.mark.parametrize("sentence", [
    "Die Landesgruppe Kärnten des Städtebundes hat ihren Sitz in Klagenfurt.",
    "Auf Landesebene hat der Verband seinen Sitz in Mainz.",
    "La section régionale de l'association a son siège à Rennes.",
    "La sezione regionale dell'associazione ha sede a Firenze.",
])
def test_a_regional_group_has_no_seat_of_the_network(sentence):
    assert not claimed_values("headquarters", sentence)


@pytest.mark.parametrize("text, lang", [
    ("A nivel autonómico, la ciudad participa en la FEMP, con sede en Valladolid.", "es"),
    ("Auf Landesebene arbeitet die Stadt im Deutschen Städtetag mit, mit Sitz in Mainz.", "de"),
    ("At the regional level, the city works with the LGA, based in Leeds.", "en"),
])
def test_a_national_network_after_a_level_has_no_seat_there(text, lang):
    assert not any(attribute == "headquarters" for _, attribute, _ in triples_of_snippet(f"<p>{text}</p>", lang))


# "établi à" after its verb or coordinated with a founding is where the network is based.
@pytest.mark.parametrize("sentence, place", [
    ("Il est établi à Sherbrooke.", "Sherbrooke"),
    ("Le réseau est établi à Bruxelles depuis 1990.", "Bruxelles"),
    ("Des experts de Metropolis, l'association fondée en 1985 et établie à Barcelone, ont animé un atelier.",
     "Barcelone"),
    ("Les deux secrétariats sont aujourd'hui établis à Genève.", "Genève"),
])
def test_established_in_a_town_is_the_seat(sentence, place):
    assert place in claimed_values("headquarters", sentence)


# Traps: "établi" alone qualifies a record or a partnership, not the network's seat.
@pytest.mark.parametrize("sentence", [
    "Un partenariat établi à Lyon en 2010 relie les deux villes.",
    "Le record établi à Paris en 2019 tient toujours.",
])
def test_established_alone_is_no_seat(sentence):
    assert not claimed_values("headquarters", sentence)


# The participle of place opening the sentence, its subject a pronoun for the network the sentence before named.
@pytest.mark.parametrize("title, text, lang, fact", [
    ("CCRE", "Né à Genève en 1951, le CCRE est la plus ancienne organisation européenne de collectivités. Établi à "
     "Bruxelles, il rassemble une soixantaine d'associations nationales.", "fr", ("cemr", "headquarters", "Bruxelles")),
    ("Villes amies des aînés", "Le RFVAA accompagne les villes qui adaptent leurs services. Implantée à Sherbrooke, "
     "elle compte plus de 100 membres.", "fr", ("rfvaa", "headquarters", "Sherbrooke")),
    ("ICLEI", "ICLEI was founded in 1990. Located in Bonn, it brings together 2,500 local governments.", "en",
     ("iclei", "headquarters", "Bonn")),
])
def test_a_fronted_participle_of_place_before_a_pronoun_is_the_seat(title, text, lang, fact):
    assert fact in triples_of_snippet(card(title, text), lang)


# Traps: the participle of a founding tells where the network was founded, not its seat.
@pytest.mark.parametrize("sentence", [
    "Fondé à Bruxelles, il rassemble une soixantaine d'associations nationales.",
    "Founded in Bonn, it brings together 2,500 local governments.",
])
def test_a_fronted_founding_before_a_pronoun_is_no_seat(sentence):
    assert not claimed_values("headquarters", sentence)


# The network as a coalition or an alliance, its president named after the verb; the town a person comes from is no
# part of the name.
@pytest.mark.parametrize("sentence, person", [
    ("Präsident der Koalition ist Benedetto Zacchiroli, Stadtrat von Bologna.", "Benedetto Zacchiroli"),
    ("Präsident des Bündnisses ist derzeit Kazumi Matsui aus Hiroshima.", "Kazumi Matsui"),
    ("Le président de la coalition est Benedetto Zacchiroli, conseiller municipal de Bologne.", "Benedetto Zacchiroli"),
    ("The chair of the alliance is Jane Smith from Leeds.", "Jane Smith"),
    ("El presidente de la coalición es Benedetto Zacchiroli, concejal de Bolonia.", "Benedetto Zacchiroli"),
    ("Il presidente della coalizione è Benedetto Zacchiroli, consigliere comunale di Bologna.",
     "Benedetto Zacchiroli"),
])
def test_the_president_of_the_coalition_is_the_networks(sentence, person):
    assert person in claimed_values("president", sentence)


@pytest.mark.parametrize("title, text", [
    ("Union of the Baltic Cities (UBC)", "Die UBC zählt rund 70 Mitgliedsstädte. Präsident der UBC ist derzeit Mantas "
     "Jurgutis aus Kaunas."),
])
def test_a_president_from_a_town_under_the_networks_title(title, text):
    assert ("union-of-baltic-cities", "president", "Mantas Jurgutis") in triples_of_snippet(card(title, text), "de")


# Traps: a deputy, a co-president, a past president.
@pytest.mark.parametrize("sentence", [
    "Vizepräsident der Koalition ist Benedetto Zacchiroli aus Bologna.",
    "Eröffnet wird die Tagung von der Co-Präsidentin des Netzwerks, Stadträtin Christine Brunner aus Schaffhausen.",
    "Präsident der Koalition war bis 2020 Benedetto Zacchiroli aus Bologna.",
])
def test_no_president_of_a_deputy_a_co_president_or_the_past(sentence):
    assert not claimed_values("president", sentence)
