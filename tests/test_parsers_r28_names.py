"""Networks named in ways the name readers did not expect, and names given another network's id: Catalan names, names
a membership introduces, English names ending on their noun, regional networks, cross-border regions."""

import pytest
from helpers.extracted import card, network_ids, triples_of_snippet

from scraper.parsers.networks import slugify


def _section(heading: str, text: str) -> str:
    return f"<section><h2>{heading}</h2><p>{text}</p></section>"


def _row(name: str, text: str) -> str:
    return f"<table><tr><th>Name</th><th>Info</th></tr><tr><td>{name}</td><td>{text}</td></tr></table>"


# A Catalan or Galician name opens on its organisation's noun (Federació, Associació, Unió, Xarxa) and names its
# members (municipis, ciutats, concellos) as the Spanish names do, whatever the language of the page around it; "i"
# joins its words. Not a sports federation, a residents' association, a museum's consortium nor a power grid.
@pytest.mark.parametrize("sentence, expected", [
    ("Lleida es miembro de la Federació de Municipis de Catalunya desde 1981.",
     ["federacio-de-municipis-de-catalunya"]),
    ("Girona is a member of the Federació de Municipis de Catalunya (FMC).", ["federacio-de-municipis-de-catalunya"]),
    ("La ville catalane adhère à l'Associació Catalana de Municipis i Comarques (ACM).",
     ["associacio-catalana-de-municipis-i-comarques"]),
    ("Die Stadt ist Mitglied der Xarxa de Ciutats i Pobles cap a la Sostenibilitat.", ["xarxa-de-ciutats-i-pobles"]),
    ("Vigo forma parte da Federación Galega de Municipios e Provincias (FEGAMP).",
     ["federacion-galega-de-municipios-e-provincias"]),
    ("La città di Tarragona aderisce alla Xarxa de Municipis per la Sostenibilitat.",
     ["xarxa-de-municipis-per-la-sostenibilitat"]),
    ("La Federació Catalana de Futbol (FCF) organitza el torneig.", []),
    ("L'Associació de Veïns del Barri Antic organitza la festa.", []),
    ("El Consorci del Museu d'Art de Girona gestiona l'edifici.", []),
    ("La Xarxa Elèctrica de Catalunya ha tallat el subministrament.", []),
])
def test_a_catalan_or_galician_name_of_municipalities_names_a_network(sentence, expected):
    assert network_ids(sentence) == expected


@pytest.mark.parametrize("lang, body, expected", [
    ("es", _section("Federació de Municipis de Catalunya (FMC)",
                    "La FMC, con sede en Barcelona, agrupa a más de 400 municipios catalanes."),
     {("federacio-de-municipis-de-catalunya", "headquarters", "Barcelona"),
      ("federacio-de-municipis-de-catalunya", "member_cities", "400")}),
    ("fr", card("Federació de Municipis de Catalunya", "Fondée en 1981, la fédération a son siège à Barcelone."),
     {("federacio-de-municipis-de-catalunya", "founded", "1981"),
      ("federacio-de-municipis-de-catalunya", "headquarters", "Barcelone")}),
    ("en", _row("Associació Catalana de Municipis", "Founded in 1983; seat: Barcelona"),
     {("associacio-catalana-de-municipis", "founded", "1983")}),
])
def test_a_catalan_names_facts_are_read(lang, body, expected):
    assert expected <= triples_of_snippet(body, lang)


def _accordion(summary: str, text: str) -> str:
    return f"<details><summary>{summary}</summary><p>{text}</p></details>"


# A proper name with no generic word of its own names a network where the city's membership introduces it by an
# association's or a network's noun; not a club's, a friends' or a trade's association, a fund, a programme, a festival
# or a twinning's association.
@pytest.mark.parametrize("sentence, expected", [
    ("Yverdon-les-Bains est membre de l'association Cité de l'énergie depuis 1998.", ["cite-de-l-energie"]),
    ("The council is a member of the association Energy Towns since 2015.", ["energy-towns"]),
    ("Die Stadt ist Mitglied im Verein Energiestadt seit 2000.", ["verein-energiestadt"]),
    ("Il Comune aderisce all'associazione Borghi Autentici d'Italia dal 2015.", ["borghi-autentici-d-italia"]),
    ("Ragusa è socia dell'associazione Avviso Pubblico dal 2010.", ["avviso-pubblico"]),
    ("Zaragoza es miembro de la red Ciudades Amigas de la Infancia desde 2004.", ["child-friendly-cities"]),
    ("Valladolid es miembro de la asociación Caminos de Pasión desde 2012.", ["caminos-de-pasion"]),
    ("Lyon est membre de l'association Amis du Musée.", []),
    ("Marie est membre de l'association Lyon Handball.", []),
    ("Il Comune è socio dell'associazione Fondo Ambiente Italiano.", []),
    ("Die Stadt ist Mitglied im Verein Städtepartnerschaft Kiel-Brest.", []),
    ("La ville est membre de l'association Jumelage Lyon-Turin.", []),
    ("He is a member of the Red Cross.", []),
])
def test_a_name_the_citys_membership_introduces_by_its_noun_names_a_network(sentence, expected):
    assert network_ids(sentence) == expected


