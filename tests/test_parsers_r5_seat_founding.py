"""Seats, secretariats, founding dates and founding places as city sites word them in the five languages, and the
offices, projects and past seats that are not a network's own."""

import time

import pytest
from helpers.extracted import triples_of_snippet

from scraper.parsers.text import split_sentences


def _facts(body: str, lang: str = "en") -> set[tuple[str, str, str]]:
    return {fact for fact in triples_of_snippet(body, lang, title="Networks", heading="Our networks")
            if fact[1] in ("founded", "founded_place", "headquarters")}


@pytest.mark.parametrize("sentence, lang", [
    ("Eurocities launched its Cities4Europe campaign in 2019.", "en"),
    ("UCLG established an award for local democracy in 2015.", "en"),
    ("L'AIMF a lancé en 2019 un programme d'assainissement à Dakar.", "fr"),
    ("Eurocities a créé en 2010 son forum de la culture.", "fr"),
    ("Eurocities hat 2020 das Projekt „Städte für Europa“ ins Leben gerufen.", "de"),
    ("Nel 2017 Eurocities ha lanciato il progetto Integrating Cities.", "it"),
    ("The city's international office, set up in 1995, manages our membership of Eurocities.", "en"),
])
def test_what_a_network_founds_is_not_its_own_founding(sentence, lang):
    assert _facts(f"<p>{sentence}</p>", lang) == set()


@pytest.mark.parametrize("sentence, lang, expected", [
    ("Six cities founded Eurocities in 1986.", "en", {("eurocities", "founded", "1986")}),
    ("Six grandes villes ont fondé Eurocities en 1986.", "fr", {("eurocities", "founded", "1986")}),
    ("Sechs Städte haben 1986 Eurocities gegründet.", "de", {("eurocities", "founded", "1986")}),
    ("L'AIMF a vu le jour en 1979 à Québec.", "fr", {("aimf", "founded", "1979"), ("aimf", "founded_place", "Québec")}),
    ("L'AIMF, costituita a Québec nel 1979, ha sede a Parigi.", "it",
     {("aimf", "founded", "1979"), ("aimf", "founded_place", "Québec"), ("aimf", "headquarters", "Parigi")}),
])
def test_a_network_founded_as_the_object_of_an_active_verb(sentence, lang, expected):
    assert _facts(f"<p>{sentence}</p>", lang) == expected


@pytest.mark.parametrize("sentence, lang", [
    ("ICLEI Europe, the European secretariat of ICLEI, is based in Freiburg.", "en"),
    ("L'antenne européenne de CGLU est installée à Bruxelles.", "fr"),
    ("Le bureau Europe de l'ICLEI est basé à Fribourg.", "fr"),
    ("La Oficina de CGLU para el Mediterráneo, con sede en Barcelona, coordina los proyectos de la zona.", "es"),
    ("L'ufficio europeo di ICLEI ha sede a Friburgo.", "it"),
    ("Das Regionalbüro von ICLEI mit Sitz in Freiburg betreut die Städte Europas.", "de"),
])
def test_a_regional_office_is_not_the_seat(sentence, lang):
    assert _facts(f"<p>{sentence}</p>", lang) == set()


@pytest.mark.parametrize("sentence, lang, expected", [
    ("Le secrétariat de l'Union des capitales de l'Union européenne est installé à Bruxelles.", "fr",
     {("ucue", "headquarters", "Bruxelles")}),
    ("Eurocities, the network of European cities, is based in Brussels.", "en",
     {("eurocities", "headquarters", "Brussels")}),
])
def test_a_region_in_a_network_name_leaves_its_seat(sentence, lang, expected):
    assert _facts(f"<p>{sentence}</p>", lang) == expected


@pytest.mark.parametrize("sentence, lang, expected", [
    ("La sede permanente de Mercociudades se halla en Montevideo.", "es",
     {("mercociudades", "headquarters", "Montevideo")}),
    ("Las oficinas centrales de CGLU se encuentran en Barcelona.", "es", {("uclg", "headquarters", "Barcelona")}),
    ("El domicilio social de la asociación Eurocities está en Bruselas.", "es",
     {("eurocities", "headquarters", "Bruselas")}),
    ("Gli uffici centrali di ICLEI si trovano a Bonn.", "it", {("iclei", "headquarters", "Bonn")}),
    ("La secretaría de ICORN está acogida por la ciudad de Stavanger.", "es", {("icorn", "headquarters", "Stavanger")}),
    ("Il segretariato di ICORN è ospitato dalla città di Stavanger.", "it", {("icorn", "headquarters", "Stavanger")}),
])
def test_spanish_and_italian_seats_in_more_words(sentence, lang, expected):
    assert _facts(f"<p>{sentence}</p>", lang) == expected


