"""Retries against the server's --rate-limit and --fail-rate, and timeouts that do not hang."""

from __future__ import annotations

import pytest

from facade import ConnectionFailedError, RateLimitedError, RequestTimeoutError, ServerError
from facade._connection import Connection
from facade.auth._apikey import ApiKeyAuth

from ._support import connect, list_database_keys


def _connect_past_injected_500s(url: str, **config: object) -> Connection:
    """A 500 is not retried (the server may have acted): connecting again is the caller's call."""
    for _ in range(10):
        try:
            return connect(url, ApiKeyAuth("demo-reader-api-key"), **config)
        except ServerError as error:
            assert error.status == 500
    raise AssertionError("ten 500s in a row at --fail-rate 0.3")


def test_rate_limited_requests_are_retried_after_retry_after(server_factory) -> None:
    server = server_factory("--rate-limit", "4")
    config = {"max_retries": 5, "max_retry_after": 0.3, "retry_backoff": 0}
    with connect(server.url, ApiKeyAuth("demo-reader-api-key"), **config) as connection:
        before = connection.transport_stats.attempts
        for _ in range(8):
            list_database_keys(connection)
        stats = connection.transport_stats
        throttled = stats.by_status.get(429, 0)
        assert throttled >= 1
        assert stats.attempts - before == 8 + throttled


def test_without_retries_a_rate_limit_raises(server_factory) -> None:
    server = server_factory("--rate-limit", "2")
    with connect(server.url, ApiKeyAuth("demo-reader-api-key")) as connection:
        with pytest.raises(RateLimitedError) as caught:
            for _ in range(6):
                list_database_keys(connection)
        assert caught.value.retry_after is not None and caught.value.retry_after >= 1


def test_failures_are_retried_and_counted(server_factory) -> None:
    server = server_factory("--fail-rate", "0.3")
    config = {"max_retries": 10, "max_retry_after": 0.05, "retry_backoff": 0}
    with _connect_past_injected_500s(server.url, **config) as connection:
        stats = connection.transport_stats

        def retryable() -> int:
            return sum(stats.by_status.get(s, 0) for s in (500, 503)) + stats.failures

        before, before_retryable = stats.attempts, retryable()
        for _ in range(20):
            list_database_keys(connection)  # a GET: 500, 503 and drops are all retried
        retried = retryable() - before_retryable
        assert retried >= 1
        assert stats.attempts - before == 20 + retried


def test_without_retries_a_failure_surfaces(server_factory) -> None:
    server = server_factory("--fail-rate", "0.5")
    connection = None
    with pytest.raises((ServerError, ConnectionFailedError)):
        connection = connect(server.url, ApiKeyAuth("demo-reader-api-key"))
        for _ in range(30):
            list_database_keys(connection)
    if connection is not None:
        connection.close()


@pytest.mark.timeout(120)  # covers the server's start; the call itself must not hang
def test_a_stalled_server_gives_a_timeout_error_not_a_hang(server_factory) -> None:
    server = server_factory("--latency-ms", "800")
    with pytest.raises(RequestTimeoutError, match="200 ms"):
        connect(server.url, ApiKeyAuth("demo-reader-api-key"), timeout=200, max_retries=3)
