"""What a change report says, independent of its format: sections of one-line items with their links,
in the report's language (French by default)."""

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from archive.catalog import captured
from changes.diff import SnapshotDiff
from changes.grouping import JUMP_FACTOR
from changes.records import frame_records
from reports.links import ArchiveLinks, http_link
from reports.wording import (
    ARROW,
    COUNT_UNITS,
    DEFAULT_LANGUAGE,
    QUALIFIER_SIGNS,
    QUALIFIER_WORDS,
    SECTION_TITLES,
    WORDS,
    attribute_label,
    checked_language,
    count_text,
    day_text,
    network_label,
    pages_word,
    span_text,
)

# Attributes whose values are names as written (not counts or dates): two spellings are not a disagreement.
WRITTEN_ATTRIBUTES = ("president", "headquarters", "founded_place")
# How many network figures the subject names before "and N more changes".
SUBJECT_FIGURES = 2
# Counts a reader looks for first, in the subject line.
_SUBJECT_ATTRIBUTES = ("member_cities", "represented_governments", "member_countries", "member_associations",
                       "regions", "projects", "population_threshold")


@dataclass(frozen=True)
class ReportItem:
    text: str  # one line: what changed, with old and new values
    details: tuple[str, ...]  # the sentences or fields behind it
    live: str | None  # the page on the live site
    archived: dict | None  # {"href", "label"}: the capture in the snapshot
    pages: tuple[dict, ...] = field(default=())  # {"href", "label"}: the pages that state a network figure


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
    language: str = DEFAULT_LANGUAGE
    period: str = ""  # the dates the report covers, in words
    words: dict = field(default_factory=lambda: WORDS[DEFAULT_LANGUAGE])  # for the templates


def value_text(value: object, qualifier: str | None, language: str = DEFAULT_LANGUAGE, *,
               counted: bool = False) -> str:
    """"plus de 1 000", "more than 1,000": the value with its hedge in words, as a reader would say it; a count
    (`counted`: the fact has a `value_num`) with its digits grouped, a year or a name as written."""
    if value is None:
        return WORDS[language]["none"]
    words = QUALIFIER_WORDS[language].get(qualifier or "exact", (qualifier or "").replace("_", " "))
    return f"{words} {count_text(value, language) if counted else value}".strip()


def stated_values(values: list[dict], language: str = "en", *, for_readers: bool = False) -> list[str]:
    """The values the pages state (`{value, qualifier}`, as the diff's network figures hold them), in words,
    each once, in alphabetical order; `for_readers` groups the digits of counts (not in the JSON output)."""
    return sorted({value_text(stated["value"], stated["qualifier"], language,
                              counted=for_readers and stated.get("value_num") is not None) for stated in values})


def _colon(language: str) -> str:
    return " :" if language == "fr" else ":"


def _figure_side(values: list[dict], language: str) -> str:
    return " / ".join(stated_values(values, language, for_readers=True))


def _disagreement(values: list[dict], key: str, language: str, attribute: str) -> tuple[str, ...]:
    """"the pages disagree: 272 (1 page), 325 (3 pages)" when a snapshot's pages give several values; for a
    name or a place, which pages in two languages spell two ways ("London", "Londres"), how each is written."""
    if len(values) < 2:
        return ()
    words = WORDS[language]
    if attribute in WRITTEN_ATTRIBUTES:
        key = f"written_{key}"
    each = ", ".join(words["value_on_pages"].format(value=value_text(item["value"], item["qualifier"], language,
                                                                     counted=item.get("value_num") is not None),
                                                    count=item["pages"], pages=pages_word(item["pages"], language))
                     for item in values)
    return (words[key].format(values=each),)


def _figure(row: dict, language: str) -> tuple[str, tuple[str, ...], tuple[dict, ...]]:
    """One line per network figure: old -> new, the pages that state it, and a disagreement between them."""
    words = WORDS[language]
    old, new = row["old_values"], row["new_values"]
    name = f"{network_label(row['network_id'], row['network_name'])}, {attribute_label(row['attribute'], language)}"
    if not old:
        text = f"{name}{_colon(language)} {_figure_side(new, language)} ({words['new_figure']})"
    elif not new:
        text = f"{name}{_colon(language)} {_figure_side(old, language)} {ARROW} {words['not_stated']}"
    else:
        text = f"{name}{_colon(language)} {_figure_side(old, language)} {ARROW} {_figure_side(new, language)}"
    age, key = ("new", "stated_on") if new else ("old", "stated_before")
    count = row[f"{age}_pages"]
    details = ((words[key].format(count=count, pages=pages_word(count, language)),)
               + _disagreement(old, "disagreed", language, row["attribute"])
               + _disagreement(new, "disagree", language, row["attribute"]))
    return text, details, tuple(row[f"{age}_sources"])


