"""Joinings and foundings missed, or wrongly read, although the network is named beside them: a seat on a network's
governing body, dated by the same "since" as a membership ("gehört seit 2020 dem Exekutivkomitee an"), is no joining
of the network; a founding member, or a city taking part in the founding, joined in the year a timeline's entry opens
with ("2005: León es una de las ciudades fundadoras de la Red") or its words hold ("a participé en 2019 à la fondation
du réseau"), not a founding member in apposition nor a founder of a project; a timeline's entry where the founders
found the network dates its founding and names its place ("1980: In Zwolle gründen Vertreter ehemaliger Hansestädte den
Städtebund DIE HANSE"), not where they found a project or where the network founds something; a German founding dated
before its participle reads past the founder in apposition ("1982 vom Bürgermeister von Hiroshima, Takeshi Araki, ins
Leben gerufen") and past a separable verb's particle before the relative ("gehört Mayors for Peace an, das ... 1982 ins
Leben gerufen hat"), unless the relative's verb has an object of its own."""

import pytest
from helpers.extracted import facts_of_snippet, values_of


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


@pytest.mark.parametrize("lang, body, expected", [
    # a timeline's entry, the founding member in its first clause
    ("es", "<ul><li>2005: León es una de las ciudades fundadoras de la Red Española de Ciudades por el Clima, sección "
           "de la FEMP.</li></ul>", ("red-espanola-de-ciudades-por-el-clima", "2005")),
    ("de", "<ul><li>1997: Villach erhält als erste Stadt den Titel und wird Gründungsmitglied des Vereins „Alpenstadt "
           "des Jahres“.</li></ul>", ("alpenstadt-des-jahres", "1997")),
    ("it", "<ul><li>1999: Bologna è una delle città fondatrici di Cittaslow.</li></ul>", ("cittaslow", "1999")),
    # a table's row, a <dl>: the year in its own cell
    ("en", "<table><tr><th>1986</th><td>Lyon is a founding member of Eurocities.</td></tr></table>",
     ("eurocities", "1986")),
    ("fr", "<dl><dt>1986</dt><dd>Lyon participe à la création d'Eurocities.</dd></dl>", ("eurocities", "1986")),
    # taking part in the founding, in the present of a timeline
    ("es", "<ul><li>1995: La ciudad participa en la creación de la Red de Juderías de España – Caminos de Sefarad, que "
           "nació ese año con una docena de municipios.</li></ul>", ("red-de-juderias-de-espana", "1995")),
    ("it", "<ul><li>1989: Bologna partecipa alla fondazione di Cittaslow.</li></ul>", ("cittaslow", "1989")),
    ("en", "<ul><li>1986: Lyon takes part in the founding of Eurocities.</li></ul>", ("eurocities", "1986")),
    # in prose, the year inside the words
    ("fr", "<p>La Ville fait partie de l'Association des maires de France. Elle a participé en 2019 à la fondation du "
           "réseau « Villes romaines de Méditerranée », une initiative informelle.</p>",
     ("villes-romaines-de-mediterranee", "2019")),
])
def test_a_founding_member_joined_in_the_year_its_entry_or_its_words_give(lang, body, expected):
    assert expected in values_of("joined", body, lang)


def test_taking_part_in_the_founding_in_a_year_dates_the_founding_too():
    body = ("<p>Elle a participé en 2019 à la fondation du réseau « Villes romaines de Méditerranée », une initiative "
            "informelle.</p>")
    assert ("villes-romaines-de-mediterranee", "2019") in values_of("founded", body, "fr")


@pytest.mark.parametrize("lang, body", [
    # a founding member in apposition, or as the role the city acts in: the entry's year dates something else
    ("fr", "<ul><li>2014: Paris, membre fondateur de l'AIMF, est élue au bureau.</li></ul>"),
    ("en", "<ul><li>2014: Leeds, a founding member of Eurocities, hosts the annual conference.</li></ul>"),
    ("de", "<ul><li>2014: Als Gründungsmitglied von Eurocities wird Wien in den Vorstand gewählt.</li></ul>"),
    # a founder of a project or of a part of the network
    ("de", "<ul><li>2010: Nürnberg wird Gründungsmitglied des Projekts „Städte für Klima“ von Eurocities.</li></ul>"),
    ("fr", "<ul><li>2010: Lyon est membre fondateur du projet « Villes durables » d'Eurocities.</li></ul>"),
    ("fr", "<ul><li>2016: Lyon participe à la création du forum Culture d'Eurocities.</li></ul>"),
])
def test_a_founding_member_in_apposition_or_of_a_project_joined_nothing_that_year(lang, body):
    assert not values_of("joined", body, lang)


