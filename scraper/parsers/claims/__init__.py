"""What one sentence states about a network: counts, founding date and place, seat, when Paris joined,
who presides. Each finder returns `Claim`s located in the sentence; which network a claim is about is
decided by the caller (facts.py), from the network names around it.
Each family of rules lives in a module of its own; `find_claims` runs them in turn."""

import re
from datetime import date

from ..networks import NetworkMention, find_networks
from ..text import literal_alternation
from .clause_dates import _with_the_entrys_finer_date
from .common import ATTRIBUTE_OF_UNIT, Claim
from .counts import _counts
from .filters import (
    _begins_a_joinings_procedure,
    _dates_a_listing,
    _describes_no_one,
    _founded_in_a_country,
    _founds_another_clauses_subject,
    _joined_by_a_count_of_members,
    _joins_a_networks_text,
    _seat_of_a_chapter,
    _seat_of_the_world_body,
    _seated_in_a_country,
)
from .founding import (
    _founding,
    _founding_dated_back,
    _network_dated_back,
    _network_gathering_since,
    _promoted_network,
    _promoted_network_as_such,
    _where_the_founders_met,
)
from .founding_members import (
    _founded_the_same_year,
    _founded_when_its_founding_member_joined,
    _founding_member_joined_at_founding,
    _founding_members_joined_in_the_year,
    _member_since_founding,
    _without_founding_members_later_dates,
    joins_at_founding,
    names_a_founding_member,
)
from .joining import (
    _NOT_A_MEMBER,
    _coordinated_dates_before,
    _joined,
    _joined_named_objects,
    _joining_named_in_a_timeline_entry,
    _listed_joinings,
    _member_by_the_opening_decision,
    _membership_began,
    _year_named_for_the_joining,
    dates_a_decision,
)
from .labels import (
    _founded_in_a_place_label,
    _labelled,
    _labelled_after_a_network,
    _labelled_in_parentheses,
    _labelled_rows,
    _labelled_without_colon,
    _value_then_label,
    _year_since_alone,
    city_of_a_joining_label,
    is_a_year_since_alone,
)
from .parts import _about_a_part, _counts_of_the_organiser, _seat_of_the_parts_network
from .presiding import _president
from .seat import _headquarters, _place_then_its_seat, _towns_of_their_streets, seat_there_unnamed
from .signing import (
    _SIGNING_HINT,
    _network_signed_in_a_timeline_entry,
    _network_signed_in_an_opening_phrase,
    _signed,
    signed_it,
)
from .taking_part import (
    _TAKING_PART_HINT,
    _city_of_the_network_since,
    _network_row_since,
    _since_after_a_network,
    _takes_part_since,
    _takes_part_since_its_opening_date,
    _works_within_the_network_since,
    _year_of_a_listed_membership,
)

# Word stems each kind of claim needs: a sentence without any is not searched with that kind's patterns (a
# substring test costs a fraction of a pattern's scan, and most sentences make no claim at all).
_FOUNDING_STEMS = ("cré", "fond", "né", "vu le jour", "voit le jour", "institu", "came into", "existiert", "besteht",
                   "found", "crea", "funda", "entsteht", "born", "birth", "nascita", "nascono", "nacimiento",
                   "launch", "lance", "lanza", "lancia", "startet", "starten",
                   "existed",
                   "founded", "created", "establish", "set up", "formed", "launch", "gegründet", "gründ",
                   "ins leben", "lanc", "lanz", "entstand", "inaugural", "founding", "costitutiv", "se creó", "se creo",
                   " naît", " nait", "nasce ", " nace", "creation", "creación", "creazione",
                   "fundad", "fundó", "fundación", "cread", "naci", "constitu", "costitu", "fondat", "nat", "istituit",
                   "foundation", "fondazione", "en marcha", "naissance",
                   "creat", "vio la luz", "visto la luce", "fundacional", "fondativ", "constitutiv",
                   "born",
                   "fusion", "fusión", "origin", "orígen", "origen", "gründung erfolgte", "tuvo lugar", "avvenuta",
                   "dates back", "dates from", "goes back", "remonte", "se remonta", "risale", "date de",
                   "impulsad", "promovid", "auspiciad", "promoss", "avviat", "initié", "initiated",
                   "iniciad")
_SEAT_STEMS = ("bas", "instal", "domicil", "main office", "beheimatet", "angesiedelt", "hq",
               "implant", "siég", "siège", "head", "seat", "sitz", "sekretariat", "ansässig",
               "radicad", "sede", "secr", "segretariato", "geschäftsstelle", "koordinierungsstelle",
               "ubicad", "con base", "oficinas centrales", "uffici centrali", "office in", "su oficina",
               "segreteria", "run from", "coordinated from", "managed from", "administered from", "depuis",
               "desde", "aus koordiniert", "aus geleitet", "aus gesteuert", "office is", "office are", "oficina",
               "uffici", "büro", "abrite", "ospita", "bureau", "offices", "établi", "establ", "located", "stabilit",
               "insediat", "quartier generale")
