"""Docs that cannot drift: the README's data dictionary and every command-line option come from the code."""

import argparse

from paris_archive.cli import build_parser
from paris_archive.readme import README, with_generated_sections


def test_readme_data_dictionary_and_vocabularies_are_generated_from_the_code():
    text = README.read_text(encoding="utf-8")
    assert text == with_generated_sections(text), "run `python -m paris_archive.readme` to regenerate them"


def subcommands(parser: argparse.ArgumentParser, prefix: str = ""):
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield f"{prefix}{name}", sub
                yield from subcommands(sub, f"{prefix}{name} ")


def test_every_command_and_option_is_in_the_readme():
    text = README.read_text(encoding="utf-8")
    missing = []
    for name, parser in subcommands(build_parser()):
        if f"paris-archive {name}" not in text:
            missing.append(f"paris-archive {name}")
        for action in parser._actions:
            missing += [f"{name} {option}" for option in action.option_strings
                        if option.startswith("--") and option != "--help" and option not in text]
    assert not missing, f"not documented in README.md: {missing}"
