"""Network names, whatever the language or spelling, as the stable ids of the data contract."""

import re

import pytest

from scraper.parsers.networks import (
    _A_MEMBERS_ORGANISATION,
    _CASE_BLIND_LETTERS,
    _CROSS_BORDER,
    _KNOWN,
    _NETWORK_OF_GROUP,
    KNOWN_NETWORKS,
    _characters_after_the_start,
    _split_start,
    find_networks,
    first_network,
    network_ids,
    slugify,
)
from scraper.parsers.text import CaseBlindSearch
from scraper.parsers.vocabulary import NETWORKS


@pytest.mark.parametrize("written, network_id", [
    ("CGLU", "uclg"), ("C.G.L.U", "uclg"), ("Cités et gouvernements locaux unis", "uclg"),
    ("Cités et Gouvernements Locaux Unis", "uclg"), ("UCLG", "uclg"), ("United Cities and Local Governments", "uclg"),
    ("A.I.M.F", "aimf"), ("L’A.I.M.F", "aimf"), ("L'A.I.M.F", "aimf"), ("AIMF", "aimf"),
    ("Association internationale des maires francophones", "aimf"),
    ("International Association of Francophone Mayors", "aimf"),
    ("Eurocities", "eurocities"), ("Eurocités", "eurocities"), ("EUROCITIES", "eurocities"),
    ("U.C.U.E", "ucue"), ("L’U.C.U.E", "ucue"), ("UCUE", "ucue"), ("UCEU", "ucue"),
    ("Union des capitales de l’Union européenne", "ucue"), ("Union des capitales de l'Union européenne", "ucue"),
    ("Union of the Capitals of the European Union", "ucue"),
    ("ICORN", "icorn"), ("Réseau international des villes refuges", "icorn"),
    ("Réseau International des Villes Refuges", "icorn"), ("International Cities of Refuge Network", "icorn"),
    ("Metropolis", "metropolis"), ("C40", "c40"), ("C40 Cities", "c40"),
    ("Parlamento Global de Alcaldes", "global-parliament-of-mayors"),
    ("Globales Parlament der Bürgermeister", "global-parliament-of-mayors"),
    ("Parlement mondial des maires", "global-parliament-of-mayors"),
    ("Parlamento globale dei sindaci", "global-parliament-of-mayors"),
    ("Organisation der Welterbestädte", "owhc"), ("Organización de Ciudades del Patrimonio Mundial", "owhc"),
    ("Organizzazione delle Città del Patrimonio Mondiale", "owhc"),
    ("Alianza del Clima", "climate-alliance"), ("Alleanza per il Clima", "climate-alliance"),
])
def test_every_spelling_maps_to_one_network_id(written, network_id):
    assert network_ids(f"Paris et {written}, un réseau actif.") == [network_id]


def test_a_heading_with_its_decoration_names_its_network():
    mention = first_network("Puce municipalité C.G.L.U")
    assert (mention.network_id, mention.name) == ("uclg", "C.G.L.U")


def test_the_name_is_kept_as_written_without_the_article():
    assert first_network("L’A.I.M.F").name == "A.I.M.F"


def test_mentions_come_in_reading_order_with_their_positions():
    text = "Créée en mai 2004, Cités et gouvernements locaux unis (C.G.L.U) coopère avec Metropolis."
    mentions = find_networks(text)
    assert [m.network_id for m in mentions] == ["uclg", "uclg", "metropolis"]
    assert [text[m.start:m.end] for m in mentions] == [m.name for m in mentions]


@pytest.mark.parametrize("text", [
    "Paris est une metropolis animée.",  # the English word, not the network
    "Un réseau de 113 métropoles européennes.",
    "L'association des maires de France.",
    "Les AIMFX et CGLUS ne sont pas des réseaux.",
])
def test_words_that_only_look_like_a_network_are_not_one(text):
    assert find_networks(text) == []


@pytest.mark.parametrize("text, network_id, name", [
    ("Paris a rejoint le réseau Energy Cities en 2010.", "energy-cities", "Energy Cities"),
    ("Elle participe au réseau Villes Lumière.", "villes-lumiere", "Villes Lumière"),
    ("Paris joined the Mayors for Peace network.", "mayors-for-peace", "Mayors for Peace"),
])
def test_an_unknown_network_introduced_by_name_gets_a_slug(text, network_id, name):
    mention = first_network(text)
    assert (mention.network_id, mention.name) == (network_id, name)


def test_a_known_network_introduced_as_le_reseau_keeps_its_id():
    assert network_ids("membre active du réseau ICORN depuis 2011") == ["icorn"]


def test_network_ids_lists_each_network_once_in_order_of_first_mention():
    assert network_ids("CGLU, l'AIMF, puis encore CGLU et le C40.") == ["uclg", "aimf", "c40"]


def test_slugify_drops_accents_and_punctuation():
    assert slugify("Réseau « Villes & Santé »") == "reseau-villes-sante"


@pytest.mark.parametrize("apostrophe", ["'", "’", "‘", "ʼ"])
def test_a_networks_id_does_not_depend_on_how_its_apostrophe_is_typed(apostrophe):
    assert slugify(f"Association des villes de l{apostrophe}océan Indien") == "association-des-villes-de-l-ocean-indien"


