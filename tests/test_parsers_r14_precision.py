"""Facts that belong to something else than the network the page names, and the names that tell which network a fact
is of: a network's full proper name opened by its capitalised noun ("la Red Española de Ciudades por el Clima"), not
the words after it."""

import pytest
from helpers.extracted import extracted, facts_of_snippet

from scraper.parsers.networks import find_networks


@pytest.mark.parametrize("text, name", [
    ("311 municipios en la Red Española de Ciudades por el Clima", "Red Española de Ciudades por el Clima"),
    ("2008: Adhesión a la Red de Ciudades AVE, que promueve el turismo", "Red de Ciudades AVE"),
    ("León se suma a la Red de Ciudades por la Bicicleta (RCxB).", "Red de Ciudades por la Bicicleta"),
    ("La ciudad forma parte de la Red de Juderías de España – Caminos de Sefarad.", "Red de Juderías de España"),
    ("Valparaíso integra la Red Chilena de Municipios ante el Cambio Climático.",
     "Red Chilena de Municipios ante el Cambio Climático"),
    ("Rosario integra la Red Argentina de Municipios frente al Cambio Climático.",
     "Red Argentina de Municipios frente al Cambio Climático"),
    ("Nantes a rejoint le Réseau des Villes Riveraines de la Loire en 2010.",
     "Réseau des Villes Riveraines de la Loire"),
    ("Vicenza aderisce alla Rete dei Comuni Solidali dal 2004.", "Rete dei Comuni Solidali"),
])
def test_a_capitalised_network_noun_opens_the_networks_full_name(text, name):
    assert [mention.name for mention in find_networks(text)] == [name]


@pytest.mark.parametrize("text", [
    # a description: the words after the noun are in lower case
    "La ciudad participa en la Red de ciudades del Atlántico.",
    "La città fa parte della rete dei comuni del Veneto.",
    # a sentence's first word has a capital whatever it is
    "Red de Entidades Locales por la Transparencia, creada en 2017.",
    # nor a block's first word run into the one before ("Hermanamientos" then a box's heading)
    "Hermanamientos Red Colombiana de Ciudades Cómo Vamos Iniciativa ciudadana en 16 ciudades.",
])
def test_a_network_noun_before_words_in_lower_case_names_no_network(text):
    assert find_networks(text) == []


@pytest.mark.parametrize("lang, body, expected", [
    ("es", "<h2>La Red Española de Ciudades por el Clima cumple 20 años</h2><p>León, que fue una de las ciudades "
           "fundadoras de la red en 2005, celebra el aniversario.</p>",
     ("red-espanola-de-ciudades-por-el-clima", "joined", "2005", "exact")),
    # a key figure on a card
    ("es", "<div class='card'><p>311</p><p>municipios en la Red Española de Ciudades por el Clima</p></div>",
     ("red-espanola-de-ciudades-por-el-clima", "member_cities", "311", "exact")),
    # a timeline's entry
    ("es", "<ul><li>2008: Adhesión a la Red de Ciudades AVE, que promueve el turismo.</li></ul>",
     ("red-de-ciudades-ave", "joined", "2008", "exact")),
])
def test_facts_go_to_the_network_the_full_name_names(lang, body, expected):
    facts = facts_of_snippet(body, lang)
    network, attribute, value, qualifier = expected
    assert any(fact[:3] == (network, attribute, value) for fact in facts)
    assert not {fact for fact in facts if fact[0] != network}


@pytest.mark.parametrize("lang, body", [
    ("es", "<h2>Organización de Ciudades del Patrimonio Mundial</h2><p>Cusco es miembro de la OCPM desde 1994. Cusco "
           "mantiene hermanamientos con más de 30 ciudades, entre ellas Jerusalén y Kioto.</p>"),
    ("fr", "<div class='card'><h3>Organisation des villes du patrimoine mondial</h3><p>Membre de l'OVPM depuis 1994, "
           "Lyon entretient des jumelages avec plus de 15 villes.</p></div>"),
    ("en", "<dl><dt>Organization of World Heritage Cities</dt><dd>Member since 1994. Auckland maintains sister city "
           "links with more than 20 cities.</dd></dl>"),
    ("de", "<h2>Organisation der Welterbestädte</h2><p>Graz ist seit 1994 Mitglied der OWHC. Graz unterhält "
           "Partnerschaften mit mehr als zehn Städten.</p>"),
    ("it", "<table><tr><th>Rete</th><th>Note</th></tr><tr><td>OCPM</td><td>Socia dal 1994; Genova intrattiene "
           "gemellaggi con oltre 12 città.</td></tr></table>"),
])
def test_a_citys_twinnings_are_no_networks_members(lang, body):
    facts = facts_of_snippet(body, lang)
    assert ("owhc", "joined", "1994") in {fact[:3] for fact in facts}
    assert not {fact for fact in facts if fact[1] == "member_cities"}


