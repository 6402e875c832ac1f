"""Change detection end to end: the mirror's history crawled over loopback HTTP, diffed epoch by epoch."""

import json
import shutil

import pytest
from conftest import crawl_mirror, manifest, run_cli, snapshot_ids

from archive import Archive
from changes import compute_diff
from paris_archive.cli import main
from reports.view import stated_values

PORTAL = "http://www.paris.fr/politiques/paris-a-l-international"
SITE = "https://www.paris.fr/international"
UCUE_2016 = f"{SITE}/union-des-capitales-de-l-union-europeenne-4025"
TWINNING_2016 = f"{SITE}/jumelage-et-pactes-d-amitie-4030"
PARTNERS_2024 = f"{SITE}/villes-partenaires-et-jumelage-5310"
NETWORKS_2016 = f"{SITE}/reseaux-de-villes-4021"
PRESS = "https://presse.paris.fr/communiques"
SITE_2026 = "https://www.paris.fr/pages"
AIMF_2014 = (f"{PORTAL}/paris-ville-monde/association-internationale-des-maires-francophones/"
             "rub_6587_stand_16471_port_14974")


@pytest.fixture(scope="module")
def diffs(history):
    archive_path, by_epoch = history
    archive = Archive(archive_path)
    return {
        pair: compute_diff(archive, by_epoch[pair[0]], by_epoch[pair[1]])
        for pair in (("2012", "2014"), ("2014", "2016"), ("2016", "2024"))
    }


@pytest.fixture(scope="module")
def restyled(restyled_2016, tmp_path_factory):
    """2016, then the same words under rewritten markup, then that again: (archive, [three snapshot ids])."""
    archive_path = tmp_path_factory.mktemp("restyled") / "archive"
    shutil.copytree(restyled_2016, archive_path)
    crawl_mirror("2016-restyled", archive_path)
    return Archive(archive_path), snapshot_ids(archive_path)


def changed_values(diff):
    return {(row.network_id, row.attribute, row.old_value, row.new_value) for row in diff.facts_changed.itertuples()}


def nothing_suspect(diff):
    return diff.facts_suspect.empty and diff.news_suspect.empty and not diff.warnings


def test_2012_to_2014_figures_updated(diffs):
    diff = diffs["2012", "2014"]
    assert changed_values(diff) == {
        ("aimf", "member_cities", "156", "250"),
        ("aimf", "member_countries", "46", "50"),
        ("metropolis", "member_cities", "106", "136"),
        ("ucue", "member_cities", "27", "28"),
    }
    aimf = diff.facts_changed[diff.facts_changed["attribute"].eq("member_cities")
                              & diff.facts_changed["network_id"].eq("aimf")].iloc[0]
    assert (aimf["old_qualifier"], aimf["new_qualifier"]) == ("more_than", "more_than")
    assert diff.facts_removed.empty
    assert nothing_suspect(diff)


def test_across_the_redesign_network_figures_still_compare(history):
    archive_path, by_epoch = history
    diff = compute_diff(Archive(archive_path), by_epoch["2012"], by_epoch["2024"])
    figures = {(row["network_id"], row["attribute"]): (stated_values(row["old_values"]),
                                                      stated_values(row["new_values"]))
               for row in diff.figures_changed.to_dict("records")}
    assert figures["aimf", "member_cities"] == (["more than 156"], ["325"])
    assert figures["metropolis", "member_cities"] == (["106"], ["144"])
    # "240 000 gouvernements locaux et régionaux" counts the governments UCLG represents, not its member cities.
    assert figures["uclg", "member_cities"] == (["more than 1000"], [])
    assert figures["uclg", "represented_governments"] == ([], ["240000"])
    assert figures["ucue", "member_cities"] == (["27"], [])
    assert figures["c40", "member_cities"] == ([], ["about 100"])


def test_2012_to_2014_icorn_arrives(diffs):
    diff = diffs["2012", "2014"]
    assert {"icorn"} <= set(diff.facts_added["network_id"])
    assert set(diff.news_added["title"]) == {
        "Les villes s’engagent à mettre fin au Sida d’ici à 2030",
        "Paris, Capitale d’exil – Actualité du Réseau International des Villes Refuges",
    }
    assert diff.news_removed.empty
    assert {url.split("/")[-2] for url in diff.pages_appeared["url"]} == {
        "icorn-reseau-international-des-villes-refuges",
        "les-villes-s-engagent-a-mettre-fin-au-sida-d-ici-a-2030",
        "paris-capitale-d-exil",
    }


