"""A sentence about a part of a network (its Bureau, a programme, a part named after it): the seat of the network
the part belongs to, and the counts of the body that organises it."""

import re
from datetime import date

from .. import count_context
from ..networks import NetworkMention
from .common import _NETWORK_AS_SUCH, _PART_NAMED_AFTER_NETWORK, _PLACE, Claim
from .counts import _counts

# A part of a network as the sentence's subject, after an opening clause if any: "Créé en 1991, le forum Culture
# rassemble une centaine de villes", "the Culture Forum", "das Kulturforum", "el grupo de trabajo", "il forum".
_PART_AS_SUBJECT = re.compile(
    r"(?:[^,;.]{0,80},\s*)?"
    # the part told apart by a word for "alone" before it: "Allein die Arbeitsgruppe Kultur zählt 90 Städte"
    r"(?:(?:allein|alleine|only|seul|seule|solo|sólo|soltanto)\s+)?"
    r"(?:le|la|les|l['’]|the|its|this|son|sa|ce|cette|der|die|das|sein|ihr|dieser|diese|el|los|su"
    r"|este|esta|il|lo|i|suo|questo|questa"
    # the part as an indirect object: "Dem Wirtschaftsforum von Eurocities gehören 70 Städte an", "Al foro se suman"
    r"|dem|al|au|nel|nella)\s+"
    r"(?P<part>(?:\w+\s+|\w+-)??(?:forum|groupe\s+de\s+travail|commission|comité|bureau|conseil|working\s+group"
    r"|committee|board|task\s+force|\w*forum|arbeitsgruppe|arbeitskreis|kommission|ausschuss|vorstand|foro"
    r"|grupo\s+de\s+trabajo|comisión|consejo|gruppo\s+di\s+lavoro|commissione|comitato|consiglio"
    # a sub-network and a thematic unit: "The music sub-network alone now counts some 70 cities", "La Unidad Temática
    # de Cultura de Mercociudades reúne por sí sola a 80 ciudades"
    r"|sub-?network|sous-r[ée]seau|teilnetzwerk|subred|sottorete|unidad\s+tem[áa]tica|thematic\s+unit"
    r"|unità\s+tematica))\b"
    # the city's own council approves its joining: "Il Consiglio comunale ha approvato l'adesione"
    r"(?!\s+(?:municipal|comunale|communal|de\s+paris|de\s+la\s+ville|metropolitano|de\s+la\s+m[ée]tropole))"
    # an office told by where it is, the network's seat, not a body meeting: "Son bureau se trouve à Bruxelles"
    r"(?!\s+(?:se\s+trouve|est(?:\s+(?:situé|installé|basé|établi))?)\s+à\s)"
    # or decides on its membership, named by its noun alone: "Le conseil a renouvelé la cotisation de la Ville au
    # réseau, qui compte 300 villes", "The council approved the city's membership", "Il consiglio ha approvato"
    r"(?!\s+(?:a|has|ha|hat)\s+(?:renouvelé|approuvé|adopté|voté|décidé|renewed|approved"
    r"|adopted|voted|agreed|decided|rinnovato|approvato|deliberato|erneuert|beschlossen|genehmigt)\b"
    r"|\s+(?:aprobó|renovó|acordó|approved|renewed|voted|agreed|decided|approvò|beschloss|genehmigte)\b)",
    re.IGNORECASE)


# A programme, a project, a declaration or a campaign of a network as the subject, or a part after the network's
# possessive: "Le programme Cities4Climate d'Eurocities réunit 25 villes", "l'initiative ... compte 30 villes", "The
# pilot programme brings together 12 Eurocities members", "UCLG's Culture Committee gathers 100 cities": its members,
# date and chair are its own.
_PROGRAMME_AS_SUBJECT = re.compile(
    r"(?:[^,;.]{0,80},\s*)?(?:(?:le|la|les|the|its|this|son|sa|ce|cette|el|los|su|este|esta|il|lo|suo|questo|questa"
    r"|der|die|das|ihr|sein)\s+|l['’]\s*|\w[\w-]*['’]s?\s+)"
    r"(?P<part>(?:\w+\s+|\w+-)??(?:programme|program|programa|programma|programm"
    # not "su iniziativa del sindaco", "on the initiative of": who started something
    r"|(?:initiative|iniciativa|iniziativa)(?!\s+(?:de|del|della|dello|dei|di|of|du|des|d['’]|von|der)\b)"
    r"|projet|project|proyecto|progetto|projekt|déclaration|declaration|declaración|dichiarazione|erklärung"
    r"|pilot|pilote|piloto|pilota|pilotprojekt"
    r"|pledge|charte|charter|campagne|campaign|campaña|campagna|kampagne"
    r"|forum|committee|working\s+group|task\s+force|board|commission|comité))\b", re.IGNORECASE)


