"""The network a line, a program or a section is about when its text names others: a line opened by a network's name
and a colon is that network's."""

import pytest
from helpers.extracted import triples_of_snippet

_INTRO = {"en": "The city belongs to several organisations.", "fr": "La ville adhère à plusieurs organisations.",
          "es": "La ciudad forma parte de varias organizaciones.", "it": "La città aderisce a diverse organizzazioni.",
          "de": "Die Stadt ist Mitglied in mehreren Organisationen."}


@pytest.mark.parametrize("lang, body, expected, other", [
    # a definition list read as "name: text"
    ("en", "<dl><dt>Canadian Capital Cities Organization</dt><dd><p>The CCCO links Canada's 14 capital cities to "
           "promote civic education.</p></dd></dl>",
     ("canadian-capital-cities-organization", "member_cities", "14"), None),
    # prose line, other networks named first in its text
    ("en", "<p>Partners for Climate Protection: Run jointly by FCM and ICLEI Canada, PCP is a network of more than "
           "500 municipalities.</p>",
     ("partners-for-climate-protection", "member_cities", "500"), "federation-of-canadian-municipalities"),
    ("fr", "<ul><li>Fédération des villes côtières : créée par l'AMF, la FVC est un réseau qui fédère 120 "
           "communes.</li></ul>",
     ("federation-des-villes-cotieres", "member_cities", "120"), "association-des-maires-de-france"),
    ("es", "<table><tr><td>Asociación de Ciudades Ribereñas: junto con la FEMP, la ACR es una red de 45 "
           "municipios.</td></tr></table>",
     ("asociacion-de-ciudades-riberenas", "member_cities", "45"), "federacion-espanola-de-municipios-y-provincias"),
    ("it", "<div class='card'><p>Associazione Comuni Termali Europei: promossa dall'ANCI, l'ACTE è una rete di 40 "
           "comuni.</p></div>",
     ("associazione-comuni-termali-europei", "member_cities", "40"), "associazione-nazionale-comuni-italiani"),
    ("de", "<p>Verband Kleiner Grenzstädte: Gemeinsam mit dem Deutschen Städtetag vertritt der VKG als Netzwerk 35 "
           "Städte.</p>",
     ("verband-kleiner-grenzstadte", "member_cities", "35"), "deutscher-stadtetag"),
])
def test_a_line_opened_by_a_networks_name_is_that_networks(lang, body, expected, other):
    found = triples_of_snippet(f"<h2>Memberships</h2><p>{_INTRO[lang]}</p>{body}", lang)
    assert expected in found
    assert not any(network == other and value == expected[2] for network, _, value in found)


@pytest.mark.parametrize("lang, body", [
    # trap: a label that is not a network's name, its text calling another body by its acronym
    ("en", "<p>Climate Leadership Plan: Eurocities counts 200 member cities.</p>"),
    ("fr", "<p>Bilan annuel : l'AIMF rassemble 300 villes membres.</p>"),
])
def test_a_label_whose_text_does_not_spell_it_leaves_the_named_network(lang, body):
    found = triples_of_snippet(f"<h2>Memberships</h2><p>{_INTRO[lang]}</p>{body}", lang)
    assert {network for network, attribute, _ in found if attribute == "member_cities"} <= {"eurocities", "aimf"}
    assert found


@pytest.mark.parametrize("lang, sentence, expected, owner", [
    ("en", "FCM's Partners for Climate Protection program brings together more than 500 municipalities.",
     ("partners-for-climate-protection", "member_cities", "500"), "federation-of-canadian-municipalities"),
    ("fr", "Le programme Villes Amies du Vélo de l'AIMF rassemble 120 villes.",
     ("villes-amies-du-velo", "member_cities", "120"), "aimf"),
    ("es", "El programa Ciudades Amigables con la Infancia de la FEMP reúne a 300 municipios.",
     ("ciudades-amigables-con-la-infancia", "member_cities", "300"), "federacion-espanola-de-municipios-y-provincias"),
    # a programme's count read after its quoted name is not read; it is still not its owner's
    ("it", "Il programma «Città Sicure» dell'ANCI riunisce 150 comuni.", None,
     "associazione-nazionale-comuni-italiani"),
    ("de", "Das Programm „Klimaschutz vor Ort“ des Deutschen Städtetages vereint 80 Städte.", None,
     "deutscher-stadtetag"),
])
def test_a_programme_named_with_its_owner_is_the_programmes(lang, sentence, expected, owner):
    found = triples_of_snippet(f"<h2>Memberships</h2><p>{_INTRO[lang]}</p><p>{sentence}</p>", lang)
    assert expected is None or expected in found
    assert not any(network == owner for network, _, _ in found)


