"""Facts written beside their network in one block, in the wordings the parsers did not read: local governments a
network counts as its associated ones ("7.400 entidades locales asociadas")."""

import pytest
from helpers.extracted import triples_of_snippet

FEMP = "federacion-espanola-de-municipios-y-provincias"


@pytest.mark.parametrize("lang, body, expected", [
    # prose, the participle right after the noun and an aside in brackets after it
    ("es", "<p>La FEMP, con sede en Madrid, agrupa a más de 7.400 entidades locales asociadas (ayuntamientos, "
           "diputaciones y cabildos) y las representa ante el Estado.</p>", (FEMP, "represented_governments", "7400")),
    # prose, one more tier named before the participle
    ("it", "<p>Il Comune è socio dell'AICCRE dal 1998. L'AICCRE rappresenta circa 1.200 enti locali e regionali "
           "associati.</p>", ("aiccre", "represented_governments", "1200")),
    # a key figure in a card, the network named after the participle
    ("es", "<div class='card'><h3>Redes nacionales</h3><p>más de 7.400 entidades locales asociadas a la FEMP</p>"
           "</div>", (FEMP, "represented_governments", "7400")),
    # a table row
    ("it", "<table><tr><th>Rete</th><th>Descrizione</th></tr><tr><td>ANCI</td><td>L'ANCI riunisce oltre 7.000 "
           "amministrazioni locali associate.</td></tr></table>",
     ("associazione-nazionale-comuni-italiani", "represented_governments", "7000")),
    # the same count in the other languages, by their own word for members
    ("fr", "<p>L'AFCCRE fédère près de 1 500 collectivités adhérentes.</p>", ("afccre", "represented_governments",
                                                                              "1500")),
    ("en", "<p>The Local Government Association represents more than 300 member councils.</p>",
     ("local-government-association", "represented_governments", "300")),
])
def test_local_governments_called_associated_are_the_networks_members(lang, body, expected):
    assert expected in triples_of_snippet(body, lang)


@pytest.mark.parametrize("lang, body", [
    # associate members are a class of membership, not the count of members
    ("es", "<p>La FEMP cuenta también con 40 miembros asociados.</p>"),
    ("fr", "<p>L'AFCCRE compte aussi 40 membres associés.</p>"),
    ("it", "<p>L'AICCRE conta anche 40 membri associati.</p>"),
])
def test_associate_members_are_not_counted(lang, body):
    assert not any(attribute in ("member_cities", "represented_governments")
                   for _, attribute, _ in triples_of_snippet(body, lang))
