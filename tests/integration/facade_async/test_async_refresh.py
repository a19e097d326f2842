"""Many tasks share one AsyncSession whose credentials are about to run out: exactly one
refresh request, for an OIDC access token and for a server session alike."""

from __future__ import annotations

import asyncio
import time

import facade
from facade import SessionConfiguration
from facade.auth.oidc._identity import OIDCIdentity
from generated.api.databases import list_databases
from tests.conftest import ServerFactory
from tests.integration.facade_oidc._browser import EmbeddedIdPUser

TASKS = 100


async def _list_databases(session: facade.AsyncSession) -> int:
    response = await list_databases.asyncio_detailed(client=session.generated_client)
    return int(response.status_code)


def _identity(session: facade.AsyncSession) -> OIDCIdentity:
    identity = session._connection.identity
    assert isinstance(identity, OIDCIdentity)
    return identity


def test_a_hundred_tasks_cause_exactly_one_token_refresh(server_factory: ServerFactory) -> None:
    server = server_factory("--data", ":memory:", "--access-token-ttl", "10")
    user = EmbeddedIdPUser("writer", "writer-password")

    async def scenario() -> None:
        builder = facade.AsyncSessionBuilder(server.url, SessionConfiguration()).with_oidc()
        async with await builder.with_device_code_flow(user.approve_device) as session:
            auth = _identity(session).auth
            before = auth.tokens.access_token
            assert auth.refresh_count == 0
            tokens = auth.tokens
            assert tokens.expires_at is not None and tokens.received_at is not None
            due = tokens.expires_at - (tokens.expires_at - tokens.received_at) / 2
            await asyncio.sleep(max(0.0, due - time.time()) + 0.05)
            assert auth.refresh_due()
            statuses = await asyncio.gather(*(_list_databases(session) for _ in range(TASKS)))
            assert statuses == [200] * TASKS
            assert auth.refresh_count == 1
            assert auth.tokens.access_token != before
            refreshed = await builder.with_refresh_token(auth.tokens.refresh_token or "")
            async with refreshed:
                assert await _list_databases(refreshed) == 200

    asyncio.run(scenario())


def test_a_hundred_tasks_share_one_server_session_refresh(server_factory: ServerFactory) -> None:
    ttl = 10  # the next refresh falls due ttl/2 after the first: far beyond the burst
    server = server_factory("--data", ":memory:", "--session-ttl", str(ttl))

    async def scenario() -> None:
        configuration = SessionConfiguration(token_refresh_margin=ttl / 2)
        builder = facade.AsyncSessionBuilder(server.url, configuration)
        async with await builder.with_api_key("demo-writer-api-key") as session:
            server_session = session._connection.server_session
            assert server_session is not None
            assert await _list_databases(session) == 200
            await asyncio.sleep(ttl / 2 + 0.3)
            statuses = await asyncio.gather(*(_list_databases(session) for _ in range(TASKS)))
            assert statuses == [200] * TASKS
            assert server_session.refreshes == 1 and server_session.creations == 1

    asyncio.run(scenario())
