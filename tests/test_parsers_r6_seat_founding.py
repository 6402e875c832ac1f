"""Seats, founding dates and founding places as real pages place them: a network's other spelling, a seat told by
where the network is run from, a founding at a meeting, a country that is no founding place, and networks outside
the vocabulary named in a heading or as a sentence's subject."""


import pytest
from helpers.extracted import triples_of_snippet

_LASTING = ("founded", "founded_place", "headquarters")


def _facts(body: str, lang: str = "en", title: str = "Networks") -> set[tuple[str, str, str]]:
    return {fact for fact in triples_of_snippet(body, lang, title=title, heading=title) if fact[1] in _LASTING}


@pytest.mark.parametrize("body, lang, expected", [
    ("<p>Créé à Barcelone en 1991, MedCités rassemble une soixantaine de villes méditerranéennes.</p>", "fr",
     {("medcities", "founded", "1991"), ("medcities", "founded_place", "Barcelone")}),
    ("<h2>MedCités</h2><p>Le réseau a son siège à Barcelone.</p>", "fr", {("medcities", "headquarters", "Barcelone")}),
    ("<p>MedCities was founded in Barcelona in 1991.</p>", "en",
     {("medcities", "founded", "1991"), ("medcities", "founded_place", "Barcelona")}),
])
def test_medcities_in_its_french_spelling(body, lang, expected):
    assert _facts(body, lang) == expected


@pytest.mark.parametrize("sentence, lang, expected", [
    ("ICORN was founded in 2006 and is run from Stavanger, Norway.", "en",
     {("icorn", "founded", "2006"), ("icorn", "headquarters", "Stavanger")}),
    ("Eurocities is now run from Brussels.", "en", {("eurocities", "headquarters", "Brussels")}),
    ("ICORN is coordinated from Stavanger in Norway.", "en", {("icorn", "headquarters", "Stavanger")}),
    ("Le réseau ICORN est piloté depuis Stavanger.", "fr", {("icorn", "headquarters", "Stavanger")}),
    ("La red Eurocities se coordina desde Bruselas.", "es", {("eurocities", "headquarters", "Bruselas")}),
    ("Eurocities wird von Brüssel aus koordiniert.", "de", {("eurocities", "headquarters", "Brüssel")}),
])
def test_a_seat_told_by_where_the_network_is_run_from(sentence, lang, expected):
    assert _facts(f"<p>{sentence}</p>", lang) == expected


@pytest.mark.parametrize("sentence, lang", [
    ("The Eurocities mobility forum is run from May to June.", "en"),
    ("The Eurocities culture forum is run from Monday to Wednesday.", "en"),
    ("Le programme d'Eurocities est piloté depuis 2019 par la ville de Gand.", "fr"),
])
def test_a_span_of_time_is_not_where_a_network_is_run_from(sentence, lang):
    assert _facts(f"<p>{sentence}</p>", lang) == set()


@pytest.mark.parametrize("sentence, lang, expected", [
    ("Eurocities brings together over 200 large cities, and its office is in Brussels.", "en",
     {("eurocities", "headquarters", "Brussels")}),
    ("Eurocities agrupa a más de 200 ciudades y su oficina está en Bruselas.", "es",
     {("eurocities", "headquarters", "Bruselas")}),
    ("Eurocities vereint über 200 Städte, ihr Büro ist in Brüssel.", "de", {("eurocities", "headquarters", "Brüssel")}),
    ("Eurocities riunisce oltre 200 città e il suo ufficio è a Bruxelles.", "it",
     {("eurocities", "headquarters", "Bruxelles")}),
])
def test_a_seat_told_by_the_networks_one_office(sentence, lang, expected):
    assert _facts(f"<p>{sentence}</p>", lang) == expected


def test_offices_in_several_cities_are_no_seat():
    assert _facts("<p>Eurocities has offices in Brussels and Barcelona.</p>") == set()


