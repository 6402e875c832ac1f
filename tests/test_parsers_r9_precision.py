"""Facts and news a careful reader does not take from a city's page, in the five languages, each with what the same
wording must still give: another city's joining read as the publishing city's ("Regensburg, one of our twin cities,
joined Eurocities in 2022", "En la región, Bogotá también es miembro de CGLU; se unió a la organización en 2004"), the
publishing city's own joining told beside it still read; one country's members counted with a country's adjective in
the count's noun ("die Arbeit der rund 900 deutschen Mitgliedsstädte"); a count in a timeline's entry of the page's own
year ("2025: Treinta años de Mercociudades. La red celebra su aniversario con 380 ciudades miembro"); and, the other
way, the members a Spanish or Italian page calls its associated cities ("cuenta hoy con más de 380 ciudades
asociadas") read as associate members. Among news items' days, three that are no event's span: the day of the city's
joining ("l'adhésion, officialisée le 14 mai 2024"), a day "until" which something will be open (not begun on the
item's day), and the day a call for applications closes at an hour ("closes at 5pm on Friday 29 August"). The page's
own date under the bare label "Data:" beside an update line ("Ultimo aggiornamento: 15/05/2025") read as the update's;
a page updated months after it was published ("Publié le 12/03/2024 – Mis à jour le 05/11/2025"), a topic page, taken
for a news item; and an office's undated contact card (an address, an e-mail, a phone number) taken for one. And,
read now, a president named after the office of a city ("Sa présidente, la maire de Paris Anne Hidalgo,")."""

from datetime import UTC, datetime

import pytest
from helpers.extracted import facts_of_snippet, values_of

from scraper.parsers.dates import PartialDate
from scraper.parsers.events import find_event_span
from scraper.parsers.extract import extract_page


def _joinings(body: str, lang: str, host: str) -> set[tuple[str, str]]:
    """(network, year) of each joining read from `body` inside the <main> of a page of `host`."""
    return values_of("joined", body, lang, url=f"https://{host}/international/networks", title="International")


@pytest.mark.parametrize("lang, host, body, expected", [
    ("en", "www.aberdeencity.gov.uk", "<h2>Eurocities</h2><p>Aberdeen has twin cities in five countries. Regensburg, "
     "one of our twin cities, joined Eurocities in 2022.</p>", set()),
    ("fr", "www.poitiers.fr", "<h2>Maires pour la paix</h2><p>Depuis 2015, Poitiers fait partie de Mayors for Peace. "
     "Marbourg, notre ville jumelle en Allemagne, en est membre depuis 2012.</p>", {("mayors-for-peace", "2015")}),
    ("es", "www.medellin.gov.co", "<h2>CGLU</h2><p>Medellín forma parte de CGLU desde 2008. En la región, Bogotá "
     "también es miembro de CGLU; se unió a la organización en 2004.</p>", {("uclg", "2008")}),
    ("it", "www.comune.perugia.it", "<h2>Città educative</h2><p>Perugia fa parte dell'Associazione internazionale "
     "delle città educative dal 2015. In Umbria, Terni ha aderito alla rete nel 2010.</p>", {("iaec", "2015")}),
    ("it", "www.comune.perugia.it", "<h2>Città educative</h2><p>Perugia fa parte dell'Associazione internazionale "
     "delle città educative dal 2015. Anche Terni, in Umbria, ne è membro dal 2010.</p>", {("iaec", "2015")}),
    ("de", "www.kassel.de", "<h2>Mayors for Peace</h2><p>Kassel ist seit 2008 Mitglied. Marburg, unsere Partnerstadt "
     "in Hessen, ist seit 2012 Mitglied von Mayors for Peace.</p>", {("mayors-for-peace", "2008")}),
    # the publishing city's own joining, told with the same words as another city's
    ("es", "www.medellin.gov.co", "<h2>Metropolis</h2><p>Medellín también es miembro de Metropolis, la asociación "
     "mundial de grandes metrópolis, desde 2012.</p>", {("metropolis", "2012")}),
    # the publishing city the subject of a later clause
    ("en", "www.aberdeencity.gov.uk", "<h2>Eurocities</h2><p>Regensburg, one of our twin cities, joined Eurocities in "
     "2022; Aberdeen joined it in 2015.</p>", {("eurocities", "2015")}),
    # the city by its institution, a pronoun, or a page that never writes its host's city: read as before
    ("fr", "www.poitiers.fr", "<h2>Cités Unies France</h2><p>Poitiers est engagée. La Ville en est membre depuis "
     "1992.</p>", {("cites-unies-france", "1992")}),
    ("en", "www.aberdeencity.gov.uk", "<h2>Eurocities</h2><p>Aberdeen works with Europe's cities. The Council joined "
     "Eurocities in 1999.</p>", {("eurocities", "1999")}),
    ("fr", "www.vdl.lu", "<h2>Eurocities</h2><p>Luxembourg a rejoint Eurocities en 1995.</p>",
     {("eurocities", "1995")}),
])
def test_another_citys_joining_is_not_the_publishing_citys(lang, host, body, expected):
    assert _joinings(body, lang, host) == expected


