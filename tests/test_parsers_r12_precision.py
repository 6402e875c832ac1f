"""Wrong finds, by kind, in the five languages and in several markups, each with the trap its rule must let through:
counts that are not a network's members (the participants of a day of action, the cities of one of its fields), seats of
a section or of a seat's host, joinings of a network's text, another body's founding, a page's credit box as news."""

from datetime import date

import pytest
from helpers.extracted import FETCHED_AT, claimed_values, claims_of_sentence
from helpers.extracted import facts_of_snippet as _facts

from scraper.parsers import count_context
from scraper.parsers.dates import PartialDate
from scraper.parsers.events import find_event_span
from scraper.parsers.extract import extract_page


def _counts(sentence: str) -> list[tuple[str, str]]:
    return [(attribute, value) for attribute, value in claims_of_sentence(sentence)
            if attribute.startswith(("member_", "represented_"))]


# Who takes part in a day or a week of action counts the action's participants.
@pytest.mark.parametrize("sentence", [
    "Bundesweit beteiligen sich in diesem Jahr rund 500 Städte und Gemeinden am Flaggentag.",
    "Am Aktionstag der Mayors for Peace nehmen dieses Jahr über 600 Städte teil.",
    "Cette année, plus de 300 villes participent à la Journée des drapeaux des Maires pour la paix.",
    "This year over 400 towns take part in Mayors for Peace Flag Day.",
    "Este año más de 200 ciudades participan en la jornada de Mayors for Peace.",
    "Quest'anno oltre 300 comuni partecipano alla giornata dei Sindaci per la Pace.",
])
def test_a_day_of_actions_participants_are_no_member_count(sentence):
    assert _counts(sentence) == []


@pytest.mark.parametrize("sentence, expected", [
    # taking part in the network itself is membership
    ("Am Netzwerk beteiligen sich heute über 200 Städte.", [("member_cities", "200")]),
    # the day named in another clause
    ("Mayors for Peace compte plus de 8 000 villes membres, qui organisent chaque année une journée des drapeaux.",
     [("member_cities", "8000")]),
    ("Heute gehören dem Bündnis über 8.000 Städte in 166 Ländern an.",
     [("member_cities", "8000"), ("member_countries", "166")]),
])
def test_a_networks_count_beside_a_day_of_action_is_kept(sentence, expected):
    assert _counts(sentence) == expected


def test_a_day_of_actions_participants_on_a_press_release():
    body = ("<p>Die Mayors for Peace wurden 1982 in Hiroshima gegründet. Heute gehören dem Netzwerk über 8.000 Städte "
            "an.</p><p>Bundesweit beteiligen sich in diesem Jahr rund 500 Städte und Gemeinden am Flaggentag.</p>")
    counts = {(value, qualifier) for _, attribute, value, qualifier in _facts(body, "de")
              if attribute == "member_cities"}
    assert counts == {("8000", "more_than")}


# The cities of one of a network's fields are that field's share, not the network's members.
@pytest.mark.parametrize("sentence", [
    "Adelaide is one of around 70 Cities of Music, alongside Seville, Bogotá, Glasgow and Hannover.",
    "Lyon est l'une des 40 villes de la gastronomie du Réseau des villes créatives de l'UNESCO.",
    "Burgos es una de las 50 Ciudades de la Gastronomía de la Red de Ciudades Creativas de la UNESCO.",
    "Mannheim ist eine von rund 60 Städten der Musik im UNESCO-Netzwerk der kreativen Städte.",
    "Bologna è una delle 70 Città della Musica della Rete delle città creative UNESCO.",
    "Lodz is one of 30 Creative Cities of Film.",
])
def test_a_fields_cities_are_no_member_count(sentence):
    assert _counts(sentence) == []


@pytest.mark.parametrize("sentence, expected", [
    ("The UNESCO Creative Cities Network brings together 350 cities of more than 100 countries.",
     [("member_cities", "350"), ("member_countries", "100")]),
    ("Le Réseau des villes créatives de l'UNESCO compte 350 villes de 100 pays.",
     [("member_cities", "350"), ("member_countries", "100")]),
    ("Eurocities riunisce oltre 200 città di 38 paesi.", [("member_cities", "200"), ("member_countries", "38")]),
])
def test_a_networks_cities_of_its_countries_are_kept(sentence, expected):
    assert _counts(sentence) == expected


