"""Seats, joinings and foundings written in other words than the usual ones, in cards, lists and asides: the seat's
noun then a participle of place ("son secrétariat, établi à Paris")."""

import pytest
from helpers.extracted import values_of


@pytest.mark.parametrize("lang, body, expected", [
    # prose, the participle set off by commas
    ("fr", "<h2>AIMF</h2><p>Son secrétariat permanent, établi à Paris, coordonne les programmes du Fonds de "
           "coopération.</p>", ("aimf", "Paris")),
    # a news item's paragraph, the seat's owner named as such
    ("fr", "<h2>Metropolis</h2><p>Le secrétariat général de l'association, établi à Barcelone, y présentera son plan "
           "stratégique.</p>", ("metropolis", "Barcelone")),
    # a card
    ("en", "<div class='card'><h3>ICLEI</h3><p>Its world secretariat, located in Bonn, supports members in 125 "
           "countries.</p></div>", ("iclei", "Bonn")),
    # a <dl>
    ("de", "<dl><dt>Klima-Bündnis</dt><dd>Das Sekretariat des Netzwerks, angesiedelt in Frankfurt am Main, berät die "
           "Mitglieder.</dd></dl>", ("climate-alliance", "Frankfurt am Main")),
    # an accordion
    ("es", "<details><summary>CIDEU</summary><p>Su secretaría general, establecida en Barcelona, coordina la "
           "formación.</p></details>", ("cideu", "Barcelona")),
    # the verb before the participle
    ("it", "<h2>Energy Cities</h2><p>Il segretariato della rete è situato a Besançon.</p>",
     ("energy-cities", "Besançon")),
])
def test_a_seat_noun_then_a_participle_of_place_gives_the_seat(lang, body, expected):
    assert expected in values_of("headquarters", body, lang)


@pytest.mark.parametrize("lang, body", [
    # another office than the seat
    ("fr", "<h2>AIMF</h2><p>Le bureau de la coopération, situé à Dakar, suit les projets.</p>"),
    # another body's seat, a congress's venue
    ("fr", "<h2>AIMF</h2><p>Le siège de la région, situé à Lyon, accueille la réunion.</p>"),
    ("it", "<h2>Energy Cities</h2><p>La sede del congresso, situata a Roma, ospita 300 delegati.</p>"),
    # a regional office
    ("fr", "<h2>CGLU</h2><p>Son secrétariat européen, établi à Bruxelles, suit les dossiers de l'Union.</p>"),
    ("en", "<h2>ICLEI</h2><p>Its secretariat for Europe, located in Freiburg, runs the projects.</p>"),
])
def test_another_bodys_or_a_regional_office_by_a_participle_is_no_seat(lang, body):
    assert not values_of("headquarters", body, lang)
