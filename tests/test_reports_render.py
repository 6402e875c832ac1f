"""The change report's content and its text, Markdown and HTML renderings."""

import re
from datetime import timedelta

import pytest
from helpers.changes import EUROCITIES, NETWORKS, PARTNERS, T0, TWINNING, diffed_week, fact, news, page, write_snapshot

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
    options.setdefault("language", "en")
    return build_view(diff, ArchiveLinks.for_folder(archive.root), "Baseline: the test week.", **options)


@pytest.mark.parametrize("value, qualifier, language, expected", [
    ("130", "more_than", "en", "more than 130"), ("136", "about", "en", "about 136"), ("28", "exact", "en", "28"),
    ("40", None, "en", "40"), ("100", "up_to", "en", "up to 100"), (None, "exact", "en", "(none)"),
    ("130", "more_than", "fr", "plus de 130"), ("100", "up_to", "fr", "jusqu'à 100"), (None, "exact", "fr", "(aucun)"),
])
def test_value_text(value, qualifier, language, expected):
    assert value_text(value, qualifier, language) == expected


def test_the_subject_names_the_top_figures_and_the_dates(week):
    # The week runs from 3 to 10 June 2024; it counts 4 figures, 3 news and 5 pages (a page that moved is no change).
    # A figure that changed comes before a new one.
    assert view_of(week).subject == ("paris-archive: Eurocities 113+ \u2192 130+ cities, ICORN 53 cities (new) "
                                     "and 10 more change(s) (3-10 June 2024)")
    assert view_of(week, language="fr").subject == (
        "paris-archive : Eurocities 113+ \u2192 130+ villes, ICORN 53 villes (nouveau) et 10 autre(s) changement(s) "
        "(3-10 juin 2024)")


def test_sections_follow_reading_order_and_skip_empty_ones(week):
    titles = [section.title for section in view_of(week).sections]
    assert titles == ["Network figures", "New news items", "Edited news items", "Removed news items", "Pages moved",
                      "Pages that disappeared", "Pages whose status changed", "Pages whose wording changed"]
    assert view_of(week).maintenance == ()
    assert [section.title for section in view_of(week, language="fr").sections][:2] == [
        "Chiffres des réseaux", "Nouvelles actualités"]


def test_the_summary_counts_changes_not_rows(week):
    assert view_of(week).summary[:2] == ("12 change(s): 4 network figure(s), 3 news item(s), 5 page(s)",
                                         "Network figures: 4 changed, 0 to check")
    assert view_of(week, language="fr").summary[0] == (
        "12 changement(s) : 4 chiffre(s) de réseaux, 3 actualité(s), 5 page(s)")


def test_network_figures_one_line_each_with_their_pages(week):
    figures = view_of(week).sections[0]
    assert [item.text for item in figures.items] == [
        "AIMF, president: le Maire de Paris \u2192 no longer stated",
        "Eurocities, member cities: more than 113 \u2192 more than 130",
        "ICORN, member cities: 53 (new)",
        "UCUE (UCEU), member cities: 27 \u2192 no longer stated",
    ]
    eurocities = figures.items[1]
    assert eurocities.details == ("stated on 1 page",)
    assert eurocities.pages == ({"href": EUROCITIES, "label": "eurocities-4024"},)  # the page's title
    french = view_of(week, language="fr").sections[0].items[1]
    assert french.text == "Eurocities, villes membres : plus de 113 \u2192 plus de 130"
    assert french.details == ("indiqué sur 1 page",)


def test_a_moved_page_reads_old_to_new_with_links(week):
    archive, diff = week
    moved = next(section for section in view_of(week).sections if section.key == "pages_moved")
    (item,) = moved.items
    assert item.text == f"{TWINNING} \u2192 {PARTNERS} (redirect 301)"
    assert item.live == PARTNERS
    # The capture as `paris-archive replay` serves it by default: the archive's collection, then its time.
    collection = collection_name(archive.root)  # the fixture's folder, week0 or week1
    replay_url = rf"http://127\.0\.0\.1:8080/{collection}/\d{{14}}/{re.escape(PARTNERS)}"
    assert re.fullmatch(replay_url, item.archived["href"])
    assert re.fullmatch(rf"snapshot {diff.new_id}, captured \d{{4}}-\d\d-\d\d \d\d:\d\d UTC", item.archived["label"])


