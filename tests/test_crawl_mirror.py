"""End to end: crawl the mirror over real HTTP on loopback, read the snapshot back with duckdb."""

import hashlib
import json
import os
import subprocess
import sys

import pytest
from conftest import FAST_LOCAL_CRAWL, REPO, manifest, rows, run_cli, snapshot_ids, table

from archive.lock import ArchiveLock
from mirror.epochs import load_epoch
from mirror.server import MirrorServer
from shared.clock import utc_now

PORTAL = "http://www.paris.fr/politiques/paris-a-l-international"
NETWORKS_2012 = f"{PORTAL}/paris-ville-monde/la-participation-aux-reseaux-des-villes/rub_6587_stand_16469_port_14974"
ENGLISH_NETWORKS_2012 = "http://www.paris.fr/english/international/paris-and-the-city-networks/rub_8118_stand_27201_port_19011"
ICORN_2014 = f"{PORTAL}/paris-ville-monde/icorn-reseau-international-des-villes-refuges/rub_6587_stand_16475_port_14974"

# The seed page's facts: (network, attribute) -> (value, value_num, value_date, qualifier).
SEED_FACTS = {
    ("uclg", "founded"): ("2004-05", None, "2004-05", "exact"),
    ("uclg", "founded_place"): ("Paris", None, None, "exact"),
    ("uclg", "headquarters"): ("Barcelone", None, None, "exact"),
    ("uclg", "member_countries"): ("120", 120.0, None, "more_than"),
    ("uclg", "regions"): ("8", 8.0, None, "exact"),
    ("uclg", "member_cities"): ("1000", 1000.0, None, "more_than"),
    ("uclg", "member_associations"): ("112", 112.0, None, "exact"),
    ("aimf", "president"): ("le Maire de Paris", None, None, "exact"),
    ("aimf", "member_cities"): ("156", 156.0, None, "more_than"),
    ("aimf", "member_countries"): ("46", 46.0, None, "exact"),
    ("aimf", "projects"): ("400", 400.0, None, "more_than"),
    ("eurocities", "member_cities"): ("113", 113.0, None, "exact"),
    ("eurocities", "population_threshold"): ("200000", 200000.0, None, "more_than"),
    ("eurocities", "joined"): ("2002", None, "2002", "exact"),
    ("ucue", "founded"): ("1961-04", None, "1961-04", "exact"),
    ("ucue", "member_countries"): ("25", 25.0, None, "exact"),
}
ENGLISH_TWIN_FACTS = {
    ("uclg", "member_cities"): (1000.0, "more_than"),
    ("uclg", "member_associations"): (112.0, "exact"),
    ("aimf", "member_cities"): (156.0, "more_than"),
    ("eurocities", "member_cities"): (113.0, "exact"),
}


def facts_of_page(archive, snapshot_id, url) -> dict:
    found = rows(f"select * from {table(archive, snapshot_id, 'facts')} where source_url = '{url}'")
    return {(row["network_id"], row["attribute"]): row for row in found}


def pages_by_url(archive, snapshot_id) -> dict:
    return {row["url"]: row for row in rows(f"select * from {table(archive, snapshot_id, 'pages')}")}


@pytest.mark.parametrize("key", sorted(SEED_FACTS))
def test_every_fact_of_the_seed_page(crawled_2012, key):
    archive, snapshot_id = crawled_2012
    fact = facts_of_page(archive, snapshot_id, NETWORKS_2012)[key]
    value, value_num, value_date, qualifier = SEED_FACTS[key]
    assert (fact["value"], fact["value_num"], fact["value_date"], fact["qualifier"]) == (
        value, value_num, value_date, qualifier)
    assert fact["lang"] == "fr" and fact["page_date"] == "2012-04-05"
    assert fact["evidence"]


def test_the_seed_page_yields_nothing_else_than_its_facts(crawled_2012):
    archive, snapshot_id = crawled_2012
    assert set(facts_of_page(archive, snapshot_id, NETWORKS_2012)) == set(SEED_FACTS)


@pytest.mark.parametrize("key", sorted(ENGLISH_TWIN_FACTS))
def test_the_english_twin_says_the_same(crawled_2012, key):
    archive, snapshot_id = crawled_2012
    fact = facts_of_page(archive, snapshot_id, ENGLISH_NETWORKS_2012)[key]
    assert (fact["value_num"], fact["qualifier"]) == ENGLISH_TWIN_FACTS[key]
    assert fact["lang"] == "en"


