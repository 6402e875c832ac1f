"""Counts read by their noun: local units of several kinds a network represents, named far from the verb, of a tier
of their own (districts) or gathered indirectly through member associations, are the governments it represents; the
same units of one kind a network gathers stay its member cities."""

import pytest
from helpers.extracted import facts_of_snippet


def _counts(facts):
    return {fact for fact in facts if fact[1] in ("member_cities", "represented_governments")}


@pytest.mark.parametrize("lang, body, expected", [
    # the verb last, the units' people between
    ("de", "<p>Als kreisfreie Stadt ist Lübeck Mitglied im Deutschen Städtetag, der rund 3.200 Städte und Gemeinden "
           "mit zusammen etwa 53 Millionen Einwohnerinnen und Einwohnern vertritt.</p>",
     ("deutscher-stadtetag", "represented_governments", "3200", "about")),
    # a card
    ("de", "<div class='card'><h3>Österreichischer Städtebund</h3><p>Der Städtebund, der über 250 Städte und "
           "größere Gemeinden mit insgesamt mehr als vier Millionen Menschen vertritt, hat seinen Sitz in Wien.</p>"
           "</div>",
     ("osterreichischer-stadtebund", "represented_governments", "250", "more_than")),
    # districts, a tier of their own
    ("es", "<p>El Distrito es miembro de la Federación Colombiana de Municipios, que representa a los 1.102 municipios "
           "y distritos del país ante el Gobierno nacional.</p>",
     ("federacion-colombiana-de-municipios", "represented_governments", "1102", "exact")),
    ("en", "<dl><dt>Local Government Association</dt><dd>It represents more than 300 councils and districts across "
           "England.</dd></dl>",
     ("local-government-association", "represented_governments", "300", "more_than")),
    ("it", "<table><tr><th>Rete</th><th>Descrizione</th></tr><tr><td>ANCI</td><td>L'ANCI rappresenta oltre 7.000 "
           "comuni e municipi d'Italia.</td></tr></table>",
     ("associazione-nazionale-comuni-italiani", "represented_governments", "7000", "more_than")),
    # gathered directly and indirectly, through its member associations
    ("de", "<p>Im Deutschen Städtetag sind unmittelbar und mittelbar rund 3.200 Städte und Gemeinden mit zusammen "
           "mehr als 50 Millionen Einwohnern organisiert.</p>",
     ("deutscher-stadtetag", "represented_governments", "3200", "about")),
    ("fr", "<h2>Association des maires de France</h2><p>L'AMF regroupe directement ou indirectement près de 35 000 "
           "villes et communes.</p>",
     ("association-des-maires-de-france", "represented_governments", "35000", "about")),
    ("en", "<p>Through its provincial associations, the Federation of Canadian Municipalities gathers directly and "
           "indirectly some 2,000 cities and towns.</p>",
     ("federation-of-canadian-municipalities", "represented_governments", "2000", "about")),
])
def test_local_units_of_several_kinds_a_network_represents_are_its_represented_governments(lang, body, expected):
    facts = facts_of_snippet(body, lang)
    assert expected in facts
    assert not {fact for fact in facts if fact[1] == "member_cities"}


@pytest.mark.parametrize("lang, body, expected", [
    # units of several kinds it gathers, not said to represent: its members
    ("de", "<p>Dem Österreichischen Städtebund gehören heute rund 260 Städte und Gemeinden an.</p>",
     ("osterreichischer-stadtebund", "member_cities", "260", "about")),
    ("it", "<p>Il Patto dei Sindaci conta oltre 1.800 comuni, città e distretti europei.</p>",
     ("covenant-of-mayors", "member_cities", "1800", "more_than")),
    # directly: its own members only
    ("de", "<p>Der Deutsche Städtetag hat rund 200 unmittelbare Mitgliedsstädte.</p>",
     ("deutscher-stadtetag", "member_cities", "200", "about")),
])
def test_units_a_network_gathers_stay_its_member_cities(lang, body, expected):
    facts = facts_of_snippet(body, lang)
    assert expected in facts
    assert not {fact for fact in facts if fact[1] == "represented_governments"}


