"""Member counts as real pages write them: approximate collectives after a bound, more nouns and number words, the
people and the subsets a count may be of, and the counts a recent or upcoming news teaser states as the network's."""

from datetime import date

import pytest
from helpers.extracted import extracted

from scraper.parsers.claims import find_claims
from scraper.parsers.content import PageContent, Teaser
from scraper.parsers.dates import PartialDate
from scraper.parsers.facts import extract_facts
from scraper.parsers.number_words import with_digits


def _counts(sentence, lang):
    return [(claim.attribute, claim.value, claim.qualifier)
            for claim in find_claims(with_digits(sentence, lang), date(2025, 3, 1)) if claim.unit]


@pytest.mark.parametrize("sentence, lang, expected", [
    ("Ce réseau fédère aujourd'hui plus d'un millier de villes.", "fr", ("member_cities", "1000", "more_than")),
    ("La red agrupa a más de un centenar de ciudades.", "es", ("member_cities", "100", "more_than")),
    ("La rete riunisce oltre un centinaio di città.", "it", ("member_cities", "100", "more_than")),
    ("The network has more than a dozen member cities.", "en", ("member_cities", "12", "more_than")),
    ("Le réseau compte au moins une vingtaine de villes.", "fr", ("member_cities", "20", "at_least")),
    ("Le réseau compte une centaine de villes.", "fr", ("member_cities", "100", "about")),
])
def test_an_approximate_collective_after_a_bound_takes_the_bound(sentence, lang, expected):
    assert _counts(sentence, lang) == [expected]


def test_an_approximate_collective_below_a_bound_is_no_count():
    assert _counts("Le réseau compte moins d'une centaine de villes.", "fr") == []


@pytest.mark.parametrize("sentence, expected", [
    ("Esta red reúne hoy a casi un centenar de urbes de todo el mundo.", [("member_cities", "100", "about")]),
    ("Eurocities agrupa a más de 200 urbes europeas.", [("member_cities", "200", "more_than")]),
    ("El CIDEU agrupa hoy a casi 150 ciudades de veintiún países.",
     [("member_cities", "150", "about"), ("member_countries", "21", "exact")]),
    ("La red tiene miembros en veintiún países de América Latina.", [("member_countries", "21", "exact")]),
])
def test_spanish_cities_called_urbes_and_the_number_veintiun_are_read(sentence, expected):
    assert _counts(sentence, "es") == expected


@pytest.mark.parametrize("sentence, lang, expected", [
    ("The network brings together some 200 of Europe's larger cities across 38 countries.", "en",
     [("member_cities", "200", "about"), ("member_countries", "38", "exact")]),
    ("C40 connects nearly 100 of the world's cities.", "en", [("member_cities", "100", "about")]),
    ("La red reúne a 200 de las principales ciudades europeas.", "es", [("member_cities", "200", "exact")]),
    ("La rete riunisce 200 delle principali città europee.", "it", [("member_cities", "200", "exact")]),
    ("Das Netzwerk vereint 200 der wichtigsten Städte Europas.", "de", [("member_cities", "200", "exact")]),
])
def test_a_count_of_the_cities_a_place_or_a_rank_picks_out_is_read(sentence, lang, expected):
    assert _counts(sentence, lang) == expected


def test_the_total_a_count_is_part_of_is_no_member_count():
    assert _counts("The association unites 200 of Germany's 11,000 municipalities.", "en") == [
        ("member_cities", "200", "exact")]


@pytest.mark.parametrize("sentence, lang", [
    ("The Mayor of Paris welcomed around a hundred mayors from some twenty countries for a meeting of the AIMF.", "en"),
    ("La maire a reçu des maires de vingt pays à l'Hôtel de Ville pour une réunion de l'AIMF.", "fr"),
    ("La alcaldesa recibió a alcaldes de una veintena de países en el Ayuntamiento.", "es"),
    ("Der Bürgermeister empfing Bürgermeister aus zwanzig Ländern im Rathaus.", "de"),
])
def test_the_countries_people_came_from_are_no_member_countries(sentence, lang):
    assert _counts(sentence, lang) == []


@pytest.mark.parametrize("sentence, lang", [
    ("Mayors for Peace brings together mayors from 166 countries.", "en"),
    ("L'AIMF réunit des maires de 54 pays.", "fr"),
])
def test_a_network_of_mayors_from_countries_still_counts_its_countries(sentence, lang):
    assert [attribute for attribute, _, _ in _counts(sentence, lang)] == ["member_countries"]


