"""Where the extraction loses the facts it misses on the evaluation corpus, stage by stage.

For each expected fact the extractor did not find, the first stage that explains it: the network named nowhere the
vocabulary or the unknown-network patterns recognise it; named only outside the main text the layout kept; the value
absent from the main text; value and network in different blocks (a fact box, a card, a subject named earlier); both
in one block but not read (a wording); or read, but for another network or with another value. Counts per split and
per attribute; `--list` names the dev misses (holdout pages are counted, never shown).

    python bench/missed_where.py [--corpus DIR] [--list]
"""

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from datetime import datetime
from pathlib import Path

import lxml.html

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from extraction_quality import CORPUS, fact_matches, normalised, unique_facts  # noqa: E402

from scraper.parsers.decoding import decode_html  # noqa: E402
from scraper.parsers.extract import extract_page  # noqa: E402
from scraper.parsers.layouts.html import parse_html  # noqa: E402
from scraper.parsers.networks import find_networks  # noqa: E402
from scraper.parsers.page_metadata import read_page_metadata  # noqa: E402
from scraper.parsers.registry import choose_layout  # noqa: E402

SHORT_BLOCK = 80  # characters: a fact box's line, a card's fragment
_GROUPED_THOUSANDS = re.compile(r"(?<=\d) (?=\d{3}\b)")


def _value_forms(fact: dict) -> list[str]:
    """The expected value as the normalised text may show it: a date by its year, a count or place as written."""
    values = fact["value"] if isinstance(fact["value"], list) else [fact["value"]]
    if fact["attribute"] in ("founded", "joined"):
        return [str(value)[:4] for value in values]
    return [normalised(str(value)) for value in values]


def _shows_value(text: str, fact: dict) -> bool:
    shown = _GROUPED_THOUSANDS.sub("", normalised(text))
    return any(re.search(rf"(?<![a-z0-9]){re.escape(form)}(?![a-z0-9])", shown) for form in _value_forms(fact))


def _names(text: str, network_id: str) -> bool:
    return any(mention.network_id == network_id for mention in find_networks(text))


def stage_of(fact: dict, found: list[dict], blocks: list[str], page_text: str) -> str:
    """The first stage at which `fact`, missing from `found`, was lost."""
    attribute, network_id = fact["attribute"], fact["network_id"]
    same_attribute = [other for other in found if other["attribute"] == attribute]
    if any(fact_matches({**fact, "network_id": other["network_id"]}, other) for other in same_attribute):
        return "read, for another network"
    if any(other["network_id"] == network_id for other in same_attribute):
        return "read, with another value or qualifier"
    with_value = [block for block in blocks if _shows_value(block, fact)]
    if not with_value:
        return "value outside the main text" if _shows_value(page_text, fact) else "value not written as such"
    if not any(_names(block, network_id) for block in blocks):
        return "network named only outside the main text" if _names(page_text, network_id) else "network not recognised"
    beside = [block for block in with_value if _names(block, network_id)]
    if beside:
        short = min(map(len, beside)) < SHORT_BLOCK
        return "network and value in one block, not read" + (" (short block)" if short else "")
    short = min(map(len, with_value)) < SHORT_BLOCK
    return "value in a block that does not name the network" + (" (short block)" if short else "")


def page_misses(expected_path: Path) -> tuple[str, list[tuple[str, dict]]]:
    """The page's split, and (stage, fact) for each expected fact the extraction missed."""
    expected = json.loads(expected_path.read_text(encoding="utf-8"))
    html = expected_path.with_name(expected_path.name.removesuffix(".expected.json") + ".html").read_bytes()
    charset = expected.get("declared_charset")
    found = unique_facts(extract_page(html, expected["url"], datetime.fromisoformat(expected["fetched_at"]),
                                      charset).facts)
    text = decode_html(html, charset).text
    root = parse_html(text).root
    content = choose_layout(expected["url"], root).parse(root, expected["url"], read_page_metadata(root))
    blocks = [block.text for block in content.blocks] + [f"{t.title} {t.summary}" for t in content.teasers]
    page_text = lxml.html.fromstring(text.encode("utf-8")).text_content() if text.strip() else ""
    missed = [fact for fact in expected["facts"] if not any(fact_matches(fact, other) for other in found)]
    return expected.get("split", "dev"), [(stage_of(fact, found, blocks, page_text), fact) for fact in missed]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--list", action="store_true", help="name each dev miss with its stage")
    args = parser.parse_args()
    paths = sorted(args.corpus.glob("*/*.expected.json"))
    if not paths:
        print(f"no *.expected.json pages under {args.corpus}", file=sys.stderr)
        return 1
    by_split: dict[str, Counter] = defaultdict(Counter)
    by_attribute: dict[str, Counter] = defaultdict(Counter)
    listed = []
    for path in paths:
        split, misses = page_misses(path)
        for stage, fact in misses:
            by_split[split][stage] += 1
            by_attribute[f"{split}, {fact['attribute']}"][stage] += 1
            if split == "dev":
                listed.append(f"{stage:52} {path.parent.name}/{path.name.split('.')[0]}  "
                              f"{fact['network_id']}/{fact['attribute']} = {fact['value']!r}")
    for split, stages in sorted(by_split.items()):
        print(f"\n## {split}: {sum(stages.values())} facts missed")
        for stage, count in stages.most_common():
            print(f"  {count:4}  {stage}")
    print("\n## per attribute")
    for key, stages in sorted(by_attribute.items()):
        print(f"  {key}: " + ", ".join(f"{stage} {count}" for stage, count in stages.most_common()))
    if args.list:
        print("\n## dev misses\n" + "\n".join(sorted(listed)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
