"""Facts stated in a block that does not name the network, as a reader carries it from the block before: a release's
joining under a subheading naming none ("Membre du réseau depuis 2007"), a joining by the network's noun in the
genitive ("Mitglied des Bündnisses ist die Stadt seit 1985"), a membership with no complement ("Mantova, socia dal
2008, ..."), "Der Verband" as the subject, a Spanish or Italian sentence whose subject is left out ("Hoy integra a 40
ayuntamientos"), and a card's key figures under the network's name ("Plus de 1 600 villes et communautés")."""

import pytest
from helpers.extracted import triples_of_snippet, values_of

RELEASE_URL = "https://www.ville.example/actualites/rencontres"


# A release names one network, then a subheading naming none: the joining that points back by the network's noun is
# that network's.
@pytest.mark.parametrize("body, lang, fact", [
    ("<p>La Ville reçoit les Rencontres nationales du réseau Sites & Cités remarquables de France.</p>"
     "<h2>Un réseau au service des villes patrimoniales</h2><p>Membre du réseau depuis 2007, la Ville y trouve un lieu "
     "d'échange précieux.</p>", "fr", ("sites-cites-remarquables-de-france", "joined", "2007")),
    ("<p>The city hosts the annual conference of Eurocities this week.</p><h2>A network of cities</h2>"
     "<p>The city has been a member of the network since 1991 and sits on its executive committee.</p>", "en",
     ("eurocities", "joined", "1991")),
    ("<p>Die Stadt richtet die Jahrestagung der Mayors for Peace aus.</p><h2>Ein weltweites Bündnis</h2>"
     "<p>Die Stadt ist dem Bündnis 1985 beigetreten.</p>", "de", ("mayors-for-peace", "joined", "1985")),
    ("<p>La ciudad acoge la asamblea de la Red Española de Ciudades Saludables.</p><h2>Una red de municipios</h2>"
     "<p>La ciudad forma parte de la red desde 2005.</p>", "es", ("red-espanola-de-ciudades-saludables", "joined",
                                                                  "2005")),
    ("<p>Il Comune ospita l'assemblea di Avviso Pubblico.</p><h2>Una rete di enti locali</h2>"
     "<p>Il Comune fa parte della rete dal 2014.</p>", "it", ("avviso-pubblico", "joined", "2014")),
])
def test_a_joining_under_a_subheading_naming_none_is_the_releases_network(body, lang, fact):
    assert fact in triples_of_snippet(body, lang, url=RELEASE_URL)


# Traps: a subheading naming another network heads that network's section; a release that named two networks leaves
# "the network" unresolved.
def test_a_joining_under_a_heading_naming_another_network_is_that_networks():
    triples = triples_of_snippet(
        "<p>La Ville reçoit les Rencontres nationales du réseau Sites & Cités remarquables de France.</p>"
        "<h2>Energy Cities</h2><p>Membre du réseau depuis 2007, la Ville y partage ses projets.</p>", url=RELEASE_URL)
    assert ("sites-cites-remarquables-de-france", "joined", "2007") not in triples


def test_a_joining_after_a_release_naming_two_networks_is_not_guessed():
    joinings = values_of("joined", "<p>La Ville reçoit les Rencontres d'Eurocities et d'Energy Cities.</p>"
                                   "<h2>Des réseaux de villes</h2><p>Membre du réseau depuis 2007, la Ville y partage "
                                   "ses projets.</p>", url=RELEASE_URL)
    assert not joinings


# The network's noun in the genitive points back to the network named before.
@pytest.mark.parametrize("sentence, year", [
    ("Mitglied des Bündnisses ist die Stadt bereits seit 1985.", "1985"),
    ("Die Stadt ist seit 1985 Mitglied des Netzwerks.", "1985"),
    ("Seit 1985 ist die Stadt Mitglied des Netzwerkes.", "1985"),
])
def test_a_joining_of_the_networks_noun_in_the_genitive(sentence, year):
    body = (f"<p>Vor dem Rathaus weht die Flagge der Mayors for Peace.</p><p>Die Mitgliedsstädte erinnern an das "
            f"Gutachten des Internationalen Gerichtshofs. {sentence}</p>")
    assert ("mayors-for-peace", "joined", year) in triples_of_snippet(body, "de", url=RELEASE_URL)


def test_a_genitive_noun_with_its_own_complement_is_another_body():
    body = ("<p>Vor dem Rathaus weht die Flagge der Mayors for Peace.</p><p>Die Mitgliedsstädte erinnern an das "
            "Gutachten des Internationalen Gerichtshofs. Mitglied des Netzwerks der Partnerstädte ist die Stadt seit "
            "1985.</p>")
    assert ("mayors-for-peace", "joined", "1985") not in triples_of_snippet(body, "de", url=RELEASE_URL)


