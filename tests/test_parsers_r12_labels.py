"""Facts stated as a label and its value outside sentences: a table's column, a fact sheet's rows, a card's meta line
parted by "·" or "|", in the five languages; and the labels that are no network's fact (a city's population, an
office, another city's column, a twin city's row)."""

import pytest
from helpers.extracted import extracted, triples_of_snippet, values_of

HOST = "https://www.{}.example/international/reseaux"


def _table(header: list[str], rows: list[list[str]]) -> str:
    head = "".join(f'<th scope="col">{cell}</th>' for cell in header)
    body = "".join("<tr>" + f'<th scope="row">{row[0]}</th>' + "".join(f"<td>{cell}</td>" for cell in row[1:])
                   + "</tr>" for row in rows)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


# A table's column of the joinings, headed by the city's name and "since" ("Cádiz, desde"): the year in each row is
# the host's joining of the row's network.
@pytest.mark.parametrize("lang, city, since, network, expected", [
    ("es", "Cádiz", "Cádiz, desde", "CIDEU", "cideu"),
    ("en", "Swansea", "Swansea since", "Eurocities", "eurocities"),
    ("de", "Kiel", "Kiel seit", "Klima-Bündnis", "climate-alliance"),
    ("fr", "Lyon", "Lyon, depuis", "Energy Cities", "energy-cities"),
    ("it", "Siena", "Siena, dal", "Mayors for Peace", "mayors-for-peace"),
])
def test_a_column_headed_by_the_citys_name_and_since_dates_its_joinings(lang, city, since, network, expected):
    body = f"<p>{city} en réseaux.</p>" + _table(["Red", "Sede", since], [[network, "Bruselas", "2011"]])
    assert values_of("joined", body, lang, url=HOST.format(city.lower().replace("á", "a"))) == {(expected, "2011")}


@pytest.mark.parametrize("lang, label", [
    ("en", "Joined"), ("en", "Member since"), ("de", "Mitglied seit"), ("fr", "Adhésion"), ("it", "Socio dal"),
    ("it", "Socia dall'anno"), ("es", "Año de ingreso"),
])
def test_a_joinings_column_under_its_usual_labels(lang, label):
    body = _table(["Network", "Members", label], [["Eurocities", "200", "1998"]])
    assert values_of("joined", body, lang) == {("eurocities", "1998")}


def test_a_dl_row_of_the_citys_name_and_since():
    body = "<p>Derby works with others.</p><h2>Eurocities</h2><dl><dt>Derby since</dt><dd>2004</dd></dl>"
    assert values_of("joined", body, "en", url=HOST.format("derby")) == {("eurocities", "2004")}


def test_another_citys_column_is_not_the_hosts_joining():
    body = "<p>Cádiz y Sevilla en redes.</p>" + _table(["Red", "Sevilla, desde"], [["CIDEU", "2010"]])
    assert values_of("joined", body, "es", url=HOST.format("cadiz")) == set()


@pytest.mark.parametrize("lang, label", [
    ("de", "Präsident seit"), ("de", "Partnerstadt seit"), ("es", "Sede desde"), ("it", "Sindaco dal"),
    ("en", "Lord Mayor since"),
])
def test_an_offices_or_a_twin_towns_since_is_no_joining(lang, label):
    body = "<p>Kiel und seine Netzwerke.</p>" + _table(["Netzwerk", label], [["Eurocities", "2019"]])
    assert values_of("joined", body, lang, url=HOST.format("kiel")) == set()


def test_a_table_of_twin_cities_gives_no_network_joining():
    body = ("<p>Cádiz mantiene hermanamientos.</p>"
            + _table(["Ciudad hermana", "País", "Cádiz, desde"], [["Tánger", "Marruecos", "1985"]]))
    assert triples_of_snippet(body, "es", url=HOST.format("cadiz")) == set()


# A card's meta line under the network's name: fragments parted by "·", "|", "–" or "/" are each a label and its value,
# the first of them the city's joining ("Miembro desde 2004"), without a colon.
@pytest.mark.parametrize("lang, name, line, expected", [
    ("es", "Mercociudades", "Miembro desde 2001 · Secretaría Técnica Permanente: Montevideo",
     {("mercociudades", "joined", "2001"), ("mercociudades", "headquarters", "Montevideo")}),
    ("es", "Organización de las Ciudades del Patrimonio Mundial", "Miembro desde 2004 · Sede: Quebec (Canadá)",
     {("owhc", "joined", "2004"), ("owhc", "headquarters", "Quebec")}),
    ("en", "ICLEI", "Member since 2004 | Secretariat: Bonn",
     {("iclei", "joined", "2004"), ("iclei", "headquarters", "Bonn")}),
    ("de", "Klima-Bündnis", "Mitglied seit 1995 – Geschäftsstelle: Frankfurt am Main",
     {("climate-alliance", "joined", "1995"), ("climate-alliance", "headquarters", "Frankfurt am Main")}),
    ("fr", "Energy Cities", "Membre depuis 2006 / Secrétariat général : Besançon",
     {("energy-cities", "joined", "2006"), ("energy-cities", "headquarters", "Besançon")}),
    ("it", "Eurocities", "Membro dal 1990 · Segreteria: Bruxelles",
     {("eurocities", "joined", "1990"), ("eurocities", "headquarters", "Bruxelles")}),
])
def test_a_cards_meta_line_is_read_fragment_by_fragment(lang, name, line, expected):
    body = f"<p>Nos réseaux.</p><h2>{name}</h2><p class='meta'>{line}</p><p>Un réseau de villes.</p>"
    assert triples_of_snippet(body, lang) == expected


