"""What a change report says, independent of its format: sections of one-line items with their links."""

import re
from collections.abc import Callable
from dataclasses import dataclass

from changes.diff import SnapshotDiff
from changes.records import frame_records
from reports.links import ArchiveLinks, http_link

NONE = "(none)"
# The words for each hedge of a value (the `qualifier` vocabulary of the data contract).
QUALIFIER_WORDS = {"exact": "", "more_than": "more than", "at_least": "at least", "about": "about",
                   "up_to": "up to"}


@dataclass(frozen=True)
class ReportItem:
    text: str  # one line: what changed, with old and new values
    details: tuple[str, ...]  # the sentences or fields behind it
    live: str | None  # the page on the live site
    archived: dict | None  # {"href", "label"}: the capture in the snapshot


@dataclass(frozen=True)
class ReportSection:
    key: str  # the diff frame (or "warnings")
    title: str
    items: tuple[ReportItem, ...]
    left_out: int  # rows beyond the report's limit


@dataclass(frozen=True)
class ReportView:
    subject: str
    baseline: str
    old: dict
    new: dict
    summary: tuple[str, ...]
    sections: tuple[ReportSection, ...]  # for readers: real changes, non-empty sections only
    maintenance: tuple[ReportSection, ...]  # extraction suspect: warnings, suspect facts and news
    has_changes: bool
    full_diff_command: str


def value_text(value: object, qualifier: str | None) -> str:
    """"more than 130": the value with its hedge in words, as a reader would say it."""
    if value is None:
        return NONE
    words = QUALIFIER_WORDS.get(qualifier or "exact", (qualifier or "").replace("_", " "))
    return f"{words} {value}".strip()


def stated_values(values: list[dict]) -> list[str]:
    """The values the pages state (`{value, qualifier}`, as the diff's network figures hold them), in words,
    each once, in alphabetical order."""
    return sorted({value_text(stated["value"], stated["qualifier"]) for stated in values})


def _network(row: dict) -> str:
    return row.get("network_name") or row.get("network_id") or NONE


def _quoted(text: str | None) -> tuple[str, ...]:
    return (f"\u201c{text}\u201d",) if text else ()


def _fact_added(row: dict) -> tuple[str, tuple[str, ...]]:
    text = f"{_network(row)}, {row['attribute']}: {value_text(row['value'], row['qualifier'])}"
    return text, _quoted(row["evidence"])


def _fact_changed(row: dict) -> tuple[str, tuple[str, ...]]:
    old = value_text(row["old_value"], row["old_qualifier"])
    new = value_text(row["new_value"], row["new_qualifier"])
    details = tuple(f"{when}: \u201c{text}\u201d" for when, text in (("was", row["old_evidence"]),
                                                                     ("now", row["new_evidence"])) if text)
    return f"{_network(row)}, {row['attribute']}: {old} -> {new}", details


def _fact_suspect(row: dict) -> tuple[str, tuple[str, ...]]:
    text, details = _fact_added(row)
    return f"{text} (flagged by: {row['suspect_checks']})", details


def _values(values: list[str]) -> str:
    return " / ".join(values) if values else NONE


def _figure(row: dict) -> tuple[str, tuple[str, ...]]:
    where = f"stated on {row['old_pages']} page(s) before, {row['new_pages']} now"
    old, new = stated_values(row["old_values"]), stated_values(row["new_values"])
    text = f"{_network(row)}, {row['attribute']}: {_values(old)} -> {_values(new)}"
    return text, (where,)


def _news(row: dict) -> tuple[str, tuple[str, ...]]:
    return f"{row['published'] or 'undated'}: {row['title'] or NONE}", ((row["summary"],) if row["summary"] else ())


def _news_suspect(row: dict) -> tuple[str, tuple[str, ...]]:
    text, details = _news(row)
    return f"{text} (flagged by: {row['suspect_checks']})", details


