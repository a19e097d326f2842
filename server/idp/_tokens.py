"""Token responses of the identity provider: RS256 access and ID tokens, rotating refresh tokens."""

from __future__ import annotations

import math
import secrets
import time
from typing import Any

from joserfc import jwt

from .._config import ServerConfig
from ._keys import SigningKeys
from ._store import GrantStore

__all__ = ["TokenIssuer"]


class TokenIssuer:
    """Mints the token-endpoint answer for one signed-in user."""

    def __init__(self, config: ServerConfig, keys: SigningKeys, grants: GrantStore) -> None:
        self._config = config
        self._keys = keys
        self._grants = grants
        self.issuer = config.embedded_issuer

    def _sign(self, claims: dict[str, Any], typ: str) -> str:
        header = {"alg": "RS256", "kid": self._keys.kid, "typ": typ}
        return jwt.encode(header, claims, self._keys.signing_key, algorithms=["RS256"])

    def access_token(
        self, username: str, client_id: str, scope: str, *, family_id: str
    ) -> tuple[str, int]:
        """An access token for the API audience and its lifetime in seconds.

        ``sid`` names the sign-in (the refresh-token family): revoking the family revokes
        the access tokens issued from it too.
        """
        ttl = max(1, self._config.access_token_ttl)
        issued = time.time()
        claims = {
            "iss": self.issuer,
            "sub": username,
            "aud": self._config.oidc_audience,
            "iat": int(issued),
            # Rounded up: a client computing expiry as its time + expires_in never sees the
            # token refused before then.
            "exp": math.ceil(issued) + ttl,
            "jti": secrets.token_hex(16),
            "client_id": client_id,
            "scope": scope,
            "sid": family_id,
            "preferred_username": username,
        }
        return self._sign(claims, "at+jwt"), ttl

    def id_token(self, username: str, client_id: str, nonce: str | None) -> str:
        now = int(time.time())
        claims: dict[str, Any] = {
            "iss": self.issuer,
            "sub": username,
            "aud": client_id,
            "iat": now,
            "exp": now + 3600,
            "preferred_username": username,
            "name": username,
        }
        if nonce:
            claims["nonce"] = nonce
        return self._sign(claims, "JWT")

    def token_response(
        self,
        username: str,
        client_id: str,
        scope: str,
        family_id: str,
        nonce: str | None = None,
    ) -> dict[str, Any]:
        """The JSON body of a successful token request (RFC 6749 §5.1)."""
        access, ttl = self.access_token(username, client_id, scope, family_id=family_id)
        body: dict[str, Any] = {
            "access_token": access,
            "token_type": "Bearer",
            "expires_in": ttl,
            "scope": scope,
        }
        scopes = scope.split()
        if "openid" in scopes:
            body["id_token"] = self.id_token(username, client_id, nonce)
        if "offline_access" in scopes:
            body["refresh_token"] = self._grants.add_refresh(
                family_id, username, client_id, scope, self._config.refresh_token_ttl
            )
        return body