@pytest.mark.parametrize("lang, line", [
    ("es", "Miembro desde 2004 · Oficina regional: Quito"),  # a regional office's seat
    ("en", "Member since 2004 | Population: 250,000"),  # the city's own figures
    ("fr", "Membre depuis 2006 · Habitants : 170 000"),
    ("de", "Mitglied seit 1995 – Einwohner: 250.000"),
    ("it", "Membro dal 1990 / Contatti: Piazza del Campo 1, 53100 Siena"),  # a contact address
])
def test_a_meta_lines_other_labels_give_the_joining_only(lang, line):
    body = f"<p>Nos réseaux.</p><h2>Eurocities</h2><p class='meta'>{line}</p>"
    assert {(attribute, value) for network, attribute, value in triples_of_snippet(body, lang)} == {
        ("joined", line.split()[2])}


# A seat's label whose value is the organisation housing the secretariat, then its city: the seat is the city.
@pytest.mark.parametrize("lang, row, seat", [
    ("en", "Secretariat: UNESCO, Paris", "Paris"),
    ("en", "Secretariat: WHO Regional Office for Europe, Copenhagen", "Copenhagen"),
    ("es", "Sede: ONU-Hábitat, Nairobi (Kenia)", "Nairobi"),
    ("es", "Secretaría: Organización Mundial de la Salud, Ginebra", "Ginebra"),
    ("fr", "Secrétariat général : Conseil de l'Europe, Strasbourg", "Strasbourg"),
    ("de", "Geschäftsstelle: Europarat, Straßburg", "Straßburg"),
    ("it", "Segreteria: Comune di Perugia, Perugia", "Perugia"),
])
def test_a_secretariat_housed_by_an_organisation_is_seated_in_its_city(lang, row, seat):
    body = f"<p>Nos réseaux.</p><h2>Eurocities</h2><ul><li>Founded: 1986</li><li>{row}</li></ul>"
    assert values_of("headquarters", body, lang) == {("eurocities", seat)}


@pytest.mark.parametrize("lang, row, seat", [
    ("fr", "Siège : Paris, France", "Paris"),  # a city, then its country
    ("en", "Headquarters: Brussels, Belgium", "Brussels"),
    ("de", "Sitz: Frankfurt am Main, Deutschland", "Frankfurt am Main"),
])
def test_a_city_then_its_country_is_still_the_city(lang, row, seat):
    body = f"<p>Nos réseaux.</p><h2>Eurocities</h2><ul><li>Founded: 1986</li><li>{row}</li></ul>"
    assert values_of("headquarters", body, lang) == {("eurocities", seat)}


# A city whose name has an article, after a preposition the article contracts with: the place is the name with its
# article ("au Havre" is Le Havre, "all'Aia" L'Aia), for the seat, the founding's place and the host's joining; an
# article written out stays ("à La Haye", "en El Cairo", "in Den Haag").
@pytest.mark.parametrize("lang, body, expected", [
    ("fr", "<h2>AIVP</h2><p>L'association est née au Havre en 1988 et son siège se trouve toujours au Havre.</p>",
     {("aivp", "founded", "1988"), ("aivp", "founded_place", "Le Havre"), ("aivp", "headquarters", "Le Havre")}),
    ("fr", "<h2>Energy Cities</h2><p>Fondé en 1990 au Mans, le réseau a son siège à Besançon.</p>",
     {("energy-cities", "founded", "1990"), ("energy-cities", "founded_place", "Le Mans"),
      ("energy-cities", "headquarters", "Besançon")}),
    ("fr", "<h2>Eurocities</h2><p>Créé en 1986, le réseau a son siège à La Haye.</p>",
     {("eurocities", "founded", "1986"), ("eurocities", "headquarters", "La Haye")}),
    ("it", "<h2>Eurocities</h2><p>La rete, fondata nel 1986, ha sede all'Aia.</p>",
     {("eurocities", "founded", "1986"), ("eurocities", "headquarters", "L'Aia")}),
    ("it", "<h2>Eurocities</h2><p>La rete è nata al Cairo nel 1986.</p>",
     {("eurocities", "founded", "1986"), ("eurocities", "founded_place", "Il Cairo")}),
    ("es", "<h2>Eurocities</h2><p>La red fue fundada en El Cairo en 1986.</p>",
     {("eurocities", "founded", "1986"), ("eurocities", "founded_place", "El Cairo")}),
    ("de", "<h2>Eurocities</h2><p>Das Netzwerk wurde 1986 in Den Haag gegründet.</p>",
     {("eurocities", "founded", "1986"), ("eurocities", "founded_place", "Den Haag")}),
    ("en", "<h2>Eurocities</h2><p>The network was founded in The Hague in 1986.</p>",
     {("eurocities", "founded", "1986"), ("eurocities", "founded_place", "The Hague")}),
])
def test_a_citys_article_contracted_with_its_preposition_is_part_of_its_name(lang, body, expected):
    assert triples_of_snippet(body, lang) == expected


