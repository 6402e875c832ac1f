"""The facts `extract_page` reads from a snippet of a city's networks page, for the parser rounds' tests."""

from datetime import UTC, datetime

from scraper.parsers.extract import extract_page


def facts_of_snippet(body: str, lang: str) -> set[tuple[str, str, str, str]]:
    """(network, attribute, value, qualifier) of each fact read from `body` inside a page's <main>."""
    html = (f'<html lang="{lang}"><head><title>Réseaux</title></head><body><main><h1>International</h1>{body}'
            f'</main></body></html>')
    extraction = extract_page(html.encode(), "https://www.ville.example/international/reseaux",
                              datetime(2025, 3, 1, tzinfo=UTC))
    return {(fact["network_id"], fact["attribute"], fact["value"], fact["qualifier"]) for fact in extraction.facts}


def values_of(attribute: str, body: str, lang: str) -> set[tuple[str, str]]:
    """(network, value) of each fact of `attribute` read from `body`."""
    return {(network, value) for network, found, value, _ in facts_of_snippet(body, lang) if found == attribute}
