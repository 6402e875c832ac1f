"""What the parsers read from a snippet of a city's page or from one sentence, for the parser tests.

A snippet is wrapped in a minimal page (title, <main> with a heading, optional markup beside <main>) so that the
tests exercise the whole extraction, from bytes to rows, and state only what differs between cases.
"""

from datetime import UTC, date, datetime

from scraper.parsers.claims import find_claims
from scraper.parsers.dates import PartialDate
from scraper.parsers.events import find_event_span
from scraper.parsers.extract import Extraction, extract_page
from scraper.parsers.networks import find_networks

SNIPPET_URL = "https://www.ville.example/international/reseaux"
FETCHED_AT = datetime(2025, 3, 1, tzinfo=UTC)
TODAY = FETCHED_AT.date()


def snippet_page(body: str, lang: str = "fr", *, title: str = "Réseaux", heading: str | None = "International",
                 head: str = "", beside: str = "") -> bytes:
    """A page whose <main> holds `body` under an <h1> (none when `heading` is None), `beside` after <main>."""
    h1 = f"<h1>{heading}</h1>" if heading is not None else ""
    return (f'<html lang="{lang}"><head><title>{title}</title>{head}</head><body><main>{h1}{body}</main>{beside}'
            f'</body></html>').encode()


def extracted(body: str, lang: str = "fr", *, url: str = SNIPPET_URL, **page) -> Extraction:
    """The extraction of `body` in a snippet page (see `snippet_page` for the page's keywords)."""
    return extract_page(snippet_page(body, lang, **page), url, FETCHED_AT)


def facts_of_snippet(body: str, lang: str = "fr", **page) -> set[tuple[str, str, str, str]]:
    """(network, attribute, value, qualifier) of each fact read from `body`."""
    return {(fact["network_id"], fact["attribute"], fact["value"], fact["qualifier"])
            for fact in extracted(body, lang, **page).facts}


def triples_of_snippet(body: str, lang: str = "fr", **page) -> set[tuple[str, str, str]]:
    """(network, attribute, value) of each fact read from `body`."""
    return {(network, attribute, value) for network, attribute, value, _ in facts_of_snippet(body, lang, **page)}


def values_of(attribute: str, body: str, lang: str = "fr", **page) -> set[tuple[str, str]]:
    """(network, value) of each fact of `attribute` read from `body`."""
    return {(network, value) for network, found, value, _ in facts_of_snippet(body, lang, **page)
            if found == attribute}


def claims_of_sentence(sentence: str, today: date | None = TODAY) -> list[tuple[str, str]]:
    """(attribute, value) of each claim `find_claims` reads in one sentence."""
    return [(claim.attribute, claim.value) for claim in find_claims(sentence, today)]


def claimed_values(attribute: str, sentence: str) -> list[str]:
    """The values of the claims of `attribute` `find_claims` reads in one sentence, in their order."""
    return [value for found, value in claims_of_sentence(sentence) if found == attribute]


def card(title: str, text: str) -> str:
    """A card: its title, then its text in one paragraph."""
    return f"<div class='card'><h3 class='card__title'>{title}</h3><p>{text}</p></div>"


def network_ids(text: str) -> list[str]:
    """The ids of the networks a text names, in their order."""
    return [mention.network_id for mention in find_networks(text)]


def other_news_items(page: bytes, site: str, path: str, fetched_at: datetime) -> set[tuple[str, str | None]]:
    """(path, published) of every news item the page at `site` + `path` holds besides itself."""
    url = site + path
    return {(row["url"].removeprefix(site), row["published"]) for row in extract_page(page, url, fetched_at).news
            if row["url"] != url}


def event_span_of(text: str, published: date) -> tuple[str, str] | None:
    """The event span `text` gives an item published that day, as ISO strings."""
    span = find_event_span(text, published, PartialDate(published.year, published.month, published.day))
    return (span[0].iso(), span[1].iso()) if span else None
