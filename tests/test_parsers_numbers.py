"""Counts and their hedges in French, English, German, Spanish and Italian (numbers written in words are turned
into digits before: test_parsers_number_words.py)."""

import pytest

from scraper.parsers.numbers import find_counts, format_count, parse_number, qualifier_before


@pytest.mark.parametrize("written, value", [
    ("1 000", 1000), ("1,000", 1000), ("240'000", 240000), ("240’000", 240000), ("240 000", 240000),
    ("240\u00a0000", 240000), ("240\u202f000", 240000), ("100.000", 100000), ("1 234 567", 1234567),
    ("112", 112), ("2,5 millions", 2_500_000), ("1,2 Millionen", 1_200_000), ("240.000", 240000),
])
def test_parse_number_reads_every_way_of_grouping_thousands(written, value):
    assert parse_number(written) == value


@pytest.mark.parametrize("written", ["", "abc", "1,5", "12/04", "huit"])
def test_parse_number_rejects_what_is_not_one_number(written):
    assert parse_number(written) is None


@pytest.mark.parametrize("before, qualifier", [
    ("réunit plus de ", "more_than"), ("more than ", "more_than"), ("over ", "more_than"),
    ("près de ", "about"), ("environ ", "about"), ("around ", "about"), ("some ", "about"), ("nearly ", "about"),
    ("au moins ", "at_least"), ("at least ", "at_least"), ("jusqu’à ", "up_to"), ("jusqu'à ", "up_to"),
    ("up to ", "up_to"), ("compte ", "exact"), ("", "exact"),
    ("über ", "more_than"), ("mehr als ", "more_than"), ("más de ", "more_than"), ("oltre ", "more_than"),
    ("rund ", "about"), ("ca. ", "about"), ("casi ", "about"), ("circa ", "about"), ("mindestens ", "at_least"),
    ("al menos ", "at_least"), ("almeno ", "at_least"), ("bis zu ", "up_to"), ("hasta ", "up_to"), ("fino a ", "up_to"),
])
def test_qualifier_before_maps_hedges_to_the_vocabulary(before, qualifier):
    assert qualifier_before(before) == qualifier


def counts(sentence):
    return [(count.value, count.qualifier, count.unit) for count in find_counts(sentence)]


