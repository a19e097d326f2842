"""The shared ``httpx.AsyncClient`` of an AsyncSession: the same layers as the blocking client.

Outermost first: ``httpx.AsyncClient`` (auth, headers) → error mapping (timeouts and
connection failures become ``RequestTimeoutError`` / ``ConnectionFailedError``) → the same
retry policy (``RETRY_POLICY``: httpx-retries' async path) → the in-flight limit (at most
``max_concurrency`` attempts on the network at once) → attempts (counted, DEBUG-logged
with secrets redacted, body read within the timeout and capped at ``max_response_bytes``) →
``httpx.AsyncHTTPTransport`` (TLS, client certificate, proxy, connection pool).

The limit covers the network part of an attempt only: a request waiting for a token refresh,
sleeping before a retry, or whose answer is being parsed holds no slot. When an answer is
in, the slot goes to the next waiting request, and that request starts on its way before
the answer is parsed, so the server has the next request as early as the event loop allows.
"""

from __future__ import annotations

import asyncio
from typing import Any

import httpx

from .configuration import SessionConfiguration
from .errors import ServiceLayerError
from .network import STREAM_EXTENSION, ssl_context
from .retries import ServiceLayerRetryTransport
from .transport import (
    MAPPED_ERRORS,
    TransportStats,
    _install_log_redaction,
    attempt_answered,
    attempt_failed,
    check_declared_size,
    default_user_agent,
    log_attempt,
    mapped_cause,
    mapped_error,
    maybe_validate_contract,
    read_response,
    too_large,
    unbind_read_responses,
)

__all__ = ["build_async_httpx_client"]


class _AsyncAttemptTransport(httpx.AsyncBaseTransport):
    """Counts and logs every attempt; the whole attempt, body included, within the timeout."""

    def __init__(
        self,
        transport: httpx.AsyncBaseTransport,
        stats: TransportStats,
        *,
        configuration: SessionConfiguration,
    ) -> None:
        self._transport = transport
        self._stats = stats
        self._configuration = configuration

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        log_attempt(request)
        try:
            if request.extensions.get(STREAM_EXTENSION):
                response = await self._transport.handle_async_request(request)
            else:
                try:
                    async with asyncio.timeout(self._configuration.timeout_seconds):
                        response = await self._transport.handle_async_request(request)
                        response = await self._read_capped(request, response)
                except TimeoutError as exc:
                    raise httpx.ReadTimeout("the attempt took too long", request=request) from exc
        except httpx.HTTPError as exc:
            attempt_failed(self._stats, request, exc=exc)
            raise
        return attempt_answered(self._stats, request, response=response)

    async def _read_capped(
        self, request: httpx.Request, response: httpx.Response
    ) -> httpx.Response:
        limit = self._configuration.max_response_bytes
        check_declared_size(request, response, limit=limit)
        chunks: list[bytes] = []
        size = 0
        try:
            async for chunk in response.aiter_bytes():
                size += len(chunk)
                if size > limit:
                    raise too_large(request, limit, detail="and was not read further")
                chunks.append(chunk)
        finally:
            await response.aclose()
        return read_response(request, response, body=b"".join(chunks))

    async def aclose(self) -> None:
        await self._transport.aclose()


STEPS_TO_THE_WIRE = 6
"""How often an answer's task gives way when it hands its slot to a waiting request.

A request that gets a slot passes about five checkpoints in httpcore before all its bytes
are sent (waiting for a pooled connection, the connection's lock, its state lock, writing
the headers, writing the body), and at each it is queued behind every task ready on the
event loop. The answer's task gives way this many times, so the request reaches the
server before the answer is parsed (1 to 2 ms of CPU for 100 records) rather than after.
With 6 requests in flight at 20 ms latency, giving way once made the async bulk read 0.88
to 1.03 times as fast as 6 threads; 3 times, 0.98; 6 times, 1.03 to 1.07; 10 times, 1.00.
"""


class _AsyncInFlightLimit(httpx.AsyncBaseTransport):
    """At most ``limit`` attempts on the network at once (sending, waiting, reading the body)."""

    def __init__(self, transport: httpx.AsyncBaseTransport, *, limit: int) -> None:
        self._transport = transport
        self._slots = asyncio.Semaphore(limit)
        self._waiting = 0

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self._waiting += 1
        try:
            await self._slots.acquire()
        finally:
            self._waiting -= 1
        try:
            response = await self._transport.handle_async_request(request)
        finally:
            handed_over = self._waiting > 0
            self._slots.release()
        if handed_over:
            # Let the request that got the slot go out before this answer is parsed:
            # parsing is CPU work on the event loop; the server can work meanwhile.
            for _ in range(STEPS_TO_THE_WIRE):
                await asyncio.sleep(0)
        return response

    async def aclose(self) -> None:
        await self._transport.aclose()


class _AsyncErrorMappingTransport(httpx.AsyncBaseTransport):
    """Turns httpx's timeouts and connection failures into the SDK's typed errors."""

    def __init__(
        self, transport: httpx.AsyncBaseTransport, configuration: SessionConfiguration
    ) -> None:
        self._transport = transport
        self._configuration = configuration

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        try:
            return await self._transport.handle_async_request(request)
        except MAPPED_ERRORS as exc:
            raise mapped_error(request, exc, configuration=self._configuration) from (
                mapped_cause(exc)
            )

    async def aclose(self) -> None:
        await self._transport.aclose()


class _AsyncSessionHttpClient(httpx.AsyncClient):
    """An async httpx client that, once closed, says so in the SDK's terms.

    A response read in full leaves the client without a reference cycle (see
    ``transport.unbind_read_responses``).
    """

    async def send(self, request: httpx.Request, **kwargs: Any) -> httpx.Response:
        if self.is_closed:
            raise ServiceLayerError(
                "This session is closed; build a new one with AsyncSessionBuilder."
            )
        response = await super().send(request, **kwargs)
        if not kwargs.get("stream", False):
            unbind_read_responses(response)
        return response


def build_async_httpx_client(
    configuration: SessionConfiguration,
    *,
    base_url: str = "",
    auth: httpx.Auth | None = None,
    stats: TransportStats | None = None,
    max_in_flight: int = 6,
) -> httpx.AsyncClient:
    """An ``httpx.AsyncClient`` with every setting of ``configuration`` applied.

    The same timeout, TLS, client certificate, proxy, headers, retry policy, response cap
    and attempt counting as ``build_httpx_client``; at most ``max_in_flight`` attempts on
    the network at once, however many tasks share the client.
    """
    _install_log_redaction()
    # One connection per slot: the pool never opens connections a request cannot use.
    limits = httpx.Limits(max_connections=max_in_flight, max_keepalive_connections=max_in_flight)
    network = httpx.AsyncHTTPTransport(
        verify=ssl_context(configuration),
        proxy=configuration.proxy,
        limits=limits,
        trust_env=configuration.trust_env and configuration.proxy is None,
    )
    transport = _AsyncErrorMappingTransport(
        ServiceLayerRetryTransport(
            _AsyncInFlightLimit(
                _AsyncAttemptTransport(
                    network, stats or TransportStats(), configuration=configuration
                ),
                limit=max_in_flight,
            ),
            configuration,
        ),
        configuration,
    )
    headers = {"User-Agent": configuration.user_agent or default_user_agent()}
    headers.update(configuration.headers)
    client = _AsyncSessionHttpClient(
        base_url=base_url,
        auth=auth,
        headers=headers,
        timeout=httpx.Timeout(configuration.timeout_seconds),
        transport=transport,
        follow_redirects=False,
        trust_env=False,
    )
    maybe_validate_contract(client, configuration)
    return client
