"""Basic and API-key authentication, the 401 challenges and the auth configuration."""

from __future__ import annotations

import httpx
import pytest

from ._helpers import API_KEYS, PASSWORDS, PROTECTED


@pytest.mark.parametrize("username", sorted(PASSWORDS))
def test_basic_with_the_right_password_is_accepted(server_url: str, username: str) -> None:
    response = httpx.get(server_url + PROTECTED, auth=(username, PASSWORDS[username]))
    assert response.status_code == 200


def test_basic_accepts_the_demo_domain_prefix(server_url: str) -> None:
    response = httpx.get(server_url + PROTECTED, auth=("DEMO\\reader", "reader-password"))
    assert response.status_code == 200


def test_basic_with_a_wrong_password_is_401_with_every_challenge(server_url: str) -> None:
    response = httpx.get(server_url + PROTECTED, auth=("writer", "reader-password"))
    assert response.status_code == 401
    challenges = response.headers.get_list("www-authenticate")
    assert [c.split()[0] for c in challenges] == [
        "Basic", "NTLM", "Negotiate", "Bearer", "ApiKey", "Session",
    ]  # fmt: skip
    bearer = next(c for c in challenges if c.startswith("Bearer"))
    assert f'authority="{server_url}/oidc"' in bearer
    assert 'clientid="servicelayer-sdk"' in bearer
    assert "reader-password" not in response.text


def test_no_credentials_is_401(server_url: str) -> None:
    assert httpx.get(server_url + PROTECTED).status_code == 401


@pytest.mark.parametrize("username", sorted(API_KEYS))
def test_api_key_is_accepted(server_url: str, username: str) -> None:
    response = httpx.get(server_url + PROTECTED, headers={"X-API-Key": API_KEYS[username]})
    assert response.status_code == 200


def test_wrong_api_key_is_401(server_url: str) -> None:
    response = httpx.get(server_url + PROTECTED, headers={"X-API-Key": "demo-nobody-api-key"})
    assert response.status_code == 401
    assert "demo-nobody-api-key" not in response.text


def test_api_key_identifies_its_account(server_url: str) -> None:
    key = API_KEYS["reader"]
    session = httpx.post(server_url + "/api/v1/sessions", headers={"X-API-Key": key})
    assert session.status_code == 200
    assert session.json()["username"] == "reader"
    assert session.json()["authenticationScheme"] == "apiKey"


def test_auth_configuration_names_the_embedded_issuer(server_url: str) -> None:
    body = httpx.get(server_url + "/api/v1/auth/configuration").json()
    assert body["schemes"] == ["basic", "ntlm", "negotiate", "bearer", "apiKey", "session"]
    assert body["oidc"]["issuer"] == f"{server_url}/oidc"
    assert body["oidc"]["audience"] == "urn:servicelayer:api"
    assert body["apiKeyHeader"] == "X-API-Key"


def test_disabled_schemes_are_refused_and_not_advertised(start_server) -> None:  # type: ignore[no-untyped-def]
    server = start_server("--auth", "apiKey,session")
    basic = httpx.get(server.url + PROTECTED, auth=("writer", "writer-password"))
    assert basic.status_code == 401
    assert basic.headers.get_list("www-authenticate") == [
        'ApiKey header="X-API-Key"', 'Session header="X-Session-Id"',
    ]  # fmt: skip
    keyed = httpx.get(server.url + PROTECTED, headers={"X-API-Key": "demo-writer-api-key"})
    assert keyed.status_code == 200
    assert httpx.get(server.url + "/api/v1/auth/configuration").json()["oidc"] is None
