"""Sources and scope end to end: the 2026 epoch (paris.fr's /pages/ scheme, a menu of 100 links into the rest of the
site) and its press-release site, served over real HTTP on loopback and crawled by the command line."""

import json
import os
import shutil
import subprocess
import sys
from datetime import date

import pytest
from conftest import FAST_LOCAL_CRAWL, REPO, built_once, manifest, rows, run_cli, run_refused, snapshot_ids, table
from scrapy.http import HtmlResponse

from mirror.epochs import load_epoch
from mirror.server import MirrorServer
from scraper.spiders.content_links import ContentLinks

SITE = "https://www.paris.fr"
PRESS = "https://presse.paris.fr"
SECTION = {f"{SITE}{path}" for path in (
    "/pages/paris-a-l-international-2433",
    "/pages/paris-et-les-reseaux-internationaux-de-villes-2451",
    "/pages/cites-et-gouvernements-locaux-unis-cglu-2452",
    "/pages/association-internationale-des-maires-francophones-2453",
    "/pages/eurocities-2454",
    "/pages/paris-ville-refuge-icorn-2455",
    "/pages/metropolis-2456",
    "/pages/c40-2457",
    "/pages/villes-partenaires-et-jumelage-2460",
    "/pages/l-actualite-internationale-de-paris-2470",
    "/pages/paris-et-rome-fetent-70-ans-de-jumelage-31240",
    "/pages/cglu-a-20-ans-27310",
    "/pages/l-aimf-fete-ses-45-ans-a-lausanne-27494",
)}
ENGLISH = {f"{SITE}/en/pages/paris-and-the-international-city-networks-2434",
           f"{SITE}/en/pages/twin-city-and-partner-cities-2435"}
NETWORK_PAGES = {url for url in SECTION if url.endswith(("-2452", "-2453", "-2454", "-2455", "-2456", "-2457"))}
# The press releases of the epoch's dates (2024-01-01 to 2026-10-14), by URL: (date, about international affairs?)
RELEASES = {f"{PRESS}/communiques/{slug}/": (day, international) for slug, day, international in (
    ("un-pacte-d-amitie-renouvele-avec-kyiv", "2026-09-24", True),
    ("rentree-scolaire-2026", "2026-09-01", False),
    ("baignade-en-seine-bilan-de-l-ete", "2026-08-31", False),
    ("icorn-assemblee-generale-2026", "2026-06-12", True),
    ("velib-nouvelles-stations", "2026-05-19", False),
    ("eurocities-forum-culture-paris", "2026-03-10", True),
    ("paris-et-rome-70-ans-de-jumelage", "2026-01-29", True),
    ("nuit-de-la-solidarite-2026", "2026-01-22", False),
    ("budget-participatif-2025-resultats", "2025-10-06", False),
    ("aimf-assemblee-generale-2025", "2025-07-08", True),
    ("piscine-georges-vallerey-horaires-d-ete", "2025-06-20", False),
    ("cglu-bureau-executif-paris-2025", "2025-04-14", True),
    ("plan-velo-nouvelle-etape", "2024-11-18", False),
    ("aimf-45-ans-lausanne", "2024-05-21", True),
    ("cglu-20-ans-paris", "2024-05-02", True),
)}
OLDER_RELEASES = {f"{PRESS}/communiques/{slug}/" for slug in (
    "nuit-blanche-2023", "sommet-climat-des-elus-locaux", "declaration-de-paris-fin-du-sida")}


def off_topic_urls() -> set[str]:
    """The pages of the rest of the site the mirror serves: reachable through the menu, breadcrumbs and footer."""
    site_dir = load_epoch("2026").site_dir
    served = {f"{SITE}/{file.relative_to(site_dir).as_posix()}" for file in (site_dir / "pages").iterdir()}
    return served - SECTION


def crawl(archive, *options: str) -> tuple[str, subprocess.CompletedProcess]:
    result = run_cli("crawl", "--mirror", "2026", *options, *FAST_LOCAL_CRAWL, archive=archive)
    assert result.returncode == 0, result.stdout + result.stderr
    (snapshot_id,) = snapshot_ids(archive)
    return snapshot_id, result


def pages(archive, snapshot_id) -> dict[str, dict]:
    return {row["url"]: row for row in rows(f"select * from {table(archive, snapshot_id, 'pages')}")}


@pytest.fixture(scope="session")
def crawled_2026(tmp_path_factory):
    """One crawl of the 2026 epoch for every test process: (archive, snapshot id, what the command printed). Tests
    copy the archive before writing to it."""
    def crawl_and_keep_its_output(folder):
        _, result = crawl(folder / "archive")
        (folder / "crawl.stdout").write_text(result.stdout, encoding="utf-8")

    folder = built_once(tmp_path_factory, "crawl-2026", crawl_and_keep_its_output)
    archive = folder / "archive"
    (snapshot_id,) = snapshot_ids(archive)
    return archive, snapshot_id, (folder / "crawl.stdout").read_text(encoding="utf-8")


