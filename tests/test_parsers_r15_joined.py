"""Joinings, foundings, seats and counts missed although the network is recognised: a founding member named by the
possessive ("una de sus ciudades fundadoras", "l'une de ses villes fondatrices", "zu seinen Gründungsmitgliedern"),
with the trap of the founders listed or counted."""

import pytest
from helpers.extracted import facts_of_snippet, values_of


@pytest.mark.parametrize("lang, body, expected", [
    # prose, the founding year in the same sentence
    ("es", "<p>Mercociudades nació en Asunción en 1995, y la capital es una de sus ciudades fundadoras.</p>",
     ("mercociudades", "1995")),
    # the founding year in the sentence before, in a news item's paragraph
    ("es", "<p>Fundada en 1982, la UCCI agrupa a 29 capitales. La Paz figura entre sus miembros fundadores, junto a "
           "Madrid y Lima.</p>", ("ucci", "1982")),
    # a card
    ("fr", "<div class='card'><h3>Energy Cities</h3><p>Créé en 1990, le réseau compte 1 000 collectivités. Besançon "
           "est l'une de ses villes fondatrices.</p></div>", ("energy-cities", "1990")),
    # a <dl>
    ("it", "<dl><dt>Energy Cities</dt><dd>Fondata nel 1990, la rete conta 1.000 enti locali. Vicenza è una delle sue "
           "città fondatrici.</dd></dl>", ("energy-cities", "1990")),
    # an accordion
    ("de", "<details><summary>Klima-Bündnis</summary><p>Das Klima-Bündnis wurde 1990 gegründet. Die Stadt zählt zu "
           "seinen Gründungsmitgliedern.</p></details>", ("climate-alliance", "1990")),
    ("it", "<h2>Avviso Pubblico</h2><p>L'associazione Avviso Pubblico è nata nel 1996 e il Comune è tra i suoi soci "
           "fondatori.</p>", ("avviso-pubblico", "1996")),
    ("en", "<h2>Eurocities</h2><p>Eurocities was founded in 1986. The city is one of its founding members.</p>",
     ("eurocities", "1986")),
])
def test_a_founding_member_named_by_the_possessive_joined_at_the_founding(lang, body, expected):
    assert expected in values_of("joined", body, lang)


@pytest.mark.parametrize("lang, body", [
    # the founders listed: not the city
    ("es", "<h2>UCCI</h2><p>Fundada en 1982, la UCCI agrupa a 29 capitales. Entre sus miembros fundadores figuran "
           "Madrid y Lima.</p>"),
    ("fr", "<h2>Energy Cities</h2><p>Créé en 1990, le réseau compte 1 000 collectivités. Parmi ses membres fondateurs "
           "étaient Besançon et Heidelberg.</p>"),
    # its founders counted: no joining
    ("de", "<h2>Klima-Bündnis</h2><p>Das Klima-Bündnis wurde 1990 von seinen 12 Gründungsmitgliedern ins Leben "
           "gerufen.</p>"),
])
def test_founders_listed_or_counted_are_no_joining(lang, body):
    assert not values_of("joined", body, lang)


@pytest.mark.parametrize("lang, body, expected", [
    # the member's noun in the present: prose, a card
    ("es", "<h2>Mercociudades</h2><p>En 2010 Rosario pasa a ser miembro de Mercociudades.</p>",
     ("mercociudades", "2010")),
    ("es", "<div class='card'><h3>CGLU</h3><p>En 2004 la ciudad se convierte en miembro de CGLU.</p></div>",
     ("uclg", "2004")),
    ("it", "<details><summary>Energy Cities</summary><p>Nel 2012 il Comune diventa socio di Energy Cities.</p>"
           "</details>",
     ("energy-cities", "2012")),
])
def test_a_joining_told_by_the_members_noun_in_the_present(lang, body, expected):
    assert expected in values_of("joined", body, lang)


