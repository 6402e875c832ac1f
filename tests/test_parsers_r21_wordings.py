"""Wordings next to a network that a careful reader reads: a network called by the acronym its written name spells,
a city among the founders, a seat in a named building or said to be a town, a count a teaser says is reached
already."""

from datetime import date

import pytest
from helpers.extracted import extracted, facts_of_snippet

from scraper.parsers.content import PageContent, Teaser
from scraper.parsers.dates import PartialDate
from scraper.parsers.events import find_event_span
from scraper.parsers.facts import extract_facts


@pytest.mark.parametrize("lang, body, expected", [
    # prose, the name then its acronym in the next sentence
    ("fr", "<p>Les délégués des villes membres de l'Union des villes suisses se sont retrouvés. Le président de l'UVS, "
           "Mike Künzle, a salué l'accueil.</p>",
     ("schweizerischer-stadteverband", "president", "Mike Künzle", "exact")),
    ("fr", "<p>La Ville est membre de l'Association des maires ruraux de France.</p><p>Le président de l'AMRF, Michel "
           "Fournier, a salué l'accueil.</p>",
     ("association-des-maires-ruraux-de-france", "president", "Michel Fournier", "exact")),
    # a card
    ("en", "<div class='card'><h3>Annual meeting</h3><p>Delegates of the Association of Municipalities of Ontario met "
           "in Ottawa. The AMO president, Robin Jones, opened the session.</p></div>",
     ("association-of-municipalities-of-ontario", "president", "Robin Jones", "exact")),
    # a dl
    ("it", "<dl><dt>Notizie</dt><dd>I sindaci della Lega delle Autonomie Locali si sono riuniti a Roma. Il presidente "
           "della LAL, Marco Rossi, ha aperto i lavori.</dd></dl>",
     ("autonomie-locali-italiane", "president", "Marco Rossi", "exact")),
    ("de", "<h2>Aktuelles</h2><p>Die Stadt ist Mitglied im Bündnis Kommunen für biologische Vielfalt.</p><p>Der "
           "Präsident des KBV, Peter Schmidt, eröffnete die Tagung.</p>",
     ("kommunen-fur-biologische-vielfalt", "president", "Peter Schmidt", "exact")),
])
def test_an_acronym_the_pages_name_of_a_network_spells_is_that_network(lang, body, expected):
    assert expected in facts_of_snippet(body, lang)


def test_an_acronym_spelled_in_a_news_teaser_is_its_networks():
    body = ("<ul class='news'><li><h3><a href='/actualites/uvs'>Journée des villes : l'UVS a siégé à Neuchâtel</a></h3>"
            "<time datetime='2025-02-04'>04.02.2025</time><p>Les délégués des villes membres de l'Union des villes "
            "suisses se sont retrouvés au bord du lac. Le président de l'UVS, Mike Künzle, a salué l'accueil.</p></li>"
            "</ul>")
    assert ("schweizerischer-stadteverband", "president", "Mike Künzle", "exact") in facts_of_snippet(body, "fr")


@pytest.mark.parametrize("lang, body", [
    # an acronym no name of the page spells: another body's
    ("fr", "<p>Les délégués de l'Union des villes suisses se sont retrouvés. Le président de la SNCF, Jean Castex, a "
           "salué l'accueil.</p>"),
    ("en", "<p>Delegates of the Association of Municipalities of Ontario met. The president of the AMRF, Robin Jones, "
           "spoke.</p>"),
    # a name of two words spells too many other bodies' acronyms
    ("es", "<p>La ciudad es miembro de Mercociudades. El presidente de la MC, Ana Pérez, abrió la sesión.</p>"),
])
def test_an_acronym_no_name_of_the_page_spells_names_no_network(lang, body):
    assert not {fact for fact in facts_of_snippet(body, lang) if fact[1] == "president"}


