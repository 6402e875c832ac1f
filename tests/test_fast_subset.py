"""Every test module is classified fast or slow (conftest.py), so `make test-fast` does not drift from the suite."""

import subprocess
from pathlib import Path

import pytest
from conftest import FAST_MODULES, SLOW_MODULES

TESTS = Path(__file__).resolve().parent


def test_every_test_module_is_fast_or_slow_and_only_one():
    modules = {path.name for path in TESTS.glob("test_*.py")}
    assert sorted(modules - FAST_MODULES - SLOW_MODULES) == [], "add each to FAST_MODULES or SLOW_MODULES"
    assert sorted(FAST_MODULES & SLOW_MODULES) == []


def test_every_classified_module_exists():
    modules = {path.name for path in TESTS.glob("test_*.py")}
    assert sorted((FAST_MODULES | SLOW_MODULES) - modules) == []


def test_a_fast_test_cannot_start_a_process():
    with pytest.raises(AssertionError, match="test_fast_subset.py starts a process: list it in SLOW_MODULES"):
        subprocess.run(["true"], check=False)
