"""English and German wordings of network facts that other sites use: parts of a network named after it,
campaigns joined, offices before a name, founding members in other words, seats and presidents in German order."""

import pytest
from helpers.extracted import claims_of_sentence as claimed
from helpers.extracted import triples_of_snippet as facts_of

from scraper.parsers.dates import PartialDate
from scraper.parsers.page_date import find_page_date


@pytest.mark.parametrize("sentence", [
    "The Eurocities working group was created in 2015.",
    "Die Eurocities-Arbeitsgruppe wurde 2015 gegründet.",
    "Das Eurocities-Kulturforum wurde 2015 gegründet.",
    "Die Stadt hat sich 2019 der Eurocities-Kampagne angeschlossen.",
    "The Mayor of Florence Dario is the current president of Eurocities.",
])
def test_no_fact_of_the_network(sentence):
    assert claimed(sentence) == []


def test_a_network_whose_name_holds_a_part_word_keeps_its_founding():
    assert claimed("The World Cities Culture Forum, created in 2012, brings together 40 cities.") == [
        ("founded", "2012"), ("member_cities", "40")]


def test_the_city_of_a_mayors_office_is_no_part_of_the_presidents_name():
    assert claimed("Mayor of Florence Dario Nardella is the current president of Eurocities.") == [
        ("president", "Dario Nardella")]


@pytest.mark.parametrize("sentence, expected", [
    ("The city participated in founding Eurocities in 1986.", "1986"),
    ("The city helped found Eurocities in 1986.", "1986"),
    ("The city was among the founders of UCLG in 2004.", "2004"),
    ("Leeds is one of the founding members of Eurocities, created in 1986.", "1986"),
    ("The city council voted to join ICORN in 2011.", "2011"),
    ("Die Stadt wurde 1994 Mitglied von Eurocities.", "1994"),
    ("Der Beitritt zu Eurocities erfolgte 1994.", "1994"),
    ("1994 trat die Stadt Eurocities bei.", "1994"),
    ("Die Mitgliedschaft der Stadt bei Eurocities besteht seit 1994.", "1994"),
    ("Die Stadt ist seit 1994 Mitgliedsstadt von Eurocities.", "1994"),
    ("Die Stadt ist Mitbegründerin von Eurocities und seit 1986 dabei.", "1986"),
])
def test_joining_in_other_words(sentence, expected):
    assert ("joined", expected) in claimed(sentence)


@pytest.mark.parametrize("sentence", [
    "The six founding cities of Eurocities met in Rotterdam in 1986.",
    "The founding members of Eurocities signed the charter in 1986.",
    "Die Stadt wurde 1200 gegründet und ist Mitglied von Eurocities.",
])
def test_founders_together_or_a_citys_own_founding_are_no_joining(sentence):
    assert "joined" not in {attribute for attribute, _ in claimed(sentence)}


@pytest.mark.parametrize("sentence", [
    "Eurocities wird von Burkhard Jung geleitet.",
    "Das Netzwerk Eurocities wird derzeit von Präsident Burkhard Jung geführt.",
    "Eurocities wird von Burkhard Jung präsidiert.",
    "Den Vorsitz von Eurocities hat Burkhard Jung inne.",
    "An der Spitze von Eurocities steht seit 2020 Oberbürgermeister Burkhard Jung.",
    "Burkhard Jung wurde 2020 zum Präsidenten von Eurocities gewählt.",
])
def test_german_ways_to_name_who_presides(sentence):
    assert claimed(sentence) == [("president", "Burkhard Jung")]


def test_an_office_in_apposition_before_the_verb_of_presiding():
    assert claimed("The Mayor of Paris, Anne Hidalgo, presides over the AIMF.") == [("president", "Anne Hidalgo")]


@pytest.mark.parametrize("sentence", [
    "Eurocities wird von Generalsekretär Andre Sobczak geleitet.",
    "Die Delegation bei Eurocities wird von Anna Muster geleitet.",
    "An der Spitze von Eurocities stand bis 2022 Burkhard Jung.",
])
def test_staff_a_delegation_or_a_former_head_is_no_president(sentence):
    assert claimed(sentence) == []


