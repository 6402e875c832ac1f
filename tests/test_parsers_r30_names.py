"""Which network a fact belongs to when a network is named in more than one way."""

import pytest

from tests.helpers.extracted import triples_of_snippet

_INTRO = "Die Stadt ist Mitglied in mehreren Organisationen."


@pytest.mark.parametrize("body, expected", [
    # prose, the short form only
    ("<p>Die Stadt ist Mitglied im Städtetag NRW, der rund 40 Städte vertritt.</p>",
     ("stadtetag-nordrhein-westfalen", "member_cities", "40")),
    # a card headed by the short form, a meta line
    ("<div class='card'><h3>Städtetag NRW</h3><p>Sitz: Köln</p></div>",
     ("stadtetag-nordrhein-westfalen", "headquarters", "Köln")),
    # a table row naming the full name
    ("<table><tr><th>Verband</th><th>Mitglied seit</th></tr><tr><td>Städtetag Nordrhein-Westfalen</td>"
     "<td>1991</td></tr></table>",
     ("stadtetag-nordrhein-westfalen", "joined", "1991")),
])
def test_a_lands_short_form_and_full_name_are_one_association(body, expected):
    found = triples_of_snippet(f"<h2>Verbände</h2><p>{_INTRO}</p>{body}", "de")
    assert expected in found
    assert not any(network == "stadtetag-nrw" for network, _, _ in found)


def test_both_forms_on_one_page_give_one_id():
    found = triples_of_snippet(f"<h2>Verbände</h2><p>{_INTRO}</p><h3>Beitritt zum Städtetag Nordrhein-Westfalen</h3>"
                               "<p>Die Stadt trat 1991 bei.</p><h3>Städtetag NRW</h3><p>Sitz: Köln</p>", "de")
    assert {network for network, _, _ in found} == {"stadtetag-nordrhein-westfalen"}


def test_a_land_named_in_full_keeps_its_own_id():
    # trap: another Land's association is not North Rhine-Westphalia's
    found = triples_of_snippet(f"<h2>Verbände</h2><p>{_INTRO}</p><ul><li>Städtetag Baden-Württemberg: Der Verband "
                               "vertritt 190 Städte.</li></ul>", "de")
    assert ("stadtetag-baden-wurttemberg", "member_cities", "190") in found