@pytest.mark.parametrize("sentence, lang, expected", [
    ("UCLG moved its headquarters to Barcelona in 2004.", "en", {("uclg", "headquarters", "Barcelona")}),
    ("Metropolis a transféré son secrétariat à Barcelone en 1999.", "fr",
     {("metropolis", "headquarters", "Barcelone")}),
    ("Le siège de Metropolis a été transféré à Barcelone en 1999.", "fr",
     {("metropolis", "headquarters", "Barcelone")}),
    ("Metropolis trasladó su secretaría general a Barcelona en 1999.", "es",
     {("metropolis", "headquarters", "Barcelona")}),
    ("En 1999 la sede de Metropolis se trasladó a Barcelona.", "es", {("metropolis", "headquarters", "Barcelona")}),
    ("Nel 1999 Metropolis ha trasferito la sua sede a Barcellona.", "it",
     {("metropolis", "headquarters", "Barcellona")}),
])
def test_a_seat_moved_is_where_the_seat_is(sentence, lang, expected):
    assert _facts(f"<p>{sentence}</p>", lang) == expected


@pytest.mark.parametrize("sentence, lang", [
    ("Antes la sede de ICLEI estaba en Toronto.", "es"),
    ("Fino al 2010 la sede di Metropolis era a Parigi.", "it"),
    ("Jusqu'en 2010, le siège de Metropolis était à Paris.", "fr"),
])
def test_a_past_seat_is_not_the_seat(sentence, lang):
    assert _facts(f"<p>{sentence}</p>", lang) == set()


@pytest.mark.parametrize("sentence, lang, expected", [
    ("Barcelona, sede de la secretaría mundial de CGLU, acoge también a Metropolis.", "es",
     {("uclg", "headquarters", "Barcelona")}),
    ("Bruxelles, siège d'Eurocities, accueille chaque année le forum des maires.", "fr",
     {("eurocities", "headquarters", "Bruxelles")}),
    ("Wir arbeiten eng mit Brüssel, Sitz von Eurocities, zusammen.", "de", {("eurocities", "headquarters", "Brüssel")}),
    ("Metropolis, whose general secretariat sits in Barcelona, gathers 140 members.", "en",
     {("metropolis", "headquarters", "Barcelona")}),
    ("Eurocities – Brussels-based network of major European cities.", "en",
     {("eurocities", "headquarters", "Brussels")}),
    ("Eurocities is a Brussels-based association of large cities.", "en",
     {("eurocities", "headquarters", "Brussels")}),
])
def test_a_seat_in_apposition_or_as_an_adjective(sentence, lang, expected):
    assert _facts(f"<p>{sentence}</p>", lang) == expected


@pytest.mark.parametrize("sentence, lang", [
    ("Madrid, sede de la cumbre anual de Metropolis, recibirá a 80 alcaldes.", "es"),
    ("Bruxelles, siège des institutions européennes, accueille aussi des réseaux comme Eurocities.", "fr"),
    ("Daejeon, seat of the 2022 congress of UCLG, welcomed 3,000 delegates.", "en"),
])
def test_a_city_hosting_something_else_is_no_seat(sentence, lang):
    assert _facts(f"<p>{sentence}</p>", lang) == set()


@pytest.mark.parametrize("body, lang, expected", [
    ("<h2>UCCI</h2><p>Fundación: 12 de octubre de 1982 (Madrid)</p>", "es",
     {("ucci", "founded", "1982-10-12"), ("ucci", "founded_place", "Madrid")}),
    ("<h2>Eurocities</h2><p>Gründung: 4. November 1986</p>", "de", {("eurocities", "founded", "1986-11-04")}),
    ("<h2>Eurocities</h2><p>Data di fondazione: 4 novembre 1986</p>", "it", {("eurocities", "founded", "1986-11-04")}),
])
def test_a_founding_label_dated_to_the_day(body, lang, expected):
    assert _facts(body, lang) == expected


def test_a_page_created_on_a_day_is_no_founding():
    assert _facts("<h2>Eurocities</h2><p>Creada: 12 de marzo de 2013</p>", "es") == set()


