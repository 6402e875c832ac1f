"""Markup beyond libxml2's default limits: deep nesting, unclosed tags, huge attributes, text after </html>."""

import codecs
import json
from datetime import UTC, datetime
from pathlib import Path

from scraper.parsers.extract import extract_page
from scraper.parsers.layouts.html import MAX_DEPTH, has_any_class, has_class, parse_html, select, text_of

PAGES = Path(__file__).parent / "fixtures" / "pages"
META = json.loads((PAGES / "2024_city_networks.json").read_text(encoding="utf-8"))
PLAIN_PAGE = ("<html lang='fr'><head><title>Réseaux</title></head><body><h1>Réseaux</h1>"
              "<p>La Ville de Paris est membre de CGLU, créée en 2004.</p></body></html>")
ENERGY_CITIES = "<p>Le réseau Energy Cities compte 1 234 villes membres.</p>"


def extract_2024(text):
    return extract_page(text.encode(), META["url"], datetime.fromisoformat(META["fetched_at"]), "utf-8")


def extract_plain(text):
    return extract_page(text.encode(), "https://www.example.org/reseaux", datetime.fromisoformat(META["fetched_at"]))


def original_2024():
    return (PAGES / "2024_city_networks.html").read_text(encoding="utf-8")


def with_body_wrapped(opening, closing):
    """The 2024 page with its whole body content inside `opening` ... `closing`."""
    text = original_2024()
    body_start = text.index(">", text.index("<body")) + 1
    body_end = text.index("</body>")
    return text[:body_start] + opening + text[body_start:body_end] + closing + text[body_end:]


def fact_values(extraction):
    return [(fact["network_id"], fact["attribute"], fact["value"]) for fact in extraction.facts]


def test_the_page_has_facts_to_lose():
    assert len(fact_values(extract_2024(original_2024()))) >= 10


def test_a_page_wrapped_in_300_nested_elements_keeps_its_facts():
    wrapped = with_body_wrapped("<div>" * 300, "</div>" * 300)
    assert fact_values(extract_2024(wrapped)) == fact_values(extract_2024(original_2024()))


def test_a_page_after_300_unclosed_font_tags_keeps_its_facts():
    wrapped = with_body_wrapped("<font face='Arial'>" * 300, "")
    assert fact_values(extract_2024(wrapped)) == fact_values(extract_2024(original_2024()))


def test_a_page_with_an_11_mb_inline_image_keeps_its_facts():
    image = "<img alt='' src='data:image/png;base64," + "iVBORw0KGgo" * 1_000_000 + "'>"
    wrapped = with_body_wrapped(image, "")
    assert fact_values(extract_2024(wrapped)) == fact_values(extract_2024(original_2024()))


def test_text_after_the_closing_html_tag_is_read_as_the_end_of_the_body():
    assert fact_values(extract_plain(PLAIN_PAGE)) == [("uclg", "founded", "2004")]
    assert fact_values(extract_plain(PLAIN_PAGE + ENERGY_CITIES)) == [
        ("uclg", "founded", "2004"), ("energy-cities", "member_cities", "1234")]


def test_a_second_document_appended_adds_its_body_but_not_its_head():
    second = f"<html><head><title>Autre page</title></head><body>{ENERGY_CITIES}</body></html>"
    extraction = extract_plain(PLAIN_PAGE + second)
    assert fact_values(extraction)[-1] == ("energy-cities", "member_cities", "1234")
    assert extraction.page["title"] == "Réseaux"


def test_loose_text_after_the_closing_html_tag_keeps_its_place():
    parsed = parse_html("<html><body><p>Avant.</p></body></html>Puis du texte<div>et un bloc</div>")
    assert text_of(parsed.root) == "Avant. Puis du texte et un bloc"
    assert parsed.stopped_early is None


def test_text_nested_deeper_than_the_walks_recurse_is_read_without_its_tags():
    deep = "<div>" * (MAX_DEPTH + 300) + "<p>Créée en 2004,</p><p>la CGLU<script>var x;</script></p>"
    parsed = parse_html(f"<html><body><p>Avant.</p>{deep}{'</div>' * (MAX_DEPTH + 300)}<p>Après.</p></body></html>")
    assert text_of(parsed.root) == "Avant. Créée en 2004, la CGLU Après."
    assert max(sum(1 for _ in element.iterancestors()) for element in parsed.root.iter()) < MAX_DEPTH


def test_a_page_nested_deeper_than_the_parser_goes_says_where_it_stopped():
    parsed = parse_html("<html><body><p>Avant.</p>" + "<div>" * 3000 + "<p>Perdu.</p></body></html>")
    assert text_of(parsed.root) == "Avant."
    assert "depth" in parsed.stopped_early


def test_characters_xml_refuses_are_dropped_not_fatal():
    # A UTF-16 page holding U+FFFE (a noncharacter) and a lone surrogate made libxml2 refuse the whole text.
    html = "<html><body><p>Paris a rejoint ICORN en 2011.\ufffe</p><p>\ud800x</p></body></html>"
    body = codecs.BOM_UTF16_BE + html.encode("utf-16-be", "surrogatepass")
    extraction = extract_page(body, "https://ville.example/reseaux", datetime(2024, 1, 1, tzinfo=UTC))
    assert [(fact["network_id"], fact["attribute"], fact["value"]) for fact in extraction.facts] == [
        ("icorn", "joined", "2011")]


def test_a_class_test_reads_whole_class_words_and_passes_over_elements_without_a_class():
    root = parse_html('<html><body><div class="box  news-item">a</div><div class="news-items">b</div>'
                      '<div id="news-item">c</div><p class="news-item">d</p></body></html>').root
    assert [text_of(found) for found in select(root, f"//*[{has_class('news-item')}]")] == ["a", "d"]
    assert [text_of(found) for found in select(root, f"//div[{has_any_class('news-items', 'box')}]")] == ["a", "b"]
    assert select(root, f"//*[{has_class('news-item')} or {has_class('news-items')}]") == select(
        root, f"//*[{has_any_class('news-item', 'news-items')}]")
