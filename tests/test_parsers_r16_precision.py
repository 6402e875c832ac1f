"""What is not the network's fact: the cities listed with other local units that take part in one of its days of
action ("mehr als 800 Städte, Gemeinden und Landkreise am jährlichen Flaggentag") are that day's participants; a
count in a relative clause after a national section, with no comma ("le chapitre national qui regroupe une centaine
de communes"), or in one a preposition opens after a programme ("il programma europeo ..., nel quale sono già
coinvolte 112 città"), is that section's or that programme's; the seat of the world body a section belongs to,
described before the seat ("Como sección latinoamericana de CGLU, FLACMA vincula a la ciudad con la organización
mundial ..., con sede en Barcelona"), is that body's, not the section's; member councils are local governments, as
"collectivités membres" are; the chair of a network's name with one more proper name after it ("Vorsitzende des
Klimabündnis Kärnten") chairs that region's branch; the members of one region ("sette i Comuni veneti membri della
rete") are that region's share."""

import pytest
from helpers.extracted import claims_of_sentence, facts_of_snippet


@pytest.mark.parametrize("sentence", [
    "In Deutschland beteiligen sich mehr als 800 Städte, Gemeinden und Landkreise am jährlichen Flaggentag am 8. Juli.",
    "Plus de 300 villes, communes et intercommunalités participent chaque année à la Journée des drapeaux.",
    "Over 400 cities, towns and counties take part in the annual Flag Day.",
    "Más de 200 ciudades, municipios y diputaciones participan en la jornada anual.",
    "Oltre 300 città, comuni e province partecipano alla giornata delle bandiere.",
])
def test_listed_local_units_taking_part_in_a_day_of_action_are_its_participants(sentence):
    assert claims_of_sentence(sentence) == []


@pytest.mark.parametrize("body, lang", [
    # a card
    ('<h2>Mayors for Peace</h2><div class="card"><p class="card__text">Mehr als 800 Städte, Gemeinden und Landkreise '
     'beteiligen sich am Flaggentag.</p></div>', "de"),
    # an accordion's panel
    ('<h2>Mayors for Peace</h2><div class="accordion__panel"><p>Over 400 cities, towns and counties take part in the '
     'annual Flag Day.</p></div>', "en"),
])
def test_a_days_participants_are_no_members_in_any_markup(body, lang):
    assert not {fact for fact in facts_of_snippet(body, lang) if fact[1] == "member_cities"}


@pytest.mark.parametrize("sentence, expected", [
    # the trap: a list of the network's members, the day of action in another clause, or after a ";"
    ("Das Netzwerk zählt 800 Städte, Gemeinden und Landkreise, die sich jedes Jahr am Flaggentag beteiligen.", "800"),
    ("Over 400 cities, towns and counties are members; many take part in the annual Flag Day.", "400"),
    ("Le réseau rassemble 300 villes, communes et intercommunalités, qui participent à la Journée des drapeaux.",
     "300"),
])
def test_members_listed_before_a_day_of_action_in_another_clause_stay_members(sentence, expected):
    assert ("member_cities", expected) in claims_of_sentence(sentence)


@pytest.mark.parametrize("sentence", [
    # a national or regional section, its relative clause without a comma
    "En Belgique, la ville d'Ypres coordonne le chapitre national qui regroupe 100 communes.",
    "The city chairs the national chapter that brings together 30 cities.",
    "La ciudad preside la sección nacional que agrupa a 150 municipios.",
    "Il Comune coordina la sezione nazionale che riunisce 100 comuni.",
    # a programme, the relative clause opened by a preposition
    "Tra i primi impegni, la partecipazione del Comune al programma europeo sulle città climaticamente neutre, "
    "nel quale sono già coinvolte 112 città europee.",
    "La Ville rejoint aussi le programme européen pour des villes neutres, auquel participent déjà 112 villes.",
    "The city also joins the EU programme on climate-neutral cities, in which 112 cities already take part.",
    "La ciudad participa en el programa europeo, en el que ya participan 112 ciudades.",
    "Die Stadt beteiligt sich am EU-Programm für klimaneutrale Städte, an dem bereits 112 Städte teilnehmen.",
])
def test_a_count_in_a_relative_clause_to_a_section_or_a_programme_is_theirs(sentence):
    assert claims_of_sentence(sentence) == []


