"""News items and the clauses about other subjects: a service's frequency from a day, a news module's item named in
the query, a decision's sitting before its verb, another town or body as the joining's subject, a joining's procedure
begun."""

from datetime import date

import pytest
from helpers.extracted import FETCHED_AT, claims_of_sentence, event_span_of, extract_page, snippet_page, values_of

PUBLISHED = date(2026, 4, 22)


# A day that opens a service running at a frequency, with no end, dates the change taking effect, no event.
@pytest.mark.parametrize("text", [
    "Dès le 1er mai, la ligne 3 du bus urbain dessert la zone d'activités toutes les 30 minutes.",
    "From 1 May, route 3 serves the business park every 30 minutes.",
    "Ab dem 1. Mai fährt die Linie 3 alle 30 Minuten ins Gewerbegebiet.",
    "Desde el 1 de mayo, la línea 3 pasa por el polígono cada 30 minutos.",
    "Dal 1° maggio la linea 3 serve la zona industriale ogni 30 minuti.",
])
def test_a_service_starting_at_a_frequency_is_no_event(text):
    assert event_span_of(text, PUBLISHED) is None


# Traps: a span with its end, and a day with no frequency, stay the item's event.
@pytest.mark.parametrize("text, span", [
    ("Du 5 au 16 mai, une navette relie la gare au festival toutes les 30 minutes.", ("2026-05-05", "2026-05-16")),
    ("Le 1er mai, la fête du travail se tiendra sur la place du Marché.", ("2026-05-01", "2026-05-01")),
])
def test_a_span_or_a_day_without_a_frequency_stays_the_event(text, span):
    assert event_span_of(text, PUBLISHED) == span


ARTICLE = ("<div class='date'><p>Posted on Wednesday, October 14, 2026 10:30 AM</p></div>"
           "<p>The City will welcome municipal leaders next spring, when the association holds its conference from "
           "April 27 to 29, 2027.</p><p>The conference is the main forum of the region's elected officials.</p>"
           "<h2>For more information contact:</h2><p>Corporate Communications</p>")


def _is_news_page(url: str) -> bool:
    """The article at `url` is read as one news item: its own row among the news."""
    page = snippet_page(ARTICLE, "en", title="City to Host the Conference", heading="City to Host the Conference")
    return any(row["url"] == url for row in extract_page(page, url, FETCHED_AT).news)


# A news module's item named in the query ("?newsId=", "?id_noticia=", "?idNotizia="): the page is one news item.
@pytest.mark.parametrize("query", ["newsId=7a1c2e53", "id_noticia=48", "idNotizia=12", "news_id=5",
                                   "actualiteId=9"])
def test_a_news_modules_item_in_the_query_is_a_news_page(query):
    assert _is_news_page(f"https://www.city.example/Modules/News/en/index.aspx?{query}")


# Trap: a CMS's number for a page of any kind is no news item's.
def test_a_cms_article_number_is_no_news_page():
    assert not _is_news_page("https://www.city.example/index.aspx?articleid=17432")


# The sitting that took the decision, its day before the verb as German writes it: the membership's own day dates the
# joining, not the sitting's.
@pytest.mark.parametrize("text, lang", [
    ("Die Stadt ist seit dem 1. Oktober 2024 Mitglied im Klima-Bündnis. Den Beitritt hatte der Gemeinderat in seiner "
     "Sitzung am 25. September 2024 beschlossen.", "de"),
    ("Die Stadt ist seit dem 1. Oktober 2024 Mitglied im Klima-Bündnis. Der Stadtrat hatte in der Sitzung vom 25. "
     "September 2024 den Beitritt beschlossen.", "de"),
])
def test_a_sittings_day_before_the_decision_yields_to_the_membership_day(text, lang):
    assert values_of("joined", f"<p>{text}</p>", lang) == {("climate-alliance", "2024-10-01")}


HEILBRONN = "https://www.heilbronn.de/umwelt/netzwerke"


# Another town by its noun and its name, German putting the subject after the verb: that town's joining.
@pytest.mark.parametrize("sentence", [
    "Aus der Region ist unter anderem die Landeshauptstadt Stuttgart bereits seit 2013 dabei.",
    "Seit 2015 ist auch die Nachbarstadt Neckarsulm Mitglied im Klima-Bündnis.",
])
def test_another_town_named_after_the_german_verb_is_not_the_citys_joining(sentence):
    body = f"<p>Heilbronn ist Mitglied im Klima-Bündnis.</p><p>{sentence}</p>"
    assert not values_of("joined", body, "de", url=HEILBRONN, title="Klima-Bündnis - Heilbronn")


# Trap: the publishing city by its noun is its own joining.
def test_the_city_named_after_the_german_verb_is_its_joining():
    body = "<p>Seit 2013 ist die Stadt Heilbronn Mitglied im Klima-Bündnis.</p>"
    assert ("climate-alliance", "2013") in values_of("joined", body, "de", url=HEILBRONN, title="Heilbronn")


DUNKERQUE = "https://www.ville-dunkerque.fr/international/reseaux"


# A cleft that sets the city aside for another body: not the city's joining.
@pytest.mark.parametrize("sentence, lang", [
    ("C'est la Communauté urbaine, et non la Ville, qui est adhérente d'Energy Cities, qu'elle a rejointe en 2016.",
     "fr"),
    ("It is the County, not the City, that is a member of Energy Cities, which it joined in 2016.", "en"),
    ("Es ist der Landkreis, nicht die Stadt, der 2016 Energy Cities beigetreten ist.", "de"),
    ("Es la Diputación, y no el Ayuntamiento, la que se adhirió a Energy Cities en 2016.", "es"),
    ("È la Città metropolitana, e non il Comune, ad aver aderito a Energy Cities nel 2016.", "it"),
])
def test_a_cleft_setting_the_city_aside_is_not_its_joining(sentence, lang):
    body = f"<p>Dunkerque est engagée dans plusieurs réseaux.</p><p>{sentence}</p>"
    assert ("energy-cities", "2016") not in values_of("joined", body, lang, url=DUNKERQUE, title="Dunkerque")


