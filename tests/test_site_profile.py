"""The site profile: Paris's as the default, and a second city's, written as the README says (a copy of
shared/sites/paris.py with its fields changed), chosen by the `site` setting and used by a real crawl of pages served
on loopback, the WARC it writes and the change report."""

import gzip
import json
import os
import subprocess
import sys
from urllib.parse import urlsplit

import pytest
from conftest import FAST_LOCAL_CRAWL, REPO, manifest, rows, run_cli, snapshot_ids, table
from warcio.archiveiterator import ArchiveIterator

from mirror.epochs import load_epoch
from mirror.server import MirrorServer
from paris_archive.config import ConfigError, load_config
from scraper.parsers.layouts.base import on_paris_fr
from scraper.sources import default_sources
from shared.sites import SITE_ENV, UnknownSite, current_site, load_site

PARIS_PROFILE = REPO / "shared" / "sites" / "paris.py"


def test_paris_is_the_default_site_and_its_profile_names_what_paris_archive_always_crawled():
    paris = current_site({})
    assert paris is load_site("paris") and paris.name == "paris"
    assert [(s.name, s.spider, s.start_urls, s.since) for s in default_sources(paris)] == [
        ("section", "paris_international", ("https://www.paris.fr/pages/paris-a-l-international-2433",), None),
        ("english", "paris_international",
         ("https://www.paris.fr/en/pages/paris-and-the-international-city-networks-2434",), None),
        ("press", "press_releases", ("https://presse.paris.fr/communiques-de-presse/",), "90d")]
    assert paris.heading("en") == "Changes to the City of Paris international relations pages"
    assert paris.heading("fr") == "Changements des pages relations internationales de la Ville de Paris"


@pytest.mark.parametrize(("url", "on_paris"), [
    ("https://www.paris.fr/pages/x", True), ("https://presse.paris.fr/communiques/", True),
    ("https://PARIS.FR/", True), ("https://paris.fr.example.org/", False), ("https://notparis.fr/", False),
    ("http://127.0.0.1:8000/pages/x", False),
])
def test_the_paris_layouts_read_only_the_hosts_of_paris_s_profile(url, on_paris):
    assert on_paris_fr(urlsplit(url)) is on_paris


def test_an_unknown_site_is_one_line_naming_the_known_ones(tmp_path):
    with pytest.raises(UnknownSite, match=r"unknown site 'lyon': sites: paris, or the path of a \.py file"):
        load_site("lyon")
    broken = tmp_path / "broken.py"
    broken.write_text("PROFILE = 3\n")
    with pytest.raises(UnknownSite, match="defines no PROFILE = SiteProfile"):
        load_site(str(broken))
    config = tmp_path / "paris-archive.toml"
    config.write_text('site = "lyon"\n')
    with pytest.raises(ConfigError, match=rf"setting site \({config}\): unknown site 'lyon'"):
        load_config(config, {}, {})

    result = run_cli("snapshots", archive=tmp_path / "archive", env={SITE_ENV: str(tmp_path / "nowhere.py")})
    assert result.returncode == 2
    assert result.stderr.splitlines() == [
        f"paris-archive: error: setting site (${SITE_ENV}): site {str(tmp_path / 'nowhere.py')!r}: no such file"]


def city_profile_text(start_url: str) -> str:
    """Paris's profile file with every field changed, as a newcomer would write one."""
    text = PARIS_PROFILE.read_text(encoding="utf-8")
    head, _, _ = text.partition("PROFILE = SiteProfile(")
    host = urlsplit(start_url).hostname
    return head + f'''PROFILE = SiteProfile(
    name="testville",
    hosts=("{host}",),
    sources={{"section": {{"spider": "paris_international", "lang": "fr", "start_urls": ["{start_url}"]}}}},
    url_prefixes=("{urlsplit(start_url).netloc}/pages/",),
    subject="the Testville test pages",
    report_heading={{"en": "Changes to the Testville test pages"}},
    partner_cities=("Rome",),
)
'''