# A membership with no complement, its year right after, in a release about one network.
@pytest.mark.parametrize("first, sentence, lang, fact", [
    ("La Ville reçoit les Rencontres nationales du réseau Sites & Cités remarquables de France.",
     "La Ville, membre depuis 2007, accueille des tables rondes.", "fr",
     ("sites-cites-remarquables-de-france", "joined", "2007")),
    ("The city hosts the annual conference of Eurocities this week.",
     "The city, a member since 1991, will open the conference.", "en", ("eurocities", "joined", "1991")),
    ("Die Stadt richtet die Jahrestagung der Mayors for Peace aus.",
     "Die Stadt, Mitglied seit 1985, begrüßt die Gäste im Rathaus.", "de", ("mayors-for-peace", "joined", "1985")),
    ("La ciudad acoge la asamblea de la Red Española de Ciudades Saludables.",
     "La ciudad, miembro desde 2005, presentará sus proyectos.", "es",
     ("red-espanola-de-ciudades-saludables", "joined", "2005")),
    ("Il Comune ospita l'assemblea di Avviso Pubblico.",
     "Il Comune, socio dal 2014, ne esprime una delle vicepresidenze.", "it", ("avviso-pubblico", "joined", "2014")),
])
def test_a_membership_with_no_complement_is_the_releases_network(first, sentence, lang, fact):
    body = f"<p>{first}</p><p>Les élus sont attendus.</p><p>{sentence}</p>"
    assert fact in triples_of_snippet(body, lang, url=RELEASE_URL)


# Traps: the year followed by what the membership is of.
@pytest.mark.parametrize("sentence, lang", [
    ("La Ville, membre depuis 2014 du bureau de l'association régionale, accueille des tables rondes.", "fr"),
    ("The city, a member since 2010 of the regional board, will open the conference.", "en"),
])
def test_a_membership_followed_by_its_complement_is_not_the_networks(sentence, lang):
    first = ("La Ville reçoit les Rencontres nationales du réseau Sites & Cités remarquables de France." if lang == "fr"
             else "The city hosts the annual conference of Eurocities this week.")
    assert not values_of("joined", f"<p>{first}</p><p>{sentence}</p>", lang, url=RELEASE_URL)


# "Der Verband", the masculine noun's article alone, is the subject: the network named before.
def test_der_verband_as_the_subject_is_the_network_named_before():
    body = ("<p>Der Schweizerische Städteverband vertritt die Interessen der Städte gegenüber Bund und Kantonen.</p>"
            "<p>Am Rande der Tagung wählte die Generalversammlung zwei neue Mitglieder in den Vorstand. Der Verband "
            "zählt inzwischen 131 Mitglieder.</p>")
    assert ("schweizerischer-stadteverband", "member_cities", "131") in triples_of_snippet(body, "de",
                                                                                          url=RELEASE_URL)


def test_der_verband_with_its_own_complement_is_another_body():
    body = ("<p>Der Schweizerische Städteverband vertritt die Interessen der Städte gegenüber Bund und Kantonen.</p>"
            "<p>Am Rande der Tagung sprach auch ein Gast. Der Verband der Kantone zählt 26 Mitglieder.</p>")
    assert ("schweizerischer-stadteverband", "member_cities", "26") not in triples_of_snippet(body, "de",
                                                                                             url=RELEASE_URL)


# A Spanish or Italian sentence opening on a verb only a network has as its own goes on about the network named before.
@pytest.mark.parametrize("body, lang, fact", [
    ("<p>La red Mercociudades fue fundada en 1995 por los alcaldes de doce ciudades.</p>"
     "<p>Hoy reúne a más de 360 ciudades de América del Sur.</p>", "es", ("mercociudades", "member_cities", "360")),
    ("<p>La red Mercociudades fue fundada en 1995 por los alcaldes de doce ciudades.</p>"
     "<p>Actualmente agrupa a más de 360 ciudades de América del Sur.</p>", "es",
     ("mercociudades", "member_cities", "360")),
    ("<p>La red Mercociudades fue fundada en 1995 por los alcaldes de doce ciudades.</p>"
     "<p>Tiene su sede en Montevideo desde 2010.</p>", "es", ("mercociudades", "headquarters", "Montevideo")),
    ("<p>L'associazione Avviso Pubblico è nata nel 1996 per iniziativa di alcuni sindaci.</p>"
     "<p>Oggi riunisce oltre 500 enti locali di tutta Italia.</p>", "it",
     ("avviso-pubblico", "represented_governments", "500")),
    ("<p>L'associazione Avviso Pubblico è nata nel 1996 per iniziativa di alcuni sindaci.</p>"
     "<p>Ha sede a Grugliasco, in provincia di Torino.</p>", "it", ("avviso-pubblico", "headquarters", "Grugliasco")),
])
def test_a_sentence_opening_on_the_networks_verb_is_the_networks(body, lang, fact):
    assert fact in triples_of_snippet(body, lang, url=RELEASE_URL)


