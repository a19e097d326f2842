"""Token endpoint: authorization_code (PKCE), refresh_token (rotation, reuse detection), device_code."""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
import time
from collections.abc import Mapping

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from .._config import ServerConfig
from ._device import oauth_error
from ._forms import read_form
from ._store import GrantStore
from ._tokens import TokenIssuer

__all__ = ["DEVICE_GRANT_TYPE", "TokenEndpoint"]

DEVICE_GRANT_TYPE = "urn:ietf:params:oauth:grant-type:device_code"
_SLOW_DOWN_STEP = 1  # seconds added to the interval after a too-early poll


def _s256(verifier: str) -> str:
    digest = hashlib.sha256(verifier.encode("ascii", "replace")).digest()
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")


def _field(form: Mapping[str, str], name: str) -> str:
    return form.get(name, "")


class TokenEndpoint:
    """POST /token for the public client."""

    def __init__(self, config: ServerConfig, grants: GrantStore, issuer: TokenIssuer) -> None:
        self._config = config
        self._grants = grants
        self._issuer = issuer

    async def handle(self, request: Request) -> Response:
        form = await read_form(request)
        if _field(form, "client_id") != self._config.oidc_client_id:
            return oauth_error("invalid_client", "Unknown client.", 401)
        grant_type = _field(form, "grant_type")
        if grant_type == "authorization_code":
            return self._authorization_code(form)
        if grant_type == "refresh_token":
            return self._refresh_token(form)
        if grant_type == DEVICE_GRANT_TYPE:
            return self._device_code(form)
        return oauth_error("unsupported_grant_type", "Unsupported grant_type.")

    def _tokens(self, body: dict[str, object]) -> Response:
        return JSONResponse(body, headers={"Cache-Control": "no-store", "Pragma": "no-cache"})

    def _authorization_code(self, form: Mapping[str, str]) -> Response:
        grant = self._grants.take_code(_field(form, "code"))
        if grant is None:
            return oauth_error("invalid_grant", "Unknown authorization code.")
        if grant.used:
            # RFC 6749 §4.1.2: a reused code revokes what was issued from it
            self._grants.revoke_family(grant.family_id)
            return oauth_error("invalid_grant", "The authorization code was already used.")
        if grant.expires_at <= time.time():
            return oauth_error("invalid_grant", "The authorization code has expired.")
        if grant.client_id != _field(form, "client_id"):
            return oauth_error("invalid_grant", "The code was issued to another client.")
        if grant.redirect_uri != _field(form, "redirect_uri"):
            return oauth_error("invalid_grant", "redirect_uri does not match the authorization.")
        verifier = _field(form, "code_verifier")
        if not verifier or not hmac.compare_digest(_s256(verifier), grant.code_challenge):
            return oauth_error("invalid_grant", "PKCE verification failed.")
        return self._tokens(
            self._issuer.token_response(
                grant.username, grant.client_id, grant.scope, grant.family_id, grant.nonce
            )
        )

    def _refresh_token(self, form: Mapping[str, str]) -> Response:
        token = _field(form, "refresh_token")
        grant = self._grants.refresh_grant(token)
        if grant is None or grant.client_id != _field(form, "client_id"):
            return oauth_error("invalid_grant", "Unknown refresh token.")
        if grant.revoked:
            return oauth_error("invalid_grant", "The refresh token was revoked.")
        if grant.rotated:
            self._grants.revoke_family(grant.family_id)
            return oauth_error(
                "invalid_grant", "The refresh token was already used; its sign-in is revoked."
            )
        if grant.expires_at <= time.time():
            return oauth_error("invalid_grant", "The refresh token has expired.")
        self._grants.mark_rotated(token)
        return self._tokens(
            self._issuer.token_response(
                grant.username, grant.client_id, grant.scope, grant.family_id
            )
        )

    def _device_code(self, form: Mapping[str, str]) -> Response:
        grant = self._grants.device_by_code(_field(form, "device_code"))
        if grant is None or grant.client_id != _field(form, "client_id"):
            return oauth_error("invalid_grant", "Unknown device code.")
        now = time.time()
        if grant.status == "consumed":
            return oauth_error("invalid_grant", "The device code was already used.")
        if grant.expires_at <= now:
            return oauth_error("expired_token", "The device code has expired.")
        if grant.status == "denied":
            return oauth_error("access_denied", "The person denied the request.")
        if now < grant.last_poll + grant.interval:
            interval = grant.interval + _SLOW_DOWN_STEP
            self._grants.update_device(grant.device_digest, last_poll=now, interval=interval)
            return oauth_error("slow_down", f"Poll at most every {interval} seconds.")
        self._grants.update_device(grant.device_digest, last_poll=now)
        if grant.status != "approved" or grant.username is None:
            return oauth_error("authorization_pending", "The person has not signed in yet.")
        self._grants.update_device(grant.device_digest, status="consumed")
        return self._tokens(
            self._issuer.token_response(
                grant.username, grant.client_id, grant.scope, secrets.token_hex(16)
            )
        )