@pytest.mark.parametrize("sentence, lang", [
    ("Allein in Deutschland gehören ihm über 800 Städte an.", "de"),
    ("In Italia aderiscono alla rete oltre 600 comuni.", "it"),
    ("En España pertenecen a la red más de 60 ciudades.", "es"),
    ("En France adhèrent au réseau plus de 150 villes.", "fr"),
])
def test_the_members_of_one_country_told_verb_first_are_no_member_count(sentence, lang):
    assert _counts(sentence, lang) == []


@pytest.mark.parametrize("sentence, lang, expected", [
    ("Die Hanse wurde in den Niederlanden gegründet; heute gehören ihm rund 190 Städte an.", "de",
     [("member_cities", "190", "about")]),
    ("Fondé en France, le réseau compte aujourd'hui 150 villes.", "fr", [("member_cities", "150", "exact")]),
])
def test_a_country_in_another_clause_leaves_the_count_whole(sentence, lang, expected):
    assert _counts(sentence, lang) == expected


@pytest.mark.parametrize("sentence, lang", [
    ("Lead cities coordinate the work of members in 20 countries, and regional chapters have been set up in Europe.",
     "en"),
    ("Its regional chapters cover 40 countries.", "en"),
    ("Les villes chefs de file animent le travail des membres de 20 pays.", "fr"),
    ("Las ciudades líderes coordinan a los miembros de 20 países.", "es"),
    ("Le città capofila coordinano i membri di 20 paesi.", "it"),
])
def test_a_count_whose_subject_is_some_of_the_members_is_no_member_count(sentence, lang):
    assert _counts(sentence, lang) == []


def test_a_count_of_the_network_before_its_chapters_is_kept():
    assert _counts("Mayors for Peace has 8,432 member cities in 166 countries, and regional chapters in Europe.",
                   "en") == [("member_cities", "8432", "exact"), ("member_countries", "166", "exact")]


@pytest.mark.parametrize("sentence, lang", [
    ("D'ici là, un groupe de travail, coordonné par Paris et Medellín, réunira les services techniques de huit "
     "métropoles.", "fr"),
    ("Next year the network will bring together 250 cities.", "en"),
    ("En 2026 la red agrupará a 300 ciudades.", "es"),
    ("Il prossimo anno la rete riunirà 250 città.", "it"),
])
def test_a_count_told_in_the_future_is_no_member_count(sentence, lang):
    assert _counts(sentence, lang) == []


def test_a_future_in_another_clause_leaves_the_count():
    assert _counts("Le réseau, qui se réunira à Paris en juin, compte 200 villes.", "fr") == [
        ("member_cities", "200", "exact")]


def _teaser_facts(teaser_date, summary, lang="fr", title="Forum des maires"):
    teaser = Teaser(title, "https://example.org/n", teaser_date, summary)
    content = PageContent(title="Agenda", lang=lang, page_date=None, blocks=(), teasers=(teaser,), main_text="",
                          is_news=False)
    return {(fact["network_id"], fact["attribute"], fact["value"])
            for fact in extract_facts(content, "u", lang, date(2025, 3, 10))}


@pytest.mark.parametrize("summary, lang", [
    ("Dal 30 aprile al 2 maggio Bari ospita il forum annuale di MedCities, la rete che riunisce oltre 70 città.", "it"),
    ("Du 30 avril au 2 mai, Marseille accueille le forum de MedCities, le réseau qui réunit plus de 70 villes.", "fr"),
    ("From 30 April to 2 May, Malta hosts MedCities, which brings together more than 70 cities, for its forum.", "en"),
])
def test_an_upcoming_events_teaser_describing_the_network_as_it_is_gives_its_count(summary, lang):
    assert _teaser_facts(PartialDate(2025, 4, 30), summary, lang) == {("medcities", "member_cities", "70")}


def test_a_teaser_of_an_event_more_than_a_year_ahead_gives_no_count():
    assert _teaser_facts(PartialDate(2026, 6, 30), "Le forum de MedCities, qui réunit plus de 70 villes.") == set()


