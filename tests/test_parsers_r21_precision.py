"""Wrong finds: a year a span ends with read as a count, an event's participants read as the network's members."""

import pytest
from helpers.extracted import facts_of_snippet, triples_of_snippet


def _counts(facts):
    return {fact for fact in facts if fact[1] in ("member_cities", "member_countries", "represented_governments")}


@pytest.mark.parametrize("lang, body", [
    ("it", "<p>La rete Eurocities sarà presieduta fino al 2028 dalla città di Gand.</p>"),
    ("es", "<div class='card'><h3>Eurocities</h3><p>La red estará presidida hasta 2028 por la ciudad de Gante.</p>"
           "</div>"),
    ("fr", "<table><tr><th>Réseau</th><td>Eurocities</td></tr><tr><th>Présidence</th><td>Assurée jusqu'à 2028 par "
           "la ville de Gand.</td></tr></table>"),
    ("en", "<dl><dt>Eurocities</dt><dd>Chaired until 2028 by the city of Ghent.</dd></dl>"),
    ("de", "<h2>Eurocities</h2><p>Das Netzwerk wird bis 2028 von der Stadt Gent geleitet.</p>"),
])
def test_a_year_a_span_ends_with_is_no_count(lang, body):
    assert not _counts(facts_of_snippet(body, lang))


@pytest.mark.parametrize("lang, body, expected", [
    # the trap: a count near "until" that is no year
    ("en", "<p>Eurocities counts 200 cities, from Lisbon until Tallinn.</p>",
     ("eurocities", "member_cities", "200", "exact")),
    ("it", "<p>Eurocities conta oltre 200 città fino al prossimo allargamento.</p>",
     ("eurocities", "member_cities", "200", "more_than")),
])
def test_a_count_before_until_stays(lang, body, expected):
    assert expected in facts_of_snippet(body, lang)


@pytest.mark.parametrize("lang, body", [
    ("es", "<h2>CIDEU</h2><p>La edición más reciente, en Guadalajara, convocó a 68 ciudades.</p>"),
    ("fr", "<div class='card'><h3>AIMF</h3><p>L'assemblée générale de l'AIMF, tenue à Kigali, rassemble 120 villes."
           "</p></div>"),
    ("en", "<dl><dt>Eurocities</dt><dd>The latest edition, in Ghent, brought together 130 cities.</dd></dl>"),
    ("de", "<h2>Eurocities</h2><ul><li>Die jüngste Tagung in Gent versammelt 130 Städte.</li></ul>"),
    ("it", "<table><tr><th>Rete</th><th>Note</th></tr><tr><td>Eurocities</td><td>L'ultima edizione, a Gand, ha "
           "riunito 130 città.</td></tr></table>"),
])
def test_an_events_participants_are_not_the_networks_members(lang, body):
    assert not _counts(facts_of_snippet(body, lang))


@pytest.mark.parametrize("lang, body, expected", [
    # the event opens the sentence, but the count is another subject's, in a relative clause or after a participle
    ("en", "<p>The summit will also hear from the Core Cities UK group, which represents 11 of the largest cities "
           "outside London.</p>",
     ("core-cities-uk", "member_cities", "11", "exact")),
    ("en", "<p>The general assembly approved six applications, bringing Eurocities to 212 cities in 38 countries.</p>",
     ("eurocities", "member_cities", "212", "exact")),
    # a network, not an event, as the subject
    ("es", "<p>El CIDEU, creado en un encuentro en Barcelona, reúne a 150 ciudades.</p>",
     ("cideu", "member_cities", "150", "exact")),
])
def test_a_count_of_another_subject_after_an_event_stays(lang, body, expected):
    assert expected in facts_of_snippet(body, lang)


@pytest.mark.parametrize("lang, body, expected", [
    ("fr", "<h2>Union des villes suisses (UVS)</h2><p>L'UVS représente 130 villes.</p>"
           "<h2>Association des Communes Suisses (ACS)</h2><p>Pendant de l'UVS pour l'ensemble des communes du pays, "
           "l'ACS compte environ 1 500 communes membres.</p>",
     ("schweizerischer-gemeindeverband", "member_cities", "1500", "about")),
    ("de", "<p>Neben dem Schweizerischen Städteverband (SSV) ist die Stadt im Schweizerischen Gemeindeverband (SGV) "
           "aktiv.</p><div class='card'><h3>Gemeinden</h3><p>Anders als der SSV zählt der SGV rund 1.500 "
           "Mitgliedsgemeinden.</p></div>",
     ("schweizerischer-gemeindeverband", "member_cities", "1500", "about")),
    ("it", "<p>La città aderisce all'Unione delle città svizzere (UCS) e all'Associazione dei Comuni Svizzeri (ACS)."
           "</p><table><tr><th>Rete</th><th>Note</th></tr><tr><td>Comuni</td><td>A differenza dell'UCS, l'ACS conta "
           "circa 1.500 comuni membri.</td></tr></table>",
     ("schweizerischer-gemeindeverband", "member_cities", "1500", "about")),
])
def test_a_count_is_the_network_its_clause_names_by_a_given_acronym_not_a_leading_phrases(lang, body, expected):
    facts = facts_of_snippet(body, lang)
    assert expected in facts
    assert {fact for fact in facts if fact[2] == "1500"} == {expected}


