"""Run one crawl in this process: the spider, its pipelines and, for a mirror crawl, the mirror server.

Twisted's reactor runs once per process, so a crawl of several epochs runs each one in a child process.
"""

import logging
import os
import subprocess
import sys
from dataclasses import dataclass, field
from ipaddress import ip_address
from pathlib import Path
from urllib.parse import urlsplit

from archive.layout import Layout
from archive.lock import ArchiveLock
from paris_archive.errors import UserError
from scraper.scope import CrawlScope
from shared.clock import utc_now
from shared.version import PACKAGE_VERSION, code_version


@dataclass
class CrawlPlan:
    archive_dir: Path
    start_urls: list[str] | None = None
    allow: str | None = None
    mirror_epoch: str | None = None
    settings: dict[str, str] = field(default_factory=dict)


@dataclass
class CrawlOutcome:
    snapshot_id: str | None
    status: str
    reason: str | None = None


def is_loopback(url: str) -> bool:
    """True for localhost and loopback IP literals; decided without a DNS query."""
    host = urlsplit(url).hostname or ""
    if host == "localhost":
        return True
    try:
        return ip_address(host).is_loopback
    except ValueError:
        return False


def run_crawl(plan: CrawlPlan) -> CrawlOutcome:
    """Crawl the plan's start URLs (or serve and crawl a mirror epoch) and seal a snapshot.

    Only one crawl writes to an archive at a time: ArchiveBusy while another one holds its lock.
    """
    Layout(plan.archive_dir)  # refuse an unusable archive path before any request is sent
    with ArchiveLock(plan.archive_dir, purpose="crawl", pid=os.getpid(), clock=utc_now):
        return _run_locked_crawl(plan)


def _run_locked_crawl(plan: CrawlPlan) -> CrawlOutcome:
    if plan.mirror_epoch:
        from mirror.epochs import load_epoch
        from mirror.server import MirrorServer

        epoch = load_epoch(plan.mirror_epoch)
        with MirrorServer(epoch) as server:
            overrides = {
                "ARCHIVE_SOURCE": "mirror",
                "ARCHIVE_ORIGIN_MAP": {server.base_url: epoch.origin},
                "ARCHIVE_EXTRA": {"mirror_epoch": epoch.name, "mirror_captured": epoch.captured,
                                  "served_from": server.base_url},
            }
            return _crawl(plan, list(server.start_urls), overrides)
    from scraper.spiders.paris_international import LIVE_START_URLS

    start_urls = plan.start_urls or LIVE_START_URLS
    return _crawl(plan, start_urls, {"ARCHIVE_SOURCE": "live"})


def _crawl(plan: CrawlPlan, start_urls: list[str], overrides: dict) -> CrawlOutcome:
    from scraper.process import project_settings, run_spider

    scope_error = _scope_error(start_urls, plan.allow)
    if scope_error:
        raise UserError(scope_error)
    settings = project_settings()
    contact = plan.settings.get("ARCHIVE_CONTACT") or settings.get("ARCHIVE_CONTACT")
    if not contact and not all(is_loopback(url) for url in start_urls):
        raise UserError("set PARIS_ARCHIVE_CONTACT (an email or URL where site owners can reach you) "
                        "before crawling a live site; it goes into the User-Agent")
    log_file = _log_file(plan.archive_dir)
    settings.setdict({
        "ARCHIVE_DIR": str(plan.archive_dir),
        "ARCHIVE_TAKE_LOCK": False,  # run_crawl holds it already
        "ARCHIVE_CODE_VERSION": code_version(),
        "USER_AGENT": f"paris-archive/{PACKAGE_VERSION} (+{contact or 'local mirror crawl'})",
        "LOG_FILE": str(log_file),
        **overrides,
    }, priority="cmdline")
    settings.setdict(plan.settings, priority="cmdline")
    _show_progress_on_stdout()
    stats = run_spider(settings, start_urls, plan.allow)
    snapshot_id = stats.get("archive/snapshot_id")
    reason = stats.get("archive/reason")
    if not reason and not stats.get("archive/status"):
        opened = "" if snapshot_id else "no snapshot was opened (is the archive pipeline in ITEM_PIPELINES?); "
        reason = f"{opened}see the log {log_file}"
    return CrawlOutcome(snapshot_id=snapshot_id, status=stats.get("archive/status", "failed"), reason=reason)


def _scope_error(start_urls: list[str], allow: str | None) -> str | None:
    from scraper.scope import ScopeError

    try:
        CrawlScope.from_start_urls(start_urls, allow)
    except ScopeError as exc:
        return str(exc)
    return None


def _log_file(archive_dir: Path) -> Path:
    logs = Layout(archive_dir).logs
    logs.mkdir(parents=True, exist_ok=True)
    return logs / f"crawl-{utc_now():%Y%m%dT%H%M%SZ}-{os.getpid()}.log"


def _show_progress_on_stdout() -> None:
    progress = logging.getLogger("paris_archive.progress")
    handler = logging.StreamHandler(sys.stdout)
    handler.setFormatter(logging.Formatter("  %(message)s"))
    progress.addHandler(handler)
    progress.setLevel(logging.INFO)


def crawl_in_child(archive_dir: Path, epoch: str, settings: dict[str, str]) -> int:
    """Crawl one mirror epoch in a child process; its output goes straight to ours."""
    command = [sys.executable, "-m", "paris_archive", "crawl", "--mirror", epoch, "--archive", str(archive_dir)]
    for name, value in settings.items():
        command += ["-s", f"{name}={value}"]
    return subprocess.run(command, check=False).returncode
