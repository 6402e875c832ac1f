"""Cheaper tests that must keep the answers of the tests they stand in front of."""

import pytest

from scraper.parsers.claims import names_a_founding_member
from scraper.parsers.layouts.html import has_any_class, has_class, parse_html, select, text_of


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
