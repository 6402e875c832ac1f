"""Work the extraction does once per page, or only when its answer is needed: the answers stay the same."""

import re
from datetime import UTC, datetime
from types import SimpleNamespace

import pytest

from scraper.parsers import facts, networks
from scraper.parsers.claims import Claim, filters, founding_members
from scraper.parsers.extract import extract_page
from scraper.parsers.networks import find_networks, networks_read_once
from scraper.parsers.publishing_city import publishing_city


def test_the_names_a_page_writes_for_its_city_are_read_only_when_asked():
    city = publishing_city("https://www.medellin.gov.co/es/noticias/redes",
                           "Medellín es miembro de CGLU. La Alcaldía de Medellín preside la comisión.")
    assert "names" not in vars(city)
    assert city.names == frozenset({"medellin"})
    assert city.is_own("Alcaldía de Medellín") and not city.is_own("Bogotá")


def _counting(monkeypatch, module, name: str, method: str) -> list[str]:
    """The texts the pattern `module.name` is asked to scan with `method`."""
    scanned: list[str] = []
    pattern = getattr(module, name)

    def scan(text: str, *args):
        scanned.append(text)
        return getattr(pattern, method)(text, *args)
    monkeypatch.setattr(module, name, SimpleNamespace(**{method: scan}))
    return scanned


def test_a_sentence_asked_twice_whether_it_joins_at_the_founding_is_searched_once(monkeypatch):
    scanned = _counting(monkeypatch, founding_members, "_SINCE_ITS_FOUNDING_HINT", "search")
    sentence = "La Ville de Genève est membre de l'AIMF depuis sa création."
    other = "Genève a rejoint Eurocities en 2004."
    first = founding_members.joins_at_founding(sentence)
    assert first is not None and sentence[first.start():].startswith("depuis sa création")
    assert founding_members.joins_at_founding(sentence) is first
    assert scanned == [sentence]
    assert founding_members.joins_at_founding(other) is None
    assert founding_members.joins_at_founding(sentence).span() == first.span()
    assert scanned == [sentence, other, sentence]


def test_a_text_is_searched_for_networks_once_within_a_page(monkeypatch):
    scanned = _counting(monkeypatch, networks, "_KNOWN", "finditer")
    text = "Paris est membre d'Eurocities et de Metropolis depuis 1985."
    with networks_read_once():
        first = find_networks(text)
        again = find_networks(text)
        find_networks("Metropolis")
    assert [mention.network_id for mention in first] == ["eurocities", "metropolis"]
    assert again == first
    # new mentions each time, as each search made them: callers tell mentions apart by identity
    assert all(mention is not other for mention, other in zip(first, again, strict=True))
    assert scanned == [text, "Metropolis"]


def test_outside_a_page_each_search_for_networks_reads_the_text():
    text = "Lyon a rejoint Eurocities en 1989."
    with networks_read_once():
        find_networks(text)
    assert networks._read_on_this_page is None
    assert [mention.network_id for mention in find_networks(text)] == ["eurocities"]


def test_a_seat_no_word_of_a_seat_places_builds_no_pattern_for_its_value(monkeypatch):
    built: list[str] = []
    search = re.search
    monkeypatch.setattr(re, "search", lambda pattern, *args: built.append(pattern) or search(pattern, *args))
    assert not filters._seated_in_a_country("Le secrétariat du réseau est à Bruxelles.",
                                            Claim("headquarters", "Bruxelles", 0))
    assert built == []
    assert filters._seated_in_a_country("Basée en Belgique, l'association compte 40 villes.",
                                        Claim("headquarters", "Belgique", 0))
    assert filters._seated_in_a_country("La rete, con sede in Italia, riunisce 30 città.",
                                        Claim("headquarters", "Italia", 0))
    assert not filters._seated_in_a_country("Basée en Belgique, l'association a son siège à Bruxelles.",
                                            Claim("headquarters", "Bruxelles", 0))


def _page(*paragraphs: str) -> bytes:
    body = "".join(f"<p>{paragraph}</p>" for paragraph in paragraphs)
    return (f"<html><head><title>Relations</title></head><body><main><h1>Relations</h1>{body}</main></body>"
            "</html>").encode()


def test_the_names_a_page_writes_in_full_are_read_only_once_a_sentence_names_a_network(monkeypatch):
    read = []
    names_written_in_full = facts._names_written_in_full
    monkeypatch.setattr(facts, "_names_written_in_full", lambda blocks: read.append(blocks) or names_written_in_full(
        blocks))
    fetched = datetime(2024, 6, 12, tzinfo=UTC)
    extract_page(_page("La ville coopère avec ses voisines depuis 1990.", "Elle accueille 300 élus."),
                 "https://www.example.org/relations", fetched)
    assert read == []
    extraction = extract_page(_page("Paris est membre d'Eurocities depuis 1991.", "Eurocities réunit 200 villes."),
                              "https://www.example.org/reseaux", fetched)
    assert len(read) == 1
    assert {(fact["network_id"], fact["attribute"]) for fact in extraction.facts} >= {("eurocities", "joined")}


@pytest.mark.parametrize("pattern, case_blind, text", [
    (networks._ASSOCIATIONS_NOUN_CUE, r"(?i:verein|bündnis|associa|asocia|allian|allean|alianz)", text)
    for text in ("l'ASSOCIATION des villes", "im Bündnis", "l'aſſociation", "ALLİANCE", "the Alliance", "a union")
] + [
    (founding_members._SINCE_ITS_FOUNDING_HINT,
     r"(?i:depuis|dès|since|from|seit|desde|dal|von anfang|da quando|at its|sa |son |en su|al momento|alla sua|bei )",
     text)
    for text in ("Membre DEPUIS sa création", "member ſince its founding", "Mitglied SEİT 1990", "en 1990")
] + [
    (networks._LOWER_CASE_MEMBERS_CUE, r"(?i:villes|communes|municipal|collectivités|maires|régions|ciudades|municipios"
                                       r"|alcaldes|regiones|città|comuni|sindaci|regioni|cities|towns|mayors|regions)",
     text)
    for text in ("la red de CIUDADES", "Città e Comuni", "réseau des RÉGIONS", "İTOWNS", "the network", "villages")
])
def test_a_cue_searched_in_the_lowered_text_finds_what_its_case_blind_words_find(pattern, case_blind, text):
    assert bool(pattern.search(text)) == bool(re.search(case_blind, text))


@pytest.mark.parametrize("text", [
    "Lyon est membre de l'Association des Villes Universitaires de France.",
    "Alba aderisce dell'Associazione Nazionale Città del Tartufo.",
    "la Red de Ciudades Educadoras y la Liga de Ciudades Históricas", "O'Union Cities, Network of Towns",
    "The Forum of Mayors, a Federation of Cities of Europe", "ni union ni réseau",
])
def test_the_names_opening_on_their_noun_are_searched_behind_a_test_of_the_nouns_first_letters(text):
    plain = re.compile(networks._NAME_OPENING_ON_ITS_NOUN.pattern.removeprefix("(?=[RNLAFUCGXE])(?:")[:-1])
    assert networks._NAME_OPENING_ON_ITS_NOUN.pattern.startswith("(?=[RNLAFUCGXE])")
    assert [(found.span(), found.groupdict()) for found in networks._NAME_OPENING_ON_ITS_NOUN.finditer(text)] == [
        (found.span(), found.groupdict()) for found in plain.finditer(text)]
