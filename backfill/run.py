"""A backfill: list the section's captures in a web archive, fetch each raw, extract, one snapshot per capture date.

Each capture date is one snapshot (source `wayback`), written atomically like a crawl, so a backfill that
stops (an archive that gives up, Ctrl-C) resumes with the first date not yet in the archive.
"""

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import partial
from itertools import groupby
from pathlib import Path

from archive import Archive, SnapshotWriter
from backfill.cdx import CdxCapture, cdx_query_url, parse_cdx, select_captures, under_prefix
from backfill.errors import BackfillError
from backfill.fetch import HttpResponse, PoliteClient
from backfill.replay import fetch_raw
from capture.extracted_page import store_extracted_page
from capture.extraction import extract_capture
from scraper.items import PageCapture
from scraper.origins import OriginMap
from shared.workers import Workers

SOURCE = "wayback"
# Archived URLs are the live URLs already.
_NO_ORIGINS = OriginMap({})


@dataclass(frozen=True)
class BackfillPlan:
    cdx_endpoint: str
    replay_prefix: str
    url_prefixes: tuple[str, ...]
    start: date  # first capture date, included
    end: date  # last capture date, included

    def identity(self) -> dict:
        """What a snapshot's manifest records to say which backfill wrote it (and which dates are done)."""
        return {"cdx": self.cdx_endpoint, "url_prefixes": list(self.url_prefixes)}


@dataclass
class BackfillOutcome:
    captures_listed: int = 0
    skipped_status: int = 0
    skipped_duplicates: int = 0
    written: list[str] = field(default_factory=list)
    already_done: list[str] = field(default_factory=list)  # capture dates found in the archive
    failure: str | None = None


@dataclass(frozen=True)
class Provenance:
    """What goes into every manifest besides the rows: who wrote it and how to name the time."""

    code_version: str
    extractor_version: str
    clock: Callable[[], datetime]
    pid: int


def run_backfill(root: Path, plan: BackfillPlan, client: PoliteClient, provenance: Provenance,
                 announce: Callable[[str], None],
                 progress: Callable[[int, int], None] | None = None,
                 workers: Workers | None = None) -> BackfillOutcome:
    """Backfill every capture date of `plan` that the archive does not hold yet; stop at the first that fails.

    `progress(done, total)` is told after each capture date, done or skipped. Pages are parsed by `workers` (in
    this process when None) while the next ones are fetched, and stored in capture order."""
    archive = Archive(root)
    outcome = BackfillOutcome()
    captures = []
    for prefix in plan.url_prefixes:
        query = cdx_query_url(plan.cdx_endpoint, prefix, plan.start.strftime("%Y%m%d"), plan.end.strftime("%Y%m%d"))
        response = client.get(query)
        if response.status != 200:
            raise BackfillError(f"the CDX server answered {response.status} {response.reason} to {query}")
        listed = parse_cdx(response.body.decode("utf-8", "replace"), query)
        captures += [capture for capture in listed if under_prefix(capture.url, prefix)]
    selection = select_captures(c for c in captures if plan.start <= c.capture_date <= plan.end)
    outcome.captures_listed = len(captures)
    outcome.skipped_status, outcome.skipped_duplicates = selection.skipped_status, selection.skipped_duplicates
    done = _dates_done(archive, plan)
    total = len({capture.capture_date for capture in selection.captures})
    for position, (capture_date, group) in enumerate(groupby(selection.captures, key=lambda c: c.capture_date)):
        if progress:
            progress(position, total)
        if capture_date.isoformat() in done:
            outcome.already_done.append(capture_date.isoformat())
            continue
        try:
            snapshot_id = _backfill_date(root, plan, client, provenance, capture_date, list(group),
                                         workers or Workers(1))
        except BackfillError as exc:
            outcome.failure = f"capture date {capture_date.isoformat()}: {exc}"
            return outcome
        outcome.written.append(snapshot_id)
        announce(f"{capture_date.isoformat()}: snapshot {snapshot_id}")
    if progress:
        progress(total, total)
    return outcome


def _dates_done(archive: Archive, plan: BackfillPlan) -> set[str]:
    return {
        manifest["extra"]["capture_date"]
        for manifest in archive.snapshots()
        if manifest["source"] == SOURCE and {k: manifest["extra"].get(k) for k in plan.identity()} == plan.identity()
    }


def _backfill_date(root: Path, plan: BackfillPlan, client: PoliteClient, provenance: Provenance,
                   capture_date: date, captures: list[CdxCapture], workers: Workers) -> str:
    writer = SnapshotWriter(
        root,
        source=SOURCE,
        start_urls=list(plan.url_prefixes),
        code_version=provenance.code_version,
        extractor_version=provenance.extractor_version,
        clock=provenance.clock,
        pid=provenance.pid,
        extra={**plan.identity(), "replay": plan.replay_prefix, "capture_date": capture_date.isoformat()},
        snapshot_time=captures[0].captured_at,
    )
    snapshot_id = writer.open()
    requests_before, retries_before = client.stats.requests, client.stats.retries
    stats = {"captures": len(captures), "pages": 0, "not_replayed": 0, "extraction_errors": 0}
    warnings = []

    def replayed_pages() -> Iterator[PageCapture]:
        for capture in captures:
            raw = fetch_raw(client, plan.replay_prefix, capture)
            if raw.response.status != 200:
                stats["not_replayed"] += 1
                warnings.append({"check": "replay", "message": f"{capture.url} at {capture.timestamp}: the archive "
                                                               f"answered {raw.response.status}"})
                continue
            yield _page_capture(capture, raw.response, raw.captured_at, client)

    try:
        for extracted in workers.map(partial(extract_capture, origins=_NO_ORIGINS), replayed_pages()):
            store_extracted_page(writer, extracted, extracted.capture.url)
            stats["pages"] += 1
            stats["extraction_errors"] += (extracted.page.get("error") or "").startswith("extraction failed")
    except BaseException as exc:  # noqa: BLE001 - Ctrl-C included: the half-written date must not be published
        writer.fail(f"backfill failed: {type(exc).__name__}: {exc}", stats)
        raise
    stats["requests"] = client.stats.requests - requests_before
    stats["retries"] = client.stats.retries - retries_before
    writer.commit(stats, warnings)
    return snapshot_id


def _page_capture(capture: CdxCapture, response: HttpResponse, captured_at: datetime,
                  client: PoliteClient) -> PageCapture:
    return PageCapture(
        url=capture.url,
        fetched_at=captured_at,
        status=response.status,
        http_version=response.http_version,
        request_headers=client.request_headers,
        response_headers=response.headers,
        body=response.body,
    )
