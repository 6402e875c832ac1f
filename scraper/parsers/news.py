"""Dated news items: the page itself when it is a news page, and the news teasers it shows.

An item's id is a hash of its own URL when it links to one, so the same item seen on the news list,
in a teaser block and on its own page has one id; otherwise a hash of (source page, title).
"""

import re
from dataclasses import replace
from datetime import date, datetime, timedelta
from urllib.parse import urlsplit

from .content import PageContent, Teaser
from .dates import PartialDate, find_full_date, latest_on_or_before, nearest_occurrence
from .events import find_event_span
from .ids import short_hash, url_key
from .networks import network_ids

NEWS_COLUMNS = ("news_id", "title", "url", "published", "date_precision", "event_start", "event_end",
                "summary", "networks", "source_url", "lang")


# A day more than a year before the item is history ("un arbre qui a survécu à la bombe du 6 août 1945"): the
# item's event only when its title names it, as an anniversary's does ("Paris et Rome, jumelées depuis le 30 janvier
# 1956").
_HISTORY_DAYS = 366


def _event_span(item: Teaser, text: str, fetched_on: date) -> tuple[PartialDate, PartialDate] | None:
    # A relative phrase ("mai dernier", "le 1er décembre") is read against the item's own date,
    # else the capture date: the date of the page that merely shows a teaser may be years older.
    base = item.date.first_day() if item.date else fetched_on
    event = find_event_span(text, base, item.date)
    if event and item.date and (item.date.first_day() - event[1].first_day()).days > _HISTORY_DAYS:
        return find_event_span(item.title, base, item.date)
    return event


def _row(item: Teaser, body: str, fetched_on: date, source_url: str, lang: str | None) -> dict:
    text = f"{item.title}. {item.when} {item.summary} {body}" if item.when else f"{item.title}. {item.summary} {body}"
    event = _event_span(item, text, fetched_on)
    return {
        "news_id": short_hash("url", url_key(item.url)) if item.url else short_hash("title", source_url, item.title),
        "title": item.title,
        "url": item.url,
        "published": item.date.iso() if item.date else None,
        "date_precision": item.date.precision if item.date else None,
        "event_start": event[0].iso() if event else None,
        "event_end": event[1].iso() if event else None,
        "summary": item.summary,
        "networks": network_ids(text),
        "source_url": source_url,
        "lang": lang,
    }


# A picture's credit: "© Ville de Verviers", "Photo : J. Dupont", "Foto: Stadt Köln", "Credit: Jane Doe", "(foto Comune
# di Parma)".
_PICTURE_CREDIT = re.compile(r"©|\b(?:photos?|fotos?|crédits?(?:\s+photos?)?|credits?|bildnachweis|fotografía)\s*:"
                             r"|\(foto\b", re.IGNORECASE)
_CAPTION_MAX_CHARS = 200


def _a_caption(paragraph: str) -> bool:
    """A short paragraph that credits a picture: the picture's caption."""
    return len(paragraph) <= _CAPTION_MAX_CHARS and _PICTURE_CREDIT.search(paragraph) is not None


def _own_row(content: PageContent, fetched_on: date, source_url: str, lang: str | None) -> dict:
    """The news page itself: its title and date, its first paragraph as summary. A picture's caption ("La cérémonie
    du 6 août au parc. © Ville de Verviers") tells of the picture, not of the item's event: read after the text."""
    shown = [block.text for block in content.blocks if not block.is_heading]
    paragraphs = [text for text in shown if not _a_caption(text)] + [text for text in shown if _a_caption(text)]
    summary = paragraphs[0] if paragraphs else ""
    item = Teaser(content.title, source_url, content.page_date, summary)
    return _row(item, " ".join(paragraphs[1:]), fetched_on, source_url, lang)


def dated_by_page(teasers: tuple[Teaser, ...], page_date: PartialDate | None, agenda: bool = False
                  ) -> tuple[Teaser, ...]:
    """Items that show a day without a year ("12 mars") take the latest such day on or before the date the page
    states for itself (to its month at least), or on an agenda (whose items are mostly to come) the nearest such
    day; with no such date they stay undated, no year is invented (the caller gives the capture's day for a page that
    states none: the list as it was served)."""
    if page_date is None or page_date.month is None:
        return teasers
    base = page_date.first_day() if page_date.day else _last_day_of_month(page_date)
    day_of = nearest_occurrence if agenda else latest_on_or_before
    return tuple(replace(teaser, date=day_of(*teaser.day_without_year, base))
                 if teaser.day_without_year and teaser.date is None else teaser for teaser in teasers)