@pytest.mark.parametrize("lang, body, expected", [
    ("de", "<h2>Mayors for Peace</h2><p>Das Bündnis zählt über 8.000 Mitgliedsstädte. In Deutschland koordiniert die "
           "Landeshauptstadt Hannover als Vizepräsidentstadt die Arbeit der rund 900 deutschen Mitgliedsstädte.</p>",
     {("mayors-for-peace", "8000")}),
    ("en", "<h2>Mayors for Peace</h2><p>Mayors for Peace has over 8,000 member cities. Manchester coordinates the work "
           "of the 80 British member cities.</p>", {("mayors-for-peace", "8000")}),
    ("it", "<h2>Mayors for Peace</h2><p>La rete conta oltre 8.000 città. Il Comune di Cervia coordina le attività dei "
           "circa 500 comuni italiani aderenti.</p>", {("mayors-for-peace", "8000")}),
    ("es", "<h2>Alcaldes por la Paz</h2><p>La red cuenta con más de 8.000 ciudades. Granollers coordina el trabajo de "
           "los 60 municipios españoles adheridos.</p>", {("mayors-for-peace", "8000")}),
    ("fr", "<h2>Maires pour la paix</h2><p>Le réseau compte plus de 8 000 villes. Malakoff anime le réseau des 160 "
           "villes membres françaises.</p>", {("mayors-for-peace", "8000")}),
    # a national network's own members, named with its country's adjective but no member word, are still counted
    ("es", "<h2>Red Española de Ciudades Inteligentes</h2><p>La red agrupa a 90 ciudades españolas.</p>",
     {("red-espanola-de-ciudades-inteligentes", "90")}),
])
def test_one_countrys_members_are_not_the_networks_count(lang, body, expected):
    assert values_of("member_cities", body, lang) == expected


@pytest.mark.parametrize("lang, body, expected", [
    ("es", "<h2>Cronología</h2><ul><li>1995: En Asunción, doce ciudades crean Mercociudades.</li><li>2025: Treinta "
           "años de Mercociudades. La red celebra su aniversario con 380 ciudades miembro en 10 países.</li></ul>",
     set()),
    ("en", "<h2>Timeline</h2><ul><li>2025 – Eurocities marks its anniversary with 210 member cities in 38 "
           "countries.</li></ul>", set()),
    ("fr", "<h2>Chronologie</h2><ul><li>2025 : Anniversaire. Le réseau fête ses 30 ans avec 380 villes membres.</li>"
           "</ul>", set()),
    ("it", "<h2>Cronologia</h2><ul><li>2025: Trent'anni di Mercociudades. La rete festeggia con 380 città "
           "aderenti.</li></ul>", set()),
    ("de", "<h2>Chronik</h2><ul><li>2025: Jubiläum. Eurocities feiert mit 210 Mitgliedsstädten.</li></ul>", set()),
    # the present told in the entry itself, or in a sentence of its own
    ("es", "<h2>Cronología</h2><ul><li>2025: Mercociudades cuenta hoy con 380 ciudades miembro.</li></ul>",
     {("mercociudades", "380")}),
    ("es", "<h2>Mercociudades</h2><p>Mercociudades cuenta hoy con más de 380 ciudades miembro.</p>",
     {("mercociudades", "380")}),
])
def test_a_count_in_a_timeline_entry_is_that_years_not_now(lang, body, expected):
    assert values_of("member_cities", body, lang) == expected