@pytest.mark.parametrize("body, lang", [
    # prose with a number in words, as the page wrote it
    ("<h2>Mayors for Peace</h2><p>En Belgique, la ville d'Ypres, vice-présidente du réseau, coordonne le chapitre "
     "national qui regroupe une centaine de communes.</p>", "fr"),
    # a definition list
    ("<h2>ICLEI</h2><dl><dt>Impegni</dt><dd>La partecipazione al programma europeo sulle città climaticamente neutre, "
     "nel quale sono già coinvolte 112 città europee.</dd></dl>", "it"),
])
def test_a_sections_or_programmes_cities_are_no_members_in_any_markup(body, lang):
    assert not {fact for fact in facts_of_snippet(body, lang) if fact[1] == "member_cities"}


@pytest.mark.parametrize("sentence", [
    # the trap: the network itself in the relative clause, or a section named by its noun alone
    "The network, in which 200 cities take part, was founded in 1986.",
    "Eurocities, a la que pertenecen más de 200 ciudades, se fundó en 1986.",
    "La section regroupe 40 villes qui coopèrent.",
])
def test_a_networks_own_relative_clause_keeps_its_count(sentence):
    assert [attribute for attribute, _ in claims_of_sentence(sentence)].count("member_cities") == 1


@pytest.mark.parametrize("body, lang, seat", [
    # an accordion's panel under the section's heading
    ('<h2>FLACMA</h2><div class="accordion-body"><p>Como sección latinoamericana de CGLU, FLACMA vincula a la ciudad '
     'con la organización mundial de gobiernos locales, con sede en Barcelona.</p></div>', "es", "Barcelona"),
    # prose
    ("<h2>CCRE</h2><p>En tant que section européenne de CGLU, le CCRE relie la ville à l'organisation mondiale des "
     "gouvernements locaux, basée à Barcelone.</p>", "fr", "Barcelone"),
    ("<h2>Networks</h2><p>As the European section of UCLG, CEMR links the city to the world organisation of local "
     "governments, based in Barcelona.</p>", "en", "Barcelona"),
    # a card
    ('<h2>RGRE</h2><div class="card"><p>Als europäische Sektion von UCLG verbindet der RGRE die Stadt mit der '
     'Weltorganisation der Kommunen mit Sitz in Barcelona.</p></div>', "de", "Barcelona"),
    ("<h2>CCRE</h2><p>Come sezione europea di CGLU, il CCRE collega la città all'organizzazione mondiale dei governi "
     "locali, con sede a Barcellona.</p>", "it", "Barcellona"),
])
def test_the_world_bodys_seat_is_not_its_sections(body, lang, seat):
    seats = {(network, value) for network, attribute, value, _ in facts_of_snippet(body, lang)
             if attribute == "headquarters"}
    assert seats == {("uclg", seat)}


@pytest.mark.parametrize("body, lang", [
    # the trap: the world body described in apposition to the network's name, or as what it is
    ("<h2>CGLU</h2><p>CGLU, la organización mundial de gobiernos locales, con sede en Barcelona, reúne a las ciudades."
     "</p>", "es"),
    ("<h2>UCLG</h2><p>UCLG is the world organisation of local governments, based in Barcelona.</p>", "en"),
])
def test_a_world_body_described_as_the_network_keeps_its_seat(body, lang):
    assert ("uclg", "headquarters", "Barcelona", "exact") in facts_of_snippet(body, lang)


def test_a_world_body_described_alone_is_the_network_the_text_is_about():
    body = ('<h2>CGLU</h2><p class="card-text">La organización mundial de ciudades y gobiernos locales, con sede en '
            'Barcelona.</p>')
    assert ("uclg", "headquarters", "Barcelona", "exact") in facts_of_snippet(body, "es")


@pytest.mark.parametrize("body, expected", [
    # an accordion's panel
    ('<h2>Sister Cities New Zealand</h2><div class="accordion__panel"><p>The DCC is a member of Sister Cities New '
     'Zealand, the national association that supports more than 40 member councils.</p></div>',
     ("sister-cities-new-zealand", "40", "more_than")),
    # prose
    ("<h2>Key Cities</h2><p>Key Cities has about 27 member councils.</p>", ("key-cities", "27", "about")),
    # a definition list
    ("<h2>UK100</h2><dl><dt>Members</dt><dd>110 member councils</dd></dl>", ("uk100", "110", "exact")),
])
def test_member_councils_are_the_local_governments_represented(body, expected):
    network, value, qualifier = expected
    found = facts_of_snippet(body, "en")
    assert (network, "represented_governments", value, qualifier) in found
    assert not {fact for fact in found if fact[1] == "member_cities"}


