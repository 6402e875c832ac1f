"""News pages and their dates, as a careful reader takes them: a dated article that describes what holds (a topic
page, a network's presentation, a page of documents) is no news item, while one that reports a day near its own is; a
press release's dateline is its publication day beside a later update line; a side event's span ("Begleitend ...
vom 8. bis 19. Juli") is not the span of the event the item reports."""

from datetime import UTC, date, datetime

import pytest

from scraper.parsers.dates import PartialDate
from scraper.parsers.events import find_event_span, names_a_day_near
from scraper.parsers.extract import extract_page

_FETCHED = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)


def _page(lang: str, title: str, meta: str, body: str, wrapper: str = "article") -> bytes:
    """A city's page: its title, a meta line under it, its text, in an <article> (or a schema.org Article)."""
    opening = ("<div class='item-page' itemscope itemtype='https://schema.org/Article'>" if wrapper == "schema"
               else f"<{wrapper}>")
    closing = "</div>" if wrapper == "schema" else f"</{wrapper}>"
    return (f"<html lang='{lang}'><head><title>{title} - Ville</title></head><body><header><nav><a href='/'>Accueil"
            f"</a></nav></header><main>{opening}<h1>{title}</h1>{meta}{body}{closing}</main>"
            "<footer><p>Hôtel de Ville</p></footer></body></html>").encode()