def test_a_citys_own_districts_are_no_count_of_a_network():
    body = ("<p>Berlin ist Mitglied im Deutschen Städtetag. Die Stadt zählt 12 Bezirke und Ortsteile, die ihre eigenen "
            "Vertretungen haben.</p>")
    assert not _counts(facts_of_snippet(body, "de"))


@pytest.mark.parametrize("lang, body, expected", [
    ("it", "<p>Dal 2018 Como è socio di Avviso Pubblico. La rete, nata nel 1996, riunisce più di 500 tra comuni, "
           "unioni di comuni, province e regioni.</p>",
     ("avviso-pubblico", "represented_governments", "500", "more_than")),
    ("it", "<dl><dt>Avviso Pubblico</dt><dd>La rete conta circa 400 fra comuni, province e regioni "
           "italiane.</dd></dl>",
     ("avviso-pubblico", "represented_governments", "400", "about")),
    ("es", "<div class='card'><h3>Red Española de Ciudades por el Clima</h3><p>Agrupa a más de 300 entre "
           "ayuntamientos, diputaciones y cabildos.</p></div>",
     ("red-espanola-de-ciudades-por-el-clima", "represented_governments", "300", "more_than")),
])
def test_one_total_over_local_and_regional_tiers_is_the_governments_it_gathers(lang, body, expected):
    facts = facts_of_snippet(body, lang)
    assert expected in facts
    assert not {fact for fact in facts if fact[1] == "member_cities"}


@pytest.mark.parametrize("lang, body, expected", [
    # a total over cities alone: its member cities
    ("it", "<p>La Rete italiana Città Sane riunisce oltre 70 tra comuni e città metropolitane.</p>",
     ("rete-italiana-citta-sane", "member_cities", "70", "more_than")),
    # the regions after the count are where the cities are, not a tier counted
    ("es", "<p>La Red de Ciudades por la Bicicleta reúne a más de 100 ciudades entre Andalucía y otras regiones.</p>",
     ("red-de-ciudades-por-la-bicicleta", "member_cities", "100", "more_than")),
])
def test_a_total_over_cities_alone_stays_member_cities(lang, body, expected):
    facts = facts_of_snippet(body, lang)
    assert expected in facts
    assert not {fact for fact in facts if fact[1] == "represented_governments"}


@pytest.mark.parametrize("lang, body", [
    ("es", "<h2>Asociación Internacional de Ciudades Educadoras</h2><p>Cartagena es miembro de la AICE desde 2017. En "
           "Colombia, la red nacional de ciudades educadoras cuenta con 12 municipios.</p>"),
    ("en", "<div class='card'><h3>WHO Healthy Cities</h3><p>In the United Kingdom, the national network has some 30 "
           "member cities.</p></div>"),
    ("fr", "<dl><dt>Association internationale des villes éducatrices</dt><dd>En France, le réseau national compte 80 "
           "villes.</dd></dl>"),
    ("it", "<h2>Rete delle Città Sane OMS</h2><p>In Italia la rete nazionale conta oltre 70 comuni.</p>"),
    ("de", "<table><tr><th>Netzwerk</th><th>Beschreibung</th></tr><tr><td>Klima-Bündnis</td><td>In Deutschland "
           "zählt das nationale Netzwerk rund 90 Städte.</td></tr></table>"),
])
def test_a_programmes_national_network_counts_its_own_members_not_the_programmes(lang, body):
    assert not _counts(facts_of_snippet(body, lang))


@pytest.mark.parametrize("lang, body, expected", [
    # the programme's own count beside it
    ("es", "<h2>Asociación Internacional de Ciudades Educadoras</h2><p>La AICE agrupa a más de 500 ciudades de 36 "
           "países. En Colombia, la red nacional de ciudades educadoras cuenta con 12 municipios.</p>",
     ("iaec", "member_cities", "500", "more_than")),
    # a national network named by its name is a network of its own, with its count
    ("es", "<p>La Red Estatal de Ciudades Educadoras cuenta con 200 municipios.</p>",
     ("red-estatal-de-ciudades-educadoras", "member_cities", "200", "exact")),
])
def test_the_programmes_own_count_and_a_named_national_networks_stay(lang, body, expected):
    facts = _counts(facts_of_snippet(body, lang))
    assert expected in facts
    assert not {fact for fact in facts if fact[2] == "12"}


