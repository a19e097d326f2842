"""Proxy variables from the environment (``trust_env``, default True), against a real proxy.

``http://servicelayer.test`` is not loopback: it is reached only through the loopback forward
proxy, which hands every request to the reference server. Name lookups of anything but
loopback names fail at once in these tests (no query leaves the machine), so a request that
bypasses the proxy fails to connect.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from facade import ConnectionFailedError, SessionBuilder, SessionConfiguration
from tests.conftest import RunningServer
from tests.loopback_proxy import LoopbackProxy, look_up_loopback_names_only, running

REMOTE_URL = "http://servicelayer.test"
PROXY_VARIABLES = (
    "HTTP_PROXY",
    "HTTPS_PROXY",
    "ALL_PROXY",
    "NO_PROXY",
    "http_proxy",
    "https_proxy",
    "all_proxy",
    "no_proxy",
)


@pytest.fixture
def forward_proxy(
    reference_server: RunningServer, monkeypatch: pytest.MonkeyPatch
) -> Iterator[LoopbackProxy]:
    for name in PROXY_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    look_up_loopback_names_only(monkeypatch)
    server = LoopbackProxy(reference_server.url)
    with running(server):
        yield server


def _builder(url: str = REMOTE_URL, **options: object) -> SessionBuilder:
    configuration = SessionConfiguration(
        timeout=20000,
        allow_plain_http_credentials=True,
        **options,  # type: ignore[arg-type]
    )
    return SessionBuilder(url, configuration)


@pytest.mark.parametrize("variable", ["HTTP_PROXY", "http_proxy", "ALL_PROXY"])
def test_the_proxy_from_the_environment_is_used(
    forward_proxy: LoopbackProxy, monkeypatch: pytest.MonkeyPatch, variable: str
) -> None:
    monkeypatch.setenv(variable, forward_proxy.url)
    with _builder().with_api_key("demo-reader-api-key") as session:
        assert session.username == "reader"
        assert session.dbs
    assert forward_proxy.seen
    assert all(e.via_proxy and e.host == "servicelayer.test" for e in forward_proxy.seen)


def test_no_proxy_hosts_are_reached_directly(
    forward_proxy: LoopbackProxy, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HTTP_PROXY", forward_proxy.url)
    monkeypatch.setenv("NO_PROXY", "example.org, .test")
    with pytest.raises(ConnectionFailedError):
        _builder().with_api_key("demo-reader-api-key")
    assert forward_proxy.seen == []


def test_trust_env_false_ignores_the_environment(
    forward_proxy: LoopbackProxy, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HTTP_PROXY", forward_proxy.url)
    with pytest.raises(ConnectionFailedError):
        _builder(trust_env=False).with_api_key("demo-reader-api-key")
    assert forward_proxy.seen == []


def test_an_explicit_proxy_wins_over_the_environment(
    forward_proxy: LoopbackProxy, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HTTP_PROXY", "http://127.0.0.1:9")  # nothing listens there
    with _builder(proxy=forward_proxy.url).with_api_key("demo-reader-api-key") as session:
        assert session.username == "reader"
    assert forward_proxy.seen


def test_loopback_is_never_sent_to_the_environment_proxy(
    reference_server: RunningServer,
    forward_proxy: LoopbackProxy,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("HTTP_PROXY", forward_proxy.url)
    with _builder(reference_server.url).with_api_key("demo-reader-api-key") as session:
        assert session.dbs
    assert forward_proxy.seen == []
