"""Networks whose names the vocabulary does not know and whose form the name readers did not expect: an ampersand, a
slash or a closing "+" inside the name."""

import pytest
from helpers.extracted import triples_of_snippet

from scraper.parsers.networks import find_networks, network_named_by_heading


def _section(heading: str, text: str) -> str:
    return f"<section><h2>{heading}</h2><p>{text}</p></section>"


def _card(title: str, text: str, rows: list[str]) -> str:
    items = "".join(f"<li>{row}</li>" for row in rows)
    return (f"<div class='card'><h3 class='card__title'>{title}</h3><p>{text}</p>"
            f"<ul class='card__infos'>{items}</ul></div>")


def _accordion(summary: str, text: str) -> str:
    return f"<details><summary>{summary}</summary><p>{text}</p></details>"


def _row(name: str, text: str) -> str:
    return f"<table><tr><th>Rete</th><th>Dati</th></tr><tr><td>{name}</td><td>{text}</td></tr></table>"


# An ampersand joining a name's words, a slash joining its two languages' words, a "+" closing it.
@pytest.mark.parametrize("lang, body, expected", [
    ("de", _section("Euroregion Elbe/Labe", "Die 1992 gegründete Euroregion Elbe/Labe verbindet die Stadt und ihr "
                                            "Umland mit den Nachbarn in Nordböhmen."),
     ("euroregion-elbe-labe", "founded", "1992")),
    ("de", _section("Euroregion Neisse/Nisa/Nysa", "Die 1991 gegründete Euroregion Neisse/Nisa/Nysa verbindet "
                                                   "Kommunen aus drei Ländern."),
     ("euroregion-neisse-nisa-nysa", "founded", "1991")),
    ("de", _section("EuRegio SaarLorLux+", "Die EuRegio SaarLorLux+ vertritt die Interessen der Kommunen im "
                                           "Grenzraum. Der Verein wurde 1995 gegründet; die Stadt ist seit 1997 "
                                           "Mitglied."),
     ("euregio-saarlorlux", "joined", "1997")),
    ("en", _section("Arts &amp; Heritage Cities", "Arts & Heritage Cities brings together 40 historic towns. The city "
                                              "joined in 2011."),
     ("arts-heritage-cities", "joined", "2011")),
    ("fr", _card("Sites &amp; Cités remarquables de France", "Ce réseau national réunit les villes porteuses d'un site "
                                                         "patrimonial remarquable.",
                 ["Membre depuis 2007", "Siège : Bordeaux"]),
     ("sites-cites-remarquables-de-france", "headquarters", "Bordeaux")),
    ("it", _row("Borghi &amp; Città d'Arte", "L'associazione riunisce 120 comuni; il Comune è socio dal 2012 e la "
                                              "sede è a Siena."),
     ("borghi-citta-d-arte", "joined", "2012")),
    ("es", _accordion("Ciudades &amp; Patrimonio", "La red, con sede en Toledo, reúne a 30 ciudades; Cuenca es miembro "
                                                "desde 2001."),
     ("ciudades-patrimonio", "headquarters", "Toledo")),
])
def test_a_name_with_an_ampersand_a_slash_or_a_plus_over_its_facts(lang, body, expected):
    assert expected in triples_of_snippet(body, lang)


@pytest.mark.parametrize("heading, text", [
    # two cities, not one name
    ("Rome & Paris", "Rome and Paris have been twinned since 1956; the pact links the two capitals."),
    # a date range
    ("Programme 2021/2027", "The programme links 40 cities and was founded in 2020."),
    # a river in two languages
    ("Elbe/Labe", "Der Fluss entspringt im Riesengebirge und fließt durch Dresden."),
])
def test_a_name_with_a_symbol_that_is_no_networks(heading, text):
    named = network_named_by_heading(heading, text)
    assert named is None or named.network_id != "rome-paris" and "2021" not in named.network_id and (
        named.network_id != "elbe-labe")


