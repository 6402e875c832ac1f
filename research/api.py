"""The researcher's view of an archive: snapshots as pandas DataFrames, their history, and SQL over all of them.

Importable without Scrapy. Manifests decide which Parquet files a question needs, and only those are opened:
the tables are Arrow datasets with the schema from code, so nothing is read before a query scans it.

Snapshots are ordered by the date their content stands for (`captured`): a mirror epoch's date, or the
capture time their id encodes. A capture of an old page backfilled today therefore sits before a crawl of
last year, and "latest" means the newest content.
"""

import copy
from datetime import UTC, date, datetime, time
from pathlib import Path

import duckdb
import pandas as pd
import pyarrow as pa
import pyarrow.dataset as ds

from archive.catalog import captured
from archive.errors import ArchiveError
from archive.layout import Layout
from archive.manifests import read_manifest
from archive.schema import SCHEMAS, TABLE_NAMES
from archive.store import LATEST, Archive, check_listed_file
from archive.timestamps import as_utc
from changes.diff import SnapshotDiff, compute_diff

AsOf = date | datetime | str

# Columns of the snapshot index: one row per snapshot, in research order.
SNAPSHOT_COLUMNS = (
    "snapshot_id", "captured", "started_at", "finished_at", "source", "mirror_epoch",
    "pages", "facts", "news", "warnings", "code_version", "extractor_version", "schema_version",
)

_TIMELINE_SQL = """
with stated as (
    select f.value, f.qualifier, f.unit, f.value_num, f.value_date, f.source_url,
           s.position, s.snapshot_id, s.captured
    from facts f join snapshots s using (snapshot_id)
    where f.network_id = $network_id and f.attribute = $attribute
),
per_snapshot as (
    select value, qualifier, unit, position, snapshot_id, captured,
           any_value(value_num) as value_num, any_value(value_date) as value_date,
           list(distinct source_url) as source_urls
    from stated
    group by value, qualifier, unit, position, snapshot_id, captured
),
-- Consecutive snapshots stating the same value form one stretch (gaps and islands): a value that
-- disappears and comes back is two rows, not one stretch that hides the gap.
stretches as (
    select *, position - row_number() over (partition by value, qualifier, unit order by position) as stretch
    from per_snapshot
)
select value, qualifier, unit,
       any_value(value_num) as value_num, any_value(value_date) as value_date,
       arg_min(snapshot_id, position) as first_seen, arg_max(snapshot_id, position) as last_seen,
       min(captured) as first_captured, max(captured) as last_captured,
       count(*) as snapshots,
       list_sort(list_distinct(flatten(list(source_urls)))) as source_urls,
       max(position) = $last_position as current
from stretches
group by value, qualifier, unit, stretch
order by first_captured, last_captured, value
"""


def open_archive(path: Path | str) -> "ResearchArchive":
    """The archive folder at `path`, for reading; an ArchiveError if there is none."""
    root = Path(path)
    if not root.is_dir():
        raise ArchiveError(f"no archive at {root}: the folder does not exist (crawl into it first, "
                           f"e.g. `make demo` writes data/mirror-history)")
    return ResearchArchive(root)


