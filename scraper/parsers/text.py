"""Plain-text functions shared by the extractors: whitespace folding, sentence splitting, and patterns for lists of
literal words."""

import re

# A sentence ends at . ! ? or … followed by whitespace and something that can start a sentence.
_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+(?=[«\"“(A-ZÀ-ÖØ-Þ0-9])")
# "M. Delanoë", "J.-P. Dupont": a period after a lone capital is an initial, not an end. An acronym
# ("l'A.I.M.F. En 2012") may end a sentence; one inside a sentence is followed by a lowercase word.
_INITIAL_BEFORE = re.compile(r"(?:^|[\s'’(\-])[A-ZÀ-Þ]\.$")


def fold_whitespace(text: str) -> str:
    """Collapse every run of whitespace (including no-break spaces) into one space and trim."""
    # str.split() knows the same whitespace as the regex \s, four times faster.
    return " ".join(text.split())


def split_sentences(text: str) -> list[str]:
    """Split a paragraph into sentences, keeping initialisms like "C.G.L.U." in one piece."""
    text = fold_whitespace(text)
    sentences: list[str] = []
    start = 0
    for boundary in _SENTENCE_END.finditer(text):
        # Only the few characters before the period matter: testing the whole sentence so far would make a
        # paragraph of many initials cost the square of its length.
        if _INITIAL_BEFORE.search(text[max(start, boundary.start() - 3):boundary.start()]):
            continue
        sentences.append(text[start:boundary.start()])
        start = boundary.end()
    sentences.append(text[start:])
    return [sentence for sentence in sentences if sentence]


def literal_alternation(literals) -> str:
    """A pattern of the literals factored by shared prefixes ("adh|adhésion|ader" -> "ad(?:h(?:ésion)?|er)"): it
    matches at the same positions as `"|".join(map(re.escape, literals))` (the longest literal first), but tests
    each position's first character once instead of once per literal, and skips at once the positions no literal
    starts at."""
    trie: dict = {}
    for literal in literals:
        node = trie
        for char in literal:
            node = node.setdefault(char, {})
        node[""] = {}  # a literal ends here

    def render(node: dict) -> str:
        branches = [re.escape(char) + render(child) for char, child in node.items() if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return render(trie)
