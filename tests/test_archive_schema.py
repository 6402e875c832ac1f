from datetime import UTC, datetime

import pyarrow as pa
import pytest

from archive import SCHEMA_VERSION, SCHEMAS, TABLE_NAMES, RowError, data_dictionary_markdown
from archive.tables import rows_to_batch

CONTRACT_COLUMNS = {
    "pages": "snapshot_id url final_url status fetched_at content_type charset title lang page_date text_sha256 "
    "body_sha256 layout n_facts n_news error referrer warc_file warc_offset warc_length source",
    "facts": "snapshot_id fact_id network_id network_name attribute value value_num value_date qualifier unit "
    "evidence source_url lang page_date",
    "news": "snapshot_id news_id title url published date_precision event_start event_end summary networks "
    "source_url lang source",
}


@pytest.mark.parametrize("table", TABLE_NAMES)
def test_schema_has_the_contract_columns_in_order(table):
    assert SCHEMAS[table].names == CONTRACT_COLUMNS[table].split()


def test_column_types_of_the_contract():
    pages, facts, news = SCHEMAS["pages"], SCHEMAS["facts"], SCHEMAS["news"]
    assert pages.field("status").type == pa.int32()
    assert pages.field("fetched_at").type == pa.timestamp("us", tz="UTC")
    assert pages.field("warc_offset").type == pa.int64()
    assert facts.field("value_num").type == pa.float64()
    assert news.field("networks").type == pa.list_(pa.string())


@pytest.mark.parametrize("table", TABLE_NAMES)
def test_every_column_is_described_in_the_data_dictionary(table):
    markdown = data_dictionary_markdown()
    assert f"### `{table}`" in markdown
    for field in SCHEMAS[table]:
        description = field.metadata[b"description"].decode()
        assert description
        assert f"| `{field.name}` |" in markdown
        assert description in markdown


def test_data_dictionary_renders_list_and_required_types_readably():
    markdown = data_dictionary_markdown()
    assert "| `networks` | list<string> |" in markdown
    assert "| `fact_id` | string, never null |" in markdown


def test_schema_version_is_stored_in_the_arrow_schema():
    assert SCHEMAS["facts"].metadata[b"paris_archive.schema_version"] == str(SCHEMA_VERSION).encode()


def test_missing_keys_become_null():
    batch = rows_to_batch("facts", [{"snapshot_id": "s", "fact_id": "f1", "value": "Barcelona"}])
    row = batch.to_pylist()[0]
    assert row["value"] == "Barcelona"
    assert row["value_num"] is None and row["network_id"] is None


def test_unknown_column_is_an_error_that_suggests_the_right_name():
    with pytest.raises(RowError, match=r"facts row has unknown column 'netwrok_id' \(did you mean 'network_id'\?\)"):
        rows_to_batch("facts", [{"snapshot_id": "s", "fact_id": "f1", "netwrok_id": "uclg"}])


def test_required_id_cannot_be_missing():
    with pytest.raises(RowError, match="news.news_id is required"):
        rows_to_batch("news", [{"snapshot_id": "s", "title": "ICORN in Ljubljana"}])


@pytest.mark.parametrize(
    ("table", "column", "value", "message"),
    [
        ("news", "networks", "icorn", "must be a list"),
        ("pages", "status", 200.5, "must be an integer"),
        ("pages", "n_facts", True, "must be an integer"),
        ("facts", "value_num", "1000", "facts.value_num"),
        ("facts", "value_date", 2004, "facts.value_date"),
        ("pages", "fetched_at", datetime(2012, 11, 5, 9, 30), "timezone-aware"),
        ("pages", "fetched_at", "2012-11-05T09:30:00Z", "must be a datetime"),
    ],
)
def test_values_of_the_wrong_type_are_refused_naming_the_column(table, column, value, message):
    identity = {"pages": "url", "facts": "fact_id", "news": "news_id"}[table]
    row = {"snapshot_id": "s", identity: "x", column: value}
    with pytest.raises(RowError, match=message):
        rows_to_batch(table, [row])


def test_timestamps_are_stored_in_utc():
    paris_winter = datetime.fromisoformat("2012-11-05T10:30:00+01:00")
    batch = rows_to_batch("pages", [{"snapshot_id": "s", "url": "u", "fetched_at": paris_winter}])
    assert batch.column("fetched_at")[0].as_py() == datetime(2012, 11, 5, 9, 30, tzinfo=UTC)
