"""Server sessions (``POST /api/v1/sessions``): one sign-in, then ``X-Session-Id`` on every request.

Connection-bound schemes (NTLM, Negotiate) can only authenticate one TCP connection, so the
handshake creates a server session on a client pinned to one connection (``ControlChannel``)
and every request of the shared, pooled client carries the session id instead. Basic and API
keys use the same path, so a password crosses the wire once.

The session is refreshed ``margin`` seconds before it expires (at most half its lifetime),
with exactly one refresh in flight however many threads share it. After a 401 it is
re-created only when the credentials may be used again: an API key, autologon, or
``store_password=True``. ``close()`` revokes it.
"""

from __future__ import annotations

import contextlib
import logging
import threading
import time
from collections.abc import Callable, Generator, Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any, Protocol

import httpx

from generated import Client
from generated.types import Response, Unset

from .._core.errors import APIError, AuthenticationError, ServiceLayerError
from .._core.responses import error_from_generated
from .._core.transport import REPEATABLE_EXTENSION

if TYPE_CHECKING:  # annotations only: each model loads where it is first used
    from generated.models import CreateSessionRequest, ServerSession

__all__ = [
    "SESSION_HEADER",
    "ControlChannel",
    "ServerSessionAuth",
    "ServerSessionEndpoints",
    "ServerSessionInfo",
]

SESSION_HEADER = "X-Session-Id"
_GONE = (401, 403, 404)
_log = logging.getLogger("facade.server_session")


class ServerSessionEndpoints(Protocol):
    """The Service Layer's server-session operations, one request each (answers unchecked)."""

    def create_session(
        self, client: Client, body: CreateSessionRequest | None = None
    ) -> Response[Any]: ...

    def get_session(self, client: Client, session_id: str) -> Response[Any]: ...

    def refresh_session(self, client: Client, session_id: str) -> Response[Any]: ...

    def revoke_session(self, client: Client, session_id: str) -> Response[Any]: ...


@dataclass(frozen=True)
class ServerSessionInfo:
    """What the server says about a session, without its id (the id is a secret)."""

    username: str
    authentication_scheme: str
    status: str
    created_at: datetime
    expires_at: datetime
    last_refreshed_at: datetime | None

    @classmethod
    def from_generated(cls, session: ServerSession) -> ServerSessionInfo:
        refreshed = session.last_refreshed_at
        return cls(
            username=session.username,
            authentication_scheme=str(session.authentication_scheme),
            status=str(session.status),
            created_at=session.created_at,
            expires_at=session.expires_at,
            last_refreshed_at=None if isinstance(refreshed, Unset) else refreshed,
        )

    @property
    def lifetime_seconds(self) -> float:
        """Seconds from the last creation or refresh to expiry, by the server's clock."""
        start = self.last_refreshed_at or self.created_at
        return max(0.0, (self.expires_at - start).total_seconds())


class _ControlAuth(httpx.Auth):
    """Auth of the control channel: nothing, the credentials, or the session id, as set."""

    requires_request_body = True
    requires_response_body = True

    def __init__(self) -> None:
        self.credentials: httpx.Auth | None = None
        self.session_id: str | None = None

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        # Creating or refreshing a session twice does no harm: let the transport retry them.
        request.extensions[REPEATABLE_EXTENSION] = True
        if self.session_id is not None:
            request.headers[SESSION_HEADER] = self.session_id
            yield request
        elif self.credentials is not None:
            yield from self.credentials.sync_auth_flow(request)
        else:
            yield request


class ControlChannel:
    """A generated client on one TCP connection for status and session calls, one at a time."""

    def __init__(self, client: Client, auth: _ControlAuth) -> None:
        self.client = client
        self._auth = auth
        self.lock = threading.RLock()

    @classmethod
    def build(cls, make_httpx_client: Callable[[httpx.Auth], httpx.Client]) -> ControlChannel:
        """``make_httpx_client(auth)`` must pin the client to one connection."""
        auth = _ControlAuth()
        http = make_httpx_client(auth)
        return cls(Client(base_url=str(http.base_url)).set_httpx_client(http), auth)

    @contextlib.contextmanager
    def using(
        self, *, credentials: httpx.Auth | None = None, session_id: str | None = None
    ) -> Iterator[Client]:
        """The client, authenticated by ``credentials`` or ``session_id`` (or nothing)."""
        with self.lock:
            self._auth.credentials, self._auth.session_id = credentials, session_id
            try:
                yield self.client
            finally:
                self._auth.credentials = self._auth.session_id = None

    def close(self) -> None:
        self.client.get_httpx_client().close()


