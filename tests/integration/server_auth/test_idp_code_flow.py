"""Embedded identity provider: authorization code with PKCE through the sign-in form, refresh
rotation and reuse detection, and the requests it must refuse."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import httpx
import pytest

from ._helpers import PROTECTED, pkce_pair, submit_form

CLIENT = "servicelayer-sdk"
REDIRECT = "http://127.0.0.1:8765/callback"


def _authorize(url: str, challenge: str, redirect: str = REDIRECT, **extra: str) -> httpx.Response:
    params = {
        "client_id": CLIENT,
        "redirect_uri": redirect,
        "response_type": "code",
        "scope": "openid profile offline_access",
        "state": "st-1",
        "code_challenge": challenge,
        "code_challenge_method": "S256",
        **extra,
    }
    return httpx.get(f"{url}/oidc/authorize", params=params)


def _sign_in(url: str, page: httpx.Response, username: str, password: str) -> httpx.Response:
    return submit_form(page, {"username": username, "password": password, "decision": "allow"})


def _code(url: str, challenge: str, redirect: str = REDIRECT) -> str:
    page = _authorize(url, challenge, redirect)
    assert page.status_code == 200
    answer = _sign_in(url, page, "writer", "writer-password")
    assert answer.status_code == 303
    location = urlsplit(answer.headers["location"])
    assert f"{location.scheme}://{location.netloc}{location.path}" == redirect
    query = parse_qs(location.query)
    assert query["state"] == ["st-1"]
    assert query["iss"] == [f"{url}/oidc"]
    return query["code"][0]


def _exchange(url: str, code: str, verifier: str, redirect: str = REDIRECT) -> httpx.Response:
    return httpx.post(
        f"{url}/oidc/token",
        data={"grant_type": "authorization_code", "code": code, "code_verifier": verifier,
              "redirect_uri": redirect, "client_id": CLIENT},
    )  # fmt: skip


def _refresh(url: str, token: str) -> httpx.Response:
    return httpx.post(
        f"{url}/oidc/token",
        data={"grant_type": "refresh_token", "refresh_token": token, "client_id": CLIENT},
    )


def test_discovery_and_jwks(server_url: str) -> None:
    document = httpx.get(f"{server_url}/oidc/.well-known/openid-configuration").json()
    assert document["issuer"] == f"{server_url}/oidc"
    assert document["code_challenge_methods_supported"] == ["S256"]
    jwks = httpx.get(document["jwks_uri"]).json()
    assert jwks["keys"][0]["kty"] == "RSA"
    assert "d" not in jwks["keys"][0]


@pytest.mark.parametrize("redirect", [REDIRECT, "http://localhost:51234/callback"])
def test_code_flow_gives_tokens_the_api_accepts(server_url: str, redirect: str) -> None:
    verifier, challenge = pkce_pair()
    tokens = _exchange(server_url, _code(server_url, challenge, redirect), verifier, redirect)
    assert tokens.status_code == 200, tokens.text
    body = tokens.json()
    assert body["token_type"] == "Bearer"
    assert {"access_token", "refresh_token", "id_token"} <= body.keys()
    api = httpx.get(
        server_url + PROTECTED, headers={"Authorization": f"Bearer {body['access_token']}"}
    )
    assert api.status_code == 200


def test_wrong_password_shows_the_form_again(server_url: str) -> None:
    _, challenge = pkce_pair()
    answer = _sign_in(server_url, _authorize(server_url, challenge), "writer", "nope")
    assert answer.status_code == 401
    assert "Wrong user name or password" in answer.text


def test_pkce_mismatch_is_refused(server_url: str) -> None:
    _, challenge = pkce_pair()
    other_verifier, _ = pkce_pair()
    answer = _exchange(server_url, _code(server_url, challenge), other_verifier)
    assert answer.status_code == 400
    assert answer.json()["error"] == "invalid_grant"


def test_authorization_without_pkce_is_refused(server_url: str) -> None:
    answer = _authorize(server_url, "", code_challenge_method="plain")
    assert answer.status_code == 303
    assert parse_qs(urlsplit(answer.headers["location"]).query)["error"] == ["invalid_request"]


def test_reused_code_is_refused_and_revokes_its_tokens(server_url: str) -> None:
    verifier, challenge = pkce_pair()
    code = _code(server_url, challenge)
    first = _exchange(server_url, code, verifier)
    assert first.status_code == 200
    second = _exchange(server_url, code, verifier)
    assert second.status_code == 400
    assert second.json()["error"] == "invalid_grant"
    assert _refresh(server_url, first.json()["refresh_token"]).status_code == 400


@pytest.mark.parametrize(
    "redirect",
    [
        "http://evil.example/callback",
        "https://127.0.0.1:8400/callback",
        "http://127.0.0.1:8400/other",
        "http://127.0.0.1/callback",
        "http://127.0.0.1:8400/callback?x=1",
    ],
)
def test_unregistered_redirect_uri_is_refused_without_redirecting(
    server_url: str, redirect: str
) -> None:
    _, challenge = pkce_pair()
    answer = _authorize(server_url, challenge, redirect)
    assert answer.status_code == 400
    assert "location" not in answer.headers


def test_refresh_rotates_and_reuse_revokes_the_family(server_url: str) -> None:
    verifier, challenge = pkce_pair()
    first = _exchange(server_url, _code(server_url, challenge), verifier).json()
    rotated = _refresh(server_url, first["refresh_token"])
    assert rotated.status_code == 200
    second = rotated.json()
    assert second["refresh_token"] != first["refresh_token"]
    reuse = _refresh(server_url, first["refresh_token"])
    assert reuse.status_code == 400
    assert reuse.json()["error"] == "invalid_grant"
    # the whole family is gone: the newest refresh token no longer works either
    assert _refresh(server_url, second["refresh_token"]).status_code == 400


def test_revoked_refresh_token_cannot_refresh(server_url: str) -> None:
    verifier, challenge = pkce_pair()
    tokens = _exchange(server_url, _code(server_url, challenge), verifier).json()
    revoke = httpx.post(
        f"{server_url}/oidc/revoke", data={"token": tokens["refresh_token"], "client_id": CLIENT}
    )
    assert revoke.status_code == 200
    assert _refresh(server_url, tokens["refresh_token"]).status_code == 400


def test_revoked_access_token_is_refused_by_the_api(server_url: str) -> None:
    verifier, challenge = pkce_pair()
    access = _exchange(server_url, _code(server_url, challenge), verifier).json()["access_token"]
    headers = {"Authorization": f"Bearer {access}"}
    assert httpx.get(server_url + PROTECTED, headers=headers).status_code == 200
    httpx.post(f"{server_url}/oidc/revoke", data={"token": access, "client_id": CLIENT})
    assert httpx.get(server_url + PROTECTED, headers=headers).status_code == 401


def test_tampered_and_foreign_tokens_are_refused(server_url: str) -> None:
    verifier, challenge = pkce_pair()
    access = _exchange(server_url, _code(server_url, challenge), verifier).json()["access_token"]
    head, payload, signature = access.split(".")
    tampered = f"{head}.{payload}.{signature[:-4]}AAAA"
    for token in (tampered, "not-a-jwt", "a.b.c"):
        response = httpx.get(server_url + PROTECTED, headers={"Authorization": f"Bearer {token}"})
        assert response.status_code == 401


def test_access_token_expires_after_its_ttl(start_server) -> None:  # type: ignore[no-untyped-def]
    import time

    server = start_server("--access-token-ttl", "1")
    verifier, challenge = pkce_pair()
    body = _exchange(server.url, _code(server.url, challenge), verifier).json()
    assert body["expires_in"] == 1
    headers = {"Authorization": f"Bearer {body['access_token']}"}
    time.sleep(2.1)
    assert httpx.get(server.url + PROTECTED, headers=headers).status_code == 401
    fresh = _refresh(server.url, body["refresh_token"]).json()["access_token"]
    headers = {"Authorization": f"Bearer {fresh}"}
    assert httpx.get(server.url + PROTECTED, headers=headers).status_code == 200


def _userinfo(url: str, token: str) -> httpx.Response:
    return httpx.get(f"{url}/oidc/userinfo", headers={"Authorization": f"Bearer {token}"})


def _revoke(url: str, token: str) -> None:
    answer = httpx.post(f"{url}/oidc/revoke", data={"token": token, "client_id": CLIENT})
    assert answer.status_code == 200


def test_revoking_the_refresh_token_revokes_the_access_tokens_of_its_sign_in(
    server_url: str,
) -> None:
    verifier, challenge = pkce_pair()
    first = _exchange(server_url, _code(server_url, challenge), verifier).json()
    second = _refresh(server_url, first["refresh_token"]).json()
    for body in (first, second):
        headers = {"Authorization": f"Bearer {body['access_token']}"}
        assert httpx.get(server_url + PROTECTED, headers=headers).status_code == 200
    _revoke(server_url, second["refresh_token"])
    for body in (first, second):
        headers = {"Authorization": f"Bearer {body['access_token']}"}
        answer = httpx.get(server_url + PROTECTED, headers=headers)
        assert answer.status_code == 401
        assert answer.json()["detail"] == "The access token was revoked."
        assert _userinfo(server_url, body["access_token"]).status_code == 401


def test_a_reused_refresh_token_also_ends_the_sign_ins_access_tokens(server_url: str) -> None:
    verifier, challenge = pkce_pair()
    first = _exchange(server_url, _code(server_url, challenge), verifier).json()
    second = _refresh(server_url, first["refresh_token"]).json()
    assert _refresh(server_url, first["refresh_token"]).status_code == 400  # reuse
    headers = {"Authorization": f"Bearer {second['access_token']}"}
    assert httpx.get(server_url + PROTECTED, headers=headers).status_code == 401


def test_userinfo_answers_for_a_valid_access_token_only(server_url: str) -> None:
    verifier, challenge = pkce_pair()
    body = _exchange(server_url, _code(server_url, challenge), verifier).json()
    info = _userinfo(server_url, body["access_token"])
    assert info.status_code == 200
    assert info.json() == {"sub": "writer", "preferred_username": "writer"}
    refused = _userinfo(server_url, body["id_token"])  # an ID token is not an access token
    assert refused.status_code == 401
    assert refused.json() == {"error": "invalid_token"}
    _revoke(server_url, body["access_token"])
    assert _userinfo(server_url, body["access_token"]).status_code == 401


def test_userinfo_refuses_an_expired_access_token(start_server) -> None:  # type: ignore[no-untyped-def]
    import time

    server = start_server("--access-token-ttl", "1")
    verifier, challenge = pkce_pair()
    body = _exchange(server.url, _code(server.url, challenge), verifier).json()
    assert _userinfo(server.url, body["access_token"]).status_code == 200
    time.sleep(2.1)
    assert _userinfo(server.url, body["access_token"]).status_code == 401