@pytest.mark.parametrize("lang, body", [
    ("es", "<p>La OCPM cuenta con ocho secretarías regionales; la de América Latina tiene su sede en Cuenca.</p>"),
    ("en", "<div class='card'><h3>Organization of World Heritage Cities</h3><p>The OWHC has eight regional "
           "secretariats.</p></div>"),
    ("fr", "<dl><dt>OVPM</dt><dd>L'OVPM dispose de huit secrétariats régionaux.</dd></dl>"),
    ("it", "<p>L'OCPM ha otto segretariati regionali, uno dei quali a Cordova.</p>"),
    ("de", "<p>Die OWHC unterhält acht Regionalsekretariate.</p>"),
])
def test_regional_offices_a_network_has_are_no_regions(lang, body):
    assert not {fact for fact in facts_of_snippet(body, lang) if fact[1] == "regions"}


@pytest.mark.parametrize("lang, body", [
    ("en", "<p>The OWHC is divided into eight regional secretariats.</p>"),
    ("fr", "<p>L'OVPM s'organise en huit secrétariats régionaux.</p>"),
    ("es", "<table><tr><th>Red</th><th>Estructura</th></tr><tr><td>OCPM</td><td>Organizada en ocho secretarías "
           "regionales</td></tr></table>"),
])
def test_regional_secretariats_a_network_is_divided_into_are_its_regions(lang, body):
    assert ("owhc", "regions", "8", "exact") in facts_of_snippet(body, lang)


@pytest.mark.parametrize("lang, body, expected", [
    ("en", "<h3>Saskatchewan Urban Municipalities Association (SUMA)</h3><p>Founded in 1905, SUMA "
           "represents some 450 cities, towns, villages, resort "
           "villages and northern municipalities.</p>",
     ("saskatchewan-urban-municipalities-association", "represented_governments", "450", "about")),
    ("fr", "<div class='card'><h3>Union des municipalités du Québec</h3><p>L'UMQ représente plus de 375 villes, "
           "municipalités régionales, agglomérations et municipalités locales.</p></div>",
     ("union-des-municipalites-du-quebec", "represented_governments", "375", "more_than")),
    ("de", "<p>Der Niedersächsische Städtetag vertritt rund 130 Städte, Gemeinden, kleine Samtgemeinden und "
           "Kreise.</p>",
     ("niedersachsischer-stadtetag", "represented_governments", "130", "about")),
])
def test_a_long_list_of_local_units_a_network_represents_is_its_represented_governments(lang, body, expected):
    facts = facts_of_snippet(body, lang)
    assert expected in facts
    assert not {fact for fact in facts if fact[1] == "member_cities"}


def test_a_long_list_of_members_of_other_kinds_is_no_count_of_cities():
    body = ("<p>Das Klima-Bündnis Österreich betreut rund 1.000 Gemeinden, Bildungseinrichtungen, große Schulen und "
            "Betriebe.</p>")
    assert not _counts(facts_of_snippet(body, "de"))


