"""Bearer access tokens: RS256 JWTs checked for signature, issuer, audience and expiry.

Tokens come from the embedded identity provider (keys read in-process) or from an external
issuer given by ``--oidc-issuer`` (keys from its discovery document and JWKS, refetched when
an unknown key id shows up; opaque tokens checked at its introspection endpoint).
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from typing import Any

import httpx
from joserfc import jwt
from joserfc.errors import JoseError
from joserfc.jwk import KeySet

__all__ = ["BearerVerifier", "ExternalIssuer", "TokenRejected"]

_JWKS_REFETCH_SECONDS = 10.0
_LEEWAY_SECONDS = 0


class TokenRejected(Exception):
    """The token is not acceptable; the message says why without quoting the token."""


def _validate_claims(claims: dict[str, Any], issuer: str, audience: str) -> str:
    """Check iss, aud and exp; return the subject (the account name)."""
    if str(claims.get("iss", "")).rstrip("/") != issuer:
        raise TokenRejected("The token was issued by another issuer.")
    aud = claims.get("aud")
    audiences = aud if isinstance(aud, list) else [aud]
    if audience not in audiences:
        raise TokenRejected("The token is not meant for this audience.")
    exp = claims.get("exp")
    if not isinstance(exp, int | float) or exp <= time.time() - _LEEWAY_SECONDS:
        raise TokenRejected("The access token has expired.")
    nbf = claims.get("nbf")
    if isinstance(nbf, int | float) and nbf > time.time() + 5:
        raise TokenRejected("The token is not valid yet.")
    subject = claims.get("preferred_username") or claims.get("sub")
    if not isinstance(subject, str) or not subject:
        raise TokenRejected("The token names no subject.")
    return subject


def _looks_like_jwt(token: str) -> bool:
    return token.count(".") == 2


class ExternalIssuer:
    """Discovery, JWKS and introspection of an external OIDC issuer (cached)."""

    def __init__(self, issuer: str, client_id: str, client_secret: str | None) -> None:
        self.issuer = issuer.rstrip("/")
        self._client_id = client_id
        self._client_secret = client_secret
        self._metadata: dict[str, Any] | None = None
        self._keys: KeySet | None = None
        self._keys_fetched = 0.0

    async def metadata(self) -> dict[str, Any]:
        if self._metadata is None:
            url = f"{self.issuer}/.well-known/openid-configuration"
            async with httpx.AsyncClient(timeout=10.0) as client:
                response = await client.get(url)
            response.raise_for_status()
            document = response.json()
            if str(document.get("issuer", "")).rstrip("/") != self.issuer:
                raise TokenRejected("The issuer's discovery document names another issuer.")
            self._metadata = document
        return self._metadata

    async def keys(self, refresh: bool = False) -> KeySet:
        now = time.monotonic()
        stale = refresh and now - self._keys_fetched > _JWKS_REFETCH_SECONDS
        if self._keys is None or stale:
            jwks_uri = (await self.metadata())["jwks_uri"]
            async with httpx.AsyncClient(timeout=10.0) as client:
                response = await client.get(jwks_uri)
            response.raise_for_status()
            self._keys = KeySet.import_key_set(response.json())
            self._keys_fetched = now
        return self._keys

    async def introspect(self, token: str) -> dict[str, Any]:
        """Ask the issuer whether an opaque token is active (RFC 7662)."""
        endpoint = (await self.metadata()).get("introspection_endpoint")
        if not endpoint:
            raise TokenRejected("The issuer offers no introspection for opaque tokens.")
        data = {"token": token, "token_type_hint": "access_token"}
        auth: tuple[str, str] | None = None
        if self._client_secret is not None:
            auth = (self._client_id, self._client_secret)
        else:
            data["client_id"] = self._client_id
        async with httpx.AsyncClient(timeout=10.0) as client:
            response = await client.post(endpoint, data=data, auth=auth or httpx.USE_CLIENT_DEFAULT)
        if response.status_code != 200:
            raise TokenRejected("The issuer refused to introspect the token.")
        result: dict[str, Any] = response.json()
        return result


class BearerVerifier:
    """Verifies bearer tokens for one issuer and audience."""

    def __init__(
        self,
        issuer: str,
        audience: str,
        *,
        local_keys: Callable[[], KeySet] | None = None,
        external: ExternalIssuer | None = None,
        revoked: Callable[[dict[str, Any]], bool] | None = None,
    ) -> None:
        self.issuer = issuer.rstrip("/")
        self.audience = audience
        self._local_keys = local_keys
        self._external = external
        self._revoked = revoked

    @classmethod
    def for_external_issuer(cls, issuer: str, audience: str, client_id: str) -> BearerVerifier:
        """Trust an external issuer; an introspection secret may come from the environment."""
        secret = os.environ.get("SERVICELAYER_OIDC_INTROSPECTION_SECRET")
        client = os.environ.get("SERVICELAYER_OIDC_INTROSPECTION_CLIENT", client_id)
        return cls(issuer, audience, external=ExternalIssuer(issuer, client, secret))

    async def verify(self, token: str) -> str:
        """The account name the token was issued to; raises TokenRejected otherwise."""
        if not _looks_like_jwt(token):
            return await self._verify_opaque(token)
        claims = await self._verified_claims(token)
        subject = _validate_claims(claims, self.issuer, self.audience)
        if self._revoked is not None and self._revoked(claims):
            raise TokenRejected("The access token was revoked.")
        return subject

    async def _verified_claims(self, token: str) -> dict[str, Any]:
        for attempt in range(2):
            keys = await self._key_set(refresh=attempt > 0)
            try:
                decoded = jwt.decode(token, keys, algorithms=["RS256"])
            except ValueError as error:  # joserfc raises ValueError for unknown kids
                if attempt == 0 and self._external is not None:
                    continue
                raise TokenRejected("The token's signature cannot be verified.") from error
            except JoseError as error:
                raise TokenRejected("The token's signature is invalid.") from error
            return dict(decoded.claims)
        raise TokenRejected("The token's signature cannot be verified.")

    async def _key_set(self, refresh: bool) -> KeySet:
        if self._local_keys is not None:
            return self._local_keys()
        if self._external is None:
            raise TokenRejected("No issuer keys are configured.")
        try:
            return await self._external.keys(refresh=refresh)
        except httpx.HTTPError as error:
            raise TokenRejected("The issuer's keys are unavailable.") from error

    async def _verify_opaque(self, token: str) -> str:
        if self._external is None:
            raise TokenRejected("The token is not a JWT.")
        try:
            result = await self._external.introspect(token)
        except httpx.HTTPError as error:
            raise TokenRejected("The issuer's introspection endpoint is unavailable.") from error
        if result.get("active") is not True:
            raise TokenRejected("The token is not active.")
        claims = dict(result)
        claims.setdefault("iss", self.issuer)
        if "aud" not in claims:
            claims["aud"] = self.audience  # opaque tokens need not name an audience
        return _validate_claims(claims, self.issuer, self.audience)
