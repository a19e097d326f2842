"""Drive the server's ASGI app directly, counting the body bytes it pulls from the client."""

from __future__ import annotations

import asyncio
import base64
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from starlette.types import ASGIApp, Message

PASSWORDS = {"admin": "admin-password", "writer": "writer-password", "reader": "reader-password"}


def basic(user: str, password: str | None = None) -> tuple[bytes, bytes]:
    """An ``Authorization`` header with ``user``'s demo password (or ``password``)."""
    secret = PASSWORDS[user] if password is None else password
    token = base64.b64encode(f"{user}:{secret}".encode()).decode()
    return b"authorization", f"Basic {token}".encode()


@dataclass
class Exchange:
    """What the app answered, and how many body bytes it read."""

    status: int = 0
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b""
    bytes_pulled: int = 0


def call(
    app: ASGIApp,
    method: str,
    path: str,
    *,
    headers: Iterable[tuple[bytes, bytes]] = (),
    chunks: Iterable[bytes] = (),
    query: bytes = b"",
    client: str = "127.0.0.1",
) -> Exchange:
    """One request to ``app`` whose body arrives in ``chunks`` (a chunked body: no length)."""
    exchange = Exchange()
    pending: Iterator[bytes] = iter(chunks)
    scope: dict[str, Any] = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": method,
        "scheme": "http",
        "path": path,
        "raw_path": path.encode(),
        "root_path": "",
        "query_string": query,
        "headers": [(b"host", b"127.0.0.1:8765"), *headers],
        "client": (client, 50000),
        "server": ("127.0.0.1", 8765),
    }

    async def receive() -> Message:
        chunk = next(pending, None)
        if chunk is None:
            return {"type": "http.request", "body": b"", "more_body": False}
        exchange.bytes_pulled += len(chunk)
        return {"type": "http.request", "body": chunk, "more_body": True}

    async def send(message: Message) -> None:
        if message["type"] == "http.response.start":
            exchange.status = message["status"]
            exchange.headers = {k.decode().lower(): v.decode() for k, v in message["headers"]}
        elif message["type"] == "http.response.body":
            exchange.body += message.get("body", b"")

    asyncio.run(app(scope, receive, send))
    return exchange
