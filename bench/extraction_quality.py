"""Precision and recall of the extraction on the evaluation corpus (`tests/corpus/`, see its README).

Prints, for the whole corpus and for its `dev` and `holdout` splits: facts per attribute and per language, news
found and news found with the right dates, and page dates, languages and news pages recognised. `--errors` lists
what was missed or wrongly found on the dev pages (the holdout pages are scored, never read while tuning).

    python bench/extraction_quality.py [--corpus DIR] [--errors] [--json]
"""

import argparse
import json
import sys
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from urllib.parse import urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from scraper.parsers.extract import extract_page  # noqa: E402
from scraper.parsers.networks import slugify  # noqa: E402
from scraper.parsers.vocabulary import NETWORKS  # noqa: E402

CORPUS = Path(__file__).resolve().parents[1] / "tests" / "corpus"
COUNT_ATTRIBUTES = {"member_cities", "represented_governments", "member_associations", "member_countries",
                    "regions", "projects", "population_threshold"}
TARGETS = {"precision": 0.97, "recall": 0.93, "news": 0.95}


def normalised(text: str) -> str:
    """Case, accents, punctuation and spacing aside: "Barcelone" == "barcelone", "Québec" == "Quebec"."""
    ascii_text = unicodedata.normalize("NFKD", str(text)).encode("ascii", "ignore").decode().casefold()
    return " ".join("".join(c if c.isalnum() else " " for c in ascii_text).split())


def url_identity(url: str | None) -> str | None:
    if not url:
        return None
    parts = urlsplit(url)
    query = f"?{parts.query}" if parts.query else ""
    return f"{parts.netloc.lower().removeprefix('www.')}{parts.path.rstrip('/')}{query}"


def same_network(expected_id: str, found: dict) -> bool:
    """The network the page's reader named: its vocabulary id, or, for a network the vocabulary did not know when the
    page was written, the slug of its name, which is the network the extractor read by that very name."""
    return expected_id == found["network_id"] or (
        expected_id not in NETWORKS and expected_id == slugify(found.get("network_name") or ""))


def fact_matches(expected: dict, found: dict) -> bool:
    if expected["attribute"] != found["attribute"] or not same_network(expected["network_id"], found):
        return False
    accepted = expected["value"] if isinstance(expected["value"], list) else [expected["value"]]
    if expected["attribute"] in COUNT_ATTRIBUTES:
        values_match = found["value_num"] is not None and any(float(value) == found["value_num"] for value in accepted)
        return values_match and expected.get("qualifier", "exact") == found["qualifier"]
    if expected["attribute"] in ("founded", "joined"):
        return any(str(value) == (found["value_date"] or found["value"]) for value in accepted)
    return any(normalised(value) == normalised(found["value"]) for value in accepted)


def news_matches(expected: dict, found: dict) -> bool:
    if expected.get("url") and found.get("url"):
        return url_identity(expected["url"]) == url_identity(found["url"])
    want, got = normalised(expected["title"]), normalised(found["title"] or "")
    return bool(want) and bool(got) and (want == got or want in got or got in want)


def news_dated_right(expected: dict, found: dict) -> bool:
    return all(expected.get(key) == found.get(key) for key in ("published", "event_start", "event_end"))


@dataclass
class Tally:
    """True positives, predictions and expectations, for precision and recall."""
    matched_found: int = 0
    found: int = 0
    matched_expected: int = 0
    expected: int = 0

    def add(self, other: "Tally") -> None:
        self.matched_found += other.matched_found
        self.found += other.found
        self.matched_expected += other.matched_expected
        self.expected += other.expected

    @property
    def precision(self) -> float | None:
        return self.matched_found / self.found if self.found else None

    @property
    def recall(self) -> float | None:
        return self.matched_expected / self.expected if self.expected else None


@dataclass
class PageScore:
    name: str
    split: str
    lang: str
    facts: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    news: Tally = field(default_factory=Tally)
    news_dated: int = 0
    checks: dict[str, bool] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)


def unique_facts(facts: list[dict]) -> list[dict]:
    """One per (network, attribute, value, qualifier): a page stating a fact twice states it once."""
    seen, kept = set(), []
    for fact in facts:
        key = (fact["network_id"], fact["attribute"], fact["value"], fact["qualifier"])
        if key not in seen:
            seen.add(key)
            kept.append(fact)
    return kept


