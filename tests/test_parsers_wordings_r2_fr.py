"""How French pages word their facts beyond the plain "fondée en", "membre depuis", "présidée par": other founding
participles, a city that founded a network with others, and what a founding participle in apposition to another
subject does not say."""

import pytest
from helpers.extracted import triples_of_snippet as _facts


@pytest.mark.parametrize("sentence, expected", [
    ("L'Union des capitales de l'Union européenne fut instituée en 1961 à Paris.",
     {("ucue", "founded", "1961"), ("ucue", "founded_place", "Paris")}),
    ("Constituée à Montréal en 1985, Metropolis porte la voix des métropoles.",
     {("metropolis", "founded", "1985"), ("metropolis", "founded_place", "Montréal")}),
    ("L'AIMF voit le jour en 1979 à Québec.", {("aimf", "founded", "1979"), ("aimf", "founded_place", "Québec")}),
])
def test_other_founding_participles_date_the_founding(sentence, expected):
    assert _facts(f"<p>{sentence}</p>") == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Lyon a cofondé Eurocities en 1986.", {("eurocities", "founded", "1986"), ("eurocities", "joined", "1986")}),
    ("Nantes a pris part à la création d'Eurocities en 1986.",
     {("eurocities", "founded", "1986"), ("eurocities", "joined", "1986")}),
    ("Lille compte parmi les membres fondateurs de CGLU, créée en 2004.",
     {("uclg", "founded", "2004"), ("uclg", "joined", "2004")}),
])
def test_a_city_that_founded_the_network_joined_it_then(sentence, expected):
    assert _facts(f"<p>{sentence}</p>") == expected


@pytest.mark.parametrize("sentence", [
    "Le programme, lancé en 2021, associe Eurocities à des fondations privées.",
    "Ce festival, né à Lyon en 2003, reçoit le soutien de l'AIMF.",
    "The award, established in 2012, is given by Eurocities.",
])
def test_a_founding_in_apposition_to_another_subject_is_not_the_networks(sentence):
    assert _facts(f"<p>{sentence}</p>") == set()


def test_a_network_noun_in_apposition_keeps_its_founding():
    assert _facts("<h2>Eurocities</h2><p>Le réseau, fondé en 1986, rassemble les grandes villes.</p>") == {
        ("eurocities", "founded", "1986")}


def test_the_founders_counted_are_no_joining():
    assert _facts("<p>Eurocities a été créé en 1986 par six membres fondateurs.</p>") == {
        ("eurocities", "founded", "1986")}


@pytest.mark.parametrize("sentence, expected", [
    ("Marie Exemple assure la présidence de Metropolis.", "Marie Exemple"),
    ("Jean Modèle occupe la présidence de l'AIMF depuis 2022.", "Jean Modèle"),
    ("La présidence de l'AIMF est assurée depuis 2020 par Jeanne Durand.", "Jeanne Durand"),
    ("Metropolis, que préside actuellement Paul Martin, réunit les grandes villes.", "Paul Martin"),
    ("Le Maire de Lyon préside Eurocities.", "Le Maire de Lyon"),
])
def test_other_wordings_of_who_presides(sentence, expected):
    presidents = {value for _, attribute, value in _facts(f"<p>{sentence}</p>") if attribute == "president"}
    assert presidents == {expected}


@pytest.mark.parametrize("sentence", [
    "Le Maire de Lyon préside la séance d'ouverture du forum d'Eurocities.",
    "Metropolis, que présidait Paul Martin de 2011 à 2014, a changé de statuts.",
    "La présidence du jury est assurée par Paul Martin, invité par l'AIMF.",
])
def test_presiding_something_else_or_formerly_is_no_president(sentence):
    assert not {value for _, attribute, value in _facts(f"<p>{sentence}</p>") if attribute == "president"}


@pytest.mark.parametrize("body, expected", [
    ("<h2>Metropolis</h2><dl><dt>Année de création</dt><dd>1985</dd><dt>Lieu de fondation</dt><dd>Montréal</dd></dl>",
     {("metropolis", "founded", "1985"), ("metropolis", "founded_place", "Montréal")}),
    ("<h2>Nos réseaux</h2><ul><li>Fondation de l'AIMF : 1979</li><li>Siège d'Eurocities : Bruxelles</li></ul>",
     {("aimf", "founded", "1979"), ("eurocities", "headquarters", "Bruxelles")}),
    ("<h2>CGLU</h2><ul><li>Création : mai 2004 (Paris)</li></ul>",
     {("uclg", "founded", "2004-05"), ("uclg", "founded_place", "Paris")}),
])
def test_fact_sheet_rows_with_a_place_of_founding_or_the_network_in_the_label(body, expected):
    assert _facts(body) == expected


