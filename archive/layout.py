"""Where everything lives inside an archive folder."""

from dataclasses import dataclass
from pathlib import Path

from archive.errors import ArchiveError

MANIFEST_NAME = "manifest.json"
WARC_NAME = "captures.warc.gz"
# The CDXJ index of WARC_NAME, beside it.
INDEX_NAME = "captures.cdxj"
# One row per published snapshot, beside snapshots/ (see archive.catalog).
CATALOG_NAME = "catalog.parquet"


@dataclass(frozen=True)
class Layout:
    """ARCHIVE/{snapshots,runs,logs,.staging}/ and the names of the files in them."""

    root: Path

    @classmethod
    def around(cls, snapshot_file: Path) -> "Layout":
        """The layout of the archive whose snapshot folder holds `snapshot_file` (ARCHIVE/snapshots/<id>/<file>)."""
        return cls(Path(snapshot_file).resolve().parent.parent.parent)

    def __post_init__(self) -> None:
        if self.root.exists() and not self.root.is_dir():
            raise ArchiveError(f"archive path {self.root} is a file, not a folder")

    @property
    def snapshots(self) -> Path:
        return self.root / "snapshots"

    @property
    def runs(self) -> Path:
        return self.root / "runs"

    @property
    def logs(self) -> Path:
        return self.root / "logs"

    @property
    def catalog(self) -> Path:
        return self.root / CATALOG_NAME

    @property
    def staging(self) -> Path:
        return self.root / ".staging"

    def snapshot_dir(self, snapshot_id: str) -> Path:
        return self.snapshots / snapshot_id

    def manifest(self, snapshot_id: str) -> Path:
        return self.snapshot_dir(snapshot_id) / MANIFEST_NAME

    def table(self, snapshot_id: str, table: str) -> Path:
        return self.snapshot_dir(snapshot_id) / f"{table}.parquet"

    def warc(self, snapshot_id: str, warc_file: str | None = None) -> Path:
        """A snapshot's WARC file: the one a row names, or the snapshot's own."""
        return self.snapshot_dir(snapshot_id) / (warc_file or WARC_NAME)

    def index(self, snapshot_id: str) -> Path:
        return self.snapshot_dir(snapshot_id) / INDEX_NAME

    def run_record(self, snapshot_id: str) -> Path:
        return self.runs / f"{snapshot_id}.json"

    def staging_dir(self, snapshot_id: str) -> Path:
        return self.staging / snapshot_id

    def create_folders(self) -> None:
        for folder in (self.snapshots, self.runs, self.logs, self.staging):
            try:
                folder.mkdir(parents=True, exist_ok=True)
            except (FileExistsError, NotADirectoryError):
                raise ArchiveError(f"cannot create {folder}: a file is in the way") from None