# Dated pages that are no news item: topic pages, a network's presentation, documents, a council's decisions.
TOPIC_PAGES = [
    ("fr", "Ville et réseaux internationaux", "<p class='meta'>Mis à jour le 14 mars 2026</p>",
     "<h2>Nos réseaux</h2><p>La ville est membre de Cités Unies France depuis 1998. Le réseau fédère environ 500 "
     "collectivités.</p><h2>Documents</h2><p>Rapport d'activité (PDF)</p>"),
    ("fr", "Présentation du réseau Énergie-Cités", "<p class='meta'>Publié le 3 février 2026</p>",
     "<p>Fondé en 1990, le réseau Énergie-Cités rassemble plus de 1 000 collectivités dans 30 pays. Son siège est à "
     "Besançon.</p><h2>Ce que fait le réseau</h2><p>Il accompagne les villes dans la transition énergétique.</p>"),
    ("fr", "Coopération internationale", "<p class='meta'>Publié le 12 septembre 2025</p>",
     "<h2>Association internationale des maires francophones</h2><p>La ville adhère à l'AIMF depuis 2004. "
     "L'association, créée le 3 mai 1979 à Québec, regroupe 300 villes.</p><h2>Contact</h2><p>Service des "
     "relations internationales</p>"),
    ("en", "Our international networks", "<p class='meta'>Published 4 March 2026</p>",
     "<h2>Eurocities</h2><p>The city has been a member of Eurocities since 2002. The network brings together more "
     "than 200 cities in 38 countries.</p><h2>What membership brings</h2><p>Access to working groups and peer "
     "learning.</p>"),
    ("en", "Partnerships and memberships", "<p class='meta'>Last updated: 2 June 2026</p>",
     "<p>The council is a member of the Local Government Association, which represents 317 councils in England. "
     "The association was founded on 1 April 1997.</p><h2>Outside bodies</h2><p>Councillors sit on several "
     "boards.</p>"),
    ("en", "Climate networks", "<p class='meta'>Posted on 11 May 2026</p>",
     "<h2>Covenant of Mayors</h2><p>The city signed the Covenant of Mayors in 2009. The covenant gathers over "
     "11,000 local authorities.</p><h2>Documents</h2><p>Sustainable Energy Action Plan (PDF, 2.1 MB)</p>"),
    ("de", "Städtenetzwerke", "<p class='meta'>Stand: 12.03.2026</p>",
     "<h2>Deutscher Städtetag</h2><p>Die Stadt ist Mitglied im Deutschen Städtetag. Der Verband vertritt rund "
     "3.200 Städte und Gemeinden.</p><h2>Klima-Bündnis</h2><p>Seit 1993 ist die Stadt Mitglied im Klima-Bündnis."
     "</p>"),
    ("de", "Das Netzwerk Energy Cities", "<p class='meta'>Veröffentlicht am 05.02.2026</p>",
     "<p>Energy Cities wurde 1990 gegründet und hat seinen Sitz in Besançon. Das Netzwerk vereint über 1.000 "
     "Kommunen.</p><h2>Was das Netzwerk tut</h2><p>Es unterstützt Städte bei der Energiewende.</p>"),
    ("de", "Internationale Zusammenarbeit", "<p class='meta'>Aktualisiert am 20.10.2026</p>",
     "<h2>Mayors for Peace</h2><p>Die Stadt ist seit 2008 Mitglied der Mayors for Peace, die mehr als 8.000 "
     "Mitgliedsstädte zählen.</p><h2>Downloads</h2><p>Satzung (PDF)</p>"),
    ("es", "Redes de ciudades", "<p class='meta'>Publicado el 5 de noviembre de 2025</p>",
     "<h2>El CIDEU en cifras</h2><p>El CIDEU reúne a más de 140 ciudades de 21 países.</p><h2>¿Qué hace la red?"
     "</h2><p>Impulsa la planificación estratégica urbana.</p>"),
    ("es", "La ciudad en el mundo", "<p class='meta'>Última actualización: 3 de marzo de 2026</p>",
     "<p>La ciudad es miembro de la Unión de Ciudades Capitales Iberoamericanas desde 1982. La UCCI tiene su sede "
     "en Madrid.</p><h2>Otras redes</h2><p>Mercociudades, CGLU.</p>"),
    ("es", "Cooperación internacional", "<p class='meta'>Publicado el 12 de enero de 2026</p>",
     "<h2>Mercociudades</h2><p>Fundada en 1995, Mercociudades agrupa a 374 ciudades.</p><h2>Documentos</h2>"
     "<p>Estatuto de la red (PDF)</p>"),
    ("it", "Reti e associazioni", "<p class='meta'>Ultimo aggiornamento: 14 aprile 2026</p>",
     "<h2>ANCI</h2><p>Il Comune aderisce all'ANCI, che rappresenta oltre 7.000 comuni.</p><h2>Città Sane</h2>"
     "<p>Dal 2001 il Comune fa parte della Rete Città Sane.</p>"),
    ("it", "La rete delle Città Creative", "<p class='meta'>Pubblicato il 9 febbraio 2026</p>",
     "<p>La rete delle Città Creative UNESCO è stata creata nel 2004 e conta 350 città.</p><h2>Cosa fa la rete</h2>"
     "<p>Promuove la cooperazione tra città.</p>"),
    ("it", "Relazioni internazionali", "<p class='meta'>Pubblicato il 2 ottobre 2025</p>",
     "<h2>Associazioni</h2><p>Il Comune è socio di Avviso Pubblico, che riunisce circa 550 enti locali.</p>"
     "<h2>Documenti</h2><p>Delibera di adesione (PDF)</p>"),
    ("fr", "Les réseaux de la ville", "<p class='meta'>Publié le 20 juin 2026</p>",
     "<p>La ville a rejoint le réseau des Villes amies des aînés le 12 mars 2009. Le réseau compte 1 500 membres."
     "</p><h2>Nos engagements</h2><p>Un plan d'action pour le bien vieillir.</p>", "schema"),
    ("en", "About the Resilient Cities Network", "<p class='meta'>Published 9 April 2026</p>",
     "<p>The network was launched on 3 December 2013 and now counts 100 member cities.</p><h2>Our role</h2>"
     "<p>The city leads the coastal working group.</p>", "schema"),
    ("de", "Partnerschaften und Netzwerke", "<p class='meta'>Veröffentlicht am 14.01.2026</p>",
     "<p>Am 5. Mai 1995 trat die Stadt dem Netzwerk Eurocities bei. Heute zählt das Netzwerk mehr als 200 Städte."
     "</p><h2>Ansprechpartner</h2><p>Büro für internationale Beziehungen</p>", "schema"),
    ("es", "Presentación de la red", "<p class='meta'>Publicado el 2 de febrero de 2026</p>",
     "<p>La red se constituyó el 14 de octubre de 1993 en Barcelona y hoy reúne a 120 ciudades.</p><h2>Documentos"
     "</h2><p>Memoria anual</p>", "schema"),
    ("it", "La città nelle reti europee", "<p class='meta'>Pubblicato il 16 maggio 2026</p>",
     "<p>Il 12 giugno 2007 il Consiglio comunale ha approvato l'adesione a Eurocities. La rete conta oggi oltre 200 "
     "città.</p><h2>Contatti</h2><p>Ufficio Europa</p>", "schema"),
]
# Dated pages of a list or a programme, whose days are their entries': no news item either.
LIST_PAGES = [
    ("fr", "Rendez-vous internationaux", "<p class='meta'>Mis à jour le 2 mars 2026</p>",
     "<ul><li>12 mars 2026 – Bureau de l'AIMF à Dakar</li><li>4 juin 2026 – Assemblée de Cités Unies France</li>"
     "<li>10 octobre 2026 – Congrès mondial de CGLU</li></ul>"),
    ("de", "Termine der Städtenetzwerke", "<p class='meta'>Stand: 05.03.2026</p>",
     "<ul><li>18.03.2026: Präsidium des Deutschen Städtetages</li><li>04.06.2026: Jahreskonferenz des "
     "Klima-Bündnisses</li><li>08.07.2026: Flaggentag der Mayors for Peace</li></ul>"),
    ("en", "Upcoming network meetings", "<p class='meta'>Last updated: 9 February 2026</p>",
     "<table><tr><td>26 March 2026</td><td>Eurocities culture forum</td></tr><tr><td>14 May 2026</td>"
     "<td>LGA annual conference</td></tr></table>"),
    ("it", "Programma delle giornate", "<p class='meta'>Pubblicato il 10 maggio 2026</p>",
     "<dl><dt>Venerdì 23 maggio 2026</dt><dd>Ore 10: apertura dei lavori a Palazzo Ducale</dd><dt>Sabato 24 maggio "
     "2026</dt><dd>Ore 9: visita a Sabbioneta</dd></dl>"),
    ("es", "Programa del encuentro", "<p class='meta'>Publicado el 1 de septiembre de 2026</p>",
     "<h2>Jueves 8 de octubre de 2026</h2><p>9:00 Acreditación. 10:00 Inauguración.</p><h2>Viernes 9 de octubre de "
     "2026</h2><p>9:30 Mesas de trabajo.</p>"),
    ("fr", "Décisions du conseil municipal", "<p class='meta'>Publié le 30 janvier 2026</p>",
     "<ul><li>Séance du 12 janvier 2026 : adhésion à l'association Villes Internet</li><li>Séance du 26 janvier "
     "2026 : cotisation à Cités Unies France</li></ul>"),
    ("de", "Beschlüsse des Stadtrats", "<p class='meta'>Aktualisiert am 20.02.2026</p>",
     "<ul><li>Sitzung vom 15.01.2026: Beitritt zum Klima-Bündnis</li><li>Sitzung vom 12.02.2026: Mitgliedsbeitrag "
     "Deutscher Städtetag</li></ul>"),
    ("it", "Delibere del Consiglio comunale", "<p class='meta'>Pubblicato il 3 marzo 2026</p>",
     "<ul><li>Delibera n. 12 del 14 gennaio 2026 – Adesione ad ANCI Toscana</li><li>Delibera n. 31 del 25 febbraio "
     "2026 – Quota associativa Città Sane</li></ul>"),
    ("en", "Network documents", "<p class='meta'>Published 12 January 2026</p>",
     "<ul><li>Annual report 2025 (PDF, 12 December 2025)</li><li>Membership agreement (PDF, 3 November 2025)</li>"
     "</ul>"),
    ("es", "Documentos de la red", "<p class='meta'>Publicado el 20 de enero de 2026</p>",
     "<ul><li>Acta de la asamblea del 14 de noviembre de 2025 (PDF)</li><li>Plan de trabajo 2026, aprobado el 9 de "
     "diciembre de 2025 (PDF)</li></ul>"),
]