def test_a_count_stays_with_the_subject_named_first_by_its_acronym():
    body = ("<p>Union des villes suisses (UVS), Association des Communes Suisses (ACS).</p>"
            "<p>L'UVS, comme l'ACS, compte 130 villes membres.</p>")
    facts = facts_of_snippet(body, "fr")
    assert {fact for fact in facts if fact[2] == "130"} == {
        ("schweizerischer-stadteverband", "member_cities", "130", "exact")}


def _presidents(facts):
    return {fact for fact in facts if fact[1] == "president"}


@pytest.mark.parametrize("lang, body, expected", [
    ("en", "<p>Winnipeg, MB – Mayor Scott Gillingham has been elected chair of the Federation of Canadian "
           "Municipalities' Big City Mayors' Caucus.</p>",
     ("big-city-mayors-caucus", "president", "Scott Gillingham", "exact")),
    ("en", "<div class='card'><h3>Caucus</h3><p>Mayor Jane Doe was named chair of the Federation of Canadian "
           "Municipalities’ Big City Mayors’ Caucus in 2025.</p></div>",
     ("big-city-mayors-caucus", "president", "Jane Doe", "exact")),
    # the owner named after, by its genitive
    ("fr", "<p>Le maire Jean Tremblay a été élu président du Big City Mayors' Caucus de la Fédération canadienne des "
           "municipalités.</p>",
     ("big-city-mayors-caucus", "president", "Jean Tremblay", "exact")),
])
def test_an_office_of_a_network_named_with_its_owners_possessive_is_the_owned_networks(lang, body, expected):
    assert _presidents(facts_of_snippet(body, lang)) == {expected}


@pytest.mark.parametrize("lang, body, expected", [
    # a possessive before no network's name: the owner's own office
    ("en", "<p>Eurocities' president, Dario Nardella, welcomed the mayors.</p>",
     ("eurocities", "president", "Dario Nardella", "exact")),
    ("en", "<p>Mayor Jane Doe has been elected president of the Federation of Canadian Municipalities.</p>",
     ("federation-of-canadian-municipalities", "president", "Jane Doe", "exact")),
])
def test_an_office_of_the_owner_itself_stays_the_owners(lang, body, expected):
    assert _presidents(facts_of_snippet(body, lang)) == {expected}


@pytest.mark.parametrize("lang, body, expected", [
    ("de", "<h2>Deutscher Städtetag</h2><p>Der kommunale Spitzenverband vertritt über seine Mitgliedsverbände in den "
           "Ländern rund 3.200 Städte und Gemeinden.</p>",
     ("deutscher-stadtetag", "represented_governments", "3200", "about")),
    ("en", "<dl><dt>Local Government Association</dt><dd>It represents through its regional branches in the English "
           "counties about 330 councils and districts.</dd></dl>",
     ("local-government-association", "represented_governments", "330", "about")),
    ("fr", "<p>L'Association des maires de France représente par l'intermédiaire de ses associations départementales "
           "près de 35 000 villes et communes.</p>",
     ("association-des-maires-de-france", "represented_governments", "35000", "about")),
    ("es", "<div class='card'><h3>FEMP</h3><p>La FEMP representa a través de sus federaciones territoriales en todo "
           "el país a más de 7.400 ciudades y municipios.</p></div>",
     ("federacion-espanola-de-municipios-y-provincias", "represented_governments", "7400", "more_than")),
    ("it", "<table><tr><th>Rete</th><th>Descrizione</th></tr><tr><td>ANCI</td><td>L'ANCI rappresenta attraverso le "
           "sue associazioni regionali in tutto il paese oltre 7.000 città e comuni.</td></tr></table>",
     ("associazione-nazionale-comuni-italiani", "represented_governments", "7000", "more_than")),
    # the trap: the count after a second verb coordinated with "represents" is of members
    ("fr", "<p>L'Association des maires de France représente les élus locaux et regroupe près de 35 000 villes et "
           "communes.</p>",
     ("association-des-maires-de-france", "member_cities", "35000", "about")),
])
def test_local_units_a_network_represents_with_the_verb_farther_before(lang, body, expected):
    assert _counts(facts_of_snippet(body, lang)) == {expected}


@pytest.mark.parametrize("lang, body", [
    ("it", "<p>Il Coordinamento nazionale degli enti locali per la pace e i diritti umani è stato fondato nel 1986; "
           "all'atto costitutivo aderirono una trentina di comuni, province e regioni.</p>"),
    ("fr", "<div class='card'><h3>Cités Unies France</h3><p>L'association fut créée en 1975 ; une trentaine de villes "
           "et de régions y adhérèrent.</p></div>"),
    ("de", "<h2>Klima-Bündnis</h2><p>Bei der Gründung im Jahr 1990 traten rund 30 Städte und Gemeinden bei.</p>"),
])
def test_who_joined_at_the_founding_told_in_the_simple_past_is_no_count_of_today(lang, body):
    assert not _counts(facts_of_snippet(body, lang))


