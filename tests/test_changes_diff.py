"""The diff engine on synthetic snapshots: facts, news and pages that changed, and nothing else."""

import json

import duckdb
import pytest
from helpers.changes import (
    AIMF,
    COOPERATION,
    EUROCITIES,
    ICORN_NEWS,
    NETWORKS,
    PARTNERS,
    T0,
    TWINNING,
    UCUE,
    diffed_week,
    page,
    write_snapshot,
)

from archive import Archive, ArchiveError
from changes import compute_diff, default_pair
from changes.diff import FRAMES
from reports.render import diff_as_dict


@pytest.fixture(scope="module")
def week(tmp_path_factory):
    return diffed_week(tmp_path_factory.mktemp("week"))


def ids(frame, column):
    return sorted(frame[column])


def test_a_changed_fact_has_its_old_and_new_value_and_qualifier(week):
    _, diff = week
    (row,) = diff.facts_changed.to_dict("records")
    assert (row["fact_id"], row["network_id"], row["attribute"]) == ("f-euro-members", "eurocities", "member_cities")
    assert (row["old_value"], row["new_value"]) == ("113", "130")
    assert (row["old_qualifier"], row["new_qualifier"]) == ("more_than", "more_than")
    assert row["source_url"] == EUROCITIES


def test_facts_added_and_removed(week):
    _, diff = week
    assert ids(diff.facts_added, "fact_id") == ["f-icorn-members"]
    assert ids(diff.facts_removed, "fact_id") == ["f-aimf-president", "f-ucue-members"]
    assert diff.facts_suspect.empty


def test_network_figures_gather_every_page_and_show_only_what_differs(week):
    _, diff = week
    figures = {(row["network_id"], row["attribute"]): (stated(row["old_values"]), stated(row["new_values"]))
               for row in diff.figures_changed.to_dict("records")}
    assert figures == {
        ("eurocities", "member_cities"): ([("113", "more_than")], [("130", "more_than")]),
        ("aimf", "president"): ([("le Maire de Paris", "exact")], []),
        ("icorn", "member_cities"): ([], [("53", "exact")]),
        ("ucue", "member_cities"): ([("27", "exact")], []),
    }


def stated(values) -> list[tuple[str, str]]:
    """The diff's values as (value, qualifier) pairs: data, which the reports put in words."""
    return [(value["value"], value["qualifier"]) for value in values]


def test_news_new_removed_and_edited_with_the_fields_that_changed(week):
    _, diff = week
    assert ids(diff.news_added, "news_id") == ["n-aimf"]
    assert ids(diff.news_removed, "news_id") == ["n-rio"]
    (edited,) = diff.news_edited.to_dict("records")
    assert edited["news_id"] == "n-icorn"
    assert list(edited["changed_fields"]) == ["title", "summary"]
    assert (edited["old_title"], edited["new_title"]) == ("ICORN a 10 ans", "Le réseau ICORN a fêté ses 10 ans")


def test_pages_appeared_disappeared_moved_and_changed_status(week):
    _, diff = week
    assert diff.pages_appeared.empty  # the twinning page's new URL is where it moved, not a new page
    assert ids(diff.pages_disappeared, "url") == [UCUE]
    (moved,) = diff.pages_moved.to_dict("records")
    assert (moved["url"], moved["new_url"], moved["how"]) == (TWINNING, PARTNERS, "redirect")
    assert (moved["old_status"], moved["new_status"], moved["new_final_url"]) == (200, 301, PARTNERS)
    (status,) = diff.pages_status_changed.to_dict("records")
    assert (status["url"], status["old_status"], status["new_status"]) == (COOPERATION, 200, 404)


def test_main_text_changes_by_hash_and_a_cookie_banner_is_not_one(week):
    _, diff = week
    assert ids(diff.pages_text_changed, "url") == sorted([AIMF, EUROCITIES, ICORN_NEWS])
    assert NETWORKS not in set(diff.pages_text_changed["url"])


def test_summary_counts_every_frame(week):
    _, diff = week
    assert diff.summary == {
        "facts_added": 1, "facts_removed": 2, "facts_changed": 1, "facts_suspect": 0, "figures_changed": 4,
        "figures_to_check": 0, "news_added": 1, "news_removed": 1, "news_edited": 1, "news_suspect": 0,
        "pages_appeared": 0, "pages_disappeared": 1, "pages_moved": 1, "pages_status_changed": 1,
        "pages_text_changed": 3, "warnings": 0,
    }
    # Changes, not rows: each network figure once (the fact rows are its pages), news, and pages (not the move).
    assert diff.change_count == 4 + 3 + 5
    assert not diff.is_empty


def test_rows_point_at_the_archived_capture_of_their_page(week):
    archive, diff = week
    (removed_ucue,) = diff.facts_removed[diff.facts_removed["fact_id"] == "f-ucue-members"].to_dict("records")
    assert removed_ucue["archived_in"] == "old"
    pages = archive.table_path(diff.old_id, "pages")
    ((offset,),) = duckdb.sql(f"SELECT warc_offset FROM read_parquet('{pages}') WHERE url = '{UCUE}'").fetchall()
    assert (removed_ucue["warc_file"], removed_ucue["warc_offset"]) == ("captures.warc.gz", offset)
    assert set(diff.facts_added["archived_in"]) == {"new"}


def test_the_manifests_of_both_snapshots_are_kept(week):
    _, diff = week
    assert diff.old_manifest["started_at"].startswith("2024-06-03")
    assert diff.new_manifest["started_at"].startswith("2024-06-10")


def test_diff_as_dict_is_plain_json_data(week):
    _, diff = week
    data = json.loads(json.dumps(diff_as_dict(diff), allow_nan=False))  # no NaN, no numpy values
    assert data["old"]["snapshot_id"] == diff.old_id
    assert data["summary"]["facts_changed"] == 1
    assert data["changes"] == diff.change_count == 12
    assert data["news_edited"][0]["changed_fields"] == ["title", "summary"]
    eurocities = next(row for row in data["figures_changed"] if row["network_id"] == "eurocities")
    assert (eurocities["old_values"], eurocities["new_values"]) == (["more than 113"], ["more than 130"])
    assert all(name in data for name in FRAMES)


def test_a_snapshot_against_itself_is_empty(week):
    archive, diff = week
    same = compute_diff(archive, diff.new_id, diff.new_id)
    assert same.is_empty
    assert all(same.frame(name).empty for name in FRAMES)


def test_default_pair_is_the_two_newest_and_names_resolve(week):
    archive, diff = week
    assert default_pair(archive) == (diff.old_id, diff.new_id)
    assert default_pair(archive, None, "latest") == (diff.old_id, diff.new_id)
    assert default_pair(archive, diff.old_id) == (diff.old_id, diff.new_id)
    with pytest.raises(ArchiveError, match="no complete snapshot older"):
        default_pair(archive, None, diff.old_id)
    with pytest.raises(ArchiveError, match="no snapshot '19990101T000000Z'"):
        default_pair(archive, "19990101T000000Z")


def test_an_archive_with_one_snapshot_cannot_be_diffed(tmp_path):
    write_snapshot(tmp_path, T0, [page(NETWORKS, "Texte.")])
    with pytest.raises(ArchiveError, match="a diff needs two"):
        default_pair(Archive(tmp_path))
