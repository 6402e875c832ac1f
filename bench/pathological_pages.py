"""Extraction time of pages built to be slow or to break the parser, against the target of about a second a page.

Each page is generated here (nothing big is stored). Prints, for each, the median CPU time of `extract_page` over a
few runs, the facts it found and whether its row says the extraction was cut short (and why). CPU time, not wall
time: the machine is shared, and the load average printed first says how much the figures may be inflated.

    python bench/pathological_pages.py [--runs 3] [--only WORD] [--profile NAME]
"""

import argparse
import cProfile
import os
import pstats
import random
import statistics
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from scraper.parsers.extract import extract_page  # noqa: E402

TARGET_SECONDS = 1.0
URL = "https://www.example.org/international/reseaux-de-villes"
FETCHED_AT = datetime(2024, 6, 12, tzinfo=UTC)
PROSE = ("La Ville de Paris est membre de Cités et gouvernements locaux unis (CGLU), créée en 2004 à Paris. "
         "Basée à Barcelone, elle réunit plus de 240 000 collectivités locales et régionales dans 140 pays. "
         "L'AIMF, fondée le 24 mai 1979 à Québec, rassemble 300 villes de 54 pays. "
         "Le réseau Eurocities, présidé par Dario Nardella, compte plus de 200 villes membres. ")
BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"


def page(body: str, head: str = "") -> bytes:
    return (f"<!DOCTYPE html><html lang='fr'><head><meta charset='utf-8'><title>Les réseaux de villes</title>{head}"
            f"</head><body><main><h1>Les réseaux de villes</h1><p>{PROSE}</p>{body}</main></body></html>").encode()


def letters(count: int, alphabet: str = BASE64, seed: int = 7) -> str:
    rng = random.Random(seed)
    return "".join(rng.choices(alphabet, k=count))


def dates_and_numbers(count: int) -> str:
    return " ".join(f"le {day % 28 + 1} mai {1990 + day % 30}, {day} 000 villes, 12/05/{1990 + day % 30},"
                    for day in range(count))


PAGES: dict[str, Callable[[], bytes]] = {
    "1 MB base64 run in a paragraph": lambda: page(f"<p>Image : {letters(1_000_000)}</p>"),
    "20,000-character uppercase tokens": lambda: page("".join(
        f"<p>Le {letters(20_000, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', seed)} de Paris.</p>" for seed in range(20))),
    "1,000 tokens of 2,000 characters": lambda: page(
        "<p>" + " ".join(letters(2_000, seed=seed) for seed in range(1_000)) + "</p>"),
    "5 MB of prose": lambda: page(f"<p>{PROSE}</p>" * (5_000_000 // (len(PROSE) + 7))),
    "5 MB of prose in one paragraph": lambda: page(f"<p>{PROSE * (5_000_000 // len(PROSE))}</p>"),
    "100,000 links in a list": lambda: page("<ul>" + "".join(
        f"<li><a href='/actualites/{index}'>Actualité {index} du réseau CGLU</a></li>" for index in range(100_000))
        + "</ul>"),
    "50,000 tiny paragraphs": lambda: page("".join(f"<p>{index} villes.</p>" for index in range(50_000))),
    "5,000 levels of nesting": lambda: page("<div>" * 5_000 + f"<p>{PROSE}</p>" + "</div>" * 5_000),
    "300 levels of nesting": lambda: page("<div>" * 300 + f"<p>{PROSE}</p>" + "</div>" * 300),
    "400 levels of nesting around 5,000 elements": lambda: page(
        "<div>" * 400 + f"<p>{PROSE}</p><p>" + "<span>mot</span> " * 5_000 + "</p>" + "</div>" * 400),
    "300 unclosed <font> tags": lambda: page("<font face='Arial'>" * 300 + f"<p>{PROSE}</p>"),
    "40 attributes of 100,000 characters": lambda: page("".join(
        f"<div class='{letters(100_000, seed=seed)}' data-x='{letters(100_000, seed=seed + 1)}'><p>{PROSE}</p></div>"
        for seed in range(20))),
    "11 MB inline image": lambda: page(f"<img alt='' src='data:image/png;base64,{'iVBORw0KGgo' * 1_000_000}'>"
                                       f"<p>{PROSE}</p>"),
    "20,000 dates and numbers in one sentence": lambda: page(f"<p>{dates_and_numbers(20_000)}</p>"),
    "20,000 dates and numbers in sentences": lambda: page(
        "<p>" + " ".join(f"Le {day % 28 + 1} mai {1990 + day % 30}, la CGLU comptait {day} 000 villes."
                         for day in range(20_000)) + "</p>"),
    "80 KB of counts without sentences": lambda: page("<p>" + "200 villes 38 pays " * 4_200 + "</p>"),
    "6,000 initials in one paragraph": lambda: page("<p>" + "M. B. " * 3_000 + "</p>"),
    "100,000 drawing elements": lambda: page(
        "<svg>" + "".join(f"<path d='M{index} 0L0 {index}'/>" for index in range(100_000)) + "</svg>"),
    "text after </html>": lambda: page("") + f"<p>{PROSE}</p>".encode() * 1_000,
}


def cpu_seconds(body: bytes) -> tuple[float, dict]:
    started = time.process_time()
    extraction = extract_page(body, URL, FETCHED_AT)
    return time.process_time() - started, extraction.page


def profile(name: str) -> None:
    body = PAGES[name]()
    profiler = cProfile.Profile()
    profiler.runcall(extract_page, body, URL, FETCHED_AT)
    pstats.Stats(profiler).sort_stats("cumulative").print_stats(30)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--only", help="only the pages whose name contains this")
    parser.add_argument("--profile", metavar="NAME", choices=list(PAGES), help="cProfile one page instead")
    args = parser.parse_args()
    if args.profile:
        profile(args.profile)
        return 0
    cpu_seconds(page(""))  # loads what the parsers import on first use (htmldate), which no page should pay for
    load = os.getloadavg()[0]
    print(f"load average {load:.1f} on {os.cpu_count()} cores; target {TARGET_SECONDS:g} s of CPU a page")
    for name, build in PAGES.items():
        if args.only and args.only.lower() not in name.lower():
            continue
        body = build()
        runs = [cpu_seconds(body) for _ in range(args.runs)]
        seconds, row = statistics.median(run[0] for run in runs), runs[0][1]
        verdict = "ok  " if seconds <= TARGET_SECONDS else "OVER"
        print(f"{verdict} {seconds:6.2f} s  {len(body) / 1e6:6.2f} MB  {row['n_facts']:3d} facts  {name}"
              + (f"  [{row['error'].removeprefix('extraction cut short: ')}]" if row.get("error") else ""),
              flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
