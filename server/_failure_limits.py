"""Limits on failed authentications, per client address and per account name.

Each key (an address, or an account name) may fail ``limit`` times in a sliding window of
``window_seconds``; past that, checks of that key are refused with the seconds to wait
(answered as 429 with ``Retry-After``) before any password hash is computed. The number of
keys tracked is bounded, so random names cannot grow memory without end.
"""

from __future__ import annotations

import math
import time
from collections import OrderedDict, deque
from collections.abc import Callable

from starlette.requests import Request

__all__ = ["FailedAuthLimiter", "FailureWindow", "client_address"]

_MAX_TRACKED_KEYS = 10_000


class FailureWindow:
    """Failures per key in a sliding window; ``limit`` 0 switches the limit off."""

    def __init__(
        self,
        *,
        limit: int,
        window_seconds: float,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.limit = limit
        self.window_seconds = window_seconds
        self._clock = clock
        self._failures: OrderedDict[str, deque[float]] = OrderedDict()

    def _recent(self, key: str, now: float) -> deque[float] | None:
        times = self._failures.get(key)
        if times is None:
            return None
        while times and times[0] <= now - self.window_seconds:
            times.popleft()
        if not times:
            del self._failures[key]
            return None
        return times

    def retry_after(self, key: str) -> int | None:
        """Seconds until ``key`` may try again, or None when it may try now."""
        if self.limit <= 0:
            return None
        now = self._clock()
        times = self._recent(key, now)
        if times is None or len(times) < self.limit:
            return None
        return max(1, math.ceil(times[0] + self.window_seconds - now))

    def fail(self, key: str) -> None:
        """Count one failure of ``key``."""
        if self.limit <= 0:
            return
        now = self._clock()
        times = self._recent(key, now) or deque(maxlen=self.limit)
        times.append(now)
        self._failures[key] = times
        self._failures.move_to_end(key)
        while len(self._failures) > _MAX_TRACKED_KEYS:
            self._failures.popitem(last=False)

    def forget(self, key: str) -> None:
        """Clear the failures of ``key`` (after it succeeded)."""
        self._failures.pop(key, None)


class FailedAuthLimiter:
    """Failed authentications per client address and per account name."""

    def __init__(
        self,
        *,
        per_address: int,
        per_account: int,
        window_seconds: float,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.addresses = FailureWindow(
            limit=per_address, window_seconds=window_seconds, clock=clock
        )
        self.accounts = FailureWindow(limit=per_account, window_seconds=window_seconds, clock=clock)

    def retry_after(self, address: str, account: str | None = None) -> int | None:
        """Seconds to wait when the address or the account is over its limit, else None."""
        waits = [self.addresses.retry_after(address)]
        if account:
            waits.append(self.accounts.retry_after(account.casefold()))
        found = [wait for wait in waits if wait is not None]
        return max(found) if found else None

    def failed(self, address: str, account: str | None = None) -> None:
        """Count a failed attempt from ``address`` (and against ``account`` when named)."""
        self.addresses.fail(address)
        if account:
            self.accounts.fail(account.casefold())

    def succeeded(self, account: str) -> None:
        """The account signed in: its earlier failures no longer count."""
        self.accounts.forget(account.casefold())


def client_address(request: Request) -> str:
    """The address of the caller's connection ("unknown" without one)."""
    client = request.scope.get("client")
    return str(client[0]) if client else "unknown"
