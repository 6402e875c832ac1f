"""Wordings a careful reader reads the same way in the five languages, each with the trap its rule must not catch.

Another city's joining, its subject named behind a noun ("Our twin town Osnabrück joined in 2006", "La ville de Namur,
qui a rejoint l'association en 2024,") or set off by a clause that names the publishing city ("Anche Bergamo, con cui
Brescia ha condiviso il titolo, ha aderito a Eurocities"): not the publishing city's joining. A seat's place named
behind its town's noun ("in the French city of Besançon", "dessen Sitz sich in unserer Partnerstadt Besançon
befindet"): the place is the name, and a name that holds the noun ("Ciudad de México") stays whole. A network
that is a programme, joined as one ("au programme Cités interculturelles", "the 100 Resilient Cities programme"): the
network's joining, not a programme's of a network ("le programme Cities4Climate d'Eurocities"). A joining's date set
apart from its verb: between the verb and the pact signed ("a signé dès 2009 la Convention des Maires"), after Italian's
article ("ha aderito il 24 novembre 2025"), after a participle's apposition ("joined Eurocities, founded by six cities
in 1986, in 2004"), whose own dates are not the joining's. A number inside a network's name ("100 Resilient Cities")
counts nothing.
"""


import pytest
from helpers.extracted import values_of


def _joinings(body: str, lang: str, host: str) -> set[tuple[str, str]]:
    """(network, year) of each joining read from `body` inside the <main> of a page of `host`."""
    return values_of("joined", body, lang, url=f"https://{host}/international/networks", title="International")


@pytest.mark.parametrize("lang, host, body, expected", [
    ("en", "www.derby.gov.uk", "<h2>Mayors for Peace</h2><p>Derby is a member of Mayors for Peace. Our twin town "
     "Osnabrück joined in 2006.</p>", set()),
    ("fr", "www.mons.be", "<h2>AIMF</h2><p>Mons est membre de l'AIMF. La ville de Namur, qui a rejoint l'association "
     "en 2024, y était représentée.</p>", set()),
    ("es", "www.medellin.gov.co", "<h2>CGLU</h2><p>Medellín es miembro de CGLU. La ciudad de Cali, que se unió a la "
     "organización en 2010, también asistió.</p>", set()),
    ("de", "www.freiburg.de", "<h2>Eurocities</h2><p>Freiburg ist Mitglied. Unsere Partnerstadt Besançon trat "
     "Eurocities 1995 bei.</p>", set()),
    ("it", "www.comune.brescia.it", "<h2>Eurocities</h2><p>Brescia è membro di Eurocities. Anche Bergamo, con cui "
     "Brescia ha condiviso il titolo di Capitale della Cultura, ha aderito a Eurocities nel 2019.</p>", set()),
    ("fr", "www.poitiers.fr", "<h2>Eurocities</h2><p>Marbourg, ville jumelle de Poitiers, a rejoint Eurocities en "
     "2012.</p>", set()),
    # the publishing city behind the same nouns, or the subject of the clause beside: its own joining
    ("fr", "www.mons.be", "<h2>AIMF</h2><p>La ville de Mons a rejoint l'AIMF en 2016.</p>", {("aimf", "2016")}),
    ("en", "www.derby.gov.uk", "<h2>Mayors for Peace</h2><p>The City of Derby joined Mayors for Peace in 2006.</p>",
     {("mayors-for-peace", "2006")}),
    ("it", "www.comune.brescia.it", "<h2>Eurocities</h2><p>Brescia, che ha condiviso con Bergamo il titolo di Capitale "
     "della Cultura, ha aderito a Eurocities nel 2019.</p>", {("eurocities", "2019")}),
    ("fr", "www.mons.be", "<h2>AIMF</h2><p>La Ville a rejoint l'AIMF en 2016.</p>", {("aimf", "2016")}),
])
def test_another_citys_joining_named_behind_a_noun_or_a_clause(lang, host, body, expected):
    assert _joinings(body, lang, host) == expected


@pytest.mark.parametrize("lang, body, expected", [
    ("en", "Energy Cities is headquartered in the French city of Besançon.", {("energy-cities", "Besançon")}),
    ("en", "Energy Cities, whose secretariat is located in our twin city Besançon, brings together 1,000 towns.",
     {("energy-cities", "Besançon")}),
    ("fr", "Energy Cities a son siège dans la ville française de Besançon.", {("energy-cities", "Besançon")}),
    ("fr", "Energy Cities, dont le siège se trouve dans notre ville jumelle de Besançon, réunit 1 000 villes.",
     {("energy-cities", "Besançon")}),
    ("de", "Freiburg arbeitet im Netzwerk Energy Cities mit, dessen Sitz sich in unserer Partnerstadt Besançon "
           "befindet.", {("energy-cities", "Besançon")}),
    ("de", "Energy Cities hat seinen Sitz in der französischen Stadt Besançon.", {("energy-cities", "Besançon")}),
    ("es", "Energy Cities tiene su sede en la ciudad francesa de Besanzón.", {("energy-cities", "Besanzón")}),
    ("it", "Energy Cities ha sede nella città francese di Besançon.", {("energy-cities", "Besançon")}),
])
def test_a_seats_place_named_behind_its_towns_noun(lang, body, expected):
    found = values_of("headquarters", f"<p>{body}</p>", lang)
    assert found == expected


@pytest.mark.parametrize("lang, body, expected", [
    ("es", "CGLU tiene su sede en Ciudad de México.", {("uclg", "Ciudad de México")}),
    ("it", "La rete Eurocities ha sede a Città di Castello.", {("eurocities", "Città di Castello")}),
    ("en", "C40 is based in Mexico City.", {("c40", "Mexico City")}),
])
def test_a_place_whose_name_holds_the_noun_stays_whole(lang, body, expected):
    assert values_of("headquarters", f"<p>{body}</p>", lang) == expected