def test_a_fields_cities_beside_a_fact_sheet():
    body = ("<p>Adelaide is one of around 70 Cities of Music in the UNESCO Creative Cities Network.</p>"
            "<h2>UNESCO Creative Cities Network at a glance</h2><dl><dt>Member cities</dt><dd>350</dd></dl>")
    counts = {value for _, attribute, value, _ in _facts(body, "en") if attribute == "member_cities"}
    assert counts == {"350"}


# The seat of a national section, a regional federation or a regional secretariat is not the network's.
@pytest.mark.parametrize("sentence", [
    "Münster ist über die Deutsche Sektion des RGRE mit Sitz in Köln eingebunden.",
    "Sezione italiana del CCRE, con sede a Roma, l'AICCRE sostiene i gemellaggi.",
    "La federazione regionale dell'Emilia-Romagna ha sede a Bologna.",
    "La rete è articolata in otto segretariati regionali; quello per l'Europa meridionale ha sede a Cordova.",
    "La section française du CCRE, basée à Paris, accompagne les communes.",
    "La sección española de la red, con sede en Madrid, agrupa a los municipios.",
    "The network has eight regional secretariats; the one for Latin America is based in Quito.",
    "Die Landessektion des Netzwerks hat ihren Sitz in Wien.",
])
def test_a_sections_seat_is_not_the_networks(sentence):
    assert claimed_values("headquarters", sentence) == []


@pytest.mark.parametrize("sentence, expected", [
    # the network's own seat in a relative clause after its name
    ("L'AFCCRE est la section française du Conseil des communes et régions d'Europe (CCRE), dont le siège est à "
     "Bruxelles.", ["Bruxelles"]),
    # a federation of a country's local authorities is the network itself
    ("La métropole est membre de Cités Unies France, la fédération des collectivités françaises engagées dans l'action "
     "internationale, basée à Paris.", ["Paris"]),
    # a section named as a network of its own in apposition keeps its seat
    ("En América Latina, la red actúa a través de su sección regional, FLACMA, con sede en Quito.", ["Quito"]),
    ("Il Coordinamento ha sede a Perugia.", ["Perugia"]),
])
def test_a_networks_own_seat_beside_a_section_is_kept(sentence, expected):
    assert claimed_values("headquarters", sentence) == expected


def test_a_sections_seat_under_its_networks_heading():
    body = ("<h2>CCRE – Consiglio dei Comuni e delle Regioni d'Europa</h2><p>Il CCRE ha sede a Bruxelles. Sezione "
            "italiana del CCRE, con sede a Roma, l'AICCRE sostiene i gemellaggi. La federazione regionale ha sede a "
            "Bologna.</p>")
    seats = {value for network, attribute, value, _ in _facts(body, "it") if attribute == "headquarters"}
    assert seats == {"Bruxelles"}


def _joinings(sentence: str) -> list[str]:
    return [value for attribute, value in claims_of_sentence(sentence) if attribute == "joined"]


# Adhering to a network's text (its agenda, charter, declaration) is no joining of the network.
@pytest.mark.parametrize("sentence", [
    "La rete promuove l'Agenda AIVP 2030, a cui il Comune ha aderito nel 2021.",
    "The city signed up to the AIVP 2030 Agenda in 2021.",
    "La Ville a adhéré en 2021 à l'Agenda 2030 de l'AIVP.",
    "Die Stadt ist 2021 der Charta von Eurocities beigetreten.",
    "Sevilla se adhirió en 2019 a la Declaración de Mercociudades.",
])
def test_adhering_to_a_networks_text_is_no_joining(sentence):
    assert _joinings(sentence) == []


@pytest.mark.parametrize("sentence, expected", [
    ("Livorno è membro dell'AIVP dal 2009 e ha aderito all'Agenda AIVP 2030 nel 2021.", ["2009"]),
    ("Le Havre a rejoint l'AIVP en 1988, l'année où l'association a adopté sa charte.", ["1988"]),
    ("Bonn ist 1996 dem Klima-Bündnis beigetreten.", ["1996"]),
    ("Leeds joined Eurocities in 2008.", ["2008"]),
])
def test_a_joining_beside_a_networks_text_is_kept(sentence, expected):
    assert _joinings(sentence) == expected


