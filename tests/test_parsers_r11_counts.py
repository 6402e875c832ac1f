"""Counts and dates: a count that belongs to a part of a network (a national section, a caucus, one country's
members) or to a meeting's participants is not the network's; "metropolitan governments" are a network's member
cities; a joining is as precise as the page writes it."""

import pytest
from helpers.extracted import claims_of_sentence
from helpers.extracted import triples_of_snippet as _facts


def _counts(sentence: str) -> list[tuple[str, str]]:
    return [(attribute, value) for attribute, value in claims_of_sentence(sentence)
            if attribute.startswith(("member_", "represented_"))]


# A count in a clause whose subject or antecedent is a national or regional section, or a caucus, counts that part's
# members.
@pytest.mark.parametrize("sentence", [
    "Die Stadt ist seit 2000 ordentliches Mitglied der Deutschen Sektion, die rund 800 Städte, Gemeinden und "
    "Landkreise vereint.",
    "Gatineau siège à son caucus des grandes villes, qui rassemble les 15 plus grandes municipalités du Québec.",
    "Leeds sits on the network's UK chapter, which brings together 30 cities.",
    "Sevilla participa en la sección española, que agrupa a 60 ciudades.",
    "Torino fa parte della sezione italiana, che riunisce 90 comuni.",
    "Die Deutsche Sektion vereint rund 800 Städte und Gemeinden.",
    "La section française regroupe 1 000 collectivités.",
    "The UK chapter brings together 30 member cities.",
])
def test_a_sections_or_caucuss_count_is_not_the_networks(sentence):
    assert _counts(sentence) == []


@pytest.mark.parametrize("sentence, expected", [
    # the network itself in the relative clause
    ("Eurocities, qui fédère plus de 200 villes, est présidé par Dario Nardella.", [("member_cities", "200")]),
    # a caucus that is a network of its own keeps its count
    ("The FCM Big City Mayors' Caucus, which brings together 22 cities, meets in Ottawa.", [("member_cities", "22")]),
    # the sections are how the network gathers its members
    ("Le CCRE rassemble, à travers ses sections nationales, 100 000 collectivités.",
     [("represented_governments", "100000")]),
])
def test_the_networks_own_count_is_kept(sentence, expected):
    assert _counts(sentence) == expected


# Metropolitan governments are the metropolises a network of metropolises gathers: its member cities; local and
# regional governments, metropolitan ones among them, are the governments it represents.
@pytest.mark.parametrize("sentence, expected", [
    ("La Asociación Mundial de las Grandes Metrópolis agrupa a más de 140 gobiernos metropolitanos.",
     [("member_cities", "140")]),
    ("Metropolis brings together more than 140 metropolitan governments.", [("member_cities", "140")]),
    ("Metropolis regroupe plus de 140 gouvernements métropolitains.", [("member_cities", "140")]),
    ("Metropolis riunisce oltre 140 governi metropolitani.", [("member_cities", "140")]),
    ("La red agrupa a 240.000 gobiernos locales y metropolitanos.", [("represented_governments", "240000")]),
    ("UCLG represents 240,000 local and metropolitan governments.", [("represented_governments", "240000")]),
    ("La red agrupa a 300 gobiernos metropolitanos y regionales.", [("represented_governments", "300")]),
    ("CGLU représente 240 000 gouvernements locaux.", [("represented_governments", "240000")]),
])
def test_metropolitan_governments_are_member_cities(sentence, expected):
    assert _counts(sentence) == expected


def _joined(sentence: str) -> list[str]:
    return [value for attribute, value in claims_of_sentence(sentence) if attribute == "joined"]


# A joining stated with its day or its month is as precise as written, whatever the verb's shape.
@pytest.mark.parametrize("sentence, expected", [
    ("Die Stadt trat am 2. März 1995 dem Klima-Bündnis bei.", ["1995-03-02"]),
    ("Die Stadt ist am 2. März 1995 dem Klima-Bündnis beigetreten.", ["1995-03-02"]),
    ("Die Stadt wurde am 12. Juni 2009 Mitglied von Eurocities.", ["2009-06-12"]),
    ("Die Stadt trat im Oktober 2014 den Mayors for Peace bei.", ["2014-10"]),
    ("Eurocities, dem Dortmund im Mai 1992 beigetreten ist, wächst.", ["1992-05"]),
    ("Il Consiglio comunale ha deliberato l'adesione il 18 febbraio 2008.", ["2008-02-18"]),
    ("Udine ha aderito a Eurocities il 2 marzo 1995.", ["1995-03-02"]),
    ("Il Comune ha aderito il 1º luglio 2010 a Eurocities.", ["2010-07-01"]),
    ("Lyon a adhéré à Eurocities le 12 mars 2009.", ["2009-03-12"]),
    ("Sevilla se adhirió a Eurocities el 2 de marzo de 1995.", ["1995-03-02"]),
    ("Leeds joined Eurocities on 2 March 1995.", ["1995-03-02"]),
    # the year alone stays a year
    ("Die Stadt trat 1995 dem Klima-Bündnis bei.", ["1995"]),
    # a target year is no date of joining
    ("Bergamo aderisce al Patto dei Sindaci e si impegna a ridurre le emissioni del 20% entro il 2020.", []),
])
def test_a_joining_is_as_precise_as_written(sentence, expected):
    assert _joined(sentence) == expected