@pytest.mark.parametrize("body, lang, expected", [
    ("<h2>Eurocities</h2><p>Fondata nel 1986, la rete conta oggi oltre 200 città. La segreteria della rete si trova a "
     "Bruxelles.</p>", "it", {("eurocities", "founded", "1986"), ("eurocities", "headquarters", "Bruxelles")}),
    ("<p>La segreteria di ICORN si trova a Stavanger.</p>", "it", {("icorn", "headquarters", "Stavanger")}),
    ("<p>ICORN ha la sua segreteria generale a Stavanger.</p>", "it", {("icorn", "headquarters", "Stavanger")}),
    ("<p>La segreteria organizzativa del forum di Eurocities si trova a Bologna.</p>", "it", set()),
])
def test_the_italian_segreteria_is_the_secretariat(body, lang, expected):
    assert _facts(body, lang) == expected


@pytest.mark.parametrize("sentence, lang, expected", [
    ("Eurocities wurde 1986 in Rotterdam gegründet, sein Sitz ist Brüssel.", "de",
     {("eurocities", "founded", "1986"), ("eurocities", "founded_place", "Rotterdam"),
      ("eurocities", "headquarters", "Brüssel")}),
    ("Das Klima-Bündnis vereint 2000 Kommunen, sein Sitz ist in Frankfurt.", "de",
     {("climate-alliance", "headquarters", "Frankfurt")}),
])
def test_a_german_seat_named_by_its_possessive(sentence, lang, expected):
    assert _facts(f"<p>{sentence}</p>", lang) == expected


@pytest.mark.parametrize("sentence, lang, expected", [
    ("L'Union mondiale des villes olympiques, dont Lausanne abrite le siège, réunit une quarantaine de villes. "
     "Eurocities, dont Bruxelles accueille le secrétariat, compte 200 villes.", "fr",
     {("union-mondiale-des-villes-olympiques", "headquarters", "Lausanne"),
      ("eurocities", "headquarters", "Bruxelles")}),
    ("Eurocities, di cui Bruxelles ospita la sede, riunisce 200 città.", "it",
     {("eurocities", "headquarters", "Bruxelles")}),
])
def test_a_seat_hosted_in_a_relative_clause(sentence, lang, expected):
    assert _facts(f"<p>{sentence}</p>", lang) == expected


@pytest.mark.parametrize("sentence, lang, expected", [
    ("ICORN, le réseau international des villes refuges, a vu le jour en 2006 en Norvège.", "fr",
     {("icorn", "founded", "2006")}),
    ("Fondée au Québec en 1979, l'AIMF rassemble 300 villes.", "fr", {("aimf", "founded", "1979")}),
    ("ICORN, fondata nel 2006 in Norvegia, riunisce 80 città.", "it", {("icorn", "founded", "2006")}),
])
def test_a_country_is_no_founding_place(sentence, lang, expected):
    assert _facts(f"<p>{sentence}</p>", lang) == expected


@pytest.mark.parametrize("sentence, lang, expected", [
    ("ICORN a vu le jour en 2006 à Stavanger, en Norvège.", "fr",
     {("icorn", "founded", "2006"), ("icorn", "founded_place", "Stavanger")}),
    ("ICORN, fondata nel 2006 a Stavanger, riunisce 80 città.", "it",
     {("icorn", "founded", "2006"), ("icorn", "founded_place", "Stavanger")}),
    ("ICORN nació en 2006 en Stavanger.", "es",
     {("icorn", "founded", "2006"), ("icorn", "founded_place", "Stavanger")}),
])
def test_the_city_before_its_country_stays_the_founding_place(sentence, lang, expected):
    assert _facts(f"<p>{sentence}</p>", lang) == expected


@pytest.mark.parametrize("sentence, lang, expected", [
    ("1986: The mayors of six large cities meet in Rotterdam and set up Eurocities.", "en",
     {("eurocities", "founded", "1986"), ("eurocities", "founded_place", "Rotterdam")}),
    ("The mayors of six cities met in Rotterdam in 1986 and founded Eurocities.", "en",
     {("eurocities", "founded", "1986"), ("eurocities", "founded_place", "Rotterdam")}),
    ("Les maires de six villes se sont réunis à Rotterdam pour fonder Eurocities.", "fr",
     {("eurocities", "founded_place", "Rotterdam")}),
    ("Die Bürgermeister von sechs Städten trafen sich in Rotterdam und gründeten Eurocities.", "de",
     {("eurocities", "founded_place", "Rotterdam")}),
])
def test_founders_who_met_somewhere_and_founded_the_network(sentence, lang, expected):
    assert _facts(f"<p>{sentence}</p>", lang) == expected


