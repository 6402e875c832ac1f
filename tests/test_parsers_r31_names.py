"""Networks named in ways not read before: a possessive after or inside an English name, an organisation of
the councils it gathers, Galician and Portuguese nouns, a card's title read with its subtitle."""

import pytest

from tests.helpers.extracted import network_ids, triples_of_snippet


@pytest.mark.parametrize("sentence, expected", [
    ("The city hosts the Local Government Association of Queensland's annual conference.",
     "local-government-association-of-queensland"),
    ("Mayors met at the Local Government Association of Tasmania’s general meeting.",
     "local-government-association-of-tasmania"),
    ("The Association of Yukon Communities' board met in Whitehorse.", "association-of-yukon-communities"),
])
def test_a_possessive_after_a_name_is_no_part_of_it(sentence, expected):
    assert network_ids(sentence) == [expected]


def test_the_acronym_of_a_name_given_with_a_possessive_reads_the_facts_of_the_name():
    found = triples_of_snippet("<p>The Council hosts the Local Government Association of Queensland's conference. "
                               "Founded in 1896, the LGAQ represents all 77 of Queensland's local governments.</p>",
                               "en", heading="Conference")
    assert ("local-government-association-of-queensland", "founded", "1896") in found
    assert not any(network.endswith("-s") for network, _, _ in found)


@pytest.mark.parametrize("name, acronym, expected", [
    ("Ontario's Big City Mayors", "OBCM", "ontario-s-big-city-mayors"),
    ("Ontario’s Big City Mayors", "OBCM", "ontario-s-big-city-mayors"),
    ("Alberta's Mid-Sized Cities Mayors' Caucus", "AMSCMC", "alberta-s-mid-sized-cities-mayors-caucus"),
])
def test_a_possessive_inside_a_name_gives_its_acronym_the_words_initial(name, acronym, expected):
    assert network_ids(f"The city is a member of {name} ({acronym}).") == [expected]


def test_an_elided_article_still_gives_its_acronym_the_next_words_initial():
    # trap: the apostrophe of an elision, not a possessive: "L'Association" gives the "A"
    assert network_ids("Elle adhère à L'Association des Villes Universitaires de France (AVUF).") == [
        "association-des-villes-universitaires-de-france"]


@pytest.mark.parametrize("name, acronym", [
    ("North Queensland Regional Organisation of Councils", "NQROC"),
    ("Western Australian Regional Organisation of Councils", "WAROC"),
    ("Southern Alliance of Municipalities", "SAM"),
    ("Hill Country Federation of Towns", "HCFT"),
])
def test_an_english_organisation_of_the_members_it_gathers_names_a_network(name, acronym):
    assert network_ids(f"The city belongs to the {name} ({acronym}), formed in 2012.") == [
        name.lower().replace(" ", "-")]


def test_a_regional_organisation_of_councils_keeps_its_facts_by_its_acronym():
    found = triples_of_snippet("<h3>North Queensland Regional Organisation of Councils (NQROC)</h3><p>NQROC brings "
                               "together five member councils of the region. Formed in 2012, it advocates for regional "
                               "priorities.</p>", "en", heading="Memberships")
    assert ("north-queensland-regional-organisation-of-councils", "founded", "2012") in found


@pytest.mark.parametrize("sentence", [
    # traps: an organisation of nations or of people, not of local governments
    "The Food and Agriculture Organization of the United Nations (FAO) met in Rome.",
    "The Regional Organisation of Fisheries Officers (ROFO) met in Cairns.",
    "The Federation of Small Businesses (FSB) welcomed the plan.",
])
def test_an_organisation_of_others_is_no_network(sentence):
    assert network_ids(sentence) == []


def _card_with_subtitle(title: str, subtitle: str, rows: str) -> str:
    return (f"<div class='card'><h3 class='card-title'>{title}</h3><h4 class='card-subtitle'>{subtitle}</h4>"
            f"<ul><li>{rows}</li></ul></div>")


def test_a_known_name_that_is_also_a_phrase_heads_its_card_with_the_subtitle_saying_what_it_is():
    found = triples_of_snippet(_card_with_subtitle("Avviso Pubblico", "Enti locali e Regioni per la formazione "
                                                   "civile contro le mafie", "Benevento aderisce dal 2019"),
                               "it", heading="Reti e associazioni")
    assert ("avviso-pubblico", "joined", "2019") in found


