"""Fixtures for the OIDC integration tests: the reference server, a keyring, a counting IdP client."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import keyring
import pytest
from keyrings.alt.file import PlaintextKeyring

from facade import OIDCSessionBuilder
from facade._connection import Connection
from facade.auth.oidc._identity import OIDCIdentity
from generated.api.databases import list_databases

from ._running_server import RunningServer, run_server


@pytest.fixture(scope="module")
def oidc_server() -> Iterator[RunningServer]:
    """The reference server with its embedded identity provider (access tokens live 5 min)."""
    with run_server("--access-token-ttl", "300") as server:
        yield server


@pytest.fixture
def file_keyring(tmp_path: Path) -> Iterator[PlaintextKeyring]:
    """A real keyring backend (keyrings.alt's file backend) in a temporary directory."""
    previous = keyring.get_keyring()
    backend = PlaintextKeyring()
    backend.file_path = str(tmp_path / "keyring.cfg")
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(previous)


class CountingOIDCSessionBuilder(OIDCSessionBuilder):
    """The real builder; its identity-provider clients record every request they send."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.idp_requests: list[tuple[str, str, dict[str, str]]] = []

    def _record(self, request: httpx.Request) -> None:
        form: dict[str, str] = {}
        if request.method == "POST":
            form = dict(httpx.QueryParams(request.content.decode()))
        self.idp_requests.append((request.method, request.url.path, form))

    def _idp_client(self) -> httpx.Client:
        client = super()._idp_client()
        client.event_hooks = {"request": [self._record], "response": []}
        return client

    def grants(self, grant_type: str) -> int:
        """How many token requests of ``grant_type`` reached the identity provider."""
        return sum(1 for _, _, form in self.idp_requests if form.get("grant_type") == grant_type)


def connection_of(session: Any) -> Connection:
    """The Connection behind a Session (or the Connection itself)."""
    return session if isinstance(session, Connection) else session._connection  # type: ignore[no-any-return]


def identity_of(session: Any) -> OIDCIdentity:
    identity = connection_of(session).identity
    assert isinstance(identity, OIDCIdentity)
    return identity


def list_databases_status(session: Any) -> int:
    """One authenticated Service Layer call through the session's shared client."""
    response = list_databases.sync_detailed(client=connection_of(session).client)
    return int(response.status_code)