# ---------------------------------------------------------------------------------------------- the section's scope
def test_every_section_page_and_no_off_topic_page_is_fetched(crawled_2026):
    archive, snapshot_id, _ = crawled_2026
    fetched = {url for url, row in pages(archive, snapshot_id).items() if row["source"] in ("section", "english")}
    assert fetched == SECTION | ENGLISH
    assert len(off_topic_urls()) == 24
    assert not fetched & off_topic_urls()
    assert all(row["status"] == 200 for row in pages(archive, snapshot_id).values())


def test_the_links_left_out_are_counted_by_reason(crawled_2026):
    archive, snapshot_id, printed = crawled_2026
    left_out = manifest(archive, snapshot_id)["crawl_stats"]["links_left_out"]
    # The menu's 100 links, the header's shortcuts, breadcrumbs, footer and cookie banner: every one of them.
    assert left_out["site_chrome"] >= 100 + len(off_topic_urls()) // 2
    # The networks' own sites, and presse.paris.fr as the hub links it (the mirror serves it on another origin).
    assert left_out["other_host"] == 5
    assert left_out["pattern"] == 1  # the site's search, outside /pages/
    assert left_out["robots_txt"] == 1  # the print version, disallowed by robots.txt
    assert left_out["depth"] == 0
    assert left_out["date"] == len(OLDER_RELEASES)
    run = json.loads((archive / "runs" / f"{snapshot_id}.json").read_text())
    assert run["crawl_stats"]["links_left_out"] == left_out
    total = sum(left_out.values())
    assert f"links left out: {total:,} (site chrome {left_out['site_chrome']:,}, " in printed


def test_a_depth_limit_stops_at_that_many_links_from_the_start_pages(tmp_path):
    snapshot_id, _ = crawl(tmp_path, "--source", "section", "--depth", "1")
    fetched = set(pages(tmp_path, snapshot_id))
    assert f"{SITE}/pages/paris-et-les-reseaux-internationaux-de-villes-2451" in fetched
    assert not fetched & NETWORK_PAGES, "the network pages are two links from the hub"
    assert manifest(tmp_path, snapshot_id)["crawl_stats"]["links_left_out"]["depth"] >= len(NETWORK_PAGES)


def test_deny_patterns_apply_on_top_of_the_scope(tmp_path):
    snapshot_id, _ = crawl(tmp_path, "--source", "section", "--deny", r"/pages/c40-", "--deny", "metropolis")
    fetched = set(pages(tmp_path, snapshot_id))
    assert fetched == SECTION - {f"{SITE}/pages/c40-2457", f"{SITE}/pages/metropolis-2456"}
    assert manifest(tmp_path, snapshot_id)["crawl_stats"]["links_left_out"]["pattern"] == 3


def test_only_content_links_are_followed():
    page = b"""<html><body>
      <div class="consent-banner" role="dialog"><a href="/cookies">cookies</a></div>
      <header><a href="/menu-a">A</a><nav><a href="/menu-b">B</a></nav></header>
      <main><nav class="breadcrumb"><a href="/crumb">crumb</a></nav>
        <article><header><a href="/byline">byline</a></header><p><a href="/in-text#part">text</a>
          <a href="mailto:someone@paris.fr">mail</a> <a href="/crumb">the crumb again, in the text</a></p>
          <div class="share-buttons"><a href="https://x.com/share">X</a></div></article>
        <aside class="paris-aside"><a href="/see-also">see also</a></aside></main>
      <aside class="newsletter-block"><a href="/newsletter">newsletter</a></aside>
      <div class="menu"><a href="/menu-c">C</a></div><div class="menu-cantine"><a href="/cantine">cantine</a></div>
      <footer><a href="/legal">legal</a></footer></body></html>"""
    response = HtmlResponse("https://www.paris.fr/pages/x-1", body=page, encoding="utf-8")
    content, chrome = ContentLinks().split(response)
    # A link in the chrome and in the text is content; fragments go, and only http(s) links count.
    assert [url.removeprefix("https://www.paris.fr") for url in content] == [
        "/byline", "/in-text", "/crumb", "/see-also", "/cantine"]
    assert [url.removeprefix("https://www.paris.fr") for url in chrome] == [
        "/cookies", "/menu-a", "/menu-b", "https://x.com/share", "/newsletter", "/menu-c", "/legal"]


# ---------------------------------------------------------------------------------------------- the press releases
def test_press_releases_within_the_dates_are_fetched_page_after_page(crawled_2026):
    archive, snapshot_id, _ = crawled_2026
    press = {url: row for url, row in pages(archive, snapshot_id).items() if row["source"] == "press"}
    assert set(press) == set(RELEASES), "the list's pages are walked, not archived; older releases are left out"
    assert not set(press) & OLDER_RELEASES
    assert {row["referrer"] for row in press.values()} == {
        f"{PRESS}/communiques-de-presse/", f"{PRESS}/communiques-de-presse/page/2/",
        f"{PRESS}/communiques-de-presse/page/3/"}


def test_only_international_press_releases_become_news_with_their_own_dates(crawled_2026):
    archive, snapshot_id, _ = crawled_2026
    news = rows(f"select * from {table(archive, snapshot_id, 'news')} where source = 'press'")
    assert {item["url"]: item["published"] for item in news} == {
        url: day for url, (day, international) in RELEASES.items() if international}
    assert all(item["source_url"] == item["url"] for item in news)
    assert {tuple(item["networks"]) for item in news if "aimf" in item["url"]} == {("aimf",)}


