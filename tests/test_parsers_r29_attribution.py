"""A fact given to the right network: the cities a country or a region has in a network are its share, not the
network's members; a council's decision dates the joining only when the page says no other day the membership began;
a network named in a relative clause between the subject and its verb owns none of the subject's facts; a news teaser
is an item of its own, whose "association" is not a network the page or another teaser named."""

import pytest
from helpers.extracted import card, claims_of_sentence, triples_of_snippet, values_of

from scraper.parsers.claims import dates_a_decision

# A place as the subject, then its cities "in" the network named right after: the place's share of the members.
_UCCN = "unesco-creative-cities-network"


@pytest.mark.parametrize("body, lang", [
    ("<p>Australia now has seven cities in the UNESCO Creative Cities Network, across literature, music and film.</p>",
     "en"),
    ("<p>La France compte aujourd'hui 12 villes dans le Réseau des villes créatives de l'UNESCO.</p>", "fr"),
    ("<p>Le Québec compte 12 municipalités au sein du réseau Villes-Santé.</p>", "fr"),
    ("<p>Deutschland hat inzwischen elf Städte im UNESCO Creative Cities Network.</p>", "de"),
    ("<p>España cuenta con 11 ciudades en la Red de Ciudades Creativas de la UNESCO.</p>", "es"),
    ("<p>L'Italia conta oggi 13 città nella Rete delle Città Creative UNESCO.</p>", "it"),
    (card("Creative cities", "Australia now has seven cities in the UNESCO Creative Cities Network."), "en"),
])
def test_a_places_cities_in_the_network_are_its_share(body, lang):
    assert values_of("member_cities", body, lang) == set()


# Traps: the network as the subject counts its own members, in its countries.
@pytest.mark.parametrize("body, lang, network, cities", [
    ("<p>The UNESCO Creative Cities Network has 350 cities in more than 100 countries.</p>", "en", _UCCN, "350"),
    ("<p>Le réseau Eurocities compte 200 villes dans 38 pays.</p>", "fr", "eurocities", "200"),
    ("<p>Das Klima-Bündnis hat 2000 Kommunen in 27 Ländern.</p>", "de", "climate-alliance", "2000"),
    ("<p>L'AIMF compte aujourd'hui 300 villes membres dans 50 pays.</p>", "fr", "aimf", "300"),
])
def test_the_networks_own_cities_in_countries_stay_its_members(body, lang, network, cities):
    assert values_of("member_cities", body, lang) == {(network, cities)}


# The council's decision, then the day the membership began: the joining is that day.
@pytest.mark.parametrize("body, lang, network, joined", [
    ("<p>Par délibération du 26 juin 2025, le conseil municipal a approuvé à l'unanimité l'adhésion de la Ville au "
     "Réseau francophone des villes amies des aînés (RFVAA). Montauban en est membre depuis le 1er juillet 2025.</p>",
     "fr", "rfvaa", "2025-07-01"),
    ("<p>With a council decision of 12 March 2025, the city joined Eurocities. It has been a member since 1 April "
     "2025.</p>", "en", "eurocities", "2025-04-01"),
    ("<p>Mit dem Ratsbeschluss vom 12. März 2025 ist die Stadt dem Klima-Bündnis beigetreten. Mitglied ist sie seit "
     "dem 1. April 2025.</p>", "de", "climate-alliance", "2025-04-01"),
    ("<p>Por acuerdo del Pleno de 12 de marzo de 2025, la ciudad se adhirió a la Red de Ciudades por el Clima. Es "
     "miembro desde el 1 de abril de 2025.</p>", "es", "red-de-ciudades-por-el-clima", "2025-04-01"),
    ("<p>Con la delibera del 12 marzo 2025 il Comune ha aderito a Energy Cities. Ne è membro dal 1° aprile 2025.</p>",
     "it", "energy-cities", "2025-04-01"),
    (card("Energy Cities", "Con la delibera del 12 marzo 2025 il Comune ha aderito a Energy Cities. Ne è membro dal "
                           "1° aprile 2025."), "it", "energy-cities", "2025-04-01"),
])
def test_a_decisions_day_gives_way_to_the_day_the_membership_began(body, lang, network, joined):
    assert values_of("joined", body, lang) == {(network, joined)}


