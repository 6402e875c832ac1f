"""Member counts and presidents as other cities' sites write them, in the five languages: the counts that are not the
network's members (goals, signatories, an event's people, another network's figures) and the presidents named in
more ways."""

import pytest
from helpers.extracted import claims_of_sentence as _claims
from helpers.extracted import triples_of_snippet as _facts


@pytest.mark.parametrize("sentence", [
    "Bis 2030 sollen dem Konvent der Bürgermeister 15.000 Kommunen angehören.",
    "Para 2030, el Pacto de Alcaldes quiere sumar 12.000 municipios.",
    "Entro il 2030 la rete vuole riunire 500 città.",
    "La red pretende agrupar a 400 ciudades en cinco años.",
    "Le réseau souhaite fédérer 300 villes d'ici 2027.",
])
def test_a_count_the_network_wishes_for_is_no_member_count(sentence):
    assert _claims(sentence) == []


@pytest.mark.parametrize("sentence", [
    "Over 100 cities signed the Eurocities Green Deal declaration.",
    "Más de 50 ciudades firmaron la carta de Mercociudades.",
    "Plus de 40 villes signèrent l'appel de l'AIMF.",
])
def test_cities_that_signed_a_text_in_the_simple_past_are_no_member_count(sentence):
    assert _claims(sentence) == []


@pytest.mark.parametrize("sentence", [
    "L'AIMF réunit des élus de 300 villes de 50 pays lors de son assemblée générale à Kigali.",
    "Eurocities brought together 150 cities during its annual conference in Porto.",
    "Mercociudades reunió a 80 ciudades durante su cumbre anual.",
])
def test_a_count_gathered_at_an_event_named_after_it_is_no_member_count(sentence):
    assert _claims(sentence) == []


def test_a_member_count_beside_an_event_of_another_clause_is_kept():
    assert _claims("Eurocities brings together 200 cities and holds its annual conference in spring.") == [
        ("member_cities", "200")]


@pytest.mark.parametrize("body, lang, expected", [
    ("<p>Le réseau ICLEI, qui a signé un partenariat avec Energy Cities, regroupe 2 500 gouvernements locaux.</p>",
     "fr", {("iclei", "represented_governments", "2500")}),
    ("<p>Eurocities (like UCLG) counts 200 member cities.</p>", "en", {("eurocities", "member_cities", "200")}),
    ("<p>Metropolis, che collabora con CGLU, riunisce 140 città.</p>", "it", {("metropolis", "member_cities", "140")}),
    # the count inside the aside is the aside's network's
    ("<p>Eurocities, tout comme CGLU qui compte 1 000 villes, défend l'Agenda urbain.</p>", "fr",
     {("uclg", "member_cities", "1000")}),
])
def test_a_network_named_in_an_aside_is_not_the_subject_of_the_count(body, lang, expected):
    assert _facts(body, lang) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Le nombre de villes membres d'Eurocities s'élève à 210.", [("member_cities", "210")]),
    ("The number of Mayors for Peace member cities reached 8,400 this year.", [("member_cities", "8400")]),
    ("Die Zahl der Mitgliedsstädte von Eurocities beträgt rund 200.", [("member_cities", "200")]),
    ("El número de ciudades miembro de Mercociudades asciende a 374.", [("member_cities", "374")]),
    ("Il numero delle città aderenti alla rete ha raggiunto 8.000.", [("member_cities", "8000")]),
    ("Le nombre de pays représentés atteint 95.", [("member_countries", "95")]),
])
def test_a_count_given_as_the_number_of_its_noun_is_read(sentence, expected):
    assert _claims(sentence) == expected


def test_a_year_after_the_number_of_its_noun_is_no_count():
    assert _claims("The number of member cities reached 2019 levels.") == []


@pytest.mark.parametrize("sentence", [
    "The honorary president of Mayors for Peace, Ann Lee, sent a message.",
    "Eurocities Honorary President Jane Roe opened the conference.",
    "UCLG's World Council has 340 members and is chaired by the President of UCLG.",
])
def test_an_honorary_president_and_a_council_of_the_network_give_nothing(sentence):
    assert _claims(sentence) == []


