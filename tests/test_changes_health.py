"""Extraction health checks: a broken parser is reported as "extraction suspect", never as removed facts."""

from datetime import timedelta

import pytest
from helpers.changes import AIMF, EUROCITIES, NETWORKS, SITE, T0, fact, page, write_snapshot

from archive import Archive
from changes import HealthThresholds, SnapshotTables, check_against_archive, check_extraction, compute_diff
from changes.health import HealthCheckError

METROPOLIS = f"{SITE}/metropolis-4027"
C40 = f"{SITE}/c40-4028"


def page_row(url, *, layout="redesign2016", n_facts=0, n_news=0, text="texte", status=200, **columns):
    return {"url": url, "status": status, "layout": layout, "n_facts": n_facts, "n_news": n_news,
            "text_sha256": text, "title": "Titre", "lang": "fr", "page_date": "2016-04-19", **columns}


def fact_row(fact_id, attribute, source_url):
    return {"fact_id": fact_id, "network_id": "aimf", "attribute": attribute, "source_url": source_url}


def previous(pages, facts):
    return SnapshotTables.from_rows(pages, facts, snapshot_id="20160425T000000Z")


def checks(warnings):
    return sorted((warning["check"], warning.get("url") or warning.get("attribute") or warning.get("field"))
                  for warning in warnings)


def test_no_previous_snapshot_means_no_warning():
    assert check_extraction(None, [page_row(AIMF, n_facts=0)], []) == []


def test_a_page_that_yields_nothing_where_it_yielded_facts():
    attributes = ("founded", "member_cities", "president", "joined")
    before = previous([page_row(AIMF, n_facts=4)], [fact_row(f"f-{name}", name, AIMF) for name in attributes])
    (warning,) = check_extraction(before, [page_row(AIMF, n_facts=0)], [])
    assert warning["check"] == "yield_drop"
    assert (warning["url"], warning["table"], warning["previous"], warning["current"]) == (AIMF, "facts", 4, 0)
    assert warning["text_changed"] is False
    assert "yields 0 facts where it yielded 4 in 20160425T000000Z, with the same main text" in warning["message"]


def test_a_small_drop_is_not_a_yield_drop():
    before = previous([page_row(AIMF, n_facts=4)], [])
    assert check_extraction(before, [page_row(AIMF, n_facts=2)], []) == []


def test_news_yield_is_checked_too():
    before = previous([page_row(SITE, n_news=3)], [])
    (warning,) = check_extraction(before, [page_row(SITE, n_news=0)], [])
    assert (warning["check"], warning["table"]) == ("yield_drop", "news")


def test_a_page_that_is_gone_or_failing_is_not_a_parser_problem():
    before = previous([page_row(AIMF, n_facts=4), page_row(EUROCITIES, n_facts=2)], [])
    assert check_extraction(before, [page_row(AIMF, n_facts=0, status=404)], []) == []


def test_a_layout_that_only_the_generic_parser_reads_any_more():
    before = previous([page_row(AIMF, layout="redesign2016", n_facts=2), page_row(NETWORKS, layout="generic")], [])
    now = [page_row(AIMF, layout="generic", n_facts=2), page_row(NETWORKS, layout="generic")]
    (warning,) = check_extraction(before, now, [])
    assert (warning["check"], warning["url"], warning["previous_layout"], warning["layout"]) == (
        "layout_unrecognised", AIMF, "redesign2016", "generic")


def test_an_attribute_whose_coverage_collapses_on_unchanged_pages():
    urls = [AIMF, EUROCITIES, METROPOLIS, C40]
    before = previous([page_row(url, n_facts=2) for url in urls],
                      [fact_row(f"{url}-{attribute}", attribute, url) for url in urls
                       for attribute in ("founded", "member_cities")])
    now_facts = [fact_row(f"{url}-member_cities", "member_cities", url) for url in urls]
    warnings = check_extraction(before, [page_row(url, n_facts=1) for url in urls], now_facts)
    assert checks(warnings) == [("coverage_collapse", "founded")]
    assert (warnings[0]["previous"], warnings[0]["current"]) == (4, 0)


def test_coverage_on_reworded_pages_is_a_change_of_the_site_not_of_the_parser():
    urls = [AIMF, EUROCITIES, METROPOLIS, C40]
    before = previous([page_row(url, n_facts=2) for url in urls],
                      [fact_row(f"{url}-{attribute}", attribute, url) for url in urls
                       for attribute in ("founded", "member_cities")])
    now = [page_row(url, n_facts=1, text="reworded") for url in urls]
    assert check_extraction(before, now, [fact_row(f"{u}-m", "member_cities", u) for u in urls]) == []


def test_a_page_column_whose_coverage_collapses():
    urls = [AIMF, EUROCITIES, METROPOLIS]
    before = previous([page_row(url) for url in urls], [])
    (warning,) = check_extraction(before, [page_row(url, page_date=None) for url in urls], [])
    assert (warning["check"], warning["table"], warning["field"]) == ("coverage_collapse", "pages", "page_date")


def test_thresholds_are_checked():
    with pytest.raises(HealthCheckError, match="yield_ratio"):
        HealthThresholds(yield_ratio=1.5)
    with pytest.raises(HealthCheckError, match="coverage_min_previous"):
        HealthThresholds(coverage_min_previous=0)
    before = previous([page_row(AIMF, n_facts=4)], [])
    assert check_extraction(before, [page_row(AIMF, n_facts=3)], [], HealthThresholds(yield_ratio=0.5)) == []
    assert checks(check_extraction(before, [page_row(AIMF, n_facts=3)], [], HealthThresholds(yield_ratio=0.9))) == [
        ("yield_drop", AIMF)]


