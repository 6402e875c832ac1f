"""Plain-text functions shared by the extractors: whitespace folding, sentence splitting, and cheaper patterns:
lists of literal words, and patterns that reject at once the positions they cannot start at."""

import re
import sys
from collections.abc import Iterator
from re import _casefix  # the letters a case-blind pattern matches beyond their lower case
from re import _constants as sre_constants  # the parsed form of a pattern, to read what its matches start with
from re import _parser as sre_parser

# A sentence ends at . ! ? or … followed by whitespace and something that can start a sentence.
# The end mark is matched, not looked behind for, so that the engine jumps from one mark to the next.
_SENTENCE_END = re.compile(r"[.!?…](?P<space>\s+)(?=[«\"“(A-ZÀ-ÖØ-Þ0-9])")
# "M. Delanoë", "J.-P. Dupont": a period after a lone capital is an initial, not an end. An acronym
# ("l'A.I.M.F. En 2012") may end a sentence; one inside a sentence is followed by a lowercase word.
_INITIAL_BEFORE = re.compile(r"(?:^|[\s'’(\-])[A-ZÀ-Þ]\.$")
# "am 4. November 1986": a German day's ordinal before its month, not an end.
_ORDINAL_BEFORE = re.compile(r"(?:^|\D)\d{1,2}\.$")
# "c. 1,000", "ca. 200": the abbreviated hedge before a number, not an end.
_CIRCA_BEFORE = re.compile(r"(?:^|[\s(])(?i:c|ca)\.$")
# "delibera n. 198 del 9 settembre", "resolution No. 198", "Beschluss Nr. 198", "acuerdo núm. 198", "art. 5": the
# abbreviated noun of a number or an article before its figure, not an end (not the word "no" ending a sentence: "he
# said no. 2014 was ...").
_NUMBER_NOUN_BEFORE = re.compile(r"(?:^|[\s(])(?:n|No|Nos|[Nn]r|[Nn]úm|[Nn]um|[Aa]rt)\.$")
# Courtesy titles, degrees and offices written short before a name, without their period: "Mme. Dupont", "la Sra.
# García", "Dr. Weber", "Coun. Maria Delaney", "Cllr. Jane Doe", "Hon. John Tory", "Bgm. Hans Maier", "Lic. Ana Pérez",
# "Avv. Marco Rossi" ("Dott.ssa", "Sig.ra" go on past the period).
ABBREVIATED_TITLES = r"Mme|Mrs?|Ms|Sra?|Dra?|Prof|Dott|Sig|Coun|Cllr|Hon|Ald|Bgm|Lic|Ing|Arq|Avv"
# A title's period before the name is not an end.
_COURTESY_BEFORE = re.compile(rf"(?:^|[\s(])(?:{ABBREVIATED_TITLES}|Mlle|Srta|Dott\.ssa|Sig\.ra)\.$")
_GERMAN_MONTH = re.compile(r"(?:Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November"
                           r"|Dezember)\b")


# Letters that a pattern compiled with IGNORECASE and a lowered text see apart: "İ" lowers to two characters, and the
# engine matches "ı" as "i", "ſ" as "s", and a few Greek and Cyrillic letters as their variants.
_FOLDED_APART = re.compile("[" + "".join(sorted({
    re.escape(chr(code)) for code in [0x130, *_casefix._EXTRA_CASES, *sum(_casefix._EXTRA_CASES.values(), ())]
    if code > 0x7f})) + "]")


def lowered_alike(text: str) -> str | None:
    """`text.lower()` when it holds, at the same places, the letters a case-blind pattern sees in `text` (None when
    they differ): a pattern written in lower case and compiled without IGNORECASE finds the same spans in it, at a
    fraction of the cost."""
    return None if _FOLDED_APART.search(text) else text.lower()


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
        end = boundary.start("space")
        if _INITIAL_BEFORE.search(text[max(start, end - 3):end]):
            continue
        if _ORDINAL_BEFORE.search(text[max(start, end - 4):end]) and _GERMAN_MONTH.match(text, boundary.end()):
            continue
        if _CIRCA_BEFORE.search(text[max(start, end - 8):end]) and text[boundary.end()].isdigit():
            continue
        if _NUMBER_NOUN_BEFORE.search(text[max(start, end - 5):end]) and text[boundary.end()].isdigit():
            continue
        if _COURTESY_BEFORE.search(text[max(start, end - 10):end]):
            continue
        sentences.append(text[start:end])
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