def test_a_mirror_crawl_stores_live_urls_and_says_where_it_came_from(crawled_2012):
    archive, snapshot_id = crawled_2012
    pages = pages_by_url(archive, snapshot_id)
    assert len(pages) >= 15
    assert all(url.startswith("http://www.paris.fr/") for url in pages)
    meta = manifest(archive, snapshot_id)
    assert meta["status"] == "complete" and meta["source"] == "mirror"
    assert meta["extra"]["mirror_epoch"] == "2012"
    assert meta["start_urls"] == [f"{PORTAL}/rub_6587", "http://www.paris.fr/english/international/rub_8118"]


def test_manifest_checksums_and_counts_match_the_files(crawled_2012):
    archive, snapshot_id = crawled_2012
    meta = manifest(archive, snapshot_id)
    folder = archive / "snapshots" / snapshot_id
    for name, listed in meta["files"].items():
        assert hashlib.sha256((folder / name).read_bytes()).hexdigest() == listed["sha256"]
    for name in ("pages", "facts", "news"):
        (count,) = rows(f"select count(*) as n from {table(archive, snapshot_id, name)}")
        assert count["n"] == meta["row_counts"][name]


def test_scope_404_redirect_and_pdf(crawled_2012):
    archive, snapshot_id = crawled_2012
    pages = pages_by_url(archive, snapshot_id)
    assert all(url.startswith((f"{PORTAL}/", "http://www.paris.fr/english/international/")) for url in pages)
    assert not any("/recherche" in url for url in pages), "robots.txt disallows the search page"
    broken = pages[f"{PORTAL}/jumelage-et-pactes-d-amitie/les-villes-partenaires/rub_6587_stand_16481_port_14976"]
    assert broken["status"] == 404 and broken["n_facts"] == 0
    moved = pages[f"{PORTAL}/paris-ville-monde/rub_6587_stand_16468_port_14974"]
    assert moved["status"] == 301 and moved["final_url"] == NETWORKS_2012
    assert pages[NETWORKS_2012]["status"] == 200
    pdf = pages[f"{PORTAL}/documents/paris-et-les-reseaux-de-villes.pdf"]
    assert pdf["content_type"] == "application/pdf" and pdf["layout"] is None and pdf["body_sha256"]


def test_portal_pages_declared_iso_8859_1_are_decoded_as_windows_1252(crawled_2012):
    archive, snapshot_id = crawled_2012
    page = pages_by_url(archive, snapshot_id)[NETWORKS_2012]
    assert page["charset"] == "windows-1252" and page["title"] == "La participation aux réseaux des villes"
    assert page["layout"] == "portal2012"


def test_every_capture_points_into_the_warc(crawled_2012):
    from archive import read_capture

    archive, snapshot_id = crawled_2012
    page = pages_by_url(archive, snapshot_id)[NETWORKS_2012]
    _, body = read_capture(archive / "snapshots" / snapshot_id / page["warc_file"], page["warc_offset"])
    assert hashlib.sha256(body).hexdigest() == page["body_sha256"]
    assert "réseaux".encode("windows-1252") in body


def test_polite_crawl_obeys_robots_and_names_itself(tmp_path):
    archive = tmp_path / "archive"
    epoch = load_epoch("2012")
    with MirrorServer(epoch) as server:
        result = run_cli("crawl", *sum((["--start-url", url] for url in server.start_urls), []),
                         "-s", f"ARCHIVE_ORIGIN_MAP={json.dumps({server.base_url: epoch.origin})}",
                         *FAST_LOCAL_CRAWL, archive=archive, env={"PARIS_ARCHIVE_CONTACT": "mailto:a@example.org"})
        requests = list(server.requests)
    assert result.returncode == 0, result.stderr
    assert requests[0][1] == "/robots.txt"
    paths = [path for _, path, _, _ in requests]
    assert not any(path.startswith("/politiques/paris-a-l-international/recherche") for path in paths)
    assert all(path.startswith(("/politiques/paris-a-l-international/", "/english/international/", "/robots.txt"))
               for path in paths), "nothing out of scope is requested"
    assert len(paths) == len(set(paths)), "no URL is fetched twice"
    assert all(agent.startswith("paris-archive/") and "(+mailto:a@example.org)" in agent
               for _, _, _, agent in requests)
    (snapshot_id,) = snapshot_ids(archive)
    assert NETWORKS_2012 in pages_by_url(archive, snapshot_id)


def test_news_dates_relative_to_the_page(history):
    archive, by_epoch = history
    news = {row["url"]: row for row in rows(f"select * from {table(archive, by_epoch['2014'], 'news')}")}
    icorn = next(row for row in news.values() if "icorn" in row["networks"] and row["event_start"])
    assert (icorn["event_start"], icorn["event_end"]) == ("2014-05-21", "2014-05-24")
    assert icorn["published"] == "2014-06-05" and icorn["date_precision"] == "day"
    aids = next(row for row in news.values() if "sida" in row["title"].lower())
    assert aids["event_start"] == "2014-12-01"
    assert aids["published"] == "2014-12-02"


