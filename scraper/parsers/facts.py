"""Facts about city networks from a page's text: one row per claim, attributed to a network.

A section heading names the network its paragraphs are about; a sentence that names a network
explicitly is about that one. Where no heading names one (news pages, generic pages), a paragraph
keeps talking about the network it last named.
"""

import re
from collections import Counter
from collections.abc import Iterator
from datetime import date

from .claims import Claim, find_claims, joins_at_founding, names_a_founding_member
from .content import Block, PageContent, Teaser
from .count_context import states_the_present
from .ids import short_hash
from .networks import NetworkMention, find_networks, first_network
from .number_words import with_digits
from .text import split_sentences

# A news teaser reports something that was true when the news was written, which may be years before the
# page that shows it: from a teaser only facts that do not age are taken, never counts or office holders, unless
# the teaser is less than a year old and says its figure is the present one ("compte désormais 8 400 villes",
# "now has"). (Any other teaser's counts would vanish from the same page as it ages: a false change.)
LASTING_ATTRIBUTES = {"founded", "founded_place", "headquarters", "joined"}
RECENT_TEASER_DAYS = 366

FACT_COLUMNS = ("fact_id", "network_id", "network_name", "attribute", "value", "value_num", "value_date",
                "qualifier", "unit", "evidence", "source_url", "lang", "page_date")


def _is_recent(teaser: Teaser, base: date | None) -> bool:
    """Dated less than a year before the page's own date (or the capture's): what it says still holds."""
    return bool(teaser.date and base) and 0 <= (base - teaser.date.first_day()).days <= RECENT_TEASER_DAYS


# A heading that is a year before the page's: a timeline's entry ("2003" over a row of a history table), whose
# figures are that year's.
_YEAR_HEADING = re.compile(r"(?:1[89]|20)\d\d")


def _is_past_year(heading: str, base: date | None) -> bool:
    return bool(base and _YEAR_HEADING.fullmatch(heading.strip()) and int(heading) < base.year)


def _paragraphs(content: PageContent, base: date | None, site_network: NetworkMention | None
                ) -> Iterator[tuple[str, NetworkMention | None, bool, bool | None, frozenset[str]]]:
    """Each paragraph with the network its section is about, whether that network is only the page's (its title
    or site names it, no heading), whether the paragraph belongs to a news teaser, and to a recent one (a
    timeline's entry reads as an old teaser: only what does not age), and the networks its heading names when it
    names several ("Energy Cities et l'Alliance pour le climat")."""
    page_network = first_network(content.title) or site_network
    section, past, shared = page_network, False, frozenset()
    alone = _names_alone(content.blocks)
    for index, block in enumerate(content.blocks):
        if block.is_heading or index in alone:
            named = find_networks(block.text)
            section = named[0] if named else page_network
            past = _is_past_year(block.text, base)
            shared = frozenset(mention.network_id for mention in named)
            shared = shared if len(shared) > 1 else frozenset()
        else:
            yield block.text, section, section is page_network, False if past else None, shared
    for teaser in content.teasers:
        teaser_network = first_network(teaser.title)
        recent = _is_recent(teaser, base)
        yield teaser.title, teaser_network, False, recent, frozenset()
        yield teaser.summary, teaser_network, False, recent, frozenset()


# A block that is only a network's name ("Eurocities", "Cités et Gouvernements Locaux Unis (CGLU)"): a heading in all
# but its markup (a bold line, an accordion's button, a card's title, a <summary>), when no other name stands next to
# it (a list of networks, a row of tabs above their panels).
_LEFT_AROUND_A_NAME = re.compile(r"[\W\d_]*")
_NAME_CHARS = 80


def _names_only_a_network(text: str) -> bool:
    # a name ends with no sentence's punctuation: most short blocks are not searched
    mentions = find_networks(text) if len(text) <= _NAME_CHARS and not text.endswith((".", ":", "!", "?")) else []
    if not mentions:
        return False
    rest = "".join(text[start:end] for start, end in zip([0] + [m.end for m in mentions],
                                                           [m.start for m in mentions] + [len(text)], strict=True))
    return bool(_LEFT_AROUND_A_NAME.fullmatch(rest))


def _names_alone(blocks: tuple[Block, ...]) -> set[int]:
    naming = [not block.is_heading and _names_only_a_network(block.text) for block in blocks]
    return {index for index, names in enumerate(naming)
            if names and not (index and naming[index - 1]) and not (index + 1 < len(naming) and naming[index + 1])}


