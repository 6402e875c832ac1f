"""What one sentence states about a network: counts, founding date and place, seat, when Paris joined,
who presides. Each finder returns `Claim`s located in the sentence; which network a claim is about is
decided by the caller (facts.py), from the network names around it."""

import re
from dataclasses import dataclass
from datetime import date

from .dates import date_at
from .networks import NetworkMention, find_networks
from .numbers import find_counts, format_count

ATTRIBUTE_OF_UNIT = {
    "cities": "member_cities",
    "associations": "member_associations",
    "countries": "member_countries",
    "regions": "regions",
    "projects": "projects",
    "inhabitants": "population_threshold",
}


@dataclass(frozen=True)
class Claim:
    attribute: str
    value: str
    position: int  # where in the sentence the claim starts, to find the network it is about
    value_num: float | None = None
    value_date: str | None = None
    qualifier: str = "exact"
    unit: str | None = None
    about: NetworkMention | None = None  # set when the wording itself names the network ("présidente du C40")


_UPPER = "A-ZÀ-ÖØ-Þ"
# `(?=[...])` after `\b`: the first letters of the words that follow, so that most positions fail at once
# instead of trying every word.
_PLACE = rf"[{_UPPER}][\w’'\-]*(?:[ \-](?:de |del |da |do |la )?[{_UPPER}][\w’'\-]*)*"
_FOUNDED = re.compile(
    rf"\b(?=[cfnvesl])(?:cré[ée]e?s?|fond[ée]e?s?|née?s?|vu le jour|founded|created|established|set up|launched)\s+"
    rf"(?:(?:à|in)\s+(?P<place_before>{_PLACE})\s+)?(?:en|le|au mois d['’]|in|on)\s+", re.IGNORECASE)
_PLACE_AFTER_DATE = re.compile(rf"\s*,?\s+(?:à|in)\s+(?P<place>{_PLACE})")
_HEADQUARTERS = re.compile(
    rf"\b(?=[bish])(?:(?:basée?s?|installée?s?|implantée?s?|siégeant|headquartered|based)\s+(?:à|in)"
    rf"|siège\s+(?:social\s+)?(?:est\s+)?(?:installé\s+|situé\s+)?(?:à|a)"
    rf"|headquarters\s+(?:(?:is|are)\s+)?(?:located\s+)?in)\s+(?P<place>{_PLACE})", re.IGNORECASE)
# "auquel la Ville a adhéré en 2002", "membre du réseau ICORN depuis 2011", "Paris joined it in 2002".
_JOIN_VERB = re.compile(r"\b(?=[arij])(?:adhéré|adhère|adhésion|rejoint|intégré|joined|joining)\b", re.IGNORECASE)
_MEMBER_SINCE = re.compile(r"\b(?=[ma])(?:membre|adhérente?|member)\b[^.;]{0,120}?\b(?:depuis|since)\s+", re.IGNORECASE)
_DATE_CUE = re.compile(r"\b(?:en|le|depuis|in|on|since)\s+", re.IGNORECASE)
_JOIN_WINDOW = 80
_PERSON_END = r"(?=\s*(?:[,;.()]|$)|\s+(?:depuis|et|qui|réunit|rassemble|since|and|which|who)\b)"
_PRESIDED_BY = re.compile(
    rf"\b(?=[pch])(?:présidée?s?\s+par|(?:chaired|presided(?:\s+over)?|headed)\s+by)\s+(?P<who>[^,;.()]+?){_PERSON_END}",
    re.IGNORECASE)
# Starts at a word start only: tried inside a long capitalised token, it would rescan the token from every letter.
_NAME = rf"(?<![\w\-])[{_UPPER}][\w\-]+(?:\s+[{_UPPER}][\w\-]+){{1,2}}"
_NAMED_PRESIDENT = re.compile(
    rf"(?P<who>{_NAME})(?:,\s*(?i:maire|mayor)[^,]{{0,30}},)?,?\s+"
    rf"(?i:(?:a été |est |was |has been |is )?(?:(?:ré)?élue?|(?:re-)?elected)?\s*(?:à la )?(?:the )?)"
    rf"(?i:(?:co-)?(?:présidente?|présidence|chair(?:woman|man)?|president))\s+"
    rf"(?i:de la |du |des |de |d['’]|of (?:the )?)(?:l['’])?")
