"""A real HTTP server on loopback that stands between the SDK and the reference server.

By default it forwards every request to ``upstream`` and the answer back. A test gives it a
``rule`` to play a server or network that misbehaves: rewrite an answer, answer on its own,
drop the connection after the reference server has acted, or drip the answer byte by byte.
It also works as a plain HTTP forward proxy (requests with an absolute URI), whatever host
the URI names, so the SDK can be pointed at a host name that is not loopback.

Every request it receives is kept in ``seen`` (method, path, host, headers and body).
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import urlsplit

import httpx

__all__ = ["Exchange", "LoopbackProxy", "Reply", "Rule", "look_up_loopback_names_only", "running"]

_HOP_BY_HOP = {"connection", "keep-alive", "transfer-encoding", "content-length", "host"}


@dataclass
class Exchange:
    """One request the proxy received; ``forward()`` sends it (as changed) to the upstream."""

    method: str
    path: str
    host: str
    headers: dict[str, str]
    body: bytes
    via_proxy: bool
    send: Callable[[Exchange], httpx.Response] = field(repr=False)

    def forward(self) -> httpx.Response:
        """The upstream's answer to this request (with any change the rule made to it)."""
        return self.send(self)

    def header(self, name: str) -> str | None:
        """A request header, by case-insensitive name."""
        lowered = name.lower()
        return next((v for k, v in self.headers.items() if k.lower() == lowered), None)


@dataclass
class Reply:
    """What the proxy sends back.

    ``drop`` closes the connection without a byte of answer. ``drip`` sends the headers, then
    the body one byte every ``drip`` seconds. ``truncate`` sends the headers (with the whole
    body's length) and only that many bytes of the body, then closes the connection.
    """

    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b""
    drop: bool = False
    drip: float | None = None
    truncate: int | None = None

    def header(self, name: str) -> str | None:
        """An answer header, by case-insensitive name."""
        lowered = name.lower()
        return next((v for k, v in self.headers.items() if k.lower() == lowered), None)

    @classmethod
    def of(cls, response: httpx.Response) -> Reply:
        """The reference server's answer, decoded, as a Reply."""
        headers = {
            k: v
            for k, v in response.headers.items()
            if k.lower() not in _HOP_BY_HOP and k.lower() != "content-encoding"
        }
        return cls(response.status_code, headers, response.content)


Rule = Callable[[Exchange], Reply]


def forward_unchanged(exchange: Exchange) -> Reply:
    """The default rule: what the reference server answers."""
    return Reply.of(exchange.forward())


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: LoopbackProxy

    def log_message(self, format: str, *args: object) -> None:
        """No access log on the test output."""

    def _serve(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        self.server.serve_one(self, body)

    do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = do_HEAD = _serve

    def send(self, reply: Reply) -> None:
        if reply.drop:
            self.close_connection = True
            self.connection.shutdown(socket.SHUT_RDWR)
            return
        self.send_response(reply.status)
        for name, value in reply.headers.items():
            if name.lower() not in _HOP_BY_HOP:
                self.send_header(name, value)
        self.send_header("Content-Length", str(len(reply.body)))
        self.end_headers()
        if reply.truncate is not None:
            self.wfile.write(reply.body[: reply.truncate])
            self.wfile.flush()
            self.close_connection = True
            self.connection.shutdown(socket.SHUT_RDWR)
            return
        if reply.drip is None:
            self.wfile.write(reply.body)
            return
        for index in range(len(reply.body)):
            self.wfile.write(reply.body[index : index + 1])
            self.wfile.flush()
            if self.server.stopping.wait(reply.drip):
                break


class LoopbackProxy(ThreadingHTTPServer):
    """Forwards to ``upstream`` through ``rule`` (default: unchanged); records what it saw."""

    daemon_threads = True

    def __init__(self, upstream: str | None, *, host: str = "127.0.0.1") -> None:
        super().__init__((host, 0), _Handler)
        self._upstream = httpx.Client(base_url=upstream or "http://upstream.invalid", timeout=60)
        self.rule: Rule = forward_unchanged
        self.seen: list[Exchange] = []
        self.stopping = threading.Event()
        self._lock = threading.Lock()

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{host}:{port}"

    def serve_one(self, handler: _Handler, body: bytes) -> None:
        target = handler.path
        via_proxy = target.startswith(("http://", "https://"))
        host = handler.headers.get("Host", "")
        if via_proxy:
            parts = urlsplit(target)
            host = parts.netloc
            target = parts.path + (f"?{parts.query}" if parts.query else "")
        headers = {k: v for k, v in handler.headers.items() if k.lower() not in _HOP_BY_HOP}
        headers.pop("Proxy-Connection", None)
        exchange = Exchange(handler.command, target, host, headers, body, via_proxy, self._send)
        with self._lock:
            self.seen.append(exchange)
        try:
            reply = self.rule(exchange)
        except httpx.TransportError:  # the upstream is down: so is this connection
            reply = Reply(drop=True)
        handler.send(reply)

    def _send(self, exchange: Exchange) -> httpx.Response:
        return self._upstream.request(
            exchange.method, exchange.path, content=exchange.body, headers=exchange.headers
        )

    def paths(self, method: str | None = None) -> list[str]:
        """The paths requested so far (of one method, when given)."""
        with self._lock:
            return [e.path for e in self.seen if method is None or e.method == method]

    def everything_seen(self) -> str:
        """Every request line, header and body received, as one text."""
        with self._lock:
            return "\n".join(
                f"{e.method} {e.host}{e.path} {e.headers} {e.body.decode('latin-1')}"
                for e in self.seen
            )

    def server_close(self) -> None:
        self.stopping.set()
        super().server_close()
        self._upstream.close()


def look_up_loopback_names_only(monkeypatch: Any) -> None:
    """Make name lookups of anything but loopback names fail at once, for one test.

    Tests name hosts such as ``servicelayer.test`` that only the proxy may reach; without
    this, a request that bypasses the proxy would send a DNS query off the machine.
    """
    real_getaddrinfo = socket.getaddrinfo

    def loopback_names_only(host: Any, *args: Any, **kwargs: Any) -> Any:
        name = host.decode() if isinstance(host, bytes) else str(host)
        if name not in ("localhost", "::1") and not name.startswith("127."):
            raise socket.gaierror(socket.EAI_NONAME, f"{name}: not looked up in tests")
        return real_getaddrinfo(host, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", loopback_names_only)


@contextmanager
def running(server: ThreadingHTTPServer) -> Iterator[None]:
    """Serve in a thread until the block ends."""
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
    thread.daemon = True
    thread.start()
    try:
        yield
    finally:
        if isinstance(server, LoopbackProxy):
            server.stopping.set()
        server.shutdown()
        server.server_close()
        thread.join(5)


def wait_for(condition: Callable[[], bool], timeout: float = 10.0) -> bool:
    """Poll ``condition`` until it holds or ``timeout`` passes."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.01)
    return condition()
