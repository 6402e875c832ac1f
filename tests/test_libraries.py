"""Reproducible extraction: each manifest records the libraries its rows depend on, and requirements.lock pins the
versions the tests pass with (make install and make test install those)."""

import os
import re
import tomllib
from datetime import UTC, datetime
from importlib.metadata import version

import dateparser
from conftest import REPO
from lxml import etree

from archive import SnapshotWriter
from shared.clock import SteppingClock

LOCK = REPO / "requirements.lock"


def test_each_manifest_names_the_libraries_of_its_extraction(tmp_path):
    writer = SnapshotWriter(tmp_path, source="live", start_urls=[], code_version="0.1.0", extractor_version="7",
                            clock=SteppingClock(datetime(2024, 6, 12, tzinfo=UTC)), pid=os.getpid())
    writer.open()
    libraries = writer.commit({})["libraries"]
    assert libraries["libxml2"] == ".".join(map(str, etree.LIBXML_VERSION))
    assert libraries["lxml"] == etree.__version__
    assert libraries["dateparser"] == dateparser.__version__
    assert {"htmldate", "text2num", "regex", "pyarrow", "warcio", "python"} <= set(libraries)


def locked() -> dict[str, str]:
    pins = {}
    for line in LOCK.read_text().splitlines():
        if line and not line.startswith("#"):
            name, _, pinned = line.partition("==")
            pins[canonical(name)] = pinned
    return pins


def canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def declared() -> list[str]:
    project = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]
    requirements = project["dependencies"] + project["optional-dependencies"]["test"]
    return [canonical(re.split(r"[<>=!~ \[;]", requirement, maxsplit=1)[0]) for requirement in requirements]


def test_every_dependency_is_pinned_at_the_version_tested():
    pins = locked()
    missing = [name for name in declared() if name not in pins]
    assert not missing, f"not in requirements.lock (run `make lock`): {missing}"
    drifted = {name: (pins[name], version(name)) for name in declared() if version(name) != pins[name]}
    assert not drifted, f"installed versions differ from requirements.lock (pinned, installed): {drifted}"
