"""Dates as a careful reader places them: the day a city's joining was decided, confirmed or began dates a membership,
not the span of an event the news item reports; a timeline entry's year is its joining's or founding's date only
when its text gives no finer date of that year, and a founding member's joining by its year."""

from datetime import date

import pytest
from helpers.extracted import values_of

from scraper.parsers.dates import PartialDate
from scraper.parsers.events import find_event_span

_BASE = date(2026, 10, 1)
_PUBLISHED = PartialDate(2026, 9, 30)


@pytest.mark.parametrize("text", [
    # the joining's noun after the day, in the day's clause: a decision on the joining
    "El Pleno municipal aprobó el 29 de septiembre de 2026 la adhesión de Burgos al Pacto de Milán, que suman ya más "
    "de 280 ciudades.",
    "Le conseil municipal a approuvé le 29 septembre 2026 l'adhésion de la ville au réseau Energy Cities, qui réunit "
    "1 000 collectivités.",
    "Il Consiglio comunale ha approvato il 29 settembre 2026 l'adesione del Comune alla rete, che conta 300 città.",
    # the joining's noun further back in the day's clause: a confirmation of the membership
    "The city's membership was confirmed by the UNESCO Institute for Lifelong Learning on 15 September 2026.",
    "Die Aufnahme der Stadt in das Netzwerk wurde vom Vorstand am 15. September 2026 bestätigt.",
    "La adhesión de la ciudad fue ratificada por la Junta de Gobierno Local el 15 de septiembre de 2026.",
    # since a day, the city a member: a state that began, no event
    "Depuis le 18 septembre 2026, le District fait partie du Réseau mondial UNESCO des villes apprenantes.",
    "Since 18 September 2026, the city has been a member of the UNESCO Global Network of Learning Cities.",
    "Seit dem 18. September 2026 ist die Stadt Mitglied im Netzwerk der lernenden Städte.",
    "Dal 18 settembre 2026 la città fa parte della Rete globale delle città dell'apprendimento.",
])
def test_the_day_of_a_joining_is_no_event_span(text):
    assert find_event_span(text, _BASE, _PUBLISHED) is None


@pytest.mark.parametrize("text, expected", [
    # a joining told in another clause than the day's: the day is the event's
    ("Depuis son adhésion en 2019, Lyon a accueilli le forum du réseau le 18 septembre 2026.",
     (PartialDate(2026, 9, 18), PartialDate(2026, 9, 18))),
    ("Member cities of the network met in Derby on 18 September 2026, the first meeting since the city joined.",
     (PartialDate(2026, 9, 18), PartialDate(2026, 9, 18))),
    # since a day, no membership: the day is the event's start
    ("Depuis le 18 septembre 2026, l'exposition des villes jumelles est ouverte au public à l'Hôtel de Ville.",
     (PartialDate(2026, 9, 18), PartialDate(2026, 9, 18))),
    # the members meet on a day: no joining
    ("Les villes membres du réseau se sont réunies le 18 septembre 2026 à Lyon.",
     (PartialDate(2026, 9, 18), PartialDate(2026, 9, 18))),
])
def test_a_day_outside_a_joinings_clause_is_the_events(text, expected):
    assert find_event_span(text, _BASE, _PUBLISHED) == expected


def _timeline(year: str, text: str, markup: str) -> str:
    return {"badge": f"<div class='timeline'><div><span>{year}</span></div><div><p>{text}</p></div></div>",
            "table": f"<table><tr><td>{year}</td><td>{text}</td></tr></table>",
            "dl": f"<dl><dt>{year}</dt><dd>{text}</dd></dl>",
            "prose": f"<p>{year} : {text}</p>"}[markup]


@pytest.mark.parametrize("lang, year, text, markup, expected", [
    ("de", "2009", "Im Juli 2009 wird Mannheim als erste Stadt des Landes in Eurocities aufgenommen.", "badge",
     {("eurocities", "2009-07")}),
    ("fr", "2009", "En juillet 2009, Lyon adhère à Eurocities.", "table", {("eurocities", "2009-07")}),
    ("en", "2016", "On 3 March 2016 the council joined Energy Cities.", "dl", {("energy-cities", "2016-03-03")}),
    ("es", "2009", "En julio de 2009 Sevilla se adhiere a Eurocities.", "prose", {("eurocities", "2009-07")}),
    ("it", "2009", "Il 12 luglio 2009 Torino aderisce a Eurocities.", "badge", {("eurocities", "2009-07-12")}),
    ("fr", "2010", "En mars, la Ville adhère à Eurocities.", "dl", {("eurocities", "2010-03")}),
    # the text's date is of another year (a decision before the joining): the entry's year stays
    ("de", "2009", "Im Juli 2008 beschloss der Rat den Beitritt; 2009 wird Mannheim in Eurocities aufgenommen.",
     "table", {("eurocities", "2009")}),
])
def test_a_timeline_entrys_finer_date_of_its_year_dates_the_joining(lang, year, text, markup, expected):
    assert values_of("joined", _timeline(year, text, markup), lang, title="Chronik") == expected


