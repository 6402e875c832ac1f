"""A value in a block with its network or in a press release's later paragraph, as real pages write them: a day after
Italian's elided article, a network called by the acronym the page gave it opening a German compound."""

import pytest
from helpers.extracted import triples_of_snippet


def _card(title: str, text: str) -> str:
    return f"<div class='card'><h3 class='card__title'>{title}</h3><p>{text}</p></div>"


def _row(name: str, text: str) -> str:
    return f"<table><tr><th>Rete</th><th>Dati</th></tr><tr><td>{name}</td><td>{text}</td></tr></table>"


def _timeline(year: str, text: str) -> str:
    return f"<ol class='timeline'><li><span class='year'>{year}</span><p>{text}</p></li></ol>"


# Italian elides the article before a day that opens on a vowel's sound ("l'8 settembre", "l'11 marzo", "l'1° maggio"):
# the day is read as after "il".
@pytest.mark.parametrize("body, expected", [
    ("<p>L'OWHC è stata fondata a Fès l'8 settembre 1993 e ha sede a Québec.</p>", ("owhc", "founded", "1993-09-08")),
    ("<p>Eurocities è nata l'8 aprile 1986 a Rotterdam.</p>", ("eurocities", "founded", "1986-04-08")),
    (_card("OWHC", "Matera ha aderito all'OWHC l'11 marzo 1996."), ("owhc", "joined", "1996-03-11")),
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
    _card("Ostseestädte", f"{_UBC}UBC-Präsidentin ist Karin Wohlgemuth."),
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
