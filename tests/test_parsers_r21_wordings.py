"""Wordings next to a network that a careful reader reads: a network called by the acronym its written name spells."""

import pytest
from helpers.extracted import facts_of_snippet


@pytest.mark.parametrize("lang, body, expected", [
    # prose, the name then its acronym in the next sentence
    ("fr", "<p>Les délégués des villes membres de l'Union des villes suisses se sont retrouvés. Le président de l'UVS, "
           "Mike Künzle, a salué l'accueil.</p>",
     ("schweizerischer-stadteverband", "president", "Mike Künzle", "exact")),
    ("fr", "<p>La Ville est membre de l'Association des maires ruraux de France.</p><p>Le président de l'AMRF, Michel "
           "Fournier, a salué l'accueil.</p>",
     ("association-des-maires-ruraux-de-france", "president", "Michel Fournier", "exact")),
    # a card
    ("en", "<div class='card'><h3>Annual meeting</h3><p>Delegates of the Association of Municipalities of Ontario met "
           "in Ottawa. The AMO president, Robin Jones, opened the session.</p></div>",
     ("association-of-municipalities-of-ontario", "president", "Robin Jones", "exact")),
    # a dl
    ("it", "<dl><dt>Notizie</dt><dd>I sindaci della Lega delle Autonomie Locali si sono riuniti a Roma. Il presidente "
           "della LAL, Marco Rossi, ha aperto i lavori.</dd></dl>",
     ("autonomie-locali-italiane", "president", "Marco Rossi", "exact")),
    ("de", "<h2>Aktuelles</h2><p>Die Stadt ist Mitglied im Bündnis Kommunen für biologische Vielfalt.</p><p>Der "
           "Präsident des KBV, Peter Schmidt, eröffnete die Tagung.</p>",
     ("kommunen-fur-biologische-vielfalt", "president", "Peter Schmidt", "exact")),
])
def test_an_acronym_the_pages_name_of_a_network_spells_is_that_network(lang, body, expected):
    assert expected in facts_of_snippet(body, lang)


def test_an_acronym_spelled_in_a_news_teaser_is_its_networks():
    body = ("<ul class='news'><li><h3><a href='/actualites/uvs'>Journée des villes : l'UVS a siégé à Neuchâtel</a></h3>"
            "<time datetime='2025-02-04'>04.02.2025</time><p>Les délégués des villes membres de l'Union des villes "
            "suisses se sont retrouvés au bord du lac. Le président de l'UVS, Mike Künzle, a salué l'accueil.</p></li>"
            "</ul>")
    assert ("schweizerischer-stadteverband", "president", "Mike Künzle", "exact") in facts_of_snippet(body, "fr")


@pytest.mark.parametrize("lang, body", [
    # an acronym no name of the page spells: another body's
    ("fr", "<p>Les délégués de l'Union des villes suisses se sont retrouvés. Le président de la SNCF, Jean Castex, a "
           "salué l'accueil.</p>"),
    ("en", "<p>Delegates of the Association of Municipalities of Ontario met. The president of the AMRF, Robin Jones, "
           "spoke.</p>"),
    # a name of two words spells too many other bodies' acronyms
    ("es", "<p>La ciudad es miembro de Mercociudades. El presidente de la MC, Ana Pérez, abrió la sesión.</p>"),
])
def test_an_acronym_no_name_of_the_page_spells_names_no_network(lang, body):
    assert not {fact for fact in facts_of_snippet(body, lang) if fact[1] == "president"}