@pytest.mark.parametrize("sentence, person", [
    ("Dario Nardella, the Mayor of Florence, became President of Eurocities in 2020.", "Dario Nardella"),
    ("Oberbürgermeister Burkhard Jung ist seit 2022 Präsident von Eurocities.", "Burkhard Jung"),
    ("Präsident des Netzwerks Eurocities ist derzeit Dario Nardella.", "Dario Nardella"),
    ("La presidenta de la red Mercociudades es Laura Gómez.", "Laura Gómez"),
    ("Mercociudades está presidida por la intendenta de Montevideo, Carolina Cosse.", "Carolina Cosse"),
    ("Attualmente la presidenza di Eurocities è ricoperta da Dario Nardella.", "Dario Nardella"),
    ("La presidencia de Mercociudades está ocupada por Laura Gómez.", "Laura Gómez"),
    ("Eurocities, présidé par Dario Nardella jusqu'en 2023, a désormais pour président Burkhard Jung.",
     "Burkhard Jung"),
    ("Metropolis, di cui è presidente Maria Bianchi, ha sede a Barcellona.", "Maria Bianchi"),
    ("Eurocities, que preside actualmente Dario Nardella, tiene su sede en Bruselas.", "Dario Nardella"),
    ("UCLG is led by its President, Mayor Li Wei of Xiamen.", "Li Wei"),
    ("Die Präsidentschaft von Eurocities hat seit 2022 Dario Nardella inne.", "Dario Nardella"),
])
def test_a_president_is_read_in_more_wordings(sentence, person):
    assert [value for attribute, value in _claims(sentence) if attribute == "president"] == [person]


@pytest.mark.parametrize("sentence, office", [
    ("The Mayor of Hiroshima serves as President of Mayors for Peace.", "The Mayor of Hiroshima"),
    ("El presidente de la UCCI es el alcalde de Madrid.", "el alcalde de Madrid"),
    ("Il presidente di Sindaci per la Pace è il sindaco di Hiroshima.", "il sindaco di Hiroshima"),
    ("Präsident von Mayors for Peace ist traditionell der Bürgermeister von Hiroshima.",
     "der Bürgermeister von Hiroshima"),
    ("La présidente de CGLU est la maire de Bogota et son secrétaire général est Jean Roux.", "la maire de Bogota"),
])
def test_an_office_that_presides_by_right_is_read_in_more_wordings(sentence, office):
    assert [value for attribute, value in _claims(sentence) if attribute == "president"] == [office]


def test_an_office_followed_by_the_name_of_its_holder_gives_the_name():
    assert _claims("Our president is the Mayor of Leipzig, Burkhard Jung.") == [("president", "Burkhard Jung")]


@pytest.mark.parametrize("sentence, person", [
    ("Depuis 2023, c'est Claire Dumont qui préside Metropolis.", "Claire Dumont"),
    ("Claire Dumont préside actuellement Metropolis.", "Claire Dumont"),
    ("Laura Gómez preside actualmente Mercociudades.", "Laura Gómez"),
    ("Jane Doe (Mayor of Ghent) is President of Eurocities.", "Jane Doe"),
    ("Mayors for Peace, whose president is the Mayor of Hiroshima, has 8,400 members.", "the Mayor of Hiroshima"),
])
def test_a_president_named_in_a_cleft_with_an_adverb_or_an_office_in_brackets_is_read(sentence, person):
    assert [value for attribute, value in _claims(sentence) if attribute == "president"] == [person]


@pytest.mark.parametrize("sentence", [
    "Les 50 communes de la métropole de Lyon sont toutes engagées dans la Convention des maires.",
    "The 12 cities of the Greater Manchester region all signed the Covenant of Mayors.",
    "Die 30 Städte der Metropolregion haben gemeinsam den Konvent der Bürgermeister unterzeichnet.",
    "Las 20 ciudades del área metropolitana se han adherido al Pacto de Alcaldes.",
    "The pilot involves 20 Eurocities members.",
])
def test_the_towns_of_an_area_and_a_pilots_members_are_no_member_count(sentence):
    assert [claim for claim in _claims(sentence) if claim[0] == "member_cities"] == []


def test_the_capitals_of_a_union_are_still_the_networks_members():
    assert _claims("L'UCUE réunit les maires des 27 capitales de l'Union européenne.") == [("member_cities", "27")]


@pytest.mark.parametrize("title", ["Eurocities at a glance", "Eurocities en chiffres", "Eurocities in Zahlen",
                                   "Key figures – Eurocities"])
def test_a_line_naming_a_networks_key_figures_heads_the_list_below(title):
    body = f"<p>{title}</p><ul><li>200+ member cities</li><li>38 countries</li><li>130 million people</li></ul>"
    assert _facts(body, "en") == {("eurocities", "member_cities", "200"), ("eurocities", "member_countries", "38")}


@pytest.mark.parametrize("sentence, person", [
    ("La red está presidida actualmente por el alcalde de Gante, Mathias De Clercq.", "Mathias De Clercq"),
    ("La rete è presieduta attualmente dal sindaco di Gand, Mathias De Clercq.", "Mathias De Clercq"),
    ("La presidencia de la red la ocupa tradicionalmente el alcalde de Hiroshima.", "el alcalde de Hiroshima"),
])
def test_a_president_is_read_with_an_adverb_of_time_before_the_agent(sentence, person):
    assert [value for attribute, value in _claims(sentence) if attribute == "president"] == [person]