# Operations that match no character: passed over to find the first character a match consumes.
_ZERO_WIDTH = {sre_constants.AT, sre_constants.ASSERT, sre_constants.ASSERT_NOT}
_REPEATS = {sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT}


def _is_zero_width_branch(operation, argument) -> bool:
    """A choice of tests that match no character, such as lookbehinds before a word ("(?<!\\w)|(?<=l')")."""
    return operation is sre_constants.BRANCH and all(
        inner in _ZERO_WIDTH for alternative in argument[1] for inner, _ in alternative)


def _first_characters(operations) -> list[str] | None:
    """The class items ("a", "a-z") the first character of every match of the parsed `operations` is among, or None
    when that cannot be said simply (a \\w, a negated class, an optional start, a change of flags)."""
    characters: list[str] = []
    for operation, argument in operations:
        if operation in _ZERO_WIDTH or _is_zero_width_branch(operation, argument):
            continue
        if operation is sre_constants.LITERAL:
            return characters + [re.escape(chr(argument))]
        if operation is sre_constants.IN:
            items = [re.escape(chr(value)) if kind is sre_constants.LITERAL
                     else f"{re.escape(chr(value[0]))}-{re.escape(chr(value[1]))}" if kind is sre_constants.RANGE
                     else None for kind, value in argument]
            return None if None in items else characters + items
        if operation is sre_constants.SUBPATTERN:
            _, added_flags, removed_flags, inner = argument
            first = None if added_flags or removed_flags else _first_characters(inner)
            return None if first is None else characters + first
        if operation is sre_constants.BRANCH:
            alternatives = [_first_characters(alternative) for alternative in argument[1]]
            return None if None in alternatives else characters + [item for first in alternatives for item in first]
        if operation in _REPEATS:
            minimum, _, inner = argument
            first = _first_characters(inner)
            if first is None:
                return None
            characters += first
            if minimum > 0:
                return characters
            continue  # may be skipped: what follows may start the match too
        return None
    return None  # the pattern may match nothing


def compile_guarded(pattern: str, flags: int = 0) -> "re.Pattern[str] | CaseBlindSearch":
    """`re.compile(pattern, flags)`, behind a lookahead for the characters its matches can start with, derived from
    the pattern itself: the engine tries a pattern at every position, and a position whose character starts none of
    its words is rejected by one test instead of one per word. A case-blind pattern is searched as `case_blind_search`
    does where it can be. Matches are the same."""
    parsed = sre_parser.parse(pattern, flags)
    first = _first_characters(parsed)
    if first is None:
        return _case_blind_search(pattern, flags, parsed=parsed)
    guard = f"(?=[{''.join(dict.fromkeys(first))}])"
    # A word-start test costs less than the lookahead: most positions fail it first.
    word_start = r"\b" if parsed.data[:1] == [(sre_constants.AT, sre_constants.AT_BOUNDARY)] else ""
    # The guarded pattern is the pattern after tests that match no character: its parts that see the case are the
    # pattern's and the guard's, read without parsing the whole of it again.
    return _case_blind_search(f"{word_start}{guard}(?:{pattern})", flags, parsed=parsed,
                              before=sre_parser.parse(f"{word_start}{guard}", flags))


_NO_CASE_OPERANDS = {sre_constants.LITERAL, sre_constants.NOT_LITERAL}


