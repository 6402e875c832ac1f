"""One crawl's snapshot, fed one raw capture at a time: parse it, store it, and seal the snapshot at the end.

No Scrapy here: this runs in the archive's child process beside the crawl (`pipelines/archive_process.py`), or in
the crawl's own process when `ARCHIVE_PROCESS` is off (`InProcessArchiver`).
"""

import hashlib
from dataclasses import replace

from archive import SnapshotWriter
from capture.extracted_page import ExtractedPage, store_extracted_page
from capture.extraction import extract_capture
from changes.health import check_against_archive  # loaded as the crawl starts, not at the commit it waits for
from pipelines.archive_messages import ArchivedPage, ArchiverError, SnapshotPlan, describe_error
from scraper.items import PageCapture
from shared.deadline import TimeBoundExceeded, time_bound


class CaptureArchiver:
    """Call `open()`, `archive()` for every capture, then `commit()` or `fail()`."""

    def __init__(self, plan: SnapshotPlan) -> None:
        self._plan = plan
        self._writer = SnapshotWriter(
            plan.root, source=plan.source, start_urls=plan.start_urls, code_version=plan.code_version,
            extractor_version=plan.extractor_version, clock=plan.clock, pid=plan.pid, extra=plan.extra,
            revisits=plan.revisits, started_at=plan.started_at,
        )
        # What was archived, for the extraction health checks against the previous snapshot.
        self._pages: list[dict] = []
        self._facts: list[dict] = []

    def open(self) -> str:
        return self._writer.open()

    def archive(self, capture: PageCapture) -> ArchivedPage:
        """Parse the capture and store it with its rows; an error here leaves a snapshot that must not be sealed."""
        extracted = self._extract(capture)
        page = extracted.page
        store_extracted_page(self._writer, extracted, page["url"])
        self._pages.append(page)
        self._facts.extend(extracted.facts)
        return ArchivedPage(url=page["url"], status=capture.status, facts=len(extracted.facts),
                            news=len(extracted.news), error=page.get("error"))

    def _extract(self, capture: PageCapture) -> ExtractedPage:
        """The capture parsed within the plan's time bound. Past it, the parsers' own guard records the page as
        "extraction failed"; should the bound strike just outside them, the page is recorded unparsed here."""
        try:
            with time_bound(self._plan.extraction_seconds, "parsing the page (ARCHIVE_EXTRACTION_SECONDS)"):
                return extract_capture(capture, self._plan.origins)
        except TimeBoundExceeded as exc:
            unparsed = extract_capture(replace(capture, body=b""), self._plan.origins)
            page = {**unparsed.page, "body_sha256": hashlib.sha256(capture.body).hexdigest(),
                    "error": f"extraction failed: {describe_error(exc)}"}
            return ExtractedPage(capture, page)

    def commit(self, crawl_stats: dict, warnings: list[dict]) -> None:
        """Check the extraction against the previous snapshot, then publish this one."""
        health = check_against_archive(self._plan.root, self._pages, self._facts)
        self._writer.commit(crawl_stats, [*warnings, *health])

    def fail(self, reason: str, crawl_stats: dict) -> None:
        self._writer.fail(reason, crawl_stats)


class InProcessArchiver:
    """`ArchiveWorker`'s interface, with the archive in the crawl's own process: the snapshot opens at once."""

    def __init__(self, plan: SnapshotPlan) -> None:
        self._open_error: str | None = None
        try:
            self._archiver = CaptureArchiver(plan)
            self._snapshot_id = self._archiver.open()
        except Exception as exc:  # noqa: BLE001 - reported as the child process would report it
            self._open_error = describe_error(exc)

    @property
    def snapshot_id(self) -> str:
        if self._open_error is not None:
            raise ArchiverError(self._open_error)
        return self._snapshot_id

    async def archive(self, capture: PageCapture) -> ArchivedPage:
        return self._run(self._archiver.archive, capture)

    def commit(self, crawl_stats: dict, warnings: list[dict]) -> None:
        self._run(self._archiver.commit, crawl_stats, warnings)

    def fail(self, reason: str, crawl_stats: dict) -> None:
        self._run(self._archiver.fail, reason, crawl_stats)

    def close(self) -> None:
        """Nothing to stop: the archive ran here."""

    def _run(self, method, *arguments):
        if self._open_error is not None:
            raise ArchiverError(self._open_error)
        try:
            return method(*arguments)
        except Exception as exc:
            raise ArchiverError(describe_error(exc)) from exc