def test_pages_and_news_say_which_source_they_came_from(crawled_2026):
    archive, snapshot_id, _ = crawled_2026
    by_source = rows(f"select source, count(*) as n from {table(archive, snapshot_id, 'pages')} group by source")
    assert {row["source"]: row["n"] for row in by_source} == {"section": len(SECTION), "english": len(ENGLISH),
                                                               "press": len(RELEASES)}
    news_sources = rows(f"select distinct source from {table(archive, snapshot_id, 'news')}")
    assert {row["source"] for row in news_sources} == {"section", "press"}
    described = manifest(archive, snapshot_id)["extra"]["sources"]
    assert [(source["name"], source["spider"]) for source in described] == [
        ("section", "paris_international"), ("english", "paris_international"), ("press", "press_releases")]


def test_one_source_alone(tmp_path):
    snapshot_id, _ = crawl(tmp_path, "--source", "press")
    assert {row["source"] for row in pages(tmp_path, snapshot_id).values()} == {"press"}
    result = run_refused("crawl", "--mirror", "2026", "--source", "nope", archive=tmp_path / "other")
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert result.stderr.strip() == ("paris-archive: error: unknown source 'nope'; sources: section, english, "
                                     "press")


def test_scrapy_crawl_press_releases_from_the_repository_root(tmp_path):
    with MirrorServer(load_epoch("2026").press_epoch()) as server:
        result = subprocess.run(
            [sys.executable, "-m", "scrapy", "crawl", "press_releases", "-a", f"start_urls={server.start_urls[0]}",
             "-a", "since=2026-01-01", "-a", "until=2026-06-30", *FAST_LOCAL_CRAWL, "-s", "LOG_LEVEL=WARNING"],
            cwd=REPO, capture_output=True, text=True, timeout=180,
            env={**os.environ, "PARIS_ARCHIVE_DIR": str(tmp_path)},
        )
    assert result.returncode == 0, result.stderr
    (snapshot_id,) = snapshot_ids(tmp_path)
    fetched = {url.split("/communiques/")[1].strip("/") for url in pages(tmp_path, snapshot_id)}
    expected = {url.split("/communiques/")[1].strip("/") for url, (day, _) in RELEASES.items()
                if date(2026, 1, 1) <= date.fromisoformat(day) <= date(2026, 6, 30)}
    assert fetched == expected


def test_scrapy_crawl_sources_from_a_config_file(tmp_path):
    epoch = load_epoch("2026")
    with MirrorServer(epoch) as site, MirrorServer(epoch.press_epoch()) as press:
        config = tmp_path / "sources.toml"
        config.write_text("\n".join([
            "[sources.section]", 'spider = "paris_international"', f'start_urls = ["{site.start_urls[0]}"]',
            "depth = 1",
            "[sources.press]", 'spider = "press_releases"', f'start_urls = ["{press.start_urls[0]}"]',
            'since = "2026-06-01"', 'until = "2026-06-30"',
            "[sources.english]", 'spider = "paris_international"', f'start_urls = ["{site.start_urls[1]}"]',
            "enabled = false", ""]))
        result = subprocess.run(
            [sys.executable, "-m", "scrapy", "crawl", "sources", "-a", f"config={config}", *FAST_LOCAL_CRAWL,
             "-s", "LOG_LEVEL=WARNING"],
            cwd=REPO, capture_output=True, text=True, timeout=180,
            env={**os.environ, "PARIS_ARCHIVE_DIR": str(tmp_path / "archive")},
        )
    assert result.returncode == 0, result.stderr
    (snapshot_id,) = snapshot_ids(tmp_path / "archive")
    fetched = pages(tmp_path / "archive", snapshot_id)
    by_source = {source: {url.split("/", 3)[3] for url, row in fetched.items() if row["source"] == source}
                 for source in ("section", "press", "english")}
    assert by_source["press"] == {"communiques/icorn-assemblee-generale-2026/"}
    assert "pages/paris-et-les-reseaux-internationaux-de-villes-2451" in by_source["section"]
    assert not by_source["section"] & {url.split("/", 3)[3] for url in NETWORK_PAGES}, "depth 1 from the config"
    assert by_source["english"] == set()


def test_a_re_extraction_keeps_only_the_international_press_releases_too(crawled_2026, tmp_path):
    archive, snapshot_id, _ = crawled_2026
    copy = tmp_path / "archive"
    shutil.copytree(archive, copy)
    result = run_cli("reextract", snapshot_id, "--jobs", "1", archive=copy)
    assert result.returncode == 0, result.stderr
    child = f"{snapshot_id}-2"
    news = "select url, published, source from {} order by url"
    assert rows(news.format(table(copy, child, "news"))) == rows(news.format(table(copy, snapshot_id, "news")))
    assert rows(f"select distinct source from {table(copy, child, 'pages')} order by 1") == [
        {"source": "english"}, {"source": "press"}, {"source": "section"}]