class ResearchArchive:
    """Read-only access to an archive's snapshots as DataFrames; see the module's docstring for the order."""

    def __init__(self, root: Path | str) -> None:
        self._store = Archive(root)
        self._layout = Layout(Path(root))
        # Snapshots are immutable, so a manifest once read stays true; only new ids cost a read.
        self._manifests: dict[str, dict] = {}
        self._connection = duckdb.connect()
        self._connection.execute("SET TimeZone = 'UTC'")

    @property
    def root(self) -> Path:
        return self._store.root

    @property
    def store(self) -> Archive:
        """The underlying store, for tools that take an `Archive` (e.g. the diff engine)."""
        return self._store

    def __repr__(self) -> str:
        return f"open_archive({str(self.root)!r})"

    # -- snapshots -----------------------------------------------------------------------------

    def snapshots(self) -> pd.DataFrame:
        """One row per complete snapshot, oldest content first (the columns of `SNAPSHOT_COLUMNS`)."""
        rows = [_snapshot_row(snapshot_id, self._manifest(snapshot_id)) for snapshot_id in self._store.snapshot_ids()]
        frame = pd.DataFrame(rows, columns=list(SNAPSHOT_COLUMNS))
        for column in ("captured", "started_at", "finished_at"):
            frame[column] = pd.to_datetime(frame[column], utc=True, format="ISO8601")
        frame = frame.sort_values(["captured"], kind="stable").reset_index(drop=True)
        return frame

    def manifest(self, snapshot: str = LATEST, *, as_of: AsOf | None = None) -> dict:
        """A snapshot's manifest (see `resolve` for how it is chosen)."""
        return copy.deepcopy(self._manifest(self.resolve(snapshot, as_of=as_of)))

    def resolve(self, snapshot: str = LATEST, *, as_of: AsOf | None = None) -> str:
        """The snapshot id meant by an id, "latest" (the newest content), or `as_of` a date.

        `as_of` picks the newest snapshot captured at or before that moment; a date includes its
        whole day (UTC).
        """
        index = self.snapshots()
        if index.empty:
            raise ArchiveError(f"the archive {self.root} has no snapshots yet")
        if as_of is not None:
            if snapshot != LATEST:
                raise ArchiveError(f"give either a snapshot ({snapshot!r}) or as_of ({as_of!r}), not both")
            return _newest_captured_by(index, _as_of_bound(as_of), as_of)
        if snapshot == LATEST:
            return str(index["snapshot_id"].iloc[-1])
        return self._store.resolve(snapshot)

    # -- tables --------------------------------------------------------------------------------

    def load(self, table: str, snapshot: str = LATEST, *, as_of: AsOf | None = None) -> pd.DataFrame:
        """One table of one snapshot; only that snapshot's file is read."""
        snapshot_id = self.resolve(snapshot, as_of=as_of)
        return self._read(table, [snapshot_id])

    def history(self, table: str) -> pd.DataFrame:
        """One table of every snapshot, in order, as one DataFrame with a `captured` column added."""
        index = self.snapshots()
        frame = self._read(table, list(index["snapshot_id"]))
        captured = dict(zip(index["snapshot_id"], index["captured"], strict=True))
        frame["captured"] = pd.to_datetime(frame["snapshot_id"].map(captured), utc=True)
        return frame

    def timeline(self, network_id: str, attribute: str) -> pd.DataFrame:
        """Every value the archive saw for one network's attribute, with when it was first and last seen.

        One row per value and stretch of consecutive snapshots stating it: `value, qualifier, unit,
        value_num, value_date, first_seen, last_seen` (snapshot ids), `first_captured, last_captured`,
        `snapshots` (how many), `source_urls` (the pages stating it) and `current` (still stated by the
        newest snapshot). Several values can hold at once when pages disagree.
        """
        index = self._register_views()
        timeline = self._connection.execute(
            _TIMELINE_SQL,
            {"network_id": network_id, "attribute": attribute, "last_position": len(index) - 1},
        ).df()
        if timeline.empty:
            self._raise_unknown_fact(network_id, attribute)
        return timeline

    def diff(self, old: str, new: str = LATEST) -> SnapshotDiff:
        """What changed from snapshot `old` to `new` (ids or "latest"): the diff engine's `SnapshotDiff`,
        whose DataFrames are `facts_added`, `facts_removed`, `facts_changed`, `facts_suspect`,
        `news_added`, `news_removed`, `news_edited` and `pages_*`."""
        return compute_diff(self._store, self.resolve(old), self.resolve(new))

    def sql(self, query: str, params: list | dict | None = None) -> pd.DataFrame:
        """Run SQL over every snapshot: views `pages`, `facts`, `news` (all rows of all snapshots) and
        `snapshots` (the index, with `position` in research order). Only the tables a query names are read."""
        self._register_views()
        try:
            return self._connection.execute(query, params).df()
        except duckdb.Error as exc:
            raise ArchiveError(f"SQL error: {exc}") from None

    # -- internals -----------------------------------------------------------------------------

    def _manifest(self, snapshot_id: str) -> dict:
        """The manifest of a listed snapshot (read straight from its path: resolving the id again would
        list the whole archive once per snapshot)."""
        if snapshot_id not in self._manifests:
            self._manifests[snapshot_id] = read_manifest(self._layout, snapshot_id)
        return self._manifests[snapshot_id]

    def _read(self, table: str, snapshot_ids: list[str]) -> pd.DataFrame:
        try:
            return self._dataset(table, snapshot_ids).to_table().to_pandas()
        except (OSError, pa.ArrowException) as exc:
            for snapshot_id in snapshot_ids:  # name the damaged file: the reader's message seldom does
                check_listed_file(snapshot_id, self._layout.table(snapshot_id, table), self._manifest(snapshot_id),
                                  checksum=True)
            raise ArchiveError(f"cannot read the {table} table of {self.root}: {exc} "
                               f"(`paris-archive verify` checks every file against its manifest)") from None

    def _dataset(self, table: str, snapshot_ids: list[str]) -> ds.Dataset:
        """A lazy dataset over the table's file in each snapshot; the schema from code means no file is
        opened to learn it, and columns older snapshots lack come back as nulls."""
        if table not in TABLE_NAMES:
            raise ArchiveError(f"unknown table {table!r} (tables: {', '.join(TABLE_NAMES)})")
        paths = [str(self._layout.table(snapshot_id, table)) for snapshot_id in snapshot_ids]
        try:
            return ds.dataset(paths, schema=SCHEMAS[table], format="parquet")
        except FileNotFoundError as exc:
            raise ArchiveError(f"a snapshot of {self.root} lacks its {table} table: {exc} is missing") from None

    def _register_views(self) -> pd.DataFrame:
        """(Re)point the views at the current snapshots; registering reads nothing. Returns the index."""
        index = self.snapshots()
        index.insert(1, "position", range(len(index)))
        self._connection.register("snapshots", index)
        for table in TABLE_NAMES:
            self._connection.register(table, self._dataset(table, list(index["snapshot_id"])))
        return index

    def _raise_unknown_fact(self, network_id: str, attribute: str) -> None:
        """A misspelt network or attribute must not pass for "never stated": name what exists instead."""
        known = self._connection.execute(
            "select distinct network_id, attribute from facts where network_id is not null"
        ).fetchall()
        networks = sorted({network for network, _ in known})
        if network_id not in networks:
            raise ArchiveError(f"no facts about network {network_id!r} in any snapshot of {self.root}; "
                               f"networks: {', '.join(networks) or 'none'}")
        attributes = sorted({attr for network, attr in known if network == network_id and attr})
        if attribute not in attributes:
            raise ArchiveError(f"no {attribute!r} facts about {network_id!r} in any snapshot; "
                               f"its attributes: {', '.join(attributes)}")


