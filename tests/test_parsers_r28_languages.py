"""Italian and German wordings of the network facts, in prose and in the markups city sites use, and their traps: a
deputy's office, a caption that is a sentence, an event's participants, a membership that has ended."""

import pytest
from helpers.extracted import triples_of_snippet


def _paragraph(text: str) -> str:
    return f"<p>{text}</p>"


# A deputy presides over nothing: the word that makes the office a deputy's before the title.
@pytest.mark.parametrize("text, lang", [
    ("Stellvertretende Präsidentin von Eurocities ist Anna König.", "de"),
    ("Der stellvertretende Vorsitzende von Eurocities ist Max Müller.", "de"),
    ("Die stellvertretende Eurocities-Präsidentin Anna König eröffnete die Sitzung.", "de"),
    ("Erster stellvertretender Vorsitzender des Netzwerks Eurocities ist Max Müller.", "de"),
    ("The deputy chair of Eurocities, Jane Doe, opened the session.", "en"),
])
def test_a_deputys_office_is_no_presidency(text, lang):
    assert not {fact for fact in triples_of_snippet(_paragraph(text), lang) if fact[1] == "president"}


# The office itself is still read, in the same wordings without the deputy's word.
@pytest.mark.parametrize("text, lang, person", [
    ("Präsidentin von Eurocities ist Anna König.", "de", "Anna König"),
    ("Der Vorsitzende von Eurocities ist Max Müller.", "de", "Max Müller"),
    ("Die Eurocities-Präsidentin Anna König eröffnete die Sitzung.", "de", "Anna König"),
    ("Il presidente di Eurocities è Dario Nardella.", "it", "Dario Nardella"),
])
def test_the_presidents_office_without_a_deputy_is_read(text, lang, person):
    assert ("eurocities", "president", person) in triples_of_snippet(_paragraph(text), lang)


# A sentence naming the seat under a heading of its own is no caption of a key figure: the heading is not the seat.
@pytest.mark.parametrize("heading, text, lang", [
    ("International", "Sitz von Eurocities ist Brüssel.", "de"),
    ("Kontakt", "Sitz der Geschäftsstelle von Eurocities ist Brüssel.", "de"),
    ("Contatti", "Sede di Eurocities è Bruxelles.", "it"),
])
def test_a_seat_sentence_is_no_caption_of_its_heading(heading, text, lang):
    seats = {value for _, attribute, value in triples_of_snippet(_paragraph(text), lang, heading=heading)
             if attribute == "headquarters"}
    assert heading not in seats


# The caption and its city in parts of their own still make a row.
def test_a_seat_caption_and_its_city_make_a_row():
    body = "<h2>Eurocities</h2><div><p>Sitz</p><p>Brüssel</p></div>"
    assert ("eurocities", "headquarters", "Brüssel") in triples_of_snippet(body, "de")


# "Sitz von X ist Brüssel": the German seat without "in", the place alone ending its clause.
@pytest.mark.parametrize("text", [
    "Sitz von Eurocities ist Brüssel.",
    "Der Sitz von Eurocities ist Brüssel (Belgien).",
    "Die Geschäftsstelle von Eurocities ist Brüssel, die Präsidentschaft wechselt alle zwei Jahre.",
])
def test_the_german_seat_is_the_place_after_ist(text):
    assert ("eurocities", "headquarters", "Brüssel") in triples_of_snippet(_paragraph(text), "de")


# Trap: after "ist" without "in", a noun that goes on is no place.
@pytest.mark.parametrize("text", [
    "Der Sitz von Eurocities ist Teil des Brüsseler Europaviertels.",
    "Der Sitz von Eurocities ist Ende 2020 umgezogen.",
])
def test_a_noun_after_ist_is_no_seat(text):
    assert not {fact for fact in triples_of_snippet(_paragraph(text), "de") if fact[1] == "headquarters"}


def _counts(text: str, lang: str) -> set[tuple[str, str, str]]:
    return {fact for fact in triples_of_snippet(_paragraph(text), lang)
            if fact[1] in ("member_cities", "represented_governments")}


# Who takes part in an event or a programme is no member: the German verb split round its counted subject, and an
# event named by a German compound ("Jahrestreffen", "Bürgermeisterkonferenz").
@pytest.mark.parametrize("text", [
    "An den Sitzungen von Eurocities nahmen im Mai 120 Städte teil.",
    "Am Programm von Eurocities nehmen derzeit 35 Städte teil.",
    "Der Bürgermeisterkonferenz von Mayors for Peace wohnten 80 Städte bei.",
    "An der Jahreskonferenz von Eurocities beteiligten sich 150 Städte.",
    "Am Jahrestreffen von Eurocities nahmen 120 Städte teil.",
])
def test_an_events_participants_in_german_are_no_members(text):
    assert not _counts(text, "de")


# Trap: the network's own count stays when the network, not the count, takes part after it.
@pytest.mark.parametrize("text, value", [
    ("Eurocities zählt über 200 Mitgliedsstädte und nimmt an vielen Projekten teil.", "200"),
    ("Eurocities hat über 200 Mitgliedsstädte; sie nehmen an vielen Treffen teil.", "200"),
    ("Dem Netzwerk Eurocities gehören rund 200 Städte an.", "200"),
])
def test_the_networks_own_count_beside_a_taking_part_stays(text, value):
    assert {value for _, _, value in _counts(text, "de")} == {value}