def _network_for(claim: Claim, mentions: list[NetworkMention], context: NetworkMention | None
                 ) -> NetworkMention | None:
    if claim.about:
        return claim.about
    before = [mention for mention in mentions if mention.start <= claim.position]
    if before:
        return before[-1]
    if context is None or not mentions:
        return mentions[0] if mentions else context
    # The section's network, named as the sentence itself writes it when it does.
    same = [mention for mention in mentions if mention.network_id == context.network_id]
    return same[0] if same else mentions[0]


def _joined_at_founding_stated_before(sentence: str, claims: list[Claim], mentions: list[NetworkMention],
                                     context: NetworkMention | None, founding: dict[str, Claim]
                                     ) -> tuple[NetworkMention, Claim] | None:
    """"Née en 2004 à Paris, CGLU ... Genève a rejoint l'organisation dès sa fondation": the city joined in the
    founding year the page has given before."""
    if any(claim.attribute == "joined" for claim in claims) or not (
            since := joins_at_founding(sentence) or names_a_founding_member(sentence)):
        return None
    network = _network_for(Claim("joined", "", since.start()), mentions, context)
    founded = founding.get(network.network_id) if network else None
    if founded is None:
        return None
    return network, Claim("joined", founded.value, since.start(), value_date=founded.value_date)


def _attributed_claims(content: PageContent, lang: str | None, base: date | None,
                       site_network: NetworkMention | None) -> Iterator[tuple[NetworkMention, Claim, str]]:
    """Each claim with its network and the sentence it came from (as written: the claims read it with digits)."""
    founding: dict[str, Claim] = {}  # each network's founding as the page has stated it so far
    for paragraph, section, only_the_pages, recent_teaser, shared in _paragraphs(content, base, site_network):
        context, named_so_far = section, set()
        for sentence in split_sentences(paragraph):
            readable = with_digits(sentence, lang)
            mentions = find_networks(readable)
            claims = find_claims(readable, base, mentions)
            for claim in claims:
                if recent_teaser is not None and claim.attribute not in LASTING_ATTRIBUTES and not (
                        recent_teaser and states_the_present(readable)):
                    continue
                network = _network_for(claim, mentions, context)
                if network:
                    if claim.attribute == "founded":
                        founding.setdefault(network.network_id, claim)
                    yield network, claim, sentence
            if joined := _joined_at_founding_stated_before(readable, claims, mentions, context, founding):
                yield *joined, sentence
            # A paragraph goes on about the network it names, unless a heading names its section's network, or the
            # paragraph has named the page's: "Eurocities links 200 cities. Glasgow has been a member since 1989." in a
            # box on a page about another network. Under a heading naming several, it goes on about the last of them
            # it names.
            if mentions:
                named_so_far.update(mention.network_id for mention in mentions)
                if section is None or (only_the_pages and section.network_id not in named_so_far):
                    context = mentions[-1]
                elif headed := [mention for mention in mentions if mention.network_id in shared]:
                    context = headed[-1]


def extract_facts(content: PageContent, source_url: str, lang: str | None, base: date | None,
                  site_network: NetworkMention | None = None) -> list[dict]:
    """Fact rows (the facts table's columns without snapshot_id) in reading order. `base` is the date that
    resolves day-and-month phrases without a year; `site_network` the network whose own site the page is on
    (its name in og:site_name or the <title>), the subject of a page that names none in its headings."""
    page_date = content.page_date.iso() if content.page_date else None
    rows: list[dict] = []
    seen: set[tuple] = set()
    occurrences: Counter[tuple[str, str]] = Counter()
    for network, claim, sentence in _attributed_claims(content, lang, base, site_network):
        identity = (network.network_id, claim.attribute, claim.value, claim.qualifier)
        if identity in seen:
            continue
        seen.add(identity)
        occurrences[network.network_id, claim.attribute] += 1
        ordinal = occurrences[network.network_id, claim.attribute]
        fact_id = short_hash(network.network_id, claim.attribute, source_url)
        rows.append({
            "fact_id": fact_id if ordinal == 1 else f"{fact_id}-{ordinal}",
            "network_id": network.network_id,
            "network_name": network.name,
            "attribute": claim.attribute,
            "value": claim.value,
            "value_num": claim.value_num,
            "value_date": claim.value_date,
            "qualifier": claim.qualifier,
            "unit": claim.unit,
            "evidence": sentence,
            "source_url": source_url,
            "lang": lang,
            "page_date": page_date,
        })
    return rows
