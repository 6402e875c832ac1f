"""Round 19: facts read on a page that are no fact of the network named beside them.

Another city's joining in German word order ("Hannover ist bereits seit 2012 Mitglied, Oldenburg seit 2019" on
Göttingen's page) or set off by an apposition ("Brazzaville, voisine de l'autre rive du fleuve, a rejoint Metropolis
en 2019" on Kinshasa's page) is that city's, not the publishing city's."""

import pytest
from helpers.extracted import facts_of_snippet


def _joinings(body: str, lang: str, url: str) -> set[tuple[str, str]]:
    return {(network, value) for network, attribute, value, _ in facts_of_snippet(body, lang, url=url)
            if attribute == "joined"}


GOETTINGEN = "https://www.goettingen.de/international"


@pytest.mark.parametrize("body, absent", [
    # prose: the other cities' joinings after the city's own, the second one's verb left out
    ("<p>Göttingen ist seit 2024 Mitglied der ECCAR. Mit dem Beitritt folgt Göttingen zahlreichen niedersächsischen "
     "Städten: Hannover ist bereits seit 2012 Mitglied, Oldenburg seit 2019.</p>", {"2012", "2019"}),
    # a card: another city's joining with "trat ... bei"
    ("<div class='card'><h3>Klima-Bündnis</h3><p>Göttingen ist seit 2009 Mitglied im Klima-Bündnis.</p><p>Kassel "
     "trat 2015 dem Klima-Bündnis bei.</p></div>", {"2015"}),
    # a list item: "gehört ... an"
    ("<ul><li>Göttingen ist seit 2009 Mitglied bei Eurocities.</li><li>Braunschweig gehört dem Netzwerk seit "
     "2016 an.</li></ul>", {"2016"}),
    # a table cell
    ("<p>Göttingen ist seit 2009 Mitglied bei Energy Cities.</p><table><tr><td>Wolfsburg ist seit 2018 Mitglied bei "
     "Energy Cities.</td></tr></table>", {"2018"}),
])
def test_another_citys_joining_in_german_word_order_is_not_the_citys(body, absent):
    assert not {value for _, value in _joinings(body, "de", GOETTINGEN)} & absent


@pytest.mark.parametrize("body, expected", [
    # the traps: the city itself, the city after an adverb, "die Stadt" after one, the city in a list item
    ("<p>Göttingen ist seit 2024 Mitglied der ECCAR.</p>", ("eccar", "2024")),
    ("<p>Göttingen arbeitet in Netzwerken. Zudem ist die Stadt seit 2012 Mitglied bei Eurocities.</p>",
     ("eurocities", "2012")),
    ("<p>Göttingen arbeitet in Netzwerken. Heute ist Göttingen seit 2012 Mitglied bei Eurocities.</p>",
     ("eurocities", "2012")),
    ("<dl><dt>Eurocities</dt><dd>Göttingen ist seit 2012 Mitglied.</dd></dl>", ("eurocities", "2012")),
])
def test_the_citys_own_german_joining_stays(body, expected):
    assert expected in _joinings(body, "de", GOETTINGEN)


@pytest.mark.parametrize("lang, url, body", [
    # prose: another city's name, its apposition, the joining's verb
    ("fr", "https://www.kinshasa.cd/reseaux", "<p>Kinshasa est membre de l'AIMF depuis 1979.</p><p>Brazzaville, "
                                              "voisine de l'autre rive du fleuve, a rejoint Metropolis en 2019 : les "
                                              "deux capitales travaillent ensemble.</p>"),
    # a card
    ("en", "https://www.leeds.gov.uk/international", "<p>Leeds is a member of Eurocities.</p><div class='card'><p>"
                                                     "Bradford, our neighbour to the west, joined Energy Cities in "
                                                     "2015.</p></div>"),
    # a table cell
    ("es", "https://www.aytoleon.es/redes", "<p>León es miembro de la FEMP.</p><table><tr><td>Ponferrada, capital "
                                            "del Bierzo, se unió a Eurocities en 2015.</td></tr></table>"),
    # a list item
    ("it", "https://www.comune.salerno.it/reti", "<p>Salerno è socia dell'ANCI.</p><ul><li>Avellino, capoluogo "
                                                 "dell'Irpinia, ha aderito a Eurocities nel 2015.</li></ul>"),
])
def test_another_city_set_off_by_its_apposition_joins_for_itself(lang, url, body):
    assert not {network for network, _ in _joinings(body, lang, url)} - {"aimf"}