# Traps: the decision alone dates the joining; a later restatement of its year keeps its day; the quoted decision's
# day is no other network's.
@pytest.mark.parametrize("body, network, joined", [
    ("<p>Par délibération du 26 juin 2025, le conseil municipal a approuvé l'adhésion de la Ville au Réseau "
     "francophone des villes amies des aînés (RFVAA).</p>", "rfvaa", "2025-06-26"),
    ("<p>Le 6 août 2018, le conseil municipal a décidé l'adhésion de Quimper au réseau Maires pour la Paix.</p>",
     "mayors-for-peace", "2018-08-06"),
    ("<p>Suite à la délibération du 12 mars 2024, la Ville est membre d'Eurocities. Elle en est membre depuis "
     "2024.</p>", "eurocities", "2024-03-12"),
])
def test_a_decisions_day_alone_dates_the_joining(body, network, joined):
    assert values_of("joined", body) == {(network, joined)}


def test_a_decisions_day_is_told_from_the_membership_it_made():
    sentence = ("Par délibération du 26 juin 2025, le conseil municipal a approuvé l'adhésion. Membre depuis le 1er "
                "juillet")
    assert dates_a_decision(sentence, "2025-06-26", None)
    assert not dates_a_decision(sentence, "2025-07-01", None)
    assert not dates_a_decision("Après la réunion du 12 mars 2024, la Ville a adhéré.", "2024-03-12", None)


# The subject, a network, then a relative clause naming another network, then the verb: the counts are the subject's.
_AGE_FRIENDLY = {("age-friendly-cities", "member_cities", "1600"), ("age-friendly-cities", "member_countries", "53")}


@pytest.mark.parametrize("body, lang", [
    ("<p>Le réseau mondial de l'OMS pour les villes et communautés amies des aînés, dont le RFVAA est affilié, compte "
     "plus de 1 600 villes dans 53 pays.</p>", "fr"),
    ("<p>The WHO Global Network for Age-friendly Cities and Communities, to which the RFVAA is affiliated, counts more "
     "than 1,600 cities in 53 countries.</p>", "en"),
    ("<p>Das Globale Netzwerk altersfreundlicher Städte und Gemeinden, dem das RFVAA angehört, zählt mehr als 1.600 "
     "Städte in 53 Ländern.</p>", "de"),
    ("<p>La Red Mundial de la OMS de Ciudades y Comunidades Amigables con las Personas Mayores, a la que pertenece la "
     "FEMP, reúne a más de 1.600 ciudades en 53 países.</p>", "es"),
    ("<p>La Rete mondiale dell'OMS delle città amiche degli anziani, a cui aderisce l'ANCI, conta oltre 1.600 città in "
     "53 paesi.</p>", "it"),
    (card("Villes amies des aînés", "Le réseau mondial de l'OMS pour les villes et communautés amies des aînés, dont "
                                    "le RFVAA est affilié, compte plus de 1 600 villes dans 53 pays."), "fr"),
])
def test_counts_after_a_relative_clause_are_the_subjects(body, lang):
    assert triples_of_snippet(body, lang) == _AGE_FRIENDLY


# A subject the sentence names by its noun alone: the network in its relative clause owns none of its counts.
@pytest.mark.parametrize("body, lang", [
    ("<p>Le réseau international des villes lentes, dont le RFVAA est membre, compte plus de 1 600 villes.</p>", "fr"),
    ("<p>The network, to which Eurocities belongs, counts more than 1,600 cities in 53 countries.</p>", "en"),
    ("<p>Das internationale Netzwerk der langsamen Städte, dem der Städtetag angehört, zählt 1.600 Städte.</p>", "de"),
    ("<p>La red internacional de ciudades lentas, a la que pertenece la FEMP, reúne a 1.600 ciudades.</p>", "es"),
    ("<p>La rete internazionale delle città lente, a cui aderisce l'ANCI, conta 1.600 città.</p>", "it"),
])
def test_a_network_in_an_unnamed_subjects_relative_clause_owns_no_count(body, lang):
    assert triples_of_snippet(body, lang) == set()