@pytest.mark.parametrize("lang, body, expected", [
    # a key-figure card: the label, then the count alone
    ("fr", "<article class='carte'><h2>Union des municipalités du Québec (UMQ)</h2><ul><li><span class='etiquette'>"
           "Municipalités membres</span> <span class='valeur'>Plus de 375</span></li></ul></article>",
     ("union-des-municipalites-du-quebec", "member_cities", "375", "more_than")),
    ("fr", "<article class='carte'><h2>Cités interculturelles</h2><ul><li><span class='etiquette'>Villes "
           "participantes</span> <span class='valeur'>Plus de 160</span></li></ul></article>",
     ("intercultural-cities", "member_cities", "160", "more_than")),
    # a dl
    ("en", "<h2>Intercultural Cities</h2><dl><dt>Participating cities</dt><dd>160</dd></dl>",
     ("intercultural-cities", "member_cities", "160", "exact")),
    ("de", "<h2>Klima-Bündnis</h2><dl><dt>Mitgliedskommunen</dt><dd>rund 2.000</dd></dl>",
     ("climate-alliance", "member_cities", "2000", "about")),
    # a two-cell table row
    ("es", "<h2>Red Española de Ciudades por el Clima</h2><table><tr><th>Municipios adheridos</th><td>más de 300</td>"
           "</tr></table>",
     ("red-espanola-de-ciudades-por-el-clima", "member_cities", "300", "more_than")),
    ("it", "<h2>Patto dei Sindaci</h2><table><tr><th>Comuni aderenti</th><td>oltre 500</td></tr></table>",
     ("covenant-of-mayors", "member_cities", "500", "more_than")),
])
def test_a_count_under_a_label_of_member_cities_is_the_networks_member_cities(lang, body, expected):
    assert expected in facts_of_snippet(body, lang)


@pytest.mark.parametrize("lang, body", [
    # a count of countries, and a population, under labels of their own
    ("fr", "<article class='carte'><h2>Cités interculturelles</h2><ul><li><span class='etiquette'>Pays "
           "participants</span> <span class='valeur'>36</span></li><li><span class='etiquette'>Population</span> "
           "<span class='valeur'>48 000</span></li></ul></article>"),
    ("en", "<h2>Intercultural Cities</h2><dl><dt>Participating staff</dt><dd>160</dd></dl>"),
])
def test_other_counts_under_labels_are_no_member_cities(lang, body):
    assert not {fact for fact in facts_of_snippet(body, lang) if fact[1] == "member_cities"}


@pytest.mark.parametrize("lang, body, expected", [
    ("de", "<p>Jena arbeitet im Netzwerk EUniverCities mit, in dem rund zwanzig europäische Universitätsstädte "
           "und ihre Hochschulen Erfahrungen austauschen.</p>",
     ("eunivercities", "member_cities", "20", "about")),
    ("de", "<dl><dt>Organisation der Welterbestädte (OWHC)</dt><dd>Die OWHC vereint rund 300 Welterbestädte aus 70 "
           "Ländern.</dd></dl>",
     ("owhc", "member_cities", "300", "about")),
    ("en", "<h2>EUniverCities</h2><p>The network brings together some 20 university cities and their "
           "universities.</p>",
     ("eunivercities", "member_cities", "20", "about")),
    ("fr", "<h2>EUniverCities</h2><p>Le réseau rassemble une vingtaine de villes universitaires et leurs "
           "universités.</p>",
     ("eunivercities", "member_cities", "20", "about")),
])
def test_cities_named_by_their_kind_with_their_own_bodies_are_the_networks_cities(lang, body, expected):
    assert expected in facts_of_snippet(body, lang)


def test_cities_listed_with_members_of_other_kinds_are_no_count_of_cities():
    body = "<h2>EUniverCities</h2><p>Das Netzwerk verbindet rund 40 Universitätsstädte und Hochschulen.</p>"
    assert not _counts(facts_of_snippet(body, "de"))


@pytest.mark.parametrize("lang, body, expected", [
    # a table's cell
    ("en", "<table><tr><th>Network</th><th>Joined</th><th>Members</th></tr><tr><th scope='row'>FCM Big City Mayors' "
           "Caucus</th><td>2006</td><td>Mayors of 22 of Canada's largest cities</td></tr></table>",
     ("big-city-mayors-caucus", "member_cities", "22", "exact")),
    # a card's line
    ("fr", "<div class='card'><h3>Association internationale des maires francophones</h3><p>Maires de 300 villes "
           "francophones</p></div>",
     ("aimf", "member_cities", "300", "exact")),
    ("es", "<dl><dt>Unión de Ciudades Capitales Iberoamericanas</dt><dd>Alcaldes de 29 ciudades "
           "iberoamericanas</dd></dl>",
     ("ucci", "member_cities", "29", "exact")),
    ("it", "<dl><dt>Mayors for Peace</dt><dd>Sindaci di 8.000 città</dd></dl>",
     ("mayors-for-peace", "member_cities", "8000", "exact")),
    ("de", "<dl><dt>Mayors for Peace</dt><dd>Bürgermeisterinnen und Bürgermeister aus 8.000 Städten</dd></dl>",
     ("mayors-for-peace", "member_cities", "8000", "exact")),
])
def test_a_line_of_mayors_by_their_cities_is_the_networks_member_cities(lang, body, expected):
    assert expected in facts_of_snippet(body, lang)


