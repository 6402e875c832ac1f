"""Whether a news item is about the city's international affairs: it names a city network (by the parsers' own
vocabulary), one of the city's twin or partner cities (its site profile's), or the international relations office
or the United Nations.

A press-release source keeps only such items: the city's communiqués are mostly about everything else.
"""

import re
from functools import cache

from scraper.parsers.networks import network_ids
from shared.sites import current_site

_INTERNATIONAL_OFFICE = re.compile(
    r"(?i:relations internationales|international relations|Nations unies|United Nations|ONUSIDA|UNAIDS"
    r"|pacte d['’]amitié|jumelage|twin(?:ning|ned) (?:city|with))|\bONU\b|\bDGRI\b")


def is_international(item: dict) -> bool:
    text = " ".join(part for part in (item.get("title"), item.get("summary")) if part)
    partner_city = _partner_city(current_site().partner_cities)
    return bool(item.get("networks") or network_ids(text) or partner_city.search(text)
                or _INTERNATIONAL_OFFICE.search(text))


@cache
def _partner_city(cities: tuple[str, ...]) -> re.Pattern:
    """Any of the cities, as a whole word; a pattern that never matches when the profile names none."""
    if not cities:
        return re.compile(r"(?!)")
    return re.compile(r"\b(?:" + "|".join(re.escape(city) for city in cities) + r")\b")
