"""Durable file operations: JSON written whole or not at all, fsync, checksums."""

import errno
import hashlib
import json
import os
import stat
import tempfile
from datetime import date, datetime
from pathlib import Path

from archive.errors import ArchiveError

_CHUNK = 1 << 20


def json_text(data: object, what: str) -> str:
    """Stable JSON (sorted keys, indent 2); datetimes become ISO 8601 since crawl stats often hold some."""
    try:
        return json.dumps(data, sort_keys=True, indent=2, ensure_ascii=False, default=_jsonable) + "\n"
    except (TypeError, ValueError) as exc:
        raise ArchiveError(f"{what} cannot be written as JSON: {exc}") from None


def _jsonable(value: object) -> str:
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    raise TypeError(f"{type(value).__name__} value {value!r} is not JSON serialisable")


def read_json(path: Path) -> dict:
    """The JSON document in `path`; ArchiveError, naming the file, if it cannot be read or is not JSON in UTF-8.
    Its shape is the caller's to check: a damaged file may hold a list, or null."""
    try:
        return json.loads(path.read_bytes().decode("utf-8"))
    except FileNotFoundError:
        raise ArchiveError(f"{path} does not exist") from None
    except OSError as exc:
        raise ArchiveError(f"{path} cannot be read ({exc.strerror})") from None
    except UnicodeDecodeError as exc:
        raise ArchiveError(f"{path} is not UTF-8 text (byte {exc.start})") from None
    except (json.JSONDecodeError, RecursionError) as exc:
        raise ArchiveError(f"{path} is not valid JSON ({str(exc)[:80]})") from None


def write_json_atomic(path: Path, data: object, what: str) -> None:
    """Replace `path` so that readers see either the old or the new content, never a partial file."""
    temporary = _durable_temporary(path, json_text(data, what))
    os.replace(temporary, path)
    fsync_dir(path.parent)


def create_json_exclusive(path: Path, data: object, what: str) -> bool:
    """Create `path` with its full content, or return False if it already exists.

    A hard link is both exclusive and atomic, so a competing process can neither take the same
    name nor read the file half-written.
    """
    temporary = _durable_temporary(path, json_text(data, what))
    try:
        os.link(temporary, path)
    except FileExistsError:
        return False
    finally:
        temporary.unlink()
    fsync_dir(path.parent)
    return True


def _durable_temporary(path: Path, text: str) -> Path:
    descriptor, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
        handle.write(text)
        handle.flush()
        os.fsync(handle.fileno())
    return Path(name)


def open_state_file(path: Path, flags: int, what: str) -> int:
    """A descriptor on a lock or state file of the archive, never through a symbolic link or onto another name of
    someone else's file: run as root beside folders others can write, following one would empty its target."""
    try:  # O_NONBLOCK: a FIFO in its place would otherwise hang the open
        descriptor = os.open(path, flags | os.O_NOFOLLOW | os.O_CLOEXEC | os.O_NONBLOCK, 0o644)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise ArchiveError(f"{path} is a symbolic link; {what} is never opened through one: remove it") from None
        if exc.errno == errno.EISDIR:
            raise ArchiveError(f"{path} is a folder where {what} belongs: remove it") from None
        raise ArchiveError(f"cannot open {what} {path}: {exc.strerror}") from None
    details = os.fstat(descriptor)
    if not stat.S_ISREG(details.st_mode) or details.st_nlink > 1:
        os.close(descriptor)
        kind = "not a regular file" if not stat.S_ISREG(details.st_mode) else "a hard link to another file"
        raise ArchiveError(f"{path} is {kind}; {what} must be a file of its own: remove it")
    os.set_blocking(descriptor, True)
    return descriptor


def fsync_file(path: Path) -> None:
    with path.open("rb") as handle:
        os.fsync(handle.fileno())


def fsync_dir(path: Path) -> None:
    """Make a rename or a new entry in `path` survive a power cut."""
    descriptor = os.open(path, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def sha256_and_size(path: Path) -> tuple[str, int]:
    digest = hashlib.sha256()
    size = 0
    with path.open("rb") as handle:
        while chunk := handle.read(_CHUNK):
            digest.update(chunk)
            size += len(chunk)
    return digest.hexdigest(), size
