"""SessionBuilder and OIDCSessionBuilder: choose how to sign in, connect, and return a Session.

Every ``with_…`` method returns a connected Session (the credentials are checked at once) or
raises a typed error that says what to do. Password, autologon and API-key sign-ins create a
server session, which every later request carries.

``with_credentials`` picks the scheme from the server's 401 challenges: NTLM when offered and
the user is a domain user (``domain=`` given, or ``DOMAIN\\user`` / ``user@domain``): the
password never crosses the wire, and it works on every OS through pyspnego. Otherwise Basic
(NTLM when the server offers no Basic). Basic sends the password and an API key is sent as is:
over plain http to a host other than loopback both are refused (``PlainHttpCredentialsError``)
unless ``SessionConfiguration(allow_plain_http_credentials=True)``.

``SessionBuilder.with_oidc(**explicit_config)`` returns an ``OIDCSessionBuilder``. Its
``with_*`` methods get tokens, wrap them in a refreshing ``httpx.Auth`` and an
:class:`OIDCIdentity`, and connect. Requests to the identity provider use the same
SessionConfiguration (timeout, TLS, proxy, headers).
"""

from __future__ import annotations

import os
import threading
import webbrowser
from collections.abc import Callable
from typing import Any

import httpx

from generated import Client

from ._connection import CredentialsIdentity, Identity, open_connection
from ._core.checks import require_bool, require_str
from ._core.configuration import SessionConfiguration
from ._core.transport import build_httpx_client
from ._core.urls import require_http_url
from ._ops.auth_endpoints import ServiceLayerAuthEndpoints
from ._session import Session
from .auth._apikey import ApiKeyAuth
from .auth._negotiate import AutologonAuth, PasswordAuth
from .auth.oidc._authorization_code import DEFAULT_TIMEOUT, run_authorization_code_flow
from .auth.oidc._device_code import DeviceCodePrompt, print_device_code_prompt, run_device_code_flow
from .auth.oidc._discovery import (
    OIDCConfiguration,
    OIDCHints,
    discover_hints,
    hints_from_explicit,
    resolve_configuration,
)
from .auth.oidc._errors import StoredTokenNotFoundError
from .auth.oidc._identity import OIDCIdentity
from .auth.oidc._token_binding import BoundRefreshToken, bound_token_saver, check_token_issuer
from .auth.oidc._token_store import KeyringTokenStore, TokenCacheFile, TokenStore, token_key
from .auth.oidc._tokens import RefreshingBearerAuth, TokenSet, refresh_grant

__all__ = ["OIDCSessionBuilder", "SessionBuilder", "connect"]


