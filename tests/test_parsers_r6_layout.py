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


# A fact sheet's rows


def test_a_table_column_of_the_citys_joining_headed_by_the_city_and_a_comma():
    body = """<h1>Redes</h1><table><thead><tr><th>Red</th><th>Sede</th><th>Madrid, miembro desde</th></tr></thead>
      <tbody><tr><th>Metropolis</th><td>Barcelona</td><td>1990</td></tr>
      <tr><th>Eurocities</th><td>Bruselas</td><td>1993 (miembro fundador)</td></tr></tbody></table>"""
    assert facts_of(body, "es") == {
        ("metropolis", "headquarters", "Barcelona", "exact"), ("metropolis", "joined", "1990", "exact"),
        ("eurocities", "headquarters", "Bruselas", "exact"), ("eurocities", "joined", "1993", "exact")}


def test_a_row_of_the_citys_joining_with_a_comma_after_the_city_in_other_languages():
    body = """<h2>Eurocities</h2><dl><dt>Lyon, membre depuis</dt><dd>1991</dd></dl>
      <h2>ICORN</h2><dl><dt>Leeds, member since</dt><dd>2012</dd></dl>
      <h2>Energy Cities</h2><dl><dt>Köln, Mitglied seit</dt><dd>1994</dd></dl>"""
    assert facts_of(body) == {("eurocities", "joined", "1991", "exact"), ("icorn", "joined", "2012", "exact"),
                              ("energy-cities", "joined", "1994", "exact")}


def test_a_row_of_a_sentence_with_a_comma_before_member_since_is_no_label():
    body = """<h2>Eurocities</h2><p>La ville, membre depuis: voir plus bas, participe au forum culture.</p>"""
    assert facts_of(body) == set()
