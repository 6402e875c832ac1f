"""Bounded work per page: what the limits keep, what they cut, and the reason on the page row."""

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from scraper.parsers import budget
from scraper.parsers.budget import PageBudget
from scraper.parsers.content import Block, PageContent, Teaser
from scraper.parsers.extract import extract_page

PAGES = Path(__file__).parent / "fixtures" / "pages"
URL = "https://www.example.org/international/reseaux-de-villes"
FETCHED_AT = datetime(2024, 6, 12, tzinfo=UTC)
CGLU = "<p>La Ville de Paris est membre de CGLU, créée en 2004.</p>"
ENERGY_CITIES = "<p>Le réseau Energy Cities compte 1 234 villes membres.</p>"
FILLER = "Le conseil a siégé longuement et la séance a duré tout l'après-midi sans autre décision notable. "


def extract(body):
    return extract_page(f"<html lang='fr'><head><title>Réseaux</title></head><body>{body}</body></html>".encode(),
                        URL, FETCHED_AT)


def fact_values(extraction):
    return [(fact["network_id"], fact["attribute"], fact["value"]) for fact in extraction.facts]


def content(*blocks, teasers=()):
    return PageContent(title="Réseaux", lang="fr", page_date=None, blocks=tuple(Block(text) for text in blocks),
                       teasers=tuple(teasers), main_text=" ".join(blocks), is_news=False)


@pytest.mark.parametrize("name", ["2024_city_networks", "2014_city_networks", "seed_2012_networks"])
def test_a_real_page_is_never_cut(name):
    meta = json.loads((PAGES / f"{name}.json").read_text(encoding="utf-8"))
    extraction = extract_page((PAGES / f"{name}.html").read_bytes(), meta["url"],
                              datetime.fromisoformat(meta["fetched_at"]), meta["declared_charset"])
    assert "error" not in extraction.page


def test_a_page_with_too_much_text_is_read_as_far_as_the_limit_and_its_row_says_so():
    extraction = extract(CGLU + f"<p>{FILLER * (budget.MAX_TEXT_CHARS // len(FILLER) + 10)}</p>" + ENERGY_CITIES)
    assert fact_values(extraction) == [("uclg", "founded", "2004")]
    assert extraction.page["error"] == "extraction cut short: main text over 100,000 characters"


def test_a_page_of_too_many_paragraphs_says_so():
    extraction = extract(CGLU + "<p>Rien.</p>" * budget.MAX_PARAGRAPHS + ENERGY_CITIES)
    assert fact_values(extraction) == [("uclg", "founded", "2004")]
    assert extraction.page["error"] == "extraction cut short: main text over 2,000 paragraphs and news teasers"


def test_elements_past_the_limit_are_not_read():
    extraction = extract(CGLU + "<p>" + "<span>.</span>" * budget.MAX_ELEMENTS + "</p>" + ENERGY_CITIES)
    assert fact_values(extraction) == [("uclg", "founded", "2004")]
    assert extraction.page["error"] == "extraction cut short: markup over 10,000 elements"


def test_the_elements_of_a_drawing_count_only_towards_the_larger_limit():
    drawing = "<svg>" + "<path d='M0 0'/>" * (budget.MAX_ELEMENTS + 1_000) + "</svg>"
    extraction = extract(CGLU + drawing + ENERGY_CITIES)
    assert fact_values(extraction)[-1] == ("energy-cities", "member_cities", "1234")
    assert "error" not in extraction.page


