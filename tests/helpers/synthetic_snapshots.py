"""Published snapshots as the writer leaves them (tables and manifest), written fast: hundreds of them in a
second, for the researchers' API's tests and benchmark."""

import json
from datetime import UTC, datetime
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from archive.tables import rows_to_batch

FACTS_PER_SNAPSHOT = 60
FIRST_CAPTURE = datetime(2012, 1, 2, 6, 15, tzinfo=UTC)


def snapshot_id_of(moment: datetime) -> str:
    return moment.strftime("%Y%m%dT%H%M%SZ")


def fact_rows(snapshot_id: str, members: int) -> list[dict]:
    rows = [{"snapshot_id": snapshot_id, "fact_id": "aimf-cities", "network_id": "aimf",
             "attribute": "member_cities", "value": str(members), "value_num": float(members),
             "qualifier": "more_than", "source_url": "https://www.paris.fr/international/aimf"}]
    rows += [{"snapshot_id": snapshot_id, "fact_id": f"filler-{n}", "network_id": "uclg", "attribute": "founded",
              "value": "2004", "value_date": "2004", "qualifier": "exact",
              "source_url": f"https://www.paris.fr/international/page-{n}"} for n in range(FACTS_PER_SNAPSHOT - 1)]
    return rows


def write_snapshot(root: Path, moment: datetime, members: int, extra: dict | None = None) -> str:
    """A published snapshot as the writer leaves it (tables and manifest), without the cost of a crawl."""
    snapshot_id = snapshot_id_of(moment)
    folder = root / "snapshots" / snapshot_id
    folder.mkdir(parents=True)
    tables = {"facts": fact_rows(snapshot_id, members), "pages": [], "news": []}
    for table, rows in tables.items():
        pq.write_table(pa.Table.from_batches([rows_to_batch(table, rows)]), folder / f"{table}.parquet")
    iso = moment.isoformat().replace("+00:00", "Z")
    manifest = {"snapshot_id": snapshot_id, "status": "complete", "source": "live", "started_at": iso,
                "finished_at": iso, "row_counts": {table: len(rows) for table, rows in tables.items()},
                "extra": extra or {}, "warnings": [], "schema_version": 1}
    (folder / "manifest.json").write_text(json.dumps(manifest))
    return snapshot_id