@pytest.mark.parametrize("lang, body, expected", [
    # a timeline entry's year dates the founding member's joining; the month in its text dates the founding
    ("de", "<div class='timeline'><div><span>1905</span></div><div><p>Mannheim gehört zu den Gründungsmitgliedern des "
           "Deutschen Städtetags, der im November 1905 in Dresden ins Leben gerufen wird.</p></div></div>",
     {("deutscher-stadtetag", "1905")}),
    ("fr", "<table><tr><td>1986</td><td>Lyon est membre fondateur d'Eurocities, créé en avril 1986 à Rotterdam.</td>"
           "</tr></table>", {("eurocities", "1986")}),
    ("es", "<dl><dt>1985</dt><dd>Barcelona es miembro fundador de Metropolis, creada en mayo de 1985 en Montreal.</dd>"
           "</dl>", {("metropolis", "1985")}),
    # no entry's year: the founding date the page writes
    ("en", "<p>The Global Parliament of Mayors held its inaugural session in The Hague in September 2016. Bristol "
           "was a founding member.</p>", {("global-parliament-of-mayors", "2016-09")}),
    ("fr", "<p>Lyon est membre fondateur d'Eurocities, créé en avril 1986 à Rotterdam.</p>",
     {("eurocities", "1986-04")}),
])
def test_a_timeline_entry_dates_a_founding_members_joining_by_its_year(lang, body, expected):
    assert values_of("joined", body, lang, title="Chronik") == expected


_LATER_ENTRY = {"fr": "La ville accueille un forum.", "en": "The city hosts a forum.", "de": "Die Stadt lädt zu einem "
                "Forum ein.", "es": "La ciudad acoge un foro.", "it": "La città ospita un forum."}


@pytest.mark.parametrize("lang, year, title, text, network, expected", [
    ("de", "1905", "Gründung des Deutschen Städtetags", "Mannheim gehört zu den Gründungsmitgliedern des Deutschen "
     "Städtetags, der im November 1905 in Dresden ins Leben gerufen wird.", "deutscher-stadtetag", "1905-11"),
    ("fr", "1986", "Création d'Eurocities", "Le réseau est fondé en avril 1986 à Rotterdam par six grandes villes.",
     "eurocities", "1986-04"),
    ("en", "2005", "C40 is founded", "The network was set up in October 2005 by the Mayor of London.", "c40",
     "2005-10"),
    ("es", "1985", "Fundación de Metropolis", "La asociación fue fundada en mayo de 1985 en Montreal.", "metropolis",
     "1985-05"),
    ("it", "1990", "Fondazione di Energy Cities", "L'associazione è fondata il 12 ottobre 1990 da un gruppo di "
     "sindaci.", "energy-cities", "1990-10-12"),
])
def test_a_timeline_entrys_text_dates_its_titles_founding_more_precisely(lang, year, title, text, network, expected):
    body = (f"<div class='timeline'><div><span>{year}</span></div><div><h3>{title}</h3><p>{text}</p></div>"
            f"<div><span>2020</span></div><div><h3>2020</h3><p>{_LATER_ENTRY[lang]}</p></div></div>")
    assert values_of("founded", body, lang, title="Chronik") == {(network, expected)}


def test_prose_restating_a_joining_more_precisely_keeps_the_first_statement():
    assert values_of("joined", "<p>Paris a rejoint ICORN en 2011. Paris en est devenue membre le 12 janvier 2011.</p>"
                     ) == {("icorn", "2011")}


