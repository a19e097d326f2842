"""``httpx.Auth`` for an AsyncSession's ``httpx.AsyncClient``: server sessions and OIDC tokens.

Both wrap the blocking auth the Session uses, so creation, refresh and re-creation follow
the same rules. A refresh that is due runs in a worker thread under an ``asyncio.Lock``:
however many tasks share the session, exactly one refresh is in flight and the others wait
for its result; a task that finds the credentials fresh takes no lock at all.
"""

from __future__ import annotations

import asyncio
import functools
from collections.abc import AsyncGenerator

import httpx

from ._server_session import SESSION_HEADER, ServerSessionAuth
from .oidc._tokens import RefreshingBearerAuth

__all__ = ["AsyncBearerAuth", "AsyncServerSessionAuth"]


class AsyncServerSessionAuth(httpx.Auth):
    """Carries ``X-Session-Id``; refreshes or re-creates the server session single-flight."""

    requires_request_body = True  # a request answered 401 is sent again with a new session

    def __init__(self, session: ServerSessionAuth) -> None:
        self._session = session
        self._lock = asyncio.Lock()

    async def _session_id(self) -> str:
        session_id = self._session.current_session_id()
        if session_id is not None:
            return session_id
        async with self._lock:
            return await asyncio.to_thread(self._session.session_id)

    async def async_auth_flow(
        self, request: httpx.Request
    ) -> AsyncGenerator[httpx.Request, httpx.Response]:
        session_id = await self._session_id()
        request.headers[SESSION_HEADER] = session_id
        response = yield request
        session = self._session
        if response.status_code == 401 and session.can_recreate and not session.closed:
            async with self._lock:
                new_id = await asyncio.to_thread(session.recreate, session_id)
            request.headers[SESSION_HEADER] = new_id
            yield request


class AsyncBearerAuth(httpx.Auth):
    """Sends ``Authorization: Bearer``; refreshes the access token single-flight before expiry."""

    requires_request_body = True  # a request answered 401 is sent again with a new token

    def __init__(self, tokens: RefreshingBearerAuth) -> None:
        self._tokens = tokens
        self._lock = asyncio.Lock()

    async def _access_token(self) -> str:
        if not self._tokens.refresh_due():
            return self._tokens.tokens.access_token
        async with self._lock:
            if not self._tokens.refresh_due():  # another task refreshed while this one waited
                return self._tokens.tokens.access_token
            return await asyncio.to_thread(self._tokens.access_token)

    async def async_auth_flow(
        self, request: httpx.Request
    ) -> AsyncGenerator[httpx.Request, httpx.Response]:
        token = await self._access_token()
        request.headers["Authorization"] = f"Bearer {token}"
        response = yield request
        if response.status_code == 401 and self._tokens.can_refresh:
            # Revoked or expired early on the server side: one refresh, one retry.
            refresh = functools.partial(self._tokens.access_token, force_refresh=True, stale=token)
            async with self._lock:
                new_token = await asyncio.to_thread(refresh)
            request.headers["Authorization"] = f"Bearer {new_token}"
            yield request