@dataclass(frozen=True)
class _Current:
    session_id: str
    info: ServerSessionInfo
    refresh_at: float  # time.monotonic() values
    expires_at: float


class ServerSessionAuth(httpx.Auth):
    """Carries ``X-Session-Id``; creates, refreshes, re-creates and revokes the server session."""

    requires_request_body = True  # a request answered 401 is sent again with a new session

    def __init__(
        self,
        channel: ControlChannel,
        credentials: httpx.Auth,
        *,
        endpoints: ServerSessionEndpoints,
        service_layer_url: str,
        margin_seconds: float = 60.0,
        client_name: str = "servicelayer-sdk",
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._channel = channel
        self._endpoints = endpoints
        self._credentials: httpx.Auth | None = credentials
        self._can_recreate = bool(getattr(credentials, "can_reauthenticate", True))
        self._url = service_layer_url
        self._margin = margin_seconds
        self._client_name = client_name
        self._clock = clock
        self._current: _Current | None = None
        self._closed = False
        self._who = getattr(credentials, "username", None)
        self.scheme: str | None = None
        self.creations = 0
        self.refreshes = 0

    # -- state ------------------------------------------------------------------------------

    @property
    def info(self) -> ServerSessionInfo | None:
        """The session as last seen (no request made), or None before creation / after close."""
        current = self._current
        return current.info if current else None

    @property
    def active(self) -> bool:
        """Open, created, and not past its expiry by the local clock."""
        current = self._current
        return not self._closed and current is not None and self._clock() < current.expires_at

    @property
    def closed(self) -> bool:
        return self._closed

    @property
    def can_recreate(self) -> bool:
        return self._can_recreate

    # -- operations ---------------------------------------------------------------------------

    def start(self) -> ServerSessionInfo:
        """Create the session now: this is the credential check of ``connect``."""
        with self._channel.lock:
            if self._current is None:
                self._create_locked()
            assert self._current is not None
            return self._current.info

    def fetch(self) -> ServerSessionInfo:
        """Read the session from the server (``GET /api/v1/sessions/{id}``)."""
        from generated.models import ServerSession

        with self._channel.lock:
            current = self._require_locked()
            with self._channel.using(session_id=current.session_id) as client:
                response = self._endpoints.get_session(client, current.session_id)
            if response.status_code != 200 or not isinstance(response.parsed, ServerSession):
                raise self._error(response, "get_session")
            return ServerSessionInfo.from_generated(response.parsed)

    def refresh(self) -> ServerSessionInfo:
        """Extend the session now (it is also done automatically before expiry)."""
        with self._channel.lock:
            self._refresh_locked(self._require_locked(), forced=True)
            assert self._current is not None
            return self._current.info

    def close(self) -> None:
        """Revoke the session (best effort: a failure is logged) and refuse further use."""
        with self._channel.lock:
            if self._closed:
                return
            self._closed = True
            current, self._current, self._credentials = self._current, None, None
            if current is None:
                return
            try:
                with self._channel.using(session_id=current.session_id) as client:
                    response = self._endpoints.revoke_session(client, current.session_id)
                if response.status_code not in (204, 404):
                    _log.warning("revoking the server session answered %d", response.status_code)
            except ServiceLayerError as exc:
                _log.warning("could not revoke the server session: %s", exc)

    # -- httpx.Auth ---------------------------------------------------------------------------

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        session_id = self._session_id()
        request.headers[SESSION_HEADER] = session_id
        response = yield request
        if response.status_code == 401 and self._can_recreate and not self._closed:
            _log.debug("server session rejected (401): signing in again")
            request.headers[SESSION_HEADER] = self._recreate(session_id)
            yield request

    def current_session_id(self) -> str | None:
        """The session id when it needs no creation or refresh now, else None (no request)."""
        current = self._current
        if current is not None and not self._closed and self._clock() < current.refresh_at:
            return current.session_id
        return None

    def session_id(self) -> str:
        """A usable session id, creating or refreshing the session first when due (blocking)."""
        return self._session_id()

    def recreate(self, rejected_id: str) -> str:
        """A new session after ``rejected_id`` was refused, unless one already replaced it."""
        return self._recreate(rejected_id)

    def _session_id(self) -> str:
        current = self._current
        if current is not None and not self._closed and self._clock() < current.refresh_at:
            return current.session_id
        with self._channel.lock:
            current = self._require_open_locked()
            if current is None:
                self._create_locked()
            elif self._clock() >= current.refresh_at:
                self._refresh_locked(current, forced=False)
            assert self._current is not None
            return self._current.session_id

    def _recreate(self, rejected_id: str) -> str:
        with self._channel.lock:
            current = self._require_open_locked()
            if current is None or current.session_id == rejected_id:
                self._create_locked()
            assert self._current is not None
            return self._current.session_id

    # -- under the lock -----------------------------------------------------------------------

    def _require_open_locked(self) -> _Current | None:
        if self._closed:
            raise ServiceLayerError("This session is closed; build a new one with SessionBuilder.")
        return self._current

    def _require_locked(self) -> _Current:
        current = self._require_open_locked()
        if current is None:
            self._create_locked()
            current = self._current
        assert current is not None
        return current

    def _adopt(self, session: ServerSession, sent_at: float) -> None:
        info = ServerSessionInfo.from_generated(session)
        lifetime = info.lifetime_seconds
        margin = min(self._margin, lifetime / 2)
        self._current = _Current(session.id, info, sent_at + lifetime - margin, sent_at + lifetime)

    def _create_locked(self) -> None:
        from generated.models import CreateSessionRequest, ServerSession

        if self._credentials is None:
            raise AuthenticationError(
                f"The server session with {self._url} has ended (expired, revoked or the server "
                "restarted) and the password was not kept. Build a new session; pass "
                "store_password=True to with_credentials() to let long jobs sign in again.",
                status=401,
            )
        sent_at = self._clock()
        body = CreateSessionRequest(client_name=self._client_name)
        with self._channel.using(credentials=self._credentials) as client:
            response = self._endpoints.create_session(client, body)
        if response.status_code != 200 or not isinstance(response.parsed, ServerSession):
            raise self._error(response, "create_session")
        self._adopt(response.parsed, sent_at)
        self.creations += 1
        self.scheme = getattr(self._credentials, "scheme", None) or str(
            response.parsed.authentication_scheme
        )
        if not self._can_recreate:
            self._credentials = None  # the password stays in memory only if asked to
        _log.debug("server session created (scheme %s)", self.scheme)

    def _refresh_locked(self, current: _Current, *, forced: bool) -> None:
        from generated.models import ServerSession

        sent_at = self._clock()
        with self._channel.using(session_id=current.session_id) as client:
            response = self._endpoints.refresh_session(client, current.session_id)
        if response.status_code == 200 and isinstance(response.parsed, ServerSession):
            self._adopt(response.parsed, sent_at)
            self.refreshes += 1
            _log.debug("server session refreshed")
            return
        if response.status_code in _GONE:
            self._current = None
            self._create_locked()
            return
        now = self._clock()
        if forced or now >= current.expires_at:
            raise self._error(response, "refresh_session")
        _log.warning(
            "refreshing the server session answered %d; retrying later", response.status_code
        )
        retry_at = now + min(5.0, (current.expires_at - now) / 2)
        self._current = _Current(current.session_id, current.info, retry_at, current.expires_at)

    def _error(self, response: object, operation: str) -> APIError:
        error = error_from_generated(response, operation)
        if isinstance(error, AuthenticationError) and operation == "create_session":
            who = f" as {self._who!r}" if self._who else ""
            scheme = self.scheme or getattr(self._credentials, "scheme", None) or "the given auth"
            reason = error.problem.get("detail") or error.problem.get("title") or "unauthorized"
            request_id = f" (request id {error.request_id})" if error.request_id else ""
            return AuthenticationError(
                f"Sign-in to {self._url}{who} with {scheme} was refused: {reason}{request_id}. "
                "Check the user name, password and domain (or the API key / token) and that "
                "the account is enabled.",
                status=error.status,
                operation=operation,
                problem=error.problem,
                request_id=error.request_id,
            )
        return error

    def __repr__(self) -> str:
        state = "closed" if self._closed else ("active" if self.active else "not active")
        return f"ServerSessionAuth(url={self._url!r}, scheme={self.scheme!r}, {state})"