def test_a_label_naming_something_else_than_a_network_states_nothing():
    assert _facts("<h2>AIMF</h2><ul><li>Président du jury : Paul Martin</li><li>Création du prix : 2015</li></ul>"
                  ) == set()


@pytest.mark.parametrize("sentence, expected", [
    ("La naissance de Metropolis remonte à 1985.", {("metropolis", "founded", "1985")}),
    ("La fondation de l'Union des capitales de l'Union européenne date de 1961.", {("ucue", "founded", "1961")}),
    ("L'adhésion de Lyon à Eurocities remonte à 1989.", {("eurocities", "joined", "1989")}),
    ("Rennes compte parmi les membres de l'AIMF depuis 2008.", {("aimf", "joined", "2008")}),
    ("Sophie Durand est à la tête de l'AIMF depuis 2022.", {("aimf", "president", "Sophie Durand")}),
    ("Le secrétariat permanent de l'AIMF est assuré par la Ville de Paris.", {("aimf", "headquarters", "Paris")}),
])
def test_a_fact_stated_through_its_noun(sentence, expected):
    assert _facts(f"<p>{sentence}</p>") == expected


@pytest.mark.parametrize("sentence", [
    "La création du jardin des réseaux remonte à 1985, bien avant l'arrivée de l'AIMF.",
    "Pierre Baillet est à la tête du secrétariat permanent de l'AIMF.",
    "L'accueil de la délégation d'Eurocities est assuré par la Ville de Lyon.",
])
def test_a_noun_of_something_else_states_nothing(sentence):
    assert _facts(f"<p>{sentence}</p>") == set()


@pytest.mark.parametrize("sentence", [
    "Créé en 2015, le prix de l'AIMF récompense des projets municipaux.",
    "Lancée en 2019, la campagne d'Eurocities mobilise les villes.",
])
def test_an_opening_founding_clause_about_another_subject_is_not_the_networks(sentence):
    assert _facts(f"<p>{sentence}</p>") == set()


@pytest.mark.parametrize("sentence, expected", [
    ("Fondée en 2004, la principale organisation mondiale de villes, CGLU, siège à Barcelone.",
     {("uclg", "founded", "2004"), ("uclg", "headquarters", "Barcelone")}),
    ("L'AIMF a été fondée en 1979, la même année que le festival.", {("aimf", "founded", "1979")}),
])
def test_an_opening_founding_clause_about_a_network_keeps_its_founding(sentence, expected):
    assert _facts(f"<p>{sentence}</p>") == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Fondée à Montréal (Canada) en 1985, Metropolis réunit des métropoles.",
     {("metropolis", "founded", "1985"), ("metropolis", "founded_place", "Montréal")}),
    ("L'AIMF a été créée lors d'une assemblée à Québec en 1979.",
     {("aimf", "founded", "1979"), ("aimf", "founded_place", "Québec")}),
])
def test_where_a_network_was_founded_around_the_date(sentence, expected):
    assert _facts(f"<p>{sentence}</p>") == expected


@pytest.mark.parametrize("body, expected", [
    ("<p>Rennes est membre de Maires pour la paix depuis le 4 avril 2008.</p>",
     {("mayors-for-peace", "joined", "2008-04-04")}),
    ("<p>Nantes est entrée au sein d'Eurocities en 1989.</p>", {("eurocities", "joined", "1989")}),
    ("<table><tr><th>Réseau</th><th>Année d'adhésion</th></tr><tr><td>ICORN</td><td>2011</td></tr></table>",
     {("icorn", "joined", "2011")}),
])
def test_other_wordings_and_layouts_of_a_joining(body, expected):
    assert _facts(body) == expected


@pytest.mark.parametrize("body, expected", [
    ("<h2>AIMF</h2><p>Jeanne Durand en est la présidente depuis 2022.</p>", "Jeanne Durand"),
    ("<h2>AIMF</h2><p>La Maire de Lille en assure la présidence.</p>", "La Maire de Lille"),
    ("<p>Metropolis a pour président Paul Martin.</p>", "Paul Martin"),
    ("<p>Paul Martin, maire de Nantes et président d'Eurocities, a ouvert le forum.</p>", "Paul Martin"),
    ("<p>Le maire de Nantes, Paul Martin, préside Eurocities depuis 2024.</p>", "Paul Martin"),
    ("<p>Jeanne Durand a été reconduite à la présidence de l'AIMF en 2022.</p>", "Jeanne Durand"),
])
def test_who_presides_named_through_a_pronoun_or_an_apposition(body, expected):
    assert {value for _, attribute, value in _facts(body) if attribute == "president"} == {expected}