def _snapshot_row(snapshot_id: str, manifest: dict) -> dict:
    extra = manifest.get("extra") or {}
    counts = manifest.get("row_counts") or {}
    return {
        "snapshot_id": snapshot_id,
        "captured": captured(snapshot_id, manifest).isoformat(),
        "started_at": manifest.get("started_at"),
        "finished_at": manifest.get("finished_at"),
        "source": manifest.get("source"),
        "mirror_epoch": extra.get("mirror_epoch"),
        "pages": counts.get("pages"),
        "facts": counts.get("facts"),
        "news": counts.get("news"),
        "warnings": len(manifest.get("warnings") or []),
        "code_version": manifest.get("code_version"),
        "extractor_version": manifest.get("extractor_version"),
        "schema_version": manifest.get("schema_version"),
    }


def _as_of_bound(as_of: AsOf) -> datetime:
    """The last instant `as_of` includes: the end of the day for a date, the instant itself for a date-time."""
    if isinstance(as_of, str):
        as_of = _parse_as_of(as_of)
    if isinstance(as_of, datetime):
        return as_utc(as_of, "as_of")
    if isinstance(as_of, date):
        return datetime.combine(as_of, time.max, UTC)
    raise ArchiveError(f"as_of must be a date, a datetime or an ISO 8601 string, not {type(as_of).__name__}")


def _parse_as_of(text: str) -> date | datetime:
    try:
        return date.fromisoformat(text) if len(text) == 10 else datetime.fromisoformat(text)
    except ValueError:
        raise ArchiveError(f"as_of {text!r} is not an ISO 8601 date (2015-01-31) or date-time "
                           f"(2015-01-31T12:00:00Z)") from None


def _newest_captured_by(index: pd.DataFrame, bound: datetime, as_of: AsOf) -> str:
    eligible = index[index["captured"] <= pd.Timestamp(bound)]
    if eligible.empty:
        oldest = index.iloc[0]
        raise ArchiveError(f"no snapshot captured on or before {as_of}; the oldest is "
                           f"{oldest['snapshot_id']}, captured {oldest['captured'].isoformat()}")
    return str(eligible["snapshot_id"].iloc[-1])
