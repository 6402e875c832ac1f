"""Text and layout as a careful reader sees them: elements the page shows apart are read apart, even when the markup
puts no space between them, so that no value runs into the next element's words."""

import pytest
from helpers.extracted import triples_of_snippet


def _chips(*parts: str) -> str:
    """A card's line of facts, each in an element of its own, written with no space between the tags."""
    return '<div class="card__data">' + "".join(f"<span>{part}</span>" for part in parts) + "</div>"


@pytest.mark.parametrize("lang, body, expected", [
    ("es", "<h2>CGLU</h2>" + _chips("Sede: Barcelona", "Fundada en 2004 en París"),
     {("uclg", "headquarters", "Barcelona"), ("uclg", "founded", "2004"), ("uclg", "founded_place", "París")}),
    ("es", "<h2>CIDEU</h2>" + _chips("Creado en 1993 en Barcelona", "Más de 150 ciudades"),
     {("cideu", "founded", "1993"), ("cideu", "founded_place", "Barcelona"), ("cideu", "member_cities", "150")}),
    ("fr", "<h2>AIMF</h2>" + _chips("Siège : Paris", "Fondée en 1979 à Québec", "Plus de 300 villes"),
     {("aimf", "headquarters", "Paris"), ("aimf", "founded", "1979"), ("aimf", "founded_place", "Québec"),
      ("aimf", "member_cities", "300")}),
    ("de", "<h2>ICLEI</h2>" + _chips("Sitz: Bonn", "Gegründet 1990 in New York"),
     {("iclei", "headquarters", "Bonn"), ("iclei", "founded", "1990"), ("iclei", "founded_place", "New York")}),
    ("en", "<h2>Eurocities</h2>" + _chips("Headquarters: Brussels", "Founded in 1986 in Rotterdam"),
     {("eurocities", "headquarters", "Brussels"), ("eurocities", "founded", "1986"),
      ("eurocities", "founded_place", "Rotterdam")}),
    ("it", "<h2>Energy Cities</h2>" + _chips("Sede: Besançon", "Fondata nel 1990 a Besançon"),
     {("energy-cities", "headquarters", "Besançon"), ("energy-cities", "founded", "1990"),
      ("energy-cities", "founded_place", "Besançon")}),
    # a year's line before a label's
    ("es", "<h2>Unión de Ciudades Capitales Iberoamericanas (UCCI)</h2>" + _chips("Fundada en 1982", "Sede: Madrid"),
     {("ucci", "founded", "1982"), ("ucci", "headquarters", "Madrid")}),
])
def test_elements_side_by_side_without_a_space_are_lines_of_their_own(lang, body, expected):
    assert triples_of_snippet(body, lang) == expected


@pytest.mark.parametrize("lang, body, expected", [
    # a figure and its label, whatever the label's case
    ("de", "<h2>Eurocities</h2>" + _chips("über 200", "Mitgliedsstädte"), {("eurocities", "member_cities", "200")}),
    ("fr", "<h2>Eurocities</h2>" + _chips("plus de 200", "villes membres"), {("eurocities", "member_cities", "200")}),
    # a sentence its elements split after a word in lower case goes on
    ("it", "<h2>Energy Cities</h2><p><span>La città ha aderito a</span><span>Energy Cities nel 2010.</span></p>",
     {("energy-cities", "joined", "2010")}),
    # a label and its value
    ("es", "<h2>Eurocities</h2>" + _chips("Sede:", "Bruselas"), {("eurocities", "headquarters", "Bruselas")}),
])
def test_a_figure_and_its_label_a_sentence_or_a_label_and_its_value_stay_together(lang, body, expected):
    assert triples_of_snippet(body, lang) == expected


@pytest.mark.parametrize("lang, body, expected", [
    ("es", "<h2>Ciudades y Gobiernos Locales Unidos (CGLU)</h2><ul><li>Sede: Barcelona</li><li>Fundada en 2004 en "
           "París</li></ul>",
     {("uclg", "headquarters", "Barcelona"), ("uclg", "founded", "2004"), ("uclg", "founded_place", "París")}),
    ("fr", "<h2>AIMF</h2><dl><dt>Siège</dt><dd>Paris</dd><dt>Création</dt><dd>1979</dd></dl>",
     {("aimf", "headquarters", "Paris"), ("aimf", "founded", "1979")}),
    ("de", "<h2>ICLEI</h2><div><p>Sitz: Bonn</p><p>Gegründet 1990 in New York</p></div>",
     {("iclei", "headquarters", "Bonn"), ("iclei", "founded", "1990"), ("iclei", "founded_place", "New York")}),
    ("en", "<h2>Eurocities</h2><table><tr><td>Headquarters: Brussels</td><td>Founded in 1986 in Rotterdam</td></tr>"
           "</table>",
     {("eurocities", "headquarters", "Brussels"), ("eurocities", "founded", "1986"),
      ("eurocities", "founded_place", "Rotterdam")}),
    ("it", "<h2>Energy Cities</h2><p>Sede: Besançon<br>Fondata nel 1990 a Besançon</p>",
     {("energy-cities", "headquarters", "Besançon"), ("energy-cities", "founded", "1990"),
      ("energy-cities", "founded_place", "Besançon")}),
])
def test_blocks_written_without_a_space_between_their_tags_are_read_apart(lang, body, expected):
    assert triples_of_snippet(body, lang) == expected