@pytest.mark.parametrize("lang, body, expected", [
    # a twinning association's members: no partner follows "with"
    ("fr", "<p>Douzelage, l'association de jumelage, réunit 27 villes.</p>", ("douzelage", "member_cities", "27")),
    ("es", "<p>La OCPM, que agrupa a más de 300 ciudades, fomenta los hermanamientos.</p>",
     ("owhc", "member_cities", "300")),
])
def test_a_networks_count_beside_twinning_words_stays(lang, body, expected):
    assert any(fact[:3] == expected for fact in facts_of_snippet(body, lang))


@pytest.mark.parametrize("lang, body", [
    ("fr", "<h2>AIMF</h2><p>Près de 80 participants sont attendus : maires, secrétaires généraux et directeurs "
           "techniques de 18 villes d'Afrique.</p>"),
    ("de", "<div class='card'><h3>Klimabündnis</h3><p>Rund 150 Teilnehmende werden erwartet: Bürgermeister, "
           "Stadträte und Beamte aus 30 Städten.</p></div>"),
    ("en", "<h2>Eurocities</h2><p>Some 200 delegates are expected: mayors, councillors and officials from 40 "
           "cities.</p>"),
    ("es", "<dl><dt>UCCI</dt><dd>Se esperan unos 100 participantes: alcaldes, concejales y técnicos de 25 "
           "ciudades.</dd></dl>"),
    ("it", "<h2>ANCI</h2><p>Sono attesi 120 partecipanti: sindaci, assessori e tecnici di 30 città.</p>"),
])
def test_the_list_a_colon_opens_after_an_events_participants_counts_no_members(lang, body):
    assert not {fact for fact in facts_of_snippet(body, lang) if fact[1] == "member_cities"}


@pytest.mark.parametrize("lang, body, expected", [
    # a statement of its own in the present after the colon
    ("fr", "<h2>AIMF</h2><p>Le congrès a réuni 1 200 participants : l'AIMF compte aujourd'hui 300 villes membres.</p>",
     ("aimf", "member_cities", "300", "exact")),
    # a key figures' line names no participants
    ("fr", "<p>L'AIMF en chiffres : 300 villes membres.</p>", ("aimf", "member_cities", "300", "exact")),
])
def test_a_count_after_a_colon_that_lists_no_participants_stays(lang, body, expected):
    assert expected in facts_of_snippet(body, lang)


@pytest.mark.parametrize("lang, body", [
    ("en", "<h2>About C40</h2><p>Auckland has been a member since 2015. When Auckland was admitted at COP21 in Paris, "
           "C40 connected more than 80 cities.</p>"),
    # the clause of time after the count
    ("en", "<div class='card'><h3>C40</h3><p>Member since 2015. C40 linked more than 80 cities when Auckland "
           "joined.</p></div>"),
    ("fr", "<h2>C40</h2><p>Membre depuis 2015. Lorsque Lyon a adhéré, le réseau a réuni 80 villes.</p>"),
    ("de", "<dl><dt>C40</dt><dd>Mitglied seit 2015. Als Graz aufgenommen wurde, verband das Netzwerk 80 "
           "Städte.</dd></dl>"),
    ("es", "<h2>C40</h2><p>Miembro desde 2015. Cuando León ingresó, la red sumó 80 ciudades.</p>"),
    ("it", "<table><tr><th>Rete</th><th>Note</th></tr><tr><td>C40</td><td>Socia dal 2015. Quando Vicenza è entrata, "
           "la rete collegò 80 città.</td></tr></table>"),
])
def test_a_count_a_clause_of_time_in_the_past_dates_is_no_fact(lang, body):
    facts = facts_of_snippet(body, lang)
    assert ("c40", "joined", "2015") in {fact[:3] for fact in facts}
    assert not {fact for fact in facts if fact[1] == "member_cities"}


