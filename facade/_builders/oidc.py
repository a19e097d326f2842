"""OIDCSessionBuilder: sign in through an OpenID Connect identity provider, then connect.

``SessionBuilder.with_oidc(...)`` returns one. Its ``with_*`` methods get tokens, wrap them in a
refreshing ``httpx.Auth`` and an ``OIDCIdentity``, and connect. Requests to the identity
provider use the same SessionConfiguration (timeout, TLS, proxy, headers).
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable

import httpx

from generated import Client

from .._core.calls import names_errors
from .._core.checks import require_str
from .._core.configuration import SessionConfiguration
from .._core.strict import StrictAttributes
from .._core.transport import build_httpx_client
from .._core.urls import require_http_url
from .._ops.auth_endpoints import ServiceLayerAuthEndpoints
from .._session import Session
from ..auth.oidc._authorization_code import (
    DEFAULT_TIMEOUT,
    open_in_browser,
    run_authorization_code_flow,
)
from ..auth.oidc._device_code import (
    DeviceCodePrompt,
    print_device_code_prompt,
    run_device_code_flow,
)
from ..auth.oidc._discovery import (
    OIDCConfiguration,
    OIDCHints,
    discover_hints,
    hints_from_explicit,
    resolve_configuration,
)
from ..auth.oidc._errors import StoredTokenNotFoundError
from ..auth.oidc._identity import OIDCIdentity
from ..auth.oidc._token_binding import BoundRefreshToken, bound_token_saver, check_token_issuer
from ..auth.oidc._token_store import KeyringTokenStore, TokenCacheFile, TokenStore, token_key
from ..auth.oidc._tokens import RefreshingBearerAuth, TokenSet, refresh_grant
from .connecting import configuration_or_default, connect

__all__ = ["OIDCSessionBuilder"]


class OIDCSessionBuilder(StrictAttributes):
    """Chooses how to get OIDC tokens and returns a connected Session.

    Usually made by ``SessionBuilder(url).with_oidc(...)``, whose parameters it takes.

    Example:
        >>> from facade import SessionBuilder
        >>> builder = SessionBuilder("http://127.0.0.1:8765").with_oidc()
        >>> builder
        OIDCSessionBuilder('http://127.0.0.1:8765')
    """

    def __init__(
        self,
        service_layer_url: str,
        session_configuration: SessionConfiguration | None = None,
        *,
        issuer: str | None = None,
        client_id: str | None = None,
        scopes: str | list[str] | None = None,
        redirect_uri: str | None = None,
        audience: str | None = None,
        authorization_endpoint: str | None = None,
        token_endpoint: str | None = None,
        device_authorization_endpoint: str | None = None,
        authority: str | None = None,
        token_cache_file: str | os.PathLike[str] | None = None,
        token_store: TokenStore | None = None,
        use_server_session: bool = False,
    ) -> None:
        """Check the options (see ``SessionBuilder.with_oidc`` for each).

        Args:
            service_layer_url: The Service Layer's root URL.
            session_configuration: Timeouts, retries, TLS; default ``SessionConfiguration()``.
            issuer: The identity provider's issuer URL.
            client_id: The OAuth client id.
            scopes: Scopes to ask for.
            redirect_uri: Loopback redirect URI for the browser sign-in.
            audience: The API audience.
            authorization_endpoint: The authorize URL.
            token_endpoint: The token URL.
            device_authorization_endpoint: The device authorization URL.
            authority: Same as ``issuer``.
            token_cache_file: Keep refresh tokens in this 0600 file instead of the keyring.
            token_store: Keep refresh tokens in this store.
            use_server_session: Trade the token for a server session once.

        Raises:
            TypeError: An option has the wrong type.
            ValueError: The URL is not an http(s) URL.
        """
        self._url = require_http_url(service_layer_url, "service_layer_url").rstrip("/")
        self._configuration = configuration_or_default(session_configuration)
        explicit = {
            "issuer": issuer,
            "client_id": client_id,
            "scopes": scopes,
            "redirect_uri": redirect_uri,
            "audience": audience,
            "authorization_endpoint": authorization_endpoint,
            "token_endpoint": token_endpoint,
            "device_authorization_endpoint": device_authorization_endpoint,
            "authority": authority,
        }
        self._explicit = hints_from_explicit(
            {name: value for name, value in explicit.items() if value is not None}
        )
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

    @names_errors("with_access_token")
    def with_access_token(self, token: str) -> Session:
        """Use an access token as is; the session stops authenticating when it expires.

        Args:
            token: An access token the identity provider issued for this Service Layer.

        Returns:
            A connected ``Session``.

        Raises:
            AuthenticationError: The server does not accept the token.
            ConnectionFailedError: The server could not be reached.
        """
        return self._connect(self._access_token_identity(token))

    def _access_token_identity(self, token: str) -> OIDCIdentity:
        require_str(token, "token", allow_empty=False)
        auth = RefreshingBearerAuth(
            TokenSet.from_access_token(token), margin=self._configuration.token_refresh_margin
        )
        return OIDCIdentity(auth, initial_token=token, store=self._store, store_key=None)

    @names_errors("with_refresh_token")
    def with_refresh_token(self, token: str) -> Session:
        """Exchange a refresh token for an access token now, and refresh as needed later.

        Args:
            token: A refresh token from the identity provider the server advertises.

        Returns:
            A connected ``Session``.

        Raises:
            TokenRefreshError: The identity provider refused the token.
            OIDCConfigurationError: The identity provider is unknown or unusable.
            ConnectionFailedError: The server or the provider could not be reached.
        """
        return self._connect(self._refresh_token_identity(token))

    def _refresh_token_identity(self, token: str) -> OIDCIdentity:
        require_str(token, "token", allow_empty=False)
        return self._refreshing_identity(token, on_rotation=None)

    @names_errors("with_device_code_flow")
    def with_device_code_flow(
        self,
        callback: Callable[[DeviceCodePrompt], None] | None = None,
        *,
        cancel: threading.Event | None = None,
        timeout: float | None = None,
    ) -> Session:
        """Sign in on another device with a user code (RFC 8628).

        Args:
            callback: Receives the code and the page to enter it on (default: printed to
                stderr).
            cancel: Set it from another thread to stop waiting.
            timeout: Seconds to wait for the approval, below the code's own lifetime.

        Returns:
            A connected ``Session``.

        Raises:
            DeviceCodeTimeoutError: Your ``timeout`` ran out before the sign-in was approved.
            DeviceCodeExpiredError: The code expired before the sign-in was approved.
            DeviceCodeCancelledError: ``cancel`` was set.
            AccessDeniedError: The sign-in was refused at the identity provider.
            OIDCConfigurationError: The provider offers no device-code sign-in.
        """
        return self._connect(self._device_code_identity(callback, cancel=cancel, timeout=timeout))

    def _device_code_identity(
        self,
        callback: Callable[[DeviceCodePrompt], None] | None,
        *,
        cancel: threading.Event | None,
        timeout: float | None,
    ) -> OIDCIdentity:
        oidc, http = self._resolve()
        tokens = run_device_code_flow(
            http,
            oidc,
            callback=callback or print_device_code_prompt,
            cancel=cancel,
            timeout=timeout,
        )
        return self._identity_with_tokens(tokens, oidc, http=http, initial_token=None)

    @names_errors("with_authorization_code_flow")
    def with_authorization_code_flow(
        self,
        *,
        open_browser: Callable[[str], bool] | None = None,
        timeout: float = DEFAULT_TIMEOUT,
        redirect_uri: str | None = None,
    ) -> Session:
        """Sign in interactively in a web browser (PKCE, loopback redirect).

        Args:
            open_browser: Shows the sign-in page (default ``webbrowser.open``); returns False
                when no browser is available, and the error then suggests the device code.
            timeout: How long to wait for the sign-in, in seconds.
            redirect_uri: The loopback redirect URI registered for the client, if fixed.

        Returns:
            A connected ``Session``.

        Raises:
            BrowserUnavailableError: No browser could be opened.
            AuthorizationCodeFlowError: The sign-in did not complete in time or failed.
            AccessDeniedError: The sign-in was refused at the identity provider.
        """
        return self._connect(
            self._authorization_code_identity(
                open_browser=open_browser, timeout=timeout, redirect_uri=redirect_uri
            )
        )

    def _authorization_code_identity(
        self,
        *,
        open_browser: Callable[[str], bool] | None,
        timeout: float,
        redirect_uri: str | None,
    ) -> OIDCIdentity:
        oidc, http = self._resolve()
        tokens = run_authorization_code_flow(
            http,
            oidc,
            open_browser=open_browser or open_in_browser,
            timeout=timeout,
            redirect_uri=redirect_uri,
        )
        return self._identity_with_tokens(tokens, oidc, http=http, initial_token=None)

    @names_errors("with_stored_token")
    def with_stored_token(self) -> Session:
        """Sign in with the refresh token saved by ``Session.persist_oidc_token()``.

        Later rotations of the refresh token are saved back to the same place. The token is
        sent only to the identity provider that issued it.

        Returns:
            A connected ``Session``.

        Raises:
            StoredTokenNotFoundError: No token is stored for this Service Layer.
            IdentityProviderChangedError: The Service Layer now names another issuer or token
                endpoint origin; nothing was sent.
            TokenRefreshError: The identity provider refused the stored token.
            TokenStoreError: The keyring or token file could not be read.
        """
        return self._connect(self._stored_token_identity())

    def _stored_token_identity(self) -> OIDCIdentity:
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
        return self._refreshing_identity(
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

    def _refreshing_identity(
        self, refresh_token: str, on_rotation: Callable[[str], None] | None
    ) -> OIDCIdentity:
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
        return self._identity_with_tokens(
            tokens, oidc, http=http, initial_token=refresh_token, on_rotation=on_rotation
        )

    def _identity_with_tokens(
        self,
        tokens: TokenSet,
        oidc: OIDCConfiguration,
        *,
        http: httpx.Client,
        initial_token: str | None,
        on_rotation: Callable[[str], None] | None = None,
    ) -> OIDCIdentity:
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
        return identity

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
