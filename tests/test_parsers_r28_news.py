"""What a news item is, and its dates: a press release's dateline whose place joins its words by a particle ("Oaxaca
de Juárez, Oax., 22 de abril de 2025.-") makes the page a news item dated that day."""

from datetime import UTC, datetime

import pytest

from scraper.parsers.extract import extract_page

_FETCHED = datetime(2025, 7, 22, 9, 0, tzinfo=UTC)
# a dated permalink: no news folder in the address, the dateline alone tells the page is a press release
_POST_URL = "https://www.municipio.example/2025/04/22/asamblea-de-ciudades/"
_LONG = ("Las sesiones de trabajo serán públicas y se transmitirán por las redes sociales del Ayuntamiento, con "
         "delegaciones de nueve ciudades.")


def _bulletin(lang: str, number: str, dateline: str) -> bytes:
    """A bulletin: its title, its number on a line of its own, then its text opened by a dateline."""
    return (f'<html lang="{lang}"><head><title>Asamblea</title></head><body><main><article><h1>Asamblea de ciudades'
            f"</h1><p><strong>{number}</strong></p><p><strong>{dateline}</strong> {_LONG}</p><p>{_LONG}</p>"
            "</article></main></body></html>").encode()


@pytest.mark.parametrize("lang, number, dateline", [
    ("es", "Boletín 118/2025", "Oaxaca de Juárez, Oax., 22 de abril de 2025.-"),
    ("es", "Comunicado n.º 118", "San Cristóbal de las Casas, Chis., 22 de abril de 2025.–"),
    ("de", "Pressemitteilung Nr. 118/2025", "Frankfurt am Main, 22.04.2025:"),
    ("it", "Comunicato stampa n. 118", "Reggio di Calabria, 22 aprile 2025 –"),
    ("fr", "Communiqué n° 118", "Boulogne sur Mer, le 22 avril 2025 –"),
    ("en", "Media release 118/2025", "Newcastle upon Tyne, 22 April 2025 –"),
])
def test_a_datelines_place_joined_by_a_particle_makes_a_dated_news_item(lang, number, dateline):
    news = extract_page(_bulletin(lang, number, dateline), _POST_URL, _FETCHED).news
    assert [(row["url"], row["published"]) for row in news] == [(_POST_URL, "2025-04-22")]


@pytest.mark.parametrize("lang, sentence", [
    # a sentence, no dateline: a particle joins no capitalised word, or no dash ends the day
    ("es", "Tras la firma de nuevo, el 22 de abril de 2025 – la red creció."),
    ("es", "Oaxaca de Juárez, el 22 de abril de 2025, acogió la asamblea de la red."),
])
def test_a_sentence_opening_with_a_place_and_a_day_is_no_dateline(lang, sentence):
    page = (f'<html lang="{lang}"><head><title>Red</title></head><body><main><h1>Red de ciudades</h1><p>{sentence}'
            f"</p><p>{_LONG}</p></main></body></html>").encode()
    assert extract_page(page, "https://www.municipio.example/red-de-ciudades", _FETCHED).news == []