def test_a_networks_agenda_in_a_card():
    body = ("<h2>AIVP</h2><p>Livorno aderisce dal 2009 all'Associazione Internazionale Città e Porti. La rete promuove "
            "l'Agenda AIVP 2030, a cui il Comune ha aderito nel 2021.</p>")
    joinings = {value for network, attribute, value, _ in _facts(body, "it") if attribute == "joined"}
    assert joinings == {"2009"}


def _foundings(body: str, lang: str) -> set[tuple[str, str, str]]:
    return {(network, attribute, value) for network, attribute, value, _ in _facts(body, lang)
            if attribute in ("founded", "founded_place")}


# Another body opening a sentence, its founding in apposition: its founding, not that of the section's network.
@pytest.mark.parametrize("body, lang", [
    ("<h2>Mayors for Peace</h2><p>Coventry is a member. The Coventry Cathedral's Community of the Cross of Nails, "
     "founded in 1959, now links more than 200 partners worldwide.</p>", "en"),
    ("<h2>Maires pour la paix</h2><p>Grenoble est membre du réseau. Le Comité de Jumelage, créé en 1962, anime les "
     "échanges.</p>", "fr"),
    ("<h2>Mayors for Peace</h2><p>Hannover ist Mitglied. Die Städtepartnerschaft Hannover–Hiroshima, gegründet 1983, "
     "pflegt den Austausch.</p>", "de"),
    ("<h2>Mayors for Peace</h2><p>Sevilla es miembro. La Fundación Ciudad de Paz, creada en 1990, colabora con la "
     "red.</p>", "es"),
    ("<h2>Sindaci per la Pace</h2><p>Siena aderisce alla rete. L'Associazione Amici della Pace, fondata nel 1980, "
     "collabora con il Comune.</p>", "it"),
])
def test_another_bodys_founding_is_not_the_networks(body, lang):
    assert _foundings(body, lang) == set()


@pytest.mark.parametrize("body, lang, expected", [
    ("<h2>Eurocities</h2><p>Founded in Rotterdam in 1986, the network links 200 cities.</p>", "en",
     {("eurocities", "founded", "1986"), ("eurocities", "founded_place", "Rotterdam")}),
    ("<h2>Mayors for Peace</h2><p>The network, founded in 1982, links cities.</p>", "en",
     {("mayors-for-peace", "founded", "1982")}),
    ("<h2>AIMF</h2><p>Association Internationale des Maires Francophones, fondée en 1979, l'AIMF compte 300 "
     "villes.</p>", "fr", {("aimf", "founded", "1979")}),
])
def test_the_networks_own_founding_in_apposition_is_kept(body, lang, expected):
    assert _foundings(body, lang) == expected


# A seat's label naming the body that hosts the seat, then the city: the city.
@pytest.mark.parametrize("row, expected", [
    ("Secretariat: UNESCO, Paris", ["Paris"]),
    ("Siège : UNESCO, Paris", ["Paris"]),
    ("Sitz: Vereinte Nationen, Genf", ["Genf"]),
    ("Sede: UNESCO, París", ["París"]),
    ("Sede: Comune di Perugia", ["Perugia"]),
    ("Secretariat: Hiroshima Peace Culture Foundation, Hiroshima", ["Hiroshima"]),
    ("Secretariat: City of Hiroshima", ["Hiroshima"]),
    # a city and its country stay the city
    ("Siège : Paris, France", ["Paris"]),
    ("Headquarters: Bonn, Germany", ["Bonn"]),
    ("Sede: Perugia", ["Perugia"]),
])
def test_a_seats_host_then_its_city(row, expected):
    assert claimed_values("headquarters", row) == expected


def test_a_seats_host_in_a_fact_sheet():
    body = ("<h2>UNESCO Creative Cities Network at a glance</h2><dl><dt>Established</dt><dd>2004</dd>"
            "<dt>Secretariat</dt><dd>UNESCO, Paris</dd></dl>")
    seats = {value for _, attribute, value, _ in _facts(body, "en") if attribute == "headquarters"}
    assert seats == {"Paris"}


