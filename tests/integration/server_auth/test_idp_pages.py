"""The identity provider's pages: CSRF tokens, security headers, uniform answers, and limits
on failed sign-ins (429 with Retry-After)."""

from __future__ import annotations

import re

import httpx

from tests.conftest import RunningServer

from ._helpers import form_fields, pkce_pair, submit_form
from .conftest import StartServer

CLIENT = "servicelayer-sdk"
REDIRECT = "http://127.0.0.1:8765/callback"
DEVICE_GRANT = "urn:ietf:params:oauth:grant-type:device_code"


def _login_page(url: str) -> httpx.Response:
    _, challenge = pkce_pair()
    params = {
        "client_id": CLIENT,
        "redirect_uri": REDIRECT,
        "response_type": "code",
        "scope": "openid",
        "state": "s",
        "code_challenge": challenge,
        "code_challenge_method": "S256",
    }
    page = httpx.get(f"{url}/oidc/authorize", params=params)
    assert page.status_code == 200, page.text
    return page


def _device_page(url: str) -> tuple[httpx.Response, str]:
    start = httpx.post(
        f"{url}/oidc/device_authorization", data={"client_id": CLIENT, "scope": "openid"}
    ).json()
    page = httpx.get(start["verification_uri_complete"])
    assert page.status_code == 200, page.text
    return page, str(start["device_code"])


def _alert(page: httpx.Response) -> str:
    found = re.search(r"<p role='alert'>([^<]*)</p>", page.text)
    assert found is not None, page.text
    return found.group(1)


def test_forms_carry_a_csrf_token_bound_to_a_strict_http_only_cookie(server_url: str) -> None:
    for page in (_login_page(server_url), _device_page(server_url)[0]):
        _, fields = form_fields(page.text)
        assert len(fields["csrf_token"]) == 64
        cookie = page.headers["set-cookie"]
        assert cookie.startswith("sl_csrf=")
        assert "HttpOnly" in cookie and "SameSite=strict" in cookie and "Path=/oidc" in cookie


def test_a_sign_in_posted_without_the_token_or_cookie_is_refused(server_url: str) -> None:
    page = _login_page(server_url)
    action, fields = form_fields(page.text)
    values = {**fields, "username": "writer", "password": "writer-password", "decision": "allow"}
    without_cookie = httpx.post(server_url + action, data=values)  # another site's post
    assert without_cookie.status_code == 403
    assert "another site" in without_cookie.text
    forged = {**values, "csrf_token": "0" * 64}
    with httpx.Client(cookies=page.cookies) as browser:
        assert browser.post(server_url + action, data=forged).status_code == 403
        assert browser.post(server_url + action, data=values).status_code == 303


def test_a_verification_posted_without_the_token_is_refused(server_url: str) -> None:
    page, device_code = _device_page(server_url)
    action, fields = form_fields(page.text)
    fields.pop("csrf_token")
    values = {**fields, "username": "reader", "password": "reader-password", "decision": "allow"}
    with httpx.Client(cookies=page.cookies) as browser:
        assert browser.post(server_url + action, data=values).status_code == 403
    poll = httpx.post(
        f"{server_url}/oidc/token",
        data={"grant_type": DEVICE_GRANT, "device_code": device_code, "client_id": CLIENT},
    )
    assert poll.json()["error"] == "authorization_pending"


def test_pages_send_security_headers(server_url: str) -> None:
    for page in (_login_page(server_url), _device_page(server_url)[0]):
        policy = page.headers["content-security-policy"]
        assert "frame-ancestors 'none'" in policy
        assert "default-src 'none'" in policy and "script-src" not in policy
        assert page.headers["x-content-type-options"] == "nosniff"
        assert page.headers["x-frame-options"] == "DENY"


def test_an_unknown_code_and_a_wrong_password_get_the_same_answer(server_url: str) -> None:
    page, _ = _device_page(server_url)
    wrong_password = submit_form(page, {"username": "reader", "password": "nope"})
    unknown_code = submit_form(
        page, {"user_code": "BCDF-GHJK", "username": "reader", "password": "reader-password"}
    )
    assert wrong_password.status_code == unknown_code.status_code == 400
    assert _alert(wrong_password) == _alert(unknown_code)


def test_guessing_user_codes_ends_in_429(start_server: StartServer) -> None:
    server: RunningServer = start_server("--auth-failures-per-address", "5")
    page, _ = _device_page(server.url)
    statuses = [
        submit_form(
            page,
            {"user_code": f"BCDF-GH{a}{b}", "username": "reader", "password": "reader-password"},
        ).status_code
        for a, b in ("JK", "JL", "JM", "JN", "JP", "JQ")
    ]
    assert statuses == [400] * 5 + [429]
    refused = submit_form(page, {"username": "reader", "password": "reader-password"})
    assert refused.status_code == 429
    assert 1 <= int(refused.headers["retry-after"]) <= 60


def test_wrong_passwords_on_the_sign_in_form_end_in_429(start_server: StartServer) -> None:
    server: RunningServer = start_server("--auth-failures-per-account", "3")
    for _ in range(3):
        page = _login_page(server.url)
        answer = submit_form(page, {"username": "admin", "password": "x", "decision": "allow"})
        assert answer.status_code == 401
    page = _login_page(server.url)
    refused = submit_form(
        page, {"username": "admin", "password": "admin-password", "decision": "allow"}
    )
    assert refused.status_code == 429
    assert "retry-after" in refused.headers
    # the API's Basic check shares the account's count
    api = httpx.get(f"{server.url}/api/v1/databases", auth=("admin", "admin-password"))
    assert api.status_code == 429
    assert (
        httpx.get(f"{server.url}/api/v1/databases", auth=("reader", "reader-password")).status_code
        == 200
    )