@pytest.mark.parametrize("lang, sentence, expected", [
    # trap: the owner's own facts, no programme named by its name
    ("en", "Victoria has been a member of FCM since 1976 and takes part in its climate program.",
     ("federation-of-canadian-municipalities", "joined", "1976")),
    ("fr", "Membre de l'AIMF depuis 1979, la ville suit son programme de coopération.", ("aimf", "joined", "1979")),
])
def test_an_unnamed_programme_leaves_the_fact_to_its_owner(lang, sentence, expected):
    found = triples_of_snippet(f"<h2>Memberships</h2><p>{_INTRO[lang]}</p><p>{sentence}</p>", lang)
    assert expected in found


@pytest.mark.parametrize("lang, sentence, first, second", [
    ("en", "Victoria has taken part in Eurocities since 1998 and has been a member of ICLEI since 2019.",
     ("eurocities", "joined", "1998"), ("iclei", "joined", "2019")),
    ("fr", "La ville adhère à Eurocities depuis 1991 et est membre de CGLU depuis 2004.",
     ("eurocities", "joined", "1991"), ("uclg", "joined", "2004")),
    ("es", "La ciudad pertenece a CIDEU desde 1995 y es miembro de Mercociudades desde 1999.",
     ("cideu", "joined", "1995"), ("mercociudades", "joined", "1999")),
    ("it", "Il Comune aderisce a Eurocities dal 1996 ed è membro di ICLEI dal 2008.",
     ("eurocities", "joined", "1996"), ("iclei", "joined", "2008")),
])
def test_each_coordinated_joining_is_the_network_its_clause_names(lang, sentence, first, second):
    found = triples_of_snippet(f"<h2>Memberships</h2><p>{_INTRO[lang]}</p><p>{sentence}</p>", lang)
    assert {first, second} <= found
    assert (first[0], "joined", second[2]) not in found


def test_a_joining_in_a_relative_clause_stays_the_earlier_networks():
    found = triples_of_snippet("<h2>Memberships</h2><p>The city belongs to several organisations.</p><p>ICLEI, which "
                               "the city joined in 2019 with Eurocities, works on climate.</p>", "en")
    assert ("iclei", "joined", "2019") in found
    assert ("eurocities", "joined", "2019") not in found


@pytest.mark.parametrize("lang, sentence", [
    ("fr", "Section africaine de CGLU, l'organisation fédère 51 associations nationales de collectivités locales."),
    ("en", "The African section of UCLG brings together 51 national associations of local governments."),
    ("es", "La sección africana de CGLU agrupa a 51 asociaciones nacionales de gobiernos locales."),
    ("it", "La sezione africana di CGLU riunisce 51 associazioni nazionali di enti locali."),
    ("de", "Die afrikanische Sektion von UCLG vereint 51 nationale Verbände der Kommunen."),
])
def test_a_continental_section_named_before_its_network_is_the_sections(lang, sentence):
    found = triples_of_snippet(f"<h2>Memberships</h2><p>{_INTRO[lang]}</p><p>{sentence}</p>", lang)
    assert ("cglu-afrique", "member_associations", "51") in found
    assert not any(network == "uclg" for network, _, _ in found)


def test_a_section_of_a_network_without_a_known_continental_section_stays_the_network():
    found = triples_of_snippet("<h2>Memberships</h2><p>La ville adhère à plusieurs organisations.</p><p>Section "
                               "africaine de Metropolis, le réseau fédère 40 métropoles.</p>", "fr")
    assert not any(network == "cglu-afrique" for network, _, _ in found)


@pytest.mark.parametrize("lang, sentence, expected, parent", [
    ("es", "La Red Española de Ciudades por el Clima, sección de la FEMP para las políticas de cambio climático, está "
           "integrada por más de 300 ciudades.",
     ("red-espanola-de-ciudades-por-el-clima", "member_cities", "300"),
     "federacion-espanola-de-municipios-y-provincias"),
    ("fr", "Le Réseau des Villes Cyclables, section de l'AMF pour les mobilités, rassemble 90 communes.",
     ("reseau-des-villes-cyclables", "member_cities", "90"), "association-des-maires-de-france"),
    ("en", "The Big City Mayors' Caucus, a branch of FCM for the largest cities, brings together 22 cities.",
     ("big-city-mayors-caucus", "member_cities", "22"), "federation-of-canadian-municipalities"),
    ("it", "La Rete dei Comuni Sostenibili, sezione dell'ANCI per l'ambiente, riunisce 120 comuni.",
     ("rete-dei-comuni-sostenibili", "member_cities", "120"), "associazione-nazionale-comuni-italiani"),
])
def test_a_count_after_the_subjects_section_apposition_is_the_subjects(lang, sentence, expected, parent):
    found = triples_of_snippet(f"<h2>Memberships</h2><p>{_INTRO[lang]}</p><p>{sentence}</p>", lang)
    assert expected in found
    assert not any(network == parent and value == expected[2] for network, _, value in found)


