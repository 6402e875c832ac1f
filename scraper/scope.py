"""Which URLs a crawl may follow, and why it leaves the others out.

The scope is the start URLs' hosts, within their path prefixes (or an explicit `allow` pattern instead), minus
the `deny` patterns, up to `max_depth` links from a start page. Which links of a page are looked at at all
(its content, not the site's menus) is the spider's business: this module is plain data, no Scrapy.
"""

import re
from dataclasses import dataclass
from enum import StrEnum
from urllib.parse import urlsplit, urlunsplit

# Links from a start page to the deepest page the mirror's sections need is 3; the live section is shallower
# than its menus suggest. Room to spare, not a crawl of the whole site.
DEFAULT_MAX_DEPTH = 6
_ENCODED_DOT = re.compile("%2e", re.IGNORECASE)


class LeftOut(StrEnum):
    """Why a link was not followed (the names of the counts in the crawl's stats and run record)."""

    SITE_CHROME = "site_chrome"  # in the site's header, menus, footer, breadcrumbs, sidebars or cookie banner
    DEPTH = "depth"  # further from the start pages than the depth limit
    PATTERN = "pattern"  # outside the start URLs' path prefixes, not matching --allow, or matching --deny
    OTHER_HOST = "other_host"  # on a host the crawl did not start from, or not http(s)
    ROBOTS_TXT = "robots_txt"  # disallowed by the site's robots.txt (counted by Scrapy, as it fetches)
    DATE = "date"  # a press release outside the source's dates


class ScopeError(ValueError):
    """A start URL or pattern that cannot define a crawl scope."""


@dataclass(frozen=True)
class CrawlScope:
    prefixes: tuple[tuple[str, str], ...]  # (scheme://host:port, path prefix)
    allow: re.Pattern[str] | None = None
    deny: tuple[re.Pattern[str], ...] = ()
    max_depth: int | None = DEFAULT_MAX_DEPTH  # None: no limit

    @classmethod
    def from_start_urls(cls, start_urls: list[str], allow: str | None = None, deny: list[str] | tuple = (),
                        max_depth: int | None = DEFAULT_MAX_DEPTH) -> "CrawlScope":
        if not start_urls:
            raise ScopeError("no start URL given")
        prefixes = []
        for url in start_urls:
            try:
                parts = urlsplit(url)
            except ValueError as exc:  # e.g. an unclosed IPv6 bracket
                raise ScopeError(f"start URL {url!r} is not a valid URL ({exc})") from None
            if parts.scheme not in ("http", "https") or not parts.netloc:
                raise ScopeError(f"start URL {url!r} is not an absolute http(s) URL")
            directory = parts.path[: parts.path.rfind("/") + 1] or "/"
            prefixes.append((f"{parts.scheme}://{parts.netloc}", directory))
        if max_depth is not None and max_depth < 0:
            raise ScopeError(f"depth limit {max_depth} is negative (0: the start pages only)")
        return cls(tuple(prefixes), _pattern(allow, "allow") if allow else None,
                   tuple(_pattern(text, "deny") for text in deny), max_depth)

    def allows(self, url: str, depth: int = 0) -> bool:
        return self.left_out(url, depth) is None

    def left_out(self, url: str, depth: int = 0) -> LeftOut | None:
        """Why a link to `url`, `depth` links from a start page, is not followed; None when it is. The URL is read
        as the server will read it: `/section/%2e%2e/admin` is `/admin`, outside `/section/`."""
        try:
            url = normalised(url)
            parts = urlsplit(url)
        except ValueError:
            return LeftOut.OTHER_HOST
        origin = f"{parts.scheme}://{parts.netloc}"
        if parts.scheme not in ("http", "https") or origin not in {host for host, _ in self.prefixes}:
            return LeftOut.OTHER_HOST
        if not self._matches(url, origin, parts.path or "/") or any(pattern.search(url) for pattern in self.deny):
            return LeftOut.PATTERN
        if self.max_depth is not None and depth > self.max_depth:
            return LeftOut.DEPTH
        return None

    def _matches(self, url: str, origin: str, path: str) -> bool:
        if self.allow is not None:
            return bool(self.allow.search(url))
        return any(origin == host and path.startswith(prefix) for host, prefix in self.prefixes)


def normalised(url: str) -> str:
    """`url` with its percent-encoded dots decoded and its dot segments resolved (RFC 3986, 5.2.4)."""
    parts = urlsplit(url)
    path = _ENCODED_DOT.sub(".", parts.path)
    if "." not in path:
        return url
    return urlunsplit(parts._replace(path=_without_dot_segments(path)))


def _without_dot_segments(path: str) -> str:
    kept: list[str] = []
    segments = path.split("/")
    for segment in segments:
        if segment == "..":
            if len(kept) > 1:
                kept.pop()
        elif segment != ".":
            kept.append(segment)
    # A path that ended in a dot segment names a folder: keep its trailing slash.
    if segments[-1] in (".", "..") and (len(kept) == 1 or kept[-1] != ""):
        kept.append("")
    return "/".join(kept) if path.startswith("/") else "/".join(kept).lstrip("/")


def _pattern(text: str, option: str) -> re.Pattern[str]:
    try:
        return re.compile(text)
    except re.error as exc:
        raise ScopeError(f"{option} pattern {text!r} is not a valid regular expression: {exc}") from None