# Traps: a city in the relative clause, a named subject's own name, a relative clause after the count.
@pytest.mark.parametrize("body, lang, expected", [
    ("<p>Eurocities, dont Lyon est membre, compte plus de 200 villes dans 38 pays.</p>", "fr",
     {("eurocities", "member_cities", "200"), ("eurocities", "member_countries", "38")}),
    ("<p>Le réseau Eurocities, dont Lyon est membre, compte 200 villes.</p>", "fr",
     {("eurocities", "member_cities", "200")}),
    ("<p>Lyon est membre de l'AIMF, à laquelle adhèrent 300 villes.</p>", "fr", {("aimf", "member_cities", "300")}),
])
def test_the_named_subject_keeps_its_counts(body, lang, expected):
    assert triples_of_snippet(body, lang) == expected


def test_the_world_network_is_read_with_its_purpose_before_its_cities():
    assert claims_of_sentence("Le réseau mondial de l'OMS pour les villes amies des aînés compte 1 600 villes.") == [
        ("member_cities", "1600")]
    assert triples_of_snippet("<p>Le réseau mondial de l'OMS pour les villes amies des aînés compte 1 600 villes.</p>"
                              ) == {("age-friendly-cities", "member_cities", "1600")}


# A list of news teasers: "the association" in a teaser's text is what the teaser names, not the network the page's
# text or another teaser named.
def _cards(*items: tuple[str, str, str]) -> str:
    return "".join(f"<div class='card'><div class='card-body'><div class='category-top'><a href='/news'>News</a>"
                   f"<span class='data'>{day}</span></div><h3 class='card-title'><a href='/news/item-{index}'>{title}"
                   f"</a></h3><p class='card-text'>{text}</p></div></div>"
                   for index, (day, title, text) in enumerate(items))


def _news_list(intro: str, *items: tuple[str, str, str]) -> str:
    return f"<p>{intro}</p><h2>Latest news</h2>{_cards(*items)}"


@pytest.mark.parametrize("body, lang", [
    (_news_list("Notizie, comunicati e avvisi su Biella Città Creativa UNESCO, gemellaggi e reti di città.",
                ("14 feb 2025", "Biella alla Conferenza annuale delle Città Creative UNESCO",
                 "Una delegazione del Comune ha partecipato alla conferenza annuale della rete."),
                ("18 feb 2025", "Assemblea di Città alpina dell'anno: Biella entra nel direttivo",
                 "Riunita a Chamonix, l'assemblea dell'associazione ha eletto il sindaco. L'associazione conta oggi 21 "
                 "città in sei Paesi alpini.")), "it"),
    (_news_list("Actualités sur Lyon, membre d'Eurocities, et ses jumelages.",
                ("14 févr. 2025", "Lyon au forum d'Eurocities", "Une délégation a participé au forum du réseau."),
                ("18 févr. 2025", "Assemblée de Ville alpine de l'année : Lyon au comité",
                 "Réunie à Chamonix, l'assemblée a élu le maire. L'association compte aujourd'hui 21 villes dans six "
                 "pays alpins.")), "fr"),
    (_news_list("News about Bristol, a member of Eurocities, and its twin cities.",
                ("14 Feb 2025", "Bristol at the Eurocities forum", "A delegation took part in the network's forum."),
                ("18 Feb 2025", "Assembly of Slow Food Towns: Bristol joins the board",
                 "Meeting in Bra, the assembly elected the mayor. The association now counts 21 towns in six "
                 "countries.")), "en"),
    (_news_list("Noticias sobre Bilbao, miembro de Eurocities, y sus hermanamientos.",
                ("14 feb 2025", "Bilbao en el foro de Eurocities", "Una delegación participó en el foro de la red."),
                ("18 feb 2025", "Asamblea de Ciudades Lentas: Bilbao en la junta",
                 "Reunida en Bra, la asamblea eligió al alcalde. La asociación cuenta hoy con 21 ciudades en seis "
                 "países.")), "es"),
    (_news_list("Neuigkeiten über Freiburg, Mitglied von Eurocities, und seine Partnerstädte.",
                ("14.02.2025", "Freiburg beim Eurocities-Forum", "Eine Delegation nahm am Forum des Netzwerks teil."),
                ("18.02.2025", "Versammlung der Alpenstadt des Jahres: Freiburg im Vorstand",
                 "In Chamonix wählte die Versammlung den Oberbürgermeister. Der Verband zählt heute 21 Städte in sechs "
                 "Ländern.")), "de"),
])
def test_a_teasers_association_is_not_a_network_the_page_named_elsewhere(body, lang):
    # The teaser's own title may name an association ("Città alpina dell'anno", "Alpenstadt des Jahres"): its counts
    # are that association's; never the networks the page's text or the other teaser named.
    named_elsewhere = {"unesco-creative-cities-network", "eurocities"}
    triples = triples_of_snippet(body, lang)
    assert not {network for network, _, _ in triples} & named_elsewhere
    assert {(attribute, value) for _, attribute, value in triples} <= {("member_cities", "21"),
                                                                      ("member_countries", "6")}