@pytest.mark.parametrize("lang, body, expected", [
    ("es", "<h2>Mercociudades</h2><p>Mercociudades, cuya Secretaría Técnica funciona en nuestra ciudad, cuenta hoy con "
           "más de 380 ciudades asociadas.</p>", {("mercociudades", "380", "more_than")}),
    ("it", "<h2>Città educative</h2><p>L'Associazione internazionale delle città educative conta circa 500 città "
           "associate.</p>", {("iaec", "500", "about")}),
    ("es", "<h2>AICE</h2><p>La Asociación Internacional de Ciudades Educadoras reúne a unos 500 municipios "
           "asociados.</p>", {("iaec", "500", "about")}),
    # associate members are not the members, nor are new ones
    ("es", "<h2>Mercociudades</h2><p>La red tiene 40 miembros asociados.</p>", set()),
    ("fr", "<h2>Eurocities</h2><p>Le réseau compte 40 membres associés.</p>", set()),
    ("es", "<h2>Mercociudades</h2><p>La red suma 12 ciudades asociadas nuevas.</p>", set()),
])
def test_cities_called_associated_are_the_members(lang, body, expected):
    assert {(network, value, qualifier) for network, attribute, value, qualifier in facts_of_snippet(body, lang)
            if attribute == "member_cities"} == expected


def _event(text: str, published: str) -> tuple[str, str] | None:
    day = PartialDate(*map(int, published.split("-")))
    span = find_event_span(text, day.first_day(), day)
    return (span[0].iso(), span[1].iso()) if span else None


@pytest.mark.parametrize("text, published, expected", [
    # the day of the city's joining is a fact about it, not an event's span
    ("Laval se joint à la Convention mondiale des maires. Le conseil municipal a approuvé l'adhésion, officialisée le "
     "14 mai 2024 par la signature du maire.", "2024-05-16", None),
    ("Con la firma del sindaco, il Comune ha aderito il 24 novembre 2025 al programma Intercultural Cities.",
     "2025-11-27", None),
    ("L'adesione, formalizzata il 12 maggio 2025 con la firma della Carta, impegna l'amministrazione.", "2025-05-14",
     None),
    ("Leeds joined Eurocities on 3 March 2025, the council said.", "2025-03-05", None),
    ("La ciudad se unió a la red el 3 de marzo de 2025.", "2025-03-05", None),
    ("Der Beitritt wurde am 3. März 2025 vom Oberbürgermeister unterzeichnet.", "2025-03-05", None),
    # an event's day beside a joining told earlier is still the event's
    ("Après son adhésion en 2020, la ville accueille le 14 mai 2024 le congrès du réseau.", "2024-05-02",
     ("2024-05-14", "2024-05-14")),
    # "until" a day, told in the future: the event has not begun on the item's day
    ("The market will be open daily until 22 December, with more than 90 stalls this year.", "2025-10-15", None),
    ("Le marché de Noël sera ouvert tous les jours jusqu'au 22 décembre.", "2025-10-15", None),
    ("The exhibition runs until 22 December.", "2025-10-15", ("2025-10-15", "2025-12-22")),
    # the day a call for applications closes, at an hour
    ("Global Belfast grants now open for applications. Community groups can apply for up to £5,000. The scheme "
     "closes at 5pm on Friday 29 August 2025.", "2025-07-28", None),
    ("Appel à projets. Les candidatures ferment à 17 h le vendredi 29 août 2025.", "2025-07-28", None),
    ("The exhibition closes on Friday 29 August 2025.", "2025-07-28", ("2025-08-29", "2025-08-29")),
])
def test_days_that_are_no_events_span(text, published, expected):
    assert _event(text, published) == expected


