"""Keep the README's generated sections in step with the code: `python -m paris_archive.readme`.

The data dictionary comes from the archive's schema, the vocabularies from the parsers' vocabulary."""

import re
import sys
from collections.abc import Callable
from pathlib import Path

from archive import data_dictionary_markdown
from scraper.parsers import vocabulary

README = Path(__file__).resolve().parent.parent / "README.md"


def vocabularies_markdown() -> str:
    """The attributes, qualifiers and known networks of the facts table, as Markdown tables."""
    def table(title: str, header: str, rows: dict[str, str]) -> list[str]:
        return [f"#### {title}", "", f"| {header} | meaning |", "|---|---|",
                *(f"| `{name}` | {meaning} |" for name, meaning in rows.items()), ""]
    lines = table("`attribute`", "attribute", vocabulary.ATTRIBUTES)
    lines += table("`qualifier`", "qualifier", vocabulary.QUALIFIERS)
    lines += table("`network_id` (known networks; any other gets a slug of its name)", "network_id",
                   vocabulary.NETWORKS)
    return "\n".join(lines)


SECTIONS: dict[str, Callable[[], str]] = {"data-dictionary": data_dictionary_markdown,
                                          "vocabularies": vocabularies_markdown}


def with_generated_sections(readme_text: str) -> str:
    """The README with each generated section (between its start and end markers) written anew."""
    for name, generate in SECTIONS.items():
        start, end = f"<!-- {name}:start -->", f"<!-- {name}:end -->"
        section = re.compile(re.escape(start) + r".*?" + re.escape(end), re.DOTALL)
        if not section.search(readme_text):
            raise ValueError(f"the README has no {start} ... {end} section")
        generated = f"{start}\n{generate().strip()}\n{end}"
        readme_text = section.sub(lambda _, text=generated: text, readme_text)
    return readme_text


def main() -> int:
    README.write_text(with_generated_sections(README.read_text(encoding="utf-8")), encoding="utf-8")
    print(f"updated the data dictionary and the vocabularies in {README}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
