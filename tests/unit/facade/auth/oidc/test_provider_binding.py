"""Which identity providers the SDK talks to, and where a stored refresh token may go."""

from __future__ import annotations

import base64
import json

import httpx
import pytest
import respx

from facade import (
    AuthorizationCodeFlowError,
    IdentityProviderChangedError,
    InsecureIdentityProviderError,
    OIDCConfigurationError,
    TokenStoreError,
)
from facade._core.urls import is_loopback_host, origin_of
from facade.auth.oidc._authorization_code import _check_redirect
from facade.auth.oidc._discovery import (
    OIDCConfiguration,
    OIDCHints,
    check_provider_url,
    resolve_configuration,
)
from facade.auth.oidc._token_binding import BoundRefreshToken, check_token_issuer

PROVIDER = OIDCConfiguration(
    issuer="https://idp.example.com/tenant",
    client_id="sdk",
    scopes=("openid",),
    token_endpoint="https://login.example.com/tenant/oauth2/token",
)


def _jwt(**claims: object) -> str:
    body = base64.urlsafe_b64encode(json.dumps(claims).encode()).rstrip(b"=").decode()
    return f"e30.{body}.sig"


@pytest.mark.parametrize(
    "host", ["localhost", "LOCALHOST", "app.localhost", "127.0.0.1", "127.2.3.4", "::1", "[::1]"]
)
def test_loopback_hosts(host: str) -> None:
    assert is_loopback_host(host)


@pytest.mark.parametrize(
    "host", ["example.com", "localhost.example.com", "10.0.0.1", "0.0.0.0", "128.0.0.1", "::"]
)
def test_hosts_that_are_not_loopback(host: str) -> None:
    assert not is_loopback_host(host)


def test_origins_spell_out_the_default_port() -> None:
    assert origin_of("https://IDP.example.com/a/b?c") == "https://idp.example.com:443"
    assert origin_of("http://127.0.0.1:8765/oidc") == "http://127.0.0.1:8765"
    assert origin_of("http://[::1]/x") == "http://[::1]:80"


@pytest.mark.parametrize(
    "url", ["https://idp.example.com", "http://127.0.0.1:9000/oidc", "http://localhost/x"]
)
def test_https_or_loopback_providers_are_accepted(url: str) -> None:
    assert check_provider_url(url, "authority") == url


def test_plain_http_provider_elsewhere_is_refused() -> None:
    with pytest.raises(InsecureIdentityProviderError, match=r"token endpoint.*plain http"):
        check_provider_url("http://idp.example.com/token", "token endpoint")


@pytest.mark.parametrize("url", ["ftp://idp.example.com", "idp.example.com/token", "https://"])
def test_provider_urls_must_be_absolute_http(url: str) -> None:
    with pytest.raises(OIDCConfigurationError):
        check_provider_url(url, "authority")


@respx.mock(assert_all_called=False)
def test_plain_http_authority_is_refused_before_any_request(respx_mock: respx.Router) -> None:
    route = respx_mock.get(url__startswith="http://idp.example.com")
    with httpx.Client() as http, pytest.raises(InsecureIdentityProviderError):
        resolve_configuration(http, OIDCHints(authority="http://idp.example.com", client_id="c"))
    assert not route.called


@respx.mock
def test_discovery_naming_a_plain_http_endpoint_is_refused(respx_mock: respx.Router) -> None:
    respx_mock.get("https://idp.example.com/.well-known/openid-configuration").respond(
        json={
            "issuer": "https://idp.example.com",
            "token_endpoint": "https://idp.example.com/token",
            "device_authorization_endpoint": "http://idp.example.com/device",
        }
    )
    with httpx.Client() as http, pytest.raises(InsecureIdentityProviderError, match="device"):
        resolve_configuration(http, OIDCHints(authority="https://idp.example.com", client_id="c"))


def test_bound_token_round_trips_without_showing_the_token() -> None:
    bound = BoundRefreshToken.issued_by("rt-secret", PROVIDER)
    assert bound.token_origin == "https://login.example.com:443"
    assert BoundRefreshToken.decode(bound.encode(), where="k") == bound
    assert "rt-secret" not in repr(bound)


def test_the_issuing_provider_passes() -> None:
    bound = BoundRefreshToken.issued_by("rt", PROVIDER)
    bound.check_provider(PROVIDER, service_layer_url="https://sl.example.com")
    slash = OIDCConfiguration(
        issuer="https://idp.example.com/tenant/",
        client_id="sdk",
        scopes=(),
        token_endpoint="https://login.example.com:443/tenant/other-path",
    )
    bound.check_provider(slash, service_layer_url="https://sl.example.com")


@pytest.mark.parametrize(
    ("issuer", "token_endpoint", "changed"),
    [
        ("https://evil.example.net", "https://login.example.com/tenant/oauth2/token", "issuer"),
        ("https://idp.example.com/tenant", "https://evil.example.net/token", "token endpoint"),
        ("https://idp.example.com/tenant", "https://login.example.com:8443/token", "port"),
        ("https://idp.example.com/other", "https://login.example.com/other/token", "tenant"),
    ],
)
def test_another_provider_is_refused_and_named(
    issuer: str, token_endpoint: str, changed: str
) -> None:
    bound = BoundRefreshToken.issued_by("rt-secret", PROVIDER)
    other = OIDCConfiguration(
        issuer=issuer, client_id="sdk", scopes=(), token_endpoint=token_endpoint
    )
    with pytest.raises(IdentityProviderChangedError) as caught:
        bound.check_provider(other, service_layer_url="https://sl.example.com")
    message = str(caught.value)
    assert "https://idp.example.com/tenant" in message and issuer in message
    assert origin_of(token_endpoint) in message and "rt-secret" not in message
    assert caught.value.advertised_token_origin == origin_of(token_endpoint)


@pytest.mark.parametrize("text", ["plain-refresh-token", "{}", '{"format": "other"}', "[1]"])
def test_a_token_without_its_issuer_is_refused(text: str) -> None:
    with pytest.raises(TokenStoreError, match="sign in again"):
        BoundRefreshToken.decode(text, where="https://sl.example.com (client sdk)")


def test_a_jwt_refresh_token_from_another_issuer_is_refused() -> None:
    check_token_issuer("opaque-token", PROVIDER)
    check_token_issuer(_jwt(iss="https://idp.example.com/tenant/"), PROVIDER)
    with pytest.raises(IdentityProviderChangedError, match="issued by https://evil"):
        check_token_issuer(_jwt(iss="https://evil.example.net"), PROVIDER)


def test_a_redirect_without_iss_is_refused_when_the_provider_always_sends_it() -> None:
    provider = OIDCConfiguration(
        issuer="https://idp.example.com",
        client_id="sdk",
        scopes=(),
        token_endpoint="https://idp.example.com/token",
        issuer_in_redirect=True,
    )
    assert _check_redirect(
        {"state": "s", "code": "c", "iss": provider.issuer}, "s", config=provider
    )
    with pytest.raises(AuthorizationCodeFlowError, match="RFC 9207"):
        _check_redirect({"state": "s", "code": "c"}, "s", config=provider)
