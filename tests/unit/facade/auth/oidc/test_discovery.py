"""Finding the identity provider: auth configuration, 401 challenge, explicit options, discovery."""

from __future__ import annotations

import httpx
import pytest
import respx

from facade import OIDCConfigurationError
from facade._ops.auth_endpoints import ServiceLayerAuthEndpoints
from facade.auth.oidc._discovery import (
    OIDCHints,
    discover_hints,
    hints_from_explicit,
    resolve_configuration,
)
from generated import Client

SL = "https://sl.test"
ISSUER = "https://idp.test/realm"
DISCOVERY = {
    "issuer": ISSUER,
    "token_endpoint": f"{ISSUER}/token",
    "authorization_endpoint": f"{ISSUER}/auth",
    "device_authorization_endpoint": f"{ISSUER}/device",
    "revocation_endpoint": f"{ISSUER}/revoke",
}
PROBLEM = {"type": "about:blank", "title": "Unauthorized", "status": 401, "detail": "no credentials",
           "requestId": "r1"}  # fmt: skip


def _client() -> Client:
    return Client(base_url=SL)


@respx.mock
def test_auth_configuration_is_read_first() -> None:
    respx.get(f"{SL}/api/v1/auth/configuration").respond(
        json={
            "schemes": ["bearer"],
            "apiKeyHeader": "X-API-Key",
            "sessionHeader": "X-Session-Id",
            "sessionLifetimeSeconds": 60,
            "oidc": {
                "authority": ISSUER,
                "issuer": ISSUER,
                "clientId": "cli",
                "redirectUri": "http://127.0.0.1:8400/callback",
                "scopes": ["openid", "offline_access"],
            },
        }
    )
    sessions = respx.post(f"{SL}/api/v1/sessions")
    hints = discover_hints(_client(), endpoints=ServiceLayerAuthEndpoints())
    assert hints == OIDCHints(
        authority=ISSUER,
        client_id="cli",
        redirect_uri="http://127.0.0.1:8400/callback",
        scopes=("openid", "offline_access"),
    )
    assert sessions.call_count == 0


@respx.mock
def test_the_401_challenge_is_used_when_the_configuration_is_missing() -> None:
    respx.get(f"{SL}/api/v1/auth/configuration").respond(404)
    respx.post(f"{SL}/api/v1/sessions").respond(
        401,
        json=PROBLEM,
        headers=[
            ("WWW-Authenticate", 'Basic realm="x"'),
            ("WWW-Authenticate", f'Bearer authority="{ISSUER}", clientid="cli2"'),
        ],
    )
    hints = discover_hints(_client(), endpoints=ServiceLayerAuthEndpoints())
    assert hints is not None
    assert (hints.authority, hints.client_id) == (ISSUER, "cli2")


@respx.mock
def test_no_provider_advertised_gives_none() -> None:
    respx.get(f"{SL}/api/v1/auth/configuration").respond(404)
    respx.post(f"{SL}/api/v1/sessions").respond(
        401, json=PROBLEM, headers={"WWW-Authenticate": "Basic"}
    )
    assert discover_hints(_client(), endpoints=ServiceLayerAuthEndpoints()) is None


def test_explicit_options_are_checked() -> None:
    hints = hints_from_explicit({"issuer": ISSUER, "client_id": "c", "scopes": "openid email"})
    assert hints.scopes == ("openid", "email")
    with pytest.raises(TypeError, match="unknown OIDC option"):
        hints_from_explicit({"client_secret": "x"})
    with pytest.raises(TypeError, match="must be a str"):
        hints_from_explicit({"client_id": 3})


def test_explicit_values_override_advertised_ones() -> None:
    explicit = OIDCHints(client_id="mine", scopes=("openid",))
    advertised = OIDCHints(authority=ISSUER, client_id="theirs", redirect_uri="http://127.0.0.1/cb")
    merged = explicit.merged_over(advertised)
    assert (merged.authority, merged.client_id, merged.scopes) == (ISSUER, "mine", ("openid",))
    assert merged.redirect_uri == "http://127.0.0.1/cb"


@respx.mock
def test_discovery_document_fills_the_endpoints() -> None:
    respx.get(f"{ISSUER}/.well-known/openid-configuration").respond(json=DISCOVERY)
    with httpx.Client() as http:
        config = resolve_configuration(http, OIDCHints(authority=ISSUER + "/", client_id="c"))
    assert config.token_endpoint == f"{ISSUER}/token"
    assert config.device_authorization_endpoint == f"{ISSUER}/device"
    assert config.scopes == ("openid", "profile", "offline_access")


@respx.mock
def test_discovery_document_for_another_issuer_is_refused() -> None:
    respx.get(f"{ISSUER}/.well-known/openid-configuration").respond(
        json={**DISCOVERY, "issuer": "https://evil.test"}
    )
    with httpx.Client() as http, pytest.raises(OIDCConfigurationError, match="evil"):
        resolve_configuration(http, OIDCHints(authority=ISSUER, client_id="c"))


@respx.mock
def test_explicit_endpoints_need_no_discovery_document() -> None:
    well_known = respx.get(f"{ISSUER}/.well-known/openid-configuration")
    hints = hints_from_explicit(
        {
            "token_endpoint": f"{ISSUER}/t",
            "device_authorization_endpoint": f"{ISSUER}/d",
            "client_id": "c",
        }
    )
    with httpx.Client() as http:
        config = resolve_configuration(http, hints)
    assert (config.token_endpoint, config.device_authorization_endpoint) == (
        f"{ISSUER}/t",
        f"{ISSUER}/d",
    )
    assert well_known.call_count == 0


def test_missing_provider_or_client_says_what_to_pass() -> None:
    with httpx.Client() as http:
        with pytest.raises(OIDCConfigurationError, match="issuer="):
            resolve_configuration(http, OIDCHints(client_id="c"))
        with pytest.raises(OIDCConfigurationError, match="client_id="):
            resolve_configuration(http, OIDCHints(authority=ISSUER))


@respx.mock
def test_unreachable_discovery_document_is_a_configuration_error() -> None:
    respx.get(f"{ISSUER}/.well-known/openid-configuration").respond(404)
    with httpx.Client() as http, pytest.raises(OIDCConfigurationError, match="404"):
        resolve_configuration(http, OIDCHints(authority=ISSUER, client_id="c"))
