"""Cheaper tests that must keep the answers of the tests they stand in front of."""

from scraper.parsers.layouts.html import has_any_class, has_class, parse_html, select, text_of


def test_a_class_test_finds_the_word_among_any_whitespace_and_not_inside_a_longer_word():
    root = parse_html('<html><body><div class="top\tnews-item\nwide">a</div><div class="news-item-list">b</div>'
                      '<div class="old-news-item">c</div><div class=" news-item ">d</div></body></html>').root
    assert [text_of(found) for found in select(root, f"//div[{has_class('news-item')}]")] == ["a", "d"]
    assert [text_of(found) for found in select(root, f"//div[{has_any_class('wide', 'news-item-list')}]")] == [
        "a", "b"]
