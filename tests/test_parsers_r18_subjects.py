"""Facts whose subject is not the city, or not the network: a count of "enti" (public bodies of any tier) counts the
local governments a network represents, not its member cities ("L'associazione conta oltre 500 enti soci"); a
president is a person's name or an office with the place that makes it one, never a description of whoever holds it
("La FCM est présidée par un élu municipal choisi chaque année"); another local authority's joining is not the
city's, even when the authority bears the city's name ("La Métropole Rouen Normandie est membre d'Energy Cities depuis
2017", "Der Landkreis Darmstadt-Dieburg ist Mitglied im Klima-Bündnis"), unless the page is the authority's too;
another city's name opening the sentence right before the joining's verb ("Port-Gentil a rejoint le réseau Maires pour
la Paix en 2019" on Libreville's site) is that city's joining; a member "since its founding" dated otherwise than the
network's founding the page has given is dated by its own founding ("Lévis en est membre depuis sa constitution, le
1er janvier 2002" after "Fondée en 1919, l'Union ..."), no second founding of the network."""

import pytest
from helpers.extracted import facts_of_snippet


@pytest.mark.parametrize("lang, body, network, value", [
    # prose, the bodies as the network's members
    ("it", "<h2>Avviso Pubblico, rete di enti locali</h2><p>L'associazione conta oltre 500 enti soci e offre "
           "formazione agli amministratori.</p>", "avviso-pubblico", "500"),
    ("it", "<p>Eurocities riunisce 300 enti aderenti in tutta Europa.</p>", "eurocities", "300"),
    # a card, a key figure in parts, a table's row
    ("it", "<div class='card'><h3>Cittaslow</h3><p>La rete raggruppa 280 enti associati in 33 paesi.</p></div>",
     "cittaslow", "280"),
    ("it", "<table><tr><th>Rete</th><th>Descrizione</th></tr><tr><td>AICCRE</td><td>L'associazione conta 1.200 enti "
           "soci.</td></tr></table>", "aiccre", "1200"),
    ("es", "<details><summary>Eurocities</summary><p>La red agrupa a 200 entes asociados.</p></details>",
     "eurocities", "200"),
])
def test_a_count_of_public_bodies_is_the_governments_represented(lang, body, network, value):
    found = facts_of_snippet(body, lang)
    assert any(fact[:3] == (network, "represented_governments", value) for fact in found)
    assert not any(fact[1] == "member_cities" for fact in found)


@pytest.mark.parametrize("lang, body, expected", [
    # the trap: cities and towns by their own nouns stay the network's member cities
    ("it", "<p>Avviso Pubblico, rete di enti locali, conta oltre 500 comuni soci.</p>",
     ("avviso-pubblico", "member_cities", "500")),
    ("es", "<p>Eurocities agrupa a 200 ciudades asociadas.</p>", ("eurocities", "member_cities", "200")),
])
def test_a_count_of_cities_stays_member_cities(lang, body, expected):
    assert any(fact[:3] == expected for fact in facts_of_snippet(body, lang))


@pytest.mark.parametrize("lang, body", [
    # prose: a description of whoever holds the office, with an indefinite article or without a capital
    ("fr", "<p>La FCM est présidée par un élu municipal choisi chaque année lors de son congrès.</p>"),
    ("en", "<p>Eurocities is chaired by a mayor elected each year by the general assembly.</p>"),
    ("en", "<p>Eurocities is chaired by the mayor of the host city.</p>"),
    ("es", "<p>La FEMP está presidida por un alcalde elegido cada cuatro años.</p>"),
    ("it", "<p>L'ANCI è presieduta da un sindaco eletto dall'assemblea congressuale.</p>"),
    # a card, an accordion
    ("fr", "<div class='card'><h3>AIMF</h3><p>L'AIMF est présidée par le maire de la ville hôte.</p></div>"),
    ("en", "<details><summary>Eurocities</summary><p>The network is chaired by a mayor elected for two years."
           "</p></details>"),
])
def test_a_description_of_the_office_holder_is_no_president(lang, body):
    assert not any(attribute == "president" for _, attribute, _, _ in facts_of_snippet(body, lang))


@pytest.mark.parametrize("lang, body, expected", [
    # the trap: a person's name, an office with the place that makes it one
    ("fr", "<p>La FCM est présidée par Rebecca Bligh.</p>",
     ("federation-of-canadian-municipalities", "president", "Rebecca Bligh")),
    ("it", "<p>L'ANCI è presieduta dal sindaco di Napoli.</p>",
     ("associazione-nazionale-comuni-italiani", "president", "sindaco di Napoli")),
    ("en", "<p>Mayors for Peace is chaired by the Mayor of Hiroshima.</p>",
     ("mayors-for-peace", "president", "the Mayor of Hiroshima")),
    ("de", "<p>Der Deutsche Städtetag wird von Oberbürgermeister Markus Lewe geleitet.</p>",
     ("deutscher-stadtetag", "president", "Markus Lewe")),
])
def test_a_name_or_an_office_of_a_named_place_stays_president(lang, body, expected):
    assert any(fact[:3] == expected for fact in facts_of_snippet(body, lang))


