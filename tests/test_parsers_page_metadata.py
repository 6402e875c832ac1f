"""What a page declares about itself in JSON-LD, microdata, Open Graph and Dublin Core, and the page's date:
the one its text states, else its metadata's, else htmldate's guess."""

from datetime import date, datetime, timezone

import htmldate
import pytest
from lxml.html import HtmlElement

from scraper.parsers.dates import PartialDate
from scraper.parsers.extract import extract_page
from scraper.parsers.layouts.html import parse_document
from scraper.parsers.page_date import find_page_date, guess_page_date, updated_only
from scraper.parsers.page_metadata import metadata_date, read_page_metadata


def metadata(head: str, body: str = ""):
    return read_page_metadata(parse_document(f"<html><head>{head}</head><body>{body}</body></html>"))


def json_ld(text: str) -> str:
    return f'<script type="application/ld+json">{text}</script>'


@pytest.mark.parametrize("value, iso", [
    ("2024-03-12T10:00:00+01:00", "2024-03-12"), ("2024-03-12", "2024-03-12"), ("2024-03-12 08:30", "2024-03-12"),
    ("2024-03", "2024-03"), ("2024", "2024"), ("2024-03-12Z", "2024-03-12"), ("12 March 2024 10:00", "2024-03-12"),
    ("12/03/2024", "2024-03-12"),
])
def test_metadata_dates_keep_the_precision_written(value, iso):
    assert metadata_date(value).iso() == iso


@pytest.mark.parametrize("value", ["", "soon", "2024-13-01", "0001-01-01", "20240312x"])
def test_what_is_not_a_date_gives_none(value):
    assert metadata_date(value) is None


def test_json_ld_graph_gives_the_types_of_each_item_and_the_dates():
    found = metadata("", json_ld("""{"@context": "https://schema.org", "@graph": [
        {"@type": "WebSite", "name": "Ville de Paris"},
        {"@type": ["NewsArticle", "Article"], "datePublished": "2024-03-12T10:00:00+01:00",
         "dateModified": "2024-06-07T09:00:00+02:00"}]}"""))
    assert found.item_types == (("WebSite",), ("NewsArticle", "Article"))
    assert (found.published, found.modified) == (PartialDate(2024, 3, 12), PartialDate(2024, 6, 7))
    assert found.date == PartialDate(2024, 3, 12)


def test_json_ld_lists_main_entities_and_prefixed_types_are_read():
    found = metadata(json_ld("""[{"@type": "schema:WebPage",
        "mainEntity": {"@type": "http://schema.org/PressRelease", "datePublished": "2023-11"}}]"""))
    assert found.item_types == (("WebPage",), ("PressRelease",))
    assert found.published == PartialDate(2023, 11)


@pytest.mark.parametrize("before, after", [("<!--", "-->"), ("/*<![CDATA[*/", "/*]]>*/"), ("", "")])
def test_json_ld_in_a_comment_or_cdata_wrapper_with_raw_newlines_in_strings_is_read(before, after):
    item = '{"@type": "BlogPosting", "headline": "Une\nligne", "datePublished": "2022-05-04"}'
    found = metadata(json_ld(f"{before} {item} {after}"))
    assert found.item_types == (("BlogPosting",),)
    assert found.published == PartialDate(2022, 5, 4)


@pytest.mark.parametrize("text", ["{not json", "", "[1, 2]", '"text"', "[" * 100_000, '{"@graph": 3}'])
def test_broken_json_ld_is_ignored(text):
    assert metadata(json_ld(text)).item_types == ()


def test_open_graph_and_article_times():
    found = metadata('<meta property="og:type" content="Article">'
                     '<meta property="article:modified_time" content="2024-06-07T10:00:00+02:00">'
                     '<meta property="article:published_time" content="2024-03-12T10:00:00+01:00">')
    assert found.og_type == "article"
    assert (found.published, found.modified) == (PartialDate(2024, 3, 12), PartialDate(2024, 6, 7))


