"""Reading an archive: complete snapshots, their manifests and tables, and the record of every run."""

from pathlib import Path

from archive.errors import ArchiveError
from archive.files import read_json
from archive.ids import published_snapshot_ids
from archive.layout import Layout
from archive.runs import RunRecords

LATEST = "latest"
# How many ids an "unknown snapshot" message lists before pointing at the full list.
_IDS_IN_MESSAGES = 5

__all__ = ["LATEST", "Archive", "ArchiveError"]


class Archive:
    """An archive folder, read-only except for marking interrupted runs; staging is never read."""

    def __init__(self, root: Path | str) -> None:
        self._layout = Layout(Path(root))
        self._runs = RunRecords(self._layout)

    @property
    def root(self) -> Path:
        return self._layout.root

    def snapshot_ids(self) -> list[str]:
        """Ids of the published snapshots, oldest first."""
        return published_snapshot_ids(self._layout)

    def snapshots(self) -> list[dict]:
        """The manifest of every complete snapshot, oldest first."""
        return [read_json(self._layout.manifest(snapshot_id)) for snapshot_id in self.snapshot_ids()]

    def resolve(self, snapshot_id: str) -> str:
        """The id itself, or the newest id for "latest"; an unknown id is an ArchiveError."""
        known = self.snapshot_ids()
        if not known:
            raise ArchiveError(f"no snapshot {snapshot_id!r} in {self.root}: the archive has no snapshots yet")
        if snapshot_id == LATEST:
            return known[-1]
        if snapshot_id not in known:
            recent = ", ".join(known[-_IDS_IN_MESSAGES:])
            raise ArchiveError(
                f"no snapshot {snapshot_id!r} in {self.root}; the newest are {recent} "
                f"(`paris-archive snapshots` lists them all, '{LATEST}' names the newest)"
            )
        return snapshot_id

    def manifest(self, snapshot_id: str) -> dict:
        return read_json(self._layout.manifest(self.resolve(snapshot_id)))

    def snapshot_dir(self, snapshot_id: str) -> Path:
        return self._layout.snapshot_dir(self.resolve(snapshot_id))

    def warc(self, snapshot_id: str, warc_file: str | None = None) -> Path:
        return self._layout.warc(self.resolve(snapshot_id), warc_file)

    def index(self, snapshot_id: str) -> Path:
        return self._layout.index(self.resolve(snapshot_id))

    def table_path(self, snapshot_id: str, table: str) -> Path:
        from archive.schema import TABLE_NAMES  # pyarrow: not for the crawl's process, which only opens an archive

        if table not in TABLE_NAMES:
            raise ArchiveError(f"unknown table {table!r} (tables: {', '.join(TABLE_NAMES)})")
        return self._layout.table(self.resolve(snapshot_id), table)

    def runs(self) -> list[dict]:
        """Every run record, oldest first; a run whose process died unannounced is saved and shown as failed."""
        return self._runs.all()
