"""The tables of a snapshot: Arrow schemas and the documentation of every column (the data contract)."""

from typing import NamedTuple

import pyarrow as pa

# Bump when a column is renamed, removed or changes type (adding one does not need a bump).
SCHEMA_VERSION = 1

TIMESTAMP_UTC = pa.timestamp("us", tz="UTC")


class Column(NamedTuple):
    name: str
    type: pa.DataType
    description: str
    # Identity columns: a row without them could not be joined or diffed, so null is refused.
    required: bool = False


_SNAPSHOT_ID = Column("snapshot_id", pa.string(), "Snapshot the row belongs to (see the manifest).", True)

TABLE_COLUMNS: dict[str, tuple[Column, ...]] = {
    "pages": (
        _SNAPSHOT_ID,
        Column("url", pa.string(), "Live URL that was requested (a mirror crawl stores the live URL it stands for).", True),
        Column("final_url", pa.string(), "URL the content belongs to: the redirect target for a 3xx, otherwise the URL itself."),
        Column("status", pa.int32(), "HTTP status code; null when no response arrived."),
        Column("fetched_at", TIMESTAMP_UTC, "When the response was received (UTC)."),
        Column("content_type", pa.string(), "Content-Type header as the server sent it."),
        Column("charset", pa.string(), "Character encoding the body was decoded with."),
        Column("title", pa.string(), "Title of the page."),
        Column("lang", pa.string(), "Language of the page as an ISO 639-1 code (`fr`, `en`)."),
        Column("page_date", pa.string(), "Date the page gives for its own content, ISO 8601 as precise as stated."),
        Column("text_sha256", pa.string(), "SHA-256 of the normalised main text: it changes only when the wording does."),
        Column("body_sha256", pa.string(), "SHA-256 of the response body exactly as received."),
        Column("layout", pa.string(), "Name of the page layout (parser) that handled the page."),
        Column("n_facts", pa.int32(), "Number of facts extracted from the page."),
        Column("n_news", pa.int32(), "Number of news items extracted from the page."),
        Column("error", pa.string(), "Why fetching or extracting failed; null when nothing did."),
        Column("referrer", pa.string(), "Page whose link led the crawler here."),
        Column("warc_file", pa.string(), "WARC file of this snapshot that holds the raw capture."),
        Column("warc_offset", pa.int64(), "Byte offset of the capture's response record in `warc_file` (a revisit "
                                          "record when the payload was already archived: it names the original)."),
        Column("warc_length", pa.int64(), "Length in bytes of that (gzip-compressed) record."),
        Column("source", pa.string(), "Source (crawl configuration) that fetched the page: `section` (the section's "
                                      "pages), `english`, `press` (the city's press releases), ..."),
    ),
    "facts": (
        _SNAPSHOT_ID,
        Column("fact_id", pa.string(), "Stable id: the same network, attribute and source page give the same id in every snapshot.", True),
        Column("network_id", pa.string(), "Stable slug of the network (`uclg`, `aimf`, `eurocities`, ...)."),
        Column("network_name", pa.string(), "Name of the network as the page writes it."),
        Column("attribute", pa.string(), "What the fact states (`founded`, `member_cities`, `president`, ...)."),
        Column("value", pa.string(), "The value in canonical text form."),
        Column("value_num", pa.float64(), "The value as a number, for counts; null otherwise."),
        Column("value_date", pa.string(), "The value as an ISO 8601 date as precise as the page (`2004`, `2004-05`, `2004-05-05`)."),
        Column("qualifier", pa.string(), "Hedge on the value: `exact`, `more_than`, `at_least`, `about` or `up_to`."),
        Column("unit", pa.string(), "Unit of the value, when the attribute does not imply it."),
        Column("evidence", pa.string(), "The sentence the fact was read from."),
        Column("source_url", pa.string(), "Live URL of the page the fact comes from."),
        Column("lang", pa.string(), "Language of the source page."),
        Column("page_date", pa.string(), "Date the source page gives for its content, ISO 8601."),
    ),
    "news": (
        _SNAPSHOT_ID,
        Column("news_id", pa.string(), "Stable id of the news item across snapshots.", True),
        Column("title", pa.string(), "Headline of the item."),
        Column("url", pa.string(), "Live URL of the item's own page, when it has one."),
        Column("published", pa.string(), "Publication date, ISO 8601 as precise as known: the one the item shows, or "
                                         "for an item listed without one, the date its own page in the snapshot gives."),
        Column("date_precision", pa.string(), "Precision of `published`: `day`, `month` or `year`."),
        Column("event_start", pa.string(), "First day of the event the item announces, ISO 8601."),
        Column("event_end", pa.string(), "Last day of that event, ISO 8601."),
        Column("summary", pa.string(), "Short text of the item."),
        Column("networks", pa.list_(pa.string()), "Ids of the networks the item mentions."),
        Column("source_url", pa.string(), "Live URL of the page the item was read from."),
        Column("lang", pa.string(), "Language of the source page."),
        Column("source", pa.string(), "Source that fetched the page the item was read from (`section`, `press`, ...): "
                                      "a press release or a page of the section."),
    ),
}

TABLE_NAMES: tuple[str, ...] = tuple(TABLE_COLUMNS)


def _arrow_schema(table: str, columns: tuple[Column, ...]) -> pa.Schema:
    fields = [
        pa.field(c.name, c.type, nullable=not c.required, metadata={"description": c.description})
        for c in columns
    ]
    metadata = {"paris_archive.table": table, "paris_archive.schema_version": str(SCHEMA_VERSION)}
    return pa.schema(fields, metadata=metadata)


SCHEMAS: dict[str, pa.Schema] = {table: _arrow_schema(table, columns) for table, columns in TABLE_COLUMNS.items()}


def _type_label(data_type: pa.DataType) -> str:
    if pa.types.is_list(data_type):
        return f"list<{data_type.value_type}>"
    return str(data_type)


def data_dictionary_markdown() -> str:
    """The README's data dictionary: one Markdown table per snapshot table."""
    sections = []
    for table, columns in TABLE_COLUMNS.items():
        lines = [f"### `{table}`", "", "| column | type | description |", "|---|---|---|"]
        for column in columns:
            type_name = _type_label(column.type) + (", never null" if column.required else "")
            lines.append(f"| `{column.name}` | {type_name} | {column.description} |")
        sections.append("\n".join(lines))
    return "\n\n".join(sections) + "\n"