def _news_titles(credit: str, card: str, updated: str, lang: str) -> list[str]:
    """The news read on a press release whose last section credits the office that wrote it."""
    url = "https://www.ville.example/presse/communique-marche-pour-la-paix"
    page = (f'<html lang="{lang}"><head><title>Communiqué</title></head><body><main><h1>Marche pour la paix</h1>'
            '<p class="date">08/10/2025</p><section>'
            '<article id="description"><h2>Description</h2><p>La Ville participe à la marche du 12 octobre 2025.</p>'
            f'</article><article id="credit"><h2>{credit}</h2><div class="card card-teaser"><div class="card-body">'
            f'<h3 class="card-title"><a href="/administration/bureaux/presse">{card}</a></h3></div></div>'
            f'<p><small>{updated}</small></p></article></section></main></body></html>')
    return [item["title"] for item in extract_page(page.encode(), url, FETCHED_AT).news]


# Who wrote the page, in a box of its own with the office's card and the page's update line, is no news item.
@pytest.mark.parametrize("credit, card, updated, lang", [
    ("A cura di", "Ufficio Stampa", "Ultimo aggiornamento: 09/10/2025 10:21", "it"),
    ("Rédigé par", "Service presse", "Mis à jour le 09/10/2025", "fr"),
    ("Written by", "Press office", "Last updated: 09/10/2025", "en"),
    ("Redaktion", "Presseamt", "Zuletzt aktualisiert: 09.10.2025", "de"),
    ("Elaborado por", "Gabinete de prensa", "Última actualización: 09/10/2025", "es"),
])
def test_a_credit_box_is_no_news_item(credit, card, updated, lang):
    assert credit not in _news_titles(credit, card, updated, lang)


def test_a_dated_teaser_with_a_title_of_its_own_is_kept():
    assert "Semaine de la paix" in _news_titles("Semaine de la paix", "Programme", "Publié le 09/10/2025", "fr")


# A founding member joined when the network was founded; a later year of the sentence dates something else.
@pytest.mark.parametrize("sentence, year", [
    ("Besançon est l'une des villes fondatrices du Réseau des sites majeurs de Vauban, créé en 2005 pour préparer la "
     "candidature au patrimoine mondial de l'UNESCO, obtenue en 2008.", "2005"),
    ("Lyon is a founding member of Eurocities, set up in 1986 to lobby the EU, which recognised it in 1990.", "1986"),
    ("Sevilla es una de las ciudades fundadoras de la red, creada en 1990, que celebró su congreso en 2010.", "1990"),
    ("Torino è una delle città fondatrici della rete, fondata nel 1986, che ha ottenuto lo statuto nel 1995.", "1986"),
    ("Leipzig ist Gründungsmitglied des Netzwerks, das 1986 gegründet wurde und 2004 den Sitz nach Brüssel verlegte.",
     "1986"),
])
def test_a_founding_members_joining_is_the_founding_year(sentence, year):
    assert _joinings(sentence) == [year]


def test_a_joining_beside_a_founding_membership_keeps_its_year():
    sentence = "Lyon joined Energy Cities in 1995 and is a founding member of Eurocities, set up in 1986."
    assert "1995" in _joinings(sentence)


# A city that became a country's first holder of a network's title joined it then.
@pytest.mark.parametrize("sentence, year", [
    ("Adelaide became Australia's first UNESCO City of Music in December 2015.", "2015-12"),
    ("Dunedin became New Zealand's first UNESCO City of Literature in 2014.", "2014"),
    ("Norwich became England's first and only UNESCO City of Literature in 2012.", "2012"),
])
def test_a_countrys_first_holder_of_a_networks_title_joined(sentence, year):
    assert _joinings(sentence) == [year]


def test_a_countrys_first_at_something_else_is_no_joining():
    assert _joinings("Adelaide became Australia's first city to ban plastic straws in 2015.") == []


