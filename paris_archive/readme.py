"""Keep the README's data dictionary generated from the schema in code: `python -m paris_archive.readme`."""

import re
import sys
from pathlib import Path

from archive import data_dictionary_markdown

START, END = "<!-- data-dictionary:start -->", "<!-- data-dictionary:end -->"
README = Path(__file__).resolve().parent.parent / "README.md"


def with_data_dictionary(readme_text: str) -> str:
    section = re.compile(re.escape(START) + r".*?" + re.escape(END), re.DOTALL)
    if not section.search(readme_text):
        raise ValueError(f"the README has no {START} ... {END} section")
    generated = f"{START}\n{data_dictionary_markdown().strip()}\n{END}"
    return section.sub(lambda _: generated, readme_text)


def main() -> int:
    README.write_text(with_data_dictionary(README.read_text(encoding="utf-8")), encoding="utf-8")
    print(f"updated the data dictionary in {README}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