# "Avviso Pubblico" is also the Italian for a public notice: the name is the network's as the subject of its founding.
@pytest.mark.parametrize("sentence, expected", [
    ("Con Avviso Pubblico e Libera, il Comune ricorda le vittime. Avviso Pubblico è nata nel 1996.",
     ["avviso-pubblico"]),
    ("Avviso Pubblico, fondata nel 1996, riunisce 500 enti locali.", ["avviso-pubblico"]),
    ("L'Avviso Pubblico è stato pubblicato nel 2024.", []),
    ("Avviso pubblico per la selezione di esperti.", []),
])
def test_avviso_pubblico_founded_is_the_network(sentence, expected):
    assert network_ids(sentence) == expected


# Once introduced, the name is that network's in a heading that names another network beside it: its facts are not
# the other's.
@pytest.mark.parametrize("lang, body, expected, not_expected", [
    ("fr", _accordion("Cité de l'énergie et Energy Cities",
                      "Yverdon-les-Bains est membre de l'association Cité de l'énergie depuis 1998. L'association "
                      "rassemble plus de 650 communes suisses.</p><p>La Ville a rejoint en 2012 Energy Cities, "
                      "l'association européenne des autorités locales en transition énergétique."),
     {("cite-de-l-energie", "joined", "1998"), ("cite-de-l-energie", "member_cities", "650"),
      ("energy-cities", "joined", "2012")},
     {("energy-cities", "member_cities", "650")}),
    ("it", _section("Borghi Autentici d'Italia e Cittaslow",
                    "Il Comune aderisce all'associazione Borghi Autentici d'Italia dal 2015. L'associazione riunisce "
                    "oltre 250 comuni.</p><p>Dal 2019 il Comune fa parte anche di Cittaslow."),
     {("borghi-autentici-d-italia", "joined", "2015"), ("borghi-autentici-d-italia", "member_cities", "250"),
      ("cittaslow", "joined", "2019")},
     {("cittaslow", "member_cities", "250")}),
])
def test_an_introduced_name_keeps_its_facts_under_a_heading_naming_two(lang, body, expected, not_expected):
    triples = triples_of_snippet(body, lang)
    assert expected <= triples
    assert not not_expected & triples


# English names a network by its members and its noun last, with words of its own: "Cities Power Partnership",
# whatever the language of the sentence around it.
@pytest.mark.parametrize("sentence, expected", [
    ("Geelong also joined the Cities Power Partnership, Australia's largest local government climate network, in 2018.",
     ["cities-power-partnership"]),
    ("La ville a rejoint la Cities Power Partnership en 2018.", ["cities-power-partnership"]),
    ("Wir sind Mitglied der Resilient Towns Alliance.", ["resilient-towns-alliance"]),
    ("La ciudad se unió a la Mayors Climate Coalition en 2019.", ["mayors-climate-coalition"]),
    ("Il Comune aderisce alla Resilient Towns Alliance dal 2020.", ["resilient-towns-alliance"]),
    ("Minneapolis and St Paul renewed the Twin Cities Partnership.", []),
    ("The Smart Cities Partnership Fund awarded the council a grant.", []),
    ("The council runs the Healthy Towns Alliance programme.", []),
    ("The Council Cities Partnership Board met in March.", []),
])
def test_an_english_name_of_members_and_its_noun_last_names_a_network(sentence, expected):
    assert network_ids(sentence) == expected


# A state's or a province's adjective before a known network's name ending on "Network" names a regional network of
# its own: its facts are not the world network's.
@pytest.mark.parametrize("sentence, expected", [
    ("Together the four cities form the Victorian Creative Cities Network, launched in 2024.",
     ["victorian-creative-cities-network"]),
    ("Hobart joined the Tasmanian Healthy Cities Network.", ["tasmanian-healthy-cities-network"]),
    ("Geelong is a member of the Creative Cities Network.", ["unesco-creative-cities-network"]),
    ("The Christian Healthy Cities Network met.", ["who-healthy-cities"]),
])
def test_a_states_adjective_before_a_networks_name_names_its_regional_network(sentence, expected):
    assert network_ids(sentence) == expected