def test_who_a_network_gathers_today_stays_its_count():
    body = "<p>Cités Unies France fédère une trentaine de villes, départements et régions.</p>"
    assert _counts(facts_of_snippet(body, "fr")) == {("cites-unies-france", "represented_governments", "30", "about")}


@pytest.mark.parametrize("lang, url, body, own, other", [
    ("fr", "https://www.bayonne.fr/reseaux",
     "<h2>Réseaux</h2><p>Bayonne est membre du Réseau des villes créatives de l'UNESCO depuis 2017. Donostia / San "
     "Sebastián a rejoint en 2024 le Réseau des villes créatives de l'UNESCO au titre du cinéma.</p>",
     ("unesco-creative-cities-network", "joined", "2017"), ("unesco-creative-cities-network", "joined", "2024")),
    ("it", "https://www.comune.trento.it/reti",
     "<div class='card'><h3>Alleanza per il Clima</h3><p>Trento è socia di Alleanza per il Clima dal 2001. "
     "Bozen/Bolzano ha aderito ad Alleanza per il Clima nel 2012.</p></div>",
     ("climate-alliance", "joined", "2001"), ("climate-alliance", "joined", "2012")),
    ("es", "https://www.pamplona.es/redes",
     "<ul><li>Pamplona es miembro de la Red de Ciudades por el Clima desde 2005.</li><li>Vitoria-Gasteiz / Gasteiz se "
     "unió a la Red de Ciudades por el Clima en 2010.</li></ul>",
     ("red-de-ciudades-por-el-clima", "joined", "2005"), ("red-de-ciudades-por-el-clima", "joined", "2010")),
])
def test_another_city_named_in_two_languages_joining_is_not_the_publishing_citys(lang, url, body, own, other):
    found = triples_of_snippet(body, lang, url=url)
    assert own in found
    assert other not in found


def test_the_publishing_city_named_in_two_languages_joining_is_its_own():
    found = triples_of_snippet("<p>Donostia / San Sebastián a rejoint en 2024 le Réseau des villes créatives de "
                               "l'UNESCO.</p>", "fr", url="https://www.donostia.eus/reseaux")
    assert ("unesco-creative-cities-network", "joined", "2024") in found


def _seats(facts):
    return {fact for fact in facts if fact[1] == "headquarters"}


@pytest.mark.parametrize("lang, body, expected", [
    ("it", "<p>L'AICCRE, sezione italiana del Consiglio dei comuni e delle regioni d'Europa, ha anch'essa sede a Roma "
           "e promuove i gemellaggi.</p>",
     ("aiccre", "headquarters", "Roma", "exact")),
    ("fr", "<div class='card'><h3>AFCCRE</h3><p>L'AFCCRE, la section française du CCRE, a son siège à Paris.</p></div>",
     ("afccre", "headquarters", "Paris", "exact")),
    ("es", "<dl><dt>FEMP</dt><dd>La FEMP, sección española del CMRE, tiene su sede en Madrid.</dd></dl>",
     ("federacion-espanola-de-municipios-y-provincias", "headquarters", "Madrid", "exact")),
])
def test_a_network_named_as_a_national_section_in_apposition_keeps_its_seat(lang, body, expected):
    assert _seats(facts_of_snippet(body, lang)) == {expected}


@pytest.mark.parametrize("lang, body", [
    # a section named by its parent's name, or by no name: its seat is nobody's
    ("de", "<p>Der RGRE, deutsche Sektion des CEMR, hat seinen Sitz in Köln.</p>"),
    ("it", "<p>La sezione italiana del CCRE ha sede a Roma.</p>"),
])
def test_a_section_named_by_no_name_of_its_own_gives_no_seat(lang, body):
    assert not _seats(facts_of_snippet(body, lang))


@pytest.mark.parametrize("lang, body, expected", [
    ("es", "<p>El Centro Iberoamericano de Desarrollo Estratégico Urbano nació en Barcelona en 1993 y mantiene ahí su "
           "secretaría general.</p>",
     ("cideu", "headquarters", "Barcelona", "exact")),
    ("it", "<div class='card'><h3>Cittaslow</h3><p>Cittaslow è nata a Orvieto nel 1999 e vi mantiene la sua sede.</p>"
           "</div>",
     ("cittaslow", "headquarters", "Orvieto", "exact")),
    ("en", "<p>ICLEI was founded in New York in 1990 and keeps its secretariat there.</p>",
     ("iclei", "headquarters", "New York", "exact")),
    ("de", "<h2>Klima-Bündnis</h2><p>Das Klima-Bündnis wurde 1990 in Frankfurt gegründet und hat dort bis heute "
           "seinen Sitz.</p>",
     ("climate-alliance", "headquarters", "Frankfurt", "exact")),
    # the trap: the seat named elsewhere than the founding place
    ("en", "<p>ICLEI was founded in New York in 1990 and has its secretariat in Bonn.</p>",
     ("iclei", "headquarters", "Bonn", "exact")),
])
def test_the_seat_kept_there_where_the_network_was_founded(lang, body, expected):
    assert _seats(facts_of_snippet(body, lang)) == {expected}
