"""What changed between two snapshots: facts, news and pages, computed in SQL by duckdb over the Parquet files.

Facts are matched by `fact_id` and news by `news_id`, pages by URL; a page's wording is compared by
`text_sha256`, so a new cookie banner or share bar is not a change. Facts and news that vanish from a
page the health checks flag are "extraction suspect" (a parser problem), not removals.
"""

from dataclasses import dataclass, field

import duckdb
import pandas as pd

from archive import Archive
from changes import database, grouping
from changes.health import (
    CHECKS,
    COVERAGE_COLLAPSE,
    DEFAULT_THRESHOLDS,
    LAYOUT_UNRECOGNISED,
    YIELD_DROP,
    HealthThresholds,
    compare_tables,
)
from changes.moves import match_statements
from changes.tables import SnapshotTables

FACT_FRAMES = ("facts_added", "facts_removed", "facts_changed", "facts_suspect", "figures_changed",
               "figures_to_check")
NEWS_FRAMES = ("news_added", "news_removed", "news_edited", "news_suspect")
PAGE_FRAMES = ("pages_appeared", "pages_disappeared", "pages_moved", "pages_status_changed", "pages_text_changed")
FRAMES = FACT_FRAMES + NEWS_FRAMES + PAGE_FRAMES
# What a reader of the site would call a change: a network figure once, whatever the pages that state it
# (the fact frames are its rows, page by page); not a page that moved, nor the figures to check, nor the
# suspect frames (for maintainers).
SUSPECT_FRAMES = ("facts_suspect", "news_suspect")
CHANGE_FRAMES = ("figures_changed",) + NEWS_FRAMES[:3] + tuple(name for name in PAGE_FRAMES if name != "pages_moved")

# Fields of a news item whose change makes it "edited".
NEWS_FIELDS = ("title", "published", "summary", "url", "event_start", "event_end", "networks")

_FACT_COLUMNS = ("fact_id, network_id, network_name, attribute, value, qualifier, unit, value_num, value_date, "
                 "evidence, source_url")
_NEWS_COLUMNS = ("news_id, title, url, published, date_precision, event_start, event_end, summary, networks, "
                 "source_url")
_PAGE_COLUMNS = "url, final_url, status, title, layout, warc_file, warc_offset"


@dataclass
class SnapshotDiff:
    """The changes from `old_manifest`'s snapshot to `new_manifest`'s, one DataFrame per kind of change."""

    old_manifest: dict
    new_manifest: dict
    warnings: list[dict]  # extraction health warnings about the new snapshot against the old one
    facts_added: pd.DataFrame
    facts_removed: pd.DataFrame
    facts_changed: pd.DataFrame  # old_/new_ value, qualifier, unit, value_num, evidence
    facts_suspect: pd.DataFrame  # vanished from a flagged page or attribute: not removals
    figures_changed: pd.DataFrame  # per network and attribute, the values all pages give ({value, qualifier,
    # value_num, pages}), when they differ, and the pages that give them (changes.grouping)
    figures_to_check: pd.DataFrame  # the same, for figures that jump implausibly (`to_check` says how)
    news_added: pd.DataFrame
    news_removed: pd.DataFrame
    news_edited: pd.DataFrame  # old_/new_ fields and `changed_fields`
    news_suspect: pd.DataFrame
    pages_appeared: pd.DataFrame
    pages_disappeared: pd.DataFrame
    pages_moved: pd.DataFrame  # url -> new_url, and `how` the move was recognised (changes.moves)
    pages_status_changed: pd.DataFrame
    pages_text_changed: pd.DataFrame
    summary: dict[str, int] = field(init=False)

    def __post_init__(self) -> None:
        self.summary = {name: len(self.frame(name)) for name in FRAMES} | {"warnings": len(self.warnings)}

    @property
    def old_id(self) -> str:
        return self.old_manifest["snapshot_id"]

    @property
    def new_id(self) -> str:
        return self.new_manifest["snapshot_id"]

    def frame(self, name: str) -> pd.DataFrame:
        if name not in FRAMES:
            raise KeyError(f"unknown diff frame {name!r} (one of: {', '.join(FRAMES)})")
        return getattr(self, name)

    @property
    def change_count(self) -> int:
        """How many changes a reader of the site would see (suspect facts and warnings excluded)."""
        return sum(self.summary[name] for name in CHANGE_FRAMES)

    @property
    def is_empty(self) -> bool:
        """No change, no suspect extraction, no warning: the two snapshots say the same thing."""
        return not any(self.summary.values())


