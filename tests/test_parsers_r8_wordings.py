"""Network and value in one block, in wordings the extractor did not read, in the five languages, each with the trap
it must not catch: a joining dated by a "since" or a short adverbial opening the sentence ("Dal 2008 Parma aderisce
a", "L'année suivante, en 2016, la Ville a adhéré"); one of the counted cities that founded the network ("una de las
doce ciudades fundadoras", "gehörte 1986 zu den sechs Städten, die Eurocities ins Leben riefen"), or a founding member
told how long ago ("Vor mehr als 35 Jahren ... mitbegründet"); a timeline's founding placed before the network
("Fondation à Québec de l'AIMF"); a signatory since the launch ("dès son lancement, en octobre 2015") and a joining in
the founding's year ("el mismo año en que la organización fue creada"); a presidency renewed of the network the
paragraph is about ("reconduite à la présidence de l'association"); a secretariat hosted by an institution in a city
("bei der UNESCO in Paris angesiedelt"). And the dates of news pages: a byline's author link is no news item, a
dateline under the lead dates the page."""

from datetime import UTC, datetime

import pytest
from helpers.extracted import facts_of_snippet as _facts
from helpers.extracted import values_of as _of

from scraper.parsers.extract import extract_page


@pytest.mark.parametrize("lang, sentence, expected", [
    ("it", "<p>Dal 2008 Parma aderisce a Mayors for Peace, che conta oltre 8.000 città.</p>",
     {("mayors-for-peace", "2008")}),
    ("fr", "<p>Depuis 2012, Lyon adhère à Energy Cities.</p>", {("energy-cities", "2012")}),
    ("es", "<p>Desde 2008 Zaragoza se adhiere a Mayors for Peace.</p>", {("mayors-for-peace", "2008")}),
    ("fr", "<p>L'année suivante, en 2016, la Ville a adhéré à l'Organisation des villes du patrimoine mondial.</p>",
     {("owhc", "2016")}),
    ("en", "<p>Two years later, in 2016, the city joined Energy Cities.</p>", {("energy-cities", "2016")}),
    ("de", "<p>Ein Jahr später, im Jahr 2016, trat die Stadt dem Klima-Bündnis bei.</p>",
     {("climate-alliance", "2016")}),
    # no joining verb, or the network joining something else
    ("it", "<p>Dal 2008 la rete Mayors for Peace conta 8000 città.</p>", set()),
    ("fr", "<p>Depuis 2010, Eurocities a rejoint la campagne européenne pour le climat.</p>", set()),
    ("en", "<p>Two years later, in 2016, the network launched a campaign that 40 cities joined.</p>", set()),
])
def test_a_joining_dated_by_the_opening_of_the_sentence(lang, sentence, expected):
    assert _of("joined", sentence, lang) == expected


@pytest.mark.parametrize("lang, sentence, expected", [
    ("es", "<p>Rosario fue una de las doce ciudades fundadoras de Mercociudades en 1995.</p>",
     {("mercociudades", "1995")}),
    ("fr", "<p>Lyon est l'une des six villes fondatrices d'Eurocities en 1986.</p>", {("eurocities", "1986")}),
    ("it", "<p>Torino è una delle sei città fondatrici di Eurocities nel 1986.</p>", {("eurocities", "1986")}),
    ("en", "<p>Leeds was one of the six cities that founded Eurocities in 1986.</p>", {("eurocities", "1986")}),
    ("fr", "<p>Lyon fut l'une des six villes qui ont fondé Eurocities en 1986.</p>", {("eurocities", "1986")}),
    ("es", "<p>Barcelona fue una de las seis ciudades que fundaron Eurocities en 1986.</p>", {("eurocities", "1986")}),
    ("de", "<p>Frankfurt gehörte 1986 zu den sechs Städten, die Eurocities ins Leben riefen.</p>",
     {("eurocities", "1986")}),
    ("de", "<p>Lyon zählte 1986 zu den Städten, die Eurocities gründeten.</p>", {("eurocities", "1986")}),
    ("fr", "<p>Grenoble figure parmi la poignée de villes qui ont lancé en 1990 ce qui s'appelait alors "
           "Énergie-Cités.</p>", {("energy-cities", "1990")}),
    ("en", "<p>Leicester was among the handful of cities that launched Energy Cities in 1990.</p>",
     {("energy-cities", "1990")}),
    ("fr", "<p>La poignée de villes qui ont lancé Energy Cities en 1990 se sont réunies à Besançon.</p>", set()),
    # the founders themselves, or the cities among which the city won something, are no city's joining
    ("en", "<p>The six cities that founded Eurocities in 1986 met in Rotterdam.</p>", set()),
    ("fr", "<p>Les six villes qui ont fondé Eurocities en 1986 se sont réunies à Rotterdam.</p>", set()),
    ("de", "<p>Frankfurt gehörte 2010 zu den Städten, die den Eurocities-Preis gewannen.</p>", set()),
])
def test_one_of_the_counted_cities_that_founded_the_network(lang, sentence, expected):
    assert _of("joined", sentence, lang) == expected