def _field_text(value: object) -> str:
    if isinstance(value, list):
        return ", ".join(value) or NONE
    return NONE if value is None else str(value)


def _news_edited(row: dict) -> tuple[str, tuple[str, ...]]:
    fields = row["changed_fields"]
    details = tuple(f"{name}: {_field_text(row[f'old_{name}'])} -> {_field_text(row[f'new_{name}'])}"
                    for name in fields)
    return f"{row['new_title'] or NONE}: {', '.join(fields)} changed", details


def _page(row: dict) -> tuple[str, tuple[str, ...]]:
    return f"{row['url']} ({row['status'] or 'no answer'}{', ' + row['title'] if row['title'] else ''})", ()


def _page_moved(row: dict) -> tuple[str, tuple[str, ...]]:
    return f"{row['url']} -> {row['new_final_url']} ({row['old_status']} -> {row['new_status']})", ()


def _page_status(row: dict) -> tuple[str, tuple[str, ...]]:
    return f"{row['url']}: status {row['old_status'] or 'no answer'} -> {row['new_status'] or 'no answer'}", ()


def _page_text(row: dict) -> tuple[str, tuple[str, ...]]:
    what = [name for name, changed in (("main text", row["text_changed"]), ("title", row["title_changed"])) if changed]
    details = (f"title: {row['old_title'] or NONE} -> {row['new_title'] or NONE}",) if row["title_changed"] else ()
    return f"{row['url']}: {' and '.join(what)} changed", details


_Describe = Callable[[dict], tuple[str, tuple[str, ...]]]

# Reader sections in reading order: (frame, title, how to describe a row, column of the live link).
# The network figures come first: the change a reader looks for, even across a redesign of the pages.
READER_SECTIONS: tuple[tuple[str, str, _Describe, str | None], ...] = (
    ("figures_changed", "Network figures (every page together)", _figure, None),
    ("facts_changed", "Facts changed", _fact_changed, "source_url"),
    ("facts_added", "Facts added", _fact_added, "source_url"),
    ("facts_removed", "Facts removed", _fact_added, "source_url"),
    ("news_added", "New news items", _news, "url"),
    ("news_edited", "Edited news items", _news_edited, "new_url"),
    ("news_removed", "Removed news items", _news, "url"),
    ("pages_appeared", "Pages that appeared", _page, "url"),
    ("pages_disappeared", "Pages that disappeared", _page, "url"),
    ("pages_moved", "Pages moved (redirects)", _page_moved, "url"),
    ("pages_status_changed", "Pages whose status changed", _page_status, "url"),
    ("pages_text_changed", "Pages whose wording changed", _page_text, "url"),
)
SUSPECT_SECTIONS: tuple[tuple[str, str, _Describe, str | None], ...] = (
    ("facts_suspect", "Facts that vanished from flagged pages (not counted as removed)", _fact_suspect, "source_url"),
    ("news_suspect", "News items that vanished from flagged pages (not counted as removed)", _news_suspect, "url"),
)


def _to_the_second(moment: str | None) -> str:
    """`2026-11-25T17:45:38.440214Z` -> `2026-11-25T17:45:38Z`: readers need no microseconds."""
    return re.sub(r"\.\d+(?=Z|[+-]\d\d:\d\d$)", "", moment or "unknown time")


def snapshot_summary(manifest: dict) -> dict:
    extra = manifest.get("extra") or {}
    return {
        "snapshot_id": manifest["snapshot_id"],
        "status": manifest.get("status"),
        "started_at": manifest.get("started_at"),
        "finished_at": manifest.get("finished_at"),
        "source": manifest.get("source"),
        "mirror_epoch": extra.get("mirror_epoch"),
        "mirror_captured": extra.get("mirror_captured"),
        "row_counts": manifest.get("row_counts"),
    }


