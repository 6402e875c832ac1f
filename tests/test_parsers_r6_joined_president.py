"""When the city whose site it is joined a network, and who presides a network, as real pages place them: a table's
column of the city's joining named after the city ("Madrid, miembro desde"), a joining dated by a month back from the
page's date ("last March", "en mai dernier"), a card's year since alone under its network ("Depuis 1991"), a list's
row or a table's column of a year since; a presidency held by someone of the network the section is about ("sa
présidence est assurée par", "chaired today by", "présidente de l'association", "ejerce una de sus copresidencias")."""

import pytest
from helpers.extracted import claims_of_sentence, values_of


def _claims(sentence: str) -> set[tuple[str, str]]:
    return set(claims_of_sentence(sentence))


def _joined(body: str, lang: str, published: str | None = None, **page) -> set[tuple[str, str]]:
    head = f'<meta property="article:published_time" content="{published}">' if published else ""
    return values_of("joined", body, lang, head=head, **page)


@pytest.mark.parametrize("lang, header, rows, expected", [
    ("es", ("Red", "Fundación", "Madrid, miembro desde"),
     [("Eurocities", "1986", "1993"), ("C40 Cities", "2005", "2008 (miembro fundador)")],
     {("eurocities", "1993"), ("c40", "2008")}),
    ("fr", ("Réseau", "Création", "Lyon, membre depuis"), [("Eurocities", "1986", "1989"), ("ICLEI", "1990", "2006")],
     {("eurocities", "1989"), ("iclei", "2006")}),
    ("de", ("Netzwerk", "Gründung", "Köln, Mitglied seit"), [("Eurocities", "1986", "1991")], {("eurocities", "1991")}),
])
def test_a_tables_column_of_the_citys_joining_named_after_the_city(lang, header, rows, expected):
    cells = "".join(f"<tr>{''.join(f'<td>{cell}</td>' for cell in row)}</tr>" for row in rows)
    table = f"<table><tr>{''.join(f'<th>{cell}</th>' for cell in header)}</tr>{cells}</table>"
    assert _joined(table, lang) == expected


@pytest.mark.parametrize("row, expected", [
    ("Madrid, miembro desde: 1982 (miembro fundador)", {("joined", "1982")}),
    ("Torino, membro dal: 2002", {("joined", "2002")}),
    ("Leeds, member since: 1986", {("joined", "1986")}),
    # a twinning's year is no joining
    ("Jumelage, depuis : 1958", set()),
])
def test_a_row_of_the_citys_joining_labelled_with_the_city_and_a_comma(row, expected):
    assert _claims(row) == expected


@pytest.mark.parametrize("lang, published, sentence, expected", [
    ("en", "2025-02-05", "A journalist has arrived, the first since the city joined the International Cities of Refuge "
                         "Network last March.", {("icorn", "2024-03")}),
    ("fr", "2024-06-18", "C'est la première résidence depuis que Strasbourg a rejoint, en mai dernier, le Réseau "
                         "international des villes refuges.", {("icorn", "2024-05")}),
    ("es", "2024-11-14", "La ciudad se incorporó el pasado mes de mayo a Eurocities.", {("eurocities", "2024-05")}),
    ("it", "2024-11-14", "La città ha aderito lo scorso maggio a Eurocities.", {("eurocities", "2024-05")}),
    ("de", "2024-11-14", "Die Stadt ist im vergangenen Mai dem Netzwerk Eurocities beigetreten.",
     {("eurocities", "2024-05")}),
    # the month dates another clause than the joining, or no joining at all
    ("fr", "2024-11-14", "La Ville a adhéré à Eurocities en 1991 et a accueilli son forum en mai dernier.",
     {("eurocities", "1991")}),
    ("en", "2025-02-05", "Eurocities held its annual conference in the city last March.", set()),
])
def test_a_joining_dated_by_a_month_back_from_the_pages_date(lang, published, sentence, expected):
    assert _joined(f"<p>{sentence}</p>", lang, published=published) == expected


@pytest.mark.parametrize("lang, body, expected", [
    ("fr", '<div class="card"><h3>Eurocities</h3><p>Le réseau des grandes villes européennes.</p>'
           '<p class="badge">Depuis 1991</p></div><div class="card"><h3>ICLEI</h3><p>Le réseau des gouvernements '
           'locaux pour la durabilité.</p><p class="badge">Depuis 2005</p></div>',
     {("eurocities", "1991"), ("iclei", "2005")}),
    ("en", '<div class="card"><strong>Energy Cities</strong><span>Since 2008</span><p>Local authorities in energy '
           'transition.</p></div>', {("energy-cities", "2008")}),
    ("de", '<section><h3>Klima-Bündnis</h3><p>Seit 1993.</p><p>Kommunen für den Klimaschutz.</p></section>',
     {("climate-alliance", "1993")}),
    ("es", '<div class="card"><h3>Metropolis</h3><small>Desde 2000</small></div>', {("metropolis", "2000")}),
])
def test_a_cards_year_since_alone_under_its_network_dates_the_joining(lang, body, expected):
    assert _joined(body, lang) == expected


