"""Which network a fact read in its sentence belongs to: "the latter" is the last network the sentence before named; an
owner of the section's network keeps what its own relative clause states; a news card's hedged count ("compte quelque
200 villes") is what the network has now, as an unhedged one is; a fact box's "Comuni associati" row is its count."""

import pytest
from helpers.extracted import triples_of_snippet, values_of


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


# The owner of the section's network, then a relative clause of its own (after an apposition describing it, which may
# hold another network's name): what the clause states is the owner's.
@pytest.mark.parametrize("lang, heading, sentence, expected", [
    ("it", "Città del Vino", "Il titolo è promosso da RECEVIN, la rete europea delle Città del Vino, che conta circa "
                             "800 Comuni in 11 Paesi.", ("recevin", "800")),
    ("fr", "Villes amies des aînés", "Le label est porté par l'AMF, qui fédère 35 000 communes.",
     ("association-des-maires-de-france", "35000")),
    ("en", "Global Covenant of Mayors", "The programme is led by ICLEI, which brings together more than 2,500 local "
                                        "governments.", ("iclei", "2500")),
    ("de", "Städte Sicherer Häfen", "Das Bündnis wurde initiiert vom Klima-Bündnis, das über 2.000 Kommunen vereint.",
     ("climate-alliance", "2000")),
    ("es", "Red de Ciudades por el Clima", "La red está promovida por la FEMP, que agrupa a más de 7.000 municipios.",
     ("federacion-espanola-de-municipios-y-provincias", "7000")),
])
def test_an_owners_own_clause_states_the_owners_facts(lang, heading, sentence, expected):
    found = {(network, value) for network, _, value in triples_of_snippet(f"<h2>{heading}</h2><p>{sentence}</p>", lang)}
    assert expected in found
    assert not {network for network, value in found if value == expected[1]} - {expected[0]}


# Traps: the owner named in an aside, the section's network the subject of the verb after it: the section's count.
@pytest.mark.parametrize("lang, heading, sentence, network", [
    ("es", "Red de Ciudades por el Clima", "La red, promovida por la FEMP, agrupa a más de 300 municipios.",
     "red-de-ciudades-por-el-clima"),
    ("it", "Città del Vino", "Il titolo, promosso da RECEVIN, conta circa 800 Comuni.",
     "associazione-nazionale-citta-del-vino"),
])
def test_an_owner_in_an_aside_keeps_none_of_the_sections_facts(lang, heading, sentence, network):
    found = triples_of_snippet(f"<h2>{heading}</h2><p>{sentence}</p>", lang)
    assert {owner for owner, attribute, _ in found if attribute.startswith("member")} == {network}


def news_list(published: str, excerpt: str) -> str:
    """A list of three news cards (title, publication line, excerpt), the second's excerpt given."""
    cards = [("Jumelage", "Les élus se retrouvent."), ("Réseaux", excerpt), ("Énergie", "Six écoles affichent leur "
                                                                               "étiquette.")]
    return "".join(f'<article class="news-card"><a class="news-card__link" href="/actualites/{number}/"><div>'
                   f'<h2 class="news-card__title">{title} : actualité {number}</h2><p class="news-card__date">'
                   f'{published}</p><p class="news-card__excerpt">{text}</p></div></a></article>'
                   for number, (title, text) in enumerate(cards))


# A recent news card telling what a network has now, hedged as counts are: its count.
@pytest.mark.parametrize("lang, published, excerpt, expected", [
    ("fr", "Publié le 24/02/2025", "Villes de France compte quelque 200 villes adhérentes ; le maire y a présenté son "
     "programme.", ("villes-de-france", "200")),
    ("en", "Published 24/02/2025", "Eurocities has roughly 200 member cities; the mayor spoke on housing.",
     ("eurocities", "200")),
    ("de", "Veröffentlicht am 24.02.2025", "Eurocities zählt knapp 200 Mitgliedsstädte; der Bürgermeister sprach über "
     "Wohnen.", ("eurocities", "200")),
    ("es", "Publicado el 24/02/2025", "Eurocities reúne alrededor de 200 ciudades; el alcalde habló de vivienda.",
     ("eurocities", "200")),
    ("it", "Pubblicato il 24/02/2025", "Eurocities riunisce all'incirca 200 città; il sindaco ha parlato di casa.",
     ("eurocities", "200")),
])
def test_a_news_cards_hedged_count_is_the_networks(lang, published, excerpt, expected):
    assert expected in values_of("member_cities", news_list(published, excerpt), lang)


# Traps: the hedged figure is a meeting's (its place in the count's clause), or the card is old.
@pytest.mark.parametrize("lang, published, excerpt", [
    ("fr", "Publié le 24/02/2025", "Villes de France réunit quelque 200 villes à Dole cette semaine."),
    ("en", "Published 24/02/2025", "Eurocities gathers roughly 200 cities at Leeds this week."),
    ("fr", "Publié le 24/02/2019", "Villes de France compte quelque 200 villes adhérentes."),
])
def test_a_news_cards_hedged_count_of_a_meeting_or_of_old_is_not_the_networks(lang, published, excerpt):
    assert not values_of("member_cities", news_list(published, excerpt), lang)


# A fact box's row under a network's heading, its members' noun with the word "associated": the network's count.
@pytest.mark.parametrize("lang, heading, row, expected", [
    ("it", "ANCI", "Comuni associati: oltre 7.000", ("associazione-nazionale-comuni-italiani", "7000")),
    ("it", "Eurocities", "Città associate: 200", ("eurocities", "200")),
    ("es", "FEMP", "Municipios asociados: 7.400", ("federacion-espanola-de-municipios-y-provincias", "7400")),
    ("es", "Eurocities", "Ciudades asociadas: 200", ("eurocities", "200")),
])
def test_a_rows_associated_members_are_the_networks_count(lang, heading, row, expected):
    assert expected in values_of("member_cities", f"<h3>{heading}</h3><ul><li>{row}</li></ul>", lang)


# Traps: a French "commune associée" is a village merged into a town, an "associate member" a class apart.
@pytest.mark.parametrize("lang, heading, row", [
    ("fr", "Association des maires de France", "Communes associées : 3"),
    ("en", "Eurocities", "Associate members: 40"),
])
def test_merged_villages_or_associate_members_are_no_member_count(lang, heading, row):
    assert not values_of("member_cities", f"<h3>{heading}</h3><ul><li>{row}</li></ul>", lang)