@pytest.mark.parametrize("body", [
    "<h2>AIMF</h2><p>Fondée en 1979 au Québec, l'association a son siège à Paris.</p>",  # a province, no city
    "<h2>AIMF</h2><p>L'association, créée en 1979, a son siège au Cap-Vert.</p>",  # a country
])
def test_a_country_or_a_province_after_au_is_no_city(body):
    triples = triples_of_snippet(body, "fr")
    assert ("aimf", "founded_place", "Le Québec") not in triples and not {
        value for network, attribute, value in triples if attribute == "headquarters"} - {"Paris"}


def test_the_host_named_with_a_contracted_article_joined():
    body = "<h2>AIVP</h2><p>La Ville du Havre a adhéré à l'AIVP en 1988.</p>"
    assert values_of("joined", body, "fr", url="https://www.lehavre.fr/international") == {("aivp", "1988")}


_WEBSITE = "<p>More about the network on its own website: <a href='https://www.ubc.example'>www.ubc.example</a></p>"


# A fact box apart from the text (an aside), titled with the acronym the page gave a network after its name: its rows
# are that network's.
@pytest.mark.parametrize("lang, text, box, expected", [
    ("de", "1991 wird die Union der Ostseestädte (Union of the Baltic Cities, UBC) in Danzig gegründet.",
     "<h2>Auf einen Blick: UBC</h2><dl><dt>Sekretariat</dt><dd>Danzig</dd><dt>Mitglieder</dt><dd>rund 70 Städte</dd>"
     "</dl>",
     {("union-of-baltic-cities", "headquarters", "Danzig"), ("union-of-baltic-cities", "member_cities", "70")}),
    ("en", "Leeds joined the Union of the Baltic Cities (UBC) as a partner in 2020.",
     "<h3>UBC at a glance</h3><ul><li>Secretariat: Gdańsk</li><li>Countries: 10</li></ul>",
     {("union-of-baltic-cities", "headquarters", "Gdańsk"), ("union-of-baltic-cities", "member_countries", "10")}),
    ("fr", "La ville participe à l'Union des villes de la Baltique (UBC) depuis 2020.",
     "<h3>L'UBC en bref</h3><dl><dt>Siège</dt><dd>Gdańsk</dd><dt>Villes membres</dt><dd>70</dd></dl>",
     {("union-of-baltic-cities", "headquarters", "Gdańsk"), ("union-of-baltic-cities", "member_cities", "70")}),
    ("es", "La ciudad participa en la Unión de Ciudades del Báltico (UBC).",
     "<h3>UBC en cifras</h3><ul><li>Sede: Gdansk</li><li>Ciudades: 70</li></ul>",
     {("union-of-baltic-cities", "headquarters", "Gdansk"), ("union-of-baltic-cities", "member_cities", "70")}),
    ("it", "Il Comune partecipa all'Unione delle Città del Baltico (UBC).",
     "<h3>UBC in cifre</h3><ul><li>Sede: Danzica</li><li>Città membri: 70</li></ul>",
     {("union-of-baltic-cities", "headquarters", "Danzica"), ("union-of-baltic-cities", "member_cities", "70")}),
])
def test_a_fact_box_titled_with_an_acronym_the_page_gave_is_that_networks(lang, text, box, expected):
    triples = triples_of_snippet(f"<p>{text}</p>", lang, beside=f"<aside>{box}{_WEBSITE}</aside>")
    assert expected <= triples


def test_an_acronym_the_page_never_gave_heads_nothing():
    box = "<h2>Auf einen Blick: UBC</h2><dl><dt>Sitz</dt><dd>Vancouver</dd><dt>Mitglieder</dt><dd>rund 70</dd></dl>"
    assert triples_of_snippet("<p>Kiel in Netzwerken.</p>", "de", beside=f"<aside>{box}{_WEBSITE}</aside>") == set()