@pytest.mark.parametrize("title, summary, lang, expected", [
    ("Dublin welcomes new City of Refuge guest writer",
     "A Sudanese poet becomes the fifth writer hosted by Dublin under ICORN, the network of more than 80 cities of "
     "refuge.", "en", ("icorn", "member_cities", "80")),
    ("Edinburgh to host Eurocities social affairs forum",
     "From 19 to 21 March, officials from the network of over 200 European cities will meet at the EICC.", "en",
     ("eurocities", "member_cities", "200")),
    ("Lyon accueille Energy Cities", "Le réseau d'environ 1 000 villes se retrouve à Lyon.", "fr",
     ("energy-cities", "member_cities", "1000")),
    ("Hiroshima Day: le campane suonano per la pace",
     "Torino ricorda le vittime di Hiroshima insieme alle oltre 8.000 città aderenti a Mayors for Peace.", "it",
     ("mayors-for-peace", "member_cities", "8000")),
    ("Sevilla acoge a Eurocities", "Los responsables de la red de más de 200 ciudades se reúnen en Sevilla.", "es",
     ("eurocities", "member_cities", "200")),
])
def test_a_recent_teaser_describing_the_network_by_its_size_gives_its_count(title, summary, lang, expected):
    assert _teaser_facts(PartialDate(2025, 2, 26), summary, lang, title) == {expected}


def test_a_recent_teaser_with_a_bare_count_of_the_news_gives_none():
    assert _teaser_facts(PartialDate(2025, 2, 26), "Eurocities réunit 200 villes à Lyon cette semaine.",
                         title="Eurocities à Lyon") == set()


def _page_facts(body, lang):
    return {(fact["network_id"], fact["attribute"], fact["value"], fact["qualifier"])
            for fact in extracted(body, lang).facts if fact["unit"]}


@pytest.mark.parametrize("band, lang", [
    ('<div class="stats"><span>200</span><span>villes</span><span>38</span><span>pays</span></div>', "fr"),
    ('<div class="stats"><b>200</b><i>member cities</i><b>38</b><i>countries</i></div>', "en"),
    ('<p class="figures"><strong>200</strong><span>Städte</span><strong>38</strong><span>Länder</span></p>', "de"),
])
def test_a_band_of_figures_glued_to_their_labels_reads_each_figure_with_its_own_label(band, lang):
    assert _page_facts(f"<h2>Eurocities</h2>{band}", lang) == {
        ("eurocities", "member_cities", "200", "exact"), ("eurocities", "member_countries", "38", "exact")}


@pytest.mark.parametrize("band, lang, expected", [
    ("<p>Le réseau en chiffres</p><h3>8 400</h3><p>villes membres</p><h3>166</h3><p>pays et régions</p>"
     "<p>Lyon en est membre depuis 2008.</p>", "fr",
     {("mayors-for-peace", "member_cities", "8400", "exact"),
      ("mayors-for-peace", "member_countries", "166", "exact")}),
    ("<h4>8,000+</h4><p>member cities</p>", "en", {("mayors-for-peace", "member_cities", "8000", "at_least")}),
    ("<h3>+ de 8 000</h3><p>ciudades miembro</p>", "es", {("mayors-for-peace", "member_cities", "8000", "more_than")}),
])
def test_a_figure_set_as_a_heading_is_read_with_its_label_in_its_section(band, lang, expected):
    assert _page_facts(f"<h2>Mayors for Peace</h2>{band}", lang) == expected


def test_a_year_set_as_a_heading_stays_a_timelines_entry():
    html = "<h2>Eurocities</h2><h3>1991</h3><p>Adhésion de Lyon</p><h3>200</h3><p>villes membres</p>"
    assert _page_facts(html, "fr") == {("eurocities", "member_cities", "200", "exact")}


@pytest.mark.parametrize("body, lang, expected", [
    ("<h3>Plus de 200 villes membres</h3><p>Le réseau rassemble les grandes villes.</p><h3>38 pays</h3>"
     "<p>Lyon en est membre depuis 1991.</p>", "fr",
     {("eurocities", "member_cities", "200", "more_than"), ("eurocities", "member_countries", "38", "exact")}),
    ("<h3>Over 200 member cities</h3><h3>38 countries</h3>", "en",
     {("eurocities", "member_cities", "200", "more_than"), ("eurocities", "member_countries", "38", "exact")}),
    ("<h3>Mehr als 200 Mitgliedsstädte</h3><p>Das Netzwerk der großen Städte Europas.</p>", "de",
     {("eurocities", "member_cities", "200", "more_than")}),
])
def test_a_heading_that_is_a_key_figure_is_read_in_its_section(body, lang, expected):
    assert _page_facts(f"<h2>Eurocities</h2>{body}", lang) == expected