_JOINING_STEMS = ("adh", "rejoint", "rejoindre", "intégr", "join", "signed up", "beizutreten", "unirse", "se sum",
                  "became", "diventat", "convirti", "becoming", "se integr", "se ha integr", "pasa a formar",
                  "tritt", "intègr", "entra ", "entre ", "diventa", "unisce", "se une", "associa", "signs up",
                  "signed on",
                  "schließt sich", "schliesst sich", "entrée", "ingreso", "ingresso", "accession", "aufnahme",
                  "entrada", "entry", "enters", "eintritt",
                  "incorpor", "beitr", "beigetr", "angeschlossen", "trat", "uni",
                  "adhir", "ingres", "ader", "ades",
                  "entrat", "signatai", "signator", "unterzeichner", "firmante", "firmatari",
                  "membr", "member", "mitglied", "miembro", "appart", "partie", "belong", "gehört", "pertenece",
                  "parte", "part of", "teil des", "teil der", "teil von", "socio ", "socia ", "socios", "socias",
                  "pertenencia",
                  "ville créative", "ville unesco",
                  "ville refuge", "città creativa", "città unesco", "città rifugio", "ciudad creativa", "ciudad unesco",
                  "ciudad refugio", "creative city", "unesco city", "city of refuge", "zufluchtsstadt", "kreativstadt",
                  "admitted", "signator", "signataire", "unterzeichner", "firmant", "firmatari",
                  "se asoci", "è associat", "fundador", "fondatric", "fondator",
                  "founding", "helped found", "helped to found", "founders", "mitbegründ", "gründungsstadt",
                  "dabei", "an der gründung", "zu den", "cities that", "cities which", "cities who", "villes qui ont",
                  "ciudades que", "città che",
                  "cofond", "co-fond", "à la fondation", "à la création", "entrée au sein", "son entrée",
                  "en la creación", "en la fundación", "alla fondazione", "alla creazione", "in the creation",
                  "rejoign", "admis",
                  "admitid", "ammess", "aufgenommen", "affili", "integrante", "asociad", "iscritt", "involvement",
                  "participation", "participación", "partecipazione",
                  "city of ", "ciudad de", "ciudad del", "ville de", "ville du", "città del", "reconoci", "design",
                  "nombr", "nomm", "labellis", "nominat", "riconosciut",
                  "educadora", "éducatrice", "educativa", "educating", "of sanctuary", "amie des enfants",
                  "amiga de la infancia", "amica dei bambini", "friendly city", "kinderfreundliche", "klimabündnis-")
_PRESIDING_STEMS = ("presid", "présid", "präsid", "chair", "vorsitz", "presied", "leitet", "led by", "headed",
                    "guidat", "encabezad", "al frente", "alla guida", "spitze", "geführt", "steht", "à la tête",
                    "à sa tête")


# Every phrase of `_NOT_A_MEMBER` holds one of these: a sentence without any is not searched (most sentences).
_NOT_A_MEMBER_CUES = ("memb", "miembro", "mitglied", "nicht mehr", "più", "partie", "no longer", "ya no", "sin ")
_SINCE_HINT = re.compile(r"since|depuis|seit|desde|dal")


