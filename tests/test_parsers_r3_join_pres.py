"""How a city's own site says when it joined a network and who presides one: timelines with the year first or apart,
the network a joining verb names, the network's own events or parts that are not the network, and presidents named
through an office, a succession or a pronoun, without former office holders."""

import pytest
from helpers.extracted import triples_of_snippet as _facts


@pytest.mark.parametrize("sentence", [
    "The city joined the annual conference of Eurocities in 2019.",
    "Our delegation joined the Eurocities conference in 2019.",
    "La Ville a rejoint la conférence annuelle d'Eurocities en 2019.",
    "En 2022, la métropole a rejoint le sommet mondial de CGLU.",
])
def test_joining_an_event_of_the_network_is_no_membership(sentence):
    assert not {fact for fact in _facts(f"<p>{sentence}</p>") if fact[1] == "joined"}


def test_a_network_joined_before_its_campaign_keeps_its_date():
    assert _facts("<p>Leeds joined Energy Cities in 2008 and the campaign of the network in 2021.</p>") == {
        ("energy-cities", "joined", "2008")}


@pytest.mark.parametrize("sentence, expected", [
    ("The council joined Energy Cities in 2008 and signed up to the Covenant of Mayors in 2009.",
     {("energy-cities", "joined", "2008"), ("covenant-of-mayors", "joined", "2009")}),
    ("Membre de Metropolis, la Ville a rejoint CGLU en 2004.", {("uclg", "joined", "2004")}),
])
def test_a_joining_is_of_the_network_its_verb_names(sentence, expected):
    assert _facts(f"<p>{sentence}</p>") == expected


@pytest.mark.parametrize("body, expected", [
    ("<ul><li>1991 : adhésion à Eurocities</li><li>2004 : la Ville rejoint CGLU</li></ul>",
     {("eurocities", "joined", "1991"), ("uclg", "joined", "2004")}),
    ("<ul><li>2005 – Joined Metropolis</li><li>2011 – Joined ICORN</li></ul>",
     {("metropolis", "joined", "2005"), ("icorn", "joined", "2011")}),
    ('<ol><li><span class="year">1991</span> Adhésion à Eurocities</li></ol>', {("eurocities", "joined", "1991")}),
])
def test_a_timeline_entry_opens_with_the_year_of_its_joining(body, expected):
    assert _facts(body) == expected


@pytest.mark.parametrize("body, expected", [
    ("<table><tr><td>1991</td><td>Adhésion à Eurocities</td></tr>"
     "<tr><td>2019</td><td>Adhésion à la campagne de Mayors for Peace</td></tr></table>",
     {("eurocities", "joined", "1991")}),
    ('<div class="timeline"><span class="date">2011</span><p>Adhésion au réseau ICORN</p></div>',
     {("icorn", "joined", "2011")}),
    ("<table><thead><tr><th>Année</th><th>Étape</th></tr></thead><tbody><tr><td>1991</td>"
     "<td>Adhésion à Eurocities</td></tr></tbody></table>", {("eurocities", "joined", "1991")}),
    ("<h3>2005</h3><p>Joined Metropolis.</p><h3>2011</h3><p>Joined ICORN.</p>",
     {("metropolis", "joined", "2005"), ("icorn", "joined", "2011")}),
])
def test_a_year_standing_apart_dates_the_entry_it_opens(body, expected):
    assert _facts(body) == expected


@pytest.mark.parametrize("sentence", [
    "2000 villes ont adhéré à Mayors for Peace en un an.",
    "La ville fait partie d'Eurocities depuis vingt ans.",
    "The council has been part of Eurocities for twenty years.",
])
def test_no_year_no_joining(sentence):
    assert not {fact for fact in _facts(f"<p>{sentence}</p>") if fact[1] == "joined"}


@pytest.mark.parametrize("sentence", [
    "L'ancien président d'Eurocities, Jean Martin, était présent.",
    "Former Eurocities president Jane Doe spoke at the opening.",
    "Jane Doe, chair of the Eurocities culture forum, opened the meeting.",
    "Jane Doe est présidente de la commission culture d'Eurocities.",
    "The mayor of Leeds, Jane Doe, attended the UCLG congress chaired by John Roe.",
])
def test_a_former_president_or_the_chair_of_a_part_or_an_event_is_not_the_networks(sentence):
    assert not {fact for fact in _facts(f"<p>{sentence}</p>") if fact[1] == "president"}


