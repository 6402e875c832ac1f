"""The links a section crawl follows: those in a page's content, not in the site's header, menus, footer,
breadcrumbs, sidebars or cookie banner, which on a site like paris.fr link every topic of the city.

One walk over the tree Scrapy has already parsed for the response (`response.selector`): no page is parsed twice,
and each element is looked at once, its parent's verdict carried down.
"""

from urllib.parse import urldefrag, urljoin

from lxml import etree
from scrapy.http import TextResponse
from scrapy.utils.response import get_base_url
from w3lib.html import strip_html5_whitespace
from w3lib.url import safe_url_string

# Chrome wherever it is, even inside an article: menus, breadcrumbs, cookie banners, share bars.
_ALWAYS_CHROME_TAGS = frozenset({"nav"})
_ALWAYS_CHROME_ROLES = frozenset({"navigation", "search", "dialog", "alertdialog"})
_ALWAYS_CHROME_WORDS = frozenset({"breadcrumb", "breadcrumbs", "ariane", "fil-ariane", "cookie", "cookies",
                                  "cookie-banner", "consent", "consent-banner", "share", "share-buttons", "sharedaddy",
                                  "social", "skip-link"})
# Chrome when it wraps the page, content when an article or <main> holds it (a byline, the article's tags).
_SITE_CHROME_TAGS = frozenset({"header", "footer", "aside"})
_SITE_CHROME_ROLES = frozenset({"banner", "contentinfo", "complementary"})
_SITE_CHROME_WORDS = frozenset({"site-header", "site-footer", "header", "footer", "main-nav", "site-nav", "navbar",
                                "menu", "mega-menu", "sidebar"})
_CONTENT_TAGS = frozenset({"main", "article"})
_LINK_TAGS = frozenset({"a", "area"})
_SCHEMES = ("http://", "https://")


def _words(element: etree._Element) -> set[str]:
    """The whole words of its class and id ("menu" is a word of "c-menu menu", not of "menu-cantine")."""
    return set(f"{element.get('class') or ''} {element.get('id') or ''}".lower().split())


def _verdict(element: etree._Element, in_chrome: bool, in_content: bool) -> tuple[bool, bool]:
    """(inside chrome, inside content) for an element, given its parent's."""
    if in_chrome:
        return True, in_content
    tag, role, words = element.tag, element.get("role"), _words(element)
    if tag in _ALWAYS_CHROME_TAGS or role in _ALWAYS_CHROME_ROLES or words & _ALWAYS_CHROME_WORDS:
        return True, in_content
    if not in_content and (tag in _SITE_CHROME_TAGS or role in _SITE_CHROME_ROLES or words & _SITE_CHROME_WORDS):
        return True, in_content
    return False, in_content or tag in _CONTENT_TAGS or role == "main"


class ContentLinks:
    """Split a page's links (absolute http(s) URLs, fragments dropped, each once) into content and chrome."""

    def split(self, response: TextResponse) -> tuple[list[str], list[str]]:
        root = response.selector.root
        base, encoding = get_base_url(response), response.encoding
        verdicts: dict[etree._Element, tuple[bool, bool]] = {}
        content: dict[str, None] = {}
        chrome: dict[str, None] = {}
        for element in root.iter(etree.Element):
            parent = element.getparent()
            verdict = verdicts[element] = _verdict(element, *verdicts.get(parent, (False, False)))
            if element.tag not in _LINK_TAGS or not (href := element.get("href")):
                continue
            url = urldefrag(urljoin(base, safe_url_string(strip_html5_whitespace(href), encoding)))[0]
            if url.startswith(_SCHEMES):
                (chrome if verdict[0] else content)[url] = None
        return list(content), [url for url in chrome if url not in content]
