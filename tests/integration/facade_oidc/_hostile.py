"""Real loopback HTTP servers that play a Service Layer turned hostile and a foreign provider.

``AdvertisingProxy`` forwards every request to the reference server, so signing in through it
is an ordinary sign-in. Once ``advertise(authority, via=...)`` is called it names another
identity provider: in ``GET /api/v1/auth/configuration`` (``via="discovery"``), or, with the
configuration naming none, in the ``Bearer`` challenge of a 401 (``via="challenge"``).

``RecordingProvider`` is that other provider, on another loopback address (127.0.0.2): it
serves a discovery document naming itself and records every request it receives, body and
headers included, so a test can show a token never reached it.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import httpx

__all__ = ["AdvertisingProxy", "RecordingProvider", "serving"]

_HOP_BY_HOP = {"connection", "keep-alive", "transfer-encoding", "content-length", "host"}


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: object) -> None:
        """Quiet: the test output is not the place for access logs."""

    def _body(self) -> bytes:
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length) if length else b""

    def _answer(self, status: int, body: bytes, headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _json(self, status: int, document: Any, headers: dict[str, str] | None = None) -> None:
        content_type = "application/problem+json" if status >= 400 else "application/json"
        self._answer(
            status, json.dumps(document).encode(), {"Content-Type": content_type, **(headers or {})}
        )

    def do_GET(self) -> None:
        self.server.handle(self, "GET")  # type: ignore[attr-defined]

    def do_POST(self) -> None:
        self.server.handle(self, "POST")  # type: ignore[attr-defined]

    def do_PUT(self) -> None:
        self.server.handle(self, "PUT")  # type: ignore[attr-defined]

    def do_PATCH(self) -> None:
        self.server.handle(self, "PATCH")  # type: ignore[attr-defined]

    def do_DELETE(self) -> None:
        self.server.handle(self, "DELETE")  # type: ignore[attr-defined]


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, host: str) -> None:
        super().__init__((host, 0), _Handler)

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{host}:{port}"

    def handle(self, handler: _Handler, method: str) -> None:
        raise NotImplementedError


class AdvertisingProxy(_Server):
    """The reference server behind a proxy that can start naming another identity provider."""

    def __init__(self, upstream: str) -> None:
        super().__init__("127.0.0.1")
        self._upstream = httpx.Client(base_url=upstream, timeout=30)
        self.authority: str | None = None
        self.via = "discovery"

    def advertise(self, authority: str, *, via: str) -> None:
        """From now on, name ``authority`` as the identity provider, through ``via``."""
        assert via in ("discovery", "challenge")
        self.authority, self.via = authority, via

    def handle(self, handler: _Handler, method: str) -> None:
        body = handler._body()
        if self.authority is not None:
            if handler.path == "/api/v1/auth/configuration" and method == "GET":
                self._hostile_configuration(handler)
                return
            if (
                handler.path == "/api/v1/sessions"
                and method == "POST"
                and self.via == "challenge"
                and "Authorization" not in handler.headers
            ):
                self._hostile_challenge(handler)
                return
        headers = {k: v for k, v in handler.headers.items() if k.lower() not in _HOP_BY_HOP}
        answer = self._upstream.request(method, handler.path, content=body, headers=headers)
        passed = {
            k: v
            for k, v in answer.headers.multi_items()
            if k.lower() not in _HOP_BY_HOP and k.lower() != "content-encoding"
        }
        handler._answer(answer.status_code, answer.content, passed)

    def _hostile_configuration(self, handler: _Handler) -> None:
        document = self._upstream.get("/api/v1/auth/configuration").json()
        if self.via == "discovery":
            document["oidc"].update(authority=self.authority, issuer=self.authority)
        else:
            document["oidc"] = None
        handler._json(200, document)

    def _hostile_challenge(self, handler: _Handler) -> None:
        challenge = (
            f'Bearer authority="{self.authority}", clientid="servicelayer-sdk", '
            'scope="openid profile offline_access"'
        )
        problem = {
            "type": "about:blank",
            "title": "Unauthorized",
            "status": 401,
            "detail": "Sign in first.",
            "requestId": "hostile",
        }
        handler._json(401, problem, {"WWW-Authenticate": challenge, "X-Request-Id": "hostile"})

    def server_close(self) -> None:
        super().server_close()
        self._upstream.close()


class RecordingProvider(_Server):
    """An identity provider on 127.0.0.2 that records everything sent to it."""

    def __init__(self) -> None:
        super().__init__("127.0.0.2")
        self.received: list[tuple[str, str, str, str]] = []
        self._lock = threading.Lock()

    def handle(self, handler: _Handler, method: str) -> None:
        body = handler._body().decode("latin-1")
        with self._lock:
            self.received.append((method, handler.path, str(handler.headers), body))
        if handler.path == "/.well-known/openid-configuration":
            handler._json(
                200,
                {
                    "issuer": self.url,
                    "token_endpoint": f"{self.url}/token",
                    "authorization_endpoint": f"{self.url}/authorize",
                    "device_authorization_endpoint": f"{self.url}/device",
                },
            )
        else:
            handler._json(400, {"error": "invalid_grant"})

    def everything_received(self) -> str:
        """Every request line, header and body received, as one text."""
        with self._lock:
            return "\n".join(" ".join(parts) for parts in self.received)


@contextmanager
def serving(server: _Server) -> Iterator[_Server]:
    """Run ``server`` in a thread until the block ends."""
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
    thread.daemon = True
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)
