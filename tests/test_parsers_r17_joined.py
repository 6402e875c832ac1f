"""Joinings and foundings missed, or wrongly read, although the network is named beside them: a seat on a network's
governing body, dated by the same "since" as a membership ("gehört seit 2020 dem Exekutivkomitee an"), is no joining
of the network."""

import pytest
from helpers.extracted import values_of


@pytest.mark.parametrize("lang, body, expected", [
    # prose, the body after the date
    ("de", "<p>Erfurt ist seit 2008 Mitglied von Mayors for Peace und gehört seit 2020 dem Exekutivkomitee der "
           "deutschen Mitgliedsstädte an.</p>", {("mayors-for-peace", "2008")}),
    ("fr", "<p>Lyon est membre d'Eurocities depuis 1991 et fait partie depuis 2020 du comité exécutif.</p>",
     {("eurocities", "1991")}),
    # a card, the body after the member's word
    ("de", "<div class='card'><h3>Mayors for Peace</h3><p>Erfurt ist seit 2008 Mitglied von Mayors for Peace und seit "
           "2020 Mitglied des Vorstands.</p></div>", {("mayors-for-peace", "2008")}),
    ("en", "<ul><li>Leeds has been a member of Eurocities since 1991 and a member since 2020 of the executive "
           "committee.</li></ul>", {("eurocities", "1991")}),
    # an accordion, a table
    ("es", "<details><summary>Eurocities</summary><p>Bilbao es miembro de Eurocities desde 1991 y forma parte desde "
           "2020 del comité ejecutivo.</p></details>", {("eurocities", "1991")}),
    ("it", "<table><tr><td>Bologna è membro di Eurocities dal 1991 e fa parte dal 2020 del comitato esecutivo.</td>"
           "</tr></table>", {("eurocities", "1991")}),
])
def test_a_seat_on_a_governing_body_since_a_year_is_no_joining(lang, body, expected):
    assert values_of("joined", body, lang) == expected


@pytest.mark.parametrize("lang, body, expected", [
    # a network whose name opens with a body's word is the network joined
    ("fr", "<p>Lyon est membre depuis 1991 du Conseil des communes et régions d'Europe.</p>", ("cemr", "1991")),
    ("de", "<p>Erfurt ist seit 2008 Mitglied im Rat der Gemeinden und Regionen Europas.</p>", ("cemr", "2008")),
    ("en", "<p>Leeds has been a member since 1991 of Eurocities, whose executive committee it chairs.</p>",
     ("eurocities", "1991")),
])
def test_a_membership_since_a_year_of_the_network_itself_stays_a_joining(lang, body, expected):
    assert expected in values_of("joined", body, lang)