def test_a_published_archive_url_replaces_the_folder(week):
    archive, diff = week
    view = build_view(diff, ArchiveLinks.for_folder(archive.root, "https://archives.example.org/replay/"), "b")
    moved = next(section for section in view.sections if section.key == "pages_moved")
    assert moved.items[0].archived["href"].startswith(
        f"https://archives.example.org/replay/{collection_name(archive.root)}/")


def test_text_report_states_the_period_and_baseline_first_and_lists_changes(week):
    _, diff = week
    text = render_view(view_of(week), "text")
    lines = text.splitlines()
    assert lines[2] == "From 3 June 2024 to 10 June 2024"
    assert lines[4] == "Baseline: the test week."
    assert lines[5].startswith(f"  from: 3 June 2024 (snapshot {diff.old_id}, captured 2024-06-03T06:15:00Z, "
                               f"source mirror")
    assert "Network figures: 4 changed, 0 to check" in text
    assert ("- Eurocities, member cities: more than 113 \u2192 more than 130\n    stated on 1 page\n"
            f"    eurocities-4024 <{EUROCITIES}>\n") in text
    assert "- Le réseau ICORN a fêté ses 10 ans: title, summary changed" in text
    assert "    title: ICORN a 10 ans \u2192 Le réseau ICORN a fêté ses 10 ans" in text
    assert "EXTRACTION SUSPECT" not in text and "->" not in text


def test_long_sections_are_cut_and_say_how_to_see_everything(week):
    _, diff = week
    view = view_of(week, max_rows=1)
    figures = view.sections[0]
    assert (len(figures.items), figures.left_out) == (1, 3)
    assert (f"... and 3 more in the full report (full-report.txt, saved beside this one in the archive's reports/ "
            f"folder; every row: paris-archive diff {diff.old_id} {diff.new_id} --format json)"
            in render_view(view, "text"))


def test_html_report_has_links_and_inline_styles_only(week):
    html = render_view(view_of(week), "html")
    assert html.startswith("<!DOCTYPE html>")
    assert f'<a href="{PARTNERS}" style="color:#1a4f8b;">live page</a>' in html
    assert f'<a href="{EUROCITIES}" style="color:#1a4f8b;">eurocities-4024</a>' in html
    assert ">archived copy</a>" in html
    assert "<style" not in html and "<link" not in html and "<script" not in html
    assert "more than 113 \u2192 more than 130" in html and "-&gt;" not in html
    french = render_view(view_of(week, language="fr"), "html")
    assert '<html lang="fr">' in french and ">copie archivée</a>" in french


def test_markdown_report(week):
    markdown = render_view(view_of(week), "markdown")
    assert markdown.startswith("# Changes to the City of Paris international relations pages\n")
    assert "## Network figures (4)" in markdown
    assert f"[live page]({PARTNERS})" in markdown
    assert "**From 3 June 2024 to 10 June 2024**" in markdown


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
    view = build_view(diff, ArchiveLinks.for_folder(tmp_path), "b", language="en")
    assert view.subject == "paris-archive: no changes (3-10 June 2024)"
    assert "No changes: the figures, news and pages are the same in both snapshots.\n" in render_view(view, "text")
    french = build_view(diff, ArchiveLinks.for_folder(tmp_path), "b")  # French unless told otherwise
    assert french.subject == "paris-archive : aucun changement (3-10 juin 2024)"
    assert view.sections == ()


def test_json_has_every_row_and_unknown_formats_are_refused(week):
    assert '"facts_changed": 1' in render_json(week[1])
    with pytest.raises(UnknownFormat, match="one of: text, markdown, html, json"):
        render_view(view_of(week), "pdf")