# A timeline's entry opens with its year; a month its joining's clause names without a year makes it precise.
@pytest.mark.parametrize("sentence, expected", [
    ("2014: Im Oktober tritt die Stadt den „Bürgermeistern für den Frieden“ bei.", ["2014-10"]),
    ("2014: Die Stadt tritt im Oktober den Mayors for Peace bei.", ["2014-10"]),
    ("2016 : la Ville adhère en mars à Eurocities.", ["2016-03"]),
    ("2019 – In May the city joins Eurocities.", ["2019-05"]),
    ("2015: en diciembre Burgos ingresa en la Red de Ciudades Creativas.", ["2015-12"]),
    ("2008: a febbraio il Comune aderisce a Eurocities.", ["2008-02"]),
    # a month of another clause, or one with a year of its own, dates something else
    ("2015 : Paris adhère à Eurocities, dont le congrès se tient en novembre.", ["2015"]),
    ("2015 : Paris adhère au réseau créé en mars 1990.", ["2015"]),
    # "since" dates a membership, not the month named later
    ("Depuis 2012, Lyon adhère en mars à Eurocities.", ["2012"]),
])
def test_a_timeline_entrys_year_is_made_precise_by_its_month(sentence, expected):
    assert _joined(sentence) == expected


# Cities gathered for an event are its participants, not the network's members; a purpose is no event.
@pytest.mark.parametrize("sentence, expected", [
    ("45 villes réunies à Nancy pour la conférence régionale de l'OVPM en 2023", []),
    ("60 ciudades reunidas en Quito para la cumbre de Mercociudades.", []),
    ("50 città riunite a Bologna per l'assemblea di Eurocities.", []),
    ("120 Städte trafen sich in Leipzig zur Jahrestagung von Eurocities.", []),
    ("80 cities met in Porto for the annual conference of Eurocities.", []),
    ("Eurocities réunit 200 villes pour la défense des intérêts urbains.", [("member_cities", "200")]),
    ("La red agrupa a 300 ciudades para la cooperación.", [("member_cities", "300")]),
    ("Eurocities zählt 200 Städte zur Förderung der Zusammenarbeit.", [("member_cities", "200")]),
    ("Eurocities brings together 200 cities for a stronger Europe.", [("member_cities", "200")]),
])
def test_cities_gathered_for_an_event_are_its_participants(sentence, expected):
    assert _counts(sentence) == expected


# "Die Koalition", "la coalition", "the coalition", "la alianza": a common noun as the subject refers to the network
# named before in the section whose name holds it, not to the network the section's heading names.
@pytest.mark.parametrize("lang, body, expected", [
    ("de", "<h2>Chronik</h2><ol><li><time>Juni 2022</time><div><h3>Konvent der Bürgermeister</h3><p>Der "
           "Oberbürgermeister unterzeichnet in Brüssel den Konvent der Bürgermeister.</p></div></li><li><time>2025"
           "</time><div><h3>Gemeinsam gegen Rassismus</h3><p>Münster tritt der Europäischen Städte-Koalition gegen "
           "Rassismus (ECCAR) bei. Die Koalition wurde 2004 in Nürnberg gegründet.</p></div></li></ol>",
     {("eccar", "joined", "2025"), ("eccar", "founded", "2004"), ("eccar", "founded_place", "Nürnberg")}),
    ("fr", "<h2>Convention des maires</h2><p>Lyon a aussi rejoint la Coalition européenne des villes contre le racisme "
           "en 2008. La coalition a été fondée en 2004 à Nuremberg.</p>",
     {("eccar", "joined", "2008"), ("eccar", "founded", "2004"), ("eccar", "founded_place", "Nuremberg")}),
    ("en", "<h2>Covenant of Mayors</h2><p>Leeds also joined the European Coalition of Cities against Racism in 2008. "
           "The coalition was founded in Nuremberg in 2004.</p>",
     {("eccar", "joined", "2008"), ("eccar", "founded", "2004"), ("eccar", "founded_place", "Nuremberg")}),
    ("es", "<h2>Pacto de los Alcaldes</h2><p>Madrid se unió a la Alianza del Clima en 2008. La alianza fue fundada en "
           "1990.</p>", {("climate-alliance", "joined", "2008"), ("climate-alliance", "founded", "1990")}),
    ("it", "<h2>Patto dei Sindaci</h2><p>Torino ha aderito alla Alleanza per il Clima nel 2008. L'alleanza è stata "
           "fondata nel 1990.</p>", {("climate-alliance", "joined", "2008"), ("climate-alliance", "founded", "1990")}),
    # the section's own name holds the noun: its network still
    ("en", "<h2>Climate Alliance</h2><p>Leeds joined Eurocities in 1991. The alliance was founded in 1990.</p>",
     {("eurocities", "joined", "1991"), ("climate-alliance", "founded", "1990")}),
])
def test_a_common_noun_subject_is_the_network_whose_name_holds_it(lang, body, expected):
    assert _facts(body, lang) == expected


