"""Decoding by byte: stray windows-1252 bytes in UTF-8 pages, byte-order marks, charset labels."""

import codecs
import json
from datetime import datetime
from pathlib import Path

import pytest

from scraper.parsers.decoding import decode_html
from scraper.parsers.extract import extract_page

PAGES = Path(__file__).parent / "fixtures" / "pages"


def extract_2024(body, declared_charset="utf-8"):
    meta = json.loads((PAGES / "2024_city_networks.json").read_text(encoding="utf-8"))
    return extract_page(body, meta["url"], datetime.fromisoformat(meta["fetched_at"]), declared_charset)


def original_2024():
    return (PAGES / "2024_city_networks.html").read_bytes()


def fact_values(extraction):
    return [(fact["network_id"], fact["attribute"], fact["value"]) for fact in extraction.facts]


def test_a_stray_windows_1252_apostrophe_is_mended_and_the_rest_stays_utf8():
    raw = "Présidée par la Maire de Paris, l’AIMF réunit 300 villes".encode().replace("’".encode(), b"\x92")
    decoded = decode_html(raw, "utf-8")
    assert (decoded.text, decoded.charset) == ("Présidée par la Maire de Paris, l’AIMF réunit 300 villes", "utf-8")


def test_stray_bytes_are_mended_without_a_declared_charset_too():
    raw = "Créée à Québec".encode() + b" \x93Paris\x94 \x96 " + "réseau".encode()
    assert decode_html(raw, None) == decode_html(raw, "utf-8")
    assert decode_html(raw, None).text == "Créée à Québec “Paris” – réseau"


def test_a_byte_windows_1252_leaves_undefined_becomes_a_replacement_character():
    raw = "Créée à Québec".encode() + b"\x81"
    assert decode_html(raw, "utf-8").text == "Créée à Québec\ufffd"


def test_a_truncated_utf8_sequence_is_read_byte_by_byte():
    raw = "Créée à Québec".encode() + "—".encode()[:2] + b" fin"
    assert decode_html(raw, "utf-8").text == "Créée à Québec" + "—".encode()[:2].decode("cp1252") + " fin"


def test_a_page_with_one_stray_byte_keeps_all_its_facts():
    body = original_2024()
    paragraph_end = body.index(b"</p>")
    with_stray_byte = body[:paragraph_end] + b" l\x92AIMF" + body[paragraph_end:]
    extraction = extract_2024(with_stray_byte)
    assert extraction.page["charset"] == "utf-8"
    assert fact_values(extraction) == fact_values(extract_2024(body))
    assert "Cités et gouvernements locaux unis" in " ".join(fact["evidence"] for fact in extraction.facts)


@pytest.mark.parametrize("mark, codec, charset", [
    (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16le"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16be"),
    (codecs.BOM_UTF8, "utf-8", "utf-8"),
])
def test_a_byte_order_mark_wins_over_the_declared_charset(mark, codec, charset):
    decoded = decode_html(mark + "l’A.I.M.F – 25 états".encode(codec), "iso-8859-1")
    assert (decoded.text, decoded.charset) == ("l’A.I.M.F – 25 états", charset)


def test_a_utf16_page_with_a_byte_order_mark_gives_the_facts_of_its_utf8_twin():
    text = original_2024().decode("utf-8")
    extraction = extract_2024(codecs.BOM_UTF16_LE + text.encode("utf-16-le"), None)
    assert extraction.page["charset"] == "utf-16le"
    assert fact_values(extraction) == fact_values(extract_2024(original_2024()))
    assert extraction.page["title"] == extract_2024(original_2024()).page["title"]


def test_a_utf8_byte_order_mark_page_mends_its_stray_bytes():
    decoded = decode_html(codecs.BOM_UTF8 + "réseau l".encode() + b"\x92AIMF", None)
    assert (decoded.text, decoded.charset) == ("réseau l’AIMF", "utf-8")


def test_a_meta_tag_naming_utf16_is_read_as_utf8():
    raw = '<meta charset="utf-16"><p>le réseau des capitales</p>'.encode()
    assert len(raw) % 2 == 0  # bytes that UTF-16 would read, as nonsense
    decoded = decode_html(raw, None)
    assert (decoded.text, decoded.charset) == ('<meta charset="utf-16"><p>le réseau des capitales</p>', "utf-8")


def test_windows_1252_bytes_with_no_utf8_sequence_stay_windows_1252():
    raw = "Basée à Barcelone, l’association réunit 40 villes".encode("cp1252")
    decoded = decode_html(raw, "utf-8")
    assert (decoded.text, decoded.charset) == ("Basée à Barcelone, l’association réunit 40 villes", "windows-1252")
