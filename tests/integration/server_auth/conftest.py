"""Servers for the authentication tests: the real ``python -m server`` once it exists,
else a minimal app around the same Authenticator and handlers (uvicorn on loopback)."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterator
from typing import Any, Protocol

import pytest

from ._mini_app import run_mini_server, run_real_server

_REAL = os.environ.get("SERVER_AUTH_REAL") == "1"


def _real_fixture(request: pytest.FixtureRequest, name: str) -> Any:
    """server-core's fixture from tests/conftest.py, or None while it does not exist."""
    try:
        return request.getfixturevalue(name)
    except pytest.FixtureLookupError:
        return None


_FLAG_TO_SETTING: dict[str, tuple[str, Callable[[str], Any]]] = {
    "--access-token-ttl": ("access_token_ttl", int),
    "--session-ttl": ("session_ttl", int),
    "--auth": ("schemes", lambda v: tuple(v.split(","))),
    "--oidc-issuer": ("oidc_issuer", str),
    "--oidc-audience": ("oidc_audience", str),
    "--oidc-client-id": ("oidc_client_id", str),
}


class Running(Protocol):
    url: str


StartServer = Callable[..., Running]


def _settings(args: tuple[str, ...]) -> dict[str, Any]:
    settings: dict[str, Any] = {}
    pairs = iter(args)
    for flag in pairs:
        if flag in ("--demo",):
            continue
        value = next(pairs)
        if flag in _FLAG_TO_SETTING:
            name, convert = _FLAG_TO_SETTING[flag]
            settings[name] = convert(value)
    return settings


@pytest.fixture
def start_server(request: pytest.FixtureRequest) -> Iterator[StartServer]:
    """``start_server(*cli_args)`` -> a running server with ``.url``, stopped after the test."""
    with contextlib.ExitStack() as stack:
        factory = _real_fixture(request, "server_factory")
        if factory is not None:

            def start(*args: str) -> Running:
                return factory("--demo", "--data", ":memory:", *args)  # type: ignore[no-any-return]

        else:

            def start(*args: str) -> Running:
                if _REAL:
                    return stack.enter_context(run_real_server(*args))
                return stack.enter_context(run_mini_server(**_settings(args)))

        yield start


@pytest.fixture(scope="module")
def mini_server() -> Iterator[Running]:
    """One minimal server with every scheme enabled, shared by a test module."""
    with run_real_server() if _REAL else run_mini_server() as running:
        yield running


@pytest.fixture
def server_url(request: pytest.FixtureRequest) -> str:
    """Root URL of a server with every scheme and the demo accounts."""
    real = _real_fixture(request, "reference_server")
    return str((real or request.getfixturevalue("mini_server")).url)
