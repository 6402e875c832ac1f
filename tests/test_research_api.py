"""The researcher's API on the mirror's history, crawled over loopback HTTP in order (2012, 2014, 2016, 2024, 2026)."""

import subprocess
import sys
from datetime import UTC, date, datetime

import pandas as pd
import pytest

from archive import ArchiveError
from archive.schema import SCHEMAS
from research import open_archive

EPOCHS = ["2012", "2014", "2016", "2024", "2026"]


@pytest.fixture(scope="module")
def research(history):
    archive_path, by_epoch = history
    return open_archive(archive_path), by_epoch


def test_the_api_imports_without_scrapy():
    code = ("import sys; sys.modules['scrapy'] = None\n"
            "from research import open_archive, ResearchArchive\n"
            "sys.exit('scrapy' in sys.modules and sys.modules['scrapy'] is not None)")
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0


def test_snapshots_are_ordered_by_the_date_their_content_stands_for(research):
    archive, by_epoch = research
    index = archive.snapshots()
    assert list(index["snapshot_id"]) == [by_epoch[epoch] for epoch in EPOCHS]
    assert list(index["mirror_epoch"]) == EPOCHS
    assert [stamp.date().isoformat() for stamp in index["captured"]] == [
        "2012-04-20", "2014-12-10", "2016-04-25", "2024-06-12", "2026-10-14"]
    assert (index["source"] == "mirror").all()
    assert (index["facts"] > 0).all() and (index["pages"] > 0).all()


def test_load_defaults_to_the_latest_snapshot(research):
    archive, by_epoch = research
    facts = archive.load("facts")
    assert set(facts["snapshot_id"]) == {by_epoch["2026"]}
    assert list(facts.columns) == SCHEMAS["facts"].names
    assert len(facts) == archive.manifest("latest")["row_counts"]["facts"]


def test_load_one_snapshot_by_id(research):
    archive, by_epoch = research
    news = archive.load("news", by_epoch["2014"])
    titles = " ".join(news["title"])
    assert set(news["snapshot_id"]) == {by_epoch["2014"]}
    assert "ICORN" in titles or "Villes Refuges" in titles


@pytest.mark.parametrize(("as_of", "epoch"), [
    ("2012-04-20", "2012"),                          # a date includes its whole day
    ("2014-12-09", "2012"),
    (date(2015, 1, 1), "2014"),
    (datetime(2016, 4, 25, 12, tzinfo=UTC), "2016"),
    ("2026-10-13", "2024"),
    ("2030-01-01T00:00:00+01:00", "2026"),
])
def test_as_of_picks_the_newest_snapshot_captured_by_then(research, as_of, epoch):
    archive, by_epoch = research
    assert archive.resolve(as_of=as_of) == by_epoch[epoch]
    assert set(archive.load("pages", as_of=as_of)["snapshot_id"]) == {by_epoch[epoch]}


def test_history_holds_every_snapshot_in_order_with_its_capture_date(research):
    archive, by_epoch = research
    facts = archive.history("facts")
    assert list(dict.fromkeys(facts["snapshot_id"])) == [by_epoch[epoch] for epoch in EPOCHS]
    assert len(facts) == sum(archive.manifest(sid)["row_counts"]["facts"] for sid in by_epoch.values())
    first_2014_row = facts[facts["snapshot_id"] == by_epoch["2014"]].iloc[0]
    assert first_2014_row["captured"] == pd.Timestamp("2014-12-10", tz="UTC")