@pytest.mark.parametrize("sentence, expected", [
    ("Jean Martin succède à Marie Durand à la présidence d'Eurocities.", "Jean Martin"),
    ("Jane Doe succeeded John Roe as president of Eurocities in 2022.", "Jane Doe"),
    ("La maire de Paris, Anne Hidalgo, a été élue coprésidente de CGLU en 2019.", "Anne Hidalgo"),
    ("Jane Doe, Mayor of Lisbon, became president of Metropolis in 2023.", "Jane Doe"),
    ("Since 2022 Metropolis has been under the presidency of Jan Dupont.", "Jan Dupont"),
])
def test_who_presides_now(sentence, expected):
    assert {fact[2] for fact in _facts(f"<p>{sentence}</p>") if fact[1] == "president"} == {expected}


@pytest.mark.parametrize("body, expected", [
    ("<p>L'AIMF rassemble 300 villes. Sa présidente est la maire de Paris.</p>", ("aimf", "la maire de Paris")),
    ("<h2>Metropolis</h2><p>Its current president is the Mayor of Lisbon.</p>", ("metropolis", "the Mayor of Lisbon")),
    ("<p>The president of Eurocities is the Mayor of Ghent.</p>", ("eurocities", "the Mayor of Ghent")),
    ("<p>The presidency of Eurocities is held by the Mayor of Ghent.</p>", ("eurocities", "the Mayor of Ghent")),
    ("<p>La présidence de l'AIMF revient à la maire de Paris.</p>", ("aimf", "la maire de Paris")),
    ("<p>Eurocities brings together 200 cities. Jane Doe is its current president.</p>", ("eurocities", "Jane Doe")),
])
def test_an_office_or_a_name_after_the_title_presides(body, expected):
    assert {(fact[0], fact[2]) for fact in _facts(body) if fact[1] == "president"} == {expected}


@pytest.mark.parametrize("sentence", [
    "Le maire de Lyon est vice-président d'Eurocities.",
    "The Leeds city council is chaired by Jane Doe. It joined Eurocities in 1992.",
    "Le président de la commission culture d'Eurocities est le maire de Gand.",
])
def test_no_president_of_the_network_here(sentence):
    assert not {fact for fact in _facts(f"<p>{sentence}</p>") if fact[1] == "president"}


@pytest.mark.parametrize("body, expected", [
    ("<p>CGLU a été fondée en 2004 à Paris. La Ville en est membre fondateur.</p>", ("uclg", "joined", "2004")),
    ("<p>Eurocities a été fondé en 1986. Lyon en est l'un des membres fondateurs.</p>",
     ("eurocities", "joined", "1986")),
    ("<p>Eurocities was founded in 1986. Edinburgh was one of its founding members.</p>",
     ("eurocities", "joined", "1986")),
])
def test_a_founding_member_joined_in_the_founding_year_stated_before(body, expected):
    assert expected in _facts(body)


@pytest.mark.parametrize("body", [
    "<p>Eurocities was founded in 1986. Its founding members were Barcelona, Lyon and Milan.</p>",
    "<p>Eurocities was founded in 1986 by six cities. The founding members met in Rotterdam.</p>",
    "<p>Eurocities was founded in 1986. At its launch it counted 6 cities among its founding members.</p>",
    "<p>Eurocities was founded in 1986. Among the founders were Lyon and Milan.</p>",
])
def test_the_founders_named_are_not_the_city(body):
    assert not {fact for fact in _facts(body) if fact[1] == "joined"}


@pytest.mark.parametrize("sentence, expected", [
    ("Paris est devenue membre d'Eurocities en 1991.", ("eurocities", "joined", "1991")),
    ("En 1991, la Ville est devenue membre d'Eurocities.", ("eurocities", "joined", "1991")),
    ("Lyon devient membre d'Eurocities en 1989.", ("eurocities", "joined", "1989")),
    ("Dublin became a signatory of the Covenant of Mayors in 2009.", ("covenant-of-mayors", "joined", "2009")),
])
def test_becoming_a_member_is_joining(sentence, expected):
    assert _facts(f"<p>{sentence}</p>") == {expected}