@pytest.mark.parametrize("sentence, expected", [
    ("Le secrétariat général de Metropolis est hébergé à Barcelone.", {("metropolis", "headquarters", "Barcelone")}),
    ("Metropolis. Le secrétariat se situe à Barcelone.", {("metropolis", "headquarters", "Barcelone")}),
])
def test_other_wordings_of_the_seat(sentence, expected):
    assert _facts(f"<p>{sentence}</p>") == expected


def test_a_former_president_named_through_a_pronoun_is_no_president():
    assert _facts("<h2>AIMF</h2><p>Paul Martin en a été le président de 2001 à 2014.</p>") == set()


def test_a_pronoun_after_an_opening_founding_clause_keeps_the_founding():
    assert _facts("<h2>CGLU</h2><p>Créée en 2004, elle porte la voix des villes.</p>") == {("uclg", "founded", "2004")}


@pytest.mark.parametrize("rows, expected", [
    ("<li>Date de fondation : 1985</li><li>Nombre de membres : 140</li><li>Pays représentés : 60</li>",
     {("metropolis", "founded", "1985"), ("metropolis", "member_cities", "140"),
      ("metropolis", "member_countries", "60")}),
    ("<li>Fondée en : 1985</li>", {("metropolis", "founded", "1985")}),
    ("<li>Président·e : Paul Martin</li>", {("metropolis", "president", "Paul Martin")}),
    ("<li>Date d'adhésion de la Ville : 2001</li>", {("metropolis", "joined", "2001")}),
    ("<li>Membres du bureau : 12</li><li>Président de la République : Paul Martin</li>", set()),
])
def test_more_labels_of_a_fact_sheet(rows, expected):
    assert _facts(f"<h3>Metropolis</h3><ul>{rows}</ul>") == expected


@pytest.mark.parametrize("body, expected", [
    ("<p>Eurocities réunit les grandes villes. Nantes y a adhéré dès 1989.</p>", {("eurocities", "joined", "1989")}),
    ("<p>En 1989, Nantes rejoignait Eurocities.</p>", {("eurocities", "joined", "1989")}),
    ("<p>Nantes a été admise au sein d'Eurocities en 1989.</p>", {("eurocities", "joined", "1989")}),
    ("<p>Nantes a été l'une des premières villes à adhérer à Eurocities, en 1989.</p>",
     {("eurocities", "joined", "1989")}),
    ("<p>Rennes, membre d'Eurocities depuis 1992 et de l'AIMF depuis 2005, coopère avec de nombreuses villes.</p>",
     {("eurocities", "joined", "1992"), ("aimf", "joined", "2005")}),
    ("<p>Rennes est membre d'Eurocities (1992), de l'AIMF (2005) et d'ICORN (2013).</p>",
     {("eurocities", "joined", "1992"), ("aimf", "joined", "2005"), ("icorn", "joined", "2013")}),
    ("<p>Rennes a rejoint l'AIMF en 2005 puis ICORN en 2013.</p>",
     {("aimf", "joined", "2005"), ("icorn", "joined", "2013")}),
])
def test_joinings_in_other_tenses_and_in_lists(body, expected):
    assert _facts(body) == expected


@pytest.mark.parametrize("body", [
    "<p>Rennes, membre du conseil d'administration d'Eurocities (2020), a voté le budget.</p>",
    "<p>Rennes a rejoint Eurocities en 1992 et Metropolis a tenu son congrès en 2020.</p>",
])
def test_a_listed_date_of_something_else_is_no_joining(body):
    assert _facts(body) <= {("eurocities", "joined", "1992")}
    assert not {fact for fact in _facts(body) if fact[0] == "metropolis" or fact[2] == "2020"}


@pytest.mark.parametrize("sentence, expected", [
    ("L'AIMF, dont la Maire de Lille assure la présidence, réunit des maires.", "la Maire de Lille"),
    ("Présidente de l'AIMF depuis 2022, Jeanne Durand a ouvert l'assemblée.", "Jeanne Durand"),
    ("Élue présidente de l'AIMF en 2022, Jeanne Durand a ouvert l'assemblée.", "Jeanne Durand"),
    ("Jeanne Durand, à la tête de l'AIMF depuis 2022, a ouvert l'assemblée.", "Jeanne Durand"),
])
def test_who_presides_in_an_apposition_or_relative_clause(sentence, expected):
    assert {value for _, attribute, value in _facts(f"<p>{sentence}</p>") if attribute == "president"} == {expected}


def test_a_former_president_in_an_opening_apposition_is_no_president():
    assert _facts("<p>Président de l'AIMF de 2001 à 2014, Paul Martin a ouvert l'assemblée.</p>") == set()