# Dated articles that are news items though nothing labels them news and their address is no news folder's.
NEWS_PAGES = [
    ("fr", "La ville accueille l'assemblée de l'AIMF", "<p class='meta'>Publié le 3 mars 2026</p>",
     "<p>Les 12 et 13 mars, la ville accueillera l'assemblée générale de l'AIMF. Plus de 80 maires sont attendus."
     "</p>"),
    ("fr", "Le maire reçoit une délégation de Québec", "<p class='meta'>Publié le 15 octobre 2026</p>",
     "<p>Hier, le maire a reçu une délégation de la ville de Québec à l'hôtel de ville.</p>"),
    ("fr", "La ville rejoint le réseau Énergie-Cités", "<p class='meta'>Publié le 20 mai 2026</p>",
     "<p>Le conseil municipal a voté le 18 mai 2026 l'adhésion de la ville au réseau Énergie-Cités.</p>"),
    ("fr", "Forum des villes durables en juin", "<p class='meta'>Publié le 2 avril 2026</p>",
     "<p>La ville organisera en juin 2026 un forum réunissant les villes du réseau.</p>", "schema"),
    ("en", "City to host Eurocities culture forum", "<p class='meta'>Published 12 February 2026</p>",
     "<p>The city will host the Eurocities culture forum from 26 to 28 March.</p>"),
    ("en", "Mayor signs Covenant of Mayors commitment", "<p class='meta'>Posted on 9 June 2026</p>",
     "<p>This morning the mayor signed the Covenant of Mayors commitment at the civic centre.</p>"),
    ("en", "Delegation visits sister city", "<p class='meta'>Published 4 September 2026</p>",
     "<p>A delegation travelled to the sister city on 1 September 2026 for the annual exchange.</p>", "schema"),
    ("en", "Council joins climate network", "<p class='meta'>Published 30 January 2026</p>",
     "<p>The council formally joined the network on 27 January 2026.</p>"),
    ("de", "Stadt richtet Jahreskonferenz aus", "<p class='meta'>Veröffentlicht am 11.03.2026</p>",
     "<p>Vom 4. bis 6. Juni 2026 richtet die Stadt die Jahreskonferenz des Klima-Bündnisses aus.</p>"),
    ("de", "Oberbürgermeister empfängt Gäste aus Lyon", "<p class='meta'>Veröffentlicht am 08.05.2026</p>",
     "<p>Gestern hat der Oberbürgermeister eine Delegation aus Lyon im Rathaus empfangen.</p>"),
    ("de", "Flaggentag am Rathaus", "<p class='meta'>Veröffentlicht am 03.07.2026</p>",
     "<p>Am 8. Juli 2026 weht vor dem Rathaus die Flagge der Mayors for Peace.</p>", "schema"),
    ("de", "Stadt tritt Netzwerk bei", "<p class='meta'>Veröffentlicht am 22.09.2026</p>",
     "<p>Der Stadtrat hat am 17. September 2026 den Beitritt zum Netzwerk beschlossen.</p>"),
    ("es", "La ciudad acogerá el Consejo Mundial", "<p class='meta'>Publicado el 10 de marzo de 2026</p>",
     "<p>Los días 3 y 4 de octubre la ciudad acogerá el Consejo Mundial de CGLU.</p>"),
    ("es", "El alcalde recibe a una delegación", "<p class='meta'>Publicado el 14 de abril de 2026</p>",
     "<p>Ayer el alcalde recibió a una delegación de Montevideo en el Palacio Municipal.</p>"),
    ("es", "Congreso de la red en noviembre", "<p class='meta'>Publicado el 1 de agosto de 2026</p>",
     "<p>La ciudad será sede en noviembre de 2026 del congreso de la red.</p>", "schema"),
    ("es", "La ciudad se suma a Mercociudades", "<p class='meta'>Publicado el 6 de mayo de 2026</p>",
     "<p>El Concejo aprobó el 4 de mayo de 2026 la adhesión a Mercociudades.</p>"),
    ("it", "La città ospita l'assemblea dei soci", "<p class='meta'>Pubblicato il 19 maggio 2026</p>",
     "<p>Venerdì 23 e sabato 24 maggio la città ospita l'assemblea annuale dei soci.</p>"),
    ("it", "Il sindaco incontra la delegazione", "<p class='meta'>Pubblicato il 12 giugno 2026</p>",
     "<p>Ieri il sindaco ha incontrato una delegazione di Lione in municipio.</p>"),
    ("it", "Il Comune aderisce alla rete", "<p class='meta'>Pubblicato il 27 novembre 2025</p>",
     "<p>Il Consiglio comunale ha approvato il 24 novembre 2025 l'adesione alla rete.</p>", "schema"),
    ("it", "Forum delle città a ottobre", "<p class='meta'>Pubblicato il 2 settembre 2026</p>",
     "<p>Dal 14 al 16 ottobre la città ospiterà il forum della rete.</p>"),
]


