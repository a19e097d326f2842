"""The sliding windows that limit failed authentications per address and per account."""

from __future__ import annotations

from server._failure_limits import FailedAuthLimiter, FailureWindow


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_a_key_may_fail_up_to_the_limit_then_waits_until_its_oldest_failure_ages_out() -> None:
    clock = Clock()
    window = FailureWindow(limit=3, window_seconds=60, clock=clock)
    for _ in range(3):
        assert window.retry_after("10.0.0.1") is None
        window.fail("10.0.0.1")
        clock.now += 10
    assert window.retry_after("10.0.0.1") == 30  # first failure at 1000, now 1030
    assert window.retry_after("10.0.0.2") is None
    clock.now = 1060.5
    assert window.retry_after("10.0.0.1") is None


def test_a_limit_of_zero_never_refuses() -> None:
    window = FailureWindow(limit=0, window_seconds=60)
    for _ in range(1000):
        window.fail("a")
    assert window.retry_after("a") is None


def test_the_number_of_tracked_keys_is_bounded() -> None:
    window = FailureWindow(limit=1, window_seconds=60)
    for index in range(20_000):
        window.fail(f"name-{index}")
    assert window.retry_after("name-19999") is not None
    assert window.retry_after("name-0") is None  # the oldest keys were dropped


def test_accounts_are_limited_across_addresses_and_a_success_clears_the_account() -> None:
    clock = Clock()
    limiter = FailedAuthLimiter(per_address=100, per_account=2, window_seconds=60, clock=clock)
    limiter.failed("10.0.0.1", "Writer")
    limiter.failed("10.0.0.2", "writer")
    assert limiter.retry_after("10.0.0.3", "WRITER") == 60
    assert limiter.retry_after("10.0.0.3", "reader") is None
    assert limiter.retry_after("10.0.0.3") is None
    limiter.succeeded("writer")
    assert limiter.retry_after("10.0.0.3", "writer") is None
