import json
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta, timezone

import pytest

from archive import ArchiveError
from archive.ids import base_snapshot_id, is_snapshot_id, reserve_snapshot_id, snapshot_sort_key
from archive.layout import Layout

MOMENT = datetime(2012, 11, 5, 9, 30, 0, 750000, tzinfo=UTC)


def test_id_is_the_utc_second_of_the_capture():
    assert base_snapshot_id(MOMENT) == "20121105T093000Z"
    paris = timezone(timedelta(hours=1))
    assert base_snapshot_id(datetime(2012, 11, 5, 10, 30, tzinfo=paris)) == "20121105T093000Z"


def test_naive_time_is_refused():
    with pytest.raises(ArchiveError, match="timezone-aware"):
        base_snapshot_id(datetime(2012, 11, 5, 9, 30))


@pytest.mark.parametrize("text", ["20121105T093000Z", "20121105T093000Z-2", "20121105T093000Z-10"])
def test_valid_ids(text):
    assert is_snapshot_id(text)


@pytest.mark.parametrize("text", ["latest", "20121105T093000Z-1", "20121105T093000Z-02", "../20121105T093000Z", ""])
def test_invalid_ids(text):
    assert not is_snapshot_id(text)


def test_sort_key_orders_suffixes_numerically_and_by_time():
    ids = ["20121105T093001Z", "20121105T093000Z-10", "20121105T093000Z-2", "20121105T093000Z"]
    assert sorted(ids, key=snapshot_sort_key) == [
        "20121105T093000Z",
        "20121105T093000Z-2",
        "20121105T093000Z-10",
        "20121105T093001Z",
    ]


def _layout(tmp_path):
    layout = Layout(tmp_path)
    layout.create_folders()
    return layout


def test_reservations_in_the_same_second_get_suffixes(tmp_path):
    layout = _layout(tmp_path)
    taken = [reserve_snapshot_id(layout, MOMENT, lambda i: {"snapshot_id": i}) for _ in range(3)]
    assert taken == ["20121105T093000Z", "20121105T093000Z-2", "20121105T093000Z-3"]
    assert json.loads(layout.run_record("20121105T093000Z-2").read_text()) == {"snapshot_id": "20121105T093000Z-2"}


def test_reservation_never_overwrites_an_existing_record(tmp_path):
    layout = _layout(tmp_path)
    layout.run_record("20121105T093000Z").write_text('{"owner": "first"}')
    assert reserve_snapshot_id(layout, MOMENT, lambda i: {"owner": "second"}) == "20121105T093000Z-2"
    assert json.loads(layout.run_record("20121105T093000Z").read_text()) == {"owner": "first"}


def test_reservation_skips_a_snapshot_that_has_no_run_record(tmp_path):
    layout = _layout(tmp_path)
    layout.snapshot_dir("20121105T093000Z").mkdir()
    assert reserve_snapshot_id(layout, MOMENT, lambda i: {}) == "20121105T093000Z-2"


def test_reservation_leaves_no_temporary_files(tmp_path):
    layout = _layout(tmp_path)
    reserve_snapshot_id(layout, MOMENT, lambda i: {})
    reserve_snapshot_id(layout, MOMENT, lambda i: {})
    assert sorted(p.name for p in layout.runs.iterdir()) == ["20121105T093000Z-2.json", "20121105T093000Z.json"]


def test_concurrent_reservations_never_share_an_id(tmp_path):
    layout = _layout(tmp_path)
    with ThreadPoolExecutor(max_workers=8) as pool:
        taken = list(pool.map(lambda _: reserve_snapshot_id(layout, MOMENT, lambda i: {"id": i}), range(16)))
    assert len(set(taken)) == 16
    for snapshot_id in taken:
        assert json.loads(layout.run_record(snapshot_id).read_text()) == {"id": snapshot_id}
