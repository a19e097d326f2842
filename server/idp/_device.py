"""Device authorization (RFC 8628): the device endpoint and the person's verification page."""

from __future__ import annotations

import time

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from .._accounts import AccountStore
from .._config import ServerConfig
from ._clients import normalize_scope
from ._pages import device_page, message_page
from ._store import GrantStore

__all__ = ["DEVICE_POLL_INTERVAL", "DeviceEndpoints"]

DEVICE_POLL_INTERVAL = 1  # seconds; short so that flows in tests stay fast


def oauth_error(error: str, description: str, status: int = 400) -> JSONResponse:
    return JSONResponse(
        {"error": error, "error_description": description},
        status_code=status,
        headers={"Cache-Control": "no-store"},
    )


class DeviceEndpoints:
    """POST /device_authorization for the device; GET/POST /device for the person."""

    def __init__(self, config: ServerConfig, accounts: AccountStore, grants: GrantStore) -> None:
        self._config = config
        self._accounts = accounts
        self._grants = grants

    async def authorize(self, request: Request) -> Response:
        form = await request.form()
        if form.get("client_id") != self._config.oidc_client_id:
            return oauth_error("invalid_client", "Unknown client.", 401)
        scope = normalize_scope(str(form.get("scope") or "") or None)
        if scope is None:
            return oauth_error("invalid_scope", "Unsupported scope.")
        device_code, user_code = self._grants.add_device(
            self._config.oidc_client_id, scope, self._config.device_code_ttl, DEVICE_POLL_INTERVAL
        )
        verification_uri = f"{self._config.embedded_issuer}/device"
        return JSONResponse(
            {
                "device_code": device_code,
                "user_code": user_code,
                "verification_uri": verification_uri,
                "verification_uri_complete": f"{verification_uri}?user_code={user_code}",
                "expires_in": self._config.device_code_ttl,
                "interval": DEVICE_POLL_INTERVAL,
            },
            headers={"Cache-Control": "no-store"},
        )

    async def show(self, request: Request) -> Response:
        return device_page(str(request.url.path), request.query_params.get("user_code", ""))

    async def submit(self, request: Request) -> Response:
        form = await request.form()
        user_code = str(form.get("user_code", ""))
        action = str(request.url.path)
        grant = self._grants.device_by_user_code(user_code)
        if grant is None or grant.status != "pending" or grant.expires_at <= time.time():
            return device_page(action, user_code, "This code is unknown, used or expired.")
        if form.get("decision") == "deny":
            self._grants.update_device(grant.device_digest, status="denied")
            return message_page("Access denied", "The device was not connected.")
        account = self._accounts.verify_password(
            str(form.get("username", "")), str(form.get("password", ""))
        )
        if account is None:
            return device_page(action, user_code, "Wrong user name or password.")
        self._grants.update_device(
            grant.device_digest, status="approved", username=account.username
        )
        return message_page("Device connected", "You can return to your device.")