@pytest.mark.parametrize("sentence, expected", [
    ("Plus de 1 000 villes sont membres, ainsi que 112 associations nationales.",
     [(1000, "more_than", "cities"), (112, "exact", "associations")]),
    ("More than 1,000 cities and 112 national member associations belong to it.",
     [(1000, "more_than", "cities"), (112, "exact", "associations")]),
    ("présentes dans plus de 120 Etats membres des Nations unies et les 8 régions du monde",
     [(120, "more_than", "countries"), (8, "exact", "regions")]),
    ("in over 120 UN member states across 8 world regions",
     [(120, "more_than", "countries"), (8, "exact", "regions")]),
    ("Ce réseau de 113 métropoles européennes de plus de 200 000 habitants",
     [(113, "exact", "cities"), (200000, "more_than", "inhabitants")]),
    ("réunit plus de 156 villes, dans 46 pays", [(156, "more_than", "cities"), (46, "exact", "countries")]),
    ("Plus de 400 projets de développement", [(400, "more_than", "projects")]),
    ("la réflexion des 25 états membres", [(25, "exact", "countries")]),
    ("240\u202f000 gouvernements locaux et régionaux dans 140 pays",
     [(240000, "exact", "governments"), (140, "exact", "countries")]),
    ("some 240'000 local and regional governments", [(240000, "about", "governments")]),
    ("plus de 240 000 collectivités locales", [(240000, "more_than", "governments")]),
    ("über 200 Mitgliedsstädte in 38 Ländern", [(200, "more_than", "cities"), (38, "exact", "countries")]),
    ("mit über 2.000 Mitgliedskommunen in 27 Ländern", [(2000, "more_than", "cities"), (27, "exact", "countries")]),
    ("rund 140 Mitglieder und 5 Regionen", [(140, "about", "cities"), (5, "exact", "regions")]),
    ("más de 240.000 gobiernos locales en 140 países", [(240000, "more_than", "governments"),
                                                        (140, "exact", "countries")]),
    ("casi 100 ciudades", [(100, "about", "cities")]),
    ("oltre 200 città di 38 paesi", [(200, "more_than", "cities"), (38, "exact", "countries")]),
    ("circa 140 membri", [(140, "about", "cities")]),
    ("200 villes de plus de 250 000 habitants", [(200, "exact", "cities"), (250000, "more_than", "inhabitants")]),
    ("200 Städte mit mehr als 250.000 Einwohnern", [(200, "exact", "cities"), (250000, "more_than", "inhabitants")]),
    ("près de 300 villes dans au moins 50 pays", [(300, "about", "cities"), (50, "at_least", "countries")]),
    ("jusqu'à 30 villes", [(30, "up_to", "cities")]),
    ("C40 brings together 83 of the world's largest cities", [(83, "exact", "cities")]),
    ("le C40 réunit près de 100 des plus grandes villes du monde", [(100, "about", "cities")]),
    ("Metropolis compte 144 membres", [(144, "exact", "cities")]),
    ("s'organise en 8 sections régionales", [(8, "exact", "regions")]),
])
def test_find_counts_reads_the_number_its_hedge_and_what_it_counts(sentence, expected):
    assert counts(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "Alors que 60% des habitants de la planète – et jusqu’à 80% des Européens – vivent en ville",
    "Créée en mai 2004 à Paris, elle est la voix des villes.",
    "Créée en avril 1961 par six capitales, dont Paris.",  # the founders, not the members
    "Le C40 Cities Climate Leadership Group a été créé en 2005.",
    "C.G.L.U se fonde sur trois principes.",
    "La capitale participe à quatre grands réseaux de villes.",
    "Stuttgart compte 630 000 habitants.",  # a city's own population, not a threshold
    "Lyon, 520 000 habitants, est membre du réseau.",
    "Six villes fondatrices se sont réunies.",  # founders
    "Six founding members signed the charter.",
    "Une équipe de 40 membres du personnel.",  # staff
    "Le secrétariat compte 40 staff members.",
    "Il a 12 membres du bureau exécutif.",
])
def test_find_counts_ignores_percentages_years_founders_and_names(sentence):
    assert counts(sentence) == []


def test_a_year_next_to_a_count_stays_a_separate_number():
    assert counts("auquel la Ville a adhéré en 2002 113 villes") == [(113, "exact", "cities")]


@pytest.mark.parametrize("value, text", [(1000.0, "1000"), (2.5, "2.5"), (8.0, "8")])
def test_format_count_is_canonical(value, text):
    assert format_count(value) == text


@pytest.mark.parametrize("sentence, expected", [
    ("Lisbon hosted the 130-member network last spring.", (130, "exact", "cities")),
    ("The 45-city alliance meets in Oslo.", (45, "exact", "cities")),
    ("The 27-nation union sent observers.", (27, "exact", "countries")),
    ("Les villes membres sont aujourd'hui plus de 310.", (310, "more_than", "cities")),
    ("Its member cities now number about 95, on four continents.", (95, "about", "cities")),
    ("Die Mitgliedsstädte sind heute über 210.", (210, "more_than", "cities")),
    ("Le città aderenti sono oggi oltre 150, distribuite in Europa.", (150, "more_than", "cities")),
    ("Las ciudades miembro son hoy más de 120.", (120, "more_than", "cities")),
])
def test_a_count_as_an_adjective_or_after_its_noun_and_verb(sentence, expected):
    assert [(count.value, count.qualifier, count.unit) for count in find_counts(sentence)] == [expected]


@pytest.mark.parametrize("sentence", [
    "The 12-member board met in Oslo.", "Les membres sont 12 à siéger au bureau.",
    "Les villes membres sont invitées le 3 mai.",
])
def test_a_board_or_a_number_inside_a_clause_is_not_a_count_of_members(sentence):
    assert find_counts(sentence) == []


@pytest.mark.parametrize("sentence, lang", [
    ("Six cities founded the network in 1986.", "en"), ("Sechs Städte gründeten 1986 das Netzwerk.", "de"),
    ("La ville a 20 villes jumelles.", "fr"), ("Hamburg hat neun Partnerstädte.", "de"),
    ("Sevilla tiene 30 ciudades hermanadas.", "es"), ("Bologna ha 12 città gemellate.", "it"),
    ("Leeds has 8 twin cities.", "en"),
])
def test_founders_named_before_their_verb_and_twin_cities_are_not_members(sentence, lang):
    from scraper.parsers.number_words import with_digits
    assert find_counts(with_digits(sentence, lang)) == []


