"""Seats, joinings and foundings written in other words than the usual ones, in cards, lists and asides: the seat's
noun then a participle of place ("son secrétariat, établi à Paris"), the network's offices ("a son bureau à
Bruxelles"), the seat "where it still is" after the place, a key figure that is the seat's city ("Paris" / "siège du
secrétariat permanent"), the seat of the network as such beside its city ("à Paris, au siège de l'association"), a
membership "since the founding" or "since the very start", a pact's signing after an adverb or in a relative clause,
"this initiative" as the subject, a network "promoted" or "initiated" by someone in a year."""

import pytest
from helpers.extracted import values_of


@pytest.mark.parametrize("lang, body, expected", [
    # prose, the participle set off by commas
    ("fr", "<h2>AIMF</h2><p>Son secrétariat permanent, établi à Paris, coordonne les programmes du Fonds de "
           "coopération.</p>", ("aimf", "Paris")),
    # a news item's paragraph, the seat's owner named as such
    ("fr", "<h2>Metropolis</h2><p>Le secrétariat général de l'association, établi à Barcelone, y présentera son plan "
           "stratégique.</p>", ("metropolis", "Barcelone")),
    # a card
    ("en", "<div class='card'><h3>ICLEI</h3><p>Its world secretariat, located in Bonn, supports members in 125 "
           "countries.</p></div>", ("iclei", "Bonn")),
    # a <dl>
    ("de", "<dl><dt>Klima-Bündnis</dt><dd>Das Sekretariat des Netzwerks, angesiedelt in Frankfurt am Main, berät die "
           "Mitglieder.</dd></dl>", ("climate-alliance", "Frankfurt am Main")),
    # an accordion
    ("es", "<details><summary>CIDEU</summary><p>Su secretaría general, establecida en Barcelona, coordina la "
           "formación.</p></details>", ("cideu", "Barcelona")),
    # the verb before the participle
    ("it", "<h2>Energy Cities</h2><p>Il segretariato della rete è situato a Besançon.</p>",
     ("energy-cities", "Besançon")),
])
def test_a_seat_noun_then_a_participle_of_place_gives_the_seat(lang, body, expected):
    assert expected in values_of("headquarters", body, lang)


@pytest.mark.parametrize("lang, body", [
    # another office than the seat
    ("fr", "<h2>AIMF</h2><p>Le bureau de la coopération, situé à Dakar, suit les projets.</p>"),
    # another body's seat, a congress's venue
    ("fr", "<h2>AIMF</h2><p>Le siège de la région, situé à Lyon, accueille la réunion.</p>"),
    ("it", "<h2>Energy Cities</h2><p>La sede del congresso, situata a Roma, ospita 300 delegati.</p>"),
    # a regional office
    ("fr", "<h2>CGLU</h2><p>Son secrétariat européen, établi à Bruxelles, suit les dossiers de l'Union.</p>"),
    ("en", "<h2>ICLEI</h2><p>Its secretariat for Europe, located in Freiburg, runs the projects.</p>"),
])
def test_another_bodys_or_a_regional_office_by_a_participle_is_no_seat(lang, body):
    assert not values_of("headquarters", body, lang)


@pytest.mark.parametrize("lang, body, expected", [
    # prose, the verb "have"
    ("fr", "<h2>Convention des maires</h2><p>Lancée en 2008, l'initiative a son bureau à Bruxelles.</p>",
     ("covenant-of-mayors", "Bruxelles")),
    # a relative clause
    ("fr", "<h2>AFCCRE</h2><p>L'AFCCRE, qui a ses bureaux à Orléans depuis plusieurs décennies, tient son "
           "congrès.</p>", ("afccre", "Orléans")),
    # the offices as the subject, a place's description after
    ("fr", "<h2>Fédération canadienne des municipalités</h2><p>La FCM compte 2 100 membres. Ses bureaux sont situés à "
           "Ottawa, à quelques minutes de l'hôtel de ville.</p>", ("federation-of-canadian-municipalities", "Ottawa")),
    # a card
    ("en", "<div class='card'><h3>ICORN</h3><p>The network has its offices in Stavanger.</p></div>",
     ("icorn", "Stavanger")),
    # a <dl>
    ("de", "<dl><dt>Klima-Bündnis</dt><dd>Das Netzwerk hat seine Büros in Frankfurt am Main.</dd></dl>",
     ("climate-alliance", "Frankfurt am Main")),
    # an accordion
    ("es", "<details><summary>CIDEU</summary><p>La red tiene sus oficinas en Barcelona.</p></details>",
     ("cideu", "Barcelona")),
    ("it", "<h2>Energy Cities</h2><p>La rete ha i suoi uffici a Besançon.</p>", ("energy-cities", "Besançon")),
])
def test_the_networks_offices_in_one_city_are_its_seat(lang, body, expected):
    assert expected in values_of("headquarters", body, lang)


