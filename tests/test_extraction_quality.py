"""The evaluation corpus (`tests/corpus/`): every expectation is well formed, and the extraction keeps the quality
it has reached on it (floors below today's figures, so that a regression fails; `bench/extraction_quality.py`
prints the figures themselves)."""

import importlib.util
import json
from pathlib import Path

import pytest

from scraper.parsers import vocabulary

CORPUS = Path(__file__).parent / "corpus"
EXPECTATIONS = sorted(CORPUS.glob("*/*.expected.json"))
_SPEC = importlib.util.spec_from_file_location(
    "extraction_quality", Path(__file__).resolve().parents[1] / "bench" / "extraction_quality.py")
quality = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(quality)


def test_the_corpus_is_as_large_and_varied_as_promised():
    sites = {path.parent.name for path in EXPECTATIONS}
    assert len(EXPECTATIONS) >= 40 and len(sites) >= 12
    assert {json.loads(path.read_text(encoding="utf-8"))["lang"] for path in EXPECTATIONS} >= {
        "fr", "en", "de", "es", "it"}


@pytest.mark.parametrize("path", EXPECTATIONS, ids=lambda path: f"{path.parent.name}/{path.stem}")
def test_each_expectation_is_well_formed(path):
    expected = json.loads(path.read_text(encoding="utf-8"))
    assert path.with_name(path.name.removesuffix(".expected.json") + ".html").is_file()
    assert expected["split"] in ("dev", "holdout") and expected["url"].startswith("http")
    for fact in expected["facts"]:
        assert fact["attribute"] in vocabulary.ATTRIBUTES
        if fact["attribute"] in quality.COUNT_ATTRIBUTES:
            assert fact["qualifier"] in vocabulary.QUALIFIERS
    for item in expected["news"]:
        assert item["title"] and "published" in item


def test_the_extraction_keeps_its_quality_on_the_whole_corpus():
    summary = quality.summarise([quality.score_page(path) for path in EXPECTATIONS])
    assert summary["facts"].precision >= 0.98
    assert summary["facts"].recall >= 0.92
    assert summary["news"].precision >= 0.98
    assert summary["news_dated_recall"] >= 0.96
    assert summary["checks"]["is_news"] >= 0.98


def test_a_network_named_by_the_slug_of_the_name_the_extractor_read_is_the_same_network():
    found = {"network_id": "federation-of-canadian-municipalities", "network_name": "Fédération canadienne des "
             "municipalités", "attribute": "joined", "value": "1990", "value_date": "1990", "value_num": None}
    assert quality.fact_matches({"network_id": "federation-canadienne-des-municipalites", "attribute": "joined",
                                 "value": "1990"}, found)
    # a vocabulary id must be the extractor's, and another name's slug is another network
    assert not quality.fact_matches({"network_id": "uclg", "attribute": "joined", "value": "1990"}, found)
    assert not quality.fact_matches({"network_id": "union-des-municipalites-du-quebec", "attribute": "joined",
                                     "value": "1990"}, found)
