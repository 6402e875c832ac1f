"""Networks named by the members they gather, as real pages write them, and the bodies and words that are no network's
name nor a network's fact."""

import pytest
from helpers.extracted import card, claimed_values, claims_of_sentence, network_ids, triples_of_snippet


def _row(name: str, text: str) -> str:
    return f"<table><tr><th>Network</th><th>Facts</th></tr><tr><td>{name}</td><td>{text}</td></tr></table>"


# English names a network of local units by its members, in capitals: a kind of town and the members' noun "of Europe"
# or "of the World", a region and "Councils", a "Local Government" body; pages in every language keep the English name.
@pytest.mark.parametrize("text, network_id", [
    ("Bath is a member of The Great Spa Towns of Europe.", "great-spa-towns-of-europe"),
    ("La ville a rejoint les Walled Towns of Europe en 2012.", "walled-towns-of-europe"),
    ("Die Stadt gehört seit 2010 den Historic Wine Cities of Europe an.", "historic-wine-cities-of-europe"),
    ("Siamo membri dei Most Beautiful Villages of the World.", "most-beautiful-villages-of-the-world"),
    ("London Councils represents the 32 boroughs and the City.", "london-councils"),
    ("North East Councils is based in Newcastle.", "north-east-councils"),
    ("Port-Louis est membre du Commonwealth Local Government Forum depuis 2001.",
     "commonwealth-local-government-forum"),
    ("Commonwealth Local Government Forum (CLGF)", "commonwealth-local-government-forum"),
    ("El municipio es miembro de la Welsh Local Government Association.", "welsh-local-government-association"),
])
def test_english_names_of_local_units(text, network_id):
    assert network_id in network_ids(text)


# A town's title or its partners, councils of a kind, and a forum held in a year name no network.
@pytest.mark.parametrize("text", [
    "Bath is one of the Twin Towns of Bath's partners.",
    "The Twin Towns of Europe page lists our partners.",
    "District Councils and County Councils share the work.",
    "Town and Parish Councils are consulted each year.",
    "All Councils must publish their accounts.",
    "Neighbouring Councils of Somerset were invited.",
    "The Commonwealth Local Government Forum 2025 took place in Kigali.",
    "Bath was European Capital of Culture candidate.",
])
def test_no_name_of_local_units(text):
    assert not any(network_id.endswith(("-of-europe", "-councils", "-forum", "-of-the-world"))
                   for network_id in network_ids(text))


@pytest.mark.parametrize("body, lang, expected", [
    (card("The Great Spa Towns of Europe", "The association links 11 towns in seven countries. Bath has been a"
           " member since 2014."), "en", {("great-spa-towns-of-europe", "member_cities", "11"),
                                          ("great-spa-towns-of-europe", "joined", "2014")}),
    (_row("South West Councils", "Member since 2009. It brings together the 30 local authorities of the region."),
     "en", {("south-west-councils", "joined", "2009")}),
    ("<dl><dt>Réseau</dt><dd>Commonwealth Local Government Forum (CLGF)</dd><dt>Fondé</dt><dd>1995</dd>"
     "<dt>Siège</dt><dd>Londres</dd></dl>", "fr", {("commonwealth-local-government-forum", "headquarters",
                                                     "Londres")}),
    ("<p>Mantova aderisce dal 2015 alle Historic Walled Towns of Europe, che riuniscono 40 città.</p>", "it",
     {("historic-walled-towns-of-europe", "joined", "2015")}),
    ("<p>Die Stadt ist seit 2014 Mitglied der Great Spa Towns of Europe.</p>", "de",
     {("great-spa-towns-of-europe", "joined", "2014")}),
])
def test_facts_of_english_names_of_local_units(body, lang, expected):
    assert expected <= triples_of_snippet(body, lang)


# A street or a building is where the seat stands, not the seat: the town after it is; with no town after it, no seat.
@pytest.mark.parametrize("sentence, town", [
    ("The LGA represents 317 councils in England and is based in Smith Square, London.", "London"),
    ("The secretariat is based in Local Government House, Smith Square, London SW1P 3HZ.", "London"),
    ("La sede è in Piazza del Campidoglio, Roma.", "Roma"),
    ("Il segretariato ha sede in Via Roma, 12, Torino.", "Torino"),
])
def test_the_town_after_a_street_is_the_seat(sentence, town):
    assert ("headquarters", town) in claims_of_sentence(sentence)


@pytest.mark.parametrize("sentence, seat", [
    ("The association is based in Smith Square.", None),
    ("Der Verband hat seinen Sitz in Schwäbisch Hall.", "Schwäbisch Hall"),
    ("The network is headquartered in Brussels, Belgium.", "Brussels"),
    ("Le réseau est basé à Place-d'Armes, Québec.", "Place-d'Armes"),
])
def test_a_town_is_no_street(sentence, seat):
    seats = [value for attribute, value in claims_of_sentence(sentence) if attribute == "headquarters"]
    assert seats == ([seat] if seat else [])


@pytest.mark.parametrize("body, lang, seat", [
    (card("Local Government Association (LGA)", "The LGA is based in Smith Square, London."), "en", "London"),
    ("<h3>ANCI</h3><p>L'ANCI riunisce 7000 comuni e ha sede in Piazza del Campidoglio, Roma.</p>", "it", "Roma"),
])
def test_the_town_after_a_street_in_markup(body, lang, seat):
    assert seat in {value for _, attribute, value in triples_of_snippet(body, lang) if attribute == "headquarters"}