def _page_date(lang: str, label: str, day: str, update: str) -> str | None:
    """An article's date under its label beside the reading time, its update line at its foot."""
    html = (f'<html lang="{lang}"><head><title>Notizia</title></head><body><main><div class="row"><div class="col-8">'
            '<h1>La città entra nella rete</h1><p class="lead">Il Consiglio ha approvato l\'adesione alla rete.</p>'
            f'<div class="row"><div class="col-6"><small>{label}</small><p>{day}</p></div><div class="col-6"><small>'
            'Tempo di lettura:</small><p>3 min</p></div></div><section><h2>Descrizione</h2><p>La città entra '
            'ufficialmente nella rete delle città educative.</p></section></div></div>'
            f'<div class="row"><p data-element="metadata">{update}</p></div></main></body></html>')
    return extract_page(html.encode(), "https://www.ville.example/novita/notizie/rete",
                        datetime(2025, 6, 1, tzinfo=UTC)).page["page_date"]


@pytest.mark.parametrize("lang, label, day, update, expected", [
    ("it", "Data:", "14 maggio 2025", "Ultimo aggiornamento: 15/05/2025 12:03", "2025-05-14"),
    ("fr", "Date :", "14 mai 2025", "Mis à jour le 15/05/2025", "2025-05-14"),
    ("en", "Date:", "14 May 2025", "Last updated: 15 May 2025", "2025-05-14"),
    ("de", "Datum:", "14.05.2025", "Zuletzt aktualisiert am 15.05.2025", "2025-05-14"),
    ("es", "Fecha:", "14 de mayo de 2025", "Última actualización: 15/05/2025", "2025-05-14"),
    # the update alone still dates the page
    ("it", "Argomento:", "Scuola", "Ultimo aggiornamento: 15/05/2025 12:03", "2025-05-15"),
])
def test_a_date_labelled_beside_an_update_is_the_publication(lang, label, day, update, expected):
    assert _page_date(lang, label, day, update) == expected


def _is_news(lang: str, title: str, dates: str) -> bool:
    html = (f'<html lang="{lang}"><head><title>{title}</title></head><body><main><article><h1>{title}</h1>'
            f'<p class="dates">{dates}</p><p>La ville participe à plusieurs réseaux de villes européens et mondiaux, '
            'dont Eurocities et Energy Cities.</p></article></main></body></html>')
    return extract_page(html.encode(), "https://www.ville.example/international/reseaux-de-villes",
                        datetime(2025, 12, 1, tzinfo=UTC)).page["n_news"] == 1


@pytest.mark.parametrize("lang, title, dates, expected", [
    ("fr", "Les réseaux de villes", "Publié le 12/03/2024 – Mis à jour le 05/11/2025", False),
    ("fr", "Réseaux de villes", "Publié le 4 février 2025 – Mis à jour le 19 septembre 2025", False),
    ("en", "City networks", "Published: 4 February 2025 · Last updated: 19 September 2025", False),
    ("es", "Redes de ciudades", "Fecha de publicación: 10/06/2025 | Última actualización: 02/11/2025", False),
    ("it", "Reti di città", "Pubblicato il 4 febbraio 2025 · Aggiornato il 19 settembre 2025", False),
    ("de", "Städtenetzwerke", "Veröffentlicht am 04.02.2025 · Aktualisiert am 19.09.2025", False),
    # an article corrected in the days after it was published is still one
    ("fr", "La Ville accueille le forum Mobilité d'Eurocities", "Publié le 14 octobre 2025 – mis à jour le 20 octobre "
     "2025", True),
    ("en", "Council hosts the Eurocities Social Affairs Forum", "Published: 18 September 2024 · Last updated: 20 "
     "September 2024", True),
])
def test_a_page_updated_months_after_its_publication_is_no_news_item(lang, title, dates, expected):
    assert _is_news(lang, title, dates) is expected


def _news_titles(lang: str, card: str) -> list[str]:
    html = (f'<html lang="{lang}"><head><title>Reti</title></head><body><main><h1>Reti di città</h1><p>La città '
            'partecipa a Eurocities.</p><section><h2>Contatti</h2><div class="card card-teaser">'
            f'{card}</div></section></main></body></html>')
    return [item["title"] for item in extract_page(html.encode(), "https://www.comune.example.it/reti",
                                                   datetime(2025, 12, 1, tzinfo=UTC)).news]