def test_markup_with_too_much_text_is_cut_inside_the_text_that_goes_over():
    text = "mot " * (budget.MAX_MARKUP_TEXT_CHARS // 4)
    extraction = extract(CGLU + f"<div>{text}</div><div>{text}</div>" + ENERGY_CITIES)
    assert fact_values(extraction) == [("uclg", "founded", "2004")]
    assert extraction.page["error"].startswith("extraction cut short: markup over 1,000,000 characters of text")


def test_scripts_do_not_count_as_text_of_the_markup():
    script = "<script>var x = 1;" + " " * budget.MAX_MARKUP_TEXT_CHARS + "</script>"
    extraction = extract(CGLU + script + ENERGY_CITIES)
    assert fact_values(extraction)[-1] == ("energy-cities", "member_cities", "1234")
    assert "error" not in extraction.page


def test_wrappers_deep_around_many_elements_are_cut_by_element_levels():
    depth = 400
    spans = "<p>" + "<span>.</span>" * (budget.MAX_ELEMENT_LEVELS // depth) + "</p>"
    extraction = extract("<div>" * depth + CGLU + spans + ENERGY_CITIES + "</div>" * depth)
    assert fact_values(extraction) == [("uclg", "founded", "2004")]
    assert extraction.page["error"] == (
        "extraction cut short: markup over 300,000 element levels (elements times their depth)")


def test_markup_past_the_tag_limit_is_not_parsed():
    markup = "<p>a</p>" * budget.MAX_START_TAGS + "<p>b</p>"
    page_budget = PageBudget()
    assert page_budget.markup(markup) == "<p>a</p>" * budget.MAX_START_TAGS
    assert page_budget.cut_short() == "extraction cut short: markup over 100,000 tags"


def test_a_pasted_base64_run_is_no_word_and_cuts_nothing():
    pasted = "iVBORw0KGgo" * 50_000
    extraction = extract(f"<p>La Ville de Paris est membre de CGLU, créée en 2004. {pasted} Fin.</p>")
    assert fact_values(extraction) == [("uclg", "founded", "2004")]
    assert extraction.facts[0]["evidence"] == "La Ville de Paris est membre de CGLU, créée en 2004."
    assert "error" not in extraction.page


def test_a_sentence_longer_than_the_limit_is_read_in_pieces():
    cities = ", ".join(f"Ville{index}" for index in range(300))
    extraction = extract(f"<p>Le réseau Energy Cities compte 1 234 villes membres, dont {cities}.</p>")
    assert fact_values(extraction) == [("energy-cities", "member_cities", "1234")]
    assert len(extraction.facts[0]["evidence"]) <= budget.MAX_SENTENCE_CHARS
    assert "error" not in extraction.page


def test_pieces_of_a_long_sentence_end_after_a_comma_and_keep_every_word():
    cities = ", ".join(f"Ville{index}" for index in range(300))
    sentence = f"Le réseau compte 300 villes, dont {cities}."
    pieces = PageBudget().content(content("Avant.", sentence, "Après.")).blocks
    assert [block.text for block in pieces][:1] + [block.text for block in pieces][-1:] == ["Avant.", "Après."]
    assert all(len(block.text) <= budget.MAX_SENTENCE_CHARS for block in pieces)
    assert all(block.text.endswith(",") for block in pieces[1:-2])
    assert " ".join(block.text for block in pieces[1:-1]) == sentence


def test_normal_sentences_of_a_long_paragraph_stay_one_paragraph():
    paragraph = (FILLER * 30).strip()
    assert PageBudget().content(content(paragraph)).blocks == (Block(paragraph),)


def test_a_teaser_is_read_whole_or_not_at_all():
    sentence = FILLER.strip()
    paragraphs = [sentence] * ((budget.MAX_TEXT_CHARS - len("Réseaux")) // len(sentence))
    teaser = Teaser("Le congrès de la CGLU", None, None, sentence)  # longer than the room the paragraphs leave
    page_budget = PageBudget()
    bounded = page_budget.content(content(*paragraphs, teasers=[teaser]))
    assert (len(bounded.blocks), bounded.teasers) == (len(paragraphs), ())
    assert page_budget.cut_short() == "extraction cut short: main text over 100,000 characters"


def test_teasers_after_a_cut_paragraph_are_left_unread_and_counted():
    teasers = [Teaser(f"Actualité {index}", None, None, "") for index in range(3)]
    page_budget = PageBudget()
    bounded = page_budget.content(content(*["Rien."] * (budget.MAX_PARAGRAPHS + 1), teasers=teasers))
    assert (len(bounded.blocks), bounded.teasers) == (budget.MAX_PARAGRAPHS, ())
    assert page_budget.cut_short() == ("extraction cut short: main text over 2,000 paragraphs and news teasers; "
                                       "3 news teasers unread")


def test_the_main_text_stays_whole_for_the_fingerprint():
    page = content(*["Rien."] * (budget.MAX_PARAGRAPHS + 1))
    assert PageBudget().content(page).main_text == page.main_text


def test_a_run_of_figures_past_the_limit_is_read_as_far_as_the_limit_and_its_row_says_so():
    figures = "<p>" + "200 villes 38 pays " * (budget.MAX_FIGURES // 2 + 10) + "</p>"
    extraction = extract(CGLU + figures + ENERGY_CITIES)
    assert fact_values(extraction) == [("uclg", "founded", "2004")]
    assert extraction.page["error"] == "extraction cut short: main text over 1,000 figures"


def test_a_page_of_many_dated_items_under_the_limit_is_not_cut():
    items = "".join(f"<p>Le {day} mars 2024, la Ville a reçu une délégation.</p>" for day in range(1, 29)) * 10
    assert "error" not in extract(CGLU + items + ENERGY_CITIES).page