# The head noun of a coordination's name, as the subject of a later paragraph, names it again.
@pytest.mark.parametrize("body, lang, network", [
    ("<p>Ferrara ospita l'assemblea del Coordinamento nazionale degli enti locali per la pace e i diritti umani.</p>"
     "<p>Il Coordinamento, nato a Perugia nel 1986, riunisce oggi oltre 500 Comuni.</p>", "it",
     "coordinamento-nazionale-degli-enti-locali-per-la-pace-e-i-diritti-umani"),
    # a card under the network's heading, the noun after an opening phrase
    ("<h2>Coordinamento nazionale degli enti locali per la pace e i diritti umani</h2><div class=\"card\"><p>Fondato "
     "a Perugia nel 1986.</p></div><p>Oggi il Coordinamento riunisce oltre 500 Comuni.</p>", "it",
     "coordinamento-nazionale-degli-enti-locali-per-la-pace-e-i-diritti-umani"),
])
def test_a_coordinations_head_noun_names_it_again(body, lang, network):
    found = {(name, attribute, value) for name, attribute, value, _ in _facts(body, lang)}
    assert {(network, "founded", "1986"), (network, "member_cities", "500")} <= found


@pytest.mark.parametrize("body, lang", [
    # the coordination of something else
    ("<p>Ferrara aderisce al Coordinamento nazionale degli enti locali per la pace e i diritti umani.</p>"
     "<p>Il coordinamento del progetto, avviato nel 2010, riunisce 40 comuni.</p>", "it"),
    # no network named so before
    ("<p>Ferrara aderisce a Eurocities.</p><p>Il Coordinamento, nato nel 1986, riunisce oltre 500 Comuni.</p>", "it"),
])
def test_a_coordination_noun_names_no_other_network(body, lang):
    found = {(name, attribute, value) for name, attribute, value, _ in _facts(body, lang)}
    assert not {fact for fact in found if fact[1:] in (("founded", "1986"), ("member_cities", "500"))}


def _presidents(sentence: str) -> set[str]:
    return {value for attribute, value in claims_of_sentence(sentence) if attribute == "president"}


# Who holds the presidency, told with the verb first, the presidency handed to someone, or a rotating presidency.
@pytest.mark.parametrize("sentence, expected", [
    ("Heute gehören dem Bündnis über 8.400 Städte an, präsidiert wird es vom Bürgermeister Hiroshimas, Kazumi Matsui.",
     "Kazumi Matsui"),
    ("Präsidiert wird es von Oberbürgermeisterin Katja Dörner.", "Katja Dörner"),
    ("Dal 2023 la presidenza è affidata ad Angelo Radica.", "Angelo Radica"),
    ("Su presidencia es rotativa y la ejerce actualmente el alcalde de Rosario, Pablo Javkin.", "Pablo Javkin"),
    ("Its chair rotates and is currently held by the Mayor of Bristol, Marvin Rees.", "Marvin Rees"),
    ("Sa présidence est tournante et l'exerce aujourd'hui la maire de Lyon, Jeanne Martin.", "Jeanne Martin"),
])
def test_a_presidency_told_otherwise_names_its_holder(sentence, expected):
    assert _presidents(sentence) == {expected}


@pytest.mark.parametrize("sentence", [
    "Geleitet wird sie von Generalsekretär Jan Muster.",
    "Su presidencia es rotativa.",
    "La presidenza di turno del Consiglio Ue spetta all'Italia.",
])
def test_no_holder_without_a_presidency_held(sentence):
    assert _presidents(sentence) == set()


# A founding told before the count, then a word of today: the count is today's members, not the founders.
@pytest.mark.parametrize("sentence, expected", [
    ("La rete, fondata nel 1986 a Rotterdam e oggi forte di oltre 200 città in 38 paesi, sceglie Brescia.",
     [("member_cities", "200"), ("member_countries", "38")]),
    ("Le réseau, fondé en 1986 à Rotterdam et aujourd'hui fort de plus de 200 villes, choisit Lyon.",
     [("member_cities", "200")]),
    ("The network, founded in Rotterdam in 1986 and now 200 cities strong, picked Leeds.", [("member_cities", "200")]),
    ("Die 1986 gegründete Organisation mit heute über 200 Städten tagt in Leipzig.", [("member_cities", "200")]),
    ("La red, fundada en 1986 en Róterdam y hoy con más de 200 ciudades, eligió Sevilla.",
     [("member_cities", "200")]),
])
def test_a_count_of_today_after_the_founding_is_the_networks(sentence, expected):
    assert _counts(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "Le réseau a été fondé en 1986 par 6 villes.",
    "Eurocities was founded in 1986 by 6 cities.",
    "La rete fu fondata nel 1986 da 6 città.",
])
def test_the_founders_count_stays_out(sentence):
    assert _counts(sentence) == []


