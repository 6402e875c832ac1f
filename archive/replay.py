"""An archive as one pywb collection: every snapshot's CDXJ index merged into one, its WARC files left in place.

Every snapshot's WARC file has the same name, so the merged index names each by its snapshot folder
(`<snapshot_id>/captures.warc.gz`) and pywb reads it under `ARCHIVE/snapshots/`. One collection holds every
snapshot, so a revisit record is replayed with the payload an earlier snapshot holds.
"""

import json
import os
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path

from archive.cdxj import read_index
from archive.errors import ArchiveError
from archive.layout import Layout
from archive.store import Archive

# pywb's collection names are word characters and dashes; "static" is where it serves its own files.
_NOT_IN_COLLECTION_NAME = re.compile(r"[^A-Za-z0-9_-]+")
_RESERVED_NAMES = {"static", "collinfo.json", "proxy-fetch"}
DEFAULT_COLLECTION = "archive"


def collection_name(root: Path | str) -> str:
    """The collection an archive is replayed as: its folder's name, as pywb accepts it (`mirror-history`)."""
    name = _NOT_IN_COLLECTION_NAME.sub("-", Path(root).resolve().name).strip("-").lower()
    return name if name and name not in _RESERVED_NAMES else DEFAULT_COLLECTION


@dataclass(frozen=True)
class ReplayCapture:
    """Where pywb finds one record: the URL it was captured from and its 14-digit capture time."""

    url: str
    timestamp: str


def capture_at(root: Path, snapshot_id: str, warc_file: str, warc_offset: int,
               cache: dict[str, dict[tuple[str, int], ReplayCapture]]) -> ReplayCapture | None:
    """The record a pages row points at, from its snapshot's index (read once per snapshot into `cache`)."""
    if snapshot_id not in cache:
        path = Layout(root).index(snapshot_id)
        entries = read_index(path) if path.is_file() else []
        cache[snapshot_id] = {(entry.filename, entry.offset): ReplayCapture(entry.url, entry.timestamp)
                              for entry in entries}
    return cache[snapshot_id].get((warc_file, int(warc_offset)))


def replay_index_lines(archive: Archive) -> list[str]:
    """Every snapshot's index lines, each naming its WARC file by snapshot folder, sorted as pywb searches them."""
    lines = []
    for snapshot_id in archive.snapshot_ids():
        path = archive.index(snapshot_id)
        if not path.is_file():
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            key, timestamp, block = _split(line, path)
            block["filename"] = f"{snapshot_id}/{block['filename']}"
            lines.append(f"{key} {timestamp} {json.dumps(block)}")
    return sorted(lines)


def _split(line: str, path: Path) -> tuple[str, str, dict]:
    key, _, rest = line.partition(" ")
    timestamp, _, block = rest.partition(" ")
    try:
        fields = json.loads(block)
        if not isinstance(fields, dict) or "filename" not in fields:
            raise ValueError("no filename")
    except ValueError as exc:
        raise ArchiveError(f"{path} has a line that is not CDXJ ({exc}): `paris-archive verify` says more") from None
    return key, timestamp, fields


def write_replay_index(archive: Archive, target: Path) -> int:
    """Write the merged index to `target` in one rename (pywb reopens it on every lookup); returns its lines."""
    lines = replay_index_lines(archive)
    target.parent.mkdir(parents=True, exist_ok=True)
    descriptor, temporary = tempfile.mkstemp(dir=target.parent, prefix=".index.", suffix=".tmp")
    with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
        handle.write("".join(f"{line}\n" for line in lines))
    os.replace(temporary, target)
    return len(lines)


def pywb_config(archive: Archive, index: Path) -> str:
    """pywb's config.yaml for the archive's collection: pages replayed unframed, with pywb's banner."""
    collection = collection_name(archive.root)
    snapshots = Layout(archive.root).snapshots.resolve()
    return (
        "# Written by paris-archive replay on every start.\n"
        "framed_replay: false\n"
        "collections:\n"
        f"  {collection}:\n"
        f"    index_paths: {json.dumps(str(index.resolve()))}\n"
        f"    archive_paths: {json.dumps(str(snapshots) + os.sep)}\n"
    )