def _case_sensitive_parts(operations, inside: bool = False, negated: bool = False) -> int | None:
    """How many parts of the parsed pattern see the case ("(?-i:[A-Z])"), when every other letter of it is in lower
    case and nothing else changes the flags or refers back to a group (None otherwise): a text lowered alike is then
    matched as the pattern matches the text case-blind, those parts read case-blind too. They must be in no negative
    lookaround and hold no negation: read case-blind, they then match wherever they match the text, and more."""
    parts = 0
    for operation, argument in operations:
        if operation in _NO_CASE_OPERANDS:
            if (operation is sre_constants.NOT_LITERAL) if inside else chr(argument).lower() != chr(argument):
                return None
        elif operation is sre_constants.IN:
            for kind, value in argument:
                characters = (chr(value),) if kind in _NO_CASE_OPERANDS else (
                    map(chr, range(value[0], value[1] + 1)) if kind is sre_constants.RANGE else ())
                if kind not in (*_NO_CASE_OPERANDS, sre_constants.RANGE, sre_constants.CATEGORY, sre_constants.NEGATE):
                    return None
                if (kind is sre_constants.NEGATE) if inside else any(char.lower() != char for char in characters):
                    return None
        elif operation is sre_constants.SUBPATTERN:
            _, added_flags, removed_flags, inner = argument
            case_sensitive = not (inside or negated or added_flags) and removed_flags == re.IGNORECASE
            found = _case_sensitive_parts(inner, inside or case_sensitive, negated)
            if (added_flags or removed_flags) and not case_sensitive or found is None:
                return None
            parts += found + case_sensitive
        elif operation is sre_constants.BRANCH:
            found = [_case_sensitive_parts(alternative, inside, negated) for alternative in argument[1]]
            if None in found:
                return None
            parts += sum(found)
        elif operation in _REPEATS or operation in (sre_constants.ASSERT, sre_constants.ASSERT_NOT):
            negation = operation is sre_constants.ASSERT_NOT
            found = _case_sensitive_parts(argument[-1], inside, negated or negation)
            if found is None or inside and negation:
                return None
            parts += found
        elif operation not in (sre_constants.AT, sre_constants.ANY, sre_constants.CATEGORY):
            return None
    return parts


_last_lowered: tuple[str, str | None] = ("", "")
# The texts lowered lately: a sentence and its rewritten forms are searched in turn, then the sentence again (a
# pure function of the text; a few dozen, forgotten all at once when full).
_lowered_lately: dict[str, str | None] = {}
_LOWERED_KEPT = 64


def _lowered(text: str) -> str | None:
    """`lowered_alike(text)`, kept for the text last lowered: a sentence is searched by many patterns in turn."""
    global _last_lowered
    if _last_lowered[0] is not text:
        if text in _lowered_lately:
            _last_lowered = (text, _lowered_lately[text])
        else:
            if len(_lowered_lately) >= _LOWERED_KEPT:
                _lowered_lately.clear()
            _last_lowered = (text, lowered_alike(text))
            _lowered_lately[text] = _last_lowered[1]
    return _last_lowered[1]


class CaseBlindSearch:
    """A case-blind pattern whose searches scan the text lowered alike with the same pattern compiled without
    IGNORECASE (folding the case of every letter tried costs the engine more than the matching; or one that matches at
    the same places, `_word_start_tested_once`), then read the match found at that place with the case-blind pattern:
    the same matches, at a fraction of the cost. Its parts that see the case are read case-blind in the lowered text,
    where they may match at a place the pattern does not: the scan then goes on from the next character."""

    def __init__(self, pattern: str, flags: int, lowered: str, case_blind: re.Pattern[str] | None = None):
        self.pattern, self.flags, self._lowered_pattern = pattern, flags, lowered
        if case_blind is not None:
            self._compiled(case_blind)

    def _compiled(self, case_blind: re.Pattern[str]) -> None:
        self._case_blind, self.groupindex = case_blind, case_blind.groupindex
        self.match, self.fullmatch = case_blind.match, case_blind.fullmatch  # anchored: no scan to save

    def __getattr__(self, name: str):
        if name.startswith("__"):
            raise AttributeError(name)
        if name == "_lowered":
            # The pattern searched in the lowered text, compiled on the first search: a process whose pages never
            # reach this pattern never pays for it.
            flags = self.flags & ~re.IGNORECASE
            self._lowered = re.compile(_alternatives_by_first_character(
                _word_start_tested_once(self._lowered_pattern, flags), flags), flags)
            return self._lowered
        if name in _COMPILED_ON_FIRST_USE:
            # The case-blind pattern is compiled when a scan first finds a place (or another use asks for it): most
            # patterns of a process never do, and compiling one costs more than a thousand scans.
            self._compiled(re.compile(self.pattern, self.flags))
            return self.__dict__[name]
        return getattr(self._case_blind, name)  # the pattern's other uses (findall, sub, groups...) as they are

    # `search` and `finditer` read the text last lowered and scan it themselves, without a call of `_lowered` nor of
    # `_next`: they run tens of thousands of times a page set, most of them finding nothing, and a call costs more
    # than the scan of a short sentence.
    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        lowered = _last_lowered[1] if _last_lowered[0] is text else _lowered(text)
        if lowered is None:
            return self._case_blind.search(text, pos, endpos)
        search = self._lowered.search
        while found := search(lowered, pos, endpos):
            if matched := self.match(text, found.start(), endpos):
                return matched
            pos = found.start() + 1
        return None

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        lowered = _last_lowered[1] if _last_lowered[0] is text else _lowered(text)
        if lowered is None:
            return self._case_blind.finditer(text, pos, endpos)
        matches = []
        search = self._lowered.search
        while found := search(lowered, pos, endpos):
            if matched := self.match(text, found.start(), endpos):
                matches.append(matched)
                pos = matched.end()
            else:
                pos = found.start() + 1
        return iter(matches)


