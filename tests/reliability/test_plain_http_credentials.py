"""A password or API key never goes over plain http to a host that is not loopback, unless allowed.

The SDK talks to ``http://servicelayer.test`` (not loopback) through a real forward proxy on
loopback that hands every request to the reference server, and records what it was sent.
"""

from __future__ import annotations

import base64
from collections.abc import Iterator

import pytest

from facade import PlainHttpCredentialsError, SessionBuilder, SessionConfiguration
from tests.conftest import RunningServer
from tests.loopback_proxy import LoopbackProxy, look_up_loopback_names_only, running

from ._support import API_KEYS, PASSWORDS

REMOTE_URL = "http://servicelayer.test"


@pytest.fixture
def forward_proxy(
    reference_server: RunningServer, monkeypatch: pytest.MonkeyPatch
) -> Iterator[LoopbackProxy]:
    look_up_loopback_names_only(monkeypatch)
    server = LoopbackProxy(reference_server.url)
    with running(server):
        yield server


def _builder(proxy: LoopbackProxy, **options: object) -> SessionBuilder:
    configuration = SessionConfiguration(
        timeout=20000, proxy=proxy.url, validate_contract=True, **options
    )  # type: ignore[arg-type]
    return SessionBuilder(REMOTE_URL, configuration)


def _credentials_seen(proxy: LoopbackProxy) -> list[str]:
    return [
        value
        for exchange in proxy.seen
        for name in ("Authorization", "X-API-Key")
        if (value := exchange.header(name)) is not None
    ]


def test_basic_over_plain_http_is_refused_before_the_password_is_sent(
    forward_proxy: LoopbackProxy,
) -> None:
    with pytest.raises(PlainHttpCredentialsError, match=r"password to servicelayer\.test"):
        _builder(forward_proxy).with_credentials("writer", PASSWORDS["writer"])
    assert forward_proxy.seen, "the SDK did reach the server through the proxy"
    assert all(e.via_proxy and e.host == "servicelayer.test" for e in forward_proxy.seen)
    assert _credentials_seen(forward_proxy) == []
    assert PASSWORDS["writer"] not in forward_proxy.everything_seen()


def test_an_api_key_over_plain_http_is_refused(forward_proxy: LoopbackProxy) -> None:
    with pytest.raises(PlainHttpCredentialsError, match="API key"):
        _builder(forward_proxy).with_api_key(API_KEYS["reader"])
    assert API_KEYS["reader"] not in forward_proxy.everything_seen()


def test_plain_http_credentials_when_allowed_explicitly(forward_proxy: LoopbackProxy) -> None:
    builder = _builder(forward_proxy, allow_plain_http_credentials=True)
    with builder.with_credentials("writer", PASSWORDS["writer"]) as session:
        assert session.username == "writer"
    expected = "Basic " + base64.b64encode(b"writer:" + PASSWORDS["writer"].encode()).decode()
    assert expected in _credentials_seen(forward_proxy)
    with builder.with_api_key(API_KEYS["reader"]) as session:
        assert session.username == "reader"


def test_loopback_over_plain_http_needs_no_permission(reference_server: RunningServer) -> None:
    configuration = SessionConfiguration(timeout=20000)
    with SessionBuilder(reference_server.url, configuration).with_credentials(
        "writer", PASSWORDS["writer"]
    ) as session:
        assert session.username == "writer"
