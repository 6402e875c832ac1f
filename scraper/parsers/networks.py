"""Which city network a piece of text names, as a stable `network_id` of the data contract."""

import re
import unicodedata
from dataclasses import dataclass

_APOSTROPHE = "['’]"
# network_id -> the ways pages write its name. Acronyms and "Metropolis"/"C40" are matched with their
# case as written, so that the English word "metropolis" is not taken for the network.
KNOWN_NETWORKS: dict[str, list[str]] = {
    "uclg": [r"(?i:cités et gouvernements locaux unis)", r"(?i:united cities and local governments)",
             r"C\.G\.L\.U", r"CGLU", r"UCLG"],
    "aimf": [r"(?i:association internationale des maires (?:francophones|et responsables des capitales))",
             r"(?i:international association of (?:francophone|french-speaking) mayors)",
             r"A\.I\.M\.F", r"AIMF"],
    "eurocities": [r"(?i:euroci(?:ties|tés))"],
    "ucue": [rf"(?i:union des capitales de l{_APOSTROPHE}union européenne)",
             r"(?i:union of (?:the )?capitals of the european union)", r"U\.C\.U\.E", r"UCUE", r"UCEU"],
    "icorn": [r"(?i:international cities of refuge network)", r"(?i:réseau international des villes[- ]refuges)",
              r"ICORN"],
    "metropolis": [r"Metropolis", r"METROPOLIS", r"(?i:world association of the major metropolises)",
                   r"(?i:association mondiale des grandes métropoles)"],
    "c40": [r"C40(?: Cities(?: Climate Leadership Group)?)?", r"(?i:cities climate leadership group)"],
}


def _first_letters(spellings: list[str]) -> str:
    """Both cases of the letters the spellings start with, as a character class."""
    firsts = {spelling.removeprefix("(?i:")[0] for spelling in spellings}
    return "[" + "".join(sorted({letter.lower() for letter in firsts} | {letter.upper() for letter in firsts})) + "]"


_SPELLINGS = "|".join(rf"(?P<{network_id}>{'|'.join(spellings)})" for network_id, spellings in KNOWN_NETWORKS.items())
_STARTS = _first_letters([spelling for spellings in KNOWN_NETWORKS.values() for spelling in spellings])
# The word-start test and the first letters come once, before the alternatives: elsewhere no spelling is tried.
_KNOWN = re.compile(rf"(?<![\w.])(?={_STARTS})(?:{_SPELLINGS})(?!\w)")

# A network the vocabulary does not know yet, introduced by name: "le réseau Energy Cities",
# "the Mayors for Peace network".
_CAPITALISED_NAME = r"[A-Z][\w&\-]*(?:\s+(?:(?:for|of|de|des|du|and|et|the|pour)\s+)?[A-Z0-9][\w&\-]*)*"
_UNKNOWN = re.compile(
    rf"(?i:\b(?=[ldaut])(?:le|du|au|un|the)\s+réseau\s+(?:(?:de|des)\s+villes\s+)?)(?P<name>{_CAPITALISED_NAME})"
    rf"|(?i:\bthe)\s+(?P<name_en>{_CAPITALISED_NAME})\s+(?i:network)\b")


@dataclass(frozen=True)
class NetworkMention:
    network_id: str
    name: str  # as written on the page
    start: int
    end: int


def slugify(name: str) -> str:
    """A network_id for a network the vocabulary does not know: "Energy Cities" -> "energy-cities"."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")


def find_networks(text: str) -> list[NetworkMention]:
    """Every network named in `text`, in reading order."""
    mentions = [NetworkMention(found.lastgroup, found.group(), found.start(), found.end())
                for found in _KNOWN.finditer(text)]
    for found in _UNKNOWN.finditer(text):
        group = "name" if found.group("name") else "name_en"
        start, end = found.span(group)
        if not any(m.start < end and start < m.end for m in mentions):
            mentions.append(NetworkMention(slugify(found.group(group)), found.group(group), start, end))
    return sorted(mentions, key=lambda mention: mention.start)


def first_network(text: str) -> NetworkMention | None:
    """The first network named in `text` (a heading, a title), if any."""
    mentions = find_networks(text)
    return mentions[0] if mentions else None


def network_ids(text: str) -> list[str]:
    """The distinct networks named in `text`, in order of first mention."""
    return list(dict.fromkeys(mention.network_id for mention in find_networks(text)))