def test_the_citys_own_box_beside_gives_no_network_figures():
    box = "<h2>Kiel in Zahlen</h2><p>rund 250.000 Einwohnerinnen und Einwohner, 14 Partnerstädte</p>"
    text = "<p>Kiel ist Mitglied der Union der Ostseestädte (UBC).</p>"
    assert triples_of_snippet(text, "de", beside=f"<aside>{box}</aside>") == set()


# A row's label naming the city with its verb of taking part, or the title its membership gives it, then the date:
# "Lucca aderisce dal: 1991", "Adelaide designated: December 2015", "Adhésion de Cotonou mars 2017" (no colon).
@pytest.mark.parametrize("lang, host, row, expected", [
    ("it", "lucca", "Lucca aderisce dal: 1991", "1991"),
    ("fr", "lyon", "Lyon adhère depuis : 2001", "2001"),
    ("es", "gijon", "Gijón participa desde: 2004", "2004"),
    ("en", "adelaide", "Adelaide designated: December 2015", "2015-12"),
    ("de", "kiel", "Kiel ist dabei seit: 1995", "1995"),
    ("fr", "cotonou", "Adhésion de Cotonou mars 2017", "2017-03"),
    ("it", "lucca", "Adesione di Lucca 1991", "1991"),
    ("es", "gijon", "Adhesión de Gijón 2004", "2004"),
    ("de", "kiel", "Beitritt von Kiel 1995", "1995"),
])
def test_a_row_labelled_with_the_citys_taking_part_dates_its_joining(lang, host, row, expected):
    body = f"<p>International.</p><h2>Eurocities</h2><ul><li>{row}</li></ul>"  # the row writes the city's name
    assert values_of("joined", body, lang, url=HOST.format(host)) == {("eurocities", expected)}


@pytest.mark.parametrize("lang, row", [
    ("it", "Pisa aderisce dal: 1991"),  # another city's
    ("fr", "Adhésion de Strasbourg mars 2017"),
    ("en", "Glasgow designated: December 2008"),
])
def test_a_row_labelled_with_another_citys_taking_part_is_not_the_hosts(lang, row):
    body = f"<p>Lucca, Lyon e Adelaide.</p><h2>Eurocities</h2><ul><li>{row}</li></ul>"
    assert values_of("joined", body, lang, url=HOST.format("lucca")) == set()


# A founding row without a colon whose place follows the date after a comma: "Création 1979, à Québec".
@pytest.mark.parametrize("lang, row, year, place", [
    ("fr", "Création 1979, à Québec", "1979", "Québec"),
    ("en", "Founded 1986, in Rotterdam", "1986", "Rotterdam"),
    ("de", "Gegründet 1990, in Frankfurt", "1990", "Frankfurt"),
    ("es", "Fundación 1995, en Asunción", "1995", "Asunción"),
    ("it", "Fondazione 1987, a Siena", "1987", "Siena"),
])
def test_a_founding_row_with_its_place_after_a_comma(lang, row, year, place):
    body = f"<p>Nos réseaux.</p><h2>Eurocities</h2><ul><li>{row}</li><li>Membres : 200 villes</li></ul>"
    assert {("eurocities", "founded", year), ("eurocities", "founded_place", place)} <= triples_of_snippet(body, lang)


def test_a_founding_row_then_a_clause_is_a_sentence_not_a_row():
    body = "<h2>AIMF</h2><p>Fondée en 1979, l'association a son siège à Paris.</p>"
    assert ("aimf", "founded_place", "Paris") not in triples_of_snippet(body, "fr")


# The page's own date under the label of its last review, at its foot: the date the page states for itself.
@pytest.mark.parametrize("lang, line, expected", [
    ("es", "Última revisión: 15 de septiembre de 2025", "2025-09-15"),
    ("fr", "Dernière révision : 3 février 2025", "2025-02-03"),
    ("de", "Zuletzt überprüft: 12.05.2025", "2025-05-12"),
    ("it", "Ultima revisione: 26/02/2025", "2025-02-26"),
    ("en", "Page reviewed: 7 January 2025", "2025-01-07"),
])
def test_the_date_of_a_pages_last_review_is_its_date(lang, line, expected):
    body = f"<h2>Eurocities</h2><p>Un réseau de villes européennes.</p><p class='revision'>{line}</p>"
    assert extracted(body, lang).page["page_date"] == expected


