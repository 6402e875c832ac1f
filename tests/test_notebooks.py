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
def test_notebook_runs_on_the_mirror_history(path, history, monkeypatch, tmp_path):
    archive_path, _ = history
    monkeypatch.setenv("PARIS_ARCHIVE_DIR", str(archive_path))  # the kernel inherits our environment
    # Keep the kernel's connection files and IPython's history out of the home folder.
    monkeypatch.setenv("JUPYTER_RUNTIME_DIR", str(tmp_path / "jupyter-runtime"))
    monkeypatch.setenv("IPYTHONDIR", str(tmp_path / "ipython"))
    notebook = nbformat.read(path, as_version=4)
    NotebookClient(notebook, timeout=120, kernel_name="python3",
                   resources={"metadata": {"path": str(path.parent)}}).execute()
    outputs = [output for cell in notebook.cells if cell.cell_type == "code" for output in cell.outputs]
    assert not [output for output in outputs if output.output_type == "error"]
    # Figures are rendered headless by the kernel's inline backend (Agg) into PNG outputs.
    assert any("image/png" in output.get("data", {}) for output in outputs), "no plot was drawn"


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
