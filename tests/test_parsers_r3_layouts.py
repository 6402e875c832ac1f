"""Layouts city sites present their networks in: tabs and accordions whose panels are named only by their controls,
cards of networks, key figures shown in parts, fact lists in rows, tables led by another column, timelines, and lists
of documents to download."""

from datetime import UTC, datetime

import pytest

from scraper.parsers.extract import extract_page


def extracted(body, lang="fr"):
    html = f"""<html lang="{lang}"><head><title>Réseaux</title></head><body><main><h1>Les réseaux de villes</h1>
      {body}</main></body></html>"""
    return extract_page(html.encode(), "https://www.ville.example/international/reseaux",
                        datetime(2025, 3, 1, tzinfo=UTC))


def facts_of(body, lang="fr"):
    return {(fact["network_id"], fact["attribute"], fact["value"], fact["qualifier"])
            for fact in extracted(body, lang).facts}


# Tabs and accordions


def test_a_tab_names_the_network_of_its_panel():
    body = """<div class="tabs"><ul role="tablist">
      <li role="presentation"><button role="tab" id="t-a" aria-controls="p-a" aria-selected="true">AIMF</button></li>
      <li role="presentation"><button role="tab" id="t-b" aria-controls="p-b">Metropolis</button></li></ul>
      <div role="tabpanel" id="p-a" aria-labelledby="t-a"><p>Créée en 1979, l'association réunit 300 villes.</p></div>
      <div role="tabpanel" id="p-b" aria-labelledby="t-b" hidden><p>L'association a son siège à Barcelone.</p></div>
      </div>"""
    assert facts_of(body) == {("aimf", "founded", "1979", "exact"), ("aimf", "member_cities", "300", "exact"),
                              ("metropolis", "headquarters", "Barcelone", "exact")}


def test_a_tab_panel_labelled_by_a_link_of_the_tab_list():
    body = """<ul class="nav nav-tabs" role="tablist">
      <li class="nav-item"><a class="nav-link" id="icorn-tab" href="#icorn" role="tab" aria-controls="icorn">ICORN</a>
      </li></ul><div class="tab-content"><div class="tab-pane" id="icorn" role="tabpanel" aria-labelledby="icorn-tab">
      <p>The city has been a member since 2011.</p></div></div>"""
    assert facts_of(body, "en") == {("icorn", "joined", "2011", "exact")}


def test_an_accordion_button_outside_a_heading_names_its_panel():
    body = """<div class="accordion-item"><button type="button" aria-expanded="false" aria-controls="panel-1">Energy
      Cities</button><div id="panel-1" hidden><p>La ciudad es miembro desde 2016.</p></div></div>"""
    assert facts_of(body, "es") == {("energy-cities", "joined", "2016", "exact")}


def test_a_summary_names_the_network_of_its_details():
    body = """<details><summary><span>Mayors for Peace</span></summary><div><p>We have been a member since
      1985.</p><p>The network counts some 8,000 cities.</p></div></details>"""
    assert facts_of(body, "en") == {("mayors-for-peace", "joined", "1985", "exact"),
                                    ("mayors-for-peace", "member_cities", "8000", "about")}


def test_a_menu_button_does_not_title_the_text_after_it():
    body = """<h2>Eurocities</h2><button aria-expanded="false" aria-controls="share-menu">Partager</button>
      <ul id="share-menu"><li><a href="https://x.example/share">X</a></li></ul>
      <p>Le réseau compte plus de 200 villes.</p>"""
    assert facts_of(body) == {("eurocities", "member_cities", "200", "more_than")}


# Counts and names key figures use


@pytest.mark.parametrize("body, expected", [
    ("<h2>Eurocities</h2><p>+ de 200 villes membres</p>", ("eurocities", "member_cities", "200", "more_than")),
    ("<h2>Eurocities</h2><p>+200 ciudades miembros</p>", ("eurocities", "member_cities", "200", "more_than")),
])
def test_a_plus_sign_before_a_count(body, expected):
    assert facts_of(body) == {expected}


@pytest.mark.parametrize("name", ["Ciudades Creativas de la UNESCO", "Villes créatives de l'UNESCO",
                                  "Città creative UNESCO"])
def test_the_creative_cities_by_their_short_name(name):
    assert facts_of(f"<h2>{name}</h2><p>Le réseau a été lancé en 2004.</p>") == {
        ("unesco-creative-cities-network", "founded", "2004", "exact")}