@pytest.mark.parametrize("lang, body, expected, not_expected", [
    ("en", _section("Creative cities of Victoria", "Together the four cities form the Victorian Creative Cities "
                    "Network, launched in 2024 to promote the State's creative sectors."),
     {("victorian-creative-cities-network", "founded", "2024")},
     {("unesco-creative-cities-network", "founded", "2024")}),
    ("en", card("Tasmanian Healthy Cities Network", "Founded in 2012, the network brings together 12 councils."),
     {("tasmanian-healthy-cities-network", "founded", "2012")}, {("who-healthy-cities", "founded", "2012")}),
])
def test_a_regional_networks_facts_are_its_own(lang, body, expected, not_expected):
    triples = triples_of_snippet(body, lang)
    assert expected <= triples
    assert not not_expected & triples


# A cross-border region's body: the region's noun and a name of two places joined by a hyphen, after the cross-border
# region's noun in a sentence, or as a heading or a timeline entry's title over text calling it a cross-border region;
# not a region as a place.
@pytest.mark.parametrize("sentence, expected", [
    ("Flensburg ist Partner der grenzüberschreitenden Region Sønderjylland-Schleswig.",
     ["region-sonderjylland-schleswig"]),
    ("Genève est membre de la région transfrontalière Grand-Genève depuis 2012.", ["grand-geneve"]),
    ("Malmö joined the cross-border region Öresund-Skåne in 2000.", ["oresund-skane"]),
    ("Badajoz forma parte de la región transfronteriza Alentejo-Extremadura.", ["alentejo-extremadura"]),
    ("Gorizia partecipa alla regione transfrontaliera Friuli-Slovenija.", ["friuli-slovenija"]),
    ("La Región de Murcia y la Región Provence-Alpes firmaron un convenio.", []),
    ("Die grenzüberschreitende Region wird gegründet.", []),
])
def test_a_cross_border_regions_name_names_its_body(sentence, expected):
    assert network_ids(sentence) == expected


def _timeline(year: str, title: str, text: str) -> str:
    return (f"<ol class='timeline'><li class='timeline__item'><span class='timeline__year'>{year}</span>"
            f"<div class='timeline__content'><h3 class='timeline__title'>{title}</h3><p>{text}</p></div></li></ol>")


@pytest.mark.parametrize("lang, body, expected", [
    ("de", _section("Region Sønderjylland-Schleswig", "Die grenzüberschreitende Region wurde 1997 gegründet. Das "
                    "Regionskontor hat seinen Sitz in Padborg."),
     {("region-sonderjylland-schleswig", "founded", "1997"), ("region-sonderjylland-schleswig", "headquarters",
                                                               "Padborg")}),
    ("de", _timeline("1997", "Region Sønderjylland-Schleswig", "Die grenzüberschreitende Region wird gegründet. Das "
                     "Regionskontor hat seinen Sitz in Padborg."),
     {("region-sonderjylland-schleswig", "headquarters", "Padborg")}),
    ("fr", card("Région Alsace-Bade", "Cette région transfrontalière, créée en 1991, a son siège à Kehl."),
     {("region-alsace-bade", "headquarters", "Kehl")}),
])
def test_a_cross_border_region_over_its_text_names_its_body(lang, body, expected):
    assert expected <= triples_of_snippet(body, lang)


def test_a_region_as_a_place_under_a_heading_is_no_body():
    body = _section("Région Provence-Alpes-Côte d'Azur", "La région a son siège à Marseille et compte 946 communes.")
    assert not any(network.startswith("region") for network, _, _ in triples_of_snippet(body, "fr"))


# A name's letters that no decomposition brings to ASCII are spelled as ASCII readers spell them in its id.
@pytest.mark.parametrize("name, expected", [
    ("Region Sønderjylland-Schleswig", "region-sonderjylland-schleswig"),
    ("Øresundskomiteen", "oresundskomiteen"),
    ("Cœur de France", "coeur-de-france"),
    ("Związek Miast Polskich – Łódź", "zwiazek-miast-polskich-lodz"),
    ("Städtebund", "stadtebund"),
])
def test_an_ids_letters_are_spelled_in_ascii(name, expected):
    assert slugify(name) == expected
