"""A response read in full is freed by reference counting alone, so bulk operations that pause
the garbage collector do not keep every batch's request, response and bodies until the end."""

from __future__ import annotations

import asyncio
import gc
import weakref
from collections.abc import Iterator

import httpx
import pytest

from facade import SessionConfiguration
from facade._core.async_transport import _AsyncSessionHttpClient
from facade._core.transport import build_httpx_client

BODY = b'{"results":[null]}'


def _answer(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, headers={"Content-Type": "application/json"}, content=BODY)


@pytest.fixture
def collector_off() -> Iterator[None]:
    """Only reference counting frees objects (as inside ``gc_paused``)."""
    was = gc.isenabled()
    gc.collect()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def _client() -> httpx.Client:
    return build_httpx_client(
        SessionConfiguration(), base_url="http://sl.test", network=httpx.MockTransport(_answer)
    )


@pytest.mark.usefixtures("collector_off")
def test_a_read_response_and_its_request_are_freed_without_the_collector() -> None:
    with _client() as client:
        response = client.post("/api/v1/records/resolve", content=b"x" * 1000)
        assert response.content == BODY
        dead_response, dead_request = weakref.ref(response), weakref.ref(response.request)
        del response
        assert dead_response() is None
        assert dead_request() is None


@pytest.mark.usefixtures("collector_off")
def test_a_read_response_still_reads_like_one() -> None:
    with _client() as client:
        response = client.get("/api/v1/status")
        assert response.read() == BODY
        assert list(response.iter_bytes()) == [BODY]
        assert response.json() == {"results": [None]}
        assert response.is_closed and response.is_stream_consumed


def test_a_streamed_response_keeps_the_stream_httpx_bound_to_it() -> None:
    with _client() as client, client.stream("GET", "/api/v1/status") as response:
        assert not isinstance(response.stream, httpx.ByteStream)  # left to its reader
        assert response.read() == BODY


@pytest.mark.usefixtures("collector_off")
def test_an_async_read_response_is_freed_without_the_collector() -> None:
    async def main() -> weakref.ref[httpx.Response]:
        async with _AsyncSessionHttpClient(
            base_url="http://sl.test", transport=httpx.MockTransport(_answer)
        ) as client:
            response = await client.get("/api/v1/status")
            assert response.content == BODY
            return weakref.ref(response)

    assert asyncio.run(main())() is None