@pytest.mark.parametrize("written", ["Cités Unies France", "Cités unies France", "CITÉS UNIES FRANCE"])
def test_the_french_section_of_uclg_is_a_network_of_its_own(written):
    text = f"La Ville est adhérente de {written}, la section française de CGLU."
    assert network_ids(text) == ["cites-unies-france", "uclg"]


@pytest.mark.parametrize("text, found", [
    ("Cglu et Metropolis", [("metropolis", "Metropolis")]),  # an acronym keeps its case, its first letters too
    ("la metropolis et la METROPOLIS", [("metropolis", "METROPOLIS")]),
    ("CGLU, C.G.L.U. et Cités et gouvernements locaux unis", [("uclg", "CGLU"), ("uclg", "C.G.L.U"),
                                                             ("uclg", "Cités et gouvernements locaux unis")]),
    ("l'aſſociation internationale des maires francophones", []),  # a long s is no s of the vocabulary's
    ("C40s, xC40, C40 Cities", [("c40", "C40 Cities")]),
])
def test_network_spellings_match_from_their_own_first_letters(text, found):
    assert [(mention.network_id, mention.name) for mention in find_networks(text)] == found


def test_a_case_blind_letter_is_sorted_by_every_character_it_matches():
    every_character = "".join(map(chr, (*range(0xD800), *range(0xE000, 0x110000))))
    # One pass over every character keeps those any of the letters matches; each letter is then tried on those
    # alone, rather than on every character again.
    candidates = "".join(set(re.findall(f"(?i:{'|'.join(_CASE_BLIND_LETTERS)})", every_character)))
    assert sorted(_CASE_BLIND_LETTERS) == list("abcdefghijklmnopqrstuvwxyz")
    for letter, matched in _CASE_BLIND_LETTERS.items():
        assert set(re.findall(f"(?i:{letter})", candidates)) == matched
    assert _CASE_BLIND_LETTERS["i"] == {"i", "I", "İ", "ı"}  # and the kelvin sign for "k", the long s for "s"


@pytest.mark.parametrize("spelling, characters", [
    (r"(?i:eurocities)", "rocities"),  # the "i" too, as the class of "i", "I", "ı" and "İ"
    (r"(?i:metropolis)", "tropolis"), (r"(?i:c40 cities\b)", "0 cities"), (r"(?i:c\.g\.l\.u)", "g.l.u"),
    ("UCLG", "LG"), ("CIties", "ties"), (r"(?i:mayors for peace)", "yors for peace"),
    (r"(?i:energy cit(?:y|ies))", "ergy cit"), (r"(?i:energy cities?)", "ergy citie"),
    (r"(?i:métropoles?)", "tropole"), (r"(?i:abcd|abce)", ""), (r"(?i:ab[|]cd)", ""), (r"(?i:unité)", "it"),
])
def test_a_spelling_is_sorted_by_its_next_characters_while_each_is_one_it_must_match(spelling, characters):
    assert [matched for matched, _ in _characters_after_the_start(spelling)] == [
        _CASE_BLIND_LETTERS.get(character, {character}) if spelling.startswith("(?i:") else {character}
        for character in characters]


def test_known_networks_are_found_as_the_vocabulary_tries_its_spellings_in_order():
    spellings = dict(zip(_NETWORK_OF_GROUP, (spelling for spellings in KNOWN_NETWORKS.values()
                                             for spelling in spellings), strict=True))
    in_order = re.compile(r"\b(?<![\w.])(?:" + "|".join(f"(?P<{group}>{spelling})" for group, spelling
                                                        in spellings.items()) + r")(?!\w)")
    texts = [variant for label in NETWORKS.values() for variant in (
        label, label.upper(), label.lower(), f"la {label} (AB), {label}s et x{label}", label[:-1], label[:-2] + "x")]
    assert sum(bool(_KNOWN.search(text)) for text in texts) > len(NETWORKS)
    for text in texts:
        assert [(found.lastgroup, found.span()) for found in _KNOWN.finditer(text)] == [
            (found.lastgroup, found.span()) for found in in_order.finditer(text)], text


@pytest.mark.parametrize("cue", [_CROSS_BORDER, _A_MEMBERS_ORGANISATION])
@pytest.mark.parametrize("text", [
    "Die GRENZÜBERSCHREITENDE Region", "la région Transfrontalière", "the Cross-Border region, a crossborder one",
    "binationale Zusammenarbeit", "une coopération transfronterizia", "cross border", "croſs-border", "",
    "Ses MEMBRES, la Plénière", "Die Stadt GEHÖRT dazu", "in   Zahlen", "At A Glance", "ADHÉRENT", "joıned",
])
def test_cues_are_searched_in_the_lowered_text_as_case_blind(cue, text):
    case_blind = re.compile(cue.pattern, re.IGNORECASE)
    assert isinstance(cue, CaseBlindSearch)
    found, expected = cue.search(text), case_blind.search(text)
    assert (found.span(), found.group()) == (expected.span(), expected.group()) if expected else found is None


@pytest.mark.parametrize("spelling", [r"(?i:e?urocities)", r"(?i:(?:e|é)nergie)", r"(?i:a+ssociation)", "U"])
def test_a_spelling_that_does_not_start_with_two_characters_of_its_own_is_refused(spelling):
    with pytest.raises(ValueError):
        _split_start(spelling)