# What `CaseBlindSearch` reads of its case-blind pattern once compiled.
_COMPILED_ON_FIRST_USE = frozenset({"_case_blind", "groupindex", "match", "fullmatch"})

# A part of a case-blind pattern that sees the case, and the same part case-blind.
_CASE_SENSITIVE, _CASE_BLIND = "(?-i:", "(?i:"


def case_blind_search(pattern: re.Pattern[str]) -> re.Pattern[str] | CaseBlindSearch:
    """`pattern` (compiled with IGNORECASE), searched as `CaseBlindSearch` does when it is written in lower case but
    for parts that see the case, and matches no empty text (else as it is)."""
    if isinstance(pattern, CaseBlindSearch):
        return pattern  # searched so already: wrapping it again would scan with the same lowered pattern
    return _case_blind_search(pattern.pattern, pattern.flags, pattern)


def _case_blind_search(pattern: str, flags: int, compiled=None, parsed=None, before=None):
    """`case_blind_search(re.compile(pattern, flags))`, with the case-blind pattern compiled only when it is used (or
    `compiled`, when it is at hand). `parsed` is the pattern already parsed (the parse does not depend on the
    flags but the verbose one), or its part after the zero-width tests `before` (parsed alone)."""
    if not flags & re.IGNORECASE:
        return re.compile(pattern, flags) if compiled is None else compiled
    if parsed is None:
        parsed = sre_parser.parse(pattern, flags & ~re.IGNORECASE)
    parts = _case_sensitive_parts(parsed)
    if before is not None and parts is not None:
        parts = None if (tests := _case_sensitive_parts(before)) is None else parts + tests
    # Each part that sees the case, found in the parsed pattern, must be one written so in its text.
    if parsed.getwidth()[0] == 0 or parts != pattern.count(_CASE_SENSITIVE):
        return re.compile(pattern, flags) if compiled is None else compiled
    return CaseBlindSearch(pattern, flags, pattern.replace(_CASE_SENSITIVE, _CASE_BLIND), compiled)


def _word_start_tested_once(pattern: str, flags: int) -> str:
    """A pattern that matches at the same positions as `pattern`, not always the same text (all `CaseBlindSearch`
    asks of its lowered pattern): its top-level alternatives that open on a word start ("\\bjoined|\\bbecame ...|
    (?<=\\s)[2-9]...") behind one word-start test, which the engine otherwise makes once per alternative at every
    position. A match starts at a position when one of the alternatives matches there, in whatever order they come."""
    if flags & re.VERBOSE or pattern.startswith("(?") and pattern[2:3].isalpha():
        return pattern
    alternatives = _top_level_alternatives(pattern)
    at_a_word_start = [alternative.removeprefix(_WORD_START) for alternative in alternatives
                       if alternative.startswith(_WORD_START)]
    if len(at_a_word_start) < 2:
        return pattern  # decided without parsing the pattern, the dearest step (a guarded pattern is one alternative)
    # the split must be the parser's own (one choice at the top, nothing factored out of it), the flags not inline
    parsed = sre_parser.parse(pattern, flags)
    if not (len(parsed.data) == 1 and parsed.data[0][0] is sre_constants.BRANCH
            and len(parsed.data[0][1][1]) == len(alternatives)):
        return pattern
    return "|".join([f"{_WORD_START}(?:{'|'.join(at_a_word_start)})",
                     *(alternative for alternative in alternatives if not alternative.startswith(_WORD_START))])


