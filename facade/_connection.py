"""Connection: everything a Session needs to talk to one Service Layer, and who is signed in.

Built by ``open_connection()``, which reads the server's status, negotiates the API version
and signs in. Holds the generated client (whose shared httpx client carries auth,
timeouts, retries and headers), the limits and URLs read at connect, the identity, and the
server session if there is one. ``close()`` revokes the server session and closes the pools.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from types import TracebackType
from typing import TYPE_CHECKING, Protocol, Self

import httpx

from generated import Client

from ._core.api_version import negotiate_api_version
from ._core.configuration import SessionConfiguration
from ._core.errors import ServiceLayerError
from ._core.transport import TransportStats, build_httpx_client
from ._core.urls import service_root
from ._ops.status import read_status

if TYPE_CHECKING:  # annotations only: each loads where it is first used (sign_in)
    from generated.models.status import Status

    from .auth._server_session import ControlChannel, ServerSessionAuth, ServerSessionInfo

__all__ = [
    "Connection",
    "CredentialsIdentity",
    "Identity",
    "SignIn",
    "open_connection",
    "sign_in",
]


class Identity(Protocol):
    """Who is signed in and how, without revealing a secret (no token, password or key)."""

    @property
    def username(self) -> str | None: ...

    @property
    def authenticated(self) -> bool: ...

    @property
    def expired(self) -> bool: ...

    @property
    def refresh_token(self) -> str | None: ...

    def persist_oidc_token(self) -> None: ...


class CredentialsIdentity:
    """The identity of a password, autologon or API-key sign-in: no token, no expiry of its own."""

    def __init__(self, scheme: str, username: str | None = None) -> None:
        self.scheme = scheme
        self._username = username

    @property
    def username(self) -> str | None:
        return self._username

    @property
    def authenticated(self) -> bool:
        return True

    @property
    def expired(self) -> bool:
        return False

    @property
    def refresh_token(self) -> str | None:
        return None

    def persist_oidc_token(self) -> None:
        raise ServiceLayerError(
            f"persist_oidc_token() needs a session signed in with OIDC; this one used "
            f"{self.scheme}. Use SessionBuilder(...).with_oidc() to get a refresh token."
        )

    def __repr__(self) -> str:
        return f"CredentialsIdentity(scheme={self.scheme!r}, username={self._username!r})"


class Connection:
    """One connected Service Layer: URLs, API version, limits, client, identity, server session."""

    def __init__(
        self,
        *,
        service_layer_url: str,
        viewer_base_url: str,
        api_version: str,
        max_batch_size: int,
        max_page_size: int,
        configuration: SessionConfiguration,
        client: Client,
        identity: Identity,
        channel: ControlChannel,
        server_session: ServerSessionAuth | None = None,
        stats: TransportStats | None = None,
    ) -> None:
        self.service_layer_url = service_layer_url
        self.viewer_base_url = viewer_base_url
        self.api_version = api_version
        self.max_batch_size = max_batch_size
        self.max_page_size = max_page_size
        self.configuration = configuration
        self.client = client
        self.identity = identity
        self.server_session = server_session
        self.transport_stats = stats or TransportStats()
        self._channel = channel
        self._closed = False
        self._close_lock = threading.Lock()

    # -- who is signed in ---------------------------------------------------------------------

    @property
    def username(self) -> str | None:
        """The signed-in user's name as the server knows it."""
        name = self.identity.username
        if name is None and self.server_session is not None:
            info = self.server_session.info
            name = info.username if info else None
        return name

    @property
    def authenticated(self) -> bool:
        """True while requests will be accepted without signing in again."""
        if self._closed or not self.identity.authenticated:
            return False
        session = self.server_session
        return session is None or session.active or session.can_recreate

    @property
    def expired(self) -> bool:
        """True when the credentials or the server session have run out (not after close)."""
        if self.identity.expired:
            return True
        session = self.server_session
        if session is None or self._closed:
            return False
        return not session.active and not session.can_recreate

    @property
    def refresh_token(self) -> str | None:
        return self.identity.refresh_token

    def persist_oidc_token(self) -> None:
        self.identity.persist_oidc_token()

    @property
    def closed(self) -> bool:
        return self._closed

    def server_session_info(self) -> ServerSessionInfo | None:
        """The server session as the server reports it now, or None without one."""
        return self.server_session.fetch() if self.server_session else None

    # -- lifetime -----------------------------------------------------------------------------

    def close(self) -> None:
        """Revoke the server session and close every connection; safe to call twice."""
        if not self._start_closing():
            return
        try:
            if self.server_session is not None:
                self.server_session.close()
        finally:
            self.client.get_httpx_client().close()
            self._close_rest()

    async def aclose(self) -> None:
        """``close`` for a connection whose client is asynchronous (an AsyncSession's)."""
        import asyncio  # here, not at module level: blocking programs never load asyncio

        if not self._start_closing():
            return
        try:
            if self.server_session is not None:
                await asyncio.to_thread(self.server_session.close)
        finally:
            await self.client.get_async_httpx_client().aclose()
            self._close_rest()

    def _start_closing(self) -> bool:
        with self._close_lock:
            if self._closed:
                return False
            self._closed = True
            return True

    def _close_rest(self) -> None:
        self._channel.close()
        closer = getattr(self.identity, "close", None)
        if callable(closer):
            closer()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        state = "closed" if self._closed else "open"
        return (
            f"Connection(service_layer_url={self.service_layer_url!r}, "
            f"username={self.username!r}, api_version={self.api_version!r}, {state})"
        )


