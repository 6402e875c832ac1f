"""Networks not recognised and names cut short: acronyms an association's noun introduces, associations of councils
named after their state, names whose tail is a relative clause or a title, a network's national section."""

import pytest
from helpers.extracted import card, network_ids, triples_of_snippet


def _section(heading: str, text: str) -> str:
    return f"<section><h2>{heading}</h2><p>{text}</p></section>"


def _row(name: str, text: str) -> str:
    return f"<table><tr><th>Name</th><th>Info</th></tr><tr><td>{name}</td><td>{text}</td></tr></table>"


def _dl(term: str, text: str) -> str:
    return f"<dl><dt>{term}</dt><dd>{text}</dd></dl>"


# An acronym in capitals that an association's, a network's or a cultural route's noun introduces, in a text speaking
# of members, founders or an assembly of local governments, names a network. Not a programme's, a fund's, a project's
# or a company's acronym, nor an association whose assembly the text alone speaks of.
@pytest.mark.parametrize("sentence, expected", [
    ("Forlì è tra i soci fondatori dell'associazione ATRIUM, costituita nel 2013.", ["atrium"]),
    ("L'assemblea generale dell'associazione ATRIUM si è riunita nella sala del Consiglio comunale.", ["atrium"]),
    ("La Ville est membre de l'association ARVEL depuis 2012.", ["arvel"]),
    ("Die Stadt ist seit 2015 Mitglied im Verein ATRIUM.", ["atrium"]),
    ("La ciudad es miembro de la red RECIMED desde 2019.", ["recimed"]),
    ("Ballarat is a member of the ATRIUM association, which gathers 20 cities.", ["atrium"]),
    ("La rete del programma URBACT riunisce 30 città.", []),
    ("The city is a member of the EFRE fund network.", []),
    ("Il Comune è socio della società ATM, che gestisce i trasporti.", []),
    ("L'assemblée générale de l'association AVIS s'est tenue samedi.", []),
    ("Le projet européen ATRIUM a réuni 11 partenaires.", []),
])
def test_an_acronym_an_associations_noun_introduces_names_a_network(sentence, expected):
    assert network_ids(sentence) == expected


@pytest.mark.parametrize("lang, body, expected", [
    ("it", "<p>Forlì è tra i soci fondatori dell'associazione ATRIUM.</p>"
           "<p>ATRIUM, costituita nel 2013 con sede a Forlì, conta 19 città socie.</p>",
     {("atrium", "founded", "2013"), ("atrium", "headquarters", "Forlì"), ("atrium", "member_cities", "19")}),
    ("fr", card("Réseaux", "La Ville est membre de l'association ARVEL depuis 2012.")
     + "<p>L'ARVEL, fondée en 1998, a son siège à Lyon.</p>",
     {("arvel", "joined", "2012"), ("arvel", "founded", "1998"), ("arvel", "headquarters", "Lyon")}),
    ("de", _section("Netzwerke", "Die Stadt ist Mitglied im Verein ATRIUM. ATRIUM wurde 2013 gegründet."),
     {("atrium", "founded", "2013")}),
])
def test_an_introduced_acronyms_facts_are_read_across_the_page(lang, body, expected):
    assert expected <= triples_of_snippet(body, lang)


# An association of councils named after its state or region says it gathers local governments by its members' noun
# or, in English, by "Municipal" right before its noun. Not an association of a trade's people.
@pytest.mark.parametrize("sentence, expected", [
    ("Ballarat is a member of the Municipal Association of Victoria, founded in 1879.",
     ["municipal-association-of-victoria"]),
    ("The Municipal Association of South Carolina represents 271 cities.", ["municipal-association-of-south-carolina"]),
    ("Launceston is a member of the Local Government Association of Tasmania.",
     ["local-government-association-of-tasmania"]),
    ("La ville est membre de l'Association des maires du Québec.", ["association-des-maires-du-quebec"]),
    ("Die Stadt ist Mitglied im Bayerischen Städtetag.", ["bayerischer-stadtetag"]),
    ("La ciudad es miembro de la Federación de Municipios de Madrid desde 1984.",
     ["federacion-de-municipios-de-madrid"]),
    ("The Municipal Finance Officers Association of Ontario met in Toronto.", []),
    ("The Municipal Association of Football Referees met in Melbourne.", []),
])
def test_an_association_of_councils_named_after_its_state_names_a_network(sentence, expected):
    assert network_ids(sentence) == expected