@pytest.mark.parametrize("lang, body, title", [
    # a twinning's card names no network
    ("de", "<h2>Sankt Petersburg</h2><p>Seit 1957</p>", "Partnerstädte"),
    # the network's own page: its "Since 1986" is its own age
    ("en", "<h2>About Eurocities</h2><p>Since 1986</p><p>The network of major European cities.</p>", "Eurocities"),
    # a year since that opens a sentence dates what the sentence says
    ("fr", "<h2>Eurocities</h2><p>Depuis 2019, le réseau a doublé son budget.</p>", "Réseaux"),
])
def test_a_year_since_alone_elsewhere_is_no_joining(lang, body, title):
    assert _joined(body, lang, title=title) == set()


@pytest.mark.parametrize("sentence, expected", [
    ("Hamburg ist seit 1991 dabei und arbeitet vor allem in den Foren Umwelt mit.", {("joined", "1991")}),
    ("Wien ist seit 1985 dabei und bringt sich in die Arbeitsgruppen ein.", {("joined", "1985")}),
    # an undertaking, not a network's membership
    ("Die Stadt ist seit 2010 dabei, ihre Radwege auszubauen.", set()),
])
def test_on_board_since_then_another_verb_of_the_city(sentence, expected):
    assert _claims(sentence) == expected


@pytest.mark.parametrize("lang, body, expected", [
    ("en", "<h2>UNESCO City of Literature</h2><p>In 2004 Edinburgh became the world's first UNESCO City of "
           "Literature.</p>", {("unesco-creative-cities-network", "2004")}),
    ("en", "<p>In 2010 the city was designated the first UNESCO City of Design in the country.</p>",
     {("unesco-creative-cities-network", "2010")}),
    ("fr", "<h2>Réseau des villes créatives de l'UNESCO</h2><p>En 2008, Lyon est devenue la première ville créative "
           "de l'UNESCO en France.</p>", {("unesco-creative-cities-network", "2008")}),
    # the title of another body is no joining
    ("en", "<p>In 2012 the city became the first European Green Capital of the UNESCO Creative Cities Network's "
           "members.</p>", set()),
])
def test_the_first_city_to_receive_the_title_the_network_gives_its_members(lang, body, expected):
    assert _joined(body, lang) == expected


@pytest.mark.parametrize("lang, sentence, expected", [
    ("en", "Dublin has been an ICORN city since 2011.", {("icorn", "2011")}),
    ("fr", "Strasbourg est ville ICORN depuis 2024.", {("icorn", "2024")}),
    ("es", "Barcelona es ciudad ICORN desde 2016.", {("icorn", "2016")}),
    # the network's city as a place, not the city's membership
    ("en", "Since 2015 Leeds has hosted the Eurocities city lab.", set()),
])
def test_a_city_named_after_its_network_since_a_year(lang, sentence, expected):
    assert _joined(f"<p>{sentence}</p>", lang) == expected


@pytest.mark.parametrize("lang, sentence, expected", [
    ("en", "Paris has been a member of UCLG since the organisation was founded in 2004.", {("uclg", "2004")}),
    ("fr", "Lyon est membre de l'AIMF depuis que l'association a été fondée, en 1979.", {("aimf", "1979")}),
    ("es", "Madrid es miembro de la UCCI desde que la red fue fundada en 1982.", {("ucci", "1982")}),
    ("it", "Torino è membro di Eurocities da quando la rete è stata fondata nel 1986.", {("eurocities", "1986")}),
    # a membership since a founding that the sentence does not date
    ("en", "Leeds has been a member of Eurocities since the network was founded.", set()),
])
def test_a_member_since_the_network_was_founded_in_a_year(lang, sentence, expected):
    assert _joined(f"<p>{sentence}</p>", lang) == expected


@pytest.mark.parametrize("lang, header, expected", [
    ("es", "Desde", {("eurocities", "2002")}),
    ("de", "Seit", {("eurocities", "2002")}),
    ("it", "Dal", {("eurocities", "2002")}),
    ("es", "Incorporación", {("eurocities", "2002")}),
])
def test_a_tables_column_of_a_year_since(lang, header, expected):
    table = f"<table><tr><th>Red</th><th>{header}</th></tr><tr><td>Eurocities</td><td>2002</td></tr></table>"
    assert _joined(table, lang) == expected


