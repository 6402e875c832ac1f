"""Pages that moved: recognised by a redirect, the same main text or the same title at a new URL; their facts
matched across the move, not counted as removed and added; the moves listed in the report."""

from datetime import timedelta

import pytest
from helpers.changes import AIMF as NEW_AIMF
from helpers.changes import EUROCITIES as NEW_EURO
from helpers.changes import NEWS_LIST as NEW_NEWS
from helpers.changes import PARTNERS, T0, TWINNING, fact, page, write_snapshot

from archive import Archive
from changes import compute_diff
from reports.links import ArchiveLinks
from reports.view import build_view

PORTAL = "http://www.paris.fr/politiques/paris-a-l-international"
OLD_AIMF = f"{PORTAL}/paris-ville-monde/association-internationale-des-maires-francophones/rub_6587_stand_16471"
OLD_EURO = f"{PORTAL}/paris-ville-monde/eurocites/rub_6587_stand_16472"
OLD_NEWS = f"{PORTAL}/actualites/rub_6587_stand_16500"
OLD_PRESS = f"{PORTAL}/actualites/communiques/rub_6587_stand_16501"
AIMF_TEXT = "L'AIMF compte 272 villes, présidée par Anne Hidalgo."


def moved_site(root):
    """A redesign: the AIMF page at a new URL with the same text; the Eurocities page at a new URL under the
    same title, with a new figure; the twinning page redirected; two news lists of one title, one after."""
    old = write_snapshot(root, T0, [
        page(OLD_AIMF, AIMF_TEXT),
        page(OLD_EURO, "Eurocities rassemble plus de 130 villes.", title="Eurocities"),
        page(TWINNING, "Paris est jumelée avec Rome."),
        page(OLD_NEWS, "Actualités 2012.", title="Actualités"),
        page(OLD_PRESS, "Communiqués 2012.", title="Actualités"),
    ], [
        fact("f-aimf-old", "aimf", "member_cities", "272", OLD_AIMF),
        fact("f-aimf-president-old", "aimf", "president", "Anne Hidalgo", OLD_AIMF),
        fact("f-euro-old", "eurocities", "member_cities", "130", OLD_EURO, qualifier="more_than"),
        fact("f-twin-old", "icorn", "joined", "2011", TWINNING),
    ])
    new = write_snapshot(root, T0 + timedelta(days=7), [
        page(NEW_AIMF, AIMF_TEXT),
        page(NEW_EURO, "Eurocities rassemble plus de 200 villes de 38 pays.", title="Eurocities"),
        page(TWINNING, status=301, final_url=PARTNERS),
        page(PARTNERS, "Villes partenaires et jumelage."),
        page(NEW_NEWS, "Actualités 2024.", title="Actualités"),
    ], [
        fact("f-aimf-new", "aimf", "member_cities", "272", NEW_AIMF),
        fact("f-aimf-president-new", "aimf", "president", "Anne Hidalgo", NEW_AIMF),
        fact("f-euro-new", "eurocities", "member_cities", "200", NEW_EURO, qualifier="more_than"),
        fact("f-twin-new", "icorn", "joined", "2011", PARTNERS),
    ])
    archive = Archive(root)
    return archive, compute_diff(archive, old, new)


@pytest.fixture(scope="module")
def moved(tmp_path_factory):
    """The redesign's archive and diff, built once for the module's tests (which only read them)."""
    return moved_site(tmp_path_factory.mktemp("moved"))


def test_moves_are_recognised_by_redirect_text_or_title(moved):
    _, diff = moved
    moves = {row["url"]: (row["new_url"], row["how"]) for row in diff.pages_moved.to_dict("records")}
    assert moves == {
        OLD_AIMF: (NEW_AIMF, "same_text"),
        OLD_EURO: (NEW_EURO, "same_title"),
        TWINNING: (PARTNERS, "redirect"),
    }
    # Two old pages share the news list's title: no move can be told, so they are gone and it is new.
    assert set(diff.pages_disappeared["url"]) == {OLD_NEWS, OLD_PRESS}
    assert list(diff.pages_appeared["url"]) == [NEW_NEWS]


def test_facts_of_a_moved_page_are_matched_across_the_move(moved):
    _, diff = moved
    assert diff.facts_added.empty and diff.facts_removed.empty
    (changed,) = diff.facts_changed.to_dict("records")
    assert (changed["network_id"], changed["old_value"], changed["new_value"], changed["source_url"]) == (
        "eurocities", "130", "200", NEW_EURO)
    assert list(diff.figures_changed["network_id"]) == ["eurocities"]
    # The Eurocities figure and the two news lists gone and the one new: the moves are no change.
    assert diff.change_count == 1 + 2 + 1


def test_the_report_lists_the_moves_and_how_each_was_recognised(moved):
    archive, diff = moved
    view = build_view(diff, ArchiveLinks.for_folder(archive.root), "b", language="en")
    (moved,) = [section for section in view.sections if section.key == "pages_moved"]
    assert moved.title == "Pages moved"
    assert [item.text for item in moved.items] == [
        f"{OLD_AIMF} \u2192 {NEW_AIMF} (same main text)",
        f"{OLD_EURO} \u2192 {NEW_EURO} (same title)",
        f"{TWINNING} \u2192 {PARTNERS} (redirect 301)",
    ]
    assert [item.live for item in moved.items] == [NEW_AIMF, NEW_EURO, PARTNERS]
    assert all(item.archived for item in moved.items)
    assert view.summary[3] == "Pages: 3 moved, 1 appeared, 2 disappeared, 0 changed status, 0 changed wording"
    french = build_view(diff, ArchiveLinks.for_folder(archive.root), "b")
    (moved,) = [section for section in french.sections if section.key == "pages_moved"]
    assert moved.title == "Pages déplacées"
    assert [item.text.rsplit(" (", 1)[1] for item in moved.items] == [
        "même texte principal)", "même titre)", "redirection 301)"]
