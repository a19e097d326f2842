"""Retry policy edge cases a real server cannot produce on demand (Retry-After forms, caps)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import httpx
import pytest

from facade import ConnectionFailedError, RequestTimeoutError, SessionConfiguration
from facade._core import retries as _retries
from facade._core.transport import TransportStats, build_httpx_client

Answer = Callable[[httpx.Request, int], httpx.Response]


@pytest.fixture
def waits(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """The pauses the retry layer asks for, instead of sleeping."""
    seen: list[float] = []
    monkeypatch.setattr(_retries, "_pause", seen.append)
    return seen


def _client(answer: Answer, **config: object) -> tuple[httpx.Client, TransportStats]:
    calls = {"n": 0}

    def handler(request: httpx.Request) -> httpx.Response:
        calls["n"] += 1
        return answer(request, calls["n"])

    stats = TransportStats()
    configuration = SessionConfiguration(**config)  # type: ignore[arg-type]
    client = build_httpx_client(
        configuration, base_url="http://sl.test", stats=stats, network=httpx.MockTransport(handler)
    )
    return client, stats


def _fail_then_ok(status: int, retry_after: str | None, failures: int = 1) -> Answer:
    def answer(request: httpx.Request, n: int) -> httpx.Response:
        if n <= failures:
            headers = {"Retry-After": retry_after} if retry_after is not None else {}
            return httpx.Response(status, headers=headers)
        return httpx.Response(200, json={"ok": True})

    return answer


@pytest.mark.parametrize(
    ("retry_after", "expected"),
    [("2", 2.0), ("0.25", 0.25), ("  3 ", 3.0), ("-4", 0.0)],
)
def test_numeric_retry_after_is_honoured(
    waits: list[float], retry_after: str, expected: float
) -> None:
    client, stats = _client(_fail_then_ok(429, retry_after), max_retries=2, retry_backoff=0)
    assert client.get("/api/v1/status").status_code == 200
    assert stats.attempts == 2
    assert waits == [expected]


def test_http_date_retry_after_is_honoured(waits: list[float]) -> None:
    when = format_datetime(datetime.now(UTC) + timedelta(seconds=20), usegmt=True)
    client, stats = _client(_fail_then_ok(503, when), max_retries=1, retry_backoff=0)
    assert client.get("/x").status_code == 200
    assert stats.attempts == 2
    assert len(waits) == 1 and 15 <= waits[0] <= 20


def test_retry_after_is_capped_by_max_retry_after(waits: list[float]) -> None:
    client, _ = _client(_fail_then_ok(429, "3600"), max_retries=1, max_retry_after=1.5)
    assert client.get("/x").status_code == 200
    assert waits == [1.5]


def test_unparseable_retry_after_falls_back_to_backoff(waits: list[float]) -> None:
    client, stats = _client(_fail_then_ok(503, "soon", failures=2), max_retries=3, retry_backoff=0)
    assert client.get("/x").status_code == 200
    assert stats.attempts == 3
    assert waits == [0.0, 0.0]


def test_gives_up_after_max_retries_and_returns_the_last_answer(waits: list[float]) -> None:
    client, stats = _client(_fail_then_ok(503, "0", failures=10), max_retries=2)
    assert client.get("/x").status_code == 503
    assert stats.attempts == 3


def test_no_retries_by_default(waits: list[float]) -> None:
    client, stats = _client(_fail_then_ok(429, "1"))
    assert client.get("/x").status_code == 429
    assert stats.attempts == 1 and waits == []


def test_post_without_idempotency_key_is_not_retried_after_503(waits: list[float]) -> None:
    client, stats = _client(_fail_then_ok(503, "0"), max_retries=3)
    assert client.post("/api/v1/records:import", json={}).status_code == 503
    assert stats.attempts == 1


def test_post_without_idempotency_key_is_retried_after_429(waits: list[float]) -> None:
    client, stats = _client(_fail_then_ok(429, "0"), max_retries=3)
    assert client.post("/api/v1/sessions", json={}).status_code == 200
    assert stats.attempts == 2


def test_post_with_idempotency_key_is_retried_after_503(waits: list[float]) -> None:
    client, stats = _client(_fail_then_ok(503, "0", failures=2), max_retries=3)
    response = client.post("/api/v1/records:import", json={}, headers={"Idempotency-Key": "k1"})
    assert response.status_code == 200
    assert stats.attempts == 3


def test_dropped_connection_is_retried_for_get_and_mapped_when_exhausted(
    waits: list[float],
) -> None:
    def answer(request: httpx.Request, n: int) -> httpx.Response:
        raise httpx.RemoteProtocolError("Server disconnected without sending a response.")

    client, stats = _client(answer, max_retries=2)
    with pytest.raises(ConnectionFailedError, match="connection failed"):
        client.get("/x")
    assert stats.attempts == 3 and stats.failures == 3


def test_read_timeout_becomes_request_timeout_error_and_is_not_retried(waits: list[float]) -> None:
    def answer(request: httpx.Request, n: int) -> httpx.Response:
        raise httpx.ReadTimeout("timed out")

    client, stats = _client(answer, max_retries=2, timeout=1500)
    with pytest.raises(RequestTimeoutError, match="1500 ms"):
        client.get("/x")
    assert stats.attempts == 1


def test_timeout_is_taken_from_configuration_in_seconds() -> None:
    client, _ = _client(_fail_then_ok(200, None, failures=0), timeout=2500)
    assert client.timeout == httpx.Timeout(2.5)