def _hint(stems: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(literal_alternation(stems))


_FOUNDING_HINT, _SEAT_HINT, _JOINING_HINT, _PRESIDING_HINT = map(
    _hint, (_FOUNDING_STEMS, _SEAT_STEMS, _JOINING_STEMS, _PRESIDING_STEMS))


def find_claims(sentence: str, base: date | None, mentions: list[NetworkMention] | None = None) -> list[Claim]:
    """Every claim the sentence makes, in reading order. `base` resolves dates written without a year;
    `mentions` are the sentence's networks when the caller has found them already."""
    if mentions is None:
        mentions = find_networks(sentence)
    if _about_a_part(sentence, mentions):
        # "Le Bureau se réunira à Paris, au siège de l'association": the seat of the network named as such
        return (_seat_of_the_parts_network(sentence, mentions) or _place_then_its_seat(sentence, mentions)
                ) + _counts_of_the_organiser(sentence, base)
    lowered = sentence.lower()
    claims = ((_labelled_rows(sentence, base) or _labelled(sentence, base) or _founded_in_a_place_label(sentence, base)
               or _labelled_after_a_network(sentence, base, mentions)
               or _labelled_in_parentheses(sentence, base) or _value_then_label(sentence, base)) if ":" in sentence
              else _labelled_without_colon(sentence, base) or _year_since_alone(sentence)
              or _value_then_label(sentence, base))
    if not claims:
        # read once for the sentence: the joining and taking part rules below each ask it
        a_member = not (any(cue in lowered for cue in _NOT_A_MEMBER_CUES) and _NOT_A_MEMBER.search(lowered))
        if _FOUNDING_HINT.search(lowered):
            claims += _founding(sentence, base, "gegründet" in lowered or "ins leben gerufen" in lowered, mentions)
            if not any(claim.attribute == "founded" for claim in claims):
                claims += (_founding_dated_back(sentence, base, mentions)
                           or _network_dated_back(sentence, base, mentions))
            if not any(claim.attribute == "founded" for claim in claims):
                claims += _promoted_network(sentence, base, mentions) or _promoted_network_as_such(sentence, base)
            claims += _where_the_founders_met(sentence, claims)
        if _SEAT_HINT.search(lowered):
            claims += _towns_of_their_streets(sentence, _headquarters(sentence, mentions))
        if a_member and mentions and lowered[:1].isdigit():
            claims += _network_signed_in_a_timeline_entry(sentence, base, mentions)
        if a_member and mentions and _SIGNING_HINT.search(lowered, 0, 40):
            claims += _network_signed_in_an_opening_phrase(sentence, base, mentions)
        if _JOINING_HINT.search(lowered) and a_member:
            claims += _joined_named_objects(sentence, mentions, _joined(sentence, base))
            if not any(claim.attribute == "joined" for claim in claims):
                claims += _joining_named_in_a_timeline_entry(sentence, base, mentions)
            claims += _listed_joinings(sentence, base, mentions, claims)
            if len(mentions) > 1 and (listed := _coordinated_dates_before(sentence, base, mentions)):
                # the date the list gives the second network is not also the first's
                claims = [claim for claim in claims if not (claim.attribute == "joined" and claim.about is None and any(
                    claim.value == other.value for other in listed))] + listed
            claims += _membership_began(sentence, base, claims)
            if not any(claim.attribute == "joined" for claim in claims):
                claims += (_member_by_the_opening_decision(sentence, base)
                           or _year_named_for_the_joining(sentence, mentions))
        if _TAKING_PART_HINT.search(lowered) and a_member:
            claims += [claim for claim in _takes_part_since(sentence, base, mentions)
                       if not any(other.attribute == "joined" for other in claims)]
        if not any(claim.attribute == "joined" for claim in claims) and a_member:
            claims += (_takes_part_since_its_opening_date(sentence, base, mentions)
                       or _works_within_the_network_since(sentence, base, mentions))
        if mentions and not any(claim.attribute == "joined" for claim in claims):
            claims += (_city_of_the_network_since(sentence, base, mentions) or _network_row_since(sentence, mentions)
                       or _year_of_a_listed_membership(sentence, mentions))
        if "(" in sentence and a_member:
            claims += [claim for claim in _since_after_a_network(sentence, base, mentions)
                       if not any(other.attribute == "joined" and other.value == claim.value for other in claims)]
        if _SIGNING_HINT.search(lowered):
            claims += _signed(sentence, base, mentions)
        if _PRESIDING_HINT.search(lowered):
            claims += _president(sentence, mentions)
        if mentions and _SINCE_HINT.search(lowered) and (gathering := _network_gathering_since(sentence, mentions)):
            # the year of the network's clause is its founding, not the city's joining
            claims = [claim for claim in claims if not (claim.attribute in ("joined", "founded")
                                                         and claim.value == gathering[0].value)] + gathering
        claims += _member_since_founding(sentence, base, claims)
        claims += _founded_the_same_year(sentence, claims)
        claims = _founding_member_joined_at_founding(sentence, claims)
        claims += _founded_when_its_founding_member_joined(sentence, claims)
        claims = _without_founding_members_later_dates(sentence, claims)
    claims = _with_the_entrys_finer_date(sentence, claims, base)
    claims = _founding_members_joined_in_the_year(sentence, claims)
    # "the 100 Resilient Cities programme": a number inside a network's name counts nothing
    claims += [claim for claim in _counts(sentence, base)
               if not any(mention.start <= claim.position < mention.end for mention in mentions)]
    claims = [claim for claim in claims
              if not (_founded_in_a_country(sentence, claim) or _seated_in_a_country(sentence, claim)
                      or _seat_of_a_chapter(sentence, claim, mentions)
                      or _joins_a_networks_text(sentence, claim, mentions)
                      or _begins_a_joinings_procedure(sentence, claim)
                      or _joined_by_a_count_of_members(sentence, claim)
                      or _dates_a_listing(sentence, claim, mentions)
                      or _founds_another_clauses_subject(sentence, claim, mentions)
                      or _describes_no_one(claim))]
    claims = [_seat_of_the_world_body(sentence, claim, mentions) for claim in claims]
    return sorted(claims, key=lambda claim: claim.position)


__all__ = [
    "ATTRIBUTE_OF_UNIT",
    "Claim",
    "city_of_a_joining_label",
    "dates_a_decision",
    "find_claims",
    "is_a_year_since_alone",
    "joins_at_founding",
    "names_a_founding_member",
    "seat_there_unnamed",
    "signed_it",
]
