"""News items' event spans: the day a city's council approved or voted what the item reports is the decision's day,
no event, whether its approval is named by its noun ("Following Council's approval on October 6") or the day opens
the sentence before the council's clause ("Réunis le 19 septembre, les élus du conseil municipal ont voté"); a
meeting, a festival or a visit told so stays the item's event. A day that opens a service's new hours ("À partir du
1er novembre, la collecte aura lieu entre 19h et 22h") or that a rule is said to begin on ("Winter parking restrictions
begin December 1") is no event either; an exhibition's or a festival's first day stays one."""

from datetime import date

import pytest
from helpers.extracted import event_span_of

_PUBLISHED = date(2026, 10, 20)


def _span(text: str, published: date = _PUBLISHED) -> tuple[str, str] | None:
    return event_span_of(text, published)


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


@pytest.mark.parametrize("text", [
    "Collecte des déchets : nouveaux horaires. À partir du 1er novembre, la collecte des ordures ménagères aura lieu "
    "entre 19h et 22h.",
    "Waste collection: from 1 November, bins in the old town are collected between 7pm and 10pm.",
    "Ab dem 1. November wird der Müll in der Altstadt zwischen 19 und 22 Uhr abgeholt.",
    "A partir del 1 de noviembre, la recogida de basura en el casco antiguo será entre las 19 y las 22 h.",
    "Dal 1° novembre la raccolta dei rifiuti nel centro storico avverrà tra le 19 e le 22.",
])
def test_a_day_opening_a_service_between_two_hours_is_no_event(text):
    assert _span(text) is None


@pytest.mark.parametrize("text", [
    "Winter parking restrictions begin December 1.",
    "Les restrictions de stationnement hivernal commencent le 1er décembre.",
    "Das nächtliche Parkverbot beginnt am 1. Dezember.",
    "Las restricciones de aparcamiento comienzan el 1 de diciembre.",
    "Le restrizioni alla sosta invernale iniziano il 1° dicembre.",
])
def test_a_rule_said_to_begin_on_a_day_is_no_event(text):
    assert _span(text) is None


@pytest.mark.parametrize("text", [
    "À partir du 5 novembre, l'exposition est ouverte de 10h à 18h à la médiathèque.",
    "The festival begins on 5 November with a concert between the two halls.",
    "Les journées portes ouvertes commencent le 5 novembre.",
    "La conferencia comienza el 5 de noviembre en el palacio municipal.",
    "Il festival inizia il 5 novembre, tra musica e teatro.",
    "Die Ausstellung beginnt am 5. November und ist zwischen 10 und 18 Uhr geöffnet bis zum 20. November.",
])
def test_an_event_that_begins_on_a_day_keeps_it(text):
    assert _span(text)[0] == "2026-11-05"


@pytest.mark.parametrize("text", [
    "Die Ausstellung ist ab dem 5. November zwischen 10 und 18 Uhr geöffnet.",
    "À partir du 5 novembre, le marché de Noël est ouvert entre 10h et 19h.",
    "From 5 November the exhibition is open between 10am and 6pm.",
])
def test_an_attractions_hours_from_its_first_day_keep_the_day(text):
    assert _span(text) == ("2026-11-05", "2026-11-05")


@pytest.mark.parametrize("text", [
    "Beauvais adhère à Energy Cities. Environnement International Réunis le 19 septembre 2026, les élus du conseil "
    "municipal ont voté l'adhésion.",
    "Kingston joins the network. Climate News Meeting on 6 October, councillors voted to join the network.",
])
def test_a_sentence_opening_after_a_pages_labels_is_read_as_opening_its_sentence(text):
    assert _span(text) is None


def test_a_day_deep_in_its_clause_is_not_read_with_the_next_one():
    text = "The mayors met in the old town hall of Lyon on 6 October, and councillors voted to join the network."
    assert _span(text) == ("2026-10-06", "2026-10-06")
