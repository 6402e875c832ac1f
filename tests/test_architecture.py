"""ARCHITECTURE.md's table of layers says what the import contract (`.importlinter`) enforces."""

import configparser
import re
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
# A row of the table: | floor | layer | where | what it does | imports |
TABLE_ROW = re.compile(r"^\| (\d+) \| ([^|]+) \| ([^|]+) \|", re.MULTILINE)


def contract_floors() -> list[list[str]]:
    """The layers contract's modules, floor by floor from the top."""
    config = configparser.ConfigParser()
    config.read(REPO / ".importlinter")
    lines = config["importlinter:contract:layers"]["layers"].strip().splitlines()
    return [[module.strip() for module in re.split(r"[|:]", line)] for line in lines]


def module_path(module: str) -> str:
    """`scraper.spiders` -> `scraper/spiders/`, `scraper.process` -> `scraper/process.py`."""
    path = module.replace(".", "/")
    return f"{path}/" if (REPO / path).is_dir() else f"{path}.py"


def documented_floors() -> dict[str, int]:
    """Each path the table's "where" column names, with the floor of its row."""
    table = (REPO / "ARCHITECTURE.md").read_text(encoding="utf-8")
    return {path: int(floor) for floor, _layer, where in TABLE_ROW.findall(table)
            for path in re.findall(r"`([^`]+)`", where)}


def test_the_table_names_every_layer_of_the_contract():
    documented = documented_floors()
    missing = [module for floor in contract_floors() for module in floor if module_path(module) not in documented]
    assert not missing, f"ARCHITECTURE.md's table does not name {missing}"


def test_the_table_stacks_the_layers_as_the_contract_does():
    documented = documented_floors()
    floors = [{documented[module_path(module)] for module in floor} for floor in contract_floors()]
    assert all(len(floor) == 1 for floor in floors), f"one contract floor spans several table floors: {floors}"
    numbers = [floor.pop() for floor in floors]
    assert numbers == sorted(numbers, reverse=True) and len(set(numbers)) == len(numbers), numbers


def test_the_table_names_nothing_the_contract_leaves_out():
    contracted = {module_path(module) for floor in contract_floors() for module in floor}
    assert set(documented_floors()) - contracted == set()