@pytest.mark.parametrize("lang, url, body, expected", [
    # the traps: the city itself with its apposition, an adverb and a date set off before a subject left out
    ("fr", "https://www.kinshasa.cd/reseaux", "<p>Kinshasa est membre de l'AIMF.</p><p>Kinshasa, capitale de la RDC, "
                                              "a rejoint Metropolis en 2019.</p>", ("metropolis", "2019")),
    ("es", "https://www.aytoleon.es/redes", "<p>León es miembro de la FEMP.</p><p>Posteriormente, en 2015, se unió a "
                                            "Eurocities.</p>", ("eurocities", "2015")),
    ("it", "https://www.comune.salerno.it/reti", "<p>Salerno è socia dell'ANCI.</p><p>Inoltre, nel 2015, ha aderito "
                                                 "a Eurocities.</p>", ("eurocities", "2015")),
    ("de", "https://www.goettingen.de/international", "<p>Göttingen, Universitätsstadt in Niedersachsen, ist seit 2012 "
                                                      "Mitglied bei Eurocities.</p>", ("eurocities", "2012")),
])
def test_the_citys_own_joining_after_an_apposition_stays(lang, url, body, expected):
    assert expected in _joinings(body, lang, url)


def _seats(body: str, lang: str) -> set[tuple[str, str]]:
    return {(network, value) for network, attribute, value, _ in facts_of_snippet(body, lang)
            if attribute == "headquarters"}


@pytest.mark.parametrize("lang, body, seat, other", [
    # prose: the seat, then a further office in the same sentence
    ("de", "<p>Der Deutsche Städtetag hat seine Hauptgeschäftsstelle in Berlin und eine weitere Geschäftsstelle in "
           "Köln.</p>", "Berlin", "Köln"),
    ("en", "<p>Eurocities has its headquarters in Brussels, with a second office in Barcelona.</p>", "Brussels",
     "Barcelona"),
    # a card
    ("fr", "<div class='card'><h3>AIMF</h3><p>Le siège de l'AIMF est à Paris ; un autre bureau est installé à "
           "Dakar.</p></div>", "Paris", "Dakar"),
    # a table cell
    ("es", "<table><tr><td>La FEMP tiene su sede en Madrid y otra oficina en Bruselas.</td></tr></table>",
     "Madrid", "Bruselas"),
    # a definition list
    ("it", "<dl><dt>ANCI</dt><dd>L'ANCI ha sede a Roma e un'altra sede a Bruxelles.</dd></dl>", "Roma",
     "Bruxelles"),
])
def test_a_further_office_beside_the_seat_is_no_seat(lang, body, seat, other):
    seats = {value for _, value in _seats(body, lang)}
    assert seat in seats
    assert other not in seats


@pytest.mark.parametrize("lang, body, seat", [
    # the traps: the seat alone, the seat after "other" words that name no office
    ("de", "<p>Die Geschäftsstelle des Deutschen Städtetages ist in Köln.</p>", "Köln"),
    ("en", "<p>Like other networks, Eurocities has its headquarters in Brussels.</p>", "Brussels"),
    ("fr", "<p>Après une deuxième assemblée à Lyon, l'AIMF a son siège à Paris.</p>", "Paris"),
])
def test_the_networks_seat_stays(lang, body, seat):
    assert seat in {value for _, value in _seats(body, lang)}


def _country_counts(body: str, lang: str) -> set[str]:
    return {value for _, attribute, value, _ in facts_of_snippet(body, lang) if attribute == "member_countries"}


