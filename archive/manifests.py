"""A snapshot's manifest, read back and checked for the shape every reader relies on.

A manifest that is not JSON, not UTF-8, or whose `files` or `row_counts` are not what the writer wrote, is the
archive's own error naming the snapshot and the file, never a KeyError or an AttributeError further on.
"""

from archive.errors import ArchiveError
from archive.files import read_json
from archive.layout import MANIFEST_NAME, Layout

VERIFY_HINT = "run `paris-archive verify` to see what is damaged"
# What readers rely on: fields they cannot do without, and fields that must have their type when present (a manifest
# written by other tools may leave them out). `verify` needs the file list too.
_REQUIRED = {"snapshot_id": str, "status": str, "source": str, "row_counts": dict}
_TYPED = {"start_urls": list, "files": dict, "extra": dict, "warnings": list}
_REQUIRED_BY_VERIFY = {**_REQUIRED, "files": dict}
_TABLES = ("pages", "facts", "news")


class DamagedSnapshot(ArchiveError):
    """A file of a published snapshot is missing, unreadable or not what its manifest says."""

    def __init__(self, snapshot_id: str, file: str, problem: str) -> None:
        self.snapshot_id, self.file = snapshot_id, file
        super().__init__(f"snapshot {snapshot_id}: {file} {problem}; {VERIFY_HINT}")


def _json_type(value: object) -> str:
    names = {dict: "an object", list: "a list", str: "a string", bool: "a boolean", type(None): "null"}
    return names.get(type(value), "a number")


def manifest_problems(manifest: object, snapshot_id: str, *, for_verify: bool = False) -> list[str]:
    """What is wrong with the shape of a snapshot's manifest (nothing when it is whole); `for_verify` also asks for
    the file list, without which nothing can be checked."""
    if not isinstance(manifest, dict):
        return [f"is {_json_type(manifest)}, not a manifest"]
    required = _REQUIRED_BY_VERIFY if for_verify else _REQUIRED
    problems = [f"has no {name!r}" for name in required if name not in manifest]
    problems += [f"has {_json_type(manifest[name])} as {name!r}" for name, kind in {**_TYPED, **required}.items()
                 if name in manifest and not isinstance(manifest[name], kind)]
    if isinstance(manifest.get("snapshot_id"), str) and manifest["snapshot_id"] != snapshot_id:
        problems.append(f"names snapshot {manifest['snapshot_id']!r}, not its folder's")
    for name, entry in (manifest.get("files") or {}).items() if isinstance(manifest.get("files"), dict) else ():
        if "/" in name or "\\" in name or name in ("", ".", "..", MANIFEST_NAME):
            problems.append(f"lists {name!r}, which is not a file of the snapshot")
        elif not (isinstance(entry, dict) and isinstance(entry.get("sha256"), str)
                  and isinstance(entry.get("bytes"), int) and not isinstance(entry.get("bytes"), bool)):
            problems.append(f"lists {name!r} without its SHA-256 and size")
    counts = manifest.get("row_counts")
    if isinstance(counts, dict):
        problems += [f"has no row count for {table!r}" for table in _TABLES
                     if not isinstance(counts.get(table), int) or isinstance(counts.get(table), bool)]
    return problems


def read_manifest(layout: Layout, snapshot_id: str) -> dict:
    """The manifest of a published snapshot, whole; DamagedSnapshot if it cannot be read or lacks what readers use."""
    try:
        manifest = read_json(layout.manifest(snapshot_id))
    except ArchiveError as exc:
        reason = str(exc).removeprefix(str(layout.manifest(snapshot_id))).strip()
        raise DamagedSnapshot(snapshot_id, MANIFEST_NAME, reason) from None
    problems = manifest_problems(manifest, snapshot_id)
    if problems:
        raise DamagedSnapshot(snapshot_id, MANIFEST_NAME, problems[0])
    return manifest


# Where the readers of Parquet, SQL over it, WARC and gzip raise from when a file is damaged.
_READER_MODULES = ("pyarrow", "duckdb", "warcio", "gzip", "zlib")


def reading_failure(exc: BaseException) -> str | None:
    """A library's error on reading an archive file, as one line pointing at `verify`, or the system's (a full disk)
    as one line; None for anything else (a bug is a bug, and keeps its traceback)."""
    if isinstance(exc, OSError) and exc.errno is not None:  # the system's own: a full disk, a read-only folder
        where = f": {exc.filename}" if exc.filename else ""
        return f"{exc.strerror or type(exc).__name__}{where}"
    module = type(exc).__module__ or ""
    # pyarrow raises plain OSErrors, without an errno, for files it cannot decode.
    from_a_reader = module.split(".")[0].lstrip("_") in _READER_MODULES
    if not (from_a_reader or isinstance(exc, (EOFError, UnicodeDecodeError, OSError))):
        return None
    first_line = (str(exc).strip().splitlines() or [type(exc).__name__])[0][:200]
    return f"an archive file could not be read ({type(exc).__name__}: {first_line}); {VERIFY_HINT}"
