"""Fuzzing: generated damage through every reading command and the researchers' API (tests/fuzz_damage.py).

The suite runs a few rounds (the damages known to have given tracebacks are in tests/test_reliability_damage.py);
`make fuzz` runs many more, with another seed each time (FUZZ_ROUNDS, FUZZ_SEED).
"""

import os
import random

import pytest
from fuzz_damage import fuzz, random_damage
from helpers.changes import NETWORKS, write_week

ROUNDS = int(os.environ.get("FUZZ_ROUNDS", "3"))
SEED = int(os.environ.get("FUZZ_SEED", "20261130"))


@pytest.fixture(scope="module")
def base_archive(tmp_path_factory):
    root = tmp_path_factory.mktemp("fuzz") / "archive"
    write_week(root)
    return root


def test_random_damage_is_one_line_everywhere(base_archive, tmp_path):
    rng = random.Random(SEED)
    damages = [random_damage(rng) for _ in range(ROUNDS)]
    assert fuzz(base_archive, NETWORKS, tmp_path, damages) == []