def score_page(expected_path: Path) -> PageScore:
    expected = json.loads(expected_path.read_text(encoding="utf-8"))
    html_path = expected_path.with_name(expected_path.name.removesuffix(".expected.json") + ".html")
    extraction = extract_page(html_path.read_bytes(), expected["url"], datetime.fromisoformat(expected["fetched_at"]),
                              expected.get("declared_charset"))
    score = PageScore(f"{expected_path.parent.name}/{html_path.stem}", expected.get("split", "dev"), expected["lang"])
    found_facts = unique_facts(extraction.facts)
    for attribute in {fact["attribute"] for fact in expected["facts"]} | {fact["attribute"] for fact in found_facts}:
        wanted = [fact for fact in expected["facts"] if fact["attribute"] == attribute]
        got = [fact for fact in found_facts if fact["attribute"] == attribute]
        tally = score.facts[attribute]
        tally.expected, tally.found = len(wanted), len(got)
        for fact in wanted:
            if any(fact_matches(fact, other) for other in got):
                tally.matched_expected += 1
            else:
                score.errors.append(f"missed  {fact['network_id']}/{attribute} = {fact['value']!r} "
                                    f"({fact.get('qualifier', '')})")
        for other in got:
            if any(fact_matches(fact, other) for fact in wanted):
                tally.matched_found += 1
            else:
                score.errors.append(f"wrong   {other['network_id']}/{attribute} = {other['value']!r} "
                                    f"({other['qualifier']}) <- {other['evidence'][:110]!r}")
    score.news.expected, score.news.found = len(expected["news"]), len(extraction.news)
    for item in expected["news"]:
        match = next((row for row in extraction.news if news_matches(item, row)), None)
        if match is None:
            score.errors.append(f"missed  news {item['title'][:70]!r} {item.get('published')}")
            continue
        score.news.matched_expected += 1
        if news_dated_right(item, match):
            score.news_dated += 1
        else:
            score.errors.append(f"dates   news {item['title'][:50]!r}: expected "
                                f"{[item.get(k) for k in ('published', 'event_start', 'event_end')]}, found "
                                f"{[match.get(k) for k in ('published', 'event_start', 'event_end')]}")
    for row in extraction.news:
        if any(news_matches(item, row) for item in expected["news"]):
            score.news.matched_found += 1
        else:
            score.errors.append(f"wrong   news {(row['title'] or '')[:70]!r} {row['published']}")
    page = extraction.page
    score.checks = {"page_date": page["page_date"] == expected.get("page_date"),
                    "lang": page["lang"] == expected["lang"],
                    "is_news": any(row["url"] == expected["url"] for row in extraction.news) == expected["is_news"]}
    for check, right in score.checks.items():
        if not right:
            shown = page.get(check) if check != "is_news" else not expected["is_news"]
            score.errors.append(f"page    {check}: expected {expected.get(check)!r}, found {shown!r}")
    return score


def percent(value: float | None) -> str:
    return "   -  " if value is None else f"{value:6.1%}"


def summarise(scores: list[PageScore]) -> dict:
    by_attribute: dict[str, Tally] = defaultdict(Tally)
    by_lang: dict[str, Tally] = defaultdict(Tally)
    overall, news = Tally(), Tally()
    news_dated = 0
    checks: dict[str, list[bool]] = defaultdict(list)
    for score in scores:
        for attribute, tally in score.facts.items():
            by_attribute[attribute].add(tally)
            by_lang[score.lang].add(tally)
            overall.add(tally)
        news.add(score.news)
        news_dated += score.news_dated
        for check, right in score.checks.items():
            checks[check].append(right)
    return {
        "pages": len(scores),
        "sites": len({score.name.split("/")[0] for score in scores}),
        "facts": overall,
        "by_attribute": dict(sorted(by_attribute.items())),
        "by_lang": dict(sorted(by_lang.items())),
        "news": news,
        "news_dated_recall": news_dated / news.expected if news.expected else None,
        "checks": {check: sum(values) / len(values) for check, values in checks.items()},
    }


def print_summary(title: str, summary: dict) -> None:
    facts, news = summary["facts"], summary["news"]
    print(f"\n## {title}: {summary['pages']} pages, {summary['sites']} sites")
    print(f"{'':28} {'precision':>9} {'recall':>8} {'found':>6} {'expected':>8}")
    rows = [("facts, all", facts)] + [(f"  {name}", tally) for name, tally in summary["by_attribute"].items()]
    rows += [(f"  lang {lang}", tally) for lang, tally in summary["by_lang"].items()]
    rows += [("news items", news)]
    for label, tally in rows:
        print(f"{label:28} {percent(tally.precision):>9} {percent(tally.recall):>8} {tally.found:6} {tally.expected:8}")
    print(f"{'news with right dates':28} {'':>9} {percent(summary['news_dated_recall']):>8}")
    for check, share in summary["checks"].items():
        print(f"{'page ' + check + ' right':28} {'':>9} {percent(share):>8}")
    print(f"targets: facts precision >= {TARGETS['precision']:.0%} ({percent(facts.precision).strip()}), "
          f"recall >= {TARGETS['recall']:.0%} ({percent(facts.recall).strip()}), news with right dates >= "
          f"{TARGETS['news']:.0%} ({percent(summary['news_dated_recall']).strip()})")


def as_json(summary: dict) -> dict:
    def tally(value: Tally) -> dict:
        return {"precision": value.precision, "recall": value.recall, "found": value.found, "expected": value.expected}
    return {**summary, "facts": tally(summary["facts"]), "news": tally(summary["news"]),
            "by_attribute": {k: tally(v) for k, v in summary["by_attribute"].items()},
            "by_lang": {k: tally(v) for k, v in summary["by_lang"].items()}}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--errors", action="store_true", help="list what went wrong on each dev page")
    parser.add_argument("--json", action="store_true", help="print the figures as one JSON object")
    args = parser.parse_args()
    paths = sorted(args.corpus.glob("*/*.expected.json"))
    if not paths:
        print(f"no *.expected.json pages under {args.corpus}", file=sys.stderr)
        return 1
    scores = [score_page(path) for path in paths]
    splits = {"all": scores, **{name: [s for s in scores if s.split == name] for name in ("dev", "holdout")}}
    summaries = {name: summarise(chosen) for name, chosen in splits.items() if chosen}
    if args.json:
        print(json.dumps({name: as_json(summary) for name, summary in summaries.items()}, indent=2))
        return 0
    for name, summary in summaries.items():
        print_summary(name, summary)
    if args.errors:
        for score in splits["dev"]:
            if score.errors:
                print(f"\n{score.name}")
                for error in score.errors:
                    print(f"  {error}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
