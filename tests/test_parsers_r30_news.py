"""News items' event spans: the day a city's council approved or voted what the item reports is the decision's day,
no event, whether its approval is named by its noun ("Following Council's approval on October 6") or the day opens
the sentence before the council's clause ("Réunis le 19 septembre, les élus du conseil municipal ont voté"); a
meeting, a festival or a visit told so stays the item's event."""

from datetime import date

import pytest

from scraper.parsers.dates import PartialDate
from scraper.parsers.events import find_event_span

_PUBLISHED = date(2026, 10, 20)


def _span(text: str, published: date = _PUBLISHED) -> tuple[str, str] | None:
    span = find_event_span(text, published, PartialDate(published.year, published.month, published.day))
    return (span[0].iso(), span[1].iso()) if span else None


@pytest.mark.parametrize("text", [
    "Kingston joins the network. Following Council's approval on October 6, the City formally joined the Covenant.",
    "Nach Zustimmung des Gemeinderats am 6. Oktober tritt die Stadt dem Netzwerk bei.",
    "Tras la aprobación del Pleno el 6 de octubre, la ciudad se une a la red.",
    "Dopo l'approvazione del Consiglio comunale il 6 ottobre, la città entra nella rete.",
    "Après l'approbation du conseil municipal le 6 octobre, la Ville rejoint le réseau.",
])
def test_a_councils_approval_named_by_its_noun_dates_the_decision_not_an_event(text):
    assert _span(text) is None


@pytest.mark.parametrize("text", [
    "Beauvais adhère à Energy Cities. Réunis le 19 septembre 2026, les élus du conseil municipal ont voté à "
    "l'unanimité l'adhésion de la Ville.",
    "Meeting on 6 October, councillors voted to join the network.",
    "Am 6. Oktober versammelt, hat der Gemeinderat den Beitritt beschlossen.",
    "Reunido el 6 de octubre, el Pleno aprobó la adhesión a la red.",
    "Riunito il 6 ottobre, il Consiglio comunale ha approvato l'adesione alla rete.",
])
def test_a_day_opening_the_sentence_of_a_councils_vote_dates_the_decision_not_an_event(text):
    assert _span(text) is None


@pytest.mark.parametrize("text", [
    "Réunis le 6 octobre à Lyon, les maires du réseau ont adopté une déclaration.",
    "Gathered on 6 October, the mayors of the network adopted a declaration.",
    "The festival opens on 6 October, and Council approved its budget last year.",
    "Le 6 octobre, la fête de la science a réuni 300 visiteurs, après l'approbation du conseil municipal en juin.",
    "Am 6. Oktober fand der Tag der offenen Tür statt, nach der Zustimmung des Gemeinderats im Juni.",
])
def test_a_meeting_or_festival_beside_a_councils_decision_keeps_its_day(text):
    assert _span(text) == ("2026-10-06", "2026-10-06")