def test_a_parents_own_aside_keeps_its_count():
    found = triples_of_snippet("<h2>Redes</h2><p>La ciudad forma parte de varias organizaciones.</p><p>La Red Española "
                               "de Ciudades por el Clima, sección de la FEMP, que agrupa a 8.000 municipios, trabaja "
                               "por el clima.</p>", "es")
    assert ("red-espanola-de-ciudades-por-el-clima", "member_cities", "8000") not in found


@pytest.mark.parametrize("lang, sentence, expected, translation", [
    ("es", "Mendoza es miembro desde 1999 de la Great Wine Capitals Global Network (Red de Grandes Capitales del "
           "Vino).",
     ("great-wine-capitals-global-network", "joined", "1999"), "red-de-grandes-capitales-del-vino"),
    ("fr", "Depuis 2004, la ville est membre de la Walled Towns Friendship Circle Association (Réseau des Villes "
           "Fortifiées).",
     ("walled-towns-friendship-circle-association", "joined", "2004"), "reseau-des-villes-fortifiees"),
    ("it", "Dal 2010 il Comune aderisce alla European Historic Thermal Towns Association (Rete delle Città Termali).",
     ("european-historic-thermal-towns-association", "joined", "2010"), "rete-delle-citta-termali"),
    ("en", "Since 2012 the city has been a member of the Great Wine Capitals Global Network (Réseau des Grandes "
           "Capitales du Vin).",
     ("great-wine-capitals-global-network", "joined", "2012"), "reseau-des-grandes-capitales-du-vin"),
])
def test_a_name_with_its_translation_in_brackets_is_the_first_names_network(lang, sentence, expected, translation):
    found = triples_of_snippet(f"<h2>Memberships</h2><p>{_INTRO[lang]}</p><p>{sentence}</p>", lang)
    assert expected in found
    assert not any(network == translation for network, _, _ in found)


def test_a_bracket_after_a_known_network_takes_its_id():
    found = triples_of_snippet("<h2>Redes</h2><p>La ciudad forma parte de varias organizaciones.</p><p>Desde 1991 la "
                               "ciudad es miembro de Eurocities (Red de Ciudades Europeas).</p>", "es")
    assert ("eurocities", "joined", "1991") in found
    assert not any(network == "red-de-ciudades-europeas" for network, _, _ in found)


@pytest.mark.parametrize("body, expected", [
    ("<p>In Nordrhein-Westfalen ist die Stadt außerdem Mitglied im Städtetag NRW, der 39 Städte vertritt.</p>",
     ("stadtetag-nordrhein-westfalen", "member_cities", "39")),
    ("<ul><li>Städtetag Baden-Württemberg: Der Verband vertritt 190 Städte.</li></ul>",
     ("stadtetag-baden-wurttemberg", "member_cities", "190")),
    ("<table><tr><th>Verband</th><th>Mitglied seit</th></tr><tr><td>Städte- und Gemeindebund Brandenburg</td>"
     "<td>1991</td></tr></table>",
     ("stadte-und-gemeindebund-brandenburg", "joined", "1991")),
])
def test_an_association_named_by_its_noun_and_its_land_is_the_lands(body, expected):
    found = triples_of_snippet("<h2>Deutscher Städtetag</h2><p>Der Deutsche Städtetag vertritt rund 3.200 Städte."
                               f"</p><h2>Im Land</h2><p>{_INTRO['de']}</p>{body}", "de")
    assert expected in found
    assert not any(network == "deutscher-stadtetag" and value == expected[2] for network, _, value in found)
    assert ("deutscher-stadtetag", "member_cities", "3200") in found