def compute_diff(archive: Archive, old_id: str, new_id: str,
                 thresholds: HealthThresholds = DEFAULT_THRESHOLDS) -> SnapshotDiff:
    old_id, new_id = archive.resolve(old_id), archive.resolve(new_id)
    old_manifest, new_manifest = archive.manifest(old_id), archive.manifest(new_id)
    warnings = _health_warnings(archive, old_id, new_id, new_manifest, thresholds)
    connection = database.connect()
    try:
        for age, snapshot_id in (("old", old_id), ("new", new_id)):
            for table, view in (("pages", f"{age}_pages_raw"), ("facts", f"{age}_facts"), ("news", f"{age}_news")):
                connection.read_parquet(str(archive.table_path(snapshot_id, table))).create_view(view)
            # One row per URL even if a page was fetched twice; the first capture stands for it. A table, not a
            # view: a dozen statements read it, and the pages are few beside the facts.
            connection.execute(f"""CREATE TEMP TABLE {age}_pages AS SELECT * FROM {age}_pages_raw
                                   QUALIFY row_number() OVER (PARTITION BY url ORDER BY fetched_at, warc_offset) = 1""")
        _register_flags(connection, warnings)
        for statement in _FACT_DELTA + match_statements(_FACT_FIELDS):
            connection.execute(statement)
        for kind, id_column in (("facts", "fact_id"), ("news", "news_id")):
            connection.execute(_vanished_table(kind, id_column))
        for statement in grouping.STATEMENTS:
            connection.execute(statement)
        frames = {name: connection.execute(sql).df() for name, sql in _QUERIES.items()}
    finally:
        connection.close()
    return SnapshotDiff(old_manifest, new_manifest, warnings, **frames)


def _health_warnings(archive: Archive, old_id: str, new_id: str, new_manifest: dict,
                     thresholds: HealthThresholds) -> list[dict]:
    """The new snapshot's recorded warnings, and those of the same checks run against the old snapshot.

    The manifest's warnings compare the new snapshot with the one crawled just before it, which may
    not be `old_id`; running the checks again keeps a diff over several snapshots just as careful.
    """
    recorded = [warning for warning in new_manifest.get("warnings", []) if warning.get("check") in CHECKS]
    computed = compare_tables(SnapshotTables.load(archive, old_id), SnapshotTables.load(archive, new_id), thresholds)
    unique: dict[tuple, dict] = {}
    for warning in recorded + computed:
        key = tuple(warning.get(name) for name in ("check", "table", "url", "attribute", "field"))
        unique.setdefault(key, warning)
    return list(unique.values())


def _register_flags(connection: duckdb.DuckDBPyConnection, warnings: list[dict]) -> None:
    """Which pages (per table) and which attributes the warnings make suspect, as two small tables."""
    flagged = [
        (warning["url"], table, warning["check"])
        for warning in warnings
        if warning["check"] in (LAYOUT_UNRECOGNISED, YIELD_DROP)
        for table in (("facts", "news") if warning["check"] == LAYOUT_UNRECOGNISED else (warning["table"],))
    ]
    collapsed = [warning["attribute"] for warning in warnings
                 if warning["check"] == COVERAGE_COLLAPSE and warning.get("table") == "facts"]
    pages = pd.DataFrame(flagged, columns=["url", "tbl", "check_name"], dtype="string")
    attributes = pd.DataFrame({"attribute": pd.Series(collapsed, dtype="string")})
    connection.register("flagged_rows", pages)
    connection.register("collapsed_rows", attributes)
    connection.execute("""CREATE TEMP TABLE flagged AS
                          SELECT url, tbl, string_agg(DISTINCT check_name, ', ' ORDER BY check_name) AS checks
                          FROM flagged_rows GROUP BY url, tbl""")
    connection.execute("CREATE TEMP TABLE collapsed AS SELECT DISTINCT attribute FROM collapsed_rows")


def _capture(age: str, alias: str, on: str) -> str:
    """A join to the capture (WARC file and offset) of the page a row comes from."""
    return f"LEFT JOIN {age}_pages {alias} ON {alias}.url = {on}"


def _vanished_table(kind: str, id_column: str) -> str:
    """Rows of the old snapshot whose id the new one lacks, with the checks that make them suspect (if any).

    A fact is suspect when its page is flagged, or when its attribute's coverage collapsed while its
    page still answers: a page that is gone took its facts with it, for real.
    """
    collapse = ("o.attribute IN (SELECT attribute FROM collapsed) "
                "AND o.source_url IN (SELECT url FROM new_pages WHERE status = 200)") if kind == "facts" else "false"
    vanished = (_fact_delta_side("removed", "old") if kind == "facts"
                else f"old_{kind} ANTI JOIN new_{kind} USING ({id_column})")
    return f"""
        CREATE TEMP TABLE vanished_{kind} AS
        SELECT o.*, coalesce(f.checks, CASE WHEN {collapse} THEN '{COVERAGE_COLLAPSE}' END) AS suspect_checks
        FROM ({vanished}) o
        LEFT JOIN flagged f ON f.url = o.source_url AND f.tbl = '{kind}'
    """