@pytest.mark.parametrize("lang, body, expected", [
    # a clause of time in the present: what is true of any member
    ("en", "<h2>C40</h2><p>When a city joins, it connects with 100 cities.</p>", ("c40", "member_cities", "100")),
    ("fr", "<h2>C40</h2><p>Lorsqu'une ville adhère, elle rejoint 100 villes.</p>", ("c40", "member_cities", "100")),
    # German "als" as "as"
    ("de", "<h2>Eurocities</h2><p>Als größtes Netzwerk vereint es 200 Städte.</p>",
     ("eurocities", "member_cities", "200")),
    # the network as it is now, in a relative clause after the past
    ("en", "<h2>C40</h2><p>When Auckland joined, C40 gave it a network that connects 100 cities.</p>",
     ("c40", "member_cities", "100")),
    # the figure of that time, then today's
    ("en", "<h2>C40</h2><p>When Auckland joined in 2015, C40 had 80 cities; today it connects nearly 100 cities.</p>",
     ("c40", "member_cities", "100")),
])
def test_a_count_beside_a_clause_of_time_that_tells_no_past_stays(lang, body, expected):
    assert expected in {fact[:3] for fact in facts_of_snippet(body, lang)}


@pytest.mark.parametrize("lang, body", [
    ("de", "<h2>Klimabündnis</h2><p>Die Stadt ist seit 1993 Mitglied. Dem Landesnetzwerk Klimabündnis Kärnten gehören "
           "derzeit 61 Gemeinden an.</p>"),
    ("de", "<div class='card'><h3>Österreichischer Städtebund</h3><p>Mitglied seit 1993. Klagenfurt ist Sitz der "
           "Landesgruppe Kärnten des Städtebundes, der die zehn Kärntner Mitgliedsgemeinden angehören.</p></div>"),
    ("fr", "<h2>Climate Alliance</h2><p>Membre depuis 1993. La section régionale du réseau compte 40 communes.</p>"),
    ("en", "<dl><dt>Climate Alliance</dt><dd>Member since 1993. Its regional branch brings together 25 towns in "
           "Yorkshire.</dd></dl>"),
    ("es", "<h2>Climate Alliance</h2><p>Miembro desde 1993. La delegación territorial de la red agrupa a 30 "
           "municipios.</p>"),
    ("it", "<table><tr><th>Rete</th><th>Note</th></tr><tr><td>Climate Alliance</td><td>Socia dal 1993. A livello "
           "regionale la rete conta 45 comuni.</td></tr></table>"),
])
def test_the_members_of_a_regions_group_are_not_the_networks(lang, body):
    facts = facts_of_snippet(body, lang)
    assert {fact[1] for fact in facts} == {"joined"}


@pytest.mark.parametrize("lang, body", [
    ("fr", "<h2>AMF</h2><p>Membre depuis 1993. Au niveau régional, la ville participe à l'association des maires du "
           "Nord, dont le siège est à Lille.</p>"),
    ("en", "<h2>Local Government Association</h2><p>Member since 1993. At regional level the council works with the "
           "LGA, with its office in Leeds.</p>"),
    ("de", "<h2>Österreichischer Städtebund</h2><p>Mitglied seit 1993. Die Landesgruppe des Städtebundes hat ihren "
           "Sitz in Klagenfurt.</p>"),
    ("es", "<h2>FEMP</h2><p>Miembro desde 1993. A nivel autonómico, la ciudad participa en la FEMP con sede en "
           "Valladolid.</p>"),
])
def test_the_seat_of_a_regions_group_is_not_the_networks(lang, body):
    assert not {fact for fact in facts_of_snippet(body, lang) if fact[1] == "headquarters"}


@pytest.mark.parametrize("lang, body, expected", [
    # groups in the plural: how the network is organised
    ("fr", "<h2>Climate Alliance</h2><p>Organisé en groupes régionaux, le réseau compte 200 villes.</p>",
     ("climate-alliance", "member_cities", "200")),
    # a region's group named as a network of its own: its facts are its own
    ("es", "<h2>CGLU</h2><p>En América Latina, la red actúa a través de su sección regional, FLACMA, con sede en "
           "Quito.</p>", ("flacma", "headquarters", "Quito")),
    ("es", "<p>La Red Estatal de Ciudades Educadoras (RECE), la red territorial de la AICE en España, reúne a más de "
           "200 municipios.</p>", ("red-estatal-de-ciudades-educadoras", "member_cities", "200")),
    # the network's own count, before the group in another clause
    ("de", "<h2>Österreichischer Städtebund</h2><p>Der Städtebund vertritt rund 260 Städte; die Landesgruppe Kärnten "
           "hat ihren Sitz in Klagenfurt.</p>", ("osterreichischer-stadtebund", "member_cities", "260")),
])
def test_the_networks_own_facts_beside_a_regions_group_stay(lang, body, expected):
    assert expected in {fact[:3] for fact in facts_of_snippet(body, lang)}