# An agenda's address or title: "/agenda/", "/events", "Veranstaltungen", "Eventi internazionali".
_AGENDA = re.compile(r"(?:^|/)(?:agenda|[ée]v[éè]nements|events?|veranstaltungen|termine|eventos|eventi)\b",
                     re.IGNORECASE)


def is_agenda(url: str, title: str) -> bool:
    """The page lists events: its address or its title says so."""
    return bool(_AGENDA.search(urlsplit(url).path) or _AGENDA.match(title))


def dated_by_capture(teasers: tuple[Teaser, ...], fetched_at: datetime) -> tuple[Teaser, ...]:
    """Items that show how long ago they were published ("il y a 3 jours", "yesterday") are dated from the capture:
    the page said so when it was served."""
    return tuple(replace(teaser, date=day_before(fetched_at, teaser.shown_ago))
                 if teaser.shown_ago is not None and teaser.date is None else teaser for teaser in teasers)


def day_before(fetched_at: datetime, ago: timedelta) -> PartialDate:
    day = (fetched_at - ago).date()
    return PartialDate(day.year, day.month, day.day)


def _last_day_of_month(month: PartialDate) -> date:
    following = date(month.year + month.month // 12, month.month % 12 + 1, 1)
    return following - timedelta(days=1)


def extract_news(content: PageContent, source_url: str, lang: str | None, fetched_on: date) -> list[dict]:
    """News rows (the news table's columns without snapshot_id): the page's own item first, then its teasers."""
    rows = [_own_row(content, fetched_on, source_url, lang)] if content.is_news else []
    rows += [_row(teaser, "", fetched_on, source_url, lang) for teaser in _items_shown(content, source_url, fetched_on)]
    unique: dict[str, dict] = {}
    for row in rows:
        if (kept := unique.setdefault(row["news_id"], row)) is not row:
            unique[row["news_id"]] = _completed(kept, row)
    return list(unique.values())


def _items_shown(content: PageContent, source_url: str, fetched_on: date) -> tuple[Teaser, ...]:
    """A list's teasers, dated or not; beside or after a news page's own text, only those that show a date or a
    span: there an undated link ("Gemellaggi", "See also: Twinning", a place, a tag) is a section or a topic of the
    site, no news item. A link dated only by a day of history its title tells of is a topic page too."""
    teasers = tuple(teaser for teaser in content.teasers if not _titled_by_a_day_of_history(teaser, fetched_on))
    if not content.is_news:
        return teasers
    own = url_key(source_url)
    return tuple(teaser for teaser in teasers
                 if teaser.date is not None or teaser.when or (teaser.url is not None and url_key(teaser.url) == own))


_ARCHIVE_YEARS = 15  # how far back a site's news archive may go; a day further back that a title names is history


def _titled_by_a_day_of_history(teaser: Teaser, fetched_on: date) -> bool:
    """The link's only date is a day its title tells of, decades before the capture ("Der 22. März 1945 – Zerstörung
    und Wiederaufbau der Innenstadt", "Le 6 août 1945 à Hiroshima : mémoire"): a page of the city's history, no news
    item. A recent one ("Sitzung des Rates vom 3. März 2026: Beschlüsse") dates its item, an archive's too."""
    if teaser.date is None or teaser.date.day is None or fetched_on.year - teaser.date.year <= _ARCHIVE_YEARS:
        return False
    in_title = find_full_date(teaser.title)
    return in_title is not None and in_title[0] == teaser.date


def _completed(kept: dict, other: dict) -> dict:
    """One item shown twice (a carousel's slide above its card, a teaser in the list and in a sidebar): the first
    showing, with what only the other shows (its date, its event, its summary)."""
    completed = dict(kept)
    if kept["published"] is None:
        completed.update(published=other["published"], date_precision=other["date_precision"])
    if kept["event_start"] is None:
        completed.update(event_start=other["event_start"], event_end=other["event_end"])
    if not kept["summary"]:
        completed["summary"] = other["summary"]
    completed["networks"] = kept["networks"] + [network for network in other["networks"]
                                                if network not in kept["networks"]]
    return completed