def test_paris_joined_icorn_in_2011_on_a_page_served_with_the_wrong_charset(history):
    archive, by_epoch = history
    page = pages_by_url(archive, by_epoch["2014"])[ICORN_2014]
    assert "charset=utf-8" in page["content_type"] and page["charset"] == "windows-1252"
    assert page["title"] == "ICORN, le réseau international des villes refuges"
    joined = facts_of_page(archive, by_epoch["2014"], ICORN_2014)[("icorn", "joined")]
    assert joined["value_date"] == "2011"


def test_history_has_one_snapshot_per_epoch_in_order(history):
    archive, by_epoch = history
    assert list(by_epoch) == ["2012", "2014", "2016", "2024", "2026"]
    assert sorted(by_epoch.values()) == list(by_epoch.values())


def test_figures_follow_the_years(history):
    archive, by_epoch = history

    def aimf_cities(epoch):
        found = rows(f"select distinct value_num from {table(archive, by_epoch[epoch], 'facts')} "
                     "where network_id = 'aimf' and attribute = 'member_cities'")
        return {row["value_num"] for row in found}

    assert 156.0 in aimf_cities("2012")
    assert 250.0 in aimf_cities("2014")
    assert 272.0 in aimf_cities("2016")
    assert 325.0 in aimf_cities("2024")
    assert 325.0 in aimf_cities("2026")


def test_scrapy_crawl_from_the_repository_root_writes_a_snapshot(tmp_path):
    archive = tmp_path / "archive"
    with MirrorServer(load_epoch("2016")) as server:
        networks_page = f"{server.base_url}/international/reseaux-de-villes-4021"
        result = subprocess.run(
            [sys.executable, "-m", "scrapy", "crawl", "paris_international",
             "-a", f"start_urls={','.join(server.start_urls)}", *FAST_LOCAL_CRAWL, "-s", "LOG_LEVEL=WARNING"],
            cwd=REPO, capture_output=True, text=True, timeout=180,
            env={**os.environ, "PARIS_ARCHIVE_DIR": str(archive)},
        )
    assert result.returncode == 0, result.stderr
    (snapshot_id,) = snapshot_ids(archive)
    pages = pages_by_url(archive, snapshot_id)
    assert networks_page in pages, "without an origin map, the URLs fetched are the URLs stored"
    assert manifest(archive, snapshot_id)["source"] == "live"


def test_extract_prints_what_the_crawl_stored(crawled_2012):
    archive, snapshot_id = crawled_2012
    page = pages_by_url(archive, snapshot_id)[NETWORKS_2012]
    saved = load_epoch("2012").site_dir / NETWORKS_2012.removeprefix("http://www.paris.fr/")
    result = run_cli("extract", str(saved), "--url", NETWORKS_2012, "--charset", "iso-8859-1",
                     "--fetched-at", page["fetched_at"].isoformat())
    assert result.returncode == 0, result.stderr
    printed = [json.loads(line) for line in result.stdout.splitlines()]
    assert printed[0]["kind"] == "page" and printed[0]["text_sha256"] == page["text_sha256"]
    printed_facts = {fact["fact_id"]: fact for fact in printed if fact["kind"] == "fact"}
    stored_facts = {fact["fact_id"]: fact for fact in rows(
        f"select * exclude (snapshot_id) from {table(archive, snapshot_id, 'facts')} "
        f"where source_url = '{NETWORKS_2012}'")}
    assert printed_facts.keys() == stored_facts.keys()
    for fact_id, stored in stored_facts.items():
        assert {key: printed_facts[fact_id][key] for key in stored} == stored


def test_scrapy_crawl_refuses_an_archive_another_crawl_is_writing(tmp_path):
    archive = tmp_path / "archive"
    archive.mkdir()
    with ArchiveLock(archive, purpose="crawl", pid=os.getpid(), clock=utc_now):
        with MirrorServer(load_epoch("2016")) as server:
            result = subprocess.run(
                [sys.executable, "-m", "scrapy", "crawl", "paris_international",
                 "-a", f"start_urls={server.start_urls[0]}", *FAST_LOCAL_CRAWL],
                cwd=REPO, capture_output=True, text=True, timeout=180,
                env={**os.environ, "PARIS_ARCHIVE_DIR": str(archive)},
            )
            requests = list(server.requests)
    assert "is being written by a crawl" in result.stderr
    assert "Traceback" not in result.stderr
    assert requests == [], "a refused crawl sends no request"
    assert snapshot_ids(archive) == [] and not (archive / "runs").exists()