def _url(lang: str, title: str) -> str:
    return f"https://www.city-{lang}.example/city/international/{len(title)}"


def _with_wrapper(pages: list[tuple]) -> list[tuple]:
    return [(*page, "article")[:5] for page in pages]


@pytest.mark.parametrize("lang, title, meta, body, wrapper", _with_wrapper(TOPIC_PAGES + LIST_PAGES))
def test_a_dated_page_that_describes_is_no_news_item(lang, title, meta, body, wrapper):
    url = _url(lang, title)
    found = extract_page(_page(lang, title, meta, body, wrapper), url, _FETCHED)
    assert [item["url"] for item in found.news] == []


@pytest.mark.parametrize("lang, title, meta, body, wrapper", _with_wrapper(NEWS_PAGES))
def test_a_dated_article_that_reports_a_day_is_a_news_item(lang, title, meta, body, wrapper):
    url = _url(lang, title)
    found = extract_page(_page(lang, title, meta, body, wrapper), url, _FETCHED)
    assert [item["url"] for item in found.news] == [url]


@pytest.mark.parametrize("text, published, expected", [
    ("Les 12 et 13 mars, la ville accueillera l'assemblée.", PartialDate(2026, 3, 3), True),
    ("The council joined the network on 27 January 2026.", PartialDate(2026, 1, 30), True),
    ("Die Stadt richtet im Juni 2026 die Konferenz aus.", PartialDate(2026, 3, 11), True),
    ("Ayer el alcalde recibió a una delegación.", PartialDate(2026, 4, 14), True),
    # the trap: a network's history, years before the page was published
    ("La rete si è costituita il 14 ottobre 1993 a Barcellona.", PartialDate(2026, 2, 2), False),
    ("Die Stadt ist seit 2008 Mitglied.", PartialDate(2026, 2, 2), False),
])
def test_names_a_day_near(text, published, expected):
    assert names_a_day_near(text, published) is expected


