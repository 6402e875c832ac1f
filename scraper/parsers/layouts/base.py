"""What every layout parser provides to the registry."""

from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import SplitResult

from lxml.html import HtmlElement

from shared.sites.paris import PROFILE as PARIS

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
    """Whether the page is on Paris's site (its profile's hosts): the layouts of paris.fr read only its pages."""
    return PARIS.on_site(url.hostname)
