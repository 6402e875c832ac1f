"""The change report's content and its text, Markdown and HTML renderings."""

import re
from datetime import timedelta

import pytest
from helpers.changes import EUROCITIES, NETWORKS, T0, diffed_week, fact, news, page, write_snapshot

from archive import Archive
from archive.replay import collection_name
from changes import compute_diff
from reports.links import ArchiveLinks
from reports.render import UnknownFormat, render_json, render_view
from reports.view import build_view, value_text


@pytest.fixture(scope="module")
def week(tmp_path_factory):
    return diffed_week(tmp_path_factory.mktemp("week"))


def view_of(week, **options):
    archive, diff = week
    return build_view(diff, ArchiveLinks.for_folder(archive.root), "Baseline: the test week.", **options)


@pytest.mark.parametrize("value, qualifier, expected", [
    ("130", "more_than", "more than 130"), ("136", "about", "about 136"), ("28", "exact", "28"),
    ("40", None, "40"), ("100", "up_to", "up to 100"), (None, "exact", "(none)"),
])
def test_value_text(value, qualifier, expected):
    assert value_text(value, qualifier) == expected


def test_the_subject_counts_the_changes(week):
    _, diff = week
    assert view_of(week).subject == (f"paris-archive: 14 changes: 4 facts, 3 news, 7 pages "
                                     f"({diff.old_id} -> {diff.new_id})")


def test_sections_follow_reading_order_and_skip_empty_ones(week):
    titles = [section.title for section in view_of(week).sections]
    assert titles == ["Network figures (every page together)", "Facts changed", "Facts added", "Facts removed",
                      "New news items", "Edited news items",
                      "Removed news items", "Pages that appeared", "Pages that disappeared",
                      "Pages moved (redirects)", "Pages whose status changed", "Pages whose wording changed"]
    assert view_of(week).maintenance == ()


def test_a_changed_fact_reads_old_to_new_with_links(week):
    archive, diff = week
    (item,) = view_of(week).sections[1].items
    assert item.text == "EUROCITIES, member_cities: more than 113 -> more than 130"
    assert item.details == ("was: \u201ceurocities member_cities 113.\u201d",
                            "now: \u201ceurocities member_cities 130.\u201d")
    assert item.live == EUROCITIES
    # The capture as `paris-archive replay` serves it by default: the archive's collection, then its time.
    collection = collection_name(archive.root)  # the fixture's folder, week0 or week1
    replay_url = rf"http://127\.0\.0\.1:8080/{collection}/\d{{14}}/{re.escape(EUROCITIES)}"
    assert re.fullmatch(replay_url, item.archived["href"])
    assert re.fullmatch(rf"snapshot {diff.new_id}, captured \d{{4}}-\d\d-\d\d \d\d:\d\d UTC", item.archived["label"])


def test_network_figures_come_first_without_links(week):
    figures = view_of(week).sections[0]
    assert [item.text for item in figures.items] == [
        "AIMF, president: le Maire de Paris -> (none)",
        "EUROCITIES, member_cities: more than 113 -> more than 130",
        "ICORN, member_cities: (none) -> 53",
        "UCUE, member_cities: 27 -> (none)",
    ]
    assert figures.items[1].details == ("stated on 1 page(s) before, 1 now",)
    assert all(item.live is None and item.archived is None for item in figures.items)


def test_removed_rows_link_to_the_old_snapshot(week):
    _, diff = week
    removed = next(section for section in view_of(week).sections if section.key == "facts_removed")
    assert all(item.archived["label"].startswith(f"snapshot {diff.old_id},") for item in removed.items)


def test_a_published_archive_url_replaces_the_folder(week):
    archive, diff = week
    view = build_view(diff, ArchiveLinks.for_folder(archive.root, "https://archives.example.org/replay/"), "b")
    assert view.sections[1].items[0].archived["href"].startswith(
        f"https://archives.example.org/replay/{collection_name(archive.root)}/")


