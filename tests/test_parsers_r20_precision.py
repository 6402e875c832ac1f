"""Round 20: facts read on a page that are not the network's, or not this city's.

A president's courtesy title ("Mme Anne Hidalgo", "la Sra.", "la Dott.ssa") is no part of the name."""

import pytest
from helpers.extracted import facts_of_snippet

from scraper.parsers.text import split_sentences


def _values(attribute: str, body: str, lang: str, url: str | None = None) -> set[tuple[str, str]]:
    page = {"url": url} if url else {}
    return {(network, value) for network, found, value, _ in facts_of_snippet(body, lang, **page)
            if found == attribute}


@pytest.mark.parametrize("lang, body, expected", [
    # prose: "présidée par Mme X"
    ("fr", "<p>L'AIMF est présidée par Mme Anne Hidalgo, Maire de Paris.</p>", ("aimf", "Anne Hidalgo")),
    # a card: "chaired by Mrs X"
    ("en", "<div class='card'><h3>ICLEI</h3><p>ICLEI is chaired by Mrs Jane Whitfield, Mayor of Leeds.</p></div>",
     ("iclei", "Jane Whitfield")),
    # a list item: "Mr." whose period ends no sentence
    ("en", "<ul><li>The president of Eurocities is Mr. Dario Nardella.</li></ul>", ("eurocities", "Dario Nardella")),
    # a table cell: "Frau"
    ("de", "<table><tr><td>Präsidentin des Deutschen Städtetages ist Frau Katja Dörner.</td></tr></table>",
     ("deutscher-stadtetag", "Katja Dörner")),
    # a definition list: "la Sra."
    ("es", "<dl><dt>FEMP</dt><dd>La FEMP está presidida por la Sra. María José García, alcaldesa de Elche.</dd></dl>",
     ("federacion-espanola-de-municipios-y-provincias", "María José García")),
    # prose: "la Dott.ssa"
    ("it", "<p>L'ANCI è presieduta dalla Dott.ssa Anna Bianchi, sindaca di Bari.</p>",
     ("associazione-nazionale-comuni-italiani", "Anna Bianchi")),
])
def test_a_presidents_courtesy_title_is_no_part_of_the_name(lang, body, expected):
    presidents = _values("president", body, lang)
    assert presidents == {expected}


@pytest.mark.parametrize("lang, body, expected", [
    # the traps: a title that is a role, before the name, is left out as before
    ("de", "<p>Präsident des Deutschen Städtetages ist Oberbürgermeister Markus Lewe.</p>",
     ("deutscher-stadtetag", "Markus Lewe")),
    ("en", "<p>Eurocities is chaired by Mayor Dario Nardella.</p>", ("eurocities", "Dario Nardella")),
])
def test_a_presidents_office_before_the_name_is_left_out_as_before(lang, body, expected):
    assert _values("president", body, lang) == {expected}


@pytest.mark.parametrize("text, count", [
    ("Elle est présidée par Mme. Anne Hidalgo. Son siège est à Paris.", 2),
    ("La FEMP está presidida por la Sra. García. Tiene su sede en Madrid.", 2),
    ("L'ANCI è presieduta dalla Dott.ssa Bianchi. Ha sede a Roma.", 2),
    # the trap: a sentence ending on an acronym, before a title opening the next one
    ("Cartagena se unió a la AICE. Sra. García preside la red.", 2),
])
def test_a_courtesy_titles_period_ends_no_sentence(text, count):
    assert len(split_sentences(text)) == count