def test_a_heading_of_newcomers_gives_no_count_and_a_longer_heading_is_a_section():
    assert _page_facts("<h2>Eurocities</h2><h3>12 nouvelles villes</h3><p>Le réseau accueille Kyiv.</p>"
                       "<h3>200 villes européennes face au défi du logement</h3><p>Le forum réunit 80 villes.</p>",
                       "fr") == set()


@pytest.mark.parametrize("sentence, lang", [
    ("In Deutschland zählt das Netzwerk 800 Mitglieder.", "de"),
    ("In the UK alone, the network has 60 members.", "en"),
    ("Solo en España, la red cuenta con 60 ciudades miembro.", "es"),
    ("En France, le réseau compte 40 villes adhérentes.", "fr"),
    ("In Italia sono oltre 400 i comuni aderenti.", "it"),
])
def test_the_members_a_clause_counts_in_one_country_are_no_member_count(sentence, lang):
    assert _counts(sentence, lang) == []


@pytest.mark.parametrize("sentence, lang, expected", [
    ("Das in Deutschland gegründete Netzwerk zählt heute 190 Mitglieder.", "de", [("member_cities", "190", "exact")]),
    ("Based in Belgium, Eurocities has 200 members in 38 countries.", "en",
     [("member_cities", "200", "exact"), ("member_countries", "38", "exact")]),
])
def test_a_country_that_is_not_the_clauses_opening_leaves_the_count_whole(sentence, lang, expected):
    assert _counts(sentence, lang) == expected


@pytest.mark.parametrize("sentence, lang", [
    ("Valladolid mantiene relaciones con 20 ciudades hermanas.", "es"),
    ("Bergamo ha 6 città sorelle.", "it"),
    ("La ville est jumelée avec 12 villes dans 10 pays.", "fr"),
    ("The city is twinned with 12 cities in 10 countries.", "en"),
    ("Parma è gemellata con 8 città di 7 paesi.", "it"),
    ("Hamburg unterhält Partnerschaften mit 9 Städten in 8 Ländern.", "de"),
])
def test_a_citys_twins_and_sister_cities_and_their_countries_are_no_member_count(sentence, lang):
    assert _counts(sentence, lang) == []


def test_a_network_with_links_to_cities_keeps_its_count():
    assert _counts("Eurocities has links with more than 200 cities.", "en") == [("member_cities", "200", "more_than")]


@pytest.mark.parametrize("sentence, lang", [
    ("La convocatoria ha recibido propuestas de 90 ciudades.", "es"),
    ("The call received proposals from 120 cities in 30 countries.", "en"),
    ("Il bando ha raccolto proposte da 70 città.", "it"),
    ("L'appel à projets a reçu des dossiers de 60 villes.", "fr"),
])
def test_the_cities_a_call_for_proposals_received_are_no_member_count(sentence, lang):
    assert _counts(sentence, lang) == []


def test_the_signatories_of_a_networks_appeal_are_still_counted():
    assert _counts("L'appel de Maires pour la paix compte 8 000 villes signataires.", "fr") == [
        ("member_cities", "8000", "exact")]


def test_a_heading_with_a_longer_label_after_its_figure_is_a_title_not_a_key_figure():
    assert _page_facts("<h2>Mayors for Peace</h2><p>Le réseau milite pour la paix.</p>"
                       "<h3>8 000 villes pour la paix</h3><p>Lyon en est membre.</p>", "fr") == set()


@pytest.mark.parametrize("sentence, lang", [
    ("UCLG is the voice of over 240,000 towns, cities and regions.", "en"),
    ("CGLU es la voz de más de 240.000 ciudades, regiones y metrópolis.", "es"),
    ("CGLU è la voce di oltre 240.000 città e regioni.", "it"),
    ("UCLG ist die Stimme von über 240.000 Städten, Gemeinden und Regionen.", "de"),
])
def test_the_cities_and_regions_a_network_is_the_voice_of_are_represented_governments(sentence, lang):
    assert _counts(sentence, lang) == [("represented_governments", "240000", "more_than")]


def test_the_cities_alone_a_network_is_the_voice_of_are_its_members():
    assert _counts("Eurocities is the voice of more than 200 cities.", "en") == [("member_cities", "200", "more_than")]