@pytest.mark.parametrize("lang, body", [
    # offices in several cities
    ("fr", "<h2>AIMF</h2><p>L'association a ses bureaux à Paris et à Dakar.</p>"),
    ("en", "<h2>ICLEI</h2><p>ICLEI has its offices in Bonn, Freiburg and Seoul.</p>"),
    # a region's offices
    ("fr", "<h2>CGLU</h2><p>Ses bureaux européens sont situés à Bruxelles.</p>"),
    # a person's office
    ("fr", "<h2>AIMF</h2><p>Le bourgmestre a son bureau à Namur.</p>"),
    ("en", "<h2>ICLEI</h2><p>The secretary general has his offices in Bonn.</p>"),
])
def test_offices_in_several_cities_of_a_region_or_of_a_person_are_no_seat(lang, body):
    assert not values_of("headquarters", body, lang)


@pytest.mark.parametrize("lang, body, expected", [
    # prose
    ("fr", "<h2>Réseau francophone des villes amies des aînés</h2><p>Le RFVAA a été fondé en 2012 à Dijon, où il a "
           "toujours son siège.</p>", ("rfvaa", "Dijon")),
    # a card
    ("en", "<div class='card'><h3>ICORN</h3><p>The network was founded in 2006 in Stavanger, where it still has its "
           "headquarters.</p></div>", ("icorn", "Stavanger")),
    # a <dl>
    ("de", "<dl><dt>Allianz in den Alpen</dt><dd>Die Allianz wurde 1997 in Bovec gegründet, wo sie bis heute ihren "
           "Sitz hat.</dd></dl>", ("allianz-in-den-alpen", "Bovec")),
    # an accordion
    ("es", "<details><summary>CIDEU</summary><p>La red fue creada en 1993 en Barcelona, donde todavía tiene su "
           "sede.</p></details>", ("cideu", "Barcelona")),
    ("it", "<h2>Energy Cities</h2><p>La rete è nata nel 1990 a Besançon, dove tuttora ha sede.</p>",
     ("energy-cities", "Besançon")),
])
def test_the_seat_where_the_network_still_is_is_the_place_named_before(lang, body, expected):
    assert expected in values_of("headquarters", body, lang)


@pytest.mark.parametrize("lang, body", [
    # "where" of a meeting, of a person's home
    ("fr", "<h2>AIMF</h2><p>Le Bureau s'est réuni en 2024 à Dakar, où il a été reçu par le maire.</p>"),
    ("en", "<h2>ICORN</h2><p>The writer moved in 2019 to Stavanger, where she still has her home.</p>"),
])
def test_a_place_where_something_else_happens_is_no_seat(lang, body):
    assert not values_of("headquarters", body, lang)