@pytest.mark.parametrize("lang, body, expected", [
    # prose, the founding then the city among the founders
    ("de", "<h2>QuattroPole</h2><p>Das Netzwerk wurde im Jahr 2000 gegründet, Trier gehört zu den "
           "Gründungsstädten.</p>", ("quattropole", "joined", "2000")),
    ("de", "<div class='card'><h3>QuattroPole</h3><p>Das Netzwerk wurde 2000 gegründet; Trier zählt seit jeher zu den "
           "Gründungskommunen.</p></div>", ("quattropole", "joined", "2000")),
    ("fr", "<h2>QuattroPole</h2><p>Le réseau a été créé en 2000 et Metz fait partie des villes fondatrices.</p>",
     ("quattropole", "joined", "2000")),
    # the city among the founders first, the founding in the next sentence
    ("fr", "<dl><dt>QuattroPole</dt><dd>Metz fait partie des membres fondateurs. Le réseau a été créé en 2000.</dd>"
           "</dl>", ("quattropole", "joined", "2000")),
    ("es", "<table><tr><th>Red</th><th>Descripción</th></tr><tr><td>Eurocities</td><td>La red se creó en 1986 y "
           "Barcelona forma parte de las ciudades fundadoras.</td></tr></table>", ("eurocities", "joined", "1986")),
    ("it", "<h2>Eurocities</h2><p>La rete è nata nel 1986 e Milano fa parte delle città fondatrici.</p>",
     ("eurocities", "joined", "1986")),
    ("en", "<h2>QuattroPole</h2><p>The network was founded in 2000, and Luxembourg is one of its founding cities.</p>",
     ("quattropole", "joined", "2000")),
])
def test_a_city_belonging_to_the_founders_joined_at_the_founding(lang, body, expected):
    assert expected in {fact[:3] for fact in facts_of_snippet(body, lang)}


@pytest.mark.parametrize("lang, body", [
    # the founders listed after a plural verb: which of them is the city the sentence does not say
    ("de", "<h2>QuattroPole</h2><p>Das Netzwerk wurde 2000 gegründet. Zu den Gründungsstädten gehören Luxemburg, Metz "
           "und Saarbrücken.</p>"),
    ("fr", "<h2>QuattroPole</h2><p>Le réseau a été créé en 2000 ; Luxembourg, Sarrebruck et Metz font partie des "
           "villes fondatrices.</p>"),
    ("it", "<h2>Eurocities</h2><p>La rete è nata nel 1986; Lione e Barcellona fanno parte delle città fondatrici.</p>"),
])
def test_the_founders_listed_date_no_joining(lang, body):
    assert not {fact for fact in facts_of_snippet(body, lang) if fact[1] == "joined"}


@pytest.mark.parametrize("lang, body, expected", [
    ("de", "<h2>QuattroPole</h2><p>Die Geschäftsstelle hat ihren Sitz im Haus der Großregion in Esch-sur-Alzette.</p>",
     ("quattropole", "headquarters", "Esch-sur-Alzette")),
    ("fr", "<div class='card'><h3>QuattroPole</h3><p>Le secrétariat a son siège à la Maison de la Grande Région, à "
           "Esch-sur-Alzette.</p></div>", ("quattropole", "headquarters", "Esch-sur-Alzette")),
    ("en", "<dl><dt>QuattroPole</dt><dd>The secretariat is based at the House of the Greater Region in "
           "Esch-sur-Alzette.</dd></dl>", ("quattropole", "headquarters", "Esch-sur-Alzette")),
    ("es", "<table><tr><th>Red</th><th>Nota</th></tr><tr><td>Eurocities</td><td>La secretaría tiene su sede en la Casa "
           "de Europa, en Bruselas.</td></tr></table>", ("eurocities", "headquarters", "Bruselas")),
    ("it", "<h2>Eurocities</h2><p>La segreteria ha sede presso la Casa d'Europa a Bruxelles.</p>",
     ("eurocities", "headquarters", "Bruxelles")),
])
def test_a_seat_in_a_named_building_is_in_the_town_after_its_name(lang, body, expected):
    assert expected in {fact[:3] for fact in facts_of_snippet(body, lang)}


@pytest.mark.parametrize("lang, body", [
    # the "de" of the building's name is no town's preposition
    ("es", "<h2>Eurocities</h2><p>La secretaría tiene su sede en la Casa de Europa de la ciudad.</p>"),
    # a regional office's seat
    ("en", "<h2>ICLEI</h2><p>Its European secretariat is based at the House of Sustainability in Freiburg.</p>"),
    # a meeting in the building, no seat
    ("de", "<h2>QuattroPole</h2><p>Die Tagung findet im Haus der Großregion in Esch-sur-Alzette statt.</p>"),
])
def test_no_seat_of_the_network_in_a_building_of_another_kind(lang, body):
    assert not {fact for fact in facts_of_snippet(body, lang) if fact[1] == "headquarters"}


