"""The AsyncSession's OIDC sign-in paths against the embedded identity provider: access token,
stored refresh token (real keyring) and the authorization-code flow in a (scripted) browser.
The device code and refresh token paths are in ``facade_async/test_async_refresh.py``."""

from __future__ import annotations

import asyncio

import pytest
from keyrings.alt.file import PlaintextKeyring

import facade
from facade import AccessDeniedError, AsyncSession, SessionConfiguration
from generated.api.databases import list_databases

from ._browser import EmbeddedIdPUser
from ._running_server import RunningServer
from .conftest import CountingOIDCSessionBuilder, identity_of


def _async_builder(server: RunningServer) -> facade.AsyncOIDCSessionBuilder:
    configuration = SessionConfiguration(timeout=20000)
    return facade.AsyncSessionBuilder(server.url, configuration).with_oidc()


def _sync_builder(server: RunningServer) -> CountingOIDCSessionBuilder:
    return CountingOIDCSessionBuilder(server.url, SessionConfiguration(timeout=20000))


async def _lists_databases(session: AsyncSession) -> bool:
    response = await list_databases.asyncio_detailed(client=session.generated_client)
    return response.status_code == 200


def test_access_token(oidc_server: RunningServer) -> None:
    user = EmbeddedIdPUser("reader", "reader-password")
    with _sync_builder(oidc_server).with_device_code_flow(user.approve_device) as first:
        access_token = identity_of(first).auth.tokens.access_token

    async def scenario() -> None:
        async with await _async_builder(oidc_server).with_access_token(access_token) as session:
            assert session.username == "reader"
            assert await _lists_databases(session)

    asyncio.run(scenario())


def test_stored_token_in_a_real_keyring(
    oidc_server: RunningServer, file_keyring: PlaintextKeyring
) -> None:
    user = EmbeddedIdPUser("writer", "writer-password")

    async def scenario() -> None:
        builder = _async_builder(oidc_server)
        async with await builder.with_device_code_flow(user.approve_device) as first:
            first.persist_oidc_token()
        async with await _async_builder(oidc_server).with_stored_token() as session:
            assert session.username == "writer"
            assert await _lists_databases(session)

    asyncio.run(scenario())


def test_authorization_code_flow(oidc_server: RunningServer) -> None:
    user = EmbeddedIdPUser("reader", "reader-password")
    refusing = EmbeddedIdPUser("reader", "reader-password", decision="deny")

    async def scenario() -> None:
        builder = _async_builder(oidc_server)
        async with await builder.with_authorization_code_flow(
            open_browser=user.open_browser
        ) as session:
            assert session.username == "reader"
            assert await _lists_databases(session)
        assert "code_challenge_method=S256" in user.opened[0]
        with pytest.raises(AccessDeniedError):
            await _async_builder(oidc_server).with_authorization_code_flow(
                open_browser=refusing.open_browser
            )

    asyncio.run(scenario())