@pytest.mark.parametrize("lang, url, body", [
    # prose: another local authority, one bearing the city's name too, joins
    ("fr", "https://rouen.fr/ma-ville/reseaux", "<p>La Métropole Rouen Normandie est membre d'Energy Cities depuis "
                                                "2017 et pilote le plan climat du territoire.</p>"),
    ("de", "https://www.darmstadt.de/internationales", "<p>Der Landkreis Darmstadt-Dieburg ist Mitglied im "
                                                       "Klima-Bündnis seit 2010.</p>"),
    # German puts the verb second, after the year
    ("de", "https://www.darmstadt.de/internationales", "<p>Seit 2010 ist der Landkreis Darmstadt-Dieburg Mitglied im "
                                                       "Klima-Bündnis.</p>"),
    # a card, a table, an accordion, a list
    ("en", "https://www.leeds.gov.uk/international", "<div class='card'><h3>Eurocities</h3><p>West Yorkshire Combined "
                                                     "Authority joined Eurocities in 2019.</p></div>"),
    ("es", "https://www.cadiz.es/redes", "<table><tr><th>Red</th><th>Nota</th></tr><tr><td>Red Española de Ciudades "
                                         "por el Clima</td><td>La Diputación de Cádiz es miembro de la Red Española de "
                                         "Ciudades por el Clima desde 2009.</td></tr></table>"),
    ("it", "https://www.comune.cagliari.it/reti", "<details><summary>Eurocities</summary><p>La Città metropolitana di "
                                                  "Cagliari ha aderito a Eurocities nel 2018.</p></details>"),
    ("fr", "https://www.dunkerque.fr/reseaux", "<ul><li>Depuis 2009, la Communauté urbaine de Dunkerque est membre "
                                               "d'Energy Cities.</li></ul>"),
])
def test_another_local_authoritys_joining_is_not_the_citys(lang, url, body):
    assert not any(attribute == "joined" for _, attribute, _, _ in facts_of_snippet(body, lang, url=url))


@pytest.mark.parametrize("lang, url, body, expected", [
    # the trap: the city's own joining written with its full title
    ("fr", "https://rouen.fr/ma-ville/reseaux", "<p>La Ville de Rouen est membre d'Energy Cities depuis 2017.</p>",
     ("energy-cities", "2017")),
    ("de", "https://www.darmstadt.de/internationales", "<p>Die Stadt Darmstadt ist Mitglied im Klima-Bündnis seit "
                                                       "2010.</p>", ("climate-alliance", "2010")),
    ("it", "https://www.comune.cagliari.it/reti", "<p>Il Comune di Cagliari ha aderito a Eurocities nel 2018.</p>",
     ("eurocities", "2018")),
    ("es", "https://www.cadiz.es/redes", "<p>El Ayuntamiento de Cádiz es miembro de Eurocities desde 2009.</p>",
     ("eurocities", "2009")),
    # the authority's own page: its address spells the authority's noun
    ("fr", "https://www.dijon.fr/Dijon-metropole/reseaux", "<p>La métropole est membre d'Energy Cities depuis 2008."
                                                           "</p>", ("energy-cities", "2008")),
    ("fr", "https://metropole.nantes.fr/reseaux", "<p>La Métropole est membre d'Eurocities depuis 2007.</p>",
     ("eurocities", "2007")),
    # a site the authority shares: the page has it act throughout, as the one it speaks for
    ("fr", "https://www.brest.fr/reseaux", "<p>Brest métropole s'appuie sur plusieurs réseaux de collectivités.</p>"
                                           "<h2>Energy Cities</h2><p>Brest métropole a rejoint Energy Cities en 2009."
                                           "</p><p>Enfin, la métropole est membre de Cités Unies France.</p>",
     ("energy-cities", "2009")),
    # the authority unnamed: the body the page speaks for, on a site shared with it
    ("fr", "https://www.dijon.fr/reseaux", "<p>La métropole est membre d'Energy Cities depuis 2008.</p>",
     ("energy-cities", "2008")),
    # the authority named after the city's subject
    ("fr", "https://rouen.fr/ma-ville/reseaux", "<p>Avec la Métropole, la Ville est membre d'Energy Cities depuis "
                                                "2017.</p>", ("energy-cities", "2017")),
])
def test_the_citys_own_joining_stays(lang, url, body, expected):
    assert expected in {(network, value) for network, attribute, value, _ in facts_of_snippet(body, lang, url=url)
                        if attribute == "joined"}


