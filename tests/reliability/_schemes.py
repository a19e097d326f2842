"""Plain-httpx clients signed in as a demo account through each authentication scheme."""

from __future__ import annotations

import base64
import hashlib
import secrets
from collections.abc import Callable
from urllib.parse import parse_qs, urlsplit

import httpx
import spnego

from tests.integration.server_auth._helpers import submit_form

from ._support import API_KEYS, PASSWORDS

CLIENT_ID = "servicelayer-sdk"
REDIRECT = "http://127.0.0.1:8400/callback"
SESSIONS = "/api/v1/sessions"


def _checked(response: httpx.Response) -> httpx.Response:
    assert response.status_code in (200, 201, 303), f"{response.status_code}: {response.text}"
    return response


def basic(url: str, user: str) -> httpx.Client:
    return httpx.Client(base_url=url, auth=(user, PASSWORDS[user]))


def api_key(url: str, user: str) -> httpx.Client:
    return httpx.Client(base_url=url, headers={"X-API-Key": API_KEYS[user]})


def session(url: str, user: str) -> httpx.Client:
    """A server session created with Basic; later requests carry only its id."""
    created = _checked(httpx.post(url + SESSIONS, auth=(user, PASSWORDS[user]))).json()
    return httpx.Client(base_url=url, headers={"X-Session-Id": created["id"]})


def access_token(url: str, user: str) -> tuple[str, str]:
    """(access token, refresh token) from the embedded IdP's code flow with PKCE."""
    verifier = secrets.token_urlsafe(48)
    challenge = (
        base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b"=").decode()
    )
    page = httpx.get(
        f"{url}/oidc/authorize",
        params={
            "client_id": CLIENT_ID,
            "redirect_uri": REDIRECT,
            "response_type": "code",
            "scope": "openid profile offline_access",
            "state": "s",
            "code_challenge": challenge,
            "code_challenge_method": "S256",
        },
    )
    values = {"username": user, "password": PASSWORDS[user], "decision": "allow"}
    answer = _checked(submit_form(page, values))
    code = parse_qs(urlsplit(answer.headers["location"]).query)["code"][0]
    tokens = _checked(
        httpx.post(
            f"{url}/oidc/token",
            data={
                "grant_type": "authorization_code",
                "code": code,
                "code_verifier": verifier,
                "redirect_uri": REDIRECT,
                "client_id": CLIENT_ID,
            },
        )
    ).json()
    return str(tokens["access_token"]), str(tokens["refresh_token"])


def bearer(url: str, user: str) -> httpx.Client:
    token, _ = access_token(url, user)
    return httpx.Client(base_url=url, headers={"Authorization": f"Bearer {token}"})


def ntlm(url: str, user: str) -> httpx.Client:
    """An NTLM handshake (pyspnego, one connection) creates a server session; its id is used."""
    context = spnego.client(f"DEMO\\{user}", PASSWORDS[user], hostname="127.0.0.1", protocol="ntlm")
    limits = httpx.Limits(max_connections=1, max_keepalive_connections=1)
    with httpx.Client(base_url=url, limits=limits) as handshake:
        token = context.step()
        while True:
            assert token is not None
            answer = handshake.post(
                SESSIONS, headers={"Authorization": f"NTLM {base64.b64encode(token).decode()}"}
            )
            challenge = answer.headers.get("www-authenticate", "")
            if answer.status_code != 401 or not challenge.startswith("NTLM "):
                break
            token = context.step(base64.b64decode(challenge.split(" ", 1)[1]))
    created = _checked(answer).json()
    assert created["authenticationScheme"] == "ntlm"
    return httpx.Client(base_url=url, headers={"X-Session-Id": created["id"]})


SCHEMES: dict[str, Callable[[str, str], httpx.Client]] = {
    "basic": basic,
    "apiKey": api_key,
    "session": session,
    "bearer": bearer,
    "ntlm": ntlm,
}
ACCOUNTS = ("admin", "writer", "reader")
