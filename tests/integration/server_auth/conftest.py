"""Servers for the authentication tests: the reference server from ``tests/conftest.py``."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.conftest import RunningServer, ServerFactory

StartServer = Callable[..., RunningServer]


@pytest.fixture
def start_server(server_factory: ServerFactory) -> StartServer:
    """``start_server(*cli_args)`` -> a demo server with those flags, stopped after the test."""

    def start(*args: str) -> RunningServer:
        return server_factory("--demo", "--data", ":memory:", *args)

    return start


@pytest.fixture
def server_url(reference_server: RunningServer) -> str:
    """Root URL of a server with every scheme and the demo accounts."""
    return reference_server.url