@pytest.mark.parametrize("lang, body, expected", [
    ("de", "<h2>Städtebund Die Hanse</h2><p>Sitz des Städtebundes ist die Hansestadt Lübeck.</p>",
     ("die-hanse", "headquarters", "Lübeck")),
    ("de", "<div class='card'><h3>Eurocities</h3><p>Sitz des Netzwerks ist die belgische Hauptstadt Brüssel.</p></div>",
     ("eurocities", "headquarters", "Brüssel")),
    ("fr", "<dl><dt>Eurocities</dt><dd>Le siège du réseau est la ville de Bruxelles.</dd></dl>",
     ("eurocities", "headquarters", "Bruxelles")),
    ("en", "<h2>Eurocities</h2><p>The network's seat is the city of Brussels.</p>",
     ("eurocities", "headquarters", "Brussels")),
    ("es", "<table><tr><th>Red</th><th>Nota</th></tr><tr><td>Eurocities</td><td>La sede de la red es la ciudad de "
           "Bruselas.</td></tr></table>", ("eurocities", "headquarters", "Bruselas")),
    ("it", "<h2>Eurocities</h2><p>La sede della rete è la città di Bruxelles.</p>",
     ("eurocities", "headquarters", "Bruxelles")),
])
def test_a_seat_said_to_be_a_town_by_its_designation_is_that_town(lang, body, expected):
    assert expected in {fact[:3] for fact in facts_of_snippet(body, lang)}


@pytest.mark.parametrize("lang, body", [
    # another body's seat
    ("de", "<h2>Eurocities</h2><p>Sitz des Europarats ist die Stadt Straßburg.</p>"),
    ("fr", "<h2>Eurocities</h2><p>Le siège du Parlement européen est la ville de Strasbourg.</p>"),
])
def test_another_bodys_seat_said_to_be_a_town_is_not_the_networks(lang, body):
    assert not {fact for fact in facts_of_snippet(body, lang) if fact[1] == "headquarters"}


RECENT = PartialDate(2026, 9, 20)


def _teaser_counts(title, summary, lang, teaser_date=RECENT):
    teaser = Teaser(title, "https://example.org/news/1", teaser_date, summary)
    content = PageContent(title="Noticias", lang=lang, page_date=None, blocks=(), teasers=(teaser,), main_text="",
                          is_news=False)
    return {(fact["network_id"], fact["attribute"], fact["value"], fact["qualifier"])
            for fact in extract_facts(content, "u", lang, date(2026, 10, 1)) if fact["unit"]}


@pytest.mark.parametrize("lang, title, summary, expected", [
    ("es", "Pamplona se adhiere al Pacto de Milán", "Lanzado en Milán en 2015, el Pacto de Política Alimentaria Urbana "
           "de Milán suma ya más de 300 ciudades.",
     ("milan-urban-food-policy-pact", "member_cities", "300", "more_than")),
    ("fr", "Lyon rejoint Eurocities", "Le réseau Eurocities compte déjà plus de 200 villes.",
     ("eurocities", "member_cities", "200", "more_than")),
    ("en", "Leeds at Eurocities", "Founded in 1986, Eurocities counts already over 200 cities.",
     ("eurocities", "member_cities", "200", "more_than")),
    ("de", "Eurocities-Forum", "Das Netzwerk Eurocities zählt bereits über 200 Städte.",
     ("eurocities", "member_cities", "200", "more_than")),
    ("it", "Sindaci per la Pace", "La rete Mayors for Peace conta già oltre 8.000 città.",
     ("mayors-for-peace", "member_cities", "8000", "more_than")),
])
def test_what_a_recent_teaser_says_a_network_has_reached_already_is_its_count(lang, title, summary, expected):
    assert expected in _teaser_counts(title, summary, lang)


@pytest.mark.parametrize("lang, title, summary, teaser_date", [
    # an old teaser: its figure has aged
    ("es", "Pacto de Milán", "El Pacto de Política Alimentaria Urbana de Milán suma ya más de 300 ciudades.",
     PartialDate(2023, 9, 20)),
    # a meeting's gathering
    ("fr", "Eurocities à Lyon", "Eurocities réunit déjà 200 villes à Lyon cette semaine.", RECENT),
])
def test_an_old_or_a_meetings_count_reached_already_is_not_read(lang, title, summary, teaser_date):
    assert _teaser_counts(title, summary, lang, teaser_date) == set()


@pytest.mark.parametrize("lang, section", [
    ("it", "<article class='it-page-section'><h3>Ulteriori informazioni</h3><p>Pubblicato il 20/10/2026 · Ultima "
           "modifica: 22/10/2026</p><h4>Argomenti</h4><ul><li><a href='/argomenti/universita'>Università</a></li></ul>"
           "</article>"),
    ("fr", "<section class='page-section'><h2>Plus d'informations</h2><p>Publié le 20/10/2026 – Mis à jour le "
           "22/10/2026</p><p>Thématique : <a href='/themes/climat'>Climat</a></p></section>"),
    ("en", "<div class='page-meta'><h3>More information</h3><ul><li>Published 20 October 2026</li><li>Last updated 22 "
           "October 2026</li></ul></div>"),
    ("de", "<article><h2>Weitere Informationen</h2><p>Veröffentlicht am 20.10.2026, zuletzt aktualisiert am "
           "22.10.2026</p><p>Thema: <a href='/themen/klima'>Klima</a></p></article>"),
    ("es", "<article><h2>Más información</h2><p>Publicado el 20/10/2026 | Última actualización: 22/10/2026</p>"
           "</article>"),
])
def test_a_section_dated_by_the_pages_publication_and_update_line_is_no_news_item(lang, section):
    body = "<p>La Ville rejoint Energy Cities.</p>" + section
    assert not [item for item in extracted(body, lang).news if item["published"] in ("2026-10-20", "2026-10-22")]