# More labels of a fact sheet's rows: a founding's participle with its preposition of time, the seat of the network's
# office, a label and its value parted by a dash.
@pytest.mark.parametrize("lang, row, expected", [
    ("es", "Fundada en: 1986", ("founded", "1986")),
    ("it", "Fondata nel: 1986", ("founded", "1986")),
    ("en", "Established in: 1986", ("founded", "1986")),
    ("de", "Sitz der Geschäftsstelle: Brüssel", ("headquarters", "Brüssel")),
    ("fr", "Siège du secrétariat : Bruxelles", ("headquarters", "Bruxelles")),
    ("it", "Sede della segreteria: Bruxelles", ("headquarters", "Bruxelles")),
    ("en", "Secretariat based in: Brussels", ("headquarters", "Brussels")),
    ("es", "Secretaría General: Bruselas", ("headquarters", "Bruselas")),
    ("fr", "Création — 1986", ("founded", "1986")),
    ("en", "Founded — 1986", ("founded", "1986")),
    ("it", "Il Comune vi aderisce dal: 1991", ("joined", "1991")),
])
def test_more_labels_of_a_fact_sheets_rows(lang, row, expected):
    body = f"<p>International.</p><h2>Eurocities</h2><ul><li>Le réseau des grandes villes</li><li>{row}</li></ul>"
    assert {(attribute, value) for network, attribute, value in triples_of_snippet(body, lang)} == {expected}


@pytest.mark.parametrize("lang, row", [
    ("es", "Secretario General: Emilio Sáez"),  # the office holder, not the secretariat
    ("en", "Founded in Sheffield in 2005, the movement has groups in many towns."),  # a sentence, not a row
    ("en", "Location: Brussels"),  # an event's place as much as a seat
])
def test_labels_that_are_no_seat(lang, row):
    body = f"<p>International.</p><h2>Eurocities</h2><ul><li>Le réseau des grandes villes</li><li>{row}</li></ul>"
    assert not {value for network, attribute, value in triples_of_snippet(body, lang) if attribute == "headquarters"}


# A meta line's fragment of the city's joining without a colon: a joining's noun or verb and its year, or a year since
# alone; the seat and the founding beside it are read too.
@pytest.mark.parametrize("lang, line, expected", [
    ("en", "Joined 2008 | HQ: Brussels", {("joined", "2008"), ("headquarters", "Brussels")}),
    ("en", "Since 2008 · Secretariat: Brussels", {("joined", "2008"), ("headquarters", "Brussels")}),
    ("fr", "Adhésion en 2008 · Siège : Bruxelles", {("joined", "2008"), ("headquarters", "Bruxelles")}),
    ("fr", "Depuis 2008 · Siège : Bruxelles", {("joined", "2008"), ("headquarters", "Bruxelles")}),
    ("de", "Beitritt 2008 | Sitz: Brüssel", {("joined", "2008"), ("headquarters", "Brüssel")}),
    ("de", "Dabei seit 2008 · Geschäftsstelle: Brüssel", {("joined", "2008"), ("headquarters", "Brüssel")}),
    ("es", "Incorporación 2008 · Sede: Bruselas", {("joined", "2008"), ("headquarters", "Bruselas")}),
    ("es", "Miembro desde 2008 – Fundada en 1986 – Sede: Bruselas",
     {("joined", "2008"), ("founded", "1986"), ("headquarters", "Bruselas")}),
    ("it", "Dal 2008 · Sede: Bruxelles", {("joined", "2008"), ("headquarters", "Bruxelles")}),
    ("it", "Membro dal 2008 – Fondata nel 1986 – Sede: Bruxelles",
     {("joined", "2008"), ("founded", "1986"), ("headquarters", "Bruxelles")}),
])
def test_a_meta_lines_joining_fragment_without_a_colon(lang, line, expected):
    body = f"<p>International.</p><h2>Eurocities</h2><p class='meta'>{line}</p><p>Le réseau des grandes villes.</p>"
    assert {(attribute, value) for network, attribute, value in triples_of_snippet(body, lang)} == expected


@pytest.mark.parametrize("lang, line", [
    ("fr", "Publié le 3 mars 2024 · Mis à jour le 5 mars 2024"),  # a news item's own dates
    ("en", "Since 2008 · 3 min read"),  # no second row
    ("de", "Seit 2008 · Partnerstadt: Kiel"),  # a twin town's row
])
def test_a_meta_line_without_a_joinings_rows_gives_no_joining(lang, line):
    body = f"<p>International.</p><h2>Eurocities</h2><p class='meta'>{line}</p>"
    assert values_of("joined", body, lang) == set()


# A seat's label whose value is the city's administration (its council, its town hall): the seat is the city.
@pytest.mark.parametrize("lang, row, seat", [
    ("en", "Secretariat: c/o City of Stavanger", "Stavanger"),
    ("en", "Secretariat: Bristol City Council", "Bristol"),
    ("fr", "Siège : Hôtel de Ville de Lyon", "Lyon"),
    ("fr", "Secrétariat : Ville de Besançon", "Besançon"),
    ("es", "Sede: Ayuntamiento de Barcelona", "Barcelona"),
    ("es", "Secretaría Técnica Permanente: Intendencia de Montevideo", "Montevideo"),
    ("de", "Sitz: Stadt Frankfurt am Main", "Frankfurt am Main"),
    ("de", "Geschäftsstelle: Rathaus Stuttgart", "Stuttgart"),
    ("it", "Sede: Comune di Perugia", "Perugia"),
])
def test_a_seat_at_the_citys_administration_is_the_city(lang, row, seat):
    body = f"<p>International.</p><h2>Eurocities</h2><ul><li>Founded: 1986</li><li>{row}</li></ul>"
    assert values_of("headquarters", body, lang) == {("eurocities", seat)}


