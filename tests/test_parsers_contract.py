"""What holds for every row the extractor gives, on every saved page and every page of the mirror:
the data contract's columns and vocabularies, ISO dates, and ids that do not depend on the clock."""

import re
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from helpers.saved_pages import saved_page, saved_page_extraction

from mirror.epochs import list_epochs
from scraper.parsers import registry, vocabulary
from scraper.parsers.claims import ATTRIBUTE_OF_UNIT
from scraper.parsers.extract import extract_page
from scraper.parsers.facts import FACT_COLUMNS
from scraper.parsers.networks import KNOWN_NETWORKS
from scraper.parsers.news import NEWS_COLUMNS

PAGES = Path(__file__).parent / "fixtures" / "pages"
ATTRIBUTES = set(vocabulary.ATTRIBUTES)
COUNT_UNITS = {"member_cities": "cities", "represented_governments": "governments",
               "member_associations": "associations", "member_countries": "countries",
               "regions": "regions", "projects": "projects", "population_threshold": "inhabitants"}
DATE_ATTRIBUTES = {"founded", "joined"}
QUALIFIERS = set(vocabulary.QUALIFIERS)
LAYOUTS = {layout.name for layout in registry.LAYOUTS}
ISO_DATE = re.compile(r"\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?")
NETWORK_ID = re.compile(r"[a-z0-9]+(-[a-z0-9]+)*")
PRECISION_OF_LENGTH = {4: "year", 7: "month", 10: "day"}


def saved_pages():
    for sidecar in sorted(PAGES.glob("*.json")):
        yield pytest.param(sidecar.stem, id=sidecar.stem)


def mirror_pages():
    for epoch in list_epochs():
        fetched_at = datetime.combine(epoch.captured_date, datetime.min.time(), tzinfo=UTC)
        for file in sorted(epoch.site_dir.rglob("*")):
            if not file.is_file() or file.suffix not in ("", ".html"):
                continue
            path = "/" + file.relative_to(epoch.site_dir).as_posix().removesuffix("index.html")
            default_type = f"text/html; charset={epoch.default_charset}"
            charset = epoch.headers.get(path, {}).get("Content-Type", default_type).partition("charset=")[2] or None
            yield pytest.param((file, epoch.origin + path, fetched_at, charset), id=f"{epoch.name}{path}")


ALL_PAGES = list(saved_pages()) + list(mirror_pages())


# Module-scoped: pytest runs the tests of one page one after the other, and they share its one extraction
# (the repeatability test extracts it again, to compare). A saved page's, the name of its files, is the one
# the other modules reading saved pages share in this process.
@pytest.fixture(scope="module", params=ALL_PAGES)
def source(request):
    return request.param


@pytest.fixture(scope="module")
def page(source):
    if isinstance(source, str):
        return saved_page(source)
    file, url, fetched_at, charset = source
    return file.read_bytes(), url, fetched_at, charset


@pytest.fixture(scope="module")
def extraction(source, page):
    return saved_page_extraction(source) if isinstance(source, str) else extract_page(*page)


def test_page_columns(page, extraction):
    row = extraction.page
    assert row["layout"] in LAYOUTS
    assert re.fullmatch(r"[0-9a-f]{64}", row["text_sha256"])
    assert row["page_date"] is None or ISO_DATE.fullmatch(row["page_date"])
    assert row["lang"] in {"fr", "en"}
    assert (row["n_facts"], row["n_news"]) == (len(extraction.facts), len(extraction.news))


def test_fact_rows_follow_the_contract(page, extraction):
    for fact in extraction.facts:
        assert tuple(fact) == FACT_COLUMNS
        assert NETWORK_ID.fullmatch(fact["network_id"]) and fact["network_name"]
        assert fact["attribute"] in ATTRIBUTES and fact["qualifier"] in QUALIFIERS
        assert fact["unit"] == COUNT_UNITS.get(fact["attribute"])
        if fact["attribute"] in COUNT_UNITS:
            assert fact["value_num"] > 0 and float(fact["value"]) == fact["value_num"]
        else:
            assert fact["value_num"] is None
        if fact["attribute"] in DATE_ATTRIBUTES:
            assert ISO_DATE.fullmatch(fact["value_date"]) and fact["value"] == fact["value_date"]
        else:
            assert fact["value_date"] is None
        assert fact["evidence"] == " ".join(fact["evidence"].split()) and fact["value"]
        assert fact["source_url"] == page[1]


def test_news_rows_follow_the_contract(page, extraction):
    for item in extraction.news:
        assert tuple(item) == NEWS_COLUMNS
        assert item["title"] and item["source_url"] == page[1]
        if item["published"] is None:
            assert item["date_precision"] is None
        else:
            assert ISO_DATE.fullmatch(item["published"])
            assert item["date_precision"] == PRECISION_OF_LENGTH[len(item["published"])]
        assert (item["event_start"] is None) == (item["event_end"] is None)
        if item["event_start"]:
            assert ISO_DATE.fullmatch(item["event_start"]) and ISO_DATE.fullmatch(item["event_end"])
            assert item["event_start"] <= item["event_end"]
        assert all(NETWORK_ID.fullmatch(network_id) for network_id in item["networks"])
        assert item["url"] is None or item["url"].startswith(("http://", "https://"))


def ids(extraction):
    return [fact["fact_id"] for fact in extraction.facts], [item["news_id"] for item in extraction.news]


def test_extraction_is_repeatable_and_ids_ignore_the_capture_time(page, extraction):
    body, url, fetched_at, charset = page
    first = extraction
    assert extract_page(body, url, fetched_at, charset) == first
    much_later = extract_page(body, url, fetched_at + timedelta(days=400), charset)
    assert ids(much_later) == ids(first)
    assert much_later.page == first.page


def test_every_network_the_parsers_know_has_a_label_and_every_label_a_network():
    assert set(KNOWN_NETWORKS) == set(vocabulary.NETWORKS)


def test_every_unit_of_a_count_maps_to_an_attribute_of_the_vocabulary():
    assert set(ATTRIBUTE_OF_UNIT.values()) <= set(vocabulary.ATTRIBUTES)


def test_a_saved_pages_shared_extraction_is_made_once_and_is_what_extract_page_gives():
    shared = saved_page_extraction("seed_2012_networks")
    assert saved_page_extraction("seed_2012_networks") is shared
    assert extract_page(*saved_page("seed_2012_networks")) == shared and shared.facts