# What the subject is said to be: "the PCP program is a network of more than 500 municipalities", "le programme est
# un réseau de", "das Programm ist ein Netzwerk von", "el programa es una red de", "il programma è una rete di".
_IS_A_NETWORK_AFTER = re.compile(
    r"\s+(?:is|est|ist|es|è)\s+(?:a|an|un|une|ein|eine|una)\s+(?:[\w-]+\s+)?(?:network|alliance|coalition|réseau"
    r"|netzwerk|bündnis|red|alianza|coalición|rete|alleanza|coalizione)\b", re.IGNORECASE)


def _programme_as_subject(sentence: str, mentions: list[NetworkMention]) -> re.Match | None:
    """A programme as the subject, unless the network is named right after its noun ("Die Initiative Mayors for Peace
    wurde 1982 ins Leben gerufen"), or names it and the sentence says it is a network ("the PCP program is a network of
    500 municipalities"): then the noun is what the network is."""
    found = _PROGRAMME_AS_SUBJECT.match(sentence)
    if found and any(sentence[found.end("part"):mention.start].strip() == "" and mention.start >= found.end("part")
                     for mention in mentions):
        return None
    if found and _IS_A_NETWORK_AFTER.match(sentence, found.end()) and any(
            found.start("part") <= mention.start < found.end("part") for mention in mentions):
        return None
    return found


_NETWORK_RESTATED = re.compile(
    r",\s+(?:the|le|la|l['’]|das|die|der|el|il)\s*(?:[\w-]+\s+)?(?:network|réseau|rete|red|netzwerk|verband"
    r"|association|organisation|organization|alliance|union)\b", re.IGNORECASE)


_ARTICLE_ONLY = re.compile(r"\s*(?:the\s+)?", re.IGNORECASE)


# The city's own work in a network as the subject: "The city's Eurocities office was set up in 1999 in Brussels".
_CITYS_OWN = re.compile(r"\s*(?:our|the\s+(?:city|council)['’]s)\s+", re.IGNORECASE)
_CITYS_OWN_PART = re.compile(r"\s+(?:office|team|delegation|representation|project|programme|program)\b",
                             re.IGNORECASE)


def _part_named_after_network_as_subject(sentence: str, mentions: list[NetworkMention]) -> bool:
    """"The Eurocities Culture Forum was set up in 2002": the sentence opens on a part named after its network."""
    if not mentions:
        return False
    first = mentions[0]
    if _CITYS_OWN.fullmatch(sentence, 0, first.start):
        return bool(_CITYS_OWN_PART.match(sentence, first.end))
    return _ARTICLE_ONLY.fullmatch(sentence, 0, first.start) is not None and bool(
        _PART_NAMED_AFTER_NETWORK.match(sentence, first.end))


_SEAT_RIGHT_AFTER = re.compile(
    rf",?\s+(?i:mit\s+(?:haupt)?sitz\s+in|basée?\s+à|(?:based|headquartered)\s+in|con\s+sede\s+(?:en|a|in))"
    rf"\s+(?P<place>{_PLACE})")


def _seat_of_the_parts_network(sentence: str, mentions: list[NetworkMention]) -> list[Claim]:
    ends = [mention.end for mention in mentions] + [found.end() for found in _NETWORK_AS_SUCH.finditer(sentence)]
    return [Claim("headquarters", seat.group("place"), end) for end in sorted(ends)
            if (seat := _SEAT_RIGHT_AFTER.match(sentence, end))]


def _counts_of_the_organiser(sentence: str, base: date | None) -> list[Claim]:
    """"Le forum est organisé par Cités Unies France, qui fédère près de 500 collectivités": a part or an event as the
    subject, and its organiser described as it is in a relative clause: the count there is the organiser's."""
    return [claim for claim in _counts(sentence, base)
            if count_context.describes_the_organiser(sentence, 0, claim.position)]


def _about_a_part(sentence: str, mentions: list[NetworkMention]) -> bool:
    """The sentence's subject is a forum, a working group, a board of a network, not the network: what it counts,
    when it was founded and who chairs it are the part's."""
    if _part_named_after_network_as_subject(sentence, mentions):
        return True
    found = _PART_AS_SUBJECT.match(sentence) or _programme_as_subject(sentence, mentions)
    # "the Eurocities working group" is a part; "the European Forum for Urban Security" is a network named so
    if not found or any(mention.start < found.end("part") <= mention.end for mention in mentions):
        return False
    # "The forum is one of the groups of Eurocities, the network of Europe's major cities, founded in 1986": the
    # network named again as such, what follows is its own.
    return not any(_NETWORK_RESTATED.match(sentence, mention.end) for mention in mentions)
