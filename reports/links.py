"""Links from a report to the live page and to its archived copy (a record in a snapshot's WARC file)."""

from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote


@dataclass(frozen=True)
class ArchiveLinks:
    """`base_url` is where readers reach the archive folder: a `file://` URL on this machine, or the
    URL an archive is published under (e.g. https://archives.example.org/paris)."""

    base_url: str

    @classmethod
    def for_folder(cls, root: Path | str, base_url: str | None = None) -> "ArchiveLinks":
        return cls((base_url or Path(root).resolve().as_uri()).rstrip("/"))

    def capture(self, snapshot_id: str, warc_file: str | None, warc_offset: int | None) -> dict | None:
        """The archived copy: a link to the WARC file and where its record starts; None if nothing was captured."""
        if not warc_file or warc_offset is None:
            return None
        return {
            "href": f"{self.base_url}/snapshots/{quote(snapshot_id)}/{quote(warc_file)}",
            "label": f"snapshot {snapshot_id}, {warc_file} at byte {warc_offset}",
        }