@pytest.mark.parametrize("head, published, modified", [
    ('<meta name="DC.date" content="2021-02-03">', PartialDate(2021, 2, 3), None),
    ('<meta name="DC.date.issued" content="2021-02">', PartialDate(2021, 2), None),
    ('<meta name="dcterms.created" content="2020"><meta name="DCTERMS.modified" content="2021-02-03">',
     PartialDate(2020), PartialDate(2021, 2, 3)),
    ('<meta name="DC.date.modified" content="2021-02-03">', None, PartialDate(2021, 2, 3)),
])
def test_dublin_core_dates(head, published, modified):
    found = metadata(head)
    assert (found.published, found.modified) == (published, modified)
    assert found.date == (modified or published)  # a topic page: last modified, else published


def test_the_most_specific_published_date_wins_whatever_the_order():
    found = metadata('<meta name="DC.date" content="2019-01-01">'
                     '<meta property="article:published_time" content="2024-03-12">')
    assert found.published == PartialDate(2024, 3, 12)


def test_microdata_types_and_dates():
    found = metadata("", '<article itemscope itemtype="https://schema.org/NewsArticle">'
                         '<h1 itemprop="headline">Titre</h1><time itemprop="datePublished" datetime="2024-05-28">28 mai'
                         '</time><div itemprop="author" itemscope itemtype="https://schema.org/Person">Jane</div>'
                         '<span itemprop="dateModified">7 juin 2024</span></article>')
    assert found.item_types == (("NewsArticle",), ("Person",))
    assert (found.published, found.modified) == (PartialDate(2024, 5, 28), PartialDate(2024, 6, 7))


def test_a_page_without_metadata_declares_nothing():
    found = metadata("<title>Titre</title>", "<p>Publié le 12 mars 2024</p>")
    assert (found.item_types, found.og_type, found.date) == ((), None, None)


# -- the page's date: its text, then its metadata, then htmldate's guess --------------------------------

FETCHED_AT = datetime(2024, 6, 12, 9, 0, tzinfo=timezone.utc)


def page_date_of(html: str, url: str = "https://www.belcourt.example/actualites/forum") -> str | None:
    return extract_page(html, url, FETCHED_AT).page["page_date"]


def page(head: str = "", body: str = "<p>Belcourt a accueilli le forum des villes.</p>") -> str:
    return (f"<html lang='fr'><head><title>Forum</title>{head}</head>"
            f"<body><main><h1>Forum</h1>{body}</main></body></html>")


@pytest.mark.parametrize("line, iso", [
    ("Aktualisiert am 12.03.2024", "2024-03-12"), ("Stand: 12.03.2024", "2024-03-12"),
    ("Veröffentlicht am 12. März 2024", "2024-03-12"), ("Actualizado el 12/03/2024", "2024-03-12"),
    ("Publicado el 12 de marzo de 2024", "2024-03-12"), ("Aggiornato il 12/03/2024", "2024-03-12"),
    ("Pubblicato il 12 marzo 2024", "2024-03-12"), ("Par la rédaction — 12 mars 2024", "2024-03-12"),
    ("By Jane Doe | 5 April 2024", "2024-04-05"), ("Von Redaktion · März 2024", "2024-03"),
    ("Fecha de la última modificación: 12/03/2024", "2024-03-12"), ("Ultima modifica: 12/03/2024", "2024-03-12"),
    ("Letzte Änderung: 12.03.2024", "2024-03-12"), ("Dernière modification : 12/03/2024", "2024-03-12"),
    ("Ultima modifica: 18/09/2024", "2024-09-18"), ("Pubblicato il 1º marzo 2024", "2024-03-01"),
])
def test_page_date_lines_in_other_languages_and_bylines(line, iso):
    assert find_page_date(f"Accueil {line} Texte de la page").iso() == iso


@pytest.mark.parametrize("text", [
    "Le texte adopté par le Conseil de Paris — 12 mars 2024 — entre en vigueur.",  # a sentence, not a byline
    "Par Anne Hidalgo — 2004",  # a byline's year alone says too little
    "Le Messestand: 12.03.2024",
])
def test_what_only_looks_like_a_byline_or_a_cue_is_no_page_date(text):
    assert find_page_date(text) is None


