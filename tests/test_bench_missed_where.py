"""The corpus diagnostic names the stage where a missed fact was lost."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

from missed_where import stage_of  # noqa: E402

JOINED = {"network_id": "eurocities", "attribute": "joined", "value": "1991"}
SEAT = {"network_id": "uclg", "attribute": "headquarters", "value": ["Barcelona", "Barcelone"]}


def found(network_id: str, attribute: str, value: str) -> dict:
    return {"network_id": network_id, "attribute": attribute, "value": value, "value_date": value,
            "value_num": None, "qualifier": None}


def test_a_value_read_for_another_network():
    assert stage_of(JOINED, [found("aimf", "joined", "1991")], ["Eurocities et l'AIMF depuis 1991"], "") == \
        "read, for another network"


def test_a_network_the_vocabulary_does_not_know_by_that_name():
    assert stage_of(JOINED, [], ["Le réseau des grandes villes, depuis 1991"], "Le réseau des grandes villes") == \
        "network not recognised"


def test_a_network_named_only_in_a_sidebar_the_layout_dropped():
    assert stage_of(JOINED, [], ["Membre depuis 1991"], "Eurocities Membre depuis 1991") == \
        "network named only outside the main text"


def test_a_card_fragment_apart_from_its_network():
    assert stage_of(JOINED, [], ["Eurocities", "Depuis 1991"], "Eurocities Depuis 1991") == \
        "value in a block that does not name the network (short block)"


def test_a_wording_not_read_in_the_networks_own_sentence():
    sentence = "La Ville de Lyon participe aux travaux d'Eurocities, qu'elle a rejointe en 1991, et de ses forums."
    assert stage_of(JOINED, [], [sentence], sentence) == "network and value in one block, not read"


def test_a_value_in_another_spelling_and_a_value_left_out_of_the_main_text():
    assert stage_of(SEAT, [], ["Le secrétariat de CGLU"], "CGLU") == "value not written as such"
    assert stage_of(SEAT, [], ["Le secrétariat de CGLU"], "CGLU Barcelone") == "value outside the main text"
