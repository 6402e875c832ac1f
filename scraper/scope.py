"""Which URLs a crawl may follow: the start URLs' path prefixes on their hosts, or an explicit pattern."""

import re
from dataclasses import dataclass
from urllib.parse import urlsplit


class ScopeError(ValueError):
    """A start URL or pattern that cannot define a crawl scope."""


@dataclass(frozen=True)
class CrawlScope:
    prefixes: tuple[tuple[str, str], ...]  # (scheme://host:port, path prefix)
    allow: re.Pattern[str] | None = None

    @classmethod
    def from_start_urls(cls, start_urls: list[str], allow: str | None = None) -> "CrawlScope":
        if not start_urls:
            raise ScopeError("no start URL given")
        prefixes = []
        for url in start_urls:
            parts = urlsplit(url)
            if parts.scheme not in ("http", "https") or not parts.netloc:
                raise ScopeError(f"start URL {url!r} is not an absolute http(s) URL")
            directory = parts.path[: parts.path.rfind("/") + 1] or "/"
            prefixes.append((f"{parts.scheme}://{parts.netloc}", directory))
        try:
            pattern = re.compile(allow) if allow else None
        except re.error as exc:
            raise ScopeError(f"allow pattern {allow!r} is not a valid regular expression: {exc}") from None
        return cls(tuple(prefixes), pattern)

    def allows(self, url: str) -> bool:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https"):
            return False
        origin = f"{parts.scheme}://{parts.netloc}"
        if self.allow is not None:
            hosts = {prefix_origin for prefix_origin, _ in self.prefixes}
            return origin in hosts and bool(self.allow.search(url))
        return any(origin == prefix_origin and (parts.path or "/").startswith(path)
                   for prefix_origin, path in self.prefixes)