@pytest.mark.parametrize("lang, body, expected", [
    ("it", "<p>Con la Piazza del Duomo, iscritta nella Lista del Patrimonio Mondiale dal 1987, Pisa aderisce dal 2001 "
           "all'Organizzazione delle Città del Patrimonio Mondiale.</p>", {("owhc", "2001")}),
    ("fr", "<p>Avec sa cathédrale, inscrite sur la Liste du patrimoine mondial depuis 1981, Amiens est membre depuis "
           "1996 de l'Organisation des villes du patrimoine mondial.</p>", {("owhc", "1996")}),
    ("en", "<ul><li>Organization of World Heritage Cities: the old town, inscribed on the World Heritage List since "
           "1986; Durham a member since 2001.</li></ul>", {("owhc", "2001")}),
    ("es", "<dl><dt>Eurocities</dt><dd>El casco histórico está inscrito en el Registro desde 1990; la ciudad es "
           "miembro de Eurocities desde 2005.</dd></dl>", {("eurocities", "2005")}),
    ("it", "<p>Il centro storico è iscritto nel Registro del patrimonio dal 1990; il Comune aderisce dal 2005 a "
           "Eurocities.</p>", {("eurocities", "2005")}),
    # enrolled in the network itself: a joining
    ("it", "<p>Il Comune è iscritto ad Eurocities dal 1996.</p>", {("eurocities", "1996")}),
])
def test_the_year_a_site_was_listed_is_no_joining(lang, body, expected):
    assert values_of("joined", body, lang) == expected


@pytest.mark.parametrize("lang, body, expected", [
    ("es", "<p>La Asociación Internacional de Ciudades Educadoras se constituyó formalmente en 1994, aunque el "
           "movimiento nació en el primer congreso celebrado en Barcelona en 1990.</p>", {("iaec", "1994")}),
    ("fr", "<h2>Energy Cities</h2><p>Energy Cities a été fondée officiellement en 1994, bien que l'idée soit née à "
           "Besançon en 1990.</p>", {("energy-cities", "1994")}),
    ("it", "<dl><dt>Energy Cities</dt><dd>Energy Cities è stata fondata ufficialmente nel 1994, anche se il movimento "
           "è nato a Besançon nel 1990.</dd></dl>", {("energy-cities", "1994")}),
    ("en", "<ul><li>Energy Cities was formally set up in 1994, although the idea was born at a meeting in Besançon in "
           "1990.</li></ul>", {("energy-cities", "1994")}),
    ("de", "<p>Energy Cities wurde 1994 offiziell gegründet, obwohl die Idee schon 1990 in Besançon entstand.</p>",
     {("energy-cities", "1994")}),
    # the other clause's subject is the network, by its noun or its name: its founding
    ("en", "<p>The city joined Energy Cities in 2001, while the network was founded in 1990 in Besançon.</p>",
     {("energy-cities", "1990")}),
])
def test_the_beginning_of_something_else_in_another_clause_is_no_founding(lang, body, expected):
    assert values_of("founded", body, lang) == expected


@pytest.mark.parametrize("lang, body, expected", [
    # the decision named before the joining, with its day
    ("it", "<p>Con la deliberazione del 12 ottobre 2010 il Consiglio comunale ha approvato l'adesione al Patto dei "
           "Sindaci, l'iniziativa europea per il clima e l'energia.</p>", {("covenant-of-mayors", "2010-10-12")}),
    # the decision's day after its verb, by the article of a day
    ("it", "<ul><li>Il Consiglio comunale ha approvato il 12 ottobre 2010 l'adesione al Patto dei Sindaci.</li></ul>",
     {("covenant-of-mayors", "2010-10-12")}),
    ("it", "<dl><dt>Energy Cities</dt><dd>La Giunta ha deliberato l'11 marzo 2015 l'adesione del Comune a Energy "
           "Cities.</dd></dl>", {("energy-cities", "2015-03-11")}),
    ("fr", "<p>Le conseil municipal a approuvé le 12 octobre 2010 l'adhésion à la Convention des maires.</p>",
     {("covenant-of-mayors", "2010-10-12")}),
    ("es", "<p>El Pleno aprobó el 12 de octubre de 2010 la adhesión al Pacto de los Alcaldes.</p>",
     {("covenant-of-mayors", "2010-10-12")}),
    ("de", "<p>Der Gemeinderat beschloss am 12. Oktober 2010 den Beitritt zum Konvent der Bürgermeister.</p>",
     {("covenant-of-mayors", "2010-10-12")}),
    ("en", "<p>Following a council decision of 12 October 2010, the city joined the Covenant of Mayors.</p>",
     {("covenant-of-mayors", "2010-10-12")}),
])
def test_the_day_of_the_decision_to_join_dates_the_joining_to_the_day(lang, body, expected):
    assert values_of("joined", body, lang) == expected