def test_a_public_notice_over_its_subtitle_is_no_network():
    # trap: a notice's title over what it is about
    found = triples_of_snippet(_card_with_subtitle("Avviso Pubblico", "Selezione di personale per il 2026",
                                                   "Domande entro il 2019"), "it", heading="Bandi")
    assert not any(network == "avviso-pubblico" for network, _, _ in found)


@pytest.mark.parametrize("sentence, expected", [
    ("El Eixo Atlántico es una asociación transfronteriza de ciudades de Galicia y del Norte de Portugal.",
     "eixo-atlantico"),
    ("El Eixo Atlántico, creado en 1992, tiene su sede en Vigo y agrupa a 40 ciudades.", "eixo-atlantico"),
    ("O Eixo Atlântico, que reúne 40 cidades da Galiza e do Norte de Portugal, foi fundado em 1992.",
     "eixo-atlantico"),
    ("A cidade integra a Rede de Cidades Criativas, que reúne 350 cidades.", "rede-de-cidades-criativas"),
    ("La ciudad es miembro de la Associação de Municípios Raianos.", "associacao-de-municipios-raianos"),
])
def test_galician_and_portuguese_nouns_open_a_networks_name(sentence, expected):
    assert network_ids(sentence) == [expected]


@pytest.mark.parametrize("sentence", [
    # traps: an axis that is a road, a network of pipes
    "O Eixo Norte-Sul liga as cidades do litoral.",
    "La autovía del Eixo Atlántico une las ciudades de la costa.",
    "A Rede Ferroviária Nacional serve 200 cidades.",
])
def test_a_roads_or_a_utilitys_name_is_no_network(sentence):
    assert network_ids(sentence) == []


def test_the_facts_under_a_galician_name_go_to_it():
    found = triples_of_snippet("<h3>Eixo Atlántico do Noroeste Peninsular</h3><p>El Eixo Atlántico es una asociación "
                               "transfronteriza de ciudades de Galicia y del Norte de Portugal. Fue constituido en "
                               "1992 en Oporto. Su secretaría general tiene sede en Vigo.</p>", "es", heading="Redes")
    assert {("eixo-atlantico", "founded", "1992"), ("eixo-atlantico", "headquarters", "Vigo")} <= found


def _network_card(title: str, subtitle: str, rows: str) -> str:
    return (f"<article class='card card--network'><div class='card__body'><h3 class='card__title'>{title}</h3>"
            f"<p class='card__subtitle'>{subtitle}</p><ul class='card__facts'><li>{rows}</li></ul></div></article>")


@pytest.mark.parametrize("lang, title, subtitle, rows, expected", [
    ("fr", "Foundation European Carnival Cities (FECC)", "Le réseau des villes de carnaval",
     "Fondée en 1980</li><li>Environ 50 villes membres</li><li>Dunkerque membre depuis 2009",
     "foundation-european-carnival-cities"),
    ("it", "Rete Città Slow (RCS)", "La rete delle città del buon vivere",
     "Fondata nel 1999</li><li>Oltre 80 città socie</li><li>Orvieto socio dal 2001", "rete-citta-slow"),
    ("es", "Red de Ciudades Amables (RCA)", "La red de ciudades que cuidan",
     "Fundada en 2005</li><li>Unas 60 ciudades miembros</li><li>Bilbao miembro desde 2006", "red-de-ciudades-amables"),
])
def test_a_subtitle_describing_the_cards_network_is_no_name_of_its_own(lang, title, subtitle, rows, expected):
    found = triples_of_snippet(_network_card(title, subtitle, rows), lang, heading="Réseaux")
    assert found and {network for network, _, _ in found} == {expected}


def test_a_subtitle_spelling_out_the_titles_acronym_names_the_network():
    # trap: the subtitle is the acronym's name written out, the network's own id
    found = triples_of_snippet(_network_card("FNVT", "Fédération nationale des villes tunisiennes",
                                             "Fondée en 1974</li><li>350 communes membres"), "fr")
    assert ("federation-nationale-des-villes-tunisiennes", "founded", "1974") in found
