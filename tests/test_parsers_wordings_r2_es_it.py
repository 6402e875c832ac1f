"""How Spanish and Italian pages word a network's founding, seat, joining and presidency: the date before the verb,
the founding as a noun, the seat with its network between noun and verb, fact sheet labels, and what must stay
silent."""

from datetime import date

import pytest

from scraper.parsers.claims import find_claims


def _claims(sentence: str) -> list[tuple[str, str]]:
    return [(claim.attribute, claim.value) for claim in find_claims(sentence, date(2025, 3, 1))]


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
