"""The facade's OIDC flows against the npm oidc-provider, with the reference server trusting it.

The server runs as ``--oidc-issuer <provider issuer>``: its 401 advertises the provider, and
the SDK discovers it from there, signs in and refreshes like with any certified provider.
"""

from __future__ import annotations

import time
from collections.abc import Iterator

import httpx
import pytest

from facade import DeviceCodePrompt, SessionConfiguration
from tests.integration.facade_oidc._running_server import RunningServer, run_server
from tests.integration.facade_oidc.conftest import (
    CountingOIDCSessionBuilder,
    identity_of,
    list_databases_status,
)
from tests.integration.facade_oidc.test_single_refresh import (
    run_in_threads,
    wait_until_refresh_due,
)
from tests.interop.oidc_provider import (
    OidcProvider,
    run_oidc_provider,
    sign_in_code,
    sign_in_device,
)

pytestmark = pytest.mark.interop

ACCESS_TOKEN_TTL = 6


@pytest.fixture(scope="module")
def provider() -> Iterator[OidcProvider]:
    with run_oidc_provider("--access-token-ttl", str(ACCESS_TOKEN_TTL)) as running:
        yield running


@pytest.fixture(scope="module")
def server(provider: OidcProvider) -> Iterator[RunningServer]:
    with run_server(
        "--oidc-issuer",
        provider.issuer,
        "--oidc-audience",
        provider.audience,
        "--oidc-client-id",
        provider.client_id,
    ) as running:
        yield running


def _builder(server: RunningServer) -> CountingOIDCSessionBuilder:
    return CountingOIDCSessionBuilder(server.url, SessionConfiguration(timeout=20000))


def _approve_as(login: str) -> object:
    def approve(prompt: DeviceCodePrompt) -> None:
        assert prompt.verification_uri_complete
        sign_in_device(prompt.verification_uri_complete, login)

    return approve


def _browser_as(login: str) -> object:
    def open_browser(url: str) -> bool:
        redirect_uri = httpx.URL(url).params["redirect_uri"]
        redirect = sign_in_code(url, login, redirect_uri)
        httpx.get(redirect)  # the browser follows the redirect to the SDK's receiver
        return True

    return open_browser


def test_provider_is_discovered_through_the_server(
    server: RunningServer, provider: OidcProvider
) -> None:
    oidc, http = _builder(server)._resolve()
    http.close()
    assert oidc.issuer == provider.issuer
    assert oidc.device_authorization_endpoint == f"{provider.issuer}/device/auth"


def test_device_code_flow(server: RunningServer) -> None:
    builder = _builder(server)
    with builder.with_device_code_flow(_approve_as("writer")) as session:  # type: ignore[arg-type]
        assert session.username == "writer"
        assert session.refresh_token
        assert list_databases_status(session) == 200


def test_authorization_code_flow(server: RunningServer) -> None:
    builder = _builder(server)
    browser = _browser_as("reader")
    with builder.with_authorization_code_flow(open_browser=browser, timeout=20) as session:  # type: ignore[arg-type]
        assert session.username == "reader"
        assert session.refresh_token
        assert list_databases_status(session) == 200


def test_refresh_token_rotation_and_reuse(server: RunningServer) -> None:
    with _builder(server).with_device_code_flow(_approve_as("admin")) as first:  # type: ignore[arg-type]
        refresh_token = first.refresh_token
    assert refresh_token
    builder = _builder(server)
    with builder.with_refresh_token(refresh_token) as session:
        assert session.username == "admin"
        assert list_databases_status(session) == 200
    assert builder.grants("refresh_token") == 1


def test_sixteen_threads_cause_exactly_one_refresh(server: RunningServer) -> None:
    builder = _builder(server)
    with builder.with_device_code_flow(_approve_as("writer")) as session:  # type: ignore[arg-type]
        wait_until_refresh_due(session)
        started = time.time()
        results = run_in_threads(16, lambda: list_databases_status(session))
        assert results == [200] * 16, results
        assert builder.grants("refresh_token") == 1
        assert identity_of(session).auth.tokens.expires_at > started  # type: ignore[operator]