# A "Euro-" compound before its region's name names a cross-border body, in a sentence as in a title.
@pytest.mark.parametrize("lang, body, expected", [
    ("fr", "<p>L'Eurocité basque, créée en 1993, relie Bayonne à Saint-Sébastien.</p>",
     ("eurocite-basque", "founded", "1993")),
    ("fr", "<p>Perpignan est membre de l'Eurorégion Pyrénées-Méditerranée depuis 2004.</p>",
     ("euroregion-pyrenees-mediterranee", "joined", "2004")),
    ("es", "<p>La Eurociudad Chaves-Verín, constituida en 2007, tiene su sede en Verín.</p>",
     ("eurociudad-chaves-verin", "founded", "2007")),
    ("it", "<ul class='timeline'><li><strong>2011</strong> Il Comune aderisce all'Euroregione "
           "Tirolo-Alto Adige-Trentino."
           "</li></ul>",
     ("euroregione-tirolo-alto-adige-trentino", "joined", "2011")),
    ("de", "<p>Die 1992 gegründete Euroregion Elbe/Labe verbindet die Stadt mit Nordböhmen.</p>",
     ("euroregion-elbe-labe", "founded", "1992")),
    ("de", "<p class='meta'>Euregio Maas-Rhein · gegründet 1976 · Sitz: Eupen</p>",
     ("euregio-maas-rhein", "headquarters", "Eupen")),
    ("en", "<p>The city has been a member of the Eurodistrict Strasbourg-Ortenau since 2005.</p>",
     ("eurodistrict-strasbourg-ortenau", "joined", "2005")),
])
def test_a_euro_compound_before_a_regions_name_names_a_network(lang, body, expected):
    assert expected in triples_of_snippet(body, lang)


@pytest.mark.parametrize("text", [
    "Über die Euroregion werden grenzüberschreitende Kleinprojekte gefördert.",  # the noun alone
    "Es ist wichtig, dass die Euroregion Projekte fördert.",  # a German common noun after it
    "Der EuroCity Hamburg-Prag fährt zweimal täglich.",  # a train
    "L'Eurocité relie Bayonne à Saint-Sébastien.",  # a verb after it
    "Eurocities counts 200 cities.",  # the known network, not a compound before a name
])
def test_a_euro_compound_with_no_regions_name_after_it_names_none(text):
    assert not [mention for mention in find_networks(text) if mention.network_id != "eurocities"]


# A place and the noun of the members it gathers, as a heading over a network's facts, names that association.
@pytest.mark.parametrize("lang, body, expected", [
    ("en", "<table><tr><th>Association</th><th>Member since</th><th>Notes</th></tr><tr><th scope='row'>Alberta "
           "Municipalities</th><td>1906</td><td>Provincial association headquartered in Edmonton.</td></tr></table>",
     ("alberta-municipalities", "headquarters", "Edmonton")),
    ("en", _section("Ontario Big City Mayors", "Member since: 2003. The caucus, based in Toronto, brings together 29 "
                                               "mayors."),
     ("ontario-big-city-mayors", "headquarters", "Toronto")),
    ("de", _accordion("Städte Tirols", "Mitglied seit 1995. Der Verein mit Sitz in Innsbruck vereint 40 Städte."),
     ("stadte-tirols", "headquarters", "Innsbruck")),
    ("fr", _card("Bretagne Communes", "L'association, fondée en 1985, a son siège à Rennes.",
                 ["Membre depuis 1990"]),
     ("bretagne-communes", "joined", "1990")),
    ("es", _section("Navarra Municipios", "Miembro desde 2004. La asociación tiene su sede en Pamplona."),
     ("navarra-municipios", "headquarters", "Pamplona")),
    ("it", _section("Trentino Comuni", "Socio dal 1998. L'associazione ha sede a Trento."),
     ("trentino-comuni", "headquarters", "Trento")),
])
def test_a_place_and_its_members_noun_over_a_networks_facts(lang, body, expected):
    assert expected in triples_of_snippet(body, lang)


_FACTS = "Member since: 2003. Headquartered in Edmonton, the body brings together 260 municipalities."


@pytest.mark.parametrize("heading", [
    "Alberta municipalities",  # the members in lower case: a description
    "European Cities",  # their kind
    "Partner Cities",  # a section
    "Twin Towns",
    "Alberta Municipal Affairs",  # a ministry
])
def test_a_heading_that_is_no_place_and_its_members_names_none(heading):
    assert network_named_by_heading(heading, _FACTS) is None