@pytest.mark.parametrize("lang, body, expected", [
    ("en", _section("Municipal Association of Victoria (MAV)",
                    "The MAV is the peak body for local government in Victoria. Established in 1879 and based in "
                    "Melbourne, it represents all 79 councils in the state."),
     {("municipal-association-of-victoria", "founded", "1879"),
      ("municipal-association-of-victoria", "headquarters", "Melbourne")}),
    ("en", _dl("Municipal Association of Tasmania", "Founded in 1911, it is based in Hobart."),
     {("municipal-association-of-tasmania", "founded", "1911")}),
])
def test_an_association_of_councils_facts_are_read(lang, body, expected):
    assert expected <= triples_of_snippet(body, lang)


# A network's name opened by its capitalised noun may end on a relative clause whose plural verb is capitalised too;
# not on a clause whose subject is a place.
@pytest.mark.parametrize("sentence, expected", [
    ("2023: La ciudad se suma a la Red de Ciudades que Caminan, asociación internacional con sede en Pontevedra.",
     ["red-de-ciudades-que-caminan"]),
    ("La Ville a rejoint le Réseau des Villes qui Marchent en 2020.", ["reseau-des-villes-qui-marchent"]),
    ("Il Comune aderisce alla Rete delle Città che Camminano dal 2019.", ["rete-delle-citta-che-camminano"]),
    ("La ciudad pertenece a la Red de Municipios que Reciclan desde 2010.", ["red-de-municipios-que-reciclan"]),
    ("Le maire a présenté au Réseau des Communes qui Accueillent le bilan 2024.",
     ["reseau-des-communes-qui-accueillent"]),
    ("La Red de Ciudades que Madrid preside celebró su asamblea.", ["red-de-ciudades"]),
])
def test_a_names_relative_clause_tail_is_part_of_it(sentence, expected):
    assert network_ids(sentence) == expected


@pytest.mark.parametrize("lang, body, expected", [
    ("es", "<ul><li>2023: La ciudad se suma a la Red de Ciudades que Caminan, asociación internacional por el derecho "
           "a caminar con sede en Pontevedra.</li></ul>",
     {("red-de-ciudades-que-caminan", "joined", "2023"),
      ("red-de-ciudades-que-caminan", "headquarters", "Pontevedra")}),
    ("it", _row("Rete delle Città che Camminano", "Il Comune vi aderisce dal 2019."),
     {("rete-delle-citta-che-camminano", "joined", "2019")}),
])
def test_a_name_with_a_relative_clause_keeps_its_facts(lang, body, expected):
    facts = triples_of_snippet(body, lang)
    assert expected <= facts
    assert not {fact for fact in facts if fact[0] in {"red-de-ciudades", "rete-delle-citta"}}


# A town's title "of the year" names the association that awards it where the text speaks of an association, its
# members or its assembly; its words between the town and the year may be in lower case. Not the title alone.
@pytest.mark.parametrize("sentence, expected", [
    ("Biella è socia dell'associazione Città alpina dell'anno, fondata nel 1997 a Villach.",
     ["citta-alpina-dell-anno"]),
    ("Assemblea di Città alpina dell'anno: Biella entra nel direttivo", ["citta-alpina-dell-anno"]),
    ("La Ville est membre de l'association Ville des Alpes de l'Année depuis 2019.", ["ville-des-alpes-de-l-annee"]),
    ("Die Alpenstadt des Jahres hält ihre Versammlung 2026 in Villach ab.", ["alpenstadt-des-jahres"]),
    ("The town is a member of the association Alpine Town of the Year, founded in 1997.",
     ["alpine-town-of-the-year"]),
    ("La ciudad es miembro de la asociación Ciudad alpina del año desde 2015.", ["ciudad-alpina-del-ano"]),
    ("Biella è stata proclamata Città alpina dell'anno 2021.", []),
])
def test_a_towns_title_of_the_year_names_its_association(sentence, expected):
    assert network_ids(sentence) == expected