@pytest.mark.parametrize("sentence, lang, expected", [
    ("Metropolis, asociación creada en Montreal en el año 1985, agrupa a 140 metrópolis.", "es",
     {("metropolis", "founded", "1985"), ("metropolis", "founded_place", "Montreal")}),
    ("La UCCI, fundada en el año 1982, une a las capitales iberoamericanas.", "es", {("ucci", "founded", "1982")}),
    ("Eurocities è stata fondata nell'anno 1986 a Rotterdam.", "it",
     {("eurocities", "founded", "1986"), ("eurocities", "founded_place", "Rotterdam")}),
])
def test_a_founding_year_after_the_word_year(sentence, lang, expected):
    assert _facts(f"<p>{sentence}</p>", lang) == expected


def test_a_german_day_before_its_month_ends_no_sentence():
    assert split_sentences("Eurocities wurde am 4. November 1986 gegründet. Die Stadt ist Mitglied.") == [
        "Eurocities wurde am 4. November 1986 gegründet.", "Die Stadt ist Mitglied."]


@pytest.mark.parametrize("sentence, lang, expected", [
    ("El origen de Eurocities se remonta a 1986, cuando seis ciudades se reunieron en Róterdam.", "es",
     {("eurocities", "founded", "1986"), ("eurocities", "founded_place", "Róterdam")}),
    ("Les origines de l'AIMF remontent à 1979.", "fr", {("aimf", "founded", "1979")}),
    ("The origins of Mayors for Peace go back to 1982.", "en", {("mayors-for-peace", "founded", "1982")}),
    ("The Covenant of Mayors dates back to 2008.", "en", {("covenant-of-mayors", "founded", "2008")}),
    ("L'AIMF risale al 1979.", "it", {("aimf", "founded", "1979")}),
])
def test_a_network_dated_back_to_its_origins(sentence, lang, expected):
    assert _facts(f"<p>{sentence}</p>", lang) == expected


def test_a_membership_dated_back_is_no_founding():
    assert _facts("<p>Our membership of Eurocities dates back to 1989.</p>") == set()


@pytest.mark.parametrize("body, lang, expected", [
    ("<p>Issue de la fusion en 2004 de deux associations mondiales, CGLU fédère les collectivités.</p>", "fr",
     {("uclg", "founded", "2004")}),
    ("<p>Surgida de la fusión en 2004 de dos organizaciones, CGLU representa a los gobiernos locales.</p>", "es",
     {("uclg", "founded", "2004")}),
    ("<h2>Eurocities</h2><p>Die Gründung erfolgte 1986 in Rotterdam.</p>", "de",
     {("eurocities", "founded", "1986"), ("eurocities", "founded_place", "Rotterdam")}),
    ("<h2>Mercociudades</h2><p>La fundación tuvo lugar en 1995 en Asunción.</p>", "es",
     {("mercociudades", "founded", "1995"), ("mercociudades", "founded_place", "Asunción")}),
    ("<p>Nel 1986 sei città fondarono a Rotterdam la rete Eurocities.</p>", "it",
     {("eurocities", "founded", "1986"), ("eurocities", "founded_place", "Rotterdam")}),
    ("<p>En 1995 once ciudades fundaron en Asunción la red Mercociudades.</p>", "es",
     {("mercociudades", "founded", "1995"), ("mercociudades", "founded_place", "Asunción")}),
])
def test_a_founding_told_as_a_merger_an_event_or_in_the_past(body, lang, expected):
    assert _facts(body, lang) == expected


@pytest.mark.parametrize("body, lang, expected", [
    ("<h2>ICLEI</h2><p>Headquarters location: Bonn, Germany</p>", "en", {("iclei", "headquarters", "Bonn")}),
    ("<h2>Eurocities</h2><p>Domicilio social: Bruselas</p>", "es", {("eurocities", "headquarters", "Bruselas")}),
    ("<h2>ICLEI</h2><p>Hauptsitz: Bonn</p>", "de", {("iclei", "headquarters", "Bonn")}),
])
def test_more_labels_of_a_seat(body, lang, expected):
    assert _facts(body, lang) == expected


def test_a_network_dated_back_with_a_meeting_after_is_no_founding():
    assert _facts("<p>The AIMF dates back to 1979, when the city hosted its first meeting.</p>") == set()


@pytest.mark.parametrize("body, lang, expected", [
    ("<h2>UCUE</h2><p>Fondation : 1961 — Siège : Bruxelles</p>", "fr",
     {("ucue", "founded", "1961"), ("ucue", "headquarters", "Bruxelles")}),
    ("<h2>OWHC</h2><p>Established 1993 &middot; Seat: Quebec City</p>", "en",
     {("owhc", "founded", "1993"), ("owhc", "headquarters", "Quebec City")}),
    ("<p>ICLEI (gegründet 1990, Sitz: Bonn) ist ein Netzwerk für Nachhaltigkeit.</p>", "de",
     {("iclei", "founded", "1990"), ("iclei", "headquarters", "Bonn")}),
    ("<h2>Mercociudades</h2><p>Sede: Montevideo; Año de fundación: 1995</p>", "es",
     {("mercociudades", "headquarters", "Montevideo"), ("mercociudades", "founded", "1995")}),
])
def test_several_rows_on_one_line(body, lang, expected):
    assert _facts(body, lang) == expected