@pytest.mark.parametrize("lang, items, expected", [
    ("fr", ["<strong>Eurocities</strong> depuis 1991", "<strong>ICLEI</strong> depuis 2005"],
     {("eurocities", "1991"), ("iclei", "2005")}),
    ("en", ["Eurocities – since 1989", "Energy Cities (member since 2003)"],
     {("eurocities", "1989"), ("energy-cities", "2003")}),
    ("de", ["Eurocities seit 1991", "Klima-Bündnis, Mitglied seit 1992"],
     {("eurocities", "1991"), ("climate-alliance", "1992")}),
    # after a comma without a member word, the year of what the list is of: partners, twinnings
    ("fr", ["Eurocities, depuis 1991"], set()),
    # a sentence that goes on after the year says something else
    ("en", ["Eurocities since 1989 has doubled its membership"], set()),
])
def test_a_lists_row_of_a_network_and_the_year_since(lang, items, expected):
    assert _joined(f"<ul>{''.join(f'<li>{item}</li>' for item in items)}</ul>", lang) == expected


def _presidents(body: str, lang: str, **page) -> set[tuple[str, str]]:
    return values_of("president", body, lang, **page)


@pytest.mark.parametrize("lang, body, expected", [
    ("fr", "<h2>AIMF</h2><p>Son secrétariat est établi à Paris et sa présidence est assurée par la maire de Paris, "
           "Anne Hidalgo.</p>", {("aimf", "Anne Hidalgo")}),
    ("en", "<h2>Mayors for Peace</h2><p>Its presidency is currently held by the Mayor of Hiroshima.</p>",
     {("mayors-for-peace", "the Mayor of Hiroshima")}),
    ("es", "<h2>UCCI</h2><p>Su presidencia está ocupada por José Luis Martínez-Almeida.</p>",
     {("ucci", "José Luis Martínez-Almeida")}),
    ("it", "<h2>Eurocities</h2><p>La sua presidenza è affidata a Dario Nardella.</p>",
     {("eurocities", "Dario Nardella")}),
    # a presidency held in the past
    ("fr", "<h2>AIMF</h2><p>Sa présidence a été assurée par Jean Tiberi de 1995 à 2001.</p>", set()),
])
def test_its_presidency_is_held_by(lang, body, expected):
    assert _presidents(body, lang) == expected


@pytest.mark.parametrize("lang, body, expected", [
    ("en", "<h2>AIMF</h2><p>The Mayor of Paris has presided over it since its creation, and it is chaired today by "
           "Anne Hidalgo.</p>", {("aimf", "Anne Hidalgo")}),
    ("es", "<h2>UCCI</h2><p>La organización está presidida hoy por José Luis Martínez-Almeida.</p>",
     {("ucci", "José Luis Martínez-Almeida")}),
    ("it", "<h2>Eurocities</h2><p>La rete è presieduta oggi da Dario Nardella.</p>",
     {("eurocities", "Dario Nardella")}),
])
def test_presided_today_by(lang, body, expected):
    assert _presidents(body, lang) == expected


@pytest.mark.parametrize("lang, body, expected", [
    ("fr", "<p>Fondée en 1979 à Québec, l'AIMF regroupe 300 villes.</p><p>L'assemblée générale, réunie sous la "
           "présidence d'Anne Hidalgo, maire de Paris et présidente de l'association, a adopté une déclaration.</p>",
     {("aimf", "Anne Hidalgo")}),
    ("en", "<p>Eurocities brings together 200 cities.</p><p>Jane Doe, Mayor of Ghent and president of the network, "
           "opened the forum.</p>", {("eurocities", "Jane Doe")}),
    ("es", "<p>La UCCI agrupa a 29 ciudades.</p><p>María López, presidenta de la red, abrió el encuentro.</p>",
     {("ucci", "María López")}),
    # the president of another association, named after the noun
    ("fr", "<p>L'AIMF regroupe 300 villes.</p><p>Jean Martin, président de l'association des maires de France, "
           "était présent.</p>", set()),
])
def test_a_president_named_by_the_networks_noun_in_apposition(lang, body, expected):
    assert _presidents(body, lang) == expected


@pytest.mark.parametrize("lang, body, expected", [
    ("es", "<h2>UCCI</h2><p>Con sede en Madrid, reúne hoy a 29 ciudades, y el alcalde de Madrid ejerce de forma "
           "permanente una de sus copresidencias.</p>", {("ucci", "el alcalde de Madrid")}),
    ("fr", "<h2>Maires pour la paix</h2><p>Le maire d'Hiroshima occupe traditionnellement sa présidence.</p>",
     {("mayors-for-peace", "Le maire d'Hiroshima")}),
    ("en", "<h2>Mayors for Peace</h2><p>The Mayor of Hiroshima holds its presidency.</p>",
     {("mayors-for-peace", "The Mayor of Hiroshima")}),
    # the presidency of a part of the network; a city, not a person
    ("es", "<h2>Eurocities</h2><p>El alcalde de Sevilla ostenta la presidencia de la comisión de cultura.</p>", set()),
    ("fr", "<h2>Eurocities</h2><p>La Ville exerce la présidence du groupe de travail.</p>", set()),
])
def test_an_office_holds_the_presidency_of_the_network_the_section_is_about(lang, body, expected):
    assert _presidents(body, lang) == expected
