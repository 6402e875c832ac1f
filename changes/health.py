"""Extraction health checks: is this crawl's extraction as good as the previous snapshot's?

In the spirit of Spidermon's monitors, each check compares what the parsers yielded with what they
yielded before, and its warnings go into the new snapshot's manifest. Facts that vanish from a
flagged page are "extraction suspect", never "removed": a broken parser is not a change of the site.

- `yield_drop`: a page that answers 200 in both snapshots but yields far fewer facts (or news) now;
- `layout_unrecognised`: a page a specific parser handled before that only the generic one reads now;
- `coverage_collapse`: an attribute (or a page column) that far fewer pages give now, counted
  over the pages whose main text did not change (where the wording changed, so may the facts).
"""

from dataclasses import dataclass
from pathlib import Path

import duckdb
import pyarrow as pa

from archive import Archive, ArchiveError
from changes import database
from changes.tables import SnapshotTables
from scraper.parsers import FALLBACK_LAYOUT

YIELD_DROP = "yield_drop"
LAYOUT_UNRECOGNISED = "layout_unrecognised"
COVERAGE_COLLAPSE = "coverage_collapse"
HEALTH_CHECK_SKIPPED = "health_check_skipped"
CHECKS = (YIELD_DROP, LAYOUT_UNRECOGNISED, COVERAGE_COLLAPSE)

# Page columns whose coverage reveals a broken parser (an empty title or date on every page).
COVERED_PAGE_COLUMNS = ("title", "lang", "page_date")


class HealthCheckError(ArchiveError):
    """Thresholds that cannot mean anything (a ratio outside 0..1, a minimum below 1)."""


@dataclass(frozen=True)
class HealthThresholds:
    # A page is flagged when it now yields fewer than this share of what it yielded before.
    yield_ratio: float = 0.5
    # An attribute or page column is flagged when the pages whose text did not change now give it
    # fewer than this share of the times they gave it before...
    coverage_ratio: float = 0.5
    # ...provided they gave it at least this many times before (below that, noise looks like collapse).
    coverage_min_previous: int = 3

    def __post_init__(self) -> None:
        for name in ("yield_ratio", "coverage_ratio"):
            value = getattr(self, name)
            if not 0 < value <= 1:
                raise HealthCheckError(f"health threshold {name} must be in (0, 1], not {value!r}")
        if self.coverage_min_previous < 1:
            raise HealthCheckError(f"health threshold coverage_min_previous must be at least 1, "
                                   f"not {self.coverage_min_previous!r}")


DEFAULT_THRESHOLDS = HealthThresholds()


def check_extraction(previous: SnapshotTables | None, pages: list[dict], facts: list[dict],
                     thresholds: HealthThresholds = DEFAULT_THRESHOLDS) -> list[dict]:
    """Warnings for a crawl about to be committed: its page and fact rows against the previous snapshot."""
    if previous is None:
        return []
    return compare_tables(previous, SnapshotTables.from_rows(pages, facts), thresholds)


def check_against_archive(root: Path | str, pages: list[dict], facts: list[dict],
                          thresholds: HealthThresholds = DEFAULT_THRESHOLDS) -> list[dict]:
    """`check_extraction` against the newest snapshot of the archive at `root` (none: no warnings).

    A previous snapshot that cannot be read does not stop the crawl from being archived; the
    manifest says the checks were skipped, and why.
    """
    archive = Archive(root)
    known = archive.snapshot_ids()
    if not known:
        return []
    try:
        previous = SnapshotTables.load(archive, known[-1])
    except (ArchiveError, OSError, pa.ArrowException) as exc:
        return [{"check": HEALTH_CHECK_SKIPPED, "previous_snapshot": known[-1],
                 "message": f"extraction health checks skipped: snapshot {known[-1]} cannot be read ({exc})"}]
    return check_extraction(previous, pages, facts, thresholds)


def compare_tables(previous: SnapshotTables, current: SnapshotTables,
                   thresholds: HealthThresholds = DEFAULT_THRESHOLDS) -> list[dict]:
    """Every warning for `current` against `previous`, computed in SQL over the two snapshots' tables."""
    connection = database.connect()
    try:
        connection.register("prev_pages", previous.pages)
        connection.register("cur_pages", current.pages)
        connection.register("prev_facts", previous.facts)
        connection.register("cur_facts", current.facts)
        # Pages that answered 200 in both snapshots: only they can say anything about the parsers.
        connection.execute("""
            CREATE TEMP VIEW both_ok AS
            SELECT p.url, p.layout AS previous_layout, c.layout, p.n_facts AS previous_facts, c.n_facts AS facts,
                   p.n_news AS previous_news, c.n_news AS news,
                   p.text_sha256 IS DISTINCT FROM c.text_sha256 AS text_changed
            FROM prev_pages p JOIN cur_pages c USING (url)
            WHERE p.status = 200 AND c.status = 200
        """)
        connection.execute("CREATE TEMP VIEW same_text AS SELECT url FROM both_ok WHERE NOT text_changed")
        since = previous.snapshot_id or "the previous snapshot"
        return (_layout_warnings(connection, since)
                + _yield_warnings(connection, since, thresholds)
                + _attribute_coverage_warnings(connection, since, thresholds)
                + _page_column_coverage_warnings(connection, since, thresholds))
    finally:
        connection.close()