@pytest.mark.parametrize("sentence, expected", [
    ("Eurocities has its main office in Brussels.", "Brussels"),
    ("The secretariat of Mayors for Peace is in Hiroshima.", "Hiroshima"),
    ("Der Sitz von Eurocities ist in Brüssel.", "Brüssel"),
    ("Die Geschäftsstelle von Eurocities liegt in Brüssel.", "Brüssel"),
    ("Die Geschäftsstelle des Netzwerks befindet sich in Brüssel.", "Brüssel"),
    ("Eurocities ist in Brüssel ansässig.", "Brüssel"),
    ("Barcelona ist Sitz des Weltsekretariats der UCLG.", "Barcelona"),
    ("Eurocities wurde 1986 in Rotterdam gegründet; dort hat es bis heute seinen Sitz.", "Rotterdam"),
])
def test_seats_in_other_words(sentence, expected):
    assert ("headquarters", expected) in claimed(sentence)


@pytest.mark.parametrize("sentence", [
    "The secretariat of the UNESCO is in Paris.",
    "Der Sitz der Europäischen Kommission ist in Brüssel.",
    "Die Delegation von Eurocities ist in Brüssel angesiedelt.",
    "Strasbourg ist Sitz des Sekretariats des Europarats.",
])
def test_the_seat_of_another_body_is_none_of_the_networks(sentence):
    assert "headquarters" not in {attribute for attribute, _ in claimed(sentence)}


@pytest.mark.parametrize("sentence, expected", [
    ("In 1982, Mayors for Peace was founded in Hiroshima.", [("founded", "1982"), ("founded_place", "Hiroshima")]),
    ("ICORN came into being in 2006.", [("founded", "2006")]),
    ("The AIMF dates back to 1979, when it was formed in Quebec.", [("founded", "1979")]),
    ("The origins of ICLEI go back to 1990, when it was founded at the United Nations.", [("founded", "1990")]),
    ("Die Anfänge von Eurocities reichen bis 1986 zurück, als das Netzwerk gegründet wurde.", [("founded", "1986")]),
    ("Eurocities wurde in Rotterdam gegründet.", [("founded_place", "Rotterdam")]),
    ("Das Netzwerk wurde in Rotterdam gegründet.", [("founded_place", "Rotterdam")]),
])
def test_foundings_in_other_words(sentence, expected):
    assert claimed(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "In 2015, the city joined Eurocities and founded a festival in Berlin.",
    "The AIMF dates back to 1979, when the city hosted its first meeting.",
    "Die Stadt ist Mitglied von Eurocities; ihr Verein wurde in Köln gegründet.",
])
def test_no_founding_of_the_network(sentence):
    assert not {"founded", "founded_place"} & {attribute for attribute, _ in claimed(sentence)}


@pytest.mark.parametrize("sentence, expected", [
    ("The Brussels-based network Eurocities represents major cities.", ("headquarters", "Brussels")),
    ("Das in Brüssel ansässige Netzwerk Eurocities vertritt große Städte.", ("headquarters", "Brüssel")),
    ("UCLG is headquartered in the city of Barcelona.", ("headquarters", "Barcelona")),
    ("Eurocities has its seat in Brussels.", ("headquarters", "Brussels")),
    ("Eurocities elected Dario Nardella as its president in 2020.", ("president", "Dario Nardella")),
    ("Eurocities wählte Burkhard Jung zu seinem Präsidenten.", ("president", "Burkhard Jung")),
    ("Dario Nardella currently holds the presidency of Eurocities.", ("president", "Dario Nardella")),
    ("Dario Nardella serves as president of Eurocities.", ("president", "Dario Nardella")),
    ("We have been members since 2008.", ("joined", "2008")),
    ("The AIMF, founded in Quebec, gathers francophone mayors.", ("founded_place", "Quebec")),
    ("UCLG's founding congress took place in Paris in 2004.", ("founded_place", "Paris")),
])
def test_more_english_and_german_orders(sentence, expected):
    assert expected in claimed(sentence)


@pytest.mark.parametrize("sentence, attribute", [
    ("The Brussels-based think tank Bruegel studied Eurocities.", "headquarters"),
    ("A Brussels-based consultant advised Eurocities.", "headquarters"),
    ("Eurocities elected Dario Nardella as its vice-president.", "president"),
    ("Eurocities chapters were set up in Europe, Latin America and Africa.", "founded_place"),
])
def test_look_alikes_that_state_nothing(sentence, attribute):
    assert attribute not in {found for found, _ in claimed(sentence)}


