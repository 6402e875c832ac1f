"""How Spanish and Italian pages word a network's founding, seat, joining and presidency: the date before the verb,
the founding as a noun, the seat with its network between noun and verb, fact sheet labels, and what must stay
silent."""

from datetime import UTC, date, datetime

import pytest
from helpers.extracted import claims_of_sentence as _claims

from scraper.parsers.claims import find_claims
from scraper.parsers.extract import extract_page


@pytest.mark.parametrize("sentence, expected", [
    ("Eurocities è stata creata nel 1986 da sei grandi città.", [("founded", "1986")]),
    ("La AIMF, nacida en Quebec en 1979, agrupa a alcaldes francófonos.",
     [("founded", "1979"), ("founded_place", "Quebec")]),
    ("La red vio la luz en 1990.", [("founded", "1990")]),
    ("L'Unione ha visto la luce nel 1990.", [("founded", "1990")]),
    ("En 2005 se fundó la red C40.", [("founded", "2005")]),
    ("Nel 2005 è nata la rete C40.", [("founded", "2005")]),
    ("Nell'anno 1985 è stata fondata Metropolis.", [("founded", "1985")]),
    ("La fundación de Mayors for Peace se remonta a 1982.", [("founded", "1982")]),
    ("La fondazione dell'AIMF risale al 1979.", [("founded", "1979")]),
    ("Mayors for Peace fue creada en 1982 en la ciudad de Hiroshima.",
     [("founded", "1982"), ("founded_place", "Hiroshima")]),
    ("La rete è stata fondata nel 1982 nella città giapponese di Hiroshima.",
     [("founded", "1982"), ("founded_place", "Hiroshima")]),
    ("CGLU celebró su congreso fundacional en París en 2004.", [("founded", "2004"), ("founded_place", "París")]),
    ("Año de creación: 1985", [("founded", "1985")]),
    ("Data di fondazione: 1985", [("founded", "1985")]),
    ("Lugar de fundación: Barcelona", [("founded_place", "Barcelona")]),
    ("Luogo di fondazione: Barcellona", [("founded_place", "Barcellona")]),
])
def test_a_founding_is_read_in_its_spanish_and_italian_wordings(sentence, expected):
    assert _claims(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "La fundación de la ciudad se remonta a 1346.",
    "La fondazione del borgo risale al 1200.",
    "En 2010 el Ayuntamiento abrió una oficina de relaciones internacionales.",
    "Nel 2010 il Comune ha aperto un ufficio per l'Europa.",
])
def test_a_founding_that_is_no_networks_gives_no_founding(sentence):
    assert _claims(sentence) == []


@pytest.mark.parametrize("sentence, place", [
    ("La sede de CGLU se encuentra en Barcelona.", "Barcelona"),
    ("El secretariado de Eurocities está en Bruselas.", "Bruselas"),
    ("Il segretariato di Eurocities è a Bruxelles.", "Bruxelles"),
    ("La sede della rete si trova a Bruxelles.", "Bruxelles"),
    ("ICORN está ubicada en Stavanger (Noruega).", "Stavanger"),
    ("Eurocities è basata a Bruxelles.", "Bruxelles"),
    ("La red, con base en Barcelona, agrupa a metrópolis.", "Barcelona"),
    ("La UCCI tiene su sede permanente en Madrid.", "Madrid"),
    ("C40 tiene sus oficinas centrales en Londres.", "Londres"),
    ("C40 ha i suoi uffici centrali a Londra.", "Londra"),
])
def test_a_seat_is_read_in_its_spanish_and_italian_wordings(sentence, place):
    assert _claims(sentence) == [("headquarters", place)]


@pytest.mark.parametrize("sentence", [
    "La sede de la ONU está en Nueva York.",
    "La sede del Comune è a Palazzo Civico.",
    "La exposición está ubicada en la plaza Mayor.",
])
def test_another_bodys_seat_or_a_place_that_is_no_city_gives_no_seat(sentence):
    assert _claims(sentence) == []


@pytest.mark.parametrize("sentence, expected", [
    ("CGLU reúne a unos 240.000 municipios y gobiernos regionales.", [("represented_governments", "240000")]),
    ("CGLU agrupa a más de 240.000 entidades locales.", [("represented_governments", "240000")]),
    ("La rete riunisce circa 240.000 comuni e governi regionali.", [("represented_governments", "240000")]),
    ("La red agrupa 200 ciudades y 30 gobiernos regionales.",
     [("member_cities", "200"), ("represented_governments", "30")]),
])
def test_cities_counted_with_governments_are_represented_governments(sentence, expected):
    assert _claims(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "L'anno 1985 vide nascere Metropolis.",
    "El año 1985 vio nacer Metropolis.",
])
def test_a_year_named_as_such_is_no_count_of_the_noun_after_it(sentence):
    assert [claim for claim in find_claims(sentence, date(2025, 3, 1)) if claim.unit] == []


