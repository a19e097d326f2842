"""AsyncSessionBuilder and AsyncOIDCSessionBuilder: sign in, awaited, and get an AsyncSession.

The sign-in itself is the Session's (same checks, schemes, server sessions, OIDC flows,
token stores and errors): it runs in a worker thread, so the event loop never blocks. The
session then talks to the server over an ``httpx.AsyncClient`` with the same timeouts,
TLS, proxy, headers and retry policy.
"""

from __future__ import annotations

import asyncio
import os
import threading
from collections.abc import Callable
from typing import Any

import httpx

from generated import Client

from ._async_session import AsyncSession
from ._builders.connecting import configuration_or_default
from ._builders.oidc import OIDCSessionBuilder
from ._connection import CredentialsIdentity, Identity, sign_in
from ._core.async_transport import build_async_httpx_client
from ._core.checks import require_bool, require_str
from ._core.configuration import SessionConfiguration
from ._core.urls import require_http_url
from .auth._apikey import ApiKeyAuth
from .auth._async import AsyncBearerAuth, AsyncServerSessionAuth
from .auth._negotiate import AutologonAuth, PasswordAuth
from .auth.oidc._authorization_code import DEFAULT_TIMEOUT
from .auth.oidc._device_code import DeviceCodePrompt
from .auth.oidc._identity import OIDCIdentity

__all__ = ["AsyncOIDCSessionBuilder", "AsyncSessionBuilder"]


def _check_concurrency(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"max_concurrency must be an int, not {type(value).__name__}")
    if value < 1:
        raise ValueError(f"max_concurrency must be at least 1, got {value}")
    return value


class AsyncSessionBuilder:
    """Builds an AsyncSession for ``service_layer_url`` (the server's root URL).

    Args:
        service_layer_url: The Service Layer's root URL.
        session_configuration: Timeouts, retries, TLS, proxy and headers (default
            ``SessionConfiguration()``).
        max_concurrency: The most requests the session has in flight at once.

    Raises:
        TypeError: An argument has the wrong type.
        ValueError: The URL is not http(s), or ``max_concurrency`` is below 1.
    """

    def __init__(
        self,
        service_layer_url: str,
        session_configuration: SessionConfiguration | None = None,
        *,
        max_concurrency: int = 6,
    ) -> None:
        self._url = require_http_url(service_layer_url, "service_layer_url")
        self._configuration = configuration_or_default(session_configuration)
        self._max_concurrency = _check_concurrency(max_concurrency)

    @property
    def service_layer_url(self) -> str:
        """The Service Layer URL."""
        return self._url

    async def with_credentials(
        self,
        username: str,
        password: str,
        domain: str | None = None,
        store_password: bool = False,
    ) -> AsyncSession:
        r"""Sign in with a user name and password (see ``SessionBuilder.with_credentials``).

        Args:
            username: The user name, optionally ``DOMAIN\user`` or ``user@REALM``.
            password: The user's password.
            domain: The NetBIOS domain (NTLM) or Kerberos realm of the user, if any.
            store_password: Keep the password to sign in again when the server session is lost.

        Returns:
            A connected ``AsyncSession`` holding one server session.

        Raises:
            AuthenticationError: The sign-in was refused.
        """
        require_str(username, "username", allow_empty=False)
        require_str(password, "password")
        if domain is not None:
            require_str(domain, "domain", allow_empty=False)
        require_bool(store_password, "store_password")
        auth = PasswordAuth(
            username,
            password,
            domain=domain,
            store_password=store_password,
            allow_plain_http=self._configuration.allow_plain_http_credentials,
        )
        return await self._connect(auth, CredentialsIdentity("password"))

    async def with_autologon(self) -> AsyncSession:
        """Connect as the current user (see ``SessionBuilder.with_autologon``).

        Negotiate: Kerberos with the ticket in the current user's cache where available,
        else NTLM; the handshake runs in a worker thread, so the event loop never blocks.

        Returns:
            A connected ``AsyncSession`` holding one server session.

        Raises:
            AutologonUnavailableError: No Kerberos ticket and no NTLM credentials: run
                ``kinit`` or use ``with_credentials``.
            AuthenticationError: The server refused the sign-in.
        """
        return await self._connect(AutologonAuth(), CredentialsIdentity("autologon"))

    async def with_api_key(self, key: str) -> AsyncSession:
        """Sign in with an API key (sent once, to create the server session).

        Args:
            key: The API key.

        Returns:
            A connected ``AsyncSession``.

        Raises:
            AuthenticationError: The key was refused.
        """
        require_str(key, "key", allow_empty=False)
        allow = self._configuration.allow_plain_http_credentials
        return await self._connect(
            ApiKeyAuth(key, allow_plain_http=allow), CredentialsIdentity("apiKey")
        )

    def with_oidc(self, **explicit_config: Any) -> AsyncOIDCSessionBuilder:
        """An OIDC builder (see ``SessionBuilder.with_oidc``).

        Args:
            **explicit_config: Provider settings the server does not advertise.

        Returns:
            An ``AsyncOIDCSessionBuilder``.
        """
        return AsyncOIDCSessionBuilder(
            self._url,
            self._configuration,
            max_concurrency=self._max_concurrency,
            **explicit_config,
        )

    async def _connect(self, auth: httpx.Auth, identity: CredentialsIdentity) -> AsyncSession:
        session = await connect_async(
            self._url,
            self._configuration,
            auth=auth,
            identity=identity,
            max_concurrency=self._max_concurrency,
        )
        scheme = getattr(auth, "scheme", None)
        if scheme:
            identity.scheme = scheme
        return session

    def __repr__(self) -> str:
        return f"AsyncSessionBuilder(service_layer_url={self._url!r}, {self._configuration!r})"


