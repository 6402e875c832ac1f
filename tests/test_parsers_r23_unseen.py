"""Networks the vocabulary does not know, written as real pages write them: national associations of municipalities,
regional, cross-border and thematic networks, named after an elided article or by the local governments they
gather."""

import pytest
from helpers.extracted import triples_of_snippet


# The worldwide network of port cities by its name in its members' languages is AIVP, not a network of its own.
@pytest.mark.parametrize("lang, body, expected", [
    ("it", "<p>Livorno aderisce dal 2009 all'Associazione Internazionale Città e Porti.</p>",
     ("aivp", "joined", "2009")),
    ("es", "<p>Desde 2011, Valencia es miembro de la Asociación Internacional de Ciudades y Puertos.</p>",
     ("aivp", "joined", "2011")),
    ("en", "<p>The International Association of Cities and Ports, founded in 1988, is based in Le Havre.</p>",
     ("aivp", "headquarters", "Le Havre")),
])
def test_the_port_cities_network_named_in_another_language(lang, body, expected):
    assert expected in triples_of_snippet(body, lang)
