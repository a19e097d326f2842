"""The embedded OpenID Connect provider, a Starlette sub-app mounted at ``/oidc``."""

from __future__ import annotations

import sqlite3
import time
from typing import Any
from urllib.parse import urlsplit

from joserfc import jwt
from joserfc.errors import JoseError
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from .._accounts import AccountStore
from .._config import ServerConfig
from .._failure_limits import FailedAuthLimiter
from ._authorize import AuthorizationEndpoint
from ._clients import SUPPORTED_SCOPES
from ._csrf import CsrfTokens
from ._device import DeviceEndpoints, oauth_error
from ._forms import FormRejected, read_form
from ._keys import SigningKeys
from ._sign_in import SignIn
from ._store import GrantStore
from ._token import DEVICE_GRANT_TYPE, TokenEndpoint
from ._tokens import TokenIssuer

__all__ = ["IdentityProvider"]


async def _form_rejected(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, FormRejected)
    return oauth_error("invalid_request", exc.description, exc.status)


class IdentityProvider:
    """Discovery, JWKS, authorize, device, token, revocation and userinfo endpoints."""

    def __init__(
        self,
        config: ServerConfig,
        db: sqlite3.Connection,
        accounts: AccountStore,
        *,
        failures: FailedAuthLimiter,
    ) -> None:
        self.config = config
        self.issuer = config.embedded_issuer
        self.keys = SigningKeys(db)
        self.grants = GrantStore(db, access_token_ttl=config.access_token_ttl)
        self.tokens = TokenIssuer(config, self.keys, self.grants)
        sign_in = SignIn(
            config=config,
            accounts=accounts,
            grants=self.grants,
            failures=failures,
            csrf=CsrfTokens(urlsplit(self.issuer).path or "/"),
        )
        self._authorize = AuthorizationEndpoint(sign_in)
        self._device = DeviceEndpoints(sign_in)
        self._token = TokenEndpoint(config, self.grants, self.tokens)

    def discovery(self) -> dict[str, Any]:
        issuer = self.issuer
        return {
            "issuer": issuer,
            "authorization_endpoint": f"{issuer}/authorize",
            "token_endpoint": f"{issuer}/token",
            "device_authorization_endpoint": f"{issuer}/device_authorization",
            "revocation_endpoint": f"{issuer}/revoke",
            "userinfo_endpoint": f"{issuer}/userinfo",
            "jwks_uri": f"{issuer}/jwks",
            "response_types_supported": ["code"],
            "grant_types_supported": ["authorization_code", "refresh_token", DEVICE_GRANT_TYPE],
            "subject_types_supported": ["public"],
            "id_token_signing_alg_values_supported": ["RS256"],
            "scopes_supported": list(SUPPORTED_SCOPES),
            "code_challenge_methods_supported": ["S256"],
            "token_endpoint_auth_methods_supported": ["none"],
            "revocation_endpoint_auth_methods_supported": ["none"],
            "claims_supported": ["sub", "iss", "aud", "exp", "iat", "preferred_username", "name"],
        }

    def is_access_revoked(self, claims: dict[str, Any]) -> bool:
        """Whether the access token (by ``jti``) or its sign-in (by ``sid``) was revoked."""
        jti, family = claims.get("jti"), claims.get("sid")
        if isinstance(jti, str) and self.grants.access_revoked(jti):
            return True
        return isinstance(family, str) and self.grants.family_revoked(family)

    def _access_claims(self, token: str) -> dict[str, Any] | None:
        """The claims of a valid, unexpired, unrevoked access token of this issuer, else None.

        ID tokens (``typ`` JWT, audience the client) and tokens without a subject are refused.
        """
        try:
            decoded = jwt.decode(token, self.keys.key_set, algorithms=["RS256"])
        except (JoseError, ValueError):
            return None
        claims = dict(decoded.claims)
        exp = claims.get("exp")
        subject = claims.get("sub")
        if (
            decoded.header.get("typ") != "at+jwt"
            or claims.get("iss") != self.issuer
            or claims.get("aud") != self.config.oidc_audience
            or not isinstance(exp, int | float)
            or exp <= time.time()
            or not isinstance(subject, str)
            or not subject
            or self.is_access_revoked(claims)
        ):
            return None
        return claims

    async def _discovery(self, request: Request) -> Response:
        return JSONResponse(self.discovery())

    async def _jwks(self, request: Request) -> Response:
        return JSONResponse(self.keys.public_jwks())

    async def _revoke(self, request: Request) -> Response:
        """RFC 7009: always 200; a refresh token revokes its family, an access token its jti."""
        form = await read_form(request)
        token = form.get("token")
        if form.get("client_id") != self.config.oidc_client_id:
            return JSONResponse({"error": "invalid_client"}, status_code=401)
        if isinstance(token, str) and token:
            grant = self.grants.refresh_grant(token)
            if grant is not None:
                self.grants.revoke_family(grant.family_id)
            elif token.count(".") == 2:
                try:
                    claims = jwt.decode(token, self.keys.key_set, algorithms=["RS256"]).claims
                except (JoseError, ValueError):
                    claims = {}
                if isinstance(claims.get("jti"), str):
                    self.grants.revoke_access(str(claims["jti"]), float(claims.get("exp", 0)))
        return Response(status_code=200)

    async def _userinfo(self, request: Request) -> Response:
        """OIDC UserInfo for a valid access token; 401 ``invalid_token`` for anything else."""
        scheme, _, token = request.headers.get("authorization", "").partition(" ")
        claims = self._access_claims(token.strip()) if scheme.lower() == "bearer" else None
        if claims is None:
            return JSONResponse(
                {"error": "invalid_token"},
                status_code=401,
                headers={"WWW-Authenticate": 'Bearer error="invalid_token"'},
            )
        return JSONResponse({"sub": claims["sub"], "preferred_username": claims["sub"]})

    def app(self) -> Starlette:
        """The sub-app to mount at ``/oidc``."""
        return Starlette(
            exception_handlers={FormRejected: _form_rejected},
            routes=[
                Route("/.well-known/openid-configuration", self._discovery, methods=["GET"]),
                Route("/jwks", self._jwks, methods=["GET"]),
                Route("/authorize", self._authorize.show, methods=["GET"]),
                Route("/authorize", self._authorize.submit, methods=["POST"]),
                Route("/device_authorization", self._device.authorize, methods=["POST"]),
                Route("/device", self._device.show, methods=["GET"]),
                Route("/device", self._device.submit, methods=["POST"]),
                Route("/token", self._token.handle, methods=["POST"]),
                Route("/revoke", self._revoke, methods=["POST"]),
                Route("/userinfo", self._userinfo, methods=["GET"]),
            ],
        )
