"""Cheaper tests that must keep the answers of the tests they stand in front of."""

import pytest

from scraper.parsers.claims import find_claims, names_a_founding_member
from scraper.parsers.count_context import counts_the_past
from scraper.parsers.layouts import news_items
from scraper.parsers.layouts.html import has_any_class, has_class, parse_html, select, text_of
from scraper.parsers.text import lowered_alike

_SHOWN_DATE, _LINK_OF = news_items._shown_date, news_items.link_of


def test_a_class_test_finds_the_word_among_any_whitespace_and_not_inside_a_longer_word():
    root = parse_html('<html><body><div class="top\tnews-item\nwide">a</div><div class="news-item-list">b</div>'
                      '<div class="old-news-item">c</div><div class=" news-item ">d</div></body></html>').root
    assert [text_of(found) for found in select(root, f"//div[{has_class('news-item')}]")] == ["a", "d"]
    assert [text_of(found) for found in select(root, f"//div[{has_any_class('wide', 'news-item-list')}]")] == [
        "a", "b"]


@pytest.mark.parametrize("sentence", ["Lyon a COFONDÉ le réseau.", "Turin a co-fondé le réseau.",
                                      "Leeds was one of its founding members.", "Graz ist Mitbegründer des Netzes.",
                                      "Bilbao es una de las ciudades fundadoras."])
def test_a_founding_member_is_named_in_any_case_and_any_of_its_words(sentence):
    assert names_a_founding_member(sentence)


def test_a_founding_member_is_not_named_without_a_founding_word_or_with_a_count():
    assert not names_a_founding_member("Lyon est membre du réseau.")
    assert not names_a_founding_member("The network has 60 founding members.")


def test_a_text_is_lowered_alike_unless_it_holds_a_letter_the_engine_folds_otherwise():
    assert lowered_alike("Paris A REJOINT l’AIMF, Genève aussi") == "paris a rejoint l’aimf, genève aussi"
    for text in ("İzmir joined in 2005", "ſince 1986", "Diyarbakır joined", "Μέλος ΚΕΔΕ"):
        assert lowered_alike(text) is None


def test_a_joining_in_capitals_or_beside_a_letter_folded_otherwise_is_read():
    assert [(claim.attribute, claim.value) for claim in find_claims("PARIS A REJOINT ICORN EN 2011.", None)] == [
        ("joined", "2011")]
    assert [(claim.attribute, claim.value) for claim in find_claims("İstanbul joined UCLG in 2004.", None)] == [
        ("joined", "2004")]


@pytest.mark.parametrize("sentence", ["À L'ÉPOQUE, LE RÉSEAU COMPTAIT 60 VILLES.", "The network Had 60 member cities.",
                                      "İzmir: the network had 60 member cities."])
def test_a_count_put_in_the_past_in_capitals_or_beside_a_letter_folded_otherwise_is_in_the_past(sentence):
    assert counts_the_past(sentence, sentence.index("60"), None)


@pytest.mark.parametrize("sentence", ["LE RÉSEAU COMPTE 60 VILLES.", "The network Has 60 member cities.",
                                      "İzmir: the network has 60 member cities."])
def test_a_count_in_the_present_in_capitals_or_beside_a_letter_folded_otherwise_is_current(sentence):
    assert not counts_the_past(sentence, sentence.index("60"), None)


@pytest.mark.parametrize("sentence", ["PARIS EST MEMBRE D'EUROCITIES DEPUIS 1991.",
                                      "İstanbul has been a Member of UCLG since 2004."])
def test_a_membership_since_a_year_in_capitals_or_beside_a_letter_folded_otherwise_is_read(sentence):
    assert [(claim.attribute, claim.value) for claim in find_claims(sentence, None)] == [
        ("joined", sentence[-5:-1])]


@pytest.mark.parametrize("sentence", ["DEPUIS 1991, PARIS EST MEMBRE D'EUROCITIES.",
                                      "Since 2004 İstanbul has been a Member of UCLG."])
def test_a_membership_dated_before_its_word_in_capitals_or_beside_a_letter_folded_otherwise_is_read(sentence):
    assert [(claim.attribute, claim.value) for claim in find_claims(sentence, None)] == [
        ("joined", "".join(filter(str.isdigit, sentence)))]


@pytest.mark.parametrize("sentence, joined", [
    ("L'entrée de Lyon dans Eurocities date de 1996.", "1996"),
    ("L'ENTRÉE DE LYON DANS EUROCITIES DATE DE 1996.", "1996"),
    ("En 2002, Paris intègre l'AIMF.", "2002"),
    ("En 2002, İzmir intègre l'AIMF.", "2002"),
])
def test_a_joining_whose_verb_wants_a_capital_after_it_is_read_in_any_case(sentence, joined):
    assert [(claim.attribute, claim.value) for claim in find_claims(sentence, None)] == [("joined", joined)]


def test_a_joining_verb_without_the_capital_it_wants_is_no_joining():
    assert find_claims("En 2002, Paris intègre la culture à ses réseaux.", None) == []


def test_the_date_line_before_a_list_is_read_once_for_all_its_items(monkeypatch):
    items = "".join(f"<li><a href='/actualites/{index}'>Actualité {index} du réseau</a></li>" for index in range(30))
    root = parse_html(f"<html><body><main><h2>Mardi 12 mars 2024</h2><ul>{items}</ul>"
                      f"<p>Les réseaux de la Ville.</p><ul>{items}</ul></main></body></html>").root
    read = []
    monkeypatch.setattr(news_items, "_shown_date", lambda element: read.append(element) or _SHOWN_DATE(element))
    found = news_items.teaser_elements(select(root, "//main")[0], "https://www.example.org/")
    assert [text_of(element) for element in found] == [f"Actualité {index} du réseau" for index in range(30)]
    assert [element.tag for element in read] == ["h2", "p"]


def test_the_items_links_are_joined_to_the_pages_url_only_to_tell_several_apart(monkeypatch):
    joined = []
    monkeypatch.setattr(news_items, "link_of", lambda anchor, url: joined.append(anchor.get("href")) or _LINK_OF(
        anchor, url))
    root = parse_html("<html><body><main><ul>"
                      "<li><a href='/a'>Forum des maires</a> – 12 mars 2024</li>"
                      "<li><a href='/b'>Sommet</a> <a href='https://www.example.org/b#top'>Sommet de Paris</a>"
                      " – 14 mars 2024</li>"
                      "<li><a href='/c'>Congrès</a> <a href='/d'>Congrès de Lyon, le programme complet</a>"
                      " – 16 mars 2024</li></ul></main></body></html>").root
    found = news_items.teaser_elements(select(root, "//main")[0], "https://www.example.org/")
    assert [text_of(element) for element in found] == [
        "Forum des maires – 12 mars 2024", "Sommet Sommet de Paris – 14 mars 2024",
        "Congrès Congrès de Lyon, le programme complet – 16 mars 2024"]
    assert joined == ["/b", "https://www.example.org/b#top", "/c", "/d"]
