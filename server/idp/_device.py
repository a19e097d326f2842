"""Device authorization (RFC 8628): the device endpoint and the person's verification page."""

from __future__ import annotations

import time

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from ._clients import normalize_scope
from ._forms import read_form
from ._pages import CSRF_REFUSED, device_page, error_page, message_page, too_many_attempts
from ._sign_in import SignIn, Throttled

__all__ = ["DEVICE_POLL_INTERVAL", "DeviceEndpoints"]

DEVICE_POLL_INTERVAL = 1  # seconds; short so that flows in tests stay fast
_REFUSED = "The code is unknown, used or expired, or the user name or password is wrong."


def oauth_error(error: str, description: str, status: int = 400) -> JSONResponse:
    return JSONResponse(
        {"error": error, "error_description": description},
        status_code=status,
        headers={"Cache-Control": "no-store"},
    )


class DeviceEndpoints:
    """POST /device_authorization for the device; GET/POST /device for the person."""

    def __init__(self, sign_in: SignIn) -> None:
        self._sign_in = sign_in
        self._config = sign_in.config
        self._grants = sign_in.grants
        self._csrf = sign_in.csrf

    async def authorize(self, request: Request) -> Response:
        form = await read_form(request)
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
        token, new_cookie = self._csrf.token_for(request)
        user_code = request.query_params.get("user_code", "")
        page = device_page(str(request.url.path), user_code, csrf_token=token)
        return self._csrf.set_cookie(page, new_cookie)

    async def submit(self, request: Request) -> Response:
        """Approve or deny a user code; every failure gets the same answer and counts.

        An unknown, used or expired code and a wrong password are told apart neither by the
        message nor by the status, and each counts against the caller's address (and the
        account named), so user codes cannot be guessed at speed.
        """
        form = await read_form(request)
        if not self._csrf.is_valid(request, form):
            return error_page(CSRF_REFUSED, 403)
        user_code = form.get("user_code", "")
        action = str(request.url.path)
        account = await self._sign_in.check_password(request, form)
        if isinstance(account, Throttled):
            return too_many_attempts(account.seconds)
        grant = self._grants.device_by_user_code(user_code)
        usable = grant is not None and grant.status == "pending" and grant.expires_at > time.time()
        if grant is None or not usable or account is None:
            if account is not None:
                self._sign_in.count_failure(request, form)
            token, _ = self._csrf.token_for(request)
            return device_page(action, user_code, csrf_token=token, error=_REFUSED)
        if form.get("decision") == "deny":
            self._grants.update_device(grant.device_digest, status="denied")
            return message_page("Access denied", "The device was not connected.")
        self._grants.update_device(
            grant.device_digest, status="approved", username=account.username
        )
        return message_page("Device connected", "You can return to your device.")
