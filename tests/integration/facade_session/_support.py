"""Helpers for the connection-layer integration tests (real reference server on loopback)."""

from __future__ import annotations

from typing import Any

import httpx

from facade import SessionConfiguration
from facade._connection import Connection, CredentialsIdentity, open_connection
from facade._core.errors import error_from_response
from generated.api.databases import list_databases
from generated.models import DatabaseList

DEMO_DOMAIN = "DEMO"


def connect(url: str, auth: httpx.Auth, **configuration: Any) -> Connection:
    """A connection through ``auth`` (the builder's path, without the data Session on top)."""
    return open_connection(
        url, SessionConfiguration(**configuration), auth=auth, identity=CredentialsIdentity("test")
    )


def list_database_keys(connection: Connection) -> list[str]:
    """One authenticated data call; raises the facade's typed error on a non-2xx answer."""
    response = list_databases.sync_detailed(client=connection.client)
    if response.status_code != 200:
        raise error_from_response(
            httpx.Response(
                response.status_code, headers=response.headers, content=response.content
            ),
            "list_databases",
        )
    assert isinstance(response.parsed, DatabaseList)
    return [database.key for database in response.parsed.databases]


class SentHeaders:
    """Records the headers of every request the connection's shared client sends."""

    def __init__(self, connection: Connection) -> None:
        self.requests: list[tuple[str, httpx.Headers]] = []
        hooks = connection.client.get_httpx_client().event_hooks
        hooks["request"].append(self._record)

    def _record(self, request: httpx.Request) -> None:
        self.requests.append((request.url.path, httpx.Headers(request.headers)))

    def session_ids(self) -> set[str]:
        return {h["X-Session-Id"] for _, h in self.requests if "X-Session-Id" in h}
