"""Recorded fixtures (`paris-archive record-fixture`): every saved page still extracts exactly as reviewed.

Each `NAME.expected.jsonl` of `fixtures/pages/` holds the `paris-archive extract` output of `NAME.html` (with
the URL, capture time and declared charset of `NAME.json`) as it was recorded and reviewed. The parsers must
still give every item of it, field for field, and nothing more. When a change of output is intended, record
the page again with `--force` and review the new expectation.
"""

import json
from collections import Counter
from pathlib import Path

import pytest
from helpers.saved_pages import saved_page, saved_page_extraction

from paris_archive.commands.crawling import extraction_records, json_line

PAGES = Path(__file__).parent / "fixtures" / "pages"
SUFFIX = ".expected.jsonl"
RECORDED = sorted(path.name.removesuffix(SUFFIX) for path in PAGES.glob(f"*{SUFFIX}"))


def extracted_now(name: str) -> list[dict]:
    """The `extract` records of a fixture's page with today's parsers, as JSON would give them back."""
    _, url, fetched_at, _ = saved_page(name)
    records = extraction_records(saved_page_extraction(name), url, fetched_at)
    return [json.loads(json_line(record)) for record in records]


def recorded(name: str) -> list[dict]:
    return [json.loads(line) for line in (PAGES / f"{name}{SUFFIX}").read_text(encoding="utf-8").splitlines()
            if line.strip()]


def item_key(record: dict) -> tuple:
    """What identifies an item across runs: its kind and stable id (a value may change, the id does not)."""
    kind = record.get("kind")
    return (kind, record.get({"fact": "fact_id", "news": "news_id"}.get(kind, "url")))


def item_label(record: dict) -> str:
    kind = record.get("kind")
    if kind == "fact":
        return f"fact {record.get('network_id')}/{record.get('attribute')} ({record.get('fact_id')})"
    if kind == "news":
        return f"news {record.get('title')!r} ({record.get('news_id')})"
    return str(kind)


def by_key(records: list[dict]) -> dict[tuple, dict]:
    """Records by key; a key seen twice gets its rank, so that duplicates are counted rather than merged."""
    seen: Counter = Counter()
    keyed = {}
    for record in records:
        key = item_key(record)
        seen[key] += 1
        keyed[(*key, seen[key])] = record
    return keyed


def differences(name: str, expected: list[dict], actual: list[dict]) -> list[str]:
    """One line per difference, naming the fixture, the item and the field."""
    want, got = by_key(expected), by_key(actual)
    lines = []
    for key, record in want.items():
        if key not in got:
            lines.append(f"{name}: {item_label(record)}: expected, but no longer extracted")
            continue
        now = got[key]
        for field in record:
            if field not in now:
                lines.append(f"{name}: {item_label(record)}: field {field!r} is missing (expected {record[field]!r})")
            elif now[field] != record[field]:
                lines.append(f"{name}: {item_label(record)}: field {field!r}: expected {record[field]!r}, "
                             f"got {now[field]!r}")
        lines += [f"{name}: {item_label(record)}: unexpected field {field!r} = {now[field]!r}"
                  for field in now if field not in record]
    lines += [f"{name}: {item_label(record)}: extracted, but not expected" for key, record in got.items()
              if key not in want]
    return lines


def test_there_are_recorded_fixtures():
    assert RECORDED, f"no *{SUFFIX} in {PAGES.name}: record one with `paris-archive record-fixture`"


@pytest.mark.parametrize("name", RECORDED)
def test_a_recorded_page_extracts_as_reviewed(name):
    missing = [f"{name}{suffix}" for suffix in (".html", ".json") if not (PAGES / f"{name}{suffix}").is_file()]
    assert not missing, f"{name}: the fixture lacks {', '.join(missing)}"
    expected = recorded(name)
    assert expected and expected[0].get("kind") == "page", f"{name}: the first line of {name}{SUFFIX} is not a page"
    found = differences(name, expected, extracted_now(name))
    assert not found, "the parsers no longer give the reviewed output:\n" + "\n".join(found)


def test_every_difference_names_the_fixture_the_item_and_the_field():
    page = {"kind": "page", "url": "https://www.paris.fr/x", "title": "Réseaux", "n_facts": 2}
    kept = {"kind": "fact", "fact_id": "a1", "network_id": "aimf", "attribute": "member_cities", "value": "325",
            "qualifier": "exact"}
    gone = {"kind": "fact", "fact_id": "b2", "network_id": "aimf", "attribute": "member_countries", "value": "54"}
    news = {"kind": "news", "news_id": "c3", "title": "L’AIMF fête ses 45 ans", "published": "2024-05-28"}
    now = [{**page, "n_facts": 1, "layout": "redesign2016"}, {**kept, "value": "320", "qualifier": "more_than"},
           {key: value for key, value in news.items() if key != "published"}, {**news, "news_id": "d4"}]
    assert differences("aimf_45", [page, kept, gone, news], now) == [
        "aimf_45: page: field 'n_facts': expected 2, got 1",
        "aimf_45: page: unexpected field 'layout' = 'redesign2016'",
        "aimf_45: fact aimf/member_cities (a1): field 'value': expected '325', got '320'",
        "aimf_45: fact aimf/member_cities (a1): field 'qualifier': expected 'exact', got 'more_than'",
        "aimf_45: fact aimf/member_countries (b2): expected, but no longer extracted",
        "aimf_45: news 'L’AIMF fête ses 45 ans' (c3): field 'published' is missing (expected '2024-05-28')",
        "aimf_45: news 'L’AIMF fête ses 45 ans' (d4): extracted, but not expected",
    ]
    assert differences("aimf_45", [page, kept], [page, kept, kept]) == [
        "aimf_45: fact aimf/member_cities (a1): extracted, but not expected"]