@pytest.mark.parametrize("sentence, expected", [
    # the trap: a city's council names the city; a network's own councils count nothing
    ("The network links 40 city councils.", [("member_cities", "40")]),
    ("The network has 3 advisory councils.", []),
])
def test_city_councils_and_advisory_councils_are_no_governments(sentence, expected):
    assert claims_of_sentence(sentence) == expected


@pytest.mark.parametrize("body, lang", [
    # prose
    ("<h2>Klimabündnis</h2><p>Vizebürgermeisterin Sarah Katholnig ist Vorsitzende des Klimabündnis Kärnten; das "
     "Regionalbüro für Kärnten befindet sich in Klagenfurt.</p>", "de"),
    ("<h2>Climate Alliance</h2><p>Marie Dupont, adjointe au maire, est présidente de Climate Alliance Bretagne.</p>",
     "fr"),
    # a card
    ('<h2>Climate Alliance</h2><div class="card"><p>Councillor Jane Smith is chair of Climate Alliance Tyrol, the '
     'regional network.</p></div>', "en"),
    ('<h2>Alianza del Clima</h2><div class="card"><p>La concejala Ana López es presidenta de Climate Alliance '
     'Cataluña.</p></div>', "es"),
    # a table's cell
    ("<h2>Avviso Pubblico</h2><table><tr><th>Ruolo</th><td>L'assessora Anna Rossi è presidente di Avviso Pubblico "
     "Toscana.</td></tr></table>", "it"),
])
def test_the_chair_of_a_networks_named_branch_is_not_its_president(body, lang):
    assert not {fact for fact in facts_of_snippet(body, lang) if fact[1] == "president"}


@pytest.mark.parametrize("body, lang, expected", [
    # the trap: a person's name after the network's, a title there, or no name at all
    ("<h2>Städtetag</h2><p>Präsident des Deutschen Städtetages ist Markus Lewe.</p>", "de",
     ("deutscher-stadtetag", "Markus Lewe")),
    ("<h2>Eurocities</h2><blockquote><p>Give us the tools.</p><cite>Eurocities President and Mayor of Leipzig Burkhard "
     "Jung</cite></blockquote>", "en", ("eurocities", "Burkhard Jung")),
    ("<h2>Climate Alliance</h2><p>Marie Dupont préside Climate Alliance depuis 2022.</p>", "fr",
     ("climate-alliance", "Marie Dupont")),
    ("<h2>Eurocities</h2><p>Dario Nardella is president of the Eurocities Network.</p>", "en",
     ("eurocities", "Dario Nardella")),
])
def test_a_networks_own_president_stays(body, lang, expected):
    network, value = expected
    assert (network, "president", value, "exact") in facts_of_snippet(body, lang)


@pytest.mark.parametrize("sentence", [
    "Con Vicenza salgono a sette i Comuni veneti membri della rete.",
    "30 bayerische Städte sind Mitglied im Netzwerk.",
    "Aujourd'hui, 40 communes bretonnes sont adhérentes au réseau.",
    "Ya son 15 municipios vascos miembros de la red.",
    "Twelve Welsh towns are members of the network.",
])
def test_one_regions_members_are_its_share(sentence):
    assert claims_of_sentence(sentence) == []


@pytest.mark.parametrize("body, lang", [
    # a news item's prose
    ("<h2>Energy Cities</h2><p>Vicenza entra in Energy Cities. Con Vicenza salgono a sette i Comuni veneti membri "
     "della rete.</p>", "it"),
    # a key figure in a definition list
    ("<h2>Klimabündnis</h2><dl><dt>In Bayern</dt><dd>30 bayerische Städte sind Mitglied im Netzwerk.</dd></dl>", "de"),
])
def test_one_regions_members_are_no_count_in_any_markup(body, lang):
    assert not {fact for fact in facts_of_snippet(body, lang) if fact[1] == "member_cities"}


@pytest.mark.parametrize("sentence, expected", [
    # the trap: a regional association counts its region's towns as its members; a continent's are the network's
    ("ANCI Veneto riunisce 563 comuni veneti.", "563"),
    ("EUDEL reúne a 251 municipios vascos.", "251"),
    ("La rete conta 200 città europee membri.", "200"),
    ("Oggi 20 città sono membri della rete toscana.", "20"),
])
def test_a_regional_networks_own_members_stay(sentence, expected):
    assert ("member_cities", expected) in claims_of_sentence(sentence)
