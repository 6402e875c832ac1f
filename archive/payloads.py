"""Where the first full copy of each payload is kept, so that a repeated payload is stored as a revisit.

A payload is named by its WARC payload digest (SHA-1 in base 32, as warcio writes it). The index covers the
published snapshots of an archive (read from their CDXJ indexes) plus whatever the current writer adds.
"""

import base64
import hashlib
from dataclasses import dataclass
from pathlib import Path

from archive.cdxj import read_index
from archive.errors import ArchiveError
from archive.ids import published_snapshot_ids
from archive.layout import Layout


def payload_digest(body: bytes) -> str:
    """The `WARC-Payload-Digest` warcio writes for this payload: `sha1:` and the base-32 SHA-1."""
    return "sha1:" + base64.b32encode(hashlib.sha1(body).digest()).decode("ascii")


@dataclass(frozen=True)
class StoredPayload:
    """The response record that holds a payload in full."""

    digest: str
    snapshot_id: str
    warc_file: str
    offset: int
    length: int
    target_uri: str
    warc_date: str


class PayloadIndex:
    """Payload digest -> the first response record holding that payload."""

    def __init__(self, layout: Layout) -> None:
        self._layout = layout
        self._first: dict[str, StoredPayload] = {}

    @classmethod
    def of_archive(cls, root: Path) -> "PayloadIndex":
        """The payloads of every published snapshot of the archive at `root`, oldest snapshot first.

        Snapshots without a readable CDXJ file (written before indexes existed, or damaged: `verify` says
        so) are left out: their payloads are simply stored again.
        """
        index = cls(Layout(Path(root)))
        for snapshot_id in published_snapshot_ids(index._layout):
            try:
                entries = read_index(index._layout.index(snapshot_id))
            except ArchiveError:
                continue
            for entry in entries:
                if entry.is_revisit or not entry.digest or entry.warc_date is None:
                    continue
                index.add(StoredPayload(entry.digest, snapshot_id, entry.filename, entry.offset, entry.length,
                                        entry.url, entry.warc_date))
        return index

    def add(self, payload: StoredPayload) -> None:
        """Remember where a payload is, unless an earlier record already holds it."""
        self._first.setdefault(payload.digest, payload)

    def find(self, digest: str) -> StoredPayload | None:
        return self._first.get(digest)

    def warc_path(self, payload: StoredPayload) -> Path:
        """The published WARC file that holds `payload`."""
        return self._layout.warc(payload.snapshot_id, payload.warc_file)
