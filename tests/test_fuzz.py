"""Fuzzing: generated hostile pages through the crawl's extraction (tests/fuzz_pages.py), and generated damage
through every reading command and the researchers' API (tests/fuzz_damage.py).

The suite runs a few rounds (the damages known to have given tracebacks are in tests/test_reliability_damage.py);
`make fuzz` runs many more, with another seed each time (FUZZ_ROUNDS, FUZZ_PAGES, FUZZ_SEED).
"""

import os
import random
from datetime import UTC, datetime

import pytest
from fuzz_damage import fuzz, random_damage
from fuzz_pages import random_page
from helpers.changes import NETWORKS, write_week

from capture.extraction import extract_capture
from scraper.items import PageCapture
from scraper.origins import OriginMap
from shared.deadline import TimeBoundExceeded, time_bound

ROUNDS = int(os.environ.get("FUZZ_ROUNDS", "2"))
PAGES = int(os.environ.get("FUZZ_PAGES", "5"))
SEED = int(os.environ.get("FUZZ_SEED", "20261130"))
# Not a speed figure: a page that takes this long has hung, and would hold up a crawl for as long.
HANG = 20.0
FETCHED_AT = datetime(2026, 1, 1, tzinfo=UTC)


def test_hostile_pages_give_a_row_and_never_hang(capsys):
    rng = random.Random(SEED)
    failures, parser_errors = [], []
    for number in range(PAGES):
        body, declared = random_page(rng)
        capture = PageCapture(url="https://www.paris.fr/international/fuzz", fetched_at=FETCHED_AT,
                              status=200, body=body,
                              response_headers=[("Content-Type", f"text/html; charset={declared}")])
        try:
            with time_bound(HANG, f"page {number} of seed {SEED}"):
                page = extract_capture(capture, OriginMap({})).page
        except TimeBoundExceeded as exc:
            failures.append(str(exc))
            continue
        if (page.get("error") or "").startswith("extraction failed"):
            parser_errors.append(f"page {number} of seed {SEED} ({len(body):,} bytes): {page['error'][:160]}")
    # A parser error is recorded in the page's row, as in a crawl; shown here for whoever runs `make fuzz`.
    with capsys.disabled():
        for line in parser_errors:
            print(f"\n  recorded: {line}", end="")
    assert failures == []


@pytest.fixture(scope="module")
def base_archive(tmp_path_factory):
    root = tmp_path_factory.mktemp("fuzz") / "archive"
    write_week(root)
    return root


def test_random_damage_is_one_line_everywhere(base_archive, tmp_path):
    rng = random.Random(SEED)
    damages = [random_damage(rng) for _ in range(ROUNDS)]
    assert fuzz(base_archive, NETWORKS, tmp_path, damages) == []
