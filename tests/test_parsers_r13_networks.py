"""Networks outside the vocabulary named in prose, in a press release's lead or in a card: a name opening on an
organisation of members' noun with its acronym after it ("Association nationale des communes de Guinée (ANCG)"), and
what such a name is not (a club, a federation of sport, a programme)."""

import pytest
from helpers.extracted import triples_of_snippet

from scraper.parsers.networks import network_ids


@pytest.mark.parametrize("lang, body, expected", [
    ("fr", "<p>La Ville est membre fondateur de l'Association nationale des communes du Bénin (ANCB), créée en 2003. "
           "L'ANCB, qui siège à Cotonou, fédère aujourd'hui les 77 communes du pays.</p>",
     {("association-nationale-des-communes-du-benin", "founded", "2003"),
      ("association-nationale-des-communes-du-benin", "headquarters", "Cotonou"),
      ("association-nationale-des-communes-du-benin", "member_cities", "77")}),
    ("es", "<p>Granada pertenece a la Federación Andaluza de Municipios y Provincias (FAMP), fundada en 1985, que "
           "agrupa a 785 municipios.</p>",
     {("federacion-andaluza-de-municipios-y-provincias", "founded", "1985"),
      ("federacion-andaluza-de-municipios-y-provincias", "member_cities", "785")}),
    ("it", "<ul><li>Il Comune aderisce dal 2004 all'Associazione Comuni Bresciani (ACB), nata nel 1997 a Brescia.</li>"
           "</ul>",
     {("associazione-comuni-bresciani", "joined", "2004"), ("associazione-comuni-bresciani", "founded", "1997")}),
    ("de", "<table><tr><td>Die Stadt ist seit 1990 Mitglied im Verband der Gemeinden Tirols (VGT), gegründet 1947."
           "</td></tr></table>",
     {("verband-der-gemeinden-tirols", "joined", "1990"), ("verband-der-gemeinden-tirols", "founded", "1947")}),
    ("en", "<div class='card'><p>The city joined the Association of Municipalities of Kosovo (AMK) in 2002. The AMK "
           "was founded in 2001.</p></div>",
     {("association-of-municipalities-of-kosovo", "joined", "2002"),
      ("association-of-municipalities-of-kosovo", "founded", "2001")}),
])
def test_a_members_organisation_named_with_its_acronym_is_a_network(lang, body, expected):
    assert expected <= triples_of_snippet(body, lang)


@pytest.mark.parametrize("sentence", [
    "La Ville soutient l'Association des amis du patrimoine (AAP), créée en 1990.",  # gathers no cities
    "Die Stadt fördert den Verband Deutscher Sportvereine (VDS) seit 1990.",
    "Tournai bénéficie du programme Petites villes de demain (PVD) depuis 2021.",  # a programme
    "La Federazione Italiana Giuoco Calcio (FIGC) è nata nel 1898.",
])
def test_an_organisation_gathering_no_cities_or_a_programme_is_no_network(sentence):
    assert network_ids(sentence) == []
