"""One demo server for the schema, units and history tests of the facade."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from facade._builders import SessionBuilder
from facade._session import Session
from tests.conftest import RunningServer


@pytest.fixture(scope="package")
def schema_server() -> Iterator[RunningServer]:
    server = RunningServer(("--demo", "--records", "200"))
    yield server
    server.stop()


@pytest.fixture
def writer(schema_server: RunningServer) -> Iterator[Session]:
    with SessionBuilder(schema_server.url).with_credentials("writer", "writer-password") as s:
        yield s


@pytest.fixture
def reader(schema_server: RunningServer) -> Iterator[Session]:
    with SessionBuilder(schema_server.url).with_credentials("reader", "reader-password") as s:
        yield s