def test_against_an_empty_archive_there_is_nothing_to_compare(tmp_path):
    assert check_against_archive(tmp_path, [page_row(AIMF)], []) == []


def test_an_unreadable_previous_snapshot_skips_the_checks_and_says_so(tmp_path):
    snapshot_id = write_snapshot(tmp_path, T0, [page(AIMF, "L'AIMF.")])
    (tmp_path / "snapshots" / snapshot_id / "pages.parquet").write_bytes(b"not parquet")
    (warning,) = check_against_archive(tmp_path, [page_row(AIMF)], [])
    assert warning["check"] == "health_check_skipped"
    assert snapshot_id in warning["message"]


# -- in the diff ------------------------------------------------------------------------------------


def aimf_facts(*attributes):
    return [fact(f"f-aimf-{attribute}", "aimf", attribute, "1979" if attribute == "founded" else "272", AIMF)
            for attribute in attributes]


def test_facts_that_vanish_when_a_page_turns_generic_are_suspect_not_removed(tmp_path):
    old = write_snapshot(tmp_path, T0, [page(AIMF, "L'AIMF, fondée en 1979, compte 272 villes.")],
                         aimf_facts("founded", "member_cities", "president"))
    new = write_snapshot(tmp_path, T0 + timedelta(days=1),
                         [page(AIMF, "L'AIMF fondée en 1979 compte 272 villes", layout="generic")],
                         aimf_facts("founded"))
    diff = compute_diff(Archive(tmp_path), old, new)
    assert diff.facts_removed.empty
    assert sorted(diff.facts_suspect["fact_id"]) == ["f-aimf-member_cities", "f-aimf-president"]
    assert set(diff.facts_suspect["suspect_checks"]) == {"layout_unrecognised, yield_drop"}
    assert diff.pages_text_changed.empty  # texts cut out by two different parsers do not compare
    assert diff.figures_changed.empty  # nor do the network figures show what the parser missed
    assert checks(diff.warnings) == [("layout_unrecognised", AIMF), ("yield_drop", AIMF)]
    assert diff.change_count == 0


def test_facts_that_vanish_from_a_page_with_the_same_text_are_suspect(tmp_path):
    text = "L'AIMF, fondée en 1979, compte 272 villes."
    old = write_snapshot(tmp_path, T0, [page(AIMF, text)], aimf_facts("founded", "member_cities"))
    new = write_snapshot(tmp_path, T0 + timedelta(days=1), [page(AIMF, text)], [])
    diff = compute_diff(Archive(tmp_path), old, new)
    assert diff.facts_removed.empty
    assert len(diff.facts_suspect) == 2


def test_facts_of_a_page_that_disappeared_are_really_removed(tmp_path):
    old = write_snapshot(tmp_path, T0, [page(AIMF, "L'AIMF."), page(NETWORKS, "Réseaux.")],
                         aimf_facts("founded", "member_cities"))
    new = write_snapshot(tmp_path, T0 + timedelta(days=1), [page(NETWORKS, "Réseaux.")], [])
    diff = compute_diff(Archive(tmp_path), old, new)
    assert sorted(diff.facts_removed["fact_id"]) == ["f-aimf-founded", "f-aimf-member_cities"]
    assert diff.facts_suspect.empty


def test_the_new_manifest_warnings_count_even_against_an_older_baseline(tmp_path):
    text = "L'AIMF compte 272 villes."
    old = write_snapshot(tmp_path, T0, [page(AIMF, text)],
                         aimf_facts("founded", "member_cities", "president", "joined"))
    recorded = {"check": "yield_drop", "table": "facts", "url": AIMF, "previous": 6, "current": 3,
                "message": f"{AIMF} answers 200 but yields 3 facts where it yielded 6"}
    new = write_snapshot(tmp_path, T0 + timedelta(days=2), [page(AIMF, "L'AIMF compte 300 villes.")],
                         aimf_facts("founded", "member_cities", "president"), warnings=[recorded])
    diff = compute_diff(Archive(tmp_path), old, new)
    assert list(diff.facts_suspect["fact_id"]) == ["f-aimf-joined"]
    assert diff.facts_removed.empty
    assert diff.warnings == [recorded]


def test_coverage_collapse_makes_the_vanished_attribute_suspect(tmp_path):
    urls = [AIMF, EUROCITIES, METROPOLIS]
    facts = [fact(f"{url}-{attribute}", "aimf", attribute, "1979", url) for url in urls
             for attribute in ("founded", "member_cities", "president")]
    pages = [page(url, f"Texte de {url}.") for url in urls]
    old = write_snapshot(tmp_path, T0, pages, facts)
    new = write_snapshot(tmp_path, T0 + timedelta(days=1), pages,
                         [row for row in facts if row["attribute"] != "founded"])
    diff = compute_diff(Archive(tmp_path), old, new)
    assert checks(diff.warnings) == [("coverage_collapse", "founded")]
    assert sorted(diff.facts_suspect["fact_id"]) == sorted(f"{url}-founded" for url in urls)
    assert set(diff.facts_suspect["suspect_checks"]) == {"coverage_collapse"}
    assert diff.facts_removed.empty
