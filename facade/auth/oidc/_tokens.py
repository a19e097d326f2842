"""Tokens from the identity provider and the ``httpx.Auth`` that attaches and refreshes them.

Expiry is local time at receipt + ``expires_in`` (the provider's clock does not matter). The
access token is refreshed ``margin`` seconds before it expires, under one lock, so however
many threads share a session exactly one refresh request is in flight; the others wait for
its result. A rotated refresh token replaces the old one and is reported to a callback (so a
stored copy is updated). A failed refresh raises :class:`TokenRefreshError`; nothing here ever
starts an interactive sign-in.
"""

from __future__ import annotations

import base64
import json
import logging
import threading
import time
from collections.abc import Callable, Generator, Mapping
from dataclasses import dataclass, replace
from typing import Any

import httpx

from ..._core.errors import TransportError
from ._errors import OIDCError, TokenRefreshError

__all__ = [
    "RefreshingBearerAuth",
    "TokenSet",
    "jwt_claims",
    "refresh_grant",
    "request_tokens",
]

_log = logging.getLogger(__name__)

Clock = Callable[[], float]


def jwt_claims(token: str | None) -> dict[str, Any]:
    """The payload of a JWT, not verified (for display and expiry only), or {} if not a JWT."""
    if not token or token.count(".") != 2:
        return {}
    payload = token.split(".")[1]
    try:
        decoded = base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4))
        claims = json.loads(decoded)
    except (ValueError, TypeError):
        return {}
    return claims if isinstance(claims, dict) else {}


@dataclass(frozen=True, repr=False)
class TokenSet:
    """The tokens of one sign-in. ``expires_at`` is a ``time.time()`` value, or None if unknown."""

    access_token: str
    expires_at: float | None = None
    refresh_token: str | None = None
    id_token: str | None = None
    scope: str | None = None
    received_at: float | None = None

    @classmethod
    def from_token_response(cls, payload: Mapping[str, Any], received_at: float) -> TokenSet:
        """Parse a successful token endpoint answer received at ``received_at``."""
        access_token = payload.get("access_token")
        if not isinstance(access_token, str) or not access_token:
            raise OIDCError("the identity provider's token response has no access_token")
        token_type = str(payload.get("token_type", "Bearer"))
        if token_type.lower() != "bearer":
            raise OIDCError(f"the identity provider issued a {token_type!r} token, not Bearer")
        expires_in = payload.get("expires_in")
        expires_at = None
        if isinstance(expires_in, int | float | str) and not isinstance(expires_in, bool):
            try:
                expires_at = received_at + float(expires_in)
            except ValueError:
                expires_at = None
        refresh_token = payload.get("refresh_token")
        id_token = payload.get("id_token")
        scope = payload.get("scope")
        return cls(
            access_token=access_token,
            expires_at=expires_at,
            refresh_token=refresh_token if isinstance(refresh_token, str) else None,
            id_token=id_token if isinstance(id_token, str) else None,
            scope=scope if isinstance(scope, str) else None,
            received_at=received_at,
        )

    @classmethod
    def from_access_token(cls, access_token: str) -> TokenSet:
        """A bare access token; its expiry is read from its ``exp`` claim when it is a JWT."""
        exp = jwt_claims(access_token).get("exp")
        expires_at = float(exp) if isinstance(exp, int | float) else None
        return cls(access_token=access_token, expires_at=expires_at)

    def expires_within(self, seconds: float, now: float) -> bool:
        """True when the access token expires within ``seconds`` of ``now`` (False if unknown).

        The margin is capped at half the token's lifetime, so a token that lives less than
        twice the margin is still used for a while before it is refreshed.
        """
        if self.expires_at is None:
            return False
        if self.received_at is not None:
            seconds = min(seconds, (self.expires_at - self.received_at) / 2)
        return now >= self.expires_at - seconds

    def expired(self, now: float) -> bool:
        """True when the access token is past its expiry (False if unknown)."""
        return self.expires_at is not None and now >= self.expires_at

    def claims(self) -> dict[str, Any]:
        """Claims of the ID token, else of the access token (unverified; for display)."""
        return jwt_claims(self.id_token) or jwt_claims(self.access_token)

    def __repr__(self) -> str:
        return (
            f"TokenSet(expires_at={self.expires_at!r}, "
            f"refresh_token={'set' if self.refresh_token else None}, "
            f"id_token={'set' if self.id_token else None}, scope={self.scope!r})"
        )


def _error_fields(response: httpx.Response) -> tuple[str | None, str | None]:
    try:
        body = response.json()
    except ValueError:
        return None, None
    if not isinstance(body, dict):
        return None, None
    error, description = body.get("error"), body.get("error_description")
    return (
        error if isinstance(error, str) else None,
        description if isinstance(description, str) else None,
    )


