"""Which network: a network's regional or national section is a network of its own ("CGLU Afrique", "UCLG Africa",
"ICLEI Europa", "Klimabündnis Österreich", "Rete Italiana Città Sane – OMS", "Red Española de Ciudades Saludables",
"UK Healthy Cities Network"), whose facts are not its parent's; the city's joining of the parent stays the parent's
when the sentence goes on to the section it takes part in ("Quito es miembro desde 2004 y participa en la sección
latinoamericana, FLACMA"); the seat of a section its parent's text names by the section's own name is the
section's."""

import pytest
from helpers.extracted import triples_of_snippet as _facts

from scraper.parsers.networks import network_ids


@pytest.mark.parametrize("text, expected", [
    ("Abidjan est membre de CGLU Afrique depuis 2005.", ["cglu-afrique"]),
    ("Lusaka is a member of UCLG Africa.", ["cglu-afrique"]),
    ("Jakarta chairs UCLG Asia-Pacific.", ["uclg-asia-pacific"]),
    ("Die Stadt arbeitet mit ICLEI Europa zusammen.", ["iclei-europa"]),
    ("Quito participa en ICLEI América Latina.", ["iclei-america-latina"]),
    ("Linz ist Mitglied im Klimabündnis Österreich.", ["klimabundnis-osterreich"]),
    ("Brescia aderisce alla Rete Italiana Città Sane – OMS.", ["rete-italiana-citta-sane-oms"]),
    ("Gijón forma parte de la Red Española de Ciudades Saludables.", ["red-espanola-de-ciudades-saludables"]),
    ("Nantes est membre du Réseau français des Villes-Santé.", ["reseau-francais-des-villes-sante"]),
    ("Leicester is a member of the UK Healthy Cities Network.", ["uk-healthy-cities-network"]),
    # the network itself, however close a region, a country or a number stands
    ("Eurocities 2030 is the network's strategy.", ["eurocities"]),
    ("Rennes est membre de Cités Unies France.", ["cites-unies-france"]),
    ("Derby was a member of the WHO European Healthy Cities Network.", ["who-healthy-cities"]),
    ("La rete europea Città Sane riunisce 100 città.", ["who-healthy-cities"]),
    ("Lyon adhère à l'Association française du Conseil des communes et régions d'Europe.", ["afccre"]),
    ("Perugia ospita il Coordinamento nazionale degli enti locali per la pace.",
     ["coordinamento-nazionale-degli-enti-locali-per-la-pace-e-i-diritti-umani"]),
    ("Freiburg ist Sitz des ICLEI-Europasekretariats.", ["iclei"]),
    ("Innsbruck ist Mitglied im Gesunde Städte-Netzwerk der WHO.", ["who-healthy-cities"]),
    ("Glasgow works with Eurocities, Europe's network of large cities.", ["eurocities"]),
])
def test_a_section_is_named_as_a_network_of_its_own(text, expected):
    assert network_ids(text) == expected


@pytest.mark.parametrize("lang, body, expected", [
    ("fr", "<h2>CGLU Afrique</h2><p>Membre depuis 2005</p><p>Siège : Rabat</p><p>Près de 350 villes membres</p>",
     {("cglu-afrique", "joined", "2005"), ("cglu-afrique", "headquarters", "Rabat"),
      ("cglu-afrique", "member_cities", "350")}),
    ("it", "<h2>Rete Italiana Città Sane – OMS</h2><p>Sede: Modena</p><p>Oltre 70 comuni aderenti</p>"
           "<p>Membro dal 2001</p>",
     {("rete-italiana-citta-sane-oms", "headquarters", "Modena"),
      ("rete-italiana-citta-sane-oms", "member_cities", "70"), ("rete-italiana-citta-sane-oms", "joined", "2001")}),
    ("en", "<h2>UCLG Africa</h2><p>Lusaka joined UCLG Africa in 2008. The section brings together 40 national "
           "associations.</p>", {("cglu-afrique", "joined", "2008"), ("cglu-afrique", "member_associations", "40")}),
    ("de", "<h2>Klimabündnis Österreich</h2><p>Linz ist seit 1993 Mitglied im Klimabündnis Österreich.</p>",
     {("klimabundnis-osterreich", "joined", "1993")}),
    ("es", "<h2>Red Española de Ciudades Saludables</h2><p>Gijón es miembro de la Red Española de Ciudades Saludables "
           "desde 1998.</p>", {("red-espanola-de-ciudades-saludables", "joined", "1998")}),
])
def test_a_sections_facts_are_its_own_not_its_networks(lang, body, expected):
    assert _facts(body, lang) == expected