@pytest.mark.parametrize("sentence, when", [
    ("Madrid pertenece a Eurocities desde el año 2004.", "2004"),
    ("Torino appartiene a Eurocities dall'anno 2004.", "2004"),
    ("Torino è membro di Eurocities dall'aprile 2004.", "2004-04"),
    ("Madrid entró a formar parte de Eurocities en 2009.", "2009"),
    ("Bilbao pasó a formar parte de la red en 2011.", "2011"),
    ("Madrid se asoció a Eurocities en 2009.", "2009"),
    ("Torino si è associata a Eurocities nel 2009.", "2009"),
    ("L'adesione di Torino a Eurocities risale al 2009.", "2009"),
    ("La adhesión de Madrid a Eurocities se remonta a 2009.", "2009"),
])
def test_a_joining_is_read_in_its_spanish_and_italian_wordings(sentence, when):
    assert _claims(sentence) == [("joined", when)]


@pytest.mark.parametrize("sentence", [
    "Madrid se incorporó al foro de cultura de Eurocities en 2009.",
    "Madrid pasó a formar parte del grupo de trabajo de movilidad en 2012.",
    "Torino è entrata nel forum cultura di Eurocities nel 2009.",
    "Leeds joined the Culture Forum of Eurocities in 2009.",
    "El alcalde se asoció a la iniciativa en 2009.",
])
def test_joining_a_part_of_a_network_or_something_else_is_no_joining(sentence):
    assert _claims(sentence) == []


@pytest.mark.parametrize("sentence, person", [
    ("CGLU tiene como presidente a Carlos Martínez.", "Carlos Martínez"),
    ("La presidencia de CGLU la ocupa Carlos Martínez.", "Carlos Martínez"),
    ("La presidencia de CGLU recae en Carlos Martínez.", "Carlos Martínez"),
    ("Carlos Martínez ocupa la presidencia de CGLU.", "Carlos Martínez"),
    ("Carlos Martínez ostenta la presidencia de la AIMF.", "Carlos Martínez"),
    ("Carlos Martínez fue elegido presidente de CGLU en 2022.", "Carlos Martínez"),
    ("Carlos Martínez fue reelegido presidente de CGLU.", "Carlos Martínez"),
    ("CGLU está encabezada por Carlos Martínez.", "Carlos Martínez"),
    ("La presidenza di CGLU è affidata a Carlo Rossi.", "Carlo Rossi"),
    ("CGLU ha come presidente Carlo Rossi.", "Carlo Rossi"),
    ("Carlo Rossi ricopre la presidenza di CGLU.", "Carlo Rossi"),
])
def test_a_president_is_read_in_its_spanish_and_italian_wordings(sentence, person):
    assert _claims(sentence) == [("president", person)]


@pytest.mark.parametrize("sentence", [
    "Carlos Martínez fue presidente de CGLU.",
    "La delegación de Eurocities está encabezada por la alcaldesa.",
    "La delegazione è guidata dalla sindaca.",
    "The delegation was led by the mayor.",
    "La presidencia del comité recae en el director general.",
    "Carlos Martínez ocupa la presidencia de la comisión de cultura.",
])
def test_a_former_president_a_delegations_leader_or_a_committees_chair_is_no_president(sentence):
    assert _claims(sentence) == []


@pytest.mark.parametrize("sentence, expected", [
    ("La AIMF está formada por 300 ciudades de 50 países.", [("member_cities", "300"), ("member_countries", "50")]),
    ("L'AIMF è formata da 300 città.", [("member_cities", "300")]),
    ("La AIMF ha financiado 300 proyectos en 50 ciudades.", [("projects", "300")]),
    ("L'AIMF ha finanziato 300 progetti in 50 città.", [("projects", "300")]),
    ("AIMF has funded 300 projects in 50 cities.", [("projects", "300")]),
    ("Mayors for Peace ha base a Hiroshima.", [("headquarters", "Hiroshima")]),
    ("Su Secretaría Técnica Permanente se ubica en Montevideo.", [("headquarters", "Montevideo")]),
])
def test_what_a_network_is_made_of_and_where_its_projects_are(sentence, expected):
    assert _claims(sentence) == expected


def test_the_founders_of_a_network_are_still_no_count_of_its_members():
    assert _claims("La red fue formada por seis ciudades en 1986.") == []


@pytest.mark.parametrize("sentence, expected", [
    ("Barcelona fue socia fundadora de Eurocities en 1986.", [("joined", "1986"), ("founded", "1986")]),
    # a founding member since a year: the joining, the network's founding not stated
    ("Barcelona es ciudad fundadora de Eurocities desde 1986.", [("joined", "1986")]),
    ("Torino è socia fondatrice di Eurocities dal 1986.", [("joined", "1986")]),
    ("Barcelona es una de las ciudades fundadoras de Eurocities, creada en 1986.",
     [("joined", "1986"), ("founded", "1986")]),
    ("Desde el año 2011, Sevilla forma parte de Eurocities.", [("joined", "2011")]),
    ("Dall'anno 2011 Torino fa parte di Eurocities.", [("joined", "2011")]),
    ("Sevilla está adherida a Eurocities desde 2011.", [("joined", "2011")]),
    ("Torino è aderente a Eurocities dal 2011.", [("joined", "2011")]),
])
def test_a_founding_member_and_a_membership_since_a_year_in_spanish_and_italian(sentence, expected):
    assert _claims(sentence) == expected