# Traps: a city's own figures after a verb opening ("Cuenta con 300.000 habitantes") are no network's.
@pytest.mark.parametrize("body, lang", [
    ("<p>La red Mercociudades fue fundada en 1995 por los alcaldes de doce ciudades.</p>"
     "<p>Cuenta con 300.000 habitantes y es la capital de la provincia.</p>", "es"),
    ("<p>L'associazione Avviso Pubblico è nata nel 1996 per iniziativa di alcuni sindaci.</p>"
     "<p>Conta 90.000 abitanti ed è il capoluogo della provincia.</p>", "it"),
])
def test_a_citys_figures_after_a_verb_opening_are_no_networks(body, lang):
    assert {value for _, value in values_of("member_cities", body, lang, url=RELEASE_URL)} <= set()
    assert not values_of("represented_governments", body, lang, url=RELEASE_URL)


# A card under the network's name, its rows as short as labels: the key figures are the network's.
@pytest.mark.parametrize("rows, lang, facts", [
    (["Membre depuis 2016", "Plus de 1 600 villes et communautés", "Présent dans 53 pays"], "fr",
     {("age-friendly-cities", "member_cities", "1600"), ("age-friendly-cities", "member_countries", "53")}),
    (["Member since 2016", "More than 1,600 cities and communities", "In 53 countries"], "en",
     {("age-friendly-cities", "member_cities", "1600"), ("age-friendly-cities", "member_countries", "53")}),
    (["Mitglied seit 2016", "Über 1.600 Städte und Gemeinden", "In 53 Ländern"], "de",
     {("age-friendly-cities", "member_cities", "1600"), ("age-friendly-cities", "member_countries", "53")}),
    (["Miembro desde 2016", "Más de 1.600 ciudades y comunidades", "Presente en 53 países"], "es",
     {("age-friendly-cities", "member_cities", "1600"), ("age-friendly-cities", "member_countries", "53")}),
    (["Membro dal 2016", "Oltre 1.600 città e comunità", "Presente in 53 paesi"], "it",
     {("age-friendly-cities", "member_cities", "1600"), ("age-friendly-cities", "member_countries", "53")}),
])
def test_a_cards_key_figures_under_the_networks_name(rows, lang, facts):
    names = {"fr": "Réseau mondial des villes et communautés amies des aînés de l'OMS",
             "en": "WHO Global Network for Age-friendly Cities and Communities",
             "de": "WHO Global Network for Age-friendly Cities and Communities",
             "es": "Red Mundial de Ciudades y Comunidades Amigables con las Personas Mayores",
             "it": "WHO Global Network for Age-friendly Cities and Communities"}
    body = f"<div class='card'><p>{names[lang]}</p>" + "".join(f"<p>{row}</p>" for row in rows) + "</div>"
    assert facts <= triples_of_snippet(body, lang)


# Trap: a longer sentence after the network's name is no key figure of its card.
def test_a_long_sentence_after_the_networks_name_is_no_key_figure():
    body = ("<div class='card'><p>Réseau mondial des villes et communautés amies des aînés de l'OMS</p>"
            "<p>Membre depuis 2016</p><p>Le festival de la Ville a accueilli plus de 1 600 villes et communautés "
            "venues de toute la région cet été.</p></div>")
    assert ("age-friendly-cities", "member_cities", "1600") not in triples_of_snippet(body)


# A card's rows under the network's heading: the city's joining labelled with the city's name and its membership or
# its joining verb, the value's day after its article, a constitution's year and place.
@pytest.mark.parametrize("row, lang, fact", [
    ("Lyon membre depuis : le 12 mars 2008", "fr", ("eurocities", "joined", "2008-03-12")),
    ("Lyon a adhéré en : 2008", "fr", ("eurocities", "joined", "2008")),
    ("Leeds a member since: on 12 March 2008", "en", ("eurocities", "joined", "2008-03-12")),
    ("Mitglied seit: am 12. März 2008", "de", ("eurocities", "joined", "2008-03-12")),
    ("Temuco socio desde: 2008, como socio fundador", "es", ("eurocities", "joined", "2008")),
    ("Xalapa es miembro desde: el 12 de marzo de 2008", "es", ("eurocities", "joined", "2008-03-12")),
    ("Asunción se incorporó en: 2008", "es", ("eurocities", "joined", "2008")),
    ("Lucca ha aderito nel: 2008", "it", ("eurocities", "joined", "2008")),
    ("Constitución: 1986, en Bruselas", "es", ("eurocities", "founded", "1986")),
    ("Constitución: 1986, en Bruselas", "es", ("eurocities", "founded_place", "Bruselas")),
])
def test_a_cards_row_of_the_citys_joining_or_the_networks_constitution(row, lang, fact):
    assert fact in triples_of_snippet(f"<h2>Eurocities</h2><p>{row}</p>", lang)


# Traps: a constitution that is a country's, a joining's row of a membership that ended.
@pytest.mark.parametrize("row, lang", [
    ("La Constitución de 1978 garantiza la autonomía municipal.", "es"),
    ("Miembro desde: el 12 de marzo de 2008 hasta 2015", "es"),
])
def test_a_row_that_is_no_founding_or_no_current_membership(row, lang):
    triples = triples_of_snippet(f"<h2>Eurocities</h2><p>{row}</p>", lang)
    assert not {(attribute, value) for _, attribute, value in triples} & {("founded", "1978"), ("joined", "2008-03-12")}