def test_a_teaser_whose_title_links_to_it_stays_an_item_with_a_publication_and_update_line():
    body = ("<ul><li class='news-item'><h3><a href='/actualites/climat'>Plan climat : la Ville accélère</a></h3>"
            "<p>Publié le 20/10/2026 · Mis à jour le 22/10/2026</p></li><li class='news-item'><h3><a "
            "href='/actualites/velo'>Le plan vélo</a></h3><p>Publié le 12/10/2026</p></li></ul>")
    assert "Plan climat : la Ville accélère" in {item["title"] for item in extracted(body, "fr").news}


def test_a_card_wrapped_in_its_link_stays_an_item_with_a_publication_and_update_line():
    card = ("<article class='news-item'><a class='news-item__link' href='/actualites/{slug}'><div>"
            "<div class='news-item__date'>Publié le {day} juin 2024 · Mis à jour le 25 juin 2024</div>"
            "<h2 class='news-item__title'>{title}</h2><p>Seize camions ont pris la route de Mykolaïv.</p></div></a>"
            "</article>")
    body = (card.format(slug="convoi", day=3, title="Solidarité : un deuxième convoi est parti")
            + card.format(slug="forum", day=12, title="Forum des villes partenaires"))
    assert "Solidarité : un deuxième convoi est parti" in {item["title"] for item in extracted(body, "fr").news}


_OCTOBER_28 = PartialDate(2026, 10, 28)


@pytest.mark.parametrize("text", [
    "Winter opening: from 1 November, the recycling centres at Gibson Street will close at 4pm.",
    "Horaires d'hiver : à partir du 1er novembre, les déchèteries fermeront à 16 h.",
    "Ab dem 1. November schließen die Wertstoffhöfe um 16 Uhr.",
    "A partir del 1 de noviembre, los puntos limpios cerrarán a las 16:00.",
    "Dal 1° novembre le isole ecologiche chiuderanno alle 16.",
])
def test_the_day_a_place_opens_or_closes_at_new_hours_is_no_event(text):
    assert find_event_span(text, _OCTOBER_28.first_day(), _OCTOBER_28) is None


@pytest.mark.parametrize("text, expected", [
    # a span with its end: the event's, its hours beside
    ("Dal 1 al 3 novembre la mostra chiuderà alle 16.", PartialDate(2026, 11, 1)),
    # hours without a day that opens them
    ("On 1 November the centre hosts the recycling fair, which will close at 4pm.", PartialDate(2026, 11, 1)),
])
def test_a_day_that_opens_no_new_hours_stays_the_events(text, expected):
    assert find_event_span(text, _OCTOBER_28.first_day(), _OCTOBER_28)[0] == expected


_JUNE_3 = PartialDate(2026, 6, 3)


@pytest.mark.parametrize("text", [
    "Le 28 mai 2026, la Ville a officiellement rejoint le Réseau mondial des villes amies des aînés.",
    "On 28 May 2026, the city officially joined the Global Network for Age-friendly Cities.",
    "El 28 de mayo de 2026, la ciudad se incorporó a la Red Mundial de Ciudades Amigables con las Personas Mayores.",
    "Il 28 maggio 2026, il Comune ha aderito alla rete globale delle città amiche delle persone anziane.",
    "Am 28. Mai 2026, hat die Stadt ihren Beitritt zum Netzwerk erklärt.",
])
def test_a_day_opening_the_sentence_of_a_joining_dates_no_event(text):
    assert find_event_span(text, _JUNE_3.first_day(), _JUNE_3) is None


@pytest.mark.parametrize("text", [
    # the day opens the sentence of another act
    "Le 28 mai 2026, la Ville accueille le congrès du réseau.",
    "On 28 May 2026, the city hosts the network's annual meeting.",
])
def test_a_day_opening_the_sentence_of_another_act_stays_the_events(text):
    assert find_event_span(text, _JUNE_3.first_day(), _JUNE_3)[0] == PartialDate(2026, 5, 28)
