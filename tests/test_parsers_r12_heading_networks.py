"""Networks outside the vocabulary named only by the heading of the block that states their facts (a card's title, a
table row's first cell, an accordion's button), the text under it saying "the network", "la plateforme", "der Verbund",
"la rete", "la red" or nothing at all; and what such a heading is not (a description, a list's or a section's heading,
a twin city, a person)."""

from helpers.extracted import triples_of_snippet


def test_another_citys_joining_told_with_french_auxiliary_is_not_the_publishing_citys():
    body = ("<h2>Eurocities</h2><p>Mulhouse est membre d'Eurocities depuis 1997. Les maires se retrouvent chaque "
            "année ; Colmar a rejoint Eurocities en 2012.</p>")
    found = triples_of_snippet(body, "fr", url="https://www.mulhouse.fr/reseaux")
    joined = {value for _, attribute, value in found if attribute == "joined"}
    assert joined == {"1997"}