@pytest.mark.parametrize("body, lang, expected", [
    ("<h2>Eurocities</h2><p>Création : 1986</p><p>Six villes fondatrices avaient lancé le réseau lors d'une "
     "conférence à Rotterdam.</p>", "fr",
     {("eurocities", "founded", "1986"), ("eurocities", "founded_place", "Rotterdam")}),
    ("<h2>UCCI</h2><p>Veintidós ciudades fundaron la red en 1982 en Madrid.</p>", "es",
     {("ucci", "founded", "1982"), ("ucci", "founded_place", "Madrid")}),
    ("<h2>Eurocities</h2><p>Six cities set up the network in 1986 in Rotterdam.</p>", "en",
     {("eurocities", "founded", "1986"), ("eurocities", "founded_place", "Rotterdam")}),
])
def test_founders_who_founded_the_network_somewhere(body, lang, expected):
    assert _facts(body, lang) == expected


@pytest.mark.parametrize("sentence, lang", [
    ("The mayors met in Rotterdam and set up a working group on Eurocities.", "en"),
    ("Eurocities a lancé le réseau des villes vertes à Bruxelles.", "fr"),
    ("Eurocities a créé le forum de la culture à Lyon.", "fr"),
])
def test_what_founders_set_up_besides_the_network(sentence, lang):
    assert _facts(f"<p>{sentence}</p>", lang) == set()


@pytest.mark.parametrize("body, lang, expected", [
    ("<h2>ICORN</h2><p>Son secrétariat se trouve à Stavanger, en Norvège, ville où le réseau a vu le jour.</p>", "fr",
     {("icorn", "headquarters", "Stavanger"), ("icorn", "founded_place", "Stavanger")}),
    ("<p>Eurocities keeps close ties with Rotterdam, the city where the network was founded.</p>", "en",
     {("eurocities", "founded_place", "Rotterdam")}),
    ("<h2>CGLU</h2><p>Su secretaría está en Barcelona, la ciudad donde nació la red.</p>", "es",
     {("uclg", "headquarters", "Barcelona"), ("uclg", "founded_place", "Barcelona")}),
])
def test_the_founding_place_as_the_city_where_the_network_was_founded(body, lang, expected):
    assert _facts(body, lang) == expected


@pytest.mark.parametrize("sentence, lang", [
    ("Eurocities meets this year in Rotterdam, the city where Erasmus was born.", "en"),
    ("Le congrès de l'AIMF se tient à Québec, ville où est né le maire actuel.", "fr"),
    ("Il forum di Eurocities si tiene a Stavanger, la città dove è nato il sindaco.", "it"),
])
def test_a_city_where_someone_was_born_is_no_founding_place(sentence, lang):
    assert _facts(f"<p>{sentence}</p>", lang) == set()


@pytest.mark.parametrize("body, lang, expected", [
    ("<h2>Union mondiale des villes olympiques</h2><p>Lausanne est à l'initiative de l'Union mondiale des villes "
     "olympiques, fondée en 2002, dont le siège est à Lausanne.</p>", "fr",
     {("union-mondiale-des-villes-olympiques", "founded", "2002"),
      ("union-mondiale-des-villes-olympiques", "headquarters", "Lausanne")}),
    ("<h2>World Union of Olympic Cities</h2><p>Founded in 2002, the Union is based in Lausanne.</p>", "en",
     {("world-union-of-olympic-cities", "founded", "2002"), ("world-union-of-olympic-cities", "headquarters",
                                                              "Lausanne")}),
    ("<h2>Liga de Ciudades Históricas</h2><p>Creada en 1987 en Kioto, la red tiene su secretaría en Kioto.</p>", "es",
     {("liga-de-ciudades-historicas", "founded", "1987"), ("liga-de-ciudades-historicas", "founded_place", "Kioto"),
      ("liga-de-ciudades-historicas", "headquarters", "Kioto")}),
])
def test_a_heading_names_a_network_outside_the_vocabulary_by_the_form_of_its_name(body, lang, expected):
    assert _facts(body, lang) == expected