@pytest.mark.parametrize("lang, first, sentence, expected, passing", [
    ("it", "Dal 2025 il Comune fa parte della Rete Italiana Città Sane – OMS.",
     "La Rete, nata nel 1995 e con sede a Modena, riunisce oltre 70 comuni impegnati nel progetto Città Sane "
     "dell'Organizzazione Mondiale della Sanità.",
     ("rete-italiana-citta-sane-oms", "headquarters", "Modena"), "who-healthy-cities"),
    ("es", "Desde 2010 la ciudad forma parte de la Red de Ciudades Sostenibles del Sur.",
     "La Red, creada en 2005 con sede en Rosario, agrupa a 90 municipios y colabora con Mercociudades.",
     ("red-de-ciudades-sostenibles-del-sur", "headquarters", "Rosario"), "mercociudades"),
    ("fr", "Depuis 2012, la ville est membre du Réseau des Villes Cyclables de l'Ouest.",
     "Le Réseau, fondé en 1998 et basé à Nantes, rassemble 45 villes et travaille avec Eurocities.",
     ("reseau-des-villes-cyclables", "headquarters", "Nantes"), "eurocities"),
])
def test_a_capitalised_head_noun_as_subject_is_the_network_named_before(lang, first, sentence, expected, passing):
    found = triples_of_snippet(f"<h2>Reti</h2><p>{_INTRO[lang]}</p><p>{first}</p><p>{sentence}</p>", lang)
    assert expected in found
    assert not any(network == passing and value == expected[2] for network, _, value in found)


def test_a_head_noun_two_networks_share_points_to_neither():
    found = triples_of_snippet("<h2>Reti</h2><p>La città aderisce a diverse organizzazioni.</p><p>Il Comune fa parte "
                               "della Rete dei Comuni Solidali e della Rete delle Città Sane Sarde.</p><p>La Rete, "
                               "nata nel 1995 con sede a Modena, collabora con Eurocities.</p>", "it")
    assert not any(value == "Modena" and network.startswith("rete-") for network, _, value in found)


# A box of key figures: a known network's part, then parts headed by names the vocabulary does not know.
_BOX = ("<aside class='col-lg-4'><div class='card'><div class='card-header'><h2>{title}</h2></div>"
        "<div class='card-body'>"
        "<div class='dato'><h3>CIDEU</h3><ul><li>{cideu_row}</li></ul></div>"
        "<div class='dato'><h3>{other}</h3><ul><li>{row}</li><li>{seat}</li></ul></div></div></div></aside>")


@pytest.mark.parametrize("lang, text, title, cideu_row, other, row, seat, expected", [
    ("es", "En 2011 la Ciudad ingresa a la Red Argentina de Municipios frente al Cambio Climático (RAMCC).",
     "Las redes en cifras", "Fundado en 1993", "RAMCC", "Más de 280 municipios adheridos", "Sede: Rosario",
     {("red-argentina-de-municipios-frente-al-cambio-climatico", "member_cities", "280"),
      ("red-argentina-de-municipios-frente-al-cambio-climatico", "headquarters", "Rosario")}),
    ("fr", "En 2011, la ville a rejoint l'Association des Villes Riveraines du Rhône (AVRR).",
     "Les réseaux en chiffres", "Fondé en 1993", "AVRR", "Plus de 80 communes membres", "Siège : Lyon",
     {("association-des-villes-riveraines-du-rhone", "member_cities", "80"),
      ("association-des-villes-riveraines-du-rhone", "headquarters", "Lyon")}),
    ("en", "In 2011 the city joined the Atlantic Coastal Cities Network (ACCN).",
     "Networks in figures", "Founded in 1993", "ACCN", "More than 80 member cities", "Headquarters: Porto",
     {("atlantic-coastal-cities-network", "member_cities", "80"),
      ("atlantic-coastal-cities-network", "headquarters", "Porto")}),
])
def test_a_boxs_part_headed_by_an_unknown_name_is_not_the_network_before(lang, text, title, cideu_row, other, row,
                                                                          seat, expected):
    beside = _BOX.format(title=title, cideu_row=cideu_row, other=other, row=row, seat=seat)
    found = triples_of_snippet(f"<h2>Redes</h2><p>{_INTRO[lang]}</p><p>{text}</p>", lang, beside=beside)
    assert expected <= found
    assert not any(network == "cideu" and value in (seat.split(":")[-1].strip(), "80", "280")
                   for network, _, value in found)


@pytest.mark.parametrize("lang, other, row", [
    ("it", "Grandi Città del Vino", "Sede: Verona"),
    ("de", "Weinstädte Europas", "Sitz: Trier"),
])
def test_a_boxs_part_headed_by_an_unknown_name_keeps_its_rows_from_the_network_before(lang, other, row):
    beside = _BOX.format(title="Reti", cideu_row="1993", other=other, row=row, seat=row)
    found = triples_of_snippet(f"<h2>Reti</h2><p>{_INTRO[lang]}</p>", lang, beside=beside)
    assert not any(network == "cideu" and attribute == "headquarters" for network, attribute, _ in found)
