"""What is not the network's fact, and the span of a news item's event: an English span whose days each carry their
weekday ("from Wednesday, Oct. 14 to Friday, Oct. 16, 2026") ends on its second day."""

from datetime import date

import pytest

from scraper.parsers.dates import PartialDate
from scraper.parsers.events import find_event_span

_BASE = date(2026, 8, 20)
_PUBLISHED = PartialDate(2026, 8, 20)
_OCTOBER_14_TO_16 = (PartialDate(2026, 10, 14), PartialDate(2026, 10, 16))


@pytest.mark.parametrize("text", [
    # prose, each day with its weekday, the months abridged or whole
    "Halifax hosts the annual general meeting from Wednesday, Oct. 14 to Friday, Oct. 16, 2026.",
    "The summit takes place from Wednesday, October 14 through Friday, October 16, 2026.",
    "The forum runs from Wednesday October 14 until Friday October 16, 2026.",
    # a meta line, the span with a dash
    "When: Wednesday, October 14 – Friday, October 16, 2026",
    # the other languages, each day with its weekday
    "L'assemblée se tiendra du mercredi 14 au vendredi 16 octobre 2026 à Lyon.",
    "Die Tagung findet vom Mittwoch, 14. bis Freitag, 16. Oktober 2026 statt.",
    "La cumbre se celebrará del miércoles 14 al viernes 16 de octubre de 2026.",
    "L'assemblea si terrà da mercoledì 14 a venerdì 16 ottobre 2026.",
])
def test_a_span_whose_days_carry_their_weekdays_ends_on_its_second_day(text):
    assert find_event_span(text, _BASE, _PUBLISHED) == _OCTOBER_14_TO_16


def test_a_weekday_span_of_opening_hours_is_no_event_span():
    # the trap: "from Monday to Friday" names no days of a month before the date
    found = find_event_span("The office is open from Monday to Friday, Oct. 16, 2026.", _BASE, _PUBLISHED)
    assert found != _OCTOBER_14_TO_16