@pytest.mark.parametrize("line, update", [
    ("Mise à jour le 07/06/2024", True), ("Updated on April 5, 2012", True), ("Stand: 12.03.2024", True),
    ("Publié le 12 mars 2024", False), ("Publié le 12 mars 2024 · Mis à jour le 7 juin 2024", False),
    ("12 mars 2024", False),
])
def test_an_update_line_is_told_from_a_publication_line(line, update):
    assert updated_only(line) is update


@pytest.mark.parametrize("head", [
    json_ld('{"@type": "NewsArticle", "datePublished": "2024-03-12T10:00:00+01:00"}'),
    '<meta property="article:published_time" content="2024-03-12T10:00:00+01:00">',
    '<meta name="DC.date.issued" content="2024-03-12">',
])
def test_a_date_stated_only_in_metadata_is_the_page_date(head):
    assert page_date_of(page(head)) == "2024-03-12"


def test_metadata_dates_keep_their_precision():
    assert page_date_of(page(json_ld('{"@type": "WebPage", "datePublished": "2024-03"}'))) == "2024-03"


def test_json_ld_is_read_although_the_generic_layout_drops_scripts():
    html = page("", json_ld('{"@type": "WebPage", "dateModified": "2023-09-30"}') + "<p>Texte.</p>")
    assert page_date_of(html) == "2023-09-30"


def test_the_date_the_text_states_wins_over_metadata():
    html = page(json_ld('{"@type": "WebPage", "dateModified": "2024-06-01"}'),
                "<p>Publié le 12 mars 2024</p><p>Belcourt a accueilli le forum.</p>")
    assert page_date_of(html) == "2024-03-12"


def test_htmldate_guesses_only_for_a_page_that_states_no_date():
    assert page_date_of(page(), "https://www.belcourt.example/2024/03/12/forum") == "2024-03-12"


def test_htmldate_never_guesses_a_date_after_the_capture():
    assert page_date_of(page(), "https://www.belcourt.example/2024/07/12/forum") is None


def test_htmldate_is_not_asked_when_the_page_states_a_date(monkeypatch):
    def fail(*args, **kwargs):
        raise AssertionError("htmldate was asked")
    monkeypatch.setattr(htmldate, "find_date", fail)
    assert page_date_of(page(body="<p>Mise à jour le 07/06/2024</p>")) == "2024-06-07"
    assert page_date_of(page('<meta name="DC.date" content="2021-02-03">')) == "2021-02-03"


def test_htmldate_is_given_a_tree_so_a_page_that_reads_like_a_url_is_never_fetched(monkeypatch):
    seen = []
    monkeypatch.setattr(htmldate, "find_date", lambda document, **options: seen.append(document))
    assert guess_page_date("https://www.belcourt.example/elsewhere", "https://www.belcourt.example/",
                           date(2024, 6, 12)) is None
    assert [type(document) for document in seen] == [HtmlElement]


def test_the_dates_of_several_items_of_one_type_are_a_list_not_the_page_date():
    teasers = "".join(f'<article itemscope itemtype="https://schema.org/BlogPosting"><h2 itemprop="headline">{n}</h2>'
                      f'<meta itemprop="datePublished" content="2024-0{n}-01"></article>' for n in range(1, 4))
    found = metadata('<meta property="article:modified_time" content="2024-06-07">', teasers)
    assert (found.published, found.modified, found.article_published) == (None, PartialDate(2024, 6, 7), None)
    items = ", ".join('{"@type": "NewsArticle", "datePublished": "2024-0%d-01"}' % n for n in range(1, 4))
    assert metadata(json_ld(f"[{items}]")).date is None