def _page_label(url: str) -> str:
    """A page without a title (a PDF) by its address, without the scheme."""
    return re.sub(r"^https?://", "", url)


def _fact(row: dict, language: str) -> tuple[str, tuple[str, ...]]:
    name = f"{network_label(row['network_id'], row['network_name'])}, {attribute_label(row['attribute'], language)}"
    text = (f"{name}{_colon(language)} "
            f"{value_text(row['value'], row['qualifier'], language, counted=row.get('value_num') is not None)}")
    return text, ((f"\u201c{row['evidence']}\u201d",) if row["evidence"] else ())


def _fact_suspect(row: dict, language: str) -> tuple[str, tuple[str, ...]]:
    text, details = _fact(row, language)
    return f"{text} ({WORDS[language]['flagged_by']}{_colon(language)} {row['suspect_checks']})", details


def _news(row: dict, language: str) -> tuple[str, tuple[str, ...]]:
    words = WORDS[language]
    return (f"{row['published'] or words['undated']}{_colon(language)} {row['title'] or words['none']}",
            ((row["summary"],) if row["summary"] else ()))


def _news_suspect(row: dict, language: str) -> tuple[str, tuple[str, ...]]:
    text, details = _news(row, language)
    return f"{text} ({WORDS[language]['flagged_by']}{_colon(language)} {row['suspect_checks']})", details


def _field_text(value: object, language: str) -> str:
    if isinstance(value, list):
        return ", ".join(value) or WORDS[language]["none"]
    return WORDS[language]["none"] if value is None else str(value)


def _news_edited(row: dict, language: str) -> tuple[str, tuple[str, ...]]:
    fields = row["changed_fields"]
    details = tuple(f"{name}{_colon(language)} {_field_text(row[f'old_{name}'], language)} {ARROW} "
                    f"{_field_text(row[f'new_{name}'], language)}" for name in fields)
    words = WORDS[language]
    return (f"{row['new_title'] or words['none']}{_colon(language)} "
            f"{words['changed_fields'].format(fields=', '.join(fields))}", details)


def _page(row: dict, language: str) -> tuple[str, tuple[str, ...]]:
    status = row["status"] or WORDS[language]["no_answer"]
    return f"{row['url']} ({status}{', ' + row['title'] if row['title'] else ''})", ()


def _page_moved(row: dict, language: str) -> tuple[str, tuple[str, ...]]:
    how = WORDS[language][f"moved_{row['how']}"].format(status=row["new_status"])
    return f"{row['url']} {ARROW} {row['new_url']} ({how})", ()


def _page_status(row: dict, language: str) -> tuple[str, tuple[str, ...]]:
    words = WORDS[language]
    return (f"{row['url']}{_colon(language)} {words['status']} {row['old_status'] or words['no_answer']} {ARROW} "
            f"{row['new_status'] or words['no_answer']}", ())


def _page_text(row: dict, language: str) -> tuple[str, tuple[str, ...]]:
    words = WORDS[language]
    what = [words[name] for name, changed in (("main_text", row["text_changed"]), ("title", row["title_changed"]))
            if changed]
    details = ((f"{words['title']}{_colon(language)} {row['old_title'] or words['none']} {ARROW} "
                f"{row['new_title'] or words['none']}",) if row["title_changed"] else ())
    joined = f" {words['and']} ".join(what)
    return f"{row['url']}{_colon(language)} {joined} {words['changed']}", details


_Describe = Callable[[dict, str], tuple[str, tuple[str, ...]]]

