"""The retry layer of the session's transports, on httpx-retries: see ``RETRY_POLICY``.

Imported by ``build_httpx_client`` / ``build_async_httpx_client`` when a client is first built:
httpx-retries loads ``asyncio``, which a blocking program otherwise never needs.
"""

from __future__ import annotations

import asyncio
import logging
import time
from typing import Any

import httpx
from httpx_retries import Retry, RetryTransport

from .configuration import SessionConfiguration
from .retry_policy import (
    CONNECTION_ERRORS,
    IDEMPOTENCY_HEADER,
    IDEMPOTENT_METHODS,
    NOT_APPLIED_STATUSES,
    NOT_SENT_ERRORS,
    REPEATABLE_EXTENSION,
    RETRY_STATUSES,
)

__all__ = ["ServiceLayerRetry", "ServiceLayerRetryTransport"]

logger = logging.getLogger("facade.transport")


def _pause(seconds: float) -> None:
    """Sleep between attempts (a function of its own so tests can observe the waits)."""
    time.sleep(seconds)


class ServiceLayerRetry(Retry):
    """httpx-retries' policy, accepting fractional Retry-After values and logging each wait."""

    def parse_retry_after(self, retry_after: str) -> float:
        try:
            seconds = float(retry_after.strip())
        except ValueError:
            return float(super().parse_retry_after(retry_after))
        if seconds != seconds or seconds == float("inf"):  # NaN or infinity
            raise ValueError(f"Invalid Retry-After header: {retry_after}")
        return max(0.0, seconds)

    def sleep(self, response: httpx.Response | Exception) -> None:
        headers = response.headers if isinstance(response, httpx.Response) else httpx.Headers()
        seconds = self._calculate_sleep(headers)
        what = (
            f"status {response.status_code}"
            if isinstance(response, httpx.Response)
            else type(response).__name__
        )
        logger.debug("retry %d after %s: waiting %.3f s", self.attempts_made, what, seconds)
        _pause(seconds)
        self.elapsed_sleep += seconds

    async def asleep(self, response: httpx.Response | Exception) -> None:
        headers = response.headers if isinstance(response, httpx.Response) else httpx.Headers()
        seconds = self._calculate_sleep(headers)
        logger.debug("retry %d: waiting %.3f s", self.attempts_made, seconds)
        await asyncio.sleep(seconds)
        self.elapsed_sleep += seconds


class ServiceLayerRetryTransport(RetryTransport):
    """Chooses per request how much may be retried.

    Idempotent methods, POSTs carrying an ``Idempotency-Key`` and requests marked with the
    ``REPEATABLE_EXTENSION`` (session creation and refresh) are retried on ``RETRY_STATUSES``
    and connection errors. Any other request is retried only when the server cannot have
    acted on it: a 429 answer, or a connection that was never established. See
    ``RETRY_POLICY``.
    """

    def __init__(
        self,
        transport: httpx.BaseTransport | httpx.AsyncBaseTransport,
        configuration: SessionConfiguration,
    ):
        common: dict[str, Any] = {
            "total": configuration.max_retries,
            "backoff_factor": configuration.retry_backoff,
            "max_backoff_wait": max(configuration.max_retry_after, 0.001),
            "respect_retry_after_header": True,
        }
        self._repeatable = ServiceLayerRetry(
            allowed_methods=[*IDEMPOTENT_METHODS, "POST", "PATCH"],
            status_forcelist=RETRY_STATUSES,
            retry_on_exceptions=CONNECTION_ERRORS,
            **common,
        )
        self._not_repeatable = ServiceLayerRetry(
            allowed_methods=["POST", "PATCH"],
            status_forcelist=NOT_APPLIED_STATUSES,
            retry_on_exceptions=NOT_SENT_ERRORS,
            **common,
        )
        super().__init__(transport=transport, retry=self._repeatable)

    def _choose_policy(self, request: httpx.Request) -> None:
        repeatable = (
            request.method in IDEMPOTENT_METHODS
            or IDEMPOTENCY_HEADER in request.headers
            or bool(request.extensions.get(REPEATABLE_EXTENSION))
        )
        request.extensions.setdefault(
            "retry", self._repeatable if repeatable else self._not_repeatable
        )

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self._choose_policy(request)
        return super().handle_request(request)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self._choose_policy(request)
        return await super().handle_async_request(request)