def _vanished(kind: str, columns: str, suspect: bool) -> str:
    """The suspect vanished rows, or the real removals."""
    return f"""
        SELECT {', '.join('v.' + column.strip() for column in columns.split(','))},
               {'v.suspect_checks, ' if suspect else ''}'old' AS archived_in, p.warc_file, p.warc_offset
        FROM vanished_{kind} v {_capture('old', 'p', 'v.source_url')}
        WHERE v.suspect_checks IS {'NOT ' if suspect else ''}NULL
        ORDER BY {_order(kind, 'v')}
    """


def _order(kind: str, alias: str) -> str:
    if kind == "facts":
        return f"{alias}.network_id, {alias}.attribute, {alias}.source_url, {alias}.fact_id"
    return f"{alias}.published DESC NULLS LAST, {alias}.title, {alias}.news_id"


def _added(kind: str, id_column: str, columns: str) -> str:
    added = (_fact_delta_side("added", "new") if kind == "facts"
             else f"SELECT * FROM new_{kind} ANTI JOIN old_{kind} USING ({id_column})")
    return f"""
        SELECT {', '.join('n.' + column.strip() for column in columns.split(','))},
               'new' AS archived_in, p.warc_file, p.warc_offset
        FROM ({added}) n
        {_capture('new', 'p', 'n.source_url')}
        ORDER BY {_order(kind, 'n')}
    """


# The facts a diff reports (_FACT_COLUMNS), side by side, of the rows added, removed or changed: the two
# tables are joined once, not once for each kind of change (a million facts make that the diff's cost),
# and on the compared columns only, so that the join holds ids and values, not whole rows, in memory.
_FACT_FIELDS = tuple(column.strip() for column in _FACT_COLUMNS.split(","))
_FACT_DELTA = (
    """
    CREATE TEMP TABLE delta_fact_ids AS
    SELECT coalesce(o.fact_id, n.fact_id) AS fact_id
    FROM (SELECT fact_id, value, qualifier, unit FROM old_facts) o
    FULL JOIN (SELECT fact_id, value, qualifier, unit FROM new_facts) n ON o.fact_id = n.fact_id
    WHERE o.fact_id IS NULL OR n.fact_id IS NULL
       OR o.value IS DISTINCT FROM n.value OR o.qualifier IS DISTINCT FROM n.qualifier
       OR o.unit IS DISTINCT FROM n.unit
    """,
    f"""
    CREATE TEMP TABLE fact_delta AS
    SELECT CASE WHEN o.fact_id IS NULL THEN 'added' WHEN n.fact_id IS NULL THEN 'removed' ELSE 'changed' END
               AS change,
           {', '.join(f'o.{name} AS old_{name}, n.{name} AS new_{name}' for name in _FACT_FIELDS)}
    FROM (SELECT * FROM old_facts WHERE fact_id IN (SELECT fact_id FROM delta_fact_ids)) o
    FULL JOIN (SELECT * FROM new_facts WHERE fact_id IN (SELECT fact_id FROM delta_fact_ids)) n
        ON o.fact_id = n.fact_id
    """,
)


def _fact_delta_side(change: str, age: str) -> str:
    """The added (new) or removed (old) facts of fact_delta, as rows of the facts table."""
    return (f"SELECT {', '.join(f'{age}_{name} AS {name}' for name in _FACT_FIELDS)} "
            f"FROM fact_delta WHERE change = '{change}'")


_FACTS_CHANGED = f"""
    SELECT new_fact_id AS fact_id, new_network_id AS network_id, new_network_name AS network_name,
           new_attribute AS attribute, new_source_url AS source_url,
           old_value, new_value, old_qualifier, new_qualifier, old_unit, new_unit, old_value_num, new_value_num,
           old_evidence, new_evidence, 'new' AS archived_in, p.warc_file, p.warc_offset
    FROM fact_delta n
    {_capture('new', 'p', 'n.new_source_url')}
    WHERE change = 'changed'
    ORDER BY n.new_network_id, n.new_attribute, n.new_source_url, n.new_fact_id
"""

# concat_ws skips NULLs, so this lists the names of the fields that differ (NULL when none does).
_CHANGED_NEWS_FIELDS = "string_split(nullif(concat_ws(',', {}), ''), ',')".format(", ".join(
    f"CASE WHEN o.{name} IS DISTINCT FROM n.{name} THEN '{name}' END" for name in NEWS_FIELDS))

_NEWS_EDITED = f"""
    SELECT * FROM (
        SELECT n.news_id, {_CHANGED_NEWS_FIELDS} AS changed_fields,
               {', '.join(f'o.{name} AS old_{name}, n.{name} AS new_{name}' for name in NEWS_FIELDS)},
               n.date_precision, n.source_url, 'new' AS archived_in, p.warc_file, p.warc_offset
        FROM old_news o JOIN new_news n USING (news_id)
        {_capture('new', 'p', 'n.source_url')}
    ) WHERE changed_fields IS NOT NULL
    ORDER BY new_published DESC NULLS LAST, new_title, news_id
"""

