"""What every layout parser provides to the registry."""

from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import SplitResult

from lxml.html import HtmlElement

from ..content import PageContent
from ..page_metadata import PageMetadata


@dataclass(frozen=True)
class LayoutParser:
    name: str
    # Whether this parser handles the page, judged from its URL and its markup.
    matches: Callable[[SplitResult, HtmlElement], bool]
    # Reads the page; `url` is the page's live URL, used to resolve links; the metadata was read from the
    # page before any parser changed its tree.
    parse: Callable[[HtmlElement, str, PageMetadata], PageContent]


def on_paris_fr(url: SplitResult) -> bool:
    host = (url.hostname or "").lower()
    return host == "paris.fr" or host.endswith(".paris.fr")