@pytest.mark.parametrize("lang, body, expected", [
    # a timeline's list entry, the joining in a clause after a long one
    ("es", "<ul><li>2004: La Paz participa en París en el congreso fundacional de Ciudades y Gobiernos Locales Unidos "
           "(CGLU) y se convierte en miembro de la nueva organización mundial.</li></ul>", ("uclg", "2004")),
    ("fr", "<ul><li>2004 : la Ville participe à Paris au congrès fondateur de Cités et Gouvernements Locaux Unis "
           "(CGLU) et devient membre de la nouvelle organisation mondiale.</li></ul>", ("uclg", "2004")),
    # the year apart from the entry's text
    ("en", "<ol><li><span>2004</span><p>The mayor attends the founding congress of United Cities and Local "
           "Governments (UCLG) in Paris and the city becomes a member of the new world organisation.</p></li></ol>",
     ("uclg", "2004")),
    ("it", "<ul><li>2004: il sindaco partecipa a Parigi al congresso fondativo di Città e Governi Locali Uniti (CGLU) "
           "e il Comune diventa socio della nuova organizzazione mondiale.</li></ul>", ("uclg", "2004")),
])
def test_a_long_timeline_entry_dates_its_joining_by_its_year(lang, body, expected):
    assert expected in values_of("joined", body, lang)


@pytest.mark.parametrize("lang, body", [
    # another year between the entry's and the verb: the entry's year is not the joining's
    ("fr", "<ul><li>2004 : la Ville participe au congrès fondateur de Cités et Gouvernements Locaux Unis (CGLU), "
           "prépare le congrès de 2010 et devient membre de la nouvelle organisation.</li></ul>"),
    ("es", "<ul><li>2004: La Paz participa en el congreso fundacional de Ciudades y Gobiernos Locales Unidos (CGLU), "
           "que en 2007 celebra su segundo congreso, y se convierte en miembro de la organización.</li></ul>"),
])
def test_another_date_in_the_entry_keeps_its_year_off_the_joining(lang, body):
    assert ("uclg", "2004") not in values_of("joined", body, lang)


@pytest.mark.parametrize("lang, body, expected", [
    # a timeline's entry
    ("es", "<ul><li>2004: La Paz participa en París en el congreso fundacional de Ciudades y Gobiernos Locales Unidos "
           "(CGLU).</li></ul>", ("uclg", "París")),
    # prose
    ("fr", "<p>En 2004, la maire était à Paris au congrès fondateur de CGLU.</p>", ("uclg", "Paris")),
    # a card
    ("en", "<div class='card'><h3>UCLG</h3><p>In 2004 the mayor was in Paris at the founding congress of UCLG.</p>"
           "</div>", ("uclg", "Paris")),
    # an accordion
    ("it", "<details><summary>CGLU</summary><p>Nel 2004 il sindaco era a Parigi al congresso fondativo di CGLU.</p>"
           "</details>", ("uclg", "Parigi")),
    ("de", "<h2>UCLG</h2><p>2004 war der Bürgermeister in Paris beim Gründungskongress von UCLG.</p>",
     ("uclg", "Paris")),
])
def test_the_place_right_before_the_founding_meeting_is_where_the_network_was_founded(lang, body, expected):
    assert expected in values_of("founded_place", body, lang)


@pytest.mark.parametrize("lang, body", [
    # a month before the meeting, not a place
    ("es", "<h2>CGLU</h2><p>En mayo en el congreso fundacional de CGLU la ciudad presentó su plan.</p>"),
    # a place of another clause, farther than the meeting's own preposition
    ("fr", "<h2>CGLU</h2><p>Partie de Lyon, la délégation a rejoint le congrès fondateur de CGLU.</p>"),
    # an ordinary meeting, no founding
    ("en", "<h2>UCLG</h2><p>The mayor was in Rabat at the world congress of UCLG.</p>"),
])
def test_a_place_beside_another_meeting_or_a_month_is_no_founding_place(lang, body):
    assert not values_of("founded_place", body, lang)


def _timeline(*entries: tuple[str, str, str]) -> str:
    """A timeline whose entries show their year apart, then a title and a text."""
    items = "".join(f"<li><div class='year'><span>{year}</span></div><div><h3>{title}</h3><p>{text}</p></div></li>"
                    for year, title, text in entries)
    return f"<ol class='timeline'>{items}</ol>"


@pytest.mark.parametrize("lang, entries, expected", [
    ("de", [("2009", "Mayors for Peace", "Augsburg tritt dem Netzwerk Bürgermeister für den Frieden bei."),
            ("2016", "Mitglied der ECCAR", "Mit dem Beitritt zur Städtekoalition verpflichtet sich die Stadt auf den "
                                           "Aktionsplan.")], ("eccar", "2016")),
    ("fr", [("2009", "Maires pour la paix", "La Ville adhère aux Maires pour la paix."),
            ("2016", "Adhésion à l'ECCAR", "En adhérant à la coalition, la Ville adopte le plan d'action en dix "
                                           "points.")], ("eccar", "2016")),
    ("en", [("2009", "Mayors for Peace", "The city joins Mayors for Peace."),
            ("2016", "Member of ECCAR", "On joining the coalition, the city adopts the ten-point plan of action.")],
     ("eccar", "2016")),
    ("es", [("2009", "Alcaldes por la Paz", "La ciudad se adhiere a Alcaldes por la Paz."),
            ("2016", "Miembro de ECCAR", "Al adherirse a la coalición, la ciudad adopta el plan de diez puntos.")],
     ("eccar", "2016")),
])
def test_a_timeline_entrys_title_names_the_network_its_text_joins(lang, entries, expected):
    assert expected in values_of("joined", _timeline(*entries), lang)


