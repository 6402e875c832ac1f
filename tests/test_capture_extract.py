"""`paris-archive extract --snapshot ID --url URL`: a page read straight from the archive's raw capture."""

import json

from conftest import rows, run_cli, table

from mirror.epochs import load_epoch

PORTAL = "/politiques/paris-a-l-international"
NETWORKS_PATH = f"{PORTAL}/paris-ville-monde/la-participation-aux-reseaux-des-villes/rub_6587_stand_16469_port_14974"
NETWORKS_2012 = f"http://www.paris.fr{NETWORKS_PATH}"


def json_lines(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines()]


def test_a_page_from_the_archive_extracts_as_the_saved_file_does(history):
    archive, by_epoch = history
    from_archive = run_cli("extract", "--snapshot", by_epoch["2012"], "--url", NETWORKS_2012, archive=archive)
    assert from_archive.returncode == 0, from_archive.stderr
    lines = json_lines(from_archive.stdout)
    page = lines[0]
    assert page["kind"] == "page" and page["charset"] == "windows-1252"

    saved = load_epoch("2012").site_dir / NETWORKS_PATH.lstrip("/")
    from_file = run_cli("extract", str(saved), "--url", NETWORKS_2012, "--fetched-at", page["fetched_at"],
                        "--charset", "iso-8859-1")
    assert from_file.returncode == 0, from_file.stderr
    assert json_lines(from_file.stdout) == lines


def test_a_page_stored_as_a_revisit_is_read_from_its_original(history):
    archive, by_epoch = history
    revisited = rows(f"select p.url from {table(archive, by_epoch['2014'], 'pages')} p "
                     f"join {table(archive, by_epoch['2012'], 'pages')} q using (body_sha256) "
                     f"where p.n_facts > 0 order by p.url limit 1")
    assert revisited, "the 2014 epoch should leave a page with facts unchanged"
    url = revisited[0]["url"]
    result = run_cli("extract", "--snapshot", by_epoch["2014"], "--url", url, archive=archive)
    assert result.returncode == 0, result.stderr
    facts = [line for line in json_lines(result.stdout) if line["kind"] == "fact"]
    stored = rows(f"select fact_id, value from {table(archive, by_epoch['2014'], 'facts')} where source_url = '{url}'")
    assert sorted((f["fact_id"], f["value"]) for f in facts) == sorted((f["fact_id"], f["value"]) for f in stored)


def test_a_url_the_snapshot_does_not_have_is_a_one_line_error(history):
    archive, by_epoch = history
    result = run_cli("extract", "--snapshot", by_epoch["2012"], "--url", "http://www.paris.fr/nowhere", archive=archive)
    assert result.returncode == 2
    assert result.stderr.strip() == f"paris-archive: error: snapshot {by_epoch['2012']} has no page http://www.paris.fr/nowhere"


def test_a_file_or_a_snapshot_but_not_both(history, tmp_path):
    archive, by_epoch = history
    page = tmp_path / "page.html"
    page.write_text("<html><p>Paris</p></html>")
    for arguments in ([], [str(page), "--snapshot", by_epoch["2012"]]):
        result = run_cli("extract", *arguments, "--url", NETWORKS_2012, archive=archive)
        assert result.returncode == 2
        assert result.stderr.strip() == "paris-archive: error: give either FILE or --snapshot ID"
