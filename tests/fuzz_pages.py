"""Generated hostile pages: random markup, long tokens, deep nesting, mixed encodings and byte-order marks, huge
attributes. Used by tests/test_fuzz.py (a few in the suite, many with `make fuzz`)."""

import random

WORDS = ["Paris", "CGLU", "AIMF", "Eurocities", "membre", "villes", "plus de", "1 000", "fondée en", "2004", "siège",
         "Barcelone", "président", "Actualité", "le 12 mai 2015", "more than", "member cities", "über", "environ",
         "réseau", "Métropolis", "C40", "«", "»", "’", "—", "\u200b", "\u00a0", "é", "ß", "ñ", "城市"]
TAGS = ["p", "div", "span", "a", "li", "ul", "h1", "h2", "h3", "table", "tr", "td", "dl", "dt", "dd", "article",
        "section", "main", "nav", "header", "footer", "time", "strong", "em", "br", "script", "style", "title",
        "meta", "template", "svg", "iframe", "form", "select", "option", "noscript"]
ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "windows-1252", "latin-1", "ascii"]
DECLARED = [None, "utf-8", "iso-8859-1", "windows-1252", "utf-16", "bogus-charset", "UTF8", ""]
BOMS = {"utf-16-le": b"\xff\xfe", "utf-16-be": b"\xfe\xff"}


def _text(rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.05:  # one long token, capitalised or not
        return rng.choice(["A", "Ab", "CGLU", "1", "é", "x-"]) * rng.randint(1_000, 60_000)
    if roll < 0.08:
        return " ".join(rng.choice(WORDS) for _ in range(rng.randint(1_000, 8_000)))
    return " ".join(rng.choice(WORDS) for _ in range(rng.randint(0, 30)))


def _attributes(rng: random.Random) -> str:
    names = ["class", "id", "href", "datetime", "content", "property", "lang", "itemprop", "style", "data-x"]
    parts = []
    for _ in range(rng.randint(0, 4)):
        value = "x" * rng.randint(10_000, 200_000) if rng.random() < 0.03 else _text(rng)[:80]
        if rng.random() < 0.1:
            value = rng.choice(["javascript:alert(1)", "data:text/html,<b>", "//evil", "../../%2e%2e/x", "http://[::1"])
        parts.append(f'{rng.choice(names)}="{value}"')
    return (" " + " ".join(parts)) if parts else ""


def _markup(rng: random.Random, depth: int, budget: list[int]) -> str:
    if budget[0] <= 0:
        return _text(rng)
    budget[0] -= 1
    if depth > 0 and rng.random() < 0.02:  # a deep, unclosed nest
        return "<div>" * rng.randint(500, 5_000) + _text(rng)
    tag = rng.choice(TAGS)
    children = "".join(_markup(rng, depth + 1, budget) if rng.random() < 0.6 else _text(rng)
                       for _ in range(rng.randint(0, 5)))
    closing = f"</{tag}>" if rng.random() < 0.9 else ""
    return f"<{tag}{_attributes(rng)}>{children}{closing}"


def random_page(rng: random.Random) -> tuple[bytes, str | None]:
    """A page's bytes and the charset a server would declare for it."""
    head = f"<head><meta charset=\"{rng.choice(DECLARED) or ''}\"><title>{_text(rng)[:200]}</title></head>"
    html = f"<!DOCTYPE html><html lang=\"{rng.choice(['fr', 'en', 'de', ''])}\">{head}<body>" \
           f"{_markup(rng, 0, [rng.randint(1, 300)])}</body></html>"
    encoding = rng.choice(ENCODINGS)
    body = BOMS.get(encoding, b"") + html.encode(encoding, errors="replace")
    if rng.random() < 0.1:  # mixed: a stretch in another encoding
        body += _text(rng).encode(rng.choice(ENCODINGS), errors="replace")
    if rng.random() < 0.05:
        body = body[: rng.randint(0, len(body))]
    return body, rng.choice(DECLARED)
