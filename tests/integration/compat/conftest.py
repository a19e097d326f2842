"""One demo server for the Toolkit-compatibility tests, and sessions as reader and writer."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

import facade as mpy
from tests.conftest import RunningServer


@pytest.fixture(scope="package")
def compat_server() -> Iterator[RunningServer]:
    server = RunningServer(("--demo", "--records", "120"))
    yield server
    server.stop()


@pytest.fixture
def writer(compat_server: RunningServer) -> Iterator[mpy.Session]:
    with mpy.SessionBuilder(compat_server.url).with_credentials("writer", "writer-password") as s:
        yield s


@pytest.fixture
def reader(compat_server: RunningServer) -> Iterator[mpy.Session]:
    with mpy.SessionBuilder(compat_server.url).with_credentials("reader", "reader-password") as s:
        yield s
