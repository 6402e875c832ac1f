"""Fixity: are the files of each snapshot still the ones its manifest lists, and can they still be read?

Every checksum of every manifest is recomputed, every Parquet table is read in full, every WARC record is
read with its digests checked and every revisit is resolved, and every CDXJ line is parsed.
"""

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pyarrow.parquet as pq
from warcio.archiveiterator import ArchiveIterator

from archive.cdxj import read_index
from archive.errors import ArchiveError
from archive.files import read_json, sha256_and_size
from archive.ids import is_snapshot_id, snapshot_folder_ids
from archive.layout import MANIFEST_NAME, Layout
from archive.manifests import manifest_problems
from archive.payloads import PayloadIndex
from archive.runs import COMPLETE
from archive.store import LATEST, Archive

MISSING = "missing"
CHANGED = "changed"
UNREADABLE = "unreadable"
# Files that read well but disagree with another record: a table with other row counts than its manifest.
INCONSISTENT = "inconsistent"


@dataclass(frozen=True)
class Problem:
    snapshot_id: str
    file: str
    kind: str  # MISSING, CHANGED or UNREADABLE
    detail: str

    def __str__(self) -> str:
        where = self.file if self.file.startswith("runs/") else f"{self.snapshot_id}/{self.file}"
        return f"{self.kind.upper():<10} {where}: {self.detail}"


@dataclass(frozen=True)
class FixityReport:
    snapshots: list[str]
    files_checked: int
    problems: list[Problem]

    @property
    def ok(self) -> bool:
        return not self.problems


def verify_archive(root: Path, snapshot_id: str | None = None,
                   progress: Callable[[int, int], None] | None = None) -> FixityReport:
    """Check one snapshot (an id, or "latest"), or every snapshot folder of the archive when `snapshot_id` is None.

    A snapshot folder whose manifest is gone is reported too, since the archive no longer lists it.
    `progress(done, total)` is told after each snapshot.
    """
    layout = Layout(Path(root))
    if not layout.root.is_dir():
        raise ArchiveError(f"no archive at {layout.root}")
    ids = [_chosen_id(layout, snapshot_id)] if snapshot_id else snapshot_folder_ids(layout)
    payloads = PayloadIndex.of_archive(layout.root)
    problems: list[Problem] = []
    files_checked = 0
    for done, current in enumerate(ids, start=1):
        checked, found = _verify_snapshot(layout, current, payloads)
        files_checked += checked
        problems += found
        if progress:
            progress(done, len(ids))
    problems += _run_record_problems(layout, ids[0] if snapshot_id else None)
    return FixityReport(ids, files_checked, problems)


def _chosen_id(layout: Layout, snapshot_id: str) -> str:
    if snapshot_id != LATEST and is_snapshot_id(snapshot_id) and layout.snapshot_dir(snapshot_id).is_dir():
        return snapshot_id
    return Archive(layout.root).resolve(snapshot_id)


def _verify_snapshot(layout: Layout, snapshot_id: str, payloads: PayloadIndex) -> tuple[int, list[Problem]]:
    folder = layout.snapshot_dir(snapshot_id)
    manifest_path = folder / MANIFEST_NAME
    if not manifest_path.is_file():
        return 0, [Problem(snapshot_id, MANIFEST_NAME, MISSING,
                           "the snapshot has no manifest, so nothing in it can be checked")]
    try:
        manifest = read_json(manifest_path)
    except ArchiveError as exc:
        return 1, [Problem(snapshot_id, MANIFEST_NAME, UNREADABLE, str(exc).removeprefix(str(manifest_path)).strip())]
    shape = manifest_problems(manifest, snapshot_id, for_verify=True)
    problems = [Problem(snapshot_id, MANIFEST_NAME, UNREADABLE, problem) for problem in shape]
    if shape:  # the file list and the counts cannot be trusted: check only the files that are plainly listed
        listed = manifest.get("files") if isinstance(manifest, dict) and isinstance(manifest.get("files"), dict) else {}
        listed = {name: entry for name, entry in listed.items()
                  if isinstance(entry, dict) and "/" not in name and name not in ("", ".", "..")}
    else:
        listed = manifest["files"]
    for name, expected in sorted(listed.items()):
        problems += _verify_file(snapshot_id, folder / name, expected, payloads)
    if not shape:
        problems += _row_count_problems(snapshot_id, folder, manifest)
    return len(listed) + 1, problems