@pytest.mark.parametrize("lang, body, expected", [
    # the place opens the entry, the founders after the verb (German) or before it
    ("de", "<ul><li>1980: In Zwolle (Niederlande) gründen Vertreterinnen und Vertreter ehemaliger Hansestädte den "
           "„Städtebund DIE HANSE“.</li></ul>", ("die-hanse", "1980", "Zwolle")),
    ("es", "<ul><li>1995: En Asunción, doce ciudades de la región crean Mercociudades.</li></ul>",
     ("mercociudades", "1995", "Asunción")),
    ("en", "<div class='card'><ul><li>1986: In Rotterdam, six cities found Eurocities.</li></ul></div>",
     ("eurocities", "1986", "Rotterdam")),
    ("fr", "<table><tr><td>1986 : à Rotterdam, six villes fondent le réseau Eurocities.</td></tr></table>",
     ("eurocities", "1986", "Rotterdam")),
    # the place after the verb, the network after its noun
    ("de", "<ul><li>1997: Gemeinden aus sieben Ländern gründen in Bovec (Slowenien) das Gemeindenetzwerk Allianz in "
           "den Alpen.</li></ul>", ("allianz-in-den-alpen", "1997", "Bovec")),
    ("it", "<ul><li>1999: quattro sindaci fondano a Orvieto la rete Cittaslow.</li></ul>",
     ("cittaslow", "1999", "Orvieto")),
])
def test_founders_founding_the_network_in_a_timeline_entry_date_and_place_its_founding(lang, body, expected):
    network, year, place = expected
    assert {(network, "founded", year), (network, "founded_place", place)} <= {
        fact[:3] for fact in facts_of_snippet(body, lang)}


@pytest.mark.parametrize("lang, body", [
    # the founders found a project, the network founds something
    ("de", "<ul><li>2010: In Bonn gründen zehn Städte das Projekt „Klimastädte“ im Klima-Bündnis.</li></ul>"),
    ("fr", "<ul><li>2016: À Lyon, Eurocities et la Ville créent un prix pour l'innovation.</li></ul>"),
    ("es", "<ul><li>2016: En Madrid, las ciudades de Mercociudades crean un grupo de trabajo.</li></ul>"),
])
def test_founders_founding_something_else_found_no_network(lang, body):
    assert not [fact for fact in facts_of_snippet(body, lang) if fact[1] in ("founded", "founded_place")]


@pytest.mark.parametrize("body", [
    # the founder in apposition between the date and the participle
    "<p>Das Netzwerk „Bürgermeister für den Frieden“ wurde 1982 vom damaligen Bürgermeister von Hiroshima, Takeshi "
    "Araki, ins Leben gerufen.</p>",
    "<div class='card'><h3>Mayors for Peace</h3><p>Mayors for Peace wurde 1982 vom Bürgermeister von Hiroshima, "
    "Takeshi Araki, gegründet.</p></div>",
    # a relative clause on the network, after a separable verb's particle
    "<p>Als Friedensstadt gehört Münster dem weltweiten Netzwerk Mayors for Peace an, das der Bürgermeister von "
    "Hiroshima 1982 ins Leben gerufen hat.</p>",
    "<ul><li>Die Stadt tritt dem Netzwerk Mayors for Peace bei, das der Bürgermeister von Hiroshima 1982 gegründet "
    "hat.</li></ul>",
])
def test_a_german_founding_dated_first_reads_past_a_founders_apposition_or_a_particle(body):
    assert ("mayors-for-peace", "1982") in values_of("founded", body, "de")


@pytest.mark.parametrize("body", [
    # the relative clause's verb has an object of its own: the network founded something
    "<p>Münster gehört dem Klima-Bündnis an, das 2008 ein neues Projekt ins Leben gerufen hat.</p>",
    "<p>Münster ist Mitglied im Klima-Bündnis, das 2008 die Kampagne Klimastädte ins Leben gerufen hat.</p>",
    "<p>Das Klima-Bündnis hat 2019 das Projekt Klimastädte, Stadt Wien, ins Leben gerufen.</p>",
])
def test_a_german_founding_of_the_networks_object_is_no_founding_of_the_network(body):
    assert not values_of("founded", body, "de")
