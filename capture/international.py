"""Whether a news item is about the city's international affairs: it names a city network (by the parsers' own
vocabulary), one of Paris's twin or partner cities, or the international relations office or the United Nations.

A press-release source keeps only such items: the city's communiqués are mostly about everything else.
"""

import re

from scraper.parsers.networks import network_ids

# Paris's twin city and the partner cities of its friendship and cooperation pacts, as communiqués write them.
PARTNER_CITIES = (
    "Rome", "Alger", "Amman", "Athènes", "Beyrouth", "Berlin", "Buenos Aires", "Le Caire", "Casablanca", "Chicago",
    "Dakar", "Erevan", "Kyiv", "Kiev", "Lisbonne", "Londres", "Madrid", "Mexico", "Montréal", "Phnom Penh", "Prague",
    "Québec", "Rabat", "Rio de Janeiro", "San Francisco", "Séoul", "Shanghai", "Sydney", "Tokyo", "Tunis",
    "Varsovie", "Abidjan", "Bamako",
)
_PARTNER_CITY = re.compile(r"\b(?:" + "|".join(re.escape(city) for city in PARTNER_CITIES) + r")\b")
_INTERNATIONAL_OFFICE = re.compile(
    r"(?i:relations internationales|international relations|Nations unies|United Nations|ONUSIDA|UNAIDS"
    r"|pacte d['’]amitié|jumelage|twin(?:ning|ned) (?:city|with))|\bONU\b|\bDGRI\b")


def is_international(item: dict) -> bool:
    text = " ".join(part for part in (item.get("title"), item.get("summary")) if part)
    return bool(item.get("networks") or network_ids(text) or _PARTNER_CITY.search(text)
                or _INTERNATIONAL_OFFICE.search(text))