@pytest.mark.parametrize("lang, row, seat", [
    ("es", "Sede: Ciudad de México", "Ciudad de México"),  # names of cities holding a town's noun
    ("it", "Sede: Città di Castello", "Città di Castello"),
])
def test_a_citys_name_holding_a_towns_noun_stays_whole(lang, row, seat):
    body = f"<p>International.</p><h2>Eurocities</h2><ul><li>Founded: 1986</li><li>{row}</li></ul>"
    assert values_of("headquarters", body, lang) == {("eurocities", seat)}


# A short row whose value comes before its label, a key figure's caption under its value: read as "label: value".
@pytest.mark.parametrize("lang, row, expected", [
    ("en", "<b>1986</b> Year founded", ("founded", "1986")),
    ("en", "Brussels (headquarters)", ("headquarters", "Brussels")),
    ("fr", "1986 — année de création", ("founded", "1986")),
    ("fr", "Bruxelles (siège)", ("headquarters", "Bruxelles")),
    ("de", "<strong>1986</strong> Gründungsjahr", ("founded", "1986")),
    ("de", "Brüssel – Sitz", ("headquarters", "Brüssel")),
    ("es", "1986 — año de fundación", ("founded", "1986")),
    ("es", "Bruselas (sede)", ("headquarters", "Bruselas")),
    ("it", "1986 – anno di fondazione", ("founded", "1986")),
    ("it", "Bruxelles (sede)", ("headquarters", "Bruxelles")),
])
def test_a_value_then_its_label(lang, row, expected):
    body = f"<p>International.</p><h2>Eurocities</h2><ul><li>Le réseau des grandes villes</li><li>{row}</li></ul>"
    assert {(attribute, value) for network, attribute, value in triples_of_snippet(body, lang)} == {expected}


@pytest.mark.parametrize("lang, row", [
    ("en", "UNESCO Headquarters"),  # a building's name
    ("en", "Eurocities – Secretariat"),  # a network's name, then its office
    ("fr", "2024 — Publié"),  # no fact's label
])
def test_a_name_then_a_label_is_no_seat(lang, row):
    body = f"<p>International.</p><h2>Eurocities</h2><ul><li>Le réseau des grandes villes</li><li>{row}</li></ul>"
    assert triples_of_snippet(body, lang) == set()


# A fact sheet written as a table of plain cells, a label and its value on each row, no header cell.
@pytest.mark.parametrize("lang, rows, expected", [
    ("es", [("Sede", "Bruselas"), ("Presidente", "Dario Nardella")],
     {("headquarters", "Bruselas"), ("president", "Dario Nardella")}),
    ("en", [("Headquarters:", "Brussels"), ("Members", "more than 200 cities")],
     {("headquarters", "Brussels"), ("member_cities", "200")}),
    ("fr", [("Siège", "Bruxelles"), ("Président", "Dario Nardella")],
     {("headquarters", "Bruxelles"), ("president", "Dario Nardella")}),
    ("de", [("Sitz", "Brüssel"), ("Gegründet", "1986 in Rotterdam")],
     {("headquarters", "Brüssel"), ("founded", "1986"), ("founded_place", "Rotterdam")}),
    ("it", [("Sede legale", "Bruxelles"), ("Presidente", "Dario Nardella")],
     {("headquarters", "Bruxelles"), ("president", "Dario Nardella")}),
])
def test_a_table_of_plain_label_and_value_cells(lang, rows, expected):
    table = "".join(f"<tr><td>{label}</td><td>{value}</td></tr>" for label, value in rows)
    body = f"<p>International.</p><h2>Eurocities</h2><table>{table}</table>"
    assert {(attribute, value) for network, attribute, value in triples_of_snippet(body, lang)} == expected


def test_a_table_of_twin_cities_and_their_countries_gives_no_fact():
    table = "".join(f"<tr><td>{city}</td><td>{country}</td></tr>"
                    for city, country in [("Tánger", "Marruecos"), ("Brest", "Francia"), ("Sede", "Cádiz")])
    assert triples_of_snippet(f"<h2>Ciudades hermanas</h2><table>{table}</table>", "es") == set()


