"""News items and their dates in more of the ways city sites show them: deadlines named further back in their
clause, bylines of a service with a long name, in French, English, German, Spanish and Italian."""

from datetime import UTC, datetime

import pytest

from scraper.parsers.extract import extract_page

FETCHED = datetime(2025, 3, 20, 9, 0, tzinfo=UTC)
ARTICLE_URL = "https://www.ville.example/pages/rencontre-des-maires-4312"


def _page(main: str, lang: str) -> bytes:
    return (f'<html lang="{lang}"><head><title>Ville</title></head><body><header><nav><ul><li><a href="/">Accueil</a>'
            f'</li><li><a href="/culture">Culture</a></li></ul></nav></header><main>{main}</main>'
            "<footer><p>© 2025 Ville</p></footer></body></html>").encode()


def _extract(main: str, lang: str, url: str = ARTICLE_URL):
    return extract_page(_page(main, lang), url, FETCHED)


def _article(title: str, meta: str, text: str) -> str:
    return (f"<article><header><h1>{title}</h1><p class='meta'>{meta}</p></header>"
            f"<p>Les représentants des villes partenaires ont présenté leurs projets communs.</p><p>{text}</p></article>")


@pytest.mark.parametrize(("lang", "meta", "sentence"), [
    ("en", "Published 12 March 2025", "The closing date for all applications is 30 April 2025."),
    ("en", "Published 12 March 2025", "The deadline to register your interest is 30 April 2025."),
    ("fr", "Publié le 12 mars 2025", "La date limite de dépôt des dossiers de candidature est fixée au 30 avril 2025."),
    ("de", "Veröffentlicht am 12.03.2025", "Die Frist für die Einreichung der Anträge endet am 30. April 2025."),
    ("de", "Veröffentlicht am 12.03.2025", "Der Anmeldeschluss für alle Schulklassen ist der 30. April 2025."),
    ("es", "Publicado el 12/03/2025", "El plazo de presentación de las solicitudes termina el 30 de abril de 2025."),
    ("it", "Pubblicato il 12/03/2025", "La scadenza per la presentazione delle domande è il 30 aprile 2025."),
])
def test_a_deadline_named_further_back_in_its_clause_is_not_the_event(lang, meta, sentence):
    news = _extract(_article("Appel à partenaires", meta, sentence), lang).news
    assert [(item["published"], item["event_start"]) for item in news] == [("2025-03-12", None)]


def test_a_day_after_a_closing_ceremony_is_still_the_event():
    main = _article("Forum des villes", "Publié le 12 mars 2025",
                    "La cérémonie de clôture du forum aura lieu le 5 juin 2025 à l'Hôtel de Ville.")
    assert [(item["event_start"], item["event_end"]) for item in _extract(main, "fr").news] == [
        ("2025-06-05", "2025-06-05")]


@pytest.mark.parametrize(("lang", "byline"), [
    ("fr", "Rédigé par Service communication, le 12 mars 2025"),
    ("fr", "Écrit par la Direction des relations internationales, le 12 mars 2025"),
    ("es", "Redactado por Gabinete de Prensa, el 12/03/2025"),
    ("it", "Redatto da Ufficio Relazioni Internazionali, il 12/03/2025"),
    ("en", "Written by the International Relations Team, on 12 March 2025"),
])
def test_a_byline_of_a_service_with_a_long_name_dates_the_article(lang, byline):
    extraction = _extract(_article("Assemblée générale du réseau", byline, "Le budget a été adopté."), lang)
    assert extraction.page["page_date"] == "2025-03-12"
    assert [(item["url"], item["published"]) for item in extraction.news] == [(ARTICLE_URL, "2025-03-12")]