def test_a_place_with_its_country_is_one_row():
    assert _facts("<h2>Eurocities</h2><p>Siège : Bruxelles, Belgique</p>", "fr") == {
        ("eurocities", "headquarters", "Bruxelles")}


@pytest.mark.parametrize("sentence, lang", [
    ("Leeds was founded in the 7th century and joined Eurocities in 1989.", "en"),
    ("Valencia fue fundada por los romanos y es miembro de Eurocities desde 2008.", "es"),
    ("Köln wurde im Jahr 50 gegründet und ist seit 1991 Mitglied von Eurocities.", "de"),
])
def test_a_city_founded_long_ago_founds_no_network(sentence, lang):
    assert _facts(f"<p>{sentence}</p>", lang) == set()


@pytest.mark.parametrize("sentence, lang, expected", [
    ("It was established in 2006 and has its HQ in Stavanger.", "en",
     {("icorn", "founded", "2006"), ("icorn", "headquarters", "Stavanger")}),
    ("Il a été fondé en 2006 à Stavanger.", "fr",
     {("icorn", "founded", "2006"), ("icorn", "founded_place", "Stavanger")}),
])
def test_a_pronoun_founded_is_the_network_of_the_section(sentence, lang, expected):
    assert _facts(f"<h2>ICORN</h2><p>{sentence}</p>", lang) == expected


@pytest.mark.parametrize("sentence, lang, expected", [
    ("Fondée en 1979, l'association a son siège à Paris.", "fr",
     {("aimf", "founded", "1979"), ("aimf", "headquarters", "Paris")}),
    ("Fundada en 1979, la asociación tiene su sede en París.", "es",
     {("aimf", "founded", "1979"), ("aimf", "headquarters", "París")}),
])
def test_a_short_sentence_opening_like_a_row_is_read_whole(sentence, lang, expected):
    assert _facts(f"<h2>AIMF</h2><p>{sentence}</p>", lang) == expected


@pytest.mark.parametrize("body, lang, expected", [
    ("<p>UCLG (founded 2004, HQ Barcelona) is the largest network of local governments.</p>", "en",
     {("uclg", "founded", "2004"), ("uclg", "headquarters", "Barcelona")}),
    ("<p>Desde 1986, año en que se fundó en Róterdam, Eurocities no ha dejado de crecer.</p>", "es",
     {("eurocities", "founded", "1986"), ("eurocities", "founded_place", "Róterdam")}),
    ("<p>Depuis 2004, date de sa création, CGLU porte la voix des villes.</p>", "fr", {("uclg", "founded", "2004")}),
    ("<p>Desde 1982, año de su fundación, la UCCI une a las capitales.</p>", "es", {("ucci", "founded", "1982")}),
    ("<p>Fundada en la ciudad de Hiroshima en 1982, Alcaldes por la Paz agrupa a 8.000 ciudades.</p>", "es",
     {("mayors-for-peace", "founded", "1982"), ("mayors-for-peace", "founded_place", "Hiroshima")}),
    ("<h3>CGLU</h3><ul><li>Creación: 2004</li><li>Sede: Barcelona</li></ul>", "es",
     {("uclg", "founded", "2004"), ("uclg", "headquarters", "Barcelona")}),
    ("<h4>Mercociudades</h4><p>Secretaría Técnica Permanente: Montevideo.</p>", "es",
     {("mercociudades", "headquarters", "Montevideo")}),
    ("<table><tr><th>Organización</th><th>Año de creación</th><th>Ciudad sede</th></tr>"
     "<tr><td>UCCI</td><td>1982</td><td>Madrid</td></tr></table>", "es",
     {("ucci", "founded", "1982"), ("ucci", "headquarters", "Madrid")}),
])
def test_founding_years_and_seats_in_more_spanish_and_english_forms(body, lang, expected):
    assert _facts(body, lang) == expected


