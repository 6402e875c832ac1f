"""Wrong finds: a year a span ends with read as a count, an event's participants read as the network's members."""

import pytest
from helpers.extracted import facts_of_snippet


def _counts(facts):
    return {fact for fact in facts if fact[1] in ("member_cities", "member_countries", "represented_governments")}


@pytest.mark.parametrize("lang, body", [
    ("it", "<p>La rete Eurocities sarà presieduta fino al 2028 dalla città di Gand.</p>"),
    ("es", "<div class='card'><h3>Eurocities</h3><p>La red estará presidida hasta 2028 por la ciudad de Gante.</p>"
           "</div>"),
    ("fr", "<table><tr><th>Réseau</th><td>Eurocities</td></tr><tr><th>Présidence</th><td>Assurée jusqu'à 2028 par "
           "la ville de Gand.</td></tr></table>"),
    ("en", "<dl><dt>Eurocities</dt><dd>Chaired until 2028 by the city of Ghent.</dd></dl>"),
    ("de", "<h2>Eurocities</h2><p>Das Netzwerk wird bis 2028 von der Stadt Gent geleitet.</p>"),
])
def test_a_year_a_span_ends_with_is_no_count(lang, body):
    assert not _counts(facts_of_snippet(body, lang))


@pytest.mark.parametrize("lang, body, expected", [
    # the trap: a count near "until" that is no year
    ("en", "<p>Eurocities counts 200 cities, from Lisbon until Tallinn.</p>",
     ("eurocities", "member_cities", "200", "exact")),
    ("it", "<p>Eurocities conta oltre 200 città fino al prossimo allargamento.</p>",
     ("eurocities", "member_cities", "200", "more_than")),
])
def test_a_count_before_until_stays(lang, body, expected):
    assert expected in facts_of_snippet(body, lang)
