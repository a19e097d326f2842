"""Test and benchmark knobs: added latency, random failures, per-principal rate limit.

``--fail-rate F`` fails that fraction of requests: a 500, a 503 (with Retry-After), or a
dropped connection after the operation was applied (the answer is lost, the change is not).
"""

from __future__ import annotations

import asyncio
import math
import random
import time
from dataclasses import dataclass, field
from enum import Enum

from ._config import ServerConfig


class Fault(Enum):
    NONE = "none"
    ERROR_500 = "500"
    ERROR_503 = "503"
    DROP = "drop"


@dataclass(slots=True)
class _Bucket:
    tokens: float
    stamp: float


@dataclass(slots=True)
class Knobs:
    """Latency, fault injection and rate limiting, as set on the command line."""

    config: ServerConfig
    rng: random.Random = field(default_factory=random.Random)
    _buckets: dict[str, _Bucket] = field(default_factory=dict)

    async def delay(self) -> None:
        if self.config.latency_ms > 0:
            await asyncio.sleep(self.config.latency_ms / 1000)

    def draw_fault(self) -> Fault:
        """Which fault (if any) this request suffers."""
        rate = self.config.fail_rate
        if rate <= 0 or self.rng.random() >= rate:
            return Fault.NONE
        return self.rng.choice((Fault.ERROR_500, Fault.ERROR_503, Fault.DROP))

    def retry_after(self, who: str) -> int | None:
        """None when ``who`` may go on; else the seconds to wait (token bucket, burst = rate)."""
        rate = self.config.rate_limit
        if rate <= 0:
            return None
        now = time.monotonic()
        capacity = max(1.0, rate)
        bucket = self._buckets.get(who)
        if bucket is None:
            bucket = self._buckets[who] = _Bucket(capacity, now)
        bucket.tokens = min(capacity, bucket.tokens + (now - bucket.stamp) * rate)
        bucket.stamp = now
        if bucket.tokens >= 1.0:
            bucket.tokens -= 1.0
            return None
        return max(1, math.ceil((1.0 - bucket.tokens) / rate))
