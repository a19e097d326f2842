"""Embedded identity provider: device authorization (RFC 8628) with the verification page."""

from __future__ import annotations

import time

import httpx

from ._helpers import PROTECTED, form_fields, submit_form

CLIENT = "servicelayer-sdk"
DEVICE_GRANT = "urn:ietf:params:oauth:grant-type:device_code"


def _start(url: str) -> dict[str, object]:
    response = httpx.post(
        f"{url}/oidc/device_authorization",
        data={"client_id": CLIENT, "scope": "openid profile offline_access"},
    )
    assert response.status_code == 200, response.text
    body: dict[str, object] = response.json()
    return body


def _poll(url: str, device_code: object) -> httpx.Response:
    return httpx.post(
        f"{url}/oidc/token",
        data={"grant_type": DEVICE_GRANT, "device_code": device_code, "client_id": CLIENT},
    )


def _verify(url: str, start: dict[str, object], decision: str, password: str) -> httpx.Response:
    """A person opens verification_uri_complete, signs in and allows or denies."""
    page = httpx.get(str(start["verification_uri_complete"]))
    assert page.status_code == 200
    assert form_fields(page.text)[1]["user_code"] == start["user_code"]
    return submit_form(page, {"username": "reader", "password": password, "decision": decision})


def _wait_interval(start: dict[str, object], extra: int = 0) -> None:
    time.sleep(float(start["interval"]) + extra + 0.1)  # type: ignore[arg-type]


def test_device_flow_pending_slow_down_then_tokens(server_url: str) -> None:
    start = _start(server_url)
    assert start["verification_uri"] == f"{server_url}/oidc/device"
    first = _poll(server_url, start["device_code"])
    assert first.json()["error"] == "authorization_pending"
    too_fast = _poll(server_url, start["device_code"])
    assert too_fast.json()["error"] == "slow_down"
    assert _verify(server_url, start, "allow", "reader-password").status_code == 200
    _wait_interval(start, extra=1)  # slow_down added a second
    tokens = _poll(server_url, start["device_code"])
    assert tokens.status_code == 200, tokens.text
    body = tokens.json()
    assert "refresh_token" in body
    api = httpx.get(
        server_url + PROTECTED, headers={"Authorization": f"Bearer {body['access_token']}"}
    )
    assert api.status_code == 200
    _wait_interval(start, extra=1)
    assert _poll(server_url, start["device_code"]).json()["error"] == "invalid_grant"


def test_wrong_password_on_the_verification_page_keeps_it_pending(server_url: str) -> None:
    start = _start(server_url)
    answer = _verify(server_url, start, "allow", "wrong")
    assert answer.status_code == 400
    assert _poll(server_url, start["device_code"]).json()["error"] == "authorization_pending"


def test_denied_request_gives_access_denied(server_url: str) -> None:
    start = _start(server_url)
    assert _verify(server_url, start, "deny", "reader-password").status_code == 200
    assert _poll(server_url, start["device_code"]).json()["error"] == "access_denied"


def test_denying_needs_the_person_signed_in_too(server_url: str) -> None:
    start = _start(server_url)
    assert _verify(server_url, start, "deny", "").status_code == 400
    assert _poll(server_url, start["device_code"]).json()["error"] == "authorization_pending"


def test_unknown_user_code_is_rejected_on_the_page(server_url: str) -> None:
    page = httpx.get(f"{server_url}/oidc/device")
    values = {"user_code": "BCDF-GHJK", "username": "reader", "password": "reader-password"}
    answer = submit_form(page, values)
    assert answer.status_code == 400


def test_unknown_device_code_is_invalid_grant(server_url: str) -> None:
    assert _poll(server_url, "no-such-device-code").json()["error"] == "invalid_grant"


def test_device_code_past_its_lifetime_is_expired_token(start_server) -> None:  # type: ignore[no-untyped-def]
    server = start_server("--device-code-ttl", "1")
    start = _start(server.url)
    assert start["expires_in"] == 1
    time.sleep(1.5)
    expired = _poll(server.url, start["device_code"])
    assert expired.status_code == 400
    assert expired.json()["error"] == "expired_token"