@pytest.mark.parametrize("lang, entries", [
    # the next entry's title names another network than the earlier entry's: its joining is not the earlier one's
    ("de", [("2009", "Mayors for Peace", "Augsburg tritt dem Netzwerk Bürgermeister für den Frieden bei."),
            ("2023", "Biologische Vielfalt", "Augsburg wird Mitglied im Bündnis für Stadtnatur.")]),
    ("it", [("2009", "Mayors for Peace", "Il Comune aderisce a Mayors for Peace."),
            ("2023", "Biodiversità", "Il Comune aderisce all'alleanza dei comuni per la biodiversità.")]),
])
def test_a_timeline_entry_titled_otherwise_is_not_the_earlier_networks(lang, entries):
    assert ("mayors-for-peace", "2023") not in values_of("joined", _timeline(*entries), lang)


@pytest.mark.parametrize("lang, body, expected", [
    # under a heading naming the network, an entry's title naming none stays in its section
    ("de", "<h2>Klima-Bündnis</h2>" + _timeline(("1993", "Beitritt", "Der Stadtrat beschließt den Beitritt zum "
                                                 "Bündnis.")), ("climate-alliance", "1993")),
    ("fr", "<h2>Eurocities</h2>" + _timeline(("1991", "Adhésion", "La Ville adhère au réseau.")),
     ("eurocities", "1991")),
])
def test_a_timeline_under_a_networks_heading_stays_its_section(lang, body, expected):
    assert expected in values_of("joined", body, lang)


@pytest.mark.parametrize("body, expected", [
    # a table's row
    ("<table><tr><th>Network</th><th>What it is</th><th>Member since</th></tr><tr><th>Local Government Association "
     "(LGA)</th><td>National voice of local government in England, representing over 300 councils.</td><td>1997</td>"
     "</tr></table>", ("local-government-association", "300", "more_than")),
    # a card
    ("<div class='card'><h3>Local Government Association</h3><p>It represents about 320 local councils.</p></div>",
     ("local-government-association", "320", "about")),
    # prose
    ("<h2>UK100</h2><p>UK100 brings together more than 100 councils committed to net zero.</p>",
     ("uk100", "100", "more_than")),
])
def test_councils_counted_are_the_local_governments_represented(body, expected):
    network, value, qualifier = expected
    assert (network, "represented_governments", value, qualifier) in facts_of_snippet(body, "en")


@pytest.mark.parametrize("body, expected", [
    # the network's members by their cities' councils: member cities, as before
    ("<h2>UK100</h2><p>The network links 40 city councils.</p>", ("uk100", "40", "exact")),
])
def test_city_councils_stay_member_cities(body, expected):
    network, value, qualifier = expected
    found = facts_of_snippet(body, "en")
    assert (network, "member_cities", value, qualifier) in found
    assert not {fact for fact in found if fact[1] == "represented_governments"}


@pytest.mark.parametrize("body", [
    # the network's own bodies, or another kind of council: no governments counted
    "<h2>UK100</h2><p>The network has 3 advisory councils.</p>",
    "<h2>Eurocities</h2><p>Eurocities works with 12 youth councils across Europe.</p>",
])
def test_councils_of_another_kind_are_no_governments(body):
    assert not values_of("represented_governments", body, "en")


@pytest.mark.parametrize("body, expected", [
    # prose, the number in words
    ("<h2>Union of the Baltic Cities</h2><p>Heute zählt das Netzwerk rund 70 Mitgliedsstädte aus zehn "
     "Ostseeanrainerstaaten.</p>", ("union-of-baltic-cities", "10")),
    # a card
    ("<div class='card'><h3>Allianz in den Alpen</h3><p>Das Netzwerk verbindet rund 300 Gemeinden aus sieben "
     "Alpenstaaten.</p></div>", ("allianz-in-den-alpen", "7")),
    # a <dl>
    ("<dl><dt>Eurocities</dt><dd>Über 200 Städte aus 27 EU-Staaten arbeiten im Netzwerk zusammen.</dd></dl>",
     ("eurocities", "27")),
])
def test_a_german_compound_of_states_counts_the_member_countries(body, expected):
    assert expected in values_of("member_countries", body, "de")