def _timeline(entry: str) -> str:
    return f"<ul><li>{entry}</li><li>2020: La ville accueille le congrès.</li></ul>"


@pytest.mark.parametrize("lang, entry, expected", [
    ("fr", "1979: Fondation à Québec de l'Association internationale des maires francophones (AIMF).",
     {("aimf", "founded", "1979"), ("aimf", "founded_place", "Québec")}),
    ("es", "1995: Creación en Asunción de Mercociudades, con doce ciudades.",
     {("mercociudades", "founded", "1995"), ("mercociudades", "founded_place", "Asunción")}),
    ("en", "2004: Founding in Paris of United Cities and Local Governments.",
     {("uclg", "founded", "2004"), ("uclg", "founded_place", "Paris")}),
    ("de", "1990: In Frankfurt am Main wird das Klima-Bündnis der europäischen Städte gegründet.",
     {("climate-alliance", "founded", "1990"), ("climate-alliance", "founded_place", "Frankfurt am Main")}),
    ("de", "1986: In Rotterdam wird Eurocities gegründet.",
     {("eurocities", "founded", "1986"), ("eurocities", "founded_place", "Rotterdam")}),
    # a part of the network founded there, or another act of the year, founds nothing
    ("fr", "2004: À Paris, création du forum Culture d'Eurocities.", set()),
    ("de", "2010: In Wien wird das Eurocities-Kulturforum gegründet.", set()),
    ("de", "2010: In Wien wird der Eurocities-Preis der Stadt verliehen.", set()),
])
def test_a_timeline_entry_placing_the_founding_before_the_network(lang, entry, expected):
    assert {(network, attribute, value) for network, attribute, value, _ in _facts(_timeline(entry), lang)
            if attribute in ("founded", "founded_place")} == expected


def _news_page(article: str, lang: str, title: str,
               url: str = "https://www.ville.example/actualites/assemblee") -> dict:
    html = f'<html lang="{lang}"><head><title>{title}</title></head><body><main>{article}</main></body></html>'
    extraction = extract_page(html.encode(), url, datetime(2025, 3, 1, tzinfo=UTC))
    return {"page_date": extraction.page["page_date"],
            "news": [(item["title"], item["published"]) for item in extraction.news]}


@pytest.mark.parametrize("lang, byline", [
    ("fr", 'Par <span class="author vcard"><a class="url fn n" href="/author/communication/">Direction de la '
           'Communication</a></span>'),
    ("en", 'By <a rel="author" href="/staff/press-office">Press Office</a>'),
    ("de", 'Von <span class="byline"><a href="/redaktion/presseamt">Presseamt der Stadt</a></span>'),
])
def test_a_byline_s_author_link_is_no_news_item_and_leaves_the_page_its_date(lang, byline):
    article = ('<article class="post"><header class="entry-header"><h1>La Ville au congrès de l\'AIMF</h1>'
               '<div class="entry-meta"><span class="posted-on">Publié le <time datetime="2024-12-02T11:20:00+00:00">'
               f'2 décembre 2024</time></span> <span>{byline}</span></div></header>'
               '<div class="entry-content"><p>Une délégation a pris part aux travaux de l\'Assemblée générale.</p>'
               '</div></article>')
    found = _news_page(article, lang, "La Ville au congrès de l'AIMF")
    assert found["page_date"] == "2024-12-02"
    assert found["news"] == [("La Ville au congrès de l'AIMF", "2024-12-02")]


def test_a_teaser_with_its_author_s_link_is_still_read_by_its_title():
    cards = "".join(f'<li class="post"><h3><a href="/actualites/{slug}">{title}</a></h3><time datetime="{day}">{day}'
                    f'</time> <span class="byline">Par <a href="/author/redaction">Rédaction</a></span></li>'
                    for slug, title, day in (("aimf", "Dakar à l'Assemblée de l'AIMF", "2024-12-02"),
                                             ("bordeaux", "Dakar et Bordeaux renouvellent leur accord", "2024-11-14")))
    found = _news_page(f"<h1>Actualités</h1><ul>{cards}</ul>", "fr", "Actualités", url="https://www.ville.example/actualites/")
    assert sorted(found["news"]) == [("Dakar et Bordeaux renouvellent leur accord", "2024-11-14"),
                                     ("Dakar à l'Assemblée de l'AIMF", "2024-12-02")]


