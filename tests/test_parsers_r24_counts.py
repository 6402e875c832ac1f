"""Member counts that are not a network's member cities: a count over local and regional tiers, a territory's or an
authority's own towns, a part of the network; each read as a careful reader reads it, in the five languages and in
the markups real pages use."""

import pytest
from helpers.extracted import facts_of_snippet

_COUNT_ATTRIBUTES = ("member_cities", "represented_governments", "member_countries")


def _counts(body: str, lang: str) -> set[tuple[str, str, str, str]]:
    return {fact for fact in facts_of_snippet(body, lang) if fact[1] in _COUNT_ATTRIBUTES}


# A count that names a regional tier by its own name (Bundesländer, départements, departamentos) with the local ones
# counts local and regional governments, as "communes et régions" does.
@pytest.mark.parametrize("lang, body, expected", [
    ("de", "<p>Dem Klima-Bündnis gehören über 2.000 Kommunen, Landkreise und Bundesländer an.</p>",
     ("climate-alliance", "represented_governments", "2000", "more_than")),
    ("fr", "<p>L'Alliance pour le climat compte près de 2 000 villes, communes et départements dans 27 pays.</p>",
     ("climate-alliance", "represented_governments", "2000", "about")),
    ("en", "<h2>Climate Alliance</h2><dl><dt>Members</dt><dd>some 2,000 cities, towns and regions</dd></dl>",
     ("climate-alliance", "represented_governments", "2000", "about")),
    ("es", "<p>Mercociudades reúne a más de 380 municipios y departamentos de 10 países.</p>",
     ("mercociudades", "represented_governments", "380", "more_than")),
])
def test_a_count_naming_a_regional_tier_counts_governments(lang, body, expected):
    found = _counts(body, lang)
    assert expected in found
    assert not {fact for fact in found if fact[1] == "member_cities"}


# The kinds of one total listed after its noun ("500 soci tra Comuni, Province e Regioni") are read as when they
# follow the count itself.
@pytest.mark.parametrize("lang, body, expected", [
    ("it", "<p>Matera aderisce ad Avviso Pubblico. Fondata nel 1996, la rete conta oggi oltre 500 soci tra Comuni,"
     " Unioni di Comuni, Province e Regioni.</p>", ("avviso-pubblico", "represented_governments", "500", "more_than")),
    ("it", "<p>Eurocities conta circa 200 membri tra città, aree metropolitane e regioni.</p>",
     ("eurocities", "represented_governments", "200", "about")),
    ("es", "<p>Mercociudades agrupa a más de 380 miembros entre municipios, provincias y regiones.</p>",
     ("mercociudades", "represented_governments", "380", "more_than")),
])
def test_the_kinds_of_a_total_after_its_noun_name_regional_tiers(lang, body, expected):
    found = _counts(body, lang)
    assert expected in found
    assert not {fact for fact in found if fact[1] == "member_cities"}


# Trap: "tra cui", "entre ellas" open examples of the members, whatever they name.
@pytest.mark.parametrize("lang, body, expected", [
    ("it", "<p>Eurocities conta oltre 200 città, tra cui i capoluoghi di molte regioni europee.</p>",
     ("eurocities", "member_cities", "200", "more_than")),
    ("es", "<p>Mercociudades agrupa a más de 380 ciudades, entre ellas capitales de provincias y regiones.</p>",
     ("mercociudades", "member_cities", "380", "more_than")),
    # nor the places the members spread between
    ("it", "<p>Cittaslow conta oltre 90 città tra Toscana, Umbria e altre regioni.</p>",
     ("cittaslow", "member_cities", "90", "more_than")),
])
def test_examples_of_the_members_are_no_kinds_of_the_total(lang, body, expected):
    assert expected in _counts(body, lang)


# Trap: towns alone stay member cities, and so do towns with the Landkreise, local authorities themselves.
@pytest.mark.parametrize("lang, body, expected", [
    ("de", "<h2>Klima-Bündnis</h2><p>Mitglieder: rund 2.000 Städte, Gemeinden und Landkreise</p>",
     ("climate-alliance", "member_cities", "2000", "about")),
    ("de", "<p>Dem Klima-Bündnis gehören rund 2.000 Städte, Gemeinden und Landkreise an.</p>",
     ("climate-alliance", "member_cities", "2000", "about")),
    ("de", "<p>Dem Klima-Bündnis gehören rund 2.000 Städte und Gemeinden an.</p>",
     ("climate-alliance", "member_cities", "2000", "about")),
    ("it", "<p>Eurocities conta oltre 200 soci tra le maggiori città europee.</p>",
     ("eurocities", "member_cities", "200", "more_than")),
    ("fr", "<p>Eurocities réunit plus de 200 villes dans 38 pays.</p>", ("eurocities", "member_cities", "200",
                                                                          "more_than")),
])
def test_towns_alone_stay_member_cities(lang, body, expected):
    assert expected in _counts(body, lang)


