"""Stable identifiers: short hashes of the fields that identify a row, never of the clock."""

import hashlib
from urllib.parse import urlsplit


def short_hash(*parts: str) -> str:
    """16 hex digits of SHA-256 over the parts (joined with a separator no part contains)."""
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:16]


def url_key(url: str) -> str:
    """A URL without scheme and fragment, so that http/https copies of one page share an id."""
    parts = urlsplit(url)
    query = f"?{parts.query}" if parts.query else ""
    return f"{parts.netloc.lower()}{parts.path or '/'}{query}"