@pytest.mark.parametrize("lang, body, expected", [
    # prose, the founding in the same sentence
    ("en", "<h2>Key Cities</h2><p>Key Cities is a cross-party group of mid-sized cities. It was set up in 2013 and "
           "Plymouth has been a member since the very start.</p>", ("key-cities", "2013")),
    # a card's rows, the city as the row's label
    ("fr", "<div class='card'><h3>Union des municipalités du Québec (UMQ)</h3><ul><li>Fondée en 1919</li><li>Siège : "
           "Montréal</li><li>Trois-Rivières : membre depuis la fondation</li></ul></div>",
     ("union-des-municipalites-du-quebec", "1919")),
    # a <dl>
    ("de", "<dl><dt>Deutscher Städtetag</dt><dd>Der Städtetag wurde 1905 gegründet. Die Stadt ist seit Beginn "
           "Mitglied.</dd></dl>", ("deutscher-stadtetag", "1905")),
    # an accordion
    ("es", "<details><summary>CIDEU</summary><p>CIDEU fue creado en 1993. La ciudad es miembro desde la "
           "fundación.</p></details>", ("cideu", "1993")),
    ("it", "<h2>Energy Cities</h2><p>La rete è nata nel 1990. Il Comune ne è socio dalla fondazione.</p>",
     ("energy-cities", "1990")),
])
def test_a_member_since_the_founding_or_the_very_start_joined_in_the_founding_year(lang, body, expected):
    assert expected in values_of("joined", body, lang)


@pytest.mark.parametrize("lang, body, founding", [
    # the founding or the start of something else
    ("fr", "<h2>AIMF</h2><p>L'AIMF a été créée en 1979. La Ville en est membre depuis la création de son service "
           "international.</p>", ("aimf", "1979")),
    ("en", "<h2>Eurocities</h2><p>Eurocities was founded in 1986. The city has been a member since the start of "
           "2020.</p>", ("eurocities", "1986")),
])
def test_the_founding_or_the_start_of_something_else_is_not_the_networks(lang, body, founding):
    assert founding not in values_of("joined", body, lang)


@pytest.mark.parametrize("lang, body", [
    # prose, a news item's
    ("it", "<h2>Energy Cities</h2><p>Vicenza, che conta circa 110.000 abitanti, ha già sottoscritto nel 2012 il Patto "
           "dei Sindaci e nel 2021 il PAESC.</p>"),
    # a card
    ("fr", "<div class='card'><h3>Climat</h3><p>La Ville a déjà signé en 2012 la Convention des maires.</p></div>"),
    # a <dl>
    ("es", "<dl><dt>Clima</dt><dd>La ciudad ha ya suscrito en 2012 el Pacto de los Alcaldes.</dd></dl>"),
    ("it", "<details><summary>Clima</summary><p>Il Comune ha anche firmato nel 2012 il Patto dei Sindaci.</p>"
           "</details>"),
])
def test_a_signing_with_an_adverb_after_its_auxiliary_dates_the_joining(lang, body):
    assert ("covenant-of-mayors", "2012") in values_of("joined", body, lang)


def test_a_text_signed_after_an_adverb_is_no_joining():
    assert not values_of("joined", "<h2>Clima</h2><p>Il Comune ha già firmato la Carta di Aalborg nel 1998.</p>", "it")


@pytest.mark.parametrize("lang, body", [
    # prose, a news item's
    ("en", "<h2>Climate</h2><p>Councillors voted to renew the city's commitments under the Covenant of Mayors, which "
           "the city first signed in 2012.</p>"),
    # a card
    ("fr", "<div class='card'><h3>Climat</h3><p>Le conseil a renouvelé ses engagements dans la Convention des "
           "maires, que la Ville a signée en 2012.</p></div>"),
    # a <dl>
    ("es", "<dl><dt>Clima</dt><dd>El pleno renovó sus compromisos con el Pacto de los Alcaldes, que la ciudad firmó "
           "en 2012.</dd></dl>"),
    # an accordion
    ("it", "<details><summary>Clima</summary><p>Il consiglio ha rinnovato gli impegni del Patto dei Sindaci, che il "
           "Comune ha sottoscritto nel 2012.</p></details>"),
    ("de", "<h2>Klima</h2><p>Der Rat erneuerte die Ziele des Konvents der Bürgermeister, den die Stadt 2012 "
           "unterzeichnet hat.</p>"),
])
def test_the_pact_as_the_antecedent_of_its_signing_dates_the_joining(lang, body):
    assert ("covenant-of-mayors", "2012") in values_of("joined", body, lang)