@pytest.mark.parametrize("sentence, lang, expected", [
    ("Impulsado por la Comisión Europea en 2008, el Pacto de los Alcaldes cuenta con miles de firmantes.", "es",
     {("covenant-of-mayors", "founded", "2008")}),
    ("El Pacto de los Alcaldes fue impulsado por la Comisión Europea en 2008.", "es",
     {("covenant-of-mayors", "founded", "2008")}),
    ("Il Patto dei Sindaci, promosso dalla Commissione europea nel 2008, riunisce migliaia di comuni.", "it",
     {("covenant-of-mayors", "founded", "2008")}),
])
def test_a_network_promoted_by_an_institution_was_founded_then(sentence, lang, expected):
    assert _facts(f"<p>{sentence}</p>", lang) == expected


@pytest.mark.parametrize("sentence, lang", [
    ("El programa de movilidad fue impulsado por Eurocities en 2019.", "es"),
    ("El estudio promovido por Eurocities en 2019 analiza la movilidad urbana.", "es"),
])
def test_a_programme_promoted_by_a_network_is_no_founding(sentence, lang):
    assert _facts(f"<p>{sentence}</p>", lang) == set()


@pytest.mark.parametrize("sentence, lang, expected", [
    ("Das Klima-Bündnis wurde 1990 in Frankfurt am Main gegründet, wo der Verein bis heute seinen Sitz hat.", "de",
     {("climate-alliance", "founded", "1990"), ("climate-alliance", "founded_place", "Frankfurt am Main"),
      ("climate-alliance", "headquarters", "Frankfurt am Main")}),
    ("Mercociudades nació en Asunción en 1995, donde la red tiene hoy su sede.", "es",
     {("mercociudades", "founded", "1995"), ("mercociudades", "founded_place", "Asunción"),
      ("mercociudades", "headquarters", "Asunción")}),
    ("L'AIMF a été fondée à Québec en 1979, où l'association a toujours son siège.", "fr",
     {("aimf", "founded", "1979"), ("aimf", "founded_place", "Québec"), ("aimf", "headquarters", "Québec")}),
])
def test_the_seat_where_the_founding_placed_the_network_named_as_such(sentence, lang, expected):
    assert _facts(f"<p>{sentence}</p>", lang) == expected


def test_a_campaign_a_network_launched_in_a_german_relative_clause_is_no_founding():
    sentence = "Auch die Kampagne „Stadtradeln“, die das Klima-Bündnis 2008 ins Leben gerufen hat, ist beliebt."
    assert _facts(f"<p>{sentence}</p>", "de") == set()


def test_a_network_a_german_relative_clause_says_was_founded():
    assert _facts("<p>Eurocities, das sechs Städte 1986 gegründet haben, zählt heute 200 Mitglieder.</p>", "de") == {
        ("eurocities", "founded", "1986")}


@pytest.mark.parametrize("sentence, lang, expected", [
    ("La UCCI tiene su domicilio en Madrid.", "es", {("ucci", "headquarters", "Madrid")}),
    ("The Eurocities secretariat, in Brussels, employs sixty people.", "en",
     {("eurocities", "headquarters", "Brussels")}),
    ("Le siège social d'Energy Cities est établi à Besançon.", "fr", {("energy-cities", "headquarters", "Besançon")}),
])
def test_seats_in_a_few_more_words(sentence, lang, expected):
    assert _facts(f"<p>{sentence}</p>", lang) == expected


def test_a_regional_secretariat_set_off_by_commas_is_not_the_seat():
    assert _facts("<p>The European secretariat of ICLEI, in Freiburg, runs its projects in Europe.</p>") == set()


def test_an_article_and_a_noun_as_the_subject_is_no_city_founded():
    assert _facts("<h2>AIMF</h2><p>L'association a été fondée à Québec par vingt maires.</p>", "fr") == {
        ("aimf", "founded_place", "Québec")}


def test_a_long_hyphenated_token_before_a_seat_is_read_at_once():
    token = "-".join(["Ab"] * 60)
    started = time.perf_counter()
    assert _facts(f"<p>La red {token}, sede de CGLU, agrupa ciudades.</p>", "es") == set()
    assert time.perf_counter() - started < 2


@pytest.mark.parametrize("sentence, lang, expected", [
    ("Vitoria-Gasteiz, sede de la secretaría de Eurocities, acoge el foro.", "es",
     {("eurocities", "headquarters", "Vitoria-Gasteiz")}),
    ("Das Klima-Bündnis hat seinen Sitz in Frankfurt am Main.", "de",
     {("climate-alliance", "headquarters", "Frankfurt am Main")}),
    ("L'Alliance pour le climat a son siège à Francfort-sur-le-Main.", "fr",
     {("climate-alliance", "headquarters", "Francfort-sur-le-Main")}),
])
def test_hyphenated_and_spaced_places_are_read_whole(sentence, lang, expected):
    assert _facts(f"<p>{sentence}</p>", lang) == expected
