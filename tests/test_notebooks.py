"""Every notebook runs, cell by cell, against the mirror's history crawled over loopback HTTP, so none can rot."""

import re
import sys
import types
from pathlib import Path
from unittest import mock

import nbformat
import pytest
from nbclient import NotebookClient

REPO = Path(__file__).resolve().parent.parent
NOTEBOOKS = sorted((REPO / "notebooks").glob("*.ipynb"))


def test_the_readme_describes_every_notebook():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    described = set(re.findall(r"`(\d\d-[a-z-]+)`", readme))
    assert described == {path.stem for path in NOTEBOOKS}


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda path: path.stem)
def test_notebooks_are_committed_without_outputs(path):
    notebook = nbformat.read(path, as_version=4)
    nbformat.validate(notebook)
    code_cells = [cell for cell in notebook.cells if cell.cell_type == "code"]
    assert all(not cell.outputs and cell.execution_count is None for cell in code_cells)


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda path: path.stem)
def test_without_an_archive_named_a_notebook_reads_the_demo_one(path, monkeypatch):
    """The first cell opens $PARIS_ARCHIVE_DIR, else the archive `make demo` writes (the Makefile's DEMO_ARCHIVE)."""
    demo_archive = re.search(r"^DEMO_ARCHIVE \?= (\S+)$", (REPO / "Makefile").read_text(), re.MULTILINE).group(1)
    opened = []
    research = types.ModuleType("research")
    research.open_archive = lambda folder: opened.append(Path(folder)) or mock.MagicMock()
    monkeypatch.setitem(sys.modules, "research", research)
    monkeypatch.delenv("PARIS_ARCHIVE_DIR", raising=False)
    monkeypatch.chdir(path.parent)  # Jupyter runs a notebook in its own folder
    first_cell = next(cell for cell in nbformat.read(path, as_version=4).cells if cell.cell_type == "code")
    exec(first_cell.source, {})
    assert [folder.resolve() for folder in opened] == [(REPO / demo_archive).resolve()]


def first_cell_opens(path: Path, monkeypatch) -> list[Path]:
    opened = []
    research = types.ModuleType("research")
    research.open_archive = lambda folder: opened.append(Path(folder)) or mock.MagicMock()
    monkeypatch.setitem(sys.modules, "research", research)
    monkeypatch.chdir(path.parent)  # Jupyter runs a notebook in its own folder
    first_cell = next(cell for cell in nbformat.read(path, as_version=4).cells if cell.cell_type == "code")
    exec(first_cell.source, {})
    return opened


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda path: path.stem)
def test_a_relative_archive_is_read_from_where_jupyter_started_else_the_repository(path, monkeypatch, tmp_path):
    (tmp_path / "archives" / "mine").mkdir(parents=True)
    monkeypatch.setenv("PARIS_ARCHIVE_DIR", "archives/mine")
    monkeypatch.setenv("PWD", str(tmp_path))  # the shell's folder, which `jupyter lab` and its kernels inherit
    assert first_cell_opens(path, monkeypatch) == [tmp_path / "archives" / "mine"]
    monkeypatch.setenv("PWD", str(tmp_path / "archives"))
    assert first_cell_opens(path, monkeypatch) == [REPO / "archives" / "mine"]


def run_with_checks(path: Path, archive: Path, tmp_path: Path, checks: str) -> nbformat.NotebookNode:
    """Run a notebook with its figures kept open, then a last cell of assertions in its kernel."""
    notebook = nbformat.read(path, as_version=4)
    notebook.cells.insert(0, nbformat.v4.new_code_cell("%config InlineBackend.close_figures = False"))
    notebook.cells.append(nbformat.v4.new_code_cell(checks))
    # Keep the kernel's connection files and IPython's history out of the home folder.
    with mock.patch.dict("os.environ", {"PARIS_ARCHIVE_DIR": str(archive),
                                        "JUPYTER_RUNTIME_DIR": str(tmp_path / "jupyter-runtime"),
                                        "IPYTHONDIR": str(tmp_path / "ipython")}):
        NotebookClient(notebook, timeout=120, kernel_name="python3",
                       resources={"metadata": {"path": str(path.parent)}}).execute()
    return notebook


# Every figure: linear scales, plain numbers, the legend beside the data, never over it.
FIGURE_CHECKS = '''
for number in plt.get_fignums():
    figure = plt.figure(number)
    figure.canvas.draw()
    for ax in figure.axes:
        assert ax.get_yscale() == "linear" and ax.get_xscale() == "linear", ax.get_title()
        labels = [label.get_text() for label in ax.get_yticklabels()]
        assert not any("^" in label or "e+" in label for label in labels), labels
        legend = ax.get_legend()
        if legend is not None:
            assert legend.get_window_extent().x0 >= ax.get_window_extent().x1, ax.get_title()
'''
# What each notebook's own figures and tables must show, checked in its kernel after its last cell (one kernel
# per notebook: running it once more for these checks alone would only repeat the same cells).
NOTEBOOK_CHECKS = {
    # Each kind of figure has its own chart; translated names are not disagreements, and the mirror's pages do
    # disagree on some figures.
    "02-network-figures-over-time": '''
kinds = {ax.get_title() for number in plt.get_fignums() for ax in plt.figure(number).axes}
assert "member cities" in kinds, kinds
translations = [{"London", "Londres"}, {"Barcelona", "Barcelone"}]
assert not [row for row in disagreements.itertuples() if set(row.values_stated) in translations]
assert len(disagreements) > 0
''',
    # The latest changes are listed once each, with the pages that changed and their hedges.
    "03-news-and-changes": '''
facts_changed = latest_diff.facts_changed
assert len(changes) == len(facts_changed[["network_id", "attribute", "old_value", "old_qualifier", "new_value",
                                          "new_qualifier"]].drop_duplicates())
assert changes["pages"].sum() == facts_changed["source_url"].groupby(
    [facts_changed["network_id"], facts_changed["attribute"], facts_changed["old_value"],
     facts_changed["new_value"]]).nunique().sum()
hedged = facts_changed[facts_changed["new_qualifier"] != "exact"]
for row in hedged.itertuples():
    assert HEDGES[row.new_qualifier] + row.new_value in set(changes["new"]), row
''',
}


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda path: path.stem)
def test_notebook_runs_on_the_mirror_history(path, history, tmp_path):
    archive, _ = history
    notebook = run_with_checks(path, archive, tmp_path, FIGURE_CHECKS + NOTEBOOK_CHECKS.get(path.stem, ""))
    outputs = [output for cell in notebook.cells if cell.cell_type == "code" for output in cell.outputs]
    assert not [output for output in outputs if output.output_type == "error"]
    # Figures are rendered headless by the kernel's inline backend (Agg) into PNG outputs.
    assert any("image/png" in output.get("data", {}) for output in outputs), "no plot was drawn"