@pytest.mark.parametrize("lang, section", [
    ("it", "<article class='it-page-section'><h2>Ulteriori informazioni</h2><p>Argomenti: <a href='/argomenti/energia'>"
           "Energia</a></p><p>Ultimo aggiornamento: 31/10/2026, 09:12</p></article>"),
    ("fr", "<section class='page-section'><h2>Plus d'informations</h2><p>Thématique : <a href='/themes/climat'>Climat"
           "</a></p><p>Dernière mise à jour : 31/10/2026</p></section>"),
    ("en", "<div class='news-meta'><h3>More information</h3><p>Topic: <a href='/topics/climate'>Climate</a></p>"
           "<p>Last updated 31 October 2026</p></div>"),
    ("de", "<article><h2>Weitere Informationen</h2><ul><li>Thema: <a href='/themen/klima'>Klima</a></li>"
           "<li>Zuletzt aktualisiert: 31.10.2026</li></ul></article>"),
    ("es", "<article><h2>Más información</h2><p>Tema: <a href='/temas/clima'>Clima</a></p><p>Última actualización: "
           "31/10/2026</p></article>"),
])
def test_a_section_dated_by_the_pages_update_line_is_no_news_item(lang, section):
    body = "<p>La Ville rejoint Energy Cities.</p>" + section
    assert not [item for item in extracted(body, lang).news if item["published"] == "2026-10-31"]


def test_a_teaser_whose_title_links_to_it_stays_an_item_with_an_update_line():
    body = ("<ul><li class='news-item'><h3><a href='/actualites/climat'>Plan climat : la Ville accélère</a></h3>"
            "<p>Mis à jour le 31/10/2026</p></li><li class='news-item'><h3><a href='/actualites/velo'>Le plan vélo"
            "</a></h3><p>Publié le 12/10/2026</p></li></ul>")
    assert "Plan climat : la Ville accélère" in {item["title"] for item in extracted(body, "fr").news}


@pytest.mark.parametrize("lang, body, expected", [
    ("en", "<h2>About C40</h2><p>C40 is a global network of nearly 100 mayors of the world's leading cities, united "
           "in action to confront the climate crisis.</p>", ("c40", "member_cities", "100", "about")),
    ("fr", "<div class='card'><h3>AIMF</h3><p>L'AIMF est un réseau de plus de 300 maires de villes "
           "francophones.</p></div>", ("aimf", "member_cities", "300", "more_than")),
    ("es", "<dl><dt>UCCI</dt><dd>Es una red de 29 alcaldes de ciudades capitales iberoamericanas.</dd></dl>",
     ("ucci", "member_cities", "29", "exact")),
    ("it", "<h2>Mayors for Peace</h2><p>È una rete di oltre 8.000 sindaci di città di tutto il mondo.</p>",
     ("mayors-for-peace", "member_cities", "8000", "more_than")),
    ("de", "<h2>Klimabündnis</h2><p>Das Bündnis vereint 100 Bürgermeister aus Städten in aller Welt.</p>",
     ("climate-alliance", "member_cities", "100", "exact")),
])
def test_a_networks_mayors_of_cities_count_its_member_cities(lang, body, expected):
    assert expected in facts_of_snippet(body, lang)


@pytest.mark.parametrize("lang, body", [
    # an event's audience
    ("fr", "<h2>AIMF</h2><p>Le congrès de l'AIMF a réuni 300 maires de villes africaines.</p>"),
    ("en", "<h2>C40</h2><p>The C40 summit gathered 100 mayors of cities from 40 countries.</p>"),
])
def test_mayors_of_cities_at_an_event_count_no_members(lang, body):
    assert not {fact for fact in facts_of_snippet(body, lang) if fact[1] == "member_cities"}