@pytest.mark.parametrize("head, article_published", [
    ('<meta property="article:published_time" content="2024-03-12">', PartialDate(2024, 3, 12)),
    (json_ld('{"@type": "BlogPosting", "datePublished": "2024-03-12"}'), PartialDate(2024, 3, 12)),
    (json_ld('{"@graph": [{"@type": "WebPage", "datePublished": "2020-01-01"},'
             ' {"@type": "NewsArticle", "datePublished": "2024-03-12"}]}'), PartialDate(2024, 3, 12)),
    # a topic page's own dates say nothing of an article
    (json_ld('{"@type": "WebPage", "datePublished": "2020-01-01"}'), None),
    ('<meta name="DC.date.issued" content="2020-01-01">', None),
])
def test_an_article_publication_date_is_one_only_an_article_states(head, article_published):
    assert metadata(head).article_published == article_published


def test_a_topic_page_date_by_metadata_is_its_last_modification_an_article_its_publication():
    topic = json_ld('{"@type": "WebPage", "datePublished": "2021-03-15", "dateModified": "2024-11-20"}')
    assert page_date_of(page(topic)) == "2024-11-20"
    article = json_ld('{"@type": "NewsArticle", "datePublished": "2024-03-12", "dateModified": "2024-11-20"}')
    assert page_date_of(page(article)) == "2024-03-12"


def test_a_cue_word_then_a_colon_then_le():
    assert find_page_date("Dernière mise à jour : le 3 octobre 2024").iso() == "2024-10-03"


@pytest.mark.parametrize("update_line", [
    "Ultimo aggiornamento: 26/02/2025, 12:40", "Last updated: 26 February 2025", "Mis à jour le 26/02/2025",
    "Stand: 26.02.2025",
])
def test_an_update_line_yields_to_the_publication_an_articles_metadata_states(update_line):
    article = json_ld('{"@type": "NewsArticle", "datePublished": "2025-02-24T12:05:00+01:00"}')
    html = page(article, f"<p>Belcourt a accueilli le forum.</p><p>{update_line}</p><p>Posted in Culture</p>")
    assert page_date_of(html) == "2025-02-24"
    topic = json_ld('{"@type": "WebPage", "datePublished": "2021-03-15"}')
    assert page_date_of(page(topic, f"<p>Belcourt a accueilli le forum.</p><p>{update_line}</p>")) == "2025-02-26"


@pytest.mark.parametrize("line, update", [
    ("Mis en ligne le 12/03/2025", False), ("En ligne depuis le 12/03/2025", False),
    ("Date de publication : 12/03/2025", False), ("Publication date: 12 March 2025", False),
    ("Erschienen am 12.03.2025", False), ("Veröffentlichung: 12.03.2025", False), ("Publicación: 12/03/2025", False),
    ("Pubblicazione: 12/03/2025", False), ("Inserito il 12/03/2025", False),
    ("Dernière modification : 12/03/2025", True), ("Letzte Änderung: 12.03.2025", True),
    ("Última modificación: 12/03/2025", True), ("Ultima modifica: 12/03/2025", True),
])
def test_more_ways_to_say_when_a_page_was_published_or_updated(line, update):
    assert find_page_date(f"Accueil {line} Texte de la page").iso() == "2025-03-12"
    assert updated_only(line) is update


def test_publication_as_a_word_of_prose_is_no_cue():
    assert find_page_date("La Ville annonce la publication d'un rapport le 12 mars 2025.") is None


@pytest.mark.parametrize("first_paragraph, iso", [
    ("Paris, le 12 mars 2025 – La Ville accueille le congrès des maires.", "2025-03-12"),
    ("Köln, 12.03.2025: Die Stadt richtet die Jahreskonferenz aus.", "2025-03-12"),
    ("Madrid, 12 de marzo de 2025.- El Ayuntamiento acoge el foro.", "2025-03-12"),
    ("À Lyon, le 12 mars 2025, les maires ont signé la déclaration.", None),  # a sentence, not a dateline
])
def test_a_press_releases_dateline_dates_the_page(first_paragraph, iso):
    html = page(body=f"<p>{first_paragraph}</p><p>Les échanges ont porté sur le logement.</p>")
    assert page_date_of(html, "https://www.belcourt.example/communique") == iso