# A press release's dateline, then its update line apart at its foot: the day it was published is its dateline's.
@pytest.mark.parametrize("lang, dateline, update", [
    ("it", "<p><strong>Mantova, 19 maggio 2026</strong> – Venerdì 23 e sabato 24 maggio la città ospita "
           "l'assemblea dei soci.</p>", "<h2>Ultimo aggiornamento</h2><p>20/05/2026, 12:31</p>"),
    ("fr", "<p>Lyon, le 19 mai 2026 – La ville accueille les 23 et 24 mai l'assemblée des maires.</p>",
     "<p class='small'>Mis à jour le 20/05/2026</p>"),
    ("en", "<p>LEEDS, 19 May 2026 – The city hosts the network's assembly on 23 and 24 May.</p>",
     "<div><h3>Page last updated</h3><p>20 May 2026</p></div>"),
    ("de", "<p>Mainz, 19.05.2026: Die Stadt richtet am 23. und 24. Mai die Versammlung aus.</p>",
     "<p>Aktualisiert am 20.05.2026</p>"),
    ("es", "<p>Bilbao, 19 de mayo de 2026.- La ciudad acoge los días 23 y 24 de mayo la asamblea de la red.</p>",
     "<p>Última actualización: 20 de mayo de 2026</p>"),
])
def test_a_datelines_day_is_the_page_date_beside_a_later_update(lang, dateline, update):
    page = _page(lang, "Assemblea dei soci", "", dateline + "<p>Sono attesi 120 delegati.</p>" + update, "section")
    assert extract_page(page, _url(lang, "release"), _FETCHED).page["page_date"] == "2026-05-19"