_WORD_START = r"\b"


def _alternatives_by_first_character(pattern: str, flags: int) -> str:
    """A pattern that matches at the same positions as `pattern` (all `CaseBlindSearch` asks of its lowered pattern):
    the alternatives of each of its choices that open on the same plain character behind that character once, as a
    tree ("adhéré|rejoint|adhère" -> "adh(?:é(?:ré)|è(?:re))|rejoint"), the others after them. The engine skips an
    alternative on its first character, but tries every alternative of a choice in turn: a hundred words starting
    with a dozen letters cost a dozen tests at a place, not a hundred. Backtracking finds a match at a position
    whichever alternative it tries first; a lookbehind's choices are left as they are."""
    if flags & re.VERBOSE or pattern.startswith("(?") and pattern[2:3].isalpha():
        return pattern
    return _sorted_choice(pattern)


def _sorted_choice(pattern: str) -> str:
    alternatives: list[list[str]] = [[]]
    index = 0
    while index < len(pattern):
        end = _piece_end(pattern, index)
        piece = pattern[index:end]
        if piece == "|":
            alternatives.append([])
        else:
            alternatives[-1].append(_sorted_group(piece) if piece[0] == "(" else piece)
        index = end
    return "|".join(_by_first_character(alternatives))


# A group's opening whose choice may be sorted: not a lookbehind's (its width is the engine's), a reference's, a
# condition's or a comment's.
_SORTABLE_OPENING = re.compile(r"\((?:\?(?::|=|!|P<\w+>|[aiLmsux]*(?:-[imsx]+)?:))?")


def _sorted_group(group: str) -> str:
    opening = _SORTABLE_OPENING.match(group).group()
    if group.startswith("(?") and opening == "(":
        return group
    return opening + _sorted_choice(group[len(opening):-1]) + ")"


_NOT_PLAIN = frozenset("\\.^$()[]{}|*+?")


def _by_first_character(alternatives: list[list[str]]) -> list[str]:
    """Alternatives (as their pieces) that open on the same plain character, not repeated, grouped behind it."""
    grouped: dict[str, list[list[str]]] = {}
    others = []
    for pieces in alternatives:
        if pieces and len(pieces[0]) == 1 and pieces[0] not in _NOT_PLAIN and (
                len(pieces) == 1 or pieces[1][0] not in "?*+{"):
            grouped.setdefault(pieces[0], []).append(pieces[1:])
        else:
            others.append("".join(pieces))
    return [first + ("".join(rests[0]) if len(rests) == 1 else "(?:" + "|".join(_by_first_character(rests)) + ")")
            for first, rests in grouped.items()] + others


def _piece_end(pattern: str, index: int) -> int:
    """Where the piece of `pattern` that starts at `index` ends: an escape, a class, a whole group or a character."""
    character = pattern[index]
    if character == "\\":
        return index + 2
    if character == "[":
        index += 1 + (pattern[index + 1:index + 2] == "^")
        index += pattern[index:index + 1] == "]"  # a "]" first in a class is one of its characters
        while index < len(pattern) and pattern[index] != "]":
            index += 1 + (pattern[index] == "\\")
        return index + 1
    if character == "(":
        index += 1
        while index < len(pattern) and pattern[index] != ")":
            index = _piece_end(pattern, index)
    return index + 1


def _top_level_alternatives(pattern: str) -> list[str]:
    """`pattern` split at each "|" outside its groups and classes."""
    alternatives, depth, start, index = [], 0, 0, 0
    while index < len(pattern):
        character = pattern[index]
        if character == "\\":
            index += 1
        elif character == "[":
            index += 1 + (pattern[index + 1:index + 2] == "^")
            index += pattern[index:index + 1] == "]"  # a "]" first in a class is one of its characters
            while index < len(pattern) and pattern[index] != "]":
                index += 1 + (pattern[index] == "\\")
        elif character == "(":
            depth += 1
        elif character == ")":
            depth -= 1
        elif character == "|" and depth == 0:
            alternatives.append(pattern[start:index])
            start = index + 1
        index += 1
    return [*alternatives, pattern[start:]]