@pytest.mark.parametrize("lang, body, expected", [
    ("es", "<h2>CGLU</h2><p>Quito es miembro desde 2004 y participa en la sección latinoamericana, FLACMA.</p>",
     {("uclg", "joined", "2004")}),
    ("fr", "<h2>CGLU</h2><p>Dakar en est membre depuis 2004 et siège dans sa section africaine, CGLU Afrique.</p>",
     {("uclg", "joined", "2004")}),
    ("en", "<h2>UCLG</h2><p>Lusaka has been a member since 2004 and takes part in its regional section, UCLG Africa."
           "</p>", {("uclg", "joined", "2004")}),
    ("de", "<h2>Klima-Bündnis</h2><p>Linz ist seit 1993 Mitglied und arbeitet im Klimabündnis Österreich mit.</p>",
     {("climate-alliance", "joined", "1993")}),
    ("it", "<h2>Rete delle Città Sane</h2><p>Brescia ne è membro dal 2001 e partecipa alla Rete Italiana Città Sane."
           "</p>", {("who-healthy-cities", "joined", "2001")}),
    ("es", "<h2>Asociación Internacional de Ciudades Educadoras</h2><p>Medellín forma parte de la asociación desde "
           "2004, en representación de la Red Latinoamericana de Ciudades Educadoras.</p>",
     {("iaec", "joined", "2004")}),
    # the section's own joining: the section is what the city joined, or is named before the date
    ("es", "<h2>CGLU</h2><p>En 2005 Quito se unió a la sección latinoamericana, FLACMA.</p>",
     {("flacma", "joined", "2005")}),
    ("es", "<h2>CGLU</h2><p>Quito forma parte de FLACMA, la sección latinoamericana, desde 2005.</p>",
     {("flacma", "joined", "2005")}),
    ("fr", "<h2>CGLU</h2><p>Abidjan a rejoint CGLU Afrique en 2005.</p>", {("cglu-afrique", "joined", "2005")}),
])
def test_the_citys_joining_stays_the_networks_when_the_sentence_goes_on_to_its_section(lang, body, expected):
    assert _facts(body, lang) == expected


@pytest.mark.parametrize("lang, body, expected", [
    ("fr", "<h2>CGLU</h2><p>Tunis est représentée au sein de sa section africaine, CGLU Afrique, dont le siège est à "
           "Rabat.</p>", {("cglu-afrique", "headquarters", "Rabat")}),
    ("en", "<h2>ICLEI</h2><p>Cork works with ICLEI Europe, based in Freiburg.</p>", set()),
    ("de", "<h2>Klima-Bündnis</h2><p>In Österreich koordiniert das Klimabündnis Österreich mit Sitz in Wien die "
           "Arbeit der Gemeinden.</p>", {("klimabundnis-osterreich", "headquarters", "Wien")}),
    # the section's seat where the section is what the text presents
    ("fr", "<p>Les maires africains se réunissent à l'invitation de CGLU Afrique, dont le siège est à Rabat.</p>",
     {("cglu-afrique", "headquarters", "Rabat")}),
    ("en", "<h2>UCLG Africa</h2><p>UCLG Africa has its seat in Rabat.</p>",
     {("cglu-afrique", "headquarters", "Rabat")}),
])
def test_the_seat_of_a_section_its_parents_text_names_is_the_sections(lang, body, expected):
    assert {fact for fact in _facts(body, lang) if fact[1] == "headquarters"} == expected


