"""Layout registry, main-text hash, the generic path and decoding, on saved pages."""

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from helpers.saved_pages import saved_page, saved_page_extraction

from archive.schema import SCHEMAS
from scraper.parsers.decoding import decode_html, meta_charset
from scraper.parsers.extract import extract_page

PAGES = Path(__file__).parent / "fixtures" / "pages"
FETCHED_AT = datetime(2016, 4, 25, 10, 0, tzinfo=UTC)


def fixture_bytes(name):
    return (PAGES / f"{name}.html").read_bytes()


def sidecar(name):
    return json.loads((PAGES / f"{name}.json").read_text(encoding="utf-8"))


def extract_fixture(name, body=None):
    """The saved page's extraction, or that of `body` in its place (at the same address, time and charset)."""
    saved_body, url, fetched_at, charset = saved_page(name)
    if body is None or body == saved_body:
        return saved_page_extraction(name)
    return extract_page(body, url, fetched_at, charset)


@pytest.mark.parametrize("name, layout", [
    ("seed_2012_networks", "portal2012"),
    ("2014_news_list", "portal2012"),
    ("2016_city_networks", "redesign2016"),
    ("2016_news_icorn_10_ans", "redesign2016"),
    ("2012_english_city_networks", "english"),
    ("2016_english_city_networks", "english"),
    ("2016_restyled_city_networks", "generic"),
    ("foreign_city_networks", "generic"),
])
def test_registry_picks_the_layout_by_url_and_markup(name, layout):
    assert extract_fixture(name).page["layout"] == layout


def test_known_markup_on_another_site_goes_the_generic_way():
    extraction = extract_page(fixture_bytes("seed_2012_networks"), "https://www.belcourt.example/politiques/x",
                              FETCHED_AT, "iso-8859-1")
    assert extraction.page["layout"] == "generic"


def test_an_unknown_markup_at_a_known_address_goes_the_generic_way():
    body = fixture_bytes("foreign_city_networks")
    extraction = extract_page(body, "https://www.paris.fr/international/reseaux-de-villes-4021", FETCHED_AT, "utf-8")
    assert extraction.page["layout"] == "generic"


@pytest.mark.parametrize("name, title, lang, page_date, charset", [
    ("seed_2012_networks", "La participation aux réseaux des villes", "fr", "2012-04-05", "windows-1252"),
    ("2016_city_networks", "Les réseaux de villes", "fr", "2016-04-19", "utf-8"),
    ("2012_english_city_networks", "Paris and the city networks", "en", "2012-04-05", "utf-8"),
    ("2016_restyled_city_networks", "Les réseaux de villes", "fr", "2016-04-19", "utf-8"),
    ("foreign_city_networks", "Les réseaux de villes", "fr", "2021-03-03", "utf-8"),
])
def test_page_columns_per_layout(name, title, lang, page_date, charset):
    page = extract_fixture(name).page
    assert (page["title"], page["lang"], page["page_date"], page["charset"]) == (title, lang, page_date, charset)


def test_page_columns_are_the_contract_and_count_rows():
    extraction = extract_fixture("seed_2012_networks")
    assert set(extraction.page) == {"title", "lang", "page_date", "text_sha256", "layout", "charset", "n_facts",
                                    "n_news"}
    assert (extraction.page["n_facts"], extraction.page["n_news"]) == (len(extraction.facts), len(extraction.news))
    # Fact rows hold the columns of the archive's facts table but its snapshot_id, which the writer adds.
    assert extraction.facts and all(set(fact) == set(SCHEMAS["facts"].names) - {"snapshot_id"}
                                    for fact in extraction.facts)


def text_hash(name, body):
    return extract_fixture(name, body).page["text_sha256"]


@pytest.mark.parametrize("name, old, new", [
    ("2016_city_networks", "vous acceptez l'utilisation de cookies", "vous acceptez nos cookies de mesure"),
    ("2016_city_networks", "Partager : ", "Partagez cette page : "),
    ("2016_city_networks", "<li><a href=\"/international/\">International</a></li>", ""),  # breadcrumb
    ("2016_city_networks", "\n", "\n\n   "),  # reindented markup
    ("seed_2012_networks", "Partager sur Facebook", "Partager sur Facebook | Partager sur LinkedIn"),
    ("seed_2012_networks", "La lettre d'international", "La lettre électronique d'international"),
    ("seed_2012_networks", "Crédits photo : Mairie de Paris", "Crédits photo : Ville de Paris / DR"),
    ("seed_2012_networks", "«« retour", "« Retour"),
    ("seed_2012_networks", "<li><a href=\"/pratique\">Pratique</a></li>", ""),  # site navigation
])
def test_text_hash_ignores_boilerplate_changes(name, old, new):
    body = fixture_bytes(name)
    encoding = "cp1252" if name.startswith("seed") else "utf-8"
    changed = body.replace(old.encode(encoding), new.encode(encoding))
    assert changed != body
    assert text_hash(name, changed) == text_hash(name, body)


