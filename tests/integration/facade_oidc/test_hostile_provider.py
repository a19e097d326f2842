"""A stored refresh token goes back only to the provider that issued it.

The user signs in through a Service Layer (a forwarding proxy in front of the reference server)
and stores the refresh token. The Service Layer then names another identity provider on
another host, once through its configuration and once through a 401 challenge: the token must
not reach that host, and the error must say what changed.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from facade import (
    IdentityProviderChangedError,
    InsecureIdentityProviderError,
    SessionConfiguration,
    TokenStoreError,
)
from facade.auth.oidc._token_store import TokenCacheFile, token_key
from tests.loopback_proxy import LoopbackProxy, look_up_loopback_names_only, running

from ._browser import EmbeddedIdPUser
from ._hostile import advertising, recording_provider
from ._running_server import RunningServer
from .conftest import CountingOIDCSessionBuilder, list_databases_status

CLIENT_ID = "servicelayer-sdk"


@pytest.fixture
def proxy(oidc_server: RunningServer) -> Iterator[LoopbackProxy]:
    """The Service Layer the user signs in to: the reference server behind a proxy."""
    server = LoopbackProxy(oidc_server.url)
    with running(server):
        yield server


@pytest.fixture
def foreign_provider() -> Iterator[LoopbackProxy]:
    server = recording_provider()
    with running(server):
        yield server


def _builder(url: str, cache: Path) -> CountingOIDCSessionBuilder:
    return CountingOIDCSessionBuilder(
        url, SessionConfiguration(timeout=20000), token_cache_file=cache
    )


def _sign_in_and_store(proxy: LoopbackProxy, cache: Path) -> str:
    """An honest sign-in through the proxy; the refresh token is stored. Returns it."""
    user = EmbeddedIdPUser("writer", "writer-password")
    with _builder(proxy.url, cache).with_device_code_flow(user.approve_device) as session:
        assert list_databases_status(session) == 200
        session.persist_oidc_token()
        token = session.refresh_token
    assert token
    return token


@pytest.mark.parametrize("via", ["discovery", "challenge"])
def test_stored_token_never_reaches_another_provider(
    via: str,
    oidc_server: RunningServer,
    proxy: LoopbackProxy,
    foreign_provider: LoopbackProxy,
    tmp_path: Path,
) -> None:
    cache = tmp_path / "tokens.json"
    _sign_in_and_store(proxy, cache)
    with _builder(proxy.url, cache).with_stored_token() as session:  # the honest case works
        assert session.username == "writer"
        rotated = session.refresh_token
    assert rotated

    proxy.rule = advertising(foreign_provider.url, via=via)
    builder = _builder(proxy.url, cache)
    with pytest.raises(IdentityProviderChangedError) as caught:
        builder.with_stored_token()

    # The SDK did follow the advertisement as far as the discovery document, and no further.
    assert foreign_provider.paths() == ["/.well-known/openid-configuration"]
    assert rotated not in foreign_provider.everything_seen()
    assert builder.grants("refresh_token") == 0
    error = caught.value
    assert error.stored_issuer == f"{oidc_server.url}/oidc"
    assert error.advertised_issuer == foreign_provider.url
    assert f"{oidc_server.url}/oidc" in str(error) and foreign_provider.url in str(error)
    assert "not sent" in str(error)
    assert rotated not in str(error)


def test_plain_http_provider_off_loopback_gets_no_request(
    proxy: LoopbackProxy,
    foreign_provider: LoopbackProxy,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    look_up_loopback_names_only(monkeypatch)
    cache = tmp_path / "tokens.json"
    _sign_in_and_store(proxy, cache)
    proxy.rule = advertising("http://idp.example.test", via="challenge")
    with pytest.raises(InsecureIdentityProviderError, match=r"plain http to idp\.example\.test"):
        _builder(proxy.url, cache).with_stored_token()


def test_a_token_stored_without_its_issuer_is_not_sent(
    proxy: LoopbackProxy, foreign_provider: LoopbackProxy, tmp_path: Path
) -> None:
    cache = tmp_path / "tokens.json"
    TokenCacheFile(cache).save(token_key(proxy.url, CLIENT_ID), "an-unbound-refresh-token")
    proxy.rule = advertising(foreign_provider.url, via="discovery")
    with pytest.raises(TokenStoreError, match="does not record which identity provider"):
        _builder(proxy.url, cache).with_stored_token()
    assert "an-unbound-refresh-token" not in foreign_provider.everything_seen()
