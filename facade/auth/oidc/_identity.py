"""OIDCIdentity: who is signed in through OIDC, and whether the session can still authenticate."""

from __future__ import annotations

import time
from collections.abc import Callable

import httpx

from ._discovery import OIDCConfiguration
from ._errors import TokenStoreError
from ._token_binding import bound_token_saver
from ._token_store import TokenStore
from ._tokens import RefreshingBearerAuth

__all__ = ["OIDCIdentity"]

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
            bound_token_saver(self._store, self._store_key, provider=self._provider),
            report_current=True,
        )

    def close(self) -> None:
        """Close the connection pool to the identity provider."""
        if self._idp_client is not None:
            self._idp_client.close()

    def __repr__(self) -> str:
        return f"OIDCIdentity(username={self.username!r}, authenticated={self.authenticated})"