@pytest.mark.parametrize("lang, url, body", [
    # prose: another city's name opens the sentence, the joining's verb right after it
    ("fr", "https://www.mairie-libreville.ga/cooperation", "<p>Libreville est membre de l'AIMF depuis 1979.</p><p>"
                                                           "Port-Gentil a rejoint le réseau Maires pour la Paix en "
                                                           "2019 ; d'autres communes gabonaises envisagent d'y "
                                                           "adhérer.</p>"),
    ("en", "https://www.leeds.gov.uk/international", "<p>Leeds is a member of Eurocities.</p><div class='card'><p>"
                                                     "Bradford joined Energy Cities in 2015.</p></div>"),
    ("es", "https://www.aytoleon.es/redes", "<p>León es miembro de la FEMP.</p><table><tr><td>Getafe se unió a "
                                            "Eurocities en 2015.</td></tr></table>"),
    ("it", "https://www.comune.salerno.it/reti", "<p>Salerno è socia dell'ANCI.</p><p>Terni ha aderito a Eurocities "
                                                 "nel 2015.</p>"),
    ("fr", "https://www.mairie-libreville.ga/cooperation", "<p>Libreville est membre de l'AIMF.</p><ul><li>Owendo est "
                                                           "membre d'Energy Cities depuis 2012.</li></ul>"),
])
def test_another_city_opening_the_sentence_before_its_joining_verb_joins_for_itself(lang, url, body):
    assert not any(network != "aimf" and attribute == "joined"
                   for network, attribute, _, _ in facts_of_snippet(body, lang, url=url))


@pytest.mark.parametrize("lang, url, body, expected", [
    # the traps: the city itself, a pronoun, an adverb before a subject left out, the city's other name the page
    # writes often
    ("fr", "https://www.mairie-libreville.ga/cooperation", "<p>Libreville est membre de l'AIMF.</p><p>Libreville a "
                                                           "rejoint Maires pour la Paix en 2019.</p>",
     ("mayors-for-peace", "2019")),
    ("fr", "https://www.mairie-libreville.ga/cooperation", "<p>Libreville est membre de l'AIMF.</p><p>Elle a rejoint "
                                                           "Maires pour la Paix en 2019.</p>",
     ("mayors-for-peace", "2019")),
    ("es", "https://www.aytoleon.es/redes", "<p>León es miembro de la FEMP.</p><p>Posteriormente se unió a "
                                            "Eurocities en 2015.</p>", ("eurocities", "2015")),
    ("it", "https://www.comune.salerno.it/reti", "<p>Salerno è socia dell'ANCI.</p><p>Successivamente ha aderito a "
                                                 "Eurocities nel 2015.</p>", ("eurocities", "2015")),
    ("es", "https://www.donostia.eus/redes", "<p>Donostia / San Sebastián participa en redes. San Sebastián acoge "
                                             "foros.</p><p>Eurocities reúne a 200 ciudades. San Sebastián es miembro "
                                             "de Eurocities desde 2005.</p>", ("eurocities", "2005")),
    # German writes every noun in capitals: a capital is no sign of a place there
    ("de", "https://www.darmstadt.de/internationales", "<p>Darmstadt ist seit 2010 Mitglied im Klima-Bündnis.</p>",
     ("climate-alliance", "2010")),
])
def test_the_citys_own_joining_opening_the_sentence_stays(lang, url, body, expected):
    assert expected in {(network, value) for network, attribute, value, _ in facts_of_snippet(body, lang, url=url)
                        if attribute == "joined"}


@pytest.mark.parametrize("lang, body, network, founded, joined", [
    # prose: the network's founding given first, then the member's own ("its") founding as the joining's date
    ("fr", "<h2>Union des municipalités du Québec (UMQ)</h2><p>Fondée en 1919, l'Union des municipalités du Québec "
           "est la voix des gouvernements de proximité. Lévis en est membre depuis sa constitution, le 1er janvier "
           "2002, et siège au caucus des grandes villes.</p>", "union-des-municipalites-du-quebec", "1919",
     "2002-01-01"),
    ("en", "<p>Eurocities was founded in 1986. Leeds has been a member of Eurocities since its establishment in "
           "1992.</p>", "eurocities", "1986", "1992"),
    ("de", "<p>Der Deutsche Städtetag wurde 1905 gegründet. Die Stadt ist seit ihrer Gründung 1975 Mitglied im "
           "Deutschen Städtetag.</p>", "deutscher-stadtetag", "1905", "1975"),
    ("es", "<p>La FEMP fue fundada en 1981. La ciudad es socia de la FEMP desde su constitución, en 1985.</p>",
     "federacion-espanola-de-municipios-y-provincias", "1981", "1985"),
    # a card
    ("it", "<div class='card'><h3>ANCI</h3><p>L'ANCI è stata fondata nel 1901. Il Comune è socio dell'ANCI dalla sua "
           "costituzione, nel 1946.</p></div>", "associazione-nazionale-comuni-italiani", "1901", "1946"),
])
def test_the_members_own_founding_is_no_second_founding_of_the_network(lang, body, network, founded, joined):
    found = facts_of_snippet(body, lang)
    assert {value for net, attribute, value, _ in found if net == network and attribute == "founded"} == {founded}
    assert (network, "joined", joined) in {fact[:3] for fact in found}


def test_a_membership_since_the_founding_the_page_dates_alike_stays():
    # the trap: the same year as the founding stated, the network's founding indeed
    body = ("<h2>UCUE</h2><p>Fondée en 1961, l'Union des capitales de l'Union européenne réunit les capitales. Paris "
            "en est membre depuis sa création, en 1961.</p>")
    found = {fact[:3] for fact in facts_of_snippet(body, "fr")}
    assert {("ucue", "founded", "1961"), ("ucue", "joined", "1961")} <= found