def test_the_founders_named_as_a_group_are_no_joining_of_the_city():
    assert _claims("Las ciudades fundadoras de Eurocities fueron seis, en 1986.") == []


@pytest.mark.parametrize("sentence, person", [
    ("Actualmente la preside Carlos Martínez.", "Carlos Martínez"),
    ("Oggi la presiede Carlo Rossi.", "Carlo Rossi"),
    ("Al frente de CGLU está Carlos Martínez.", "Carlos Martínez"),
    ("Al frente de CGLU está el alcalde de Soria, Carlos Martínez.", "Carlos Martínez"),
    ("Alla guida di CGLU c'è Carlo Rossi.", "Carlo Rossi"),
])
def test_a_president_after_the_verb_or_at_the_head_of_the_network(sentence, person):
    assert _claims(sentence) == [("president", person)]


@pytest.mark.parametrize("sentence", [
    "La preside Maria Rossi ha accolto gli studenti.",
    "Al frente del Ayuntamiento está Carlos Martínez.",
    "Al frente de la delegación de CGLU está Carlos Martínez.",
    "La presidió Carlos Martínez.",
])
def test_a_head_teacher_a_mayor_or_a_former_chair_is_no_president(sentence):
    assert _claims(sentence) == []


def test_a_president_named_after_a_pronoun_is_the_paragraphs_networks():
    html = """<html lang="es"><body><main><h1>Redes internacionales</h1>
      <p>La AIMF agrupa a alcaldes de ciudades francófonas. Actualmente la preside Carlos Martínez.</p>
    </main></body></html>"""
    extraction = extract_page(html.encode(), "https://ciudad.example/redes", datetime(2025, 3, 1, tzinfo=UTC))
    assert [(fact["network_id"], fact["attribute"], fact["value"]) for fact in extraction.facts] == [
        ("aimf", "president", "Carlos Martínez")]


@pytest.mark.parametrize("sentence, expected", [
    ("La alcaldía firmó el pacto junto a otras 20 ciudades andaluzas.", []),
    ("Il Comune ha firmato il patto con altre 20 città.", []),
    ("Secretaría técnica: Barcelona", [("headquarters", "Barcelona")]),
    ("Segretariato tecnico: Barcellona", [("headquarters", "Barcellona")]),
    ("Al frente de la red está el alcalde de Hiroshima, Kazumi Matsui.", [("president", "Kazumi Matsui")]),
    ("Alla guida della rete c'è Carlo Rossi.", [("president", "Carlo Rossi")]),
])
def test_other_cities_a_technical_secretariat_and_the_head_of_the_network(sentence, expected):
    assert _claims(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Il Comune partecipa al forum Mobilità, al quale ha aderito nel 2015.", []),
    ("La ciudad participa en el grupo de trabajo de cultura, al que se incorporó en 2015.", []),
    ("Padova, che fa parte del forum, ha aderito a Eurocities nel 2010.", [("joined", "2010")]),
    ("La presidenza di CGLU è affidata a rotazione a un sindaco eletto dal congresso.", []),
    ("La presidencia de CGLU recae en un alcalde elegido por turno.", []),
    ("La rete ha sede a Hiroshima e la presiede il sindaco di Hiroshima, Kazumi Matsui.",
     [("headquarters", "Hiroshima"), ("president", "Kazumi Matsui")]),
])
def test_a_part_joined_through_a_relative_clause_and_a_presidency_held_by_no_one_named(sentence, expected):
    assert _claims(sentence) == expected


def test_an_accordions_heading_button_names_the_network_of_its_panel():
    html = """<html lang="it"><body><main><h1>Reti internazionali</h1><p>Le reti di cui fa parte il Comune.</p>
      <div class="accordion-item"><h2 class="accordion-header"><button class="accordion-button" type="button"
        data-bs-toggle="collapse" data-bs-target="#p1">Città e Governi Locali Uniti</button></h2>
      <div id="p1" class="accordion-collapse collapse"><div class="accordion-body">
        <ul><li>Anno di fondazione: 2004</li><li>Sede: Barcellona</li></ul></div></div></div>
    </main></body></html>"""
    extraction = extract_page(html.encode(), "https://comune.example/reti", datetime(2025, 3, 1, tzinfo=UTC))
    assert sorted((fact["network_id"], fact["attribute"], fact["value"]) for fact in extraction.facts) == [
        ("uclg", "founded", "2004"), ("uclg", "headquarters", "Barcellona")]
