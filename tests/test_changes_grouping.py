"""Network figures: one line per network and attribute whatever the pages and their spelling of the network,
a disagreement between pages shown as such, and implausible jumps set apart to check."""

from datetime import timedelta

import pytest
from helpers.changes import AIMF, EUROCITIES, NETWORKS, T0, fact, page, write_snapshot

from archive import Archive
from changes import compute_diff
from reports.links import ArchiveLinks
from reports.view import build_view

ENGLISH = "https://www.paris.fr/english/international/paris-and-city-networks-4101"
TEASER = "https://www.paris.fr/international/actualites/l-aimf-fete-ses-45-ans-8812"
PAGES = [page(url, f"Text of {url}.") for url in (NETWORKS, AIMF, EUROCITIES, ENGLISH, TEASER)]


def aimf(fact_id: str, value: str, url: str, name: str) -> dict:
    return {**fact(fact_id, "aimf", "member_cities", value, url), "network_name": name}


def diff_of(root, old_facts, new_facts):
    old = write_snapshot(root, T0, PAGES, old_facts)
    new = write_snapshot(root, T0 + timedelta(days=7), PAGES, new_facts)
    archive = Archive(root)
    return archive, compute_diff(archive, old, new)


def view_of(archive, diff, language="en"):
    return build_view(diff, ArchiveLinks.for_folder(archive.root), "b", language=language)


def three_spellings(value: str) -> list[dict]:
    """One figure on the French page, its English twin and a news teaser, each naming the network its own way."""
    return [aimf(f"f-{value}-fr", value, AIMF, "Association internationale des maires francophones"),
            aimf(f"f-{value}-en", value, ENGLISH, "International Association of Francophone Mayors"),
            aimf(f"f-{value}-teaser", value, TEASER, "AIMF")]


@pytest.fixture(scope="module")
def stated_three_times(tmp_path_factory):
    """Built once for the tests that read it."""
    return diff_of(tmp_path_factory.mktemp("three"), three_spellings("272"), three_spellings("325"))


def test_a_figure_stated_on_three_pages_is_one_change(stated_three_times):
    archive, diff = stated_three_times
    assert len(diff.facts_added) == len(diff.facts_removed) == 3  # the rows, page by page
    (figure,) = diff.figures_changed.to_dict("records")
    assert (figure["network_id"], figure["attribute"], figure["old_pages"], figure["new_pages"]) == (
        "aimf", "member_cities", 3, 3)
    (new,) = figure["new_values"]
    assert (new["value"], new["qualifier"], new["pages"]) == ("325", "exact", 3)
    # The pages that state it, each with its title (the synthetic pages are titled after their URL's end).
    assert [(source["url"], source["title"]) for source in figure["new_sources"]] == [
        (url, url.rsplit("/", 1)[-1]) for url in sorted([AIMF, ENGLISH, TEASER])]
    assert diff.change_count == 1

    view = view_of(archive, diff)
    (section,) = view.sections
    (item,) = section.items
    assert item.text == "AIMF, member cities: 272 \u2192 325"  # the vocabulary's label, whatever the spelling
    assert item.details == ("stated on 3 pages",)
    assert {link["href"] for link in item.pages} == {AIMF, ENGLISH, TEASER}
    assert view.summary[0] == "1 change(s): 1 network figure(s), 0 news item(s), 0 page(s)"
    assert view.subject == "paris-archive: AIMF 272 \u2192 325 cities (3-10 June 2024)"


def test_the_same_figure_in_french(stated_three_times):
    archive, diff = stated_three_times
    view = view_of(archive, diff, "fr")
    (item,) = view.sections[0].items
    assert item.text == "AIMF, villes membres : 272 \u2192 325"
    assert item.details == ("indiqué sur 3 pages",)
    assert view.subject == "paris-archive : AIMF 272 \u2192 325 villes (3-10 juin 2024)"
    assert view.sections[0].title == "Chiffres des réseaux"


def test_pages_that_disagree_are_shown_as_such_not_as_two_changes(tmp_path):
    old = three_spellings("272")
    new = [aimf("f-fr", "325", AIMF, "AIMF"), aimf("f-teaser", "325", TEASER, "AIMF"),
           aimf("f-en", "272", ENGLISH, "AIMF")]  # the English twin not updated yet
    archive, diff = diff_of(tmp_path, old, new)
    assert diff.change_count == 1
    (item,) = view_of(archive, diff).sections[0].items
    assert item.text == "AIMF, member cities: 272 \u2192 272 / 325"
    assert item.details == ("stated on 3 pages", "the pages disagree: 272 (1 page), 325 (2 pages)")


def test_a_page_that_stops_stating_a_figure_others_still_state_is_no_change(tmp_path):
    old = three_spellings("272")
    archive, diff = diff_of(tmp_path, old, old[:2])
    assert len(diff.facts_removed) + len(diff.facts_suspect) == 1
    assert diff.figures_changed.empty and diff.change_count == 0


def test_a_tenfold_jump_is_set_apart_to_check(tmp_path):
    old = [fact("f-euro", "eurocities", "member_cities", "130", EUROCITIES, qualifier="more_than")]
    new = [fact("f-euro", "eurocities", "member_cities", "1500", EUROCITIES, qualifier="more_than")]
    archive, diff = diff_of(tmp_path, old, new)
    assert diff.figures_changed.empty
    (row,) = diff.figures_to_check.to_dict("records")
    assert (row["network_id"], row["to_check"]) == ("eurocities", "jump")
    assert diff.change_count == 0

    view = view_of(archive, diff)
    (section,) = view.sections
    assert section.title == "To check"
    (item,) = section.items
    assert item.text == "Eurocities, member cities: more than 130 \u2192 more than 1,500"
    assert item.details[-1].startswith("jumps more than 10-fold")
    assert view.summary[1] == "Network figures: 0 changed, 1 to check"
    assert view.has_changes


def test_a_figure_against_the_other_pages_of_its_snapshot_is_set_apart_to_check(tmp_path):
    old = [fact("f-metro-1", "metropolis", "member_cities", "100", NETWORKS)]
    new = [fact("f-metro-1", "metropolis", "member_cities", "90", NETWORKS),
           fact("f-metro-2", "metropolis", "member_cities", "950", ENGLISH)]  # within tenfold of 100, not of 90
    _, diff = diff_of(tmp_path, old, new)
    (row,) = diff.figures_to_check.to_dict("records")
    assert row["to_check"] == "against_pages"


def test_a_plausible_rise_is_a_change(tmp_path):
    old = [fact("f-metro", "metropolis", "member_cities", "106", NETWORKS)]
    new = [fact("f-metro", "metropolis", "member_cities", "144", NETWORKS)]
    _, diff = diff_of(tmp_path, old, new)
    assert len(diff.figures_changed) == 1 and diff.figures_to_check.empty


def test_a_place_spelled_two_ways_is_not_a_disagreement(tmp_path):
    new = [fact("f-c40-hq-fr", "c40", "headquarters", "Londres", NETWORKS),
           fact("f-c40-hq-en", "c40", "headquarters", "London", ENGLISH)]
    archive, diff = diff_of(tmp_path, [], new)
    (item,) = view_of(archive, diff).sections[0].items
    assert item.text == "C40, headquarters: London / Londres (new)"
    assert item.details == ("stated on 2 pages", "as written: London (1 page), Londres (1 page)")