def test_text_report_states_the_baseline_first_and_lists_changes(week):
    _, diff = week
    text = render_view(view_of(week), "text")
    lines = text.splitlines()
    assert lines[3] == "Baseline: the test week."
    assert lines[4].startswith(f"  from: {diff.old_id} (crawled 2024-06-03T06:15:00Z, source mirror")
    assert "Network figures: 4 changed (every page together)" in text
    assert "Facts: 1 changed, 1 added, 2 removed" in text
    assert "- EUROCITIES, member_cities: more than 113 -> more than 130" in text
    assert "- Le réseau ICORN a fêté ses 10 ans: title, summary changed" in text
    assert "    title: ICORN a 10 ans -> Le réseau ICORN a fêté ses 10 ans" in text
    assert "EXTRACTION SUSPECT" not in text


def test_long_sections_are_cut_and_say_how_to_see_everything(week):
    _, diff = week
    view = view_of(week, max_rows=1)
    removed = next(section for section in view.sections if section.key == "facts_removed")
    assert (len(removed.items), removed.left_out) == (1, 1)
    assert (f"... and 1 more in the full report (full-report.txt, saved beside this one in the archive's reports/ "
            f"folder; every row: paris-archive diff {diff.old_id} {diff.new_id} --format json)"
            in render_view(view, "text"))


def test_html_report_has_links_and_inline_styles_only(week):
    html = render_view(view_of(week), "html")
    assert html.startswith("<!DOCTYPE html>")
    assert f'<a href="{EUROCITIES}" style="color:#1a4f8b;">live page</a>' in html
    assert ">archived copy</a>" in html
    assert "<style" not in html and "<link" not in html and "<script" not in html
    assert "more than 113 -&gt; more than 130" in html


def test_markdown_report(week):
    markdown = render_view(view_of(week), "markdown")
    assert markdown.startswith("# Changes to the City of Paris international relations pages\n")
    assert "## Network figures (every page together) (4)" in markdown
    assert "## Facts changed (1)" in markdown
    assert f"[live page]({EUROCITIES})" in markdown
    assert "member_cities" in markdown  # an underscore inside a word is not escaped


def test_page_text_cannot_inject_markup(tmp_path):
    old = write_snapshot(tmp_path, T0, [page(NETWORKS, "Réseaux.")])
    hostile = "<script>alert(1)</script> [click](http://evil.example)"
    new = write_snapshot(tmp_path, T0 + timedelta(days=1), [page(NETWORKS, "Réseaux.")],
                         [fact("f1", "c40", "president", hostile, NETWORKS)],
                         [news("n1", hostile, "2024-06-01", NETWORKS)])
    archive = Archive(tmp_path)
    view = build_view(compute_diff(archive, old, new), ArchiveLinks.for_folder(tmp_path), "b")
    html = render_view(view, "html")
    assert "<script>" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    markdown = render_view(view, "markdown")
    assert "\\<script>alert(1)\\</script> \\[click\\](http://evil.example)" in markdown


def test_no_changes(tmp_path):
    pages = [page(NETWORKS, "Réseaux.")]
    old = write_snapshot(tmp_path, T0, pages)
    new = write_snapshot(tmp_path, T0 + timedelta(days=7), pages)
    diff = compute_diff(Archive(tmp_path), old, new)
    view = build_view(diff, ArchiveLinks.for_folder(tmp_path), "b")
    assert view.subject == f"paris-archive: no changes ({old} -> {new})"
    assert "No changes: the facts, news and pages are the same in both snapshots.\n" in render_view(view, "text")
    assert view.sections == ()


def test_json_has_every_row_and_unknown_formats_are_refused(week):
    assert '"facts_changed": 1' in render_json(week[1])
    with pytest.raises(UnknownFormat, match="one of: text, markdown, html, json"):
        render_view(view_of(week), "pdf")