@pytest.mark.parametrize("lang, body", [
    # many signatories: the pact's record, no one's joining
    ("en", "<h2>Climate</h2><p>The city follows the Covenant of Mayors, which thousands of cities have signed since "
           "2008.</p>"),
    ("fr", "<h2>Climat</h2><p>La Ville suit la Convention des maires, que des milliers de communes ont signée depuis "
           "2008.</p>"),
])
def test_a_pact_signed_by_many_dates_no_joining(lang, body):
    assert not values_of("joined", body, lang)


@pytest.mark.parametrize("lang, body, expected", [
    # a band of key figures, the city over its caption
    ("fr", "<div class='chiffres'><h2>L'AIMF en chiffres</h2><div><p>1979</p><p>année de création</p></div>"
           "<div><p>Paris</p><p>siège du secrétariat permanent</p></div></div>", ("aimf", "Paris")),
    # lines broken by <br>, the caption after
    ("en", "<section><h2>Eurocities at a glance</h2><div><span>200+</span><span>member cities</span></div>"
           "<div><strong>Brussels</strong><br>Headquarters</div></section>", ("eurocities", "Brussels")),
    ("de", "<section><h2>Klima-Bündnis in Zahlen</h2><div><p>Frankfurt am Main</p><p>Sitz des Sekretariats</p></div>"
           "</section>", ("climate-alliance", "Frankfurt am Main")),
    # the caption first
    ("es", "<section><h2>CIDEU en cifras</h2><div><p>Sede</p><p>Barcelona</p></div><div><p>140</p><p>ciudades</p>"
           "</div></section>", ("cideu", "Barcelona")),
    ("it", "<section><h2>Energy Cities in cifre</h2><div><p>Besançon</p><p>Sede del segretariato</p></div></section>",
     ("energy-cities", "Besançon")),
])
def test_a_key_figure_that_is_the_seats_city_gives_the_seat(lang, body, expected):
    assert expected in values_of("headquarters", body, lang)


@pytest.mark.parametrize("lang, body", [
    # another seat than the network's, a person, a network's name
    ("fr", "<section><h2>L'AIMF en chiffres</h2><div><p>Dakar</p><p>Siège de la prochaine assemblée</p></div>"
           "</section>"),
    ("fr", "<section><h2>L'AIMF en chiffres</h2><div><p>Anne Hidalgo</p><p>Présidente</p></div></section>"),
    ("en", "<section><h2>Eurocities at a glance</h2><div><p>Seat</p><p>Eurocities</p></div></section>"),
])
def test_a_key_figure_that_is_no_city_or_anothers_seat_gives_no_seat(lang, body):
    assert not values_of("headquarters", body, lang)


@pytest.mark.parametrize("lang, body, expected", [
    # a news item's prose, a part of the network as the subject
    ("fr", "<h2>AIMF</h2><p>Le Bureau se réunira pour la première fois en mars 2026, à Paris, au siège de "
           "l'association.</p>", ("aimf", "Paris")),
    # a card
    ("en", "<div class='card'><h3>ICORN</h3><p>The annual meeting was held in Stavanger, at the headquarters of the "
           "network.</p></div>", ("icorn", "Stavanger")),
    # a <dl>
    ("de", "<dl><dt>Klima-Bündnis</dt><dd>Die Mitgliederversammlung fand in Frankfurt am Main, am Sitz des "
           "Netzwerks, statt.</dd></dl>", ("climate-alliance", "Frankfurt am Main")),
    # an accordion
    ("es", "<details><summary>CIDEU</summary><p>La reunión se celebró en Barcelona, en la sede de la red.</p>"
           "</details>", ("cideu", "Barcelona")),
    ("it", "<h2>Energy Cities</h2><p>La riunione si è svolta a Besançon, presso la sede della rete.</p>",
     ("energy-cities", "Besançon")),
    # the seat first, its city set off by a comma
    ("fr", "<h2>OVPM</h2><p>L'adjointe a présenté la gestion du centre lors d'un atelier au secrétariat général du "
           "réseau, à Québec.</p>", ("owhc", "Québec")),
])
def test_the_seat_of_the_network_as_such_beside_its_city_gives_the_seat(lang, body, expected):
    assert expected in values_of("headquarters", body, lang)