@pytest.mark.parametrize("sentence, expected", [
    ("Eurocities is chaired by Cllr Robert Brown.", "Robert Brown"),
    ("Eurocities' current president is Councillor Robert Brown.", "Robert Brown"),
    ("Lord Provost Robert Brown chairs Eurocities.", "Robert Brown"),
    ("Präsident von Metropolis ist der Regierende Bürgermeister Karl Muster.", "Karl Muster"),
    ("Präsident von Eurocities ist Hamburgs Erster Bürgermeister Karl Muster.", "Karl Muster"),
    ("Metropolis wird vom Regierenden Bürgermeister Karl Muster geleitet.", "Karl Muster"),
    ("Den Vorsitz von Metropolis hat der Regierende Bürgermeister von Berlin, Karl Muster, inne.", "Karl Muster"),
])
def test_a_title_before_the_name_is_no_part_of_it(sentence, expected):
    assert claimed(sentence) == [("president", expected)]


@pytest.mark.parametrize("sentence", [
    "Edinburgh has been part of Eurocities since its inception in 1986.",
    "Edinburgh has been a member of Eurocities since the network was founded in 1986.",
    "Hamburg ist seit der Gründung 1986 Mitglied von Eurocities.",
    "Hamburg ist von Anfang an Mitglied von Eurocities, das 1986 gegründet wurde.",
    "Hamburg gehört zu den Gründungsmitgliedern des 1986 gegründeten Netzwerks Eurocities.",
])
def test_a_member_since_the_founding(sentence):
    assert ("joined", "1986") in claimed(sentence)


@pytest.mark.parametrize("sentence, expected", [
    ("Mit dem Beitritt zu UCLG im Jahr 2004 hat Berlin seine Arbeit verstärkt.", "2004"),
    ("Dublin became a Eurocities member in 2011.", "2011"),
])
def test_joinings_dated_in_other_words(sentence, expected):
    assert ("joined", expected) in claimed(sentence)


@pytest.mark.parametrize("sentence", [
    "Since its inception in 1986, Eurocities has grown to 200 cities.",
    "From the start of 2020, the city chaired a Eurocities forum.",
    "Seit der Gründung 1986 ist Eurocities stetig gewachsen.",
])
def test_a_network_growing_since_its_founding_is_no_joining(sentence):
    assert "joined" not in {attribute for attribute, _ in claimed(sentence)}


def test_an_office_of_a_city_of_several_words_stays_whole_before_the_name():
    assert claimed("C40 is chaired by Mayor of Rio de Janeiro Eduardo Paes.") == [
        ("president", "Mayor of Rio de Janeiro Eduardo Paes")]


@pytest.mark.parametrize("sentence", [
    "UCLG speaks for over 240,000 towns, cities and regions.",
    "UCLG spricht für mehr als 240.000 Städte, Gemeinden und Regionen.",
])
def test_the_towns_and_regions_a_network_speaks_for_are_governments_it_represents(sentence):
    assert claimed(sentence) == [("represented_governments", "240000")]


def test_a_two_column_table_with_a_header_row_gives_each_rows_network_its_fact():
    table = """<table><tr><th>Network</th><th>Year joined</th></tr><tr><td>Eurocities</td><td>2008</td></tr>
      <tr><td>ICORN</td><td>2011</td></tr></table>"""
    assert facts_of(table, "en") == {("eurocities", "joined", "2008"), ("icorn", "joined", "2011")}


def test_a_two_column_fact_sheet_under_a_header_row_stays_a_fact_sheet():
    table = """<h2>Eurocities</h2><table><tr><th>Fact</th><th>Detail</th></tr>
      <tr><th>Headquarters</th><td>Brussels</td></tr><tr><th>Founded</th><td>1986</td></tr></table>"""
    assert facts_of(table, "en") == {("eurocities", "headquarters", "Brussels"), ("eurocities", "founded", "1986")}


@pytest.mark.parametrize("sentence, expected", [
    ("Year of foundation: 1986", [("founded", "1986")]),
    ("Membership since: 2008", [("joined", "2008")]),
    ("Mitgliedschaft seit: 2008", [("joined", "2008")]),
    ("Current president: Dario Nardella", [("president", "Dario Nardella")]),
    ("Vorsitz: Oberbürgermeister Burkhard Jung", [("president", "Burkhard Jung")]),
    ("Number of members: 200+", [("member_cities", "200")]),
    ("Anzahl der Mitglieder: über 200", [("member_cities", "200")]),
    ("Eurocities – joined 2008", [("joined", "2008")]),
])
def test_fact_sheet_rows_and_list_items_in_other_words(sentence, expected):
    assert claimed(sentence) == expected