def test_timeline_of_aimf_member_cities(research):
    archive, by_epoch = research
    timeline = archive.timeline("aimf", "member_cities")
    rows = timeline[["value", "qualifier", "first_seen", "last_seen", "snapshots", "current"]].to_dict("records")
    assert rows == [
        # The 2014 pages disagree: one page already says 250 while others still say 156.
        {"value": "156", "qualifier": "more_than", "first_seen": by_epoch["2012"], "last_seen": by_epoch["2014"],
         "snapshots": 2, "current": False},
        {"value": "250", "qualifier": "more_than", "first_seen": by_epoch["2014"], "last_seen": by_epoch["2014"],
         "snapshots": 1, "current": False},
        {"value": "272", "qualifier": "exact", "first_seen": by_epoch["2016"], "last_seen": by_epoch["2016"],
         "snapshots": 1, "current": False},
        # 2026 moved every page to paris.fr's /pages/ scheme; the figure did not change.
        {"value": "325", "qualifier": "exact", "first_seen": by_epoch["2024"], "last_seen": by_epoch["2026"],
         "snapshots": 2, "current": True},
    ]
    assert list(timeline["value_num"]) == [156.0, 250.0, 272.0, 325.0]
    assert all(len(urls) >= 1 for urls in timeline["source_urls"])


def test_sql_runs_over_every_snapshot(research):
    archive, by_epoch = research
    per_snapshot = archive.sql(
        "select s.mirror_epoch, count(*) as facts from facts f join snapshots s using (snapshot_id) "
        "group by s.mirror_epoch order by s.mirror_epoch")
    expected = {epoch: archive.manifest(by_epoch[epoch])["row_counts"]["facts"] for epoch in EPOCHS}
    assert dict(zip(per_snapshot["mirror_epoch"], per_snapshot["facts"], strict=True)) == expected


def test_sql_takes_parameters(research):
    archive, by_epoch = research
    result = archive.sql("select count(*) as n from news where snapshot_id = ?", [by_epoch["2012"]])
    assert result["n"].iloc[0] == archive.manifest(by_epoch["2012"])["row_counts"]["news"]


def test_diff_between_two_epochs(research):
    archive, by_epoch = research
    diff = archive.diff(by_epoch["2012"], by_epoch["2014"])
    changed = diff.facts_changed
    aimf = changed[(changed["network_id"] == "aimf") & (changed["attribute"] == "member_cities")]
    assert list(zip(aimf["old_value"], aimf["new_value"], strict=True)) == [("156", "250")]
    assert diff.summary["news_added"] == 2


def test_diff_accepts_latest(research):
    archive, by_epoch = research
    assert archive.diff(by_epoch["2016"]).new_id == by_epoch["2026"]


@pytest.mark.parametrize(("call", "message"), [
    (lambda a: a.load("fact"), "unknown table 'fact' \\(tables: pages, facts, news\\)"),
    (lambda a: a.load("facts", "2012"), "no snapshot '2012'"),
    (lambda a: a.load("facts", as_of="2011-12-31"), "no snapshot captured on or before 2011-12-31; the oldest is"),
    (lambda a: a.load("facts", as_of="last week"), "as_of 'last week' is not an ISO 8601 date"),
    (lambda a: a.load("facts", as_of=datetime(2015, 1, 1)), "must be timezone-aware"),
    (lambda a: a.load("facts", "latest", as_of=123), "as_of must be a date"),
    (lambda a: a.timeline("amif", "member_cities"), "no facts about network 'amif'.*networks: aimf, c40"),
    (lambda a: a.timeline("aimf", "members"), "no 'members' facts about 'aimf'.*member_cities"),
    (lambda a: a.sql("select * from fatcs"), "SQL error: .*fatcs"),
])
def test_mistakes_are_reported_clearly(research, call, message):
    archive, _ = research
    with pytest.raises(ArchiveError, match=message):
        call(archive)


def test_either_a_snapshot_or_as_of(research):
    archive, by_epoch = research
    with pytest.raises(ArchiveError, match="either a snapshot .* or as_of"):
        archive.load("facts", by_epoch["2012"], as_of="2015-01-01")


def test_open_archive_refuses_a_missing_folder(tmp_path):
    with pytest.raises(ArchiveError, match="no archive at .*missing: the folder does not exist"):
        open_archive(tmp_path / "missing")
