"""What a layout parser reads off a page, before any fact or news extraction."""

from dataclasses import dataclass
from datetime import timedelta

from .dates import PartialDate


@dataclass(frozen=True)
class Block:
    """A heading or a paragraph of the page's main text, in reading order."""
    text: str
    is_heading: bool = False
    level: int = 0  # an <h1>-<h6> heading's rank; 0 for any other heading and for paragraphs


@dataclass(frozen=True)
class Teaser:
    """A news item shown on the page: a list entry or a teaser block."""
    title: str
    url: str | None  # absolute live URL of the item's own page, when it links to one
    date: PartialDate | None  # the date shown next to it, if any
    summary: str
    # (month, day) when it shows a day without a year ("12 mars"), dated later by the page's own date
    day_without_year: tuple[int, int] | None = None
    # how long before the page was served it says the item was published ("il y a 3 jours"), dated by the capture
    shown_ago: timedelta | None = None
    when: str = ""  # its date line when that shows a span, not a day ("Dal 14 al 16 maggio 2025"): its event's days


@dataclass(frozen=True)
class PageContent:
    title: str
    lang: str | None  # as declared by the markup
    page_date: PartialDate | None
    blocks: tuple[Block, ...]  # lead and body, without the news teasers
    teasers: tuple[Teaser, ...]
    main_text: str  # all content text (title, date line, body, teasers), what the page hash covers
    is_news: bool  # the page is itself one news item
    # how long before the page was served it says it was published ("Publié hier"), when it shows no date
    published_ago: timedelta | None = None
