"""Which requests the transport sends again, and after what (no retry machinery imported here).

The retry layer itself (``retries``, on httpx-retries, which loads ``asyncio``) is imported
when the first client is built, so ``import facade`` stays free of both.
"""

from __future__ import annotations

import httpx

__all__ = [
    "CONNECTION_ERRORS",
    "IDEMPOTENCY_HEADER",
    "IDEMPOTENT_METHODS",
    "NOT_APPLIED_STATUSES",
    "NOT_SENT_ERRORS",
    "REPEATABLE_EXTENSION",
    "RETRY_POLICY",
    "RETRY_STATUSES",
]

IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "PUT", "DELETE", "OPTIONS", "TRACE"})
IDEMPOTENCY_HEADER = "Idempotency-Key"
REPEATABLE_EXTENSION = "facade.repeatable"
"""Request extension an ``httpx.Auth`` sets on requests that are safe to send twice."""
RETRY_STATUSES = (429, 500, 502, 503, 504)
"""Statuses after which a request that is safe to repeat is sent again."""
NOT_APPLIED_STATUSES = (429,)
"""Statuses that prove the server did not act: any request is sent again after them."""
RETRY_POLICY = """\
Which requests are sent again, at most ``max_retries`` times each:

* safe to repeat: GET/HEAD/PUT/DELETE/OPTIONS, POSTs carrying an ``Idempotency-Key`` (every
  batch request: the server replays its first answer for a key, so nothing is applied twice)
  and session creation/refresh: after 429, 500, 502, 503, 504 and connection errors (refused,
  reset, or dropped before the whole answer arrived);
* any other request: only after 429 or a connection that was never established, since
  otherwise the server may already have acted on it.

Waits: the answer's ``Retry-After`` (seconds or HTTP date) when present, else an exponential
backoff ``retry_backoff * 2**n`` with full jitter; each wait capped at ``max_retry_after``.
A read timeout is never retried: it is raised at once as ``RequestTimeoutError``. When the
retries are used up, the last answer's error (or ``ConnectionFailedError``) is raised.
"""
# Errors after which the request may have reached the server: retried only when safe to repeat.
CONNECTION_ERRORS: tuple[type[Exception], ...] = (
    httpx.ConnectError,
    httpx.ConnectTimeout,
    httpx.ReadError,
    httpx.WriteError,
    httpx.RemoteProtocolError,
)
# Errors where the request never left this machine: always safe to send again.
NOT_SENT_ERRORS: tuple[type[Exception], ...] = (httpx.ConnectError, httpx.ConnectTimeout)
