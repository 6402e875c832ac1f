"""Export one snapshot as a WACZ package (Web Archive Collection Zipped), which ReplayWeb.page and pywb open.

The package is built by Webrecorder's `wacz` tool from the snapshot's WARC file. A revisit whose original
payload lives in an earlier snapshot would not replay on its own, so those original records are copied,
byte for byte, into a second WARC file of the package.
"""

import contextlib
import io
import json
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

import pyarrow.parquet as pq

from archive.cdxj import read_index
from archive.errors import ArchiveError
from archive.fixity import file_problems, verify_archive
from archive.manifests import VERIFY_HINT, DamagedSnapshot
from archive.payloads import PayloadIndex, StoredPayload
from archive.store import Archive
from archive.timestamps import iso_utc

PAGES_HEADER = {"format": "json-pages-1.0", "id": "pages", "title": "Pages"}
_HTML_TYPES = ("text/html", "application/xhtml+xml")


@dataclass(frozen=True)
class WaczExport:
    path: Path
    snapshot_id: str
    pages: int
    warc_files: list[str]
    originals_copied: int


def export_wacz(root: Path, snapshot_id: str, output: Path) -> WaczExport:
    """Write the WACZ package of one snapshot (an id or "latest") to `output`."""
    from wacz.main import main as wacz_main  # imported here: it changes cdxj-indexer's defaults on import

    archive = Archive(root)
    snapshot_id = archive.resolve(snapshot_id)
    output = Path(output)
    if output.is_dir():
        raise ArchiveError(f"{output} is a folder; give the path of the .wacz file to write")
    if output.suffix != ".wacz":
        raise ArchiveError(f"{output}: a WACZ package's name must end in .wacz")
    _refuse_damage(root, snapshot_id)
    manifest = archive.manifest(snapshot_id)
    with tempfile.TemporaryDirectory(prefix="wacz-") as work:
        work_dir = Path(work)
        warcs = [work_dir / f"{snapshot_id}.warc.gz"]
        shutil.copyfile(archive.warc(snapshot_id), warcs[0])
        payloads = PayloadIndex.of_archive(archive.root)
        originals = _originals_elsewhere(archive, snapshot_id, payloads)
        if originals:
            warcs.append(work_dir / f"{snapshot_id}-originals.warc.gz")
            _copy_records(payloads, originals, warcs[1])
            for problem in file_problems(warcs[1], payloads):
                raise ArchiveError(f"the records {snapshot_id}'s revisits repeat from earlier snapshots are damaged "
                                   f"({problem}), so {snapshot_id} was not exported; {VERIFY_HINT}")
        pages_path = work_dir / "pages.jsonl"
        pages = _write_pages(archive.table_path(snapshot_id, "pages"), pages_path)
        # The first page fetched (the start page, for a crawl) is the one replay tools open first.
        main_page = ["--url", pages[0]] if pages else []
        arguments = ["create", "-o", str(output), "-p", str(pages_path), *main_page,
                     "--title", f"paris-archive snapshot {snapshot_id}",
                     "--desc", f"{manifest['source']} capture of {', '.join(manifest['start_urls'])}",
                     *map(str, warcs)]
        output.parent.mkdir(parents=True, exist_ok=True)
        messages = io.StringIO()
        try:
            with contextlib.redirect_stdout(messages):
                code = wacz_main(arguments)
        except Exception as exc:  # noqa: BLE001 - the tool raises bare exceptions for what it cannot package
            code, messages = 1, io.StringIO(f"{type(exc).__name__}: {exc}")
        if code:
            output.unlink(missing_ok=True)
            raise ArchiveError(f"the wacz tool could not package {snapshot_id}: {messages.getvalue().strip()[-300:]}")
    return WaczExport(output, snapshot_id, len(pages), [path.name for path in warcs], len(originals))


def _refuse_damage(root: Path, snapshot_id: str) -> None:
    """A package is only as good as what it holds: every file of the snapshot must match its manifest and read."""
    problems = verify_archive(root, snapshot_id).problems
    if problems:
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        raise ArchiveError(f"snapshot {snapshot_id} is damaged, so it was not exported: {problems[0]}{more}; "
                           f"{VERIFY_HINT}")


def _originals_elsewhere(archive: Archive, snapshot_id: str, payloads: PayloadIndex) -> list[StoredPayload]:
    """The records, in earlier snapshots, whose payloads this snapshot's revisits repeat (each once)."""
    found: dict[tuple[str, int], StoredPayload] = {}
    for entry in read_index(archive.index(snapshot_id)):
        original = payloads.find(entry.digest) if entry.is_revisit and entry.digest else None
        if entry.is_revisit and original is None:
            raise ArchiveError(f"the revisit of {entry.url} in {snapshot_id} repeats a payload that no snapshot holds")
        if original is not None and original.snapshot_id != snapshot_id:
            found.setdefault((original.snapshot_id, original.offset), original)
    return list(found.values())


def _copy_records(payloads: PayloadIndex, originals: list[StoredPayload], target: Path) -> None:
    """Each record is a gzip member of its own, so copying its bytes makes a valid WARC file."""
    with target.open("wb") as out:
        for original in originals:
            path = payloads.warc_path(original)
            try:
                with path.open("rb") as source:
                    source.seek(original.offset)
                    member = source.read(original.length)
            except OSError as exc:
                raise DamagedSnapshot(original.snapshot_id, path.name, f"cannot be read ({exc.strerror})") from None
            if len(member) != original.length:
                raise ArchiveError(f"the WARC record of {original.target_uri} in {original.snapshot_id} is truncated")
            out.write(member)


def _write_pages(pages_table: Path, target: Path) -> list[str]:
    """pages.jsonl: the HTML pages that answered 200, with their titles, as replay tools list them; their URLs."""
    lines, urls = [json.dumps(PAGES_HEADER)], []
    for row in pq.read_table(pages_table).to_pylist():
        media_type = (row.get("content_type") or "").split(";")[0].strip().lower()
        if row.get("status") == 200 and media_type in _HTML_TYPES and row.get("warc_offset") is not None:
            urls.append(row["url"])
            lines.append(json.dumps({"url": row["url"], "ts": iso_utc(row["fetched_at"], "fetch time"),
                                     "title": row.get("title") or row["url"]}, ensure_ascii=False))
    target.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return urls