@pytest.mark.parametrize("row", ["Date d'entrée : 1991", "Accession: 1991", "Year of accession: 1991",
                                 "Membership: since 1991"])
def test_a_row_labelled_with_the_accession_dates_the_joining(row):
    assert _facts(f"<h2>Eurocities</h2><ul><li>{row}</li></ul>") == {("eurocities", "joined", "1991")}


def test_a_membership_row_with_a_count_stays_a_count():
    assert _facts("<h2>Eurocities</h2><ul><li>Membership: 200 cities</li></ul>") == {
        ("eurocities", "member_cities", "200")}


def test_a_joining_stated_with_its_year_then_its_day_is_one_fact():
    assert _facts("<p>Paris a rejoint ICORN en 2011. Paris en est devenue membre le 12 janvier 2011.</p>") == {
        ("icorn", "joined", "2011")}


@pytest.mark.parametrize("sentence", [
    "Le congrès mondial de CGLU, présidé par Paul Mensah, s'est tenu à Daejeon en 2022.",
    "The annual conference of Eurocities, chaired by Jane Doe, took place in Leeds.",
])
def test_the_chair_of_the_networks_event_named_before_is_not_its_president(sentence):
    assert not {fact for fact in _facts(f"<p>{sentence}</p>") if fact[1] == "president"}


def test_an_office_that_presides_by_tradition():
    assert _facts("<p>La Ville soutient Mayors for Peace, dont le président est traditionnellement le maire "
                  "d'Hiroshima.</p>") == {("mayors-for-peace", "president", "le maire d'Hiroshima")}


@pytest.mark.parametrize("sentence", [
    "In 2018 the council joined the Eurocities Green Cities Fellowship.",
    "The city joined the Energy Cities climate pledge in 2021.",
])
def test_joining_a_scheme_of_the_network_is_no_membership(sentence):
    assert not {fact for fact in _facts(f"<p>{sentence}</p>", "en") if fact[1] == "joined"}


@pytest.mark.parametrize("body", [
    "<p>Paris est membre fondateur de CGLU. Créée en 2004, CGLU rassemble les villes du monde.</p>",
    "<h2>CGLU</h2><p>Paris est membre fondateur du réseau.</p><h2>Histoire</h2><p>CGLU a été créée en 2004.</p>",
])
def test_a_founding_member_joined_in_the_founding_year_stated_after(body):
    assert ("uclg", "joined", "2004") in _facts(body)


@pytest.mark.parametrize("column", ["Depuis", "Since", "Member since"])
def test_a_table_column_of_the_year_since_when(column):
    assert _facts(f"<table><thead><tr><th>Réseau</th><th>{column}</th></tr></thead><tbody><tr><td>Eurocities</td>"
                  "<td>1989</td></tr></tbody></table>") == {("eurocities", "joined", "1989")}


def test_an_adverb_between_the_verb_and_the_name():
    assert _facts("<p>Präsident von Eurocities ist derzeit Burkhard Jung.</p>", "de") == {
        ("eurocities", "president", "Burkhard Jung")}


@pytest.mark.parametrize("body, lang", [
    ("<p>Eurocities a été créé en 1986. Paris en est membre depuis l'origine.</p>", "fr"),
    ("<p>Eurocities a été créé en 1986. Lyon en est membre dès le départ.</p>", "fr"),
    ("<p>Eurocities se fundó en 1986. Madrid es miembro desde sus inicios.</p>", "es"),
    ("<p>Eurocities è stata fondata nel 1986. Torino ne è membro fin dall'inizio.</p>", "it"),
])
def test_a_member_from_the_start_joined_in_the_founding_year(body, lang):
    assert ("eurocities", "joined", "1986") in _facts(body, lang)


def test_from_the_start_without_membership_is_no_joining():
    assert _facts("<p>Eurocities a été créé en 1986. Depuis ses débuts, le réseau défend les villes.</p>") == {
        ("eurocities", "founded", "1986")}


@pytest.mark.parametrize("body", [
    "<h2>Eurocities</h2><p>La présidence du réseau revient à Lena Koskinen, maire de Tampere.</p>",
    "<h2>Eurocities</h2><p>The presidency of the network is held by Lena Koskinen, Mayor of Tampere.</p>",
])
def test_the_presidency_of_the_network_of_the_section(body):
    assert _facts(body) == {("eurocities", "president", "Lena Koskinen")}