def test_a_signed_pacts_later_target_year_is_no_joining():
    assert claimed("The city signed the Covenant of Mayors 2030 targets.") == []


@pytest.mark.parametrize("line", [
    "Press release issued 7 June 2024",
    "Released: Friday, 7 June 2024 10:30",
    "Nr. 123 vom 07.06.2024",
])
def test_a_release_line_dates_the_page(line):
    assert find_page_date(line) == PartialDate(2024, 6, 7)


@pytest.mark.parametrize("text", [
    "The report released by the network names 20 cities.",
    "The report released on 4 June 2024 names 20 cities.",
])
def test_a_release_in_prose_states_no_page_date(text):
    assert find_page_date(text) is None


def test_a_labelled_office_without_a_name_keeps_its_title():
    assert claimed("President: Mayor of Hiroshima") == [("president", "Mayor of Hiroshima")]
    assert claimed("Presidenza: Sindaco di Hiroshima") == [("president", "Sindaco di Hiroshima")]


def test_a_campaign_named_in_a_compound_of_several_parts_is_no_joining_of_the_network():
    assert claimed("Im Jahr 2019 hat sich die Stadt der Klima-Bündnis-Kampagne „Stadtradeln“ angeschlossen.") == []


def test_an_office_at_the_head_of_a_network_by_tradition():
    assert claimed("An der Spitze von Mayors for Peace steht traditionell der Bürgermeister von Hiroshima.") == [
        ("president", "der Bürgermeister von Hiroshima")]


@pytest.mark.parametrize("sentence", [
    "Heute sind mehr als 8.300 Städte dabei, Wien seit 1985.",
    "Wien ist seit 1985 dabei.",
])
def test_on_board_since_is_a_joining(sentence):
    assert ("joined", "1985") in claimed(sentence)


@pytest.mark.parametrize("sentence", [
    "Die Stadt ist seit 2010 dabei, ihre Radwege auszubauen.",
    "Dabei hat die Stadt seit 2010 viel erreicht.",
])
def test_dabei_of_an_undertaking_or_opening_a_sentence_is_no_joining(sentence):
    assert "joined" not in {attribute for attribute, _ in claimed(sentence)}


@pytest.mark.parametrize("sentence, expected", [
    ("Eurocities: Founded: 1986", [("founded", "1986")]),
    ("Eurocities – Headquarters: Brussels, Belgium", [("headquarters", "Brussels")]),
    ("Metropolis (Sitz: Barcelona) vereint 140 Metropolen.", [("headquarters", "Barcelona"), ("member_cities", "140")]),
    ("Eurocities (president: Dario Nardella) is the network of major cities.", [("president", "Dario Nardella")]),
    ("Eurocities (Beitritt: 2008)", [("joined", "2008")]),
])
def test_a_label_after_the_network_or_in_parentheses(sentence, expected):
    assert claimed(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "The report (published: 2019) lists Eurocities members.",
    "Eurocities met the city (venue: Brussels) to talk.",
])
def test_other_labels_in_parentheses_state_nothing(sentence):
    assert claimed(sentence) == []


@pytest.mark.parametrize("sentence, expected", [
    ("ICORN existiert seit 2006.", [("founded", "2006")]),
    ("Das Netzwerk Eurocities besteht seit 1986.", [("founded", "1986")]),
    ("Eurocities has existed since 1986.", [("founded", "1986")]),
    ("Die Partnerschaft mit Eurocities besteht seit 1990.", []),
    ("Eurocities besteht seit 2020 aus 200 Städten.", [("member_cities", "200")]),
])
def test_a_network_existing_since_a_year_was_founded_then(sentence, expected):
    assert claimed(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "Die Stadt war an der Gründung von Eurocities im Jahr 1986 beteiligt.",
    "The city took part in the founding of Eurocities in 1986.",
])
def test_taking_part_in_the_founding_is_joining_then(sentence):
    assert ("joined", "1986") in claimed(sentence)


@pytest.mark.parametrize("sentence, expected", [
    ("Burkhard Jung steht Eurocities als Präsident vor.", [("president", "Burkhard Jung")]),
    ("Burkhard Jung steht seit 2020 dem Netzwerk Eurocities vor.", [("president", "Burkhard Jung")]),
    ("Burkhard Jung steht Eurocities nahe.", []),
    ("Burkhard Jung steht Eurocities-Projekten vor Ort zur Seite.", []),
])
def test_standing_before_a_network_is_presiding_it(sentence, expected):
    assert claimed(sentence) == expected
