"""`snapshots`, `show` and `catalog`: what the archive holds."""

import argparse
import json
import os
from collections import Counter
from datetime import datetime
from pathlib import Path

from archive import Archive
from archive.layout import Layout
from paris_archive.commands.capture import exit_when_busy, writing
from paris_archive.errors import UserError
from paris_archive.settings import DEMO_ARCHIVE, archive_dir


def register(commands, command) -> None:
    snapshots = command("snapshots", "list the archive's snapshots")
    snapshots.add_argument("--json", action="store_true", help="one JSON object per snapshot instead of a table")
    snapshots.set_defaults(handler=cmd_snapshots)

    show = command("show", "print a snapshot's manifest and counts")
    show.add_argument("snapshot_id", metavar="ID", nargs="?", default="latest")
    show.add_argument("--json", action="store_true", help="print the manifest as JSON")
    show.set_defaults(handler=cmd_show)

    catalog = command("catalog", "print ARCHIVE/catalog.parquet, the index of snapshots any Parquet reader can join")
    catalog.add_argument("--rebuild", action="store_true", help="rewrite it from the snapshots' manifests first")
    catalog.add_argument("--json", action="store_true", help="one JSON object per snapshot instead of a table")
    catalog.set_defaults(handler=exit_when_busy(cmd_catalog))


def status_counts(pages_parquet: Path) -> str:
    """`15 x 200, 1 x 301, 1 x 404, 1 x no answer` over the archived pages (robots.txt is not a page)."""
    import pyarrow.parquet as pq  # here, not at start: a crawl's process has no other use for it

    # One file, one column: ParquetFile reads it without loading pyarrow's dataset layer (and pandas with it).
    statuses = Counter(pq.ParquetFile(pages_parquet).read(columns=["status"]).column("status").to_pylist())
    return ", ".join(f"{count} x {status or 'no answer'}"
                     for status, count in sorted(statuses.items(), key=lambda item: item[0] or 999))


def describe_snapshot(manifest: dict, root: Path) -> str:
    stats = manifest.get("crawl_stats", {})
    counts = manifest["row_counts"]
    layout = Layout(root)
    folder = layout.snapshot_dir(manifest["snapshot_id"])
    statuses = status_counts(layout.table(manifest["snapshot_id"], "pages"))
    lines = [
        f"snapshot {manifest['snapshot_id']} {manifest['status']} (source: {manifest['source']}"
        + (f", epoch {manifest['extra']['mirror_epoch']}" if manifest.get("extra", {}).get("mirror_epoch") else "")
        + ")",
        f"  pages: {counts['pages']} ({statuses or 'no responses'}), facts: {counts['facts']}, "
        f"news: {counts['news']}, download errors: {stats.get('download_errors', 0)}",
        f"  files: {folder}/ ({', '.join(sorted(manifest['files']))})",
    ]
    left_out = stats.get("links_left_out")
    if left_out:
        reasons = ", ".join(f"{words} {left_out[reason]:,}" for reason, words in LEFT_OUT_WORDS.items()
                            if reason in left_out)
        lines.append(f"  links left out: {sum(left_out.values()):,} ({reasons})")
    lines += [f"  warning: {warning['message']}" for warning in manifest.get("warnings", [])]
    return "\n".join(lines)


# Why links were left out, as the crawl's summary says it (the keys are those of scraper.scope.LeftOut).
LEFT_OUT_WORDS = {"site_chrome": "site chrome", "depth": "too deep", "pattern": "outside the scope's paths or "
                  "patterns", "other_host": "other host", "robots_txt": "robots.txt", "date": "outside the dates"}