@pytest.fixture(scope="module")
def testville(tmp_path_factory):
    """Two crawls of the mirror's own pages served on loopback, with a made-up city's profile chosen by a config
    file: the section's start page and the pages its content links to."""
    folder = tmp_path_factory.mktemp("testville")
    archive = folder / "archive"
    with MirrorServer(load_epoch("2026")) as site:
        start_url = site.start_urls[0]
        profile = folder / "testville.py"
        profile.write_text(city_profile_text(start_url), encoding="utf-8")
        config = folder / "paris-archive.toml"
        config.write_text(f"site = {json.dumps(str(profile))}\n", encoding="utf-8")
        for _ in range(2):
            result = run_cli("crawl", "--config", str(config), "--depth", "1", *FAST_LOCAL_CRAWL, archive=archive)
            assert result.returncode == 0, result.stdout + result.stderr
    return archive, profile, start_url


def test_a_second_city_s_profile_gives_the_crawl_its_sources_hosts_and_warc_description(testville):
    archive, profile, start_url = testville
    older, newer = snapshot_ids(archive)
    record = manifest(archive, newer)
    assert record["start_urls"] == [start_url]
    assert [source["name"] for source in record["extra"]["sources"]] == ["section"]  # not Paris's three
    pages = rows(f"select url, layout from {table(archive, newer, 'pages')}")
    assert len(pages) > 1 and start_url in {page["url"] for page in pages}
    assert {urlsplit(page["url"]).hostname for page in pages} == set(load_site(str(profile)).hosts)
    # Served on the profile's host, not paris.fr: no paris.fr layout claims the pages, the generic reader reads them.
    assert {page["layout"] for page in pages} == {"generic"}
    with gzip.open(archive / "snapshots" / newer / "captures.warc.gz") as warc:
        info = next(record for record in ArchiveIterator(warc) if record.rec_type == "warcinfo")
        fields = dict(line.split(": ", 1) for line in info.content_stream().read().decode().splitlines() if line)
    assert fields["description"] == "live crawl of the Testville test pages"


def test_a_second_city_s_profile_gives_the_report_its_heading(testville):
    archive, profile, _ = testville
    older, newer = snapshot_ids(archive)
    chosen = run_cli("diff", older, newer, "--format", "markdown", archive=archive, env={SITE_ENV: str(profile)})
    assert chosen.returncode == 0, chosen.stderr
    assert chosen.stdout.startswith("# Changes to the Testville test pages\n")
    paris = run_cli("diff", older, newer, "--format", "markdown", archive=archive)
    # In the report's language, French by default; a profile without a French heading gives its English one.
    assert paris.stdout.startswith("# Changements des pages relations internationales de la Ville de Paris\n")


def test_the_chosen_site_reaches_the_processes_a_command_starts(tmp_path):
    """`paris-archive` puts the site it chose in the environment: the archive's process and a schedule's jobs read
    the same profile, whichever way it was chosen."""
    profile = tmp_path / "testville.py"
    profile.write_text(city_profile_text("http://127.0.0.1:9/pages/"), encoding="utf-8")
    config = tmp_path / "paris-archive.toml"
    config.write_text(f"site = {json.dumps(str(profile))}\n", encoding="utf-8")
    probe = ("import os, sys; from paris_archive.cli import choose_site; from argparse import Namespace; "
             "choose_site(Namespace(config=sys.argv[1])); "
             "from shared.sites import current_site; print(os.environ['PARIS_ARCHIVE_SITE'], current_site().name)")
    environment = {key: value for key, value in os.environ.items() if key != SITE_ENV}
    chosen = subprocess.run([sys.executable, "-c", probe, str(config)], cwd=REPO, capture_output=True, text=True,
                            env=environment, check=True)
    assert chosen.stdout.split() == [str(profile), "testville"]
    assert load_config(config, {}, {}).child_environment()[SITE_ENV] == str(profile)
    assert load_config(None, {}, {}).child_environment().get(SITE_ENV) is None  # Paris by default, nothing to pass


def test_the_readme_tells_how_to_add_a_city():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    section = readme.partition("### Another city")[2].partition("\n## ")[0]
    for field in ("hosts", "sources", "url_prefixes", "subject", "report_heading", "partner_cities"):
        assert f"`{field}`" in section, field
    assert "shared/sites/paris.py" in (REPO / "scraper" / "parsers" / "README.md").read_text(encoding="utf-8")
