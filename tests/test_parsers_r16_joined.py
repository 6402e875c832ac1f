"""Joinings and counts missed although the network is recognised: the count in a relative clause on an event's or a
part's organiser ("Le forum est organisé par Cités Unies France, qui fédère près de 500 collectivités"), with the
trap of the event's own audience and of the part's own members."""

import pytest
from helpers.extracted import facts_of_snippet


@pytest.mark.parametrize("lang, body, expected", [
    # prose, an event as the subject
    ("fr", "<p>Le forum est organisé par Cités Unies France, qui fédère près de 500 collectivités territoriales.</p>",
     ("cites-unies-france", "represented_governments", "500", "about")),
    ("en", "<p>The forum is hosted by Eurocities, which brings together more than 200 cities.</p>",
     ("eurocities", "member_cities", "200", "more_than")),
    # a card
    ("de", "<div class='card'><h3>Klimakonferenz</h3><p>Die Konferenz wird vom Klima-Bündnis organisiert, das mehr "
           "als 1.900 Kommunen vereint.</p></div>",
     ("climate-alliance", "member_cities", "1900", "more_than")),
    # an accordion
    ("es", "<details><summary>Encuentro anual</summary><p>El foro está organizado por el CIDEU, que reúne a más de "
           "140 ciudades.</p></details>",
     ("cideu", "member_cities", "140", "more_than")),
    # a <dl>, the organiser after an elided article
    ("it", "<dl><dt>Assemblea</dt><dd>Il forum è organizzato dall'ANCI, che riunisce oltre 7.000 comuni.</dd></dl>",
     ("associazione-nazionale-comuni-italiani", "member_cities", "7000", "more_than")),
])
def test_a_count_in_a_relative_clause_on_the_organiser_is_the_organisers(lang, body, expected):
    assert expected in facts_of_snippet(body, lang)


@pytest.mark.parametrize("lang, body", [
    # the event's audience, its organiser not described
    ("fr", "<p>Le forum est organisé par la Ville, qui accueille 300 participants.</p>"),
    ("en", "<p>The summit was hosted by Eurocities in Lyon, bringing together 500 mayors from 40 countries.</p>"),
    # the part's own members, no organiser named
    ("fr", "<p>Le forum Culture d'Eurocities, qui rassemble 100 villes, se réunit à Lyon.</p>"),
    ("de", "<p>Das Forum von Eurocities, das 100 Städte vereint, tagt in Leipzig.</p>"),
    ("it", "<p>Il forum della rete, che riunisce 100 città, è organizzato dal Comune.</p>"),
])
def test_an_events_audience_or_a_parts_members_stay_no_count_of_the_network(lang, body):
    assert not [fact for fact in facts_of_snippet(body, lang)
                if fact[1] in ("member_cities", "represented_governments", "member_countries")]