# A territory or a local authority named as the subject (or the label) of a count of the units it is divided into
# counts its own towns, not the members of the network the block is about.
@pytest.mark.parametrize("lang, body", [
    ("en", "<h2>Association of Municipalities of Ontario</h2><p>Ontario has 444 municipalities. London has been a"
     " member of AMO since 1990.</p>"),
    ("en", "<p>Canada has more than 3,500 municipalities; the Federation of Canadian Municipalities speaks for"
     " them.</p>"),
    ("fr", "<p>La Corse compte 360 communes ; Ajaccio est membre de l'AIMF.</p>"),
    ("fr", "<h2>Villes de France</h2><ul><li>Agglomération Tarbes-Lourdes-Pyrénées : 86 communes</li>"
     "<li>Tarbes est membre de Villes de France.</li></ul>"),
    ("de", "<h2>Klima-Bündnis</h2><p>Bayern zählt 2.056 Gemeinden. Ingolstadt ist seit 1993 Mitglied im"
     " Klima-Bündnis.</p>"),
    ("it", "<h2>Avviso Pubblico</h2><p>La Basilicata conta 131 comuni. Matera è socia di Avviso Pubblico.</p>"),
    ("es", "<h2>Mercociudades</h2><p>Tucumán tiene 19 municipios. La ciudad es miembro de Mercociudades.</p>"),
])
def test_a_territorys_own_towns_are_no_network_count(lang, body):
    assert not {fact for fact in _counts(body, lang) if fact[1] == "member_cities"}


# Trap: the network as the subject, or a place's count of the network's members, keep their reading.
@pytest.mark.parametrize("lang, body, expected", [
    ("en", "<p>The Association of Municipalities of Ontario has 425 member municipalities.</p>",
     ("association-of-municipalities-of-ontario", "member_cities", "425", "exact")),
    ("fr", "<p>Villes de France compte près de 600 communes adhérentes.</p>",
     ("villes-de-france", "member_cities", "600", "about")),
    ("it", "<p>Cittaslow conta oggi oltre 280 comuni in 33 paesi.</p>", ("cittaslow", "member_cities", "280",
                                                                          "more_than")),
    ("de", "<p>Der Bayerische Städtetag zählt rund 300 Gemeinden.</p>",
     ("bayerischer-stadtetag", "member_cities", "300", "about")),
])
def test_the_networks_own_count_of_towns_stays(lang, body, expected):
    assert expected in _counts(body, lang)


# A part of a network (a sub-network, a thematic unit, a working group told apart by "alone", a national chapter) as
# the subject of the count: that part's members, not the network's.
@pytest.mark.parametrize("lang, body", [
    ("en", "<h2>UNESCO Creative Cities Network</h2><p>London joined the UNESCO Creative Cities Network in 2021. The"
     " music sub-network alone now counts some 70 cities.</p>"),
    ("fr", "<h2>Eurocities</h2><p>Le sous-réseau culture d'Eurocities compte une centaine de villes.</p>"),
    ("de", "<p>Allein die Arbeitsgruppe Kultur von Eurocities zählt 90 Städte.</p>"),
    ("es", "<p>La Unidad Temática de Cultura de Mercociudades reúne por sí sola a 80 ciudades.</p>"),
    ("es", "<p>El capítulo argentino de Mercociudades agrupa a 60 ciudades.</p>"),
    ("it", "<p>La sottorete cultura di Eurocities conta 90 città.</p>"),
])
def test_a_parts_members_are_no_network_count(lang, body):
    assert not {fact for fact in _counts(body, lang) if fact[1] == "member_cities"}


# Trap: the network named as the subject keeps its count, whatever parts the sentence names after it.
@pytest.mark.parametrize("lang, body, expected", [
    ("en", "<p>The UNESCO Creative Cities Network now counts 350 cities in seven creative fields.</p>",
     ("unesco-creative-cities-network", "member_cities", "350", "exact")),
    ("es", "<p>Mercociudades, con sus unidades temáticas, reúne a más de 380 ciudades.</p>",
     ("mercociudades", "member_cities", "380", "more_than")),
    ("de", "<p>Eurocities zählt rund 200 Städte und hat sechs Foren.</p>", ("eurocities", "member_cities", "200",
                                                                             "about")),
])
def test_the_network_as_subject_keeps_its_count(lang, body, expected):
    assert expected in _counts(body, lang)
