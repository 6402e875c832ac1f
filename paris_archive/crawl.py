"""Run one crawl in this process: the spider, its pipelines and, for a mirror crawl, the mirror server.

Twisted's reactor runs once per process, so a crawl of several epochs runs each one in a child process.
"""

import logging
import os
import subprocess
import sys
from contextlib import ExitStack
from dataclasses import dataclass, field, replace
from ipaddress import ip_address
from pathlib import Path
from urllib.parse import urlsplit

from archive.layout import Layout
from archive.lock import ArchiveLock
from paris_archive.errors import UserError
from scraper.sources import SECTION_SPIDER, Source, SourceError, default_sources
from shared.clock import utc_now
from shared.version import PACKAGE_VERSION, code_version


@dataclass
class CrawlPlan:
    archive_dir: Path
    start_urls: list[str] | None = None
    allow: str | None = None
    mirror_epoch: str | None = None
    settings: dict[str, str] = field(default_factory=dict)
    deny: list[str] = field(default_factory=list)
    depth: int | None | str = "default"  # links from a start page; None: no limit; "default": each source's own
    source: str | None = None  # crawl only this source
    sources: tuple[Source, ...] = field(default_factory=default_sources)  # the config's sources


@dataclass
class CrawlOutcome:
    snapshot_id: str | None
    status: str
    reason: str | None = None
    links_left_out: dict[str, int] = field(default_factory=dict)


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
        with ExitStack() as servers:
            site = servers.enter_context(MirrorServer(epoch))
            press = servers.enter_context(MirrorServer(epoch.press_epoch())) if epoch.press else None
            origins = {site.base_url: epoch.origin, **({press.base_url: epoch.press.origin} if press else {})}
            overrides = {
                "ARCHIVE_SOURCE": "mirror",
                "ARCHIVE_ORIGIN_MAP": origins,
                "ARCHIVE_EXTRA": {"mirror_epoch": epoch.name, "mirror_captured": epoch.captured,
                                  "served_from": site.base_url},
            }
            return _crawl(plan, _mirror_sources(epoch, site, press), overrides)
    return _crawl(plan, _chosen_sources(plan), {"ARCHIVE_SOURCE": "live"})


def _mirror_sources(epoch, site, press) -> tuple[Source, ...]:
    """A mirror epoch's sources: its French and English start pages, and its press releases up to its date."""
    french, *english = site.start_urls
    sources = [Source("section", SECTION_SPIDER, (french,), lang="fr")]
    if english:
        sources.append(Source("english", SECTION_SPIDER, tuple(english), lang="en"))
    if press is not None:
        from scraper.sources import PRESS_SPIDER

        sources.append(Source("press", PRESS_SPIDER, tuple(press.start_urls), since=epoch.press.since,
                              until=epoch.captured, lang="fr"))
    return tuple(sources)


def _chosen_sources(plan: CrawlPlan) -> tuple[Source, ...]:
    """--start-url: one source from those URLs (the section's spider, or --source's); else the config's sources."""
    named = {source.name: source for source in plan.sources}
    if plan.source is not None and plan.source not in named and not plan.start_urls:
        raise UserError(f"unknown source {plan.source!r}; sources: {', '.join(named)}")
    if plan.start_urls:
        base = named.get(plan.source or "section") or Source(plan.source or "section", SECTION_SPIDER, ())
        return (replace(base, start_urls=tuple(plan.start_urls)),)
    return (named[plan.source],) if plan.source else tuple(source for source in plan.sources if source.enabled)


def _with_options(sources: tuple[Source, ...], plan: CrawlPlan) -> tuple[Source, ...]:
    """The command line's --allow, --deny and --depth on top of each source's own rules, each source checked."""
    chosen = [source for source in sources if plan.source in (None, source.name)]
    if not chosen:
        raise UserError(f"unknown source {plan.source!r}; sources: {', '.join(s.name for s in sources)}")
    checked = []
    for source in chosen:
        changes = {"allow": plan.allow} if plan.allow else {}
        if plan.deny:
            changes["deny"] = (*source.deny, *plan.deny)
        if plan.depth != "default":
            changes["depth"] = plan.depth
        try:
            checked.append(replace(source, **changes).check())
        except SourceError as exc:
            raise UserError(str(exc)) from None
    return tuple(checked)


def _crawl(plan: CrawlPlan, sources: tuple[Source, ...], overrides: dict) -> CrawlOutcome:
    from scraper.process import project_settings, run_spider

    sources = _with_options(sources, plan)
    start_urls = [url for source in sources for url in source.start_urls]
    settings = project_settings()
    contact = plan.settings.get("ARCHIVE_CONTACT") or settings.get("ARCHIVE_CONTACT")
    if not contact and not all(is_loopback(url) for url in start_urls):
        raise UserError("set PARIS_ARCHIVE_CONTACT (an email or URL where site owners can reach you) "
                        "before crawling a live site; it goes into the User-Agent")
    log_file = _log_file(plan.archive_dir)
    extra = {**overrides.pop("ARCHIVE_EXTRA", {}), "sources": [source.describe() for source in sources]}
    settings.setdict({
        "ARCHIVE_DIR": str(plan.archive_dir),
        "ARCHIVE_TAKE_LOCK": False,  # run_crawl holds it already
        "ARCHIVE_CODE_VERSION": code_version(),
        "USER_AGENT": f"paris-archive/{PACKAGE_VERSION} (+{contact or 'local mirror crawl'})",
        "LOG_FILE": str(log_file),
        "ARCHIVE_EXTRA": extra,
        **overrides,
    }, priority="cmdline")
    settings.setdict(plan.settings, priority="cmdline")
    _show_progress_on_stdout()
    stats = run_spider(settings, list(sources))
    snapshot_id = stats.get("archive/snapshot_id")
    reason = stats.get("archive/reason")
    if not reason and not stats.get("archive/status"):
        opened = "" if snapshot_id else "no snapshot was opened (is the archive pipeline in ITEM_PIPELINES?); "
        reason = f"{opened}see the log {log_file}"
    return CrawlOutcome(snapshot_id=snapshot_id, status=stats.get("archive/status", "failed"), reason=reason,
                        links_left_out=_left_out(stats))


def _left_out(stats: dict) -> dict[str, int]:
    from pipelines.crawl_stats import links_left_out

    return links_left_out(stats)


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


def crawl_in_child(archive_dir: Path, epoch: str, settings: dict[str, str], options: list[str] = ()) -> int:
    """Crawl one mirror epoch in a child process; its output goes straight to ours."""
    command = [sys.executable, "-m", "paris_archive", "crawl", "--mirror", epoch, "--archive", str(archive_dir),
               *options]
    for name, value in settings.items():
        command += ["-s", f"{name}={value}"]
    return subprocess.run(command, check=False).returncode