@pytest.mark.parametrize("lang, card, expected", [
    ("it", '<h3><a href="/uffici/relazioni-internazionali">Ufficio Relazioni internazionali e Progetti europei</a></h3>'
           "<p>Palazzo municipale, piazza dell'Unità d'Italia 4<br>relazioni.internazionali@comune.example.it</p>", []),
    ("fr", '<h3><a href="/services/relations-internationales">Service des relations internationales</a></h3>'
           "<p>Hôtel de ville, place du Marché<br>Tél. 02 98 00 80 80</p>", []),
    ("en", '<h3><a href="/contact/international-team">International Relations Team</a></h3>'
           "<p>City Chambers, High Street<br>Phone: 0131 200 2000</p>", []),
    ("de", '<h3><a href="/verwaltung/internationales">Büro für Internationales</a></h3>'
           "<p>Rathaus, Marktplatz 1<br>international@stadt.example.de</p>", []),
    ("es", '<h3><a href="/oficinas/relaciones-internacionales">Oficina de Relaciones Internacionales</a></h3>'
           "<p>Plaza Mayor 1<br>Teléfono: 010</p>", []),
    # an undated card that tells a story is still an item
    ("it", '<h3><a href="/novita/notizie/eurocities">La città entra in Eurocities</a></h3>'
           "<p>Il Consiglio comunale ha approvato l'adesione alla rete delle grandi città europee.</p>",
     ["La città entra in Eurocities"]),
])
def test_an_undated_contact_card_is_no_news_item(lang, card, expected):
    assert _news_titles(lang, card) == expected


@pytest.mark.parametrize("lang, body, expected", [
    ("fr", "<h2>AIMF</h2><p>L'AIMF fédère quelque 300 villes membres. Sa présidente, la maire de Paris Anne Hidalgo, "
           "adressera un message vidéo aux participants.</p>", {("aimf", "Anne Hidalgo")}),
    ("en", "<h2>Eurocities</h2><p>Eurocities brings together 200 cities. Its president, the Mayor of Florence, Sara "
           "Funaro, will open the forum.</p>", {("eurocities", "Sara Funaro")}),
    ("es", "<h2>UCCI</h2><p>La UCCI reúne a 30 capitales. Su presidente, el alcalde de Madrid, José Luis "
           "Martínez-Almeida, inauguró el foro.</p>", {("ucci", "José Luis Martínez-Almeida")}),
    ("it", "<h2>Eurocities</h2><p>Eurocities riunisce 200 città. Il suo presidente, il sindaco di Firenze Sara Funaro, "
           "ha aperto i lavori.</p>", {("eurocities", "Sara Funaro")}),
    ("de", "<h2>Eurocities</h2><p>Eurocities vereint 200 Städte. Ihr Präsident, der Oberbürgermeister von Florenz "
           "Sara Funaro, eröffnete die Tagung.</p>", {("eurocities", "Sara Funaro")}),
    # a vice-president, a former one, or a name its city's words may run into: none
    ("fr", "<h2>AIMF</h2><p>Sa vice-présidente, la maire de Lyon Marie Dupont, a ouvert la séance.</p>", set()),
    ("en", "<h2>Eurocities</h2><p>Its former president, the Mayor of Ghent, Mathias De Clercq, spoke.</p>", set()),
    ("es", "<h2>UCCI</h2><p>Su presidente, el alcalde de Madrid José Luis Martínez-Almeida, inauguró el foro.</p>",
     set()),
])
def test_its_president_named_after_a_mayors_office(lang, body, expected):
    assert values_of("president", body, lang) == expected


def test_the_publishing_city_named_after_a_timeline_entrys_title_is_the_subject():
    body = ("<h2>Cronología</h2><ul><li>2017: Alimentación sostenible Montevideo firma el Pacto de Política "
            "Alimentaria Urbana de Milán.</li></ul>")
    assert _joinings(body, "es", "montevideo.gub.uy") == {("milan-urban-food-policy-pact", "2017")}