@pytest.mark.parametrize("lang, body, expected", [
    ("it", "<p>Dal 2021, anno in cui ha ricevuto il titolo di Città alpina dell'anno, Biella è socia "
           "dell'associazione Città alpina dell'anno, fondata nel 1997 a Villach, che riunisce una ventina di città "
           "dell'arco alpino.</p>",
     {("citta-alpina-dell-anno", "founded", "1997"), ("citta-alpina-dell-anno", "founded_place", "Villach")}),
    ("fr", card("Ville des Alpes de l'Année", "Membre de l'association Ville des Alpes de l'Année depuis 2019, "
                "fondée en 1997."),
     {("ville-des-alpes-de-l-annee", "founded", "1997")}),
])
def test_a_title_named_associations_facts_are_its_own(lang, body, expected):
    facts = triples_of_snippet(body, lang)
    assert expected <= facts
    assert not {fact for fact in facts if fact[0] in {"citta", "ville"}}


# An organisation named as the owner of a network for a purpose is not that network: the sentence speaks of the
# owner's network, which its heading or its section names. A membership of the organisation itself stays its own.
@pytest.mark.parametrize("sentence, expected", [
    ("2005: Adhesión a la red de la FEMP para la lucha contra el cambio climático.", []),
    ("Le réseau de l'AIMF pour la santé réunit 30 villes.", []),
    ("La rete dell'ANCI per l'inclusione conta 50 comuni.", []),
    ("The network of ICLEI for urban resilience has 40 members.", []),
    ("Das Netzwerk des Klima-Bündnis für Energie zählt 30 Städte.", []),
    ("Jaén es miembro de la FEMP para defender a los municipios.",
     ["federacion-espanola-de-municipios-y-provincias"]),
    ("La Red de la FEMP reúne 300 municipios.", ["federacion-espanola-de-municipios-y-provincias"]),
])
def test_an_owner_of_a_network_for_a_purpose_is_not_that_network(sentence, expected):
    assert network_ids(sentence) == expected


def test_an_owners_network_in_a_timeline_is_its_headings():
    body = ("<ol class='timeline'><li class='timeline__item'><div class='timeline__year'>1985</div>"
            "<div class='timeline__content'><h3>FEMP</h3><p>El Ayuntamiento se incorpora a la federación.</p></div>"
            "</li><li class='timeline__item'><div class='timeline__year'>2005</div><div class='timeline__content'>"
            "<h3>Red Española de Ciudades por el Clima</h3><p>Adhesión a la red de la FEMP para la lucha contra el "
            "cambio climático.</p></div></li></ol>")
    facts = triples_of_snippet(body, "es")
    assert ("red-espanola-de-ciudades-por-el-clima", "joined", "2005") in facts
    assert ("federacion-espanola-de-municipios-y-provincias", "joined", "2005") not in facts


# An English name of its members and the country it gathers them in, with a word of its own before them, names a
# network, on a page in any language. Not many towns of a country, a twinning's, nor a programme's name.
@pytest.mark.parametrize("sentence, expected", [
    ("Launceston joined Regional Capitals Australia in 2015.", ["regional-capitals-australia"]),
    ("Launceston a rejoint Regional Capitals Australia en 2015.", ["regional-capitals-australia"]),
    ("Die Stadt ist seit 2018 Mitglied von Regional Cities Canada.", ["regional-cities-canada"]),
    ("La ciudad se unió a Regional Capitals Australia en 2015.", ["regional-capitals-australia"]),
    ("La città aderisce a Historic Towns Europe dal 2012.", ["historic-towns-europe"]),
    ("Many Cities Australia-wide have joined the campaign.", []),
    ("Twin Cities Australia celebrates its anniversary.", []),
    ("The Smart Cities Australia Program funds local projects.", []),
])
def test_an_english_name_of_members_and_country_names_a_network(sentence, expected):
    assert network_ids(sentence) == expected


def test_an_english_name_of_members_and_country_keeps_its_row():
    body = _row("Regional Capitals Australia", "An alliance of regional capital cities. Joined in 2015.")
    assert ("regional-capitals-australia", "joined", "2015") in triples_of_snippet(body, "en")