@pytest.mark.parametrize("lang, body, expected", [
    ("en", "<h2>Resilient Cities Network</h2><p>Wellington joined the 100 Resilient Cities programme in 2014.</p>",
     set()),
    ("fr", "<p>Paris fait partie du réseau 100 Resilient Cities depuis 2013.</p>", set()),
    ("de", "<p>Rotterdam ist seit 2013 Teil des Programms 100 Resilient Cities.</p>", set()),
    ("es", "<p>Medellín se sumó a 100 Resilient Cities en 2014.</p>", set()),
    ("it", "<p>Roma ha aderito a 100 Resilient Cities nel 2013.</p>", set()),
    # the network's count, after its name
    ("en", "<p>The 100 Resilient Cities network now links 97 cities.</p>", {("resilient-cities-network", "97")}),
])
def test_a_number_inside_a_networks_name_is_no_count(lang, body, expected):
    assert {(network, value) for network, attribute, value in _facts(body, lang)
            if attribute == "member_cities"} == expected


@pytest.mark.parametrize("lang, body", [
    ("es", "<h2>C40</h2><p>Red de alcaldes de casi 100 ciudades líderes comprometidas con la acción climática, con "
           "sede en Londres.</p>"),
    ("fr", "<h2>C40</h2><p>Réseau de maires de près de 100 villes engagées pour le climat, basé à Londres.</p>"),
    ("en", "<h2>C40</h2><p>Network of mayors of nearly 100 leading cities, based in London.</p>"),
    ("it", "<h2>C40</h2><p>Rete di sindaci di quasi 100 città impegnate per il clima, con sede a Londra.</p>"),
    ("de", "<h2>C40</h2><p>Netzwerk der Bürgermeister von fast 100 Städten für den Klimaschutz mit Sitz in London."
           "</p>"),
])
def test_a_description_with_a_number_of_members_is_no_networks_name(lang, body):
    assert {network for network, _, _ in _facts(body, lang)} == {"c40"}


def test_a_name_by_its_form_without_a_number_still_names_a_network():
    body = "<h2>Réseaux</h2><p>L'Union mondiale des villes olympiques, fondée en 2002, a son siège à Lausanne.</p>"
    assert _facts(body, "fr") == {("union-mondiale-des-villes-olympiques", "founded", "2002"),
                                  ("union-mondiale-des-villes-olympiques", "headquarters", "Lausanne")}


@pytest.mark.parametrize("lang, body, expected", [
    ("en", "<h2>Key Cities</h2><p>Key Cities brings together 27 cities across England and Wales. The group was set up "
           "in 2013.</p>", {("key-cities", "member_cities", "27"), ("key-cities", "founded", "2013")}),
    ("en", "<h2>UK100</h2><p>Founded in 2015, UK100 is a network of local leaders.</p>",
     {("uk100", "founded", "2015")}),
    ("fr", "<h2>Le Réseau des sites majeurs de Vauban</h2><p>Le Réseau des sites majeurs de Vauban, dont le siège est "
           "à Besançon, réunit douze villes.</p>",
     {("reseau-des-sites-majeurs-de-vauban", "headquarters", "Besançon"),
      ("reseau-des-sites-majeurs-de-vauban", "member_cities", "12")}),
    ("es", "<h2>Red de Juderías de España</h2><p>La Red de Juderías de España agrupa a 21 ciudades.</p>",
     {("red-de-juderias-de-espana", "member_cities", "21")}),
    ("it", "<h2>Borghi Più Belli</h2><p>Borghi Più Belli riunisce 360 comuni.</p>",
     {("borghi-piu-belli", "member_cities", "360")}),
    ("de", "<h2>Die Hanse Städtebund</h2><p>Die Hanse Städtebund vereint 200 Städte.</p>",
     {("hanse-stadtebund", "member_cities", "200")}),
    # a heading the text under it does not present as a network, or that shortens a known network's name
    ("en", "<h2>Climate Action</h2><p>Climate Action in Derby has cut emissions by 200 tonnes.</p>", set()),
    ("de", "<h2>Partnerstädte</h2><p>Partnerstädte verbinden Freiburg mit elf Städten.</p>", set()),
    ("de", "<h2>UNESCO Creative Cities</h2><p>Linz ist Teil des UNESCO Creative Cities Network. Heute gehören ihm 350 "
           "Städte an.</p>", {("unesco-creative-cities-network", "member_cities", "350")}),
])
def test_a_heading_repeated_as_a_networks_name_in_the_text_under_it_names_a_network(lang, body, expected):
    assert _facts(body, lang) == expected