def _records(connection: duckdb.DuckDBPyConnection, sql: str, parameters: list | None = None) -> list[dict]:
    cursor = connection.execute(sql, parameters or [])
    names = [column[0] for column in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def _layout_warnings(connection: duckdb.DuckDBPyConnection, since: str) -> list[dict]:
    rows = _records(connection, """
        SELECT url, layout, previous_layout, previous_facts, facts FROM both_ok
        WHERE layout = ? AND previous_layout IS NOT NULL AND previous_layout <> ?
        ORDER BY url
    """, [FALLBACK_LAYOUT, FALLBACK_LAYOUT])
    return [{
        "check": LAYOUT_UNRECOGNISED, **row,
        "message": f"{row['url']}: no parser recognises its layout any more (read as {row['previous_layout']} "
                   f"in {since}, as {row['layout']} now); what it yields is extraction suspect",
    } for row in rows]


def _yield_warnings(connection: duckdb.DuckDBPyConnection, since: str, thresholds: HealthThresholds) -> list[dict]:
    warnings = []
    for table in ("facts", "news"):
        rows = _records(connection, f"""
            SELECT url, layout, previous_layout, previous_{table} AS previous, {table} AS current, text_changed
            FROM both_ok
            WHERE previous_{table} > 0 AND coalesce({table}, 0) < previous_{table} * ?
            ORDER BY url
        """, [thresholds.yield_ratio])
        warnings += [{
            "check": YIELD_DROP, "table": table, **row,
            "message": f"{row['url']} answers 200 but yields {row['current'] or 0} {table} where it yielded "
                       f"{row['previous']} in {since}"
                       + ("" if row["text_changed"] else ", with the same main text"),
        } for row in rows]
    return warnings


def _collapse_filter(thresholds: HealthThresholds) -> tuple[str, list]:
    return "previous >= ? AND current < previous * ?", [thresholds.coverage_min_previous, thresholds.coverage_ratio]


def _attribute_coverage_warnings(connection: duckdb.DuckDBPyConnection, since: str,
                                 thresholds: HealthThresholds) -> list[dict]:
    condition, parameters = _collapse_filter(thresholds)
    rows = _records(connection, f"""
        WITH prev AS (SELECT attribute, count(*) AS n FROM prev_facts
                      WHERE source_url IN (SELECT url FROM same_text) GROUP BY attribute),
             cur AS (SELECT attribute, count(*) AS n FROM cur_facts
                     WHERE source_url IN (SELECT url FROM same_text) GROUP BY attribute),
             counts AS (SELECT attribute, prev.n AS previous, coalesce(cur.n, 0) AS current
                        FROM prev LEFT JOIN cur USING (attribute))
        SELECT * FROM counts WHERE {condition} ORDER BY attribute
    """, parameters)
    return [{
        "check": COVERAGE_COLLAPSE, "table": "facts", **row,
        "message": f"attribute {row['attribute']}: the pages whose text did not change give it {row['current']} "
                   f"times where they gave it {row['previous']} times in {since}",
    } for row in rows]


def _page_column_coverage_warnings(connection: duckdb.DuckDBPyConnection, since: str,
                                   thresholds: HealthThresholds) -> list[dict]:
    condition, parameters = _collapse_filter(thresholds)
    counts = " UNION ALL ".join(
        f"SELECT '{column}' AS field, count(p.{column}) AS previous, count(c.{column}) AS current "
        f"FROM prev_pages p JOIN cur_pages c USING (url) WHERE url IN (SELECT url FROM same_text)"
        for column in COVERED_PAGE_COLUMNS
    )
    rows = _records(connection, f"SELECT * FROM ({counts}) WHERE {condition} ORDER BY field", parameters)
    return [{
        "check": COVERAGE_COLLAPSE, "table": "pages", **row,
        "message": f"page column {row['field']}: set on {row['current']} of the pages whose text did not change "
                   f"where it was set on {row['previous']} in {since}",
    } for row in rows]