# Who leads one of several parties to a meeting leads no network, the party written in the plural before the one it
# heads; and a town written with its noun after its name ("Bath City", "Leeds City Council") is no one's name.
@pytest.mark.parametrize("sentence", [
    "En el último congreso participaron delegaciones de 45 ciudades, entre ellas la de Barranquilla, encabezada por el"
    " gerente de Ciudad.",
    "Al congreso asistieron delegaciones de 30 ciudades; la de Quito, encabezada por Ana Pérez.",
    "Des délégations de 40 villes, dont celle de Lyon, conduite par Marie Dupont, ont participé.",
    "Delegations from 12 cities attended, Bath's led by Jane Smith.",
    "Locally, the work is led by Bath City of Sanctuary.",
    "The network is chaired by Leeds City Council.",
])
def test_no_president_of_a_party_or_a_town(sentence):
    assert claimed_values("president", sentence) == []


@pytest.mark.parametrize("sentence, person", [
    ("La red está encabezada por Ana Pérez, alcaldesa de Quito.", "Ana Pérez"),
    ("The network is chaired by Judith Blake, leader of Leeds City Council.", "Judith Blake"),
    ("Le réseau est présidé par Anne Hidalgo.", "Anne Hidalgo"),
])
def test_a_networks_president_stays(sentence, person):
    assert claimed_values("president", sentence) == [person]


def _counts(sentence: str) -> list[str]:
    return [value for attribute, value in claims_of_sentence(sentence) if attribute.startswith(("member_", "repr"))]


# A local group of volunteers or a charity's branch is no network: the members it counts are people.
@pytest.mark.parametrize("sentence", [
    "Locally, the work is led by Bath City of Sanctuary, a volunteer group with around 60 members, with support from"
    " the council.",
    "Vor Ort trägt ein ehrenamtlicher Verein mit rund 80 Mitgliedern die Arbeit.",
    "Lo impulsa un grupo de voluntarios con unos 40 miembros.",
    "Lo sostiene un gruppo di volontari con circa 50 soci.",
    "Localement, l'action est portée par un groupe local de 25 membres.",
    "The charity's branch in Leeds has 120 members.",
])
def test_no_count_of_a_local_groups_people(sentence):
    assert _counts(sentence) == []


@pytest.mark.parametrize("sentence, count", [
    ("City of Sanctuary UK, a charity, now counts more than 100 member cities.", "100"),
    ("The network, with 300 volunteers, gathers 50 cities.", "50"),
    ("Mayors for Peace gathers 8000 cities; a volunteer group runs its archive.", "8000"),
])
def test_a_networks_count_beside_volunteers_stays(sentence, count):
    assert count in _counts(sentence)


# German names a regional body of local governments by a compound noun and its region, a metropolitan region's
# association by its adjective or its "e.V.", a cross-border conference by its adjective; in every case declined.
@pytest.mark.parametrize("text, network_id", [
    ("Europäische Metropolregion München e.V.", "europaische-metropolregion-munchen"),
    ("Die Stadt ist Gründungsmitglied der Europäischen Metropolregion München.", "europaische-metropolregion-munchen"),
    ("Metropolregion Rhein-Neckar e.V.", "metropolregion-rhein-neckar"),
    ("Die Stadt ist seit 1994 Mitglied im Städteverband Schleswig-Holstein.", "stadteverband-schleswig-holstein"),
    ("Mitglied des Regionalverbandes Ruhr seit 1920.", "regionalverband-ruhr"),
    ("Die Stadt will im Regionalverband Ruhr Projekte fördern.", "regionalverband-ruhr"),
    ("Kommunalverband Großraum Braunschweig", "kommunalverband-grossraum-braunschweig"),
    ("Die Internationale Bodensee-Konferenz (IBK) wurde 1972 gegründet.", "internationale-bodensee-konferenz"),
    ("Konstanz arbeitet in der Internationalen Bodensee-Konferenz mit.", "internationale-bodensee-konferenz"),
])
def test_german_regional_bodies(text, network_id):
    assert network_id in network_ids(text)


# A region as a place, a party's or a club's branch, a utility, a conference held in a year.
@pytest.mark.parametrize("text", [
    "Die Stadt liegt in der Metropolregion Rhein-Neckar.",
    "Der Kreisverband München tagt am Montag.",
    "Der Zweckverband Abfallwirtschaft Südbaden erhöht die Gebühren.",
    "Die Bodensee-Konferenz 2024 findet in Konstanz statt.",
])
def test_no_german_regional_body(text):
    assert network_ids(text) == []


@pytest.mark.parametrize("body, expected", [
    ("<table><tr><th>Netzwerk</th><th>Sitz</th><th>Mitglied seit</th></tr><tr><th>Europäische Metropolregion München"
     " e.V.</th><td>München</td><td>2007</td></tr></table>", ("europaische-metropolregion-munchen", "joined", "2007")),
    ("<p>Die Stadt ist seit 1994 Mitglied im Städteverband Schleswig-Holstein, der seinen Sitz in Kiel hat.</p>",
     ("stadteverband-schleswig-holstein", "joined", "1994")),
    (card("Kommunalverband Großraum Braunschweig", "Der Kommunalverband Großraum Braunschweig hat seinen Sitz in"
           " Braunschweig."), ("kommunalverband-grossraum-braunschweig", "headquarters", "Braunschweig")),
])
def test_facts_of_german_regional_bodies(body, expected):
    assert expected in triples_of_snippet(body, "de")
