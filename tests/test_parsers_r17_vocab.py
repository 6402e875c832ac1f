"""The networks real cities belong to, known by name: a country's associations of local governments (LGNZ, France
urbaine, Brulocalis, the Deutscher Landkreistag ...), its networks of heritage, wine or climate cities, and the
international networks their pages list (the Forum of Adriatic and Ionian Cities, Antarctic Gateway Cities,
Newcastles of the World ...), in the languages their members write them. A name that is also an ordinary phrase or
another thing ("la France urbaine", "les villes de France", "un Avviso Pubblico per ...", ALGA, ALI, UPI) is the
network only where a careful reader takes it for one."""

import pytest
from helpers.extracted import claims_of_sentence, triples_of_snippet

from scraper.parsers.networks import network_ids


@pytest.mark.parametrize("text, expected", [
    # national and regional associations of local governments
    ("Local Government New Zealand (LGNZ) is the national membership body for local government.",
     "local-government-new-zealand"),
    ("the Nova Scotia Federation of Municipalities", "nova-scotia-federation-of-municipalities"),
    ("la Fédération canadienne et la NSFM", "nova-scotia-federation-of-municipalities"),
    ("the Australian Local Government Association", "australian-local-government-association"),
    ("The council sits on the ALGA board.", "australian-local-government-association"),
    ("the South African Local Government Association (SALGA)", "south-african-local-government-association"),
    ("the Welsh Local Government Association", "welsh-local-government-association"),
    ("the Convention of Scottish Local Authorities", "convention-of-scottish-local-authorities"),
    ("La Ville est membre de France urbaine depuis 2016.", "france-urbaine"),
    ("La Ville adhère à Villes de France.", "villes-de-france"),
    ("Charleroi est membre de Brulocalis.", "brulocalis"),
    ("De stad is lid van de Vereniging van Vlaamse Steden en Gemeenten.", "vvsg"),
    ("der Deutsche Landkreistag", "deutscher-landkreistag"),
    ("Mitglied im Deutschen Landkreistag", "deutscher-landkreistag"),
    ("im Bayerischen Städtetag organisiert", "bayerischer-stadtetag"),
    ("Mitglied des Österreichischen Gemeindebundes", "osterreichischer-gemeindebund"),
    ("l'Association des Communes Suisses", "schweizerischer-gemeindeverband"),
    ("im Schweizerischen Gemeindeverband", "schweizerischer-gemeindeverband"),
    ("l'Unione delle Province d'Italia", "unione-delle-province-d-italia"),
    ("ALI – Autonomie Locali Italiane", "autonomie-locali-italiane"),
    ("la Lega delle Autonomie Locali", "autonomie-locali-italiane"),
    # a country's networks of cities sharing a heritage, a product or a cause
    ("el Grupo de Ciudades Patrimonio de la Humanidad de España",
     "grupo-de-ciudades-patrimonio-de-la-humanidad-de-espana"),
    ("the Group of World Heritage Cities of Spain", "grupo-de-ciudades-patrimonio-de-la-humanidad-de-espana"),
    ("l'Associazione Beni Italiani Patrimonio Mondiale UNESCO",
     "associazione-beni-italiani-patrimonio-mondiale-unesco"),
    ("l'Association des biens français du patrimoine mondial",
     "association-des-biens-francais-du-patrimoine-mondial"),
    ("L'Associazione nazionale Città del Vino è nata a Siena.", "associazione-nazionale-citta-del-vino"),
    ("l'Associazione nazionale Città dell'Olio", "associazione-nazionale-citta-dell-olio"),
    ("la Red Española de Ciudades por el Clima", "red-espanola-de-ciudades-por-el-clima"),
    ("das Bündnis „Kommunen für biologische Vielfalt“", "kommunen-fur-biologische-vielfalt"),
    ("City of Sanctuary UK supports towns and cities to welcome people seeking safety.", "city-of-sanctuary-uk"),
    ("Il Comune aderisce ad Avviso Pubblico", "avviso-pubblico"),
    ("Pescara è socia di Avviso Pubblico, la rete degli enti locali contro le mafie.", "avviso-pubblico"),
    # the Hanseatic league of today by its own names
    ("Die „Neue Hanse“ wurde 1980 im niederländischen Zwolle gegründet.", "die-hanse"),
    ("Die Hanse der Neuzeit ist die größte freiwillige Städtegemeinschaft der Welt.", "die-hanse"),
    # international networks
    ("il Forum delle Città dell'Adriatico e dello Ionio", "forum-delle-citta-dell-adriatico-e-dello-ionio"),
    ("the Forum of Adriatic and Ionian Cities", "forum-delle-citta-dell-adriatico-e-dello-ionio"),
    ("Network: Antarctic Gateway Cities", "antarctic-gateway-cities"),
    ("Newcastles of the World", "newcastles-of-the-world"),
    ("the annual conference of Major Cities of Europe", "major-cities-of-europe"),
    ("Major Cities of Europe – IT Users Group", "major-cities-of-europe"),
    ("International Association of Peace Messenger Cities (IAPMC)",
     "international-association-of-peace-messenger-cities"),
    ("die Internationale Vereinigung der Friedensbotschafterstädte",
     "international-association-of-peace-messenger-cities"),
])
def test_the_network_is_known_by_its_name(text, expected):
    assert network_ids(text) == [expected]