@pytest.mark.parametrize("sentence", [
    "Dem Wirtschaftsforum von Eurocities gehören rund 70 Städte an.",
    "Al grupo de trabajo de Eurocities se han sumado 40 ciudades.",
    "Au forum Culture d'Eurocities participent 100 villes.",
])
def test_a_part_named_as_the_indirect_object_takes_its_count(sentence):
    assert _claims(sentence) == []


@pytest.mark.parametrize("sentence, person", [
    ("Präsident des Netzwerks ist seit 2024 Mathias De Clercq, Bürgermeister von Gent.", "Mathias De Clercq"),
    ("Le président du réseau est depuis 2024 Mathias De Clercq.", "Mathias De Clercq"),
])
def test_a_president_is_read_with_the_year_since_after_the_verb(sentence, person):
    assert [value for attribute, value in _claims(sentence) if attribute == "president"] == [person]


@pytest.mark.parametrize("sentence", [
    "12 cities in the UK are members of Eurocities.",
    "Vingt villes françaises sont membres d'Eurocities.",
    "En France, 30 villes adhèrent à Eurocities.",
    "En España, 25 ciudades forman parte de Eurocities.",
    "In Deutschland sind 30 Städte Mitglied bei Eurocities.",
    "In Italia 15 città aderiscono a Eurocities.",
])
def test_the_members_of_one_country_are_no_member_count(sentence):
    assert _claims(sentence) == []


@pytest.mark.parametrize("sentence, expected", [
    ("Plus de 200 villes européennes sont membres d'Eurocities.", [("member_cities", "200")]),
    ("La Red Española de Ciudades por el Clima agrupa 300 ciudades españolas.", [("member_cities", "300")]),
])
def test_a_count_of_a_continent_or_of_a_national_network_is_kept(sentence, expected):
    assert _claims(sentence) == expected


@pytest.mark.parametrize("sentence, person", [
    ("Dario Nardella was re-elected as president of Eurocities in 2024.", "Dario Nardella"),
    ("Anne Hidalgo a été réélue à la tête de l'AIMF en 2022.", "Anne Hidalgo"),
    ("Dario Nardella wurde als Präsident von Eurocities wiedergewählt.", "Dario Nardella"),
    ("Dario Nardella è stato rieletto alla presidenza di Eurocities.", "Dario Nardella"),
    ("CGLU a élu Li Wei à sa présidence en 2022.", "Li Wei"),
    ("Mercociudades eligió a Laura Gómez como presidenta.", "Laura Gómez"),
])
def test_a_president_elected_or_re_elected_is_read(sentence, person):
    assert [value for attribute, value in _claims(sentence) if attribute == "president"] == [person]


def test_a_vice_president_elected_is_no_president():
    assert _claims("Jane Roe was elected as vice-president of Eurocities.") == []


@pytest.mark.parametrize("sentence", [
    "Il Patto dei Sindaci ha coinvolto 300 comuni italiani nel 2015.",
    "The network had grown to 150 members in 2010.",
    "An der Kampagne von Eurocities beteiligten sich 120 Städte.",
    "La campaña de Eurocities sumó 80 ciudades.",
])
def test_a_count_dated_by_an_earlier_year_after_it_or_a_campaigns_is_no_member_count(sentence):
    assert _claims(sentence) == []


def test_a_count_dated_by_the_pages_year_is_kept():
    assert _claims("Eurocities compte 210 villes en 2025.") == [("member_cities", "210")]


def test_a_verb_after_another_networks_relative_clause_goes_back_to_the_subject():
    body = ("<p>Eurocities works closely with UCLG, which represents 240,000 local governments, and has 200 member "
            "cities.</p>")
    assert _facts(body, "en") == {("uclg", "represented_governments", "240000"), ("eurocities", "member_cities", "200")}


