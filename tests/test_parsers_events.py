"""Event spans of news items in the five languages."""

from datetime import date

import pytest

from scraper.parsers.dates import PartialDate
from scraper.parsers.events import find_event_span

BASE = date(2024, 11, 18)


@pytest.mark.parametrize("text, start, end", [
    ("du 22 au 24 mai 2024", "2024-05-22", "2024-05-24"),
    ("vom 5. bis 7. Juni 2024", "2024-06-05", "2024-06-07"),
    ("del 5 al 7 de junio de 2024", "2024-06-05", "2024-06-07"),
    ("dal 22 al 24 maggio 2024", "2024-05-22", "2024-05-24"),
    ("Dal 9 all'11 ottobre", "2024-10-09", "2024-10-11"),
    ("les 13 et 14 novembre", "2024-11-13", "2024-11-14"),
    ("am 13. und 14. November 2024", "2024-11-13", "2024-11-14"),
    ("los días 13 y 14 de noviembre", "2024-11-13", "2024-11-14"),
    ("am 5. Juni", "2024-06-05", "2024-06-05"),
    ("el 5 de junio", "2024-06-05", "2024-06-05"),
])
def test_event_spans_are_read_in_each_language(text, start, end):
    first, last = find_event_span(text, BASE)
    assert (first.iso(), last.iso()) == (start, end)


def test_a_press_releases_dateline_is_the_event_only_when_no_other_day_is_named():
    first_named = find_event_span("Paris, le 27 février 2025. La piscine rouvre le 1er mars.", BASE)[0]
    assert first_named.iso() == "2025-02-27"  # without the item's date, the first day named
    dateline = PartialDate(2025, 2, 27)
    first, last = find_event_span("Paris, le 27 février 2025. La piscine rouvre le 1er mars.", BASE, dateline)
    assert (first.iso(), last.iso()) == ("2025-03-01", "2025-03-01")
    first, _ = find_event_span("Paris, le 6 août 2024. Paris se souvient.", BASE, PartialDate(2024, 8, 6))
    assert first.iso() == "2024-08-06"