def _row_count_problems(snapshot_id: str, folder: Path, manifest: dict) -> list[Problem]:
    """Tables whose number of rows is not the one the manifest states (a table replaced by another, say)."""
    problems = []
    for table, expected in sorted(manifest["row_counts"].items()):
        path = folder / f"{table}.parquet"
        try:
            rows = pq.read_metadata(path).num_rows
        except Exception:  # noqa: BLE001 - a missing or unreadable table is reported as such already
            continue
        if rows != expected:
            problems.append(Problem(snapshot_id, path.name, INCONSISTENT,
                                    f"{rows} rows, where the manifest's row_counts say {expected}"))
    return problems


def _run_record_problems(layout: Layout, snapshot_id: str | None) -> list[Problem]:
    """Run records that cannot be read, and complete runs whose snapshot folder is gone (all, or one snapshot's)."""
    if snapshot_id is not None:
        paths = [layout.run_record(snapshot_id)] if layout.run_record(snapshot_id).is_file() else []
    else:
        paths = sorted(layout.runs.glob("*.json")) if layout.runs.is_dir() else []
    problems = []
    for path in paths:
        current, file = path.stem, f"runs/{path.name}"
        if not is_snapshot_id(current):
            continue
        try:
            record = read_json(path)
        except ArchiveError as exc:
            problems.append(Problem(current, file, UNREADABLE, str(exc).removeprefix(str(path)).strip()))
            continue
        if not isinstance(record, dict) or not isinstance(record.get("status"), str):
            problems.append(Problem(current, file, UNREADABLE, "not a run record (a JSON object with a status)"))
        elif record["status"] == COMPLETE and not layout.snapshot_dir(current).is_dir():
            problems.append(Problem(current, file, MISSING, "the run says the snapshot is complete, "
                                                            "but its folder is gone"))
    return problems


def _verify_file(snapshot_id: str, path: Path, expected: dict, payloads: PayloadIndex) -> list[Problem]:
    def problem(kind: str, detail: str) -> Problem:
        return Problem(snapshot_id, path.name, kind, detail)

    if not path.is_file():
        return [problem(MISSING, "listed in the manifest but not on disk")]
    sha256, size = sha256_and_size(path)
    problems = []
    if (sha256, size) != (expected.get("sha256"), expected.get("bytes")):
        problems.append(problem(CHANGED, f"{size} bytes with SHA-256 {sha256[:16]}..., the manifest says "
                                         f"{expected.get('bytes')} bytes with {str(expected.get('sha256'))[:16]}..."))
    problems += [problem(UNREADABLE, reason) for reason in _unreadable(path, payloads)]
    return problems


def file_problems(path: Path, payloads: PayloadIndex) -> list[str]:
    """Why a file cannot be read as what its name says it is (a Parquet table, a CDXJ index, a WARC file)."""
    return list(_unreadable(path, payloads))


def _unreadable(path: Path, payloads: PayloadIndex) -> Iterator[str]:
    """Why the file cannot be read as what its name says it is (nothing when it can)."""
    name = path.name
    try:
        if name.endswith(".parquet"):
            pq.read_table(path)
        elif name.endswith(".cdxj"):
            read_index(path)
        elif name.endswith((".warc.gz", ".warc")):
            yield from _warc_problems(path, payloads)
    except ArchiveError as exc:
        yield str(exc)
    except Exception as exc:  # noqa: BLE001 - any reader error means the file cannot be used
        yield f"{type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}"


def _warc_problems(path: Path, payloads: PayloadIndex) -> Iterator[str]:
    """Records whose digests do not match, revisits whose original is gone, or where the file stops making sense."""
    with path.open("rb") as handle:
        records = ArchiveIterator(handle, check_digests=True)
        try:
            for record in records:
                record.content_stream().read()
                offset = records.get_record_offset()
                if record.digest_checker.passed is False:
                    yield f"record at offset {offset}: {'; '.join(map(str, record.digest_checker.problems))}"
                digest = record.rec_headers.get_header("WARC-Payload-Digest")
                if record.rec_type == "revisit" and payloads.find(digest) is None:
                    yield f"the revisit at offset {offset} repeats a payload ({digest}) that no snapshot holds"
        except Exception as exc:  # noqa: BLE001 - warcio fails in many ways on a damaged file
            reason = "a record is cut short" if isinstance(exc, (EOFError, AttributeError)) else type(exc).__name__
            yield f"not a readable WARC file after offset {records.offset} ({reason})"
