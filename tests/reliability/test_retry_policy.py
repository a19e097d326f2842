"""The retry policy of SessionConfiguration: which answers are retried, for which requests, and
how many attempts at most. Edge cases a real server cannot produce on demand (MockTransport)."""

from __future__ import annotations

import httpx
import pytest

from facade import ConnectionFailedError, SessionConfiguration
from facade._core import retries as _retries
from facade._core.transport import RETRY_STATUSES, TransportStats, build_httpx_client

KEYED = {"Idempotency-Key": "3f2b8c1e-0000-4000-8000-000000000001"}


@pytest.fixture(autouse=True)
def no_sleeping(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    waits: list[float] = []
    monkeypatch.setattr(_retries, "_pause", waits.append)
    return waits


def _client(statuses: list[int], max_retries: int) -> tuple[httpx.Client, TransportStats]:
    """A client whose server answers ``statuses`` in turn, then 200."""
    answers = iter(statuses)

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(next(answers, 200), json={})

    stats = TransportStats()
    client = build_httpx_client(
        SessionConfiguration(max_retries=max_retries),
        base_url="http://sl.test",
        stats=stats,
        network=httpx.MockTransport(handler),
    )
    return client, stats


@pytest.mark.parametrize("status", [500, 502, 503, 504])
def test_get_is_retried_after_server_errors(status: int) -> None:
    client, stats = _client([status, status], max_retries=3)
    assert client.get("/api/v1/databases").status_code == 200
    assert stats.attempts == 3


@pytest.mark.parametrize("status", [500, 502, 503, 504])
def test_batch_post_with_idempotency_key_is_retried_after_server_errors(status: int) -> None:
    client, stats = _client([status], max_retries=3)
    response = client.post("/api/v1/records/import", json={}, headers=KEYED)
    assert response.status_code == 200
    assert stats.attempts == 2


@pytest.mark.parametrize("status", [500, 502, 503, 504])
def test_post_without_idempotency_key_is_never_retried_after_server_errors(status: int) -> None:
    client, stats = _client([status], max_retries=3)
    assert client.post("/api/v1/records/import", json={}).status_code == status
    assert stats.attempts == 1


@pytest.mark.parametrize("status", [400, 401, 403, 404, 409, 413, 422, 501])
def test_client_errors_are_never_retried(status: int) -> None:
    client, stats = _client([status, status], max_retries=3)
    assert client.get("/api/v1/databases").status_code == status
    assert client.post("/api/v1/records/import", json={}, headers=KEYED).status_code == status
    assert stats.attempts == 2


@pytest.mark.parametrize("max_retries", [0, 1, 4])
def test_attempts_are_bounded_by_max_retries(max_retries: int) -> None:
    client, stats = _client([500] * 50, max_retries=max_retries)
    assert client.post("/x", json={}, headers=KEYED).status_code == 500
    assert stats.attempts == max_retries + 1
    assert stats.by_status == {500: max_retries + 1}


def test_dropped_keyed_post_is_retried_and_exhaustion_is_a_clear_error() -> None:
    calls = {"n": 0}

    def handler(request: httpx.Request) -> httpx.Response:
        calls["n"] += 1
        raise httpx.ReadError("connection reset by peer")

    stats = TransportStats()
    client = build_httpx_client(
        SessionConfiguration(max_retries=2),
        base_url="http://sl.test",
        stats=stats,
        network=httpx.MockTransport(handler),
    )
    with pytest.raises(ConnectionFailedError, match="server is running"):
        client.post("/api/v1/records/import", json={}, headers=KEYED)
    assert calls["n"] == 3 and stats.failures == 3


def test_policy_is_documented_where_users_look() -> None:
    doc = SessionConfiguration.__doc__ or ""
    for status in RETRY_STATUSES:
        assert str(status) in doc
    assert "Idempotency-Key" in doc and "max_retry_after" in doc