# A membership that ended since a date is no joining, the date between the verb and the negation or after it.
@pytest.mark.parametrize("text, lang", [
    ("Die Stadt ist seit 2015 nicht mehr Mitglied von Eurocities.", "de"),
    ("Seit 2015 ist die Stadt kein Mitglied mehr bei Eurocities.", "de"),
    ("Die Stadt gehört Eurocities seit 2015 nicht mehr an.", "de"),
    ("Dal 2015 la città non è più socia di Eurocities.", "it"),
    ("Desde 2015 la ciudad ya no forma parte de Eurocities.", "es"),
    ("Since 2015 the city no longer belongs to Eurocities.", "en"),
])
def test_a_membership_ended_since_a_date_is_no_joining(text, lang):
    assert not {fact for fact in triples_of_snippet(_paragraph(text), lang) if fact[1] == "joined"}


# Trap: a negation about something else leaves the joining.
@pytest.mark.parametrize("text, lang", [
    ("Die Stadt ist seit 2015 Mitglied von Eurocities und zahlt keinen Beitrag mehr an den Städtetag.", "de"),
    ("Dal 2015 la città è socia di Eurocities.", "it"),
    ("Die Stadt gehört Eurocities seit 2015 an.", "de"),
])
def test_a_joining_beside_another_negation_stays(text, lang):
    assert ("eurocities", "joined", "2015") in triples_of_snippet(_paragraph(text), lang)


# "Avviso Pubblico", Italian for a public notice, names the network as the subject of a network's verb.
@pytest.mark.parametrize("text, fact", [
    ("Avviso Pubblico riunisce circa 550 tra Comuni, Unioni di Comuni, Province e Regioni.",
     ("avviso-pubblico", "represented_governments", "550")),
    ("Avviso Pubblico è nata nel 1996 e ha sede a Grugliasco.", ("avviso-pubblico", "founded", "1996")),
])
def test_avviso_pubblico_as_the_subject_of_a_networks_verb(text, fact):
    assert fact in triples_of_snippet(_paragraph(text), "it")


# Trap: a notice is no network, whatever its verb.
@pytest.mark.parametrize("text", [
    "L'Avviso Pubblico conta 12 pagine e riguarda 30 comuni.",
    "Un Avviso Pubblico riunisce le domande di 30 comuni.",
    "Avviso Pubblico per la concessione di contributi a 30 comuni.",
])
def test_a_public_notice_is_no_network(text):
    assert not triples_of_snippet(_paragraph(text), "it")


# A year in apposition named as the year of the city's joining the network named right after.
@pytest.mark.parametrize("text, lang, year", [
    ("Come ogni anno dal 2010, anno dell'adesione di Cagliari a Mayors for Peace.", "it", "2010"),
    ("Die Flagge weht seit 1985, dem Jahr des Beitritts der Stadt zu Mayors for Peace.", "de", "1985"),
    ("Le drapeau est hissé depuis 2010, année de l'adhésion de la ville à Mayors for Peace.", "fr", "2010"),
    ("The flag has been raised every year since 2010, the year the city joined Mayors for Peace.", "en", "2010"),
    ("La bandera se iza desde 2010, año de la adhesión de la ciudad a Mayors for Peace.", "es", "2010"),
])
def test_the_year_named_as_the_joinings_is_the_joining(text, lang, year):
    assert ("mayors-for-peace", "joined", year) in triples_of_snippet(_paragraph(text), lang)


# Trap: another joining named by the year, the network in another clause; or another event's year.
@pytest.mark.parametrize("text, lang", [
    ("Since 2013, the year the city joined the Council of Europe's programme, it has marked Mayors for Peace Day.",
     "en"),
    ("Dal 2010, anno della fondazione del comitato cittadino, la città celebra la giornata di Mayors for Peace.", "it"),
])
def test_a_year_named_for_another_joining_is_not_the_networks(text, lang):
    assert not {fact for fact in triples_of_snippet(_paragraph(text), lang) if fact[1] == "joined"}


# Who holds the office named before the network: "Alla presidenza di ... è stato confermato", "An der Spitze des
# Netzwerks ... steht seit 2023", "Die Präsidentschaft von ... liegt bei".
@pytest.mark.parametrize("text, lang", [
    ("Alla presidenza di Eurocities è stato confermato Dario Nardella.", "it"),
    ("Alla presidenza di Eurocities è stato rieletto Dario Nardella, sindaco di Firenze.", "it"),
    ("An der Spitze des Netzwerks Eurocities steht seit 2023 Dario Nardella.", "de"),
    ("Die Präsidentschaft von Eurocities liegt bei Dario Nardella.", "de"),
])
def test_the_holder_of_the_office_named_before_the_network(text, lang):
    assert ("eurocities", "president", "Dario Nardella") in triples_of_snippet(_paragraph(text), lang)


# Trap: the chair of a part of the network, or no one named, is no president of the network.
@pytest.mark.parametrize("text, lang", [
    ("Alla presidenza del forum cultura di Eurocities è stato eletto Mario Rossi.", "it"),
    ("Alla guida del gruppo di lavoro mobilità di Eurocities c'è Mario Rossi.", "it"),
    ("Alla presidenza di Eurocities si sono alternati molti sindaci.", "it"),
])
def test_the_chair_of_a_part_is_no_networks_president(text, lang):
    assert not {fact for fact in triples_of_snippet(_paragraph(text), lang) if fact[1] == "president"}