# What one country has in the network: the sentence says its subject is a country, or "the country" counts.
@pytest.mark.parametrize("sentence, expected", [
    ("Avec 10 villes et 4 associations faîtières membres, le Cameroun est l’un des pays les mieux représentés au sein "
     "du réseau.", []),
    ("With 12 member cities, Germany is the best-represented country in the network.", []),
    ("Mit 12 Mitgliedsstädten ist Deutschland das am stärksten vertretene Land im Netzwerk.", []),
    ("Con 12 ciudades miembros, España es el país con más representación en la red.", []),
    ("Con 12 città aderenti, l'Italia è il paese più rappresentato nella rete.", []),
    ("Le pays compte 10 villes membres du réseau.", []),
    # the network described, its countries counted, or a country named in another clause
    ("Avec plus de 200 villes membres, Eurocities est le principal réseau des grandes villes européennes.",
     [("member_cities", "200")]),
    ("Mit über 200 Mitgliedsstädten in 38 Ländern ist Eurocities das größte Netzwerk.",
     [("member_cities", "200"), ("member_countries", "38")]),
    ("Avec 200 villes membres, Eurocities est présent dans 38 pays.",
     [("member_cities", "200"), ("member_countries", "38")]),
    ("Eurocities compte 200 villes membres ; la France est le pays le mieux représenté.", [("member_cities", "200")]),
])
def test_a_countrys_share_is_not_the_networks_count(sentence, expected):
    assert _counts(sentence) == expected


# A local authority that groups municipalities, as the antecedent of the count's relative clause, counts its own.
@pytest.mark.parametrize("sentence, expected", [
    ("La Ville participe aux travaux de Cités Unies France, et la Métropole du Grand Nancy, qui regroupe 20 communes, "
     "porte de son côté des projets.", []),
    ("Mannheim ist Teil der Metropolregion Rhein-Neckar, die 290 Kommunen umfasst.", []),
    ("Barcelona forma parte del Área Metropolitana de Barcelona, que agrupa 36 municipios.", []),
    ("Torino guida la Città metropolitana di Torino, che riunisce 312 comuni.", []),
    ("Leeds sits in the West Yorkshire Combined Authority, which brings together 5 member towns.", []),
    # a network of metropolises keeps its count
    ("Metropolis, qui regroupe 140 métropoles, siège à Barcelone.", [("member_cities", "140")]),
    ("Lyon est membre de l'Association mondiale des grandes métropoles, qui regroupe 140 villes.",
     [("member_cities", "140")]),
])
def test_a_local_authoritys_municipalities_are_not_the_networks(sentence, expected):
    assert _counts(sentence) == expected


# The membership granted on a day is the joining, as precise as written.
@pytest.mark.parametrize("sentence, expected", [
    ("The city's membership was confirmed by the UNESCO Institute for Lifelong Learning on 15 September 2024.",
     ["2024-09-15"]),
    ("Su membresía fue aprobada el 3 de marzo de 2020.", ["2020-03-03"]),
    ("Membership of the network was confirmed as a priority.", []),
])
def test_a_membership_granted_is_a_joining(sentence, expected):
    assert _joined(sentence) == expected


# The decision that made the city a member, dated by its weekday and day (the year the page's date gives).
@pytest.mark.parametrize("sentence", [
    "Con la delibera approvata martedì 1° aprile, la Giunta comunale ha deciso l'adesione di Livorno a MedCities.",
    "Par une délibération adoptée mardi 1er avril, le conseil municipal a voté l'adhésion de Lyon à Eurocities.",
    "Con el acuerdo aprobado el martes 1 de abril, el Ayuntamiento decidió la adhesión de Sevilla a Eurocities.",
])
def test_a_decision_dated_by_its_weekday_dates_the_joining(sentence):
    assert _joined(sentence) == ["2025-04-01"]


# The section the text is about, named by its noun alone after an article, is that section: its count is its own.
@pytest.mark.parametrize("sentence, expected", [
    ("The section brings together 40 national associations.", [("member_associations", "40")]),
    ("La section regroupe 40 associations nationales.", [("member_associations", "40")]),
    ("Lusaka is active in the section, which brings together 40 national associations.",
     [("member_associations", "40")]),
])
def test_the_section_named_alone_is_the_one_described(sentence, expected):
    assert _counts(sentence) == expected
