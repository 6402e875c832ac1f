"""Serve one mirror epoch over real HTTP, on a loopback address only, in a background thread."""

import socket
import threading
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from ipaddress import ip_address
from types import TracebackType
from typing import NamedTuple, Self
from urllib.parse import urlsplit, urlunsplit

from mirror.epochs import Epoch
from mirror.site import MirrorSite, SiteResponse


class ServedRequest(NamedTuple):
    method: str
    path: str  # the request target as sent, query included
    status: int
    user_agent: str


class NotOnOrigin(ValueError):
    """A URL that is not on the origin it was meant to be translated from."""


class MirrorNotRunning(RuntimeError):
    """The server's address was asked for before it was started."""


def loopback_address(host: str) -> str:
    """The loopback IP literal to bind for `host`; a clear ValueError for anything that is not loopback."""
    if host == "localhost":
        return "127.0.0.1"
    try:
        address = ip_address(host.strip("[]"))
    except ValueError:
        address = None
    if address is None or not address.is_loopback:
        raise ValueError(f"the mirror serves on a loopback address only (127.0.0.1, ::1 or localhost), "
                         f"not {host!r}")
    return str(address)


class MirrorServer:
    """A context manager serving `epoch` on `host:port` (port 0: any free port) until the block ends."""

    def __init__(self, epoch: Epoch, host: str = "127.0.0.1", port: int = 0) -> None:
        self.epoch = epoch
        self._address = loopback_address(host)
        self._port = port
        self._site = MirrorSite(epoch)
        self._requests: list[ServedRequest] = []
        self._lock = threading.Lock()
        self._httpd: _MirrorHTTPServer | None = None
        self._thread: threading.Thread | None = None

    def __enter__(self) -> Self:
        self.start()
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 traceback: TracebackType | None) -> None:
        self.stop()

    def start(self) -> None:
        server_class = _MirrorHTTPServerV6 if ":" in self._address else _MirrorHTTPServer
        self._httpd = server_class((self._address, self._port), _MirrorHandler)
        self._httpd.mirror = self
        self._thread = threading.Thread(target=self._httpd.serve_forever, name=f"mirror-{self.epoch.name}",
                                        daemon=True)
        self._thread.start()

    def stop(self) -> None:
        if self._httpd is None:
            return
        self._httpd.shutdown()
        self._httpd.server_close()
        if self._thread is not None:
            self._thread.join()
        self._httpd = self._thread = None

    @property
    def base_url(self) -> str:
        if self._httpd is None:
            raise MirrorNotRunning("the mirror server has no address until it is started")
        port = self._httpd.server_address[1]
        host = f"[{self._address}]" if ":" in self._address else self._address
        return f"http://{host}:{port}"

    @property
    def start_urls(self) -> list[str]:
        return [self.base_url + path for path in self.epoch.start_paths]

    @property
    def requests(self) -> list[ServedRequest]:
        """A copy of what the server has answered so far, in order."""
        with self._lock:
            return list(self._requests)

    def to_live(self, served_url: str) -> str:
        return _swap_origin(served_url, self.base_url, self.epoch.origin)

    def to_served(self, live_url: str) -> str:
        return _swap_origin(live_url, self.epoch.origin, self.base_url)

    def record(self, request: ServedRequest) -> None:
        with self._lock:
            self._requests.append(request)

    def respond(self, target: str) -> SiteResponse:
        return self._site.respond(target, self.base_url)


def serve_forever(epoch: Epoch, host: str, port: int, announce: Callable[[str], None]) -> None:
    """Serve in the foreground until Ctrl-C."""
    with MirrorServer(epoch, host, port) as server:
        try:
            announce(f"serving mirror epoch {epoch.name} on {server.base_url} "
                     f"(live origin {epoch.origin}); Ctrl-C to stop")
            threading.Event().wait()
        except KeyboardInterrupt:
            pass


def _swap_origin(url: str, from_origin: str, to_origin: str) -> str:
    parts = urlsplit(url)
    source = urlsplit(from_origin)
    if (parts.scheme.lower(), parts.netloc.lower()) != (source.scheme.lower(), source.netloc.lower()):
        raise NotOnOrigin(f"{url!r} is not on {from_origin}")
    target = urlsplit(to_origin)
    return urlunsplit((target.scheme, target.netloc, parts.path or "/", parts.query, parts.fragment))


class _MirrorHTTPServer(ThreadingHTTPServer):
    mirror: MirrorServer


class _MirrorHTTPServerV6(_MirrorHTTPServer):
    address_family = socket.AF_INET6


class _MirrorHandler(BaseHTTPRequestHandler):
    server: _MirrorHTTPServer
    server_version = "paris-archive-mirror"
    protocol_version = "HTTP/1.0"  # one request per connection: nothing lingers when the server stops
    # Headers and body go out in two writes: without TCP_NODELAY the second waits ~40 ms for a delayed ACK.
    disable_nagle_algorithm = True

    def version_string(self) -> str:
        return self.server_version

    def do_GET(self) -> None:
        self._answer(with_body=True)

    def do_HEAD(self) -> None:
        self._answer(with_body=False)

    def _answer(self, with_body: bool) -> None:
        response = self.server.mirror.respond(self.path)
        self.send_response(response.status)
        for name, value in response.headers:
            self.send_header(name, value)
        self.end_headers()
        if with_body:
            self.wfile.write(response.body)

    def log_request(self, code: int | str = "-", size: int | str = "-") -> None:
        headers = getattr(self, "headers", None)
        self.server.mirror.record(ServedRequest(
            method=getattr(self, "command", None) or "",
            path=getattr(self, "path", ""),
            status=int(code),
            user_agent=(headers.get("User-Agent", "") if headers is not None else ""),
        ))

    def log_message(self, format: str, *args: object) -> None:
        """Quiet: the list of requests is kept in `MirrorServer.requests`, not printed."""