def test_2012_to_2014_pages_stay_put_and_the_english_pages_are_unchanged(diffs):
    diff = diffs["2012", "2014"]
    assert diff.pages_disappeared.empty and diff.pages_moved.empty and diff.pages_status_changed.empty
    text_changed = set(diff.pages_text_changed["url"])
    assert {url.split("/")[-2] for url in text_changed} >= {
        "association-internationale-des-maires-francophones", "union-des-capitales-de-l-union-europeenne",
        "metropolis"}
    assert not any("/english/" in url for url in text_changed)


def test_2014_to_2016_the_redesign_replaces_every_page(history, diffs):
    archive_path, by_epoch = history
    diff = diffs["2014", "2016"]
    counts_2014 = manifest(archive_path, by_epoch["2014"])["row_counts"]
    counts_2016 = manifest(archive_path, by_epoch["2016"])["row_counts"]
    # No portal URL answers any more; the pages that kept their title are matched as moved, the others are gone.
    moved = diff.pages_moved
    assert set(moved["how"]) == {"same_title"} and len(moved) == 7
    assert moved.set_index("url").loc[AIMF_2014, "new_url"] == (
        f"{SITE}/association-internationale-des-maires-francophones-4023")
    assert len(diff.pages_disappeared) + len(moved) == counts_2014["pages"]
    assert len(diff.pages_appeared) + len(moved) == counts_2016["pages"]
    assert all(url.startswith("http://www.paris.fr/") for url in [*diff.pages_disappeared["url"], *moved["url"]])
    assert all(url.startswith("https://www.paris.fr/") for url in [*diff.pages_appeared["url"], *moved["new_url"]])
    # The facts of a moved page are matched across the move: a new figure there is a changed fact.
    assert ("eurocities", "member_cities", "113", "130") in changed_values(diff)
    assert len(diff.facts_removed) < counts_2014["facts"] and len(diff.facts_added) < counts_2016["facts"]
    assert "Le réseau ICORN a fêté ses 10 ans à Paris" in set(diff.news_added["title"])
    assert nothing_suspect(diff)


def test_2016_to_2024_new_figures(diffs):
    assert changed_values(diffs["2016", "2024"]) == {
        ("aimf", "member_cities", "272", "325"),
        ("aimf", "president", "la Maire de Paris", "Anne Hidalgo"),
        ("c40", "member_cities", "83", "100"),
        ("eurocities", "member_cities", "130", "200"),
        ("icorn", "member_cities", "53", "70"),
        ("metropolis", "member_cities", "137", "144"),
        ("uclg", "member_countries", "120", "140"),
    }


def test_2016_to_2024_ucue_removed_with_its_page(diffs):
    diff = diffs["2016", "2024"]
    assert list(diff.pages_disappeared["url"]) == [UCUE_2016]
    removed = {(row.network_id, row.attribute) for row in diff.facts_removed.itertuples()}
    # The 2024 pages count UCLG's represented governments, no longer its member cities. The 2016 AIMF page says the
    # network is "présidée par la Maire de Paris" and names her ("Anne Hidalgo, Maire de Paris, préside l'AIMF"); the
    # 2024 page only names her: the office as president goes.
    assert removed == {("ucue", "founded"), ("ucue", "member_cities"), ("uclg", "member_cities"),
                       ("uclg", "member_associations"), ("uclg", "regions"), ("aimf", "president")}
    assert UCUE_2016 in set(diff.facts_removed["source_url"])
    assert nothing_suspect(diff)


def test_2016_to_2024_pages_moved_renamed_and_new(diffs):
    diff = diffs["2016", "2024"]
    moved = diff.pages_moved.to_dict("records")
    assert [(row["url"], row["new_url"], row["how"], row["old_status"], row["new_status"]) for row in moved] == [
        (TWINNING_2016, PARTNERS_2024, "redirect", 200, 301)]
    assert diff.pages_status_changed.empty
    # 2024 is the first epoch with a press-release site: its two international communiqués of 2024 arrive too.
    # The twinning page's new URL is where it moved, not a page that appeared.
    assert set(diff.pages_appeared["url"]) == {
        f"{SITE}/actualites/cglu-a-20-ans-8741", f"{SITE}/actualites/l-aimf-fete-ses-45-ans-a-lausanne-8812",
        f"{PRESS}/aimf-45-ans-lausanne/", f"{PRESS}/cglu-20-ans-paris/"}
    renamed = diff.pages_text_changed.set_index("url").loc[NETWORKS_2016]
    assert (renamed["old_title"], renamed["new_title"]) == (
        "Les réseaux de villes", "Paris et les réseaux internationaux de villes")
    assert set(diff.news_added["title"]) == {
        "L’AIMF fête ses 45 ans à Lausanne", "CGLU a 20 ans",
        "La Maire de Paris au congrès des 45 ans de l'AIMF à Lausanne",
        "Cités et gouvernements locaux unis fête ses vingt ans à Paris"}


