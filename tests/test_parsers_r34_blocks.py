"""Facts a block states beside its network that were not read: a region's network named after the level it works at
("Auf Landesebene bündelt der Städtetag Rheinland-Pfalz mit Sitz in Mainz ...")."""

import pytest
from helpers.extracted import claims_of_sentence, triples_of_snippet


def _seats(sentence):
    return [value for attribute, value in claims_of_sentence(sentence) if attribute == "headquarters"]


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
    assert not _seats(sentence)


@pytest.mark.parametrize("text, lang", [
    ("A nivel autonómico, la ciudad participa en la FEMP, con sede en Valladolid.", "es"),
    ("Auf Landesebene arbeitet die Stadt im Deutschen Städtetag mit, mit Sitz in Mainz.", "de"),
    ("At the regional level, the city works with the LGA, based in Leeds.", "en"),
])
def test_a_national_network_after_a_level_has_no_seat_there(text, lang):
    assert not any(attribute == "headquarters" for _, attribute, _ in triples_of_snippet(f"<p>{text}</p>", lang))
