"""A real Scrapyd: started on 127.0.0.1, the project deployed to it with scrapyd-deploy from a fresh clone, each
spider scheduled through its API against the offline mirror, and the snapshots found in the archive."""

import json
import os
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from conftest import REPO, manifest, snapshot_ids

from mirror.epochs import load_epoch
from mirror.server import MirrorServer

BIN = Path(sys.executable).parent
PROJECT = "paris_archive"
# The mirror's epoch with both a section and a press-release site.
EPOCH = "2026"
# The spiders this test can point at the mirror, with the arguments that keep them on 127.0.0.1. `sources` crawls
# the configured sources (the live site), so it is never scheduled here.
NEVER_SCHEDULED = {"sources"}
LOOPBACK_SPIDERS = {"paris_international", "press_releases"}


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def api(base: str, endpoint: str, data: list[tuple[str, str]] | None = None) -> dict:
    body = urllib.parse.urlencode(data).encode() if data is not None else None
    with urllib.request.urlopen(f"{base}/{endpoint}", data=body, timeout=30) as response:
        answer = json.loads(response.read())
    assert answer["status"] == "ok", answer
    return answer


@pytest.fixture()
def scrapyd(tmp_path):
    """Scrapyd on loopback in a folder of its own, its jobs writing to `archive`: (base URL, archive)."""
    home, archive, port = tmp_path / "scrapyd", tmp_path / "archive", free_port()
    home.mkdir()
    (home / "scrapyd.conf").write_text(
        f"[scrapyd]\nbind_address = 127.0.0.1\nhttp_port = {port}\neggs_dir = {home / 'eggs'}\n"
        f"logs_dir = {home / 'logs'}\ndbs_dir = {home / 'dbs'}\nitems_dir =\nmax_proc = 1\npoll_interval = 0.2\n")
    environment = {**os.environ, "PARIS_ARCHIVE_DIR": str(archive), "PARIS_ARCHIVE_CONTACT": "mailto:t@paris.fr"}
    process = subprocess.Popen([str(BIN / "scrapyd")], cwd=home, env=environment,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                api(base, "daemonstatus.json")
                break
            except OSError:
                time.sleep(0.2)
        yield base, archive, home
    finally:
        process.terminate()
        process.wait(timeout=30)


def deploy(base: str, clone: Path) -> dict:
    """`scrapyd-deploy production`, the target scrapy.cfg reads from the SCRAPYD_* variables."""
    environment = {**os.environ, "SCRAPYD_URL": f"{base}/", "SCRAPYD_USERNAME": "", "SCRAPYD_PASSWORD": ""}
    result = subprocess.run([str(BIN / "scrapyd-deploy"), "production"], cwd=clone, env=environment,
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    return json.loads(result.stdout[result.stdout.index("{"):])


def wait_for(base: str, job_ids: set[str], timeout: float = 600) -> dict[str, dict]:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        finished = {job["id"]: job for job in api(base, f"listjobs.json?project={PROJECT}")["finished"]}
        if job_ids <= set(finished):
            return finished
        time.sleep(0.2)
    raise AssertionError(f"Scrapyd jobs still running after {timeout} s: {job_ids}")


def test_each_spider_runs_as_a_scrapyd_job_and_writes_its_snapshot(scrapyd, tmp_path):
    base, archive, home = scrapyd
    clone = tmp_path / "clone"
    subprocess.run(["git", "clone", "--quiet", str(REPO), str(clone)], check=True)
    deployed = deploy(base, clone)
    assert deployed["status"] == "ok" and deployed["project"] == PROJECT

    spiders = api(base, f"listspiders.json?project={PROJECT}")["spiders"]
    assert "paris_international" in spiders
    assert set(spiders) <= LOOPBACK_SPIDERS | NEVER_SCHEDULED, "a new spider: tell this test how to keep it local"
    epoch = load_epoch(EPOCH)
    with MirrorServer(epoch) as site, MirrorServer(epoch.press_epoch()) as press:
        site_url, press_url = site.start_urls[0], press.start_urls[0]
        arguments = {
            "paris_international": [("start_urls", site_url)],
            "press_releases": [("start_urls", press_url), ("since", epoch.press.since)],
        }
        jobs = {}
        for spider in sorted(set(spiders) - NEVER_SCHEDULED):
            answer = api(base, "schedule.json", [
                ("project", PROJECT), ("spider", spider), *arguments[spider],
                ("setting", "DOWNLOAD_DELAY=0"), ("setting", "AUTOTHROTTLE_ENABLED=False")])
            jobs[answer["jobid"]] = spider
        finished = wait_for(base, set(jobs))

    snapshots = {tuple(m["start_urls"]): m for m in map(lambda i: manifest(archive, i), snapshot_ids(archive))}
    assert len(snapshots) == len(jobs), list(finished.values())
    for written in snapshots.values():
        assert written["status"] == "complete" and written["crawl_stats"]["close_reason"] == "finished"
    assert snapshots[(site_url,)]["row_counts"]["facts"] > 0
    if "press_releases" in spiders:
        assert snapshots[(press_url,)]["row_counts"]["news"] > 0
    log = home / "logs" / PROJECT / "paris_international"
    assert any("Spider closed (finished)" in path.read_text() for path in log.glob("*.log"))
    assert (archive / "catalog.parquet").is_file()
