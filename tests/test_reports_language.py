"""The report's language: French by default, English on request (`--language`, `report.language`), the same
words in the printed report, the saved files and the subject; a wrong value is named in one line."""

import shutil

import pytest
from helpers.changes import write_week

from paris_archive.cli import main
from paris_archive.config import ConfigError, load_config
from reports.view import stated_values, value_text

VARIABLE = "PARIS_ARCHIVE_REPORT_LANGUAGE"


@pytest.fixture(scope="module")
def written_week(tmp_path_factory):
    """The week's two snapshots, written once for the module; each test reports on a copy of its own."""
    archive = tmp_path_factory.mktemp("week") / "archive"
    return archive, *write_week(archive)


@pytest.fixture
def week(written_week, tmp_path):
    original, old, new = written_week
    archive = tmp_path / "archive"
    shutil.copytree(original, archive)
    return archive, old, new


def run(capsys, *arguments):
    code = main([*arguments])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_the_report_is_in_french_by_default(week, capsys, monkeypatch):
    archive, old, new = week
    monkeypatch.delenv(VARIABLE, raising=False)
    code, out, _ = run(capsys, "report", "--archive", str(archive))
    assert code == 0
    assert "Du 3 juin 2024 au 10 juin 2024" in out
    assert "- Eurocities, villes membres : plus de 113 \u2192 plus de 130" in out
    html = (archive / "reports" / f"{old}_{new}" / "report.html").read_text(encoding="utf-8")
    assert '<html lang="fr">' in html and "Chiffres des réseaux" in html


def test_english_from_the_option_or_the_setting(week, capsys, monkeypatch):
    archive, old, new = week
    code, out, _ = run(capsys, "diff", old, new, "--language", "en", "--archive", str(archive))
    assert code == 0 and "- Eurocities, member cities: more than 113 \u2192 more than 130" in out
    monkeypatch.setenv(VARIABLE, "en")
    code, out, _ = run(capsys, "report", "--archive", str(archive))
    assert code == 0
    assert "From 3 June 2024 to 10 June 2024" in out and "Network figures (4)" in out
    # Where the report starts and why, dated, in the report's words.
    assert ("Baseline: the site as of 3 June 2024, the first in the archive (no report has been sent yet)."
            in out.splitlines())
    code, out, _ = run(capsys, "diff", old, new, "--language", "fr", "--archive", str(archive))
    assert code == 0 and "Chiffres des réseaux (4)" in out  # the option wins over the setting
    assert "Point de départ : le site au 3 juin 2024, comme demandé." in out.splitlines()


def test_an_unknown_language_is_one_line(week, capsys, monkeypatch):
    archive, _, _ = week
    monkeypatch.setenv(VARIABLE, "de")
    code, _, err = run(capsys, "report", "--archive", str(archive))
    assert code == 2
    assert err.strip().splitlines() == [f"paris-archive: error: ${VARIABLE} must be one of fr, en, not 'de'"]
    with pytest.raises(ConfigError, match="report.language"):
        load_config(None, {VARIABLE: "de"}, {})
    assert load_config(None, {}, {"report.language": "en"})["report.language"] == "en"


def test_counts_have_their_digits_grouped_as_each_language_writes_them_and_years_stay_as_written():
    assert value_text("240000", "exact", "fr", counted=True) == "240\u00a0000"
    assert value_text("1000", "more_than", "fr", counted=True) == "plus de 1\u00a0000"
    assert value_text("1000", "more_than", "en", counted=True) == "more than 1,000"
    assert value_text("325", "about", "en", counted=True) == "about 325"
    assert value_text("2004", "exact", "fr") == "2004"  # a founding year is no count
    stated = [{"value": "240000", "qualifier": "exact", "value_num": 240000.0},
              {"value": "2004", "qualifier": "exact", "value_num": None}]
    assert stated_values(stated, "en", for_readers=True) == ["2004", "240,000"]
    assert stated_values(stated, "en") == ["2004", "240000"]  # the JSON output keeps the values as stored