@pytest.mark.parametrize("name, old, new, encoding", [
    ("2016_city_networks", "Fondée à Paris en mai 2004", "Fondée à Paris en 2004", "utf-8"),
    ("seed_2012_networks", "Plus de 400 projets", "Plus de 500 projets", "cp1252"),
    ("seed_2012_networks", "[05/04/2012]", "[06/04/2012]", "cp1252"),
])
def test_text_hash_changes_with_the_content(name, old, new, encoding):
    body = fixture_bytes(name)
    assert text_hash(name, body.replace(old.encode(encoding), new.encode(encoding))) != text_hash(name, body)


def test_restyled_markup_is_not_mistaken_for_a_content_change():
    original = extract_fixture("2016_city_networks")
    restyled = extract_fixture("2016_restyled_city_networks")
    assert restyled.page["text_sha256"] == original.page["text_sha256"]
    assert restyled.facts == original.facts
    assert restyled.news == original.news


@pytest.fixture(scope="module")
def foreign():
    return extract_fixture("foreign_city_networks")


def test_generic_path_reads_facts_from_another_citys_prose(foreign):
    facts = {(f["network_id"], f["attribute"]): (f["value"], f["qualifier"]) for f in foreign.facts}
    assert facts == {
        ("eurocities", "founded"): ("1986", "exact"),
        ("eurocities", "member_cities"): ("200", "more_than"),
        ("eurocities", "member_countries"): ("38", "exact"),
        ("eurocities", "joined"): ("2009", "exact"),
        ("uclg", "headquarters"): ("Barcelone", "exact"),
        ("uclg", "represented_governments"): ("240000", "exact"),
        ("uclg", "member_countries"): ("140", "exact"),
        ("uclg", "joined"): ("2015", "exact"),
        ("villes-lumiere", "joined"): ("2018", "exact"),
        ("villes-lumiere", "member_cities"): ("30", "about"),  # "aux côtés d'une trentaine de communes"
    }


def test_generic_path_finds_dated_news_items(foreign):
    assert [(n["title"], n["published"], n["url"], n["networks"]) for n in foreign.news] == [
        ("Belcourt accueille le forum culture d'Eurocities", "2021-02-12",
         "https://www.belcourt.example/actualites/belcourt-accueille-le-forum-culture", ["eurocities"]),
        ("Cinq ans avec CGLU", "2021-01-15", "https://www.belcourt.example/actualites/cinq-ans-avec-cglu", ["uclg"]),
    ]
    assert foreign.news[0]["summary"].startswith("Du 8 au 10 février")
    assert (foreign.news[0]["event_start"], foreign.news[0]["event_end"]) == ("2021-02-08", "2021-02-10")


def test_generic_main_text_leaves_out_menus_banners_and_credits():
    body = fixture_bytes("foreign_city_networks")
    for boilerplate in ("Ce site utilise des cookies", "Coopération décentralisée", "Mentions légales",
                        "Crédits photo", ">Facebook<", "Démarches"):
        changed = body.replace(boilerplate.encode(), b"")
        assert changed != body
        assert text_hash("foreign_city_networks", changed) == text_hash("foreign_city_networks", body), boilerplate


# Decoding

def test_declared_iso_8859_1_decodes_as_windows_1252():
    decoded = decode_html("l’A.I.M.F – 25 états".encode("cp1252"), "iso-8859-1")
    assert (decoded.text, decoded.charset) == ("l’A.I.M.F – 25 états", "windows-1252")


def test_header_saying_utf8_over_windows_1252_bytes_falls_back():
    extraction = extract_fixture("2014_icorn_wrong_charset")
    assert sidecar("2014_icorn_wrong_charset")["declared_charset"] == "utf-8"
    assert extraction.page["charset"] == "windows-1252"
    assert extraction.page["title"] == "ICORN, le réseau international des villes refuges"
    assert [(f["attribute"], f["value"], f["evidence"]) for f in extraction.facts][1] == (
        "member_cities", "40", "Plus de 40 villes d’Europe et d’ailleurs en font aujourd’hui partie.")


