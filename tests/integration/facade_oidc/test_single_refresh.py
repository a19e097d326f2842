"""Sixteen threads share a session whose access token is about to expire: one refresh only."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator

import pytest

from facade import SessionConfiguration

from ._browser import EmbeddedIdPUser
from ._running_server import RunningServer, run_server
from .conftest import CountingOIDCSessionBuilder, identity_of, list_databases_status

ACCESS_TOKEN_TTL = 6  # seconds; the refresh falls due at half of it


@pytest.fixture(scope="module")
def short_token_server() -> Iterator[RunningServer]:
    with run_server("--access-token-ttl", str(ACCESS_TOKEN_TTL)) as server:
        yield server


def run_in_threads(count: int, work: object) -> list[object]:
    """Start ``count`` threads together on ``work()``; return results or raised errors."""
    barrier = threading.Barrier(count)
    results: list[object] = []
    lock = threading.Lock()

    def worker() -> None:
        barrier.wait()
        try:
            result: object = work()  # type: ignore[operator]
        except Exception as exc:
            result = exc
        with lock:
            results.append(result)

    threads = [threading.Thread(target=worker) for _ in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    return results


def wait_until_refresh_due(session: object) -> None:
    tokens = identity_of(session).auth.tokens
    assert tokens.expires_at is not None and tokens.received_at is not None
    due = tokens.expires_at - (tokens.expires_at - tokens.received_at) / 2
    time.sleep(max(0.0, due - time.time()) + 0.05)


def test_sixteen_threads_cause_exactly_one_refresh(short_token_server: RunningServer) -> None:
    user = EmbeddedIdPUser("writer", "writer-password")
    builder = CountingOIDCSessionBuilder(short_token_server.url, SessionConfiguration())
    with builder.with_device_code_flow(user.approve_device) as session:
        before = identity_of(session).auth.tokens.access_token
        wait_until_refresh_due(session)
        results = run_in_threads(16, lambda: list_databases_status(session))
        assert results == [200] * 16
        assert builder.grants("refresh_token") == 1
        assert identity_of(session).auth.tokens.access_token != before
        assert session.authenticated
