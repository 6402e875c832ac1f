"""Whole pages missed at once: networks written with accents or named only by a heading, a section's text that goes
on about the network named before it, a fact sheet's rows, cards beside the text; and the dates of news teasers."""

from datetime import UTC, datetime

from scraper.parsers.extract import extract_page
from scraper.parsers.networks import network_ids


def extracted(body, lang="fr", title="Réseaux", url="https://www.ville.example/international/reseaux"):
    html = f"""<html lang="{lang}"><head><title>{title}</title></head><body><main>{body}</main></body></html>"""
    return extract_page(html.encode(), url, datetime(2025, 3, 1, tzinfo=UTC))


def facts_of(body, lang="fr", **page):
    return {(fact["network_id"], fact["attribute"], fact["value"], fact["qualifier"])
            for fact in extracted(body, lang, **page).facts}


# Networks as pages write their names


def test_medcities_is_known_with_its_french_accent():
    assert network_ids("Marseille a rejoint MedCités en 2015.") == ["medcities"]
    assert network_ids("el secretariado de Medcities") == ["medcities"]
    assert network_ids("La rete MEDCITIES") == ["medcities"]


def test_a_page_about_medcites_gives_it_the_facts_of_the_network_it_calls_le_reseau():
    body = """<h1>Marseille accueille l'assemblée générale de MedCités</h1>
      <p>Créé à Barcelone en 1991, le réseau compte aujourd'hui plus de soixante villes membres.</p>"""
    assert facts_of(body, title="Assemblée de MedCités") == {
        ("medcities", "founded", "1991", "exact"), ("medcities", "founded_place", "Barcelone", "exact"),
        ("medcities", "member_cities", "60", "more_than")}
