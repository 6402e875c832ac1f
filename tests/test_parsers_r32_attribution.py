"""Which network a fact read in its sentence belongs to: "the latter" is the last network the sentence before named."""

import pytest
from helpers.extracted import triples_of_snippet


# "The latter" after a sentence naming the section's network, then its parent: the parent's count.
@pytest.mark.parametrize("lang, body, expected", [
    ("fr", "<h2>AFCCRE</h2><p>Installée à Orléans, l'AFCCRE est la section française du Conseil des communes et "
           "régions d'Europe (CCRE). Ce dernier fédère plus de 60 associations nationales dans 41 pays.</p>",
     ("cemr", "member_countries", "41")),
    ("en", "<h2>Local Government Association</h2><p>The LGA is the UK section of the Council of European "
           "Municipalities and Regions (CEMR). The latter brings together 60 national associations from 41 "
           "countries.</p>",
     ("cemr", "member_countries", "41")),
    ("de", "<h2>Deutscher Städtetag</h2><p>Der Deutsche Städtetag ist Mitglied im Rat der Gemeinden und Regionen "
           "Europas (RGRE). Letzterer vereint 60 nationale Verbände aus 41 Ländern.</p>",
     ("cemr", "member_countries", "41")),
    ("de", "<h2>Deutscher Städtetag</h2><p>Der Deutsche Städtetag ist Mitglied im Rat der Gemeinden und Regionen "
           "Europas (RGRE). Dieser vereint 60 nationale Verbände aus 41 Ländern.</p>",
     ("cemr", "member_countries", "41")),
    ("es", "<h2>FEMP</h2><p>La FEMP es la sección española del Consejo de Municipios y Regiones de Europa (CMRE). "
           "Este último agrupa a 60 asociaciones nacionales de 41 países.</p>",
     ("cemr", "member_countries", "41")),
    ("it", "<h2>AICCRE</h2><p>L'AICCRE è la sezione italiana del Consiglio dei Comuni e delle Regioni d'Europa "
           "(CCRE). Quest'ultimo riunisce 60 associazioni nazionali di 41 paesi.</p>",
     ("cemr", "member_countries", "41")),
])
def test_the_latter_is_the_last_network_named_before(lang, body, expected):
    assert expected in triples_of_snippet(body, lang)


# Traps: the sentence after goes on about its subject by a pronoun or the network's noun, or opens on a demonstrative
# before a noun ("Dieses Jahr"): the parent named in passing before is not referred to.
@pytest.mark.parametrize("lang, body, expected", [
    ("fr", "<h2>AFCCRE</h2><p>L'AFCCRE est la section française du Conseil des communes et régions d'Europe (CCRE). "
           "Elle fédère 1 300 collectivités.</p>",
     ("afccre", "1300")),
    ("en", "<h2>Local Government Association</h2><p>The LGA is the UK section of the Council of European "
           "Municipalities and Regions (CEMR). It represents 317 councils.</p>",
     ("local-government-association", "317")),
    ("de", "<h2>Deutscher Städtetag</h2><p>Der Deutsche Städtetag ist Mitglied im Rat der Gemeinden und Regionen "
           "Europas (RGRE). Dieses Jahr zählt der Städtetag 3.200 Städte.</p>",
     ("deutscher-stadtetag", "3200")),
    ("es", "<h2>FEMP</h2><p>La FEMP es la sección española del Consejo de Municipios y Regiones de Europa (CMRE). "
           "La federación agrupa a 7.400 municipios.</p>",
     ("federacion-espanola-de-municipios-y-provincias", "7400")),
    ("it", "<h2>AICCRE</h2><p>L'AICCRE è la sezione italiana del Consiglio dei Comuni e delle Regioni d'Europa "
           "(CCRE). L'associazione riunisce 1.200 comuni.</p>",
     ("aiccre", "1200")),
])
def test_a_pronoun_or_the_networks_noun_after_a_parent_named_in_passing_is_the_subject(lang, body, expected):
    found = {(network, value) for network, _, value in triples_of_snippet(body, lang)}
    assert expected in found
    assert not {network for network, value in found if value == expected[1]} - {expected[0]}