def test_markup_only_change_is_extraction_suspect_not_removal(restyled):
    archive, (plain, restyled_id, _) = restyled
    diff = compute_diff(archive, plain, restyled_id)
    assert diff.change_count == 0
    assert diff.facts_removed.empty and diff.news_removed.empty and diff.pages_text_changed.empty
    flagged = {warning["url"] for warning in diff.warnings if warning["check"] == "layout_unrecognised"}
    assert f"{SITE}/reseaux-de-villes-4021" in flagged
    assert "https://www.paris.fr/english/international/paris-and-city-networks-4101" in flagged
    recorded = archive.manifest(restyled_id)["warnings"]
    assert {warning["url"] for warning in recorded if warning["check"] == "layout_unrecognised"} == flagged


def test_markup_only_change_reads_as_extraction_suspect_in_the_report(restyled):
    archive, (plain, restyled_id, _) = restyled
    result = run_cli("diff", plain, restyled_id, archive=archive.root)
    assert result.returncode == 0, result.stderr
    assert "Chiffres des réseaux : 0 changé(s), 0 à vérifier" in result.stdout
    assert "EXTRACTION DOUTEUSE (POUR LA MAINTENANCE)" in result.stdout
    assert "no parser recognises its layout any more" in result.stdout


def test_an_unchanged_recrawl_is_an_empty_diff(restyled):
    archive, (_, first, second) = restyled
    diff = compute_diff(archive, first, second)
    assert diff.is_empty
    assert archive.manifest(second)["warnings"] == []


def test_diff_command_defaults_to_the_two_newest_snapshots(history):
    archive_path, by_epoch = history
    result = run_cli("diff", archive=archive_path)
    assert result.returncode == 0, result.stderr
    # The newest two are 2024 and 2026 (paris.fr's /pages/ scheme): every page moved, and the network figures still
    # compare across the move. The report is in French unless told otherwise.
    assert f"  du : 12 juin 2024 (instantané {by_epoch['2024']}, " in result.stdout
    assert f"  au : 14 octobre 2026 (instantané {by_epoch['2026']}, " in result.stdout
    assert "- ICORN, villes membres : 53 / plus de 70 \u2192 plus de 80\n" in result.stdout
    assert f"- {PARTNERS_2024} \u2192 {SITE_2026}/villes-partenaires-et-jumelage-2460 (même titre)" in result.stdout
    assert f"copie archivée : instantané {by_epoch['2024']}, capturé le " in result.stdout


@pytest.mark.parametrize("format_name, marker", [("markdown", "## Chiffres des réseaux"), ("html", "<h2 "),
                                                 ("text", "Chiffres des réseaux (7)")])
def test_diff_command_formats(history, format_name, marker, capsys):
    archive_path, by_epoch = history
    assert main(["diff", by_epoch["2012"], by_epoch["2014"], "--format", format_name,
                 "--archive", str(archive_path)]) == 0
    out = capsys.readouterr().out
    assert marker in out
    assert "AIMF, villes membres : plus de 156 \u2192 plus de 156 / plus de 250" in out
    assert "les pages divergent : plus de 156 (3 pages), plus de 250 (1 page)" in out


def test_diff_command_json(history, capsys):
    archive_path, by_epoch = history
    assert main(["diff", by_epoch["2012"], by_epoch["2014"], "--format", "json", "--archive", str(archive_path)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert (data["old"]["mirror_epoch"], data["new"]["mirror_epoch"]) == ("2012", "2014")
    assert data["summary"]["facts_changed"] == 4
    assert {row["new_value"] for row in data["facts_changed"]} == {"250", "50", "136", "28"}


def test_diff_command_errors_are_one_line(history, tmp_path):
    archive_path, _ = history
    unknown = run_cli("diff", "19990101T000000Z", archive=archive_path)
    assert unknown.returncode == 2 and "no snapshot '19990101T000000Z'" in unknown.stderr
    assert "Traceback" not in unknown.stderr
    empty = run_cli("diff", archive=tmp_path)
    assert empty.returncode == 2 and "no complete snapshot" in empty.stderr