# Trap: the city's own joining, the cleft naming it.
def test_a_cleft_naming_the_city_is_its_joining():
    body = "<p>C'est la Ville de Dunkerque qui a rejoint Energy Cities en 2016.</p>"
    assert ("energy-cities", "2016") in values_of("joined", body, "fr", url=DUNKERQUE, title="Dunkerque")


HUELVA = "https://www.huelva.es/portal/es/noticias/pacto"


# A name anywhere in the sentence, then the relative clause of its joining: that city's joining.
@pytest.mark.parametrize("sentence, lang", [
    ("En España ya forman parte de Energy Cities ciudades como Valencia, que se adhirió en 2015, Madrid o Córdoba.",
     "es"),
    ("Energy Cities réunit des villes comme Lyon, qui a adhéré en 2015, Grenoble ou Nantes.", "fr"),
    ("Energy Cities brings together cities such as Leeds, which joined in 2015, Bristol and Glasgow.", "en"),
    ("Energy Cities riunisce città come Torino, che ha aderito nel 2015, Bologna e Firenze.", "it"),
])
def test_a_joining_in_another_names_relative_clause_is_that_citys(sentence, lang):
    body = f"<p>Huelva forma parte de Energy Cities.</p><p>{sentence}</p>"
    assert ("energy-cities", "2015") not in values_of("joined", body, lang, url=HUELVA, title="Huelva")


# Trap: the publishing city's own relative clause.
def test_a_joining_in_the_citys_relative_clause_is_its_own():
    body = "<p>Energy Cities reúne ciudades como Huelva, que se adhirió en 2015, y Sevilla.</p>"
    assert ("energy-cities", "2015") in values_of("joined", body, "es", url=HUELVA, title="Huelva")


# The joining's procedure begun is not the joining.
@pytest.mark.parametrize("sentence", [
    "Nel 2010, quando il Comune avviò la procedura di adesione, i firmatari erano circa 2.000.",
    "En 2010, la Ville a engagé la procédure d'adhésion.",
    "In 2010 the City began the process of joining the network.",
    "En 2010 el Ayuntamiento inició el procedimiento de adhesión a la red.",
])
def test_a_joinings_procedure_begun_is_no_joining(sentence):
    assert not [value for attribute, value in claims_of_sentence(sentence) if attribute == "joined"]


# Trap: the procedure concluded is the joining.
def test_a_joinings_procedure_concluded_is_the_joining():
    assert ("joined", "2011") in claims_of_sentence("La procedura di adesione si è conclusa nel 2011.")


# The cities a city is twinned with are its partners, not a network's members.
@pytest.mark.parametrize("sentence", [
    "Townsville has signed sister city agreements with 6 cities in the Asia-Pacific region.",
    "La ville est jumelée avec 6 villes européennes.",
    "Die Stadt unterhält Städtepartnerschaften mit 6 Städten in Europa.",
    "Málaga está hermanada con 6 ciudades.",
    "Il Comune è gemellato con 6 città europee.",
])
def test_a_citys_twins_are_no_member_count(sentence):
    assert not [value for attribute, value in claims_of_sentence(sentence) if attribute == "member_cities"]


# Trap: a network's count of cities stays one.
def test_a_networks_count_of_cities_stays_one():
    assert ("member_cities", "200") in claims_of_sentence("Eurocities brings together 200 cities.")


# Two days of a span, the second's article elided before its vowel as Italian writes it: both days.
@pytest.mark.parametrize("text, published, span", [
    ("La conferenza annuale si è svolta a Bologna il 10 e l'11 novembre.", date(2026, 11, 12),
     ("2026-11-10", "2026-11-11")),
    ("Il convegno si terrà a Roma il 7 e l'8 maggio.", date(2026, 4, 12), ("2026-05-07", "2026-05-08")),
])
def test_two_days_with_an_elided_article_are_the_span(text, published, span):
    assert event_span_of(text, published) == span


# A side event's span "around" the day the item reports: the reported day stays the event.
@pytest.mark.parametrize("text, span", [
    ("Am Mittwoch, 8. Juli, hisst die Stadt die Flagge. Rund um den Flaggentag zeigt die Stadtbücherei vom 6. bis 17. "
     "Juli eine Ausstellung.", ("2026-07-08", "2026-07-08")),
    ("Le mercredi 8 juillet, la Ville hisse le drapeau. Autour de la cérémonie, la médiathèque présente du 6 au 17 "
     "juillet une exposition.", ("2026-07-08", "2026-07-08")),
    ("El miércoles 8 de julio el Ayuntamiento izará la bandera. En torno a la jornada, la biblioteca acoge del 6 al 17 "
     "de julio una exposición.", ("2026-07-08", "2026-07-08")),
    ("Mercoledì 8 luglio il Comune issa la bandiera. Intorno alla giornata, la biblioteca ospita dal 6 al 17 luglio "
     "una mostra.", ("2026-07-08", "2026-07-08")),
])
def test_a_side_events_span_around_the_day_is_not_the_event(text, span):
    assert event_span_of(text, date(2026, 7, 3)) == span


# Trap: the span alone, with no day around which it stands, is the event.
def test_a_span_without_a_day_around_is_the_event():
    assert event_span_of("Die Stadtbücherei zeigt vom 6. bis 17. Juli eine Ausstellung.", date(2026, 7, 3)) == (
        "2026-07-06", "2026-07-17")
