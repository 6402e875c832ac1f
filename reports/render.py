"""A diff as text, Markdown, HTML (Jinja2 templates) or JSON."""

import json
import re
from pathlib import Path

import jinja2

from changes.diff import FRAMES, SnapshotDiff
from changes.records import frame_records
from reports.view import ReportView, snapshot_summary, stated_values
from shared.sites import current_site

FORMATS = ("text", "markdown", "html", "json")
_TEMPLATES = {"text": "report.txt.j2", "markdown": "report.md.j2", "html": "report.html.j2"}
_TEMPLATE_DIR = Path(__file__).resolve().parent / "templates"
# What Markdown would read as markup inside a line; an underscore inside a word (member_cities) is plain.
_MARKDOWN_SPECIAL = re.compile(r"([\\`*\[\]<]|(?<!\w)_|_(?!\w))")


class UnknownFormat(ValueError):
    def __init__(self, name: str) -> None:
        super().__init__(f"unknown format {name!r} (one of: {', '.join(FORMATS)})")


def _markdown_escape(text: object) -> str:
    return _MARKDOWN_SPECIAL.sub(r"\\\1", str(text))


def _environment() -> jinja2.Environment:
    environment = jinja2.Environment(
        loader=jinja2.FileSystemLoader(_TEMPLATE_DIR),
        autoescape=jinja2.select_autoescape(enabled_extensions=("html.j2",), default_for_string=False),
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        undefined=jinja2.StrictUndefined,  # a misspelt field must fail the tests, not print nothing
    )
    environment.filters["md"] = _markdown_escape
    return environment


_ENVIRONMENT = _environment()


def render_view(view: ReportView, format_name: str) -> str:
    if format_name not in _TEMPLATES:
        raise UnknownFormat(format_name)
    template = _ENVIRONMENT.get_template(_TEMPLATES[format_name])
    return template.render(view=view, heading=current_site().heading(view.language))


def diff_as_dict(diff: SnapshotDiff) -> dict:
    """The whole diff as plain data (the JSON output): both manifests' essentials, counts, warnings, rows,
    with the network figures in words."""
    return {
        "old": snapshot_summary(diff.old_manifest),
        "new": snapshot_summary(diff.new_manifest),
        "summary": diff.summary,
        "changes": diff.change_count,  # changes as a reader counts them: a network figure once, no moved page
        "warnings": diff.warnings,
        **{name: _json_rows(diff, name) for name in FRAMES},
    }


def _json_rows(diff: SnapshotDiff, name: str) -> list[dict]:
    rows = frame_records(diff.frame(name))
    if name not in ("figures_changed", "figures_to_check"):
        return rows
    return [{**row, "old_values": stated_values(row["old_values"]), "new_values": stated_values(row["new_values"])}
            for row in rows]


def render_json(diff: SnapshotDiff) -> str:
    """Every row of the diff (no limit), as one JSON document."""
    return json.dumps(diff_as_dict(diff), ensure_ascii=False, indent=2, default=str) + "\n"
