"""`snapshots` and `show`: what the archive holds."""

import argparse
import json
from collections import Counter
from pathlib import Path

from archive import Archive
from archive.layout import Layout
from paris_archive.settings import archive_dir


def register(commands, command) -> None:
    snapshots = command("snapshots", "list the archive's snapshots")
    snapshots.set_defaults(handler=cmd_snapshots)

    show = command("show", "print a snapshot's manifest and counts")
    show.add_argument("snapshot_id", metavar="ID", nargs="?", default="latest")
    show.add_argument("--json", action="store_true", help="print the manifest as JSON")
    show.set_defaults(handler=cmd_show)


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
    lines += [f"  warning: {warning['message']}" for warning in manifest.get("warnings", [])]
    return "\n".join(lines)


def cmd_snapshots(args: argparse.Namespace) -> int:
    root = archive_dir(args.archive)
    archive = Archive(root)
    manifests = archive.snapshots()
    if not manifests:
        print(f"no snapshots in {root}")
    for manifest in manifests:
        counts = manifest["row_counts"]
        epoch = manifest.get("extra", {}).get("mirror_epoch")
        print(f"{manifest['snapshot_id']:<20} {manifest['status']:<9} {manifest['source']:<8} "
              f"{(epoch or '-'):<14} pages {counts['pages']:>5}  facts {counts['facts']:>5}  news {counts['news']:>4}")
    failed = [run for run in archive.runs() if run["status"] == "failed"]
    if failed:
        print(f"{len(failed)} failed run(s): see {root / 'runs'}")
    return 0


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
