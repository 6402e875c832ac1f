"""Values in a block apart from the main text: a side column's box of key figures on the networks the page names,
read while the menus beside it are not."""

import pytest
from helpers.extracted import facts_of_snippet, triples_of_snippet

_MENUS = ("<div class='bloque'><h3>{title}</h3><ul>"
          + "".join(f"<li><a href='/page-{index}'>{{link}} {index}</a></li>" for index in range(8)) + "</ul></div>")


def _column(*boxes: str, tag: str = "aside", marks: str = "") -> str:
    """A side column: the boxes, then menus of links (procedures, social networks) that make most of its text."""
    menus = _MENUS.format(title="Services", link="A procedure of the city hall") + _MENUS.format(
        title="Follow us", link="The city on a social network")
    return f"<{tag}{marks}>{''.join(boxes)}{menus}</{tag}>"


def _cards(title: str, *cards: tuple[str, list[str]]) -> str:
    """A box of key figures: its title, then one card per network, a heading and its rows."""
    return (f"<div class='box'><h3>{title}</h3>"
            + "".join(f"<div class='card'><h4>{name}</h4><ul>{''.join(f'<li>{row}</li>' for row in rows)}</ul></div>"
                      for name, rows in cards) + "</div>")


@pytest.mark.parametrize("lang, main, box, expected", [
    ("es", "<p>Cali participa en el CIDEU y en Eurocities.</p>",
     _cards("Datos clave", ("CIDEU", ["Sede: Barcelona", "Miembros: más de 130 ciudades"]),
            ("Eurocities", ["Más de 200 ciudades de 38 países"])),
     {("cideu", "headquarters", "Barcelona"), ("cideu", "member_cities", "130"),
      ("eurocities", "member_cities", "200"), ("eurocities", "member_countries", "38")}),
    ("fr", "<p>La Ville est membre de l'AIMF et de Cités Unies France.</p>",
     _cards("Chiffres clés", ("AIMF", ["Siège : Paris", "Plus de 300 villes membres"])),
     {("aimf", "headquarters", "Paris"), ("aimf", "member_cities", "300")}),
    ("en", "<p>The City is a member of ICLEI and of Mayors for Peace.</p>",
     _cards("Key facts", ("ICLEI", ["Headquarters: Bonn"]), ("Mayors for Peace", ["Over 8,000 member cities"])),
     {("iclei", "headquarters", "Bonn"), ("mayors-for-peace", "member_cities", "8000")}),
    ("de", "<p>Die Stadt ist Mitglied im Klima-Bündnis.</p>",
     "<div class='box'><h3>Auf einen Blick</h3><h4>Klima-Bündnis</h4><dl><dt>Sitz</dt><dd>Frankfurt am Main</dd>"
     "<dt>Gegründet</dt><dd>1990</dd></dl></div>",
     {("climate-alliance", "headquarters", "Frankfurt am Main"), ("climate-alliance", "founded", "1990")}),
    ("it", "<p>Il Comune aderisce a Eurocities.</p>",
     "<div class='box'><h3>In cifre</h3><p>Eurocities riunisce oltre 200 città di 38 paesi e ha sede a Bruxelles.</p>"
     "</div>",
     {("eurocities", "member_cities", "200"), ("eurocities", "headquarters", "Bruxelles")}),
])
def test_a_fact_box_in_a_side_column_of_menus_gives_its_networks_their_facts(lang, main, box, expected):
    assert expected <= triples_of_snippet(main, lang, beside=_column(box, marks=" class='columna-lateral'"))


@pytest.mark.parametrize("lang, main, box", [
    # the city's twin towns and its contacts: no network named, no network's fact
    ("it", "<p>Il Comune aderisce a Eurocities.</p>",
     _cards("Gemellaggi", ("Città gemellate", ["Lione, Francia", "Siviglia, Spagna"]),
            ("Contatti", ["Sede: Palazzo Comunale, Piazza del Comune 8", "Tel. 0372 4071"]))),
    # a contact card after a network's card, at its heading's level: its seat is the city hall's
    ("es", "<p>Cali participa en el CIDEU.</p>",
     _cards("Datos clave", ("CIDEU", ["Miembros: más de 130 ciudades"]), ("Contacto", ["Sede: Centro Administrativo"
                                                                                        " Municipal"]))),
    ("en", "<p>The City is a member of ICLEI.</p>",
     _cards("Key facts", ("ICLEI", ["Over 2,500 local governments"]), ("Visit us", ["Headquarters: City Hall"]))),
])
def test_a_side_columns_boxes_of_the_citys_own_give_no_networks_fact(lang, main, box):
    found = triples_of_snippet(main, lang, beside=_column(box, marks=" class='columna-lateral'"))
    assert not {fact for fact in found if fact[1] == "headquarters"}