@pytest.mark.parametrize("text", [
    # an ordinary phrase
    "la France urbaine et rurale",
    "La France urbaine ou rurale n'a pas les mêmes besoins.",
    "les plus grandes villes de France",
    "Les Villes de France les plus visitées",
    "one of five Antarctic gateway cities",
    "the major cities of Europe",
    # a public notice, not the association against mafias
    "È online l'Avviso Pubblico.",
    "Pubblicato un Avviso Pubblico.",
    "Avviso Pubblico per la selezione di un dirigente",
    "Avviso Pubblico n. 3/2026",
    "AVVISO PUBBLICO",
    "Leggi il presente Avviso Pubblico.",
    "Avviso Pubblico",
    "vice coordinatrice di Avviso Pubblico Abruzzo, che riunisce 25 comuni",
    # a word or another body under the acronym
    "ALGA TOSSICA NEL PORTO",
    "Le ali del gabbiano; ALI Spa",
    "UPI payments are instant.",
    "flights from LGA",
])
def test_an_ordinary_phrase_or_another_thing_is_no_network(text):
    assert network_ids(text) == []


@pytest.mark.parametrize("lang, body, network, place, year", [
    # a card
    ("en", "<div class='card'><h3>Local Government New Zealand (LGNZ)</h3><p>Member since 1989</p>"
           "<p>Headquarters: Wellington</p></div>", "local-government-new-zealand", "Wellington", "1989"),
    ("de", "<div class='card'><h3>Deutscher Landkreistag</h3><p>Mitglied seit 1990</p><p>Sitz: Berlin</p></div>",
     "deutscher-landkreistag", "Berlin", "1990"),
    # prose
    ("fr", "<p>La ville adhère depuis 2016 à France urbaine, qui a son siège à Paris.</p>", "france-urbaine", "Paris",
     "2016"),
    ("it", "<p>La città aderisce dal 2019 ad Avviso Pubblico, che ha sede a Grugliasco.</p>", "avviso-pubblico",
     "Grugliasco", "2019"),
    ("de", "<p>Die Stadt ist seit 1947 Mitglied im Österreichischen Gemeindebund, der seinen Sitz in Wien hat.</p>",
     "osterreichischer-gemeindebund", "Wien", "1947"),
    # a definition list under the name
    ("es", "<h2>Grupo de Ciudades Patrimonio de la Humanidad de España</h2><dl><dt>Adhesión</dt><dd>1996</dd>"
           "<dt>Sede</dt><dd>Segovia</dd></dl>", "grupo-de-ciudades-patrimonio-de-la-humanidad-de-espana", "Segovia",
     "1996"),
    ("it", "<h2>Associazione nazionale Città del Vino</h2><dl><dt>Adesione</dt><dd>1987</dd><dt>Sede</dt>"
           "<dd>Siena</dd></dl>", "associazione-nazionale-citta-del-vino", "Siena", "1987"),
    # an accordion
    ("fr", "<details><summary>France urbaine</summary><p>Membre depuis 2016</p><p>Siège : Paris</p></details>",
     "france-urbaine", "Paris", "2016"),
    # a table's row
    ("en", "<table><tr><th>Network</th><th>Joined</th><th>Headquarters</th></tr><tr><td>Newcastles of the World</td>"
           "<td>1998</td><td>Shinshiro</td></tr></table>", "newcastles-of-the-world", "Shinshiro", "1998"),
    ("it", "<table><tr><th>Rete</th><th>Adesione</th><th>Sede</th></tr><tr><td>Forum delle Città dell'Adriatico e "
           "dello Ionio</td><td>2001</td><td>Ancona</td></tr></table>",
     "forum-delle-citta-dell-adriatico-e-dello-ionio", "Ancona", "2001"),
])
def test_the_networks_facts_go_to_its_id_in_every_markup(lang, body, network, place, year):
    assert {(network, "headquarters", place), (network, "joined", year)} <= triples_of_snippet(body, lang)


@pytest.mark.parametrize("sentence", [
    "Based in: Rotating secretariat",
    "Secretariat: Rotating",
    "Sede: Itinerante",
    "Siège : Tournant",
    "Sitz: Wechselnd",
])
def test_a_seat_that_moves_from_member_to_member_is_no_place(sentence):
    assert claims_of_sentence(sentence) == []


def test_a_fixed_seat_is_still_read():
    assert claims_of_sentence("Based in: Rotterdam") == [("headquarters", "Rotterdam")]


@pytest.mark.parametrize("lang, body", [
    ("es", "<table><thead><tr><th>Red</th><th>Ámbito</th><th>Sede</th><th>Cádiz, desde</th></tr></thead><tbody><tr>"
           "<th scope='row'>Red Española de Ciudades por el Clima</th><td>España (FEMP)</td><td>Madrid</td>"
           "<td>2006</td></tr></tbody></table>"),
    ("es", "<p>La ciudad pertenece desde 2006 a la Red Española de Ciudades por el Clima, que tiene su sede en "
           "Madrid.</p>"),
])
def test_a_national_network_whose_name_says_its_nation_is_no_section_of_itself(lang, body):
    triples = triples_of_snippet(body, lang)
    assert {("red-espanola-de-ciudades-por-el-clima", "headquarters", "Madrid"),
            ("red-espanola-de-ciudades-por-el-clima", "joined", "2006")} <= triples
