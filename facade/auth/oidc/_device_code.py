"""The device authorization grant (RFC 8628): sign in on another device with a short code.

The user code and verification URI go to a callback (default: printed to stderr). The token
endpoint is polled at the provider's ``interval`` (5 s when it sends none or a value that is not a
positive number, section 3.2; never more often than once a second, whatever the provider
says), 5 s slower after each ``slow_down`` (section 3.5), until the user approves, refuses
(``access_denied``), the code expires (``expired_token`` or ``expires_in`` elapsed), or the
caller sets the cancel event. ``sleep`` and ``clock`` are injectable so tests need not wait.
"""

from __future__ import annotations

import logging
import math
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

import httpx

from ..._core.errors import TransportError
from ._discovery import OIDCConfiguration
from ._errors import (
    AccessDeniedError,
    DeviceCodeCancelledError,
    DeviceCodeExpiredError,
    DeviceCodeTimeoutError,
    OIDCConfigurationError,
    OIDCError,
)
from ._prompt import DeviceCodePrompt
from ._tokens import TokenSet, request_tokens

__all__ = [
    "DEFAULT_INTERVAL",
    "DeviceCodePrompt",
    "print_device_code_prompt",
    "run_device_code_flow",
]

_log = logging.getLogger(__name__)

DEFAULT_INTERVAL = 5.0
MIN_INTERVAL = 1.0
"""The shortest wait between polls, whatever interval the provider asks for."""
SLOW_DOWN_STEP = 5.0
DEVICE_CODE_GRANT = "urn:ietf:params:oauth:grant-type:device_code"


def print_device_code_prompt(prompt: DeviceCodePrompt) -> None:
    """The default callback: print the instruction to stderr."""
    print(prompt.message, file=sys.stderr, flush=True)


@dataclass(frozen=True, repr=False)
class _DeviceAuthorization:
    device_code: str
    prompt: DeviceCodePrompt
    interval: float


def _start(http: httpx.Client, config: OIDCConfiguration) -> _DeviceAuthorization:
    endpoint = config.device_authorization_endpoint
    if not endpoint:
        raise OIDCConfigurationError(
            "the identity provider offers no device authorization endpoint; "
            "use with_authorization_code_flow() or pass device_authorization_endpoint=..."
        )
    form = {"client_id": config.client_id, "scope": config.scope}
    if config.audience:
        form["resource"] = config.audience
    try:
        response = http.post(endpoint, data=form, headers={"Accept": "application/json"})
    except (httpx.HTTPError, TransportError) as exc:
        raise OIDCError(f"device authorization: the provider could not be reached: {exc}") from exc
    try:
        body = response.json()
    except ValueError:
        body = {}
    if response.status_code != 200 or not isinstance(body, dict):
        error = body.get("error") if isinstance(body, dict) else None
        raise OIDCError(
            f"device authorization refused by the identity provider ({response.status_code}"
            f"{' ' + str(error) if error else ''})",
            error=str(error) if error else None,
            status=response.status_code,
        )
    try:
        prompt = DeviceCodePrompt(
            user_code=str(body["user_code"]),
            verification_uri=str(body.get("verification_uri") or body["verification_url"]),
            verification_uri_complete=body.get("verification_uri_complete"),
            expires_in=float(body["expires_in"]),
        )
        device_code = str(body["device_code"])
    except (KeyError, TypeError, ValueError) as exc:
        raise OIDCError(f"the device authorization answer lacks {exc}") from exc
    return _DeviceAuthorization(device_code, prompt, _poll_interval(body.get("interval")))


def _poll_interval(advertised: object) -> float:
    """The provider's ``interval``: 5 s when missing or not a positive number, at least 1 s."""
    try:
        interval = float(advertised)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return DEFAULT_INTERVAL
    if not math.isfinite(interval) or interval <= 0:
        _log.debug("ignoring the identity provider's polling interval %r", advertised)
        return DEFAULT_INTERVAL
    return max(interval, MIN_INTERVAL)


def run_device_code_flow(
    http: httpx.Client,
    config: OIDCConfiguration,
    *,
    callback: Callable[[DeviceCodePrompt], None] = print_device_code_prompt,
    cancel: threading.Event | None = None,
    timeout: float | None = None,
    sleep: Callable[[float], None] | None = None,
    clock: Callable[[], float] = time.monotonic,
    wall_clock: Callable[[], float] = time.time,
) -> TokenSet:
    """Run the whole flow and return the tokens the user approved.

    ``timeout`` (seconds) shortens the wait below the code's ``expires_in``; ``cancel`` stops
    it from another thread (the wait between polls ends at once with the default ``sleep``).
    """
    cancel = cancel or threading.Event()
    wait: Callable[[float], object] = sleep if sleep is not None else cancel.wait
    started = clock()
    authorization = _start(http, config)
    expires = started + authorization.prompt.expires_in
    deadline = expires if timeout is None else min(expires, started + timeout)
    callback(authorization.prompt)
    interval = authorization.interval
    form = {
        "grant_type": DEVICE_CODE_GRANT,
        "device_code": authorization.device_code,
        "client_id": config.client_id,
    }
    while True:
        if cancel.is_set():
            raise DeviceCodeCancelledError("the device code sign-in was cancelled")
        if clock() >= deadline:
            if deadline < expires:
                raise DeviceCodeTimeoutError(
                    f"the device code sign-in was not approved within timeout={timeout} seconds "
                    "(the code itself had not expired); start again, and allow longer",
                    error="timeout",
                )
            raise DeviceCodeExpiredError(
                "the device code expired before the sign-in was approved; start again",
                error="expired_token",
            )
        try:
            return request_tokens(
                http, config.token_endpoint, form=form, clock=wall_clock, what="device code sign-in"
            )
        except OIDCError as exc:
            if exc.error == "authorization_pending":
                pass
            elif exc.error == "slow_down":
                interval += SLOW_DOWN_STEP
                _log.debug("device code polling slowed down to every %s s", interval)
            elif exc.error == "expired_token":
                raise DeviceCodeExpiredError(
                    "the device code expired before the sign-in was approved; start again",
                    error=exc.error,
                    error_description=exc.error_description,
                    status=exc.status,
                ) from None
            elif exc.error == "access_denied":
                raise AccessDeniedError(
                    "the sign-in was refused at the identity provider",
                    error=exc.error,
                    error_description=exc.error_description,
                    status=exc.status,
                ) from None
            else:
                raise
        wait(min(interval, max(0.0, deadline - clock())))
