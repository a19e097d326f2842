"""Bearer tokens from an external issuer (npm oidc-provider) accepted with ``--oidc-issuer``."""

from __future__ import annotations

from collections.abc import Callable

import httpx
import pytest

from tests.interop.oidc_provider import (
    OidcProvider,
    oidc_provider,
    oidc_provider_factory,
    sign_in_device,
)

from ._helpers import PROTECTED

__all__ = ["oidc_provider", "oidc_provider_factory"]  # fixtures used below

pytestmark = pytest.mark.interop

DEVICE_GRANT = "urn:ietf:params:oauth:grant-type:device_code"


def _device_tokens(provider: OidcProvider, login: str) -> dict[str, str]:
    start = httpx.post(
        f"{provider.issuer}/device/auth",
        data={"client_id": provider.client_id, "scope": "openid offline_access profile"},
    ).json()
    sign_in_device(start["verification_uri_complete"], login)
    tokens = httpx.post(
        f"{provider.issuer}/token",
        data={"client_id": provider.client_id, "grant_type": DEVICE_GRANT,
              "device_code": start["device_code"]},
    )  # fmt: skip
    assert tokens.status_code == 200, tokens.text
    body: dict[str, str] = tokens.json()
    return body


def _external(start_server, provider: OidcProvider):  # type: ignore[no-untyped-def]
    return start_server(
        "--oidc-issuer", provider.issuer, "--oidc-audience", provider.audience,
        "--oidc-client-id", provider.client_id,
    )  # fmt: skip


def test_jwt_access_token_from_the_external_issuer_is_accepted(
    start_server,
    oidc_provider: OidcProvider,  # type: ignore[no-untyped-def]
) -> None:
    server = _external(start_server, oidc_provider)
    tokens = _device_tokens(oidc_provider, "writer")
    assert tokens["access_token"].count(".") == 2
    headers = {"Authorization": f"Bearer {tokens['access_token']}"}
    session = httpx.post(server.url + "/api/v1/sessions", headers=headers)
    assert session.status_code == 200, session.text
    assert session.json()["username"] == "writer"
    assert session.json()["authenticationScheme"] == "bearer"
    config = httpx.get(server.url + "/api/v1/auth/configuration").json()
    assert config["oidc"]["issuer"] == oidc_provider.issuer
    unauthorized = httpx.get(server.url + PROTECTED)
    bearer = [
        c for c in unauthorized.headers.get_list("www-authenticate") if c.startswith("Bearer")
    ]
    assert f'authority="{oidc_provider.issuer}"' in bearer[0]
    # the embedded provider is not served when an external issuer is trusted
    assert httpx.get(server.url + "/oidc/.well-known/openid-configuration").status_code == 404


def test_refreshed_external_token_is_accepted(
    start_server,
    oidc_provider: OidcProvider,  # type: ignore[no-untyped-def]
) -> None:
    server = _external(start_server, oidc_provider)
    tokens = _device_tokens(oidc_provider, "reader")
    refreshed = httpx.post(
        f"{oidc_provider.issuer}/token",
        data={"client_id": oidc_provider.client_id, "grant_type": "refresh_token",
              "refresh_token": tokens["refresh_token"]},
    ).json()  # fmt: skip
    response = httpx.get(
        server.url + PROTECTED, headers={"Authorization": f"Bearer {refreshed['access_token']}"}
    )
    assert response.status_code == 200


def test_token_for_another_audience_or_issuer_is_refused(
    start_server,
    oidc_provider_factory: Callable[..., OidcProvider],
    oidc_provider: OidcProvider,  # type: ignore[no-untyped-def]
) -> None:
    server = _external(start_server, oidc_provider)
    other_audience = oidc_provider_factory("--audience", "urn:another:api")
    foreign = _device_tokens(other_audience, "writer")["access_token"]
    headers = {"Authorization": f"Bearer {foreign}"}
    assert httpx.get(server.url + PROTECTED, headers=headers).status_code == 401


def test_external_access_token_expires(
    start_server,
    oidc_provider_factory: Callable[..., OidcProvider],  # type: ignore[no-untyped-def]
) -> None:
    import time

    provider = oidc_provider_factory("--access-token-ttl", "1")
    server = _external(start_server, provider)
    access = _device_tokens(provider, "writer")["access_token"]
    headers = {"Authorization": f"Bearer {access}"}
    time.sleep(2.1)
    assert httpx.get(server.url + PROTECTED, headers=headers).status_code == 401


def test_opaque_token_is_checked_at_the_introspection_endpoint(
    start_server,  # type: ignore[no-untyped-def]
    oidc_provider_factory: Callable[..., OidcProvider],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    provider = oidc_provider_factory("--access-token-format", "opaque")
    monkeypatch.setenv("SERVICELAYER_OIDC_INTROSPECTION_CLIENT", provider.api_client_id)
    monkeypatch.setenv("SERVICELAYER_OIDC_INTROSPECTION_SECRET", provider.api_client_secret)
    server = _external(start_server, provider)
    tokens = _device_tokens(provider, "reader")
    assert tokens["access_token"].count(".") != 2
    headers = {"Authorization": f"Bearer {tokens['access_token']}"}
    assert httpx.get(server.url + PROTECTED, headers=headers).status_code == 200
    httpx.post(
        f"{provider.issuer}/token/revocation",
        data={"token": tokens["access_token"], "client_id": provider.client_id},
    )
    assert httpx.get(server.url + PROTECTED, headers=headers).status_code == 401