# The labels of a network's own seat: its noun with the adjectives of the seat (world, registered, statutory,
# executive, international) or with the network as its noun ("Sede de la red"); not a regional or national office's.
@pytest.mark.parametrize("lang, row, seat", [
    ("en", "World secretariat: Bonn", "Bonn"),
    ("en", "Registered office: Brussels", "Brussels"),
    ("en", "Secretariat location: Brussels", "Brussels"),
    ("fr", "Siège statutaire : Bruxelles", "Bruxelles"),
    ("fr", "Secrétariat exécutif : Dakar", "Dakar"),
    ("de", "Vereinssitz: Brüssel", "Brüssel"),
    ("de", "Sitz des Vereins: Brüssel", "Brüssel"),
    ("de", "Weltsekretariat: Bonn", "Bonn"),
    ("es", "Sede de la red: Bruselas", "Bruselas"),
    ("es", "Oficina central: Bruselas", "Bruselas"),
    ("it", "Sede dell'associazione: Bruxelles", "Bruxelles"),
    ("it", "Sede internazionale: Bruxelles", "Bruxelles"),
])
def test_the_labels_of_a_networks_own_seat(lang, row, seat):
    body = f"<p>International.</p><h2>Eurocities</h2><ul><li>Founded: 1986</li><li>{row}</li></ul>"
    assert values_of("headquarters", body, lang) == {("eurocities", seat)}


@pytest.mark.parametrize("lang, row", [
    ("it", "Sede regionale: Cordova"), ("en", "Regional secretariat: Quito"), ("fr", "Bureau régional : Dakar"),
    ("it", "Sede nazionale: Roma"), ("de", "Regionalbüro: Wien"), ("es", "Oficina regional: Quito"),
])
def test_a_regional_or_national_offices_label_is_no_seat(lang, row):
    body = f"<p>International.</p><h2>Eurocities</h2><ul><li>Founded: 1986</li><li>{row}</li></ul>"
    assert values_of("headquarters", body, lang) == set()


# The labels of a founding and of its place, and a label naming its network by the network's noun ("Création du
# réseau", "Gründung des Netzwerks"); a label of another body's is not the network's ("Création de la Ville").
@pytest.mark.parametrize("lang, row, expected", [
    ("en", "Year established: 1986", ("founded", "1986")),
    ("en", "Founding of the network: 1986", ("founded", "1986")),
    ("en", "Place of foundation: Rotterdam", ("founded_place", "Rotterdam")),
    ("fr", "Création du réseau : 1986", ("founded", "1986")),
    ("de", "Gründungsdatum: 1986", ("founded", "1986")),
    ("de", "Gründung des Netzwerks: 1986", ("founded", "1986")),
    ("de", "Ort der Gründung: Rotterdam", ("founded_place", "Rotterdam")),
    ("es", "Constituida en: 1986", ("founded", "1986")),
    ("es", "Creación de la red: 1986", ("founded", "1986")),
    ("es", "Lugar de constitución: Rotterdam", ("founded_place", "Rotterdam")),
    ("it", "Costituita nel: 1986", ("founded", "1986")),
    ("it", "Fondazione della rete: 1986", ("founded", "1986")),
])
def test_the_labels_of_a_founding(lang, row, expected):
    body = f"<p>International.</p><h2>Eurocities</h2><ul><li>Le réseau des grandes villes</li><li>{row}</li></ul>"
    assert {(attribute, value) for network, attribute, value in triples_of_snippet(body, lang)} == {expected}


@pytest.mark.parametrize("lang, row", [
    ("fr", "Création de la Ville : 1190"), ("de", "Gründung der Stadt: 1190"),
    ("fr", "Siège de l'UNESCO : Paris"), ("es", "Sede de la Alcaldía: Plaza Mayor"),
])
def test_a_label_of_another_body_or_no_place(lang, row):
    body = f"<p>International.</p><h2>Eurocities</h2><ul><li>Le réseau des grandes villes</li><li>{row}</li></ul>"
    assert not {(attribute, value) for network, attribute, value in triples_of_snippet(body, lang)
                if attribute in ("headquarters", "founded_place") or value == "1190"}


# The labels of the city's joining, and a label naming the joining of the network by the network's noun.
@pytest.mark.parametrize("lang, row", [
    ("en", "Member from: 2004"), ("en", "Date of membership: 2004"), ("en", "Joining the network: 2004"),
    ("fr", "Entrée dans le réseau : 2004"), ("fr", "Adhésion à l'association : 2004"),
    ("de", "Beigetreten: 2004"), ("de", "Beitritt zum Netzwerk: 2004"), ("de", "Mitglied geworden: 2004"),
    ("es", "Adhesión a la red: 2004"), ("es", "Socio desde: 2004"), ("es", "Afiliación: 2004"),
    ("it", "Adesione alla rete: 2004"), ("it", "Ingresso nella rete: 2004"), ("it", "Aderisce dal: 2004"),
])
def test_the_labels_of_the_citys_joining(lang, row):
    body = f"<p>International.</p><h2>Eurocities</h2><ul><li>Le réseau des grandes villes</li><li>{row}</li></ul>"
    assert values_of("joined", body, lang) == {("eurocities", "2004")}


