"""Reading an archive: complete snapshots, their manifests and tables, and the record of every run."""

from pathlib import Path

from archive.errors import ArchiveError
from archive.files import sha256_and_size
from archive.ids import published_snapshot_ids
from archive.layout import Layout
from archive.manifests import DamagedSnapshot, read_manifest
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
        """The manifest of every complete snapshot, oldest first; DamagedSnapshot for the first that cannot be read."""
        return [read_manifest(self._layout, snapshot_id) for snapshot_id in self.snapshot_ids()]

    def readable_snapshots(self) -> tuple[list[dict], list[DamagedSnapshot]]:
        """The manifests that can be read, oldest first, and what is wrong with the others."""
        manifests, damaged = [], []
        for snapshot_id in self.snapshot_ids():
            try:
                manifests.append(read_manifest(self._layout, snapshot_id))
            except DamagedSnapshot as exc:
                damaged.append(exc)
        return manifests, damaged

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
        return read_manifest(self._layout, self.resolve(snapshot_id))

    def snapshot_dir(self, snapshot_id: str) -> Path:
        return self._layout.snapshot_dir(self.resolve(snapshot_id))

    def warc(self, snapshot_id: str, warc_file: str | None = None) -> Path:
        """A snapshot's WARC file (the one a pages row names), there and of the size its manifest lists."""
        snapshot_id = self.resolve(snapshot_id)
        path = self._layout.warc(snapshot_id, warc_file)
        if path.parent != self._layout.snapshot_dir(snapshot_id):
            raise DamagedSnapshot(snapshot_id, "pages.parquet", f"names {warc_file!r} as a WARC file of the snapshot")
        check_listed_file(snapshot_id, path, self.manifest(snapshot_id))
        return path

    def index(self, snapshot_id: str) -> Path:
        return self._layout.index(self.resolve(snapshot_id))

    def table_path(self, snapshot_id: str, table: str) -> Path:
        from archive.schema import TABLE_NAMES  # pyarrow: not for the crawl's process, which only opens an archive

        if table not in TABLE_NAMES:
            raise ArchiveError(f"unknown table {table!r} (tables: {', '.join(TABLE_NAMES)})")
        snapshot_id = self.resolve(snapshot_id)
        path = self._layout.table(snapshot_id, table)
        check_listed_file(snapshot_id, path, self.manifest(snapshot_id), checksum=True)
        return path

    def runs(self) -> list[dict]:
        """Every run record, oldest first; a run whose process died unannounced is saved and shown as failed."""
        return self._runs.all()


def check_listed_file(snapshot_id: str, path: Path, manifest: dict, checksum: bool = False) -> None:
    """DamagedSnapshot unless the file is there with the size (and, with `checksum`, the SHA-256) its manifest lists.
    Tables are checksummed as they are opened, which costs little beside reading them and names the damaged file
    where a Parquet reader would only say that some page does not decompress; `verify` checks everything."""
    entry = (manifest.get("files") or {}).get(path.name)
    try:
        size = path.stat().st_size
        digest = sha256_and_size(path)[0] if checksum and entry is not None and size == entry["bytes"] else None
    except FileNotFoundError:
        raise DamagedSnapshot(snapshot_id, path.name, "is missing") from None
    except OSError as exc:
        raise DamagedSnapshot(snapshot_id, path.name, f"cannot be read ({exc.strerror})") from None
    if entry is None:
        return
    if size != entry["bytes"]:
        raise DamagedSnapshot(snapshot_id, path.name, f"has {size} bytes where its manifest lists {entry['bytes']}")
    if digest is not None and digest != entry["sha256"]:
        raise DamagedSnapshot(snapshot_id, path.name, "does not have the SHA-256 its manifest lists")