@pytest.mark.parametrize("lang, update", [
    ("it", "<h2>Ultimo aggiornamento</h2><p>20/05/2026, 12:31</p>"),
    ("en", "<p>Last updated: 20 May 2026</p>"),
])
def test_an_update_line_without_a_dateline_still_dates_the_page(lang, update):
    """The trap: a page that states no other day keeps its update's; a place named in a sentence is no dateline."""
    body = "<p>A Mantova, il 3 marzo 2024, i sindaci hanno firmato la carta.</p>" + update
    assert extract_page(_page(lang, "La carta", "", body, "section"), _url(lang, "carta"),
                        _FETCHED).page["page_date"] == "2026-05-20"


# A side event's span, in its clause's opening words, does not extend the event the item reports.
@pytest.mark.parametrize("text", [
    "Am Dienstag, 8. Juli 2025, weht vor dem Rathaus die Flagge. Begleitend zeigt die Stadtbibliothek vom 8. bis "
    "19. Juli die Ausstellung „Hibakusha“.",
    "Le mardi 8 juillet 2025, le drapeau flotte devant l'hôtel de ville. En marge de la cérémonie, la médiathèque "
    "présente du 8 au 19 juillet une exposition.",
    "On Tuesday 8 July 2025 the flag flies outside the Guildhall. Alongside the ceremony, the library shows an "
    "exhibition from 8 to 19 July.",
    "El martes 8 de julio de 2025 ondea la bandera frente al Ayuntamiento. Paralelamente, la biblioteca acoge del 8 "
    "al 19 de julio una exposición.",
    "Martedì 8 luglio 2025 la bandiera sventola davanti al municipio. In concomitanza, la biblioteca ospita dall'8 "
    "al 19 luglio una mostra.",
])
def test_a_side_events_span_is_not_the_items_event(text):
    assert find_event_span(text, date(2025, 7, 3), PartialDate(2025, 7, 3)) == (
        PartialDate(2025, 7, 8), PartialDate(2025, 7, 8))


@pytest.mark.parametrize("text", [
    "Begleitend zur Konferenz zeigt die Stadtbibliothek vom 8. bis 19. Juli eine Ausstellung.",
    "The city hosts the forum from 8 to 19 July, alongside its summer festival.",
])
def test_a_span_stays_the_event_when_the_text_names_no_other_day(text):
    """The trap: a side event's span is the item's event when the text names no other day; a cue after the span is
    not before it."""
    assert find_event_span(text, date(2025, 7, 3), PartialDate(2025, 7, 3)) == (
        PartialDate(2025, 7, 8), PartialDate(2025, 7, 19))
