"""What several benchmarks share: a facade session, a bare httpx client, record identifiers,
and an httpx transport that replays recorded server answers in-process."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import httpx

from facade import Session, SessionBuilder
from facade._core.transport import build_httpx_client

from ._server import ADMIN_KEY

__all__ = [
    "RecordingTransport",
    "ReplayTransport",
    "bare_client",
    "collect_records",
    "facade_session",
    "replace_network",
]


def facade_session(url: str) -> Session:
    """A facade session signed in with the demo admin API key."""
    return SessionBuilder(url).with_api_key(ADMIN_KEY)


@contextmanager
def bare_client(url: str, transport: httpx.BaseTransport | None = None) -> Iterator[httpx.Client]:
    """A plain keep-alive httpx client authenticating with the API key header."""
    with httpx.Client(
        base_url=url, headers={"X-API-Key": ADMIN_KEY}, transport=transport, timeout=120.0
    ) as c:
        yield c


def collect_records(url: str, db_key: str, count: int) -> list[dict[str, Any]]:
    """``count`` record JSON objects of ``db_key`` (paging a text search; setup, not timed)."""
    found: list[dict[str, Any]] = []
    page: int | None = 1
    with bare_client(url) as client:
        while page is not None and len(found) < count:
            answer = client.get(
                f"/api/v1/databases/{db_key}/search",
                params={"mode": "text", "query": "a", "page": page, "pageSize": 1000},
            )
            answer.raise_for_status()
            body = answer.json()
            found.extend(r for r in body["records"] if r["type"] != "folder")
            page = body["nextPage"]
    if len(found) < count:
        raise RuntimeError(f"the server has only {len(found)} records in {db_key}")
    return found[:count]


class RecordingTransport(httpx.BaseTransport):
    """Passes requests on and keeps every answer (status, headers, body) in order."""

    def __init__(self, transport: httpx.BaseTransport) -> None:
        self._transport = transport
        self.answers: list[tuple[str, int, list[tuple[bytes, bytes]], bytes]] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self._transport.handle_request(request)
        body = response.read()
        key = f"{request.method} {request.url.path}"
        self.answers.append((key, response.status_code, response.headers.raw, body))
        return httpx.Response(response.status_code, headers=response.headers.raw, content=body)

    def close(self) -> None:
        self._transport.close()


class ReplayTransport(httpx.BaseTransport):
    """Answers requests with recorded answers, in the recorded order (cycling); no network."""

    def __init__(self, answers: list[tuple[str, int, list[tuple[bytes, bytes]], bytes]]) -> None:
        if not answers:
            raise ValueError("nothing was recorded")
        self._answers = answers
        self._next = 0

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        key, status, headers, body = self._answers[self._next]
        self._next = (self._next + 1) % len(self._answers)
        if key != f"{request.method} {request.url.path}":
            raise AssertionError(f"replay expected {key}, got {request.method} {request.url.path}")
        return httpx.Response(status, headers=headers, content=body)


def replace_network(session: Session, network: httpx.BaseTransport) -> None:
    """Rebuild the session's shared client with the same settings and auth over ``network``."""
    connection = session._connection
    old = connection.client.get_httpx_client()
    new = build_httpx_client(
        connection.configuration,
        base_url=connection.service_layer_url,
        auth=old.auth,
        network=network,
    )
    connection.client.set_httpx_client(new)
    old.close()