@pytest.mark.parametrize("lang, body", [
    # another body's seat
    ("fr", "<h2>AIMF</h2><p>Le Bureau s'est réuni à Paris, au siège de la Région.</p>"),
    ("en", "<h2>ICORN</h2><p>The board met in Brussels, at the headquarters of the European Commission.</p>"),
])
def test_another_bodys_seat_beside_a_city_is_no_seat_of_the_network(lang, body):
    assert not values_of("headquarters", body, lang)


@pytest.mark.parametrize("lang, body", [
    # prose
    ("es", "<h2>Pacto de los Alcaldes</h2><p>Esta iniciativa, lanzada por la Comisión Europea en 2008, cuenta ya con "
           "más de 11.000 firmantes en toda Europa.</p>"),
    # a card
    ("fr", "<div class='card'><h3>Convention des maires</h3><p>Cette initiative, lancée par la Commission européenne "
           "en 2008, rassemble 11 000 signataires.</p></div>"),
    # a <dl>
    ("en", "<dl><dt>Covenant of Mayors</dt><dd>This initiative was launched by the European Commission in 2008.</dd>"
           "</dl>"),
    # an accordion
    ("de", "<details><summary>Konvent der Bürgermeister</summary><p>Diese Initiative wurde 2008 von der Europäischen "
           "Kommission ins Leben gerufen.</p></details>"),
    ("it", "<h2>Patto dei Sindaci</h2><p>Questa iniziativa, lanciata dalla Commissione europea nel 2008, conta oltre "
           "11.000 firmatari.</p>"),
])
def test_this_initiative_as_the_subject_is_the_initiative_its_section_names(lang, body):
    assert ("covenant-of-mayors", "2008") in values_of("founded", body, lang)


@pytest.mark.parametrize("lang, body", [
    # under a network that is no initiative: another initiative, of the network's
    ("fr", "<h2>Eurocities</h2><p>Eurocities rassemble 200 villes. Cette initiative, lancée en 2021, accompagne les "
           "villes dans la transition.</p>"),
    ("en", "<h2>Eurocities</h2><p>Eurocities brings together 200 cities. This initiative, launched in 2021, supports "
           "the transition.</p>"),
])
def test_this_initiative_under_a_network_is_not_the_network(lang, body):
    assert not values_of("founded", body, lang)


@pytest.mark.parametrize("lang, body, expected", [
    # prose, the participle in apposition
    ("it", "<h2>Mayors for Peace</h2><p>La rete, promossa dal sindaco di Hiroshima nel 1982, conta oggi più di 8.000 "
           "città.</p>", ("mayors-for-peace", "1982")),
    # the participle opening the sentence
    ("it", "<h2>Energy Cities</h2><p>Avviata da alcune città europee nel 1990, la rete riunisce un centinaio di "
           "città.</p>", ("energy-cities", "1990")),
    ("fr", "<h2>Energy Cities</h2><p>Initié par quelques villes européennes en 1990, le réseau rassemble une centaine "
           "de villes.</p>", ("energy-cities", "1990")),
    # a card
    ("en", "<div class='card'><h3>Energy Cities</h3><p>The network, initiated by a few European cities in 1990, "
           "gathers a hundred cities.</p></div>", ("energy-cities", "1990")),
    # an accordion
    ("es", "<details><summary>Energy Cities</summary><p>La red, promovida por varias ciudades europeas en 1990, agrupa "
           "a cien ciudades.</p></details>", ("energy-cities", "1990")),
])
def test_a_network_as_such_promoted_or_initiated_in_a_year_was_founded_then(lang, body, expected):
    assert expected in values_of("founded", body, lang)


@pytest.mark.parametrize("lang, body", [
    # another body promoted or initiated
    ("it", "<h2>Energy Cities</h2><p>La campagna, promossa dalla Regione nel 2019, coinvolge cento comuni.</p>"),
    ("fr", "<h2>Energy Cities</h2><p>Initié par la Ville en 2019, le programme accompagne les écoles.</p>"),
])
def test_another_body_promoted_or_initiated_is_no_founding_of_the_network(lang, body):
    assert not values_of("founded", body, lang)
