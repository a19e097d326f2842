"""A stored refresh token together with the identity provider that issued it.

A refresh token is only ever sent back to the provider that issued it. What is stored (in the
keyring or the opt-in cache file) is therefore a small JSON document::

    {"format": "servicelayer-sdk/refresh-token/1", "issuer": "https://idp.example.com",
     "token_origin": "https://idp.example.com:443", "refresh_token": "..."}

``with_stored_token()`` asks the Service Layer which provider it uses now and compares the
issuer and the origin (scheme, host, port) of the token endpoint with the stored ones before it
sends anything: a server that starts to advertise another provider (through its configuration
or a 401 challenge) gets an :class:`IdentityProviderChangedError` that says what changed, and
the token stays where it is.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass

from ..._core.urls import origin_of
from ._discovery import OIDCConfiguration
from ._errors import IdentityProviderChangedError, TokenStoreError
from ._token_store import TokenStore
from ._tokens import jwt_claims

__all__ = ["STORED_TOKEN_FORMAT", "BoundRefreshToken", "bound_token_saver", "check_token_issuer"]

STORED_TOKEN_FORMAT = "servicelayer-sdk/refresh-token/1"


def _same_issuer(first: str | None, second: str | None) -> bool:
    if first is None or second is None:
        return first is None and second is None
    return first.rstrip("/") == second.rstrip("/")


@dataclass(frozen=True, repr=False)
class BoundRefreshToken:
    """A refresh token and where it may be sent: its issuer and token-endpoint origin."""

    refresh_token: str
    issuer: str | None
    token_origin: str

    @classmethod
    def issued_by(cls, refresh_token: str, provider: OIDCConfiguration) -> BoundRefreshToken:
        """Bind ``refresh_token`` to ``provider``, which issued it.

        Args:
            refresh_token: The refresh token.
            provider: The configuration of the identity provider that issued it.

        Returns:
            The token bound to the provider's issuer and token-endpoint origin.
        """
        return cls(refresh_token, provider.issuer, origin_of(provider.token_endpoint))

    def encode(self) -> str:
        """The text kept in the token store."""
        return json.dumps(
            {
                "format": STORED_TOKEN_FORMAT,
                "issuer": self.issuer,
                "token_origin": self.token_origin,
                "refresh_token": self.refresh_token,
            },
            separators=(",", ":"),
        )

    @classmethod
    def decode(cls, text: str, *, where: str) -> BoundRefreshToken:
        """Read a stored token.

        Args:
            text: What the token store holds.
            where: The store entry, for error messages (never the token).

        Returns:
            The bound token.

        Raises:
            TokenStoreError: The entry is not a bound token (e.g. saved by an SDK version that
                did not record the issuer): there is no way to know where it may be sent.
        """
        try:
            data = json.loads(text)
        except ValueError:
            data = None
        if not isinstance(data, dict) or data.get("format") != STORED_TOKEN_FORMAT:
            raise TokenStoreError(
                f"the token stored for {where} does not record which identity provider issued "
                "it, so it is not sent anywhere; sign in again (device code or authorization "
                "code flow) and call session.persist_oidc_token()"
            )
        token, issuer, origin = (
            data.get("refresh_token"),
            data.get("issuer"),
            data.get("token_origin"),
        )
        if not isinstance(token, str) or not token or not isinstance(origin, str):
            raise TokenStoreError(f"the token stored for {where} is incomplete; sign in again")
        return cls(token, issuer if isinstance(issuer, str) else None, origin)

    def check_provider(self, provider: OIDCConfiguration, *, service_layer_url: str) -> None:
        """Raise unless ``provider`` is the one that issued this token.

        Args:
            provider: The identity provider the Service Layer names now.
            service_layer_url: The Service Layer, for the error message.

        Raises:
            IdentityProviderChangedError: Another issuer, or a token endpoint at another
                origin; the message names both the stored and the advertised provider.
        """
        advertised_origin = origin_of(provider.token_endpoint)
        if _same_issuer(self.issuer, provider.issuer) and advertised_origin == self.token_origin:
            return
        raise IdentityProviderChangedError(
            f"the refresh token stored for {service_layer_url} was issued by "
            f"{self.issuer or 'an identity provider'} (token endpoint at {self.token_origin}), "
            f"but the Service Layer now names {provider.issuer or 'an identity provider'} "
            f"(token endpoint at {advertised_origin}); the token was not sent. If the change "
            "is expected, sign in again and call session.persist_oidc_token(); otherwise "
            "check the Service Layer URL, it may not be the server you signed in to",
            stored_issuer=self.issuer,
            stored_token_origin=self.token_origin,
            advertised_issuer=provider.issuer,
            advertised_token_origin=advertised_origin,
        )

    def __repr__(self) -> str:
        return f"BoundRefreshToken(issuer={self.issuer!r}, token_origin={self.token_origin!r})"


def check_token_issuer(refresh_token: str, provider: OIDCConfiguration) -> None:
    """Refuse a refresh token that says (as a JWT ``iss`` claim) another provider issued it.

    Opaque tokens carry no issuer and pass; a token given by the caller is theirs to direct.

    Args:
        refresh_token: A refresh token about to be sent to ``provider``.
        provider: Where it would be sent.

    Raises:
        IdentityProviderChangedError: The token names another issuer.
    """
    claimed = jwt_claims(refresh_token).get("iss")
    if not isinstance(claimed, str) or _same_issuer(claimed, provider.issuer):
        return
    origin = origin_of(provider.token_endpoint)
    raise IdentityProviderChangedError(
        f"the refresh token was issued by {claimed}, but the Service Layer names "
        f"{provider.issuer or 'another identity provider'} (token endpoint at {origin}); "
        "the token was not sent. Pass issuer=... to with_oidc() to name its provider",
        stored_issuer=claimed,
        stored_token_origin="unknown",
        advertised_issuer=provider.issuer,
        advertised_token_origin=origin,
    )


def bound_token_saver(
    store: TokenStore, key: str, *, provider: OIDCConfiguration
) -> Callable[[str], None]:
    """Saves each new refresh token under ``key``, bound to the provider that issued it."""

    def save(refresh_token: str) -> None:
        store.save(key, BoundRefreshToken.issued_by(refresh_token, provider).encode())

    return save
