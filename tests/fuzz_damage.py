"""Generated damage (bit flips, truncation, deletion, wrong JSON shapes) through every command that reads an archive
and through the researchers' API: each must end in one line of the archive's own error, never a traceback.

Used by tests/test_fuzz.py (a few rounds in the suite, many with `make fuzz`) and tests/test_reliability_damage.py.
"""

import io
import random
import shutil
from contextlib import redirect_stderr, redirect_stdout
from dataclasses import dataclass
from pathlib import Path

from archive import ArchiveError
from paris_archive.cli import main

TABLES = ("pages.parquet", "facts.parquet", "news.parquet")
SNAPSHOT_FILES = ("manifest.json", *TABLES, "captures.warc.gz", "captures.cdxj")
WRONG_JSON = (b"[]", b"null", b'"manifest"', b"{}", b'{"files": null, "row_counts": []}', b"\xff\xfe{}",
              b'{"files": {"../../etc/passwd": {"sha256": "0", "bytes": 1}}}', b"[" * 100_000, b"")


@dataclass(frozen=True)
class Damage:
    snapshot: int  # which snapshot, oldest first (-1: the newest)
    file: str  # a file of the snapshot, or "run" for its run record, or "ledger"
    kind: str  # "flip", "truncate", "delete" or "json"
    where: float  # how far into the file (flip, truncate)
    json: bytes = b""

    def __str__(self) -> str:
        detail = f"{self.where:.3f}" if self.kind in ("flip", "truncate") else repr(self.json[:40])
        return f"{self.kind} {self.file} of snapshot {self.snapshot} at {detail}"


def random_damage(rng: random.Random) -> Damage:
    file = rng.choice([*SNAPSHOT_FILES, "run", "ledger"])
    kinds = ["flip", "truncate", "delete"] + (["json"] * 2 if file in ("manifest.json", "run", "ledger") else [])
    return Damage(rng.choice([0, -1]), file, rng.choice(kinds), rng.random(), rng.choice(WRONG_JSON))


def apply(damage: Damage, root: Path) -> None:
    snapshot_ids = sorted(path.name for path in (root / "snapshots").iterdir())
    snapshot_id = snapshot_ids[damage.snapshot]
    if damage.file == "run":
        path = root / "runs" / f"{snapshot_id}.json"
    elif damage.file == "ledger":
        path = root / "reports" / "ledger.jsonl"
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(b'{"report_id": "a_b", "status": "skipped"}\n')
    else:
        path = root / "snapshots" / snapshot_id / damage.file
    data = bytearray(path.read_bytes())
    if damage.kind == "delete":
        path.unlink()
    elif damage.kind == "json":
        path.write_bytes(damage.json)
    elif damage.kind == "truncate":
        path.write_bytes(bytes(data[: int(len(data) * damage.where)]))
    elif data:
        data[min(int(len(data) * damage.where), len(data) - 1)] ^= 1 << int(damage.where * 8 % 8)
        path.write_bytes(bytes(data))


def reading_commands(root: Path, url: str, work: Path) -> list[list[str]]:
    archive = ["--archive", str(root)]
    return [
        ["snapshots", *archive], ["snapshots", "--json", *archive], ["show", *archive], ["runs", *archive],
        ["diff", "--format", "json", *archive], ["report", *archive], ["verify", *archive],
        ["extract", "--snapshot", "latest", "--url", url, *archive],
        ["export-wacz", "latest", "--output", str(work / "out.wacz"), *archive],
        ["reextract", "latest", *archive],
    ]


def run_in_process(arguments: list[str]) -> tuple[int, str, str]:
    """(exit code, stdout, stderr) of the command line; an exception escaping it is a failure of the test."""
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        try:
            code = main(arguments)
        except SystemExit as exit_:
            code = exit_.code if isinstance(exit_.code, int) else 2
    return code, out.getvalue(), err.getvalue()


def check_commands(root: Path, url: str, work: Path, damage: Damage) -> list[str]:
    """What went wrong for this damage: commands that raised, or failed without a single line of error."""
    failures = []
    for arguments in reading_commands(root, url, work):
        try:
            code, _, err = run_in_process(arguments)
        except Exception as exc:  # noqa: BLE001 - the whole point: report it, with the damage that caused it
            failures.append(f"{damage}: `{arguments[0]}` raised {type(exc).__name__}: {exc}")
            continue
        lines = err.strip().splitlines()
        if code not in (0, 1) and not (len(lines) == 1 and lines[0].startswith("paris-archive: error: ")):
            failures.append(f"{damage}: `{' '.join(arguments[:2])}` exit {code} with {err!r}")
    return failures


def check_research_api(root: Path, damage: Damage) -> list[str]:
    from research import open_archive

    failures = []
    calls = [lambda a: a.snapshots(), lambda a: a.load("facts"), lambda a: a.history("news"),
             lambda a: a.sql("select count(*) from pages"), lambda a: a.manifest()]
    for number, call in enumerate(calls):
        try:
            call(open_archive(root))
        except ArchiveError:
            pass
        except Exception as exc:  # noqa: BLE001 - see check_commands
            failures.append(f"{damage}: research call {number} raised {type(exc).__name__}: {exc}")
    return failures


def fuzz(base: Path, url: str, work: Path, damages: list[Damage]) -> list[str]:
    """Each damage on a fresh copy of the archive at `base`; every failure, described."""
    failures = []
    for number, damage in enumerate(damages):
        root = work / f"archive-{number}"
        shutil.copytree(base, root)
        apply(damage, root)
        failures += check_commands(root, url, work, damage)
        failures += check_research_api(root, damage)
        shutil.rmtree(root)
    return failures