@pytest.mark.parametrize("sentence", [
    "Lyon a rejoint en 2021 le défi « 100 villes climatiquement neutres » d'Energy Cities.",
    "Eurocities leads the “100 Climate-Neutral Cities” programme.",
])
def test_a_number_in_a_quoted_name_is_no_count(sentence):
    assert not {fact for fact in _facts(f"<p>{sentence}</p>") if fact[1] == "member_cities"}


def test_a_quoted_figure_stays_a_count():
    assert _facts("<p>Eurocities rassemble « plus de 200 villes ».</p>") == {("eurocities", "member_cities", "200")}


def test_the_title_alone_then_the_office_and_the_name():
    assert _facts("<p>Eurocities is chaired by its President, the Mayor of Tampere, Lena Koskinen.</p>", "en") == {
        ("eurocities", "president", "Lena Koskinen")}


def test_a_title_alone_names_no_one():
    assert _facts("<h2>Metropolis</h2><p>The network is led by its president.</p>", "en") == set()


@pytest.mark.parametrize("sentence, expected", [
    ("Limerick is not a member of ICLEI, but joined its European Convention in Malmö in 2022.", set()),
    ("La Ville a rejoint la Convention des maires en 2009.", {("covenant-of-mayors", "joined", "2009")}),
    ("Leeds joined the Covenant of Mayors in 2009 and its 2030 pledge in 2021.",
     {("covenant-of-mayors", "joined", "2009")}),
])
def test_a_convention_of_the_network_is_an_event_unless_it_is_the_networks_name(sentence, expected):
    assert {fact for fact in _facts(f"<p>{sentence}</p>") if fact[1] == "joined"} == expected


@pytest.mark.parametrize("body", [
    "<p>CGLU est la voix des villes. Son président actuel est Jan Dupont.</p>",
    "<p>Jan Dupont, maire de Lisbonne, est à la tête de CGLU depuis 2022.</p>",
    "<p>Jan Dupont, Mayor of Lisbon, chairs UCLG.</p>",
    "<p>UCLG's current president, Jan Dupont, is the Mayor of Lisbon.</p>",
    "<p>UCLG Co-President Jan Dupont visited the city.</p>",
])
def test_a_president_with_an_apposition_or_a_qualifier(body):
    assert _facts(body) == {("uclg", "president", "Jan Dupont")}


@pytest.mark.parametrize("sentence", [
    "UCLG's former president Jan Dupont visited the city.",
    "Jan Dupont, maire de Lisbonne, a présidé CGLU de 2016 à 2019.",
])
def test_a_past_president_with_an_apposition_or_a_qualifier(sentence):
    assert _facts(f"<p>{sentence}</p>") == set()


@pytest.mark.parametrize("body, lang, expected", [
    ("<p>Präsidentin von Eurocities ist seit 2024 Erika Muster, Oberbürgermeisterin von Gent.</p>", "de",
     "Erika Muster"),
    ("<h2>Eurocities</h2><p>Vorsitzender des Netzwerks ist der Oberbürgermeister von Leipzig, Burkhard Jung.</p>",
     "de", "Burkhard Jung"),
    ("<p>Eurocities, presieduta dal sindaco di Bologna Marco Bianchi, riunisce le grandi città.</p>", "it",
     "Marco Bianchi"),
    ("<p>La maire de Paris est présidente de l'AIMF depuis 2014.</p>", "fr", "La maire de Paris"),
    ("<p>The Lord Provost of Edinburgh is the current chair of Eurocities.</p>", "en",
     "The Lord Provost of Edinburgh"),
])
def test_who_presides_after_a_date_an_office_or_its_city(body, lang, expected):
    assert {fact[2] for fact in _facts(body, lang) if fact[1] == "president"} == {expected}


@pytest.mark.parametrize("sentence", [
    "Paris adhère à Eurocities par une délibération du 12 mars 1991.",
    "Par délibération du 12 mars 1991, le Conseil de Paris a approuvé l'adhésion à Eurocities.",
])
def test_the_councils_decision_dates_the_joining(sentence):
    assert _facts(f"<p>{sentence}</p>") == {("eurocities", "joined", "1991-03-12")}