@pytest.mark.parametrize("lang, body, expected", [
    ("fr", "Sherbrooke s'est jointe en 2019 au programme Cités interculturelles du Conseil de l'Europe.",
     {("intercultural-cities", "2019")}),
    ("fr", "Sherbrooke a adhéré au programme Cités interculturelles en 2019.", {("intercultural-cities", "2019")}),
    ("it", "Con la firma del sindaco, il Comune ha aderito nel 2025 al programma Intercultural Cities.",
     {("intercultural-cities", "2025")}),
    ("es", "El Ayuntamiento se adhirió en 2019 al programa Ciudades Interculturales.",
     {("intercultural-cities", "2019")}),
    ("de", "Die Stadt trat 2019 dem Programm Intercultural Cities bei.", {("intercultural-cities", "2019")}),
    ("en", "Wellington joined the 100 Resilient Cities programme in December 2014.",
     {("resilient-cities-network", "2014-12")}),
    ("en", "Leeds joined the Intercultural Cities programme in 2014.", {("intercultural-cities", "2014")}),
    # a programme of the network, a campaign, a challenge: not the network
    ("fr", "Nantes a rejoint en 2021 le programme Cities4Climate d'Eurocities.", set()),
    ("en", "Leeds joined the Energy Cities challenge in 2021.", set()),
    ("it", "Il Comune ha aderito nel 2020 alla campagna di Mayors for Peace.", set()),
])
def test_a_network_joined_as_the_programme_it_is(lang, body, expected):
    assert values_of("joined", f"<p>{body}</p>", lang) == expected


@pytest.mark.parametrize("lang, body, expected", [
    # the date between the verb and the pact it signs
    ("fr", "La Ville a signé dès 2009 la Convention des Maires, lancée par la Commission européenne en 2008.",
     {("covenant-of-mayors", "2009")}),
    ("en", "The Council signed in 2009 the Covenant of Mayors.", {("covenant-of-mayors", "2009")}),
    ("es", "El Ayuntamiento firmó en 2009 el Pacto de los Alcaldes.", {("covenant-of-mayors", "2009")}),
    ("it", "Il Comune ha firmato il 24 novembre 2025 il Patto dei Sindaci.", {("covenant-of-mayors", "2025-11-24")}),
    ("de", "Die Stadt unterzeichnete 2009 den Konvent der Bürgermeister.", {("covenant-of-mayors", "2009")}),
    # the day after Italian's article
    ("it", "Il Comune ha aderito il 24 novembre 2025 alla rete Eurocities.", {("eurocities", "2025-11-24")}),
    # the date after a participle's apposition, not inside it
    ("en", "Wellington joined the 100 Resilient Cities programme, pioneered by the Rockefeller Foundation, in December "
           "2014.", {("resilient-cities-network", "2014-12")}),
    ("en", "Leeds joined Eurocities, founded by six cities in 1986, in 2004.", {("eurocities", "2004")}),
    ("fr", "Lyon a rejoint Eurocities, fondé par six villes en 1986, en 1991.", {("eurocities", "1991")}),
    ("es", "Bilbao se unió a Eurocities, fundada por seis ciudades en 1986, en 2004.", {("eurocities", "2004")}),
    ("it", "Bologna ha aderito a Eurocities, fondata da sei città nel 1986, nel 1992.", {("eurocities", "1992")}),
    # traps: a text of the network signed; a joining whose only date is the participle's
    ("fr", "La Ville a signé en 2009 la déclaration d'Eurocities.", set()),
    ("es", "El Ayuntamiento firmó en 2009 la Declaración de Eurocities.", set()),
    ("en", "Leeds joined Eurocities, founded by six cities in 1986.", set()),
])
def test_a_joinings_date_set_apart_from_its_verb(lang, body, expected):
    assert values_of("joined", f"<p>{body}</p>", lang) == expected


@pytest.mark.parametrize("lang, body, expected", [
    ("fr", "La Ville a officiellement adhéré en août 2024 au réseau Maires pour la paix, fondé en 1982 à l'initiative "
           "du maire d'Hiroshima.", {("mayors-for-peace", "2024-08")}),
    ("it", "Il Comune ha aderito nel 2009 al Patto dei Sindaci, lanciato dalla Commissione europea nel 2008.",
     {("covenant-of-mayors", "2009")}),
    ("it", "2009: Bergamo firma il Patto dei Sindaci e si impegna a ridurre le emissioni del 20% entro il 2020.",
     {("covenant-of-mayors", "2009")}),
])
def test_a_joinings_date_before_the_participle_or_without_a_day_stays(lang, body, expected):
    assert values_of("joined", f"<p>{body}</p>", lang) == expected


@pytest.mark.parametrize("lang, body, expected", [
    ("en", "Wellington joined the 100 Resilient Cities programme in December 2014.", set()),
    ("es", "Quito formó parte de 100 Resilient Cities desde 2014.", set()),
    ("de", "Die Stadt trat 2014 dem Programm 100 Resilient Cities bei.", set()),
    ("fr", "Belfast a rejoint le programme 100 Resilient Cities en 2018.", set()),
    ("it", "Roma ha aderito al programma 100 Resilient Cities nel 2013.", set()),
    # the network's members counted beside its name are still counted
    ("en", "The Resilient Cities Network brings together 100 cities.", {("resilient-cities-network", "100")}),
])
def test_a_number_inside_a_networks_name_counts_nothing(lang, body, expected):
    assert values_of("member_cities", f"<p>{body}</p>", lang) == expected
