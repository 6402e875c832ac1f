"""Facts stated as a label and its value outside sentences: a table's column, a fact sheet's rows, a card's meta line
parted by "·" or "|", in the five languages; and the labels that are no network's fact (a city's population, an
office, another city's column, a twin city's row)."""

import pytest
from helpers.extracted import triples_of_snippet, values_of

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