@dataclass
class SignIn:
    """What connecting established before the shared client exists.

    The control channel, the server session (created, or closed again when not used), the
    server's status and the negotiated API version.
    """

    url: str
    stats: TransportStats
    channel: ControlChannel
    session_auth: ServerSessionAuth
    status: Status
    api_version: str

    def connection(
        self,
        *,
        configuration: SessionConfiguration,
        client: Client,
        identity: Identity,
        use_server_session: bool,
    ) -> Connection:
        """The Connection over ``client`` (whose httpx client carries the session's auth)."""
        return Connection(
            service_layer_url=self.url,
            viewer_base_url=self.status.viewer_base_url,
            api_version=self.api_version,
            max_batch_size=self.status.limits.max_batch_size,
            max_page_size=self.status.limits.max_page_size,
            configuration=configuration,
            client=client,
            identity=identity,
            channel=self.channel,
            server_session=self.session_auth if use_server_session else None,
            stats=self.stats,
        )


def sign_in(
    service_layer_url: str,
    configuration: SessionConfiguration,
    *,
    auth: httpx.Auth,
    use_server_session: bool = True,
) -> SignIn:
    """Read the status, negotiate the API version and create the server session.

    Blocking requests on the control channel; shared by Session and AsyncSession.
    """
    from ._ops.auth_endpoints import ServiceLayerAuthEndpoints
    from .auth._server_session import ControlChannel, ServerSessionAuth

    url = service_root(service_layer_url)
    stats = TransportStats()
    channel = ControlChannel.build(
        lambda control_auth: build_httpx_client(
            configuration, base_url=url, auth=control_auth, stats=stats, max_connections=1
        )
    )
    session_auth = ServerSessionAuth(
        channel,
        auth,
        endpoints=ServiceLayerAuthEndpoints(),
        service_layer_url=url,
        margin_seconds=configuration.token_refresh_margin,
    )
    try:
        with channel.using() as control_client:
            status = read_status(control_client, url)
        api_version = negotiate_api_version(status.api_version)
        session_auth.start()
        if not use_server_session:
            session_auth.close()
    except BaseException:
        channel.close()
        raise
    return SignIn(url, stats, channel, session_auth, status, api_version)


def open_connection(
    service_layer_url: str,
    configuration: SessionConfiguration,
    *,
    auth: httpx.Auth,
    identity: Identity,
    use_server_session: bool = True,
) -> Connection:
    """Everything ``connect`` does, returning the Connection itself."""
    signed_in = sign_in(
        service_layer_url, configuration, auth=auth, use_server_session=use_server_session
    )
    http = build_httpx_client(
        configuration,
        base_url=signed_in.url,
        auth=signed_in.session_auth if use_server_session else auth,
        stats=signed_in.stats,
    )
    client = Client(base_url=signed_in.url).set_httpx_client(http)
    return signed_in.connection(
        configuration=configuration,
        client=client,
        identity=identity,
        use_server_session=use_server_session,
    )