_BOTH_PAGES = "FROM old_pages o JOIN new_pages n USING (url)"
_IS_REDIRECT = "coalesce({0}.status BETWEEN 300 AND 399, false)"
_MOVED = (f"{_IS_REDIRECT.format('n')} AND (NOT {_IS_REDIRECT.format('o')} "
          "OR o.final_url IS DISTINCT FROM n.final_url)")
_PAGE_PAIR = ("url, o.status AS old_status, n.status AS new_status, o.final_url AS old_final_url, "
              "n.final_url AS new_final_url, o.title AS old_title, n.title AS new_title, "
              "'new' AS archived_in, n.warc_file, n.warc_offset")

# Each move, with the old page and where it is now: the status of the old URL now (a redirect's) or of the
# new one, and the capture of the new page in the new snapshot (for a redirect to a page the crawl did not
# keep, the redirect's own).
_PAGES_MOVED = """
    SELECT m.old_url AS url, m.new_url, m.how, o.status AS old_status, coalesce(r.status, t.status) AS new_status,
           o.final_url AS old_final_url, coalesce(r.final_url, m.new_url) AS new_final_url,
           o.title AS old_title, coalesce(t.title, r.title) AS new_title,
           'new' AS archived_in, coalesce(t.warc_file, r.warc_file) AS warc_file,
           coalesce(t.warc_offset, r.warc_offset) AS warc_offset
    FROM moves m JOIN old_pages o ON o.url = m.old_url
    LEFT JOIN new_pages r ON r.url = m.old_url LEFT JOIN new_pages t ON t.url = m.new_url
    ORDER BY m.old_url
"""

_QUERIES: dict[str, str] = {
    "facts_added": _added("facts", "fact_id", _FACT_COLUMNS),
    "facts_removed": _vanished("facts", _FACT_COLUMNS, suspect=False),
    "facts_changed": _FACTS_CHANGED,
    "facts_suspect": _vanished("facts", _FACT_COLUMNS, suspect=True),
    "figures_changed": grouping.FIGURES_CHANGED,
    "figures_to_check": grouping.FIGURES_TO_CHECK,
    "news_added": _added("news", "news_id", _NEWS_COLUMNS),
    "news_removed": _vanished("news", _NEWS_COLUMNS, suspect=False),
    "news_edited": _NEWS_EDITED,
    "news_suspect": _vanished("news", _NEWS_COLUMNS, suspect=True),
    "pages_appeared": f"""SELECT {_PAGE_COLUMNS}, 'new' AS archived_in
                          FROM new_pages ANTI JOIN old_pages USING (url)
                          WHERE url NOT IN (SELECT new_url FROM moves) ORDER BY url""",
    "pages_disappeared": f"""SELECT {_PAGE_COLUMNS}, 'old' AS archived_in
                             FROM old_pages ANTI JOIN new_pages USING (url)
                             WHERE url NOT IN (SELECT old_url FROM moves) ORDER BY url""",
    "pages_moved": _PAGES_MOVED,
    "pages_status_changed": f"""SELECT {_PAGE_PAIR} {_BOTH_PAGES}
                                WHERE o.status IS DISTINCT FROM n.status AND NOT ({_MOVED}) ORDER BY url""",
    # The wording of HTML pages by their main-text hash; files without text (PDFs) by their bytes.
    # A page that only the generic parser reads now is left to the health warnings: its two texts
    # were cut out by different parsers and do not compare.
    "pages_text_changed": f"""
        SELECT * FROM (
            SELECT url, o.title AS old_title, n.title AS new_title, o.layout AS old_layout, n.layout AS new_layout,
                   CASE WHEN o.text_sha256 IS NULL AND n.text_sha256 IS NULL
                        THEN o.body_sha256 IS DISTINCT FROM n.body_sha256
                        ELSE o.text_sha256 IS DISTINCT FROM n.text_sha256 END AS text_changed,
                   o.title IS DISTINCT FROM n.title AS title_changed,
                   o.n_facts AS old_n_facts, n.n_facts AS new_n_facts,
                   'new' AS archived_in, n.warc_file, n.warc_offset,
                   o.warc_file AS old_warc_file, o.warc_offset AS old_warc_offset
            {_BOTH_PAGES}
            WHERE o.status = 200 AND n.status = 200
              AND url NOT IN (SELECT url FROM flagged WHERE checks LIKE '%{LAYOUT_UNRECOGNISED}%')
        ) WHERE text_changed OR title_changed
        ORDER BY url""",
}