def captioned_snapshot(manifest: dict) -> dict:
    """The snapshot's essentials, with the line that names it in a report (`text`)."""
    summary = snapshot_summary(manifest)
    epoch = f", mirror epoch {summary['mirror_epoch']} as of {summary['mirror_captured']}" \
        if summary["mirror_epoch"] else ""
    return {**summary, "text": f"{summary['snapshot_id']} (crawled {_to_the_second(summary['started_at'])}, "
                               f"source {summary['source']}{epoch})"}


def summary_lines(diff: SnapshotDiff) -> tuple[str, ...]:
    counts = diff.summary
    return (
        f"Network figures: {counts['figures_changed']} changed (every page together)",
        f"Facts: {counts['facts_changed']} changed, {counts['facts_added']} added, {counts['facts_removed']} removed",
        f"News: {counts['news_added']} new, {counts['news_edited']} edited, {counts['news_removed']} removed",
        f"Pages: {counts['pages_appeared']} appeared, {counts['pages_disappeared']} disappeared, "
        f"{counts['pages_moved']} moved, {counts['pages_status_changed']} changed status, "
        f"{counts['pages_text_changed']} changed wording",
        f"Extraction suspect (for maintainers): {counts['warnings']} warnings, "
        f"{counts['facts_suspect']} facts and {counts['news_suspect']} news items set aside",
    )


def subject_line(diff: SnapshotDiff) -> str:
    counts = diff.summary
    span = f"{diff.old_id} -> {diff.new_id}"
    if not diff.change_count:
        warnings = f", {counts['warnings']} extraction warnings" if counts["warnings"] else ""
        return f"paris-archive: no changes{warnings} ({span})"
    facts = counts["facts_changed"] + counts["facts_added"] + counts["facts_removed"]
    news = counts["news_added"] + counts["news_edited"] + counts["news_removed"]
    pages = diff.change_count - facts - news
    warnings = f", {counts['warnings']} extraction warnings" if counts["warnings"] else ""
    return f"paris-archive: {diff.change_count} changes: {facts} facts, {news} news, {pages} pages{warnings} ({span})"


def build_view(diff: SnapshotDiff, links: ArchiveLinks, baseline: str, max_rows: int | None = None) -> ReportView:
    """The report of `diff`; each section lists at most `max_rows` items (None: all) and says how many it left out."""
    snapshot_of = {"old": diff.old_id, "new": diff.new_id}

    def section(key: str, title: str, describe: _Describe, live_column: str | None) -> ReportSection:
        frame = diff.frame(key)
        shown = frame if max_rows is None else frame.head(max_rows)
        items = []
        for row in frame_records(shown):
            text, details = describe(row)
            live = (http_link(row.get(live_column)) or http_link(row.get("source_url"))) if live_column else None
            archived = links.capture(snapshot_of[row["archived_in"]], row["warc_file"], row["warc_offset"]) \
                if "archived_in" in row else None
            items.append(ReportItem(text, details, live, archived))
        return ReportSection(key, title, tuple(items), len(frame) - len(shown))

    readers = tuple(section(*spec) for spec in READER_SECTIONS if len(diff.frame(spec[0])))
    suspects = tuple(section(*spec) for spec in SUSPECT_SECTIONS if len(diff.frame(spec[0])))
    warnings = diff.warnings if max_rows is None else diff.warnings[:max_rows]
    warning_section = ReportSection(
        "warnings", "Extraction health warnings",
        tuple(ReportItem(warning["message"], (), http_link(warning.get("url")), None) for warning in warnings),
        len(diff.warnings) - len(warnings),
    )
    return ReportView(
        subject=subject_line(diff),
        baseline=baseline,
        old=captioned_snapshot(diff.old_manifest),
        new=captioned_snapshot(diff.new_manifest),
        summary=summary_lines(diff),
        sections=readers,
        maintenance=((warning_section,) if diff.warnings else ()) + suspects,
        has_changes=bool(diff.change_count),
        full_diff_command=f"paris-archive diff {diff.old_id} {diff.new_id} --format json",
    )