@pytest.mark.parametrize("lang, lead, first_paragraph, expected", [
    ("it", "Sindaci ed esperti a confronto sui centri storici.",
     "<strong>Venezia, 18 febbraio 2025</strong> – Dal 9 all'11 aprile Venezia ospiterà l'incontro regionale.",
     "2025-02-18"),
    ("fr", "Maires et experts réunis autour des centres historiques.",
     "Lyon, le 12 mars 2025 – La Ville accueillera en juin la rencontre régionale.", "2025-03-12"),
    ("de", "Fachleute aus 40 Städten beraten über die Altstädte.",
     "Köln, 12.03.2025: Die Stadt richtet im Juni das Regionaltreffen aus.", "2025-03-12"),
    # a sentence that opens on a place and a day is no dateline
    ("fr", "Maires et experts réunis autour des centres historiques.",
     "À Lyon, le 12 mars 2025, les maires ont signé une déclaration commune.", None),
])
def test_a_dateline_under_the_lead_dates_the_page(lang, lead, first_paragraph, expected):
    article = (f'<article><h1>Rencontre régionale des villes du patrimoine</h1><p class="lead">{lead}</p>'
               f'<div class="text"><p>{first_paragraph}</p><p>La rencontre réunira 150 délégués.</p></div></article>')
    assert _news_page(article, lang, "Rencontre régionale")["page_date"] == expected


@pytest.mark.parametrize("lang, body, expected", [
    ("fr", "<p>L'AIMF compte 300 villes. Anne Hidalgo, maire de Paris, a été reconduite à la présidence de "
           "l'association pour un nouveau mandat.</p>", {("aimf", "Anne Hidalgo")}),
    ("en", "<p>Mayors for Peace has 8000 members. Kazumi Matsui was re-elected to the presidency of the network in "
           "2021.</p>", {("mayors-for-peace", "Kazumi Matsui")}),
    ("es", "<p>La AIMF reúne 300 ciudades. Anne Hidalgo fue reelegida para la presidencia de la organización.</p>",
     {("aimf", "Anne Hidalgo")}),
    ("it", "<p>L'AIMF riunisce 300 città. Anne Hidalgo è stata riconfermata alla presidenza dell'associazione.</p>",
     {("aimf", "Anne Hidalgo")}),
    ("it", "<p>Kazumi Matsui è stato riconfermato alla presidenza di Mayors for Peace.</p>",
     {("mayors-for-peace", "Kazumi Matsui")}),
    # another association named by the noun, or a term that ended
    ("fr", "<p>L'AIMF compte 300 villes. Anne Hidalgo a été élue présidente de l'association des maires de France.</p>",
     set()),
    ("fr", "<p>L'AIMF compte 300 villes. Anne Hidalgo a été présidente de l'association jusqu'en 2020.</p>", set()),
])
def test_a_presidency_renewed_of_the_network_the_paragraph_is_about(lang, body, expected):
    assert _of("president", body, lang) == expected


@pytest.mark.parametrize("lang, body, expected", [
    ("de", "<p>Das UNESCO Creative Cities Network wurde 2004 gegründet, sein Sekretariat ist bei der UNESCO in Paris "
           "angesiedelt.</p>", {("unesco-creative-cities-network", "Paris")}),
    ("de", "<p>Das Klima-Bündnis vernetzt 2000 Kommunen, seine Geschäftsstelle ist beim Trägerverein in Frankfurt am "
           "Main untergebracht.</p>", {("climate-alliance", "Frankfurt am Main")}),
    ("fr", "<p>Le Réseau des villes créatives de l'UNESCO compte 350 villes et son secrétariat est hébergé par "
           "l'UNESCO à Paris.</p>", {("unesco-creative-cities-network", "Paris")}),
    # the host named, no city
    ("fr", "<p>Le Réseau des villes créatives de l'UNESCO compte 350 villes et son secrétariat est hébergé par "
           "l'UNESCO à titre provisoire.</p>", set()),
    ("de", "<p>Das UNESCO Creative Cities Network zählt 350 Städte, sein Sekretariat ist bei der UNESCO "
           "angesiedelt.</p>", set()),
])
def test_a_secretariat_hosted_by_an_institution_in_a_city(lang, body, expected):
    assert _of("headquarters", body, lang) == expected