@pytest.mark.parametrize("lang, body", [
    ("en", "<h2>Big City Mayors' Caucus</h2><p>Mayors of 22 cities met in Ottawa on Tuesday.</p>"),
    ("fr", "<h2>AIMF</h2><p>Des maires de 50 villes se sont réunis à Paris.</p>"),
    ("es", "<h2>UCCI</h2><p>Alcaldes de 20 ciudades participaron en la asamblea.</p>"),
])
def test_mayors_of_cities_at_a_meeting_are_no_count_of_members(lang, body):
    assert not _counts(facts_of_snippet(body, lang))


@pytest.mark.parametrize("lang, body, expected", [
    ("de", "<p>Der Deutsche Städtetag vertritt rund 3.200 Mitgliedsstädte und -gemeinden.</p>",
     ("deutscher-stadtetag", "represented_governments", "3200", "about")),
    ("de", "<dl><dt>Klima-Bündnis</dt><dd>Das Bündnis vertritt über 2.000 Mitgliedsstädte und -regionen in "
           "Europa.</dd></dl>",
     ("climate-alliance", "represented_governments", "2000", "more_than")),
])
def test_local_units_with_an_elided_compound_a_network_represents_are_its_represented_governments(lang, body, expected):
    facts = facts_of_snippet(body, lang)
    assert expected in facts
    assert not {fact for fact in facts if fact[1] == "member_cities"}


@pytest.mark.parametrize("lang, body, expected", [
    ("fr", "<p>La Ville est membre de l'Association des communes neuchâteloises, qui réunit les 27 communes du "
           "canton.</p>",
     ("association-des-communes-neuchateloises", "member_cities", "27", "exact")),
    ("it", "<p>Il Comune partecipa ai lavori dell'ANCI Puglia, che riunisce i 257 Comuni della regione.</p>",
     ("anci-puglia", "member_cities", "257", "exact")),
    ("it", "<p>In Alto Adige il Comune fa parte anche del Consorzio dei Comuni, che riunisce tutti i 116 comuni della "
           "provincia.</p>",
     ("consorzio-dei-comuni", "member_cities", "116", "exact")),
    ("es", "<p>La Federación Andaluza de Municipios y Provincias reúne a los 785 municipios de la región.</p>",
     ("federacion-andaluza-de-municipios-y-provincias", "member_cities", "785", "exact")),
])
def test_a_network_gathering_all_the_towns_of_an_area_counts_its_members(lang, body, expected):
    assert expected in facts_of_snippet(body, lang)


@pytest.mark.parametrize("lang, body", [
    # an authority's own towns, and the towns of an area named without a network's verb
    ("fr", "<h2>Eurocities</h2><p>Nantes Métropole, qui regroupe les 24 communes de l'agglomération, y siège.</p>"),
    ("en", "<h2>Eurocities</h2><p>The 12 cities of the Greater Manchester region take part.</p>"),
    ("de", "<h2>Eurocities</h2><p>Die 30 Städte der Metropolregion arbeiten mit.</p>"),
])
def test_an_areas_towns_are_no_members(lang, body):
    assert not _counts(facts_of_snippet(body, lang))


def test_a_named_network_described_in_apposition_as_the_national_network_keeps_its_count():
    body = ("<p>Lille accueille le Réseau français des Villes-Santé (RfVS), le réseau national des Villes-Santé de "
            "l'OMS en France, qui rassemble 100 villes.</p>")
    assert ("reseau-francais-des-villes-sante", "member_cities", "100", "exact") in facts_of_snippet(body, "fr")
