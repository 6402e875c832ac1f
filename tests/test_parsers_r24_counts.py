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