def test_a_founding_told_after_the_count_in_another_clause_leaves_it():
    sentence = "Metropolis has 140 members, and C40, founded in 2005, nearly 100 cities."
    assert [(count.value, count.qualifier) for count in find_counts(sentence)] == [(140, "exact"), (100, "about")]


@pytest.mark.parametrize("sentence", [
    "Hamburg beteiligt sich seit 2010 an Projekten von Eurocities.", "Depuis 2015 projets et villes se multiplient.",
])
def test_a_year_after_a_date_word_is_not_a_count(sentence):
    assert find_counts(sentence) == []


@pytest.mark.parametrize("sentence, lang", [
    ("Fue fundada a partir de la unión de tres asociaciones de municipios.", "es"),
    ("Le réseau est né de la fusion de deux associations mondiales.", "fr"),
    ("It was born from the merger of three networks.", "en"),
    ("Er entstand aus dem Zusammenschluss von zwei Verbänden.", "de"),
])
def test_the_organisations_a_network_was_merged_from_are_not_members(sentence, lang):
    from scraper.parsers.number_words import with_digits
    assert find_counts(with_digits(sentence, lang)) == []


def test_member_municipalities_in_one_german_word():
    assert counts("Das Bündnis zählt rund 2.000 Mitgliedskommunen in 27 Ländern.") == [
        (2000, "about", "cities"), (27, "exact", "countries")]


def test_a_union_of_cities_is_the_network_itself():
    assert counts("Eurocities ist ein Zusammenschluss von über 200 Städten.") == [(200, "more_than", "cities")]


@pytest.mark.parametrize("sentence, expected", [
    ("Der Verband vertritt rund 240.000 Städte, Gemeinden und Regionen.", [(240000, "about", "governments")]),
    ("L'organisation représente plus de 1 000 villes et régions.", [(1000, "more_than", "governments")]),
    # regional tiers named with the local ones: local and regional governments, whatever the verb
    ("L'organisation fédère plus de 1 000 villes et régions.", [(1000, "more_than", "governments")]),
    ("Rund 250 Kommunen und Regionen", [(250, "about", "governments")]),
    ("Metropolis regroupe quelque 140 villes et régions métropolitaines.", [(140, "about", "cities")]),
    ("Das Büro betreut rund 1.000 Gemeinden, Schulen und Betriebe.", []),
    ("La red agrupa a 300 municipios, empresas y universidades.", []),
    ("Eurocities vereint über 200 Städte und Gemeinden.", [(200, "more_than", "cities")]),
])
def test_cities_named_with_regions_or_other_kinds_of_members(sentence, expected):
    assert counts(sentence) == expected


@pytest.mark.parametrize("sentence, counted", [
    ("Amministratori e tecnici di circa 30 città europee si confronteranno sugli affitti brevi.", False),
    ("Des maires de plus de 50 villes étaient présents.", False),
    ("Officials from some 40 cities will discuss the plan.", False),
    ("L'UCUE réunit aujourd'hui les maires des 27 capitales de l'Union.", True),
    ("È la rete dei sindaci di oltre 8000 città.", True),
    ("Mayors for Peace riunisce oltre 8000 città.", True),
])
def test_people_counted_by_the_cities_they_come_from_are_not_members(sentence, counted):
    assert bool(find_counts(sentence)) is counted


@pytest.mark.parametrize("sentence, expected", [
    ("Eurocities conta 200 membri, tra cui 12 città italiane.", [(200, "cities")]),
    ("Le réseau compte 140 villes, dont 15 villes françaises.", [(140, "cities")]),
    ("It has 200 members, including some 18 German cities.", [(200, "cities")]),
    ("L'AIMF rassemble 325 membres, dont 17 associations nationales.", [(325, "cities"), (17, "associations")]),
])
def test_some_of_the_members_are_not_the_count_of_members_unless_of_another_kind(sentence, expected):
    assert [(count.value, count.unit) for count in find_counts(sentence)] == expected
