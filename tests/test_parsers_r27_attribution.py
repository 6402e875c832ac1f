"""Which network a fact belongs to: a regional chapter's card owns its facts, not the global network it is a chapter
of."""

import pytest
from helpers.extracted import card, network_ids, triples_of_snippet


# A chapter named by the region it serves after its network's name ("for Sub-Saharan Africa", "pour l'Afrique
# subsaharienne", "per l'Africa subsahariana", "para el Mediterráneo", "für Subsahara-Afrika") is a network of its own.
@pytest.mark.parametrize("name, chapter", [
    ("Convention des Maires pour l'Afrique subsaharienne", "convention-des-maires-pour-l-afrique-subsaharienne"),
    ("Covenant of Mayors for Sub-Saharan Africa", "covenant-of-mayors-for-sub-saharan-africa"),
    ("Covenant of Mayors in Sub-Saharan Africa", "covenant-of-mayors-in-sub-saharan-africa"),
    ("Patto dei Sindaci per l'Africa subsahariana", "patto-dei-sindaci-per-l-africa-subsahariana"),
    ("Pacto de los Alcaldes para el Mediterráneo", "pacto-de-los-alcaldes-para-el-mediterraneo"),
    ("Konvent der Bürgermeister für Subsahara-Afrika", "konvent-der-burgermeister-fur-subsahara-afrika"),
])
def test_a_chapter_named_by_the_region_it_serves_is_a_network_of_its_own(name, chapter):
    assert network_ids(name) == [chapter]


@pytest.mark.parametrize("body, lang, chapter", [
    (card("Convention des Maires pour l'Afrique subsaharienne", "Signataire depuis 2019"), "fr",
     "convention-des-maires-pour-l-afrique-subsaharienne"),
    (card("Covenant of Mayors for Sub-Saharan Africa", "Signatory since 2019"), "en",
     "covenant-of-mayors-for-sub-saharan-africa"),
    ("<h2>Pacto de los Alcaldes para el Mediterráneo</h2><p>Sfax es firmante desde 2019.</p>", "es",
     "pacto-de-los-alcaldes-para-el-mediterraneo"),
])
def test_a_chapters_card_owns_the_citys_joining(body, lang, chapter):
    triples = triples_of_snippet(body, lang)
    assert (chapter, "joined", "2019") in triples
    assert not any(network == "covenant-of-mayors" for network, _, _ in triples)


# Traps: a year or a place after the name is no region it serves; "in" with a bare continent is where, not whose.
@pytest.mark.parametrize("text, network", [
    ("Lyon a signé la Convention des Maires en 2010.", "covenant-of-mayors"),
    ("Sudbury signed the Covenant of Mayors in 2010.", "covenant-of-mayors"),
    ("Hiroshima leads Mayors for Peace in Asia and beyond.", "mayors-for-peace"),
    ("The city joined the Covenant of Mayors for climate action in 2012.", "covenant-of-mayors"),
])
def test_no_region_served_after_the_name_keeps_the_network(text, network):
    assert network_ids(text) == [network]


# After a network of members, the region served is an office's, not a chapter's.
def test_an_office_for_a_region_names_no_chapter():
    assert network_ids("Le Maire de Cotonou est vice-président de l'AIMF pour l'Afrique de l'Ouest.") == ["aimf"]