@pytest.mark.parametrize("body, lang, expected", [
    ("<h2>CIDEU</h2><p>El Centro Iberoamericano de Desarrollo Estratégico Urbano nació en Barcelona en 1993.</p>",
     "es", {("cideu", "founded", "1993"), ("cideu", "founded_place", "Barcelona")}),
    ("<h2>IAEC</h2><p>The International Association of Educating Cities was founded in Barcelona in 1994.</p>", "en",
     {("iaec", "founded", "1994"), ("iaec", "founded_place", "Barcelona")}),
])
def test_a_heading_names_a_network_by_an_acronym_the_text_spells_out(body, lang, expected):
    assert _facts(body, lang) == expected


@pytest.mark.parametrize("body, lang, expected", [
    ("<p>L'Union mondiale des villes olympiques, dont Lausanne abrite le siège, tiendra son prochain sommet en "
     "octobre.</p>", "fr", {("union-mondiale-des-villes-olympiques", "headquarters", "Lausanne")}),
    ("<p>El CIDEU, la red iberoamericana de planificación estratégica urbana, tiene su sede en Barcelona.</p>", "es",
     {("cideu", "headquarters", "Barcelona")}),
    ("<p>Der Städtebund Die Hanse knüpft an eine lange Tradition an. Er wurde 1980 gegründet, sein Sitz ist "
     "Lübeck.</p>", "de", {("die-hanse", "founded", "1980"), ("die-hanse", "headquarters", "Lübeck")}),
])
def test_a_network_outside_the_vocabulary_as_the_subject(body, lang, expected):
    assert _facts(body, lang) == expected


@pytest.mark.parametrize("body, lang", [
    ("<h2>Nos réseaux de villes</h2><p>Créé en 1990, le réseau a son siège à Besançon.</p>", "fr"),
    ("<h2>Union européenne</h2><p>Créée en 1993, elle a son siège à Bruxelles.</p>", "fr"),
    ("<h2>FAQ</h2><p>Our office was set up in 1995 and is based in Leeds.</p>", "en"),
    ("<p>Barcelona, la red de metro más extensa de España, fue fundada en 1924.</p>", "es"),
])
def test_what_names_no_network_outside_the_vocabulary(body, lang):
    assert _facts(body, lang) == set()


@pytest.mark.parametrize("sentence, lang, expected", [
    ("Eurocities wurde 1986 im niederländischen Rotterdam ins Leben gerufen.", "de",
     {("eurocities", "founded", "1986"), ("eurocities", "founded_place", "Rotterdam")}),
    ("Eurocities wurde 1986 in der niederländischen Stadt Rotterdam gegründet.", "de",
     {("eurocities", "founded", "1986"), ("eurocities", "founded_place", "Rotterdam")}),
    ("Eurocities was founded in the Dutch city of Rotterdam in 1986.", "en",
     {("eurocities", "founded", "1986"), ("eurocities", "founded_place", "Rotterdam")}),
    ("Eurocities fue fundada en la ciudad neerlandesa de Róterdam en 1986.", "es",
     {("eurocities", "founded", "1986"), ("eurocities", "founded_place", "Róterdam")}),
])
def test_a_founding_city_after_its_countrys_adjective(sentence, lang, expected):
    assert _facts(f"<p>{sentence}</p>", lang) == expected


def test_a_region_after_a_german_noun_is_no_founding_place():
    assert _facts("<p>Eurocities wurde 1986 im Norden Europas gegründet.</p>", "de") == {
        ("eurocities", "founded", "1986")}