@pytest.mark.parametrize("lang, sentence, expected", [
    ("fr", "<p>Montpellier a signé le Pacte de Milan dès son lancement, en octobre 2015.</p>",
     {("milan-urban-food-policy-pact", "founded", "2015-10"), ("milan-urban-food-policy-pact", "joined", "2015-10")}),
    ("en", "<p>Bristol signed the Covenant of Mayors from its launch in 2008.</p>",
     {("covenant-of-mayors", "founded", "2008"), ("covenant-of-mayors", "joined", "2008")}),
    ("es", "<p>Valencia firmó el Pacto de Alcaldes desde su lanzamiento, en 2008.</p>",
     {("covenant-of-mayors", "founded", "2008"), ("covenant-of-mayors", "joined", "2008")}),
    ("de", "<p>Die Stadt unterzeichnete den Konvent der Bürgermeister von Anfang an, im Jahr 2008.</p>",
     {("covenant-of-mayors", "founded", "2008"), ("covenant-of-mayors", "joined", "2008")}),
    ("it", "<p>Torino ha firmato il Patto dei Sindaci dal suo lancio, nel 2008.</p>",
     {("covenant-of-mayors", "founded", "2008"), ("covenant-of-mayors", "joined", "2008")}),
    # signed later than the launch of something else; the signatories counted since the launch
    ("fr", "<p>Montpellier a signé le Pacte de Milan en 2016, trois ans après le lancement du projet pilote en "
           "2013.</p>",
     {("milan-urban-food-policy-pact", "joined", "2016")}),
    ("fr", "<p>Depuis son lancement, en 2015, le Pacte de Milan a été signé par 200 villes.</p>", set()),
])
def test_a_signatory_since_the_launch_dates_the_founding_and_the_joining(lang, sentence, expected):
    assert {(network, attribute, value) for network, attribute, value, _ in _facts(sentence, lang)
            if attribute in ("founded", "joined")} == expected


@pytest.mark.parametrize("lang, sentence, expected", [
    ("es", "<p>Rosario es miembro de CGLU desde 2004, el mismo año en que la organización fue creada.</p>",
     {("uclg", "founded", "2004"), ("uclg", "joined", "2004")}),
    ("en", "<p>Leeds has been a member of UCLG since 2004, the year it was founded.</p>",
     {("uclg", "founded", "2004"), ("uclg", "joined", "2004")}),
    ("fr", "<p>Lyon est membre de CGLU depuis 2004, l'année de sa création.</p>",
     {("uclg", "founded", "2004"), ("uclg", "joined", "2004")}),
    ("it", "<p>Torino è membro di CGLU dal 2004, l'anno della sua fondazione.</p>",
     {("uclg", "founded", "2004"), ("uclg", "joined", "2004")}),
    ("de", "<p>Köln ist Mitglied von UCLG seit 2004, dem Gründungsjahr des Verbands.</p>",
     {("uclg", "founded", "2004"), ("uclg", "joined", "2004")}),
    # the same year, something else begun
    ("es", "<p>Rosario es miembro de CGLU desde 2004, el mismo año en que organizó su primera cumbre.</p>",
     {("uclg", "joined", "2004")}),
    ("fr", "<p>Lyon est membre de CGLU depuis 2004, l'année de la création de son forum culture.</p>",
     {("uclg", "joined", "2004")}),
    ("en", "<p>Leeds has been a member of UCLG since 2004, the year the city founded its office in Brussels.</p>",
     {("uclg", "joined", "2004")}),
])
def test_a_joining_in_the_year_of_the_founding_dates_the_founding(lang, sentence, expected):
    assert {(network, attribute, value) for network, attribute, value, _ in _facts(sentence, lang)
            if attribute in ("founded", "joined")} == expected


@pytest.mark.parametrize("lang, body, expected", [
    ("de", "<p>Das Klima-Bündnis wurde 1990 in Frankfurt gegründet.</p><p>Vor mehr als 35 Jahren hat Frankfurt das "
           "Klima-Bündnis mitbegründet.</p>", {("climate-alliance", "1990")}),
    ("fr", "<p>Eurocities a été fondé en 1986.</p><p>Il y a près de 40 ans, Lyon a cofondé Eurocities.</p>",
     {("eurocities", "1986")}),
    ("en", "<p>Eurocities was founded in 1986.</p><p>Nearly 40 years ago, Leeds was one of the founding members of "
           "Eurocities.</p>", {("eurocities", "1986")}),
    ("es", "<p>Eurocities fue fundada en 1986.</p><p>Hace casi 40 años, Barcelona fue socia fundadora de "
           "Eurocities.</p>", {("eurocities", "1986")}),
    # a count of founders is not the city
    ("en", "<p>Eurocities was founded in 1986.</p><p>60 mayors were among the founding members of Eurocities.</p>",
     set()),
])
def test_a_founding_member_how_long_ago_joined_when_the_network_was_founded(lang, body, expected):
    assert _of("joined", body, lang) == expected