@pytest.mark.parametrize("body", [
    # a federation's own states, partner or third countries: no member countries
    "<h2>Deutscher Städtetag</h2><p>Der Städtetag vertritt 3.200 Städte aus allen 16 Bundesländern.</p>",
    "<h2>Eurocities</h2><p>Die Stadt pflegt Beziehungen zu Städten in 12 Partnerländern.</p>",
    "<h2>Eurocities</h2><p>Das Netzwerk arbeitet auch mit Städten aus 5 Drittstaaten zusammen.</p>",
])
def test_federal_states_partner_or_third_countries_are_no_member_countries(body):
    assert not values_of("member_countries", body, "de")


@pytest.mark.parametrize("lang, body, expected", [
    # a news teaser's summary, the day and month before the year
    ("it", "<h2>Intercultural Cities</h2><p>Dal 29 luglio 2026 Trapani è ufficialmente città membro della rete "
           "Intercultural Cities (ICC), che riunisce oltre 160 città.</p>", ("intercultural-cities", "2026-07-29")),
    # a card
    ("fr", "<div class='card'><h3>Eurocities</h3><p>Depuis le 12 mars 2024, Lyon est membre d'Eurocities.</p></div>",
     ("eurocities", "2024-03-12")),
    # a <dl>
    ("en", "<dl><dt>Eurocities</dt><dd>Since 12 March 2024 Leeds has been a member of Eurocities.</dd></dl>",
     ("eurocities", "2024-03-12")),
    # an accordion
    ("de", "<details><summary>Eurocities</summary><p>Seit dem 1. Juli 2024 ist die Stadt Rostock offiziell Mitglied "
           "im Netzwerk Eurocities.</p></details>", ("eurocities", "2024-07-01")),
    ("es", "<h2>Mercociudades</h2><p>Desde el 3 de marzo de 2020 la ciudad de Quito es oficialmente miembro de "
           "Mercociudades.</p>", ("mercociudades", "2020-03-03")),
])
def test_a_membership_since_a_day_counts_the_words_after_the_day(lang, body, expected):
    assert expected in values_of("joined", body, lang)


@pytest.mark.parametrize("lang, body", [
    # the member's word far from the date, in a clause about something else
    ("it", "<h2>Intercultural Cities</h2><p>Dal 29 luglio 2026 i cittadini possono visitare la mostra dedicata alle "
           "città membro della rete Intercultural Cities.</p>"),
])
def test_a_member_word_far_after_the_day_is_no_joining(lang, body):
    assert not values_of("joined", body, lang)


_NAMED_IN_FULL = ("<h3>Avviso Pubblico – Enti locali e Regioni per la formazione civile contro le mafie</h3>"
                  "<p>Adesione: 2019</p>")


@pytest.mark.parametrize("body", [
    # a heading of a summary section
    _NAMED_IN_FULL + "<h2>Schede</h2><h3>Avviso Pubblico</h3><p>Nata nel 1996, l'associazione mette in rete oltre "
                     "500 enti locali e regioni.</p>",
    # a card's title
    _NAMED_IN_FULL + "<div class='card'><h4>Avviso Pubblico</h4><p>Nata nel 1996, l'associazione mette in rete "
                     "oltre 500 enti locali e regioni.</p></div>",
    # an accordion's control
    _NAMED_IN_FULL + "<details><summary>Avviso Pubblico</summary><p>Nata nel 1996, l'associazione mette in rete "
                     "oltre 500 enti locali e regioni.</p></details>",
])
def test_a_heading_that_is_the_label_of_a_network_the_page_names_heads_its_section(body):
    found = facts_of_snippet(body, "it")
    assert ("avviso-pubblico", "founded", "1996", "exact") in found
    assert ("avviso-pubblico", "represented_governments", "500", "more_than") in found


def test_a_label_alone_on_a_page_that_never_names_the_network_is_no_network():
    # "Avviso pubblico": a public notice, on a page about no network
    body = "<h3>Avviso Pubblico</h3><p>Nata nel 1996, l'associazione mette in rete oltre 500 enti locali.</p>"
    assert not {fact for fact in facts_of_snippet(body, "it") if fact[0] == "avviso-pubblico"}