@pytest.mark.parametrize("body, lang, expected", [
    ("<h2>Metropolis</h2><p>Su Secretaría General también se encuentra en Barcelona, y la asociación actúa como "
     "sección metropolitana de CGLU.</p>", "es", {("metropolis", "headquarters", "Barcelona")}),
    ("<h2>Metropolis</h2><p>Its secretariat is based in Barcelona, and it acts as the metropolitan section of "
     "UCLG.</p>", "en", {("metropolis", "headquarters", "Barcelona")}),
    ("<h2>Metropolis</h2><p>Son secrétariat général est installé à Barcelone, comme celui de CGLU.</p>", "fr",
     {("metropolis", "headquarters", "Barcelone")}),
    ("<h2>Metropolis</h2><p>CGLU, fondée en 2004, a son siège à Barcelone.</p>", "fr",
     {("uclg", "founded", "2004"), ("uclg", "headquarters", "Barcelone")}),
])
def test_a_possessive_points_back_to_the_sections_network_not_to_one_named_later(body, lang, expected):
    assert _facts(body, lang) == expected


@pytest.mark.parametrize("body, lang, expected", [
    ("<h2>Ciudades Patrimonio Mundial</h2><p>La Organización de Ciudades del Patrimonio Mundial reúne a las ciudades "
     "con un sitio inscrito. Córdoba es miembro desde 1994.</p><p>Con sede en Quebec, la organización cuenta hoy con "
     "más de 300 ciudades.</p>", "es", {("owhc", "headquarters", "Quebec")}),
    ("<h2>A new writer in residence</h2><p>She is the first writer since the city joined the International Cities of "
     "Refuge Network last March.</p><p>Founded in 2006, the network is coordinated from Stavanger in Norway.</p>",
     "en", {("icorn", "founded", "2006"), ("icorn", "headquarters", "Stavanger")}),
    ("<h2>Une autrice accueillie</h2><p>Strasbourg a rejoint ICORN en mai.</p><p>Créé en 2006, le réseau a son "
     "siège à Stavanger.</p>", "fr", {("icorn", "founded", "2006"), ("icorn", "headquarters", "Stavanger")}),
])
def test_a_network_noun_as_subject_points_back_to_the_network_the_section_named(body, lang, expected):
    assert _facts(body, lang) == expected


@pytest.mark.parametrize("body, lang", [
    ("<h2>Our networks</h2><p>Leeds works with Eurocities and with ICORN.</p><p>Founded in 2006, the network is run "
     "from Stavanger.</p>", "en"),
    ("<h2>News</h2><p>The city joined ICORN in 2011.</p><p>Founded in 2006, the network of Nordic cities is based in "
     "Oslo.</p>", "en"),
])
def test_a_network_noun_that_may_be_another_network_points_nowhere(body, lang):
    assert _facts(body, lang) == set()


@pytest.mark.parametrize("body, lang, expected", [
    ("<h2>UNESCO City of Literature</h2><p>In 2004 Edinburgh became the first UNESCO City of Literature. The UNESCO "
     "Creative Cities Network was created the same year.</p>", "en",
     {("unesco-creative-cities-network", "founded", "2004")}),
    ("<h2>Eurocities</h2><p>En 1986, six maires se réunissent à Rotterdam. Le réseau est créé la même année.</p>", "fr",
     {("eurocities", "founded", "1986")}),
    ("<h2>CGLU</h2><p>En 2004 se celebró el congreso de París. La organización fue creada ese mismo año.</p>", "es",
     {("uclg", "founded", "2004")}),
    ("<h2>Eurocities</h2><p>1986 trafen sich sechs Bürgermeister. Das Netzwerk wurde im selben Jahr gegründet.</p>",
     "de", {("eurocities", "founded", "1986")}),
])
def test_the_same_year_is_the_year_of_the_sentence_before(body, lang, expected):
    assert _facts(body, lang) == expected


def test_the_same_year_after_two_years_is_no_date():
    assert _facts("<h2>Eurocities</h2><p>Between 1986 and 1990 six mayors met. The network was created the same "
                  "year.</p>") == set()
