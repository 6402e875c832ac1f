"""A polite HTTP client for web archives: a pause between requests, retries with back-off, no redirect following.

The clock and the sleep are injected, so tests run without waiting and the pacing can be checked.
"""

import http.client
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, field

from backfill.errors import BackfillError

# Worth another try: the archive is busy or briefly broken.
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
_TRANSIENT_ERRORS = (urllib.error.URLError, http.client.HTTPException, ConnectionError, TimeoutError)


@dataclass(frozen=True)
class HttpResponse:
    url: str
    status: int
    reason: str
    http_version: str
    headers: list[tuple[str, str]]
    body: bytes

    def header(self, name: str) -> str | None:
        for key, value in self.headers:
            if key.lower() == name.lower():
                return value
        return None


@dataclass
class FetchStats:
    requests: int = 0
    retries: int = 0
    responses_by_status: dict[str, int] = field(default_factory=dict)


class _NoRedirects(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs) -> None:
        return None  # hand the 3xx back to the caller, which decides


class PoliteClient:
    """GET with at least `delay` seconds between requests and up to `retries` more tries on transient errors,
    waiting `delay * 2**try` (or the server's Retry-After) before each."""

    def __init__(self, *, user_agent: str, delay: float, retries: int, timeout: float,
                 monotonic: Callable[[], float], sleep: Callable[[float], None]) -> None:
        if delay < 0 or retries < 0:
            raise BackfillError("the delay and the number of retries cannot be negative")
        self._headers = {"User-Agent": user_agent, "Accept-Encoding": "identity"}
        self._delay = delay
        self._retries = retries
        self._timeout = timeout
        self._monotonic = monotonic
        self._sleep = sleep
        self._last_request: float | None = None
        self._opener = urllib.request.build_opener(_NoRedirects)
        self.stats = FetchStats()

    @property
    def request_headers(self) -> list[tuple[str, str]]:
        return list(self._headers.items())

    def get(self, url: str) -> HttpResponse:
        """The response, whatever its status, once it is not a transient error; BackfillError when retries run out."""
        backoff = 0.0
        for attempt in range(self._retries + 1):
            if attempt:
                self.stats.retries += 1
            self._wait_turn(extra=backoff)
            retry_after = None
            try:
                response = self._get_once(url)
            except _TRANSIENT_ERRORS as exc:
                problem = f"{type(exc).__name__}: {getattr(exc, 'reason', exc)}"
            else:
                if response.status not in RETRY_STATUSES:
                    return response
                problem = f"HTTP {response.status} {response.reason}".rstrip()
                retry_after = response.header("Retry-After")
            asked = float(retry_after) if retry_after and retry_after.isdigit() else 0.0
            backoff = max(self._delay * 2 ** (attempt + 1), asked)
        raise BackfillError(f"{url}: {problem} (after {self._retries + 1} tries)")

    def _wait_turn(self, extra: float) -> None:
        if self._last_request is not None:
            remaining = self._last_request + self._delay + extra - self._monotonic()
            if remaining > 0:
                self._sleep(remaining)
        self._last_request = self._monotonic()

    def _get_once(self, url: str) -> HttpResponse:
        self.stats.requests += 1
        request = urllib.request.Request(url, headers=self._headers)
        try:
            handle = self._opener.open(request, timeout=self._timeout)
        except urllib.error.HTTPError as error:  # a 4xx or 5xx is still an answer
            handle = error
        with handle:
            body = handle.read()
            status = handle.status
            version = {10: "HTTP/1.0", 11: "HTTP/1.1"}.get(getattr(handle, "version", 11), "HTTP/1.1")
            response = HttpResponse(url, status, handle.reason or "", version, list(handle.headers.items()), body)
        key = str(status)
        self.stats.responses_by_status[key] = self.stats.responses_by_status.get(key, 0) + 1
        return response
