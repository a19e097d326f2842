"""A small demo server per module for tests that write (the shared reference_server stays pristine)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.conftest import RunningServer


@pytest.fixture(scope="module")
def writable_server() -> Iterator[RunningServer]:
    server = RunningServer(("--demo", "--records", "60"))
    yield server
    server.stop()