class SessionBuilder:
    """Builds a Session for ``service_layer_url`` (the server's root URL).

    ``session_configuration`` sets timeouts, retries, TLS, proxy and headers; the default is
    ``SessionConfiguration()``.
    """

    def __init__(
        self, service_layer_url: str, session_configuration: SessionConfiguration | None = None
    ) -> None:
        self._url = require_http_url(service_layer_url, "service_layer_url")
        self._configuration = _configuration_or_default(session_configuration)

    @property
    def service_layer_url(self) -> str:
        return self._url

    def with_credentials(
        self,
        username: str,
        password: str,
        domain: str | None = None,
        store_password: bool = False,
    ) -> Session:
        """Connect with a user name and password: Kerberos, NTLM or Basic, as the server offers.

        A user of a Kerberos realm (``domain="EXAMPLE.COM"`` or ``"user@EXAMPLE.COM"``) gets a
        ticket from the realm's KDC (``KRB5_CONFIG``) and signs in with Negotiate; the ticket
        stays in memory. A domain user (``domain="DEMO"`` or ``"DEMO\\user"``) uses NTLM, any
        other user Basic. The password is kept in memory only with ``store_password=True``,
        which lets the session sign in again when its server session is lost (long or
        parallel jobs).

        Args:
            username: The user name, optionally ``DOMAIN\\user`` or ``user@REALM``.
            password: The user's password.
            domain: The NetBIOS domain (NTLM) or Kerberos realm of the user, if any.
            store_password: Keep the password to sign in again later.

        Returns:
            A connected ``Session`` holding one server session.

        Raises:
            AuthenticationError: The sign-in was refused; the message names the cause (wrong
                password, unknown user, no KDC for the realm, clock skew, a service principal
                the KDC does not know, a server that did not prove its identity).
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
        return self._connect(auth, CredentialsIdentity("password"))

    def with_autologon(self) -> Session:
        """Connect as the current user (Negotiate: Kerberos where available, else NTLM).

        Kerberos uses the ticket in the current user's cache (``KRB5CCNAME``, filled by
        ``kinit`` or the domain login) for the service principal ``HTTP/<host of the URL>``;
        no password is involved. The server must prove its identity with its final token.

        Returns:
            A connected ``Session`` holding one server session.

        Raises:
            AutologonUnavailableError: No Kerberos ticket and no NTLM credentials: run
                ``kinit`` or use ``with_credentials``.
            AuthenticationError: The ticket has expired, the KDC does not know the service
                principal, the clocks differ too much, or the server refused the sign-in.
        """
        return self._connect(AutologonAuth(), CredentialsIdentity("autologon"))

    def with_api_key(self, key: str) -> Session:
        """Connect with an API key (sent once, to create the server session)."""
        require_str(key, "key", allow_empty=False)
        allow = self._configuration.allow_plain_http_credentials
        return self._connect(ApiKeyAuth(key, allow_plain_http=allow), CredentialsIdentity("apiKey"))

    def with_oidc(self, **explicit_config: Any) -> OIDCSessionBuilder:
        """An OIDC builder; ``explicit_config`` names a provider the server does not advertise."""
        from ._builders import OIDCSessionBuilder

        return OIDCSessionBuilder(self._url, self._configuration, **explicit_config)

    def _connect(self, auth: httpx.Auth, identity: CredentialsIdentity) -> Session:
        session = connect(self._url, self._configuration, auth=auth, identity=identity)
        scheme = getattr(auth, "scheme", None)
        if scheme:
            identity.scheme = scheme
        return session

    def __repr__(self) -> str:
        return f"SessionBuilder(service_layer_url={self._url!r}, {self._configuration!r})"


class OIDCSessionBuilder:
    """Chooses how to get OIDC tokens and returns a connected Session.

    ``explicit_config`` (``issuer``, ``client_id``, ``scopes``, ``redirect_uri``, endpoints…)
    overrides what the Service Layer advertises, for providers it does not name.
    ``token_cache_file`` opts in to a 0600 file instead of the OS keyring for
    ``persist_oidc_token()`` / ``with_stored_token()``.
    """

    def __init__(
        self,
        service_layer_url: str,
        session_configuration: SessionConfiguration | None = None,
        *,
        token_cache_file: str | os.PathLike[str] | None = None,
        token_store: TokenStore | None = None,
        use_server_session: bool = False,
        **explicit_config: Any,
    ) -> None:
        self._url = require_http_url(service_layer_url, "service_layer_url").rstrip("/")
        self._configuration = _configuration_or_default(session_configuration)
        self._explicit = hints_from_explicit(explicit_config)
        if token_store is None:
            token_store = (
                TokenCacheFile(token_cache_file) if token_cache_file else KeyringTokenStore()
            )
        self._store: TokenStore = token_store
        self._use_server_session = use_server_session
        self._oidc: OIDCConfiguration | None = None
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return f"OIDCSessionBuilder({self._url!r})"

    # --- the public sign-in paths (the Scripting Toolkit's names) ------------------------------------------

    def with_access_token(self, token: str) -> Session:
        """Use an access token as is; the session stops authenticating when it expires."""
        require_str(token, "token", allow_empty=False)
        auth = RefreshingBearerAuth(
            TokenSet.from_access_token(token), margin=self._configuration.token_refresh_margin
        )
        identity = OIDCIdentity(auth, initial_token=token, store=self._store, store_key=None)
        return self._connect(identity)

    def with_refresh_token(self, token: str) -> Session:
        """Exchange a refresh token for an access token now, and refresh as needed later."""
        require_str(token, "token", allow_empty=False)
        return self._connect_refreshing(token, on_rotation=None)

    def with_device_code_flow(
        self,
        callback: Callable[[DeviceCodePrompt], None] | None = None,
        *,
        cancel: threading.Event | None = None,
        timeout: float | None = None,
    ) -> Session:
        """Sign in on another device with a user code (RFC 8628).

        ``callback`` receives the code and verification URI (default: printed to stderr);
        set ``cancel`` to stop waiting; ``timeout`` (seconds) bounds the wait below the code's
        own lifetime.
        """
        oidc, http = self._resolve()
        tokens = run_device_code_flow(
            http,
            oidc,
            callback=callback or print_device_code_prompt,
            cancel=cancel,
            timeout=timeout,
        )
        return self._connect_with_tokens(tokens, oidc, http=http, initial_token=None)

    def with_authorization_code_flow(
        self,
        *,
        open_browser: Callable[[str], bool] | None = None,
        timeout: float = DEFAULT_TIMEOUT,
        redirect_uri: str | None = None,
    ) -> Session:
        """Sign in interactively in a web browser (PKCE, loopback redirect).

        ``open_browser(url)`` shows the sign-in page (default ``webbrowser.open``); it
        returns False when no browser is available, and the error suggests the device code
        flow. ``timeout`` is how long to wait for the sign-in, in seconds.
        """
        oidc, http = self._resolve()
        tokens = run_authorization_code_flow(
            http,
            oidc,
            open_browser=open_browser or webbrowser.open,
            timeout=timeout,
            redirect_uri=redirect_uri,
        )
        return self._connect_with_tokens(tokens, oidc, http=http, initial_token=None)

    def with_stored_token(self) -> Session:
        """Sign in with the refresh token saved by ``Session.persist_oidc_token()``.

        Later rotations of the refresh token are saved back to the same place. The token is
        sent only to the identity provider that issued it: when the Service Layer now names
        another issuer or token endpoint origin, nothing is sent and
        ``IdentityProviderChangedError`` says what changed.
        """
        oidc, http = self._resolve()
        http.close()  # only the provider's identity was needed here
        key = token_key(self._url, oidc.client_id)
        text = self._store.load(key)
        if not text:
            raise StoredTokenNotFoundError(
                f"no refresh token is stored for {self._url} (client {oidc.client_id}); sign "
                "in another way and call session.persist_oidc_token() first"
            )
        stored = BoundRefreshToken.decode(text, where=f"{self._url} (client {oidc.client_id})")
        stored.check_provider(oidc, service_layer_url=self._url)
        return self._connect_refreshing(
            stored.refresh_token, on_rotation=bound_token_saver(self._store, key, provider=oidc)
        )

    def forget_stored_token(self) -> bool:
        """Delete the refresh token saved for this Service Layer (a sign-out on this machine).

        Returns:
            True when a token was stored (and is now gone), False when there was none.

        Raises:
            TokenStoreError: The keyring or token file could not be read or changed.
            OIDCConfigurationError: The identity provider (its client id) is unknown.
        """
        oidc, http = self._resolve()
        http.close()  # only the client id was needed here
        key = token_key(self._url, oidc.client_id)
        if self._store.load(key) is None:
            return False
        self._store.delete(key)
        return True

    # --- internals ---------------------------------------------------------------------------

    def _idp_client(self) -> httpx.Client:
        return build_httpx_client(self._configuration)

    def _resolve(self) -> tuple[OIDCConfiguration, httpx.Client]:
        """The provider's configuration (discovered once) and a client to talk to it."""
        http = self._idp_client()
        try:
            with self._lock:
                if self._oidc is None:
                    hints = self._explicit
                    if not hints.names_provider:
                        hints = hints.merged_over(self._discover_hints())
                    self._oidc = resolve_configuration(http, hints)
            return self._oidc, http
        except BaseException:
            http.close()
            raise

    def _discover_hints(self) -> OIDCHints:
        client = Client(base_url=self._url)
        client.set_httpx_client(build_httpx_client(self._configuration, base_url=self._url))
        try:
            hints = discover_hints(client, endpoints=ServiceLayerAuthEndpoints())
        finally:
            client.get_httpx_client().close()
        if hints is None:
            return OIDCHints()
        # The advertised audience is the server's business; send one only when asked to.
        return OIDCHints(
            authority=hints.authority,
            client_id=hints.client_id,
            redirect_uri=hints.redirect_uri,
            scopes=hints.scopes,
        )

    def _connect_refreshing(
        self, refresh_token: str, on_rotation: Callable[[str], None] | None
    ) -> Session:
        oidc, http = self._resolve()
        try:
            check_token_issuer(refresh_token, oidc)
            tokens = refresh_grant(
                http,
                oidc.token_endpoint,
                client_id=oidc.client_id,
                refresh_token=refresh_token,
                scope=None,
            )
        except BaseException:
            http.close()
            raise
        if on_rotation is not None and tokens.refresh_token not in (None, refresh_token):
            on_rotation(tokens.refresh_token)  # type: ignore[arg-type]
        return self._connect_with_tokens(
            tokens, oidc, http=http, initial_token=refresh_token, on_rotation=on_rotation
        )

    def _connect_with_tokens(
        self,
        tokens: TokenSet,
        oidc: OIDCConfiguration,
        *,
        http: httpx.Client,
        initial_token: str | None,
        on_rotation: Callable[[str], None] | None = None,
    ) -> Session:
        def refresher(token: str) -> TokenSet:
            return refresh_grant(
                http, oidc.token_endpoint, client_id=oidc.client_id, refresh_token=token
            )

        auth = RefreshingBearerAuth(
            tokens,
            refresher=refresher,
            margin=self._configuration.token_refresh_margin,
            on_refresh_token=on_rotation,
        )
        identity = OIDCIdentity(
            auth,
            initial_token=initial_token,
            store=self._store,
            store_key=token_key(self._url, oidc.client_id),
            provider=oidc,
            idp_client=http,
        )
        return self._connect(identity)

    def _connect(self, identity: OIDCIdentity) -> Session:
        try:
            return connect(
                self._url,
                self._configuration,
                auth=identity.auth,
                identity=identity,
                use_server_session=self._use_server_session,
            )
        except BaseException:
            identity.close()
            raise


def _configuration_or_default(value: object) -> SessionConfiguration:
    """``value``, or ``SessionConfiguration()`` for None; TypeError for anything else."""
    if value is None:
        return SessionConfiguration()
    if not isinstance(value, SessionConfiguration):
        raise TypeError(
            f"session_configuration must be a SessionConfiguration, not {type(value).__name__}"
        )
    return value


def connect(
    service_layer_url: str,
    configuration: SessionConfiguration,
    *,
    auth: httpx.Auth,
    identity: Identity,
    use_server_session: bool = True,
) -> Session:
    """Connect and sign in; returns ``Session(connection)``.

    ``auth`` signs the creation of the server session (and every request when
    ``use_server_session`` is False). ``auth.can_reauthenticate`` (default True) says whether
    it may sign in again when the server session is lost.
    """
    connection = open_connection(
        service_layer_url,
        configuration,
        auth=auth,
        identity=identity,
        use_server_session=use_server_session,
    )
    try:
        return Session(connection)
    except BaseException:
        connection.close()
        raise