@pytest.mark.parametrize("lang, main, known, short_name, rows", [
    ("es", "<p>Cali participa en el CIDEU y en la Asociación Colombiana de Ciudades Capitales.</p>",
     ("CIDEU", ["Miembros: más de 130 ciudades"]), "Asocapitales", ["Sede: Bogotá", "Agrupa a las 32 capitales"]),
    ("en", "<p>The City is a member of ICLEI and of the Alberta Municipal Association.</p>",
     ("ICLEI", ["Over 2,500 local governments"]), "Albertamuni", ["Seat: Edmonton", "Brings together 260 towns"]),
    ("fr", "<p>La Ville est membre de l'AIMF et de l'Association des maires du Grand Est.</p>",
     ("AIMF", ["Plus de 300 villes membres"]), "Mairesgrandest", ["Siège : Metz", "Réunit 400 communes"]),
])
def test_a_cards_seat_row_is_no_caption_of_the_next_cards_heading(lang, main, known, short_name, rows):
    """A card whose heading is a name the vocabulary does not know, over a list whose first row is a seat's ("Sede:
    Bogotá"): the rows are read as they are, not as a caption whose place is the heading, and not as the previous
    card's network's."""
    found = triples_of_snippet(main, lang, beside=_column(_cards("Datos", known, (short_name, rows))))
    assert not {fact for fact in found if fact[1] == "headquarters"}
    assert not {fact for fact in found if fact[1] == "member_cities" and fact[2] in ("32", "260", "400")}


@pytest.mark.parametrize("lang, body, expected", [
    # a fact sheet's row whose label is the members' noun, its value a collective
    ("fr", "<h2>CGLU Afrique</h2><ul><li><strong>Siège :</strong> Rabat</li><li><strong>Associations nationales "
           "membres :</strong> une quarantaine</li></ul>", ("cglu-afrique", "member_associations", "40", "about")),
    ("en", "<h2>CEMR</h2><dl><dt>Member associations</dt><dd>60</dd></dl>", ("cemr", "member_associations", "60",
                                                                             "exact")),
    ("de", "<h2>RGRE</h2><ul><li>Sitz: Brüssel</li><li>Nationale Mitgliedsverbände: rund 60</li></ul>",
     ("cemr", "member_associations", "60", "about")),
    ("es", "<h2>CGLU África</h2><table><tr><td>Asociaciones miembros</td><td>una cuarentena</td></tr></table>",
     ("cglu-afrique", "member_associations", "40", "about")),
    ("it", "<h2>CCRE</h2><p>Associazioni nazionali aderenti: una sessantina</p>",
     ("cemr", "member_associations", "60", "about")),
    # the national section named first, the relative clause after its parent's name telling of the parent
    ("fr", "<p>L'AFCCRE est la section française du CCRE, qui fédère une soixantaine d'associations nationales de "
           "collectivités.</p>", ("cemr", "member_associations", "60", "about")),
    ("es", "<p>La FEMP es la sección española del CMRE (CEMR), que agrupa a 60 asociaciones nacionales.</p>",
     ("cemr", "member_associations", "60", "exact")),
])
def test_a_count_of_member_associations_written_as_a_row_or_after_the_parent_is_read(lang, body, expected):
    assert expected in facts_of_snippet(body, lang)


@pytest.mark.parametrize("lang, body", [
    # the section's own members, counted in the relative clause after the section itself
    ("it", "<p>L'AICCRE è la sezione italiana del CCRE, che riunisce 1.200 enti locali.</p>"),
    # a collective after a row's label that counts no members
    ("fr", "<h2>CCRE</h2><p>Réunions par an : une dizaine</p>"),
])
def test_a_sections_own_count_or_a_rows_other_collective_is_no_count_of_member_associations(lang, body):
    assert not {fact for fact in facts_of_snippet(body, lang) if fact[1] in ("member_associations", "member_cities",
                                                                             "represented_governments")}


@pytest.mark.parametrize("lang, body, expected", [
    ("it", "<p>Cremona fa parte della Rete delle Città Creative UNESCO.</p><aside><h2>In breve: Città Creative "
           "UNESCO</h2><dl><dt>Nascita della Rete</dt><dd>2004</dd><dt>Città aderenti</dt><dd>oltre 350</dd></dl>"
           "</aside>", ("unesco-creative-cities-network", "founded", "2004")),
    ("fr", "<h2>Eurocities</h2><ul><li>Naissance du réseau : 1986</li><li>Siège : Bruxelles</li></ul>",
     ("eurocities", "founded", "1986")),
    ("es", "<h2>CIDEU</h2><table><tr><td>Nacimiento de la red</td><td>1993</td></tr></table>",
     ("cideu", "founded", "1993")),
    ("en", "<h2>ICLEI</h2><p>Birth of the network: 1990</p>", ("iclei", "founded", "1990")),
    ("de", "<h2>Klima-Bündnis</h2><dl><dt>Geburtsstunde des Netzwerks</dt><dd>1990</dd></dl>",
     ("climate-alliance", "founded", "1990")),
])
def test_a_rows_label_telling_of_the_networks_birth_gives_its_founding(lang, body, expected):
    assert expected in triples_of_snippet(body, lang)


@pytest.mark.parametrize("lang, body", [
    # a person's birth, on the card of the network's president
    ("it", "<h2>Città Creative UNESCO</h2><dl><dt>Presidente</dt><dd>Mario Rossi</dd><dt>Nascita</dt><dd>1960</dd>"
           "</dl>"),
    ("fr", "<h2>Eurocities</h2><ul><li>Président : Jean Dupont</li><li>Date de naissance : 12 mars 1960</li></ul>"),
])
def test_a_persons_birth_is_no_networks_founding(lang, body):
    assert not {fact for fact in triples_of_snippet(body, lang) if fact[1] == "founded"}