class AsyncOIDCSessionBuilder:
    """Chooses how to get OIDC tokens and returns a connected AsyncSession.

    Args:
        service_layer_url: The Service Layer's root URL.
        session_configuration: Timeouts, retries, TLS, proxy and headers.
        max_concurrency: The most requests the session has in flight at once.
        token_cache_file: An opted-in 0600 file instead of the OS keyring.
        **explicit_config: Provider settings the server does not advertise (see
            ``OIDCSessionBuilder``).
    """

    def __init__(
        self,
        service_layer_url: str,
        session_configuration: SessionConfiguration | None = None,
        *,
        max_concurrency: int = 6,
        token_cache_file: str | os.PathLike[str] | None = None,
        **explicit_config: Any,
    ) -> None:
        self._tokens = OIDCSessionBuilder(
            service_layer_url,
            session_configuration,
            token_cache_file=token_cache_file,
            **explicit_config,
        )
        self._url = require_http_url(service_layer_url, "service_layer_url")
        self._configuration = configuration_or_default(session_configuration)
        self._max_concurrency = _check_concurrency(max_concurrency)

    async def with_access_token(self, token: str) -> AsyncSession:
        """Use an access token as is; the session stops authenticating when it expires.

        Args:
            token: An access token the identity provider issued for this Service Layer.

        Returns:
            A connected ``AsyncSession``.

        Raises:
            AuthenticationError: The server does not accept the token.
        """
        return await self._connect(self._tokens._access_token_identity(token))

    async def with_refresh_token(self, token: str) -> AsyncSession:
        """Exchange a refresh token for an access token now, and refresh as needed later.

        Args:
            token: A refresh token from the identity provider the server advertises.

        Returns:
            A connected ``AsyncSession``.

        Raises:
            TokenRefreshError: The identity provider refused the token.
        """
        identity = await asyncio.to_thread(self._tokens._refresh_token_identity, token)
        return await self._connect(identity)

    async def with_stored_token(self) -> AsyncSession:
        """Sign in with the refresh token saved by ``persist_oidc_token()``.

        Returns:
            A connected ``AsyncSession``.

        Raises:
            StoredTokenNotFoundError: No token is stored for this Service Layer.
            IdentityProviderChangedError: The stored token belongs to another provider.
        """
        identity = await asyncio.to_thread(self._tokens._stored_token_identity)
        return await self._connect(identity)

    async def with_device_code_flow(
        self,
        callback: Callable[[DeviceCodePrompt], None] | None = None,
        *,
        cancel: threading.Event | None = None,
        timeout: float | None = None,
    ) -> AsyncSession:
        """Sign in on another device with a user code; the wait runs in a worker thread.

        See ``OIDCSessionBuilder.with_device_code_flow``.

        Args:
            callback: Receives the code and the page to enter it on (default: printed to stderr).
            cancel: Set it from another thread to stop waiting.
            timeout: Seconds to wait for the approval, below the code's own lifetime.

        Returns:
            A connected ``AsyncSession``.

        Raises:
            DeviceCodeExpiredError: The code expired before the user signed in.
            DeviceCodeCancelledError: ``cancel`` was set.
        """
        identity = await asyncio.to_thread(
            self._tokens._device_code_identity, callback, cancel=cancel, timeout=timeout
        )
        return await self._connect(identity)

    async def with_authorization_code_flow(
        self,
        *,
        open_browser: Callable[[str], bool] | None = None,
        timeout: float = DEFAULT_TIMEOUT,
        redirect_uri: str | None = None,
    ) -> AsyncSession:
        """Sign in in a web browser (PKCE, loopback redirect); the wait runs in a worker thread.

        See ``OIDCSessionBuilder.with_authorization_code_flow``.

        Args:
            open_browser: Shows the sign-in page (default ``webbrowser.open``); returns False
                when no browser is available.
            timeout: How long to wait for the sign-in, in seconds.
            redirect_uri: The loopback redirect URI registered for the client, if fixed.

        Returns:
            A connected ``AsyncSession``.

        Raises:
            BrowserUnavailableError: No browser could be opened.
            AuthorizationCodeFlowError: The sign-in did not complete in time or failed.
            AccessDeniedError: The sign-in was refused at the identity provider.
        """
        identity = await asyncio.to_thread(
            self._tokens._authorization_code_identity,
            open_browser=open_browser,
            timeout=timeout,
            redirect_uri=redirect_uri,
        )
        return await self._connect(identity)

    async def _connect(self, identity: OIDCIdentity) -> AsyncSession:
        try:
            return await connect_async(
                self._url,
                self._configuration,
                auth=identity.auth,
                identity=identity,
                max_concurrency=self._max_concurrency,
                use_server_session=False,
            )
        except BaseException:
            identity.close()
            raise

    def __repr__(self) -> str:
        return f"AsyncOIDCSessionBuilder({self._url!r})"


async def connect_async(
    service_layer_url: str,
    configuration: SessionConfiguration,
    *,
    auth: httpx.Auth,
    identity: Identity,
    max_concurrency: int,
    use_server_session: bool = True,
) -> AsyncSession:
    """Sign in (in a worker thread, as ``connect`` does) and return an AsyncSession."""
    signed_in = await asyncio.to_thread(
        sign_in, service_layer_url, configuration, auth=auth, use_server_session=use_server_session
    )
    if use_server_session:
        async_auth: httpx.Auth = AsyncServerSessionAuth(signed_in.session_auth)
    elif isinstance(identity, OIDCIdentity):
        async_auth = AsyncBearerAuth(identity.auth)
    else:
        raise TypeError("an AsyncSession without a server session needs OIDC tokens")
    http = build_async_httpx_client(
        configuration,
        base_url=signed_in.url,
        auth=async_auth,
        stats=signed_in.stats,
        max_in_flight=max_concurrency,
    )
    client = Client(base_url=signed_in.url).set_async_httpx_client(http)
    connection = signed_in.connection(
        configuration=configuration,
        client=client,
        identity=identity,
        use_server_session=use_server_session,
    )
    return AsyncSession(connection, max_concurrency=max_concurrency)