@pytest.mark.parametrize("lang, body", [
    # prose: a quote of the mayor on the city's people
    ("de", "<p>Göttingen ist seit 2024 Mitglied der ECCAR. „Göttingen ist eine Stadt, in der Menschen aus mehr als 150 "
           "Nationen zuhause sind“, sagt die Oberbürgermeisterin.</p>"),
    # a card
    ("en", "<div class='card'><h3>ECCAR</h3><p>Victoria joined ECCAR in 2020. Victoria welcomes residents from over "
           "140 countries.</p></div>"),
    # a list item
    ("es", "<ul><li>Mendoza es miembro de Mercociudades desde 1999: en la ciudad conviven personas de más de 100 "
           "países.</li></ul>"),
    # a definition list
    ("it", "<dl><dt>ECCAR</dt><dd>Bari aderisce alla ECCAR dal 2015. L'università accoglie studenti provenienti da 90 "
           "paesi.</dd></dl>"),
    # a table cell
    ("fr", "<table><tr><td>Pau est membre de l'AIMF depuis 1990. La ville compte des habitants originaires de 120 "
           "pays.</td></tr></table>"),
])
def test_the_countries_a_citys_people_come_from_are_no_member_countries(lang, body):
    assert _country_counts(body, lang) == set()


@pytest.mark.parametrize("lang, body, expected", [
    # the traps: the network's own countries, its members from countries, the inhabitants it represents
    ("en", "<p>Eurocities brings together cities from 38 countries.</p>", "38"),
    ("fr", "<p>Maires pour la Paix compte plus de 8 000 villes dans 166 pays.</p>", "166"),
    ("de", "<p>Der Rat der Gemeinden und Regionen Europas vereint Verbände aus 41 Ländern.</p>", "41"),
    ("fr", "<p>L'AIMF représente les habitants de 54 pays.</p>", "54"),
])
def test_a_networks_own_countries_stay(lang, body, expected):
    assert expected in _country_counts(body, lang)


def _city_counts(body: str, lang: str) -> set[str]:
    return {value for _, attribute, value, _ in facts_of_snippet(body, lang) if attribute == "member_cities"}


@pytest.mark.parametrize("lang, body, regions_count", [
    # prose: the city as one of a region's towns in a global network
    ("en", "<p>Hamilton joined the Global Covenant of Mayors in 2017. Hamilton is one of 13 Ontario municipalities "
           "that have signed on to the Global Covenant.</p>", "13"),
    # a card
    ("de", "<div class='card'><h3>Klima-Bündnis</h3><p>Göttingen ist eine der 13 niedersächsischen Städte im "
           "Klima-Bündnis.</p></div>", "13"),
    # a list item
    ("es", "<ul><li>Eurocities: Bilbao es uno de los 9 municipios vascos de la red.</li></ul>", "9"),
    # a table cell
    ("it", "<table><tr><td>Energy Cities: Sassari è uno dei 7 comuni sardi della rete.</td></tr></table>", "7"),
    # a definition list
    ("fr", "<dl><dt>Energy Cities</dt><dd>Rennes est l'une des 12 communes bretonnes membres du réseau.</dd></dl>",
     "12"),
])
def test_one_of_a_regions_towns_is_no_count_of_the_network(lang, body, regions_count):
    assert regions_count not in _city_counts(body, lang)


@pytest.mark.parametrize("lang, body, expected", [
    # the traps: the network's own count after "one of", a country's towns in a national federation
    ("en", "<p>Leeds is one of more than 200 cities in Eurocities.</p>", "200"),
    ("en", "<p>Leeds is one of 200 Eurocities members.</p>", "200"),
    ("en", "<p>Hamilton is one of 400 Canadian municipalities in the Federation of Canadian Municipalities.</p>",
     "400"),
    ("fr", "<p>Lyon est l'une des 200 villes membres d'Eurocities.</p>", "200"),
    ("en", "<p>Liverpool is one of the 11 members of Core Cities UK.</p>", "11"),
])
def test_one_of_the_networks_towns_keeps_its_count(lang, body, expected):
    assert expected in _city_counts(body, lang)