# Several countries named after the members are where the network's members are, not one country's share.
@pytest.mark.parametrize("sentence, expected", [
    ("Le réseau compte plus de 300 villes membres en France, en Belgique, en Suisse et au Canada.", "300"),
    ("Die Allianz hat über 300 Mitgliedsgemeinden in Deutschland, Österreich, der Schweiz und Italien.", "300"),
    ("La red cuenta con 300 ciudades miembros en España, Portugal y Francia.", "300"),
])
def test_members_in_listed_countries_are_the_networks(sentence, expected):
    assert _counts(sentence) == [("member_cities", expected)]


@pytest.mark.parametrize("sentence", [
    "Le réseau compte 80 villes membres en France.",
    "In Italia le città aderenti sono circa 500.",
])
def test_one_countrys_members_stay_out(sentence):
    assert _counts(sentence) == []


# A council deciding on the city's membership is the city's, not a part of the network: what follows is the network's.
@pytest.mark.parametrize("sentence, expected", [
    ("Le conseil a renouvelé la cotisation de la Ville au Réseau francophone des villes amies des aînés, qui compte "
     "plus de 300 villes membres.", "300"),
    ("The council approved the city's membership of Eurocities, which brings together more than 200 cities.", "200"),
    ("El consejo aprobó la adhesión a Eurocities, que reúne a más de 200 ciudades.", "200"),
    ("Il consiglio ha approvato l'adesione a Eurocities, che riunisce oltre 200 città.", "200"),
])
def test_a_council_deciding_on_the_membership_is_the_citys(sentence, expected):
    assert _counts(sentence) == [("member_cities", expected)]


@pytest.mark.parametrize("sentence", [
    "Le conseil d'administration du réseau compte 30 villes.",
    "The board has 12 member cities.",
    "Il consiglio direttivo riunisce 15 città.",
])
def test_a_networks_board_count_stays_out(sentence):
    assert _counts(sentence) == []


# Metropolitan areas and urban authorities are member cities.
@pytest.mark.parametrize("sentence, expected", [
    ("Reúne a casi 140 áreas metropolitanas de todo el mundo.", "140"),
    ("Metropolis regroupe 140 aires métropolitaines.", "140"),
    ("Metropolis riunisce 140 aree metropolitane.", "140"),
    ("Key Cities brings together 27 urban authorities across England and Wales.", "27"),
])
def test_metropolitan_areas_and_councils_are_member_cities(sentence, expected):
    assert _counts(sentence) == [("member_cities", expected)]


@pytest.mark.parametrize("sentence, expected", [
    # local authorities are the governments it represents
    ("UK100 brings together 100 local authorities.", [("represented_governments", "100")]),
    # member councils too, as "collectivités membres"
    ("It has about 50 member councils and holds an annual conference.", [("represented_governments", "50")]),
    # the councils of a network's own people are no count of members
    ("The network has 3 advisory councils.", []),
])
def test_other_councils_and_authorities_are_no_member_cities(sentence, expected):
    assert _counts(sentence) == expected


# A network described by its size as an alliance, a coalition, an association or an organisation states today's count.
@pytest.mark.parametrize("sentence", [
    "The City joined the Global Covenant of Mayors, an alliance of more than 13,000 cities.",
    "La Ville a rejoint la Convention mondiale des maires, une alliance de plus de 13 000 villes.",
    "La Ciudad se unió al Pacto Global de Alcaldes, una alianza de más de 13.000 ciudades.",
    "Il Comune ha aderito al Patto globale dei sindaci, un'alleanza di oltre 13.000 città.",
    "Die Stadt trat dem Global Covenant of Mayors bei, einem Bündnis von über 13.000 Städten.",
])
def test_an_alliance_of_its_size_states_the_present(sentence):
    assert count_context.states_the_present(sentence)


