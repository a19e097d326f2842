"""The async transport's in-flight limit: at most ``limit`` attempts inside at once, and a
freed slot's waiting request is sent before the answer that freed it goes back to be parsed."""

from __future__ import annotations

import asyncio

import httpx

from facade._core.async_transport import STEPS_TO_THE_WIRE, _AsyncInFlightLimit


class _Network(httpx.AsyncBaseTransport):
    """Stands in for httpcore: a few checkpoints before the request is 'sent', then an answer."""

    def __init__(self, events: list[str]) -> None:
        self.events = events
        self.inside = 0
        self.most = 0

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.inside += 1
        self.most = max(self.most, self.inside)
        name = request.url.path.strip("/")
        for _ in range(STEPS_TO_THE_WIRE - 1):  # pool, locks, headers: each a checkpoint
            await asyncio.sleep(0)
        self.events.append(f"sent {name}")
        await asyncio.sleep(0.001)  # the server's time
        self.inside -= 1
        return httpx.Response(200, request=request)


def _scenario(count: int, *, limit: int) -> tuple[list[str], _Network]:
    events: list[str] = []
    network = _Network(events)
    limited = _AsyncInFlightLimit(network, limit=limit)

    async def one(i: int) -> None:
        await limited.handle_async_request(httpx.Request("POST", f"http://sl/{i}"))
        events.append(f"parsed {i}")

    async def main() -> None:
        await asyncio.gather(*(one(i) for i in range(count)))

    asyncio.run(main())
    return events, network


def test_at_most_limit_attempts_are_inside_at_once() -> None:
    events, network = _scenario(12, limit=3)
    assert network.most == 3
    assert sorted(e for e in events if e.startswith("parsed")) == sorted(
        f"parsed {i}" for i in range(12)
    )


def test_a_handed_over_slot_sends_the_next_request_before_the_answer_is_parsed() -> None:
    events, _ = _scenario(2, limit=1)
    assert events == ["sent 0", "sent 1", "parsed 0", "parsed 1"]