@pytest.mark.parametrize("sentence, expected", [
    ("En 2010, Eurocities comptait 140 villes membres ; elle en compte aujourd'hui 210.", [("member_cities", "210")]),
    ("Eurocities, nata nel 1986 con 6 città, oggi ne conta oltre 200.",
     [("founded", "1986"), ("member_cities", "200")]),
    ("Eurocities est passé de 6 villes en 1986 à plus de 200 aujourd'hui.", [("member_cities", "200")]),
    ("Mercociudades pasó de 12 ciudades fundadoras a 374 en la actualidad.", [("member_cities", "374")]),
    ("Im Gründungsjahr waren es 6 Städte, heute sind es über 200.", [("member_cities", "200")]),
    ("From six founding cities in 1986, Eurocities has grown to more than 200 members today.",
     [("member_cities", "200")]),
])
def test_a_count_whose_noun_the_sentence_gave_before_is_read(sentence, expected):
    assert _claims(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "Eurocities grew from 6 cities in 1986 to 200 in 2020.",
    "La ville compte 50 quartiers et en compte 12 au centre.",
    "En 2012, Eurocities compte 130 villes et aujourd'hui 200.",
])
def test_an_implied_count_of_another_time_or_thing_is_no_member_count(sentence):
    assert [claim for claim in _claims(sentence) if claim[0] == "member_cities"] == []


@pytest.mark.parametrize("sentence, person", [
    ("Burkhard Jung übernahm 2020 den Vorsitz von Eurocities.", "Burkhard Jung"),
    ("Vorsitzender von Eurocities ist Burkhard Jung.", "Burkhard Jung"),
    ("Le maire de Grenoble, Éric Piolle, préside le réseau Energy Cities.", "Éric Piolle"),
    ("Matteo Lepore, sindaco di Bologna, è stato nominato presidente di Eurocities.", "Matteo Lepore"),
    ("Jane Roe was appointed chair of Eurocities.", "Jane Roe"),
    ("Laura Gómez ha sido nombrada presidenta de Mercociudades.", "Laura Gómez"),
])
def test_a_president_named_appointed_or_taking_over_in_a_year_is_read(sentence, person):
    assert [value for attribute, value in _claims(sentence) if attribute == "president"] == [person]


@pytest.mark.parametrize("sentence", [
    "Dublin's Lord Mayor is President of Mayors for Peace Ireland chapter.",
    "Lord Mayor is President of Eurocities.",
])
def test_a_title_alone_or_a_chapters_president_is_no_president(sentence):
    assert _claims(sentence) == []


@pytest.mark.parametrize("sentence, expected", [
    ("La UCCI, formada por 29 ciudades capitales, tiene su sede en Madrid.", [("member_cities", "29")]),
    ("La rete, formata da 140 città, ha sede a Bruxelles.", [("member_cities", "140")]),
    ("Son ya más de 200 las ciudades que forman parte de Eurocities.", [("member_cities", "200")]),
    ("Sono oltre 200 le città che aderiscono a Eurocities.", [("member_cities", "200")]),
])
def test_a_count_of_what_the_network_is_formed_by_or_told_in_a_cleft_is_read(sentence, expected):
    assert [claim for claim in _claims(sentence) if claim[0] == "member_cities"] == expected


@pytest.mark.parametrize("sentence", [
    "La red fue formada por 6 ciudades en 1986.",
    "Sono 6 le città che hanno fondato la rete.",
])
def test_the_cities_that_formed_the_network_at_its_start_are_no_member_count(sentence):
    assert _claims(sentence) == []


@pytest.mark.parametrize("body, lang, person", [
    ("<p>Präsidiert wird Eurocities von Burkhard Jung.</p>", "de", "Burkhard Jung"),
    ("<h2>Eurocities</h2><p>Geleitet wird das Netzwerk von Oberbürgermeister Burkhard Jung.</p>", "de",
     "Burkhard Jung"),
    ("<h2>Eurocities</h2><p>An der Spitze des Netzwerks steht Burkhard Jung.</p>", "de", "Burkhard Jung"),
    ("<h2>UCCI</h2><p>Preside la red el alcalde de Madrid, José Luis Martínez-Almeida.</p>", "es",
     "José Luis Martínez-Almeida"),
    ("<p>A presiedere Eurocities è Dario Nardella.</p>", "it", "Dario Nardella"),
    ("<h2>Eurocities</h2><p>Presidente in carica è Dario Nardella.</p>", "it", "Dario Nardella"),
    ("<h2>Eurocities</h2><p>À sa tête, Johanna Rolland, maire de Nantes.</p>", "fr", "Johanna Rolland"),
])
def test_a_president_named_after_a_verb_that_opens_the_sentence_is_read(body, lang, person):
    assert {value for _, attribute, value in _facts(body, lang) if attribute == "president"} == {person}


@pytest.mark.parametrize("sentence", [
    "Le réseau Eurocities est présidé par la Ville de Nantes.",
    "Geleitet wird die Sitzung von Anna Keller.",
    "Preside la sesión el concejal de cultura.",
])
def test_a_city_holding_the_presidency_or_a_meetings_chair_gives_no_president(sentence):
    assert _claims(sentence) == []