# "autour de sa présidente, Anne Hidalgo": the network is the one the sentence is about.
_ITS_PRESIDENT = re.compile(
    rf"\b(?i:sa |son |its )(?i:présidente?|president|chair(?:woman|man)?),\s+(?P<who>{_NAME})")
# "Quarante-cinq ans après sa fondation à Québec": where, without when.
_FOUNDATION_PLACE = re.compile(rf"\b(?:sa|leur) fondation,? à (?P<place>{_PLACE})", re.IGNORECASE)
# "Anne Hidalgo, Maire de Paris, la préside depuis 2014": the network is the one the sentence is about.
# Present tense only: "l'a présidé de 2016 à 2019" names a former president.
_PRESIDES_IT = re.compile(
    rf"(?P<who>{_NAME})(?:,\s*(?i:maire|mayor)[^,]{{0,30}},)?\s+"
    rf"(?i:(?:la |le |l['’])préside|(?:chairs|presides over) (?:it|the network))\b")


def _counts(sentence: str) -> list[Claim]:
    return [Claim(ATTRIBUTE_OF_UNIT[count.unit], format_count(count.value), count.start,
                  value_num=count.value, qualifier=count.qualifier, unit=count.unit)
            for count in find_counts(sentence)]


def _founding(sentence: str, base: date | None) -> list[Claim]:
    claims = []
    for found in _FOUNDED.finditer(sentence):
        dated = date_at(sentence, found.end(), base)
        if dated is None:
            continue
        when, end = dated
        claims.append(Claim("founded", when.iso(), found.start(), value_date=when.iso()))
        place = found.group("place_before")
        after = _PLACE_AFTER_DATE.match(sentence, end)
        place = place or (after.group("place") if after else None)
        if place:
            claims.append(Claim("founded_place", place, found.start()))
    if not claims:
        claims += [Claim("founded_place", found.group("place"), found.start())
                   for found in _FOUNDATION_PLACE.finditer(sentence)]
    return claims


def _headquarters(sentence: str) -> list[Claim]:
    return [Claim("headquarters", found.group("place"), found.start())
            for found in _HEADQUARTERS.finditer(sentence)]


def _first_date_after(sentence: str, start: int, base: date | None) -> str | None:
    for cue in _DATE_CUE.finditer(sentence, start, min(len(sentence), start + _JOIN_WINDOW)):
        dated = date_at(sentence, cue.end(), base)
        if dated:
            return dated[0].iso()
    return None


def _joined(sentence: str, base: date | None) -> list[Claim]:
    claims = []
    for verb in _JOIN_VERB.finditer(sentence):
        when = _first_date_after(sentence, verb.end(), base)
        if when:
            claims.append(Claim("joined", when, verb.start(), value_date=when))
    for member in _MEMBER_SINCE.finditer(sentence):
        dated = date_at(sentence, member.end(), base)
        if dated and not any(claim.value == dated[0].iso() for claim in claims):
            claims.append(Claim("joined", dated[0].iso(), member.start(), value_date=dated[0].iso()))
    return claims


def _president(sentence: str, mentions: list[NetworkMention]) -> list[Claim]:
    claims = [Claim("president", found.group("who").strip(), found.start())
              for found in _PRESIDED_BY.finditer(sentence)]
    claims += [Claim("president", found.group("who"), found.start()) for found in _PRESIDES_IT.finditer(sentence)]
    claims += [Claim("president", found.group("who"), found.start()) for found in _ITS_PRESIDENT.finditer(sentence)]
    for found in _NAMED_PRESIDENT.finditer(sentence):
        # "présidente du C40": only a network named right after the title makes it a claim.
        named = next((mention for mention in mentions if mention.start == found.end()), None)
        if named:
            claims.append(Claim("president", found.group("who"), found.start(), about=named))
    return claims


def find_claims(sentence: str, base: date | None, mentions: list[NetworkMention] | None = None) -> list[Claim]:
    """Every claim the sentence makes, in reading order. `base` resolves dates written without a year;
    `mentions` are the sentence's networks when the caller has found them already."""
    if mentions is None:
        mentions = find_networks(sentence)
    claims = (_counts(sentence) + _founding(sentence, base) + _headquarters(sentence)
              + _joined(sentence, base) + _president(sentence, mentions))
    return sorted(claims, key=lambda claim: claim.position)
