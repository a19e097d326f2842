"""The reference server for module-scoped OIDC fixtures (tests/conftest.py's RunningServer)."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from tests.conftest import RunningServer

__all__ = ["RunningServer", "run_server"]


@contextlib.contextmanager
def run_server(*args: str) -> Iterator[RunningServer]:
    """The reference server (demo accounts, no demo data) with ``args``; stopped on exit."""
    server = RunningServer(("--data", ":memory:", *args))
    try:
        yield server
    finally:
        server.stop()