@pytest.mark.parametrize("lang, body, expected", [
    ("es", "<h2>Red de Ciudades Creativas de la UNESCO</h2><p>Granada fue designada Ciudad de la Literatura en 2014."
           "</p>", {("unesco-creative-cities-network", "2014")}),
    ("fr", "<h2>Réseau des villes créatives de l'UNESCO</h2><ul><li>Lyon a été désignée ville de la gastronomie en "
           "2017.</li></ul>", {("unesco-creative-cities-network", "2017")}),
    ("it", "<dl><dt>Rete delle Città Creative UNESCO</dt><dd>Torino è stata designata città del design nel 2014.</dd>"
           "</dl>", {("unesco-creative-cities-network", "2014")}),
    ("de", "<div class='timeline'><div><span>2014</span></div><div><p>Die UNESCO ernennt Mannheim zur City of Music; "
           "die Stadt wird damit Teil des Netzwerks der kreativen Städte.</p></div></div>",
     {("unesco-creative-cities-network", "2014")}),
    # another title: no creative city's
    ("es", "<h2>Red de Ciudades Creativas de la UNESCO</h2><p>Burgos fue designada Capital Española de la "
           "Gastronomía en 2013.</p>", set()),
])
def test_the_title_of_a_creative_city_dates_its_joining(lang, body, expected):
    assert values_of("joined", body, lang) == expected


@pytest.mark.parametrize("lang, body, expected", [
    ("fr", "<h2>Eurotowns</h2><p>Eurotowns est un réseau de villes européennes de taille moyenne. Tournai y participe "
           "depuis 2019 ; il compte aujourd'hui une vingtaine de villes membres.</p>", {("eurotowns", "2019")}),
    ("it", "<dl><dt>Eurotowns</dt><dd>Eurotowns riunisce città medie europee. Il Comune vi partecipa dal 2019.</dd>"
           "</dl>", {("eurotowns", "2019")}),
    ("en", "<h3>Eurotowns</h3><ul><li>Eurotowns brings together medium-sized European towns. Waterford has taken part "
           "in it since 2019.</li></ul>", {("eurotowns", "2019")}),
    ("es", "<h2>Eurotowns</h2><p>Eurotowns reúne ciudades medianas europeas. La ciudad participa en ella desde 2019."
           "</p>", {("eurotowns", "2019")}),
    # taking part in something else, no date of it
    ("es", "<h2>Eurotowns</h2><p>La ciudad acoge el foro de 2019 y participa en sus grupos de trabajo.</p>", set()),
])
def test_taking_part_in_it_since_a_year_is_a_joining(lang, body, expected):
    assert values_of("joined", body, lang) == expected


@pytest.mark.parametrize("row, expected", [
    ("Bochum dabei seit 2023", {("intercultural-cities", "2023")}),
    ("Bochum dabei seit 2023.", {("intercultural-cities", "2023")}),
    # another city's row
    ("Dortmund dabei seit 2023", set()),
])
def test_a_cards_row_of_the_city_on_board_since_a_year_is_its_joining(row, expected):
    body = (f"<p>Die Stadt Bochum arbeitet in mehreren Netzwerken mit.</p><div class='card'><h3>Intercultural Cities"
            f"</h3><ul><li>Programm des Europarats</li><li>{row}</li></ul></div>")
    assert values_of("joined", body, "de", url="https://www.bochum.de/netzwerke",
                     title="Städtenetzwerke | Stadt Bochum") == expected


@pytest.mark.parametrize("lang, body, expected", [
    ("fr", "<p>Lyon a adhéré à Energy Cities par une délibération du conseil municipal du 2 mars 1995.</p>",
     {("energy-cities", "1995-03-02")}),
    ("es", "<ul><li>Sevilla se adhirió a Energy Cities por acuerdo del Pleno de 2 de marzo de 1995.</li></ul>",
     {("energy-cities", "1995-03-02")}),
    ("en", "<dl><dt>Energy Cities</dt><dd>Leeds joined Energy Cities by a council decision of 2 March 1995.</dd></dl>",
     {("energy-cities", "1995-03-02")}),
    ("it", "<p>Udine ha aderito a Energy Cities con la deliberazione del Consiglio comunale del 2 marzo 1995.</p>",
     {("energy-cities", "1995-03-02")}),
    # the joining dated in its own clause: a later decision's day is not its
    ("en", "<p>Leeds joined Energy Cities in 1995, a decision of 2 March 1994 having prepared it.</p>",
     {("energy-cities", "1995")}),
])
def test_the_day_of_the_decision_after_the_joining_dates_it(lang, body, expected):
    assert values_of("joined", body, lang) == expected