# Trap: the teaser's own title names the network its text calls "the association".
def test_a_teasers_association_is_the_network_its_title_names():
    body = _news_list("Actualités sur Lyon et ses jumelages.",
                      ("14 févr. 2025", "Assemblée générale de l'AIMF à Lyon",
                       "Réunie à Lyon, l'assemblée a élu son bureau. L'association compte aujourd'hui 300 villes."))
    assert values_of("member_cities", body) == {("aimf", "300")}


# Under a section's heading, the section's owner named as what the city is a member of is the network the city joined,
# though the sentence names it again as the owner ("run by ICLEI's Oceania office").
@pytest.mark.parametrize("heading, text, lang, network, joined", [
    ("Council hosts ICLEI Oceania workshop on urban heat",
     "Adelaide, a member of ICLEI – Local Governments for Sustainability since 1998, hosted 40 council officers at a "
     "two-day workshop run by ICLEI's Oceania office in Melbourne.", "en", "iclei", "1998"),
    ("Atelier de CGLU Afrique à Dakar",
     "Dakar, membre de CGLU depuis 2004, accueille un atelier régional piloté par CGLU.", "fr", "uclg", "2004"),
    ("Treffen des Klima-Bündnis Österreich",
     "Graz, seit 1993 Mitglied im Klima-Bündnis, war Gastgeber eines Workshops, initiiert vom Klima-Bündnis.", "de",
     "climate-alliance", "1993"),
    ("Taller de CGLU África en Dakar",
     "Dakar, miembro de CGLU desde 2004, acoge un taller promovido por CGLU.", "es", "uclg", "2004"),
    ("Workshop di ICLEI Europe a Bologna",
     "Bologna, membro di ICLEI dal 1995, ospita un seminario promosso da ICLEI.", "it", "iclei", "1995"),
])
def test_the_owner_the_city_is_a_member_of_is_the_network_joined(heading, text, lang, network, joined):
    assert values_of("joined", f"<h2>{heading}</h2><p>{text}</p>", lang) == {(network, joined)}


# Trap: the owner named as such only stays out of the section's facts.
def test_an_owner_named_only_as_such_gets_none_of_the_sections_facts():
    body = ("<h2>Red de Ciudades por el Clima</h2><p>Creada en 2005 como sección de la FEMP, agrupa a más de 300 "
            "municipios.</p>")
    assert triples_of_snippet(body, "es") == {("red-de-ciudades-por-el-clima", "founded", "2005"),
                                              ("red-de-ciudades-por-el-clima", "member_cities", "300")}
