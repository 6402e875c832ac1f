"""A value in a block with its network or in a press release's later paragraph, as real pages write them: a day after
Italian's elided article, a network called by the acronym the page gave it opening a German compound, a network
presided over by a city's elected officer named after the office."""

import pytest
from helpers.extracted import card, triples_of_snippet


def _row(name: str, text: str) -> str:
    return f"<table><tr><th>Rete</th><th>Dati</th></tr><tr><td>{name}</td><td>{text}</td></tr></table>"



# Italian elides the article before a day that opens on a vowel's sound ("l'8 settembre", "l'11 marzo", "l'1° maggio"):
# the day is read as after "il".
@pytest.mark.parametrize("body, expected", [
    ("<p>L'OWHC è stata fondata a Fès l'8 settembre 1993 e ha sede a Québec.</p>", ("owhc", "founded", "1993-09-08")),
    ("<p>Eurocities è nata l'8 aprile 1986 a Rotterdam.</p>", ("eurocities", "founded", "1986-04-08")),
    (card("OWHC", "Matera ha aderito all'OWHC l'11 marzo 1996."), ("owhc", "joined", "1996-03-11")),
    (_row("ICLEI", "Il Comune ha aderito a ICLEI l’11 ottobre 2004."), ("iclei", "joined", "2004-10-11")),
])
def test_a_day_after_the_elided_article(body, expected):
    assert expected in triples_of_snippet(body, "it")


def test_an_elided_day_in_another_sentence_dates_nothing():
    triples = triples_of_snippet("<p>L'OWHC è stata fondata nel 1993. L'8 settembre 2026 si riunisce l'assemblea."
                                 "</p>", "it")
    assert ("owhc", "founded", "1993") in triples
    assert not any(value.startswith("2026") for _, _, value in triples)


_UBC = "Die Union of the Baltic Cities (UBC) wurde 1991 in Gdańsk gegründet. "


# A network called by the acronym the page gave it, opening a German compound ("UBC-Präsidentin", "UBC-Vorsitzender"):
# the compound's office is that network's.
@pytest.mark.parametrize("body", [
    f"<p>{_UBC}Auch UBC-Präsidentin Karin Wohlgemuth hat ihr Kommen zugesagt.</p>",
    f"<p>{_UBC}</p><p>Die Sitzung eröffnet UBC-Präsidentin Karin Wohlgemuth.</p>",
    card("Ostseestädte", f"{_UBC}UBC-Präsidentin ist Karin Wohlgemuth."),
])
def test_an_acronyms_compound_names_its_network(body):
    assert ("union-of-baltic-cities", "president", "Karin Wohlgemuth") in triples_of_snippet(body, "de")


# Traps: a commission's chair, a vice-president, a hyphenated name that is another network's ("UCLG-A").
@pytest.mark.parametrize("body", [
    f"<p>{_UBC}</p><p>Die Vorsitzende der UBC-Klimakommission, Karin Wohlgemuth, eröffnet die Sitzung.</p>",
    f"<p>{_UBC}</p><p>UBC-Kommissionsvorsitzende Karin Wohlgemuth eröffnet die Sitzung.</p>",
    f"<p>{_UBC}</p><p>UBC-Vizepräsidentin Karin Wohlgemuth eröffnet die Sitzung.</p>",
])
def test_an_acronyms_compound_of_another_office_is_no_president(body):
    assert not any(attribute == "president" for _, attribute, _ in triples_of_snippet(body, "de"))


# A network presided over by a city's elected officer other than its mayor, the office then the name after a comma:
# the name is who presides ("presieduta dall'assessore alla cultura di Vicenza, Ilaria Fantin").
@pytest.mark.parametrize("lang, body, expected", [
    ("it", "<p>L'ANCI è presieduta dall'assessore alla cultura di Vicenza, Ilaria Fantin, che aprirà i lavori.</p>",
     ("associazione-nazionale-comuni-italiani", "president", "Ilaria Fantin")),
    ("fr", card("AIMF", "L'AIMF est présidée par la conseillère municipale de Lyon, Anne Dupont."),
     ("aimf", "president", "Anne Dupont")),
    ("es", "<p>Mercociudades está presidida por la concejala de Cultura de Bilbao, Ana Ruiz.</p>",
     ("mercociudades", "president", "Ana Ruiz")),
    ("de", card("Städtetag", "Der Deutsche Städtetag wird präsidiert von Stadträtin Anna Lund."),
     ("deutscher-stadtetag", "president", "Anna Lund")),
    ("en", "<p>Eurocities is chaired by Councillor Anna Lund of Vienna.</p>", ("eurocities", "president", "Anna Lund")),
])
def test_a_city_officers_name_after_the_office_presides(lang, body, expected):
    assert expected in triples_of_snippet(body, lang)


# Trap: a profession before the name is no office; the office alone stays no one's name.
def test_a_profession_or_an_office_alone_is_not_a_presidents_name():
    assert not any(attribute == "president" for _, attribute, _ in triples_of_snippet(
        "<p>L'ANCI è presieduta dall'avvocato Ilaria Fantin.</p>", "it"))
    triples = triples_of_snippet("<p>L'AIMF est présidée par la conseillère municipale de Lyon, Anne Dupont.</p>", "fr")
    presidents = {value for _, attribute, value in triples if attribute == "president"}
    assert presidents == {"Anne Dupont"}