def test_an_alliance_without_its_size_states_nothing():
    assert not count_context.states_the_present("The City joined an alliance of cities committed to climate action.")


def test_a_recent_teasers_alliance_of_its_size_is_counted():
    url = "https://www.ville.example/news"
    page = ('<html lang="en"><head><title>News</title></head><body><main><h1>Media releases</h1>'
            '<article class="news-card"><p class="date"><time datetime="2025-02-14">14 February 2025</time></p>'
            '<h2><a href="/news/covenant">Adelaide signs the Global Covenant of Mayors</a></h2><p class="summary">In '
            'February 2025 the City joined the Global Covenant of Mayors for Climate &amp; Energy, an alliance of more '
            'than 13,000 cities committed to climate action.</p></article></main></body></html>')
    counts = {(fact["network_id"], fact["value"]) for fact in extract_page(page.encode(), url, FETCHED_AT).facts
              if fact["attribute"] == "member_cities"}
    assert counts == {("global-covenant-of-mayors", "13000")}


def _seats_of(body: str, lang: str) -> set[tuple[str, str]]:
    return {(network, value) for network, attribute, value, _ in _facts(body, lang) if attribute == "headquarters"}


# A possessive opening a sentence refers to the subject of the sentence before, not to a network it named in passing.
@pytest.mark.parametrize("body, lang, network", [
    ("<p>The Global Covenant of Mayors was launched in 2016 by merging the Compact of Mayors and the EU Covenant of "
     "Mayors. Its secretariat is in Brussels.</p>", "en", "global-covenant-of-mayors"),
    ("<p>Eurocities travaille avec le Comité des régions et l'AIMF. Son secrétariat est à Bruxelles.</p>", "fr",
     "eurocities"),
    ("<p>Eurocities arbeitet eng mit ICLEI und dem Klima-Bündnis zusammen. Sein Sitz ist in Brüssel.</p>", "de",
     "eurocities"),
    ("<p>Metropolis colabora con CGLU y con ICLEI. Su sede está en Barcelona.</p>", "es", "metropolis"),
])
def test_a_possessive_refers_to_the_subject_before(body, lang, network):
    seats = _seats_of(body, lang)
    assert {seat for seat in seats if seat[0] == network} and all(seat[0] == network for seat in seats)


def test_a_description_before_the_name_is_no_subject():
    body = ("<p>Organisation mondiale des villes et des gouvernements locaux, CGLU a été créée en 2004 à Paris. Son "
            "secrétariat mondial est à Barcelone.</p>")
    assert _seats_of(body, "fr") == {("uclg", "Barcelone")}


def _span(text: str) -> tuple[str, str] | None:
    span = find_event_span(text, date(2025, 5, 19), PartialDate(2025, 5, 19))
    return (span[0].iso(), span[1].iso()) if span else None


# An event's last day told after its first by a verb of closing with the day alone.
@pytest.mark.parametrize("text", [
    "I lavori si apriranno sabato 24 maggio alle 10 nella Sala degli Stemmi e si chiuderanno domenica 25 con la "
    "presentazione di un documento comune.",
    "Le congrès s'ouvrira le samedi 24 mai et se clôturera le dimanche 25.",
    "The forum opens on Saturday 24 May and closes on Sunday 25.",
    "Die Tagung beginnt am Samstag, 24. Mai, und endet am Sonntag, 25.",
    "El congreso se inaugurará el sábado 24 de mayo y se clausurará el domingo 25.",
])
def test_an_events_closing_day_ends_its_span(text):
    assert _span(text) == ("2025-05-24", "2025-05-25")


@pytest.mark.parametrize("text", [
    "Le forum a lieu le 24 mai ; il réunit 25 villes.",
    "The forum opens on 24 May. Registration ends on 20 June.",
    "Il forum si apre il 24 maggio e si chiude alle 18.",
])
def test_no_closing_day_without_one(text):
    assert _span(text) == ("2025-05-24", "2025-05-24")