@pytest.mark.parametrize("sentence", [
    "In 2012, Eurocities was chaired by Jean Martin.",
    "Eurocities is chaired by Jean Martin from 2010 to 2012.",
    "CGLU a été présidée par Jean Martin.",
])
def test_a_presidency_in_the_past(sentence):
    assert _facts(f"<p>{sentence}</p>") == set()


@pytest.mark.parametrize("body, expected", [
    ("<h2>Mayors for Peace</h2><p>Das Bündnis wird traditionell vom Bürgermeister von Hiroshima geleitet.</p>",
     {("mayors-for-peace", "president", "Bürgermeister von Hiroshima")}),
    ("<p>Mayors for Peace wird vom Bürgermeister von Hiroshima geleitet.</p>",
     {("mayors-for-peace", "president", "Bürgermeister von Hiroshima")}),
    ("<h2>Mayors for Peace</h2><p>Die Delegation wird vom Bürgermeister von Hiroshima geleitet.</p>", set()),
    ("<p>Präsidentin von Eurocities ist seit November 2024 Lena Koskinen.</p>",
     {("eurocities", "president", "Lena Koskinen")}),
])
def test_german_offices_and_dates_before_who_presides(body, expected):
    assert _facts(body, "de") == expected


@pytest.mark.parametrize("body, lang, expected", [
    ("<p>Bologna è tra i soci fondatori di CGLU, nata nel 2004.</p>", "it", {("uclg", "joined", "2004")}),
    ("<p>Metropolis fue creada en 1985. Madrid está entre los miembros fundadores.</p>", "es",
     {("metropolis", "joined", "1985")}),
    ("<p>Metropolis fue creada en 1985 por 14 ciudades. Entre los miembros fundadores figuraban Madrid y "
     "Barcelona.</p>", "es", set()),
])
def test_among_the_founders(body, lang, expected):
    assert {fact for fact in _facts(body, lang) if fact[1] == "joined"} == expected


@pytest.mark.parametrize("body, expected", [
    ("<p>Paris est membre de :</p><ul><li>Eurocities, depuis 1991</li><li>l'AIMF, depuis 1979</li></ul>",
     {("eurocities", "joined", "1991"), ("aimf", "joined", "1979")}),
    ("<p>The city is a member of:</p><ul><li>Eurocities (since 1991)</li><li>Metropolis (since 1985)</li></ul>",
     {("eurocities", "joined", "1991"), ("metropolis", "joined", "1985")}),
    ("<p>Nos partenaires :</p><ul><li>Eurocities, depuis 1991</li></ul>", set()),
    ("<p>Paris est membre de :</p><ul><li>l'AIMF, créée en 1979</li></ul>", set()),
])
def test_the_items_of_a_list_introduced_as_memberships(body, expected):
    assert {fact for fact in _facts(body) if fact[1] == "joined"} == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Paris a adhéré à l'AIMF, qui regroupe aujourd'hui près de 300 villes de 50 pays, en 1979.",
     {("aimf", "joined", "1979")}),
    ("Leeds joined Eurocities, which was founded in 1986, in 1992.", {("eurocities", "joined", "1992")}),
    ("Leeds joined the Eurocities culture forum, which met in Leeds, in 2019.", set()),
    ("Lyon a rejoint le groupe de travail Mobilité d'Eurocities en 2015.", set()),
    ("London joined the World Cities Culture Forum in 2012.", {("world-cities-culture-forum", "joined", "2012")}),
])
def test_the_date_after_a_relative_clause_and_the_parts_of_a_network(sentence, expected):
    assert {fact for fact in _facts(f"<p>{sentence}</p>") if fact[1] == "joined"} == expected


@pytest.mark.parametrize("body, expected", [
    ("<p>Eurocities compte 200 membres. Paris y a adhéré en 1991 et en préside le forum Culture.</p>",
     {("eurocities", "joined", "1991")}),
    ("<p>Paris a adhéré en 1991 à Eurocities et pilote un projet européen.</p>", {("eurocities", "joined", "1991")}),
    ("<p>La Ville a rejoint la campagne et l'appel de Mayors for Peace en 2019.</p>", set()),
])
def test_what_follows_and_is_not_what_was_joined(body, expected):
    assert {fact for fact in _facts(body) if fact[1] == "joined"} == expected
