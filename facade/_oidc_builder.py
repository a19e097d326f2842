"""OIDCSessionBuilder: sign in through the identity provider, then connect a Session.

Returned by ``SessionBuilder.with_oidc(**explicit_config)``. Every ``with_*`` method gets
tokens, wraps them in a refreshing ``httpx.Auth`` and an :class:`OIDCIdentity`, and returns a
connected Session (the credentials are checked at once) or raises a typed error. Requests to
the identity provider use the same SessionConfiguration (timeout, TLS, proxy, headers).
"""

from __future__ import annotations

import os
import threading
import time
import webbrowser
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import httpx

from generated import Client

from ._config import SessionConfiguration
from ._oidc_errors import StoredTokenNotFoundError, TokenStoreError
from ._transport import build_httpx_client
from .auth._auth_code import DEFAULT_TIMEOUT, run_authorization_code_flow
from .auth._device_code import DeviceCodePrompt, print_device_code_prompt, run_device_code_flow
from .auth._oidc_discovery import (
    OIDCConfiguration,
    OIDCHints,
    discover_hints,
    hints_from_explicit,
    resolve_configuration,
)
from .auth._token_binding import BoundRefreshToken, check_token_issuer
from .auth._token_store import KeyringTokenStore, TokenCacheFile, TokenStore, token_key
from .auth._tokens import RefreshingBearerAuth, TokenSet, refresh_grant

if TYPE_CHECKING:
    from ._session import Session

__all__ = ["OIDCIdentity", "OIDCSessionBuilder"]

_USERNAME_CLAIMS = ("preferred_username", "upn", "email", "name", "sub")


class OIDCIdentity:
    """Who is signed in through OIDC and whether the session can still authenticate.

    Implements the facade's ``Identity`` protocol without exposing any token in its repr.
    """

    def __init__(
        self,
        auth: RefreshingBearerAuth,
        *,
        initial_token: str | None,
        store: TokenStore,
        store_key: str | None,
        provider: OIDCConfiguration | None = None,
        idp_client: httpx.Client | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self._auth = auth
        self._initial_token = initial_token
        self._store = store
        self._store_key = store_key
        self._provider = provider
        self._idp_client = idp_client
        self._clock = clock

    @property
    def auth(self) -> RefreshingBearerAuth:
        """The ``httpx.Auth`` that attaches (and refreshes) the access token."""
        return self._auth

    @property
    def username(self) -> str | None:
        """The signed-in user, from the ID token (else access token) claims."""
        claims = self._auth.tokens.claims()
        for name in _USERNAME_CLAIMS:
            value = claims.get(name)
            if isinstance(value, str) and value:
                return value
        return None

    @property
    def expired(self) -> bool:
        """True when the access token is past its expiry and cannot be refreshed."""
        return self._auth.tokens.expired(self._clock()) and not self._auth.can_refresh

    @property
    def authenticated(self) -> bool:
        """True while requests can be authenticated (a valid or refreshable token)."""
        return not self.expired

    @property
    def refresh_token(self) -> str | None:
        """The current (possibly rotated) refresh token, else the token the session began with."""
        return self._auth.tokens.refresh_token or self._initial_token

    def persist_oidc_token(self) -> None:
        """Store the refresh token (keyring, or the opt-in cache file); later rotations too.

        The token is stored with the issuer and token-endpoint origin of the provider that
        issued it, and ``with_stored_token()`` sends it nowhere else.
        """
        refresh_token = self._auth.tokens.refresh_token
        if refresh_token is None or self._store_key is None or self._provider is None:
            raise TokenStoreError(
                "this session has no refresh token to store (an access token only, or the "
                "identity provider issued none: ask for the offline_access scope)"
            )
        self._auth.set_refresh_token_listener(
            _bound_saver(self._store, self._store_key, self._provider), report_current=True
        )

    def close(self) -> None:
        """Close the connection pool to the identity provider."""
        if self._idp_client is not None:
            self._idp_client.close()

    def __repr__(self) -> str:
        return f"OIDCIdentity(username={self.username!r}, authenticated={self.authenticated})"


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
        self._url = service_layer_url.rstrip("/")
        self._configuration = session_configuration or SessionConfiguration()
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

    # --- the public sign-in paths (seed 000 names) ------------------------------------------

    def with_access_token(self, token: str) -> Session:
        """Use an access token as is; the session stops authenticating when it expires."""
        _check_token(token, "token")
        auth = RefreshingBearerAuth(
            TokenSet.from_access_token(token), margin=self._configuration.token_refresh_margin
        )
        identity = OIDCIdentity(auth, initial_token=token, store=self._store, store_key=None)
        return self._connect(identity)

    def with_refresh_token(self, token: str) -> Session:
        """Exchange a refresh token for an access token now, and refresh as needed later."""
        _check_token(token, "token")
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
        return self._connect_with_tokens(tokens, oidc, http, initial_token=None)

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
        return self._connect_with_tokens(tokens, oidc, http, initial_token=None)

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
            stored.refresh_token, on_rotation=_bound_saver(self._store, key, oidc)
        )

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
            hints = discover_hints(client)
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
                http, oidc.token_endpoint, oidc.client_id, refresh_token, scope=None
            )
        except BaseException:
            http.close()
            raise
        if on_rotation is not None and tokens.refresh_token not in (None, refresh_token):
            on_rotation(tokens.refresh_token)  # type: ignore[arg-type]
        return self._connect_with_tokens(
            tokens, oidc, http, initial_token=refresh_token, on_rotation=on_rotation
        )

    def _connect_with_tokens(
        self,
        tokens: TokenSet,
        oidc: OIDCConfiguration,
        http: httpx.Client,
        *,
        initial_token: str | None,
        on_rotation: Callable[[str], None] | None = None,
    ) -> Session:
        def refresher(token: str) -> TokenSet:
            return refresh_grant(http, oidc.token_endpoint, oidc.client_id, token)

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
        from ._connect import connect

        try:
            return connect(
                self._url,
                self._configuration,
                identity.auth,
                identity=identity,
                use_server_session=self._use_server_session,
            )
        except BaseException:
            identity.close()
            raise


def _bound_saver(store: TokenStore, key: str, provider: OIDCConfiguration) -> Callable[[str], None]:
    """Saves each new refresh token under ``key``, bound to the provider that issued it."""

    def save(refresh_token: str) -> None:
        store.save(key, BoundRefreshToken.issued_by(refresh_token, provider).encode())

    return save


def _check_token(token: object, name: str) -> None:
    if not isinstance(token, str):
        raise TypeError(f"{name} must be a str, not {type(token).__name__}")
    if not token.strip():
        raise ValueError(f"{name} is empty")