def request_tokens(
    http: httpx.Client,
    token_endpoint: str,
    *,
    form: Mapping[str, str],
    clock: Clock = time.time,
    error_class: type[OIDCError] = OIDCError,
    what: str = "token request",
    advice: str = "",
) -> TokenSet:
    """POST ``form`` to the token endpoint; raise ``error_class`` with the OAuth error code."""
    try:
        response = http.post(
            token_endpoint, data=dict(form), headers={"Accept": "application/json"}
        )
    except (httpx.HTTPError, TransportError) as exc:
        raise error_class(f"{what}: the identity provider could not be reached: {exc}") from exc
    if response.status_code != 200:
        error, description = _error_fields(response)
        message = f"{what} refused by the identity provider ({response.status_code}"
        message += f" {error})" if error else ")"
        if description:
            message += f": {description}"
        message += advice
        raise error_class(
            message, error=error, error_description=description, status=response.status_code
        )
    try:
        payload = response.json()
    except ValueError as exc:
        raise error_class(f"{what}: the identity provider did not answer JSON") from exc
    if not isinstance(payload, dict):
        raise error_class(f"{what}: the identity provider's answer is not a JSON object")
    return TokenSet.from_token_response(payload, clock())


def refresh_grant(
    http: httpx.Client,
    token_endpoint: str,
    *,
    client_id: str,
    refresh_token: str,
    scope: str | None = None,
    clock: Clock = time.time,
) -> TokenSet:
    """Exchange a refresh token (RFC 6749 section 6) for new tokens."""
    form = {"grant_type": "refresh_token", "refresh_token": refresh_token, "client_id": client_id}
    if scope:
        form["scope"] = scope
    tokens = request_tokens(
        http,
        token_endpoint,
        form=form,
        clock=clock,
        error_class=TokenRefreshError,
        what="token refresh",
        advice="; sign in again (device code or authorization code flow)",
    )
    if tokens.refresh_token is None:  # not rotated: the old one stays valid
        tokens = replace(tokens, refresh_token=refresh_token)
    return tokens


Refresher = Callable[[str], TokenSet]
"""Turns a refresh token into new tokens (``refresh_grant`` bound to a provider)."""


class RefreshingBearerAuth(httpx.Auth):
    """Sends ``Authorization: Bearer``; refreshes the access token before it expires.

    ``refresher`` is None for a bare access token: it is sent until it expires, then the
    server's 401 tells the caller to sign in again.
    """

    requires_request_body = False
    requires_response_body = False

    def __init__(
        self,
        tokens: TokenSet,
        *,
        refresher: Refresher | None = None,
        margin: float = 60.0,
        on_refresh_token: Callable[[str], None] | None = None,
        clock: Clock = time.time,
    ) -> None:
        self._tokens = tokens
        self._refresher = refresher
        self._margin = margin
        self._on_refresh_token = on_refresh_token
        self._clock = clock
        self._lock = threading.Lock()
        self._failure: TokenRefreshError | None = None
        self.refresh_count = 0

    @property
    def tokens(self) -> TokenSet:
        """The current tokens."""
        return self._tokens

    @property
    def can_refresh(self) -> bool:
        """True while a refresh token is held and the provider has not refused it."""
        return (
            self._refresher is not None
            and self._tokens.refresh_token is not None
            and self._failure is None
        )

    def set_refresh_token_listener(
        self, listener: Callable[[str], None] | None, *, report_current: bool = False
    ) -> None:
        """Report every later rotated refresh token to ``listener`` (e.g. a token store).

        With ``report_current`` the current refresh token is reported first, under the same
        lock as refreshes, so no rotation can slip in between.
        """
        with self._lock:
            if report_current and listener is not None and self._tokens.refresh_token:
                listener(self._tokens.refresh_token)
            self._on_refresh_token = listener

    def refresh_due(self) -> bool:
        """True when the next request should refresh the access token first (no request)."""
        return self._refresher is not None and self._tokens.expires_within(
            self._margin, self._clock()
        )

    def access_token(self, *, force_refresh: bool = False, stale: str | None = None) -> str:
        """A valid access token, refreshing first when it is about to expire.

        ``force_refresh`` refreshes even if not yet due, unless the token has already changed
        from ``stale`` (another thread refreshed it meanwhile).
        """
        with self._lock:
            tokens = self._tokens
            due = tokens.expires_within(self._margin, self._clock())
            if force_refresh and stale is not None and tokens.access_token != stale:
                return tokens.access_token
            if (due or force_refresh) and self._refresher is not None:
                self._refresh_locked()
            return self._tokens.access_token

    def _refresh_locked(self) -> None:
        if self._failure is not None:
            raise self._failure
        refresh_token = self._tokens.refresh_token
        if refresh_token is None or self._refresher is None:
            return
        _log.debug("refreshing the access token")
        try:
            new_tokens = self._refresher(refresh_token)
        except TokenRefreshError as exc:
            if exc.error in ("invalid_grant", "invalid_client", "unauthorized_client"):
                self._failure = exc  # permanent: do not ask again
            raise
        self.refresh_count += 1
        if new_tokens.id_token is None and self._tokens.id_token is not None:
            new_tokens = replace(new_tokens, id_token=self._tokens.id_token)
        self._tokens = new_tokens
        rotated = new_tokens.refresh_token
        if rotated is not None and rotated != refresh_token and self._on_refresh_token:
            _log.debug("the identity provider rotated the refresh token")
            try:
                self._on_refresh_token(rotated)
            except Exception as exc:  # a store failure must not fail the request
                _log.warning("could not save the rotated refresh token: %s", type(exc).__name__)

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response]:
        token = self.access_token()
        request.headers["Authorization"] = f"Bearer {token}"
        response = yield request
        if response.status_code == 401 and self.can_refresh:
            # Revoked or expired early on the server side: one refresh, one retry.
            new_token = self.access_token(force_refresh=True, stale=token)
            request.headers["Authorization"] = f"Bearer {new_token}"
            yield request