def cmd_snapshots(args: argparse.Namespace) -> int:
    root = archive_dir(args.archive)
    archive = Archive(root)
    manifests, damaged = archive.readable_snapshots()
    failed = [run for run in archive.runs() if run["status"] == "failed"]
    if args.json:
        for manifest in manifests:
            print(json.dumps(snapshot_summary(manifest), ensure_ascii=False, sort_keys=True))
        for snapshot in damaged:
            print(json.dumps({"snapshot_id": snapshot.snapshot_id, "status": "unreadable", "reason": str(snapshot)},
                             ensure_ascii=False, sort_keys=True))
        return 1 if damaged else 0
    if not manifests and not damaged:
        print(f"no snapshots in {root}{where_else(args.archive)}")
    for manifest in manifests:
        counts = manifest["row_counts"]
        epoch = manifest.get("extra", {}).get("mirror_epoch")
        print(f"{manifest['snapshot_id']:<20} {manifest['status']:<9} {manifest['source']:<8} "
              f"{(epoch or '-'):<14} pages {counts['pages']:>5}  facts {counts['facts']:>5}  news {counts['news']:>4}")
    for snapshot in damaged:
        print(f"{snapshot.snapshot_id:<20} {'unreadable':<9} {snapshot}")
    if failed:
        print(f"{len(failed)} failed run(s): see {root / 'runs'}")
    return 1 if damaged else 0


def snapshot_summary(manifest: dict) -> dict:
    """What a `snapshots` line says, as JSON."""
    return {
        "snapshot_id": manifest["snapshot_id"],
        "status": manifest["status"],
        "source": manifest["source"],
        "mirror_epoch": manifest.get("extra", {}).get("mirror_epoch"),
        **{table: count for table, count in manifest["row_counts"].items()},
    }


def where_else(archive_option: str | None) -> str:
    """A hint when the default archive is empty: the demo writes elsewhere."""
    if archive_option or os.environ.get("PARIS_ARCHIVE_DIR"):
        return ""
    demo = f"; `make demo` wrote {DEMO_ARCHIVE}: --archive {DEMO_ARCHIVE}" \
        if (Path(DEMO_ARCHIVE) / "snapshots").is_dir() else ""
    return f" (the default archive: give --archive DIR or set PARIS_ARCHIVE_DIR{demo})"


def cmd_show(args: argparse.Namespace) -> int:
    root = archive_dir(args.archive)
    manifest = Archive(root).manifest(args.snapshot_id)
    if args.json:
        print(json.dumps(manifest, indent=2, sort_keys=True, ensure_ascii=False))
        return 0
    print(describe_snapshot(manifest, root))
    print(f"  started {manifest['started_at']}, finished {manifest['finished_at']}")
    print(f"  start URLs: {', '.join(manifest['start_urls'])}")
    print(f"  code {manifest['code_version']}, schema {manifest['schema_version']}, "
          f"extractor {manifest['extractor_version']}")
    return 0


def cmd_catalog(args: argparse.Namespace) -> int:
    from archive.catalog import write_catalog

    root = archive_dir(args.archive)
    layout = Layout(root)
    if args.rebuild:
        if not layout.snapshots.is_dir():
            raise UserError(f"no archive at {root}: it has no snapshots/ folder")
        with writing(root, "catalog rebuild"):
            table = write_catalog(root)
        if not args.json:
            print(f"wrote {layout.catalog}: {table.num_rows} snapshot(s)")
    elif not layout.catalog.is_file():
        raise UserError(f"no catalog in {root}: `paris-archive catalog --rebuild` writes it from the manifests")
    else:
        import pyarrow.parquet as pq

        table = pq.read_table(layout.catalog)
    rows = table.to_pylist()
    if args.json:
        for row in rows:
            print(json.dumps(row, ensure_ascii=False, sort_keys=True, default=_iso))
        return 0
    print(f"{'snapshot':<20} {'source':<9} {'captured (UTC)':<20} {'pages':>5} {'facts':>5} {'news':>4}  extractor")
    for row in rows:
        print(f"{row['snapshot_id']:<20} {row['source']:<9} {row['captured']:%Y-%m-%d %H:%M:%S}  "
              f"{row['pages']:>5} {row['facts']:>5} {row['news']:>4}  {row['extractor_version']}")
    return 0


def _iso(value: object) -> str:
    if isinstance(value, datetime):
        return value.isoformat()
    raise TypeError(f"{type(value).__name__} is not JSON serialisable")
