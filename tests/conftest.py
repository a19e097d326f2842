"""Shared fixtures: the reference server as a real subprocess on a free loopback port.

``server_factory(*extra_args)`` starts ``python -m server`` (response validation on, so every
answer is checked against the contract), waits for ``GET /api/v1/status`` and stops it at
teardown. ``reference_server`` is one session-wide ``--demo --data :memory:`` server.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest

from server.launch import ServerProcess, free_port

__all__ = ["RunningServer", "ServerFactory", "free_port"]


# Tests from one address fail authentication on purpose many times a minute; the limits
# on failed authentications have tests of their own that set them explicitly.
UNTHROTTLED = ("--auth-failures-per-address", "0", "--auth-failures-per-account", "0")


class RunningServer(ServerProcess):
    """The reference server for tests: response validation on unless switched off.

    Failed authentications are not limited unless ``args`` set a limit.
    """

    def __init__(self, args: tuple[str, ...], *, validate_responses: bool = True) -> None:
        if not any(arg.startswith("--auth-failures-") for arg in args):
            args = (*args, *UNTHROTTLED)
        super().__init__(*args, validate_responses=validate_responses)


ServerFactory = Callable[..., RunningServer]


@pytest.fixture
def server_factory() -> Iterator[ServerFactory]:
    started: list[RunningServer] = []

    def start(*extra_args: str, validate_responses: bool = True) -> RunningServer:
        server = RunningServer(tuple(extra_args), validate_responses=validate_responses)
        started.append(server)
        return server

    yield start
    for server in started:
        server.close()


@pytest.fixture(scope="session")
def reference_server() -> Iterator[RunningServer]:
    server = RunningServer(("--demo", "--data", ":memory:"))
    yield server
    server.close()