def test_meta_charset_is_tried_before_guessing():
    raw = '<meta charset="windows-1252"><p>Basée à Barcelone</p>'.encode("cp1252")
    assert meta_charset(raw) == "windows-1252"
    assert decode_html(raw, "utf-8").charset == "windows-1252"


def test_mostly_utf8_bytes_with_stray_bytes_stay_utf8():
    raw = "Présidée par le Maire de Paris, elle réunit 156 villes".encode() + b"\x92\x81"
    decoded = decode_html(raw, "utf-8")
    assert decoded.charset == "utf-8"
    assert decoded.text.startswith("Présidée par le Maire de Paris")


@pytest.mark.parametrize("raw, declared", [
    (b"\x81\x8d\x8f\x90\x9d", "utf-8"),  # bytes no encoding tried can decode strictly
    (b"<html>\xff\xfe\x00</html>", None),
    ("é".encode(), "no-such-charset"),
    (b"", None),
])
def test_decoding_never_raises(raw, declared):
    assert isinstance(decode_html(raw, declared).text, str)


def test_a_utf8_byte_order_mark_wins():
    assert decode_html(b"\xef\xbb\xbfr\xc3\xa9seau", "iso-8859-1").text == "réseau"


def test_text_input_is_used_as_is():
    assert decode_html("réseau", "iso-8859-1").text == "réseau"
    assert decode_html("réseau", None).charset is None


@pytest.mark.parametrize("body", [b"", "", b"   ", b"\x00\x01", b"<html></html>", b"<?xml version='1.0'?><p>x</p>",
                                  "<?xml version='1.0' encoding='utf-8'?><html><body>x</body></html>",
                                  b"<html><body><div id='contenu'>"])
def test_empty_or_broken_input_gives_an_extraction_without_facts(body):
    extraction = extract_page(body, "http://www.paris.fr/politiques/paris-a-l-international/x", FETCHED_AT)
    assert extraction.facts == [] and extraction.news == []
    assert extraction.page["n_facts"] == 0


def test_generic_news_page_is_an_item_of_its_own_summarised_by_its_first_paragraph():
    url = "https://www.belcourt.example/actualites/belcourt-et-les-reseaux"
    own = extract_page(fixture_bytes("foreign_city_networks"), url, FETCHED_AT, "utf-8").news[0]
    assert (own["url"], own["title"], own["published"]) == (url, "Les réseaux de villes", "2021-03-03")
    assert own["summary"].startswith("Pour échanger avec d'autres villes")


@pytest.mark.parametrize("body, lang", [
    (b"<html><body><p>La Ville de Paris est membre des grands r\xc3\xa9seaux de villes.</p></body></html>", "fr"),
    (b"<html><body><p>The City of Paris is a member of the major city networks.</p></body></html>", "en"),
])
def test_language_is_guessed_when_the_markup_does_not_declare_it(body, lang):
    assert extract_page(body, "https://www.belcourt.example/", FETCHED_AT).page["lang"] == lang


@pytest.mark.parametrize("site_parts, lang", [
    ('<div id="kopf"><ul id="servicenavigation"><li><a href="/s">Bürgerservice</a></li></ul></div>'
     '<div id="pfad">Sie sind hier: <a href="/">Start</a> &gt; Meldungen</div>'
     '<ul class="subnavigation"><li><a href="/a">Europa und Internationales</a></li></ul>', "de"),
    ('<div class="bio-cabecera"><a href="/">Inicio</a></div>'
     '<div class="bio-migas"><a href="/">Inicio</a> / <a href="/n">Noticias</a> / Consejo</div>', "es"),
])
def test_site_parts_named_in_other_languages_are_left_out_of_a_news_pages_summary(site_parts, lang):
    html = (f'<html lang="{lang}"><head><meta property="og:type" content="article"></head><body>{site_parts}'
            '<div class="beitrag"><p class="kind">Meldung</p><h1>Forum in der Stadt</h1>'
            "<p>Vom 4. bis 6. Juni treffen sich Fachleute aus ganz Europa.</p></div></body></html>")
    own = extract_page(html.encode(), "https://www.stadt.example/cms/beitrag/1/Forum.html", FETCHED_AT).news[0]
    assert own["summary"] == "Vom 4. bis 6. Juni treffen sich Fachleute aus ganz Europa."
