"""The links a section crawl follows: those in a page's content, not in the site's header, menus, footer,
breadcrumbs, sidebars or cookie banner, which on a site like paris.fr link every topic of the city.

Two XPath queries over the response's own parsed tree (Scrapy caches it): no page is parsed twice.
"""

from scrapy.http import Response
from scrapy.link import Link
from scrapy.linkextractors import LinkExtractor

# Chrome wherever it is, even inside an article: menus, breadcrumbs, cookie banners, share bars.
_ALWAYS_CHROME_TAGS = ("nav",)
_ALWAYS_CHROME_ROLES = ("navigation", "search", "dialog", "alertdialog")
_ALWAYS_CHROME_WORDS = ("breadcrumb", "breadcrumbs", "ariane", "fil-ariane", "cookie", "cookies", "cookie-banner",
                        "consent", "share", "share-buttons", "sharedaddy", "social", "skip-link")
# Chrome when it wraps the page, content when an article or <main> holds it (a byline, the article's tags).
_SITE_CHROME_TAGS = ("header", "footer", "aside")
_SITE_CHROME_ROLES = ("banner", "contentinfo", "complementary")
_SITE_CHROME_WORDS = ("site-header", "site-footer", "header", "footer", "main-nav", "site-nav", "navbar", "menu",
                      "mega-menu", "sidebar")
_CONTENT = "ancestor::*[self::main or self::article or @role='main']"


def _any_of(tags: tuple[str, ...], roles: tuple[str, ...], words: tuple[str, ...]) -> str:
    """An XPath test true for an element with one of these tags, roles, or whole words in its class or id
    ("menu" is a word of "c-menu menu", not of "menu-cantine")."""
    tests = [f"self::{tag}" for tag in tags] + [f"@role='{role}'" for role in roles]
    tests += [f"contains(concat(' ', normalize-space({attribute}), ' '), ' {word} ')"
              for word in words for attribute in ("@class", "@id")]
    return " or ".join(tests)


_CHROME = (f"ancestor-or-self::*[{_any_of(_ALWAYS_CHROME_TAGS, _ALWAYS_CHROME_ROLES, _ALWAYS_CHROME_WORDS)}]"
           f" or ancestor-or-self::*[({_any_of(_SITE_CHROME_TAGS, _SITE_CHROME_ROLES, _SITE_CHROME_WORDS)})"
           f" and not({_CONTENT})]")
CONTENT_LINKS_XPATH = f"//*[self::a or self::area][@href][not({_CHROME})]"
CHROME_LINKS_XPATH = f"//*[self::a or self::area][@href][{_CHROME}]"


class ContentLinks:
    """Split a page's links into those of its content and those of the site's chrome."""

    def __init__(self) -> None:
        # Links only, no <img> or <script>: the archive is about pages and the documents they link to.
        options = {"tags": ("a", "area"), "attrs": ("href",), "deny_extensions": ()}
        self._content = LinkExtractor(restrict_xpaths=CONTENT_LINKS_XPATH, **options)
        self._chrome = LinkExtractor(restrict_xpaths=CHROME_LINKS_XPATH, **options)
        self._every = LinkExtractor(**options)

    def content(self, response: Response) -> list[Link]:
        return self._content.extract_links(response)

    def chrome(self, response: Response) -> list[Link]:
        return self._chrome.extract_links(response)

    def every(self, response: Response) -> list[Link]:
        """All the page's links, chrome included: for a crawl that is told to follow everything."""
        return self._every.extract_links(response)
