"""Fixtures for criteria search and tree navigation: a demo server of this package's own
(the navigation tests move records and create folders), a writer session and a request log."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from facade._session import Session
from tests.conftest import RunningServer
from tests.integration.facade_data.conftest import log_requests, sign_in

__all__ = ["MAX_PAGE", "log_requests"]

MAX_PAGE = 40


@pytest.fixture(scope="package")
def search_server() -> Iterator[RunningServer]:
    server = RunningServer(
        ("--demo", "--records", "400", "--max-batch", "50", "--max-page-size", str(MAX_PAGE))
    )
    yield server
    server.stop()


@pytest.fixture
def writer(search_server: RunningServer) -> Iterator[Session]:
    with sign_in(search_server.url, "writer") as session:
        yield session