# Reader sections in reading order after the network figures: (frame, how to describe a row, column of the
# live link). The fact frames are not among them: each of their rows is a page of a network figure.
READER_SECTIONS: tuple[tuple[str, _Describe, str | None], ...] = (
    ("news_added", _news, "url"),
    ("news_edited", _news_edited, "new_url"),
    ("news_removed", _news, "url"),
    ("pages_moved", _page_moved, "new_url"),
    ("pages_appeared", _page, "url"),
    ("pages_disappeared", _page, "url"),
    ("pages_status_changed", _page_status, "url"),
    ("pages_text_changed", _page_text, "url"),
)
FIGURE_SECTIONS = ("figures_changed", "figures_to_check")
SUSPECT_SECTIONS: tuple[tuple[str, _Describe, str | None], ...] = (
    ("facts_suspect", _fact_suspect, "source_url"),
    ("news_suspect", _news_suspect, "url"),
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


def captioned_snapshot(manifest: dict, language: str = DEFAULT_LANGUAGE) -> dict:
    """The snapshot's essentials, with its date (when its content was online) and the line that names it."""
    summary = snapshot_summary(manifest)
    day = captured(summary["snapshot_id"], manifest).date()
    words = WORDS[language]
    epoch = words["epoch"].format(epoch=summary["mirror_epoch"]) if summary["mirror_epoch"] else ""
    caption = words["snapshot_caption"].format(snapshot_id=summary["snapshot_id"],
                                               captured=_to_the_second(summary["started_at"]),
                                               source=summary["source"], epoch=epoch)
    return {**summary, "date": day.isoformat(), "text": f"{day_text(day, language)} ({caption})"}


def _counts(diff: SnapshotDiff) -> dict[str, int]:
    counts = diff.summary
    return {
        "figures": counts["figures_changed"],
        "news": counts["news_added"] + counts["news_edited"] + counts["news_removed"],
        "pages": counts["pages_appeared"] + counts["pages_disappeared"] + counts["pages_status_changed"]
        + counts["pages_text_changed"],
    }


def summary_lines(diff: SnapshotDiff, language: str = DEFAULT_LANGUAGE) -> tuple[str, ...]:
    """What changed, counted as a reader counts: a network figure once, however many pages state it."""
    counts, words = diff.summary, WORDS[language]
    return (
        words["summary_total"].format(count=diff.change_count, **_counts(diff)),
        words["summary_figures"].format(changed=counts["figures_changed"], to_check=counts["figures_to_check"]),
        words["summary_news"].format(added=counts["news_added"], edited=counts["news_edited"],
                                     removed=counts["news_removed"]),
        words["summary_pages"].format(moved=counts["pages_moved"], appeared=counts["pages_appeared"],
                                      disappeared=counts["pages_disappeared"], status=counts["pages_status_changed"],
                                      text=counts["pages_text_changed"]),
        words["summary_suspect"].format(warnings=counts["warnings"], facts=counts["facts_suspect"],
                                        news=counts["news_suspect"]),
    )


def _compact(values: list[dict], language: str) -> str:
    """"130+", "~100", "272/325", "240 000": a side of a figure as short as a subject line needs it."""
    return "/".join(QUALIFIER_SIGNS.get(item["qualifier"], "{}").format(count_text(item["value"], language))
                    for item in values)


def _headline_rank(row: dict) -> tuple:
    """One figure per side first, then counts a reader looks for first (member cities), then the largest change."""
    old = max((item["value_num"] for item in row["old_values"] if item["value_num"] is not None), default=None)
    new = max((item["value_num"] for item in row["new_values"] if item["value_num"] is not None), default=None)
    jump = abs(new - old) / old if old and new is not None else 0
    disagreement = len(row["old_values"]) > 1 or len(row["new_values"]) > 1  # reads poorly in a subject
    return disagreement, _SUBJECT_ATTRIBUTES.index(row["attribute"]), -jump, row["network_id"]


def headline_figures(diff: SnapshotDiff, language: str = DEFAULT_LANGUAGE) -> list[str]:
    """The counts that changed, as the subject names them: "AIMF 272 → 325 villes", then new ones:
    "C40 ~100 villes (nouveau)"."""
    rows = [row for row in frame_records(diff.figures_changed)
            if row["attribute"] in _SUBJECT_ATTRIBUTES and row["new_values"]]
    updated = sorted((row for row in rows if row["old_values"]), key=_headline_rank)
    added = sorted((row for row in rows if not row["old_values"]), key=_headline_rank)

    def headline(row: dict) -> str:
        label, unit = network_label(row["network_id"], row["network_name"]), COUNT_UNITS[language][row["attribute"]]
        if not row["old_values"]:
            return f"{label} {_compact(row['new_values'], language)} {unit} ({WORDS[language]['new_figure']})"
        return (f"{label} {_compact(row['old_values'], language)} {ARROW} "
                f"{_compact(row['new_values'], language)} {unit}")

    return [headline(row) for row in updated + added]


def period_dates(diff: SnapshotDiff, language: str = DEFAULT_LANGUAGE) -> str:
    """The dates the report covers, from the old snapshot's content to the new one's."""
    return span_text(captured(diff.old_id, diff.old_manifest).date(), captured(diff.new_id, diff.new_manifest).date(),
                     language)


def subject_line(diff: SnapshotDiff, language: str = DEFAULT_LANGUAGE) -> str:
    """The top changes and the dates, as a person would want them before opening the message."""
    words, counts = WORDS[language], diff.summary
    dates = period_dates(diff, language)
    warnings = words["warnings_subject"].format(count=counts["warnings"]) if counts["warnings"] else ""
    changes = diff.change_count
    if not (changes or counts["pages_moved"] or counts["figures_to_check"]):
        return words["no_changes_subject"].format(warnings=warnings, dates=dates)
    top = headline_figures(diff, language)[:SUBJECT_FIGURES]
    if not top:
        return words["counted_subject"].format(count=changes, warnings=warnings, dates=dates)
    more = changes - len(top)
    return words["changes_subject"].format(
        top=", ".join(top), more=words["more_changes"].format(count=more) if more else "", dates=dates)


def build_view(diff: SnapshotDiff, links: ArchiveLinks, baseline: str, max_rows: int | None = None,
               language: str = DEFAULT_LANGUAGE) -> ReportView:
    """The report of `diff` in `language`; each section lists at most `max_rows` items (None: all) and says how
    many it left out."""
    language = checked_language(language)
    snapshot_of = {"old": diff.old_id, "new": diff.new_id}
    titles = SECTION_TITLES[language]

    def shown(key: str):
        frame = diff.frame(key)
        return frame if max_rows is None else frame.head(max_rows), len(frame)

    def section(key: str, describe: _Describe, live_column: str | None) -> ReportSection:
        rows, total = shown(key)
        items = []
        for row in frame_records(rows):
            text, details = describe(row, language)
            live = (http_link(row.get(live_column)) or http_link(row.get("source_url"))) if live_column else None
            archived = links.capture(snapshot_of[row["archived_in"]], row["warc_file"], row["warc_offset"]) \
                if "archived_in" in row else None
            if archived:
                archived = {**archived, "label": WORDS[language]["archived_label"].format(**archived)}
            items.append(ReportItem(text, details, live, archived))
        return ReportSection(key, titles[key], tuple(items), total - len(rows))

    def figures(key: str) -> ReportSection:
        rows, total = shown(key)
        items = []
        for row in frame_records(rows):
            text, details, sources = _figure(row, language)
            if row.get("to_check"):
                details += (WORDS[language][f"to_check_{row['to_check']}"].format(factor=JUMP_FACTOR),)
            pages = tuple({"href": href, "label": source["title"] or _page_label(href)}
                          for source in sources if (href := http_link(source["url"])))
            items.append(ReportItem(text, details, None, None, pages))
        return ReportSection(key, titles[key], tuple(items), total - len(rows))

    readers = (tuple(figures(key) for key in FIGURE_SECTIONS if len(diff.frame(key)))
               + tuple(section(*spec) for spec in READER_SECTIONS if len(diff.frame(spec[0]))))
    suspects = tuple(section(*spec) for spec in SUSPECT_SECTIONS if len(diff.frame(spec[0])))
    warnings = diff.warnings if max_rows is None else diff.warnings[:max_rows]
    warning_section = ReportSection(
        "warnings", titles["warnings"],
        tuple(ReportItem(warning["message"], (), http_link(warning.get("url")), None) for warning in warnings),
        len(diff.warnings) - len(warnings),
    )
    old, new = captioned_snapshot(diff.old_manifest, language), captioned_snapshot(diff.new_manifest, language)
    return ReportView(
        subject=subject_line(diff, language),
        baseline=baseline,
        old=old,
        new=new,
        summary=summary_lines(diff, language),
        sections=readers,
        maintenance=((warning_section,) if diff.warnings else ()) + suspects,
        has_changes=bool(diff.change_count or diff.summary["pages_moved"] or diff.summary["figures_to_check"]),
        full_diff_command=f"paris-archive diff {diff.old_id} {diff.new_id} --format json",
        language=language,
        period=WORDS[language]["period"].format(old=day_text(captured(diff.old_id, diff.old_manifest).date(),
                                                             language),
                                                new=day_text(captured(diff.new_id, diff.new_manifest).date(),
                                                             language)),
        words=WORDS[language],
    )