# The same rows in an accordion's panels and in cards: each panel's or card's rows are its network's.
def test_meta_lines_in_an_accordions_panels():
    body = ("<p>Redes.</p><details><summary>Mercociudades</summary><p>Miembro desde 2001 · Secretaría Técnica "
            "Permanente: Montevideo</p><p>Red de ciudades del Mercosur.</p></details><details><summary>CIDEU</summary>"
            "<p>Miembro desde 2010 · Sede: Barcelona</p></details>")
    assert triples_of_snippet(body, "es") == {
        ("mercociudades", "joined", "2001"), ("mercociudades", "headquarters", "Montevideo"),
        ("cideu", "joined", "2010"), ("cideu", "headquarters", "Barcelona")}


def test_rows_in_cards():
    card = ("<article class='card'><h3>{name}</h3><p class='meta'>Mitglied seit {year} | Sitz: Stadt {seat}</p>"
            "<p>Ein Netzwerk von Städten.</p></article>")
    body = "<p>Netzwerke.</p>" + card.format(name="Eurocities", year=1998, seat="Brüssel") + card.format(
        name="Energy Cities", year=2004, seat="Besançon")
    assert triples_of_snippet(body, "de") == {
        ("eurocities", "joined", "1998"), ("eurocities", "headquarters", "Brüssel"),
        ("energy-cities", "joined", "2004"), ("energy-cities", "headquarters", "Besançon")}


# A meta line opening with the city's name and "since", without a colon: the host's joining; another city's is not.
@pytest.mark.parametrize("lang, host, line, expected", [
    ("es", "cadiz", "Cádiz desde 2011 · Sede: Barcelona", {("joined", "2011"), ("headquarters", "Barcelona")}),
    ("fr", "lyon", "Lyon depuis 2011 · Siège : Bruxelles", {("joined", "2011"), ("headquarters", "Bruxelles")}),
    ("de", "kiel", "Kiel seit 2011 | Sitz: Brüssel", {("joined", "2011"), ("headquarters", "Brüssel")}),
    ("it", "lucca", "Lucca dal 2011 · Sede: Bruxelles", {("joined", "2011"), ("headquarters", "Bruxelles")}),
    ("en", "leeds", "Leeds since 2011 | HQ: Brussels", {("joined", "2011"), ("headquarters", "Brussels")}),
    ("es", "cadiz", "Sevilla desde 2011 · Sede: Barcelona", {("headquarters", "Barcelona")}),  # another city's
])
def test_a_meta_line_opening_with_the_citys_name_and_since(lang, host, line, expected):
    body = f"<p>Redes de Cádiz y de Sevilla.</p><h2>Eurocities</h2><p class='meta'>{line}</p>"
    assert {(attribute, value) for network, attribute, value in triples_of_snippet(
        body, lang, url=HOST.format(host))} == expected


@pytest.mark.parametrize("lang, line", [
    ("fr", "Signataire depuis 2009"), ("en", "Signatory since 2009"), ("de", "Unterzeichner seit 2009"),
    ("es", "Firmante desde 2009"), ("it", "Firmatario dal 2009"),
])
def test_a_signatory_since_is_the_hosts_signing_not_a_citys_name(lang, line):
    body = f"<p>Redes.</p><h2>Covenant of Mayors</h2><p>{line}</p><p>Le plan climat de la Ville.</p>"
    assert values_of("joined", body, lang) == {("covenant-of-mayors", "2009")}


def test_a_sentence_opening_with_the_citys_name_and_since_is_no_row():
    body = ("<h2>Mayors for Peace</h2><p>La rete conta oltre 8.000 città. Ferrara vi aderisce dal 2007 e partecipa "
            "ogni anno alle iniziative del 6 e 9 agosto.</p>")
    assert values_of("joined", body, "it", url="https://www.comune.fe.it/reti") == {("mayors-for-peace", "2007")}


# A label's note in brackets or its footnote's mark is part of the label, not a place.
@pytest.mark.parametrize("lang, row, seat", [
    ("es", "Sede (Secretaría General): Barcelona", "Barcelona"),
    ("fr", "Siège (secrétariat) : Bruxelles", "Bruxelles"),
    ("de", "Sitz (Geschäftsstelle): Bonn", "Bonn"),
    ("it", "Sede (segreteria)*: Bruxelles", "Bruxelles"),
    ("en", "Headquarters¹: Brussels", "Brussels"),
])
def test_a_labels_note_or_footnote_mark(lang, row, seat):
    body = f"<p>International.</p><h2>Eurocities</h2><ul><li>Founded: 1986</li><li>{row}</li></ul>"
    assert values_of("headquarters", body, lang) == {("eurocities", seat)}
